import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegDcHeadersReadable, jpegLumaDc } from '../../src/extract/jpeg-dc.js';
import { dhashJpegDc } from '../../src/extract/dhash.js';
import { makePicture } from '../../fixtures/build/jpeg.js';

/** Each 8×8 block's mean JPEG luma, from a full decode: what the DC coefficients must give. */
async function blockMeans(jpeg: Buffer) {
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const bw = Math.ceil(info.width / 8);
  const bh = Math.ceil(info.height / 8);
  const out = new Float64Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let s = 0;
      let n = 0;
      for (let y = by * 8; y < Math.min(info.height, by * 8 + 8); y++) {
        for (let x = bx * 8; x < Math.min(info.width, bx * 8 + 8); x++) {
          const o = (y * info.width + x) * info.channels;
          s += info.channels >= 3 ? 0.299 * data[o]! + 0.587 * data[o + 1]! + 0.114 * data[o + 2]! : data[o]!;
          n++;
        }
      }
      out[by * bw + bx] = s / n;
    }
  }
  return { out, bw, bh };
}

async function compare(jpeg: Buffer) {
  const g = jpegLumaDc(jpeg)!;
  expect(g).not.toBeNull();
  const ref = await blockMeans(jpeg);
  expect([g.blocksWide, g.blocksHigh]).toEqual([ref.bw, ref.bh]);
  let worst = 0;
  let total = 0;
  // Edge blocks are padded by the encoder: compare the full blocks.
  for (let by = 0; by < ref.bh - 1; by++) {
    for (let bx = 0; bx < ref.bw - 1; bx++) {
      const d = Math.abs(g.means[by * g.blocksWide + bx]! - ref.out[by * ref.bw + bx]!);
      worst = Math.max(worst, d);
      total += d;
    }
  }
  return { worst, mean: total / ((ref.bw - 1) * (ref.bh - 1)) };
}

describe('JPEG luma from DC coefficients (thumbnail hashes without a decode)', () => {
  it.each([
    ['4:2:0', { quality: 80 }],
    ['4:4:4', { quality: 90, chromaSubsampling: '4:4:4' }],
  ] as const)('matches a full decode, %s', async (_n, opts) => {
    const jpeg = await (await makePicture({ seed: 5, width: 203, height: 157, noise: 20 })).removeAlpha().jpeg(opts).toBuffer();
    const { worst, mean } = await compare(jpeg);
    expect(mean).toBeLessThan(1.5);
    expect(worst).toBeLessThan(8);
  });

  it('reads greyscale JPEGs (one component, non-interleaved)', async () => {
    const jpeg = await (await makePicture({ seed: 6, width: 120, height: 90, noise: 0 })).greyscale().jpeg({ quality: 85 }).toBuffer();
    const { mean } = await compare(jpeg);
    expect(mean).toBeLessThan(1.5);
  });

  it('declines what it does not read instead of guessing', async () => {
    const progressive = await (await makePicture({ seed: 7, width: 64, height: 48 })).removeAlpha().jpeg({ progressive: true }).toBuffer();
    expect(jpegLumaDc(progressive)).toBeNull();
    expect(jpegLumaDc(Buffer.from('not a jpeg'))).toBeNull();
    // CMYK: the first component is cyan, not luma.
    const cmyk = await (await makePicture({ seed: 7, width: 64, height: 48 })).removeAlpha().toColourspace('cmyk').jpeg().toBuffer();
    expect(cmyk.indexOf(Buffer.from('Adobe'))).toBeGreaterThan(0);
    expect(jpegLumaDc(cmyk)).toBeNull();
    const whole = await (await makePicture({ seed: 8, width: 64, height: 48 })).removeAlpha().jpeg().toBuffer();
    expect(() => jpegLumaDc(whole.subarray(0, 200))).not.toThrow();
  });

  it('declines a cut-off scan rather than inventing the missing blocks', async () => {
    const jpeg = await (await makePicture({ seed: 9, width: 160, height: 120, noise: 30 })).removeAlpha().jpeg({ quality: 90 }).toBuffer();
    expect(jpegLumaDc(jpeg)).not.toBeNull();
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    for (const keep of [0.3, 0.6, 0.9]) {
      const cut = Math.round(sos + (jpeg.length - sos) * keep);
      expect(jpegLumaDc(jpeg.subarray(0, cut)), `cut at ${keep}`).toBeNull();
      // An early end-of-image marker inside the data is the same thing.
      expect(jpegLumaDc(Buffer.concat([jpeg.subarray(0, cut), Buffer.from([0xff, 0xd9])]))).toBeNull();
    }
  });

  it('declines impossible frame headers quickly (no endless loop, no huge allocation)', async () => {
    const jpeg = await (await makePicture({ seed: 10, width: 64, height: 48 })).removeAlpha().jpeg().toBuffer();
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const zeroSampling = Buffer.from(jpeg);
    for (let i = 0; i < zeroSampling[sof + 9]!; i++) zeroSampling[sof + 11 + i * 3] = 0x00;
    expect(jpegLumaDc(zeroSampling)).toBeNull();
    const huge = Buffer.from(jpeg);
    huge.writeUInt16BE(40000, sof + 5);
    huge.writeUInt16BE(30000, sof + 7);
    expect(jpegLumaDc(huge)).toBeNull();
  });
});

