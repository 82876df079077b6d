/**
 * Compare ledger-check's photo facts with exiftool on a folder of photos:
 * capturedAt, width, height, make, model, software.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/compare-exiftool.js [dir] [--all]
 *
 * Prints the differing values (every value with --all), then one summary line. Exits 0 with a
 * "skipped" line when exiftool is not installed, 1 when any value differs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractPhoto } from '../src/extract/photo.js';
import type { DiscoveredFile, PhotoFacts } from '../src/types.js';

const run = promisify(execFile);
const FIELDS = ['capturedAt', 'width', 'height', 'make', 'model', 'software'] as const;
type Field = (typeof FIELDS)[number];
type Row = Record<Field, string | null>;

const IMAGE_EXT = /\.(jpe?g|jfif|png|hei[cf]|hif|avif|webp|gif|bmp|tiff?)$/i;

/** exiftool's 'YYYY:MM:DD HH:MM:SS[.ss][Z|±HH:MM]' (+ OffsetTimeOriginal) as 'YYYY-MM-DDTHH:mm:ss[±HH:MM]'. */
function exiftoolDate(v: unknown, offset: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(v.trim());
  if (!m || m[1] === '0000' || m[2] === '00' || m[3] === '00') return null;
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  const off = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : m[7] === 'Z' ? '+00:00' : (m[7] ?? null);
  return off ? local + off : local;
}

const str = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

function fromExiftool(r: Record<string, unknown>): Row {
  return {
    capturedAt: exiftoolDate(r.DateTimeOriginal, r.OffsetTimeOriginal),
    width: str(r.ImageWidth),
    height: str(r.ImageHeight),
    make: str(r.Make),
    model: str(r.Model),
    software: str(r.Software),
  };
}

function fromFacts(f: PhotoFacts): Row {
  return {
    capturedAt: f.capturedAt,
    width: str(f.width),
    height: str(f.height),
    make: f.make,
    model: f.model,
    software: f.software,
  };
}

function discovered(abs: string): DiscoveredFile {
  return {
    path: path.basename(abs),
    absPath: Buffer.from(abs),
    name: path.basename(abs),
    nameRepaired: false,
    size: fs.statSync(abs).size,
    container: 'unknown',
    kind: 'photo',
    unit: null,
    indicator: null,
    notes: [],
  };
}

async function exiftoolVersion(): Promise<string | null> {
  try {
    return (await run('exiftool', ['-ver'])).stdout.trim();
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.');
  const version = await exiftoolVersion();
  if (!version) {
    console.log('compare-exiftool: skipped (exiftool not found; apt-get install libimage-exiftool-perl)');
    return 0;
  }
  const files = fs
    .readdirSync(dir)
    .filter((n) => IMAGE_EXT.test(n))
    .sort()
    .map((n) => path.join(dir, n));
  const { stdout } = await run(
    'exiftool',
    ['-json', '-n', '-q', '-q', '-DateTimeOriginal', '-OffsetTimeOriginal', '-ImageWidth', '-ImageHeight', '-Make', '-Model', '-Software', '-Error', ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '[]' }));
  const byFile = new Map<string, Record<string, unknown>>();
  for (const r of JSON.parse(stdout || '[]') as Record<string, unknown>[]) byFile.set(path.resolve(String(r.SourceFile)), r);

  let compared = 0;
  let agreed = 0;
  let filesCompared = 0;
  let filesAgreed = 0;
  let skipped = 0;
  const perField = Object.fromEntries(FIELDS.map((f) => [f, { agree: 0, total: 0 }])) as Record<Field, { agree: number; total: number }>;
  const lines: string[] = [];
  for (const abs of files) {
    const et = byFile.get(abs);
    const name = path.basename(abs);
    if (!et || et.Error) {
      skipped++;
      lines.push(`${name}\t(exiftool cannot read: ${String(et?.Error ?? 'no output')})`);
      continue;
    }
    const { facts, error } = await extractPhoto(discovered(abs));
    const ours = fromFacts(facts);
    const theirs = fromExiftool(et);
    filesCompared++;
    let fileOk = true;
    for (const f of FIELDS) {
      compared++;
      perField[f].total++;
      const ok = ours[f] === theirs[f];
      if (ok) {
        agreed++;
        perField[f].agree++;
      } else fileOk = false;
      if (!ok || all) {
        lines.push(`${name}\t${f}\t${ours[f] ?? '—'}\t${theirs[f] ?? '—'}\t${ok ? 'ok' : 'DIFF'}${error ? `\t[${error.code}]` : ''}`);
      }
    }
    if (fileOk) filesAgreed++;
  }
  console.log(`exiftool ${version} vs ledger-check on ${dir}`);
  console.log(['file', 'field', 'ledger-check', 'exiftool', ''].join('\t'));
  for (const l of lines) console.log(l);
  console.log(FIELDS.map((f) => `${f} ${perField[f].agree}/${perField[f].total}`).join('  '));
  console.log(
    `summary: ${agreed}/${compared} values agree; ${filesAgreed}/${filesCompared} files agree on every field; ${skipped} files skipped (exiftool cannot read them)`,
  );
  return agreed === compared ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  },
);
