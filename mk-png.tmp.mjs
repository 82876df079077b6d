import fs from 'node:fs'; import path from 'node:path';
import sharp from 'sharp';
const dir = process.argv[2]; const n = Number(process.argv[3]); const inter = process.argv[4] === 'i';
fs.mkdirSync(dir, { recursive: true });
const buf = await sharp({ create: { width: 9990, height: 10000, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 1 } } }).png({ progressive: inter, compressionLevel: 9 }).toBuffer();
for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `2026-06-18 县一中 端午包粽子活动${i}.png`), buf);
console.log(buf.length);
