/** A page image (PNG/JPEG bytes) to the small RGB raster the seal detector works on. */
import { detectSeal, type SealResult } from './detect.js';

/** 600 px across an A4 page: 0.35 mm per pixel, enough for a 25 mm seal's ring. */
export const SEAL_RASTER_WIDTH = 600;

export async function sealOfImage(image: Buffer): Promise<SealResult> {
  const { default: sharp } = await import('sharp');
  const img = sharp(image, { limitInputPixels: 80_000_000 }).rotate();
  const meta = await img.metadata();
  // A greyscale file (one channel) cannot show a red seal, whatever its pixels are.
  if ((meta.channels ?? 3) < 3 || meta.space === 'b-w') return { verdict: 'cannot-tell' };
  const { data, info } = await img.resize({ width: SEAL_RASTER_WIDTH }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return detectSeal({ width: info.width, height: info.height, channels: info.channels, data });
}
