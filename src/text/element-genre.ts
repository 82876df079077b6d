/**
 * Session 21 (genre21): whose voice and what kind of text, decided once per document and once per part, and read by every
 * element in one place (elementEvidence, elements.ts).
 *
 * The five elements are claims about the unit's own account of work done. Sessions 7–20 found, register after register, that
 * the reports that wrongly passed were text of another kind read sentence by sentence as if it were that account: a plan's
 * tasks, a notice's 活动安排 and 工作要求, a 预案's steps, a contract's duties, a superior's printed form, a 测评 item quoted,
 * a paper's reasoning and advice, a quiz's answers. Each session added phrases for one register. This module names the kind
 * instead, from the text's own shape, so that a register nobody has written yet is read by the same four kinds:
 *
 *  - account: what the unit did (told done, 了 / 已 / 累计, counts of work done, a time past). Every element reads it.
 *  - instrument: it assigns or requires (a plan / 方案 / 计划, a notice issued, a 预案, a contract or 协议, a 责任书, a pledge,
 *    a rule, a 请示 or an appeal): what is owed or to be done. A sentence of it counts only when told done. 主体责任 is
 *    read as in an account: an instrument that names the unit's own leading group or leader in charge sets that charge up
 *    (rulings: a 责任书's, a 方案's 组织领导, a 预案's 应急领导小组 naming the unit's own people is 主体责任).
 *  - quoted: another body's text (a superior's 督办单 / 交办单 fields, a 测评 item quoted): nothing in it is the unit's.
 *  - general: reasoning about the world, literature, advice, quiz answers: only a sentence naming the unit (我局 / 以我局为例
 *    / 本单位 …), and the told-done sentences running on from it, is the unit's.
 *
 * 部署文件 is read in every kind: a 《…方案》 cited is cited wherever it stands (a paper's 参考文献, a notice's 根据…).
 *
 * The document's kind comes from its title (an instrument's name ending it, or joined to its account: …合同及履约情况说明),
 * and from a paper's apparatus (摘要： / 关键词： / 参考文献：). A part's kind comes from its heading (or a line's key: 活动时间：
 * / 落实情况：) and otherwise from the part above it, then from the document. An account nested in an instrument (a notice's 落
 * 实情况, a 预案's 演练总结, a plan's 工作回顾) is an account: a heading or key naming what was done or reached wins over any
 * kind around it, and a heading naming the unit (我局的工作 / 本单位实践) is its account in a paper.
 */
import type { Segmented } from './sections.js';
import { TOLD_DONE } from './element-mood.js';
import { DEPARTMENT_NAMES } from './department-names.js';

export type Genre = 'account' | 'instrument' | 'quoted' | 'general';

/** A heading or key with its number and bullet taken off (三、活动安排 → 活动安排; （一）落实情况 → 落实情况). */
function bare(text: string): string {
  return text
    .trim()
    .replace(/^(?:第[一二三四五六七八九十]+[章节部分条]|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[一二三四五六七八九十]+是)\s*/, '')
    .replace(/^[◆▲●■★√→·\s]+/, '')
    .replace(/[：:。；;]\s*$/, '')
    .trim();
}

/**
 * The name of an instrument: a text that assigns or requires. 方案 / 计划 / 预案 / 通知 issued, an agreement (合同 / 协议), a
 * duty (责任书 / 责任状 / 承诺书), an appeal (倡议书 / 倡议 / 公开信), a request (请示 / 申请书 / 申报书), a rule (细则 / 办法 /
 * 制度 / 规定 / 公约 / 守则 / 须知), a script spoken at the event it runs (主持词 / 串词 / 议程). A 解说词 narrates what was done: an
 * account.
 */
// Session 22 (forms22): a letter to the public (…告知书 / 致全体家长的一封信 / …公开信 / …提醒函 / …文明使用提示): its appeals and
// explanations of rules are demands, its promises intentions.
// Session 23 (activity23): a schedule (…道德讲堂活动安排 / 日程安排 / 会议安排): the session to come, its 定于 and 流程 (a ruling of
// the twenty-first set: a programme's steps alone do not tell an activity was held).
const INSTRUMENT_NAME =
  '(?:(?:活动|日程|会议|议程|行程|节目)安排|告知书|告知函|提醒函|(?:一封|公开|慰问)信|使用提示|温馨提示|方案|计划(?:书)?|预案|通知|合同|协议(?:书)?|责任书|责任状|承诺书|倡议书|倡议|公开信|请示|申请书|申报书|细则|办法|制度|规定|公约|守则|须知|主持词|串词|议程)';
