/**
 * What a file name's extension claims: the one table of extensions for discover, extract and the
 * checks. Content (magic bytes, `sniff.ts`) decides what a file is; the extension only breaks ties
 * between formats that share a container (.doc vs .xls in CFB) and names what a file claims to be.
 */
import { own } from '../util/dict.js';
import type { Container } from '../types.js';
import type { ImageFormat } from './sniff-image.js';
import type { VideoFormat } from './sniff-video.js';

const EXTENSIONS: Record<string, ImageFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  heic: 'heif',
  heif: 'heif',
  hif: 'heif',
  avif: 'avif',
  webp: 'webp',
  gif: 'gif',
  bmp: 'bmp',
  dib: 'bmp',
  tif: 'tiff',
  tiff: 'tiff',
};

/** The image format a file name's extension claims, or null (no or unknown extension). */
export function extensionFormat(name: string): ImageFormat | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? (own(EXTENSIONS, m[1]!.toLowerCase()) ?? null) : null; // own: a file may be called x.constructor
}

/** The extension of a file name, lower case, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(i + 1).toLowerCase() : '';
}

const VIDEO_EXTENSIONS: Record<string, VideoFormat> = {
  mp4: 'mp4', m4v: 'mp4', f4v: 'mp4', mov: 'mov', qt: 'mov', '3gp': '3gp', '3gpp': '3gp', '3g2': '3gp',
};

/** The video family a file name's extension claims (.mp4 .m4v .mov .qt .3gp .3g2), or null. */
export function videoExtensionFormat(name: string): VideoFormat | null {
  return own(VIDEO_EXTENSIONS, extensionOf(name)) ?? null;
}

/** Spreadsheet extensions (read as registers). */
export const SHEET_EXTENSIONS: ReadonlySet<string> = new Set(['xls', 'xlsx', 'xlsm', 'et', 'csv']);
/** Word-processor and fixed-layout document extensions. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['pdf', 'doc', 'docx', 'wps', 'ofd']);
/** Plain-text documents (a 说明报告 typed as .txt). */
export const TEXT_DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['txt', 'md']);

/** The containers each document or sheet extension may hold (a .docx is a zip). */
const EXTENSION_CONTAINERS: Record<string, Container[]> = {
  pdf: ['pdf'], docx: ['docx', 'zip'], xlsx: ['xlsx', 'zip'], doc: ['cfb'], xls: ['cfb'], wps: ['cfb'], et: ['cfb'],
  csv: ['text'], txt: ['text'], ofd: ['ofd', 'zip'],
  // A .mov named .mp4 is a QuickTime movie with the wrong extension (the content is read all the same).
  mp4: ['mp4'], m4v: ['mp4'], f4v: ['mp4'], mov: ['mov'], qt: ['mov'], '3gp': ['3gp'], '3gpp': ['3gp'], '3g2': ['3gp'],
};

/** The file's content is not what its extension says (nothing to say about empty or unknown content). */
export function extensionLies(name: string, container: Container): boolean {
  if (container === 'empty' || container === 'unknown') return false;
  const image = extensionFormat(name);
  if (image) return container !== image;
  const promised = own(EXTENSION_CONTAINERS, extensionOf(name)); // a file may be called x.constructor
  return !!promised && !promised.includes(container);
}
