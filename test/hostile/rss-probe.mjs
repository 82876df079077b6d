// Loaded with --import into the CLI under test: at exit, the process's peak resident set (KB,
// worker threads and native libraries included) is written where LC_HOSTILE_RSS says.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.LC_HOSTILE_RSS;
if (isMainThread && out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
