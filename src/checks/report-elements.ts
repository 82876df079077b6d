/**
 * The verdict on each element of a 说明报告, from the extracted facts (sentences satisfying each
 * element's built-in test) and the indicator's rule parameters: a rule file's heading words add to
 * the built-in ones, its cues (regular expressions) make a sentence count too, and it may add
 * elements of its own. Pure: facts + rules in, verdicts out. Used by the report check, the JSON
 * report (each verdict with its evidence sentence and page) and `inspect`.
 */
import { own } from '../util/dict.js';
import type { DocumentFacts, ElementVerdict } from '../types.js';
import type { TextSection, TextSentence } from '../text/sections.js';
import { ELEMENT_HEADINGS, ELEMENT_NAMES, NOT_ELEMENT_HEADING } from '../text/elements.js';
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
const bare = (h: string) => h.replace(/^(第[一二三四五六七八九十]+[章节部分条]|[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|[①-⑳]|首先|其次|再次|最后)\s*/, '');

const TITLE = /关于|(报告|说明|情况|汇报|总结)$/;

/**
 * A heading of two clauses (坚持“长效长管”，守住改造成果 / 谋划在前，明确“谁来抓”) is a slogan over what follows,
 * not the name of an element's section (session 13).
 */
const SLOGAN = /[，,；;]/;

/** A heading naming examples (典型案例、典型事例), not data. */
const CASE_HEADING = /^(典型)?(案例|事例)(介绍|选编)?$/;
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

/** Sentence indices [first, end) covered by a section and its sub-sections. */
function span(sections: TextSection[], i: number): [number, number] {
  const s = sections[i];
  let end = s.end;
  for (let j = i + 1; j < sections.length && sections[j].level > s.level; j++) end = sections[j].end;
  return [s.first, end];
}

/** A question read as a heading (问：取得了哪些成效？), as an interview-style report asks its own headings' questions. */
const QUESTION_HEADING = /^问\s*[：:]|[？?]\s*$/;

/**
 * A section's span, with the question headings right after it and their answers (五、成效 / 问：取得了哪些成效？ /
 * 答：…): the answer is told under the element's heading (review, session 14).
 */
function spanWithQuestions(sections: TextSection[], i: number): [number, number] {
  const [a, b] = span(sections, i);
  let end = b;
  let j = sections.findIndex((s, k) => k > i && s.first >= b);
  while (j > i && sections[j] && sections[j].first === end && QUESTION_HEADING.test(sections[j].heading ?? '')) {
    end = span(sections, j)[1];
    j = sections.findIndex((s, k) => k > j && s.first >= end);
  }
  return [a, end];
}

export function judgeElements(doc: Pick<DocumentFacts, 'elements' | 'sections' | 'sentences'>, rules: ElementRules = {}): ElementVerdict[] {
  const sentences: TextSentence[] = doc.sentences ?? [];
  const sections: TextSection[] = doc.sections ?? [];
  const all = [...ELEMENT_NAMES, ...Object.keys(rules).filter((n) => !ELEMENT_NAMES.includes(n))];
  return all.map((element) => {
    // own(): element names come from the rule file (an element may be called `constructor`).
    const words = [...(own(ELEMENT_HEADINGS, element) ?? []), ...(own(rules, element)?.headings ?? [])];
    // A document title (关于……的说明报告) is not a section heading.
    const not = own(NOT_ELEMENT_HEADING, element);
    const names = (h: string | null) => h !== null && !TITLE.test(h) && !SLOGAN.test(bare(h).replace(/[：:。.，,\s]+$/, '')) && !(not?.test(bare(h).replace(/[：:。.，,\s]+$/, '')) ?? false) && words.some((w) => namesWord(bare(h), w));
    // A sentence counts when the built-in test or one of the rule file's cues says so, unless it
    // is the text of a heading that names this very element (五、取得成效 is not a result).
    const ok = new Map<number, 'standard' | 'cue'>();
    for (const e of own(doc.elements, element) ?? []) ok.set(e.sentence, 'standard');
    const cues = compile(own(rules, element)?.cues ?? []);
    if (cues.length > 0) sentences.forEach((s, i) => !ok.has(i) && cues.some((re) => re.test(s.text)) && ok.set(i, 'cue'));
    for (const i of [...ok.keys()]) if (sentences[i]?.heading && names(sections[sentences[i].section]?.heading ?? null)) ok.delete(i);
    const verdict: ElementVerdict = { element, status: ok.size > 0 ? 'present' : 'missing' };
    const first = [...ok.keys()].sort((a, b) => Number(!!sentences[a]?.heading) - Number(!!sentences[b]?.heading) || a - b)[0];
    if (first !== undefined) {
      verdict.evidence = sentences[first].text;
      if (sentences[first].page !== undefined) verdict.page = sentences[first].page;
      verdict.via = ok.get(first);
    }
    const empty: { heading: string; page?: number }[] = [];
    sections.forEach((s, i) => {
      // A heading under 存在问题 / 下一步 (一是抓好数据质量) names an aim or a problem, never an element's section.
      if (s.kind === null || s.role !== undefined || !names(s.heading)) return;
      // The report's own first line as a long heading (清河县…文明交通劝导工作机制) is its title, not a section (session 15).
      if (s.first === 0 && s.kind !== 'numbered' && bare(s.heading!).length >= 10) return;
      const [a, b] = spanWithQuestions(sections, i);
      for (let k = a; k < b; k++) if (ok.has(k)) return;
      // 典型案例 / 典型事例 over a case told in words: an example given, not an empty heading (a
      // pointer such as 详见附件 or （略） still is).
      if (element === '数据实例' && CASE_HEADING.test(bare(s.heading!)) && told(sentences, a, b)) return;
      empty.push(s.page !== undefined ? { heading: s.heading!, page: s.page } : { heading: s.heading! });
    });
    if (empty.length > 0) verdict.emptyHeadings = empty;
    return verdict;
  });
}
