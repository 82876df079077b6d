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
