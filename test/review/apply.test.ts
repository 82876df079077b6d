/** Applying the review record: a pure step over findings (no fs), and what the report makes of it. */
import { describe, expect, it } from 'vitest';
import { applyReviews, type ScopedEntry } from '../../src/review/apply.js';
import { buildReport } from '../../src/report/build.js';
import type { ExtractedFile, Finding } from '../../src/types.js';
import type { RunModel } from '../../src/checks/types.js';
import { ruleSet } from '../report/helpers.js';

const SHA = 'b'.repeat(64);
const OTHER = 'c'.repeat(64);
const rules = ruleSet();
const opts = { rules, lang: 'en' as const };

const finding = (ruleId: string, file: string | null, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId, severity, unit: '县教育局', indicator: null, file, args: {}, message: ruleId,
});
const entry = (over: Partial<ScopedEntry> = {}): ScopedEntry => ({
  file: '县教育局/移交签单.jpg', path: '县教育局/移交签单.jpg', sha256: SHA, rule: 'signoff.manual-review', verdict: 'accepted',
  reason: '已核对原件', by: '县创文办', at: '2026-10-20', line: 3, ...over,
});
const files = [{ path: '县教育局/移交签单.jpg', unit: '县教育局', indicator: null }];
const hashes = new Map([['县教育局/移交签单.jpg', SHA]]);

describe('applyReviews', () => {
  it('marks a covered finding reviewed with who and why, and leaves the others alone', () => {
    const input = [finding('signoff.manual-review', '县教育局/移交签单.jpg'), finding('signoff.undated', '县教育局/移交签单.jpg')];
    const r = applyReviews(input, { file: 'r.yaml', entries: [entry()], hashes, files }, opts);
    expect(r.findings.map((f) => [f.ruleId, f.status ?? null])).toEqual([['signoff.manual-review', 'reviewed'], ['signoff.undated', null]]);
    expect(r.findings[0]!.review).toEqual({ verdict: 'accepted', reason: '已核对原件', by: '县创文办', at: '2026-10-20' });
    expect(r.summary).toMatchObject({ entries: 1, applied: 1, stale: 0, unused: 0 });
    expect(input[0]!.status).toBeUndefined(); // pure: the input is not changed
  });
  it('does not apply an entry whose file changed, and reports it', () => {
    const r = applyReviews([finding('signoff.manual-review', '县教育局/移交签单.jpg')], { file: 'r.yaml', entries: [entry({ sha256: OTHER })], hashes, files }, opts);
    expect(r.findings.find((f) => f.ruleId === 'signoff.manual-review')!.status).toBeUndefined();
    const stale = r.findings.find((f) => f.ruleId === 'review.stale')!;
    expect(stale).toMatchObject({ severity: 'warning', file: '县教育局/移交签单.jpg', unit: '县教育局', args: { recorded: OTHER, actual: SHA } });
    expect(r.summary.stale).toBe(1);
  });
  it('reports entries that match no file or no finding, and ignores those outside the checked folder', () => {
    const r = applyReviews(
      [finding('signoff.manual-review', '县教育局/移交签单.jpg')],
      {
        file: 'r.yaml',
        entries: [entry({ rule: 'signoff.undated', line: 10 }), entry({ path: '县教育局/gone.jpg', sha256: OTHER, line: 17 }), entry({ path: null, line: 24 })],
        hashes,
        files,
      },
      opts,
    );
    expect(r.findings.filter((f) => f.ruleId === 'review.unused').map((f) => f.args).sort((a, b) => Number(a.line) - Number(b.line))).toEqual([
      { rule: 'signoff.undated', line: 10, why: 'no-finding' },
      { rule: 'signoff.manual-review', line: 17, why: 'no-file' },
    ]);
    expect(r.unusedLines).toEqual([10, 17]);
    expect(r.summary).toMatchObject({ applied: 0, unused: 2, outOfScope: 1 });
  });
  it('cannot review away a review finding, or a finding on another file with the same name elsewhere', () => {
    const r = applyReviews(
      [finding('review.stale', '县教育局/移交签单.jpg'), finding('signoff.manual-review', '县文旅局/移交签单.jpg')],
      { file: 'r.yaml', entries: [entry({ rule: 'review.stale' }), entry({ file: 'x', path: '县文旅局/移交签单.jpg' })], hashes, files },
      opts,
    );
    expect(r.findings.filter((f) => f.status === 'reviewed')).toEqual([]);
  });
});

