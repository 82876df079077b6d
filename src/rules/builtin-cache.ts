/**
 * The built-in rule set, resolved at build time. Parsing and validating rules/builtin.yaml needs
 * the YAML parser and zod (about 180 module files, a tenth of a 2,000-photo run); the build
 * (`npm run build`) writes the resolved set next to this module instead, stamped with the
 * SHA-256 of the YAML and the rule ids it was checked against. A run uses it only while both
 * still match, so an edited builtin.yaml or a new rule id is never served stale: it is then
 * loaded the long way.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleSet } from './schema.js';
import type { Lang } from '../types.js';
import { builtinRulesPath } from './files.js';

interface CacheRecord {
  source: string; // sha256 of builtin.yaml
  ruleIds: string; // sorted ids the severities were checked against, joined by ','
  rules: RuleSet;
}

/** Next to the compiled module (dist/src/rules/); never in the sources. */
export function builtinCachePath(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'builtin.resolved.json');
}

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const idsKey = (ids: ReadonlySet<string> | undefined) => (ids ? [...ids].sort().join(',') : '');

export function builtinCacheRecord(rules: RuleSet, knownRuleIds?: ReadonlySet<string>): CacheRecord {
  return { source: digest(builtinRulesPath()), ruleIds: idsKey(knownRuleIds), rules };
}

/** The cached built-in set when it is current, else null. Never throws. */
export function readBuiltinCache(knownRuleIds?: ReadonlySet<string>, file = builtinCachePath()): RuleSet | null {
  try {
    const rec = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheRecord;
    if (rec.ruleIds !== idsKey(knownRuleIds) || rec.source !== digest(builtinRulesPath())) return null;
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
