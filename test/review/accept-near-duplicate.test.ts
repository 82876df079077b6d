/**
 * `review accept`'s warning (the file has no finding of that rule now) comes from a check of the
 * folder as a check runs by default: photos compared by content too. Its check ran without that
 * comparison, so accepting a photo.near-duplicate — the finding a county most often accepts (two
 * photos of one event) — always warned that the entry would match nothing, and it does match.
 * `review prune` checked the same way and so deleted every photo.near-duplicate entry as unused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, type ExifSpec } from '../../fixtures/build/jpeg.js';
import { runBin, tempDir, writeFile } from '../cli/helpers.js';

const RULES = `name: 测试规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  photo: { min: 2, minBytes: 0, minWidth: 640, minHeight: 480 }
units:
  县教育局: [Ⅱ—8]
indicators:
  - { code: Ⅱ—8, name: 未成年人思想道德建设 }
`;
const cam = (date: string): ExifSpec => ({ dateTimeOriginal: `${date} 09:30:00`, createDate: `${date} 09:30:00`, modifyDate: `${date} 09:30:00`, offsetTimeOriginal: '+08:00', make: 'Canon', model: 'EOS 90D' });

const tmp = tempDir('lc-review-near-');
const county = path.join(tmp, '台账');
const unit = path.join(county, '县教育局');
const A = 'Ⅱ—8 未成年人思想道德建设/2026-03-05 县实验小学 学雷锋活动.jpg';
const B = 'Ⅱ—8 未成年人思想道德建设/2026-04-23 县第一中学 读书分享会.jpg';
const env = { LEDGER_CHECK_CACHE_DIR: path.join(tmp, 'cache') };
const run = (args: string[]) => runBin(args, { cwd: tmp, env });

beforeAll(async () => {
  fs.writeFileSync(path.join(tmp, '.ledger-check.yaml'), RULES);
  // One picture handed in twice under two events (other dates in the metadata: other bytes).
  const pic = (date: string) => makeJpeg({ seed: 7, width: 800, height: 600, noise: 10, quality: 80, exif: cam(date), thumbnail: true });
  writeFile(unit, A, await pic('2026-03-05'));
  writeFile(unit, B, await pic('2026-04-23'));
});

describe('review accept on a near-duplicate photo', () => {
  it('the check gives the photo photo.near-duplicate, and accepting it gives no warning', () => {
    const checked = run(['台账', '--format', 'json', '--as-of', '2026-10-20']);
    const found = JSON.parse(checked.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'photo.near-duplicate').map((f: { file: string }) => f.file);
    expect(found.length).toBeGreaterThan(0);
    const file = path.join('台账', found[0] as string);
    const record = path.join(tempDir('lc-review-near-rec-'), 'r.yaml');
    const r = run(['review', 'accept', file, 'photo.near-duplicate', '--reason', '两次活动', '--by', '县创文办', '--review', record, '--folder', '台账']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // The entry matches the finding: prune keeps it.
    const pruned = run(['review', 'prune', '台账', '--review', record, '--as-of', '2026-10-20']);
    expect(pruned.code).toBe(0);
    expect(fs.readFileSync(record, 'utf8')).toMatch(/rule: photo\.near-duplicate/);
  });
});
