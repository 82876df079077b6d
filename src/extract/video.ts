/**
 * Video extractor (.mp4 .m4v .mov .3gp): bytes → VideoFacts, never throws. It walks the headers
 * of the top-level boxes (never reading `mdat`, whatever its size), reads `ftyp` and the whole
 * `moov` up to MAX_MOOV_BYTES, and reads creation time, duration, picture size and the
 * metadata date from it (video-moov.ts). A file it cannot read gets an error code:
 *   'empty' (0 bytes), 'unreadable' (not a movie, no moov/mvhd, a box of impossible size, a box
 *   overflowing its parent), 'truncated' (a box reaches past the end of the file: an interrupted
 *   copy), 'moov-too-large' (moov declares more than the cap; not read).
 * What could be read is kept in the facts even then.
 */
import type { DiscoveredFile, ExtractError, VideoFacts } from '../types.js';
import { formatOfBrands, isNotVideoBrand, readFtyp, type VideoFormat } from '../formats/sniff-video.js';
import { openForRead } from '../formats/read.js';
import { MAX_MOOV_BYTES, MAX_TOP_BOXES, isPrintableType, parseHeader, type ByteSource } from './video-boxes.js';
import { readMoov } from './video-moov.js';
import { documentBudget } from './limits.js';
import { errnoOf } from './error-detail.js';

export type VideoResult = { facts: { type: 'video' } & VideoFacts; error: ExtractError | null };

/** Atoms a QuickTime movie without ftyp may start with. */
const BARE_QT_START = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

function blank(format: VideoFormat, bytes: number): { type: 'video' } & VideoFacts {
  return {
    type: 'video', format, brand: null, compatibleBrands: [], bytes,
    createdUtc: null, metadataDate: null, durationSeconds: null,
    width: null, height: null, rotation: null, videoTracks: 0, audioTracks: 0,
  };
}

const HEADER_WINDOW = 4096;
/** Boxes a movie has at its top level (ISO 14496-12, QuickTime); anything else after a whole movie is a trailer. */
const TOP_LEVEL = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'udta', 'meta', 'uuid', 'moof', 'mfra', 'sidx', 'ssix', 'styp', 'prft', 'emsg', 'pdin', 'pnot', 'junk']);

const allZero = (b: Buffer) => b.every((x) => x === 0);