/** Text that informs rather than reports: a quiz, a manual, a question-and-answer sheet (its answers are general knowledge). */
// 关于…工作的问答 (an interview: 问 / 答 with the unit answering about its own work) is its account, not a quiz.
const GENERAL_NAME = '(?:应知应会(?:问答|手册|题库)?|知识(?:问答|读本|手册|竞赛题)|题库|试题|试卷|手册|指南|读本)';
/** A title head naming the unit's account of something (…落实情况的报告 / …工作总结 / …情况说明 / …自查报告). */
const ACCOUNT_TITLE = /(?:情况|报告|总结|说明|汇报|小结|回顾|自查|自评)$/;
// A title naming reflection (…的几点思考 / …研讨材料 / …的实践与思考) is no paper by itself: such a text is most often the unit's own
// account of its practice with its reflections around it; its parts of general reasoning are read by their headings.
/** A paper's own apparatus: 摘要： / 关键词： / 参考文献： (【摘要】 …). */
const PAPER_KEY = /^\s*(?:【\s*)?(?:摘\s*要|关\s*键\s*词|参考文献|Abstract|Key\s*words)\s*(?:】|[：:])/i;

/** The document's kind, from its title and apparatus. */
export function documentGenre(seg: Segmented): Genre {
  const first = seg.sentences[0]?.text.trim() ?? '';
  const title = /[。！？；;!?]/.test(first) ? '' : first;
  // A paper's apparatus: two of 摘要 / 关键词 / 参考文献 (a 说明's 摘要 alone, or a poster's 关键词 alone, is no paper).
  const keys = new Set(seg.sentences.flatMap((s) => (PAPER_KEY.test(s.text) ? [s.text.replace(/[\s【】]/g, '').slice(0, 2)] : [])));
  if (keys.size >= 2) return 'general';
  // The title's words, with what is cited in it (《…方案》 / “…通知”) and a trailing note (（2026年度） / （摊主版）) taken off.
  const t = title
    .replace(/《[^《》]*》|“[^“”]*”|"[^"]*"/g, '○')
    .replace(/(?:[（(][^（()）]*[）)]\s*)+$/, '')
    .replace(/[\s　]+/g, '')
    .trim();
  if (t === '') return 'account';
  // An instrument joined to its account (…合同及履约情况说明 / …主持词及小结 / …问答及使用情况说明) is the instrument with an
  // account nested in it: its parts are read by their headings.
  const joined = new RegExp(`(${INSTRUMENT_NAME}|${GENERAL_NAME})(?:[（(][^（()）]*[）)])?(?:及|和|暨|与|、)[^。；]*$`).exec(t);
  // A quiz joined to its account (…应知应会问答及使用情况) is an account whose question-and-answer lines are general (QUIZ_LINE).
  if (joined) return new RegExp(`^${GENERAL_NAME}$`).test(joined[1]!) ? 'account' : 'instrument';
  if (ACCOUNT_TITLE.test(t)) return 'account';
  // Session 22 (forms22): a year's 工作要点 (…2027年生态环境保护工作要点) is a plan; a 汇报要点 or a talk's 要点 without a year is
  // the outline of an account.
  if (new RegExp(`${INSTRUMENT_NAME}$`).test(t) || /20\d\d年度?[^。；]*(?<!汇报)要点$/.test(t)) return 'instrument';
  if (new RegExp(`${GENERAL_NAME}$`).test(t)) return 'general';
  return 'account';
}

/**
 * A heading or key naming what was done or reached: the unit's account, whatever surrounds it (一、前期工作情况 / 落实情况：
 * / 演练总结 / 2026年工作回顾 / 主要做法 / 办理情况 / 取得成效). 预期成效 / 工作目标 name targets, not results.
 */
const ACCOUNT_HEAD = /^自[查评]$|情况|小结|总结|成效|成果|成绩|效果|回顾|收获|做法|举措|进展|履约|履责|完成|实践|探索|开展|经过|前期|基础|以来|纪实|记录|使用|^说明$/;
const NOT_ACCOUNT_HEAD = /预期|目标|要求|计划|打算|下一步|下步|今后|问题|原因|建议|对策/;
/** A heading naming the unit (我局的工作 / 本单位的探索 / 以我局为例): its part is the unit's own account. */
const UNIT = '(?:我|本)(?:局|委|办|厅|中心|院|校|园|所|站|馆|队|行|社|会|单位|部|科|股|室|处|公司|企业|厂|社区|村|镇|乡|街道|支行|分局|大队|中队)';
// 我 alone is the writer, the unit's own leader speaking (今年我受局党组委托牵头…); 我国 / 我省 / 我市 / 我县 name a place above it.
const UNIT_NAMED = new RegExp(`${UNIT}|我们|以我[^，,。；]{0,8}为例|笔者所在|我(?![国省市县区])`);
/**
 * A heading or key naming what assigns or requires: a plan's or a notice's parts (工作目标 / 主要任务 / 实施步骤 / 活动安排 /
 * 活动时间 / 活动内容 / 参加人员 / 报名方式 / 工作要求 / 注意事项), a 预案's (适用范围 / 工作原则 / 预警 / 应急响应 / 处置程序 /
 * 后期处置 / 附则), an agreement's (服务内容 / 乙方义务 / 违约责任 …), a script's (主持词 / 议程 / 流程).
 */
