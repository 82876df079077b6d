/**
 * Part of `npm run build`: resolve rules/builtin.yaml once and write it next to the compiled
 * rule modules (see src/rules/builtin-cache.ts), so that a run with the built-in rules needs
 * neither the YAML parser nor zod.
 */
import fs from 'node:fs';
import { loadRules } from '../src/rules/load.js';
import { ruleIds } from '../src/messages/index.js';
import { builtinCachePath, builtinCacheRecord } from '../src/rules/builtin-cache.js';

const rules = loadRules({ knownRuleIds: ruleIds });
fs.writeFileSync(builtinCachePath(), `${JSON.stringify(builtinCacheRecord(rules, ruleIds))}\n`);
