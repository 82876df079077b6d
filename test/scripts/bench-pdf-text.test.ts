/**
 * `node dist/scripts/bench.js --pdf-text` compares our PDF text with poppler's pdftotext. Without
 * poppler-data pdftotext reads no Chinese: the bench printed agreement 0.000 and a throughput
 * against reading nothing. It now reads one Chinese report with pdftotext first and refuses to run
 * when the Chinese does not come back.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdftotextReadsChinese } from '../../scripts/bench-pdf.js';
import { repoRoot, tempDir } from '../cli/helpers.js';

/** A pdftotext that answers -v and prints only Latin text, as poppler-utils without poppler-data prints for a CID font. */
function fakePdftotext(): string {
  const bin = tempDir('lc-fake-pdftotext-');
  const exe = path.join(bin, 'pdftotext');
  fs.writeFileSync(exe, '#!/bin/sh\nif [ "$1" = "-v" ]; then echo "pdftotext version 0 (fake)" >&2; exit 0; fi\necho "2026 1 2 3 20% 300"\n');
  fs.chmodSync(exe, 0o755);
  return bin;
}

const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

describe('PDF text bench: a pdftotext that reads no Chinese', () => {
  it('is refused with a clear message and exit 2, before anything is built or timed', () => {
    const tmp = tempDir('lc-bench-pdftext-');
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/scripts/bench.js'), '--pdf-text', '--pdfs', '2', '--runs', '1', '--threads', '1'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${fakePdftotext()}${path.delimiter}${process.env.PATH}`, TMPDIR: tmp },
    });
    expect(r.stderr).toMatch(/pdftotext read 0 of the \d+ Chinese characters of .*中文探测\.pdf: it reads no Chinese here \(install poppler-data/);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/agreement|throughput|\|/i);
    // Only the probe was written: no set of reports was built.
    expect(fs.readdirSync(path.join(tmp, 'ledger-check-bench-pdftext'))).toEqual(['中文探测.pdf']);
  }, 60_000);

  it.skipIf(!hasPdftotext)('the probe passes with this machine’s pdftotext when it reads Chinese', () => {
    const r = pdftotextReadsChinese(tempDir('lc-bench-probe-'));
    // (poppler-data is what the bench needs; CI installs it.)
    if (r.seen > 0) expect(r.ok).toBe(true);
    expect(r.expected).toBeGreaterThan(100);
  });
});
