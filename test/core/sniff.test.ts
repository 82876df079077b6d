import { describe, expect, it } from 'vitest';
import { sniffContainer } from '../../src/formats/sniff.js';
import { classify } from '../../src/discover/classify.js';
import { loadRules } from '../../src/rules/load.js';

const b = (...bytes: number[]) => Buffer.from(bytes);

describe('sniffing by content', () => {
  it.each([
    [b(0xff, 0xd8, 0xff, 0xe1), 'jpeg'],
    [b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'png'],
    [Buffer.concat([b(0, 0, 0, 0x18), Buffer.from('ftypheic')]), 'heif'],
    [Buffer.concat([b(0, 0, 0, 0x18), Buffer.from('ftypavif')]), 'avif'],
    // A generic major brand: the compatible brands decide.
    [Buffer.concat([b(0, 0, 0, 0x18), Buffer.from('ftypmif1\0\0\0\0mif1heic')]), 'heif'],
    [Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'webp'],
    [Buffer.from('%PDF-1.7\n'), 'pdf'],
    [b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'cfb'],
    [Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26), Buffer.from('word/document.xml')]), 'docx'],
    [Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26), Buffer.from('xl/workbook.xml')]), 'xlsx'],
    [Buffer.from('活动名称,活动时间\n端午,2025-06-12\n'), 'text'],
    [b(0x00, 0x01, 0x02, 0x03, 0x00), 'unknown'],
  ])('%#: %s', (head, expected) => {
    expect(sniffContainer(head, head.length)).toBe(expected);
  });

  it('an empty file is empty', () => {
    expect(sniffContainer(Buffer.alloc(0), 0)).toBe('empty');
  });
});

describe('classification', () => {
  const rules = loadRules();
  it('uses content first, then name and folder cues', () => {
    expect(classify('jpeg', '2025-06-12 端午.pdf', [], rules)).toBe('photo');
    expect(classify('pdf', '说明报告.pdf', [], rules)).toBe('report');
    expect(classify('docx', '部门评价.docx', [], rules)).toBe('evaluation');
    expect(classify('pdf', '附件.pdf', ['说明报告'], rules)).toBe('report');
    expect(classify('pdf', '县教育局移交签单.pdf', [], rules)).toBe('signoff');
    expect(classify('jpeg', '移交签单.jpg', [], rules)).toBe('signoff');
    expect(classify('jpeg', '县教育局部门评价（盖章）.jpg', [], rules)).toBe('evaluation');
    // Weak cues do not turn a photo into a document.
    expect(classify('jpeg', '2026-04-24 县第一中学 学生互相评价活动.jpg', [], rules)).toBe('photo');
    expect(classify('jpeg', '2026-04-24 活动.jpg', ['说明报告'], rules)).toBe('photo');
    expect(classify('xlsx', '活动登记表.xlsx', [], rules)).toBe('register');
    expect(classify('cfb', '登记表.xls', [], rules)).toBe('register');
    expect(classify('cfb', '说明报告.doc', [], rules)).toBe('report');
    expect(classify('pdf', '关于开展活动的通知.pdf', [], rules)).toBe('document');
    expect(classify('unknown', 'x.zip7', [], rules)).toBe('other');
    // A damaged signature: trust the name, so the finding speaks of a broken photo, video or PDF.
    expect(classify('unknown', 'x.mp4', [], rules)).toBe('video');
    expect(classify('mov', '说明报告.mp4', [], rules)).toBe('video');
    expect(classify('text', 'x.mp4', [], rules)).toBe('other');
    expect(classify('unknown', '坏图.png', [], rules)).toBe('photo');
    expect(classify('unknown', '说明报告.pdf', [], rules)).toBe('report');
    expect(classify('text', 'readme.txt', [], rules)).toBe('other');
  });
});
