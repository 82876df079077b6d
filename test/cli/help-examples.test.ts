/**
 * The --help examples, copied verbatim into a shell by a county office that has only the ledger
 * folder: the review example must work the first time (it wrote nowhere before: no record or rule
 * file above the file, exit 2), and a check of ./台账 then finds the record it wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBin, tempDir } from './helpers.js';

const cwd = tempDir('lc-help-examples-');
const cache = tempDir('lc-help-examples-cache-');
beforeAll(() => {
  fs.cpSync(path.join(repoRoot, 'fixtures/demo/台账/县教育局'), path.join(cwd, '台账/县教育局'), { recursive: true });
});

/** The example lines of `--help` in a language, as argument lists (a shell's quoting undone). */
function examples(lang: 'zh' | 'en'): string[][] {
  const help = runBin(['--help', '--lang', lang]).stdout;
  return help
    .split('\n')
    .filter((l) => l.trimStart().startsWith('$ ledger-check '))
    .map((l) => l.trim().slice('$ ledger-check '.length).split(/ {2,}/)[0]!)
    .map((cmd) => [...cmd.matchAll(/"([^"]*)"|((?:\\ |\S)+)/g)].map((m) => m[1] ?? m[2]!.replace(/\\ /g, ' ')));
}

describe('the review example of --help, copied verbatim', () => {
  it.each(['zh', 'en'] as const)('records the confirmation and a check of ./台账 applies it (%s)', (lang) => {
    const review = examples(lang).find((a) => a[0] === 'review' && a[1] === 'accept');
    expect(review).toBeDefined();
    fs.rmSync(path.join(cwd, 'ledger-check-review.yaml'), { force: true });
    const env = { LEDGER_CHECK_CACHE_DIR: cache };
    const r = runBin([...review!, '--lang', lang], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'ledger-check-review.yaml'))).toBe(true);
    const check = runBin(['./台账', '--format', 'json'], { cwd, env });
    const doc = JSON.parse(check.stdout);
    expect(doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'signoff.manual-review').map((f: { status: string }) => f.status)).toEqual(['reviewed']);
  });
});
