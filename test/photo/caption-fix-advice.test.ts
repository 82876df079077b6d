/**
 * photo.caption-missing-fields says what to do: its advice was to name the file "日期 地点 事件" or
 * fill in the register, and a clerk of an indicator asking for 主讲人 and 宣讲主题 (Ⅰ—1 in the
 * built-in rules) who renamed every photo like the example still had the warning on every one —
 * the register has no column for them. Every field an indicator of the built-in rules asks for is
 * met by a file name the advice shows, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/messages/index.js';
import { loadRules } from '../../src/rules/load.js';
import { captionFields, parseCaption } from '../../src/text/caption.js';
import { checkFile, goodFacts, idsOf, photoFile } from './helpers.js';

const at = (ts: string) => ({ capturedAt: ts, createdAt: ts, modifiedAt: ts });

const fix = catalog['photo.caption-missing-fields'].fix;
/** The example file names the advice shows (“…” in zh, "…" in en). */
const examples = (text: string) => [...text.matchAll(/[“"]([^”"]+\.jpg)[”"]/g)].map((m) => m[1]!);

describe('the advice for photo.caption-missing-fields', () => {
  const wanted = [...new Set(Object.values(loadRules().indicators).flatMap((i) => i.photos?.caption ?? []).map((f) => f))];

  it('the built-in rules ask for fields beyond 时间、地点、事件 (the case the advice must cover)', () => {
    expect(wanted).toEqual(expect.arrayContaining(['主讲人', '宣讲主题']));
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: each field asked for is carried by a file name it shows`, () => {
      const names = examples(fix[lang]);
      expect(names.length).toBeGreaterThan(0);
      for (const field of wanted) {
        const met = names.some((n) => captionFields(parseCaption(n), [field]).missing.length === 0);
        expect(met, `${field}: no example of the advice carries it (${names.join(' / ')})`).toBe(true);
      }
    });
  }
});

/**
 * photo.outside-period advised "若相机时间设置错误，请在说明中注明实际拍摄日期": a clerk who did so
 * kept the error (the capture time is the camera's, a caption never moves it). The advice says so
 * and names who can clear it (the office, with review accept).
 */
describe('the advice for photo.outside-period', () => {
  it('a date written in the file name leaves the error (what the advice must not promise)', () => {
    const hits = checkFile(photoFile(goodFacts(at('2024-07-20T10:00:00')), { name: '2025-03-12 县一中 端午包粽子活动.jpg' }));
    expect(idsOf(hits)).toContain('photo.outside-period');
  });
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: names review accept, and says the date alone does not clear it`, () => {
      const text = catalog['photo.outside-period'].fix[lang];
      expect(text).toContain('ledger-check review accept');
      expect(text).toMatch(lang === 'zh' ? /这条错误不会消失/ : /does not clear this error/);
    });
  }
});
