/**
 * Where rule files are: the built-in set shipped with the package, and a county's own file.
 * A county's file is looked for ABOVE the checked folder (its parent, then up), never inside it:
 * the checked folder is handed in by a department, and nothing in it may choose the rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInside } from '../util/inside.js';
import { parseIndicatorPrefix } from './indicator-code.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Rule-file names a check looks for; a folder holding two of them is an error (ControlFileClash). */
export const RULE_FILE_NAMES = ['.ledger-check.yaml', '.ledger-check.yml', '.ledger-check.json'];
/** The review record (human decisions), kept next to the rule file. */
export const REVIEW_FILE_NAMES = ['ledger-check-review.yaml', 'ledger-check-review.yml'];
export const IGNORE_FILE_NAME = '.ledgercheckignore';
/** Files of ours that are never read from inside a checked folder (one found there is a finding). */
export const CONTROL_FILE_NAMES: ReadonlySet<string> = new Set([...RULE_FILE_NAMES, ...REVIEW_FILE_NAMES, IGNORE_FILE_NAME]);

/** rules/ at the package root, from src/rules (sources) or dist/src/rules (compiled). */
export function builtinRulesPath(): string {
  for (const up of ['../..', '../../..']) {
    const p = path.resolve(here, up, 'rules', 'builtin.yaml');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('rules/builtin.yaml not found next to the package');
}

/**
 * The folders searched for a checked folder's rule files, nearest first: its parent, then up, as
 * the path was given (not where a link leads): a unit folder handed in as a link to
 * 县甲局-real/inner had the rule file planted in 县甲局-real/ read as the rules.
 */
export function foldersAbove(root: string): string[] {
  const out: string[] = [];
  let cur = path.dirname(materialTop(root));
  for (;;) {
    out.push(cur);
    const up = path.dirname(cur);
    if (up === cur) return out;
    cur = up;
  }
}

/**
 * The top of the department's material for a check of `root`: `root` itself, or, when `root` is
 * an indicator folder or lies inside one (its name, or the nearest folder name above it, begins
 * with an indicator code: `台账/县甲局/Ⅲ—12 …`, `台账/县甲局/Ⅲ—12 …/活动照片`), the unit folder
 * holding that indicator folder: it is handed in by the same department, and a rule file planted
 * there (`县甲局/.ledger-check.yaml`, reported as `file.rules-inside-material` when the unit or the
 * county is checked) was read as the rules when only the indicator folder was checked. By names
 * alone, never by what the folders hold (the department chooses that). The nearest coded name
 * counts, so a county folder whose own name begins with a code (`3.15 台账`) is not skipped.
 */
export function materialTop(root: string): string {
  const abs = path.resolve(root);
  for (let cur = abs, level = 0; level < MAX_INDICATOR_DEPTH; level++) {
    if (parseIndicatorPrefix(path.basename(cur))) return path.dirname(cur);
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  return abs;
}

/** How far above a checked folder an indicator folder is looked for (its photos' sub-folders). */
const MAX_INDICATOR_DEPTH = 4;

/**
 * Rule, review and ignore files between a checked folder and the top of its material (the unit
 * folder above a checked indicator folder, and any indicator folder in between): never read (see
 * materialTop), named on stderr so that a county keeping its file there knows why.
 */
export function skippedControlFiles(root: string): string[] {
  const abs = path.resolve(root);
  const top = materialTop(root);
  const out: string[] = [];
  for (let dir = path.dirname(abs); top !== abs && isInside(dir, top); dir = path.dirname(dir)) {
    for (const n of CONTROL_FILE_NAMES) {
      const p = path.join(dir, n);
      if (fs.existsSync(p) || isDanglingLink(p)) out.push(p);
    }
    if (dir === top) break;
  }
  return out;
}

/**
 * Two files of one kind side by side (`.ledger-check.yaml` and `.ledger-check.json`, or the review
 * record as `.yaml` and `.yml`): which one the county edits is not guessed — a check stops and
 * names both (a county that kept the old `.json` beside a new `.yaml` was checked by one of them
 * without being told).
 */
export class ControlFileClash extends Error {
  constructor(
    public readonly kind: 'rules' | 'review',
    public readonly files: readonly string[],
  ) {
    super(`more than one ${kind} file in one folder: ${files.join(', ')}`);
    this.name = 'ControlFileClash';
  }
}

/**
 * Those of `names` present in `dir`, never one inside `root`: the files there, or, when there is none, the first
 * dangling link (reading it then says it is broken: a county's rule file whose link broke is not silently replaced
 * by the built-in rules). A dangling link beside a real file is no second file (hostile20: it made a clash, exit 2):
 * danglingBeside names it.
 */
function presentIn(dir: string, names: readonly string[], root?: string): string[] {
  const found = names.map((n) => path.join(dir, n)).filter((p) => (fs.existsSync(p) || isDanglingLink(p)) && (root === undefined || !isInside(p, root)));
  const real = found.filter((p) => fs.existsSync(p));
  return real.length ? real : found.slice(0, 1);
}

/**
 * Links to nothing named as a rule, review or ignore file beside `file` (the one in use), which are not read: a
 * finding about the folder, said on stderr.
 */
export function danglingBeside(file: string): string[] {
  const dir = path.dirname(path.resolve(file));
  return [...CONTROL_FILE_NAMES].map((n) => path.join(dir, n)).filter((p) => p !== path.resolve(file) && isDanglingLink(p) && !fs.existsSync(p));
}

/**
 * The one of `names` in the nearest folder above `root` that has one, and not a link into root;
 * a ControlFileClash when that folder has two of them.
 */
function findAbove(root: string, names: readonly string[], kind?: 'rules' | 'review'): string | null {
  for (const dir of foldersAbove(root)) {
    const here = presentIn(dir, names, root);
    if (here.length > 1 && kind) throw new ControlFileClash(kind, here);
    if (here.length) return here[0]!;
  }
  return null;
}

/**
 * The rule file a `--rules` argument names: the file itself, or, when it is a folder (a county's
 * rules folder), the one rule file in it — a ControlFileClash when it holds two; the folder as
 * given when it holds none (reading it then says it is a folder).
 */
export function givenRuleFile(given: string): string {
  let dir = false;
  try {
    dir = fs.statSync(given).isDirectory();
  } catch {
    return given;
  }
  if (!dir) return given;
  const here = presentIn(given, RULE_FILE_NAMES);
  if (here.length > 1) throw new ControlFileClash('rules', here);
  return here[0] ?? given;
}

function isDanglingLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** `.ledger-check.yaml` / `.yml` / `.json` for checking `root`: walking up from root's parent. */
export function findConfigFile(root: string): string | null {
  return findAbove(root, RULE_FILE_NAMES, 'rules');
}

/** `ledger-check-review.yaml` (or `.yml`) for checking `root`: walking up from root's parent. */
export function findReviewFile(root: string): string | null {
  return findAbove(root, REVIEW_FILE_NAMES, 'review');
}

/**
 * `.ledgercheckignore` for checking `root`: beside the rule file in use when there is one (and
 * only there), else the nearest one above the checked folder.
 */
export function findIgnoreFile(root: string, rulesFile?: string | null): string | null {
  if (rulesFile) {
    const p = path.join(path.dirname(path.resolve(rulesFile)), IGNORE_FILE_NAME);
    return (fs.existsSync(p) || isDanglingLink(p)) && !isInside(p, root) ? p : null;
  }
  return findAbove(root, [IGNORE_FILE_NAME]);
}
