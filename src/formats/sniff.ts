/**
 * Container format from the first bytes of a file: never trust the extension alone. The one
 * sniffer of the tool: discover calls it once per file, and nothing downstream sniffs again.
 */
import type { Container } from '../types.js';
import { sniffImage } from './sniff-image.js';
import { sniffVideo } from './sniff-video.js';

/** Bytes of a file's head that sniffing reads (discover reads this much of every file). */
export const SNIFF_BYTES = 8192;

const NON_IMAGE = new Set(['empty', 'pdf', 'zip', 'cfb', 'text', 'unknown']);

export function sniffContainer(head: Buffer, size: number): Container {
  if (size === 0 || head.length === 0) return 'empty';
  // One image sniffer for the whole tool (ISO brands: major and compatible ones).
  const image = sniffImage(head);
  if (!NON_IMAGE.has(image)) return image as Container;
  // Video: ISO BMFF brands of .mp4/.mov/.3gp (after the image brands: HEIF/AVIF share 'ftyp'), QuickTime atoms.
  const video = sniffVideo(head);
  if (video) return video;
  // PDF: '%PDF-' may be preceded by junk within the first 1 KB (readers accept that).
  if (head.subarray(0, 1024).indexOf('%PDF-') >= 0) return 'pdf';
  if (image === 'cfb') return 'cfb';
  if (head.toString('latin1', 0, 4) === 'PK\x03\x04' || head.toString('latin1', 0, 4) === 'PK\x05\x06') return zipFlavour(head);
  return image === 'text' ? 'text' : 'unknown';
}

/** OOXML packages name their parts near the start; the first entry is usually [Content_Types].xml. */
function zipFlavour(head: Buffer): Container {
  const s = head.toString('latin1');
  if (s.includes('word/')) return 'docx';
  if (s.includes('xl/')) return 'xlsx';
  // OFD (GB/T 33190): the package's entry file OFD.xml, usually its first entry.
  if (s.includes('OFD.xml')) return 'ofd';
  return 'zip';
}

/** Containers that hold a picture (photo facts are read from them). */
export const IMAGE_CONTAINERS: ReadonlySet<Container> = new Set([
  'jpeg', 'png', 'heif', 'avif', 'webp', 'gif', 'bmp', 'tiff',
]);

/** Containers that hold a movie (video facts are read from them). */
export const VIDEO_CONTAINERS: ReadonlySet<Container> = new Set(['mp4', 'mov', '3gp']);
