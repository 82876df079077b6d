/**
 * What a movie's `moov` box says: creation time and duration (`mvhd`), the video track's size
 * (`trak/tkhd`, found by its `mdia/hdlr` handler `vide`), and the metadata date (video-meta.ts).
 * Only these boxes are descended into, so nesting cannot run deeper than the paths below.
 */
import { child, childrenOf, type Child } from './video-boxes.js';
import { metadataDate } from './video-meta.js';
import { append } from '../util/append.js';
import type { VideoFacts } from '../types.js';

/** Seconds from 1904-01-01 (QuickTime's epoch) to 1970-01-01, both UTC. */
export const MAC_EPOCH_OFFSET = 2_082_844_800;

/** What the moov box gives of a video's facts, and whether its mvhd could be read. */
export type MoovFacts = Pick<VideoFacts, 'createdUtc' | 'durationSeconds' | 'width' | 'height' | 'rotation' | 'videoTracks' | 'audioTracks' | 'metadataDate'> & {
  /** mvhd is missing or too short to read. */
  noMvhd: boolean;
};

/**
 * A QuickTime time (seconds since 1904-01-01 UTC) as 'YYYY-MM-DDTHH:MM:SSZ'; null for 0 (unknown)
 * or out of range. Some phones and encoders write Unix seconds (since 1970) into mvhd: read as
 * QuickTime time, such a video would be dated 66 years early (a 2026 video in 1960). As ffmpeg's
 * mov demuxer does, a value below the 1904→1970 offset is taken as Unix time — no genuine
 * QuickTime date of a digital video lies before 1970.
 */
export function macTimeToUtc(seconds: bigint): string | null {
  if (seconds === 0n) return null;
  const unix = seconds < BigInt(MAC_EPOCH_OFFSET) ? Number(seconds) : Number(seconds) - MAC_EPOCH_OFFSET;
  const d = new Date(unix * 1000);
  if (!Number.isFinite(unix) || Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999) return null;
  return `${d.toISOString().slice(0, 19)}Z`;
}

function readMvhd(buf: Buffer, box: Child): { created: string | null; duration: number | null } | null {
  const v = buf[box.body];
  const need = v === 1 ? 32 : 20;
  if (box.end - box.body < need) return null;
  const b = box.body + 4;
  const created = v === 1 ? buf.readBigUInt64BE(b) : BigInt(buf.readUInt32BE(b));
  const timescale = buf.readUInt32BE(b + (v === 1 ? 16 : 8));
  const raw = v === 1 ? buf.readBigUInt64BE(b + 20) : BigInt(buf.readUInt32BE(b + 12));
  const unknown = v === 1 ? raw === 0xffff_ffff_ffff_ffffn : raw === 0xffff_ffffn;
  const duration = timescale > 0 && !unknown ? Math.round((Number(raw) / timescale) * 1000) / 1000 : null;
  return { created: macTimeToUtc(created), duration };
}

/** Width, height (16.16 fixed point) and the rotation of the display matrix of a `tkhd`. */
function readTkhd(buf: Buffer, box: Child): { width: number; height: number; rotation: number } | null {
  const v = buf[box.body];
  const matrix = box.body + (v === 1 ? 52 : 40);
  const size = matrix + 36;
  if (size + 8 > box.end) return null;
  const a = buf.readInt32BE(matrix) / 65536;
  const b = buf.readInt32BE(matrix + 4) / 65536;
  const deg = Math.round((Math.atan2(b, a) * 180) / Math.PI);
  return {
    width: Math.round(buf.readUInt32BE(size) / 65536),
    height: Math.round(buf.readUInt32BE(size + 4) / 65536),
    rotation: ((deg % 360) + 360) % 360,
  };
}

/** A track's handler type ('vide', 'soun' …) from `mdia/hdlr`. */
function handlerOf(buf: Buffer, trak: Child, problem: (w: string) => void): string | null {
  const mdia = child(childrenOf(buf, trak.body, trak.end, problem), 'mdia');
  if (!mdia) return null;
  const hdlr = child(childrenOf(buf, mdia.body, mdia.end, problem), 'hdlr');
  if (!hdlr || hdlr.end - hdlr.body < 12) return null;
  return buf.toString('latin1', hdlr.body + 8, hdlr.body + 12);
}

/** Facts of a whole `moov` box held in `buf` (its header included). */
export function readMoov(buf: Buffer, problem: (w: string) => void): MoovFacts {
  const header = buf.length >= 16 && buf.readUInt32BE(0) === 1 ? 16 : 8;
  const kids = childrenOf(buf, header, buf.length, problem);
  const mvhdBox = child(kids, 'mvhd');
  const mvhd = mvhdBox ? readMvhd(buf, mvhdBox) : null;
  let video: { width: number; height: number; rotation: number } | null = null;
  let anySize: { width: number; height: number; rotation: number } | null = null;
  let videoTracks = 0;
  let audioTracks = 0;
  const places: Child[] = kids.filter((k) => k.type === 'udta' || k.type === 'meta');
  for (const trak of kids.filter((k) => k.type === 'trak')) {
    const tkids = childrenOf(buf, trak.body, trak.end, problem);
    const tkhd = child(tkids, 'tkhd');
    const dims = tkhd ? readTkhd(buf, tkhd) : null;
    const handler = handlerOf(buf, trak, problem);
    if (handler === 'vide') {
      videoTracks++;
      if (!video && dims && dims.width > 0 && dims.height > 0) video = dims;
    } else if (handler === 'soun') audioTracks++;
    if (!anySize && dims && dims.width > 0 && dims.height > 0) anySize = dims;
    append(places, tkids.filter((k) => k.type === 'udta' || k.type === 'meta'));
  }
  // No handler says "video": the first track with a picture size stands for it.
  const dims = video ?? anySize;
  return {
    createdUtc: mvhd?.created ?? null,
    durationSeconds: mvhd?.duration ?? null,
    width: dims?.width ?? null,
    height: dims?.height ?? null,
    rotation: dims ? dims.rotation : null,
    videoTracks,
    audioTracks,
    // Metadata is optional: damage inside udta/meta leaves the date unread, not the movie.
    metadataDate: metadataDate(buf, places, () => undefined),
    noMvhd: !mvhd,
  };
}
