/**
 * Session 24 (measures24): who acts on whom in a record of a talk (约谈记录 / 提醒谈话记录 / 谈话记录), by the twenty-second
 * set's rulings, in their words:
 *
 *  - a talk the unit's head holds with its 股室, 下属单位, 商户 or 物业 about a shortfall is the unit's measure: a record of a
 *    talk whose 约谈人 / 谈话人 is the unit's own (a bare role — 局长 / 馆长 / 乡党委书记 — or a body the title names as the
 *    unit) tells the talk held (talkHeld; the evidence is the record's 内容 line, else its 约谈人 line);
 *  - the unit being talked to by a superior is not: a 约谈人 naming another body (县创文指挥部督导组组长 / 县农业农村局局长 in
 *    a 乡's record), a title 对我局… / …约谈我乡…, or a 被约谈人 naming the unit itself — the talk is the superior's measure;
 *  - the interviewee's 表态 are intentions, a talk's 事由 is the shortfall that called it, and a record's note on itself
 *    (备注：本记录由记录人当场记录…) is the document's apparatus: none of them a deed (talkLinesNoDeed, any document);
 *  - a notice of a talk not yet held is none: only a record (…记录 / 纪要 / 笔录 in the title) tells a talk held.
 */
import type { Segmented } from './sections.js';
import { parseBodyName, sameBody as sameUnit } from './unit-identity.js';

const TALK_RECORD = /(?:约谈|谈话|诫勉)[^，,。；]{0,8}?(?:记录|纪要|笔录)/;
const TALKER = /^\s*(?:约谈人|谈话人|主谈人|约谈领导|谈话领导)\s*[：:]\s*(.*)$/;
const TALKED = /^\s*(?:被约谈人|被约谈单位|被约谈对象|约谈对象|谈话对象|被谈话人)\s*[：:]\s*(.*)$/;
const CONTENT = /^\s*(?:约谈|谈话)?(?:主要)?内容\s*[：:]/;
/**
 * 对我局 / 约谈我乡: the unit (我 / 本 + its level) is the one talked to — unless its members follow (对本局干部 / 对本单位股室
 * 负责人 / 对我局新任职干部): then the talk is with the unit's own people, the unit's own talk to them (session 25, review25).
 */
const UNIT_TALKED =
  /(?:对|约谈|提醒)(?:我|本)(?:局|乡|镇|委|办|院|馆|所|中心|站|队|公司|街道|单位)(?![^，,。；]{0,4}?(?:党员|干部|职工|工作人员|人员|员工|股室|科室|股长|科长|中层|班子成员|新任|新提拔|下属|所属|内设|各|全体))/;
/** A body named by its place (县… / 市… / 城关镇… / 柳林乡…) up to its kind: 县农业农村局 / 县创文指挥部督导组 / 城关镇党委. */
const BODY = /(?:[县市省区]|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))[^，,、\s（()）：:]{0,14}?(?:局|委员会|委|办公室|办|部|指挥部|督导组|督查组|检查组|考核组|组|中心|政府|院|所)/;
/**
 * Session 25 (review25): a superior named by role only, no body before it (约谈人：分管副县长刘强 / 县长 / 常务副市长 / 县委书记
 * in a 局's or a 乡's record): the head of a government above the unit — the superior's talk, not the unit's own. Not in the
 * record of that government itself (县人民政府 / 县政府 / 县委).
 */
const SUPERIOR_ROLE = /^[^，,。；：:]{0,6}?(?:(?:常务)?副?(?:县|市|区|州|省|旗)长|(?:县|市|区|州|省|旗)委(?:常委|副?书记))/;
const GOVERNMENT_ITSELF = /^[\u4e00-\u9fff]{0,6}?(?:[县市区州省旗])(?:人民政府|政府|委|委员会)(?:办公室)?$/;
/**
 * The head of the unit by its kind (局 → 局长, 乡 → 乡长 / 书记, 馆 → 馆长 …), named by role only as the one talked to
 * (被约谈人：局长王某): the unit is talked to — only a superior talks to its head. A deputy (副局长) may be talked to by the head.
 */
const HEADS: readonly [RegExp, string][] = [
  [/局$/, '局长'], [/[乡镇]$/, '[乡镇]长'], [/馆$/, '馆长'], [/院$/, '院长'], [/所$/, '所长'], [/站$/, '站长'], [/队$/, '队长'],
  [/(?:学|校)$/, '校长'], [/(?:中心|委|办|街道|委员会|办公室)$/, '主任'],
];
function unitHead(unit: string): RegExp | null {
  const row = HEADS.find(([k]) => k.test(unit));
  return row ? new RegExp(`^\\s*(?:(?:党组|党委|党工委|党总支)?书记|${row[1]})`) : null;
}
/** The talker is the unit's head himself (谈话人：周立新（局长）): then the head named as talked to is no superior's talk. */
function isHead(talker: string, unit: string): boolean {
  const row = HEADS.find(([k]) => k.test(unit));
  return row !== undefined && new RegExp(`(?<!副)(?:${row[1]}|书记)`).test(talker);
}
/** The document's own unit: its title up to the kind of record (县教育局提醒谈话记录 → 县教育局; 2026年县市场监管局… → 县市场监管局). */
function titleUnit(title: string): string {
  return title.replace(/^\s*(?:关于)?\s*(?:\d{4}\s*年度?|\d{4}\s*[-—至]\s*\d{4}\s*年度?)?\s*/, '').split(/关于|提醒|约谈|谈话|诫勉|对/)[0]!.replace(/\d{4}年.*$/, '').trim();
}
/**
 * Session 25 (review25): one body under two names — compared as units through the county's table of short and full names
 * (unit-identity.ts: 县卫健局 = 县卫生健康局, 县市场监管局 = 县市场监督管理局, 城关镇党委 = 城关镇), not by prefix; a prefix is
 * kept only for names the table does not know (县文化馆 / 县文化馆党支部).
 */
