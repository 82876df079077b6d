/**
 * When a person reviewed, as a reader in China reads it. `review accept` writes the instant in UTC
 * (at: 2026-11-30T21:23:08Z); the screen, page, workbook, JUnit and review.stale showed that text
 * as it is — a day before the China date the office worked on. Shown now as China wall-clock time;
 * the record and the JSON keep the value as written.
 */
import { describe, expect, it } from 'vitest';
import { shownReviewTime } from '../../src/windows/index.js';
import { findingStatusWord } from '../../src/format/review.js';
import { renderMessage } from '../../src/messages/index.js';
import type { Finding } from '../../src/types.js';

describe('review time shown in China time', () => {
  it('an instant with a zone → YYYY-MM-DD HH:MM in China; a plain date or other text as written', () => {
    expect(shownReviewTime('2026-11-30T21:23:08Z')).toBe('2026-12-01 05:23');
    expect(shownReviewTime('2026-10-20T09:00:00Z')).toBe('2026-10-20 17:00');
    expect(shownReviewTime('2026-10-20T09:00:00+08:00')).toBe('2026-10-20 09:00');
    expect(shownReviewTime('2026-10-20T09:00Z')).toBe('2026-10-20 17:00');
    expect(shownReviewTime('2026-10-20T15:59:59.500Z')).toBe('2026-10-20 23:59');
    expect(shownReviewTime('2026-10-20T16:00:00Z')).toBe('2026-10-21 00:00');
    for (const asWritten of ['2026-10-01', '2026-10-20T09:00:00', '去年十月', '', '2026-13-40T99:00:00Z']) expect(shownReviewTime(asWritten)).toBe(asWritten);
  });

  it('the reviewed note and review.stale say it so (zh and en)', () => {
    const f = { status: 'reviewed', review: { verdict: 'accepted', by: '县创文办', reason: '已核对原件', at: '2026-11-30T21:23:08Z' } } as unknown as Finding;
    expect(findingStatusWord(f, 'zh')).toBe('已人工确认（县创文办：已核对原件，2026-12-01 05:23）');
    expect(findingStatusWord(f, 'en')).toBe('reviewed (县创文办: 已核对原件, 2026-12-01 05:23)');
    const args = { rule: 'signoff.manual-review', by: '县创文办', at: '2026-11-30T21:23:08Z', recorded: 'a'.repeat(64), actual: 'b'.repeat(64) };
    expect(renderMessage('review.stale', 'zh', args)).toContain('（signoff.manual-review，县创文办 于 2026-12-01 05:23）');
    expect(renderMessage('review.stale', 'en', args)).toContain('(signoff.manual-review, by 县创文办 at 2026-12-01 05:23)');
  });
});
