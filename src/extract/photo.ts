/**
 * Photo facts, header-only wherever possible: the first 64 KB feed the container walk, sharp's
 * metadata() and the EXIF reader; more is read only when the header needs it (a JPEG whose
 * APPn segments run past 64 KB, a HEIF whose meta box does, a PNG eXIf chunk after IDAT).
 * Pixels are decoded only to settle a doubt: a file that may be cut short, or an EXIF thumbnail
 * that may no longer show the image. Never throws: problems become an ExtractError.
 */
import { errnoOf, errorDetail } from './error-detail.js';
import type { OpenFile } from '../formats/read.js';
import { openAdaptive } from '../formats/read-adaptive.js';
import type { Metadata } from 'sharp';
import { loadSharp } from './sharp-lazy.js';
import type { FileInput, ExtractError, PhotoFacts } from '../types.js';
import { sniffImage, type ImageFormat, type Sniffed } from '../formats/sniff-image.js';
import { extensionFormat } from '../formats/extensions.js';
import { SNIFF_BYTES } from '../formats/sniff.js';
import { bmpSize, heifPrimary, iptcDateTimeCreated, isoTruncatedAt, jpegLayout, pngLayout, webpLayout, type ReadAt } from './photo-structure.js';
import { makerNoteOf, reconyxDateTimeOriginal } from './photo-makernote.js';
import { normalizeDate, readExifTags, tiffStart, xmpDateTimeOriginal, type ExifTags } from './photo-exif.js';
import { analyzeThumbnail, dhashImage, DECODE_PIXEL_LIMIT, HEIF_DECODE_PIXEL_LIMIT, sharpInput, ThumbnailTooLarge } from './photo-fingerprint.js';
import { dhashJpegDcOffThread } from './dc-pool.js';
import { jpegDcHeadersReadable } from './jpeg-dc.js';
import { interlacedPngBytes, jpegHeaderDefect, jpegImageEnd, minScanBytes, PROGRESSIVE_COEFFICIENT_LIMIT, progressiveCoefficientBytes } from './jpeg-integrity.js';
import { ByteBudget } from './byte-budget.js';
import { daysApart } from '../windows/days.js';

type Result = { facts: { type: 'photo' } & PhotoFacts; error: ExtractError | null };

const HEAD = 64 * 1024;
const MAX_HEADER = 8 * 1024 * 1024; // JPEG APPn segments / HEIF meta read at most this far
const MAX_WHOLE = 64 * 1024 * 1024; // HEIF/TIFF read whole only below this size
/** A JPEG without an end-of-image marker at its end is walked for its image's own up to this size. */
const MAX_WALK = 64 * 1024 * 1024;
/**
 * A JPEG is hashed from its DC coefficients (one worker thread) up to this size: a forwarded copy
 * is a few hundred KB. A larger file goes to sharp, which decodes on every core of the libuv
 * pool and reads the file itself.
 */
const MAX_DC_READ = 2 * 1024 * 1024;
/**
 * File bytes held by hashes finishing in the background (on the DC worker, or in sharp when the
 * DC reader declines a file), at most: a photo waits for room before reading its whole file.
 */
const backgroundBytes = new ByteBudget(64 * 1024 * 1024);

const IMAGE_FORMATS = new Set<Sniffed>(['jpeg', 'png', 'heif', 'avif', 'webp', 'gif', 'bmp', 'tiff']);

function emptyFacts(file: FileInput): { type: 'photo' } & PhotoFacts {
  return {
    type: 'photo',
    format: 'unknown',
    extensionMatches: false,
    width: null,
    height: null,
    displayWidth: null,
    displayHeight: null,
    orientation: null,
    bytes: file.size,
    exif: false,
    capturedAt: null,
    createdAt: null,
    modifiedAt: null,
    make: null,
    model: null,
    software: null,
    gps: null,
    description: null,
    hasThumbnail: false,
    capturedAtSource: null,
    descriptionTag: null,
    pixelsUnavailable: null,
    thumbnailDhash: null,
    thumbnailAspectMatches: null,
    imageDhash: null,
  };
}

