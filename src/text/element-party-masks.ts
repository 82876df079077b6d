/**
 * How a party read at a clause's start carries, and the masks the elements read (session 18: one mechanism, the parties
 * named by element-parties.ts; session 17's who acts and about whom, with their verdicts unchanged):
 *
 * - who acts (具体措施, actedByOthers): another party opening a clause acts in the clauses after it that have no subject of
 *   their own, and in the following sentences of its section that have none (一是…；二是…), until the unit or its response
 *   takes a clause; another body, a firm or the people act for their own sentence only; 由 + another body + a verb hands
 *   the deed to that body; a heading over another place's practice (二、望江县的主要做法 / 外地经验) makes its section
 *   that place's, to the next heading of its level;
 * - about whom (主体责任 / 取得成效, aboutOthers): a clause whose subject is another party speaks of that party, and so do
 *   the clauses after it in its sentence (its topic chain: 平湖县介绍，全县空气优良天数…，该县还被评为…) until one names
 *   the unit; a section whose heading names the party visited (二、清源县的主要做法和成效), with its sub-sections, is that
 *   party's, and its heading is no element-empty heading of the unit's (sectionsOfOthers, report-elements.ts).
 *
 * The two chains differ as the questions do: a deed's agent stays for a list of deeds across sentences (一是…；二是…), while
 * a topic named is dropped at the sentence's end unless a heading holds it.
 */
import type { Segmented } from './sections.js';
import { clauseAbout, clauseAgent, countyReport, speaksOnly, DOCUMENT_SAYS, isOwnBody, NAMED_BACK, namesUnit, ownTier, partiesOf, titleOf, VERB_NOT_PLACE, type Agent, type Parties } from './element-parties.js';
import { delegatedToFirm, UNIT_NEXT_STEP } from './element-contract-firms.js';

/**
 * A heading over another place's practice (二、望江县的主要做法 / 对方主要做法和成效 / 外地经验): the section below it tells what
 * that place did, whatever its sentences' subjects, until a heading of the same or a higher level.
 */
const OTHERS_PRACTICE_HEADING = /(对方|外地|兄弟(?:县|区|市|单位|地区)?|他们|([\u4e00-\u9fff]{2})[县区市](?!委|政府))(?:的)?(?:主要|好的?|典型|先进|特色|创新)?(?:做法|经验|举措|亮点|模式|成效)/;


/**
 * A heading naming a community's own work (二、社区自身工作 / （二）幸福社区的做法 / 三、社区开展的工作) in a report of a body that
 * is no community: the section tells that community's deeds, as a heading over another place's practice does (session 19).
 * A heading naming the unit (我局在包联社区的工作) or its work there (包联社区工作 / 下沉社区…) is the unit's.
 */
export function communityHeading(heading: string, unit: Parties): boolean {
  if (unit.kind !== 'other' && unit.kind !== 'school') return false;
  const h = heading.replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*/, '');
  if (/我|本|包联|结对|帮扶|共建|下沉|联系|挂钩|驻|局|单位/.test(h)) return false;
  const named = (unit.communities ?? []).find((n) => h.startsWith(n));
  const rest = named ? h.slice(named.length) : /^(?:社区|村)/.test(h) ? h.replace(/^(?:社区|村)/, '') : null;
  // review19: the community named as the owner — its body (社区两委工作) or a possessive (社区自身工作 / 幸福社区的做法 / 社区开展的工作);
  // bare 社区工作 / 社区治理工作 names a field of work (a 民政局's 三、社区治理工作 tells its own deeds), not whose.
  return rest !== null && /^(?:(?:党委|党支部|两委|“两委”|居委会|村委会)(?:的|自身|自己|层面|方面)?|(?:的|自身|自己|层面|方面)|(?:主要|特色|日常)?开展的)(?:主要|特色|日常)?(?:开展的)?(?:工作|做法|举措|经验|行动|活动|治理)/.test(rest);
}

/** A source bracket opening a sentence: a medium, an issue, a date or a reading count (【…公众号·…·阅读量1574】). */
const SOURCE_BRACKET = /^【[^】]{0,60}?(?:公众号|日报|晚报|融媒体|电视台|广播|客户端|新闻网|头条|抖音|视频号|阅读量|版次|来源|报道[一二三四五六七八九十\d]+)[^】]{0,60}】/;

