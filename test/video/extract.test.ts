/**
 * The video extractor on movies built by code (fixtures/build/video.ts): what it reads from
 * mvhd, tkhd, ©day and the Apple keys, and how it refuses what it cannot read — truncated,
 * garbage, absurd sizes, boxes overflowing their parent, floods of tiny boxes — always with an
 * error code, never a throw or a hang, and never reading mdat.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appleMeta, box, box64, dataBox, fullBox, u32, u64, writeMovie } from '../../fixtures/build/video.js';
import { readVideo, extractVideo } from '../../src/extract/video.js';
import { bufferSource, MAX_MOOV_BYTES, type ByteSource } from '../../src/extract/video-boxes.js';
import { parseMetadataDate } from '../../src/extract/video-meta.js';
import { MAC_EPOCH_OFFSET, macTimeToUtc } from '../../src/extract/video-moov.js';
import { tempDir } from '../helpers/temp.js';

const read = (b: Buffer) => readVideo(bufferSource(b));
/** A track with a sound handler and nothing else: enough for a movie to hold something. */
const soundTrak = box('trak', box('mdia', fullBox('hdlr', 0, 0, u32(0), Buffer.from('soun'), Buffer.alloc(12), Buffer.from('\0'))));

/** `inner` wrapped in boxes of the given types, outermost first (built in one pass). */
function nest(types: string[], inner: Buffer): Buffer {
  const out = Buffer.alloc(types.length * 8 + inner.length);
  types.forEach((t, i) => {
    out.writeUInt32BE(out.length - i * 8, i * 8);
    out.write(t, i * 8 + 4, 'latin1');
  });
  inner.copy(out, types.length * 8);
  return out;
}

/** exiftool's "2026:06:19 02:00:00+00:00" as an instant. */
const exifInstant = (v: unknown) => Date.parse(String(v).replace(/^(\d{4}):(\d{2}):(\d{2}) /, '$1-$2-$3T'));

