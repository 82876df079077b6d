/**
 * OCR never touches the network and never writes a cache of its own: run in a child process whose
 * fetch, http(s), net, tls and dns are stubbed (in the main thread and, through execArgv, in the
 * tesseract worker threads) to record and refuse any use. Also reads a real page of Chinese text.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeScanPage } from '../../fixtures/build/scan.js';
import { makeScanPdf } from '../../fixtures/build/scan-pdf.js';
import { repoRoot, tempDir } from '../cli/helpers.js';

const tmp = tempDir('lc-ocr-offline-');
const cwd = path.join(tmp, 'cwd');

const LINES = ['清河县教育局关于志愿服务工作情况的说明', '全年共开展主题活动128场，参与群众2.3万人次。'];
const SIZE = 36;

beforeAll(async () => {
  fs.mkdirSync(cwd);
  fs.writeFileSync(path.join(tmp, 'page.jpg'), (await makeScanPage({ lines: LINES, height: 600, fontSize: SIZE })).jpeg);
  fs.writeFileSync(path.join(tmp, 'scan.pdf'), await makeScanPdf(LINES, { perPage: 1, height: 600, fontSize: SIZE }));
});

function ocrChild(file: string, kind: 'image' | 'pdf') {
  const log = path.join(tmp, `net-${kind}.log`);
  const r = spawnSync(process.execPath, ['--require', path.join(repoRoot, 'test/ocr/no-network.cjs'), path.join(repoRoot, 'test/ocr/ocr-child.mjs'), file, kind], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_NET_LOG: log, LC_DIST: path.join(repoRoot, 'dist'), LEDGER_CHECK_OCR_THREADS: '1', http_proxy: '', https_proxy: '' },
    timeout: 120_000,
  });
  return { ...r, log: fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('OCR offline', () => {
  it('reads a scanned page with no network access attempted, in the main thread or the worker', () => {
    const r = ocrChild(path.join(tmp, 'page.jpg'), 'image');
    expect(r.stderr).not.toMatch(/fetch failed|network access attempted/);
    expect(r.status).toBe(0);
    // The stub was in place where tesseract.js would fetch the model: its worker thread.
    expect(r.log.some((l) => l.startsWith('installed worker'))).toBe(true);
    expect(r.log.filter((l) => l.startsWith('NETWORK'))).toEqual([]);
    const out = JSON.parse(r.stdout) as { pages: { text: string; confidence: number }[] };
    const text = out.pages[0]!.text.replace(/\s/g, '');
    expect(text).toContain('志愿服务工作情况的说明');
    expect(text).toContain('128场');
    expect(out.pages[0]!.confidence).toBeGreaterThan(70);
    // cacheMethod 'none': no chi_sim.traineddata written to the working folder.
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('renders an image-only PDF page and reads it the same way', () => {
    const r = ocrChild(path.join(tmp, 'scan.pdf'), 'pdf');
    expect(r.status, r.stderr).toBe(0);
    expect(r.log.filter((l) => l.startsWith('NETWORK'))).toEqual([]);
    const out = JSON.parse(r.stdout) as { pagesTotal: number; pages: { page: number; text: string }[] };
    expect(out.pagesTotal).toBe(2);
    expect(out.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(out.pages[1]!.text.replace(/\s/g, '')).toContain('2.3万人次');
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});
