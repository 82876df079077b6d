/**
 * The verdict on each element of a 说明报告, from the extracted facts (sentences satisfying each
 * element's built-in test) and the indicator's rule parameters: a rule file's heading words add to
 * the built-in ones, its cues (regular expressions) make a sentence count too, and it may add
 * elements of its own. Pure: facts + rules in, verdicts out. Used by the report check, the JSON
 * report (each verdict with its evidence sentence and page) and `inspect`.
 */
import { own } from '../util/dict.js';
import { REPORT_DEFAULTS } from '../rules/defaults.js';
import type { DocumentFacts, ElementVerdict } from '../types.js';
import type { TextSection, TextSentence } from '../text/sections.js';
import { ELEMENT_HEADINGS, ELEMENT_NAMES, NOT_ELEMENT_HEADING } from '../text/elements.js';
import { sectionsOfOthers } from '../text/element-party-masks.js';
import { linearPattern, type CuePattern } from '../util/patterns.js';

export type ElementRules = Record<string, { headings: string[]; cues: string[] }>;

/** A rule file's cues run on sentences of the material: on RE2, in time linear in the text. */
function compile(patterns: string[]): CuePattern[] {
  const out: CuePattern[] = [];
  for (const p of patterns) {
    try {
      out.push(linearPattern(p));
    } catch {
      // A bad pattern is reported when the rule file is loaded; here it is skipped.
    }
  }
  return out;
}

