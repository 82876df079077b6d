/**
 * A capture or modification time is kept in the facts as ISO text (2007-06-15T04:42:32, maybe with
 * a zone); a message shows it as people write it: date, a space, the time, the zone after it.
 * Seen on the real photos of the corpus (exif-py's samples): 拍摄于 2007-06-15T04:42:32 read as code.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage, ruleIds } from '../../src/messages/index.js';
import { dateTime } from '../../src/messages/format.js';

describe('date-times in messages', () => {
  it('the helper: T becomes a space, a zone is named, anything else passes as it is', () => {
    expect(dateTime('2007-06-15T04:42:32')).toBe('2007-06-15 04:42:32');
    expect(dateTime('2013-07-05T03:18:27+00:00')).toBe('2013-07-05 03:18:27 UTC+00:00');
    expect(dateTime('2013-07-05T03:18:27.120Z')).toBe('2013-07-05 03:18:27 UTC');
    expect(dateTime('2013-07-05T03:18')).toBe('2013-07-05 03:18');
    expect(dateTime('2013-07-05')).toBe('2013-07-05');
    expect(dateTime('2013:07:05 03:18:27')).toBe('2013:07:05 03:18:27');
    expect(dateTime(undefined)).toBe('');
  });

  it('photo.edited-modify-gap and photo.future, zh and en', () => {
    const gap = { file: 'a.jpg', seen: '2007-06-15T04:42:32', expected: '2008-07-31T17:20:21+08:00', days: 1 };
    expect(renderMessage('photo.edited-modify-gap', 'zh', gap)).toBe('a.jpg：拍摄于 2007-06-15 04:42:32，但在 2008-07-31 17:20:21 UTC+08:00 被修改（相隔 1 天）');
    expect(renderMessage('photo.edited-modify-gap', 'en', gap)).toBe('a.jpg: taken 2007-06-15 04:42:32 but modified 2008-07-31 17:20:21 UTC+08:00 (1 day later)');
    expect(renderMessage('photo.edited-modify-gap', 'en', { ...gap, days: 412 })).toContain('(412 days later)');
    const future = { file: 'a.jpg', seen: '2026-11-24T14:41:16', expected: '2026-10-20' };
    expect(renderMessage('photo.future', 'zh', future)).toBe('a.jpg：拍摄时间 2026-11-24 14:41:16 晚于检查日 2026-10-20，相机时间可能设置错误');
    expect(renderMessage('photo.future', 'en', future)).not.toMatch(/\dT\d/);
  });
});

describe('spans of dates in messages', () => {
  const args = {
    file: 'a.jpg', photo: 'b.jpg', cell: 'Sheet1!B3', festival: '端午', date: '2026-06-19', seen: '2025-06-01', expected: 1, days: 2,
    from: '2025-08-01', to: '2026-07-31', start: '2025-08-01', end: '2026-07-31', source: 'mvhd',
    windows: [{ festival: '端午', from: '2026-06-12', to: '2026-06-26' }],
  };
  const D = String.raw`\d{4}-\d{2}-\d{2}`;
  it('are written one way: 2025-08-01 ~ 2026-07-31 in Chinese, 2025-08-01 to 2026-07-31 in English', () => {
    let spans = 0;
    for (const id of ruleIds) {
      const zh = renderMessage(id, 'zh', args);
      const en = renderMessage(id, 'en', args);
      expect(zh, id).not.toMatch(new RegExp(`${D}(?:~|\\s*[–—-]\\s*)${D}`));
      expect(en, id).not.toMatch(new RegExp(`${D}\\s*[~–—-]\\s*${D}`));
      const enSpan = new RegExp(`${D} to ${D}|between ${D} and ${D}`).test(en);
      if (enSpan) spans++;
      expect(new RegExp(`${D} ~ ${D}`).test(zh), id).toBe(enSpan);
    }
    expect(spans).toBeGreaterThanOrEqual(8);
  });
});

describe('English counts agree with their noun', () => {
  it('report.too-short: 1 character, 2 characters', () => {
    expect(renderMessage('report.too-short', 'en', { seen: 1, expected: 300 })).toBe('the report has 1 character; the indicator asks for at least 300');
    expect(renderMessage('report.too-short', 'en', { seen: 2, expected: 300 })).toContain('has 2 characters;');
  });
});
