/**
 * `review accept --help --lang en` (users20): its --reason and --by examples were Chinese (e.g. 已核对原件,
 * e.g. 县创文办), and the review example of `--help --lang en` wrote them too — an English reader had to
 * guess what they say. English help gives English examples; the folder and file names stay the
 * material's own (./台账/县教育局/移交签单.jpg), as every other English example keeps them. Chinese help
 * is as before.
 */
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers.js';

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

describe('review accept help in English', () => {
  it('its option texts hold no Chinese', () => {
    const r = runBin(['review', 'accept', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    const reason = r.stdout.split('\n').findIndex((l) => l.trimStart().startsWith('--reason'));
    const by = r.stdout.split('\n').findIndex((l) => l.trimStart().startsWith('--by'));
    expect(reason).toBeGreaterThan(-1);
    for (const at of [reason, by]) expect(r.stdout.split('\n')[at]).not.toMatch(CJK);
    // Beyond the usage line, nothing Chinese.
    expect(r.stdout).not.toMatch(CJK);
  });

  it("the top-level help's review example gives an English reason and reviewer", () => {
    const line = runBin(['--help', '--lang', 'en']).stdout.split('\n').find((l) => l.includes('$ ledger-check review accept'))!;
    expect(line).toBeDefined();
    const opts = line.slice(line.indexOf('--reason'));
    expect(opts).not.toMatch(CJK);
  });

  it('Chinese help keeps its Chinese examples', () => {
    const r = runBin(['review', 'accept', '--help', '--lang', 'zh']);
    expect(r.stdout).toContain('确认理由，如 已核对原件');
    expect(r.stdout).toContain('确认人，如 县创文办');
    expect(runBin(['--help']).stdout).toContain('--reason 已核对原件 --by 县创文办');
  });
});