const INSTRUMENT_HEAD = new RegExp(
  [
    '(?:工作|主要|重点|目标|具体|年度)?任务(?:分工|分解)?$',
    '(?:实施|工作|推进|进度)?(?:步骤|计划|安排)$',
    '(?:工作|具体|有关|相关|活动|考核|基本|总体|主要)要求$',
    '^活动(?:时间|地点|主题|对象|形式|内容|安排|流程|方式|范围|目的|名称|要求|组织)',
    '^(?:参加|参与|参会|参训)(?:人员|对象|范围|单位)',
    '^(?:报名|报送|联系)(?:方式|办法|时间|要求)',
    '注意事项$|日程$|议程$|流程$|程序$|节目单$',
    '适用范围$|工作原则$|^总则$|^附则$',
    '预警|(?:应急|分级)?响应|(?:应急)?处置(?:程序|流程|措施|办法)?$|后期处置|(?:应急)?保障$|启动条件|信息报告$',
    '保障措施$|组织(?:领导|保障|实施)$|职责(?:分工)?$|机构(?:及|与|和)职责',
    '服务(?:内容|范围|标准|要求)$|(?:权利|义务)$|违约责任|(?:合同|协议)(?:主要)?(?:内容|条款)$',
    '(?:考核|评分|奖惩)(?:办法|细则|标准|方式)?$|经费(?:预算|保障)?$|预算$',
    '倡议$|承诺$',
  ].join('|'),
);
/**
 * A heading or key naming another body's text quoted: a superior's form (问题描述 / 督办事项 / 交办内容 / 整改要求 / 办理要求 /
 * 反馈意见), a 测评 item (测评内容 / 测评标准: the criteria role, sections.ts); session 23 (scoring23): a county leader's 批示 keyed by its author
 * (县领导批示：… / 分管副县长批示：… / 市委书记批示：…) is the leader's words, not who is in charge in the unit — the unit head's own
 * (局长批示：请办公室牵头…) is the unit's assignment and stays its text.
 */
const QUOTED_HEAD =
  /^(?:(?:通知|文件|来文|上级文件|上级通知)(?:的)?(?:要求|要点|内容|主要内容|精神|摘要|原文|明确的?事项)|问题(?:描述|内容|表述|情形)|(?:督办|交办|转办|督查|批办)(?:事项|内容|要求|意见|问题)|(?:整改|办理|督办)要求|反馈意见|批示(?:内容|意见)?|(?:县|市|省|州)(?:委|政府)?(?:主要|分管)?(?:领导|负责同志)批示|(?:分管|常务)?副?(?:县长|市长|省长)批示|(?:县|市)委书记批示|来文(?:内容|摘要)?|原文(?:摘录)?)$/;
/**
 * Session 22 (parties22): a heading over the lines of a work of art (二、节目台词 / 唱词节选 / 小品片段 / 作品节选 / 剧情 / 歌词 /
 * 诗歌节选): its lines are art, not claims — a 快板's 经理挂帅打头阵 is no one in charge, a 小品's 车子挪开了 no outcome. The 创作说明
 * and 演出情况 around it are the unit's account. Read as another's text quoted (nobody's claim; 部署文件 still read).
 */
const ART_HEAD = /^(?:[\u4e00-\u9fff]{0,6}?)(?:台词|唱词|歌词|剧情|剧本|作品|诗歌|诗文|朗诵词|快板词|小品|情景剧|快板|三句半|歌曲)(?:节选|片段|选段|全文|原文|梗概|摘录|选摘|简介)?(?:[（(](?:节选|片段|选段|摘录)[）)])?$/;
const ART_HEAD_NOT = /情况|说明|创作(?!词)|演出|排练|编演|推广|传唱|征集|申报|送审|背景|缘起|依据|反响|效果|成效/;
const SPEAKER = /^[\u4e00-\u9fff（）()]{1,6}[：:](?![\s　]*$)/;
/** A line of a work: a speaker's line (甲：… / 旁白：… / 老潘：…) or a short verse line with at most its closing mark. */
const ART_LINE = /^(?:[\u4e00-\u9fff（）()]{1,6}[：:]|[^。]{2,40}[。！？!?，,；;]?$)/;
export function artHead(head: string): boolean {
  const h = bare(head);
  return ART_HEAD.test(h) && !ART_HEAD_NOT.test(h) && /台词|唱词|歌词|剧情|节选|片段|选段|全文|原文|梗概|摘录|选摘|朗诵词|快板词/.test(h);
}

/** A heading naming general reasoning or others' experience: literature, others' places, advice (in any document). */
const GENERAL_HEAD = /(?:外地|各地|先进地区|国内外|兄弟(?:县|单位))(?:的)?(?:经验|做法|实践)|经验借鉴|他山之石|文献|综述|理论(?:基础|依据|分析|综述)$|对策建议|(?:意见)?建议$|启示$|思考$|问题的提出|^引言$|^前言$|^结语$|^结论$/;
/**
 * Session 22 (genre22): a heading opening or closing the text, or drawing its lessons (引言 / 结语 / 结论 / 几点启示 / 几点思考),
 * names no other voice: in the unit's own account (a 大事记's 结语, an 经验交流's 几点启示, a 宣传片脚本's 结语) it is the account's
 * own summing up; only in a paper is it general reasoning. Others' experience, literature, theory and advice stay general.
 */
