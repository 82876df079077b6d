/**
 * The built-in rule set, resolved at build time. Parsing and validating rules/builtin.yaml needs
 * the YAML parser and zod (about 180 module files, a tenth of a 2,000-photo run); the build
 * (`npm run build`) writes the resolved set next to this module instead, stamped with a SHA-256
 * of everything the result depends on: builtin.yaml, the compiled modules that load, validate and
 * resolve it (RESOLVER_MODULES; a test keeps the list equal to their imports), the versions of
 * zod and yaml, and the rule ids it was checked against. A run uses it only while the stamp
 * still matches, so an edited rule file, default or resolver, a rebuilt module or an upgraded
 * parser is never served stale: it is then loaded the long way.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleSet } from './schema.js';
import type { Lang } from '../types.js';
import { builtinRulesPath } from './files.js';

const here = fileURLToPath(import.meta.url);

interface CacheRecord {
  source: string; // inputsDigest() when it was written
  ruleIds: string; // sorted ids the severities were checked against, joined by ','
  rules: RuleSet;
}

/**
 * The stat shortcut beside the record (`builtin.resolved.json.stat`): while the record file and
 * every input keep the stat they had when it was written, the inputs are not read again. It holds
 * this machine's paths (relative), sizes, times and inodes, so it is not shipped (the build writes
 * a .npmignore beside it) and is trusted only for the very record file it was written for.
 */
interface StatRecord {
  source: string; // the record's source digest
  record: string; // the record file's own stat
  inputs: string; // inputsStat()
}

/** Next to the compiled module (dist/src/rules/); never in the sources. */
export function builtinCachePath(): string {
  return path.join(path.dirname(here), 'builtin.resolved.json');
}

/** The modules (relative to src/, without extension) whose code decides the resolved set. */
export const RESOLVER_MODULES = [
  'rules/load',
  'rules/zod',
  'rules/zod-lazy',
  'rules/schema',
  'rules/resolve',
  'rules/defaults',
  'rules/errors',
  'rules/files',
  'rules/festival-names',
  'rules/read',
  'util/patterns',
  'rules/schema-keys',
  'rules/yaml-data',
  'windows/days',
  'festivals/table',
  'kinds/types',
  'kinds/registry',
  'kinds/sugar',
  'kinds/photo',
  'kinds/report',
  'kinds/evaluation',
  'kinds/register',
  'kinds/document',
  'kinds/screenshot',
  'kinds/video',
  'kinds/video-requirement',
  'text/register-online',
  'util/inside',
  'util/nearest',
  'util/dict',
  'rules/indicator-code',
  'units/rule-units',
  'text/unit-identity',
  'text/department-names',
  'messages/system',
];

function packageVersion(name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(createRequire(here).resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** SHA-256 over builtin.yaml, the resolver modules as they are on disk, and the parser versions. */
function inputsDigest(): string {
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(builtinRulesPath()));
  const src = path.resolve(path.dirname(here), '..');
  const ext = path.extname(here); // .js compiled, .ts from sources
  for (const m of RESOLVER_MODULES) h.update(`\0${m}\0`).update(fs.readFileSync(path.join(src, m + ext)));
  h.update(`\0zod ${packageVersion('zod')}\0yaml ${packageVersion('yaml')}`);
  return h.digest('hex');
}
/** Every input of the resolved set: builtin.yaml, the resolver modules, zod's and yaml's package.json. */
function inputFiles(): string[] {
  const src = path.resolve(path.dirname(here), '..');
  const ext = path.extname(here);
  const req = createRequire(here);
  return [builtinRulesPath(), ...RESOLVER_MODULES.map((m) => path.join(src, m + ext)), req.resolve('zod/package.json'), req.resolve('yaml/package.json')];
}

/** A file's stat as compared: size, mtime and ctime in ns, inode. */
function statLine(file: string, st = fs.statSync(file, { bigint: true })): string {
  return `${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\0${st.ino}`;
}

/**
 * The inputs' stat (path relative to the record's folder, size, mtime and ctime in ns, inode), as
 * git's index: a start-up from a cold page cache then reads one file's metadata per input instead
 * of its bytes. Anything that rewrites an input (a build, an edit, a checkout, an upgrade of zod
 * or yaml) changes its stat, and the contents are then compared as before.
 */
function inputsStat(dir: string, inputs = inputFiles()): string {
  return inputs.map((f) => `${path.relative(dir, f)}\0${statLine(f)}`).join('\n');
}

const idsKey = (ids: ReadonlySet<string> | undefined) => (ids ? [...ids].sort().join(',') : '');

/** The record to write: the resolved set and the digest of what it came from (nothing of this machine). */
export function builtinCacheRecord(rules: RuleSet, knownRuleIds?: ReadonlySet<string>): CacheRecord {
  return { source: inputsDigest(), ruleIds: idsKey(knownRuleIds), rules };
}

export const statShortcutPath = (file: string): string => `${file}.stat`;

/**
 * After the record is written: the stat shortcut for it, unless an input is racy (git's "racy
 * clean"): an input whose mtime is not older than the record's own (its write time, in the file
 * system's resolution) may have changed again within that tick without its stat changing, so its
 * stat is not trusted and no shortcut is written (every run compares contents). Returns whether
 * one was written. (`inputs`: tests only; a run compares the stat of the real inputs.)
 */
export function writeStatShortcut(file = builtinCachePath(), inputs = inputFiles()): boolean {
  const shortcut = statShortcutPath(file);
  fs.rmSync(shortcut, { force: true });
  const rec = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheRecord;
  const own = fs.statSync(file, { bigint: true });
  if (inputs.some((f) => fs.statSync(f, { bigint: true }).mtimeNs >= own.mtimeNs)) return false;
  const side: StatRecord = { source: rec.source, record: statLine(file, own), inputs: inputsStat(path.dirname(file), inputs) };
  fs.writeFileSync(shortcut, `${JSON.stringify(side)}\n`);
  // Never shipped: it describes this machine's files (a subfolder's .npmignore applies despite package.json "files").
  fs.writeFileSync(path.join(path.dirname(file), '.npmignore'), `${path.basename(shortcut)}\n`);
  return true;
}

/** Whether the stat shortcut vouches for this record: same record file, same inputs' stat. */
function statStillHolds(file: string, source: string): boolean {
  try {
    const side = JSON.parse(fs.readFileSync(statShortcutPath(file), 'utf8')) as StatRecord;
    return side.source === source && side.record === statLine(file) && side.inputs === inputsStat(path.dirname(file));
  } catch {
    return false;
  }
}

/** The cached built-in set when it is current, else null. Never throws. */
export function readBuiltinCache(knownRuleIds?: ReadonlySet<string>, file = builtinCachePath()): RuleSet | null {
  try {
    const rec = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheRecord;
    if (rec.ruleIds !== idsKey(knownRuleIds)) return null;
    if (!statStillHolds(file, rec.source) && rec.source !== inputsDigest()) return null;
    return rec.rules;
  } catch {
    return null;
  }
}

export interface RuleLoadOptions {
  file?: string;
  lang?: Lang;
  knownRuleIds?: ReadonlySet<string>;
}

/**
 * The rule set for a run: the built-in one from its build-time cache when that is current, any
 * other (or a stale cache) through loadRules, with the YAML parser and zod loaded on demand.
 * Throws RuleFileError as loadRules does.
 */
export async function loadRuleSet(opts: RuleLoadOptions): Promise<RuleSet> {
  if (!opts.file) {
    const cached = readBuiltinCache(opts.knownRuleIds);
    if (cached) return cached;
  }
  return (await import('./load.js')).loadRules(opts);
}
