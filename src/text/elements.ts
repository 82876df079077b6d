/**
 * The five elements of a 说明报告 (主体责任、部署文件、具体措施、数据实例、取得成效), judged
 * sentence by sentence to the standard of issue 11 ("what counts as an element"): one small test
 * per element (element-*.ts). This module runs them over a segmented text and returns, per
 * element, the sentences that satisfy it — facts, independent of any rule file. Whether an element
 * is missing, and what a rule file's own cues add, is decided in src/checks/report-elements.ts.
 */
import { countCell } from './element-count-columns.js';
import type { ElementEvidence } from '../types.js';
import { sectionRole, type Segmented, type TextSentence } from './sections.js';
import { EMPTY_FIELD, SHORTCOMING, isQuestion, maskQuotations, type ElementTest } from './element-shared.js';
import { groupWithoutHead, headAssigns, responsibility, rowUnderChargeHeader } from './element-responsibility.js';
import { documents } from './element-documents.js';
import { BULLET, measures, meetingDecisions, outlineMeasure } from './element-measures.js';
import { data } from './element-data.js';
import { apparatusLines } from './element-apparatus.js';
import { folderCounts, maskOwnNumbers } from './element-own-figures.js';
import { selfCounts } from './element-self-counts.js';
import { maskWriter } from './element-voice.js';
import { answeredNo, maskInstructions, pendingTasks, tableHeader, unanswered, writerNotes } from './element-mood.js';
import { partiesOf } from './element-parties.js';
import { genres, lookedBack, readable, unitNames } from './element-genre.js';
import { recordEffect, voidCharges } from './element-records.js';
import { recordExtracts } from './element-record-extracts.js';
import { recheckFinding } from './element-recheck.js';
import { aboutOthers, actedByOthers, blankRanges, overlay } from './element-party-masks.js';
import { results } from './element-results.js';
import { attendedAccount, eventHeldNoObject, maskSetNames, recordedActivities, recordedContents, rosterLines } from './element-activity.js';
import { nomineeLines, talkHeld, talkLineNoDeed } from './element-talks.js';
import { broadcastRows, headerRowOnly, maskFieldLabel, maskNotAired, otherVoices, programmeClauses, scriptLines, scriptQuote } from './element-broadcast.js';
import { recognition } from './element-recognition.js';
import { praiseNotified, servedSaidChange } from './element-served-said.js';
import { maskReceived, servedDeed } from './element-served-deeds.js';
import { blankReported, selfCheckRowWhole, sentForGathering } from './element-others-deeds.js';
import { evaluatedSatisfied, maskOrders, orderRow, ordersHeader } from './element-orders.js';
import { classMeetingHeld, maskPupilPosts, maskPupilsTalk, maskScheduled } from './element-lessons.js';
import { comingHalfYear, reportYear } from './element-shared.js';
import { linearPattern, type CuePattern } from '../util/patterns.js';

export const ELEMENT_TESTS: Record<string, ElementTest> = {
  主体责任: responsibility,
  部署文件: documents,
  具体措施: measures,
  数据实例: data,
  取得成效: results,
};

export const ELEMENT_NAMES = Object.keys(ELEMENT_TESTS);

/** Heading words that name each element (一、主体责任 / 组织领导 …): a heading alone never makes an element present. */
export const ELEMENT_HEADINGS: Record<string, string[]> = {
  主体责任: ['主体责任', '责任主体', '组织领导', '责任落实', '领导机制', '组织保障', '组织机构', '工作机制', '责任分工'],
  部署文件: ['部署文件', '工作部署', '文件依据', '政策依据', '部署安排', '制度文件', '部署情况', '文件部署', '依据文件'],
  具体措施: ['具体措施', '主要措施', '工作措施', '主要做法', '具体做法', '工作举措', '措施', '做法', '举措'],
  数据实例: ['数据实例', '数据', '实例', '典型案例', '典型事例', '案例'],
  取得成效: ['取得成效', '工作成效', '主要成效', '成效', '取得的成绩', '工作成果', '成果', '成绩'],
};

/**
 * Headings that carry an element's word but name something else: 三、保障措施 / 组织保障措施 are
 * about support arrangements (who, money, rules), not the measures taken.
 */
export const NOT_ELEMENT_HEADING: Record<string, RegExp> = {
  具体措施: /(保障|保证|支撑)措施$/,
  // Session 28 (quiz28): 三、成绩统计 / 测试成绩 over a quiz's scores names the takers' marks, not the unit's achievements (the rulings
  // of set 26: a score the unit gave out no outcome).
  // Session 29 (review29): the unit's own 考核成绩 (its standing in an assessment) names its outcomes, the heading stays the element's.
  取得成效: /成绩(?:统计|汇总|分析|排名|登记|公示|单|表)|(?:考试|测试|测验|竞赛|答题)成绩/,
  // Session 43 (set 38): a heading naming work done on data (（一）数据比对 / 数据共享 / 信息数据采集) names a measure, not the element.
  数据实例: /数据(?:比对|核对|共享|采集|录入|报送|治理|管理|对接|筛查|清洗)|(?:比对|核对|采集|录入|报送|共享)[^，,。；]{0,4}数据/,
};

/** A sentence that only points elsewhere (与第三部分相同，不再重复 / 同上 / 详见附件): it tells nothing itself (session 14). */
const POINTER = /^(?:[（(]?(?:与|同)[^，,。；]{0,12}(?:相同|一致)[，,；;。]?\s*(?:不再|不另|此处不)?(?:重复|赘述|详述|列举)?|同上|(?:详见|参见|见)[^，,。；]{0,16}(?:部分|附件|附表|上文|前文|第[一二三四五六七八九十\d]+[部分条章节])[）)]?)[。.]?$/;

