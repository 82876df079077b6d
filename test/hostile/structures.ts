/**
 * hostile21: containers whose structure loops or lies, in one unit folder — an XML part with a
 * DOCTYPE of nested entities (a billion laughs) or an external entity (file:///etc/passwd), a PDF
 * whose page tree holds itself and one whose cross-reference chain names itself, EXIF IFDs pointing
 * at themselves or outside the file, MP4 boxes whose 64-bit size is smaller than their header (0, 8,
 * 15) or whose 32-bit size is 0–7 inside a parent, zip end records claiming 65,535 entries or a
 * directory at offset 0, a folder 200 deep, links to /proc/self/mem, /proc/self/fd/0 and /dev/tty.
 * Each was met with a finding and the run went on at the session-21 pass; kept here so it stays so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makeJpeg, spliceExif } from '../../fixtures/build/jpeg.js';
import { reportParas } from '../../fixtures/build/texts.js';
import { box, fullBox, u32, u64 } from '../../fixtures/build/video.js';
import { repack } from '../../fixtures/build/zip.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paras = (unit: string) => reportParas({ unit, indicator: '我们的节日', date: '2026-07-06' });

/** A PDF from object bodies (object n at index n-1), with a correct xref; `prevSelf`: the trailer's /Prev names this xref. */
export function rawPdf(objs: (string | { dict: string; data: Buffer })[], prevSelf = false): Buffer {
  const parts = [Buffer.from('%PDF-1.7\n', 'latin1')];
  let off = parts[0]!.length;
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(off);
    const b = typeof o === 'string'
      ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')
      : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.data.length} >>\nstream\n`, 'latin1'), o.data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    parts.push(b);
    off += b.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R${prevSelf ? ` /Prev ${off}` : ''} >>\nstartxref\n${off}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const FONT = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [5 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];
const textContent = (lines: string[]) => Buffer.from(`BT /F1 12 Tf 14 TL 50 780 Td ${lines.map((l) => `<${Buffer.from(l, 'utf16le').swap16().toString('hex')}> Tj T*`).join(' ')} ET`, 'latin1');

/** A TIFF (EXIF) of one IFD0 at offset 8: entries [tag, type, count, value], then the next-IFD offset. */
function tiff(entries: [number, number, number, number][], next: number): Buffer {
  const b = Buffer.alloc(8 + 2 + entries.length * 12 + 4 + 64);
  b.write('II');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(8, 4);
  b.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, count, val], i) => {
    const o = 10 + i * 12;
    b.writeUInt16LE(tag, o);
    b.writeUInt16LE(type, o + 2);
    b.writeUInt32LE(count >>> 0, o + 4);
    b.writeUInt32LE(val >>> 0, o + 8);
  });
  b.writeUInt32LE(next >>> 0, 10 + entries.length * 12);
  return b;
}

/** The files buildStructures writes (relative to its folder), each with a rule that must be among its findings (null: named, not passed). */
export const STRUCTURES: Readonly<Record<string, string | null>> = {
  '说明报告-实体.docx': 'doc.corrupt',
  '说明报告-外部实体.docx': 'doc.corrupt',
  '说明报告-条目数.docx': 'doc.corrupt',
  '说明报告-目录位置.docx': 'doc.corrupt',
  '说明报告-页树.pdf': 'doc.corrupt',
  '说明报告-交叉引用.pdf': null,
  '2026-06-18 县一中 端午活动 自环.jpg': 'photo.no-capture-time',
  '2026-06-18 县一中 端午活动 越界.jpg': 'photo.no-capture-time',
  ...Object.fromEntries(['零', '八', '十五', '内零', '内八', '内十五', '尺寸0', '尺寸1', '尺寸4', '尺寸7'].map((n) => [`2026-06-18 端午活动视频 ${n}.mp4`, 'video.unreadable'])),
  '说明报告-内存.pdf': 'file.link',
  '活动登记表-输入.xlsx': 'file.link',
  '部门评价-终端.docx': 'file.link',
};

/** Writes the files of STRUCTURES into dir, and a folder 200 deep (深/0/1/…/199/深.jpg). */
export async function buildStructures(dir: string): Promise<void> {
  const put = (name: string, data: Buffer) => fs.writeFileSync(path.join(dir, name), data);
  fs.mkdirSync(dir, { recursive: true });
  const unit = '县结构局';
  const body = paras(unit).map((p) => `<w:p><w:r><w:t>${esc(p.text)}</w:t></w:r></w:p>`).join('');
  const docXml = (doctype: string, extra: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<w:document ${W}><w:body>${body}<w:p><w:r><w:t>${extra}</w:t></w:r></w:p></w:body></w:document>`;
  const base = await makeDocx({ paragraphs: paras(unit).map((p) => ({ text: p.text, heading: p.heading })), created: '2026-07-06T09:00:00Z' });
  let laughs = '<!DOCTYPE w:document [<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">';
  for (let i = 1; i < 10; i++) laughs += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
  put('说明报告-实体.docx', repack(base, { 'word/document.xml': { data: Buffer.from(docXml(`${laughs}]>`, '&a9;')) } }));
  put('说明报告-外部实体.docx', repack(base, { 'word/document.xml': { data: Buffer.from(docXml('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', '&x;')) } }));
  const eocd = base.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const many = Buffer.from(base);
  many.writeUInt16LE(65535, eocd + 8);
  many.writeUInt16LE(65535, eocd + 10);
  put('说明报告-条目数.docx', many);
  const atZero = Buffer.from(base);
  atZero.writeUInt32LE(0, eocd + 16);
  put('说明报告-目录位置.docx', atZero);

  const content = textContent(paras(unit).map((p) => p.text.slice(0, 30)));
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>';
  // 1 catalog, 2 pages, 3–5 font, 6 page, 7 content, 8 a Pages node holding 2 (and 2 holding itself)
  put('说明报告-页树.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 8 0 R 6 0 R] /Count 3 >>', ...FONT.map((f) => f.replace('5 0 R', '4 0 R').replace('6 0 R', '5 0 R')), page, { dict: '', data: content }, '<< /Type /Pages /Parent 2 0 R /Kids [8 0 R 2 0 R] /Count 2 >>']));
  put('说明报告-交叉引用.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [6 0 R] /Count 1 >>', ...FONT.map((f) => f.replace('5 0 R', '4 0 R').replace('6 0 R', '5 0 R')), page, { dict: '', data: content }], true));

  const jpeg = await makeJpeg({ seed: 5, width: 640, height: 480, noise: 8, quality: 80 });
  put('2026-06-18 县一中 端午活动 自环.jpg', spliceExif(jpeg, tiff([[0x010f, 2, 8, 0x7fffffff], [0x8769, 4, 1, 8], [0x8825, 4, 1, 8], [0xa005, 4, 1, 8]], 8)));
  put('2026-06-18 县一中 端午活动 越界.jpg', spliceExif(jpeg, tiff([[0x010f, 2, 0xffffffff, 0xfffffff0], [0x9003, 2, 0xffffffff, 20], [0x8769, 4, 1, 0xfffffff0], [0x0132, 5, 0x20000000, 8]], 0xfffffff8)));

  const ftyp = box('ftyp', Buffer.from('isom'), u32(0), Buffer.from('isommp42'));
  const mvhd = fullBox('mvhd', 0, 0, u32(3_860_000_000), u32(0), u32(1000), u32(1000), Buffer.alloc(80));

  for (const [n, large] of [['零', 0n], ['八', 8n], ['十五', 15n]] as const) {
    put(`2026-06-18 端午活动视频 ${n}.mp4`, Buffer.concat([ftyp, u32(1), Buffer.from('free'), u64(large), box('moov', mvhd), box('mdat', Buffer.alloc(16))]));
    put(`2026-06-18 端午活动视频 内${n}.mp4`, Buffer.concat([ftyp, box('moov', mvhd, Buffer.concat([u32(1), Buffer.from('udta'), u64(large)]), Buffer.alloc(64)), box('mdat', Buffer.alloc(16))]));
  }
  for (const s of [0, 1, 4, 7]) {
    put(`2026-06-18 端午活动视频 尺寸${s}.mp4`, Buffer.concat([ftyp, box('moov', mvhd, Buffer.concat([u32(s), Buffer.from('trak'), Buffer.alloc(40)])), box('mdat', Buffer.alloc(16))]));
  }
  let deep = path.join(dir, '深');
  for (let i = 0; i < 200; i++) deep = path.join(deep, `${i}`);
  fs.mkdirSync(deep, { recursive: true });
  fs.writeFileSync(path.join(deep, '深.jpg'), jpeg);
  for (const [name, target] of [['说明报告-内存.pdf', '/proc/self/mem'], ['活动登记表-输入.xlsx', '/proc/self/fd/0'], ['部门评价-终端.docx', '/dev/tty']]) {
    fs.symlinkSync(target!, path.join(dir, name!));
  }
}
