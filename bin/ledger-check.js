#!/usr/bin/env node
// Reading many small file headers is latency-bound: give libuv's pool (file reads and sharp's
// work) 8 threads unless the user chose otherwise. It must be set before the pool starts, so the
// program is loaded only afterwards.
process.env.UV_THREADPOOL_SIZE ??= '8';
const { main } = await import('../dist/src/cli/main.js');
await main(process.argv.slice(2));
