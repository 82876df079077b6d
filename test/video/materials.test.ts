/**
 * 视频资料 ≥ N from the rule file alone (`materials: [{ kind: video, … }]`), through `check()`:
 * the count on each side of `min`, unreadable videos not counting, `minSeconds` at its edge, a
 * rule file asking for 会议记录 ≥ 2 and 视频资料 ≥ 1 together, and the schema refusing a typo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { loadRules } from '../../src/rules/load.js';
import { writeMovie } from '../../fixtures/build/video.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { tempDir } from '../helpers/temp.js';

const root = tempDir('lc-video-kind-');

const IND = 'Ⅲ—12 我们的节日';
function rulesFile(name: string, materials: string): string {
  const p = path.join(root, `${name}.yaml`);
  fs.writeFileSync(
    p,
    `name: 视频规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  report: { required: false }
  photo: { min: 0 }
indicators:
  - code: Ⅲ—12
    name: 我们的节日
    materials:
${materials}
`,
  );
  return p;
}

let n = 0;
async function run(rules: string, files: Record<string, Buffer>, lang: 'zh' | 'en' = 'zh') {
  const unit = path.join(root, `u${n++}`);
  fs.mkdirSync(path.join(unit, IND), { recursive: true });
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(unit, IND, name), data);
  return check({ path: unit, rules, asOf: '2026-10-20', nearDuplicates: false, lang });
}
const ok = (i: number) => writeMovie({ createdUtc: `2026-06-1${i}T02:00:00Z`, durationSeconds: 30 });
const ids = (r: Awaited<ReturnType<typeof run>>) => r.findings.map((f) => f.ruleId).filter((id) => id.startsWith('material.') && id !== 'material.signoff-missing' || id.startsWith('video.'));

describe('kind: video, min', () => {
  const two = rulesFile('two', '      - { kind: video, min: 2 }');
  it.each([
    [1, ['material.videos-too-few']],
    [2, []],
    [3, []],
  ])('%i readable videos for min 2 → %j', async (count, expected) => {
    const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`v${i}.mp4`, ok(i)]));
    const r = await run(two, files);
    expect(ids(r)).toEqual(expected);
    if (expected.length) expect(r.findings.find((f) => f.ruleId === 'material.videos-too-few')).toMatchObject({ severity: 'error', args: { seen: 1, expected: 2 }, evidence: { seen: 1, expected: 2 } });
  });

  it('an unreadable video does not count (and is reported on its own)', async () => {
    const r = await run(two, { 'a.mp4': ok(1), 'b.mp4': Buffer.from([0, 0, 0, 3, 0x6d, 0x6f, 0x6f, 0x76, 1, 2, 3, 4]) });
    expect(ids(r).sort()).toEqual(['material.videos-too-few', 'video.unreadable']);
  });

  it('a video recorded outside the period still counts as handed in (its own finding says what is wrong)', async () => {
    const r = await run(two, { 'a.mp4': ok(1), 'b.mp4': writeMovie({ createdUtc: '2024-01-01T00:00:00Z' }) });
    expect(ids(r)).toEqual(['video.outside-period']);
  });

  it('`{ kind: video }` alone asks for one; an indicator without it asks for none', async () => {
    const broken = { 'a.mp4': Buffer.from([0, 0, 0, 3, 0x6d, 0x6f, 0x6f, 0x76]) };
    expect(ids(await run(rulesFile('one', '      - { kind: video }'), broken)).sort()).toEqual(['material.videos-too-few', 'video.unreadable']);
    expect(ids(await run(rulesFile('none', '      - { kind: photo, min: 0 }'), broken))).toEqual(['video.unreadable']);
  });

  it('the message in both languages', async () => {
    const zh = await run(two, { 'a.mp4': ok(1) });
    const en = await run(two, { 'a.mp4': ok(1) }, 'en');
    expect(zh.findings.find((f) => f.ruleId === 'material.videos-too-few')!.message).toBe('视频资料只有 1 个，该指标要求至少 2 个');
    expect(en.findings.find((f) => f.ruleId === 'material.videos-too-few')!.message).toBe('only 1 video; the indicator asks for at least 2');
  });
});

describe('kind: video, minSeconds', () => {
  const rules = rulesFile('secs', '      - { kind: video, min: 1, minSeconds: 10 }');
  it.each([
    [9.999, ['video.too-short']],
    [10, []],
    [10.001, []],
  ])('%f s for minSeconds 10 → %j', async (secs, expected) => {
    const r = await run(rules, { 'a.mp4': writeMovie({ durationSeconds: secs, createdUtc: '2026-06-18T02:00:00Z' }) });
    expect(ids(r)).toEqual(expected);
  });
});

describe('the issue’s rule file: 会议记录 ≥ 2 and 视频资料 ≥ 1, YAML only', () => {
  const rules = rulesFile('both', '      - { kind: document, match: [会议记录], min: 2 }\n      - { kind: video, min: 1 }');
  it('an .mp4 from the period and one from before it, two minutes: only the old video is a finding', async () => {
    const minutes = await makeDocx({ paragraphs: ['创文工作会议记录', '时间：2026年3月1日'], created: '2026-03-01T09:00:00Z' });
    const r = await run(rules, {
      '2026-06-18 端午活动.mp4': ok(8),
      '2025-06-01 去年活动.mp4': writeMovie({ createdUtc: '2025-06-01T02:00:00Z' }),
      '第一次会议记录.docx': minutes,
      '第二次会议记录.docx': minutes,
    });
    expect(ids(r)).toEqual(['video.outside-period']);
    expect(r.findings.find((f) => f.ruleId === 'video.outside-period')!.file).toMatch(/去年活动\.mp4$/);
  });
});

describe('the schema', () => {
  it('refuses an unknown key of a video entry, with its position', () => {
    const bad = rulesFile('bad', '      - { kind: video, min: 1, minSecs: 10 }');
    expect(() => loadRules({ file: bad, lang: 'en' })).toThrow(/minSecs/);
  });
});
