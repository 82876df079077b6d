import fs from 'node:fs';
import path from 'node:path';

/** The CLI's only window on the process: commands write through this, so tests can capture it. */
export interface CliIO {
  stdout(s: string): void;
  /**
   * Resolves once what was written to stdout has gone out far enough to write more (a pipe to a
   * slow reader held the whole JSON report of a wide tree in memory: 100,000 files, +120 MB).
   * Absent: writes never wait (tests capture stdout in memory).
   */
  stdoutDrained?(): Promise<void>;
  stderr(s: string): void;
  lang(): 'zh' | 'en';
  setExitCode(n: number): void;
}

/**
 * Create the missing folders above an output file, one level at a time from the nearest existing
 * one. (Node 20's recursive mkdirSync spins forever on some paths, such as one under /proc.)
 * Throws the errno error of the level that cannot be made.
 */
export function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let cur = path.resolve(dir); !fs.existsSync(cur); ) {
    missing.push(cur);
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  for (const d of missing.reverse()) fs.mkdirSync(d);
}
