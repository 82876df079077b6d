/**
 * ISO BMFF / QuickTime box structure, read within bounds. A box is `size(4) type(4)` with
 * size 1 meaning a 64-bit size follows and size 0 meaning "to the end of the enclosing space".
 * Every size is checked against the space it sits in, every loop is capped, and nothing but the
 * headers of the top-level boxes and the bytes of `moov` is ever read (never `mdat`).
 */

/** Positioned reads of a file (or a buffer, in tests). */
export interface ByteSource {
  size: number;
  /** Up to `len` bytes from `pos`; fewer at the end. */
  read(pos: number, len: number): Promise<Buffer>;
}

export const bufferSource = (b: Buffer): ByteSource => ({ size: b.length, read: async (pos, len) => b.subarray(pos, pos + len) });

/**
 * Largest `moov` read. It holds the sample tables (a few MB per hour of phone video: sizes,
 * offsets and times of every frame and audio packet); an evidence clip of minutes holds well
 * under 1 MB. 16 MB is some five hours; a moov declaring more is refused, not read.
 */
export const MAX_MOOV_BYTES = 16 * 1024 * 1024;
/** Top-level boxes walked (a fragmented MP4 has a moof+mdat pair per fragment: an hour in 2 s fragments is 3,600). */
export const MAX_TOP_BOXES = 20_000;
/** Children of one box looked at. */
export const MAX_CHILDREN = 4_096;

export interface BoxHeader {
  type: string;
  /** Bytes of the header (8, or 16 with a 64-bit size). */
  header: number;
  /** The whole box, header included; may reach past the space it sits in (then it is cut short). */
  size: number;
}

export type HeaderResult = BoxHeader | { bad: string };

const PRINTABLE = /^[\x20-\x7e\xa9]{4}$/;
export const isPrintableType = (t: string): boolean => PRINTABLE.test(t);

/**
 * The header at `at` of `buf` (which holds at least the 16 bytes from there, or up to `room` bytes),
 * where `room` is the space left in the enclosing box or file.
 */
export function parseHeader(buf: Buffer, at: number, room: number): HeaderResult {
  if (room < 8 || buf.length - at < 8) return { bad: 'short-header' };
  const size32 = buf.readUInt32BE(at);
  const type = buf.toString('latin1', at + 4, at + 8);
  if (size32 === 0) return { type, header: 8, size: room };
  if (size32 === 1) {
    if (room < 16 || buf.length - at < 16) return { bad: 'short-header' };
    const big = buf.readBigUInt64BE(at + 8);
    if (big < 16n) return { bad: 'size-too-small' };
    // Beyond 2^53 no file on any disk: keep it as "past the end".
    const size = big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
    return { type, header: 16, size };
  }
  if (size32 < 8) return { bad: 'size-too-small' };
  return { type, header: 8, size: size32 };
}

export interface Child {
  type: string;
  /** Offsets in the buffer: the box's start, its content's start, and its end. */
  start: number;
  body: number;
  end: number;
}

/**
 * The child boxes of `buf[from, to)`, in order. Stops at the first child that is malformed or
 * reaches past `to` (reported through `problem`), and after MAX_CHILDREN.
 */
export function childrenOf(buf: Buffer, from: number, to: number, problem: (what: string) => void): Child[] {
  const out: Child[] = [];
  let at = from;
  const end = Math.min(to, buf.length);
  while (at < end && out.length < MAX_CHILDREN) {
    const h = parseHeader(buf, at, end - at);
    if ('bad' in h) {
      // A few bytes of padding after the last child are common (a 32-bit zero terminator in QuickTime user data).
      if (end - at < 8 || buf.readUInt32BE(at) === 0) break;
      problem(h.bad);
      break;
    }
    if (at + h.size > end) {
      problem('child-past-parent');
      break;
    }
    out.push({ type: h.type, start: at, body: at + h.header, end: at + h.size });
    at += h.size;
  }
  return out;
}

/** The first child of a type, or null. */
export const child = (kids: readonly Child[], type: string): Child | null => kids.find((k) => k.type === type) ?? null;
