/**
 * npm run bench:hashes [-- DIR]: the measurement behind the fact cache's choice of hash
 * (README, Dependencies: @node-rs/xxhash). Hashes every file under DIR (default: the bench's
 * photo folder when built, else a folder of 10,000 small files it makes) read in 1 MB chunks,
 * and 64 MB from memory, with each candidate; prints wall and CPU seconds (CPU is the steadier
 * figure on a shared machine). Candidates that are not installed (hash-wasm, xxhash-wasm:
 * `npm i --no-save hash-wasm xxhash-wasm` to include them) are listed as such.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { xxh3 } from '@node-rs/xxhash';

type Hasher = { update(b: Uint8Array): unknown; digest(): unknown };
type Candidate = { name: string; make: () => Hasher };

async function candidates(): Promise<{ list: Candidate[]; missing: string[] }> {
  const list: Candidate[] = [
    { name: 'read only', make: () => ({ update: () => undefined, digest: () => '' }) },
    { name: 'node:crypto sha256', make: () => crypto.createHash('sha256') },
    { name: 'node:crypto sha1', make: () => crypto.createHash('sha1') },
    { name: '@node-rs/xxhash xxh3-64 ×2 keyed (chosen)', make: () => twoKeyed() },
    { name: '@node-rs/xxhash xxh3-64', make: () => xxh3.Xxh3.withSeed(0n) },
  ];
  const missing: string[] = [];
  const load = async (m: string): Promise<Record<string, unknown> | null> => {
    try {
      return (await import(m)) as Record<string, unknown>;
    } catch {
      missing.push(m);
      return null;
    }
  };
  const hw = (await load('hash-wasm')) as null | Record<string, () => Promise<{ init(): void; update(b: Uint8Array): void; digest(): string }>>;
  if (hw) {
    for (const [name, f] of [['xxh128', 'createXXHash128'], ['xxh3-64', 'createXXHash3'], ['blake3', 'createBLAKE3']] as const) {
      const h = await hw[f]!();
      list.push({ name: `hash-wasm ${name}`, make: () => (h.init(), h) });
    }
  }
  const xw = (await load('xxhash-wasm')) as null | { default: () => Promise<{ create64(seed?: bigint): Hasher }> };
  if (xw) {
    const x = await xw.default();
    list.push({ name: 'xxhash-wasm xxh64', make: () => x.create64(0n) });
  }
  return { list, missing };
}

// As the cache does: two secrets made once (per store), a pair of hashers per file.
const SECRETS = [crypto.randomBytes(192), crypto.randomBytes(192)] as const;
function twoKeyed(): Hasher {
  const a = xxh3.Xxh3.withSecret(SECRETS[0]);
  const b = xxh3.Xxh3.withSecret(SECRETS[1]);
  return { update: (c) => (a.update(c), b.update(c)), digest: () => `${a.digest()}${b.digest()}` };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function smallFiles(): string {
  const dir = path.join(os.tmpdir(), 'ledger-check-bench-hash-small');
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    for (let d = 0; d < 20; d++) {
      fs.mkdirSync(path.join(dir, String(d)), { recursive: true });
      for (let i = 0; i < 500; i++) fs.writeFileSync(path.join(dir, String(d), `${i}.bin`), crypto.randomBytes(1000 + ((i * 7919) % 30000)));
    }
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  return dir;
}

const buf = Buffer.allocUnsafe(1 << 20);
function hashFile(p: string, h: Hasher): void {
  const fd = fs.openSync(p, 'r');
  try {
    let n: number;
    let pos = 0;
    while ((n = fs.readSync(fd, buf, 0, buf.length, pos)) > 0) {
      h.update(n === buf.length ? buf : buf.subarray(0, n));
      pos += n;
    }
    h.digest();
  } finally {
    fs.closeSync(fd);
  }
}

async function main() {
  const photos = path.join(os.tmpdir(), 'ledger-check-bench-500x4000-0');
  const dirs = process.argv[2] ? [process.argv[2]] : [...(fs.existsSync(photos) ? [photos] : []), smallFiles()];
  const { list, missing } = await candidates();
  const mem = crypto.randomBytes(64 << 20);
  const out: string[] = [];
  for (const dir of dirs) {
    const files = listFiles(dir).filter((f) => !path.basename(f).startsWith('.'));
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    out.push('', `${dir}: ${files.length} files, ${(bytes / 1e6).toFixed(0)} MB (best of 3, page cache warm)`, '', '| hash | wall s | CPU s |', '|---|---|---|');
    for (const c of list) {
      let wall = Infinity;
      let cpu = Infinity;
      for (let r = 0; r < 3; r++) {
        const c0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        for (const f of files) hashFile(f, c.make());
        wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e9);
        const u = process.cpuUsage(c0);
        cpu = Math.min(cpu, (u.user + u.system) / 1e6);
      }
      out.push(`| ${c.name} | ${wall.toFixed(2)} | ${cpu.toFixed(2)} |`);
    }
  }
  out.push('', '64 MB from memory, 1 MB chunks (best of 5):', '', '| hash | GB/s |', '|---|---|');
  for (const c of list.slice(1)) {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t0 = process.hrtime.bigint();
      const h = c.make();
      for (let i = 0; i < mem.length; i += 1 << 20) h.update(mem.subarray(i, i + (1 << 20)));
      h.digest();
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    }
    out.push(`| ${c.name} | ${(mem.length / best / 1e9).toFixed(2)} |`);
  }
  if (missing.length) out.push('', `not installed (not measured): ${missing.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
