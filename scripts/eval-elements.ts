/**
 * npm run eval:elements — accuracy of the five-element verdicts on the labelled corpus
 * (fixtures/elements/train and holdout, format in fixtures/elements/README or corpus-spec).
 * Each report is rendered to .docx (styled headings as Heading 1) and to PDF by the fixture
 * builders, read by the real extractor and judged by the real report check. Per element, with
 * "missing" as the positive class: precision, recall, F1; and the reports lacking an element
 * that passed. Train and holdout, .docx and PDF, are reported separately.
 *
 * Holdout texts are never printed: for holdout only ids and aggregate figures appear.
 * Options: --split train|holdout (default both), --verbose (train only: each wrong verdict with
 * the evidence sentence), --format docx|pdf (default both), --ids even|odd (only the reports whose
 * id is even / odd: tune on one half, measure the other) or --ids 601-662,801 (id ranges and single
 * ids, comma-separated: one author's slice of the corpus), --root DIR (default fixtures/elements),
 * --no-veto (the learned second opinion's vetoes undone: the rules alone, as train figures with the
 * retrained veto on hide what the rules pass).
 * An empty or missing split folder is reported as such and measures nothing.
 */
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ELEMENTS, judge, parse, type Format, type Labelled, type Split } from './element-corpus.js';
import { exitOnError, readAll } from './corpus-front-matter.js';

const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const fmt = (n: number) => n.toFixed(3);

/** --ids: 'even' / 'odd', or comma-separated ids and inclusive ranges (601-662,701-762,805). */
function idFilter(spec: string | undefined): (id: string) => boolean {
  if (spec === undefined) return () => true;
  if (spec === 'even' || spec === 'odd') return (id) => (Number.parseInt(id, 10) % 2 === 0) === (spec === 'even');
  const ranges = spec.split(',').map((part) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`--ids: '${part}' is not even, odd, an id or a range such as 601-662`);
    const range = [Number(m[1]), Number(m[2] ?? m[1])] as const;
    // A reversed range (662-601) would select nothing and print figures of nothing.
    if (range[0] > range[1]) throw new Error(`--ids: '${part}' runs backwards; write ${range[1]}-${range[0]}`);
    return range;
  });
  return (id) => {
    const n = Number.parseInt(id, 10);
    return ranges.some(([lo, hi]) => n >= lo && n <= hi);
  };
}

