/**
 * A run that fails only because it has more warnings than --max-warnings allows has no error to
 * point at: the screen's result line, the page, JUnit (a failing case of its own, so CI does not
 * show green tests for a red job) and the JSON (summary.maxWarnings) say so. Boundaries: as many
 * warnings as allowed passes and says nothing; one more fails and says why.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { formatters } from '../../src/format/index.js';
import type { RunModel, UnitModel } from '../../src/checks/types.js';
import type { Finding, Lang, Report } from '../../src/types.js';
import { indicatorOf, photo, rules } from '../boundaries/helpers.js';

const rs = rules();
const files = [photo('a.jpg'), photo('b.jpg')].map((f) => ({ ...f, path: `县教育局/III-12/${f.name}` }));
const u: UnitModel = { name: '县教育局', folder: '县教育局', indicators: [{ ...indicatorOf(rs, files), folder: '县教育局/III-12' }], assigned: ['III-12'], rootFiles: [], files };
const warn = (file: string): Finding => ({ ruleId: 'photo.no-exif', severity: 'warning', unit: '县教育局', indicator: 'III-12', file, args: {}, message: 'x' });
function build(lang: Lang, maxWarnings?: number): Report {
  const model: RunModel = { units: [u], files };
  return buildReport(model, files.map((f) => warn(f.path)), { root: '/x', mode: 'unit', asOf: '2025-09-01', lang, rules: rs, version: '9.9', maxWarnings });
}
const opts = { color: false, quiet: false };
const out = (r: Report, f: string) => String(formatters[f]!(r, opts));

describe('--max-warnings says why the run failed', () => {
  it('one warning more than allowed: each format says so', () => {
    const zh = build('zh', 1);
    expect(zh.summary.status).toBe('fail');
    expect(zh.summary.maxWarnings).toBe(1);
    expect(out(zh, 'pretty')).toContain('结果：不通过（警告 2 个，超过 --max-warnings 1）');
    expect(out(zh, 'html')).toContain('警告 2 个，超过 --max-warnings 1，所以不通过。');
    const xml = out(zh, 'junit');
    expect(xml).toMatch(/<testsuites name="ledger-check" tests="4" failures="1" errors="0">/);
    expect(xml).toContain('<failure message="警告 2 个，超过 --max-warnings 1" type="max-warnings">');
    const en = build('en', 1);
    expect(out(en, 'pretty')).toContain('Result: fail (2 warnings, more than --max-warnings 1)');
    expect(out(en, 'junit')).toContain('message="2 warnings, more than --max-warnings 1"');
    expect(JSON.parse(out(en, 'json')).summary.maxWarnings).toBe(1);
  });

  it('as many warnings as allowed, or no limit: passes and says nothing', () => {
    for (const r of [build('zh', 2), build('zh')]) {
      expect(r.summary.status).toBe('pass');
      expect(out(r, 'pretty')).toMatch(/结果：通过\n$/);
      expect(out(r, 'junit')).not.toContain('max-warnings');
      expect(out(r, 'html')).not.toContain('max-warnings');
    }
    expect(build('zh').summary).not.toHaveProperty('maxWarnings');
  });
});
