/**
 * What the worker pools (PDF parsing, DC hashing) share. Each module is its own worker script:
 * its compiled file, or nothing when running from TypeScript sources (vitest), and then the work
 * runs on the calling thread.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** The module's own compiled file, or null when it is not JavaScript on disk. */
export function compiledSelf(moduleUrl: string): string | null {
  const p = fileURLToPath(new URL(moduleUrl));
  return p.endsWith('.js') && existsSync(p) ? p : null;
}

/** Threads from an environment variable (0 = none: work on the calling thread), else `fallback(cores)`. */
export function threadCount(envName: string, fallback: (cores: number) => number): number {
  const env = process.env[envName];
  if (env !== undefined && env !== '' && Number.isFinite(Number(env))) return Math.max(0, Math.floor(Number(env)));
  return fallback(os.availableParallelism?.() ?? os.cpus().length);
}

/** The parent's Node flags, without --input-type / --eval / --print, which would kill a worker file. */
export function workerExecArgv(): string[] {
  return process.execArgv.filter((a) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(a));
}
