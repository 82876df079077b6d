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
 * ids, comma-separated: one author's slice of the corpus), --root DIR (default fixtures/elements).
 * An empty or missing split folder is reported as such and measures nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { makeDocx } from '../fixtures/build/docx.js';
import { makePdf } from '../fixtures/build/pdf.js';
import { extractDocument } from '../src/extract/document.js';
import { reportChecks } from '../src/checks/report.js';
import { judgeElements } from '../src/checks/report-elements.js';
import { loadRules } from '../src/rules/load.js';
import type { Container, DiscoveredFile, ExtractedFile } from '../src/types.js';
import type { CheckContext, IndicatorModel, UnitModel } from '../src/checks/types.js';

const ELEMENTS = ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效'] as const;
type Split = 'train' | 'holdout';
type Format = 'docx' | 'pdf';

interface Labelled {
  id: string;
  split: Split;
  unit: string;
  missing: Set<string>;
  /** Paragraphs; heading = a styled heading (a line starting "# "); page = page-break marker. */
  body: ({ text: string; heading: boolean } | 'page')[];
}

function parse(file: string, split: Split): Labelled {
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${path.basename(file)}: no front matter`);
  const meta = YAML.parse(m[1]) as { id?: string | number; unit?: string; labels?: Record<string, string> };
  const labels = meta.labels ?? {};
  for (const el of ELEMENTS) if (labels[el] !== 'present' && labels[el] !== 'missing') throw new Error(`${path.basename(file)}: label ${el} is ${labels[el]}`);
  const body: Labelled['body'] = [];
  for (const line of m[2].split(/\r?\n/)) {
    const t = line.trim();
    if (t === '') continue;
    if (t === '<<<PAGE>>>') body.push('page');
    else if (line.startsWith('# ')) body.push({ text: line.slice(2).trim(), heading: true });
    else body.push({ text: t, heading: false });
  }
  return {
    id: String(meta.id ?? path.basename(file, '.md')).padStart(3, '0'),
    split,
    unit: meta.unit ?? '县教育局',
    missing: new Set(ELEMENTS.filter((e) => labels[e] === 'missing')),
    body,
  };
}

async function render(r: Labelled, format: Format): Promise<Buffer> {
  if (format === 'docx') {
    return makeDocx({
      paragraphs: r.body.filter((p) => p !== 'page').map((p) => (p.heading ? { text: p.text, heading: 1 as const } : { text: p.text })),
      created: '2025-06-12T01:00:00Z',
    });
  }
  const pages: string[][] = [[]];
  for (const p of r.body) {
    if (p === 'page') pages.push([]);
    else pages[pages.length - 1].push(p.text);
  }
  return makePdf({ pages: pages.filter((p) => p.length > 0), info: { creationDate: '2025-06-12T09:00:00+08:00' } });
}

const rules = loadRules({ lang: 'zh' });

/** The real extraction and the real report check; returns the elements judged missing and the verdicts. */
async function judge(dir: string, r: Labelled, format: Format) {
  const name = `${r.id}.${format}`;
  const abs = path.join(dir, name);
  const data = await render(r, format);
  writeFileSync(abs, data);
  const file: DiscoveredFile = {
    path: `${r.unit}/说明报告/${name}`,
    absPath: Buffer.from(abs),
    name,
    nameRepaired: false,
    size: data.length,
    container: format as Container,
    kind: 'report',
    unit: r.unit,
    indicator: null,
    notes: [],
  };
  const x = await extractDocument(file);
  const ex: ExtractedFile = { ...file, facts: x.facts, error: x.error };
  const def = rules.fallback;
  const ind: IndicatorModel = { key: 'X-0', def, known: false, folder: `${r.unit}/说明报告`, files: [ex] };
  const unit: UnitModel = { name: r.unit, folder: r.unit, indicators: [ind], assigned: [], rootFiles: [], files: [ex] };
  const ctx: CheckContext = { rules, asOf: '2025-08-15' };
  const missing = new Set<string>();
  const empty: string[] = [];
  let elementFindings = 0;
  for (const c of reportChecks) {
    if (c.scope !== 'file' || !c.kinds.includes('report')) continue;
    c.run(ex, ind, unit, ctx, (id, at) => {
      if (id === 'report.element-missing' && at?.location?.element) missing.add(at.location.element);
      if (id === 'report.element-empty' && at?.location?.element) empty.push(at.location.element);
      if (id === 'report.element-missing' || id === 'report.element-empty') elementFindings++;
    });
  }
  const verdicts = ex.facts.type === 'document' ? judgeElements(ex.facts, def.report.elements) : [];
  return { missing, empty, elementFindings, verdicts, error: x.error };
}

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

async function main() {
  const args = process.argv.slice(2);
  const opt = (k: string) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const splits: Split[] = opt('--split') ? [opt('--split') as Split] : ['train', 'holdout'];
  const formats: Format[] = opt('--format') ? [opt('--format') as Format] : ['docx', 'pdf'];
  const verbose = args.includes('--verbose');
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
      const reports = files.map((f) => parse(path.join(folder, f), split)).filter((r) => keep(r.id));
      const lacking = reports.filter((r) => r.missing.size > 0).length;
      for (const format of formats) {
        console.log(`\n== ${split} · ${format} · ${reports.length} reports (${lacking} lacking an element)`);
        if (reports.length === 0) {
          // An empty or absent folder (a holdout not yet written) measures nothing and fails nothing.
          console.log(`   (no reports${existsSync(folder) ? '' : `: ${split}/ does not exist`}; nothing measured)`);
          continue;
        }
        measured++;
        const count = Object.fromEntries(ELEMENTS.map((e) => [e, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
        const passedLacking: string[] = [];
        const unread: string[] = [];
        // An element heading judged empty although the element is labelled present: a false failure.
        const falseEmpty: string[] = [];
        for (const r of reports) {
          const j = await judge(dir, r, format);
          if (j.error) unread.push(r.id);
          let lackPassed = false;
          for (const e of ELEMENTS) {
            const truth = r.missing.has(e);
            const said = j.missing.has(e);
            const c = count[e];
            if (truth && said) c.tp++;
            else if (!truth && said) c.fp++;
            else if (truth && !said) {
              c.fn++;
              lackPassed = true;
            } else c.tn++;
            if (verbose && split === 'train' && truth !== said) {
              const v = j.verdicts.find((x) => x.element === e);
              console.log(`   ${r.id} ${e}: labelled ${truth ? 'missing' : 'present'}, judged ${said ? 'missing' : 'present'}${v?.evidence ? ` — ${v.evidence}` : ''}`);
            }
          }
          if (lackPassed) passedLacking.push(r.id);
          const wrongEmpty = j.empty.filter((e) => !r.missing.has(e));
          if (wrongEmpty.length > 0) {
            falseEmpty.push(r.id);
            if (verbose && split === 'train') console.log(`   ${r.id} element-empty on present element(s): ${wrongEmpty.join('、')}`);
          }
        }
        console.log('   element    P      R      F1     (tp fp fn tn)');
        for (const e of ELEMENTS) {
          const c = count[e];
          const s = f1(c.tp, c.fp, c.fn);
          if (s.f < 0.98) allMet = false;
          console.log(`   ${e}  ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f)}  (${c.tp} ${c.fp} ${c.fn} ${c.tn})`);
        }
        if (passedLacking.length > 0) allMet = false;
        console.log(`   reports lacking an element whose lack was not found: ${passedLacking.length}${passedLacking.length ? ` [${passedLacking.join(', ')}]` : ''}`);
        console.log(`   reports with report.element-empty on an element labelled present (its heading is empty or our tests missed it): ${falseEmpty.length}${falseEmpty.length ? ` [${falseEmpty.join(', ')}]` : ''}`);
        if (unread.length) console.log(`   not readable: ${unread.join(', ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\ntargets (F1 ≥ 0.98 on every element, no report lacking an element passes): ${measured === 0 ? 'nothing measured' : allMet ? 'met' : 'NOT met'}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
