/**
 * Names that are also Object.prototype's own (constructor, toString, valueOf, hasOwnProperty,
 * __proto__) are ordinary names: as unit folders, file names, extensions, rule-file units and
 * element names they neither crash the run nor change anyone's verdict.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { dict, own } from '../../src/util/dict.js';
import { extensionFormat } from '../../src/formats/extensions.js';
import { ruleIds, catalog } from '../../src/messages/index.js';
import { tempDir } from '../helpers/temp.js';

const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
const tmp = tempDir('lc-proto-');

const write = (rel: string, data: Buffer | string) => {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
};

describe('a county whose unit folders are named like Object.prototype properties', () => {
  const county = path.join('county', '台账');
  const pdf = makePdf({ pages: [['县教育局关于节日活动的说明报告']] });
  // 县测试局 is the control: a unit the built-in rules do not know either.
  for (const u of [...NAMES, '县测试局']) {
    write(`${county}/${u}/Ⅲ—12 我们的节日/说明报告.pdf`, pdf);
    write(`${county}/${u}/Ⅲ—12 我们的节日/${NAMES[0]}.pdf`, pdf);
    write(`${county}/${u}/Ⅲ—12 我们的节日/x.constructor`, 'x');
    write(`${county}/${u}/__proto__/toString.pdf`, pdf);
  }

  it('runs to a report for every unit (no crash), each judged on its own material', async () => {
    const r = await check({ path: path.join(tmp, county), asOf: '2025-10-20' });
    expect(r.mode).toBe('county');
    const byUnit = new Map(r.units.filter((u) => u.folder !== null).map((u) => [u.name, u]));
    expect([...byUnit.keys()].sort()).toEqual([...NAMES, '县测试局'].sort());
    // The same material in every folder: every unit gets the same findings as 县测试局, bar its name.
    const shape = (unit: string) =>
      r.findings
        .filter((f) => f.unit === unit)
        .map((f) => `${f.ruleId}|${(f.file ?? '').split('/').slice(1).join('/')}`)
        .sort();
    expect(shape('县测试局').length).toBeGreaterThan(5);
    for (const u of NAMES) expect(shape(u)).toEqual(shape('县测试局'));
    // A file called x.constructor is an unrecognised file, like x.whatever.
    expect(r.findings.filter((f) => f.file === 'constructor/Ⅲ—12 我们的节日/x.constructor').map((f) => f.ruleId)).toContain('file.unrecognized');
  });

  it('a rule file naming such units assigns them work like any other name', async () => {
    write('rules.yaml', ['name: t', 'version: "1"', 'extends: builtin', 'units:', ...NAMES.filter((n) => n !== '__proto__').map((n) => `  ${n}: [Ⅲ—12, Ⅲ—15]`), '  县测试局: [Ⅲ—12, Ⅲ—15]', 'defaults:', '  report:', '    elements:', '      constructor: { cues: [测试] }', ''].join('\n'));
    const r = await check({ path: path.join(tmp, county), rules: path.join(tmp, 'rules.yaml'), asOf: '2025-10-20' });
    const assigned = Object.fromEntries(r.units.map((u) => [u.name, u.indicatorsAssigned]));
    for (const n of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '县测试局']) expect(assigned[n]).toBe(2);
    // An element named constructor is looked for like any element.
    expect(r.findings.some((f) => f.ruleId === 'report.element-missing' && f.args.element === 'constructor')).toBe(true);
  });
});

describe('the lookups themselves', () => {
  it('dict and own see only own keys', () => {
    const d = dict<number>();
    for (const n of NAMES) expect(d[n]).toBeUndefined();
    d.__proto__ = 1;
    expect(Object.keys(d)).toEqual(['__proto__']);
    expect(own({ a: 1 } as Record<string, number>, 'constructor')).toBeUndefined();
    expect(own(JSON.parse('{"__proto__": 2}') as Record<string, number>, '__proto__')).toBe(2);
    expect(dict([['toString', 3]]).toString).toBe(3);
  });
  it('extensions and rule ids named like prototype properties are unknown, not functions', () => {
    expect(extensionFormat('x.constructor')).toBeNull();
    expect(ruleIds.has('constructor')).toBe(false);
    expect(catalog.toString).toBeUndefined();
  });
});
