import { othersDeedClause } from './element-others-deeds.js';

/**
 * A school's 主题班会 / 队会 / 少先队活动 教案与记录 (session 27, class27; set 25's rulings: a 班会 told held is the school's
 * measure, 教学目标 / 预设 targets, pupils' words theirs, a change in the class told after it an outcome). A lesson record is a
 * report whose title names a 班会, a 队会, a 教案, a 少先队 activity or a 课堂.
 * - 取得成效: what pupils say in the lesson — an answer, a story told, a pledge (学生说：“我以后要做诚实的孩子。” / 学生讲“嫦娥奔月”
 *   / 生：…) — is their part in it, no outcome: blanked, unless the sentence tells a time after the lesson (班会后 / 课后 / 一周后 /
 *   此后 / 假期后), a parent's or another's feedback or an effect field (活动效果：…), where the words tell a change. A bad conduct told gone (闯红灯的现象基本
 *   消失) is an outcome in any report.
 * - 主体责任: a 少先队 or class post (中队长 / 中队委 / 小队长 / 大队委 / 班长 / 班干部) is a pupil's, no one of the school's in
 *   charge.
 */
export const LESSON_TITLE = /班会|队会|教案|少先队|课堂|队日/;

const PUPIL = '(?:学生|同学|队员|少先队员|孩子|幼儿|小朋友)(?:们)?';
/** A pupil speaking, then the quotations of the words (学生说：“…”也有学生说：“…” / 学生讲“嫦娥奔月”“吴刚伐桂”). */
const PUPIL_TALK = new RegExp(`${PUPIL}[^，,。；;“”]{0,10}?(?:说|讲|讲述|答|回答|发言|分享|讨论|坦白|喊|齐声|提出|表示)[^“”。；;]{0,8}“[^”]{0,300}”(?:[^“”。；;]{0,3}“[^”]{0,300}”)*`, 'g');
/** A pupil's line keyed by its speaker (生：… / 学生：… / 生1：…). */
const PUPIL_KEY = /^(?:生|学生|生\d|学生[甲乙丙丁\d]|众生|全体学生)[：:].*$/;
/** A time after the lesson, someone else's feedback or an effect field, in the sentence: its words may tell a change in the class. */
const AFTER_LESSON = /(?:班会|队会|活动|课|讲座|演练|假期|节|学期|讲堂)(?:结束)?(?:后|以来)|[一二两三四五六七八九十几\d]+(?:天|周|个星期|星期|个月|月)(?:后|以来)|此后|之后|回家|家长|反馈|反映|回访|现在|如今|效果|成效|收获/;

export function maskPupilsTalk(text: string, title: string): string {
  if (!LESSON_TITLE.test(title) || AFTER_LESSON.test(text)) return text;
  if (PUPIL_KEY.test(text)) return '□'.repeat(text.length);
  return text.replace(PUPIL_TALK, (m) => '□'.repeat(m.length));
}

/** A bad conduct or problem told gone (闯红灯的现象基本消失 / 混投的情况已消失): an improvement. */
export const CONDUCT_GONE = /(?:现象|情况|行为|问题)(?:(?!会|将|能|可|要|有望)[^，,。；]){0,4}(?<![未没不难])(?:基本|已经?|完全|逐渐|逐步)?消失/;

/** Review after session 27: a conduct told gone and back (…逐渐消失，但近期又有抬头 / …，不久又反弹): no change reached. Read on what follows the clause. */
export const CONDUCT_BACK = /^[^。；;]{0,20}?(?:但|却|不过|然而|可是|不久|随后)[^。；;]{0,10}?(?:又|再次|重新|反弹|回潮|抬头|死灰复燃)/;

/** A 少先队 or class post held by a pupil (not a 辅导员, a teacher's post). */
const PUPIL_POST = /(?<!辅导员|老师|教师)(?:中队长|中队委|小队长|大队长|大队委|班长|班干部|课代表|学生干部)(?!辅导员)/g;