/** 由 + another body + a verb: the deed is that body's (由镇里组织… / 由其督促… / 由该局答复). */
const BY_OTHER = /由(?![我本])(其|该(?:局|单位|公司|企业|部门|镇|街道)|镇里|乡里|街道|(?:省|市|州|县|区)?[\u4e00-\u9fff]{1,12}?(?:局|厅|委|办|中心|政府|公司|集团|企业|镇|乡|街道|社区|物业|单位))(?=[^，,。；]{0,4}(?:组织|负责|督促|统一|进行|实施|开展|安排|答复|处理|协调|建设|承担|抢修|维修|清运|核实|整改|施划|安装|施工|清理|改造|粉刷))/;

/**
 * Per sentence index, the ranges [from, to) of its text whose agent is someone else than the unit. Headings reset the
 * agent; a sentence whose first clause has no subject carries the last agent of the sentence before in its section.
 */
export function actedByOthers(
  sentences: readonly { text: string; heading?: boolean; section?: number }[],
  unit: Parties,
  sections: readonly { level: number }[] = [],
): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  let carried: Agent = null;
  let section = -1;
  let practice: number | null = null;
  sentences.forEach((s, i) => {
    if (s.heading) {
      const level = sections[s.section ?? -1]?.level ?? 1;
      const h = OTHERS_PRACTICE_HEADING.exec(s.text);
      if ((h && (h[2] === undefined || (h[2] !== unit.place && !VERB_NOT_PLACE.test(h[2]) && !/^[我本全该各]/.test(h[2])))) || communityHeading(s.text, unit)) practice = level;
      else if (practice !== null && level <= practice) practice = null;
    }
    if (s.heading || s.section !== section) {
      carried = practice !== null ? 'other' : null;
      section = s.section ?? section;
      if (s.heading) {
        // 二、县人社局举办“春风行动”招聘会: a heading's own subject acts in it, as a sentence's does (session 19, after the check).
        const own: [number, number][] = [];
        let agent: Agent = null;
        for (const m of s.text.matchAll(/[^，,；;。！？!?：:]+[，,；;。！？!?：:]*/g)) {
          const named = clauseAgent(m[0].trim(), unit);
          if (named !== null) agent = named;
          if (agent === 'here') own.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
        }
        if (own.length) out.set(i, own);
        return;
      }
    }
    // 【“清河发布”公众号·2026年9月12日·阅读量1574】: a compilation's source line names the medium and its date, no deed (session 19).
    const source = SOURCE_BRACKET.exec(s.text);
    const ranges: [number, number][] = [];
    let agent: Agent = carried;
    let document = false;
    let delegatedBefore = false;
    // Session 29 (present29): a log's row (河段｜时间｜河长｜发现问题｜处理): each cell is a column of its own, so the party its problem
    // cell names (有人倾倒垃圾 / 商户占道) acts in that cell only; the next cell (当场找到…，责令其清理…) opens with no agent carried.
    for (const m of s.text.matchAll(/[^，,；;。！？!?：:｜|]+[，,；;。！？!?：:｜|]*/g)) {
      const clause = m[0];
      if (afterCell(s.text, m.index ?? 0)) agent = null;
      const named = clauseAgent(clause.trim(), unit);
      if (named !== null) {
        agent = named;
        document = DOCUMENT_SAYS.test(clause.trim());
      }
      // Review 53a: the unit's next step after its hand-over to a firm is its own (UNIT_NEXT_STEP).
      if (named === null && delegatedBefore && UNIT_NEXT_STEP.test(clause.trim())) agent = null;
      delegatedBefore = named === 'here' ? delegatedToFirm(clause.trim(), unit.names) : named === null && delegatedBefore;
      const at = m.index ?? 0;
      if (agent === 'other' || agent === 'here') ranges.push([at, at + clause.length]);
      // review19: 市民王女士反映路灯不亮，当天即派人维修…: what the public said ends with its clause; the next is the unit's answer.
      if (named === 'here' && speaksOnly(clause.trim(), unit)) agent = null;
      else {
        const by = BY_OTHER.exec(clause);
        const byOwn = by !== null && (/^(镇|乡|街道)里?$/.exec(by[1]) ? ownTier(by[1].replace(/里$/, ''), unit) : /^县/.test(by[1]) && countyReport(unit));
        if (by && !byOwn && (/^(?:其|该)/.test(by[1]) || !isOwnBody(by[1], unit))) ranges.push([at + (by.index ?? 0), at + clause.length]);
      }
    }
    // A document's content runs on into the list its sentence opens or continues (…明确了三项任务：一是…；二是…), not past a full stop.
    carried = agent === 'other' && !(document && /[。！？!?]\s*$/.test(s.text)) ? 'other' : null;
    if (source) ranges.unshift([0, source[0].length]);
    if (ranges.length) out.set(i, ranges);
  });
  return out;
}

