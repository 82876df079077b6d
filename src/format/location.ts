import type { Lang, Location } from '../types.js';
import { element } from '../messages/format.js';

/** A finding's location in words fitted to the material: page, sheet!cell, EXIF tag, element. */
export function describeLocation(l: Location | undefined, lang: Lang): string {
  if (!l) return '';
  const parts: string[] = [];
  if (l.page !== undefined) parts.push(lang === 'zh' ? `第 ${l.page} 页` : `page ${l.page}`);
  // A sheet and cell in words, as the register messages name them (so a message that already
  // names its cell is not followed by the same place again).
  if (lang === 'zh' && l.sheet !== undefined) parts.push(`工作表“${l.sheet}”${l.cell ? `${l.cell} 单元格` : l.row !== undefined ? `第 ${l.row} 行` : ''}`);
  else if (l.sheet !== undefined) parts.push(l.cell ? `cell ${l.cell} of sheet "${l.sheet}"` : l.row !== undefined ? `row ${l.row} of sheet "${l.sheet}"` : `sheet "${l.sheet}"`);
  else if (l.cell !== undefined) parts.push(lang === 'zh' ? `${l.cell} 单元格` : `cell ${l.cell}`);
  else if (l.row !== undefined) parts.push(lang === 'zh' ? `第 ${l.row} 行` : `row ${l.row}`);
  // IPTC:DateCreated, XMP:… name their own block; plain tags are EXIF. In Chinese the tags a
  // clerk meets are named in words (the tag stays in the JSON's location).
  if (l.exifTag) parts.push((lang === 'zh' ? TAG_ZH[l.exifTag] : undefined) ?? (l.exifTag.includes(':') ? l.exifTag : `EXIF ${l.exifTag}`));
  // The five standard elements in the run's language; a county's own element keeps its name.
  if (l.element) parts.push(element(l.element, lang));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

const TAG_ZH: Record<string, string> = {
  DateTimeOriginal: '照片拍摄时间（EXIF）',
  'XMP:DateTimeOriginal': '照片拍摄时间（XMP）',
  'IPTC:DateCreated': '照片拍摄时间（IPTC）',
  CreateDate: '照片生成时间（EXIF）',
  ModifyDate: '照片修改时间（EXIF）',
  Software: '处理软件（EXIF）',
  ThumbnailImage: '内嵌缩略图（EXIF）',
  ImageDescription: '照片说明（EXIF）',
  'QuickTime:CreateDate': '视频创建时间',
  'QuickTime:ContentCreateDate': '视频拍摄时间',
  'QuickTime:CreationDate': '视频拍摄时间',
};
