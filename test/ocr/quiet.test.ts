/**
 * The OCR library's console stays out of our stderr: Tesseract's and Leptonica's warnings
 * ("Warning: Invalid resolution 1 dpi. Using 70 instead." for a scan whose header says 1 dpi) are
 * kept in its worker thread, and a job that fails is no crash (tesseract.js threw it in its
 * message listener: an uncaught exception) but a rejected read whose error carries the library's
 * own lines, so the file's finding says why. Run in child processes: their stderr is the test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeScanPage } from '../../fixtures/build/scan.js';
import { repoRoot, runBin, tempDir } from '../cli/helpers.js';

const tmp = tempDir('lc-ocr-quiet-');
const page = path.join(tmp, 'page-1dpi.jpg');
const unit = path.join(tmp, '县教育局');

beforeAll(async () => {
  const scan = await makeScanPage({ lines: ['县教育局台账移交确认单', '主要领导签字：张三', '2025年10月20日'], height: 600, fontSize: 36 });
  // A scanner that writes 1 dpi into the header: tesseract warns "Invalid resolution 1 dpi".
  const jpeg = await sharp(scan.jpeg).jpeg({ quality: 90 }).withMetadata({ density: 1 }).toBuffer();
  fs.writeFileSync(page, jpeg);
  fs.mkdirSync(path.join(unit, 'Ⅲ—12 我们的节日'), { recursive: true });
  fs.writeFileSync(path.join(unit, '移交签单.jpg'), jpeg);
});

describe('the OCR library’s console', () => {
  it('is not on stderr: a page read with a 1 dpi header, and a job that fails, whose error carries the library’s lines', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'test/ocr/quiet-child.mjs'), page], {
      encoding: 'utf8',
      env: { ...process.env, LC_DIST: path.join(repoRoot, 'dist'), LEDGER_CHECK_OCR_THREADS: '1' },
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { text: string; failed: string };
    expect(out.text.replace(/\s/g, '')).toContain('主要领导签字');
    expect(out.failed).toMatch(/^Error: Error attempting to read image\. \[.*pix.*\]$/);
  });

  it('a check reading a sign-off sheet by OCR writes only the tool’s own notes on stderr', () => {
    const r = runBin([unit, '--as-of', '2026-10-20', '--no-progress', '--no-cache', '-f', 'json'], { env: { LEDGER_CHECK_OCR_THREADS: '1' } });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/Invalid resolution|Warning:|Estimating resolution|pixRead|tesseract/i);
    const signoff = JSON.parse(r.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'signoff.manual-review');
    // It was read by OCR (unit and date checked from the text), not left unread.
    expect(signoff.args).toEqual({ seen: 'jpeg', form: 'ocr' });
  });
});
