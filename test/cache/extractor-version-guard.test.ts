/**
 * A tripwire for the fact cache: a report's element verdicts and sections are facts of the
 * document (and OCR) extractor, cached by its version (src/extract/version.ts). Changing the
 * element detector without bumping those versions lets a warm run serve the old verdicts (session 7
 * shipped exactly that until a review caught it). When this test fails: bump
 * EXTRACTOR_VERSIONS.document and .ocr, then record the new digest and versions below.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EXTRACTOR_VERSIONS } from '../../src/extract/version.js';

const DIR = path.join(import.meta.dirname, '..', '..', 'src', 'text');
const DETECTOR = (f: string) => /^(element.*|elements|sections)\.ts$/.test(f);

function detectorDigest(dir = DIR): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).filter(DETECTOR).sort()) {
    h.update(`${f}\n`);
    h.update(readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n'));
  }
  return h.digest('hex').slice(0, 16);
}

const RECORDED = { digest: '8f4342ffd479fff9', document: 28, ocr: 31 };

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
