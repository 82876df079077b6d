/**
 * node dist/scripts/photo-mutants.js <photo folder> [--bin bin/ledger-check.js] [--keep DIR]
 *
 * Truncations and byte flips of real photos (issue 9 item 10), built in a temp folder (never
 * committed), checked by ledger-check in one run, and compared with what a decoder says:
 *   - a truncation is broken when it cuts into the image: for a JPEG, when a full decode meets
 *     the end of the data (failOn 'truncated'); for a PNG, before the end of IEND; for other
 *     formats, anywhere;
 *   - any mutant is broken when libvips refuses to decode it (sharp, failOn 'error', one at a
 *     time, no concurrency); "damaged" mutants decode only with warnings (failOn 'warning').
 * Prints "N mutants, M broken passed" and the broken mutants that passed. No assertions.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const INTEGRITY = new Set(['photo.unreadable', 'photo.bomb', 'file.unreadable', 'file.unrecognized', 'photo.undecodable']);
const CUTS = [0.05, 0.3, 0.6, 0.9, 0.97, 0.99, 0.995, 0.999];
const FLIPS = [0.001, 0.005, 0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95, 0.99];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Where the image data ends: after the last FF D9 of a JPEG, after IEND of a PNG, else the size. */
function dataEnd(buf: Buffer): number {
  if (buf[0] === 0xff && buf[1] === 0xd8) {
    const eoi = buf.lastIndexOf(Buffer.from([0xff, 0xd9]));
    return eoi >= 0 ? eoi + 2 : buf.length;
  }
  if (buf.readUInt32BE(0) === 0x89504e47) {
    const iend = buf.lastIndexOf(Buffer.from('IEND'));
    return iend >= 0 ? iend + 8 : buf.length;
  }
  return buf.length;
}

async function decodes(buf: Buffer, failOn: 'error' | 'truncated' | 'warning'): Promise<boolean> {
  try {
    await sharp(buf, { failOn, limitInputPixels: 100_000_000 }).raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const src = process.argv[2];
  if (!src) throw new Error('usage: photo-mutants <photo folder> [--bin …] [--keep DIR]');
  sharp.concurrency(1);
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const bin = path.resolve(arg('bin') ?? path.join(repo, 'bin/ledger-check.js'));
  const work = arg('keep') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lc-mutants-'));
  const root = path.join(work, '台账');
  const dir = path.join(root, '县测试局', 'Ⅲ—12 我们的节日');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const truth = new Map<string, { broken: boolean; damaged: boolean; how: string }>();
  const originals = fs.readdirSync(src).filter((n) => /\.(jpe?g|png|heic|heif|avif|webp)$/i.test(n)).sort();
  let skipped = 0;
  const sound: string[] = [];
  for (const name of originals) {
    const buf = fs.readFileSync(path.join(src, name));
    // A mutant is judged against a sound original only. HEIC that this build cannot decode
    // (HEVC) gets cuts only: every byte of an ISOBMFF file is inside a box, so any cut is broken.
    if (!(await decodes(buf, 'error'))) {
      skipped++;
      if (/\.hei[cf]$/i.test(name)) {
        for (const f of CUTS) {
          const file = `${name.replace(/\.[^.]+$/, '')} cut${f}${path.extname(name)}`;
          fs.writeFileSync(path.join(dir, file), buf.subarray(0, Math.floor(buf.length * f)));
          truth.set(file, { broken: true, damaged: true, how: 'truncated' });
        }
      }
      continue;
    }
    const end = dataEnd(buf);
    const jpeg = buf[0] === 0xff && buf[1] === 0xd8;
    const ext = path.extname(name);
    const base = name.slice(0, -ext.length);
    fs.writeFileSync(path.join(dir, `${base} original${ext}`), buf);
    sound.push(`${base} original${ext}`);
    for (const f of CUTS) {
      const keep = Math.floor(buf.length * f);
      const m = buf.subarray(0, keep);
      const file = `${base} cut${f}${ext}`;
      fs.writeFileSync(path.join(dir, file), m);
      const refused = !(await decodes(m, 'error'));
      // A JPEG is cut into its image when a full decode meets the end of the data (data
      // appended after the image, such as an MPO's second picture, may be cut harmlessly).
      const cutShort = jpeg ? !(await decodes(m, 'truncated')) : keep < end;
      truth.set(file, { broken: cutShort || refused, damaged: !(await decodes(m, 'warning')), how: cutShort ? 'truncated' : 'undecodable' });
    }
    for (const f of FLIPS) {
      const m = Buffer.from(buf);
      const at = Math.min(m.length - 1, Math.floor(m.length * f));
      m[at] = m[at]! ^ 0xff;
      const file = `${base} flip${f}${ext}`;
      fs.writeFileSync(path.join(dir, file), m);
      truth.set(file, { broken: !(await decodes(m, 'error')), damaged: !(await decodes(m, 'warning')), how: 'undecodable' });
    }
  }
  // Only whether a file can be read counts here: every other rule is switched off, so a mutant
  // "passes" exactly when the tool finds nothing wrong with its bytes.
  const ids = (JSON.parse(spawnSync(process.execPath, [bin, 'rules', '--format', 'json'], { encoding: 'utf8' }).stdout) as { id: string }[]).map((x) => x.id);
  const rules = path.join(work, 'integrity-only.yaml');
  fs.writeFileSync(rules, `name: integrity only\nversion: "1"\nextends: builtin\nseverity:\n${ids.filter((id) => !INTEGRITY.has(id)).map((id) => `  ${id}: off\n`).join('')}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [bin, root, '-r', rules, '-f', 'json', '--as-of', '2026-10-20', '--no-progress'], { encoding: 'utf8', maxBuffer: 512 << 20 });
  const ms = Date.now() - t0;
  const report = JSON.parse(r.stdout) as { files: { path: string; status: string }[] };
  const status = new Map(report.files.map((f) => [path.basename(f.path), f.status]));
  let broken = 0;
  let damaged = 0;
  const passed: string[] = [];
  const damagedPassed: string[] = [];
  for (const [file, t] of truth) {
    const s = status.get(file);
    if (t.broken) broken++;
    if (t.damaged) damaged++;
    if (t.broken && s === 'pass') passed.push(`${t.how}: ${file}`);
    else if (t.damaged && s === 'pass') damagedPassed.push(file);
  }
  const by = (how: string) => passed.filter((p) => p.startsWith(how)).length;
  console.log(`${originals.length - skipped} originals (${skipped} not decodable as given: only HEIC among them is cut), exit ${r.status}, check ${ms} ms`);
  console.log(`${truth.size} mutants, ${broken} broken, ${passed.length} broken passed (${by('undecodable')} undecodable, ${by('truncated')} truncated)`);
  console.log(`${damaged} decode only with warnings or not at all; of those not counted above, ${damagedPassed.length} passed`);
  const refused = sound.filter((f) => status.get(f) !== 'pass');
  console.log(`${sound.length} sound originals, ${refused.length} not passed${refused.length ? `: ${refused.join(', ')}` : ''}`);
  for (const p of passed) console.log(`  passed: ${p}`);
  if (process.argv.includes('--damaged')) for (const p of damagedPassed) console.log(`  damaged passed: ${p}`);
  if (!arg('keep')) fs.rmSync(work, { recursive: true, force: true });
}

await main();
