/**
 * A picture saved from WeChat or QQ on a computer is named by the moment it was saved
 * (微信图片_20240101123045.jpg; WeChat 4: 微信图片_2024-01-01_123045_123.jpg; QQ图片20240101123045.jpg),
 * often days or years after it was taken. users21, on a county drive built from real camera files: a
 * phone photo taken 2018-07-16 and saved from WeChat as 微信图片_20240101123045.jpg got
 * photo.caption-date-mismatch ("说明写的是 2024-01-01，照片拍摄于 2018-07-16") — nobody wrote that date —
 * and its caption counted 时间 as stated, so the advice (name it 日期 地点 事件) was never asked for
 * the date. The saving stamp is no caption date; a date the clerk writes beside it still is.
 */
import { describe, expect, it } from 'vitest';
import { captionFields, parseCaption } from '../../src/text/caption.js';
import { checkFile, goodFacts, idsOf, photoFile, rules, ctxOf } from './helpers.js';

const shot = (ts: string) => goodFacts({ capturedAt: ts, createdAt: ts, modifiedAt: ts });
const ctx = ctxOf(rules({ defaults: { photo: { caption: ['时间', '地点', '事件'] } } } as never));

describe('a WeChat / QQ saved-picture name carries no caption date', () => {
  it.each(['微信图片_20250612093000.jpg', '微信图片_2025-06-12_093000_123.jpg', 'QQ图片20250612093000.jpg', '微信图片_20250612093000_2.jpg'])('%s: no date, 时间 not stated', (name) => {
    const c = parseCaption(name);
    expect(c.date).toBeNull();
    expect(captionFields(c, ['时间', '地点', '事件']).missing).toEqual(['时间', '地点', '事件']);
  });

  it('a date the clerk writes beside the stamp is read', () => {
    const c = parseCaption('微信图片_20250612093000 2025-06-01 县一中 端午包粽子活动.jpg');
    expect(c.date).toBe('2025-06-01');
    expect(c).toMatchObject({ place: '县一中', event: '端午包粽子活动' });
  });

  it('a camera name still carries its capture date (IMG_…, as before)', () => {
    expect(parseCaption('IMG_20250612_093000.jpg').date).toBe('2025-06-12');
    expect(parseCaption('20250612 县一中 端午包粽子活动.jpg').date).toBe('2025-06-12');
  });

  it('the photo check: no date mismatch against the saving day, and the time is asked for', () => {
    const hits = checkFile(photoFile(shot('2025-06-01T10:00:00'), { name: '微信图片_20250720093000.jpg' }), { ctx });
    expect(idsOf(hits)).not.toContain('photo.caption-date-mismatch');
    const missing = hits.find((h) => h.ruleId === 'photo.caption-missing-fields');
    expect(missing?.args?.missing).toEqual(['时间', '地点', '事件']);
  });

  it('renamed as the advice says, the photo is clean of caption findings', () => {
    const hits = checkFile(photoFile(shot('2025-06-01T10:00:00'), { name: '2025-06-01 县一中 端午包粽子活动.jpg' }), { ctx });
    expect(idsOf(hits).filter((id) => id.startsWith('photo.caption'))).toEqual([]);
  });
});
