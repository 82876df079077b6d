/**
 * video.outside-period advised "若设备时间设置错误，请在说明中注明实际拍摄日期": the check reads the
 * recording date the device wrote (never a caption), so a clerk who did so kept the error. As for
 * photos (test/photo/caption-fix-advice.test.ts): the advice names who can clear it.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/messages/index.js';

describe('the advice for video.outside-period', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: names review accept, and says the date alone does not clear it`, () => {
      const text = catalog['video.outside-period'].fix[lang];
      expect(text).toContain('ledger-check review accept');
      expect(text).toMatch(lang === 'zh' ? /这条错误不会消失/ : /does not clear this error/);
    });
  }
});