/** A line keyed as the unit's own account (自查情况： / 完成情况： / 落实情况： / 整改情况：). */
// The account named as such (…情况 / …结果); 达标： / 工作： alone key the standard's own rows in a 测评细则 (review).
const OWN_ACCOUNT = /^[（(]?[一二三四五六七八九十\d]{0,2}[）)、.．]?\s*(?:(?:自查|自评)(?:情况|结果)?|(?:完成|落实|推进|整改|工作|开展|实际|达标)(?:情况|结果))[：:]/;

/** A row of an honours list: a cell holding only the honour's level (省级 / 市级 / 国家级). */
// Session 26 (review26): an honour named in the row too (先进 / 示范 / 称号 …): a task table's 级别 cell (…｜东关街｜县级) is no honour.
const HONOUR_ROW = /^(?=[^\n]{0,200}?(?:先进|示范|模范|标兵|称号|荣誉|表彰|获奖|奖项|命名|授予|评为|达标单位|文明单位|文明村|文明社区))[^\n]{0,200}?[｜|]\s*(?:国家|全国|省|市|县|区|乡|镇|乡镇|街道)级\s*(?:[｜|]|$)/;

/** Elements a title never tells (session 13): a title may cite a document or name a leading group, never report work done or its effect. */
const TOLD_IN_TITLE_NOT = new Set(['具体措施', '取得成效']);

/**
 * A styled heading with its words run in (爱心回响：把温暖送到身边), read from a PDF as a short key:value line
 * under its key: a heading's words, read as a heading is (session 13).
 */
function labelLine(seg: Segmented, i: number): boolean {
  const s = seg.sentences[i]!;
  const before = seg.sentences[i - 1];
  if (s.heading || !before?.heading || s.text.length > 16 || /[。；;！？!?]/.test(s.text)) return false;
  return s.text.startsWith(before.text) && /[：:]/.test(s.text.charAt(before.text.length));
}

/** The verb leading a measure's words (开展学雷锋活动 → 学雷锋活动). */
const LEAD_VERB = /^(?:深入|广泛|积极|扎实|持续|认真)?(?:开展|组织开展|组织|举办|举行|进行|实施|推进|推行|搞了?|抓)(?:了)?/;

/**
 * Session 28 (quiz28): a test or a contest with its takers counted (参考人员57人 / 参考68人 / 参赛驾驶员183人 / 参加测试92人): one
 * held, not the topic named.
 */
const TAKERS_COUNTED = /(?:参考|参赛|参测|应考|参加(?:测试|考试|竞赛|初赛|决赛))(?:人员|人数|选手|队员|驾驶员|干部|职工|学生|者)?[：:]?\s*(?:共|达)?[\d一二两三四五六七八九十百千]+\s*(?:名|人|位|人次)/;

const TEST_NAMED = /(?:测试|测验|考试|竞赛|竞答|比赛|初赛|复赛|决赛)$/;

/** Session 23 (activity23): held for those served, counted (为当天登记的36对新人举办集体颁证仪式): a concrete one too. */
const SERVED_COUNTED = /为[^，,。；]{0,16}?[\d一二两三四五六七八九十百千]+\s*(?:名|位|对|户|人|人次|个)[^，,。；]{0,12}?(?:举办|举行|开展|组织)/;

/** The measure's object, closing its clause, is no more than the report's topic as its title names it. */
function topicOnly(text: string, words: string, title: string): boolean {
  if (title === '') return false;
  const object = words.replace(LEAD_VERB, '');
  // The object must end its clause: 组织救护培训师进学校 names more than the topic 救护培训.
  const at = text.indexOf(words);
  const closes = at >= 0 && /^(?:[，,。；;！!：:]|$)/.test(text.slice(at + words.length));
  // 在城关小学开展端午节活动，共有200名学生参加: held at a named place, or with its participants counted, the
  // topic's activity is a concrete one (session 14).
  if (/在[^，,。；]{2,14}?(?:开展|组织|举办|举行|搞|推行|实行|推广|实施)/.test(text) || /(?<![\d一二两三四五六七八九十百千])[\d一二两三四五六七八九十百千]+\s*(?:名|人|人次|户|位)[^，,。；]{0,6}(?:参加|参与)/.test(text) || SERVED_COUNTED.test(text) || TAKERS_COUNTED.test(text)) return false;
  // Session 57 (set 52's 38244): or done on a named place (对石门镇黄土坡崩塌点（编号…）开展应急调查).
  if (/对[^，,。；]{2,24}?(?:点|桥|段|小区|站|村|社区|店|企业|学校|场|库|塘|河|坝|路)(?:[（(][^（）()]{0,24}[）)])?(?:开展|进行|实施)/.test(text)) return false;
  // Session 54 (set 49's 36629): the topic's work counted in the clause after it (…开展入户测温，共测温64户): one held, concrete.
  if (at >= 0 && /^[，,]\s*(?:共|累计|合计)[^，,。；]{0,8}?[\d一二两三四五六七八九十百千]+\s*(?:户|处|座|栋|家|次|台|所|个|人次|名)/.test(text.slice(at + words.length))) return false;
  // Session 28 (quiz28): a test or a contest told held on a date or in the perfective (街道于6月举办了社区工作者创文知识竞赛) is one held,
  // the unit's measure, though the title names it (the rulings of set 26: the test held the unit's measure).
  if (TEST_NAMED.test(object) && (/\d{1,2}月|[一二三四五六七八九十]{1,2}月/.test(text) || /^(?:[^，,。；]{0,8}?)了/.test(words))) return false;
  // Session 23 (activity23): the campaign the title names, quoted with no verb of holding before it (局里对“我们的节日”主题活动加强
  // 保障、营造氛围 in …“我们的节日”主题活动开展情况说明): the topic named, nothing held.
  const quoted = /^“([^“”]{2,20})”/.exec(words);
  if (quoted && title.includes(quoted[0]) && !/(?:开展|组织|举办|举行|搞|推出|启动|实施|参加|参与)[^，,。；]{0,6}$/.test(text.slice(0, Math.max(0, at)))) return true;
  return closes && object !== words && object.length >= 3 && title.includes(object);
}

