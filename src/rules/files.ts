/** Where rule files are: the built-in set shipped with the package, and a county's own file. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** rules/ at the package root, from src/rules (sources) or dist/src/rules (compiled). */
export function builtinRulesPath(): string {
  for (const up of ['../..', '../../..']) {
    const p = path.resolve(here, up, 'rules', 'builtin.yaml');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('rules/builtin.yaml not found next to the package');
}

/** Find `.ledger-check.yaml` / `.ledger-check.yml` / `.ledger-check.json` walking up from `dir`. */
export function findConfigFile(dir: string): string | null {
  let cur = path.resolve(dir);
  for (;;) {
    for (const n of ['.ledger-check.yaml', '.ledger-check.yml', '.ledger-check.json']) {
      const p = path.join(cur, n);
      if (fs.existsSync(p)) return p;
    }
    const up = path.dirname(cur);
    if (up === cur) return null;
    cur = up;
  }
}
