/**
 * Names from the checked folder carrying characters that show nothing — a zero-width space, joiner or
 * non-joiner, a word joiner, a byte-order mark, a soft hyphen (hostile21). A unit folder named
 * 县\u200b教\u200d育局 was shown as 县教育局 in every format beside the real 县教育局 of the rule set: one
 * 'unassigned', the other 'nothing submitted', with the same name on the screen; a 说明\u200b报告.docx
 * was listed as 说明报告.docx under 'no 说明报告' (its name holds no 说明报告); --split-units wrote
 * 县教育局.xlsx and 县​教‍育局.xlsx, two workbooks whose names looked the same, one of them for nobody.
 * Now they are shown as the bidirectional marks are: \u{200b} on the screen, the page, JUnit and the
 * workbook, \u200b in JSON (the same value), `_` in a workbook's file name. Built by code, run through
 * the CLI with every format to files.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { runBin, snapshot, tempDir } from '../cli/helpers.js';

const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
const IND = 'Ⅲ—12 我们的节日';
const UNITS = ['县\u200b教\u200d育局', '县\ufeff文旅局', '县卫\u2060健委', '县市场\u00ad监管局'];

const tmp = tempDir('lc-invisible-');
const root = path.join(tmp, '台账');
const out = path.join(tmp, 'out');
const split = path.join(tmp, 'split');
const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');
let code: number | null = null;

beforeAll(async () => {
  fs.mkdirSync(out);
  const jpg = await makeJpeg({ seed: 8, width: 320, height: 240, quality: 80 });
  const docx = await makeDocx({ paragraphs: ['县教育局关于我们的节日的说明报告'] });
  for (const u of UNITS) {
    fs.mkdirSync(path.join(root, u, IND), { recursive: true });
    fs.writeFileSync(path.join(root, u, IND, '2026-06-18 县一中 端午\u200c活动.jpg'), jpg);
    fs.writeFileSync(path.join(root, u, IND, '说明\u200b报告.docx'), docx);
  }
  const before = snapshot(root);
  const formats = ['json:r.json', 'junit:r.xml', 'sarif:r.sarif', 'gitlab:r.gl.json', 'html:r.html', 'xlsx:r.xlsx', 'pretty:r.txt'];
  const r = runBin([root, '--as-of', '2026-10-20', '--no-ocr', '--split-units', split, ...formats.flatMap((f) => ['-f', f])], { cwd: out, env: { LEDGER_CHECK_CACHE_DIR: path.join(tmp, 'cache') } });
  code = r.code;
  expect(r.stderr).not.toMatch(INVISIBLE);
  expect(snapshot(root)).toEqual(before);
});

describe('characters that show nothing, in names, in every format', () => {
  it('the run ends as a check does', () => {
    expect(code).toBe(1);
  });

  it('JSON, SARIF, GitLab: none raw; escaped as \\uXXXX, so the parsed value is the name itself', () => {
    for (const f of ['r.json', 'r.sarif', 'r.gl.json']) {
      const text = read(f);
      expect({ f, raw: INVISIBLE.exec(text)?.[0] ?? null }).toEqual({ f, raw: null });
      expect(text).toContain('县\\u200b教\\u200d育局');
    }
    const report = JSON.parse(read('r.json')) as { units: { name: string }[]; files: { path: string }[] };
    // (A byte-order mark inside a unit's name is read as the unit's name without it: 县\ufeff文旅局 is 县文旅局.)
    expect(report.units.map((u) => u.name)).toEqual(expect.arrayContaining(['县\u200b教\u200d育局', '县卫\u2060健委', '县市场\u00ad监管局', '县教育局', '县文旅局']));
    expect(report.files.map((x) => x.path)).toContain(`县\u200b教\u200d育局/${IND}/说明\u200b报告.docx`);
  });

  it('the screen, the page, JUnit and the workbook: shown as \\u{200b}, never raw; two units never look alike', async () => {
    for (const f of ['r.txt', 'r.html', 'r.xml']) {
      const text = read(f);
      expect({ f, raw: INVISIBLE.exec(text)?.[0] ?? null }).toEqual({ f, raw: null });
      expect(text).toContain('县\\u{200b}教\\u{200d}育局');
      expect(text).toContain('县\\u{feff}文旅局');
      expect(text).toContain('县卫\\u{2060}健委');
      expect(text).toContain('说明\\u{200b}报告.docx');
    }
    // On the screen (visible(): \xHH below U+0100, as for every control).
    expect(read('r.txt')).toContain('县市场\\xad监管局');
    // The page's links still lead to the file itself (percent-encoded, the real name).
    expect(read('r.html')).toContain('%E8%AF%B4%E6%98%8E%E2%80%8B%E6%8A%A5%E5%91%8A.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, 'r.xlsx')));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const text = await zip.file(name)!.async('string');
      expect({ name, raw: INVISIBLE.exec(text)?.[0] ?? null }).toEqual({ name, raw: null });
    }
    expect(await zip.file('xl/sharedStrings.xml')?.async('string')).toContain('县\\u{200b}教\\u{200d}育局');
  });

  it('--split-units: a unit named with such a character gets a workbook whose name shows it differs', () => {
    const names = fs.readdirSync(split).sort();
    expect(names.filter((n) => INVISIBLE.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['县_教_育局.xlsx', '县教育局.xlsx', '县卫_健委.xlsx', '县市场_监管局.xlsx']));
  });
});
