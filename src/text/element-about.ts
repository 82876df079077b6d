/**
 * About whom (session 17, issue 11 "the unit is the actor"): the unit's elements come only from what the text asserts about
 * the UNIT — its parts, its staff, its own work. Text describing another place or body is about someone else, wherever it
 * appears and in any register: the county a study visit went to (赴青岚县考察… : 青岚县成立了由县长任组长的领导小组 /
 * 平湖县介绍，…满意率达98%), the other party a report calls 对方 / 该县. Session 14's voice (element-voice.ts) kept an outside
 * WRITER's own actions out; this keeps a described PLACE or BODY out, as a subject.
 *
 * Who the text is about is read as Chinese marks it, by the subject and its topic chain:
 * - a clause whose subject (what opens it, after an adverbial such as 据介绍 / 目前 / 2025年) is another party speaks of that
 *   party, and so do the clauses after it in the sentence that have no subject of their own (平湖县介绍，全县空气优良天数…，
 *   该县还被评为…), until a clause names the unit (我局 / 我们 / 本中心 / the unit's own county by name);
 * - a section whose heading names another party (二、清源县的主要做法 / 二、对方主要做法和成效), with its sub-sections, speaks
 *   of that party: its clauses are the other party's unless they name the unit.
 * Another party is a place or body the report names as other: the place or body its title says the unit visited (赴… 考察 /
 * 学习 / 参观 / 调研), and 对方 / 该县 / 该区 / 该市 where such a party is named. A party named after a preposition or a verb (与沭阳区的书目系统对接 / 借鉴南坪县经验 / 被…评为) is no
 * subject. These are facts about the text: the same bytes give the same masks.
 */
import type { Segmented } from './sections.js';

/** The place and body words a name ends in: a stem before them is the name (青岚县 → 青岚; 古城市公交集团 → 古城, 公交). */
const TIER = /(?:自治县|自治州|县|区|市|州|旗|镇|乡|街道|社区|村|公司|分公司|集团|银行|农商银行|医院|人民医院|学校|中学|小学|实验小学|图书馆|派出所|税务局|公安局|人民检察院|检察院|融媒体中心|中心|局)/g;

/** Words that take a place name as a stem but are no name (全县 / 城区 / 超市 …). */
const GENERIC_STEM = /^(?:全|本|我|该|各|外|邻|兄弟|城|辖|社|小|园|景|片|街|老|新|主|郊|山|校|厂|营|两|每|一|几|多|个|乡|镇|村|县|市|区|示范|先进|文明|试点|省|国)/;

/** The name a title gives the place or body visited: 赴青岚县考察… / 关于参加赴望江县考察… / 随市妇联赴东平县考察… */
const VISITED = /(?:赴|前往|到)([\u4e00-\u9fff“”]{2,24}?)(?:考察|学习|参观|调研|交流|观摩|取经)/;

/** The unit's own place, as the title opens with it (清河县…局 / 国网清河县供电公司 / 中共清河县委…). */
const OWN_PLACE = /^(?:#\s*)?(?:在|关于)?(?:中共|国网|国家税务总局|中国移动|共青团)?([\u4e00-\u9fff]{2,3}?)(?:自治县|县|市|区|旗)/;

function stems(name: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of name.matchAll(TIER)) {
    const stem = name.slice(from, m.index).replace(/[“”]/g, '');
    if (stem.length >= 2 && !GENERIC_STEM.test(stem)) out.push(stem.slice(-3));
    from = (m.index ?? 0) + m[0].length;
  }
  // A name with no tier word (赴东川派出所: its tier found; 赴兰亭农商银行 → 兰亭).
  if (out.length === 0 && name.length >= 2 && !GENERIC_STEM.test(name)) out.push(name.slice(0, 2));
  return out;
}

export interface Parties {
  /** Stems of the unit's own place (清河). */
  own: string[];
  /** Stems of other parties the report names (青岚, 古城 …). */
  others: string[];
}

/**
 * The parties a report names: the unit's own place from its title, the others from its title's visit. (A county named only
 * in the text was tried as another party too: the two characters before 县 are as often a verb (推动县… / 成立县… / 依法治县)
 * as a name, and it took seven present elements on train while adding nothing on the study visits: dropped.)
 */
