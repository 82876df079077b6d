/**
 * The hostile-material harness (issue 9, "Done when"): every case is built by code and checked
 * with the built CLI. Whatever the material, a run ends by itself (well under HANG_MS), exits 0 or
 * 1, prints no stack trace, stays under 1 GB of peak RSS, leaves the folder byte-identical
 * (content, mode, mtime), shows no raw control character on the text report, and never passes
 * a file listed in the case's `notPass`. All settled cases together in one county folder give
 * byte-identical JSON on two runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, type HostileCase } from './cases.js';
import { crashText, HANG_MS, rawControl, RSS_LIMIT_KB, runCli, snapshotTree, type Run } from './run.js';
import { tempDir } from '../helpers/temp.js';

interface JsonReport {
  rules: { source: string };
  files: { path: string; status: string }[];
  findings: { file?: string | null }[];
}

const isRoot = process.getuid?.() === 0;
let work = '';

beforeAll(() => {
  work = tempDir('lc-hostile-');
});

function expectSound(run: Run, before: string[], root: string): JsonReport {
  expect(run.signal, `killed after ${run.ms} ms: the run did not end by itself`).toBeNull();
  expect(crashText(run.stdout + run.stderr + run.pretty), 'a stack trace or internal error was printed').toBeNull();
  expect([0, 1], `exit code ${run.code}; stderr: ${run.stderr.slice(0, 500)}`).toContain(run.code);
  expect(run.rssKB, 'the run left no resource record').not.toBeNull();
  expect(run.rssKB!, 'peak RSS (KB)').toBeLessThan(RSS_LIMIT_KB);
  expect(snapshotTree(root), 'the checked folder changed').toEqual(before);
  expect(rawControl(run.pretty), 'raw control character in the text report').toBeNull();
  expect(rawControl(run.stderr), 'raw control character on stderr').toBeNull();
  return JSON.parse(run.stdout) as JsonReport;
}

async function build(cases: HostileCase[], root: string): Promise<void> {
  fs.mkdirSync(root, { recursive: true });
  for (const c of cases) await c.build(root);
}

describe('hostile material', () => {
  for (const c of CASES) {
    const name = `${c.id} (${c.area}${c.pending ? `, pending: ${c.pending.why}` : ''})`;
    // LC_HOSTILE_PENDING=run runs the pending cases as plain tests: to see whether a fix has landed.
    const pending = process.env.LC_HOSTILE_PENDING === 'run' ? undefined : c.pending;
    if (pending?.todo) {
      it.todo(name);
      continue;
    }
    const test = c.root && !isRoot ? it.skip : pending ? it.fails : it;
    test(
      name,
      async () => {
        const root = path.join(work, c.id, '台账');
        await build([c], root);
        const before = snapshotTree(root);
        try {
          const report = expectSound(runCli(root, work), before, root);
          for (const f of c.notPass ?? []) {
            const entry = report.files.find((x) => x.path === f);
            expect(entry, `${f} is not in the report`).toBeDefined();
            expect(entry!.status, `${f} passed`).not.toBe('pass');
          }
          for (const f of c.listed ?? []) {
            const named = report.files.some((x) => x.path === f) || report.findings.some((x) => x.file === f);
            expect(named, `${f} is not named in the report`).toBe(true);
          }
          c.check?.(report);
        } finally {
          fs.rmSync(path.join(work, c.id), { recursive: true, force: true });
        }
      },
      HANG_MS + 60_000,
    );
  }

  it('every settled case in one county folder: the same JSON twice, the folder untouched', async () => {
    const settled = CASES.filter((c) => !c.pending && (!c.root || isRoot));
    const root = path.join(work, 'all', '台账');
    await build(settled, root);
    const before = snapshotTree(root);
    const first = runCli(root, work);
    expectSound(first, before, root);
    const second = runCli(root, work);
    expectSound(second, before, root);
    expect(second.stdout).toBe(first.stdout);
    fs.rmSync(path.join(work, 'all'), { recursive: true, force: true });
  }, 2 * HANG_MS + 120_000);
});
