import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { batched, jsonChunks, LazyArray } from '../../src/format/json-stream.js';
import { chunkFormatters, formatters } from '../../src/format/index.js';
import { describeLocation } from '../../src/format/location.js';
import type { Finding, Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

const joined = (v: unknown, depth: number) => [...jsonChunks(v, depth)].join('');

describe('jsonChunks: JSON.stringify(value, null, 2) in pieces', () => {
  const nullProto = Object.assign(Object.create(null) as object, { a: 1, b: [1, { c: 2 }] });
  const values: unknown[] = [
    { a: 1, b: 'x\ny "q" \\ 中文 \u2028', c: null, d: [], e: {}, f: [[], [{}], [1, [2, [3]]]] },
    { skip: undefined, fn: () => 1, sym: Symbol('s'), keep: 0, neg: -0, nan: NaN, inf: -Infinity },
    [undefined, () => 1, Symbol('s'), null, 'a', 1.5, true],
    { date: new Date(Date.UTC(2026, 0, 2)), map: new Map([[1, 2]]), set: new Set([1]), boxed: Object(5), proto: nullProto },
    { toJSON: () => ({ replaced: [1, 2] }) },
    { nested: { toJSON: (key: string) => `key=${key}` } },
    [{ toJSON: (key: string) => ({ at: key, again: { toJSON: () => 'inner' }, self: { toJSON: () => 'no' } }) }],
    { gone: { toJSON: () => undefined }, kept: 1, list: [{ toJSON: () => undefined }] },
    { twice: { toJSON: () => ({ toJSON: () => 'called twice' }) } },
    { only: undefined },
    { 2: 'two', 1: 'one', b: 'b', a: 'a' },
    [[[[[[]]]]]],
    [{ files: [{ path: 'a/b.jpg', findings: 2 }], units: [{ name: '单位', indicators: [{ code: 'I-1' }] }] }],
    [],
    {},
    'text',
    42,
    null,
  ];
  it.each(values.map((v, i) => [i, v]))('value %i at every depth', (_, v) => {
    for (let depth = 0; depth <= 6; depth++) expect(joined(v, depth)).toBe(JSON.stringify(v, null, 2));
  });

  it('a lazy array is serialised as the mapped array, each item made only when it is written', () => {
    let made = 0;
    const lazy = new LazyArray([1, 2, 3], (n: number, i: number) => {
      made++;
      return { n, i, sq: [n * n] };
    });
    const doc = { head: 'h', items: lazy, tail: new LazyArray([], () => 1) };
    const it = jsonChunks(doc, 1);
    let text = '';
    for (let r = it.next(); !r.done; r = it.next()) {
      text += r.value;
      // Never more made than has begun to be written.
      expect(made).toBeLessThanOrEqual((text.match(/"n":/g) ?? []).length + 1);
    }
    expect(made).toBe(3);
    expect(text).toBe(JSON.stringify({ head: 'h', items: [1, 2, 3].map((n, i) => ({ n, i, sq: [n * n] })), tail: [] }, null, 2));
    // Given whole to JSON.stringify, it is the mapped array too.
    expect(JSON.stringify(doc)).toBe(JSON.stringify({ head: 'h', items: [1, 2, 3].map((n, i) => ({ n, i, sq: [n * n] })), tail: [] }));
  });

  it('batched joins pieces into pieces of about the size asked, losing nothing', () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => `p${i};`);
    const out = [...batched(pieces, 100)];
    expect(out.join('')).toBe(pieces.join(''));
    expect(out.length).toBeGreaterThan(30);
    for (const b of out.slice(0, -1)) expect(b.length).toBeGreaterThanOrEqual(100);
    expect([...batched([], 100)]).toEqual([]);
  });
});

