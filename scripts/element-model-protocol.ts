/**
 * The honest measurement of the learned second opinion (issue 11): leave-one-set-out over the
 * held-aside sets 4–10 in time order. For set k the model is fitted only on the reports that were in
 * train/ when set k was measured, its thresholds chosen on author-set folds of those, and it is
 * combined with the rule detector's verdicts as they were when set k was measured.
 *
 * Input: a folder holding, per set k, `k-train.jsonl` and `k-holdout.jsonl`, dumped by
 * scripts/dump-element-verdicts.ts in a checkout of the commit where set k was measured
 * (4: 47e0f85, 5: 0e73bf9, 6: ac93d09, 7: 9017986, 8: dd55fd1, 9: 715b8dc, 10: 1b92a8d), its
 * holdout/ holding today's train/ reports of set k's id range. From set 8 on those commits carry a
 * second opinion of their own: it is switched off there before dumping (VETO_ELEMENTS = []), so the
 * dump is the rule detector alone. Prints, per set and element, F1 with "missing" as the positive
 * class and the reports lacking an element that passed: detector alone vs detector + second
 * opinion, and the totals. Usage: node dist/scripts/element-model-protocol.js DIR [--sets 4,5,6,7,8,9,10]
 */
import path from 'node:path';
import { ELEMENTS, chooseThresholds, combine, f1, fit, readDump, tallyVerdicts, type Dumped } from './element-model-fit.js';

const read = readDump;

function score(reports: Dumped[], missingOf: (r: Dumped) => Set<string>) {
  const { tally, passed } = tallyVerdicts(reports, (r) => missingOf(r));
  return { f1: Object.fromEntries(ELEMENTS.map((e) => [e, f1(tally[e])])), tally, passed };
}

function main() {
  const args = process.argv.slice(2);
  const dir = args[0];
  const si = args.indexOf('--sets');
  const sets = si >= 0 ? args[si + 1].split(',') : ['4', '5', '6', '7', '8', '9', '10'];
  const total = { alone: 0, both: 0, right: 0, wrong: 0 };
  const sum = { alone: Object.fromEntries(ELEMENTS.map((e) => [e, 0])), both: Object.fromEntries(ELEMENTS.map((e) => [e, 0])) };
  for (const k of sets) {
    const train = read(path.join(dir, `${k}-train.jsonl`));
    const test = read(path.join(dir, `${k}-holdout.jsonl`));
    const thresholds = chooseThresholds(train);
    const model = fit(train);
    const lacking = test.filter((r) => r.labelledMissing.length > 0).length;
    const alone = score(test, (r) => new Set(r.judgedMissing));
    const vetoes: string[] = [];
    const both = score(test, (r) => {
      const c = combine(r, model, thresholds);
      for (const e of c.vetoed) vetoes.push(`${r.id} ${e} (${r.labelledMissing.includes(e) ? 'right' : 'WRONG'})`);
      return c.missing;
    });
    // The veto on the reports it was fitted on: a labelled-present element vetoed is a false "missing" on train.
    const trainWrong = train.filter((r) => combine(r, model, thresholds).vetoed.some((e) => !r.labelledMissing.includes(e))).length;
    console.log(`\n== set ${k}: ${test.length} reports (${lacking} lacking an element); fitted on ${train.length} train reports`);
    for (const [u, t] of Object.entries(thresholds)) console.log(`   thresholds (${u}): ${ELEMENTS.map((e) => `${e} ${t[e].toFixed(4)}`).join(', ')}`);
    console.log('   element    F1 alone  F1 +model  (tp fp fn alone → +model)');
    for (const e of ELEMENTS) {
      const a = alone.tally[e];
      const b = both.tally[e];
      console.log(`   ${e}  ${alone.f1[e].toFixed(3)}     ${both.f1[e].toFixed(3)}      (${a.tp} ${a.fp} ${a.fn} → ${b.tp} ${b.fp} ${b.fn})`);
      sum.alone[e] += alone.f1[e];
      sum.both[e] += both.f1[e];
    }
    console.log(`   lacking an element passed: alone ${alone.passed.length}, +model ${both.passed.length}`);
    total.alone += alone.passed.length;
    total.both += both.passed.length;
    total.right += vetoes.filter((v) => v.endsWith('(right)')).length;
    total.wrong += vetoes.filter((v) => v.endsWith('(WRONG)')).length;
    console.log(`   vetoes: ${vetoes.length}${vetoes.length ? ` [${vetoes.join('; ')}]` : ''}`);
    console.log(`   train reports with a labelled-present element vetoed: ${trainWrong}`);
  }
  console.log(`\n== sets ${sets.join(', ')}: lacking an element passed alone ${total.alone}, +model ${total.both}; vetoes right ${total.right}, wrong ${total.wrong}`);
  console.log(`== mean F1 over sets ${sets.join(', ')}`);
  for (const e of ELEMENTS) console.log(`   ${e}  alone ${(sum.alone[e] / sets.length).toFixed(3)}  +model ${(sum.both[e] / sets.length).toFixed(3)}`);
}

main();
