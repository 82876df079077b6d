import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleProblems } from './rule-problems.js';
import { loadRules } from '../../src/rules/load.js';
import { ruleIds } from '../../src/messages/index.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('lc-rules-');
const write = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};
const problems = ruleProblems;

describe('rule files', () => {
  it('loads the built-in set with every indicator resolved', () => {
    const r = loadRules();
    expect(r.period).toEqual({ start: '2025-08-01', end: '2026-07-31' });
    const festival = r.indicators.find((i) => i.key === 'III-12')!;
    expect(festival.photos.min).toBe(3);
    expect(festival.photos.within).toBe('festival');
    expect(festival.report.minChars).toBe(500);
    expect(festival.evaluation).toBe('required');
    expect(r.units['县教育局']).toContain('III-12');
  });

  it('merges a county file over the built-in set (extends: builtin)', () => {
    const f = write('county.yaml', [
      '# 清河县',
      'name: 清河县规则',
      'version: 2025.1',
      'extends: builtin',
      'period: { start: 2024-08-01, end: 2025-07-31 }',
      'defaults:',
      '  photo: { minWidth: 1280 }',
      'units:',
      '  县教育局: [Ⅲ—12]',
      'indicators:',
      '  - code: III-12',
      '    name: 我们的节日',
      '    photos: { min: 5 }',
      'severity:',
      '  photo.no-exif: off',
    ].join('\n'));
    const r = loadRules({ file: f, knownRuleIds: ruleIds });
    expect(r.name).toBe('清河县规则');
    expect(r.period.start).toBe('2024-08-01');
    expect(r.deadline).toBe('2026-10-26'); // inherited
    const ind = r.indicators.find((i) => i.key === 'III-12')!;
    expect(ind.photos.min).toBe(5);
    expect(ind.photos.within).toBe('festival'); // kept from built-in
    expect(ind.photos.minWidth).toBe(1280); // county default reaches built-in indicators
    expect(r.units['县教育局']).toEqual(['III-12']);
    expect(r.severity['photo.no-exif']).toBe('off');
  });

  it('reports a YAML syntax error with line and column', () => {
    const f = write('syntax.yaml', 'name: x\nversion: 1\nperiod: { start: 2025-01-01, end: [\n');
    const p = problems(f);
    expect(p[0]!.file).toBe(f);
    expect(p[0]!.line).toBeGreaterThanOrEqual(3);
    expect(p[0]!.message).toMatch(/YAML 语法错误/);
  });

  it('points at an unknown key and a wrong type', () => {
    const f = write('keys.yaml', [
      'name: x',
      'version: 1',
      'period: { start: 2025-01-01, end: 2025-12-31 }',
      'deadline: 2026-01-10',
      'indicators:',
      '  - code: Ⅲ—12',
      '    name: 我们的节日',
      '    photos:',
      '      min: 三张',
      '      minWidht: 1024',
    ].join('\n'));
    const p = problems(f);
    const byLine = Object.fromEntries(p.map((x) => [x.line, x]));
    expect(byLine[9]).toMatchObject({ col: 12 });
    expect(byLine[9]!.message).toContain('indicators.0.photos.min');
    expect(byLine[10]).toMatchObject({ col: 7 });
    expect(byLine[10]!.message).toContain('minWidht');
  });

  it('rejects unknown rule ids, bad codes, bad dates and inverted periods', () => {
    const f = write('semantic.yaml', [
      'name: x',
      'version: 1',
      'period: { start: 2025-12-31, end: 2025-01-01 }',
      'deadline: 2026-02-30',
      'units: { 县教育局: [十二] }',
      'severity: { photo.no-exfi: warning }',
    ].join('\n'));
    const p = problems(f).map((x) => `${x.line}:${x.message}`);
    expect(p.some((m) => m.startsWith('4:') && m.includes('deadline'))).toBe(true);
    // zod stops at the schema stage; the semantic stage runs on a file that passes it:
    const g = write('semantic2.yaml', [
      'name: x',
      'version: 1',
      'period: { start: 2025-12-31, end: 2025-01-01 }',
      'deadline: 2026-02-10',
      'units: { 县教育局: [十二] }',
      'severity: { photo.no-exfi: warning }',
    ].join('\n'));
    const q = problems(g).map((x) => `${x.line}:${x.message}`);
    expect(q).toEqual(expect.arrayContaining([
      expect.stringMatching(/^3:测评周期的开始日期晚于结束日期/),
      expect.stringMatching(/^5:无法识别的指标编号.*十二/),
      expect.stringMatching(/^6:未知的规则编号：photo\.no-exfi（是不是 photo\.no-exif？）/),
    ]));
  });

  it('speaks English with lang en', () => {
    const f = write('en.yaml', 'name: x\nversion: 1\nbogus: 1\n');
    const p = problems(f, 'en');
    expect(p[0]!.line).toBe(3);
    expect(p[0]!.message).toMatch(/bogus/);
    expect(p[0]!.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads JSON rule files with positions too', () => {
    const f = write('r.json', '{\n  "name": "x",\n  "version": "1",\n  "extends": "builtin",\n  "deadline": "2026-13-01"\n}\n');
    const p = problems(f);
    expect(p[0]!.line).toBe(5);
  });

  it('needs a period when it does not extend the built-in set', () => {
    const f = write('noperiod.yaml', 'name: x\nversion: 1\ndeadline: 2026-01-10\n');
    expect(problems(f)[0]!.message).toMatch(/缺少测评周期/);
  });

  it('refuses a key named __proto__ where it stands, in YAML and JSON, instead of dropping it', () => {
    const y = write('proto.yaml', 'extends: builtin\nunits:\n  县教育局: [Ⅲ—12]\n  __proto__: [Ⅲ—12]\n');
    const p = problems(y);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ line: 4, col: 3 });
    expect(p[0]!.message).toMatch(/__proto__/);
    const j = write('proto.json', '{"extends": "builtin", "units": {"__proto__": ["Ⅲ—12"]}}');
    expect(problems(j, 'en')[0]!.message).toMatch(/__proto__ cannot be used/);
    // A quoted value or a key that merely contains it is fine.
    const ok = write('proto-ok.yaml', 'extends: builtin\nunits:\n  县教育局__proto__: [Ⅲ—12]\n');
    expect(loadRules({ file: ok }).units['县教育局__proto__']).toEqual(['III-12']);
  });
});
