/**
 * A tripwire for the fact cache: a report's element verdicts and sections are facts of the
 * document (and OCR) extractor, cached by its version (src/extract/version.ts). Changing the
 * element detector without bumping those versions lets a warm run serve the old verdicts (session 7
 * shipped exactly that until a review caught it). Covered: every src/text module a document fact comes
 * from (factModules), not only the element files. When this test fails: bump
 * EXTRACTOR_VERSIONS.document and .ocr, then record the new digest and versions below.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EXTRACTOR_VERSIONS } from '../../src/extract/version.js';
import { tempDirEach } from '../helpers/temp.js';

/** A folder for one test, removed after it (a failing one too). */
const freshDir = tempDirEach('lc-guard-');

const DIR = path.join(import.meta.dirname, '..', '..', 'src', 'text');
const DETECTOR = (f: string) => /^(element.*|elements|sections)\.ts$/.test(f);

/**
 * The src/text modules a document's (or a scan's) facts come from: the detector's files by name,
 * and everything analyze.ts and the text-file decoder import from src/text, transitively (line
 * joining, hard returns, data points, document numbers, dates).
 */
function factModules(dir: string): string[] {
  const seen = new Set<string>();
  const todo = ['analyze.ts', 'decode.ts', ...readdirSync(dir).filter(DETECTOR)];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]\.\/([\w.-]+)\.js['"]/g)) todo.push(`${m[1]}.ts`);
  }
  return [...seen].sort();
}

function detectorDigest(dir = DIR): string {
  const h = createHash('sha256');
  for (const f of factModules(dir)) {
    h.update(`${f}\n`);
    h.update(readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n'));
  }
  return h.digest('hex').slice(0, 16);
}

const RECORDED = { digest: '99337ca448d8ee27', document: 285, ocr: 290 };

it('the element detector has not changed since the document/OCR extractor versions were last bumped', () => {
  const now = { digest: detectorDigest(), document: EXTRACTOR_VERSIONS.document, ocr: EXTRACTOR_VERSIONS.ocr };
  if (now.digest !== RECORDED.digest) {
    // Changed detector: the versions must have moved past the recorded ones (then record the new digest).
    expect(now.document, 'src/text element detector changed: bump EXTRACTOR_VERSIONS.document and .ocr').toBeGreaterThan(RECORDED.document);
    expect(now.ocr, 'src/text element detector changed: bump EXTRACTOR_VERSIONS.ocr').toBeGreaterThan(RECORDED.ocr);
    expect.fail(`versions bumped: record digest ${now.digest} with document ${now.document}, ocr ${now.ocr} in this test`);
  }
  expect(now).toEqual(RECORDED);
});

it('trips on a change to any src/text module whose output is a document fact, not only the element files', () => {
  // normalize.ts (line joining), hard-returns.ts, datapoints.ts, docno.ts and analyze.ts shape the
  // cached facts as much as the element tests do: a change to one of them serves stale facts too.
  const tmp = freshDir();
  cpSync(DIR, tmp, { recursive: true });
  const before = detectorDigest(tmp);
  for (const f of ['normalize.ts', 'hard-returns.ts', 'datapoints.ts', 'docno.ts', 'analyze.ts', 'decode.ts', 'elements.ts']) {
    const file = path.join(tmp, f);
    const was = readFileSync(file, 'utf8');
    writeFileSync(file, `${was}\n// changed\n`);
    expect(detectorDigest(tmp), f).not.toBe(before);
    writeFileSync(file, was);
  }
  // A module no fact comes from (a register's, a caption's) is not the document extractor's.
  const caption = path.join(tmp, 'caption.ts');
  writeFileSync(caption, `${readFileSync(caption, 'utf8')}\n// changed\n`);
  expect(detectorDigest(tmp)).toBe(before);
});
