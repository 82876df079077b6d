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
  /** inputsStat() when it was written: while it still matches, the inputs are not read again. */
  stat?: string;
  ruleIds: string; // sorted ids the severities were checked against, joined by ','
  rules: RuleSet;
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
/**
 * The inputs' stat (path, size, mtime and ctime in ns, inode), as git's index: a start-up from a
 * cold page cache then reads one file's metadata per input instead of its bytes. Anything that
 * rewrites an input (a build, an edit, a checkout, an upgrade of zod or yaml) changes its stat,
 * and the contents are then compared as before.
 */
function inputsStat(): string {
  const src = path.resolve(path.dirname(here), '..');
  const ext = path.extname(here);
  const req = createRequire(here);
  const files = [builtinRulesPath(), ...RESOLVER_MODULES.map((m) => path.join(src, m + ext)), req.resolve('zod/package.json'), req.resolve('yaml/package.json')];
  return files.map((f) => {
    const st = fs.statSync(f, { bigint: true });
    return `${f}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\0${st.ino}`;
  }).join('\n');
}

const idsKey = (ids: ReadonlySet<string> | undefined) => (ids ? [...ids].sort().join(',') : '');

export function builtinCacheRecord(rules: RuleSet, knownRuleIds?: ReadonlySet<string>): CacheRecord {
  return { source: inputsDigest(), stat: inputsStat(), ruleIds: idsKey(knownRuleIds), rules };
}

/** The cached built-in set when it is current, else null. Never throws. */
export function readBuiltinCache(knownRuleIds?: ReadonlySet<string>, file = builtinCachePath()): RuleSet | null {
  try {
    const rec = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheRecord;
    if (rec.ruleIds !== idsKey(knownRuleIds)) return null;
    if (rec.stat === undefined || rec.stat !== inputsStat()) {
      if (rec.source !== inputsDigest()) return null;
    }
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