/** The informative line of an error (libvips prefixes loader probing noise such as 'bad seek to …'). */
function message(e: unknown): string {
  const lines = errorDetail(e).split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => !/bad seek to/.test(l)) ?? lines[0] ?? 'unknown error';
}


const NOT_IMAGE: Record<string, string> = {
  text: 'the content is text, not an image',
  pdf: 'the content is a PDF document, not an image',
  zip: 'the content is a ZIP/Office file, not an image',
  cfb: 'the content is an old Office (CFB) file, not an image',
  unknown: 'the content is not a known image format',
};

/** Whether sharp here can decode HEVC (prebuilt sharp cannot): probed once, on the first HEVC file. */
let hevcDecodable: boolean | undefined;

export interface PhotoExtractOptions {
  /**
   * Hash the pixels of a photo that has no usable EXIF thumbnail (near-duplicate detection needs
   * it): a baseline JPEG from its DC coefficients, anything else decoded by sharp. Default true.
   */
  hashPixels?: boolean;
  /**
   * When given, a hash that only waits on time (the photo looked sound, the decode is for the
   * near-duplicate hash alone) is finished in the background: its promise is pushed here, and the
   * photo's slot moves on to the next file. The caller awaits them all before reading
   * `imageDhash` or `pixelsUnavailable`. Without it, the hash is awaited in place.
   */
  pending?: Promise<void>[];
}

export async function extractPhoto(file: FileInput, opts: PhotoExtractOptions = {}): Promise<Result> {
  const facts = emptyFacts(file);
  let fh: OpenFile;
  try {
    fh = await openAdaptive(file.absPath);
  } catch (e) {
    // The errno code only: the message carries the absolute path, which reports must not.
    return { facts, error: { code: 'io', detail: errnoOf(e), reason: errnoOf(e) } };
  }
  try {
    const error = await readPhoto(fh, file, facts, opts.hashPixels ?? true, opts.pending);
    return { facts, error };
  } catch (e) {
    return { facts, error: { code: 'corrupt', detail: message(e) } };
  } finally {
    fh.close();
  }
}