const REFLECTION_HEAD = /启示$|思考$|体会$|问题的提出|^引言$|^前言$|^结语$|^结论$|^结束语$/;

/**
 * A heading naming work done on a plan, a process or a duty (规范服务流程 / 优化就诊流程 / 制定考核办法 / 明确工作要求 / 落实
 * 保障措施) tells a deed: it is no instrument's own part.
 */
const WORK_ON = /^(?:关于)?(?:规范|优化|完善|简化|再造|健全|建立|制定|制订|修订|编制|明确|细化|落实|压实|强化|改进|提升|创新|严格|公开|执行|履行|签订|印发|分解|加强)/;

const NOTICE_HEAD = /^[^，,。；]{0,10}?通知(?:[（(][^（()）]{0,12}[）)])?$/;

const PLEDGE_HEAD = /^[^，,。；]{0,10}?承诺(?:内容|事项|条款|书|如下)?$/;

/** The kind a heading or key names, or undefined when it names none (（一）整治环境卫生 takes its part's). */
export function headGenre(head: string, document: Genre = 'instrument'): Genre | undefined {
  const h = bare(head);
  if (h === '') return undefined;
  if (QUOTED_HEAD.test(h) || artHead(h)) return 'quoted';
  if (UNIT_NAMED.test(h) && !NOT_ACCOUNT_HEAD.test(h)) return 'account';
  if (ACCOUNT_HEAD.test(h) && !NOT_ACCOUNT_HEAD.test(h)) return 'account';
  if (GENERAL_HEAD.test(h)) return document === 'account' && REFLECTION_HEAD.test(h) ? undefined : 'general';
  // Session 22 (forms22): a part naming the pledges (承诺内容 / 服务承诺 / 我们承诺) holds intentions in any document, a 践诺情况
  // beside it (an account head above) being the account.
  if (PLEDGE_HEAD.test(h)) return 'instrument';
  // Session 23 (activity23): a part headed by the notice itself (一、活动通知 / 会议通知 / 开班通知) holds the notice's words in any
  // document — its 定于… / 请…准时参加 / 届时 is the activity to come, its demands the notice's — not the account that it was held
  // (印发通知 / 落实通知情况 name work done on it).
  if (NOTICE_HEAD.test(h) && !WORK_ON.test(h)) return 'instrument';
  // In an account, a part named as a plan's or a notice's (活动内容 / 组织保障 / 预警…) tells what was done under that name: the
  // account's own topic, not an instrument (an account's parts that assign are owedDuties', element-mood.ts, for 具体措施).
  if (document !== 'account' && INSTRUMENT_HEAD.test(h) && !WORK_ON.test(h)) return 'instrument';
  return undefined;
}

/** A line keyed by a short key (活动时间：… / 落实情况：… / 问题描述：…): its key. */
const KEY = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?([^，,。；;：:！？!?“”《》\s]{2,10})\s*[：:]/;

/**
 * Session 22 (parties22): a superior's notice forwarded and quoted at length, named back by its kind as the subject of what it
 * says (通知要求，… / 通知明确，市里成立…领导小组 / 通知回顾说… / …下发，通知成立…组委会): the notice's words, not the unit's
 * claims. The unit acting on it (按照通知要求，我局… / 通知下发后，我局…) is no such clause.
 */
const NOTICE_SAYS = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:该|上述|此|这份|原|来文)?(?:通知|文件|来文)(?:中|里|还|同时|并|另)?(?:要求|明确|指出|提出|强调|规定|部署|回顾|说|称|列出|确定|成立|决定|安排|提到|写道|指明)/;
/**
 * A work of art's plot told (剧本讲述一家三口… / 小品《接访日》由…会员创作，讲的是… / 快板…以社区民警的一天为线索，…表现…):
 * the work's story, not the unit's deeds (parties22). The unit making or staging it (我局组织创作了小品…) opens with the unit.
 */
const PLOT = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:该|这个|这部|这首|整个)?(?:剧本|小品|快板|情景剧|三句半|歌曲|歌词|作品|节目|诗歌|诗朗诵|故事|剧情|全剧|全诗|全曲)(?:《[^》]{1,20}》)?[^，,。；]{0,24}?(?:[，,][^，,。；]{0,30}?)?(?:讲述|讲的是|讲了|描写|描绘|刻画|表现|再现|展现|为线索|通过[^，,。；]{1,20}(?:故事|情节))/;
export function noticeSays(text: string): boolean {
  if (PLOT.test(text.trim())) return true;
  return text.split(/[，,；;：:]/).some((c) => NOTICE_SAYS.test(c.trim()));
}

