/**
 * The text worker's `bidi-ltr-fast-path` (src/extract/pdfjs-text-worker.ts): pdf.js's bidi
 * algorithm, as patched, against the installed one, on text at and either side of every bound of
 * the fast path (the right-to-left blocks U+0590–U+08AC, U+FB50–U+FDFF, U+FE70–U+FEFF), mixed with
 * CJK, Latin and digits: the same string and direction for every input.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchWorkerSource } from '../../src/extract/pdfjs-text-worker.js';

type Bidi = (str: string, startLevel?: number, vertical?: boolean) => { str: string; dir: string };

/** pdf.js's bidi module out of a worker source, as a function (its warnings collected). */
function bidiOf(source: string, warnings: string[]): Bidi {
  const start = source.indexOf(';// ./src/core/bidi.js\n');
  const end = source.indexOf('\n;// ./src/', start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return new Function('warn', `${source.slice(start, end)}\nreturn bidi;`)((m: string) => warnings.push(m)) as Bidi;
}

const installed = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.mjs'), 'utf8');

describe('bidi-ltr-fast-path', () => {
  it('is in the patched worker and changes nothing pdf.js returns', () => {
    const patched = patchWorkerSource(installed);
    expect(patched).not.toBeNull();
    expect(patched).toContain('plainLeftToRight');
    const before: string[] = [];
    const after: string[] = [];
    const original = bidiOf(installed, before);
    const fast = bidiOf(patched!, after);
    // Each bound of the fast path, one inside and one outside; Hebrew, Arabic (with its digits and
    // an unassigned code that pdf.js warns about), presentation forms, CJK, Latin, digits, spaces.
    const bounds = [0x058f, 0x0590, 0x05f4, 0x05f5, 0x05ff, 0x0600, 0x061d, 0x0660, 0x06ff, 0x0700, 0x08ac, 0x08ad, 0xfb4f, 0xfb50, 0xfdff, 0xfe00, 0xfe6f, 0xfe70, 0xfeff, 0xff00];
    const pieces = ['县教育局2026年', 'ABC abc 123', ' ', '', 'שלום', 'مرحبا ١٢٣', '（一）', ...bounds.map((c) => String.fromCharCode(c))];
    const inputs: string[] = [...pieces];
    for (const a of pieces) for (const b of pieces) inputs.push(a + b, `${a} ${b} 工作`);
    let rtl = 0;
    for (const s of inputs) {
      for (const args of [[], [0], [1], [-1, true]] as const) {
        const want = original(s, ...args);
        expect(fast(s, ...args), JSON.stringify([s, ...args])).toEqual(want);
        if (want.dir === 'rtl') rtl++;
      }
    }
    expect(rtl).toBeGreaterThan(0); // right-to-left text did reach the full algorithm
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(0); // U+061D: pdf.js's warning is still given
  });
});
