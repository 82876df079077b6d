/**
 * The text analysis one run may do. Each document's analysis is bounded (analyze.ts: 1,000,000
 * characters or 50,000 sentences, ~10–30 s at worst), but a folder of many documents each just under
 * that bound was not: a thousand of them ran for hours. A run (check) holds one budget in units of
 * analysis work — a sentence, or ten characters, is a unit (~0.2 ms) — charged by every document it
 * analyses; once spent, the documents it has not read yet are not analysed and come back with the
 * error `run-budget` (doc.run-budget: not checked, the run goes on and fails). Files whose facts come
 * from the fact cache cost nothing, and a record refused for the budget is not cached, so a second
 * run goes on where the first stopped. `inspect` and a single document have no run budget.
 *
 * Which files are refused depends on the order they are read in (concurrency): a run that spends the
 * budget fails either way.
 */

/** Units one run may analyse: a county of ~1,500 reports spends ~2 million; worst case ~20 minutes. */
export const MAX_RUN_TEXT_UNITS = 5_000_000;

/** The analysis work a document's facts cost: its sentences plus a tenth of its characters. */
export function textUnits(facts: { textLength: number; sentences?: readonly unknown[] }): number {
  return (facts.sentences?.length ?? 0) + Math.ceil(facts.textLength / 10);
}

export class TextBudget {
  private spentUnits = 0;
  constructor(readonly limit: number = MAX_RUN_TEXT_UNITS) {}
  /** Spent: documents not yet analysed are refused. */
  get spent(): boolean {
    return this.spentUnits >= this.limit;
  }
  charge(units: number): void {
    this.spentUnits += Math.max(0, units);
  }
}
