/**
 * 文号 (document numbers) per GB/T 9704-2012 §7.2.5: agency code + full year in 〔〕 + sequence
 * number + 号, e.g. 县创文办〔2024〕12号. No 第, no zero padding. Malformed variants are parsed
 * too, so the check can show the corrected form.
 */
import type { Citation } from '../types.js';

/** Brackets people use around the year, correct one first. */
const OPEN = '〔﹝［\\[【(（〈<｛{';
const CLOSE = '〕﹞］\\]】)）〉>｝}';

/**
 * agency  open  year  close  [第]  seq  号
 * The agency is the run of CJK/latin characters right before the bracket (trimmed of verbs below).
 */
const DOCNO = new RegExp(
  `([\\u4E00-\\u9FFFA-Za-z]{0,16})\\s*([${OPEN}])\\s*((?:19|20)\\d{2}|\\d{2})\\s*([${CLOSE}])\\s*(第?)\\s*(\\d{1,5})\\s*号`,
  'g',
);

/** Words that precede an agency code in running text and are not part of it. */
const LEADING_WORDS = /^.*?(根据|按照|依据|依照|参照|结合|转发|印发|下发|出台|制定|贯彻|落实|执行|了|的|、)/;

export interface DocNoMatch {
  index: number;
  end: number;
  raw: string;
  agency: string;
  year: number;
  seq: number;
  wellFormed: boolean;
  corrected: string;
  problems: DocNoProblem[];
}

export type DocNoProblem = 'brackets' | 'short-year' | 'di' | 'zero-padding';

function cleanAgency(a: string): string {
  // A conjunction right after the previous citation: …12号）和县文明办（2024）3号.
  let s = a.replace(/^[和及与并或]/, '');
  // Strip leading connective words repeatedly (按照县委办的县创文办 → 县创文办).
  for (let i = 0; i < 3; i++) {
    const m = LEADING_WORDS.exec(s);
    if (!m || m[0].length >= s.length) break;
    s = s.slice(m[0].length);
  }
  return s;
}

/** Every 文号 in the text, with its verdict and corrected form. */
export function findDocNos(text: string): DocNoMatch[] {
  const out: DocNoMatch[] = [];
  for (const m of text.matchAll(DOCNO)) {
    const [whole, agencyRaw, open, yearRaw, close, di, seqRaw] = m;
    const agency = cleanAgency(agencyRaw);
    const start = (m.index ?? 0) + (agencyRaw.length - agency.length);
    const problems: DocNoProblem[] = [];
    if (open !== '〔' || close !== '〕') problems.push('brackets');
    let year = Number(yearRaw);
    if (yearRaw.length === 2) {
      problems.push('short-year');
      year += 2000;
    }
    if (di) problems.push('di');
    if (seqRaw.length > 1 && seqRaw.startsWith('0')) problems.push('zero-padding');
    const seq = Number(seqRaw);
    const raw = text.slice(start, (m.index ?? 0) + whole.length);
    out.push({
      index: start,
      end: (m.index ?? 0) + whole.length,
      raw,
      agency,
      year,
      seq,
      wellFormed: problems.length === 0 && !/\s/.test(raw),
      corrected: `${agency}〔${year}〕${seq}号`,
      problems,
    });
  }
  return out;
}

/** 《title》 right before a 文号 (allowing a bracket and a few characters between). */
function titleBefore(text: string, index: number): string | null {
  const before = text.slice(Math.max(0, index - 80), index);
  const m = /《([^《》\n]{1,60})》[\s（(，,]{0,3}$/.exec(before);
  return m ? m[1] : null;
}

/** 《title》 right after a 文号: 县创文办〔2024〕12号《关于…的通知》. */
function titleAfter(text: string, end: number): string | null {
  const m = /^[\s）)]{0,2}(?:文件)?《([^《》\n]{1,60})》/.exec(text.slice(end, end + 80));
  return m ? m[1] : null;
}

/** Citations (文号 with the 《title》 beside it, when any). `pageAt` maps an offset to a page. */
export function findCitations(text: string, pageAt: (i: number) => number | undefined = () => undefined): Citation[] {
  return findDocNos(text).map((d) => {
    const page = pageAt(d.index);
    const c: Citation = {
      raw: d.raw,
      title: titleBefore(text, d.index) ?? titleAfter(text, d.end),
      year: d.year,
      wellFormed: d.wellFormed,
      corrected: d.wellFormed ? null : d.corrected,
      problems: d.problems,
    };
    if (page !== undefined) c.page = page;
    return c;
  });
}
