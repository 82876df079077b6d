/**
 * The hostile-material cases (issue 9): each builds a county folder under `root` with unit
 * folders of its own (distinct names, so that the cases can also share one root). Everything is
 * built by code; nothing here reads the repository's or the corpus's files.
 *
 * `area` names who owns the behaviour a case exercises; `pending` marks a case that still fails
 * on main because that area's fix has not landed (the test expects the failure, `it.fails`).
 * `notPass` lists files (relative to root) that must never have status "pass".
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { makeJpeg, makePng, spliceExif, type ExifSpec } from '../../fixtures/build/jpeg.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makeOfd } from '../../fixtures/build/ofd.js';
import { ZipArchive } from '../../src/extract/zip.js';
import { writeZip } from '../../fixtures/build/zip.js';
import { makeEncryptedDoc } from '../../fixtures/build/cfb.js';
import { festivalRegisterSheet, makeRegisterXlsx } from '../../fixtures/build/xlsx.js';
import { reportParas } from '../../fixtures/build/texts.js';
import { box, fullBox, u32, u64, writeMovie } from '../../fixtures/build/video.js';
import { deflateBomb, makeZip } from './zip.js';
import { bogusHuffman, corruptIdat, cut, flip, lyingJpegSize, sharedValueExif } from './photos.js';
import { buildStructures, STRUCTURES } from './structures.js';

export type Area = 'photo' | 'material' | 'rules' | 'outputs';

export interface HostileCase {
  id: string;
  area: Area;
  /**
   * Still fails on main because the owning area's fix has not landed: the test expects the
   * failure (`it.fails`), or, for a case that hangs or takes long until fixed, is `it.todo`.
   */
  pending?: { why: string; todo?: true };
  /** Needs root (device nodes). */
  root?: boolean;
  build(root: string): Promise<void>;
  /** Files (relative to the checked root, '/'-separated) that must not pass. */
  notPass?: string[];
  /** Paths that must be named in the report (as a file or a finding's file): never silently skipped. */
  listed?: string[];
  /** Further assertions on the JSON report. */
  check?(report: { rules: { source: string } }): void;
}

const IND = 'Ⅲ—12 我们的节日';

const cam = (date: string): ExifSpec => ({
  dateTimeOriginal: `${date} 09:30:00`,
  offsetTimeOriginal: '+08:00',
  createDate: `${date} 09:30:00`,
  modifyDate: `${date} 09:30:00`,
  make: 'HUAWEI',
  model: 'ELS-AN00',
});

const memo = new Map<string, Promise<Buffer>>();
const once = (key: string, make: () => Promise<Buffer>) => {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key)!;
};

/** A camera original with an EXIF thumbnail (checked from the thumbnail, no decode today). */
export const cameraJpeg = () => once('camera', () => makeJpeg({ seed: 7, width: 1280, height: 960, noise: 12, quality: 85, exif: cam('2026-06-18'), thumbnail: true }));
/** A forwarded copy: no EXIF, hashed from its own pixels. */
const copyJpeg = () => once('copy', () => makeJpeg({ seed: 8, width: 1280, height: 960, noise: 12, quality: 80 }));
const png = () => once('png', () => makePng({ seed: 9, width: 1280, height: 960, exif: cam('2026-06-18') }));
const docx = () =>
  once('docx', () => makeDocx({ paragraphs: reportParas({ unit: '县教育局', indicator: '我们的节日', date: '2026-07-06' }).map((p) => ({ text: p.text, heading: p.heading })), created: '2026-07-06T09:00:00Z' }));
const pdf = () => once('pdf', async () => makePdf({ pages: [reportParas({ unit: '县教育局', indicator: '我们的节日', date: '2026-07-06' }).map((p) => p.text)] }));
const xlsx = () =>
  once('xlsx', () =>
    makeRegisterXlsx({ sheets: [festivalRegisterSheet('县教育局', [{ name: '端午包粽子', date: { date: '2026-06-18' }, place: '县一中' }])] }),
  );
const CSV = '序号,活动名称,活动时间,活动地点,参与人数,线上/线下\n1,端午包粽子,2026-06-18,县一中,50,线下\n';

function put(root: string, rel: string, data: Buffer | string): void {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
}

