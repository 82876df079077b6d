/**
 * The demo's Excel workbook printed by LibreOffice Calc (Debian's package, headless): A4
 * landscape pages, the summary on one page with every unit and the 合计 row, long messages not
 * cut off. The first page is also saved as a picture.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicateGroups, messageUnderFile } from '../src/format/groups.js';
import type { Report } from '../src/types.js';
import { demoOutputs, needProgram, run, screensDir } from './helpers.js';

let out: ReturnType<typeof demoOutputs>;
let report: Report;
let pdf: string;
let profile: string;

beforeAll(() => {
  const soffice = needProgram('/usr/bin/soffice', 'libreoffice-calc');
  needProgram('/usr/bin/pdfinfo', 'poppler-utils');
  out = demoOutputs(['xlsx']);
  report = JSON.parse(fs.readFileSync(out.file('report.json'), 'utf8')) as Report;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-lo-'));
  const dir = path.dirname(out.file('台账检查.xlsx'));
  run(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out.file('台账检查.xlsx')]);
  pdf = out.file('台账检查.pdf');
});

afterAll(() => {
  out?.cleanup();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

const pageText = (n: number) => run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-']);

describe('the Excel workbook printed from LibreOffice', () => {
  it('prints A4 landscape pages', () => {
    const info = run('pdfinfo', ['-f', '1', '-l', '99', pdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes.length).toBe(pages);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(841.9, 0); // A4 landscape: 297 × 210 mm
      expect(h).toBeCloseTo(595.3, 0);
    }
    // One page for the summary, one for the indicators, then the findings (one page wide,
    // as many tall as needed: 2 for the demo's 26 findings).
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(5);
    console.log(`printed pages: ${pages}`);
  });

  it('has the whole summary on its first page, with numeric rates shown as percentages', () => {
    const first = pageText(1);
    for (const u of report.units) expect(first).toContain(u.name);
    expect(first).toContain('合计');
    expect(first).toMatch(/100%/);
    expect(first).toContain(report.rules.name);
    expect(pageText(2)).not.toContain('合计');
  });

  it('does not cut long messages off: the end of every message is printed', () => {
    // Wrapped cells interleave with their neighbours' lines in the extracted text: each message
    // must appear in order (as a subsequence) close after where it starts. A cut-off cell loses
    // its end, which then is not found within the window.
    // pdftotext joins a line ending in a hyphen to the next without it (2026-⏎01-10 → 202601-10):
    // hyphens are dropped on both sides, as white space is.
    const text = run('pdftotext', [pdf, '-']).replace(/[\s-]+/g, '');
    const printedWhole = (msg: string) => {
      const m = msg.replace(/[\s-]+/g, '');
      for (let at = text.indexOf(m.slice(0, 6)); at >= 0; at = text.indexOf(m.slice(0, 6), at + 1)) {
        let j = 0;
        for (let i = at; i < Math.min(text.length, at + m.length * 4) && j < m.length; i++) if (text[i] === m[j]) j++;
        if (j === m.length) return true;
      }
      return false;
    };
    // A duplicate-photo group is one row in the workbook (its first finding's, as it is counted):
    // the other members' findings are not rows of their own.
    const groups = duplicateGroups(report.findings);
    const rows = report.findings.filter((f) => !groups.member.has(f) || groups.first.has(f));
    expect(rows.length).toBeLessThan(report.findings.length);
    for (const f of rows) {
      // The workbook prints a photo's message without its file name (the file has its own column).
      expect(printedWhole(messageUnderFile(f)), f.message).toBe(true);
      if (f.file) expect(printedWhole(f.file.split('/').pop()!), f.file).toBe(true);
    }
    expect(printedWhole('这句话不在表格里面：确认检查会失败')).toBe(false);
  });

  it('saves the first printed page as a picture', () => {
    const dir = screensDir();
    run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '9', pdf, path.join(dir, 'xlsx-page')]);
    const pics = fs.readdirSync(dir).filter((f) => f.startsWith('xlsx-page'));
    expect(pics.length).toBeGreaterThanOrEqual(1);
    console.log(`printed pages in ${dir}: ${pics.join(', ')}`);
  });
});
