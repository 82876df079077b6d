/**
 * The demo's HTML report in real headless Chromium (Debian's package, driven by puppeteer-core;
 * nothing downloaded): every photo shows as a loaded thumbnail, the near-duplicate pair sits side
 * by side, every link resolves to an existing file, the filters work, and screenshots are saved.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { demo, demoOutputs, needProgram, screensDir } from './helpers.js';

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

describe('the HTML report on a phone (375 px)', () => {
  it('never gets wider than the screen: the nine-column summary scrolls sideways in its box, the unit names in view', async () => {
    const phone = await browser.newPage();
    try {
      await phone.setViewport({ width: 375, height: 812, isMobile: true, deviceScaleFactor: 2 });
      await phone.goto(pathToFileURL(out.file('台账检查.html')).href, { waitUntil: 'load' });
      const m = await phone.evaluate(() => {
        const box = document.querySelector('#summary')!.parentElement!;
        const first = document.querySelector('#summary tbody td')!;
        return { page: document.documentElement.scrollWidth, view: window.innerWidth, box: box.className, scroll: box.scrollWidth, client: box.clientWidth, heads: [...document.querySelectorAll('#summary thead th')].map((th) => (th as HTMLElement).offsetHeight), row: (first as HTMLElement).offsetHeight, firstLeft: first.getBoundingClientRect().left };
      });
      expect(m.page).toBeLessThanOrEqual(m.view);
      expect(m.box).toBe('table-scroll');
      // The table is wider than its box and scrolls inside it …
      expect(m.scroll).toBeGreaterThan(m.client);
      // … with every heading on one line (before: one character a line, 120 px tall) and a unit's name on one.
      expect(Math.max(...m.heads)).toBeLessThan(60);
      expect(m.row).toBeLessThan(60);
      await phone.screenshot({ path: path.join(screensDir(), 'html-phone-375.png') });
      // Scrolled to its last column, the unit's name stays where it was.
      const after = await phone.evaluate(() => {
        const box = document.querySelector('#summary')!.parentElement!;
        box.scrollLeft = box.scrollWidth;
        const last = document.querySelector('#summary tbody tr')!.lastElementChild!.getBoundingClientRect();
        return { firstLeft: document.querySelector('#summary tbody td')!.getBoundingClientRect().left, lastRight: last.right, view: window.innerWidth };
      });
      expect(Math.abs(after.firstLeft - m.firstLeft)).toBeLessThan(1);
      expect(after.lastRight).toBeLessThanOrEqual(after.view);
      await phone.screenshot({ path: path.join(screensDir(), 'html-phone-375-scrolled.png') });
      // Printed (a page box narrower than 760 px too): no scroll box, every column on paper.
      await phone.emulateMediaType('print');
      const printed = await phone.evaluate(() => getComputedStyle(document.querySelector('#summary')!.parentElement!).overflowX);
      await phone.emulateMediaType('screen');
      expect(printed).toBe('visible');
    } finally {
      await phone.close();
    }
  });
});

describe('the HTML report on a phone with a long unit name', () => {
  it('wraps the name within the box, so the other columns can be scrolled into view', async () => {
    const LONG = '清河县城市管理综合行政执法局市容环境卫生管理所暨县城乡环境综合整治工作领导小组办公室驻城关镇工作组';
    const long = JSON.parse(JSON.stringify(report).replaceAll('县卫健委', LONG)) as Report;
    const { formatters } = await import('../src/format/index.js');
    const file = path.join(path.dirname(out.file('台账检查.html')), 'long-unit.html');
    fs.writeFileSync(file, (await formatters.html!(long, { color: false, quiet: false, outputDir: path.dirname(file), rootDir: demo })) as string);
    const phone = await browser.newPage();
    try {
      await phone.setViewport({ width: 375, height: 812, isMobile: true, deviceScaleFactor: 2 });
      await phone.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const m = await phone.evaluate(() => {
        const box = document.querySelector('#summary')!.parentElement!;
        const cells = [...document.querySelectorAll('#summary tbody tr')].map((tr) => (tr.firstElementChild as HTMLElement).getBoundingClientRect().width);
        return { client: box.clientWidth, widest: Math.max(...cells), narrowest: Math.min(...cells) };
      });
      // Before: the long name's cell was 803 px wide in a 356 px box.
      expect(m.widest).toBeLessThanOrEqual(375 * 0.4 + 1);
      expect(m.widest).toBeLessThan(m.client / 2);
      // 县教育局 stays on one line.
      expect(m.narrowest).toBeGreaterThan(4 * 14);
      await phone.screenshot({ path: path.join(screensDir(), 'html-phone-375-long-unit.png') });
    } finally {
      await phone.close();
    }
  });
});

describe('the HTML report with findings a person reviewed', () => {
  it('counts the open findings shown as the summary does, the reviewed ones apart, under every filter', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-real-review-'));
    const entry = (rel: string, rule: string) =>
      `  - file: ${JSON.stringify(path.relative(tmp, path.join(demo, rel)).split(path.sep).join('/'))}\n    sha256: ${crypto.createHash('sha256').update(fs.readFileSync(path.join(demo, rel))).digest('hex')}\n    rule: ${rule}\n    verdict: accepted\n    reason: 已核对原件\n    by: 县创文办\n    at: 2026-10-20T09:00:00Z\n`;
    const dup = '县卫健委/Ⅲ—15 志愿服务/2026-01-10 县人民医院 义诊';
    fs.writeFileSync(path.join(tmp, 'review.yaml'), `version: 1\nentries:\n${entry('县教育局/移交签单.jpg', 'signoff.manual-review')}${entry(`${dup}现场.jpg`, 'photo.near-duplicate')}${entry(`${dup}志愿服务.jpg`, 'photo.near-duplicate')}`);
    const reviewed = demoOutputs(['html'], ['--review', path.join(tmp, 'review.yaml')]);
    const p = await browser.newPage();
    try {
      const r = JSON.parse(fs.readFileSync(reviewed.file('report.json'), 'utf8')) as Report;
      const s = r.summary;
      expect(s.reviewed).toBe(3);
      await p.goto(pathToFileURL(reviewed.file('台账检查.html')).href, { waitUntil: 'load' });
      const count = () => p.$eval('#f-count', (e) => e.textContent ?? '');
      const visible = () => p.$$eval('.finding', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-sev')));
      // On load: the summary's errors + warnings + infos, then the reviewed ones apart.
      expect(await count()).toBe(`显示的问题：${s.errors + s.warnings + s.infos}（另有已人工确认的 3 条）`);
      expect((await visible()).filter((x) => x !== 'reviewed').length).toBe(s.errors + s.warnings + s.infos);
      // Only the reviewed ones: no open finding shown, and the three reviewed (the pair as its two findings).
      await p.select('#f-sev', 'reviewed');
      expect(await count()).toBe('显示的问题：0（另有已人工确认的 3 条）');
      expect(await visible()).toEqual(['reviewed', 'reviewed']);
      // One unit: its own numbers, as its row of the summary.
      await p.select('#f-sev', '');
      await p.select('#f-unit', '县卫健委');
      const u = r.units.find((x) => x.name === '县卫健委')!.counts;
      expect(await count()).toBe(`显示的问题：${u.errors + u.warnings + u.infos}（另有已人工确认的 ${u.reviewed} 条）`);
      await p.select('#f-unit', '县文旅局');
      expect(await count()).toBe(`显示的问题：${r.units.find((x) => x.name === '县文旅局')!.counts.errors + r.units.find((x) => x.name === '县文旅局')!.counts.warnings}`);
    } finally {
      await p.close();
      reviewed.cleanup();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the HTML report with a duplicate group open in its unit and one copy reviewed', () => {
  it('shows the group under 已人工确认 (its reviewed copy counted apart) and under its severity as one open finding', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-real-mixed-'));
    const rel = '县卫健委/Ⅲ—15 志愿服务/2026-01-10 县人民医院 义诊现场.jpg';
    const sha = crypto.createHash('sha256').update(fs.readFileSync(path.join(demo, rel))).digest('hex');
    const file = JSON.stringify(path.relative(tmp, path.join(demo, rel)).split(path.sep).join('/'));
    fs.writeFileSync(path.join(tmp, 'review.yaml'), `version: 1\nentries:\n  - file: ${file}\n    sha256: ${sha}\n    rule: photo.near-duplicate\n    verdict: accepted\n    reason: 已核对原件\n    by: 县创文办\n    at: 2026-10-20T09:00:00Z\n`);
    const mixed = demoOutputs(['html'], ['--review', path.join(tmp, 'review.yaml')]);
    const p = await browser.newPage();
    try {
      const r = JSON.parse(fs.readFileSync(mixed.file('report.json'), 'utf8')) as Report;
      const s = r.summary;
      const pair = r.findings.filter((f) => f.ruleId === 'photo.near-duplicate');
      expect(pair.map((f) => f.status === 'reviewed').sort()).toEqual([false, true]);
      expect(s.reviewed).toBe(1);
      await p.goto(pathToFileURL(mixed.file('台账检查.html')).href, { waitUntil: 'load' });
      const count = () => p.$eval('#f-count', (e) => e.textContent ?? '');
      const groupShown = () => p.$eval('.dups', (e) => (e as HTMLElement).offsetParent !== null);
      expect(await count()).toBe(`显示的问题：${s.errors + s.warnings + s.infos}（另有已人工确认的 1 条）`);
      // 已人工确认: the group is there for its reviewed copy, and nothing open is counted.
      await p.select('#f-sev', 'reviewed');
      expect(await groupShown()).toBe(true);
      expect(await count()).toBe('显示的问题：0（另有已人工确认的 1 条）');
      // 警告: the group is the one open warning it is in the summary; reviewed findings are not warnings shown.
      await p.select('#f-sev', 'warning');
      expect(await groupShown()).toBe(true);
      expect(await count()).toBe(`显示的问题：${s.warnings}`);
      await p.select('#f-sev', 'error');
      expect(await groupShown()).toBe(false);
      // By its rule: one open, one reviewed apart.
      await p.select('#f-sev', '');
      await p.select('#f-rule', 'photo.near-duplicate');
      expect(await count()).toBe('显示的问题：1（另有已人工确认的 1 条）');
    } finally {
      await p.close();
      mixed.cleanup();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