export function partiesOf(seg: Segmented, title: string): Parties {
  const own: string[] = [];
  const ownPlace = OWN_PLACE.exec(title);
  if (ownPlace && !GENERIC_STEM.test(ownPlace[1]!)) own.push(ownPlace[1]!);
  const others = new Set<string>();
  const visit = VISITED.exec(title);
  // 关于接待桐岭县代表团到清河县考察…: the visit is another party's to the unit, not the unit's (review17).
  if (visit && !/接待|迎接/.test(title.slice(0, visit.index))) for (const s of stems(visit[1]!)) if (!own.includes(s)) others.add(s);
  return { own, others: [...others] };
}

/** The unit named in a clause: 我 / 我们 / 本局 / 咱们, or its own place by name. */
function namesUnit(clause: string, own: string[]): boolean {
  if (/我|咱们|本(?:局|县|单位|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇|街道|大队|部)/.test(clause)) return true;
  return own.some((o) => clause.includes(o));
}

/**
 * A clause back from the visit (回来后 / 考察结束后 / 回到清河后): the visitors, the unit, are its subject again, although it names
 * no 我 / 本 / own place (review17: 桐岭县的经验给我们很大启发，回来后局党组研究决定… — the group is the unit's).
 */
function opensBack(clause: string): boolean {
  const rest = clause.replace(OPENING, '');
  return /^(?:(?:考察|学习|参观|调研|观摩)?(?:回来|返回|归来|结束|回县|返县|回到[^，,；;]{1,6})后|(?:考察|学习|参观|调研|观摩)(?:结束|归来)后?)/.test(rest);
}

/** The unit named as the agent inside a clause about another party (桐岭县在我局协助下… / 马庄村经我局帮扶…). */
const UNIT_AGENT = /在(?:我|本)[^，,；;。]{1,10}下|(?:经|经过|通过|由)(?:我|本)[^，,；;。]{0,8}(?:帮扶|指导|协调|帮助|推动|支持|协助|对接|推荐|组织)/;

/** What may open a clause before its subject: an adverbial of time, manner or report. */
const OPENING = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*|[一二三四五六七八九十]+是)?(?:据[^，,；;：:]{0,8}?(?:介绍|了解|统计|悉)[，,]?|如今|目前|现在|近年来|近年|近两年|近三年|同时|此外|另外|其中|特别是|\d{4}年(?:以来)?|今年(?:以来)?|去年|截至[^，,；;]{0,10}|通过[^，,；;]{0,12}[，,]?)?/;

/** The clause opens with another party as its subject (after at most an adverbial). */
function opensWithOther(clause: string, others: string[], pronouns: boolean): boolean {
  const rest = clause.replace(OPENING, '');
  if (pronouns && /^(?:对方|该县|该区|该市|该州|该旗)/.test(rest)) return true;
  return others.some((o) => rest.startsWith(o));
}

/** A heading that names another party and not the unit (二、清源县的主要做法 / 二、对方主要做法和成效). */
function headingOfOther(heading: string, parties: Parties): boolean {
  const h = heading.replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*/, '');
  if (namesUnit(h, parties.own)) return false;
  // A party the unit learns from or copies (学习借鉴桐岭县经验推进整改情况): the heading heads the unit's own work (review17).
  return /^(?:对方|该县|该区|该市)/.test(h) || parties.others.some((o) => h.includes(o) && !new RegExp(`(?:学习|借鉴|对照|参照|引入|引进|复制|推广|运用|吸收)${o}`).test(h));
}

/**
 * Per sentence index, the sentence with the clauses about another party blanked (□, one for one, offsets kept); a
 * sentence with none is absent. Empty when the report names no other party.
 */
/** The report's title: its first line when that has no sentence mark. */
export function titleOf(seg: Pick<Segmented, 'sentences'>): string {
  const first = seg.sentences[0]?.text ?? '';
  return /[。！？；;!?]/.test(first) ? '' : first;
}

/**
 * The sections whose heading names another party (二、清源县的主要做法和成效): they are that party's, so a heading there
 * naming an element (成效 / 做法) names no section of the unit's own (report-elements.ts: no report.element-empty).
 */
