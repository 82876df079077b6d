/**
 * The veto policy's protocol (docs/elements.md, "Session 15: the veto policy"): how the learned second
 * opinion's thresholds generalise to a set written by strangers. For each recent authoring set k,
 * the model is fitted on every train report of the sets before k, its thresholds chosen from those
 * reports alone by each policy (fold scheme × allowed share of present reports overruled out of fold),
 * and it is combined with the CURRENT rule detector's verdicts on set k (this checkout's, as the
 * training script reads train/). Prints, per policy and set, the reports lacking an element that pass
 * and, per vetoed element, false "missing" added and F1 ("missing" the positive class).
 * Usage: node dist/scripts/element-model-policy.js [--dump FILE.jsonl] [--sets 9,10,11,12,13]
 * [--shares q0,j0,j0.0025c0.5] [--folds set,legacy,mod5,author10]
 * --dump: the train reports as dumped by a previous run (written there when absent).
 * --test-dump FILE: each set k scored in another reading's dump (e.g. its PDF reading), fitted on --dump.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VETO_ELEMENTS } from '../src/text/element-model-veto.js';
import { ELEMENTS, VIEWS, authorSet, bestEvidence, f1, fit, outOfFoldScores, readDump, setOrder, tallyVerdicts, thresholdsFrom, type Dumped, type Fold, type VetoPolicy } from './element-model-fit.js';
import { readSplit } from './train-element-model.js';

/** Fold schemes compared: the former one (sets from the eleventh on as one), one per set, by id, by author block. */
const FOLDS: Record<string, Fold> = {
  legacy: (r) => (setOrder(authorSet(r.id)) >= 11 ? '11+' : authorSet(r.id)),
  set: (r) => authorSet(r.id),
  mod5: (r) => String(Number.parseInt(r.id, 10) % 5),
  author10: (r) => String(Math.floor(Number.parseInt(r.id, 10) / 100) % 10),
};