/** JUnit as it was made before it came in pieces: every file's findings searched in the whole list. */
function junitBefore(report: Report): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const groups = new Map<string, { name: string; findings: Finding[]; notChecked: boolean }[]>();
  const group = (unit: string | null) => groups.get(unit ?? '') ?? groups.set(unit ?? '', []).get(unit ?? '')!;
  for (const u of report.units) group(u.name); // suites in the rule file's order of units (users17)
  for (const f of report.files) group(f.unit).push({ name: f.path, findings: report.findings.filter((x) => x.file === f.path), notChecked: f.status === 'not-checked' });
  const zh = report.lang === 'zh';
  for (const u of report.units) group(u.name).push({ name: zh ? `${u.folder || u.name}（单位材料）` : `${u.folder || u.name} (unit material)`, findings: report.findings.filter((x) => x.unit === u.name && !x.file), notChecked: false });
  let tests = 0;
  let fa = 0;
  let ea = 0;
  for (const [unit, cases] of groups) {
    const failures = cases.filter((c) => !c.notChecked && c.findings.some((f) => f.severity === 'error' && f.status !== 'reviewed')).length;
    const errors = cases.filter((c) => c.notChecked).length;
    tests += cases.length;
    fa += failures;
    ea += errors;
    lines.push(`  <testsuite name="${esc(unit || report.root)}" tests="${cases.length}" failures="${failures}" errors="${errors}">`);
    for (const c of cases) {
      const errs = c.findings.filter((f) => f.severity === 'error' && f.status !== 'reviewed');
      const sev = (f: Finding) => (zh ? { error: '错误', warning: '警告', info: '提示' } : { error: 'error', warning: 'warning', info: 'info' })[f.severity];
      const tag = (f: Finding) => (f.status === 'reviewed' ? (zh ? `[${sev(f)}，已人工确认]` : `[reviewed ${sev(f)}]`) : `[${sev(f)}]`);
      const why = (f: Finding) => (zh ? `${f.ruleId}：${f.message}` : `${f.ruleId}: ${f.message}`);
      const where = (f: Finding) => {
        const loc = describeLocation(f.location, report.lang);
        return loc && !f.message.includes(loc) ? ` [${loc}]` : '';
      };
      const review = (f: Finding) => (!f.review ? '' : zh ? `——${f.review.by}：${f.review.reason}（${f.review.at}）` : ` — ${f.review.by}: ${f.review.reason} (${f.review.at})`);
      const text = c.findings.map((f) => `${tag(f)} ${why(f)}${where(f)}${review(f)}`).join('\n');
      lines.push(`    <testcase classname="${esc(unit || 'ledger-check')}" name="${esc(c.name)}">`);
      const reason = c.findings.find((f) => f.severity === 'error' && f.status !== 'reviewed') ?? c.findings.find((f) => f.status !== 'reviewed');
      const notChecked = zh ? `未检查${reason ? `：${why(reason)}` : ''}` : `not checked${reason ? ` — ${why(reason)}` : ''}`;
      if (c.notChecked) lines.push(`      <error message="${esc(notChecked)}" type="not-checked">${esc(text)}</error>`);
      else if (errs.length) lines.push(`      <failure message="${esc(why(errs[0]!))}" type="${esc(errs[0]!.ruleId)}">${esc(text)}</failure>`);
      else if (text) lines.push(`      <system-out>${esc(text)}</system-out>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.splice(1, 0, `<testsuites name="ledger-check" tests="${tests}" failures="${fa}" errors="${ea}">`);
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

describe('formats in pieces: the same bytes as one string', () => {
  let report: Report;
  beforeAll(async () => {
    report = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20' });
  });
  const opts = { color: false, quiet: false };

  it('json is JSON.stringify(report, null, 2) and a line break', async () => {
    expect(report.findings.length).toBeGreaterThan(10);
    expect(await formatters.json!(report, opts)).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('gitlab and sarif are the JSON of what they describe', async () => {
    for (const f of ['gitlab', 'sarif']) {
      const text = (await formatters[f]!(report, opts)) as string;
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('junit is what the whole-list search made', async () => {
    expect(await formatters.junit!(report, opts)).toBe(junitBefore(report));
    // With a reviewed finding and one about a unit, too.
    const tweaked: Report = { ...report, findings: report.findings.map((x, i) => (i === 0 ? { ...x, status: 'reviewed', review: { by: '张三', reason: '已核实', at: '2026-10-01' } } as Finding : x)) };
    expect(await formatters.junit!(tweaked, opts)).toBe(junitBefore(tweaked));
  });

  it('every format in pieces joins to its one-string form', async () => {
    for (const [name, pieces] of Object.entries(chunkFormatters)) {
      expect([...pieces(report, opts)].length, name).toBeGreaterThan(5);
      expect([...pieces(report, opts)].join(''), name).toBe(await formatters[name]!(report, opts));
    }
  });
});