/**
 * A greyscale baseline JPEG of flat 8×8 blocks written by hand, with restart markers every
 * `interval` blocks (sharp cannot write them). Quantisation is all ones, so each block's DC is
 * (value − 128) × 8 and its mean is exactly `value`.
 */
function flatBlocksJpeg(values: number[][], interval: number, opts: { dropRestart?: number; acTable?: number[] } = {}): Buffer {
  const bh = values.length;
  const bw = values[0]!.length;
  const seg = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 255, ...body];
  const dcCounts = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
  const dcValues = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  // Canonical codes of the DC table, by category.
  const codes: { code: number; len: number }[] = [];
  for (let len = 1, code = 0, k = 0; len <= 16; len++, code <<= 1) {
    for (let i = 0; i < dcCounts[len - 1]!; i++) codes[dcValues[k++]!] = { code: code++, len };
  }
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  const put = (v: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) {
      acc = (acc << 1) | ((v >> i) & 1);
      if (++n === 8) {
        out.push(acc);
        if (acc === 0xff) out.push(0);
        acc = 0;
        n = 0;
      }
    }
  };
  const flush = () => {
    while (n !== 0) put(1, 1);
  };
  let pred = 0;
  let restarts = 0;
  for (let i = 0; i < bw * bh; i++) {
    if (i > 0 && i % interval === 0) {
      flush();
      if (restarts !== opts.dropRestart) out.push(0xff, 0xd0 + (restarts % 8));
      restarts++;
      pred = 0;
    }
    const dc = (values[Math.floor(i / bw)]![i % bw]! - 128) * 8;
    const diff = dc - pred;
    pred = dc;
    const mag = Math.abs(diff);
    const cat = mag === 0 ? 0 : Math.floor(Math.log2(mag)) + 1;
    put(codes[cat]!.code, codes[cat]!.len);
    if (cat) put(diff > 0 ? diff : diff + (1 << cat) - 1, cat);
    put(0, 1); // EOB: the AC table's only code
  }
  flush();
  return Buffer.from([
    0xff, 0xd8,
    ...seg(0xdb, [0x00, ...Array(64).fill(1)]),
    ...seg(0xc0, [8, (bh * 8) >> 8, (bh * 8) & 255, (bw * 8) >> 8, (bw * 8) & 255, 1, 1, 0x11, 0]),
    ...seg(0xc4, [0x00, ...dcCounts, ...dcValues]),
    ...seg(0xc4, [0x10, ...(opts.acTable ?? [1, ...Array(15).fill(0), 0x00])]),
    ...seg(0xdd, [interval >> 8, interval & 255]),
    ...seg(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...out,
    0xff, 0xd9,
  ]);
}

