/**
 * Video containers from their first bytes: the ISO base media file format (ISO/IEC 14496-12)
 * of .mp4/.m4v/.3gp and QuickTime's .mov, which ISO BMFF grew from. A file names its family in
 * an `ftyp` box (major brand, then compatible brands); old QuickTime files have no `ftyp` and
 * start straight with an atom (`wide`, `mdat`, `moov`, `free`, `skip`, `pnot`).
 * HEIF/AVIF photos share the `ftyp` box and are told apart first (photo-sniff.ts).
 */

export type VideoFormat = 'mp4' | 'mov' | '3gp';

/** MP4-family brands (ISO, MPEG-4, AVC, Apple M4V, Flash F4V, DASH, Sony XAVC/NDxx, Motion JPEG 2000). */
const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9', 'isoa',
  'mp41', 'mp42', 'mp71', 'avc1', 'avc2', 'hvc1', 'hev1', 'av01', 'dby1', 'mmp4', 'dash', 'msdh', 'msix',
  'M4V ', 'M4VH', 'M4VP', 'f4v ', 'f4p ', 'XAVC', 'MSNV', 'NDAS', 'NDSC', 'NDSH', 'NDSM', 'NDSP', 'NDSS',
  'NDXC', 'NDXH', 'NDXM', 'NDXP', 'NDXS', 'mjp2', 'mj2s', 'CAEP', 'caqv', 'nvr1', 'dvr1', 'dvt1', 'dv1a', 'dv1b',
]);
/** 3GPP / 3GPP2 brands: 3gp4 … 3gp9, 3g2a … , 3ge6, 3gg6, 3gr6, 3gs7, 3gh9, 3gt9 … */
const THREE_GP = /^3g[2eghprst][0-9a-z]$/;
/** Brands of ISO files that are not video: audio books and songs, camera raw, JPEG 2000 stills. */
const NOT_VIDEO = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ', 'crx ', 'jp2 ', 'jpm ', 'jpx ', 'jph ', 'jhc ']);
/** Atoms an old QuickTime movie (no ftyp) begins with. */
const QT_FIRST_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/** An ISO file whose major brand says it is no video (an audio book, a raw photo …). */
export const isNotVideoBrand = (major: string): boolean => NOT_VIDEO.has(major);

function brandFormat(brand: string): VideoFormat | null {
  if (brand === 'qt  ') return 'mov';
  if (THREE_GP.test(brand)) return '3gp';
  if (MP4_BRANDS.has(brand)) return 'mp4';
  return null;
}

/** The family an ftyp box's brands name: the major brand, else the first compatible brand that names one. */
export function formatOfBrands(major: string, compatible: readonly string[]): VideoFormat | null {
  if (NOT_VIDEO.has(major)) return null;
  const own = brandFormat(major);
  if (own) return own;
  for (const b of compatible) {
    const f = brandFormat(b);
    if (f) return f;
  }
  return null;
}

/** The major and compatible brands of an `ftyp` box at the start of `head`, or null. */
export function readFtyp(head: Buffer): { major: string; compatible: string[] } | null {
  if (head.length < 12 || head.toString('latin1', 4, 8) !== 'ftyp') return null;
  const size = head.readUInt32BE(0);
  if (size < 16) return null;
  const end = Math.min(size, head.length, 16 + 4 * 64); // at most 64 compatible brands
  const compatible: string[] = [];
  for (let p = 16; p + 4 <= end; p += 4) compatible.push(head.toString('latin1', p, p + 4));
  return { major: head.toString('latin1', 8, 12), compatible };
}

const isAtomType = (s: string) => /^[\x20-\x7e\xa9]{4}$/.test(s);

/** A QuickTime movie without ftyp: a known first atom of a sane size, followed (within the head) by another atom. */
function bareQuickTime(head: Buffer): boolean {
  if (head.length < 8) return false;
  const type = head.toString('latin1', 4, 8);
  if (!QT_FIRST_ATOMS.has(type)) return false;
  const size = head.readUInt32BE(0);
  if (size === 0 || size === 1) return type === 'mdat' || type === 'moov'; // to the end / 64-bit size
  if (size < 8) return false;
  if (type === 'moov' || type === 'mdat') return true;
  // wide/free/skip/pnot are generic words: the atom after it must be a movie atom too.
  if (size + 8 > head.length) return false; // cannot tell from the head
  const next = head.toString('latin1', size + 4, size + 8);
  return isAtomType(next) && (QT_FIRST_ATOMS.has(next) || next === 'ftyp');
}

/** The video container of a file from its head (at least the first 16 bytes), or null. */
export function sniffVideo(head: Buffer): VideoFormat | null {
  const ftyp = readFtyp(head);
  if (ftyp) return formatOfBrands(ftyp.major, ftyp.compatible);
  return bareQuickTime(head) ? 'mov' : null;
}
