/** Shared by the real-program tests: the demo's outputs, made once, in a temp folder. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demo = path.join(repoRoot, 'fixtures/demo/台账');

/** Where screenshots go: LEDGER_CHECK_SCREENS, else a folder in the system temp folder. */
export function screensDir(): string {
  const dir = process.env.LEDGER_CHECK_SCREENS || path.join(os.tmpdir(), 'ledger-check-screens');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A program from Debian's packages, or a clear failure saying how to install it. */
export function needProgram(file: string, pkg: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} not found: apt-get install -y --no-install-recommends ${pkg}`);
  return file;
}

/** Runs the CLI on the demo (with `extra` arguments), writing the given formats into a fresh folder outside the repo. */
export function demoOutputs(formats: string[], extra: string[] = []): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-real-'));
  const out = path.join(dir, '创文办 报告');
  const args = [path.join(repoRoot, 'bin/ledger-check.js'), demo, '--as-of', '2026-10-20', '--no-progress', '-f', 'json:' + path.join(out, 'report.json')];
  for (const f of formats) args.push('-f', `${f}:${path.join(out, `台账检查.${f}`)}`);
  args.push(...extra);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 1) throw new Error(`the demo run exited ${r.status}: ${r.stderr}`);
  return { dir, file: (name) => path.join(out, name), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const run = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { encoding: 'utf8', cwd, timeout: 240_000 });
