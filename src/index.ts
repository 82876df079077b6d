/** ledger-check as a library: check(options) → Report, plus the pieces a host may want. */
export { check, checkShard, UsageError, type CheckOptions } from './check.js';
export { mergeShards, readShard, MergeError, type MergeProblem } from './report/merge.js';
export { parseShardSpec, type ShardFile, type ShardSpec } from './report/shard.js';
export { inspect, type Inspected } from './inspect.js';
export { loadRules, RuleFileError, formatProblem, findConfigFile } from './rules/load.js';
// findConfigFile throws it when one folder holds two rule files (.ledger-check.yaml beside .json).
export { ControlFileClash } from './rules/files.js';
export { ruleFileSchema, type RuleSet, type RuleFile } from './rules/schema.js';
export { catalog, ruleIds, renderMessage, isRuleId, type RuleId } from './messages/index.js';
export { formatters } from './format/index.js';
export { normalizeIndicatorCode } from './rules/indicator-code.js';
export type * from './types.js';