/** A unit folder with one sound photo beside the hostile material. */
async function unit(root: string, name: string): Promise<string> {
  const dir = `${name}/${IND}`;
  put(root, `${dir}/2026-06-18 县一中 端午包粽子活动.jpg`, await cameraJpeg());
  return dir;
}

/** Truncations and byte flips of one fixture: the mutants of a kind, one indicator folder. */
/** `mustFail`: the cuts that must not pass (a photo cut anywhere is broken; a CSV cut is still a CSV). */
function mutantsCase(kind: string, ext: string, make: () => Promise<Buffer>, area: Area, mustFail: number[] = [0.01, 0.5]): HostileCase {
  const u = `县变异${kind}局`;
  const name = (m: string) =>
    `${u}/${IND}/${kind === 'photo' || kind === 'copy' || kind === 'png' ? '2026-06-18 县一中 端午活动 ' : kind === 'xlsx' || kind === 'csv' ? '活动登记表 ' : kind === 'video' ? '2026-06-18 端午活动视频 ' : '说明报告 '}${m}.${ext}`;
  const cuts = [0.01, 0.5, 0.9, 0.99];
  const flips = [0.02, 0.3, 0.6, 0.95];
  return {
    id: `mutants-${kind}`,
    area,
    async build(root) {
      const buf = await make();
      for (const f of cuts) put(root, name(`cut${f}`), cut(buf, f));
      for (const f of flips) put(root, name(`flip${f}`), flip(buf, f));
    },
    notPass: mustFail.map((f) => name(`cut${f}`)),
  };
}

function mkfifo(p: string): void {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  execFileSync('mkfifo', [p]);
}

/**
 * A unix socket file left behind: bound under a short path (socket paths are limited to ~107
 * bytes), hard-linked into place, then the server closed (which unlinks only the short path).
 */
async function socketFile(p: string): Promise<void> {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  const short = fs.mkdtempSync(path.join(os.tmpdir(), 's'));
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.listen(path.join(short, 's'), resolve).on('error', reject));
  fs.linkSync(path.join(short, 's'), p);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(short, { recursive: true, force: true });
}

const GB = 1_000_000_000;

