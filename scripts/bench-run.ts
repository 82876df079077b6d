/**
 * The measured process of `npm run bench`: `floor DIR` reads the first 64 KB of every file;
 * `check DIR [near|no-near]` runs ledger-check's check(). Prints MAXRSS_KB=… on stderr.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';

// As bin/ledger-check.js does, before anything starts libuv's pool.
process.env.UV_THREADPOOL_SIZE ??= '16';
const { check } = await import('../src/check.js');

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

async function floor(dir: string): Promise<void> {
  const files = await listFiles(dir);
  const limit = pLimit(8);
  const buf = () => Buffer.alloc(65536);
  await Promise.all(
    files.map((f) =>
      limit(async () => {
        const fh = await fs.open(f, 'r');
        try {
          await fh.read(buf(), 0, 65536, 0);
        } finally {
          await fh.close();
        }
      }),
    ),
  );
}

const [mode, dir, near] = process.argv.slice(2);
if (mode === 'floor') await floor(dir!);
else {
  const report = await check({ path: dir!, nearDuplicates: near !== 'no-near', asOf: '2026-08-01' });
  process.stderr.write(`files=${report.summary.files} findings=${report.findings.length}\n`);
}
// VmHWM, not getrusage's maxRSS: on Linux maxRSS survives exec and would report the parent's peak.
const hwm = /VmHWM:\s+(\d+) kB/.exec(await fs.readFile('/proc/self/status', 'utf8'));
process.stderr.write(`MAXRSS_KB=${hwm ? hwm[1] : process.resourceUsage().maxRSS}\n`);
