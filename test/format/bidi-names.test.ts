/**
 * A name from the checked folder carrying a bidirectional override (`\u202e gpj.exe.jpg` shows as
 * `gpj.exe.jpg` reversed: "…exe.jpg"), an isolate, a C1 control (U+009B is CSI to a terminal) or a line
 * separator reached the page, JUnit and the workbook raw (a CI page or Excel showed the spoofed
 * name and reordered what followed it), and JSON, SARIF and GitLab raw (`cat report.json` on a
 * terminal). The screen already showed them as `\u{202e}` / `\x9b`. Now every format does: the
 * page, JUnit and the workbook as on the screen; JSON, SARIF and GitLab as \uXXXX escapes, the
 * same JSON value. Built by code, run through the CLI with every format to files.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { runBin, snapshot, tempDir } from '../cli/helpers.js';

const RAW = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const RAW_JSON = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const NAMES = ['\u202e gpj.exe', 'c1\u009b31m', 'iso\u2066late\u2069', 'line\u2028sep', 'mark\u200fend'];

const tmp = tempDir('lc-bidi-');
const root = path.join(tmp, '县名字局');
const out = path.join(tmp, 'out');
const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');
let code: number | null = null;

beforeAll(async () => {
  const dir = path.join(root, 'Ⅲ—12 我们的节日');
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(out);
  const jpg = await makeJpeg({ seed: 8, width: 320, height: 240, quality: 80 });
  for (const n of NAMES) fs.writeFileSync(path.join(dir, `${n}.jpg`), jpg);
  const before = snapshot(root);
  const formats = ['json:r.json', 'junit:r.xml', 'sarif:r.sarif', 'gitlab:r.gl.json', 'html:r.html', 'xlsx:r.xlsx', 'pretty:r.txt'];
  const r = runBin([root, '--as-of', '2026-10-20', '--no-ocr', ...formats.flatMap((f) => ['-f', f])], { cwd: out, env: { LEDGER_CHECK_CACHE_DIR: path.join(tmp, 'cache') } });
  code = r.code;
  expect(snapshot(root)).toEqual(before);
});

describe('bidi overrides, C1 controls and line separators in names, in every format', () => {
  it('the run ends as a check does (every file failing on its size)', () => {
    expect(code).toBe(1);
  });

  it('JSON, SARIF, GitLab: none raw; escaped as \\uXXXX, so the parsed value is the name itself', () => {
    for (const f of ['r.json', 'r.sarif', 'r.gl.json']) {
      const text = read(f);
      expect({ f, raw: RAW_JSON.exec(text)?.[0] ?? null }).toEqual({ f, raw: null });
      expect(text).toContain('\\u202e gpj.exe.jpg');
    }
    const files = (JSON.parse(read('r.json')) as { files: { path: string }[] }).files.map((x) => x.path.split('/').pop());
    for (const n of NAMES) expect(files).toContain(`${n}.jpg`);
  });

  it('HTML, JUnit, the workbook and the screen: shown as on the screen (\\u{202e}, \\x9b), never raw', async () => {
    for (const f of ['r.html', 'r.xml', 'r.txt']) {
      const text = read(f);
      expect({ f, raw: RAW.exec(text)?.[0] ?? null }).toEqual({ f, raw: null });
      expect(text).toContain('\\u{202e} gpj.exe.jpg');
      expect(text).toContain('c1\\x9b31m.jpg');
    }
    // The page's links still lead to the file itself (percent-encoded, the real name).
    expect(read('r.html')).toContain('%E2%80%AE%20gpj.exe.jpg');
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, 'r.xlsx')));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const text = await zip.file(name)!.async('string');
      expect({ name, raw: RAW.exec(text)?.[0] ?? null }).toEqual({ name, raw: null });
    }
    expect(await zip.file('xl/sharedStrings.xml')?.async('string')).toContain('\\u{202e} gpj.exe.jpg');
  });
});
