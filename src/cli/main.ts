/** The only module that touches `process`: wires stdio, environment and the exit code. */
import { writeSync } from 'node:fs';
import { tuneHeap } from './heap.js';
import { extractLang, runProgram } from './program.js';
import { t } from './text.js';

/**
 * An output stream that fails. The reader went away (`ledger-check … | head`, also `2>&1 | head`):
 * what is left for it is dropped without a stack trace, and the run goes on to write its files
 * and set its exit code (a failing check still exits 1). Any other failure (`> /dev/full`) is
 * remembered: the run finishes its other outputs, then says what failed and exits 2.
 */
function guard(stream: NodeJS.WriteStream): { open: () => boolean; failure: () => string | null } {
  let closed = false;
  let failure: string | null = null;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (!closed && e.code !== 'EPIPE') failure = e.code ?? e.message;
    closed = true;
  });
  return { open: () => !closed, failure: () => failure };
}

/** Resolves when the stream wants more (at once if it does), or has ended or failed (never waits for ever). */
function drained(stream: NodeJS.WriteStream, open: () => boolean): Promise<void> {
  if (!open() || !stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

export async function main(argv: string[]): Promise<void> {
  // V8's heap held to 75% past what is live (src/cli/heap.ts).
  tuneHeap();
  const stdout = guard(process.stdout);
  const stderr = guard(process.stderr);
  // Checked at exit: a write to a pipe fails after the run has already returned.
  process.on('exit', () => {
    const failed = stdout.failure();
    if (!failed) return;
    if (stderr.open()) {
      try {
        writeSync(2, `ledger-check: ${t(extractLang(argv).lang).stdoutFailed(failed)}\n`);
      } catch {
        // nowhere left to say it
      }
    }
    process.exitCode = 2;
  });
  const env = {
    isTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    columns: process.stdout.columns,
    stderrColumns: process.stderr.columns,
    ci: !!process.env.CI && process.env.CI !== 'false',
    noColor: 'NO_COLOR' in process.env && process.env.NO_COLOR !== '',
    forceColor: !!process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0',
  };
  await runProgram(
    argv,
    {
      stdout: (s) => void (stdout.open() && process.stdout.write(s)),
      stdoutDrained: () => drained(process.stdout, stdout.open),
      stderr: (s) => void (stderr.open() && process.stderr.write(s)),
      lang: () => 'zh', // replaced by runProgram once --lang is read
      // Never process.exit(): a large report piped to stdout would be cut.
      setExitCode: (n) => void (process.exitCode = n),
    },
    env,
  );
}
