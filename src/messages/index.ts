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

/** Null-prototype: `explain constructor` or a rule file's `severity: { toString: off }` is an unknown id, not a crash. */
export const catalog: Readonly<Record<string, RuleInfo>> = dict({
  ...coreMessages,
  ...photoMessages,
  ...reportMessages,
  ...registerMessages,
  ...reviewMessages,
  ...ocrMessages,
  ...kindMessages,
  ...videoMessages,
});

export const ruleIds: ReadonlySet<string> = new Set(Object.keys(catalog));

export function ruleInfo(id: string): RuleInfo {
  const info = catalog[id];
  if (!info) throw new Error(`unknown rule id: ${id}`);
  return info;
}

export function renderMessage(id: string, lang: Lang, args: Args): string {
  return ruleInfo(id).message[lang](args);
}
