/**
 * Session 25 (service25): a superior's praise of the unit's work told as given is a recognition, an outcome; its criticism is
 * none (the twenty-third set's rulings, 现场观摩 / 督查点评会 材料). Told two ways:
 *
 *  - in the writer's words: the reviewing body or superior, 对 the unit's work, and the praise (点评组对商务局创文工作予以肯定 /
 *    观摩组对社区整改予以肯定 / 督查组充分肯定了我局的做法);
 *  - in the superior's own words quoted (督查组点评：“城关镇农贸市场提升改造成效明显……；但……”): the praise before the turn to
 *    criticism (但 / 同时 / 不过), read as an outcome is.
 *
 * The giver is a reviewing group or a superior body or leader, never the unit's own head (局长对志愿者工作给予肯定 may be the
 * unit commending its own people).
 */
import { results } from './element-results.js';

const GIVER = '(?:督查组|点评组|观摩组|检查组|考核组|测评组|评估组|调研组|暗访组|验收组|指导组|巡查组|专家组|督导组|第[一二三四五六七八九十\\d]+(?:督查|检查|考核|点评|观摩|督导)组|县委|县政府|县人大|县政协|县领导|市领导|县委书记|县长|副县长|市委|市政府|上级|文明办|督查室|指挥部|防指)';
/** A county's, city's or province's body (县创文办 / 县交警大队 / 县委宣传部): a superior of the unit, unless the title's unit is it. */
const BODY = /(?:县|市|省)[^，,。；“”对向在]{1,10}?(?:办|委|部|局|大队|指挥部|中心|室)(?=[^，,。；“”]{0,12}?(?:对|向)[^，,。；]{1,30}?(?:予以|给予|作了|作出)了?(?:充分|高度|一致)?(?:肯定|表扬|通报表扬|好评|认可|点赞))/;
/** Praise of people (对表现突出的志愿者给予表扬) is not of the unit's work. */
const TO_PEOPLE = /(?:对|向)[^，,。；]{0,24}(?:志愿者|家庭|个人|先进|典型|模范|标兵|之星|商户|人员|党员|学生|职工|干部|教师|户|者们)(?:们)?(?:予以|给予|作了|作出)/;
const PRAISE = '(?:充分|高度|一致|给予了?|予以|作了|作出了?|表示)?(?:充分|高度|一致)?(?:肯定|表扬|通报表扬|好评|认可|赞扬|点赞|称赞|赞许)';
// Session 26 (review26): criticism or refusal is no praise — the praise word denied (不认可 / 未予肯定 / 不满意), or criticism named.
const NOT_PRAISE = /批评|通报批评|约谈|不满|不予|未予|没有[^，,。；]{0,4}肯定|(?:不|未|没)(?!仅|但|只|断)(?:太|够|很|大)?(?:予以|给予)?(?:充分|高度|一致)?(?:肯定|认可|表扬|好评|赞扬|点赞|称赞|赞许|满意)/;
/**
 * Session 26 (review26): praise only wished for or aimed at (希望督查组对…予以肯定 / 力争…得到…充分肯定 / 争取获得…认可) is not
 * given: the label standard's targets (力争、确保、计划) claim no outcome. Read in the sentence up to the praise.
 */
const AIMED = /希望|期望|期待|盼望|力争|争取|确保|以期|请求|恳请|为了|拟(?!定)/;
/** Session 27 (review27): a purpose clause (为了迎接测评， / 为确保整改到位，) governs its own clause, not praise told after it. */
const PURPOSE_CLAUSE = /(?:^|[，,；;])\s*为(?:了|确保|保证)[^，,。；;]*(?=[，,])/g;
function aimedAt(text: string, at: number, length: number): boolean {
  const from = Math.max(0, text.slice(0, at).search(/[^。；！!？?]*$/));
  return AIMED.test(text.slice(from, at + length).replace(PURPOSE_CLAUSE, (m) => '□'.repeat(m.length)));
}

/** 点评组对商务局创文工作予以肯定 / 督查组充分肯定了我局的做法. */
const TOLD = new RegExp(
  `${GIVER}[^。；“”]{0,40}?[，,]\\s*(?:予以|给予)了?(?:充分|高度|一致)?(?:肯定|表扬|通报表扬|好评|认可)|${GIVER}[^，,。；“”]{0,12}?(?:对|向)[^，,。；]{1,30}?${PRAISE}(?!的)|${GIVER}[^，,。；“”]{0,6}?(?:充分|高度|一致)?(?:肯定|表扬|赞扬|称赞)了?[^，,。；“”]{0,16}?(?:工作|做法|成效|成绩|经验|整改|举措|措施)`,
);
/** The superior's words quoted after its giver (督查组点评：“…” / 观摩组点评：“…”). */
const QUOTED = new RegExp(`${GIVER}[^，,。；“”]{0,16}?(?:点评|评价|讲评|指出|认为|表示)[^，,。；“”]{0,4}[：:，,]?\\s*“([^“”]+)”`);
/** Where the praise turns to criticism. */
const TURN = /[，,；;。]\s*(?:但|但是|同时|不过|然而|可是|另外|此外)|[，,；;。]\s*(?:也|还)(?:存在|有|发现)|存在[^，,。；]{0,6}问题|不足|不够|不到位|差距/;

export function recognition(text: string, title = ''): string | null {
  const told = TOLD.exec(text);
  if (told && !NOT_PRAISE.test(told[0]) && !aimedAt(text, told.index, told[0].length)) return told[0];
  const body = BODY.exec(text);
  const unit = title.split('关于')[0]!;
  if (body && !TO_PEOPLE.test(text.slice(body.index)) && !NOT_PRAISE.test(text.slice(body.index)) && !aimedAt(text, body.index, body[0].length + 40) && !(unit.length > 0 && unit.includes(body[0].replace(/^(?:县|市|省)/, '')))) return text.slice(body.index);
  const quoted = QUOTED.exec(text);
  if (!quoted || aimedAt(text, quoted.index, 0)) return null;
  const turn = TURN.exec(quoted[1]!);
  const praise = turn ? quoted[1]!.slice(0, turn.index) : quoted[1]!;
  if (praise.length < 4 || NOT_PRAISE.test(praise)) return null;
  const inner = new RegExp(PRAISE).exec(praise);
  if (inner) return praise;
  return results({ text: praise }) !== null ? praise : null;
}