describe('the report with reviewed findings', () => {
  const file = (path: string, kind: ExtractedFile['kind'], error: ExtractedFile['error'] = null) =>
    ({ path, kind, unit: '县教育局', indicator: null, error, facts: { type: 'none' }, notes: ['unit-root'] }) as unknown as ExtractedFile;
  const sheet = file('县教育局/移交签单.jpg', 'signoff', { code: 'scanned', detail: 'image' });
  const def = rules.indicators[0]!;
  const model: RunModel = {
    units: [{ name: '县教育局', folder: '县教育局', indicators: [{ key: def.key, def, known: true, folder: '县教育局/Ⅲ—12', files: [] }], assigned: [def.key], rootFiles: [sheet], files: [sheet] }],
    files: [sheet],
  };
  const build = (fs: Finding[]) => buildReport(model, fs, { root: 'x', mode: 'unit', asOf: '2026-10-20', lang: 'en', rules, version: '0' });
  const manual = () => finding('signoff.manual-review', '县教育局/移交签单.jpg');

  it('a scan left to a person is not-checked, and fails the run', () => {
    const r = build([manual()]);
    expect(r.files[0]!.status).toBe('not-checked');
    expect(r.summary.status).toBe('fail');
  });
  it('once reviewed: its own status, counted apart from pass and from the warnings, and the run passes', () => {
    const r = build([{ ...manual(), status: 'reviewed', review: { verdict: 'accepted', reason: 'r', by: 'b', at: 'a' } }]);
    expect(r.files[0]!.status).toBe('reviewed');
    expect(r.units[0]!.status).toBe('reviewed');
    expect(r.summary).toMatchObject({ status: 'pass', warnings: 0, reviewed: 1, filesReviewed: 1, filesPassed: 0, filesNotChecked: 0 });
  });
  it('a reviewed error does not fail the file; a second, unreviewed error still does', () => {
    const err = finding('signoff.no-signature', '县教育局/移交签单.jpg', 'error');
    expect(build([{ ...err, status: 'reviewed' }]).files[0]!.status).toBe('reviewed');
    const r = build([{ ...err, status: 'reviewed' }, finding('signoff.after-deadline', '县教育局/移交签单.jpg', 'error')]);
    expect(r.files[0]!.status).toBe('fail');
    expect(r.summary).toMatchObject({ status: 'fail', errors: 1, reviewed: 1 });
  });
});

describe('formatters show the reviewed status', () => {
  it('junit: a reviewed error is no failure; the text names who and why', async () => {
    const { formatJunit } = await import('../../src/format/junit.js');
    const sheet = { path: '县教育局/移交签单.jpg', kind: 'signoff', unit: '县教育局', indicator: null, error: null, facts: { type: 'none' }, notes: ['unit-root'] } as unknown as ExtractedFile;
    const model: RunModel = { units: [], files: [sheet] };
    const err: Finding = { ...finding('signoff.no-signature', sheet.path, 'error'), status: 'reviewed', review: { verdict: 'confirmed', reason: '已核对原件', by: '县创文办', at: '2026-10-20' } };
    const r = buildReport(model, [err], { root: 'x', mode: 'unit', asOf: '2026-10-20', lang: 'en', rules, version: '0' });
    const xml = String(await formatJunit(r, { color: false, quiet: false }));
    expect(xml).toMatch(/failures="0"/);
    expect(xml).not.toMatch(/<failure/);
    expect(xml).toMatch(/\[reviewed error\] signoff\.no-signature.*县创文办: 已核对原件/);
  });
});
