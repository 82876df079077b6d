// Child of offline.test.ts: OCR one page image with the compiled engine and print what was read.
import fs from 'node:fs';
const { ocrBytes } = await import(process.env.LC_DIST + '/src/ocr/read.js');
const { closeOcr } = await import(process.env.LC_DIST + '/src/ocr/engine.js');
try {
  const r = await ocrBytes(fs.readFileSync(process.argv[2]), process.argv[3], { maxPages: 3, cache: null });
  process.stdout.write(JSON.stringify(r));
} finally {
  await closeOcr();
}
