/**
 * Session 23 (activity23): what tells that an activity was held. The twenty-first set's rulings, in their words:
 *
 *  - a notice's demands are the notice's: a part headed by the notice itself (一、活动通知 / 会议通知) is an instrument in any
 *    document — its 定于… / 请…准时参加 / 届时 is the activity to come, not held (element-genre.ts headGenre, NOTICE_HEAD);
 *  - a blank 签到表 or a （略） record claims nothing, and a filled sign-in sheet's rows are a form's (序号 姓名 职务 联系电话 签名):
 *    names, roles and telephone numbers of who signed, no data, no one in charge, no deed (rosterLines);
 *  - a schedule, programme or ritual's steps alone (流程：一、唱一首歌…) do not tell an activity was held; an account that it
 *    was held — on its day, at its place (5月12日在…举办 / 讲堂在…举行), in the unit's account — does (heldOnItsDay, read by
 *    element-mood.ts owedDuties and by the 具体措施 fallback in elements.ts: the event held is the one its title names);
 *  - a name with a numeral is a name: a set's name (三件套) is no count (maskSetNames, 数据实例).
 */
import type { Segmented } from './sections.js';
import { PEOPLE } from './element-result-classes.js';

/** A heading naming a sign-in sheet or a roster of who took part (二、签到表 / 签到表（讲解员） / 参会人员名单 / 花名册). */
const ROSTER_HEAD = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?[^，,。；]{0,8}?(?:签到表|签到册|签到簿|签到单|签到名单|签名表|参会人员名单|参加人员名单|参训人员名单|人员名单|花名册|名册)(?:[（(][^（()）]{0,16}[）)])?[：:]?$/;
/** A form's header row: the column names of a roster, three or more of them (序号 姓名 科室 职务 电话 签名). */
const COLUMN = /序号|姓名|性别|年龄|职务|职称|科室|部门|单位|股室|岗位|身份|联系电话|联系方式|电话|手机|签名|签到|签字|备注|到场时间|签到时间/g;
/** A telephone number, masked or not (138xxxx4411 / 139****0773 / 0312-1234567). */
const PHONE = /(?<!\d)1[3-9]\d[\dxX*＊]{4}\d{4}(?!\d)|(?<!\d)0\d{2,3}[-－]\d{7,8}(?!\d)/;
/** A roster's row: a serial number, a person's name, then cells, with a telephone number (1　米兰　社教部主任　139xxxx0773). */
const ROW = /^\s*\d{1,3}[\s｜|　.．、]*[\u4e00-\u9fff·]{2,4}/;
/** A sentence mark: a line holding one is written prose, not a form's cell row. */
const SENTENCE_MARK = /[，,。；;！？!?]/;

function headerRow(text: string): boolean {
  if (SENTENCE_MARK.test(text)) return false;
  return new Set(text.match(COLUMN) ?? []).size >= 3;
}

/**
 * The lines of a sign-in sheet or roster: under a heading naming one, every line without a sentence mark (its header and
 * rows; 共签到42人。 is written and read); anywhere, a form's header row and a roster's row holding a telephone number.
 */
export function rosterLines(seg: Segmented): Set<number> {
  const out = new Set<number>();
  let under = false;
  seg.sentences.forEach((s, i) => {
    const t = s.text.trim();
    // A row read as a numbered heading (2　汤丽　药剂科　主管药师　139xxxx6604) is still the sheet's row.
    const row = !SENTENCE_MARK.test(t) && ROW.test(t) && PHONE.test(t);
    if (s.heading && !row) {
      under = ROSTER_HEAD.test(t);
      return;
    }
    if (under && !SENTENCE_MARK.test(t)) out.add(i);
    else if (headerRow(t) || row) out.add(i);
  });
  return out;
}

const DAY = '(?:(?:20\\d{2}|[二〇零]{2}[一二三四五六七八九〇零]{2})\\s*年\\s*)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日';
/** Or the festival's eve or day (“五一”前夕 / 重阳节当天). */
const FESTIVAL_DAY = '(?:“[^”]{1,8}”|[\\u4e00-\\u9fff]{1,4}节)(?:前夕|当天|当日)';
const PART_OF_DAY = '(?:上午|下午|晚上|晚|早上|中午|傍晚|晚间)?';
/** Words of what is to come or asked: a notice's or a plan's, not an account's (定于 / 拟于 / 将 / 请 / 届时 / 计划). */
const TO_COME = /定于|拟|将(?!军)|计划|准备|打算|届时|请|须|需要|要求|应当|(?<!应知)应(?=[\u4e00-\u9fff])(?!邀|知应会)|务必|按时|准时|力争|争取|预计/;
/** An event named (道德讲堂 / 诵读会 / 演练 / 仪式 …), by the subject of the clause or by the title. */
const EVENT_WORD = /讲堂|活动|仪式|讲座|晚会|演出|展演|比赛|竞赛|(?:诵读|读书|故事|分享|座谈|茶话|联欢|运动|表彰|见面|交流|展销|招聘|游园|朗诵|宣讲|推介|启动|开幕)会|宣讲|培训|演练|义诊|集市|游园|展览|展销|开放日|课堂|颁证|升旗/;
/**
 * An event told held on its day, at its place: a sentence (after its key, 活动记录：) opening with the day (5月29日上午，… /
 * 2026年4月28日，…), then the place and the verb of holding, with or without a subject between (讲堂在幼儿园多功能厅举行 / 学校在
 * 礼堂举办 / 在镇新时代文明实践所举办), or the event begun on its day (演练正式开始). No word of what is to come in the sentence.
 */