describe('what a movie says', () => {
  it('an MP4: brand, mvhd creation time in UTC, duration, the video track size, tracks', async () => {
    const r = await read(writeMovie({ createdUtc: '2026-06-19T02:15:30Z', durationSeconds: 12.5, width: 1920, height: 1080 }));
    expect(r.error).toBeNull();
    expect(r.facts).toMatchObject({
      type: 'video', format: 'mp4', brand: 'isom', compatibleBrands: ['isom', 'iso2', 'avc1', 'mp41'],
      createdUtc: '2026-06-19T02:15:30Z', metadataDate: null, durationSeconds: 12.5, width: 1920, height: 1080, rotation: 0,
      videoTracks: 1, audioTracks: 1,
    });
  });

  it('version 1 (64-bit) mvhd and tkhd, another timescale', async () => {
    const r = await read(writeMovie({ version: 1, createdUtc: '2030-01-02T03:04:05Z', timescale: 90000, durationSeconds: 61.234, width: 3840, height: 2160 }));
    expect(r.facts).toMatchObject({ createdUtc: '2030-01-02T03:04:05Z', durationSeconds: 61.234, width: 3840, height: 2160 });
  });

  it('a creation time of 0 is unknown, not 1904', async () => {
    expect((await read(writeMovie({ createdUtc: null }))).facts.createdUtc).toBeNull();
    expect(macTimeToUtc(0n)).toBeNull();
    expect(macTimeToUtc(0xffff_ffff_ffff_ffffn)).toBeNull();
  });

  it('a time written as Unix seconds (below the 1904→1970 offset) is read as Unix time, not 66 years early', async () => {
    expect((await read(writeMovie({ unixEpoch: true, createdUtc: '2026-06-19T02:00:00Z' }))).facts.createdUtc).toBe('2026-06-19T02:00:00Z');
    expect((await read(writeMovie({ unixEpoch: true, version: 1, createdUtc: '2025-11-30T23:59:59Z' }))).facts.createdUtc).toBe('2025-11-30T23:59:59Z');
    // The boundary: one second under the offset is Unix time (2036-01-01 23:59:59 is the last such
    // date); the offset itself is QuickTime's 1970-01-01.
    expect(macTimeToUtc(BigInt(MAC_EPOCH_OFFSET) - 1n)).toBe('2036-01-01T23:59:59Z');
    expect(macTimeToUtc(BigInt(MAC_EPOCH_OFFSET))).toBe('1970-01-01T00:00:00Z');
    expect(macTimeToUtc(BigInt(MAC_EPOCH_OFFSET) + 1n)).toBe('1970-01-01T00:00:01Z');
    expect(macTimeToUtc(1n)).toBe('1970-01-01T00:00:01Z');
  });

  it('a portrait phone video: stored 1920×1080 with a 90° display matrix', async () => {
    expect((await read(writeMovie({ rotation: 90 }))).facts).toMatchObject({ width: 1920, height: 1080, rotation: 90 });
    expect((await read(writeMovie({ rotation: 270 }))).facts.rotation).toBe(270);
  });

  it('QuickTime .mov with the Apple creation date (keys + ilst), which carries its zone', async () => {
    const r = await read(writeMovie({ flavour: 'mov', appleCreationDate: '2026-06-19T10:15:30+0800' }));
    expect(r.facts).toMatchObject({ format: 'mov', brand: 'qt  ' });
    expect(r.facts.metadataDate).toEqual({ tag: 'com.apple.quicktime.creationdate', value: '2026-06-19T10:15:30+0800', time: '2026-06-19T10:15:30', offset: '+08:00' });
  });

  it('©day as QuickTime user data and as an iTunes ilst item', async () => {
    const udta = await read(writeMovie({ flavour: 'mov', day: '2025-07-31T23:59:59+08:00', dayStyle: 'udta' }));
    expect(udta.facts.metadataDate).toEqual({ tag: '©day', value: '2025-07-31T23:59:59+08:00', time: '2025-07-31T23:59:59', offset: '+08:00' });
    const ilst = await read(writeMovie({ day: '2026-06-19T01:00:00Z', dayStyle: 'ilst' }));
    expect(ilst.facts.metadataDate).toEqual({ tag: '©day', value: '2026-06-19T01:00:00Z', time: '2026-06-19T01:00:00', offset: '+00:00' });
  });

  it('the Apple key is preferred over ©day; a ©day that is no date gives way', async () => {
    const both = await read(writeMovie({ day: '2020-01-01', appleCreationDate: '2026-06-19T10:15:30+0800' }));
    expect(both.facts.metadataDate?.tag).toBe('com.apple.quicktime.creationdate');
    const bad = await read(writeMovie({ day: '2025-07-30', appleCreationDate: 'yesterday' }));
    expect(bad.facts.metadataDate).toMatchObject({ tag: '©day', time: '2025-07-30' });
  });

  it('3GP by its brand; an old QuickTime movie without ftyp; moov after mdat; a 64-bit mdat', async () => {
    expect((await read(writeMovie({ flavour: '3gp' }))).facts).toMatchObject({ format: '3gp', brand: '3gp4' });
    const bare = await read(writeMovie({ noFtyp: true, day: '2025-07-31' }));
    expect(bare.error).toBeNull();
    expect(bare.facts).toMatchObject({ format: 'mov', brand: null, metadataDate: { time: '2025-07-31' } });
    const last = await read(writeMovie({ moovLast: true, mdat64: true, createdUtc: '2026-01-01T00:00:00Z' }));
    expect(last.error).toBeNull();
    expect(last.facts.createdUtc).toBe('2026-01-01T00:00:00Z');
  });

  it('a file trailer after a complete movie (some phones append one) is not damage', async () => {
    const r = await read(Buffer.concat([writeMovie(), Buffer.from('SEFHtrailer-of-a-phone\x01\x02\x03')]));
    expect(r.error).toBeNull();
  });

  it('an mdat of size 0 runs to the end of the file, and is never read', async () => {
    const movie = writeMovie({ moovLast: false, mdatBytes: 8 });
    const mdatAt = movie.length - 16;
    const zeroSized = Buffer.from(movie);
    zeroSized.writeUInt32BE(0, mdatAt);
    const reads: [number, number][] = [];
    const big = Buffer.concat([zeroSized, Buffer.alloc(1 << 20, 0x5a)]);
    const src: ByteSource = { size: big.length, read: async (p, n) => (reads.push([p, n]), big.subarray(p, p + n)) };
    const r = await readVideo(src);
    expect(r.error).toBeNull();
    expect(reads.every(([p]) => p <= mdatAt)).toBe(true);
    expect(reads.reduce((s, [, n]) => s + n, 0)).toBeLessThan(16 * 1024);
  });
});

