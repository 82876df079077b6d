/** The one message catalog: every rule id with its severity and its zh/en texts. */
import type { Args, RuleInfo } from './types.js';
import type { Lang } from '../types.js';
import { coreMessages } from './core.js';
import { photoMessages } from './photo.js';
import { reportMessages } from './report.js';
import { registerMessages } from './register.js';
import { dict } from '../util/dict.js';
import { reviewMessages } from './review.js';
import { ocrMessages } from './ocr.js';
import { kindMessages } from './kinds.js';
import { videoMessages } from './video.js';
import { unitLabel } from './units.js';

const families = {
  ...coreMessages,
  ...photoMessages,
  ...reportMessages,
  ...registerMessages,
  ...reviewMessages,
  ...ocrMessages,
  ...kindMessages,
  ...videoMessages,
};

/**
 * Every rule id, as a union derived from the catalog's keys: a misspelt id in `emit(…)`, in a
 * finding or in a table of ids is a compile error. Ids read from outside the code (a rule file,
 * a review record, the command line) are checked with `isRuleId` and refused with "did you mean".
 */
export type RuleId = keyof typeof families;

declare module '../types.js' {
  // Finding.ruleId is this union (src/types.ts cannot import the catalog: it is the base layer).
  interface RuleIdRegistry extends Record<RuleId, true> {}
}

/** Null-prototype: `explain constructor` or a rule file's `severity: { toString: off }` is an unknown id, not a crash. */
export const catalog: Readonly<Record<RuleId, RuleInfo>> = dict<RuleInfo>(families) as Record<RuleId, RuleInfo>;

export const ruleIds: ReadonlySet<RuleId> = new Set(Object.keys(catalog) as RuleId[]);

/** A string from outside the code (rule file, review record, CLI) that names a rule. */
export function isRuleId(id: string): id is RuleId {
  return (ruleIds as ReadonlySet<string>).has(id);
}

export function ruleInfo(id: RuleId): RuleInfo {
  const info = catalog[id];
  if (!info) throw new Error(`unknown rule id: ${id}`);
  return info;
}

/** A finding's text in a language; a unit's second folder named in it (args.unit) as that language says it. */
export function renderMessage(id: RuleId, lang: Lang, args: Args): string {
  const unit = args.unit;
  const shown = typeof unit === 'string' ? unitLabel(unit, lang) : unit;
  return ruleInfo(id).message[lang](shown === unit ? args : { ...args, unit: shown });
}