export const CASES: HostileCase[] = [
  // ------------------------------------------------------------------ photos (items 5, 10)
  {
    id: 'photo-bogus-huffman',
    area: 'photo',
    async build(root) {
      put(root, `县照片一局/${IND}/2026-06-18 县一中 端午包粽子活动.jpg`, bogusHuffman(await cameraJpeg()));
      put(root, `县照片一局/${IND}/2026-06-19 县一中 端午龙舟活动.jpg`, bogusHuffman(await copyJpeg()));
    },
    notPass: [`县照片一局/${IND}/2026-06-18 县一中 端午包粽子活动.jpg`, `县照片一局/${IND}/2026-06-19 县一中 端午龙舟活动.jpg`],
  },
  {
    id: 'photo-corrupt-idat',
    area: 'photo',
    async build(root) {
      put(root, `县照片二局/${IND}/2026-06-18 县一中 端午包粽子活动.png`, corruptIdat(await png()));
    },
    notPass: [`县照片二局/${IND}/2026-06-18 县一中 端午包粽子活动.png`],
  },
  {
    id: 'photo-truncated-1pct',
    area: 'photo',
    async build(root) {
      put(root, `县照片三局/${IND}/2026-06-18 县一中 端午包粽子活动.jpg`, cut(await cameraJpeg(), 0.99));
      put(root, `县照片三局/${IND}/2026-06-19 县一中 端午龙舟活动.jpg`, cut(await copyJpeg(), 0.99));
    },
    notPass: [`县照片三局/${IND}/2026-06-18 县一中 端午包粽子活动.jpg`, `县照片三局/${IND}/2026-06-19 县一中 端午龙舟活动.jpg`],
  },
  {
    id: 'photo-lying-size',
    area: 'photo',
    async build(root) {
      const small = await makeJpeg({ seed: 11, width: 200, height: 200, noise: 4, quality: 75, exif: cam('2026-06-18'), thumbnail: true });
      put(root, `县照片四局/${IND}/2026-06-18 县一中 端午包粽子活动.jpg`, lyingJpegSize(small, 10000, 9999));
    },
    notPass: [`县照片四局/${IND}/2026-06-18 县一中 端午包粽子活动.jpg`],
  },
  {
    // Every IFD0 entry names ONE stored value: readers decoded it once per entry (a 5.4 MB PNG of
    // 65,535 entries naming one 1 MB string ended the run at the 4 GB heap, exit 134; these smaller
    // ones decoded 60–90 MB and were read as sound EXIF). Now refused unread: no EXIF.
    id: 'exif-shared-values',
    area: 'photo',
    async build(root) {
      const jpeg = await makeJpeg({ seed: 12, width: 1280, height: 960, noise: 12, quality: 85 });
      put(root, `县照片五局/${IND}/2026-06-18 县一中 端午活动 文字.jpg`, spliceExif(jpeg, sharedValueExif(2600, 24_000, 2)));
      put(root, `县照片五局/${IND}/2026-06-18 县一中 端午活动 数组.jpg`, spliceExif(jpeg, sharedValueExif(2600, 24_000, 3)));
      const png = await makePng({ seed: 13, width: 1280, height: 960 });
      const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
      const chunk = sharedValueExif(3000, 32_000, 3);
      const head = Buffer.alloc(8);
      head.writeUInt32BE(chunk.length);
      head.write('eXIf', 4, 'latin1');
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), chunk])));
      put(root, `县照片五局/${IND}/2026-06-18 县一中 端午活动.png`, Buffer.concat([png.subarray(0, ihdrEnd), head, chunk, crc, png.subarray(ihdrEnd)]));
    },
    check(report) {
      const r = report as unknown as { findings: { ruleId: string; file?: string | null }[] };
      const rules = (f: string) => r.findings.filter((x) => x.file === `县照片五局/${IND}/${f}`).map((x) => x.ruleId);
      for (const f of ['2026-06-18 县一中 端午活动 文字.jpg', '2026-06-18 县一中 端午活动 数组.jpg']) expect(rules(f), f).toContain('photo.no-exif');
      // libvips refuses the PNG's eXIf too: unreadable (the run stays small on the way there).
      expect(rules('2026-06-18 县一中 端午活动.png')).toContain('photo.unreadable');
    },
  },
  // ------------------------------------------------------------------ names (items 3, 7)
  {
    id: 'prototype-names',
    area: 'material',
    async build(root) {
      for (const n of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
        const dir = await unit(root, n);
        put(root, `${n}/${n}/${n}.jpg`, await copyJpeg());
        put(root, `${dir}/${n}.pdf`, await pdf());
      }
    },
  },
  {
    id: 'control-characters',
    area: 'outputs',
    async build(root) {
      const dir = await unit(root, '县控制符局');
      const names = ['\x1b[2J\x1b[H清屏', '\x1b]0;标题\x07', '\x1b[8m隐藏', 'del\x7f', 'c1\u009b31m', 'bell\x07', 'tab\tcr\r'];
      for (const n of names) put(root, `${dir}/${n}.jpg`, await copyJpeg());
      put(root, `县控制符局/\x1b[31m红色文件夹/说明.txt`, 'x');
    },
  },
  {
    id: 'odd-names',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县长名局');
      put(root, `${dir}/${'长'.repeat(80)}.jpg`, await copyJpeg()); // 240 bytes of name
      let deep = '县深层局';
      for (let i = 0; i < 60; i++) deep += `/${i}`;
      put(root, `${deep}/深.jpg`, await copyJpeg());
      // A GBK name that is not UTF-8 (as a Windows zip extracts it).
      const gbk = Buffer.concat([Buffer.from(path.join(root, dir) + '/'), Buffer.from([0xd5, 0xd5, 0xc6, 0xac]), Buffer.from('.jpg')]);
      fs.writeFileSync(gbk, await copyJpeg());
      put(root, `${dir}/.jpg`, await copyJpeg());
      put(root, `${dir}/ .jpg`, await copyJpeg());
    },
  },
  // ------------------------------------------------------------------ rule files (item 1, 8)
  {
    id: 'planted-rule-file',
    area: 'rules',
    async build(root) {
      const dir = await unit(root, '县规则局');
      const own = 'name: 内置规则\nversion: "1"\nextends: builtin\nseverity:\n' +
        ['photo.unreadable', 'photo.no-exif', 'file.unrecognized', 'material.report-missing', 'material.signoff-missing'].map((r) => `  ${r}: off\n`).join('');
      put(root, '.ledger-check.yaml', own);
      put(root, '县规则局/.ledger-check.yaml', own);
      put(root, `${dir}/.ledger-check.yaml`, own);
      put(root, `${dir}/坏照片.jpg`, cut(await cameraJpeg(), 0.3));
    },
    notPass: [`县规则局/${IND}/坏照片.jpg`],
    // Reported (file.rules-inside-material), never read.
    listed: ['.ledger-check.yaml', '县规则局/.ledger-check.yaml', `县规则局/${IND}/.ledger-check.yaml`],
    check(report) {
      // Judged by the built-in rules, never by a rule file found inside the material.
      expect(report.rules.source).toBe('builtin');
    },
  },
  {
    id: 'rule-file-fifo',
    area: 'rules',
    async build(root) {
      await unit(root, '县管道局');
      mkfifo(path.join(root, '.ledger-check.yml'));
      mkfifo(path.join(root, '县管道局/.ledger-check.json'));
    },
    listed: ['.ledger-check.yml', '县管道局/.ledger-check.json'],
  },
  // ------------------------------------------------------------------ special files (item 6)
  {
    id: 'fifo',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县命名管道局');
      mkfifo(path.join(root, dir, '2026-06-19 县一中 端午活动.jpg'));
      mkfifo(path.join(root, dir, '说明报告.docx'));
    },
    listed: [`县命名管道局/${IND}/2026-06-19 县一中 端午活动.jpg`, `县命名管道局/${IND}/说明报告.docx`],
  },
  {
    id: 'socket',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县套接字局');
      await socketFile(path.join(root, dir, '说明报告.pdf'));
    },
    listed: [`县套接字局/${IND}/说明报告.pdf`],
  },
  {
    id: 'device-node',
    area: 'material',
    root: true,
    async build(root) {
      const dir = await unit(root, '县设备局');
      execFileSync('mknod', [path.join(root, dir, '2026-06-19 县一中 端午活动.jpg'), 'c', '1', '5']); // /dev/zero
      execFileSync('mknod', [path.join(root, dir, '活动登记表.xlsx'), 'c', '1', '3']); // /dev/null
    },
    listed: [`县设备局/${IND}/2026-06-19 县一中 端午活动.jpg`, `县设备局/${IND}/活动登记表.xlsx`],
  },
  {
    id: 'symlinks',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县链接局');
      fs.symlinkSync('/dev/zero', path.join(root, dir, '2026-06-19 县一中 端午活动.jpg'));
      fs.symlinkSync('/nonexistent/说明报告.pdf', path.join(root, dir, '说明报告.pdf'));
      fs.symlinkSync('..', path.join(root, dir, '循环'));
      fs.symlinkSync('/etc', path.join(root, dir, '系统'));
    },
    listed: [`县链接局/${IND}/2026-06-19 县一中 端午活动.jpg`, `县链接局/${IND}/说明报告.pdf`],
  },
  // ------------------------------------------------------------------ sizes and expansion (items 4, 9)
  {
    id: 'xlsx-huge-dimension',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县大表局');
      const zip = await JSZip.loadAsync(await xlsx());
      const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
      zip.file(
        sheet,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
      );
      put(root, `${dir}/活动登记表.xlsx`, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    },
  },
  {
    id: 'docx-bomb',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县炸弹一局');
      const zip = await JSZip.loadAsync(await docx());
      const entries = await Promise.all(
        Object.values(zip.files)
          .filter((f) => !f.dir && f.name !== 'word/document.xml')
          .map(async (f) => ({ name: f.name, data: await f.async('nodebuffer') })),
      );
      const xml = (open: string) =>
        deflateBomb(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${open}`, GB, '</w:t></w:r></w:p></w:body></w:document>');
      const bomb = xml('');
      put(root, `${dir}/说明报告.docx`, makeZip([...entries, { name: 'word/document.xml', deflated: bomb }]));
      // The same, with headers that claim 1 KB.
      put(root, `${dir}/部门评价.docx`, makeZip([...entries, { name: 'word/document.xml', deflated: bomb, declaredSize: 1024 }]));
    },
  },
  {
    // A 21 KB .docx whose report ends in one table of 3,000 rows × 10 one-character cells: each
    // cell is a heading-shaped line, and finding each section's parent copied every section so
    // far (quadratic: a 40 KB one of 4,000 rows > 120 s, killed). Now linear (this one 17 s / 389 MB at a load of 15).
    id: 'docx-table-cells',
    area: 'material',
    async build(root) {
      const paras = reportParas({ unit: '县表格局', indicator: '我们的节日', date: '2026-07-06' }).map((p) => ({ text: p.text, heading: p.heading }));
      const table = Array.from({ length: 3000 }, () => Array.from({ length: 10 }, () => 'x'));
      put(root, `县表格局/${IND}/说明报告.docx`, await makeDocx({ paragraphs: paras, table, created: '2026-07-06T09:00:00Z' }));
    },
    listed: [`县表格局/${IND}/说明报告.docx`],
  },
  {
    id: 'xlsx-bomb',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县炸弹二局');
      const zip = await JSZip.loadAsync(await xlsx());
      const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
      const entries = await Promise.all(
        Object.values(zip.files)
          .filter((f) => !f.dir && f.name !== sheet)
          .map(async (f) => ({ name: f.name, data: await f.async('nodebuffer') })),
      );
      const bomb = deflateBomb('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', GB, '</sheetData></worksheet>');
      put(root, `${dir}/活动登记表.xlsx`, makeZip([...entries, { name: sheet, deflated: bomb }]));
    },
  },
  {
    id: 'csv-one-long-line',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县长行局');
      put(root, `${dir}/活动登记表.csv`, Buffer.concat([Buffer.from('序号,活动名称,'), Buffer.alloc(48 << 20, 0x61)]));
    },
  },
  {
    // hostile21: an OFD of three document roots naming one Document.xml of 180,000 pages, each naming
    // an empty part (a 1 MB file; empty parts cost no markup): the text analysis of 540,000 pages held
    // the run past 300 s. Now refused by its page count (doc.too-many-pages) before any page is read.
    id: 'ofd-empty-pages',
    area: 'material',
    async build(root) {
      await unit(root, '县版式局');
      const z = new ZipArchive(makeOfd({ pages: [reportParas({ unit: '县版式局', indicator: '我们的节日', date: '2026-07-06' }).map((p) => p.text)] }));
      const doc = z.text('Doc_0/Document.xml')!.replace(/<ofd:Pages>.*<\/ofd:Pages>/, `<ofd:Pages>${'<ofd:Page BaseLoc="E"/>'.repeat(180_000)}</ofd:Pages>`);
      const ofd = z.text('OFD.xml')!.replace(/<ofd:DocRoot>.*<\/ofd:DocRoot>/, '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'.repeat(3));
      const specs = z.entries.map((e) => ({ name: e.name, data: e.name === 'Doc_0/Document.xml' ? Buffer.from(doc) : e.name === 'OFD.xml' ? Buffer.from(ofd) : z.readEntry(e) }));
      put(root, `县版式局/${IND}/说明报告.ofd`, writeZip([...specs, { name: 'Doc_0/E', data: Buffer.alloc(0), stored: true }]));
    },
    notPass: [`县版式局/${IND}/说明报告.ofd`],
    check(report) {
      const r = report as unknown as { findings: { ruleId: string; file?: string | null }[] };
      expect(r.findings.filter((x) => x.file === `县版式局/${IND}/说明报告.ofd`).map((x) => x.ruleId)).toEqual(['doc.too-many-pages']);
    },
  },
  {
    // hostile21: structures that loop or lie (structures.ts), each a finding, the run going on.
    id: 'structure-loops',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县结构局');
      await buildStructures(path.join(root, dir));
    },
    check(report) {
      const r = report as unknown as { files: { path: string; status: string }[]; findings: { ruleId: string; file?: string | null; args?: Record<string, unknown> }[] };
      const at = (f: string) => `县结构局/${IND}/${f}`;
      for (const [f, rule] of Object.entries(STRUCTURES)) {
        const status = r.files.find((x) => x.path === at(f))?.status;
        const rules = r.findings.filter((x) => x.file === at(f)).map((x) => x.ruleId);
        expect({ f, named: status !== undefined || rules.length > 0, passed: status === 'pass' }).toEqual({ f, named: true, passed: false });
        if (rule) expect(rules, f).toContain(rule);
      }
      // The folder 200 deep: the walk stops at its depth bound with a finding.
      expect(r.findings.some((x) => x.ruleId === 'file.unreadable' && x.file?.startsWith(at('深/0/1/2/')) && x.args?.code === 'too-deep')).toBe(true);
    },
  },
  // ------------------------------------------------------------------ mutants of every fixture kind
  mutantsCase('photo', 'jpg', cameraJpeg, 'photo', [0.01, 0.5, 0.9, 0.99]),
  mutantsCase('copy', 'jpg', copyJpeg, 'photo', [0.01, 0.5, 0.9, 0.99]),
  mutantsCase('png', 'png', png, 'photo', [0.01, 0.5, 0.9, 0.99]),
  mutantsCase('pdf', 'pdf', pdf, 'material'),
  mutantsCase('docx', 'docx', docx, 'material'),
  mutantsCase('xlsx', 'xlsx', xlsx, 'material'),
  mutantsCase('csv', 'csv', async () => Buffer.from(CSV), 'material', []),
  mutantsCase('doc', 'doc', async () => makeEncryptedDoc(), 'material', []),
  mutantsCase('video', 'mp4', async () => writeMovie({ moovLast: true, mdatBytes: 4096, createdUtc: '2026-06-18T02:00:00Z' }), 'material', [0.01, 0.5, 0.9, 0.99]),
  // ------------------------------------------------------------------ videos (issue 10 item 6)
  {
    id: 'video-boxes',
    area: 'material',
    async build(root) {
      const dir = await unit(root, '县视频局');
      const ftyp = box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isommp42'));
      const mvhd = fullBox('mvhd', 0, 0, u32(3_860_000_000), u32(0), u32(1000), u32(1000), Buffer.alloc(80));
      // moov declaring 4 GB (32-bit) and 2^62 bytes (64-bit) in a file of a few bytes
      put(root, `${dir}/巨大声明.mp4`, Buffer.concat([ftyp, u32(0xfffffff0), Buffer.from('moov'), Buffer.alloc(32)]));
      put(root, `${dir}/巨大声明64.mov`, Buffer.concat([ftyp, u32(1), Buffer.from('moov'), u64(1n << 62n), Buffer.alloc(32)]));
      // a child that claims more than its parent; boxes nested 50,000 deep; a flood of 200,000 empty boxes
      const trak = Buffer.concat([u32(0x7fffffff), Buffer.from('trak'), Buffer.alloc(16)]);
      put(root, `${dir}/重叠.mp4`, Buffer.concat([ftyp, box('moov', mvhd, trak), box('mdat', Buffer.alloc(16))]));
      const depth = 50_000;
      const nested = Buffer.alloc(depth * 8);
      for (let i = 0; i < depth; i++) {
        nested.writeUInt32BE((depth - i) * 8, i * 8);
        nested.write(i % 2 ? 'meta' : 'udta', i * 8 + 4, 'latin1');
      }
      put(root, `${dir}/嵌套.mp4`, Buffer.concat([ftyp, box('moov', mvhd, nested), box('mdat', Buffer.alloc(16))]));
      put(root, `${dir}/大量小盒.mp4`, Buffer.concat([ftyp, Buffer.concat(Array.from({ length: 200_000 }, () => box('free')))]));
      put(root, `${dir}/文字.mp4`, '这不是视频\n'.repeat(100));
      put(root, `${dir}/乱码.mov`, Buffer.from(Array.from({ length: 9000 }, (_, i) => (i * 131 + 17) % 256)));
    },
    notPass: ['巨大声明.mp4', '巨大声明64.mov', '重叠.mp4', '大量小盒.mp4', '文字.mp4', '乱码.mov'].map((f) => `县视频局/${IND}/${f}`),
    listed: [`县视频局/${IND}/嵌套.mp4`],
  },
];
