// Child of quiet.test.ts: OCR a scan whose header gives a wrong dpi, then bytes that are no image,
// with the compiled engine; prints what was read and how the second job failed.
import fs from 'node:fs';
const { ocrBytes } = await import(process.env.LC_DIST + '/src/ocr/read.js');
const { closeOcr, recognize } = await import(process.env.LC_DIST + '/src/ocr/engine.js');
try {
  const r = await ocrBytes(fs.readFileSync(process.argv[2]), 'image', { maxPages: 1, cache: null });
  let failed = null;
  await recognize(Buffer.from('no image at all, only text')).then(
    () => (failed = 'read'),
    (e) => (failed = e instanceof Error ? e.message : String(e)),
  );
  process.stdout.write(JSON.stringify({ text: r.pages[0]?.text ?? '', failed }));
} finally {
  await closeOcr();
}
