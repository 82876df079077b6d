/**
 * JUnit follows --lang like every other format: the unit's own test case, the severity tags, the
 * reviewed note, locations and the not-checked reason are all in the run's language.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatJunit } from '../../src/format/junit.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

const demo = path.join(repoRoot, 'fixtures/demo/台账');
let zh: Report;
let en: Report;
// Without OCR (the words under test do not depend on it; the scans stay not checked, which the test needs).
beforeAll(async () => {
  zh = await check({ path: demo, asOf: '2026-10-20', ocr: false });
  en = await check({ path: demo, asOf: '2026-10-20', lang: 'en', ocr: false });
}, 240_000);
const xml = (r: Report) => String(formatJunit(r, { color: false, quiet: false }));
/** The words the JUnit formatter itself writes (not names or text from the folder), per language. */
const OWN = { zh: ['单位材料', '[错误', '[警告', '[提示', '已人工确认', '未检查'], en: ['unit material', '[error]', '[warning]', '[info]', '[reviewed ', 'not checked'] };
describe('junit follows --lang', () => {
  it('zh: the unit case is 单位材料, tags are 错误/警告, no English word of its own', () => {
    const x = xml(zh);
    expect(x).toContain('name="县文旅局（单位材料）"');
    expect(x).not.toContain('单位/unit');
    expect(x).toMatch(/\[错误\] material\.signoff-missing：/);
    expect(x).toMatch(/\[警告\] /);
    expect(x).toMatch(/message="未检查：/);
    for (const word of OWN.en) expect(x).not.toContain(word);
  });
  it('en: the unit case is "unit material", tags are English, no Chinese word of its own', () => {
    const x = xml(en);
    expect(x).toContain('name="县文旅局 (unit material)"');
    expect(x).not.toContain('单位/unit');
    expect(x).toMatch(/\[error\] material\.signoff-missing: /);
    expect(x).toMatch(/message="not checked — /);
    for (const word of OWN.zh) expect(x).not.toContain(word);
  });
  it('test suites follow the units in the rule file’s order, as the screen, page and workbook list them', () => {
    const suites = [...xml(zh).matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1]);
    expect(suites).toEqual(zh.units.map((u) => u.name));
    expect(suites).toEqual(['县教育局', '县文旅局', '县卫健委', '县市场监管局']);
  });
  it('a place is in brackets, as on the screen (never （照片拍摄时间（EXIF））)', () => {
    expect(xml(zh)).toContain('不在测评周期 2025-08-01 ~ 2026-07-31 内 [照片拍摄时间（EXIF）]');
    expect(xml(zh)).not.toContain('（EXIF））');
    expect(xml(en)).toContain('outside the evaluation period 2025-08-01 to 2026-07-31 [EXIF DateTimeOriginal]');
  });

  it('a reviewed finding says so in the run’s language', () => {
    const at = zh.findings.findIndex((f) => f.file && f.severity === 'error');
    const reviewed = (r: Report): Report => ({ ...r, findings: r.findings.map((f, i) => (i === at ? { ...f, status: 'reviewed' as const, review: { verdict: 'confirmed', by: '县创文办', reason: '已核对原件', at: '2026-10-20' } } : f)) } as Report);
    expect(xml(reviewed(zh))).toContain('，已人工确认] ');
    expect(xml(reviewed(zh))).toContain('——县创文办：已核对原件（2026-10-20）');
    expect(xml(reviewed(en))).toContain('[reviewed error] ');
    expect(xml(reviewed(en))).toContain(' — 县创文办: 已核对原件 (2026-10-20)');
  });
});

describe('junit: every checked file is a test case, and the counts are the cases', () => {
  /** The suites and their cases as written: attributes and the outcome element of each case. */
  function parse(x: string) {
    const suites: { name: string; tests: number; failures: number; errors: number; cases: { name: string; outcome: 'failure' | 'error' | 'pass' }[] }[] = [];
    for (const m of x.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)" errors="(\d+)">([\s\S]*?)<\/testsuite>/g)) {
      const cases = [...m[5]!.matchAll(/<testcase classname="[^"]*" name="([^"]*)">\n(?:\s+<(failure|error)\b)?/g)].map((c) => ({ name: c[1]!, outcome: (c[2] ?? 'pass') as 'failure' | 'error' | 'pass' }));
      suites.push({ name: m[1]!, tests: Number(m[2]), failures: Number(m[3]), errors: Number(m[4]), cases });
    }
    const top = /<testsuites name="ledger-check" tests="(\d+)" failures="(\d+)" errors="(\d+)">/.exec(x)!;
    return { suites, tests: Number(top[1]), failures: Number(top[2]), errors: Number(top[3]) };
  }
  const unesc = (s: string) => s.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  it.each([['zh'], ['en']] as const)('%s: passing files too, each once, its outcome the report’s file status', (lang) => {
    const r = lang === 'zh' ? zh : en;
    const j = parse(xml(r));
    const cases = j.suites.flatMap((s) => s.cases.map((c) => ({ ...c, name: unesc(c.name) })));
    const outcome = { pass: 'pass', reviewed: 'pass', fail: 'failure', 'not-checked': 'error' } as const;
    for (const f of r.files) expect(cases.filter((c) => c.name === f.path).map((c) => c.outcome), f.path).toEqual([outcome[f.status]]);
    expect(r.files.filter((f) => f.status === 'pass').length).toBeGreaterThan(20);
    // Attributes count the cases written, per suite and in all.
    for (const s of j.suites) {
      expect(s.tests, s.name).toBe(s.cases.length);
      expect(s.failures, s.name).toBe(s.cases.filter((c) => c.outcome === 'failure').length);
      expect(s.errors, s.name).toBe(s.cases.filter((c) => c.outcome === 'error').length);
    }
    expect(j.tests).toBe(cases.length);
    expect(j.failures).toBe(cases.filter((c) => c.outcome === 'failure').length);
    expect(j.errors).toBe(cases.filter((c) => c.outcome === 'error').length);
    // The file cases are the report's files; the rest are one unit-material case per unit.
    expect(cases.length).toBe(r.files.length + r.units.length);
  });
});
