/** Locations in words a clerk reads: EXIF tags named in Chinese, Chinese punctuation between parts. */
import { describe, expect, it } from 'vitest';
import { describeLocation } from '../../src/format/location.js';

import { cellRef } from '../../src/messages/format.js';

describe('cellRef: a register cell arg in words', () => {
  it('names the sheet and the cell (or row) in either language; anything else as it is', () => {
    expect(cellRef('登记!C6', 'zh')).toBe('工作表“登记”C6 单元格');
    expect(cellRef('登记!第6行', 'zh')).toBe('工作表“登记”第 6 行');
    expect(cellRef('登记!第6行', 'en')).toBe('row 6 of sheet "登记"');
    expect(cellRef('a!b!AB12', 'en')).toBe('cell AB12 of sheet "a!b"');
    expect(cellRef('C6', 'zh')).toBe('C6');
  });
});

describe('describeLocation', () => {
  it('zh: names the EXIF tags a clerk meets and joins parts with a Chinese comma', () => {
    expect(describeLocation({ exifTag: 'DateTimeOriginal' }, 'zh')).toBe('照片拍摄时间（EXIF）');
    expect(describeLocation({ exifTag: 'Software' }, 'zh')).toBe('处理软件（EXIF）');
    expect(describeLocation({ exifTag: 'QuickTime:CreateDate' }, 'zh')).toBe('视频创建时间');
    expect(describeLocation({ page: 1, element: '部署文件' }, 'zh')).toBe('第 1 页，部署文件');
    expect(describeLocation({ sheet: '登记', row: 6, cell: 'C6' }, 'zh')).toBe('工作表“登记”C6 单元格');
    expect(describeLocation({ sheet: '登记', row: 6 }, 'zh')).toBe('工作表“登记”第 6 行');
    // A tag without words keeps its name.
    expect(describeLocation({ exifTag: 'GPSDateStamp' }, 'zh')).toBe('EXIF GPSDateStamp');
  });

  it('en: tag names, comma and space; a sheet and cell in words, as the messages name them', () => {
    expect(describeLocation({ exifTag: 'DateTimeOriginal' }, 'en')).toBe('EXIF DateTimeOriginal');
    expect(describeLocation({ page: 1, element: '部署文件' }, 'en')).toBe('page 1, deployment documents');
    expect(describeLocation({ sheet: '县教育局', cell: 'C4' }, 'en')).toBe('cell C4 of sheet "县教育局"');
    expect(describeLocation({ sheet: '县教育局', cell: 'C4' }, 'en')).toBe(cellRef('县教育局!C4', 'en'));
    expect(describeLocation({ sheet: '登记', row: 6 }, 'en')).toBe('row 6 of sheet "登记"');
    expect(describeLocation({ sheet: '登记' }, 'en')).toBe('sheet "登记"');
    expect(describeLocation({ cell: 'B2' }, 'en')).toBe('cell B2');
    expect(describeLocation({ cell: 'B2' }, 'zh')).toBe('B2 单元格');
  });
});