export function sectionsOfOthers(seg: Segmented, title = titleOf(seg)): Set<number> {
  const out = new Set<number>();
  const parties = partiesOf(seg, title);
  if (parties.others.length === 0) return out;
  seg.sections.forEach((s, k) => {
    // The report's own title (…赴青岚县考察…的报告, a styled heading in a .docx) names the unit's visit, not the other party's section.
    if (s.heading === null || s.first === 0 || s.heading === title || !headingOfOther(s.heading, parties)) return;
    out.add(k);
  });
  return out;
}

export function maskOthers(seg: Segmented, title: string): Map<number, string> {
  const out = new Map<number, string>();
  const parties = partiesOf(seg, title);
  if (parties.others.length === 0) return out;
  // Sentences under a heading naming another party, sub-sections included.
  const underOther = new Set<number>();
  for (const k of sectionsOfOthers(seg, title)) {
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
      if (opensWithOther(clause, parties.others, true)) other = !UNIT_AGENT.test(clause);
      else if (namesUnit(clause, parties.own) || opensBack(clause)) other = false;
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

/**
 * Mood (session 17): a row of a 是/否 checklist answered no asserts the contrary of its statement. 成立工作专班｜否 /
 * 是否成立工作专班：否 / …满意度达到90%以上 ✗ say it was not so; the statement is no evidence. Answered 是 (or ✓) the row
 * asserts it. 无 / 没有 are left alone: 安全事故：无 answers a bad thing with none.
 */
const ANSWERED_NO = /(?:[｜|：:\s]|^是否[^｜|：:]{1,60})\s*(?:否|✗|×|☒|□是\s*[■☑√✓]否|未(?:完成|达到|达标|落实|建立|开展|实现|成立|印发|出台))\s*[。；;.]?\s*$/;
/**
 * A question about a problem or a harm (是否存在问题 / 是否发生安全事故 / 是否有投诉): its 否 says the bad thing is absent, not
 * that the row's statement is false (review17: 1｜成立…领导小组｜局长任组长…｜否 under a header …｜是否存在问题).
 */
const ASKS_BAD = /是否[^｜|：:，,。；;]{0,12}(?:问题|事故|隐患|投诉|举报|违规|违纪|违法|差错|扣分|失分|不合格|负面|整改|通报|曝光|发案|伤亡)/;
export function answeredNo(text: string, header?: string): boolean {
  if (!ANSWERED_NO.test(text)) return false;
  // 是否发生安全事故：否 — the question in the row itself.
  const asked = /是否[^｜|：:]*[：:]\s*(?:否|✗|×|☒)\s*[。；;.]?\s*$/.exec(text);
  if (asked && ASKS_BAD.test(asked[0])) return false;
  // …｜否 answering a header's last column (…｜是否存在问题).
  if (/[｜|]\s*(?:否|✗|×|☒)\s*[。；;.]?\s*$/.test(text) && header !== undefined) {
    const last = header.split(/[｜|]/).pop() ?? '';
    if (ASKS_BAD.test(last)) return false;
  }
  return true;
}

/** The header row over a table row (the nearest sentence before it with as many cells and a 是否 column), if any. */
export function tableHeader(sentences: readonly { text: string }[], i: number): string | undefined {
  const cells = (t: string) => t.split(/[｜|]/).length;
  const n = cells(sentences[i]!.text);
  if (n < 2) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const t = sentences[k]!.text;
    if (cells(t) === n && t.includes('是否')) return t;
  }
  return undefined;
}

/**
 * Mood (session 17): a checklist item that asks and is not answered (8. 是否获得上级表彰 / 有无专人负责) asks; it asserts
 * nothing. Answered (…：是 / …｜是) it is read as answered.
 */
const UNANSWERED = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:是否|有无|有没有|能否)[^：:｜|？?。；;]*[。；;]?$/;
export function unanswered(text: string): boolean {
  const t = text.trim();
  if (!UNANSWERED.test(t)) return false;
  // Answered yes once a table's spaces are gone (1.是否成立…领导小组 是 局长任组长… reads …领导小组是局长任组长…) or by a
  // mark (是否明确专人负责 √ 办公室主任…): it asserts, and is read (review17). A 否 glued on is answeredNo's, or asks still.
  const body = t.replace(/^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:是否|有无|有没有|能否)/, '');
  return !(/[√✓☑■]/.test(body) || /[\u4e00-\u9fff]是(?![否非])[\u4e00-\u9fff]/.test(body));
}