/**
 * The bodies above the unit, by the tier its title names (session 13, "the unit is the actor"): above a 社区 or a
 * 村, the 街道 and the 乡镇; above a 乡镇 or a 街道, the county's bodies. 市 and 省 bodies are above every unit
 * (element-measures.ts). A 社区's report saying 街道办组织了辖区小区评比 tells what the 街道 did.
 */
function superiorOf(title: string): RegExp | null {
  // The tier is the unit's own name's: no bureau before it (清河县城市管理局关于城区街道… is a bureau's), and not a
  // word of a bureau's name or topic (城乡建设、乡村振兴、农业农村、城镇).
  const unit = /^[^，,。；、局委办厅院馆站队所]*?(社区|(?<![农城乡])村(?!庄|镇|民(?!委员会))|居委会|村委会|(?<!城)乡(?![村镇])|(?<![城乡村])镇|街道)(?:党委|党支部|党总支|人民政府|政府|办事处|居民委员会|村民委员会|居委会|村委会)?(?:关于|[^，,。；、]{0,30}(?:说明|报告|总结|汇报|材料))/.exec(title);
  if (!unit) return null;
  const body = /^(?:社区|村|居委会|村委会)$/.test(unit[1])
    ? '(?:街道办事处|街道办|街道|乡政府|乡里|镇政府|镇里|镇党委)'
    : '(?:县委|县政府|县(?!里)[^，,。；]{1,10}?(?:局|委|办|中心))';
  return new RegExp(`(?:^|(?<=[，,；;：:]))${body}(?=在|于|对|来|到|组织|开展|举办|召开|下发|印发|检查|督查|暗访|测评|反馈|通报|评比|抽查)[^，,。；]*`, 'g');
}

function maskSuperior(text: string, superior: RegExp): string {
  return text.replace(superior, (m) => '□'.repeat(m.length));
}

/** A line naming a 市 unit (如皋市教育局 / 昆山市城市管理局关于…), as a title or signature does; 某市清河县… is a county's. */
const CITY_UNIT_LINE = /^[\u4e00-\u9fff]{2,4}市(?![^，,。；;：:]*(?:县|街道|乡|镇|社区|村))[^，,。；;：:]{1,16}?(?:局|办公室|办|委员会|委|中心|院|馆|站|所|队)(?:关于|$)/;

/**
 * The report is a county-level city's unit's (县级市 are evaluated as 县级文明城市): it calls its city 我市 and
 * never 我县, or a line without a sentence mark (its title or signature) names a 市 unit.
 */
function isCityUnit(seg: Segmented): boolean {
  const all = seg.sentences.map((s) => s.text);
  if (all.some((t) => t.includes('我市')) && !all.some((t) => /我县|本县|全县/.test(t))) return true;
  return all.some((t) => !/[。；;！？!?，,]/.test(t) && CITY_UNIT_LINE.test(t));
}

/**
 * The nearest heading above sentence i that is not itself an outline item names 具体措施 (一、做法 / ▲ 举措 /
 * 主要措施): the items below it are the measures. Bulleted lines read as headings (a short ● line) are passed
 * over; any other heading, or one naming another element, ends the search.
 */
function underMeasuresHeading(seg: Segmented, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const s = seg.sentences[k]!;
    if (!s.heading) continue;
    const h = s.text.replace(BULLET, '').replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?\s*/, '');
    const names = (e: string) => ELEMENT_HEADINGS[e]!.some((w) => h.includes(w)) && !(NOT_ELEMENT_HEADING[e]?.test(h) ?? false);
    // 三、下一步措施 / 二、存在问题及整改措施: the items are plans or problems, not measures taken (review, session 15).
    if (names('具体措施')) return h.length <= 12 && sectionRole(s.text) === undefined;
    if (ELEMENT_NAMES.some(names) || !BULLET.test(s.text)) return false;
  }
  return false;
}

/**
 * Session 20 (presence20): the lines the writer keys as the outcomes. A line opening with the outcomes' key (成效：… /
 * 效果，… / 取得成效：… / 成效上，… / 从效果看，…) and the lines its semicolons run on to (成效：…；满意度98.3%); and the
 * lines of a section whose heading is the outcomes' label alone (三、成效 / ◆ 成效 / 整改成效), not a target's (预期成效 has
 * the plans role). Not a heading's own line.
 */
