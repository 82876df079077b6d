/** What OCR text goes through before it is analysed like any other text. */
import { describe, expect, it } from 'vitest';
import { tidyOcrText } from '../../src/ocr/engine.js';

describe('tidyOcrText', () => {
  it('drops the spaces tesseract puts between Chinese characters, keeps those between Latin words', () => {
    expect(tidyOcrText('一 、 主 体 责 任 : 成 立 创建 工作 领导 小 组 ，2026 年 6 月')).toBe('一、主体责任 : 成立创建工作领导小组，2026年6月');
    expect(tidyOcrText('WPS Office 2019')).toBe('WPS Office 2019');
  });
  it('writes any bracket pair around a 文号 year as 〔〕 (the bracket form is not judged from a scan)', () => {
    for (const [open, close] of [['【', '】'], ['[', ']'], ['(', ')'], ['（', '）'], ['〔', '〕'], ['<', '>']]) {
      expect(tidyOcrText(`县文明办${open}2025${close}8号`)).toBe('县文明办〔2025〕8号');
    }
    // Year and number are still what was read: a short year or a padded number stays wrong.
    expect(tidyOcrText('县文明办【25】08号')).toBe('县文明办【25】08号');
    // Not a 文号: a bracketed year without 号 after the number.
    expect(tidyOcrText('（2025）年度')).toBe('（2025）年度');
    expect(tidyOcrText('县文明办〔2025〕 8 号')).toBe('县文明办〔2025〕8号');
  });
  it('repairs the readings OCR gets wrong in a known place: 日 after a day, （ after a title', () => {
    expect(tidyOcrText('日期: 2026年10月18目')).toBe('日期: 2026年10月18日');
    expect(tidyOcrText('目标任务')).toBe('目标任务');
    expect(tidyOcrText('《通知》《县文明办〔2025〕8号)')).toBe('《通知》（县文明办〔2025〕8号)');
  });
});