/** A quiz's question or answer line (问：… / 答：… / 题：… / Q: / A:): general knowledge, in a document whose title names a quiz. */
const QUIZ_LINE = /^\s*(?:[（(]?\d{1,3}[）)、.．]\s*)?(?:问|答|题|问题|答案|Q|A)\s*[：:]/;

/**
 * Session 22 (forms22): a plan's look back (a 工作要点 / 年度计划 for 2027 opening with 2026年，… / 回首2026年 / 回顾成绩。 / 一年来):
 * ruled an account — its deeds are measures, its results outcomes — while the plan's 目标 and 重点任务 stay plans. In an
 * instrument's text (not under a heading naming another kind), the stretch from a sentence opening on a time past (a year
 * before the one the title names, 回顾 / 回首 / 一年来 / 过去一年 / 今年以来) up to the sentence that turns to what comes (明年 /
 * 新的一年 / 进入2027年 / 谋划 / 展望 / the title's year / an intention from the start), a heading, or a short line with no
 * clause mark that names the next item (抓思想引领。).
 */
const LOOK_BACK = /^(?:回顾|回首|盘点|总结|过去(?:的)?一年|这一年|一年来|今年以来|本年度以来|(?:20\d\d)年(?:以来|度)?(?:[，,]|里|中|全年|上半年|下半年|是|全[县镇乡村区市]|，?我|，?[\u4e00-\u9fff]{1,6}(?:把|以|按照|依照|依据|根据|围绕|落实|紧扣|聚焦|坚持|在|共|累计|先后)))/;
const TURNS_AHEAD = /^(?:展望|谋划|进入|迈入|新的一年|新一年|新年|明年|来年|下一年|下一步|下步|今后|接下来|未来|一要|首先要|(?:[^，,。；]{0,8}?)(?:将|要|拟|计划|准备|打算|力争|确保)(?!求))/;
export function lookedBack(seg: Segmented, document: Genre): Set<number> {
  const out = new Set<number>();
  if (document !== 'instrument') return out;
  const title = seg.sentences[0]?.text ?? '';
  const year = Number(/(20\d\d)\s*年/.exec(title)?.[1] ?? '0');
  let on = false;
  seg.sentences.forEach((s, i) => {
    if (i === 0) return;
    const b = bare(s.text);
    const past = LOOK_BACK.exec(b);
    const y = /^(20\d\d)年/.exec(b);
    // A short line naming what was done or reached (一看成效。 / 二看做法。) opens the look back too.
    const named = b.length <= 12 && !/[，,；;：:、]/.test(b) && headGenre(b, 'instrument') === 'account';
    const started = named || (past !== null && (y === null || (year > 0 && Number(y[1]) < year)));
    if (s.heading) {
      // A heading naming the look back (2026年工作回顾) is an account by headGenre; any other heading ends the stretch.
      on = false;
      return;
    }
    if (started) on = true;
    else if (on && (TURNS_AHEAD.test(b) || (year > 0 && new RegExp(`^${year}年`).test(b)) || (b.length <= 10 && !/[，,；;：:、]/.test(b) && !toldSo(b)))) on = false;
    if (on) out.add(i);
  });
  return out;
}

export interface Genres {
  document: Genre;
  /** The title names a script spoken at its event (主持词 / 串词): its present (今天…在这里举行 / 现在开始) is the event held. */
  script?: true;
  /** Per sentence, the kind of the part it stands in. */
  sentence: Genre[];
}

/**
 * The kind of every sentence: its section's heading's kind, else the section above's, else the document's; a line keyed by
 * a kind's key (落实情况：… / 活动内容：…) sets the kind for itself and the unkeyed lines after it in its section.
 */
