/**
 * The measured process of `npm run bench`: `floor DIR` reads the first 64 KB of every file;
 * `cli DIR [near|no-near] [ARGS…]` runs the ledger-check command itself (as bin/ledger-check.js does),
 * printing its JSON report on stdout as exiftool prints its JSON (ARGS added to its own); `check DIR [near|no-near]` runs
 * the library's check() alone; `cli-cache DIR CACHEDIR` the command with its fact cache in CACHEDIR
 * (`cli` runs with --no-cache). Prints MAXRSS_KB=… on stderr.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';

// As bin/ledger-check.js does, before anything starts libuv's pool.
process.env.UV_THREADPOOL_SIZE ??= '16';

/** The command as bin/ledger-check.js loads it: the bundle with its code cache (src/cli/load-bundle.ts) when built. */
async function cliMain(): Promise<(argv: string[]) => Promise<void>> {
  const { bundleFile, loadBundle } = await import('../src/cli/load-bundle.js');
  if (process.env.LEDGER_CHECK_BENCH_UNBUNDLED !== '1' && (await fs.stat(bundleFile()).then(() => true, () => false))) return loadBundle().main;
  return (await import('../src/cli/main.js')).main;
}

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
else if (mode === 'scans') {
  // Every page read by OCR: no cache.
  const main = await cliMain();
  await main([dir!, '--format', 'json', '--as-of', '2026-08-01', '--no-progress', '--no-cache']);
}
else if (mode === 'cli') {
  const main = await cliMain();
  // Anything after `near|no-near` is passed on (the scaling bench's --xlsx: `-f xlsx:FILE`).
  await main([dir!, '--format', 'json', '--as-of', '2026-08-01', '--no-progress', '--no-cache', ...(near === 'no-near' ? ['--no-near-duplicates'] : []), ...process.argv.slice(5)]);
} else if (mode === 'cli-cache') {
  // `cli-cache DIR CACHEDIR`: the same command with the fact cache in CACHEDIR.
  const main = await cliMain();
  await main([dir!, '--format', 'json', '--as-of', '2026-08-01', '--no-progress', '--cache-location', near!]);
} else {
  const { check } = await import('../src/check.js');
  const report = await check({ path: dir!, nearDuplicates: near !== 'no-near', asOf: '2026-08-01' });
  process.stderr.write(`files=${report.summary.files} findings=${report.findings.length}\n`);
}
// VmHWM, not getrusage's maxRSS: on Linux maxRSS survives exec and would report the parent's peak.
const hwm = /VmHWM:\s+(\d+) kB/.exec(await fs.readFile('/proc/self/status', 'utf8'));
process.stderr.write(`MAXRSS_KB=${hwm ? hwm[1] : process.resourceUsage().maxRSS}\n`);
// CPU time of the whole process (worker threads included): steadier than wall time on a shared machine.
const cpu = process.cpuUsage();
process.stderr.write(`CPU_MS=${Math.round((cpu.user + cpu.system) / 1000)}\n`);
