/**
 * PDF parsing off the main thread. Under vitest the sources are TypeScript, so parsing falls back
 * to the calling thread; the worker pool itself is exercised through the compiled build
 * (dist/, made by `npm test`), in a child process, when that build exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdfOffThread, pdfParsingMode } from '../../src/extract/pdf-worker.js';
import { makePdf } from '../../fixtures/build/pdf.js';

const root = path.resolve(import.meta.dirname, '../..');
const compiledWorker = path.join(root, 'dist/src/extract/pdf-worker.js');
const compiledFixtures = path.join(root, 'dist/fixtures/build/pdf.js');
const built = existsSync(compiledWorker) && existsSync(compiledFixtures);

function runCompiled(body: string, nodeArgs: string[] = []): unknown {
  const script = `
    import { parsePdfOffThread, pdfParsingMode, pdfPoolThreads, closePdfPool, SPAWN_BACKLOG } from ${JSON.stringify(compiledWorker)};
    import { makePdf } from ${JSON.stringify(compiledFixtures)};
    ${body}
    await closePdfPool();`;
  const out = execFileSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, LEDGER_CHECK_PDF_THREADS: process.env.LEDGER_CHECK_PDF_THREADS ?? '2' } });
  return JSON.parse(out.trim().split('\n').pop() ?? 'null');
}

describe('PDF worker pool', () => {
  it('falls back to in-thread parsing when running from TypeScript sources', async () => {
    expect(pdfParsingMode()).toBe('in-thread');
    const r = await parsePdfOffThread(makePdf({ pages: [['县教育局说明报告']] }));
    expect(r.pageTexts).toEqual(['县教育局说明报告']);
  });

  it.skipIf(!built)('parses PDFs in worker threads from the compiled build, same results as in-thread', () => {
    const r = runCompiled(`
      const pdfs = [1, 2, 3, 4, 5].map((i) => makePdf({ pages: [['第' + i + '份说明报告'], ['第二页']] }));
      const results = await Promise.all(pdfs.map((p) => parsePdfOffThread(p)));
      console.log(JSON.stringify({ mode: pdfParsingMode(), texts: results.map((x) => x.pageTexts), pages: results.map((x) => x.pages) }));
    `) as { mode: string; texts: string[][]; pages: number[] };
    expect(r.mode).toBe('threads');
    expect(r.pages).toEqual([2, 2, 2, 2, 2]);
    expect(r.texts.map((t) => t[0])).toEqual([1, 2, 3, 4, 5].map((i) => `第${i}份说明报告`));
  });

  it.skipIf(!built)('reports a PDF that exceeds the time limit as unreadable and keeps serving', () => {
    const r = runCompiled(`
      const slow = await parsePdfOffThread(makePdf({ pages: [['超时']] }), { timeoutMs: 1 });
      console.log(JSON.stringify({ error: slow.error }));
    `) as { error: { code: string; detail: string } };
    expect(r.error.code).toBe('corrupt');
    expect(r.error.detail).toMatch(/longer than/);
  });

  it.skipIf(!built)('starts one thread for a few PDFs, and a second only for a backlog of SPAWN_BACKLOG waiting', () => {
    // Without the idle-core gate (pdf-spare-cores.test.ts), which depends on the machine's load.
    process.env.LEDGER_CHECK_PDF_IDLE_CHECK = '0';
    let r: unknown;
    try {
      r = runCompiled(`
      const pdf = (i) => makePdf({ pages: [['第' + i + '份']] });
      const few = SPAWN_BACKLOG; // one being parsed, SPAWN_BACKLOG - 1 waiting
      await Promise.all(Array.from({ length: few }, (_, i) => parsePdfOffThread(pdf(i))));
      const afterFew = pdfPoolThreads();
      const many = await Promise.all(Array.from({ length: SPAWN_BACKLOG + 1 }, (_, i) => parsePdfOffThread(pdf(i))));
      console.log(JSON.stringify({ afterFew, afterMany: pdfPoolThreads(), texts: many.map((x) => x.pageTexts[0]) }));
    `);
    } finally {
      delete process.env.LEDGER_CHECK_PDF_IDLE_CHECK;
    }
    const got = r as { afterFew: number; afterMany: number; texts: string[] };
    expect(got.afterFew).toBe(1);
    expect(got.afterMany).toBe(2);
    expect(got.texts[5]).toBe('第5份');
  });

  it.skipIf(!built)('with the idle-core gate in force, reads a backlog whole, with one or two threads as the machine allows', () => {
    const r = runCompiled(`
      const pdf = (i) => makePdf({ pages: [['第' + i + '份']] });
      const all = await Promise.all(Array.from({ length: 3 * SPAWN_BACKLOG }, (_, i) => parsePdfOffThread(pdf(i))));
      console.log(JSON.stringify({ n: 3 * SPAWN_BACKLOG, threads: pdfPoolThreads(), texts: all.map((x) => x.pageTexts[0]) }));
    `) as { n: number; threads: number; texts: string[] };
    expect([1, 2]).toContain(r.threads);
    expect(r.texts).toEqual(Array.from({ length: r.n }, (_, i) => `第${i}份`));
  });

  it.skipIf(!built)('the gate decides the second thread: cores reported busy, one thread for a long backlog; reported idle, two', () => {
    // os.cpus() is what the gate measures (pdf-spare-cores.ts): replaced in the child before the pool starts.
    const threads = (idle: 'busy' | 'idle') =>
      (
        runCompiled(`
          import os from 'node:os';
          process.env.LEDGER_CHECK_PDF_IDLE_CHECK = '1';
          const idleMs = () => (${JSON.stringify(idle)} === 'idle' ? 2 * performance.now() : 0);
          os.cpus = () => [0, 1].map(() => ({ model: 'x', speed: 1, times: { user: 0, nice: 0, sys: 0, irq: 0, idle: idleMs() / 2 } }));
          const all = await Promise.all(Array.from({ length: 4 * SPAWN_BACKLOG }, (_, i) => parsePdfOffThread(makePdf({ pages: [['第' + i + '份']] }))));
          console.log(JSON.stringify({ threads: pdfPoolThreads(), unread: all.length - all.filter((x) => x.pageTexts).length }));
        `) as { threads: number; unread: number }
      );
    expect(threads('busy')).toEqual({ threads: 1, unread: 0 });
    expect(threads('idle')).toEqual({ threads: 2, unread: 0 });
  });

  it.skipIf(!built)('parses in-thread, never failing, when no worker thread can be made (Node flags a worker refuses)', () => {
    const r = runCompiled(
      `
      const results = await Promise.all([1, 2].map((i) => parsePdfOffThread(makePdf({ pages: [['第' + i + '份']] }))));
      console.log(JSON.stringify({ mode: pdfParsingMode(), texts: results.map((x) => x.pageTexts) }));
    `,
      ['--no-turbo-inlining'],
    ) as { mode: string; texts: string[][] };
    expect(r.mode).toBe('in-thread');
    expect(r.texts).toEqual([['第1份'], ['第2份']]);
  });

  it.skipIf(!built)('runs in-thread when LEDGER_CHECK_PDF_THREADS=0', () => {
    process.env.LEDGER_CHECK_PDF_THREADS = '0';
    try {
      const r = runCompiled(`console.log(JSON.stringify({ mode: pdfParsingMode() }));`) as { mode: string };
      expect(r.mode).toBe('in-thread');
    } finally {
      delete process.env.LEDGER_CHECK_PDF_THREADS;
    }
  });
});