/** Read a movie from positioned reads. `hint`: the family its name or sniffing suggested (kept when the content names none). */
export async function readVideo(src: ByteSource, hint: VideoFormat = 'mp4'): Promise<VideoResult> {
  const size = src.size;
  const facts = blank(hint, size);
  const fail = (code: string, detail: string, args?: Record<string, string | number>): VideoResult => ({
    facts,
    error: args ? { code, detail, args } : { code, detail },
  });
  if (size === 0) return fail('empty', '0 bytes');

  let pos = 0;
  let boxes = 0;
  let moov: { start: number; size: number } | null = null;
  let sawMdat = false;
  let cut: string | null = null;
  // Headers are read through a 4 KB window: a file of many small boxes costs a read per 4 KB, not per box.
  let win: { at: number; buf: Buffer } = { at: 0, buf: Buffer.alloc(0) };
  const headAt = async (p: number): Promise<Buffer> => {
    if (p < win.at || p + 16 > win.at + win.buf.length) win = { at: p, buf: await src.read(p, HEADER_WINDOW) };
    return win.buf.subarray(p - win.at, p - win.at + 16);
  };
  while (pos < size && boxes < MAX_TOP_BOXES) {
    const head = await headAt(pos);
    const h = parseHeader(head, 0, size - pos);
    // After a whole movie (moov and mdat), bytes that are no movie box are a trailer some phones append.
    const trailer = moov !== null && sawMdat;
    if ('bad' in h || !isPrintableType(h.type) || (trailer && !TOP_LEVEL.has(h.type))) {
      if (trailer || allZero(head)) break;
      // The file ends inside a box header: cut short.
      if ('bad' in h && h.bad === 'short-header' && boxes > 0) {
        cut = `the file ends inside a box header at byte ${pos}`;
        break;
      }
      return fail(boxes === 0 && size < 8 ? 'truncated' : 'unreadable', `no valid box at byte ${pos} (${'bad' in h ? h.bad : 'type is not text'})`);
    }
    if (boxes === 0 && h.type !== 'ftyp' && !BARE_QT_START.has(h.type)) {
      return fail('unreadable', `not a movie: the file starts with a '${h.type}' box`);
    }
    if (h.type === 'ftyp' && boxes === 0) {
      const ftyp = readFtyp(await src.read(pos, Math.min(h.size, 16 + 4 * 64)));
      if (ftyp) {
        facts.brand = ftyp.major;
        facts.compatibleBrands = ftyp.compatible;
        if (isNotVideoBrand(ftyp.major)) return fail('unreadable', `brand '${ftyp.major}' is not a video`);
        // A brand this table does not know keeps the family the name suggested.
        facts.format = formatOfBrands(ftyp.major, ftyp.compatible) ?? hint;
      }
    } else if (boxes === 0) facts.format = 'mov'; // QuickTime before ftyp existed
    if (pos + h.size > size) {
      cut = `'${h.type}' box at byte ${pos} declares ${h.size} bytes, the file ends after ${size - pos}`;
      if (h.type === 'moov' && h.size > MAX_MOOV_BYTES) moov = moov ?? { start: pos, size: h.size };
      break;
    }
    if (h.type === 'moov' && !moov) moov = { start: pos, size: h.size };
    if (h.type === 'mdat') sawMdat = true;
    pos += h.size;
    boxes++;
  }

  if (moov && moov.size > MAX_MOOV_BYTES) {
    return fail('moov-too-large', `moov declares ${moov.size} bytes, above the limit of ${MAX_MOOV_BYTES}`, { seen: moov.size, limit: MAX_MOOV_BYTES });
  }
  if (!moov) return cut ? fail('truncated', cut) : fail('unreadable', boxes >= MAX_TOP_BOXES ? `no moov in the first ${MAX_TOP_BOXES} boxes` : 'no moov box');
  // Large moovs are read a few at a time (the budget documents and registers share).
  const release = await documentBudget.reserve(moov.size);
  const problems: string[] = [];
  let m: ReturnType<typeof readMoov>;
  try {
    const buf = await src.read(moov.start, moov.size);
    if (buf.length < moov.size) return fail('truncated', `moov cut short at byte ${moov.start + buf.length}`);
    m = readMoov(buf, (w) => problems.push(w));
  } finally {
    release();
  }
  Object.assign(facts, {
    createdUtc: m.createdUtc, metadataDate: m.metadataDate, durationSeconds: m.durationSeconds,
    width: m.width, height: m.height, rotation: m.rotation, videoTracks: m.videoTracks, audioTracks: m.audioTracks,
  });
  if (cut) return fail('truncated', cut);
  if (m.noMvhd) return fail('unreadable', 'moov has no readable mvhd');
  if (problems.length) return fail('unreadable', `damaged box structure in moov (${[...new Set(problems)].join(', ')})`);
  // A movie of no track at all (or none with a picture, a size or sound): nothing to play. Such a
  // 150-byte file (ftyp, a moov of mvhd alone, an empty mdat) passed as a video.
  if (m.videoTracks === 0 && m.audioTracks === 0 && !m.width && !m.height) return fail('unreadable', 'the movie holds no picture or sound track');
  return { facts, error: null };
}

/** The video facts of a discovered file. I/O errors are the core check's ('io'). */
export async function extractVideo(file: Pick<DiscoveredFile, 'absPath' | 'container' | 'name' | 'size'>): Promise<VideoResult> {
  const hint: VideoFormat = file.container === 'mov' || file.container === '3gp' ? file.container : /\.(mov|qt)$/i.test(file.name) ? 'mov' : /\.3g[p2]/i.test(file.name) ? '3gp' : 'mp4';
  let f: Awaited<ReturnType<typeof openForRead>>;
  try {
    f = await openForRead(file.absPath);
  } catch (e) {
    return { facts: blank(hint, file.size), error: { code: 'io', detail: (e as NodeJS.ErrnoException).code ?? String(e), reason: errnoOf(e) } };
  }
  try {
    const size = await f.size();
    return await readVideo({ size, read: (pos, len) => f.readAt(pos, len) }, hint);
  } catch (e) {
    return { facts: blank(hint, file.size), error: { code: 'io', detail: (e as NodeJS.ErrnoException).code ?? String(e), reason: errnoOf(e) } };
  } finally {
    f.close();
  }
}
