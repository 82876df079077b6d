/**
 * OCR records go to the fact cache too: a photographed sign-off sheet read by OCR on the first
 * run is not read by OCR again on the next (the OCR layer's own cache is off here, so only the
 * fact cache can serve it), and the report is the same.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFile } from '../cli/helpers.js';
import { makeScanPage } from '../../fixtures/build/scan.js';
import { signoffParas } from '../../fixtures/build/texts.js';
import { IND, run, unitFiles, writeTree } from './folder.js';

const tmp = tempDir('lc-cache-ocr-');

describe('fact cache and OCR', () => {
  it('keeps the OCR record of a photographed sign-off sheet', async () => {
    const root = path.join(tmp, '县教育局');
    const files = await unitFiles();
    writeTree(root, { [`${IND}/说明报告.pdf`]: files[`${IND}/说明报告.pdf`]! });
    const lines = signoffParas({ unit: '县教育局', leader: '张三', date: '2026-07-20' }).map((p) => p.text);
    writeFile(root, '移交签单.jpg', (await makeScanPage({ lines, fontSize: 34 })).jpeg);
    const cache = path.join(tmp, 'cache');
    const o = { ocr: true, ocrCacheDir: null };
    const cold = await run(root, cache, o);
    expect(cold.stats).toMatchObject({ misses: 2, ocrHits: 0, recordsWritten: 3 }); // two fact records, one OCR record
    expect(cold.json).toContain('"source": "ocr"');
    const warm = await run(root, cache, o);
    expect(warm.stats).toMatchObject({ statHits: 2, misses: 0, ocrHits: 1, recordsWritten: 0 });
    expect(warm.json).toBe(cold.json);
  });
});
