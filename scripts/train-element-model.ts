/**
 * npm run train:elements — fits the learned second opinion on the five elements
 * (src/text/element-model*.ts) from fixtures/elements/train only, and writes
 * src/text/element-model-weights.ts. Deterministic: the same train/ and detector give the same
 * file (test/report/element-model.test.ts checks the committed file is current).
 *
 * Each train report is read as the .docx extractor reads it (paragraphs, styled headings) by the
 * text analysis; the detector's evidence BEFORE any veto is what the model learns from (positives:
 * the sentences it cites for E in reports labelled E-present; negatives: every sentence of reports
 * labelled E-missing). Thresholds: out-of-fold scores on author-set folds, by the veto policy
 * (VETO_POLICY in scripts/element-model-fit.ts). Fails when the fitted veto would overrule, on train,
 * more elements labelled present than the policy allows out of fold (false "missing" on train).
 * Options: --root DIR (default fixtures/elements), --out FILE, --check (compare, do not write).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readAll, readFrontMatter, exitOnError } from './corpus-front-matter.js';
import { analyzeText } from '../src/text/analyze.js';
import { judgeElements } from '../src/checks/report-elements.js';
import { loadRules } from '../src/rules/load.js';
import { MODEL_VIEWS, quantise } from '../src/text/element-model.js';
import { ELEMENTS, VETO_POLICY, allowance, chooseThresholds, combine, fitElement, type Dumped, type Model } from './element-model-fit.js';

export const MODEL_FILE = path.join('src', 'text', 'element-model-weights.ts');

/** One labelled report (fixtures/elements/README.md) with the detector's verdicts and evidence before any veto. */
export function readReport(file: string, elementRules = loadRules({ lang: 'zh' }).fallback.report.elements): Dumped {
  const { meta, body } = readFrontMatter<{ id?: string | number; labels?: Record<string, string> }>(file);
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '' || t === '<<<PAGE>>>') continue;
    if (line.startsWith('# ')) {
      paragraphs.push(line.slice(2).trim());
      headings.push(line.slice(2).trim());
    } else paragraphs.push(t);
  }
  // As src/extract/document.ts reads a .docx: paragraphs joined by line breaks, styled headings given.
  const facts = analyzeText({ pages: [paragraphs.join('\n')], paged: false, joinLines: false, headings });
  const elements = { ...facts.elements };
  for (const [e, v] of Object.entries(facts.elementVetoes ?? {})) elements[e] = v.evidence;
  const verdicts = judgeElements({ elements, sections: facts.sections, sentences: facts.sentences }, elementRules);
  const sentences = facts.sentences ?? [];
  return {
    id: String(meta.id ?? path.basename(file, '.md')).padStart(3, '0'),
    labelledMissing: ELEMENTS.filter((e) => meta.labels?.[e] === 'missing'),
    judgedMissing: verdicts.filter((v) => v.status === 'missing').map((v) => v.element),
    sentences: sentences.map((s) => ({ t: s.text, h: s.heading === true })),
    evidence: Object.fromEntries(ELEMENTS.map((e) => [e, (elements[e] ?? []).map((x) => x.sentence)])),
  };
}

export function readSplit(dir: string): Dumped[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
  const rules = loadRules({ lang: 'zh' }).fallback.report.elements;
  return readAll(files, (f) => readReport(path.join(dir, f), rules));
}

/**
 * The model file's source, the train reports whose labelled-present element the veto would overrule
 * (`${id} ${element}`), and the elements where those are more than the policy allows (its share of
 * the train reports labelled present that the detector passed).
 */
export function trainModel(reports: Dumped[]): { source: string; falseMissing: string[]; overAllowance: string[] } {
  const thresholds = chooseThresholds(reports, undefined, [...MODEL_VIEWS]);
  const model: Model = {};
  const lines: string[] = [];
  for (const v of MODEL_VIEWS) {
    model[v] = {};
    lines.push(`  ${v}: {`);
    for (const e of ELEMENTS) {
      const w = fitElement(reports, e, v);
      model[v][e] = w;
      const { scale, weights } = quantise(w);
      lines.push(`    ${e}: { scale: ${scale}, threshold: ${thresholds[v]![e]}, weights: '${weights}' },`);
    }
    lines.push('  },');
  }
  const falseMissing = reports.flatMap((r) => combine(r, model, thresholds).vetoed.filter((e) => !r.labelledMissing.includes(e)).map((e) => `${r.id} ${e}`));
  const overAllowance = ELEMENTS.filter((e) => {
    const present = reports.filter((r) => !r.labelledMissing.includes(e) && !r.judgedMissing.includes(e)).length;
    return falseMissing.filter((x) => x.endsWith(` ${e}`)).length > allowance(present, VETO_POLICY[e]?.share ?? 0);
  });
  const source = [
    '/**',
    ' * GENERATED by `npm run train:elements` (scripts/train-element-model.ts) from fixtures/elements/train',
    ' * and the element detector\'s evidence on it: do not edit. Per view and element, int8 weights over',
    ' * hashed character 1–3-grams and heading bigrams (base64, times scale) and the veto threshold',
    ' * (src/text/element-model.ts).',
    ' */',
    "import type { StoredModel } from './element-model.js';",
    '',
    '// prettier-ignore',
    'export const ELEMENT_MODEL: StoredModel = {',
    ...lines,
    '};',
    '',
  ].join('\n');
  return { source, falseMissing, overAllowance };
}

function main() {
  const args = process.argv.slice(2);
  const opt = (k: string) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = path.resolve(opt('--root') ?? 'fixtures/elements');
  const out = path.resolve(opt('--out') ?? MODEL_FILE);
  const reports = readSplit(path.join(root, 'train'));
  const { source, falseMissing, overAllowance } = trainModel(reports);
  console.log(`fitted on ${reports.length} train reports; ${(source.length / 1024).toFixed(0)} KB`);
  if (falseMissing.length > 0) console.log(`the veto overrules ${falseMissing.length} element(s) labelled present on train: ${falseMissing.join(', ')}`);
  if (overAllowance.length > 0) {
    console.error(`more than the veto policy allows on train for ${overAllowance.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  if (args.includes('--check')) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === source;
    console.log(same ? `${out} is current` : `${out} is NOT what train/ gives: run npm run train:elements`);
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(out, source);
  console.log(`wrote ${out}`);
  // The weights are a fact module: a warm cache would serve verdicts of the old ones (extractor-version-guard.test.ts).
  console.log('next: bump EXTRACTOR_VERSIONS.document and .ocr (src/extract/version.ts) and record the digest test/cache/extractor-version-guard.test.ts asks for');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    exitOnError(e);
  }
}
