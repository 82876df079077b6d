/**
 * photo.pixels-not-checked for an HEVC-coded HEIF photo said "iPhone HEIC 格式" and its advice gave
 * iPhone settings only (users21: a HEIF from a non-Apple source, pillow's hopper.heif, was told it
 * was an iPhone photo; Android phones save HEIF too when set to "high efficiency"). The message
 * names the format, and the advice covers both kinds of phone, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { catalog, renderMessage } from '../../src/messages/index.js';

describe('photo.pixels-not-checked for HEIC/HEIF', () => {
  it('zh: names the format, not one maker', () => {
    const m = renderMessage('photo.pixels-not-checked', 'zh', { file: 'a.heif', detail: 'hevc' });
    expect(m).toContain('HEIC/HEIF');
    expect(m).not.toMatch(/^a\.heif：iPhone/);
    expect(catalog['photo.pixels-not-checked'].fix.zh).toMatch(/iPhone.*安卓/);
  });
  it('en: names the format, not one maker', () => {
    const m = renderMessage('photo.pixels-not-checked', 'en', { file: 'a.heif', detail: 'hevc' });
    expect(m).toContain('HEIC/HEIF');
    expect(m).not.toMatch(/^a\.heif: iPhone/);
    expect(catalog['photo.pixels-not-checked'].fix.en).toMatch(/iPhone.*Android/);
  });
});
