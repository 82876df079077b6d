/**
 * The near-duplicate hash is the photo's own pixels', never its EXIF thumbnail's: two copies of one
 * photo with identical pixels, one carrying EXIF and a thumbnail and one stripped, were told as
 * "92% alike" (the one hash from the 160-px thumbnail, the other from the image).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFile } from '../../src/types.js';
import { extractPhoto } from '../../src/extract/photo.js';
import { fingerprintPhotos, withFingerprints } from '../../src/extract/photo-fingerprint.js';
import { makeJpeg, spliceExif } from '../../fixtures/build/jpeg.js';
import { renderMessage } from '../../src/messages/index.js';
import { discovered, indicatorOf, rules, runReuse, tmpDir, unitOf } from './helpers.js';

const camera = { make: 'HUAWEI', model: 'P60', dateTimeOriginal: '2025-06-12 09:30:00', modifyDate: '2025-06-12 09:30:00' };
let dir: string;

async function place(rel: string, buf: Buffer): Promise<ExtractedFile> {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, buf);
  const d = { ...discovered(abs, rel), unit: rel.split('/')[0]!, indicator: rel.split('/')[1]!.split(' ')[0]! };
  const r = await extractPhoto(d);
  return { ...d, facts: r.facts, error: r.error };
}

/** The near-duplicate findings of a set of photos of one unit and indicator. */
async function nearOf(list: ExtractedFile[]) {
  const prints = await fingerprintPhotos(list);
  const files = withFingerprints(list, prints);
  const u = unitOf(files, '县教育局');
  u.indicators = [indicatorOf(rules(), 'III-12', files)];
  return { files, hits: runReuse({ files, units: [u] }).filter((h) => h.ruleId === 'photo.near-duplicate') };
}

beforeAll(() => {
  dir = tmpDir('own-pixels');
});

describe('near-duplicate hash: the photo\'s own pixels', () => {
  it('one photo with EXIF and a faithful thumbnail, and its stripped copy (same pixels): the same hash, 100% alike', async () => {
    const withExif = await makeJpeg({ seed: 31, width: 1600, height: 1200, exif: camera, thumbnail: true });
    const stripped = spliceExif(withExif, null);
    const a = await place('县教育局/III-12 我们的节日/带信息.jpg', withExif);
    const b = await place('县教育局/III-12 我们的节日/去信息.jpg', stripped);
    expect((a.facts as { hasThumbnail: boolean }).hasThumbnail).toBe(true);
    expect((b.facts as { hasThumbnail: boolean }).hasThumbnail).toBe(false);
    const { files, hits } = await nearOf([a, b]);
    expect(files.map((f) => f.fingerprint!.dhashSource)).toEqual(['image', 'image']);
    expect(files[0]!.fingerprint!.dhash).toBe(files[1]!.fingerprint!.dhash);
    expect(hits.map((h) => h.args!.distance)).toEqual([0, 0]);
    const args = { ...hits[0]!.args!, file: '带信息.jpg' } as Parameters<typeof renderMessage>[2];
    expect(renderMessage('photo.near-duplicate', 'en', args)).toContain('100% alike');
    expect(renderMessage('photo.near-duplicate', 'zh', args)).toContain('相似度 100%');
  });

  it('a thumbnail of another picture (an edit that kept the original\'s) does not hide a copy of the same pixels', async () => {
    const edited = await makeJpeg({ seed: 32, width: 1600, height: 1200, exif: camera, thumbnail: 99 });
    const a = await place('县教育局/III-12 我们的节日/缩略图不同.jpg', edited);
    const b = await place('县教育局/III-12 我们的节日/缩略图不同-去信息.jpg', spliceExif(edited, null));
    const { files, hits } = await nearOf([a, b]);
    expect(files[0]!.fingerprint!.dhash).toBe(files[1]!.fingerprint!.dhash);
    expect(hits.map((h) => h.args!.distance)).toEqual([0, 0]);
  });

  it('just outside: two different pictures, each with its own faithful thumbnail, are not alike', async () => {
    const a = await place('县教育局/III-12 我们的节日/甲.jpg', await makeJpeg({ seed: 33, width: 1600, height: 1200, exif: camera, thumbnail: true }));
    const b = await place('县教育局/III-12 我们的节日/乙.jpg', await makeJpeg({ seed: 34, width: 1600, height: 1200, exif: camera, thumbnail: true }));
    const { hits } = await nearOf([a, b]);
    expect(hits).toEqual([]);
  });
});
