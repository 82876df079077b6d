/** JUnit XML: one test suite per unit, one test case per file (plus one for unit/indicator findings). */
import type { Finding, Report } from '../types.js';
import type { Formatter } from './types.js';
import { describeLocation } from './location.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export const formatJunit: Formatter = (report) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const head = lines.length;
  const groups = new Map<string, { cases: { name: string; findings: Finding[]; notChecked: boolean }[] }>();
  const group = (unit: string | null) => {
    const k = unit ?? '';
    if (!groups.has(k)) groups.set(k, { cases: [] });
    return groups.get(k)!;
  };
  for (const f of report.files) {
    group(f.unit).cases.push({
      name: f.path,
      findings: report.findings.filter((x) => x.file === f.path),
      notChecked: f.status === 'not-checked',
    });
  }
  for (const u of report.units) {
    group(u.name).cases.push({ name: `${u.folder || u.name} (单位/unit)`, findings: report.findings.filter((x) => x.unit === u.name && !x.file), notChecked: false });
  }
  let tests = 0;
  let failuresAll = 0;
  let errorsAll = 0;
  for (const [unit, g] of groups) {
    const failures = g.cases.filter((c) => !c.notChecked && c.findings.some((f) => f.severity === 'error' && f.status !== 'reviewed')).length;
    const errors = g.cases.filter((c) => c.notChecked).length;
    tests += g.cases.length;
    failuresAll += failures;
    errorsAll += errors;
    lines.push(`  <testsuite name="${esc(unit || report.root)}" tests="${g.cases.length}" failures="${failures}" errors="${errors}">`);
    for (const c of g.cases) {
      // A finding a person settled (status 'reviewed') passes the test case and is listed with who and why.
      const errs = c.findings.filter((f) => f.severity === 'error' && f.status !== 'reviewed');
      const text = c.findings.map((f) => `[${f.status === 'reviewed' ? `reviewed ${f.severity}` : f.severity}] ${f.ruleId}: ${f.message}${f.location ? ` (${describeLocation(f.location, report.lang)})` : ''}${f.review ? ` — ${f.review.by}: ${f.review.reason} (${f.review.at})` : ''}`).join('\n');
      lines.push(`    <testcase classname="${esc(unit || 'ledger-check')}" name="${esc(c.name)}">`);
      if (c.notChecked) lines.push(`      <error message="not checked">${esc(text)}</error>`);
      else if (errs.length) lines.push(`      <failure message="${esc(errs[0]!.ruleId)}">${esc(text)}</failure>`);
      else if (text) lines.push(`      <system-out>${esc(text)}</system-out>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.splice(head, 0, `<testsuites name="ledger-check" tests="${tests}" failures="${failuresAll}" errors="${errorsAll}">`);
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