async function readPhoto(
  fh: OpenFile,
  file: FileInput,
  facts: PhotoFacts,
  hashPixels: boolean,
  pending: Promise<void>[] | undefined,
): Promise<ExtractError | null> {
  // Discovery already knows the size; ask the disk only when it said nothing.
  const size = file.size > 0 ? file.size : await fh.size();
  facts.bytes = size;
  const readAt: ReadAt = (pos, len) => fh.readAt(pos, Math.max(0, Math.min(len, size - pos)));
  if (size === 0) {
    facts.format = 'empty';
    return { code: 'empty', detail: 'the file is empty (0 bytes)' };
  }
  // A JPEG's last bytes tell whether it was cut short: ask for them together with the head, so
  // the two reads wait on the disk once, not twice.
  const tailFrom = Math.max(0, size - 4096);
  const tailRead = file.container === 'jpeg' ? readAt(tailFrom, 4096) : null;
  tailRead?.catch(() => undefined);
  // A JPEG's headers usually end within the bytes discovery's sniff just read (they are in the
  // page cache): read those first. The first HEAD bytes are read only when something needs them
  // (`fullHead`), so that every result is the one a HEAD-byte head gives. On a cold disk a second
  // read of the first 64 KB after discovery's 8 KB cost more than the rest of the photo check.
  let head = await readAt(0, file.container === 'jpeg' && size > HEAD ? SNIFF_BYTES : HEAD);
  let headIsShort = head.length < HEAD && head.length < size;
  /** The head as first read before, HEAD bytes (or the whole file), when the short head is not enough. */
  const fullHead = async (): Promise<Buffer> => {
    if (headIsShort) {
      head = await readAt(0, HEAD);
      headIsShort = false;
    }
    return head;
  };
  let sniffed = sniffImage(head);
  // Not the JPEG discovery saw (it changed since): read as before, from the first HEAD bytes.
  if (headIsShort && sniffed !== 'jpeg') sniffed = sniffImage(await fullHead());
  facts.format = sniffed;
  facts.extensionMatches = extensionFormat(file.name) === sniffed;
  if (!IMAGE_FORMATS.has(sniffed)) {
    return { code: 'not-image', detail: NOT_IMAGE[sniffed] ?? NOT_IMAGE.unknown! };
  }
  const format = sniffed as ImageFormat;

  // ---- container walk: EXIF block, declared size, signs of truncation
  let tiff: Buffer | null = null;
  let structural: ExtractError | null = null; // certain truncation/corruption from the structure
  let suspectTruncated = false; // a decode settles it
  let stored: { width: number; height: number } | null = null;
  let heifRotation = 0;
  let whole: Buffer | null = size <= head.length ? head : null;
  let iptc: ReturnType<typeof iptcDateTimeCreated> = null;
  let pngText: Record<string, string> = {};
  // Our own JPEG parse found the frame size and the start of the scan: sharp's header read would
  // only repeat it (it was a fifth of the photo check's CPU time).
  let jpegHeaderComplete = false;
  let huffmanBaseline = false; // a JPEG the DC reader can hash
  let coefficientBytes = 0; // what libjpeg buffers to decode a progressive JPEG
  let interlacedBytes = 0; // what an interlaced PNG is decoded into, whole

  if (format === 'jpeg') {
    let L = jpegLayout(head);
    // The short head is kept only when it holds every header up to a well-formed scan header;
    // otherwise the walk starts again on the first HEAD bytes, as it always did.
    if (headIsShort && !(L.sos !== null && L.headersValid && L.needed <= head.length)) L = jpegLayout(await fullHead());
    for (let i = 0; i < 32 && L.sos === null && L.badMarkerAt === null && L.needed > head.length && head.length < size; i++) {
      if (L.needed > MAX_HEADER) break;
      head = await readAt(0, Math.min(size, Math.max(L.needed + 4096, head.length * 2)));
      L = jpegLayout(head);
    }
    if (L.exif) tiff = head.subarray(L.exif.start, L.exif.end);
    jpegHeaderComplete = L.sos !== null && L.headersValid;
    if (L.frame) coefficientBytes = progressiveCoefficientBytes(L.frame);
    if (L.app13) iptc = iptcDateTimeCreated(head.subarray(L.app13.start, L.app13.end));
    if (L.sof) stored = { width: L.sof.width, height: L.sof.height };
    huffmanBaseline = L.sof?.huffmanBaseline === true;
    if (L.sos === null && L.needed > size) {
      structural = { code: 'truncated', detail: `the file ends at byte ${size}, inside the JPEG header (${L.needed} bytes needed)` };
    } else if (L.sos === null && L.badMarkerAt !== null && !L.sof) {
      structural = { code: 'corrupt', detail: `broken JPEG header at byte ${L.badMarkerAt}` };
    } else {
      const defect = L.sos !== null ? jpegHeaderDefect(head) : null;
      const need = L.frame ? minScanBytes(L.frame) : 0;
      if (defect) structural = { code: 'corrupt', detail: defect };
      else if (L.scanData !== null && L.frame && size - L.scanData < need) {
        structural = { code: 'corrupt', detail: `${size - L.scanData} bytes of image data for a ${L.frame.width}×${L.frame.height} picture, which needs at least ${need}` };
      } else {
        // An end-of-image marker counts only after the scan data starts: the EXIF thumbnail has
        // its own, which a file cut short inside the first megabytes would still show.
        const tail = await (tailRead ?? readAt(tailFrom, 4096));
        const eoi = tail.lastIndexOf(Buffer.from([0xff, 0xd9]));
        if (eoi < 0 || L.sos === null || tailFrom + eoi <= L.sos) suspectTruncated = true;
      }
      if (suspectTruncated && L.sos !== null && size <= MAX_WALK) {
        // No marker at the end: either the file was cut short, or something follows a sound
        // image (a motion photo's video, a vendor trailer). Walking the scan data to the main
        // image's own end-of-image marker tells which; a shrunk decode cannot (libjpeg at 1/8
        // scale accepts a file cut inside its last rows).
        whole ??= await readAt(0, size);
        if (jpegImageEnd(whole, L.sos) === null) {
          structural = { code: 'truncated', detail: `the image data runs to the end of the file (${size} bytes) without an end-of-image marker` };
        }
        suspectTruncated = false;
      }
    }
  } else if (format === 'png') {
    interlacedBytes = interlacedPngBytes(head);
    const P = await pngLayout(head, size, readAt);
    if (P.width !== null && P.height !== null) stored = { width: P.width, height: P.height };
    tiff = P.exif;
    pngText = P.text;
    if (P.truncatedAt !== null) {
      structural = { code: 'truncated', detail: `a PNG chunk at byte ${P.truncatedAt} runs past the end of the file (${size} bytes)` };
    } else if (!P.iend && P.reachedEnd) {
      // Every PNG ends with IEND: the chunks run out before it, so the copy stopped early.
      structural = { code: 'truncated', detail: `the chunks end at byte ${size} without IEND` };
    } else if (!P.iend) suspectTruncated = true;
  } else if (format === 'heif' || format === 'avif') {
    let H = heifPrimary(head);
    if (H.incomplete && size > head.length && size <= MAX_WHOLE) {
      whole = await readAt(0, size);
      head = whole;
      H = heifPrimary(head);
    }
    if (H.width !== null && H.height !== null) stored = { width: H.width, height: H.height };
    heifRotation = H.rotation;
    const boxes: { type: string; size: number; header: number }[] = [];
    const cut = await isoTruncatedAt(size, readAt, 10_000, boxes);
    if (cut !== null) structural = { code: 'truncated', detail: `a box at byte ${cut} runs past the end of the file (${size} bytes)` };
    else if (stored && head.indexOf('idat', 0, 'latin1') < 0) {
      // Pixels live in 'mdat' (or, for small images, the meta box's 'idat'). No coded picture
      // of this size fits in under one byte per 10,000 pixels: such a file declares a picture
      // but carries none (exiftool's 623-byte QuickTime.heic sample).
      const payload = boxes.filter((b) => b.type === 'mdat').reduce((n, b) => n + b.size - b.header, 0);
      if (payload < (stored.width * stored.height) / 10_000) {
        structural = { code: 'corrupt', detail: `the container holds ${payload} bytes of image data for a ${stored.width}×${stored.height} picture` };
      }
    }
  } else if (format === 'webp') {
    const W = await webpLayout(head, size, readAt);
    if (W.exif) {
      const raw = await readAt(W.exif.start, W.exif.length);
      const at = tiffStart(raw);
      if (at >= 0) tiff = raw.subarray(at);
    }
    if (W.truncated) structural = { code: 'truncated', detail: `the RIFF header declares more bytes than the file has (${size})` };
  } else if (format === 'bmp') {
    stored = bmpSize(head);
  } else if (format === 'tiff') {
    if (size <= MAX_WHOLE && !whole) whole = await readAt(0, size);
    tiff = whole ?? head;
  }

  // ---- sharp metadata (header only)
  let meta: Metadata | null = null;
  if (format !== 'bmp' && !jpegHeaderComplete) {
    for (const input of whole && whole !== head ? [head, whole] : [head]) {
      try {
        meta = await (await loadSharp())(input, { limitInputPixels: false }).metadata();
        break;
      } catch {
        // the next input, or the verdict below
      }
    }
    if (!meta && !whole && (format === 'heif' || format === 'avif') && size <= MAX_WHOLE) {
      whole = await readAt(0, size);
      try {
        meta = await (await loadSharp())(whole, { limitInputPixels: false }).metadata();
        const H = heifPrimary(whole);
        if (H.width !== null && H.height !== null) stored = { width: H.width, height: H.height };
        heifRotation = H.rotation;
      } catch {
        // unreadable: the verdict below
      }
    }
  }
  if (!tiff && meta?.exif) {
    const at = tiffStart(meta.exif);
    if (at >= 0) tiff = meta.exif.subarray(at);
  }

  // ---- EXIF
  let tags: ExifTags | null = null;
  if (tiff) {
    const r = await readExifTags(tiff);
    tags = r.tags;
  }
  if (tags) {
    facts.exif = true;
    facts.make = tags.make;
    facts.model = tags.model;
    facts.software = tags.software;
    facts.capturedAt = tags.dateTimeOriginal;
    facts.capturedAtSource = tags.dateTimeOriginal ? 'exif' : null;
    facts.createdAt = tags.createDate;
    facts.modifiedAt = tags.modifyDate;
    facts.orientation = tags.orientation;
    facts.gps = tags.gps;
    facts.description = tags.description?.text ?? null;
    facts.descriptionTag = tags.description?.tag ?? null;
  }
  if (!facts.capturedAt) {
    // Decode only the XMP packet, found by its bytes (decoding the whole header as text cost more
    // than the rest of the photo's facts).
    const h = await fullHead();
    const at = h.indexOf('xmpmeta');
    const x = at < 0 ? null : xmpDateTimeOriginal(h.toString('utf8', Math.max(0, at - 16), Math.min(h.length, at + 65536)));
    if (x) {
      facts.capturedAt = x;
      facts.capturedAtSource = 'xmp';
    }
  }
  if (!facts.capturedAt && iptc) {
    // exiftool's Composite:DateTimeOriginal from IPTC DateCreated (YYYYMMDD) + TimeCreated (HHMMSS±HHMM)
    const d = /^(\d{4})(\d{2})(\d{2})$/.exec(iptc.date);
    const t = /^(\d{2})(\d{2})(\d{2})([+-]\d{2})(\d{2})?$/.exec(iptc.time ?? '');
    if (d && t) {
      facts.capturedAt = normalizeDate(`${d[1]}:${d[2]}:${d[3]} ${t[1]}:${t[2]}:${t[3]}`, `${t[4]}:${t[5] ?? '00'}`);
      facts.capturedAtSource = facts.capturedAt ? 'iptc' : null;
    }
  }
  if (!facts.capturedAt && tiff) {
    const mn = makerNoteOf(tiff);
    const t = mn ? reconyxDateTimeOriginal(mn) : null;
    if (t) {
      facts.capturedAt = t;
      facts.capturedAtSource = 'makernote';
    }
  }
  if (!facts.software && pngText.Software?.trim()) facts.software = pngText.Software.trim();
  if (!facts.description) {
    const key = ['Description', 'Title', 'Comment'].find((k) => pngText[k]?.trim());
    if (key) {
      facts.description = pngText[key]!.trim();
      facts.descriptionTag = `PNG:${key}`;
    }
  }
  if (facts.orientation === null && meta?.orientation) facts.orientation = meta.orientation;

  // ---- pixel size, as stored and as displayed
  const isHeif = format === 'heif' || format === 'avif';
  if (isHeif) {
    // libheif reports the size after irot; ispe is the stored size. EXIF Orientation is informational.
    const dw = meta?.width ?? null;
    const dh = meta?.height ?? null;
    if (!stored && dw !== null && dh !== null) stored = heifRotation % 180 ? { width: dh, height: dw } : { width: dw, height: dh };
    if (stored) {
      facts.width = stored.width;
      facts.height = stored.height;
      facts.displayWidth = dw ?? (heifRotation % 180 ? stored.height : stored.width);
      facts.displayHeight = dh ?? (heifRotation % 180 ? stored.width : stored.height);
    }
  } else {
    const w = meta?.width ?? stored?.width ?? null;
    const h = meta?.height ?? stored?.height ?? null;
    facts.width = w;
    facts.height = h;
    const swap = facts.orientation !== null && facts.orientation >= 5;
    facts.displayWidth = swap ? h : w;
    facts.displayHeight = swap ? w : h;
  }

  if (structural) return structural;
  if (!meta && format !== 'bmp' && !jpegHeaderComplete) {
    // libvips' error text is shared by concurrent reads and may describe another file: our own
    // structure walk found no truncation, so the header is simply unreadable.
    return { code: 'corrupt', detail: `the ${format} header cannot be read` };
  }
  if (format === 'bmp' && !stored) return { code: 'corrupt', detail: 'broken BMP header' };

  if (!facts.width || !facts.height) return { code: 'corrupt', detail: `the header declares a ${facts.width ?? '?'}×${facts.height ?? '?'} image` };
  // The declared size is the fact; whether it is a bomb is the check's call, against the county's
  // maxPixels. Above our own fixed decode cap nothing is decoded, whatever the rule file says.
  if (facts.width * facts.height > DECODE_PIXEL_LIMIT) {
    facts.pixelsUnavailable = 'over-decode-cap';
    return null;
  }
  if (coefficientBytes > PROGRESSIVE_COEFFICIENT_LIMIT) {
    facts.pixelsUnavailable = 'progressive-over-decode-cap';
    return null;
  }
  if (isHeif && facts.width * facts.height > HEIF_DECODE_PIXEL_LIMIT) {
    facts.pixelsUnavailable = 'heif-over-decode-cap';
    return null;
  }
  if (interlacedBytes > PROGRESSIVE_COEFFICIENT_LIMIT) {
    facts.pixelsUnavailable = 'interlaced-over-decode-cap';
    return null;
  }

  // ---- pixels we cannot decode here
  if (format === 'bmp') facts.pixelsUnavailable = 'bmp';
  if (isHeif && (meta as { compression?: string } | null)?.compression === 'hevc' && hevcDecodable !== true) {
    if (hevcDecodable === undefined) {
      try {
        // failOn 'none': libvips warnings are process-wide, and with the default ('warning') a
        // warning from another photo decoded at the same moment failed this probe at random.
        const sharp = await loadSharp();
        await sharp(whole ?? (await readAt(0, size)), { limitInputPixels: DECODE_PIXEL_LIMIT, failOn: 'none' }).resize(8, 8).raw().toBuffer();
        hevcDecodable = true;
      } catch (e) {
        // Only a definite "no decoder" is remembered. Any other failure cannot be trusted to name
        // this file (libvips' error text is shared by concurrent decodes and can read "Unknown
        // error"); structural damage is caught above, so the pixels are just left unchecked.
        if (/not been built in|decoder plugin|unsupported codec|compression format/i.test(message(e))) hevcDecodable = false;
        else facts.pixelsUnavailable = 'hevc';
      }
    }
    if (hevcDecodable === false) facts.pixelsUnavailable = 'hevc';
  }
  const pixelOrientation = isHeif ? 1 : facts.orientation;

  // ---- EXIF thumbnail
  if (tags?.thumbnail && tiff) {
    const t = tiff.subarray(tags.thumbnail.offset, tags.thumbnail.offset + tags.thumbnail.length);
    if (t.length > 3 && t[0] === 0xff && t[1] === 0xd8) {
      facts.hasThumbnail = true;
      try {
        const info = await analyzeThumbnail(t, facts.width, facts.height, pixelOrientation);
        facts.thumbnailDhash = info.dhash;
        facts.thumbnailAspectMatches = info.aspectMatches;
      } catch (e) {
        facts.thumbnailDhash = null;
        // Declaring more pixels than a thumbnail has (16383×16383 in a few hundred bytes): not a
        // thumbnail of this image, and a finding (photo.thumbnail-mismatch), not a silent pass.
        if (e instanceof ThumbnailTooLarge) facts.thumbnailAspectMatches = false;
      }
    }
  }

  // ---- decode only to settle a doubt
  const suspectThumbnail =
    facts.hasThumbnail && (facts.thumbnailAspectMatches === false || editedHint(facts) || facts.thumbnailDhash === null);
  // No faithful thumbnail: the pixels are the only source of a near-duplicate hash.
  const needsPixels = hashPixels && !(facts.thumbnailDhash && facts.thumbnailAspectMatches);
  if ((suspectTruncated || suspectThumbnail || needsPixels) && !facts.pixelsUnavailable) {
    // A baseline JPEG gives its 1/8-scale luma from the DC coefficients (on a worker thread),
    // decided from the headers already read; a cut-off file (a doubt to settle), a CMYK or RGB
    // JPEG and anything the reader declines go to sharp, whose verdict on damaged data is the one
    // reported.
    const viaDc = huffmanBaseline && !suspectTruncated && size <= MAX_DC_READ && jpegDcHeadersReadable(await fullHead());
    // The bytes are held until the hash is done, whichever way it is finally computed.
    const release = viaDc ? await backgroundBytes.reserve(size) : () => undefined;
    let bytes: Buffer | null;
    try {
      bytes = viaDc ? (whole ?? (await readAt(0, size))) : whole;
    } catch (e) {
      release();
      throw e;
    }
    const decoded = isHeif || !facts.width || !facts.height ? undefined : { width: facts.width, height: facts.height };
    const hashing = imageHash(bytes, viaDc, file.absPath, pixelOrientation, decoded).finally(release);
    if (!suspectTruncated && !suspectThumbnail) {
      // Decoded only for the hash, nothing looked wrong: a failure says the pixels were not checked.
      const settle = (h: string | null) => {
        if (h) facts.imageDhash = h;
        else facts.pixelsUnavailable = 'decode-failed';
      };
      // Only the DC path goes to the background: its bytes are counted in the budget above.
      if (pending && viaDc) pending.push(hashing.then(settle));
      else settle(await hashing);
      return null;
    }
    const h = await hashing;
    if (h) facts.imageDhash = h;
    // libvips' text is shared by concurrent decodes (it can read "Unknown error"): the verdict
    // rests on what the structure showed, the detail is a fixed description.
    else if (suspectTruncated) return { code: 'truncated', detail: 'the image data ends before the end-of-image marker' };
    else return { code: 'corrupt', detail: 'the image data cannot be decoded' };
  }
  return null;
}