/** One element's line of figures ("missing" as positive); returns its F1. */
function printRow(e: string, c: { tp: number; fp: number; fn: number; tn: number }): number {
  const s = f1(c.tp, c.fp, c.fn);
  console.log(`   ${e}  ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f)}  (${c.tp} ${c.fp} ${c.fn} ${c.tn})`);
  return s.f;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (k: string) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const splits: Split[] = opt('--split') ? [opt('--split') as Split] : ['train', 'holdout'];
  const formats: Format[] = opt('--format') ? [opt('--format') as Format] : ['docx', 'pdf'];
  const verbose = args.includes('--verbose');
  const noVeto = args.includes('--no-veto');
  const root = path.resolve(opt('--root') ?? 'fixtures/elements');
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-eval-'));
  let allMet = true;
  let measured = 0;
  try {
    for (const split of splits) {
      const folder = path.join(root, split);
      const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.md')).sort() : [];
      // --ids even|odd or id ranges: one part of the corpus (tune on one part, measure another).
      const keep = idFilter(opt('--ids'));
      const reports = readAll(files, (f) => parse(path.join(folder, f), split)).filter((r) => keep(r.id));
      const lacking = reports.filter((r) => r.missing.size > 0).length;
      for (const format of formats) {
        console.log(`\n== ${split} · ${format}${noVeto ? ' · rules alone (--no-veto)' : ''} · ${reports.length} reports (${lacking} lacking an element)`);
        if (reports.length === 0) {
          // An empty or absent folder (a holdout not yet written) measures nothing and fails nothing.
          console.log(`   (no reports${existsSync(folder) ? '' : `: ${split}/ does not exist`}; nothing measured)`);
          continue;
        }
        measured++;
        const count = Object.fromEntries(ELEMENTS.map((e) => [e, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
        const passedLacking: string[] = [];
        // The band a person confirms (report.element-unsure): a lacking report whose lack was only
        // flagged is caught (it does not pass unread); a present element flagged costs a person's look.
        const flaggedLacking: string[] = [];
        const completeFlagged: string[] = [];
        let presentFlagged = 0;
        const withUnsure = Object.fromEntries(ELEMENTS.map((e) => [e, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
        const unread: string[] = [];
        // An element heading judged empty although the element is labelled present: a false failure.
        const falseEmpty: string[] = [];
        for (const r of reports) {
          const j = await judge(dir, r, format, noVeto);
          if (j.error) unread.push(r.id);
          let lackPassed = false;
          let lackFlagged = false;
          for (const e of ELEMENTS) {
            const truth = r.missing.has(e);
            const said = j.missing.has(e);
            const flagged = !said && j.unsure.has(e);
            const c = count[e];
            if (truth && said) c.tp++;
            else if (!truth && said) c.fp++;
            else if (truth && !said) {
              c.fn++;
              if (flagged) lackFlagged = true;
              else lackPassed = true;
            } else c.tn++;
            const u = withUnsure[e];
            if (truth && (said || flagged)) u.tp++;
            else if (!truth && (said || flagged)) u.fp++;
            else if (truth) u.fn++;
            else u.tn++;
            if (!truth && flagged) presentFlagged++;
            if (verbose && split === 'train' && truth !== said) {
              const v = j.verdicts.find((x) => x.element === e);
              console.log(`   ${r.id} ${e}: labelled ${truth ? 'missing' : 'present'}, judged ${said ? 'missing' : 'present'}${v?.evidence ? ` — ${v.evidence}` : ''}`);
            }
          }
          if (lackPassed) passedLacking.push(r.id);
          else if (lackFlagged) flaggedLacking.push(r.id);
          if (r.missing.size === 0 && j.missing.size === 0 && j.unsure.size > 0) completeFlagged.push(r.id);
          const wrongEmpty = j.empty.filter((e) => !r.missing.has(e));
          if (wrongEmpty.length > 0) {
            falseEmpty.push(r.id);
            if (verbose && split === 'train') console.log(`   ${r.id} element-empty on present element(s): ${wrongEmpty.join('、')}`);
          }
        }
        console.log('   element    P      R      F1     (tp fp fn tn)');
        for (const e of ELEMENTS) if (printRow(e, count[e]) < 0.98) allMet = false;
        if (passedLacking.length > 0) allMet = false;
        console.log(`   reports lacking an element whose lack was not found: ${passedLacking.length}${passedLacking.length ? ` [${passedLacking.join(', ')}]` : ''}`);
        if (!noVeto) {
          // The same figures with the band a person confirms counted as "missing" (the report does not pass unread).
          console.log('   with report.element-unsure counted as not passing (missing or to confirm):');
          for (const e of ELEMENTS) printRow(e, withUnsure[e]);
          console.log(`   lacking reports caught only by report.element-unsure (sent to a person): ${flaggedLacking.length}${flaggedLacking.length && verbose ? ` [${flaggedLacking.join(', ')}]` : ''}`);
          console.log(`   complete reports sent to a person (report.element-unsure, nothing missing): ${completeFlagged.length} of ${reports.length - lacking}; present elements flagged: ${presentFlagged}`);
        }
        console.log(`   reports with report.element-empty on an element labelled present (its heading is empty or our tests missed it): ${falseEmpty.length}${falseEmpty.length ? ` [${falseEmpty.join(', ')}]` : ''}`);
        if (unread.length) console.log(`   not readable: ${unread.join(', ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\ntargets (F1 ≥ 0.98 on every element, no report lacking an element passes): ${measured === 0 ? 'nothing measured' : allMet ? 'met' : 'NOT met'}`);
}

main().catch(exitOnError);
