import { describe, expect, it } from 'vitest';
import { captionFields, mergeCaptions, parseCaption } from '../../src/text/caption.js';

describe('parseCaption', () => {
  it.each([
    ['2025-06-12 县一中 端午包粽子活动.jpg', '2025-06-12'],
    ['20250612 县一中 端午包粽子活动.jpg', '2025-06-12'],
    ['2025.6.12 县一中 端午包粽子活动.jpg', '2025-06-12'],
    ['2025年6月12日县一中端午包粽子活动.jpg', '2025-06-12'],
    ['2025/6/12_县一中_端午包粽子活动.png', '2025-06-12'],
    ['县一中端午包粽子活动 2025_06_12.jpg', '2025-06-12'],
  ])('reads the date of %s', (name, date) => {
    expect(parseCaption(name).date).toBe(date);
  });

  it('splits place and event', () => {
    const c = parseCaption('2025-06-12 县一中 端午包粽子活动.jpg');
    expect(c).toMatchObject({ place: '县一中', event: '端午包粽子活动' });
    expect(captionFields(c, ['时间', '地点', '事件']).missing).toEqual([]);
  });

  it('finds a place by its suffix inside one token', () => {
    const c = parseCaption('2025年6月12日城关镇中心社区重阳敬老活动.jpg');
    expect(c.place).toBe('城关镇中心社区');
    expect(c.event).toBe('重阳敬老活动');
  });

  it('rejects impossible dates and camera names', () => {
    expect(parseCaption('2025-02-30 县一中 活动.jpg').date).toBeNull();
    const cam = parseCaption('IMG_20250612_093000.jpg');
    expect(cam.date).toBe('2025-06-12');
    expect(captionFields(cam, ['时间', '地点', '事件']).missing).toEqual(['地点', '事件']);
    // WeChat's saved name is the moment of saving, no caption date (test/photo/caption-saved-name.test.ts).
    expect(captionFields(parseCaption('微信图片_20250612093000.jpg'), ['时间', '地点', '事件']).missing).toEqual(['时间', '地点', '事件']);
  });

  it('a month-day without year counts as a time but gives no date', () => {
    const c = parseCaption('6月12日 县一中 包粽子.jpg');
    expect(c.date).toBeNull();
    expect(captionFields(c, ['时间']).present).toEqual(['时间']);
  });

  it('recognises labelled custom fields such as 主讲人', () => {
    const c = parseCaption('2025-06-12 县委党校 主讲人：张三 宣讲主题：新思想进万家.jpg');
    expect(captionFields(c, ['时间', '地点', '主讲人', '宣讲主题']).missing).toEqual([]);
    expect(captionFields(parseCaption('2025-06-12 县委党校 宣讲.jpg'), ['主讲人']).missing).toEqual(['主讲人']);
  });

  it('merges the file name with the EXIF description', () => {
    const m = mergeCaptions(parseCaption('DSC_0012.jpg'), parseCaption('2025年6月12日 县一中 端午包粽子活动'));
    expect(m.date).toBe('2025-06-12');
    expect(captionFields(m, ['时间', '地点', '事件']).missing).toEqual([]);
  });
});