describe('JPEG DC reader: lookup tables and the canonical walk read the same grid', () => {
  /**
   * The grid read with the lookup tables (built for any length), with the 8-bit tables of short
   * data (used at any length) and without either (the walk alone).
   */
  const both = (jpeg: Buffer) => {
    const walk = jpegLumaDc(jpeg, Infinity, false);
    expect(walk).not.toBeNull();
    for (const tables of [jpegLumaDc(jpeg, 0), jpegLumaDc(jpeg, Infinity, true)]) {
      expect(tables).not.toBeNull();
      expect([tables!.blocksWide, tables!.blocksHigh]).toEqual([walk!.blocksWide, walk!.blocksHigh]);
      expect(Buffer.from(tables!.means.buffer).equals(Buffer.from(walk!.means.buffer))).toBe(true);
    }
  };

  it.each([
    // 4:2:0 at a forwarded copy's quality; 4:4:4 with optimised (per-image) Huffman tables; noise
    // at quality 100, where blocks run to the 63rd coefficient without an end-of-block code.
    ['4:2:0, quality 70', { quality: 70 }, 40],
    ['4:4:4, optimised tables', { quality: 92, chromaSubsampling: '4:4:4', optimiseCoding: true }, 30],
    ['quality 100, noisy', { quality: 100, chromaSubsampling: '4:4:4' }, 64],
  ] as const)('%s', async (_n, opts, noise) => {
    const jpeg = await (await makePicture({ seed: 21, width: 640, height: 480, noise })).removeAlpha().jpeg(opts).toBuffer();
    both(jpeg);
  });

  it('greyscale, and restart markers after every block', async () => {
    both(await (await makePicture({ seed: 22, width: 400, height: 300, noise: 30 })).greyscale().jpeg({ quality: 95 }).toBuffer());
    const big = Array.from({ length: 60 }, (_, y) => Array.from({ length: 80 }, (_, x) => (x * 5 + y * 9) % 256));
    both(flatBlocksJpeg(big, 1));
    both(flatBlocksJpeg(big, 7));
  });

  it('declines the same damaged data both ways', async () => {
    const jpeg = await (await makePicture({ seed: 23, width: 320, height: 240, noise: 40 })).removeAlpha().jpeg({ quality: 90 }).toBuffer();
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    for (let i = 0; i < 40; i++) {
      const bad = Buffer.from(jpeg);
      bad[sos + 20 + ((i * 7919) % (jpeg.length - sos - 22))] ^= 1 << i % 8;
      const walk = jpegLumaDc(bad, Infinity, false);
      for (const tables of [jpegLumaDc(bad, 0), jpegLumaDc(bad, Infinity, true)]) {
        expect(tables === null).toBe(walk === null);
        if (tables && walk) expect(Array.from(tables.means)).toEqual(Array.from(walk.means));
      }
    }
  });
});

describe('JPEG DC reader: restart intervals', () => {
  const values = Array.from({ length: 4 }, (_, y) => Array.from({ length: 5 }, (_, x) => 20 + 11 * x + 47 * y));

  it('reads every block across restart markers (exactly, and as a full decode does)', async () => {
    const jpeg = flatBlocksJpeg(values, 3);
    const g = jpegLumaDc(jpeg)!;
    expect(g).not.toBeNull();
    expect([g.blocksWide, g.blocksHigh]).toEqual([5, 4]);
    expect(Array.from(g.means)).toEqual(values.flat());
    // The hand-written file is a valid JPEG: libjpeg sees the same blocks.
    const ref = await blockMeans(jpeg);
    expect(Array.from(ref.out).map(Math.round)).toEqual(values.flat());
  });

  it('declines data whose restart marker is missing rather than shifting blocks', () => {
    expect(jpegLumaDc(flatBlocksJpeg(values, 3, { dropRestart: 2 }))).toBeNull();
  });

  it('reads a file with a restart marker after every block, whatever was read before it', () => {
    // The zero padding after each part makes the unstuffed data larger than the file itself.
    const big = Array.from({ length: 200 }, (_, y) => Array.from({ length: 200 }, (_, x) => (x * 7 + y * 3) % 256));
    const jpeg = flatBlocksJpeg(big, 1);
    const first = jpegLumaDc(jpeg);
    expect(first).not.toBeNull();
    expect(Array.from(first!.means)).toEqual(big.flat());
    jpegLumaDc(flatBlocksJpeg(values, 3)); // a small one in between
    expect(Array.from(jpegLumaDc(jpeg)!.means)).toEqual(big.flat());
  });
});

