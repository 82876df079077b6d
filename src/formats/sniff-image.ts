/** The real image format of a file, from its first bytes. */

export type ImageFormat = 'jpeg' | 'png' | 'heif' | 'avif' | 'webp' | 'gif' | 'bmp' | 'tiff';
export type Sniffed = ImageFormat | 'empty' | 'pdf' | 'zip' | 'cfb' | 'text' | 'unknown';

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2', 'miaf']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** ISOBMFF image brand: the major brand, or the compatible brands when the major one is generic. */
function isoBrand(head: Buffer): 'heif' | 'avif' | null {
  if (head.length < 12 || head.toString('latin1', 4, 8) !== 'ftyp') return null;
  const size = Math.min(head.readUInt32BE(0), head.length);
  const major = head.toString('latin1', 8, 12);
  const compatible: string[] = [];
  for (let p = 16; p + 4 <= size; p += 4) compatible.push(head.toString('latin1', p, p + 4));
  if (AVIF_BRANDS.has(major)) return 'avif';
  if (HEIF_BRANDS.has(major) && major !== 'mif1' && major !== 'msf1' && major !== 'mif2' && major !== 'miaf') return 'heif';
  if (compatible.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (HEIF_BRANDS.has(major) || compatible.some((b) => HEIF_BRANDS.has(b))) return 'heif';
  return null;
}

function looksLikeText(head: Buffer): boolean {
  const n = Math.min(head.length, 512);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i]!;
    if (c === 0) return false;
    if (c < 0x09 || (c > 0x0d && c < 0x20)) bad++;
  }
  return bad / n < 0.02;
}

export function sniffImage(head: Buffer): Sniffed {
  if (head.length === 0) return 'empty';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && head.readUInt32BE(0) === 0x89504e47 && head.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  const iso = isoBrand(head);
  if (iso) return iso;
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.length >= 6 && /^GIF8[79]a$/.test(head.toString('latin1', 0, 6))) return 'gif';
  if (head.length >= 26 && head[0] === 0x42 && head[1] === 0x4d && head.readUInt32LE(14) >= 12) return 'bmp';
  if (head.length >= 4) {
    const sig = head.toString('latin1', 0, 4);
    if (sig === 'II*\0' || sig === 'MM\0*') return 'tiff';
    if (sig === '%PDF') return 'pdf';
    if (sig === 'PK\x03\x04') return 'zip';
    if (head.readUInt32BE(0) === 0xd0cf11e0) return 'cfb';
  }
  return looksLikeText(head) ? 'text' : 'unknown';
}
