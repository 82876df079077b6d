/**
 * final-review21: GitLab's fingerprint hashes the message's raw values, and unit.deadline-passed
 * carries the run's date (检查日期, asOf — today by default): a CI run each day after the deadline
 * saw every unit's deadline finding as a new issue (and the old one fixed). The run's date is no part
 * of a finding's identity; other values still are. SARIF's partialFingerprints leave the values out
 * (adfa2582); both are held to the same day-to-day identity here.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatSarif } from '../../src/format/sarif.js';
import { formatGitlab } from '../../src/format/gitlab.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

const demo = path.join(repoRoot, 'fixtures/demo/台账');
const opts = { color: false, quiet: false };
const sarif = (r: Report) =>
  (JSON.parse(formatSarif(r, opts) as string).runs[0].results as { ruleId: string; partialFingerprints: Record<string, string> }[]).map((x) => [x.ruleId, x.partialFingerprints['ledgerCheck/v2']!] as const);
const gitlab = (r: Report) => (JSON.parse(formatGitlab(r, opts) as string) as { check_name: string; fingerprint: string }[]).map((x) => [x.check_name, x.fingerprint] as const);

let day1: Report;
let day2: Report;
beforeAll(async () => {
  // The demo's deadline is 2026-10-26: both days are after it.
  day1 = await check({ path: demo, asOf: '2027-03-01', ocr: false, nearDuplicates: false });
  day2 = await check({ path: demo, asOf: '2027-03-02', ocr: false, nearDuplicates: false });
});

describe('fingerprints do not hold the run date', () => {
  it('the deadline findings are there, saying the run date', () => {
    const late = day1.findings.filter((f) => f.ruleId === 'unit.deadline-passed');
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((f) => f.args.seen === '2027-03-01')).toBe(true);
  });

  it('GitLab: the same fingerprints the next day', () => {
    expect(gitlab(day2)).toEqual(gitlab(day1));
  });

  it('SARIF: the same fingerprints the next day', () => {
    expect(sarif(day2)).toEqual(sarif(day1));
  });

  it('GitLab: two findings differing in another value still differ', () => {
    const late = day1.findings.find((f) => f.ruleId === 'unit.deadline-passed')!;
    const other = { ...late, args: { ...late.args, expected: '2026-11-30' } };
    const [a, b] = gitlab({ ...day1, findings: [late, other] });
    expect(a![1]).not.toBe(b![1]);
  });
});
