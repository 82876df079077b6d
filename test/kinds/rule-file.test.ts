/**
 * `materials:` in a rule file: the short forms are sugar for it (same resolved indicator), saying
 * a kind both ways or twice is a positioned load error, and layers merge entry by entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';
import { ruleIds } from '../../src/messages/index.js';
import { ruleProblems } from '../core/rule-problems.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('lc-kinds-');
let n = 0;
const write = (text: string) => {
  const p = path.join(dir, `r${n++}.yaml`);
  fs.writeFileSync(p, text);
  return p;
};
const HEAD = 'name: t\nversion: 1\nperiod: { start: 2024-08-01, end: 2025-07-31 }\ndeadline: 2025-10-26\nindicators:\n';
const load = (indicators: string) => loadRules({ file: write(HEAD + indicators), knownRuleIds: ruleIds });
const one = (indicator: string) => load(indicator).indicators[0]!;

describe('short forms are sugar for materials:', () => {
  it('gives the same resolved indicator written either way', () => {
    const sugar = one(
      '  - code: Ⅲ—12\n    name: 节日\n    photos: { min: 5, caption: [时间, 地点] }\n    report: { required: false, minChars: 500 }\n' +
        '    evaluation: required\n    register: { required: true, perFestival: 2 }\n    documents: { required: true }\n',
    );
    const typed = one(
      '  - code: Ⅲ—12\n    name: 节日\n    materials:\n      - { kind: photo, min: 5, caption: [时间, 地点] }\n      - { kind: report, min: 0, minChars: 500 }\n' +
        '      - { kind: evaluation, min: 1 }\n      - { kind: register, min: 1, perFestival: 2 }\n      - { kind: document, min: 1 }\n',
    );
    expect(typed).toEqual(sugar);
    expect(sugar.photos).toMatchObject({ min: 5, caption: ['时间', '地点'] });
    expect(sugar.report).toMatchObject({ required: false, minChars: 500 });
    expect(sugar.evaluation).toBe('required');
    expect(sugar.register).toMatchObject({ required: true, perFestival: 2 });
    expect(sugar.documents).toEqual({ required: true });
  });

  it('an indicator that says nothing gets every singleton kind from the defaults', () => {
    const ind = one('  - { code: Ⅲ—12, name: 节日 }\n');
    expect(ind.materials.map((m) => [m.kind, m.min])).toEqual([['photo', 3], ['report', 1], ['evaluation', 0], ['register', 0]]);
    expect(ind.documents).toEqual({ required: false });
  });

  it('evaluation: optional and none ask for nothing', () => {
    expect(one('  - { code: Ⅲ—12, name: 节日, evaluation: optional }\n').materials.find((m) => m.kind === 'evaluation')!.min).toBe(0);
    expect(one('  - { code: Ⅲ—12, name: 节日, evaluation: none }\n').evaluation).toBe('none');
  });

  it('document and screenshot entries keep their own parameters, defaults filled in', () => {
    const ind = one(
      '  - code: Ⅲ—12\n    name: 节日\n    materials:\n      - { kind: document, match: [会议记录], min: 2 }\n      - { kind: document, match: [工作方案] }\n      - { kind: screenshot, online: true }\n',
    );
    const extra = ind.materials.slice(4);
    expect(extra).toMatchObject([
      { kind: 'document', match: ['会议记录'], min: 2 },
      { kind: 'document', match: ['工作方案'], min: 1 },
      { kind: 'screenshot', online: true, min: 1 },
    ]);
    expect((extra[2]!.cues as string[]).length).toBeGreaterThan(0);
    expect(ind.documents).toEqual({ required: false }); // only a document entry without cues is 正式发文
  });

  it('the built-in set loads, every indicator with its materials', () => {
    const r = loadRules();
    for (const ind of r.indicators) expect(ind.materials.slice(0, 4).map((m) => m.kind)).toEqual(['photo', 'report', 'evaluation', 'register']);
    expect(r.indicators.find((i) => i.key === 'III-12')!.materials.find((m) => m.kind === 'photo')).toMatchObject({ within: 'festival' });
  });
});

describe('load errors', () => {
  it('a kind said both in short form and under materials: is refused at the short form', () => {
    const f = write(HEAD + '  - code: Ⅲ—12\n    name: 节日\n    photos: { min: 3 }\n    materials:\n      - { kind: photo, min: 5 }\n');
    const p = ruleProblems(f);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ line: 8, col: 5 });
    expect(p[0]!.message).toContain('photos');
    expect(p[0]!.message).toContain('kind: photo');
    expect(ruleProblems(f, 'en')[0]!.message).toMatch(/say each material once/);
  });
  it('documents: with a document entry under materials: is refused too', () => {
    const p = ruleProblems(write(HEAD + '  - code: Ⅲ—12\n    name: 节日\n    documents: { required: true }\n    materials: [{ kind: document, match: [会议记录] }]\n'));
    expect(p[0]!.message).toContain('kind: document');
  });
  it('the same requirement twice under materials: is refused at the second', () => {
    const p = ruleProblems(write(HEAD + '  - code: Ⅲ—12\n    name: 节日\n    materials:\n      - { kind: document, match: [会议记录] }\n      - { kind: document, match: [会议记录], min: 2 }\n'));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ line: 10 });
    expect(ruleProblems(write(HEAD + '  - code: Ⅲ—12\n    name: 节日\n    materials: [{ kind: photo }, { kind: photo, min: 2 }]\n'))).toHaveLength(1);
  });
  it('two documents with different cues are two requirements', () => {
    expect(() => load('  - code: Ⅲ—12\n    name: 节日\n    materials: [{ kind: document, match: [会议记录] }, { kind: document, match: [制度] }]\n')).not.toThrow();
  });
  it('an unknown key in an entry gets a "did you mean"', () => {
    const p = ruleProblems(write(HEAD + '  - code: Ⅲ—12\n    name: 节日\n    materials: [{ kind: document, matches: [会议记录] }]\n'));
    expect(p.map((x) => x.message).join('\n')).toMatch(/matches.*match/);
  });
  it('an unknown kind is refused', () => {
    expect(ruleProblems(write(HEAD + '  - code: Ⅲ—12\n    name: 节日\n    materials: [{ kind: photos, min: 2 }]\n')).length).toBeGreaterThan(0);
  });
  it('report/evaluation/register min is 0 or 1 (count documents with kind: document)', () => {
    expect(ruleProblems(write(HEAD + '  - code: Ⅲ—12\n    name: 节日\n    materials: [{ kind: report, min: 2 }]\n')).length).toBe(1);
  });
  it('report cues under materials: are checked as RE2 patterns like the short form', () => {
    const p = ruleProblems(write(HEAD + "  - code: Ⅲ—12\n    name: 节日\n    materials: [{ kind: report, summaryCues: ['(?=x)'] }]\n"));
    expect(p[0]!.message).toMatch(/RE2/);
  });
});

describe('layers merge entry by entry', () => {
  it("a county's materials: entry overrides the built-in short form's parameters it names, keeping the rest", () => {
    const f = write('extends: builtin\nindicators:\n  - code: Ⅰ—1\n    materials:\n      - { kind: photo, min: 6 }\n      - { kind: document, match: [会议记录], min: 2 }\n');
    const ind = loadRules({ file: f, knownRuleIds: ruleIds }).indicators.find((i) => i.key === 'I-1')!;
    expect(ind.photos.min).toBe(6);
    expect(ind.photos.caption).toEqual(['时间', '地点', '主讲人', '宣讲主题']); // from the built-in entry
    expect(ind.report.minChars).toBe(500);
    expect(ind.materials.filter((m) => m.kind === 'document')).toMatchObject([{ match: ['会议记录'], min: 2 }]);
  });
  it('a later layer can switch a requirement off', () => {
    const f = write('extends: builtin\nindicators:\n  - code: Ⅱ—8\n    evaluation: none\n');
    expect(loadRules({ file: f, knownRuleIds: ruleIds }).indicators.find((i) => i.key === 'II-8')!.evaluation).toBe('none');
  });
});