export function genres(seg: Segmented): Genres {
  const document = documentGenre(seg);
  const sectionKind: Genre[] = [];
  const ownKind: boolean[] = [];
  const stack: { level: number; kind: Genre; named: boolean }[] = [];
  seg.sections.forEach((sec, k) => {
    // A speaker's line read as a heading of its own (乙：群众个个都满意！ on a short line) is the next line of the script it
    // stands in: the part before it goes on (parties22).
    if (k > 0 && sec.kind === 'line' && sec.heading !== null && SPEAKER.test(sec.heading)) {
      sectionKind[k] = sectionKind[k - 1]!;
      return;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.level >= sec.level) stack.pop();
    const above = stack.length > 0 ? stack[stack.length - 1]!.kind : document;
    const aboveNamed = stack.length > 0 && stack[stack.length - 1]!.named;
    // A run-in heading (一是… / 首先…) lists the items of the text around it: it names no kind of its own.
    // The title read as a heading (a styled first line) is the document's: its kind is the document's.
    const titled = sec.first === 0;
    const own = sec.role === 'criteria' ? 'quoted' : sec.heading === null || sec.kind === 'run-in' || titled ? undefined : headGenre(sec.heading, document);
    const kind = own ?? above;
    sectionKind[k] = kind;
    ownKind[k] = own !== undefined || aboveNamed;
    if (sec.heading !== null) stack.push({ level: sec.level, kind, named: ownKind[k]! });
  });
  const first = seg.sentences[0]?.text ?? '';
  const quiz = new RegExp(GENERAL_NAME).test(first);
  const sentence: Genre[] = [];
  const back = lookedBack(seg, document);
  let keyed: { section: number; kind: Genre; line: boolean; art?: boolean } | undefined;
  // Session 22 (genre22): what follows the instrument's dated sign-off (清河县农业农村局 / 2026年8月28日 / 9月23日，我局…举办…)
  // is the unit's account of carrying it out, up to an attachment's own title (附件 / …实施方案).
  const signed = document === 'instrument' ? signOff(seg) : -1;
  let after = false;
  // Session 22: an instrument joined to its account in the title (…考评办法及实施情况) whose body marks no part as the account
  // (no heading or key naming what was done): the body is the account the title promises (the instrument's own words are
  // told by their keys: 办法规定：…).
  const unmarked = document === 'instrument' && joinedAccount(first) && !seg.sentences.some((t, i) => i > 0 && (t.heading ? headGenre(t.text, document) : KEY.test(t.text) ? headGenre(KEY.exec(t.text)![1]!, document) : undefined) === 'account');
  seg.sentences.forEach((s, i) => {
    if (signed >= 0 && i === signed + 1) after = true;
    if (after && ATTACHMENT_TITLE.test(s.text.trim())) after = false;
    const sectionBase = s.role === 'criteria' ? 'quoted' : sectionKind[s.section] ?? document;
    // After the sign-off, or in an unmarked joined body, a part inheriting the instrument's kind is the account.
    const base = (after || unmarked) && sectionBase === document && !ownKind[s.section] ? 'account' : sectionBase;
    if (keyed && keyed.section !== s.section) keyed = undefined;
    // Session 22 (genre22): another body's field written on its line (督办事项：…。整改要求：…。) is that line: the unkeyed lines
    // after it are the unit's reply (明确责任到人。大队由教导员…牵头). A key alone on its line heads the lines under it.
    if (keyed?.line && s.opens) keyed = undefined;
    if (s.heading) {
      keyed = undefined;
      sentence[i] = base;
      return;
    }
    // An art key (台词节选：) holds the work's lines after it, speaker lines (甲：… / 旁白：…) and short verse lines; the prose
    // after them (怎么演的。5月至7月，…演出7场) is the account again.
    if (keyed?.art && !ART_LINE.test(s.text.trim())) keyed = undefined;
    const key = KEY.exec(s.text);
    const named = key ? headGenre(key[1]!, document) : undefined;
    if (named) keyed = { section: s.section, kind: named, line: named === 'quoted' && s.text.slice(key![0].length).trim() !== '', ...(artHead(key![1]!) ? { art: true } : {}) };
    // Another body's field is its own line: a key naming no kind after it (整改措施：… / 整改结果：…) is the unit's answer, read in
    // its part's kind (review21).
    else if (key && keyed?.kind === 'quoted') keyed = undefined;
    sentence[i] = i === 0 ? document : quiz && QUIZ_LINE.test(s.text) ? 'general' : noticeSays(s.text) ? 'quoted' : (keyed?.kind ?? base);
    if (back.has(i) && sentence[i] === 'instrument') sentence[i] = 'account';
  });
  const script = new RegExp(`${SCRIPT_NAME}(?:[（(][^（()）]*[）)])?(?:$|及|和|暨|与)`).test(first.replace(/[\s　]+/g, ''));
  return { document, sentence, ...(script ? { script: true as const } : {}) };
}

/** A script spoken at the event it runs. */
const SCRIPT_NAME = '(?:主持词|串词|主持稿|解说串词)';
/** A title joining an instrument to the account of it (…办法及实施情况 / …方案及落实情况 / …主持词及情况说明). */
function joinedAccount(title: string): boolean {
  const t = title.replace(/《[^《》]*》/g, '○').replace(/[\s　]+/g, '');
  return new RegExp(`${INSTRUMENT_NAME}(?:[（(][^（()）]*[）)])?(?:及|和|暨|与)[^。；]*(?:情况|说明|总结|小结|报告|成效)(?:[（(][^（()）]*[）)])?$`).test(t);
}

