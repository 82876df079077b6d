/**
 * Findings a person settled in the review record (status 'reviewed', 已人工确认): every format
 * shows them distinctly, with who decided, why and when.
 */
import { shownReviewTime } from '../windows/index.js';
import type { Finding, Lang } from '../types.js';

interface Reviewed {
  status?: string;
  review?: { verdict?: string; reason?: string; by?: string; at?: string };
}

export const isReviewed = (f: Finding): boolean => (f as Finding & Reviewed).status === 'reviewed';

/** '已人工确认（张三：…，2026-10-18）' or '' for a finding nobody reviewed. */
export function findingStatusWord(f: Finding, lang: Lang): string {
  if (!isReviewed(f)) return '';
  const r = (f as Finding & Reviewed).review;
  const word = lang === 'zh' ? '已人工确认' : 'reviewed';
  if (!r) return word;
  const at = shownReviewTime(r.at ?? '');
  return lang === 'zh' ? `${word}（${r.by ?? ''}：${r.reason ?? ''}，${at}）` : `${word} (${r.by ?? ''}: ${r.reason ?? ''}, ${at})`;
}