const OUTCOME_KEY = /^(?:\[[\d:]+\])?(?:[^，,。；;：:“”]{1,16}[：:]\s*)?[（(]?[一二三四五六七八九十\d]{0,2}[）)、.．]?\s*(?:[◆▲●■★√→·]\s*)?(?:从|说|讲|谈|看)?(?:取得的?|主要|工作|整改|实际|初步)?(?:成效|效果)(?:上|看|方面|来看)?[：:，,]/;
const OUTCOME_HEADING = /^[（(]?[一二三四五六七八九十\d]{0,2}[）)、.．]?\s*(?:[◆▲●■★√→·]\s*)?(?:[一二三四五六七八九十]+是)?(?:取得的?|主要|工作|整改|实际|初步|活动)?(?:成效|效果|成果|成绩)(?:情况)?[：:]?$/;
function outcomeKeyed(seg: Segmented): Set<number> {
  const out = new Set<number>();
  let running = false;
  seg.sentences.forEach((s, i) => {
    if (s.heading) {
      running = false;
      return;
    }
    const section = seg.sections[s.section];
    const underLabel = section?.heading != null && section.role === undefined && OUTCOME_HEADING.test(section.heading.trim());
    if (OUTCOME_KEY.test(s.text) || running || underLabel) out.add(i);
    running = (OUTCOME_KEY.test(s.text) || running) && /[；;]\s*$/.test(s.text);
  });
  return out;
}

/**
 * Session 20 (presence20, framing; review20): a sentence under a heading of problems is read for 取得成效 only before the
 * section turns to its shortcoming — a later sentence of the same section names one (但对照测评要求仍有差距 / 问题仍然存在) —
 * as self-criticism material tells its deeds and their effect first; never under a heading of causes (原因分析 / 原因剖析 /
 * 根源), whose changes are reasons (机动车保有量大幅提高，停车需求激增), nor in a section that never turns.
 */
const CAUSE_HEADING = /原因|根源|成因|根子|症结/;
const OWN_ACCOUNT_KEY = /^(?:自评|自查)(?:说明|情况|结果)[：:]/;
const TURN = /^(?:但|但是|不过|然而|同时)|差距|不足|不够|仍然存在|仍有|还有|短板|薄弱/;
function turnsLater(seg: Segmented, i: number): boolean {
  const s = seg.sentences[i]!;
  for (let k = s.section; k >= 0; k--) {
    const h = seg.sections[k]!;
    if (h.heading !== null && CAUSE_HEADING.test(h.heading)) return false;
    if (h.level <= 1 || h.role !== 'problems') break;
  }
  for (let j = i + 1; j < seg.sentences.length && seg.sentences[j]!.section === s.section; j++) {
    if (!seg.sentences[j]!.heading && (TURN.test(seg.sentences[j]!.text) || SHORTCOMING.test(seg.sentences[j]!.text))) return true;
  }
  return false;
}

/** Session 26 (review26): a file about a 点单 service's orders; a file about a broadcast or a programme. */
const ORDERS_FILE = /点单|派单|接单|评单/;
const MEDIA_FILE = /广播|喇叭|播音|村村响|播报|播放|播出|电视|电台|节目|问政|直播|融媒体/;

/**
 * Session 48's rule, hoisted in session 49: a government body's word, or any body's, before a firm's word in the title's name
 * (elementEvidence's `firm`).
 */
const FIRM_GOVERNMENT = /局|委员会|管委会|政府|办公室|大队/;
const FIRM_BODY = /局|委|办|政府|中心|所|站|院|镇|乡|街道|社区|村|大队/;

/** Per element, the sentences that satisfy its test (in text order). */
/** The sentences of the same section before sentence i joined while each ends with ；: the first part of its 。-sentence. */
function semicolonChain(sentences: readonly TextSentence[], i: number): string {
  // Review 56b: at most twelve back (a run of thousands of ；-parts was read over and over, quadratic: 20,000 characters took 19 s).
  let j = i;
  while (j > 0 && i - j < 12 && sentences[j - 1]!.section === sentences[i]!.section && /[；;]$/.test(sentences[j - 1]!.text)) j -= 1;
  return sentences.slice(j, i).map((x) => x.text).join('');
}

