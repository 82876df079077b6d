import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { loadRules } from '../../src/rules/load.js';
import { tempDir } from '../helpers/temp.js';

const rules = loadRules();
const tmp = tempDir('lc-discover-');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PDF = Buffer.from('%PDF-1.4\n');

function tree(root: string, files: Record<string, Buffer | string>) {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}

describe('discover', () => {
  it('lays out a unit folder and classifies by content', async () => {
    const root = path.join(tmp, '县教育局');
    tree(root, {
      'Ⅲ—12 我们的节日/2025-06-12 端午.jpg': JPEG,
      'Ⅲ—12 我们的节日/说明报告.pdf': PDF,
      'Ⅲ—12 我们的节日/照片/重阳.JPG': JPEG,
      'III-15 志愿服务/假照片.jpg': PDF, // a PDF with a .jpg name is a PDF
      '移交签单.pdf': PDF,
      '杂项/readme.txt': 'hello',
      '.DS_Store': 'x',
      'Ⅲ—12 我们的节日/~$说明报告.docx': 'lock',
      'Thumbs.db': 'x',
    });
    const d = await discover(root, rules);
    expect(d.mode).toBe('unit');
    expect(d.units.map((u) => u.name)).toEqual(['县教育局']);
    const byPath = Object.fromEntries(d.files.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual([
      'III-15 志愿服务/假照片.jpg',
      '杂项/readme.txt',
      '移交签单.pdf',
      'Ⅲ—12 我们的节日/2025-06-12 端午.jpg',
      'Ⅲ—12 我们的节日/照片/重阳.JPG',
      'Ⅲ—12 我们的节日/说明报告.pdf',
    ].sort());
    expect(byPath['Ⅲ—12 我们的节日/照片/重阳.JPG']).toMatchObject({ kind: 'photo', indicator: 'III-12', unit: '县教育局' });
    // Classified once, by content: a PDF named .jpg is a PDF (extraction never sniffs again).
    expect(byPath['III-15 志愿服务/假照片.jpg']).toMatchObject({ container: 'pdf', kind: 'document', indicator: 'III-15', notes: [] });
    // A PNG named .jpg stays a photo, of its real format.
    const png = path.join(root, 'Ⅲ—12 我们的节日/其实是PNG.jpg');
    fs.writeFileSync(png, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer());
    const again = await discover(root, rules);
    expect(again.files.find((f) => f.name === '其实是PNG.jpg')).toMatchObject({ container: 'png', kind: 'photo', notes: [] });
    expect(byPath['移交签单.pdf']).toMatchObject({ kind: 'signoff', indicator: null, notes: ['unit-root'] });
    expect(byPath['杂项/readme.txt']).toMatchObject({ kind: 'other', notes: ['outside-indicator'] });
    expect(d.ignored.sort()).toEqual(['.DS_Store', 'Thumbs.db', 'Ⅲ—12 我们的节日/~$说明报告.docx'].sort());
  });

  it('detects a county run and strips ordinals from unit names', async () => {
    const root = path.join(tmp, '台账');
    tree(root, {
      '01 县教育局/Ⅲ—12 我们的节日/a.jpg': JPEG,
      '县文旅局/Ⅳ—2 公共文化服务/b.jpg': JPEG,
      '汇总说明.pdf': PDF,
    });
    const d = await discover(root, rules);
    expect(d.mode).toBe('county');
    // Units of the rule set without a folder are listed too (folder null).
    expect(d.units.map((u) => [u.name, u.folder])).toEqual([
      ['县教育局', '01 县教育局'],
      ['县卫健委', null],
      ['县市场监管局', null],
      ['县文旅局', '县文旅局'],
    ]);
    expect(d.files.find((f) => f.path === '汇总说明.pdf')).toMatchObject({ unit: null, notes: ['county-root'] });
  });

  it('keeps stray empty folders and a second folder of the same unit apart from real units', async () => {
    const root = path.join(tmp, '3.15 台账'); // a county folder whose name happens to look like a code
    tree(root, {
      '02 县文旅局/Ⅳ—2 公共文化服务/a.jpg': JPEG,
      '县文旅局/Ⅳ—2 公共文化服务/b.jpg': JPEG,
    });
    fs.mkdirSync(path.join(root, '新建文件夹'));
    fs.mkdirSync(path.join(root, '县卫健委'));
    const d = await discover(root, rules);
    expect(d.mode).toBe('county');
    expect(d.units.map((u) => [u.name, u.folder])).toEqual([
      ['县文旅局', '02 县文旅局'],
      ['县卫健委', '县卫健委'], // empty, but a unit of the rule set: it handed in nothing
      ['县市场监管局', null],
      ['县教育局', null],
      ['县文旅局（文件夹 县文旅局）', '县文旅局'], // a second folder of the same unit stays apart
    ]);
  });

  it('finds GBK-named files (Windows zips) and shows them readably', async () => {
    const root = path.join(tmp, 'gbk');
    const dirB = Buffer.from(path.join(root, 'Ⅲ—12 我们的节日'));
    fs.mkdirSync(dirB, { recursive: true });
    const nameB = iconv.encode('现场照片1.jpg', 'gbk');
    fs.writeFileSync(Buffer.concat([dirB, Buffer.from('/'), nameB]), JPEG);
    const d = await discover(root, rules);
    expect(d.files).toHaveLength(1);
    expect(d.files[0]).toMatchObject({ name: '现场照片1.jpg', nameRepaired: true, container: 'jpeg', kind: 'photo' });
    expect(fs.readFileSync(d.files[0]!.absPath)).toEqual(JPEG);
  });

  it('keeps two files whose names differ only in Unicode form apart', async () => {
    const root = path.join(tmp, 'nfcnfd');
    tree(root, { ['Ⅲ—12 我们的节日/caf\u00e9.jpg']: JPEG, ['Ⅲ—12 我们的节日/cafe\u0301.jpg']: Buffer.concat([JPEG, Buffer.from([1])]) });
    const d = await discover(root, rules);
    expect(d.files).toHaveLength(2);
    expect(new Set(d.files.map((f) => f.path)).size).toBe(2);
    expect(d.files.map((f) => f.size).sort()).toEqual([6, 7]);
  });

  it('compares names in NFC', async () => {
    const root = path.join(tmp, 'nfd');
    tree(root, { ['Ⅲ—12 我们的节日/cafe\u0301.jpg']: JPEG });
    const d = await discover(root, rules);
    expect(d.files[0]!.name).toBe('caf\u00e9.jpg');
  });
});