/**
 * The image's own dHash, or null when it cannot be decoded. `bytes` may be null (then the file
 * is read by path). With `viaDc` the DC reader is tried first; the bytes it declines come back
 * for sharp.
 */
async function imageHash(
  bytes: Buffer | null,
  viaDc: boolean,
  absPath: Buffer,
  orientation: number | null,
  decoded: { width: number; height: number } | undefined,
): Promise<string | null> {
  let data = bytes;
  try {
    if (viaDc && data) {
      const r = await dhashJpegDcOffThread(data, orientation);
      if (r.hash) return r.hash;
      data = r.data;
    }
    return await dhashImage(data ?? (await sharpInput(absPath)), orientation, decoded);
  } catch {
    return null;
  }
}

/**
 * Editing software whose name in EXIF Software is worth a decode of the pixels (a fixed list: the
 * facts must not change with a rule file's `editors`, which the check applies).
 */
const EDITOR_HINTS = ['photoshop', 'lightroom', 'gimp', 'meitu', '美图', '醒图', 'snapseed', 'picsart', 'vsco', 'pixelmator', 'paint.net', 'affinity', 'canva', 'fotor', 'photoscape', 'acdsee', '光影魔术手', 'polarr', '黄油相机', 'ulike'];

/** Signs that a photo was edited after capture (a hint for spending a decode, not a verdict). */
function editedHint(f: PhotoFacts): boolean {
  const sw = (f.software ?? '').toLowerCase();
  if (sw && EDITOR_HINTS.some((e) => sw.includes(e))) return true;
  if (f.capturedAt && f.modifiedAt) {
    if (daysApart(f.capturedAt, f.modifiedAt) * 24 > 1) return true; // modified over an hour after capture
  }
  return false;
}
