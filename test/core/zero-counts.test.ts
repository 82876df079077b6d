/**
 * A count of none reads as none: an indicator folder holding only its report was told
 * "实景图片只有 0 张" / "only 0 photos" (videos the same) — "only" of nothing.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';

describe('too few photos or videos when there are none', () => {
  it.each([
    ['material.photos-too-few', 'zh', 0, '没有实景图片，该指标要求至少 3 张'],
    ['material.photos-too-few', 'en', 0, 'no photos; the indicator asks for at least 3'],
    ['material.photos-too-few', 'zh', 1, '实景图片只有 1 张，该指标要求至少 3 张'],
    ['material.photos-too-few', 'en', 2, 'only 2 photos; the indicator asks for at least 3'],
    ['material.videos-too-few', 'zh', 0, '没有视频资料，该指标要求至少 3 个'],
    ['material.videos-too-few', 'en', 0, 'no videos; the indicator asks for at least 3'],
    ['material.videos-too-few', 'en', 1, 'only 1 video; the indicator asks for at least 3'],
  ] as const)('%s %s, %i found', (id, lang, seen, text) => {
    expect(renderMessage(id, lang, { seen, expected: 3 })).toBe(text);
  });
});
