/**
 * Names and text from a checked folder in the XML outputs (JUnit, the .xlsx parts): a file named
 * `x\uFFFE.jpg` made the JUnit file unparsable and the workbook's sharedStrings.xml and
 * hyperlink relationships not well-formed (Excel: "unreadable content"). Built by code: a photo
 * under hostile names, checked, written in both formats; every part must be XML 1.0 text.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import { fileHref } from '../../src/format/links.js';
import { EXCEL_CELL_CHARS, cellText, xmlText } from '../../src/format/xml-text.js';
import type { Report } from '../../src/types.js';
import { tempDir } from '../cli/helpers.js';

/** A character XML 1.0 does not allow, anywhere in the text (raw, not as a reference). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A character reference to one of them (&#1; &#xFFFE; &#xD800;), equally not well-formed. */
const BAD_REF = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|fff[ef]|d[89a-f][0-9a-f]{2})|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45]|5[5-7][0-9]{3}));/i;

describe('xmlText: characters XML 1.0 forbids, at the edges of each range', () => {
  it('shows C0 controls but tab, newline and return as \\xHH (as the screen does); keeps U+0020', () => {
    expect(xmlText('a\u0000\u0008b')).toBe('a\\x00\\x08b');
    expect(xmlText('a\u0009\u000a\u000db')).toBe('a\u0009\u000a\u000db');
    expect(xmlText('a\u000b\u000c\u000e\u001fb')).toBe('a\\x0b\\x0c\\x0e\\x1fb');
    expect(xmlText('a\u0020b')).toBe('a b');
    // Allowed in XML but acted on by a viewer: DEL, C1 (U+009B is CSI), bidi overrides and isolates.
    expect(xmlText('a\u007f\u0085\u009bb')).toBe('a\\x7f\\x85\\x9bb');
    expect(xmlText('\u202e gpj.exe \u2066\u2069\u200f\u061c')).toBe('\\u{202e} gpj.exe \\u{2066}\\u{2069}\\u{200f}\\u{61c}');
  });
  it('U+FFFE and U+FFFF become U+FFFD; U+FFFD and U+E000 stay', () => {
    expect(xmlText('x\ufffdy\ue000')).toBe('x\ufffdy\ue000');
    expect(xmlText('x\ufffey\uffff')).toBe('x\ufffdy\ufffd');
  });
  it('a surrogate pair stays; a lone high or low surrogate becomes U+FFFD', () => {
    expect(xmlText('😀')).toBe('😀');
    expect(xmlText('a\ud83db')).toBe('a\ufffdb');
    expect(xmlText('a\ude00b')).toBe('a\ufffdb');
    expect(xmlText('\ude00\ud83d')).toBe('\ufffd\ufffd');
  });
  it('a workbook cell: on the limit kept whole, one over cut to the limit with …, never inside a pair', () => {
    const on = 'a'.repeat(EXCEL_CELL_CHARS);
    expect(cellText(on)).toBe(on);
    const over = cellText(`${on}b`);
    expect(over).toHaveLength(EXCEL_CELL_CHARS);
    expect(over.endsWith('…')).toBe(true);
    const pairs = cellText('a' + '😀'.repeat(EXCEL_CELL_CHARS));
    expect(pairs.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    expect(NOT_XML.test(pairs)).toBe(false);
  });
});

describe('a link for Excel never starts with a URI scheme taken from a folder name', () => {
  it('a first segment with a colon gets ./; a plain one and a drive path do not', () => {
    expect(fileHref('a.jpg', 'http:evil', {})).toBe('./http:evil/a.jpg');
    expect(fileHref('县教育局/a.jpg', '台账', {})).toBe('台账/县教育局/a.jpg');
    expect(fileHref('a:b/c.jpg', '/srv/台账', { outputDir: '/srv/台账/..', rootDir: '/srv/台账' })).toBe('台账/a:b/c.jpg');
    expect(fileHref('c.jpg', '/srv/x:y', { outputDir: '/srv', rootDir: '/srv/x:y' })).toBe('./x:y/c.jpg');
    // HTML links are percent-encoded (':' is %3A): no prefix needed.
    expect(fileHref('c.jpg', '/srv/x:y', { outputDir: '/srv', rootDir: '/srv/x:y' }, true)).toBe('x%3Ay/c.jpg');
  });
});

describe('hostile names in the JUnit and .xlsx reports', () => {
  const tmp = tempDir('lc-xmltext-');
  const names = ['x\ufffe', 'y\uffff', 'c\u0001one', 'v\u000btab', ']]>', 'a"b<c>&d'];
  let report: Report;
  beforeAll(async () => {
    const dir = path.join(tmp, '县名字局', 'Ⅲ—12 我们的节日');
    fs.mkdirSync(dir, { recursive: true });
    const jpg = await makeJpeg({ seed: 8, width: 320, height: 240, quality: 80 });
    for (const n of names) fs.writeFileSync(path.join(dir, `${n}.jpg`), jpg);
    report = await check({ path: path.join(tmp, '县名字局'), asOf: '2026-10-20', ocr: false });
    // Text that reaches a report from inside a document: a lone surrogate in a finding's message.
    report = { ...report, findings: [...report.findings, { ...report.findings[0]!, message: 'PDF 文字 \ud800 结束' }] };
  });

  it('JUnit: every character is XML 1.0 text, and every file is still a test case', async () => {
    const xml = (await formatters.junit!(report, { color: false, quiet: false })) as string;
    expect(NOT_XML.exec(xml)).toBeNull();
    expect(BAD_REF.exec(xml)).toBeNull();
    expect(xml).toContain('x\ufffd.jpg');
    expect(xml).toContain('y\ufffd.jpg');
    expect(xml).toContain('c\\x01one.jpg');
    expect(xml).toContain(']]&gt;.jpg');
    expect(xml).toContain('a&quot;b&lt;c&gt;&amp;d.jpg');
  });

  it('xlsx: every part is XML 1.0 text (cells and link targets); the workbook loads and names the files', async () => {
    const buf = (await formatters.xlsx!(report, { color: false, quiet: false, outputDir: tmp, rootDir: path.join(tmp, '县名字局') })) as Buffer;
    const zip = await JSZip.loadAsync(buf);
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const text = await zip.file(name)!.async('string');
      expect({ name, bad: NOT_XML.exec(text)?.[0] ?? BAD_REF.exec(text)?.[0] ?? null }).toEqual({ name, bad: null });
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.getWorksheet('问题清单')!.eachRow((r) => r.eachCell((c) => void cells.push(typeof c.value === 'object' && c.value && 'text' in c.value ? String(c.value.text) : String(c.value))));
    expect(cells).toContain('x\ufffd.jpg');
    expect(cells).toContain('a"b<c>&d.jpg');
  });
});
