import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFile } from '../../src/types.js';
import type { RunModel } from '../../src/checks/types.js';
import { extractPhoto } from '../../src/extract/photo.js';
import { extractRecords } from '../../src/extract/index.js';
import { fingerprintPhotos, withFingerprints } from '../../src/extract/photo-fingerprint.js';
import type { PhotoFingerprint } from '../../src/types.js';
import { hamming } from '../../src/util/hamming.js';
import { deriveJpeg, makeJpeg } from '../../fixtures/build/jpeg.js';
import { discovered, idsOf, indicatorOf, rules, runReuse, tmpDir, unitOf } from './helpers.js';

const camera = { make: 'HUAWEI', model: 'P60', dateTimeOriginal: '2025-06-12 09:30:00', modifyDate: '2025-06-12 09:30:00' };

let files: Record<string, ExtractedFile>;
let run: RunModel;

async function place(dir: string, rel: string, buf: Buffer): Promise<ExtractedFile> {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, buf);
  const d = { ...discovered(abs, rel), unit: rel.split('/')[0]!, indicator: rel.split('/')[1]!.split(' ')[0]! };
  const r = await extractPhoto(d);
  return { ...d, facts: r.facts, error: r.error };
}

beforeAll(async () => {
  const dir = tmpDir('reuse');
  const original = await makeJpeg({ seed: 21, width: 1600, height: 1200, exif: camera, thumbnail: true });
  const sideways = await makeJpeg({ seed: 22, width: 1600, height: 1200, exif: { ...camera, orientation: 6 }, thumbnail: true });
  const sameSize = Buffer.from(original);
  sameSize[Math.floor(sameSize.length / 2)] ^= 0x01; // differs only in the middle: partial hashes collide
  files = {
    a: await place(dir, '县教育局/III-12 我们的节日/2025-06-12 县一中 端午.jpg', original),
    copy: await place(dir, '县文旅局/II-3 理论宣讲/2025-06-12 文化馆 宣讲.jpg', original),
    middle: await place(dir, '县文旅局/II-3 理论宣讲/2025-06-13 文化馆 讲座.jpg', sameSize),
    wechat: await place(dir, '县教育局/III-15 志愿服务/微信图片.jpg', await deriveJpeg(original, { width: 1280, quality: 70 })),
    crop: await place(dir, '县教育局/III-15 志愿服务/裁剪.jpg', await deriveJpeg(original, { crop: 0.02, quality: 80 })),
    sideways: await place(dir, '县教育局/III-12 我们的节日/2025-06-12 竖拍.jpg', sideways),
    rotated: await place(dir, '县教育局/III-12 我们的节日/旋转.jpg', await deriveJpeg(sideways, { autoOrient: true, width: 900 })),
    other1: await place(dir, '县教育局/III-12 我们的节日/2025-06-12 县二中 端午.jpg', await makeJpeg({ seed: 23, width: 1600, height: 1200, exif: camera, thumbnail: true })),
    other2: await place(dir, '县教育局/III-12 我们的节日/2025-06-12 县三中 端午.jpg', await makeJpeg({ seed: 24, width: 1600, height: 1200 })),
  };
  const prints = await fingerprintPhotos(Object.values(files));
  files = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, withFingerprints([f], prints)[0]!]));
  const all = Object.values(files);
  const rs = rules();
  const byUnit = new Map<string, ExtractedFile[]>();
  for (const f of all) byUnit.set(f.unit!, [...(byUnit.get(f.unit!) ?? []), f]);
  run = {
    files: all,
    units: [...byUnit].map(([name, fs_]) => {
      const u = unitOf(fs_, name);
      const keys = [...new Set(fs_.map((f) => f.indicator!))];
      u.indicators = keys.map((k) => indicatorOf(rs, k, fs_.filter((f) => f.indicator === k)));
      return u;
    }),
  };
}, 60_000);

const facts = (k: string) => files[k]!.facts as Extract<ExtractedFile['facts'], { type: 'photo' }>;
const print = (k: string): PhotoFingerprint => files[k]!.fingerprint!;