function main() {
  const args = process.argv.slice(2);
  const opt = (k: string) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dump = opt('--dump');
  let reports: Dumped[];
  if (dump && existsSync(dump)) reports = readDump(dump);
  else {
    reports = readSplit(path.resolve('fixtures/elements/train'));
    if (dump) writeFileSync(dump, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  const sets = (opt('--sets') ?? '9,10,11,12,13').split(',');
  // --dumps 13=FILE,12=FILE: set k read from its own dump (e.g. the detector as it was when set k was measured).
  const perSet = new Map((opt('--dumps') ?? '').split(',').filter((x) => x !== '').map((x) => x.split('=') as [string, string]));
  const all = reports;
  // --test-dump FILE: set k scored as another reading gives it (a PDF dump: the model still learns from --dump).
  const testDump = opt('--test-dump') !== undefined ? readDump(opt('--test-dump')!) : undefined;
  // A policy: q (quantile) or j (joint) and one share for every element (q0.0025, j0), or per
  // element: 主体责任=q0/具体措施=j0/取得成效=j0.0025 (an element not named: q0, the former rule).
  // A trailing cN caps every view's threshold at N (j0.0025c0.5: joint, 0.25 %, no threshold above 0.5).
  const parse = (x: string) => {
    const [share, cap] = x.slice(1).split('c');
    return { rule: (x[0] === 'j' ? 'joint' : 'quantile') as 'joint' | 'quantile', share: Number(share), ...(cap !== undefined ? { cap: Number(cap) } : {}) };
  };
  const policies = (opt('--shares') ?? 'q0,j0,q0.0025,j0.0025,q0.005,q0.01').split(',').map((x) => {
    if (!x.includes('=')) return { name: x, policy: Object.fromEntries(ELEMENTS.map((e) => [e, parse(x)])) as VetoPolicy };
    const m = Object.fromEntries(x.split('/').map((y) => y.split('=')).map(([e, v]) => [e, parse(v)]));
    return { name: x, policy: Object.fromEntries(ELEMENTS.map((e) => [e, m[e] ?? parse('q0')])) as VetoPolicy };
  });
  const folds = (opt('--folds') ?? 'legacy,set,mod5,author10').split(',');
  const views = VIEWS;
  const elements = VETO_ELEMENTS;
  type Row = { policy: string; set: string; passedAlone: number; passed: number; right: number; wrong: Record<string, number>; f1Alone: Record<string, number>; f1: Record<string, number>; present: Record<string, number> };
  const rows: Row[] = [];
  for (const k of sets) {
    const reports = perSet.has(k) ? readDump(perSet.get(k)!) : all;
    const train = reports.filter((r) => setOrder(authorSet(r.id)) < setOrder(k));
    const test = (testDump ?? reports).filter((r) => authorSet(r.id) === k);
    const t0 = Date.now();
    const model = fit(train, undefined, views, elements);
    // Each test report's best-evidence score per element and view (undefined: the detector cited nothing).
    const scored = test.map((r) => Object.fromEntries(elements.map((e) => [e, views.map((u) => bestEvidence(r, e, model[u]![e], u))])));
    console.error(`set ${k}: ${test.length} reports, fitted on ${train.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    for (const fname of folds) {
      const t1 = Date.now();
      const oof = outOfFoldScores(train, undefined, views, FOLDS[fname], elements);
      console.error(`  folds ${fname}: ${((Date.now() - t1) / 1000).toFixed(0)} s`);
      for (const { name, policy } of policies) {
        const th = thresholdsFrom(oof, views, policy);
        const tally = (withModel: boolean) => {
          let right = 0;
          const wrong: Record<string, number> = Object.fromEntries(elements.map((e) => [e, 0]));
          const { tally: t, passed } = tallyVerdicts(test, (r, i) => {
            const said = new Set(r.judgedMissing);
            if (withModel) {
              for (const e of elements) {
                if (said.has(e)) continue;
                const s = scored[i][e];
                if (s.every((b, v) => b !== undefined && b < th[views[v]]![e])) {
                  said.add(e);
                  if (r.labelledMissing.includes(e)) right++;
                  else wrong[e]++;
                }
              }
            }
            return said;
          });
          return { t, passed: passed.length, right, wrong };
        };
        const a = tally(false);
        const b = tally(true);
        rows.push({
          policy: `${fname} ${name}`,
          set: k,
          passedAlone: a.passed,
          passed: b.passed,
          right: b.right,
          wrong: b.wrong,
          f1Alone: Object.fromEntries(elements.map((e) => [e, f1(a.t[e])])),
          f1: Object.fromEntries(elements.map((e) => [e, f1(b.t[e])])),
          present: Object.fromEntries(elements.map((e) => [e, oof[e].length])),
        });
        const r = rows[rows.length - 1];
        console.log(`${r.policy}\tset ${k}\tpassed ${r.passedAlone} -> ${r.passed}\tright ${r.right}\twrong ${elements.map((e) => r.wrong[e]).join('/')}\tF1 ${elements.map((e) => `${r.f1Alone[e].toFixed(3)}->${r.f1[e].toFixed(3)}`).join(' ')}\tthresholds ${elements.map((e) => views.map((u) => th[u]![e].toFixed(3)).join('/')).join(' ')}`);
      }
    }
  }
  console.log('\n| policy | ' + sets.map((k) => `set ${k}`).join(' | ') + ' | total passed | wrong (' + elements.join('/') + ') | mean F1 ' + elements.join(' / ') + ' |');
  console.log('|' + '---|'.repeat(sets.length + 4));
  const alone = rows.filter((r) => r.policy === rows[0].policy);
  console.log(`| detector alone | ${alone.map((r) => r.passedAlone).join(' | ')} | ${alone.reduce((s, r) => s + r.passedAlone, 0)} | 0 | ${elements.map((e) => (alone.reduce((s, r) => s + r.f1Alone[e], 0) / alone.length).toFixed(4)).join(' / ')} |`);
  for (const p of [...new Set(rows.map((r) => r.policy))]) {
    const rs = rows.filter((r) => r.policy === p);
    console.log(`| ${p} | ${rs.map((r) => `${r.passed} (${r.right}/${elements.reduce((s, e) => s + r.wrong[e], 0)})`).join(' | ')} | ${rs.reduce((s, r) => s + r.passed, 0)} | ${elements.map((e) => rs.reduce((s, r) => s + r.wrong[e], 0)).join('/')} | ${elements.map((e) => (rs.reduce((s, r) => s + r.f1[e], 0) / rs.length).toFixed(4)).join(' / ')} |`);
  }
}

main();
