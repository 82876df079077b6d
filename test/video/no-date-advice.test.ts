/**
 * video.no-date advised "…或在说明中写明拍摄日期" / "or state the recording date in the caption": the
 * check reads the recording date the device wrote (never a caption or the file name), so a clerk
 * who did so kept the warning. As for photo.outside-period and video.outside-period, the advice
 * now names who can clear it (the office, with review accept) and says the date alone does not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { catalog } from '../../src/messages/index.js';
import { writeMovie } from '../../fixtures/build/video.js';
import { tempDir } from '../helpers/temp.js';

describe('the advice for video.no-date', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: names review accept, and says the date alone does not clear it`, () => {
      const text = catalog['video.no-date'].fix[lang];
      expect(text).toContain('ledger-check review accept');
      expect(text).toMatch(lang === 'zh' ? /这条警告不会消失/ : /does not clear this warning/);
      // Nothing promises that a caption or a date written down clears it.
      expect(text).not.toMatch(lang === 'zh' ? /或在说明中写明/ : /or state the recording date/);
    });
  }

  it('what the advice says is so: a dated file name leaves the warning', async () => {
    const root = tempDir('lc-video-nodate-');
    const ind = path.join(root, '县文旅局', 'Ⅲ—12 我们的节日');
    fs.mkdirSync(ind, { recursive: true });
    fs.writeFileSync(
      path.join(root, 'rules.yaml'),
      'name: 视频规则\nversion: 1\nperiod: { start: 2025-08-01, end: 2026-07-31 }\ndeadline: 2026-10-26\ndefaults:\n  report: { required: false }\n  photo: { min: 0 }\nindicators:\n  - code: Ⅲ—12\n    name: 我们的节日\n',
    );
    fs.writeFileSync(path.join(ind, '2026-02-10 县文化馆 春节联欢会.mp4'), writeMovie({ flavour: 'mp4', createdUtc: null }));
    const r = await check({ path: path.join(root, '县文旅局'), rules: path.join(root, 'rules.yaml'), asOf: '2026-10-20', nearDuplicates: false });
    expect(r.findings.map((f) => f.ruleId)).toContain('video.no-date');
  });
});