describe('fingerprintPhotos', () => {
  it('leaves the facts as they were: fingerprints are their own record', () => {
    expect(Object.isFrozen(files.a!.facts)).toBe(false); // extractPhoto's own result, before a record is made
    expect(files.a!.facts).not.toHaveProperty('sha256');
    expect(files.a!.facts).not.toHaveProperty('dhash');
  });

  it('hashes in full only files whose size and partial hash collide', () => {
    expect(print('a').sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(print('copy').sha256).toBe(print('a').sha256);
    expect(print('middle').sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(print('middle').sha256).not.toBe(print('a').sha256);
    expect(print('wechat').sha256).toBeNull(); // unique size: never read
    expect(print('other1').sha256).toBeNull();
  });

  it('uses the EXIF thumbnail where it is faithful, the image otherwise', () => {
    expect(print('a').dhashSource).toBe('thumbnail');
    expect(print('wechat').dhashSource).toBe('image');
    expect(print('other2').dhashSource).toBe('image');
  });

  it('near-duplicates are close, different photos far', () => {
    const d = (x: string, y: string) => hamming(print(x).dhash!, print(y).dhash!);
    if (process.env.PHOTO_DEBUG) {
      for (const [x, y] of [['a', 'wechat'], ['a', 'crop'], ['sideways', 'rotated'], ['a', 'other1'], ['a', 'other2'], ['other1', 'other2'], ['a', 'sideways']]) console.log(x, y, d(x!, y!));
    }
    expect(d('a', 'wechat')).toBeLessThanOrEqual(10);
    expect(d('a', 'crop')).toBeLessThanOrEqual(10);
    expect(d('sideways', 'rotated')).toBeLessThanOrEqual(10);
    expect(d('a', 'other1')).toBeGreaterThan(16);
    expect(d('a', 'other2')).toBeGreaterThan(16);
    expect(d('other1', 'other2')).toBeGreaterThan(16);
    expect(d('a', 'sideways')).toBeGreaterThan(16);
  });
});

describe('reuse checks', () => {
  it('photo.duplicate names every place, across units', () => {
    const hits = runReuse(run).filter((h) => h.ruleId === 'photo.duplicate');
    expect(hits.map((h) => h.file).sort()).toEqual([files.a!.path, files.copy!.path].sort());
    const onA = hits.find((h) => h.file === files.a!.path)!;
    expect(onA.args).toMatchObject({ others: [files.copy!.path], scope: 'units', count: 2 });
    expect(onA.unit).toBe('县教育局');
  });

  it('photo.near-duplicate groups resized, cropped and rotated copies, and nothing else', () => {
    const hits = runReuse(run).filter((h) => h.ruleId === 'photo.near-duplicate');
    const flagged = new Set(hits.map((h) => h.file));
    for (const k of ['wechat', 'crop', 'sideways', 'rotated']) expect(flagged.has(files[k]!.path)).toBe(true);
    for (const k of ['other1', 'other2']) expect(flagged.has(files[k]!.path)).toBe(false);
    const onWechat = hits.find((h) => h.file === files.wechat!.path)!;
    expect(String(onWechat.args!.others)).toContain(files.crop!.path);
    const onRotated = hits.find((h) => h.file === files.rotated!.path)!;
    expect(onRotated.args!.others).toEqual([files.sideways!.path]);
  });

  it('featureless hashes (flat pictures) and thumbnail-sized images are not compared', () => {
    const flat = (name: string, w: number) => ({
      ...files.other1!,
      path: name,
      name,
      facts: { ...facts('other1'), width: w, height: w, displayWidth: w, displayHeight: w },
      fingerprint: { ...print('other1'), dhash: '0000000000000000', sha256: null },
    });
    const tiny = (name: string) => ({ ...files.other1!, path: name, name, facts: { ...facts('other1'), width: 8, height: 8, displayWidth: 8, displayHeight: 8 }, fingerprint: { ...print('other1'), sha256: null } });
    const set = [flat('flat1.jpg', 2000), flat('flat2.jpg', 1500), tiny('t1.jpg'), tiny('t2.jpg')] as ExtractedFile[];
    expect(runReuse({ files: set, units: [unitOf(set)] })).toEqual([]);
    // the same pair with real sizes and hashes is flagged
    const real = [files.other1!, { ...files.other1!, path: 'again.jpg', name: 'again.jpg', fingerprint: { ...print('other1'), sha256: null } }] as ExtractedFile[];
    expect(idsOf(runReuse({ files: real, units: [unitOf(real)] }))).toEqual(['photo.near-duplicate']);
  });

  it('nothing is flagged when every photo is different', () => {
    const distinct = [files.other1!, files.other2!];
    expect(runReuse({ files: distinct, units: [unitOf(distinct)] })).toEqual([]);
  });
});

describe('a large group of reused photos', () => {
  it('names a few places and counts the rest, in both languages', async () => {
    const { photoMessages } = await import('../../src/messages/photo.js');
    const args = { file: 'a.jpg', others: ['b.jpg', 'c.jpg'], more: 7, scope: 'indicator', distance: 3 };
    expect(photoMessages['photo.near-duplicate'].message.zh(args)).toContain('b.jpg、c.jpg 等另外 7 处');
    expect(photoMessages['photo.near-duplicate'].message.en(args)).toContain('b.jpg, c.jpg and 7 more');
  });
});

describe('hashes finished in the background', () => {
  it('extractRecords returns complete, frozen records, and tells onFile of a photo only once its hash is done', async () => {
    const dir = tmpDir('pending');
    const copy = path.join(dir, 'forwarded.jpg');
    fs.writeFileSync(copy, await makeJpeg({ seed: 31, width: 1280, height: 960, quality: 70, exif: false }));
    const seen: (string | null)[] = [];
    const [f] = await extractRecords([discovered(copy)], { onFile: (x) => seen.push(x.facts.facts.type === 'photo' ? (x.facts.facts.imageDhash ?? null) : 'not a photo') });
    const facts = f!.facts.facts as { imageDhash: string | null; hasThumbnail: boolean };
    expect(f!.facts).toMatchObject({ extractor: 'photo', error: null });
    expect(Object.isFrozen(f!.facts.facts)).toBe(true);
    expect(facts.hasThumbnail).toBe(false);
    expect(facts.imageDhash).toMatch(/^[0-9a-f]{16}$/);
    expect(seen).toEqual([facts.imageDhash]);
  });
});