/**
 * Session 30 (review30): a clause opens a new cell when a cell mark (｜) stands right before it, after at most CELL_GAP spaces —
 * read on those few characters only, not on the whole text before the clause (which made a long row quadratic).
 */
export const CELL_GAP = 4;
const CELL_BEFORE = new RegExp(`[｜|]\\s{0,${CELL_GAP}}$`);
export function afterCell(text: string, at: number): boolean {
  return at > 0 && CELL_BEFORE.test(text.slice(Math.max(0, at - CELL_GAP - 1), at));
}

/** The text with the given ranges blanked (□, one for one). */
export function blankRanges(text: string, ranges: readonly [number, number][] | undefined): string {
  if (!ranges) return text;
  let out = text;
  for (const [a, b] of ranges) out = out.slice(0, a) + out.slice(a, b).replace(/[^，,；;。！？!?：:\s]/g, '□') + out.slice(b);
  return out;
}

/** A heading that names another party and not the unit (二、清源县的主要做法 / 二、对方主要做法和成效). */
function headingOfOther(heading: string, parties: Parties): boolean {
  const h = heading.replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*/, '');
  if (namesUnit(h, parties.own)) return false;
  // A party the unit learns from or copies (学习借鉴桐岭县经验推进整改情况): the heading heads the unit's own work (review17).
  return NAMED_BACK.test(h) || parties.visited.some((o) => h.includes(o) && !new RegExp(`(?:学习|借鉴|对照|参照|引入|引进|复制|推广|运用|吸收)${o}`).test(h));
}

/**
 * The sections whose heading names another party (二、清源县的主要做法和成效): they are that party's, so a heading there
 * naming an element (成效 / 做法) names no section of the unit's own (report-elements.ts: no report.element-empty).
 */
export function sectionsOfOthers(seg: Pick<Segmented, 'sections' | 'sentences'>, parties = partiesOf(seg.sentences, false), title = titleOf(seg)): Set<number> {
  const out = new Set<number>();
  if (parties.visited.length === 0) return out;
  seg.sections.forEach((s, k) => {
    // The report's own title (…赴青岚县考察…的报告, a styled heading in a .docx) names the unit's visit, not the other party's section.
    if (s.heading === null || s.first === 0 || s.heading === title || !headingOfOther(s.heading, parties)) return;
    out.add(k);
  });
  return out;
}

/**
 * Per sentence index, the sentence with the clauses about another party blanked (□, one for one, offsets kept); a
 * sentence with none is absent. Empty when the report names no other party. For 主体责任 and 取得成效.
 */
export function aboutOthers(seg: Segmented, parties: Parties, title = titleOf(seg), bodies = false): Map<number, string> {
  const out = new Map<number, string>();
  if (parties.visited.length === 0 && !bodies) return out;
  // Sentences under a heading naming another party, sub-sections included.
  const underOther = new Set<number>();
  for (const k of sectionsOfOthers(seg, parties, title)) {
    const s = seg.sections[k]!;
    let end = s.end;
    for (let j = k + 1; j < seg.sections.length && seg.sections[j]!.level > s.level; j++) end = seg.sections[j]!.end;
    for (let i = s.first; i < end; i++) underOther.add(i);
  }
  seg.sentences.forEach((s, i) => {
    let other = underOther.has(i);
    let masked = '';
    let changed = false;
    for (const part of s.text.split(/(?<=[，,；;：:。！？!?])/)) {
      const clause = part.trim();
      const about = clauseAbout(clause, parties, bodies);
      if (about !== null) other = about === 'other';
      if (other && /[^，,；;：:。！？!?\s]/.test(part)) {
        masked += part.replace(/[^，,；;：:。！？!?\s]/g, '□');
        changed = true;
      } else masked += part;
    }
    if (changed) out.set(i, masked);
  });
  return out;
}

/** Overlay a mask's blanks (□) on a text of the same length. */
export function overlay(text: string, mask: string | undefined): string {
  if (mask === undefined || mask.length !== text.length) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) out += mask[k] === '□' ? '□' : text[k];
  return out;
}
