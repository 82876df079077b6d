/**
 * A finding on a path that is no file of the report — a rule, review or ignore file planted in the
 * checked folder (file.rules-inside-material) — is counted in the summary, so the screen lists it
 * too, where it sits (unit material, indicator, or the county root), with its path.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { formatPretty } from '../../src/format/pretty.js';
import { formatters } from '../../src/format/index.js';
import { renderMessage } from '../../src/messages/index.js';
import type { RunModel, UnitModel } from '../../src/checks/types.js';
import type { Finding, Lang, Report } from '../../src/types.js';
import { indicatorOf, photo, rules } from '../boundaries/helpers.js';

const rs = rules();
const files = [photo('a.jpg')].map((f) => ({ ...f, unit: '县教育局', indicator: 'III-12', path: `县教育局/III-12/${f.name}` }));
const u: UnitModel = { name: '县教育局', folder: '县教育局', indicators: [{ ...indicatorOf(rs, files), folder: '县教育局/III-12' }], assigned: ['III-12'], rootFiles: [], files };
const planted = (file: string, unit: string | null, indicator: string | null, lang: Lang): Finding => {
  const args = { name: file.split('/').pop()! };
  return { ruleId: 'file.rules-inside-material', severity: 'warning', unit, indicator, file, args, message: renderMessage('file.rules-inside-material', lang, args) };
};
function build(lang: Lang): Report {
  const model: RunModel = { units: [u], files };
  const findings = [planted('.ledger-check.yaml', null, null, lang), planted('县教育局/.ledgercheckignore', '县教育局', null, lang), planted('县教育局/III-12/ledger-check-review.yaml', '县教育局', 'III-12', lang)];
  return buildReport(model, findings, { root: '/x', mode: 'county', asOf: '2025-09-01', lang, rules: rs, version: '9.9' });
}

describe('planted control files on the screen', () => {
  it('each is listed with its path, as counted', () => {
    const r = build('zh');
    expect(r.summary.warnings).toBe(3);
    const out = formatPretty(r, { color: false, quiet: false });
    const lines = out.split('\n').filter((l) => l.includes('file.rules-inside-material') && l.includes('警告'));
    expect(lines).toHaveLength(3);
    for (const p of ['（.ledger-check.yaml）', '（县教育局/.ledgercheckignore）', '（县教育局/III-12/ledger-check-review.yaml）']) expect(out).toContain(p);
    // the unit's one under 单位材料, the indicator's under its indicator
    expect(out.indexOf('单位材料')).toBeLessThan(out.indexOf('县教育局/.ledgercheckignore'));
    expect(out.indexOf('县教育局/.ledgercheckignore')).toBeLessThan(out.indexOf('县教育局/III-12/ledger-check-review.yaml'));
    expect(formatPretty(build('en'), { color: false, quiet: false })).toContain(' (县教育局/.ledgercheckignore)');
  });
  it('in JUnit, a unit’s planted file is in the unit’s case', () => {
    const xml = formatters.junit!(build('zh'), { color: false, quiet: false }) as string;
    const unitCase = /<testcase classname="县教育局" name="县教育局（单位材料）">(.*?)<\/testcase>/s.exec(xml)![1]!;
    expect(unitCase).toContain('.ledgercheckignore');
    expect(unitCase).toContain('ledger-check-review.yaml');
  });
});