/** In a lesson record, a pupil's post is blanked for 主体责任: whoever holds it chairs as a pupil (由中队长刘一诺主持). */
// Review after session 27: …进课堂 in a title not a school's (县消防救援大队城关中队关于消防安全进课堂活动…) is an outside body's
// visit to pupils, no lesson record: its 中队长 / 大队长 are the body's own posts (消防 / 交警), not pupils'.
const SCHOOL_TITLE = /学校|小学|中学|幼儿园|[^办]校|一中|二中|三中|职中|高中|初中/;
export function maskPupilPosts(text: string, title: string): string {
  const lesson = LESSON_TITLE.test(SCHOOL_TITLE.test(title.split('关于')[0]!) ? title : title.replace(/(?:走)?进课堂/g, ''));
  return lesson ? text.replace(PUPIL_POST, (m) => '□'.repeat(m.length)) : text;
}

/**
 * 具体措施 (set 25's rulings: a 班会 postponed, a lesson plan not yet used, lack it): a deed first scheduled (原定于6月20日举办… /
 * 原定4月在七年级开展…) is a plan, blanked to its clause's end — what the next clauses tell done (后改在7月10日举办) still counts.
 */
export function maskScheduled(text: string): string {
  // 原定由广告公司制作，但…没有投放: a plan told undone is read whole by the unclaimed masks (element-claims.ts).
  // Review after session 27: the look-ahead is bounded (120 characters) so a text of many 原定 without 。 stays linear.
  if (/原定[^。]{0,120}?(?:但|没有|没能|未能|未)/.test(text)) return text;
  return text.replace(/原定[^，,。；;]*/g, (m) => '□'.repeat(m.length));
}

/**
 * A class meeting told held in the school's plain words (4月18日下午，二（1）班45名学生上了这节班会 / 九年级8个班同时开班会 / 共上
 * 班会24节): 上 / 开 a 班会 or 队会 is to hold it (召开 is read by the measure tests). Not one to come or not held (拟 / 将 / 要 /
 * 准备 / 未 / 没).
 */
const CLASS_MEETING_HELD = /(?:上|开)(?:了)?(?:这|那|一)?(?:[\d一二两三四五六七八九十]+)?(?:节|次|堂)?(?:[\u4e00-\u9fff“”]{0,8}?主题)?(?:班会|队会)/g;
/**
 * Review after session 27: what stands before the verb in its clause decides — a negation or a modal (没有 / 不会 / 不愿意 / 还没 /
 * 拟 / 将 / 要 / 再) makes the meeting not held. 上班会 with nothing between (上班 + 会: 上班会提前到岗) is a 班会 only at its
 * clause's end or before 了 / 课 / 的 or its count (九年级同时上班会。 / 共上班会24节).
 */
const NOT_HELD_BEFORE = /(?:[未没不拟将要再]|没有|不会|不能|不愿意?|不想|不肯|尚未|还没|还未|无法)[^，,。；;]{0,2}$/;
const PLAN_BEFORE = /(?:拟|将|准备|计划|打算|预设|原定|下周|下次|下学期)/;
export function classMeetingHeld(text: string): string | null {
  for (const m of text.matchAll(CLASS_MEETING_HELD)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_HELD_BEFORE.test(before)) continue;
    if (m[0] === '上班会' && !/^(?:$|[，,。；;、！!（(]|了|课|的|[\d一二两三四五六七八九十]|[节次堂])/.test(text.slice(m.index + 3, m.index + 4))) continue;
    // The plan-before check reads only the clause the verb stands in (its last 40 characters: linear in the text).
    if (PLAN_BEFORE.test(before.split(/[，,。；]/).pop()!)) return null;
    // Session 42 (set 37): a class meeting the schools held on their own (全县47所中小学…自行召开了控烟主题班会 / 各学校自行开展了…):
    // theirs, in a report of a body that is not the school (element-others-deeds.ts).
    const start = Math.max(...['，', ',', '。', '；', ';'].map((c) => text.lastIndexOf(c, m.index))) + 1;
    const end = text.slice(m.index).search(/[，,。；;]/);
    const kind = othersDeedClause(text.slice(start, end < 0 ? text.length : m.index + end));
    if (kind === 'own' || kind === 'third') continue;
    return m[0];
  }
  return null;
}
