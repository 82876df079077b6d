/**
 * A county of thousands of unit folders: the report and every format group findings and files by
 * unit, indicator and file in one pass (they filtered every finding once per unit and once per
 * file: 4,000 unit folders took 25 s, 20,000 more than 5 minutes; now 20,000 take under a minute
 * on a loaded machine, linear). These tests pin what the grouping must keep: order, null keys,
 * duplicate unit names, and the same output as the scans they replace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import { placeOf } from '../../src/format/place.js';
import { Groups, pairKey } from '../../src/util/group.js';
import type { Report } from '../../src/types.js';
import { tempDir } from '../cli/helpers.js';

describe('Groups and pairKey', () => {
  it('keeps each group in input order, null is a key of its own, a missing key is empty', () => {
    const g = new Groups([{ k: 'a', i: 1 }, { k: null, i: 2 }, { k: 'a', i: 3 }, { k: 'b', i: 4 }], (x) => x.k);
    expect(g.of('a').map((x) => x.i)).toEqual([1, 3]);
    expect(g.of(null).map((x) => x.i)).toEqual([2]);
    expect(g.of('zzz')).toEqual([]);
  });
  it('two-part keys never collide, whatever the parts hold', () => {
    const keys = [pairKey('a\u0000b', 'c'), pairKey('a', '\u0000b\u0000c'), pairKey('a', null), pairKey(null, 'a'), pairKey('null', null), pairKey('a', 'null')];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a county of 300 units, two of them one unit by name', () => {
  let tmp: string;
  let report: Report;
  beforeAll(async () => {
    tmp = tempDir('lc-many-units-');
    for (let i = 0; i < 300; i++) {
      const dir = path.join(tmp, '台账', `县局${i}`, 'Ⅲ—12 我们的节日');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, '说明.txt'), 'x');
    }
    // '01 县教育局' and '县教育局' are one unit: the second keeps its folder name.
    for (const u of ['01 县教育局', '县教育局']) fs.mkdirSync(path.join(tmp, '台账', u, 'Ⅲ—12 我们的节日'), { recursive: true });
    fs.writeFileSync(path.join(tmp, '台账', '01 县教育局', 'Ⅲ—12 我们的节日', '说明.txt'), 'x');
    fs.writeFileSync(path.join(tmp, '台账', '县教育局', 'Ⅲ—12 我们的节日', '说明.txt'), 'x');
    report = await check({ path: path.join(tmp, '台账'), asOf: '2026-10-20' });
  }, 120_000);

  it('has every unit once, the doubled one under its folder name', () => {
    const names = report.units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith('县教育局'))).toHaveLength(2);
    expect(names.filter((n) => /县局\d+/.test(n))).toHaveLength(300);
  });

  it('each unit counts its own findings and files (as a scan of all of them would)', () => {
    for (const u of report.units) {
      const mine = report.findings.filter((f) => f.unit === u.name && f.status !== 'reviewed');
      expect(u.counts.errors).toBe(mine.filter((f) => f.severity === 'error').length);
      expect(u.counts.files).toBe(report.files.filter((f) => f.unit === u.name).length);
    }
  });

  it('placeOf finds what Array.find found, for every finding', () => {
    for (const f of report.findings) {
      const u = report.units.find((x) => x.name === f.unit);
      const ind = u?.indicators.find((i) => i.code === f.indicator);
      expect(placeOf(report, f)).toEqual({ u, ind });
    }
  });

  it('pretty and html show every unit with its own findings', async () => {
    const pretty = (await formatters.pretty!(report, { color: false, quiet: false })) as string;
    const html = (await formatters.html!(report, { color: false, quiet: false })) as string;
    for (const u of report.units) {
      expect(pretty).toContain(u.name);
      expect(html).toContain(`data-unit="${u.name}"`);
    }
    // One file line per file that did not pass, under its unit.
    const notPassed = report.files.filter((f) => f.status !== 'pass');
    expect(notPassed.length).toBeGreaterThan(300);
    for (const f of notPassed) expect(pretty).toContain(f.path);
  });
});
