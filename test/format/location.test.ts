/** Locations in words a clerk reads: EXIF tags named in Chinese, Chinese punctuation between parts. */
import { describe, expect, it } from 'vitest';
import { describeLocation } from '../../src/format/location.js';

describe('describeLocation', () => {
  it('zh: names the EXIF tags a clerk meets and joins parts with a Chinese comma', () => {
    expect(describeLocation({ exifTag: 'DateTimeOriginal' }, 'zh')).toBe('照片拍摄时间（EXIF）');
    expect(describeLocation({ exifTag: 'Software' }, 'zh')).toBe('处理软件（EXIF）');
    expect(describeLocation({ exifTag: 'QuickTime:CreateDate' }, 'zh')).toBe('视频创建时间');
    expect(describeLocation({ page: 1, element: '部署文件' }, 'zh')).toBe('第 1 页，部署文件');
    // A tag without words keeps its name.
    expect(describeLocation({ exifTag: 'GPSDateStamp' }, 'zh')).toBe('EXIF GPSDateStamp');
  });

  it('en: unchanged (tag names, comma and space)', () => {
    expect(describeLocation({ exifTag: 'DateTimeOriginal' }, 'en')).toBe('EXIF DateTimeOriginal');
    expect(describeLocation({ page: 1, element: '部署文件' }, 'en')).toBe('page 1, deployment documents');
    expect(describeLocation({ sheet: '县教育局', cell: 'C4' }, 'en')).toBe('县教育局!C4');
  });
});