/** A date line closing a text (2026年8月28日 / 二〇二六年八月). */
const DATE_LINE = /^\s*(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*$/;
/** An attachment after the sign-off: its key, or its own title naming an instrument (2026年…活动方案). */
const ATTACHMENT_TITLE = new RegExp(`^(?:附件|附表|抄送|附：)|^[^，,。；;！？!?：:]{4,40}${INSTRUMENT_NAME}$`);
/**
 * The sign-off of an instrument: a date line after its body, under a short line without a sentence mark (the issuing body),
 * with more text after it; the index of the date line, or -1. A date under the title (the second line) is none.
 */
function signOff(seg: Segmented): number {
  const ss = seg.sentences;
  let told = false;
  for (let i = 2; i < ss.length - 1; i++) {
    if (/[。！？!?]/.test(ss[i - 1]!.text)) told = true;
    if (!told || !DATE_LINE.test(ss[i]!.text)) continue;
    const name = ss[i - 1]!.text.trim();
    if (name.length > 30 || /[。！？；;!?，,：:]/.test(name)) continue;
    if (ss.slice(i + 1).some((t) => !t.heading && /[。！？!?]/.test(t.text))) return i;
  }
  return -1;
}

/**
 * The unit's own names, as its title, its author line or its signature writes it (县实验小学 / 长青村村民委员会 / 东城街道办事处
 * / 清河县市场监督管理局课题组): the name without the county's (实验小学 / 长青村 / 东城街道), and the short word the unit calls
 * itself by its kind (学校 / 村里 / 街道 / 局里 / 社区 …). A paper written by a school, a village or a 街道 speaks of itself so,
 * not always as 我 / 本.
 */
const ORG = /([\u4e00-\u9fff]{2,24}?(?:小学|中学|学校|幼儿园|医院|卫生院|村民委员会|居民委员会|村委会|居委会|村|社区|街道办事处|街道|镇人民政府|镇政府|镇|乡|局|委员会|委|办公室|中心|馆|站|所|大队|中队|协会|公司|支行|分行|银行|院))(?:课题组|党组|党委|党支部|党总支|调研组)?(?=$|[\s　，,（(]|关于)/;
const SELF_WORD: [RegExp, string][] = [
  [/(?:小学|中学|学校|幼儿园)$/, '学校|全校|校园里|校内|园里|全园'],
  [/(?:村民委员会|村委会|村)$/, '村里|全村|村两委|村党支部|村党组织|村委会|村民委员会'],
  [/(?:居民委员会|居委会|社区)$/, '社区|居委会'],
  [/街道(?:办事处)?$/, '街道'],
  [/(?:镇人民政府|镇政府|镇)$/, '镇里|全镇|镇党委|镇政府'],
  [/乡$/, '乡里|全乡|乡党委|乡政府'],
  [/分局$/, '分局'],
  [/局$/, '局里|全局|局党组|局机关|该局'],
  [/(?:医院|卫生院|院)$/, '院里|全院|医院'],
  [/(?:公司|支行|分行|银行)$/, '公司|全行|支行|网点'],
  [/(?:中心|馆|站|所|大队|中队|协会)$/, '中心|馆里|全馆|站里|所里|队里|大队|中队|协会'],
];
/** The standard short and full forms of a county department's name (department-names.ts), as the county writes them: 县 + form. */
function departmentForms(name: string): string[] {
  const flat = /^共青团[\u4e00-\u9fff]{0,4}?县?委员会$/.test(name) ? '团委' : name;
  const row = DEPARTMENT_NAMES.find((r) => r.some((n) => flat === n || (n.length >= 3 && flat.endsWith(n))));
  if (!row) return [];
  return row.flatMap((n) => (n === '团委' ? ['团县委', '县团委'] : n.length >= 2 ? [`县${n}`] : []));
}

export function unitNames(seg: Segmented): RegExp | null {
  const lines = seg.sentences.map((s) => s.text.trim());
  const head = lines.slice(0, 3).filter((t) => !/[。！？；;!?，,]/.test(t));
  const tail = lines.slice(-4).filter((t) => !/[。！？；;!?，,]/.test(t) && t.length <= 30);
  const words = new Set<string>();
  const title = head[0]?.replace(/^#\s*/, '') ?? '';
  const titled = /^([^，,。；“”《》（()）]{2,24}(?:小学|中学|学校|幼儿园|医院|卫生院|村民委员会|居民委员会|村委会|居委会|村|社区|街道办事处|街道|镇|乡|局|委员会|中心|馆|站|所|大队|中队|协会|公司|支行|分行))/.exec(title);
  for (const line of [...head, ...tail, ...(titled ? [titled[1]!] : [])]) {
    const m = ORG.exec(line.replace(/^#\s*/, ''));
    if (!m) continue;
    const name = m[1]!.replace(/^(?:[\u4e00-\u9fff]{0,3}?(?:省|市))?(?:[\u4e00-\u9fff]{0,3}?县)?/, '');
    if (name.length >= 2 && !/^(?:县|市|省)/.test(name)) words.add(name);
    // Session 22 (genre22): the department's other standard names with the county's 县 (清河县科学技术协会 → 县科协, 清河县残疾人
    // 联合会 → 县残联, 共青团清河县委员会 → 团县委): a paper or a quiz names its unit so as often as by the name its title spells.
    for (const w of departmentForms(name)) words.add(w);
    const self = SELF_WORD.find(([re]) => re.test(name));
    if (self) for (const w of self[1].split('|')) words.add(w);
  }
  if (words.size === 0) return null;
  return new RegExp([...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/**
 * Told done or told so: the perfective, 已, a tally, a time past (TOLD_DONE, element-mood.ts), read on the sentence without its
 * number (（一）今年春节前，已在…设立…); a time since which (2026年春季以来 / 近年来 / 前期); or the state now asserted (现有 / 目前 /
 * 共有 …: a fact, not a duty). What is owed or planned (将 / 拟 / 要 / 应 / 确保 / 力争) is none of these.
 */
// An event held on its date (于7月12日上午在社区广场举行 — not 定于 / 拟于 / 将于), a step taken on a date (于2月印发… — not 请于3月10日前),
// a year's tally (全年抢修管网漏点418处 — not 全年计划… / 全年不少于…) and attendance counted (居民230余人参与 / 参演职工86人; not a quota
// 各村参加2名) are told done too.
const SINCE = /^(?:[^，,。；]{0,12}以来|近年来|近[一二两三四五]年|前期|此前|截至目前|目前|现有|现已|已在|共有|全[县镇乡村]现有)|以来[，,]|已(?:经)?在(?![^，,。；]*中)|(?<![定拟将计划])于[^，,。；]{1,16}(?:举行|召开|举办|开展)|(?<![定拟将计划请须应要需])于(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?![\d前底末])[^，,。；]{0,4}?(?:印发|出台|制定|建立|成立|启动|召开|举行|举办|开展|组织|完成)|全年(?!计划|力争|要|将|拟|不少于|至少|目标)[^，,。；]{0,12}?\d|\d+\s*[余多]?\s*(?:名|人)[^，,。；]{0,6}(?:参加|参与|参会|到场)|(?<![每各][^，,。；]{0,8})(?:参演|参训|参赛|参会|参与|参加|到场|出席)(?:的)?(?:人员|职工|干部|群众|居民|师生|学生|村民|志愿者|党员|代表)?(?:达|共|约)?\d+(?:\.\d+)?\s*[余多]?\s*(?:名|人)/;
export function toldSo(text: string): boolean {
  const b = bare(text);
  return TOLD_DONE.test(b) || SINCE.test(b);
}

/** The present of a script spoken at its event: 今天，…在这里… / 今天…举行 / 现在我宣布 / 现在开始 / …正式开幕. */
const PRESENT_EVENT = /^(?:今天|今晚|今日|此时此刻|此刻)[^。！？!?]{0,40}?(?:在这里|在此|相聚|齐聚|欢聚|举行|举办|召开|开展)|^现在(?:我)?(?:宣布|开始|正式)|(?:正式|隆重)(?:开幕|开始|启动|开张|揭牌)/;

/** The sentence names the unit: 我局 / 本单位 / 我们 / 以我局为例, or the unit's own name or the word it calls itself by. */
export function namesUnit(text: string, own: RegExp | null = null): boolean {
  return UNIT_NAMED.test(text) || (own !== null && own.test(text));
}

/**
 * Which sentences each element may read, by their kind (the one place: elementEvidence). 部署文件 reads every kind; an
 * account is read by all; an instrument's sentence only when told done (主体责任: always, see above); a quoted part by none;
 * a general part only where it names the unit, and the told-done sentences running on from such a sentence in its section.
 */
export function readable(seg: Segmented, g: Genres): (element: string, i: number) => boolean {
  // A part: the stretch under a top-level heading (一、… / a styled heading), or the text before the first.
  const top: number[] = [];
  let current = -1;
  seg.sections.forEach((sec, k) => {
    if (sec.heading !== null && sec.level <= 1) current = k;
    top[k] = current;
  });
  const general = new Set<number>();
  const own = g.document === 'general' || g.sentence.includes('general') ? unitNames(seg) : null;
  // The parts in which the unit has been named so far: its told-done sentences after that are its account running on.
  const named = new Set<number>();
  seg.sentences.forEach((s, i) => {
    if (g.sentence[i] !== 'general' || s.heading) return;
    const part = top[s.section] ?? -1;
    if (namesUnit(s.text, own)) named.add(part);
    if (named.has(part)) general.add(i);
  });
  // Session 22 (genre22): a sentence split at ； goes on with the one before it on its line (今年3月以来，专班…进行了逐一踏勘，
  // …；在新华街…先行建成口袋公园2处): told done there, it is told done here. A script's present at its event (今天，我们在这里
  // 举行… / 现在我宣布…开幕) is the event held.
  const told: boolean[] = [];
  seg.sentences.forEach((s, i) => {
    const prev = seg.sentences[i - 1];
    told[i] =
      toldSo(s.text) ||
      (g.script === true && PRESENT_EVENT.test(bare(s.text))) ||
      (prev !== undefined && !s.opens && !s.heading && !prev.heading && /[；;]\s*$/.test(prev.text) && told[i - 1]!);
  });
  return (element, i) => {
    if (element === '部署文件') return true;
    const kind = g.sentence[i]!;
    const s = seg.sentences[i]!;
    if (kind === 'account') return true;
    if (kind === 'quoted') return false;
    if (kind === 'general') return general.has(i);
    // instrument
    // An instrument's action is assigned until told done; what it asserts (a state: 现有…; a result: …明显增强) is read as
    // anywhere, each element's own test turning away targets and intentions (力争 / 确保 / 将).
    if (element !== '具体措施') return true;
    return told[i]!;
  };
}