export function elementEvidence(seg: Segmented): Record<string, ElementEvidence[]> {
  const out: Record<string, ElementEvidence[]> = {};
  const first = seg.sentences[0]?.text ?? '';
  const title = /[。！？；;!?]/.test(first) ? '' : first;
  // Session 27 (class27): a title opening with a class's grade (五（2）班…主题班会教案) is cut after its first character by the
  // segmenter; the lesson's title is read on both pieces.
  const ownYear = reportYear(seg.sentences.map((x) => x.text).join('\n'));
  const lessonTitle = title.length <= 4 && seg.sentences[1] !== undefined && !/[。！？；;!?]/.test(seg.sentences[1].text) ? title + seg.sentences[1].text : title;
  const superior = superiorOf(title);
  // A 街道, 乡镇, 社区 or 村 of a county-level city has the 市's bodies above it: only a 市 unit's own 市 is itself.
  const cityUnit = superior === null && isCityUnit(seg);
  // 清交发〔2026〕33号　签发人：… / 抄送：… / 附件：1.… / 联系人：…: the document's own apparatus (session 14).
  const apparatus = apparatusLines(seg);
  // 阅办单编号：清教阅〔2026〕7号 / 处罚决定：清农罚〔2026〕6号 / 说明报告1份（3页） under 一、移交资料: the document's own number
  // and its folder's own counts (session 23, element-own-figures.ts).
  const folder = folderCounts(seg);
  // 本册共收录照片12张，共4页 / 公示期为5个工作日: a compilation's counts of itself and an announcement's own period (session 24,
  // element-self-counts.ts).
  const self = selfCounts(seg);
  // A newsroom's own report: its reporters are its staff (element-voice.ts).
  // Session 45 (set 40): or a business by its trade (恒通汽修关于喷烤漆房整改情况的说明, which calls itself 公司).
  const head = title.split('关于')[0]!;
  // Session 47 (set 42): an eatery by its trade (刘记面馆燃气安全整改说明).
  // Session 58 (set 53's 39049): a scrap dealer's station or point and a 门市部 (槐树巷废品收购点整改情况说明); 回收站点 / 收购站点 is the
  // trade's points together, a body's topic (城关镇再生资源回收站点整治情况说明).
  // Session 59 (set 54's 39217): a guesthouse or a farm stay by its trade (溪畔人家民宿安全与服务情况说明); 桃源镇民宿… is a body's topic.
  const trade = /汽修|修理厂|超市|商行|饭店|餐馆|酒店|宾馆|药店|药房|加油站|驾校|面馆|餐厅|饭庄|酒楼|小吃|快餐|火锅|烧烤|茶楼|旅馆|客栈|民宿|农家乐|(?:回收|收购)(?:站(?!点)|点)|门市部/.exec(head);
  // Session 48 (session 47's review): a firm's word after a body's in the name (…交通运输局道路运输企业安全检查情况说明 / 城关镇辖区
  // 企业… / …政务服务中心企业开办…, titles with no 关于) is the body's topic, not the unit. A generic word (企业 / 物业 / 项目 / 协会 …)
  // makes a firm only with no body before it (the trades' list); a firm's own name (…公司 / 集团 / 合作社 / 银行) only with no
  // government body before it (城关镇自来水有限公司 is a firm).
  const namedFirm = /公司|合作社|集团|银行|支行/.exec(head);
  const genericFirm = /企业|物业|项目|业委会|业主委员会|互助会|协会|商会/.exec(head);
  const firm =
    (namedFirm !== null && !FIRM_GOVERNMENT.test(head.slice(0, namedFirm.index))) ||
    (genericFirm !== null && !FIRM_BODY.test(head.slice(0, genericFirm.index))) ||
    // Review 59b: 小院 / 院子 in a place's name (云栖小院民宿) is no 院.
    (trade !== null && !FIRM_BODY.test(head.slice(0, trade.index).replace(/小院|院子/g, '')));
  const newsroom = /融媒体|电视台|广播电视|报社|新闻中心|传媒/.test(title);
  // 会议议定事项 / 会议强调: a meeting's decisions and demands, no work done (session 16, 具体措施).
  const decided = meetingDecisions(seg.sentences);
  // Session 50 (set 45): rows quoted from records others handed in (公司报来的记录摘录如下：), 具体措施 only (element-record-extracts.ts).
  const extracts = recordExtracts(seg.sentences, title);
  // The parties the report speaks of (element-parties.ts): the unit, its parts, other bodies, a place visited, firms …
  const parties = partiesOf(seg.sentences, cityUnit, title);
  // 赴青岚县考察…: 青岚县成立了…领导小组 / 平湖县介绍，…满意率达98% — about another party, not the unit (session 17).
  const others = aboutOthers(seg, parties, title);
  // 社区党委书记张某任组长 in a bureau's report on its 包联 community: that community's one in charge (session 19, 主体责任 only:
  // the community's state bettered by the unit's work may be the unit's outcome).
  const othersCharge = aboutOthers(seg, parties, title, true);
  // 望江县推行… / 县住建局组织… / 您在建议中提出… / 《方案》明确：一是…: clauses whose agent is someone else (session 17, 具体措施).
  const notOurs = actedByOthers(seg.sentences, parties, seg.sections);
  // 任务1：…；完成时限：8月底；完成情况：推进中 / 2｜…清理｜副局长…｜7月底｜推进中: a task not told done is no deed (session 19).
  const tasks = pendingTasks(seg.sentences);
  // 【批注 王科长：…】 / 【修改意见：…。…】: a reviewer's note to the writer claims nothing, over every sentence it runs (session 19).
  const notes = writerNotes(seg.sentences);
  // The writer's key for the outcomes (成效：… / 效果，… / a section headed 三、成效): session 20, 取得成效 only.
  const keyed = outcomeKeyed(seg);
  // Session 21 (genre21): whose voice and what kind of text, once per document and per part (element-genre.ts): an
  // instrument's sentence counts only told done, a quoted part is nobody's claim, a general part only where it names the unit.
  const kinds = genres(seg);
  const reads = readable(seg, kinds);
  // Session 22 (forms22): a plan's look back (2026年，… in a 2027 plan) is an account: not the plan's role either.
  const back = lookedBack(seg, kinds.document);
  // Session 22 (forms22): an activity record's 负责人 naming no one of the unit (同上 / 见排班表 / another body's person / a head
  // its members chose / the record of others' own activity), element-records.ts.
  const voidCharge = voidCharges(seg, unitNames(seg));
  // Session 23 (activity23): a sign-in sheet's or roster's lines (序号 姓名 职务 联系电话 签名 / 1　米兰　社教部主任　139xxxx0773)
  // are a form's: no data, no one in charge, no deed (element-activity.ts).
  const roster = rosterLines(seg);
  // Session 24 (measures24): the entries of a 公示's list and what it says of them together (element-talks.ts).
  const nominees = nomineeLines(seg, title);
  const activityRecords = recordedActivities(seg.sentences);
  // Session 25 (service25): a broadcast script's content, the other voices of a transcript, a 播放记录's rows with plays
  // (element-broadcast.ts).
  const scripts = scriptLines(seg);
  const voices = otherVoices(seg);
  const aired = broadcastRows(seg);
  const activityContents = recordedContents(seg.sentences);
  // Session 26 (review26): the 点单 record's masks read only in a file about 点单, the airing's and a programme's only in a file about
  // a broadcast or a programme — named by its title or its own lines, as a script's address (scriptLines) and a newsroom are.
  const orders = ORDERS_FILE.test(title) || seg.sentences.some((s) => ORDERS_FILE.test(s.text));
  const media = MEDIA_FILE.test(title) || scripts.size > 0 || aired.size > 0 || voices.size > 0;
  for (const [name, test] of Object.entries(ELEMENT_TESTS)) {
    const found: ElementEvidence[] = [];
    seg.sentences.forEach((s, i) => {
      if (!reads(name, i)) return;
      if (name === '具体措施' && decided.has(i)) return;
      // Session 24 (measures24): 被约谈人表态：… / 约谈事由：… / 备注：本记录由记录人当场记录… — intentions, the shortfall, apparatus.
      if (name === '具体措施' && talkLineNoDeed(s.text)) return;
      // Session 24 (measures24): 张德胜（北关村调委会）：…调解纠纷36件 in a 拟表彰人选公示 — a nominee's own record.
      if (name === '具体措施' && nominees.has(i)) return;
      if (name === '主体责任' && voidCharge.has(i)) return;
      if (name !== '部署文件' && roster.has(i)) return;
      // Session 25 (service25): a script's content is teaching; a host's, narrator's or reviewer's line claims nothing for the
      // unit; a table's header row names columns.
      if ((name === '具体措施' || name === '取得成效') && (scripts.has(i) || headerRowOnly(s.text, seg.sentences[i - 1]?.text))) return;
      // Session 25 (service25): an honours list's row (全省…先进县｜省农业农村厅｜2026.04｜省级): an honour named, no measure.
      if (name === '具体措施' && HONOUR_ROW.test(s.text)) return;
      // Session 52 (set 46's 35307, 35328): a row whose cell is a place's or a firm's self-check (…｜清理死角｜公司自查：合格｜—) is
      // theirs, as measures reads it whole; blanking the self-check cell as another's deed below left the row's item read as the unit's.
      if (name === '具体措施' && selfCheckRowWhole(s.text, title)) return;
      if ((name === '具体措施' || name === '取得成效' || name === '数据实例') && voices.has(i)) return;
      // 牵头科室：无 / 活动成效：/ — a form field left blank says nothing; a question asks, it asserts nothing.
      if (EMPTY_FIELD.test(s.text) || isQuestion(s.text) || apparatus.own.has(i) || POINTER.test(s.text)) return;
      // 成立工作专班｜否: a checklist row answered no asserts the contrary (element-mood.ts, session 17).
      // 8. 是否获得上级表彰: a checklist item not answered asks (session 17).
      if ((name === '主体责任' || name === '取得成效' || name === '部署文件') && (answeredNo(s.text, tableHeader(seg.sentences, i)) || unanswered(s.text))) return;
      // 在农贸市场设置公平秤｜否 / 4. 是否开展应急演练: the same for 具体措施 (measures17).
      if (name === '具体措施' && (answeredNo(s.text, tableHeader(seg.sentences, i)) || unanswered(s.text))) return;
      // 附件：1.《…实施方案》: an attached plan is a document cited; the list tells no other element (review, session 14).
      if (name !== '部署文件' && apparatus.attachments.has(i)) return;
      const role0 = s.role ?? seg.sections[s.section]?.role;
      const role = role0 === 'plans' && back.has(i) ? undefined : role0;
      // 一、测评内容 / 测评标准: the standard's own words, quoted before the unit's account.
      // 自查情况：我局按照…开展… under （一）测评内容: the unit's own account keyed as such is no criterion quoted (session 16).
      if (role === 'criteria' && !OWN_ACCOUNT.test(s.text)) return;
      // The report's first line without a sentence mark is its title (打造群众满意的政务服务窗口 / …的几点体会):
      // it names the topic; no action or outcome is told in it.
      if (i === 0 && TOLD_IN_TITLE_NOT.has(name) && !/[。！？；;!?]/.test(s.text)) return;
      const heading = s.heading === true || labelLine(seg, i);
      // （请填写牵头科室及责任人） / 【填写具体做法】 / （待补）: a template's note to its filler claims nothing (session 18).
      // Session 27 (class27): pupils' words in a lesson are theirs, no outcome (element-lessons.ts; the length kept).
      const told = name === '取得成效' ? maskPupilsTalk(s.text, lessonTitle) : s.text;
      let text = blankRanges(maskInstructions(maskQuotations(maskOwnNumbers(told))), notes.get(i));
      if (name === '数据实例') text = blankRanges(blankRanges(text, folder.get(i)), self.get(i));
      if (name === '取得成效') text = overlay(text, others.get(i));
      if (name === '主体责任') text = overlay(text, othersCharge.get(i));
      if (name === '主体责任') text = maskPupilPosts(text, lessonTitle);
      if (name === '具体措施' && superior) text = maskSuperior(text, superior);
      // Session 25 (service25): a script quoted in a sentence (稿中写道：“…”), the airing not done (未播 / 维修完毕后播放), a
      // field's label (播放安排：), a station's programme aired and the head coming to answer it.
      if (name === '具体措施' || name === '取得成效') text = scriptQuote(text);
      // Session 26 (review26): each in a file of its genre only (orders / media, below).
      if (name === '具体措施') {
        if (media) text = maskNotAired(text);
        text = maskFieldLabel(text);
        if (media) text = programmeClauses(text, newsroom);
        if (orders) text = maskOrders(text);
      }
      // Session 26 (visits26): calls and visits received, requests logged — office routine (element-served-deeds.ts).
      // Session 49 (set 44's 34246): deeds told as others reported them (据各学校汇总上报，…) blanked here, before every reader of the
      // element (servedDeed too); measures, called alone, blanks them itself (element-others-deeds.ts blankReported).
      // Session 56 (set 51's 37738, 37807): sentences end at ；, so a report's 据…月报，…； carries over the sentences after it up to
      // the 。 (the chain read whole, then this sentence's part kept).
      if (name === '具体措施') {
        const before = semicolonChain(seg.sentences, i);
        // (before maskReceived: 收到…报送的台账后汇总： names who reported, then blanked as a receipt)
        const sent = i > 0 && seg.sentences[i - 1]!.section === seg.sentences[i]!.section && sentForGathering(seg.sentences[i - 1]!.text, title);
        text = maskReceived(blankReported(before + text, title, sent).slice(before.length));
      }
      // Session 27 (class27): a deed first scheduled (原定…) is a plan to its clause's end (element-lessons.ts).
      if (name === '具体措施') text = maskScheduled(text);
      // Session 28 (review28): a half-year from a year not before the report's own is to come (element-shared.ts, comingHalfYear).
      if (name === '具体措施' || name === '取得成效') text = comingHalfYear(text, ownYear);
      if (name === '具体措施' && text.length === s.text.length) text = blankRanges(text, notOurs.get(i));
      if (name === '具体措施' && text.length === s.text.length) text = blankRanges(text, extracts.get(i));
      if (name === '具体措施' && text.length === s.text.length) text = blankRanges(text, tasks.get(i));
      // 督查组查看了… / 受…委托，…开展评估 / 评估组由…任组长: the writer's own actions and team, not the unit's (session 14).
      if (name === '具体措施' || name === '主体责任') text = maskWriter(text, newsroom, title);
      // ● 河道巡查 / ▲ 市热线办检查组…: a bullet is layout; the line is read without it (session 15, 具体措施).
      if (name === '具体措施') text = text.replace(BULLET, '');
      // Session 23 (activity23): a set named by its pieces (三件套) is a name, no count.
      if (name === '数据实例') text = maskSetNames(text);
      // 取得成效: whether the role is the section heading's alone, and whether the writer keyed the line as the outcomes (session 20).
      // After the tuning check (11705): a line keyed as the unit's own account (自评说明： / 自查情况：) under a heading of problems
      // is its account, as OWN_ACCOUNT lines are under the standard quoted.
      const framed = name === '取得成效' && s.role === undefined && role === 'problems' && (turnsLater(seg, i) || OWN_ACCOUNT_KEY.test(s.text));
      const key = name === '取得成效' && keyed.has(i);
      let words = test({ text, role, heading, cityUnit, firm, title, ...(framed ? { framed } : {}), ...(key ? { keyed: key } : {}) });
      // Session 22 (forms22): a record's filled effect field (活动效果：…) is the unit's claim of an outcome, unless it holds only
      // counts, an aim or a pointer (element-records.ts).
      if (words === null && name === '取得成效' && role === undefined && !heading) words = recordEffect(text);
      // Session 24 (precision24): a recheck's finding confirming a fix (…｜5月8日复查：排水通畅 / 整改结果：…全部销号), read on its own
      // cell: the row's problem cell is no shortcoming of it (element-recheck.ts).
      if (words === null && name === '取得成效' && role === undefined && !heading) words = recheckFinding(text);
      // Session 25 (service25): a superior's praise of the unit's work told as given (点评组对…工作予以肯定 / 督查组点评：“…成效
      // 明显…；但…”): a recognition, read on the sentence as written (its quoted praise is the superior's words).
      if (words === null && name === '取得成效' && role !== 'plans' && role !== 'criteria' && !heading) words = recognition(told, title);
      // Session 26 (visits26): those served saying a change reached (家长反馈孩子…主动写作业了 / 住户反映楼道烟味没了), a superior's
      // 通报表扬 passed on or a top mark in its review (element-served-said.ts).
      if (words === null && name === '取得成效' && role === undefined && !heading) words = servedSaidChange(text) ?? praiseNotified(text);
      // Session 25 (service25): 评单：满意 / 评单满意82单 / a 点单 record's row closing on 满意: those served satisfied.
      if (words === null && name === '取得成效' && role === undefined && !heading) words = evaluatedSatisfied(text, ordersHeader(seg.sentences, i));
      // 1｜划行归市｜副局长周建平｜市场规范管理股｜4月底 under …｜责任领导｜责任股室｜…: a row read with its header's keys (session 19).
      if (words === null && name === '主体责任' && !heading) {
        const keyed = rowUnderChargeHeader(seg.sentences, i);
        if (keyed !== null) words = test({ text: keyed, role, heading, cityUnit, firm, title });
      }
      // Session 25 (precision25): 局长钱明批示由县爱卫办副主任葛华牵头处置 — the unit's head put that person in charge, whatever
      // office of the unit's system the person is named by (read on the sentence, before other bodies' people are blanked).
      if (words === null && name === '主体责任' && !heading && role !== 'plans') words = headAssigns(maskQuotations(s.text), title);
      // Session 28 (quiz28): a figure under a count column (单位｜参考人数｜平均分 then 局机关｜34｜92.1): a quantity whose unit the header
      // gives (element-count-columns.ts).
      if (words === null && name === '数据实例' && !heading && text === s.text) words = countCell(seg.sentences, i);
      // ◆ 老年人绿色通道 + 陪诊服务 under 一、做法: an outline's verbless item under a measures heading (session 15).
      if (words === null && name === '具体措施' && BULLET.test(s.text) && underMeasuresHeading(seg, i)) words = outlineMeasure(text, role);
      // Session 23 (activity23): 2026年4月28日，在镇新时代文明实践所举办。 — the event the title names, held on its day at its place.
      if (words === null && name === '具体措施' && role === undefined && !heading) words = eventHeldNoObject(text, title);
      // Session 23 (activity23): 三、开展情况 / 全所民警…共52人参加 — the account that the event the title names was held.
      if (words === null && name === '具体措施' && role === undefined && !heading) words = attendedAccount(text, seg.sections[s.section]?.heading ?? null, title);
      // Session 24 (measures24): 活动名称：…；活动时间：2026年3月16日；活动地点：… — a filled activity record tells it held.
      if (words === null && name === '具体措施' && role === undefined && !heading) words = activityRecords.get(i) ?? null;
      // Session 25 (service25): a 播放记录 row with its plays counted: the broadcast told as done.
      if (words === null && name === '具体措施' && role === undefined && !heading) words = aired.get(i) ?? null;
      // Session 25 (service25): a 点单 record's row whose service cell tells the service done (element-orders.ts).
      if (words === null && name === '具体措施' && role === undefined && !heading && text.length === s.text.length && !text.includes('□')) words = orderRow(text, ordersHeader(seg.sentences, i));
      // Session 25 (precision25): …；活动内容：现场核实…，当场联系…查明原因 — a filled record's content tells the deed done.
      if (words === null && name === '具体措施' && role === undefined && !heading) words = activityContents.get(i) ?? null;
      // Session 26 (visits26): a visit told as done, a 家长会 held, a lesson given, a point set up, a raised problem fixed — the unit's
      // service to those it serves (element-served-deeds.ts).
      if (words === null && name === '具体措施' && role === undefined && !heading) words = servedDeed(text, s.text, title);
      // Session 27 (class27): a 班会 / 队会 told held (上了这节班会 / 开班会) is the school's measure (element-lessons.ts).
      if (words === null && name === '具体措施' && role === undefined && !heading) words = classMeetingHeld(text);
      // 开展学雷锋活动 in a report titled 城关镇学雷锋活动情况说明: an action whose object is only the report's
      // topic names a category, not a concrete action; the sentence is read again without it (session 13).
      for (let k = 0; k < 3 && words !== null && name === '具体措施' && topicOnly(text, words, title); k++) {
        text = text.replace(words, '□'.repeat(words.length));
        words = test({ text, role, heading, cityUnit, firm, title });
      }
      if (words !== null) found.push({ sentence: i, words });
    });
    out[name] = found;
  }
  // Session 24 (measures24): a record of a talk the unit's own head held (谈话人：局长… / 谈话内容：…) tells the talk held.
  const talk = talkHeld(seg, title);
  if (talk !== null && !out['具体措施']!.some((e) => e.sentence === talk.sentence)) {
    out['具体措施']!.push(talk);
    out['具体措施']!.sort((a, b) => a.sentence - b.sentence);
  }
  // A group set up whose head is named in another sentence: that sentence counts too.
  const named = out['主体责任'];
  if (named.length > 0) {
    seg.sentences.forEach((s, i) => {
      // A group another party set up (社区成立了…工作组 in a bureau's report on its 包联 community) is not the unit's (session 19).
      const words = named.some((e) => e.sentence === i) ? null : groupWithoutHead(overlay(s.text, othersCharge.get(i)));
      if (words !== null) named.push({ sentence: i, words });
    });
    named.sort((a, b) => a.sentence - b.sentence);
  }
  return out;
}

