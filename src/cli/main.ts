/** The only module that touches `process`: wires stdio, environment and the exit code. */
import { runProgram } from './program.js';

/**
 * The reader of our output went away (`ledger-check … | head`): what is left for stdout is
 * dropped, without a stack trace, and the run goes on to write its files and set its exit code
 * (a failing check still exits 1). Other stream errors are real and are thrown.
 */
function dropOnClosedPipe(stream: NodeJS.WriteStream): { open: () => boolean } {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || closed) {
      closed = true;
      return;
    }
    throw e;
  });
  return { open: () => !closed };
}

export async function main(argv: string[]): Promise<void> {
  const stdout = dropOnClosedPipe(process.stdout);
  const env = {
    isTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    ci: !!process.env.CI && process.env.CI !== 'false',
    noColor: 'NO_COLOR' in process.env && process.env.NO_COLOR !== '',
    forceColor: !!process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0',
  };
  await runProgram(
    argv,
    {
      stdout: (s) => void (stdout.open() && process.stdout.write(s)),
      stderr: (s) => void process.stderr.write(s),
      lang: () => 'zh', // replaced by runProgram once --lang is read
      // Never process.exit(): a large report piped to stdout would be cut.
      setExitCode: (n) => void (process.exitCode = n),
    },
    env,
  );
}