describe('metadata dates as written', () => {
  it.each([
    ['2026-06-19T10:15:30+0800', '2026-06-19T10:15:30', '+08:00'],
    ['2026-06-19T10:15:30+08:00', '2026-06-19T10:15:30', '+08:00'],
    ['2026-06-19T02:15:30Z', '2026-06-19T02:15:30', '+00:00'],
    ['2026-06-19T10:15:30.123-0700', '2026-06-19T10:15:30', '-07:00'],
    ['2026-06-19 10:15', '2026-06-19T10:15:00', null],
    ['2026:06:19 10:15:30', '2026-06-19T10:15:30', null],
    ['2026-06-19', '2026-06-19', null],
    ['2026', null, null],
    ['2026-02-30', null, null],
    ['2026-06-19T24:00:00', null, null],
    ['', null, null],
  ])('%j → %s %s', (raw, time, offset) => {
    expect(parseMetadataDate('©day', raw)).toMatchObject({ time, offset });
  });
});

describe('files it cannot read: an error code, never a throw', () => {
  const movie = writeMovie({ moovLast: true, mdatBytes: 4096 });

  it('empty', async () => {
    expect((await read(Buffer.alloc(0))).error?.code).toBe('empty');
  });

  it.each([0.001, 0.01, 0.3, 0.6, 0.9, 0.99, 0.999])('cut at %f of the file → truncated', async (f) => {
    const r = await read(movie.subarray(0, Math.max(1, Math.floor(movie.length * f))));
    expect(r.error?.code).toBe('truncated');
  });

  it('a fast-start movie cut in its mdat keeps what moov says, and is still truncated', async () => {
    const fast = writeMovie({ mdatBytes: 4096, createdUtc: '2026-03-01T00:00:00Z' });
    const r = await read(fast.subarray(0, fast.length - 100));
    expect(r.error?.code).toBe('truncated');
    expect(r.facts.createdUtc).toBe('2026-03-01T00:00:00Z');
  });

  it.each([
    ['random bytes', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251))],
    ['a text file', Buffer.from('这不是视频，是一段文字。\n'.repeat(50))],
    ['zeros', Buffer.alloc(4096)],
    ['a JPEG', Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')],
    ['an M4A song (audio brand)', Buffer.concat([box('ftyp', Buffer.from('M4A '), u32(0), Buffer.from('M4A mp42isom')), box('moov'), box('mdat')])],
    ['ftyp and mdat but no moov', Buffer.concat([box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isom')), box('mdat', Buffer.alloc(100))])],
    ['a box of size 3', Buffer.concat([box('ftyp', Buffer.from('isom'), u32(0)), u32(3), Buffer.from('moov'), Buffer.alloc(100)])],
    ['a 64-bit size below 16', Buffer.concat([box('ftyp', Buffer.from('isom'), u32(0)), u32(1), Buffer.from('moov'), u64(8n), Buffer.alloc(100)])],
    ['moov without mvhd', Buffer.concat([box('ftyp', Buffer.from('isom'), u32(0)), box('moov', box('udta')), box('mdat')])],
  ])('%s → unreadable', async (_what, bytes) => {
    const r = await read(bytes);
    expect(r.error?.code).toBe('unreadable');
  });

  it('a moov declaring more than the cap is refused unread, 32- or 64-bit, inside the file or past its end', async () => {
    const ftyp = box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isom'));
    const head32 = Buffer.concat([ftyp, u32(0xfffffff0), Buffer.from('moov'), Buffer.alloc(64)]);
    const head64 = Buffer.concat([ftyp, u32(1), Buffer.from('moov'), u64(1n << 62n), Buffer.alloc(64)]);
    for (const b of [head32, head64]) {
      const reads: number[] = [];
      const r = await readVideo({ size: b.length, read: async (p, n) => (reads.push(n), b.subarray(p, p + n)) });
      expect(r.error).toMatchObject({ code: 'moov-too-large', args: { limit: MAX_MOOV_BYTES } });
      expect(Math.max(...reads)).toBeLessThanOrEqual(4096);
    }
    // A file really holding a moov one byte over the cap (the source claims the size; nothing is allocated).
    const over = MAX_MOOV_BYTES + 1;
    const src: ByteSource = {
      size: 40 + over,
      read: async (p, n) => {
        expect(n).toBeLessThanOrEqual(4096);
        const b = Buffer.alloc(Math.min(n, 40 + over - p));
        if (p === 0) Buffer.concat([ftyp, u32(over), Buffer.from('moov')]).copy(b);
        return b;
      },
    };
    expect((await readVideo(src)).error?.code).toBe('moov-too-large');
  });

  it('a movie of no track → unreadable; one picture track or one sound track is enough', async () => {
    // 150 bytes of ftyp, a moov of mvhd alone and an empty mdat passed as a video.
    const none = await read(writeMovie({ picture: false, audio: false }));
    expect(none.error).toMatchObject({ code: 'unreadable', detail: 'the movie holds no picture or sound track' });
    expect((await read(writeMovie({ picture: false }))).error).toBeNull(); // sound only: the check says video.no-picture
    expect((await read(writeMovie({ audio: false }))).error).toBeNull();
    const ftyp = box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isommp42'));
    const mvhd = fullBox('mvhd', 0, 0, u32(3_860_000_000), u32(3_860_000_000), u32(1000), u32(1000), Buffer.alloc(80));
    expect((await read(Buffer.concat([ftyp, box('moov', mvhd, soundTrak), box('mdat', Buffer.alloc(16))]))).error).toBeNull();
    const bare = await read(Buffer.concat([ftyp, box('moov', mvhd, box('trak', fullBox('tkhd', 0, 3, Buffer.alloc(84)))), box('mdat', Buffer.alloc(16))]));
    expect(bare.error?.code).toBe('unreadable');
  });

  it('a child box overflowing its parent (overlap) → unreadable, with what could be read kept', async () => {
    const good = writeMovie();
    const moovAt = good.indexOf('moov') - 4;
    const mvhdAt = good.indexOf('mvhd') - 4;
    const bad = Buffer.from(good);
    const trakAt = good.indexOf('trak') - 4;
    bad.writeUInt32BE(bad.readUInt32BE(moovAt) * 4, trakAt); // trak claims more than moov holds
    const r = await read(bad);
    expect(mvhdAt).toBeGreaterThan(moovAt);
    expect(r.error?.code).toBe('unreadable');
    expect(r.facts.createdUtc).toBe('2026-06-19T02:00:00Z');
  });

  it('boxes nested absurdly deep, and a moov inside a moov, end quickly', async () => {
    const deep = nest(Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'meta' : 'udta')), box('udta', box('\xa9day', Buffer.from([0, 10, 0, 0]), Buffer.from('2025-01-01'))));
    const moovs = nest(Array.from({ length: 20_000 }, () => 'moov'), box('moov'));
    const ftyp = box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isom'));
    const mvhd = fullBox('mvhd', 0, 0, u32(3_800_000_000), u32(0), u32(1000), u32(1000), Buffer.alloc(80));
    for (const inner of [deep, moovs]) {
      const r = await read(Buffer.concat([ftyp, box('moov', mvhd, soundTrak, inner), box('mdat', Buffer.alloc(8))]));
      expect(r.error).toBeNull();
      expect(r.facts.metadataDate).toBeNull();
    }
  });

  it('a flood of tiny top-level boxes is walked through a window, within the box cap', async () => {
    const ftyp = box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isom'));
    const flood = Buffer.concat([ftyp, Buffer.concat(Array.from({ length: 100_000 }, () => box('free')))]);
    let reads = 0;
    const r = await readVideo({ size: flood.length, read: async (p, n) => (reads++, flood.subarray(p, p + n)) });
    expect(r.error).toMatchObject({ code: 'unreadable', detail: expect.stringContaining('no moov in the first') });
    expect(reads).toBeLessThan(100);
  });

  it('children of size 0 run to their parent’s end; an ilst item that is not data is skipped', async () => {
    const ftyp = box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isom'));
    const mvhd = fullBox('mvhd', 0, 0, u32(0), u32(0), u32(1000), u32(5000), Buffer.alloc(80));
    const zeroLast = Buffer.concat([u32(0), Buffer.from('free'), Buffer.alloc(20)]);
    const odd = box('udta', fullBox('meta', 0, 0, box('hdlr', Buffer.alloc(24)), box('ilst', box('\xa9day', box('name', Buffer.from('x'))))));
    const r = await read(Buffer.concat([ftyp, box('moov', mvhd, soundTrak, odd, appleMeta('2026-01-01', 'com.example.other'), zeroLast), box64('mdat')]));
    expect(r.error).toBeNull();
    expect(r.facts).toMatchObject({ durationSeconds: 5, metadataDate: null, width: null });
    expect(dataBox('x').length).toBe(17);
  });
});

