/**
 * A folder can hold two entries whose names decode to the same text: `端午活动.jpg` in UTF-8 beside
 * the same name in GBK bytes (a Windows zip extracted next to a copy made on a Mac or Linux).
 * Both were one path in the report: each took the other's findings, the pair was a photo.duplicate
 * of itself (the fingerprints, keyed by path, were one), and the review record, the page's links
 * and thumbnails named one file for both. Each entry's name is now unique in its folder: the UTF-8
 * one keeps the name, the GBK one is numbered ` (2)` before its extension (file.name-encoding still
 * says it is GBK). NFC/NFD twins keep being shown as written. Built by code; the folder is never
 * written to.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { decodeName, uniqueNames } from '../../src/discover/names.js';
import { runBin, tempDir } from '../cli/helpers.js';
import { snapshotTree } from './run.js';

const NAME = '2026-06-18 县一中 端午活动.jpg';

describe('uniqueNames', () => {
  const names = (raws: Buffer[]) => uniqueNames(raws.map(decodeName), raws);
  it('distinct names stay; NFC/NFD twins are shown as written; a GBK twin is numbered, whatever the listing order', () => {
    expect(names([Buffer.from('a.jpg'), Buffer.from('b.jpg')])).toEqual(['a.jpg', 'b.jpg']);
    const nfc = Buffer.from('caf\u00e9.jpg');
    const nfd = Buffer.from('cafe\u0301.jpg');
    expect(names([nfc, nfd])).toEqual(['caf\u00e9.jpg', 'cafe\u0301.jpg']);
    const utf8 = Buffer.from(NAME);
    const gbk = iconv.encode(NAME, 'gbk');
    expect(names([utf8, gbk])).toEqual([NAME, '2026-06-18 县一中 端午活动 (2).jpg']);
    expect(names([gbk, utf8])).toEqual(['2026-06-18 县一中 端午活动 (2).jpg', NAME]);
    // The number is one no other entry has; a name without an extension is numbered at its end.
    expect(names([utf8, gbk, Buffer.from('2026-06-18 县一中 端午活动 (2).jpg')])).toEqual([NAME, '2026-06-18 县一中 端午活动 (3).jpg', '2026-06-18 县一中 端午活动 (2).jpg']);
    expect(names([Buffer.from('县教育局'), iconv.encode('县教育局', 'gbk')])).toEqual(['县教育局', '县教育局 (2)']);
  });
});

describe('uniqueNames on many names decoding alike', () => {
  it('numbers them in linear work (each name tried once, not counted up from 2 for each)', () => {
    // Invalid bytes decode to U+FFFD: 3,000 distinct raw names, one shown name.
    // (the raw names differ; only their order is read from them here).
    const same = Array.from({ length: 3000 }, () => decodeName(Buffer.from([0xff, 0x2e, 0x6a, 0x70, 0x67])));
    const raws = same.map((_, i) => Buffer.from([0xff, 0x2e, 0x6a, 0x70, 0x67, 0x20 + (i % 90), 0x20 + Math.floor(i / 90)]));
    const has = vi.spyOn(Set.prototype, 'has');
    try {
      const out = uniqueNames(same, raws);
      expect(new Set(out).size).toBe(3000);
      expect(out.filter((n) => n === '\ufffd.jpg')).toHaveLength(1);
      expect(has.mock.calls.length).toBeLessThan(3000 * 10);
    } finally {
      has.mockRestore();
    }
  });
});

describe('a UTF-8 name and its GBK twin in one folder', () => {
  const tmp = tempDir('lc-twins-');
  const unit = path.join(tmp, '县教育局');
  const dir = path.join(unit, 'Ⅲ—12 我们的节日');
  let report: { files: { path: string; status: string }[]; findings: { file: string | null; ruleId: string }[] };
  let before: string[] = [];
  let code: number | null = null;

  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    // Two different pictures: a sound one, and a small one without EXIF under the GBK name.
    fs.writeFileSync(path.join(dir, NAME), await makeJpeg({ seed: 8, width: 1280, height: 960, noise: 12, quality: 80 }));
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), iconv.encode(NAME, 'gbk')]), await makeJpeg({ seed: 9, width: 320, height: 240, noise: 12, quality: 80 }));
    before = snapshotTree(unit);
    const r = runBin([unit, '--as-of', '2026-10-20', '--format', 'json', '--no-ocr'], { env: { LEDGER_CHECK_CACHE_DIR: path.join(tmp, 'cache') } });
    code = r.code;
    report = JSON.parse(r.stdout);
  });

  it('are two files with their own findings; neither is the other’s duplicate', () => {
    expect(code).toBe(1);
    const files = report.files.filter((f) => f.path.includes('端午活动')).map((f) => f.path).sort();
    expect(files).toEqual(['Ⅲ—12 我们的节日/2026-06-18 县一中 端午活动 (2).jpg', `Ⅲ—12 我们的节日/${NAME}`]);
    const of = (p: string) => report.findings.filter((f) => f.file === `Ⅲ—12 我们的节日/${p}`).map((f) => f.ruleId).sort();
    expect(report.findings.map((f) => f.ruleId)).not.toContain('photo.duplicate');
    expect(of('2026-06-18 县一中 端午活动 (2).jpg')).toEqual(expect.arrayContaining(['file.name-encoding', 'photo.too-small']));
    expect(of(NAME)).not.toContain('photo.too-small');
    expect(of(NAME)).not.toContain('file.name-encoding');
    expect(snapshotTree(unit)).toEqual(before);
  });
});