describe('JPEG DC reader: what libjpeg refuses gets no hash here either', () => {
  const refused = async (jpeg: Buffer) => {
    await expect(sharp(jpeg).raw().toBuffer()).rejects.toThrow();
    expect(jpegLumaDc(jpeg)).toBeNull();
  };

  it('a component whose quantisation table is not defined', async () => {
    const jpeg = Buffer.from(await (await makePicture({ seed: 11, width: 160, height: 120 })).removeAlpha().jpeg().toBuffer());
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg[sof + 10 + 2 * 3 + 2] = 2; // the third component's table: 2, never defined
    await refused(jpeg);
  });

  it('two frame headers', async () => {
    const jpeg = await (await makePicture({ seed: 15, width: 160, height: 120 })).removeAlpha().jpeg().toBuffer();
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const len = jpeg.readUInt16BE(sof + 2);
    const twice = Buffer.concat([jpeg.subarray(0, sof + 2 + len), jpeg.subarray(sof, sof + 2 + len), jpeg.subarray(sof + 2 + len)]);
    await refused(twice);
  });

  it('an interleaved MCU of more than 10 blocks', async () => {
    const jpeg = Buffer.from(await (await makePicture({ seed: 12, width: 160, height: 120 })).removeAlpha().jpeg().toBuffer());
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg[sof + 10 + 1] = 0x44; // luma sampled 4×4: 16 luma blocks + 2 chroma per MCU
    await refused(jpeg);
  });

  it('a Huffman table whose codes overflow their length', async () => {
    const values = [[100, 120], [140, 160]];
    // Two 1-bit codes: the second is the all-ones code JPEG reserves.
    await refused(flatBlocksJpeg(values, 4, { acTable: [2, ...Array(15).fill(0), 0x00, 0x01] }));
  });
});

describe('DC hashes only where the DC grid resolves the hash grid', () => {
  it('leaves an image under 72 px on a side to a real decode', async () => {
    for (const width of [49, 66]) {
      const narrow = await (await makePicture({ seed: 13, width, height: 500 })).removeAlpha().jpeg().toBuffer();
      expect(jpegLumaDc(narrow)).not.toBeNull(); // readable, but too few blocks across
      expect(dhashJpegDc(narrow, 1)).toBeNull();
    }
    const edge = await (await makePicture({ seed: 13, width: 72, height: 72 })).removeAlpha().jpeg().toBuffer();
    expect(dhashJpegDc(edge, 1)).toMatch(/^[0-9a-f]{16}$/);
    const wide = await (await makePicture({ seed: 13, width: 640, height: 480 })).removeAlpha().jpeg().toBuffer();
    expect(dhashJpegDc(wide, 1)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('deciding from the headers alone', () => {
  it('says which files are worth reading whole for the DC reader', async () => {
    const pic = async () => (await makePicture({ seed: 14, width: 320, height: 240 })).removeAlpha();
    const baseline = await (await pic()).jpeg().toBuffer();
    const sos = baseline.indexOf(Buffer.from([0xff, 0xda]));
    expect(jpegDcHeadersReadable(baseline.subarray(0, sos + 20))).toBe(true); // the scan data is not needed
    expect(jpegDcHeadersReadable(baseline.subarray(0, sos - 10))).toBe(false); // the scan header is
    expect(jpegDcHeadersReadable(await (await pic()).jpeg({ progressive: true }).toBuffer())).toBe(false);
    expect(jpegDcHeadersReadable(await (await pic()).toColourspace('cmyk').jpeg().toBuffer())).toBe(false);
  });
});
