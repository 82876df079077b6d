/**
 * The demo's HTML report in real headless Chromium (Debian's package, driven by puppeteer-core;
 * nothing downloaded): every photo shows as a loaded thumbnail, the near-duplicate pair sits side
 * by side, every link resolves to an existing file, the filters work, and screenshots are saved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { demoOutputs, needProgram, screensDir } from './helpers.js';

let browser: Browser;
let page: Page;
let out: ReturnType<typeof demoOutputs>;
let report: Report;
let profile: string;

beforeAll(async () => {
  const chromium = needProgram('/usr/bin/chromium', 'chromium');
  out = demoOutputs(['html']);
  report = JSON.parse(fs.readFileSync(out.file('report.json'), 'utf8')) as Report;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-chromium-'));
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // The page must need nothing from the network.
  const external: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|about):/.test(r.url())) external.push(r.url());
  });
  await page.goto(pathToFileURL(out.file('台账检查.html')).href, { waitUntil: 'load' });
  expect(external).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  out?.cleanup();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

describe('the HTML report in Chromium', () => {
  it('shows every photo as a loaded thumbnail', async () => {
    const photos = report.files.filter((f) => f.kind === 'photo').map((f) => f.path);
    const shown = await page.$$eval('.file', (els) =>
      els.map((e) => ({
        path: e.querySelector('.path')?.textContent ?? '',
        img: e.querySelector('.thumb img') as HTMLImageElement | null,
      })).map((x) => ({ path: x.path, loaded: !!x.img && x.img.complete && x.img.naturalWidth > 0, w: x.img?.naturalWidth ?? 0, h: x.img?.naturalHeight ?? 0 })),
    );
    for (const p of photos) {
      const s = shown.find((x) => x.path === p);
      expect(s, p).toBeDefined();
      expect(s!.loaded, p).toBe(true);
      expect(Math.max(s!.w, s!.h)).toBeLessThanOrEqual(200);
    }
    expect(photos.length).toBeGreaterThan(10);
  });

  it('puts the near-duplicate pair side by side with its similarity', async () => {
    const dups = await page.$$eval('.dups', (els) =>
      els.map((e) => ({
        rule: e.getAttribute('data-rule'),
        images: [...e.querySelectorAll('figure img')].map((i) => (i as HTMLImageElement).naturalWidth > 0),
        tops: [...e.querySelectorAll('figure')].map((f) => Math.round(f.getBoundingClientRect().top)),
        text: e.querySelector('.similar')?.textContent ?? '',
      })),
    );
    const near = dups.find((d) => d.rule === 'photo.near-duplicate')!;
    expect(near.images).toEqual([true, true]);
    expect(new Set(near.tops).size).toBe(1); // side by side: same row
    expect(near.text).toMatch(/相似度 \d+%/);
  });

  it('every link resolves to an existing file or folder', async () => {
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => !h.includes('#')));
    expect(hrefs.length).toBeGreaterThan(report.files.length);
    for (const h of hrefs) {
      expect(h.startsWith('file:'), h).toBe(true);
      expect(fs.existsSync(fileURLToPath(h)), h).toBe(true);
    }
    for (const f of report.files) expect(hrefs.some((h) => fileURLToPath(h).endsWith(f.path)), f.path).toBe(true);
  });

  it('marks files not checked and expands a rule id to why and how to fix', async () => {
    const notChecked = report.files.filter((f) => f.status === 'not-checked').map((f) => f.path);
    const marked = await page.$$eval('.file.not-checked .path', (els) => els.map((e) => e.textContent));
    expect(marked.sort()).toEqual(notChecked.sort());
    const details = await page.$('details.rule');
    await details!.$eval('summary', (s) => (s as HTMLElement).click());
    const explain = await details!.$eval('.explain', (e) => ({ text: e.textContent ?? '', h: (e as HTMLElement).offsetHeight }));
    expect(explain.text).toContain('怎么改');
    expect(explain.h).toBeGreaterThan(0);
  });

  it('filters by unit, severity and rule', async () => {
    const visible = () =>
      page.$$eval('.finding', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => ({ unit: e.getAttribute('data-unit'), sev: e.getAttribute('data-sev'), rule: e.getAttribute('data-rule') })));
    const count = async () => Number((await page.$eval('#f-count', (e) => e.textContent ?? '')).replace(/\D+/g, ''));
    const all = await visible();
    expect(all.length).toBe(report.findings.length - 1); // the near-duplicate pair is one block
    expect(await count()).toBe(all.length);
    await page.select('#f-unit', '县文旅局');
    const unit = await visible();
    expect(unit.length).toBe(report.findings.filter((f) => f.unit === '县文旅局').length);
    expect(unit.every((f) => f.unit === '县文旅局')).toBe(true);
    expect(await count()).toBe(unit.length);
    await page.select('#f-unit', '');
    await page.select('#f-sev', 'warning');
    const warnings = await visible();
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((f) => f.sev === 'warning')).toBe(true);
    await page.select('#f-sev', '');
    await page.select('#f-rule', 'photo.too-small');
    const one = await visible();
    expect(one).toEqual([{ unit: '县文旅局', sev: 'error', rule: 'photo.too-small' }]);
    const files = await page.$$eval('.file', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(files).toBe(1);
    await page.screenshot({ path: path.join(screensDir(), 'html-filter-rule.png') });
    await page.select('#f-rule', '');
  });

  it('sorts the summary by a column on a click (again: reversed), the 合计 row staying last', async () => {
    const rows = () => page.$$eval('#summary tbody tr', (rs) => rs.map((r) => ({ unit: r.children[0]!.textContent ?? '', rate: Number(r.children[2]!.getAttribute('data-v')) })));
    const before = await rows();
    expect(before.map((r) => r.unit)).toEqual(report.units.map((u) => u.name));
    const rate = (await page.$$('#summary thead th'))[2]!;
    await rate.click();
    const up = await rows();
    expect(up.map((r) => r.rate)).toEqual([...before.map((r) => r.rate)].sort((a, b) => a - b));
    expect(await rate.evaluate((e) => e.getAttribute('aria-sort'))).toBe('ascending');
    await rate.click();
    expect((await rows()).map((r) => r.rate)).toEqual([...before.map((r) => r.rate)].sort((a, b) => b - a));
    expect(await page.$eval('#summary tfoot tr', (r) => r.children[0]!.textContent)).toBe('合计');
    await page.screenshot({ path: path.join(screensDir(), 'html-summary-sorted.png') });
    // Back to the rule file's order for the other tests' screenshots.
    await page.reload({ waitUntil: 'load' });
  });

  it('prints the status badges and completion bars in colour (a printer drops backgrounds otherwise: white text on white)', async () => {
    await page.emulateMediaType('print');
    const adjust = await page.$$eval('#summary .badge, #summary .bar > span', (els) => els.map((e) => getComputedStyle(e).printColorAdjust));
    await page.emulateMediaType('screen');
    expect(adjust.length).toBeGreaterThan(report.units.length);
    expect(new Set(adjust)).toEqual(new Set(['exact']));
  });

  it('saves screenshots of the page', async () => {
    const dir = screensDir();
    await page.screenshot({ path: path.join(dir, 'html-top.png') });
    const dup = await page.$('.dups');
    await dup!.scrollIntoView();
    await dup!.screenshot({ path: path.join(dir, 'html-near-duplicates.png') });
    await page.screenshot({ path: path.join(dir, 'html-full.png'), fullPage: true });
    const shots = ['html-top.png', 'html-near-duplicates.png', 'html-full.png'];
    // A 说明报告 with its elements and evidence (when the report carries them), and a file not checked.
    const withElements = await page.$('.file:has(table.elements)');
    if (report.files.some((f) => (f as { elements?: unknown[] }).elements?.length)) {
      expect(withElements).not.toBeNull();
      await withElements!.scrollIntoView();
      await withElements!.screenshot({ path: path.join(dir, 'html-report-elements.png') });
      shots.push('html-report-elements.png');
    }
    const nc = await page.$('.file.not-checked');
    await nc!.scrollIntoView();
    await nc!.screenshot({ path: path.join(dir, 'html-not-checked.png') });
    shots.push('html-not-checked.png');
    for (const f of shots) expect(fs.statSync(path.join(dir, f)).size).toBeGreaterThan(3_000);
    console.log(`screenshots in ${dir}`);
  });
});
