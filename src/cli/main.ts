/** The only module that touches `process`: wires stdio, environment and the exit code. */
import { runProgram } from './program.js';

/**
 * The reader of our output went away (`ledger-check … | head`): nothing more can be said to it,
 * so stop as `head`'s writers conventionally do, without a stack trace. Other stream errors are
 * real and are thrown.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

export async function main(argv: string[]): Promise<void> {
  quietOnClosedPipe(process.stdout);
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
      stdout: (s) => void process.stdout.write(s),
      stderr: (s) => void process.stderr.write(s),
      lang: () => 'zh', // replaced by runProgram once --lang is read
      // Never process.exit(): a large report piped to stdout would be cut.
      setExitCode: (n) => void (process.exitCode = n),
    },
    env,
  );
}
