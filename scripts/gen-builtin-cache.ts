/**
 * Part of `npm run build`: resolve rules/builtin.yaml once and write it next to the compiled
 * rule modules (see src/rules/builtin-cache.ts), so that a run with the built-in rules needs
 * neither the YAML parser nor zod; then the stat shortcut beside it (this machine's only).
 */
import fs from 'node:fs';
import { loadRules } from '../src/rules/load.js';
import { ruleIds } from '../src/messages/index.js';
import { builtinCachePath, builtinCacheRecord, writeStatShortcut } from '../src/rules/builtin-cache.js';

const rules = loadRules({ knownRuleIds: ruleIds });
fs.writeFileSync(builtinCachePath(), `${JSON.stringify(builtinCacheRecord(rules, ruleIds))}\n`);
if (!writeStatShortcut()) process.stdout.write('built-in rules: an input is as new as the resolved set (racy): no stat shortcut, runs compare contents\n');