describe('extractVideo on a file', () => {
  const dir = tempDir('lc-video-extract-');

  it('reads a file by positioned reads; a missing file is an io error (the core check reports it)', async () => {
    const p = path.join(dir, 'a.mov');
    fs.writeFileSync(p, writeMovie({ flavour: 'mov', appleCreationDate: '2026-06-19T10:15:30+0800' }));
    const file = { absPath: Buffer.from(p), container: 'mov' as const, name: 'a.mov', size: fs.statSync(p).size };
    expect((await extractVideo(file)).facts.metadataDate?.offset).toBe('+08:00');
    const gone = await extractVideo({ ...file, absPath: Buffer.from(path.join(dir, 'gone.mov')) });
    expect(gone.error).toMatchObject({ code: 'io', detail: 'ENOENT' });
  });

  // exiftool, where installed, reads the same values from the fixtures (an independent reader).
  const exiftool = (() => {
    try {
      execFileSync('exiftool', ['-ver'], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!exiftool)('agrees with exiftool on creation time, duration, size, rotation and metadata dates', async () => {
    const cases = [
      writeMovie({ createdUtc: '2025-07-31T16:00:00Z', width: 1280, height: 720, durationSeconds: 3.2, timescale: 600 }),
      writeMovie({ flavour: 'mov', version: 1, appleCreationDate: '2025-08-01T00:30:00+0800', rotation: 90 }),
      writeMovie({ flavour: '3gp', day: '2026-07-31T23:59:59+08:00', dayStyle: 'ilst' }),
    ];
    for (const [i, b] of cases.entries()) {
      const p = path.join(dir, `x${i}.mp4`);
      fs.writeFileSync(p, b);
      const [e] = JSON.parse(execFileSync('exiftool', ['-json', '-n', '-api', 'QuickTimeUTC=1', '-CreateDate', '-Duration', '-ImageWidth', '-ImageHeight', '-Rotation', '-CreationDate', '-ContentCreateDate', p], { encoding: 'utf8' })) as Record<string, string | number>[];
      const r = await read(b);
      expect(exifInstant(e!.CreateDate)).toBe(Date.parse(r.facts.createdUtc!));
      expect(e!.Duration).toBeCloseTo(r.facts.durationSeconds!, 3);
      expect([e!.ImageWidth, e!.ImageHeight, e!.Rotation]).toEqual([r.facts.width, r.facts.height, r.facts.rotation]);
      const meta = e!.CreationDate ?? e!.ContentCreateDate;
      if (meta === undefined) expect(r.facts.metadataDate).toBeNull();
      else expect(exifInstant(meta)).toBe(Date.parse(`${r.facts.metadataDate!.time}${r.facts.metadataDate!.offset}`));
    }
  });
});
