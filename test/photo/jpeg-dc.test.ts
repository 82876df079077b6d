import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegLumaDc } from '../../src/extract/jpeg-dc.js';
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
