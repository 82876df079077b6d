/**
 * The element verdicts of a 说明报告 (checks/report-elements.ts), judged once per document and
 * rule parameters: the report check and the report's layout (report/build.ts skeletonOf) both
 * need them, and judging is most of what a warm re-run spends on a report. Remembered by the
 * identity of the facts object and of the rule parameters (both made anew by each run), frozen
 * so neither caller can change what the other sees. Nothing outlives the facts it came from.
 */
import type { DocumentFacts, ElementVerdict } from '../types.js';
import { UNSURE_BELOW, judgeElements, type ElementRules } from './report-elements.js';

type Doc = Pick<DocumentFacts, 'elements' | 'elementVetoes' | 'elementScores' | 'sections' | 'sentences'>;

const NO_RULES: ElementRules = Object.freeze({}) as ElementRules;
const memo = new WeakMap<Doc, WeakMap<ElementRules, Map<number, readonly ElementVerdict[]>>>();

/** The verdicts for the indicator's element rules and its band a person confirms (report.unsureBelow). */
export function elementVerdicts(doc: Doc, rules: ElementRules = NO_RULES, unsureBelow: number = UNSURE_BELOW): ElementVerdict[] {
  let byRules = memo.get(doc);
  if (!byRules) memo.set(doc, (byRules = new WeakMap()));
  let byBand = byRules.get(rules);
  if (!byBand) byRules.set(rules, (byBand = new Map()));
  let v = byBand.get(unsureBelow);
  if (!v) byBand.set(unsureBelow, (v = deepFreeze(judgeElements(doc, rules, unsureBelow).map((x) => markVeto(doc, x)))));
  return v as ElementVerdict[];
}

/** A missing element whose detector evidence the learned second opinion overruled says so, with the sentence it overruled. */
function markVeto(doc: Doc, v: ElementVerdict): ElementVerdict {
  const veto = v.status === 'missing' ? doc.elementVetoes?.[v.element] : undefined;
  const first = veto ? doc.sentences?.[veto.evidence[0]?.sentence ?? -1] : undefined;
  if (!veto || !first) return v;
  const at = first.page !== undefined ? { page: first.page } : {};
  return { ...v, vetoed: { evidence: first.text, ...at, sentenceScore: veto.sentenceScore, clauseScore: veto.clauseScore } };
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    for (const k of Object.keys(x)) deepFreeze((x as Record<string, unknown>)[k]);
    Object.freeze(x);
  }
  return x;
}