/** The heading without its number: 五、取得成效 → 取得成效. */
const bare = (h: string) => h.replace(/^(\d{1,2}(?:[.．]\d{1,2})+|\d{1,2}(?=\s)|第[一二三四五六七八九十]+[章节部分条]|[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|[①-⑳]|首先|其次|再次|最后)\s*/, '');

const TITLE = /关于|(报告|说明|情况|汇报|总结)$/;

/**
 * A heading of two clauses (坚持“长效长管”，守住改造成果 / 谋划在前，明确“谁来抓”) is a slogan over what follows,
 * not the name of an element's section (session 13).
 */
const SLOGAN = /[，,；;]/;

/**
 * A heading that states a shortcoming of the element (工作机制不健全 / 主体责任缺失 / 组织领导有偏差), as an
 * analysis of causes heads its items, names a problem, not the element's section.
 */
const SHORTCOMING_HEADING = /(不(健全|完善|到位|落实|落地|够|力|实|强|严|明确|清晰|规范|顺畅)|缺失|缺位|薄弱|弱化|虚化|欠缺|滞后|有偏差|有差距|缺乏|淡化)$/;
/**
 * Session 17: corrections right after the unit's own shortcomings, once the report has told its work (… / 六、存在问题 /
 * 七、整改措施; 偏差原因 / 整改措施): the heading answers the problems just listed — what is to be done about them, an aim
 * like 下一步 — not the work reported. A report opening with its problems (一、存在问题 / 二、整改措施) or listing problems
 * others found (反馈问题 / 测评发现问题) reports the rectification itself: its heading is still the element's section.
 */
const CORRECTION_HEADING = /整改|改进|纠偏|纠正/;
/** 四、整改成效 / 整改情况 / 整改进展: what the corrections achieved or how far they went, told as done: no aim. */
const CORRECTION_TOLD = /成效|成果|效果|情况|进展|结果|成绩/;
const OWN_SHORTCOMINGS = /存在(?:的)?(?:主要)?(?:问题|不足|差距|困难)|不足|差距|短板|薄弱环节|偏差|扣分/;
const FOUND_BY_OTHERS = /反馈|通报|发现|督查|检查|测评|暗访|巡查|交办/;
function answersOwnShortcomings(sections: TextSection[], i: number): boolean {
  const s = sections[i]!;
  if (!CORRECTION_HEADING.test(bare(s.heading ?? '')) || CORRECTION_TOLD.test(bare(s.heading ?? ''))) return false;
  let q = i - 1;
  while (q > 0 && sections[q]!.level > s.level) q--;
  let before = sections[q];
  if (q <= 0 || before === undefined || before.level !== s.level) return false;
  // Session 21: 二、存在问题 / 三、原因剖析 / 四、整改措施 — the causes between the shortcomings and their corrections are
  // part of the same self-examination: walk back over the problems siblings to the shortcomings heading.
  let h = bare(before.heading ?? '');
  while (!OWN_SHORTCOMINGS.test(h) && before.role === 'problems' && !FOUND_BY_OTHERS.test(h)) {
    let r = q - 1;
    while (r > 0 && sections[r]!.level > s.level) r--;
    if (r <= 0 || sections[r]!.level !== s.level) return false;
    q = r;
    before = sections[q]!;
    h = bare(before.heading ?? '');
  }
  if (!OWN_SHORTCOMINGS.test(h) || FOUND_BY_OTHERS.test(h)) return false;
  // The work was told before the shortcomings: an earlier sibling heading that is not the document's title.
  for (let k = q - 1; k > 0; k--) if (sections[k]!.level === s.level && !isDocumentTitle(sections[k]!)) return true;
  return false;
}

/** A heading over the causes of problems (原因剖析 / 问题产生的根源): its items are causes. */
const CAUSES_HEADING = /原因|根源|症结/;

/** A heading naming examples (典型案例、典型事例), not data. */
// Asked as a form's yes/no item (13. 是否有典型案例 / 有无典型事例？), the heading still names the example given under it (session 17).
const CASE_HEADING = /^(?:是否有|是否形成|有无|有没有)?(典型)?(案例|事例)(介绍|选编)?[？?]?$/;
/** Something told under a heading: a body sentence that is not a pointer elsewhere or an omission. */
function told(sentences: TextSentence[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = sentences[k]?.text ?? '';
    if (!sentences[k]?.heading && t.replace(/[\s。.]/g, '').length >= 15 && !/^[（(]?(略|详见|见|另见|参见|附)/.test(t)) return true;
  }
  return false;
}

/**
 * A heading names an element by one of its words; a short, common word (数据、措施、成效 …) only
 * in a short heading or at its end (四、数据 / 主要措施及成效, not （二）推进大数据平台建设).
 */
function namesWord(heading: string, word: string): boolean {
  const h = heading.replace(/[：:。.，,\s]+$/, '').replace(/(情况|工作|方面)$/, '');
  if (!h.includes(word)) return false;
  return word.length >= 4 || h.length <= 8 || h.endsWith(word);
}

/** A line opened by a bullet (● 成效显著 / √ 投诉下降 / → 清理杂物), as a briefing lists its items. */
const BULLET = /^\s*([●○◆◇■□▲△▼▽►▶▸▪▫•·◎★☆√✓✔✗→※◤◥▍▌|-])/;

/**
 * Sentence indices [first, end) covered by a section and its sub-sections. The bulleted lines right
 * after a heading (成效 / ● 投诉下降28% / ● 获评示范单位), each read as a heading of the same level, are
 * its items, up to a line opened by the heading's own bullet (◆ 做法 … ◆ 成效) or any other heading.
 */
function span(sections: TextSection[], i: number, loose: (t: TextSection) => boolean = () => false): [number, number] {
  const s = sections[i];
  let end = s.end;
  let j = i + 1;
  for (; j < sections.length && sections[j].level > s.level; j++) end = sections[j].end;
  const own = BULLET.exec(s.heading ?? '')?.[1];
  // Session 24 (precision24): a part numbered in a styled heading (第6页　四、我局做法 on a slide) goes on over the styled
  // headings after it that carry no number of their own (第7页　做了哪些事 / 第8页　分工): a deck's part runs over its slides.
  const numberedPart = s.kind === 'styled' && ORDINAL.test(unpaged(s.heading ?? ''));
  for (; j < sections.length && sections[j].first === end; j++) {
    const t = sections[j];
    const b = BULLET.exec(t.heading ?? '')?.[1];
    const item = b !== undefined && b !== own && t.kind !== 'numbered';
    const slide = numberedPart && t.kind === 'styled' && t.level === s.level && !ORDINAL.test(unpaged(t.heading ?? '')) && t.role === undefined && loose(t);
    if (!item && !slide && !(s.kind !== 'line' && t.kind === 'line' && t.role === undefined && loose(t))) break;
    end = t.end;
  }
  return [s.first, end];
}

/** A slide's or a page's own number opening a heading (第6页　/ 第4页（续）　): layout, the heading's words follow (session 24). */
const unpaged = (h: string) => h.replace(/^\s*第\s*\d{1,3}\s*[页张]\s*(?:[（(]续[）)])?\s*/, '');

/**
 * Session 24 (precision24): a line listing the parts of the document by their numbers (一、创文是什么　二、问卷怎么答　…　四、镇里的
 * 做法和成效, under 目录): a table of contents names the parts to come, it is no section of its own.
 */
function contentsLine(heading: string): boolean {
  // Session 25 (precision25): a table of contents' entry on its own line, its leader dots and its page (二、主要措施……………………1 /
  // 三、工作成效·········2): the part to come, named where the contents list it.
  // Session 26 (review26): the page is required — a heading ending in dots alone (四、取得成效……) is a real heading left empty;
  // read on the line's last 40 characters (the open run of dots bounded: linear in the line).
  if (/(?:[…⋯]{2,}|[.．·。]{4,})\s*(?:第?\s*\d{1,3}\s*页?|[-—]\s*\d{1,3}\s*[-—])\s*$/.test(heading.slice(-40))) return true;
  return (heading.match(/(?:^|[^一二三四五六七八九十])[一二三四五六七八九十]{1,2}、(?![一二三四五六七八九十])/g) ?? []).length >= 2 || (heading.match(/(?:^|\D)\d{1,2}[、．](?!\d)/g) ?? []).length >= 2;
}

/**
 * The document's title in its first line, not numbered (垃圾分一分环境美十分——县环卫中心推进垃圾分类的做法 /
 * 县残联无障碍设施督导工作机制): it names the whole report's topic, not one element's section.
 */
const isDocumentTitle = (s: TextSection) => s.first === 0 && s.kind !== 'numbered' && s.kind !== 'run-in' && bare(s.heading ?? '').replace(/[：:。.，,\s]+$/, '').length > 8;

/**
 * An unnumbered heading with nothing of its own that a numbered series starting at one follows (几点做法 /
 * 一、组织上有人管 / 二、依据上有章法 … / 一些成效): the series is its items, read at the same level only
 * because an unnumbered heading has no number to nest them under (session 16). The series ends at an
 * unnumbered heading or an item naming an element itself.
 */
const ORDINAL = /^(第[一二三四五六七八九十]+[章节部分条]|[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|[①-⑳])/;
const FIRST_ORDINAL = /^(第一[章节部分条]|一[、.．是]|[（(][一1][）)]|1[、.．]|①)/;
function series(sections: TextSection[], i: number, end: number, names: (h: string) => boolean): number {
  const s = sections[i];
  const h = s.heading ?? '';
  if (s.kind === 'numbered' || ORDINAL.test(h) || s.end !== s.first + 1) return end;
  let j = sections.findIndex((t, k) => k > i && t.first >= end);
  if (j < 0 || sections[j].first !== end || !FIRST_ORDINAL.test(sections[j].heading ?? '')) return end;
  for (; j < sections.length && sections[j].first === end; j++) {
    const t = sections[j].heading ?? '';
    if (!ORDINAL.test(t) || names(t)) break;
    end = sections[j].end;
  }
  return end;
}

/**
 * A heading inside a catalogue of material (一、材料目录 / （一）组织领导类 / （三）成效佐证) names a category of
 * files listed, not a section where the element is told (session 16).
 */
const CATALOGUE_HEADING = /目录|(材料|资料|佐证)清单/;
/** A heading over suggestions or plans (四、对策建议 / 下一步打算): its items are aims (（三）健全工作机制). */
const AIMS_HEADING = /对策|建议|打算|下一步|下步|思路|努力方向/;
/**
 * 主体责任 owned by another party named before it (压实企业主体责任 / 落实物业主体责任): the heading names the
 * unit's work on that party's duty, not who in the unit is in charge — unless the report is that party's own
 * (a firm's title).
 */
const OTHERS_DUTY = /(企业|商户|经营户|经营者|业户|物业|平台|市场主体|施工方|建设方|运输户)主体责任/;
const FIRM_TITLE = /公司|企业|集团|合作社|物业|商会|协会/;

/** A question read as a heading (问：取得了哪些成效？), as an interview-style report asks its own headings' questions. */
const QUESTION_HEADING = /^问\s*[：:]|[？?]\s*$/;

/**
 * A section's span, with the question headings right after it and their answers (五、成效 / 问：取得了哪些成效？ /
 * 答：…): the answer is told under the element's heading (review, session 14).
 */
function spanWithQuestions(sections: TextSection[], i: number, loose: (t: TextSection) => boolean): [number, number] {
  const [a, b] = span(sections, i, loose);
  let end = b;
  let j = sections.findIndex((s, k) => k > i && s.first >= b);
  while (j > i && sections[j] && sections[j].first === end && QUESTION_HEADING.test(sections[j].heading ?? '')) {
    end = span(sections, j)[1];
    j = sections.findIndex((s, k) => k > j && s.first >= end);
  }
  return [a, end];
}

/**
 * Session 21 (misfires21): a pointer to another part of this very report (（见第三部分） / 见上 / 见前述 / 同上 / 见后): the
 * writer says where the element is told. External pointers (详见附件 / 见附表 / 另附 / 台账) and （略） are not this: the
 * report itself does not hold what the heading promises.
 */
const INTERNAL_POINTER = /^[（(]?\s*(?:详见|参见|见|同)\s*(?:本报告|本文)?(?:上|上文|上述|前文|前述|前面|以上|后|后文|下文|下述|最后部分|后面部分|末尾|第([一二三四五六七八九十\d]{1,3})(?:部分|章|节|项|点)|([一二三四五六七八九十]{1,3})[、.．][^，,。；;（()）]{0,12})(?:所述|内容|相关内容|有关内容|部分)?\s*[）)]?[。.]?$|^[（(]?同上[）)]?[。.]?$/;
const CN_DIGITS = '一二三四五六七八九十';
/** 三 → 3, 十二 → 12, '3' → 3. */
function numeral(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  if (n.length === 1) return CN_DIGITS.indexOf(n) + 1;
  if (n.startsWith('十')) return 10 + (n.length > 1 ? CN_DIGITS.indexOf(n[1]!) + 1 : 0);
  return (CN_DIGITS.indexOf(n[0]!) + 1) * 10 + (n.length > 2 ? CN_DIGITS.indexOf(n[2]!) + 1 : 0);
}
/**
 * Where a section made only of a pointer into this report points: the sentence range of the part it names (第三部分 /
 * 三、…: the top-level section numbered 三), everything before it (见上 / 前述), or after it (见后 / 下文); null when the
 * section holds anything else, or points outside the report.
 */
function pointedRange(sections: TextSection[], sentences: TextSentence[], a: number, b: number): [number, number] | null {
  const body: string[] = [];
  for (let k = a + 1; k < b; k++) {
    const t = (sentences[k]?.text ?? '').trim();
    // The sign-off read into the last section (清河县人民医院 / 2025年7月23日) is no body.
    if (DATE_LINE.test(t) || (sentences[k]?.heading && t.length <= 20 && BODY_NAME.test(t)) || ATTACHMENT_LIST.test(t)) continue;
    body.push(t);
  }
  // A bracketed pointer alone on its line is read as a heading of its own ((见第三部分)): it is still this heading's body.
  if (body.length === 0 && sentences[b]?.heading && INTERNAL_POINTER.test(sentences[b]!.text.trim())) body.push(sentences[b]!.text.trim());
  if (body.length === 0 || body.length > 2) return null;
  let m: RegExpExecArray | null = null;
  for (const t of body) {
    const x = INTERNAL_POINTER.exec(t);
    if (!x) return null;
    m = x;
  }
  const n = m![1] ?? m![2];
  if (n !== undefined) {
    const want = numeral(n);
    const i = sections.findIndex((t) => (t.kind === 'numbered' || t.kind === 'styled') && t.level === 1 && new RegExp(`^(?:第)?${CN_DIGITS[want - 1] ?? '#'}(?:[、.．]|部分)`).test(t.heading ?? ''));
    if (i < 0 || sections[i]!.first === a) return null;
    let end = sections[i]!.end;
    for (let j = i + 1; j < sections.length && sections[j]!.level > 1; j++) end = sections[j]!.end;
    return [sections[i]!.first, end];
  }
  return /后|下/.test(body.join('')) ? [b, sentences.length] : [0, a];
}

/**
 * Session 21: a catalogue of material (…台账目录 / …佐证材料目录 / 材料清单) lists files under categories (一、组织领导类 /
 * 二、依据文件 / 1.《…》): its headings name kinds of files, not sections where the element is told in words.
 */
const CATALOGUE_TITLE = /目录|(?:材料|资料|佐证|台账)(?:清单|汇编|索引)/;
/**
 * Session 21 (after the generalisation check, on 12601–12684): a document that is itself an instrument assigning work — its
 * title ends in the instrument's name (…应急预案 / …实施方案 / …工作计划 / …目标责任书 / …管理办法), not an account of it
 * (…落实情况的报告).
 */
const INSTRUMENT_TITLE = /(?:预案|方案|计划|责任书|责任状|承诺书|协议|合同|办法|细则|制度|规定|流程)[》”"]?\s*(?:[（(][^）)]{0,20}[）)])?$/;
/** A category of files (组织领导类 / 成效反映类 / 制度文件类材料). */
const CATEGORY_HEADING = /类(?:材料|资料|佐证)?$/;
/** The 附件 key line of the document's own attachment list, and its items (附件：1.…工作说明报告 / 2.…监测数据). */
const ATTACHMENT_LIST = /^附件\s*[\d一二三四五六七八九十]*\s*[：:]|^\s*\d{1,2}\s*[.．、]\s*[^。；;！？!?]{1,40}$/;
/**
 * Session 21: the sign-off (清河县数据局 / 2026年8月25日): a body's name over a date, no section heading, though a
 * unit's name may hold an element's word (数据局 / 成果转化中心).
 */
const BODY_NAME = /(?:局|委|委员会|院|所|站|中心|公司|办|办公室|政府|大队|中队|支行|分行|社|联合社|会|馆|学校|小学|中学|幼儿园|处|科|部|队|街道|社区|村委会|居委会|党委|党组|支部)$/;
const DATE_LINE = /^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;
function isSignOff(sections: TextSection[], sentences: TextSentence[], i: number): boolean {
  const s = sections[i]!;
  if (s.kind === 'numbered' || s.kind === 'run-in' || !BODY_NAME.test(bare(s.heading ?? '').trim())) return false;
  const rest = sentences.slice(s.first + 1, s.end).map((t) => t.text.trim());
  return rest.length > 0 && rest.every((t) => DATE_LINE.test(t));
}

/**
 * Session 21: a numbered heading with nothing of its own, followed by unnumbered headings (styled or plain lines) up to the
 * next heading of its own numbering (三、主要做法 / 把讲台搬进楼院 / 组建百姓宣讲团 / 四、成效): those headings are its items
 * — a writer styling the items as Heading 1 and typing 三、 by hand — not siblings of the numbered series.
 */
function gapItems(sections: TextSection[], i: number, end: number, names: (h: string) => boolean): number {
  const s = sections[i]!;
  if (s.kind !== 'numbered' || s.end !== s.first + 1 || end !== s.end) return end;
  let j = i + 1;
  let e = end;
  for (; j < sections.length && sections[j]!.first === e; j++) {
    const t = sections[j]!;
    if (t.kind === 'numbered' || t.kind === 'run-in' || t.role !== undefined || names(t.heading ?? '')) break;
    e = t.end;
  }
  const next = sections[j];
  if (e === end || next === undefined || next.first !== e || next.kind !== 'numbered' || next.level > s.level) return end;
  return e;
}

/**
 * The band of evidence a person confirms: an element found by the built-in standard alone whose cited
 * sentences the learned second opinion scores below this in either view (whole sentence or best
 * clause: it reads them as more likely not the element than the element) is present only on a
 * person's word (report.element-unsure; the file stays not checked until the review record covers
 * it). Below the veto's own thresholds the model overrules the evidence outright (a false "missing"
 * costs a unit its pass, so those sit where no labelled report was overruled wrongly); between them
 * and this band the evidence is too weak to pass unread. Chosen on held-aside sets each scored by
 * the detector and model of the session that measured it (docs/elements.md, "Session 31"). A rule file's
 * `report.unsureBelow` sets it per indicator (0: never).
 */
export const UNSURE_BELOW = REPORT_DEFAULTS.unsureBelow;

export function judgeElements(doc: Pick<DocumentFacts, 'elements' | 'elementScores' | 'sections' | 'sentences'>, rules: ElementRules = {}, unsureBelow: number = UNSURE_BELOW): ElementVerdict[] {
  const sentences: TextSentence[] = doc.sentences ?? [];
  const sections: TextSection[] = doc.sections ?? [];
  const all = [...ELEMENT_NAMES, ...Object.keys(rules).filter((n) => !ELEMENT_NAMES.includes(n))];
  // A short unnumbered line read as a heading after a numbered or styled one (a table's row 项目 本年 上年,
  // a line broken before its figures 全县建成村级服务站 / 82个…) is body of the section above, unless it
  // names an element itself (成效) or opens a section of problems or plans.
  const anyWords = all.flatMap((e) => [...(own(ELEMENT_HEADINGS, e) ?? []), ...(own(rules, e)?.headings ?? [])]);
  const loose = (t: TextSection) => t.heading !== null && !anyWords.some((w) => namesWord(bare(t.heading!), w));
  const othersSections = sectionsOfOthers({ sections, sentences });
  const catalogue = CATALOGUE_TITLE.test(sentences[0]?.text ?? '');
  const instrument = INSTRUMENT_TITLE.test((sentences[0]?.text ?? '').trim());
  return all.map((element) => {
    // own(): element names come from the rule file (an element may be called `constructor`).
    const words = [...(own(ELEMENT_HEADINGS, element) ?? []), ...(own(rules, element)?.headings ?? [])];
    // A document title (关于……的说明报告) is not a section heading.
    const not = own(NOT_ELEMENT_HEADING, element);
    const othersDuty = (h: string) => element === '主体责任' && OTHERS_DUTY.test(h) && !FIRM_TITLE.test((sentences[0]?.text ?? '').split('关于')[0]!);
    const names = (h: string | null) => h !== null && !TITLE.test(h) && !othersDuty(h) && !SLOGAN.test(bare(h).replace(/[：:。.，,\s]+$/, '')) && !SHORTCOMING_HEADING.test(bare(h).replace(/[：:。.，,\s]+$/, '')) && !(not?.test(bare(h).replace(/[：:。.，,\s]+$/, '')) ?? false) && words.some((w) => namesWord(bare(h), w));
    // A sentence counts when the built-in test or one of the rule file's cues says so, unless it
    // is the text of a heading that names this very element (五、取得成效 is not a result).
    const ok = new Map<number, 'standard' | 'cue'>();
    for (const e of own(doc.elements, element) ?? []) ok.set(e.sentence, 'standard');
    const cues = compile(own(rules, element)?.cues ?? []);
    // Sentences a cue meets, standard evidence or not: the element then stands on the county's word (no band).
    const cueMet = new Set<number>();
    if (cues.length > 0) {
      sentences.forEach((s, i) => {
        if (!cues.some((re) => re.test(s.text))) return;
        cueMet.add(i);
        if (!ok.has(i)) ok.set(i, 'cue');
      });
    }
    for (const i of [...ok.keys()]) {
      if (sentences[i]?.heading && names(sections[sentences[i].section]?.heading ?? null)) {
        ok.delete(i);
        cueMet.delete(i);
      }
    }
    const verdict: ElementVerdict = { element, status: ok.size > 0 ? 'present' : 'missing' };
    const first = [...ok.keys()].sort((a, b) => Number(!!sentences[a]?.heading) - Number(!!sentences[b]?.heading) || a - b)[0];
    if (first !== undefined) {
      verdict.evidence = sentences[first].text;
      if (sentences[first].page !== undefined) verdict.page = sentences[first].page;
      verdict.via = ok.get(first);
      // A rule file's cue met counts on the county's word; only the built-in standard's evidence is weighed.
      const sc = own(doc.elementScores, element);
      if (sc && cueMet.size === 0 && Math.min(sc.sentenceScore, sc.clauseScore) < unsureBelow) {
        verdict.unsure = { evidence: verdict.evidence, ...(verdict.page !== undefined ? { page: verdict.page } : {}), sentenceScore: sc.sentenceScore, clauseScore: sc.clauseScore };
      }
    }
    const empty: { heading: string; page?: number }[] = [];
    sections.forEach((s, i) => {
      // A heading under 存在问题 / 下一步 (一是抓好数据质量) names an aim or a problem, never an element's section.
      if (s.kind === null || s.role !== undefined || isDocumentTitle(s) || !names(s.heading)) return;
      // A catalogue's category of files (一、组织领导类 / 1.《…》), an item of the 附件 list, the sign-off line (清河县数据局).
      if (catalogue || CATEGORY_HEADING.test(bare(s.heading!).replace(/[：:。.，,\s]+$/, '')) || isSignOff(sections, sentences, i)) return;
      // Session 24 (precision24): a table of contents' line (一、…　二、…　四、我局做法和成效) names the parts to come.
      if (contentsLine(s.heading!)) return;
      if (s.first > 0 && ATTACHMENT_LIST.test(s.heading!) && ATTACHMENT_LIST.test(sentences[s.first - 1]?.text.trim() ?? '') && /附件/.test(sentences.slice(Math.max(0, s.first - 6), s.first).map((t) => t.text).join(''))) return;
      // 二、清源县的主要做法和成效: another party's section (element-party-masks.ts, session 17), not the unit's element's.
      if (othersSections.has(i)) return;
      // 六、存在问题 / 七、整改措施: the corrections of the unit's own shortcomings are aims (session 17).
      if (answersOwnShortcomings(sections, i)) return;
      // The report's own first line as a long heading (清河县…文明交通劝导工作机制) is its title, not a section (session 15).
      if (s.first === 0 && s.kind !== 'numbered' && bare(s.heading!).length >= 10) return;
      // An item under 原因剖析 names a cause (（二）工作机制方面), under 对策建议 an aim, in a 材料目录 a category of
      // files: not the element's section.
      let p = i - 1;
      while (p > 0 && sections[p].level >= s.level) p--;
      if (p > 0 && sections[p].level < s.level && CAUSES_HEADING.test(sections[p].heading ?? '')) return;
      for (let q = i - 1, lvl = s.level; q > 0; q--) {
        if (sections[q].level >= lvl) continue;
        lvl = sections[q].level;
        // The document's title (关于…情况及建议的报告) heads the whole report, not an aims section.
        if (isDocumentTitle(sections[q])) continue;
        const ph = bare(sections[q].heading ?? '');
        if (sections[q].role !== undefined || AIMS_HEADING.test(ph) || CATALOGUE_HEADING.test(ph)) return;
      }
      const namesAny = (h: string) => anyWords.some((w) => namesWord(bare(h), w));
      const [a, b0] = spanWithQuestions(sections, i, loose);
      const b = gapItems(sections, i, series(sections, i, b0, namesAny), namesAny);
      for (let k = a; k < b; k++) if (ok.has(k)) return;
      // Session 58 (set 53's 39009; train 38336): a run-in item (二、工作推进 / 一是强化责任落实。坚持加强监管…) under a heading of the
      // report's body is one of that part's items, its words a slogan over the paragraph it runs into, not the element's section: when
      // its paragraph tells something and the element is told elsewhere in the report, it is no empty heading (a person would be told a
      // present element's heading is empty). A run-in item holding nothing (一是加强组织领导。（略）), one whose element is told nowhere,
      // and a run-in heading at the report's top (抓责任。… under the title alone) are still read as before.
      if (s.kind === 'run-in' && ok.size > 0 && p > 0 && sections[p].kind !== null && sections[p].level < s.level && !isDocumentTitle(sections[p]) && told(sentences, a, b)) return;
      // An instrument's own part (…应急预案 / …实施方案: 四、处置措施 / 二、组织机构及职责) holding what it assigns, not deeds or a
      // charge told as held: the part the instrument is, no empty heading; one holding nothing (（略）) still is.
      if (instrument && (element === '具体措施' || element === '主体责任') && told(sentences, a, b)) return;
      // （见第三部分） / 见上: told where this report tells it — empty only if that part does not hold it either.
      const pointed = pointedRange(sections, sentences, a, b);
      if (pointed !== null) for (let k = pointed[0]; k < pointed[1]; k++) if (ok.has(k)) return;
      // 典型案例 / 典型事例 over a case told in words: an example given, not an empty heading (a
      // pointer such as 详见附件 or （略） still is).
      if (element === '数据实例' && CASE_HEADING.test(bare(s.heading!)) && told(sentences, a, b)) return;
      empty.push(s.page !== undefined ? { heading: s.heading!, page: s.page } : { heading: s.heading! });
    });
    if (empty.length > 0) verdict.emptyHeadings = empty;
    return verdict;
  });
}