/** Within one sentence: no 。！？ and no line break. */
const S = '[^。！？!?\\n]';

/** The code's own cues run on JavaScript's engine; a rule file's (summaryCues) on RE2, in linear time. */
function compileAll(patterns: string[]): CuePattern[] {
  const out: CuePattern[] = [];
  for (const p of patterns) {
    try {
      out.push(EXPLANATORY_CUES.includes(p) ? new RegExp(p, 'g') : linearPattern(p));
    } catch {
      // A bad pattern in a rule file is reported by rule loading; here it is skipped.
    }
  }
  return out;
}

/** Wording of a 说明式 report: it explains the indicator rather than summing up a year. */
export const EXPLANATORY_CUES = [
  `对照${S}{0,30}(测评|指标|标准|要求)`,
  `现将${S}{0,30}(说明|报告)如下`,
  `(特此|作如下)说明`,
  `情况说明`,
];

export interface StyleVerdict {
  /** Summary cue phrases seen (存在问题, 下一步打算 …). */
  summaryCues: string[];
  /** Explanatory wording seen (对照…, 现将…说明如下). */
  explanatory: boolean;
  /** Reads as a year-end summary (总结式) rather than an explanation (说明式). */
  summary: boolean;
}

/**
 * 总结式 when two or more summary cues appear, or one appears and the report never explains
 * itself against the indicator.
 */
export function detectStyle(text: string, summaryCues: string[]): StyleVerdict {
  const seen: string[] = [];
  for (const re of compileAll(summaryCues)) {
    const m = re.exec(text);
    if (m) seen.push(m[0]);
  }
  const explanatory = compileAll(EXPLANATORY_CUES).some((re) => re.test(text));
  return { summaryCues: seen, explanatory, summary: seen.length >= 2 || (seen.length === 1 && !explanatory) };
}
