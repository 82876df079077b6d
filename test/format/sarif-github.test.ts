/**
 * SARIF as GitHub code scanning takes it (final-review20, users20):
 * - partialFingerprints were ruleId|file|unit|indicator|location only, so two review.unused findings
 *   about different paths written nowhere (file null, said at the root) shared 'review.unused||||{}'
 *   and code scanning would merge them into one alert: two distinct results never share one now (the
 *   n-th result with the same place counts ':n', as CodeQL's line hashes do), and none moves with the
 *   message's values (some follow the day checked).
 * - GitHub's SARIF checks (sarif-sdk GH1003, "Ghas" rules) want a region with startLine on every
 *   physical location; no result carried a region. A finding is about a whole file or folder (a photo,
 *   a workbook, a folder: no line to point at), so each result is placed at line 1 — the place
 *   GitLab's report already gives (lines.begin 1); the precise place (page, sheet!cell, EXIF tag)
 *   stays in the message and properties.location.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatSarif } from '../../src/format/sarif.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-sarif-github-');
let report: Report;
type Result = {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  properties: { args: Record<string, unknown> };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
};
const resultsOf = (r: Report): Result[] => JSON.parse(formatSarif(r, { color: false, quiet: false }) as string).runs[0].results;

beforeAll(async () => {
  const unit = path.join(repoRoot, 'fixtures/demo/台账/县教育局');
  const sha = crypto.createHash('sha256').update(fs.readFileSync(path.join(unit, '移交签单.jpg'))).digest('hex');
  // Two entries naming files that exist nowhere: two root-level review.unused findings.
  const record = path.join(tmp, 'ledger-check-review.yaml');
  fs.writeFileSync(
    record,
    `version: 1\nentries:\n${['没有/甲.jpg', '没有/乙.jpg']
      .map((f) => `  - file: ${f}\n    sha256: ${sha}\n    rule: signoff.manual-review\n    verdict: accepted\n    reason: 已核对原件\n    by: 县创文办\n    at: 2026-10-20T09:00:00Z\n`)
      .join('')}`,
  );
  const demo = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20', ocr: false, nearDuplicates: false });
  const one = await check({ path: unit, review: record, asOf: '2026-10-20', ocr: false, nearDuplicates: false });
  // And a workbook's finding at a cell (the demo has none).
  const photo = demo.findings.find((f) => f.ruleId === 'register.photo-unlisted')!;
  const cell = { ...photo, ruleId: 'register.cell-unreadable' as const, file: '县文旅局/Ⅲ—12 我们的节日/活动登记表.xlsx', location: { sheet: 'Sheet1', cell: 'B3' } };
  report = { ...demo, findings: [...demo.findings, cell, ...one.findings.filter((f) => f.ruleId === 'review.unused')] };
});

describe('SARIF for GitHub code scanning', () => {
  it('two review.unused findings about different missing paths have different fingerprints', () => {
    const unused = resultsOf(report).filter((r) => r.ruleId === 'review.unused');
    expect(new Set(unused.map((r) => r.properties.args.written))).toEqual(new Set(['没有/甲.jpg', '没有/乙.jpg']));
    expect(unused[0]!.partialFingerprints['ledgerCheck/v2']).not.toBe(unused[1]!.partialFingerprints['ledgerCheck/v2']);
  });

  it('no two results share a fingerprint', () => {
    const results = resultsOf(report);
    const distinct = new Set(results.map((r) => JSON.stringify({ ruleId: r.ruleId, loc: r.locations, args: r.properties.args })));
    const fps = new Set(results.map((r) => r.partialFingerprints['ledgerCheck/v2']));
    expect(fps.size).toBe(distinct.size);
  });

  it('a fingerprint is the same on the next run', () => {
    expect(resultsOf(report).map((r) => r.partialFingerprints)).toEqual(resultsOf({ ...report }).map((r) => r.partialFingerprints));
  });

  it("a fingerprint does not move with the message's values (a date checked against the day of the run)", () => {
    // Checked a day later, a finding whose message names the day (seen: asOf) is the same alert.
    const later = { ...report, findings: report.findings.map((f) => (f.ruleId === 'festival.missing' ? { ...f, args: { ...f.args, seen: '2026-10-21' } } : f)) };
    const before = resultsOf(report).find((r) => r.ruleId === 'festival.missing')!;
    const after = resultsOf(later).find((r) => r.ruleId === 'festival.missing')!;
    expect(after.properties.args.seen).toBe('2026-10-21');
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
  });

  it('every result has a physical location with a non-empty uri and a region with startLine >= 1', () => {
    const results = resultsOf(report);
    // Photos, workbooks and folders are among them.
    expect(results.some((r) => /\.(jpe?g|png)$/i.test(r.locations[0]!.physicalLocation.artifactLocation.uri))).toBe(true);
    expect(results.some((r) => /\.xlsx$/i.test(r.locations[0]!.physicalLocation.artifactLocation.uri))).toBe(true);
    expect(results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('/'))).toBe(true);
    for (const r of results) {
      expect(r.locations.length).toBeGreaterThan(0);
      for (const l of r.locations) {
        expect(l.physicalLocation.artifactLocation.uri).not.toBe('');
        expect(l.physicalLocation.region?.startLine).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
