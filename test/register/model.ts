/** Builds the small models the checks run on, and runs checks with a collecting emit. */
import type { Check, CheckContext, Emitted, IndicatorModel, UnitModel } from '../../src/checks/types.js';
import type { ExtractedFile } from '../../src/types.js';
import type { ResolvedIndicator, RuleSet } from '../../src/rules/schema.js';
import { loadRules } from '../../src/rules/load.js';
import { registerMessages } from '../../src/messages/register.js';

export type Hit = Emitted & { ruleId: string; zh: string; en: string };

export function ruleSet(period: { start: string; end: string }): RuleSet {
  return { ...loadRules(), period };
}

export function indicator(rules: RuleSet, key: string, files: ExtractedFile[], patch: Partial<ResolvedIndicator> = {}): IndicatorModel {
  const def = rules.indicators.find((i) => i.key === key)!;
  return { key, def: { ...def, ...patch }, known: true, folder: `县教育局/${def.code} ${def.name}`, files };
}

export function unitOf(ind: IndicatorModel): UnitModel {
  return { name: '县教育局', folder: '县教育局', indicators: [ind], assigned: [ind.key], rootFiles: [], files: ind.files };
}

/** Runs checks the way evaluate() does (file checks per file of the indicator, then indicator checks). */
export function run(checks: Check[], ind: IndicatorModel, rules: RuleSet): Hit[] {
  const ctx: CheckContext = { rules, asOf: '2026-10-01' };
  const unit = unitOf(ind);
  const hits: Hit[] = [];
  const emit = (ruleId: string, at: Emitted = {}) => {
    const info = (registerMessages as Record<string, (typeof registerMessages)[keyof typeof registerMessages]>)[ruleId];
    if (!info) throw new Error(`rule id without a message: ${ruleId}`);
    hits.push({ ruleId, ...at, zh: info.message.zh(at.args ?? {}), en: info.message.en(at.args ?? {}) });
  };
  for (const c of checks) {
    if (c.scope === 'file') for (const f of ind.files) if (c.kinds.includes(f.kind)) c.run(f, ind, unit, ctx, emit);
    if (c.scope === 'indicator') c.run(ind, unit, ctx, emit);
  }
  return hits;
}