const HELD_ON_DAY = new RegExp(
  `^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[）)、.．]\\s*)?(?:[^，,。；：:]{1,8}[：:]\\s*)?(?:${DAY}|${FESTIVAL_DAY})\\s*${PART_OF_DAY}[\\d:：至—\\-\\s]*[，,]?\\s*([^，,。；]{0,12}?)(?:在[^，,。；]{2,24}?(?:举办|举行|召开|开展)|(?:正式|如期|准时|隆重)?(?:举行|开始|开幕|启动))`,
);
export function heldOnItsDay(text: string): boolean {
  return HELD_ON_DAY.test(text) && !TO_COME.test(text);
}

/**
 * The measure such a sentence tells when its verb has no object (2026年4月28日，在镇新时代文明实践所举办。 / 9月24日下午，诵读会在
 * 学校报告厅举行 / 演练正式开始): the event held on its day, named by the clause's subject or, with none, by the title.
 */
export function eventHeldNoObject(text: string, title: string): string | null {
  if (!heldOnItsDay(text)) return null;
  const m = HELD_ON_DAY.exec(text)!;
  const held = m[0].replace(/^[^，,]*[，,]\s*/, '') || m[0];
  // The verb closes its clause, or a quoted name follows it (在会议室举办“忠诚干净担当，传承大禹精神”道德讲堂: the name's own
  // comma splits the clause for the measure test); any other object is the measure test's to read.
  const after = text.slice(m.index + m[0].length);
  if (!/^(?:[，,。；;]|$)/.test(after) && !after.startsWith('“')) return null;
  if (!EVENT_WORD.test(m[1]!) && !EVENT_WORD.test(title)) return null;
  return after.startsWith('“') ? held + (/^“[^”]{1,30}”[^，,。；“]{0,8}/.exec(after)?.[0] ?? '') : held;
}

/** A set named by its number of pieces (三件套 / 四件套): a name, no count. */
const SET_NAME = /[一二两三四五六七八九十\d]+件套/g;
export function maskSetNames(text: string): string {
  return text.replace(SET_NAME, (m) => '□'.repeat(m.length));
}

/** A heading naming the account of the session held (三、开展情况 / 活动记录 / 举办情况). */
const HELD_HEAD = /(?:开展|举办|活动|举行|实施)(?:情况|记录|经过|纪实)$/;
/**
 * A tally of who took part or watched (共52人参加 / 380名学生和家长代表观看). It starts where the numeral starts: from inside a
 * long run of digits each start rescanned the run (50,000 digits and 参加: 19 s).
 */
const ATTENDED = /(?<![\d一二两三四五六七八九十百千])[\d一二两三四五六七八九十百千]+\s*[余多]?\s*(?:名|人|人次|位)[^，,。；]{0,12}?(?:参加|参与|到场|出席|观看|聆听)(?![^，,。；]{0,4}(?:培训|活动|比赛|竞赛))/;
/**
 * Under a heading naming the account of the session held, a tally of who took part (三、开展情况 / 全所民警…共52人参加): the account
 * that the event the title names was held — the programme above it (时间：… 地点：… 流程) then tells a session held, not to come.
 */
export function attendedAccount(text: string, heading: string | null, title: string): string | null {
  if (heading === null || !HELD_HEAD.test(heading.replace(/[：:]\s*$/, '').trim()) || !EVENT_WORD.test(title) || TO_COME.test(text)) return null;
  return ATTENDED.exec(text)?.[0] ?? null;
}


/**
 * Session 24 (measures24): a filled activity record (活动名称：…；活动时间：2026年3月16日；活动地点：…；参加人员及人数：…共64人)
 * tells the activity named held: its name with its day and its place or its count of who took part, none of them to come
 * (定于 / 拟 / 计划 / 待定 / 见…). The evidence is the name.
 */
const RECORD_NAME = /(?:^|[；;\s　])(?:记录[一二三四五六七八九十\d]+[：:]\s*)?活动(?:名称|主题)\s*[：:]\s*([^；;：:\s　]{3,30}?)(?=[；;\s　]|$)/;
const RECORD_DAY = /活动(?:时间|日期)\s*[：:]\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月\d{1,2}\s*日|(?:19|20)\d{2}[-./])/;
const RECORD_PLACE = /活动地点\s*[：:]\s*[^；;\s　待见]{2}/;
/** 参加人员及人数：…共64人 — the count within the field's first 60 characters (session 25: bounded, linear in the text). */
const RECORD_COUNT = /(?:参加|参与)(?:人员)?(?:及)?人数\s*[：:][^；;　]{0,60}?\d+\s*[余多]?\s*(?:人|名|户|对|人次)/;
const RECORD_TO_COME = /定于|拟于|拟|计划|待定|预计|将于/;
/**
 * Session 25 (review25): what is to come is read in the fields that set the activity's day, place and who is to take part
 * (活动时间：定于… / 活动地点：待定 / 参加人员：拟邀请…), not in its name (a topic 计划生育政策宣传) nor in a summary's 下一步拟….
 */
