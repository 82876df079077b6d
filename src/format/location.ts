import type { Lang, Location } from '../types.js';
import { element } from '../messages/format.js';

/** A finding's location in words fitted to the material: page, sheet!cell, EXIF tag, element. */
export function describeLocation(l: Location | undefined, lang: Lang): string {
  if (!l) return '';
  const parts: string[] = [];
  if (l.page !== undefined) parts.push(lang === 'zh' ? `第 ${l.page} 页` : `page ${l.page}`);
  if (l.sheet !== undefined || l.cell !== undefined) parts.push(`${l.sheet ?? ''}${l.cell ? `!${l.cell}` : ''}`);
  else if (l.row !== undefined) parts.push(lang === 'zh' ? `第 ${l.row} 行` : `row ${l.row}`);
  // IPTC:DateCreated, XMP:… name their own block; plain tags are EXIF.
  if (l.exifTag) parts.push(l.exifTag.includes(':') ? l.exifTag : `EXIF ${l.exifTag}`);
  // The five standard elements in the run's language; a county's own element keeps its name.
  if (l.element) parts.push(element(l.element, lang));
  return parts.join(', ');
}