function sameBody(body: string, unit: string): boolean {
  if (unit.length < 2) return false;
  if (sameUnit(body, unit)) return true;
  if (parseBodyName(body).known || parseBodyName(unit).known) return false;
  return body.startsWith(unit) || unit.startsWith(body);
}

/**
 * The sentence telling the unit's talk held, with its words, or null: a talk record whose talker is the unit's own and whose
 * interviewee is not the unit itself.
 */
export function talkHeld(seg: Segmented, title: string): { sentence: number; words: string } | null {
  if (!TALK_RECORD.test(title) || /通知|提纲|方案/.test(title) || UNIT_TALKED.test(title)) return null;
  const unit = titleUnit(title);
  const head = unitHead(unit);
  let talker = -1;
  let content = -1;
  let headTalks = false;
  for (let i = 1; i < seg.sentences.length; i++) {
    const t = seg.sentences[i]!.text;
    const by = TALKER.exec(t);
    if (by && talker < 0) {
      headTalks = isHead(by[1]!, unit);
      const body = BODY.exec(by[1]!);
      if (body && !sameBody(body[0], unit)) return null;
      if (!body && SUPERIOR_ROLE.test(by[1]!) && !GOVERNMENT_ITSELF.test(unit)) return null;
      talker = i;
      continue;
    }
    const to = TALKED.exec(t);
    if (to) {
      const body = BODY.exec(to[1]!);
      if ((body && sameBody(body[0], unit)) || (unit.length >= 2 && to[1]!.includes(unit))) return null;
      if (!body && head !== null && !headTalks && head.test(to[1]!)) return null;
      continue;
    }
    if (CONTENT.test(t) && content < 0) content = i;
  }
  if (talker < 0) return null;
  const at = content >= 0 ? content : talker;
  const text = seg.sentences[at]!.text.trim();
  return { sentence: at, words: text.slice(0, Math.min(text.length, 16)) };
}

/**
 * Lines that tell no deed of the unit, in any document: the interviewee's 表态 (被约谈人表态： / 表态：), a talk's 事由
 * (约谈事由： / 事由：), and a record's note on itself (备注：本记录… / 本表由…).
 */
const STANCE = /^\s*[^，,。；：:]{0,10}表态[^，,。；：:]{0,3}[：:]/;
const REASON = /^\s*(?:约谈|谈话)?(?:事由|原因)\s*[：:]/;
const SELF_NOTE = /^\s*(?:备注|说明|注)?\s*[：:]?\s*本(?:记录|表|台账|纪要|笔录|登记表|名册|清单)(?:由|经|已|一式|存|共|系)/;
export function talkLineNoDeed(text: string): boolean {
  return STANCE.test(text) || REASON.test(text) || SELF_NOTE.test(text);
}

/**
 * Session 24 (measures24): a 公示 of a list (拟推荐名单 / 拟表彰人选 / 评定结果) — a performative act of the document, the
 * selection told in it (…评定五星级文明户126户) the unit's measure; its entries (张德胜（北关村调委会）：…调解邻里纠纷36件 /
 * 老街坊饺子馆：…推行公筷公勺) and what it says of them together (上述企业均坚持…) are the nominees' own record, none of the
 * unit's deeds. An entry: a line keyed by a party — a name with its place or body in brackets, or a name ending in a kind of
 * household, shop, firm, village or team — in a 公示 / 公告 whose title names a list.
 */
const LIST_NOTICE = /(?:公示|公告)/;
/**
 * A title naming a list. 结果 only as a selection's (评选结果 / 评定结果 / 推荐结果): a 创卫工作结果公示 / 整治结果公示 keys the
 * unit's own work by community or village (东关社区：清理卫生死角12处), no nominees (session 25, review25).
 */
const LIST_TITLE = /名单|人选|候选|对象|(?:评选|评定|评比|推荐|表彰|认定|遴选|选树|评审|评议|考核|测评|审核)结果|命名|推荐|表彰|评选|评定|名录|入选|拟/;
const ENTRY_KEY = /^\s*(?:\d{1,3}[、.．]\s*)?([^，,。；：:“”]{2,24}?)\s*[：:]/;
const PARTY_KEY = /[（(][^（()）]{2,20}[）)]$|(?:家庭|之家|超市|商店|店|馆|公司|企业|合作社|厂|餐厅|酒店|饭店|宾馆|诊所|药房|通讯|商行|门市|市场|村|社区|小区|学校|幼儿园|医院|服务队|志愿队|队|协会|户)$/;
const FIELD_KEY = /公示|电话|联系|地址|邮箱|时间|日期|期限|备注|说明|附件|依据|情况|结果|名单|标准|条件|程序|范围|方式|要求|星级|等次|类别|[一二三四五六七八九十]、/;
const THE_LISTED = /^\s*(?:以上|上述|上列|所列|前述)(?:[\d一二三四五六七八九十]+\s*[个家户名位所支])?(?:企业|家庭|商户|单位|个人|人员|同志|村庄|村|社区|集体|组织|学校|人选|对象|候选人)/;
export function nomineeLines(seg: Segmented, title: string): Set<number> {
  const out = new Set<number>();
  if (!LIST_NOTICE.test(title) || !LIST_TITLE.test(title)) return out;
  seg.sentences.forEach((s, i) => {
    if (i === 0 || s.heading) return;
    const key = ENTRY_KEY.exec(s.text);
    if ((key && PARTY_KEY.test(key[1]!.trim()) && !FIELD_KEY.test(key[1]!)) || THE_LISTED.test(s.text)) out.add(i);
  });
  return out;
}