const WHEN_WHERE_WHO = /(?:活动(?:时间|日期|地点)|(?:参加|参与)[^；;：:\s　]{0,6})\s*[：:]\s*[^；;　]{0,40}/g;
export function recordedActivity(text: string): string | null {
  const name = RECORD_NAME.exec(text);
  if (!name || !RECORD_DAY.test(text) || [...text.matchAll(WHEN_WHERE_WHO)].some((f) => RECORD_TO_COME.test(f[0]))) return null;
  if (!RECORD_PLACE.test(text) && !RECORD_COUNT.test(text)) return null;
  return name[1]!;
}
/** A line of a record: a field keyed (活动时间：… / 参加人员及人数：… / 记录人：…). */
const FIELD_LINE = /^\s*[\u4e00-\u9fff（()）]{2,12}\s*[：:]/;
/**
 * The record's fields split into sentences (；): each name line read with the field lines under it, to the next name, heading
 * or line that is no field (session 25: the record's own lines, not the sentences after it).
 */
export function recordedActivities(sentences: readonly { text: string; heading?: boolean }[]): Map<number, string> {
  const out = new Map<number, string>();
  sentences.forEach((s, i) => {
    if (s.heading || !RECORD_NAME.test(s.text)) return;
    let text = s.text;
    for (let k = i + 1; k < sentences.length && k <= i + 12; k++) {
      const next = sentences[k]!;
      if (next.heading || RECORD_NAME.test(next.text) || !FIELD_LINE.test(next.text)) break;
      text += next.text;
    }
    const words = recordedActivity(text);
    if (words !== null && s.text.includes(words)) out.set(i, words);
  });
  return out;
}

/**
 * Session 25 (precision25): a filled activity record that names no activity but tells its content (活动时间2026年3月15日，地点…；
 * 参加人员及人数：…43人次；活动内容：现场核实…养老金断发问题，当场联系县社保中心查明原因): the content field, with the record's day
 * and its place or count of who took part, tells what was done — the deed, as the name tells the activity held (recordedActivity).
 * The content must name the served or a place visited (村民 / 老人 / 现场 / 上门 / 入户): work done on them. Not content left blank,
 * pointed elsewhere or to come (略 / 无 / ____ / 见… / 拟…), nor a meeting's own business (学习… / 传达… / 听取汇报 / 明确专班分工 /
 * 调整领导小组成员 / 对照测评体系梳理任务), which is the unit organising itself, no work done on anyone.
 */
const CONTENT = /(?:^|[；;\s　])活动内容\s*[：:]\s*([^；;]{4,80})/;
const CONTENT_VOID = /^(?:略|无|暂无|待|见|详见|参见|同上|_|＿|—|（略）|\(略\))|^(?:学习|传达|部署|研究|讨论|听取|通报|宣读)|定于|拟于|拟|计划|待定|预计|将于|加强|强化|做好|抓好|落实上级|专班|领导小组|工作组|成员|联络员|分工|认领|汇报|测评|站位|压实|印发/;
/** The served or a place visited, in the content: work done on them (为村民写家训 / 现场核实某老人… / 上门…). */
const CONTENT_SERVED = new RegExp(`${PEOPLE}|现场|上门|入户|走访`);
const CONTENT_DAY = /(?:活动)?(?:时间|日期)\s*[：:]?\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月\d{1,2}\s*日|(?:19|20)\d{2}[-./])/;
const CONTENT_PLACE = /(?:^|[，,；;\s　])(?:活动)?地点\s*[：:]?\s*[^；;，,\s　待见]{2}/;
export function recordedContents(sentences: readonly { text: string; heading?: boolean }[]): Map<number, string> {
  const out = new Map<number, string>();
  sentences.forEach((s, i) => {
    const content = s.heading ? null : CONTENT.exec(s.text);
    if (!content || CONTENT_VOID.test(content[1]!.trim()) || !CONTENT_SERVED.test(content[1]!) || RECORD_TO_COME.test(s.text)) return;
    // The record's other fields: back to the previous content line, at most ten sentences.
    let fields = '';
    for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
      const t = sentences[k]!.text;
      if (CONTENT.test(t)) break;
      fields = t + '；' + fields;
    }
    if (!CONTENT_DAY.test(fields) || RECORD_TO_COME.test(fields)) return;
    if (!CONTENT_PLACE.test(fields) && !RECORD_COUNT.test(fields)) return;
    out.set(i, content[1]!.trim());
  });
  return out;
}
