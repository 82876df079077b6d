/**
 * The labelled report corpus (fixtures/elements, format in its README) as the element scripts read
 * it: parse one report's front matter and body, render it to .docx or PDF with the fixture builders,
 * and judge it with the real extractor and the real report check. Shared by eval:elements and by
 * the learned second opinion's protocol (scripts/dump-element-verdicts.ts; to dump an old checkout,
 * copy both files and corpus-front-matter.ts into it).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CorpusError, readFrontMatter } from './corpus-front-matter.js';
import { makeDocx } from '../fixtures/build/docx.js';
import { makePdf } from '../fixtures/build/pdf.js';
import { extractDocument } from '../src/extract/document.js';
import { reportChecks } from '../src/checks/report.js';
import { judgeElements } from '../src/checks/report-elements.js';
import { loadRules } from '../src/rules/load.js';
import type { Container, DiscoveredFile, DocumentFacts, ExtractedFile } from '../src/types.js';
import type { CheckContext, IndicatorModel, UnitModel } from '../src/checks/types.js';

export const ELEMENTS = ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效'] as const;
export type Split = 'train' | 'holdout';
export type Format = 'docx' | 'pdf';

export interface Labelled {
  id: string;
  split: Split;
  unit: string;
  missing: Set<string>;
  /** Paragraphs; heading = a styled heading (a line starting "# "); page = page-break marker. */
  body: ({ text: string; heading: boolean } | 'page')[];
}

export function parse(file: string, split: Split): Labelled {
  const { meta, body: text } = readFrontMatter<{ id?: string | number; unit?: string; labels?: Record<string, string> }>(file);
  const labels = meta.labels ?? {};
  for (const el of ELEMENTS) if (labels[el] !== 'present' && labels[el] !== 'missing') throw new CorpusError(`${path.basename(path.dirname(file))}/${path.basename(file)}: label ${el} is ${labels[el]} (present or missing)`);
  const body: Labelled['body'] = [];
  for (const line of text.split(/\r?\n/)) {
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

export async function render(r: Labelled, format: Format): Promise<Buffer> {
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
/**
 * Judge one labelled report as the check does. noVeto: the learned second opinion's vetoes undone
 * (the rules alone: the veto is retrained on train, so train figures with it on hide the rules' passes).
 */
export async function judge(dir: string, r: Labelled, format: Format, noVeto = false) {
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
  const ex: ExtractedFile = { ...file, facts: noVeto ? withoutVetoes(x.facts) : x.facts, error: x.error };
  const def = rules.fallback;
  const ind: IndicatorModel = { key: 'X-0', def, known: false, folder: `${r.unit}/说明报告`, files: [ex] };
  const unit: UnitModel = { name: r.unit, folder: r.unit, indicators: [ind], assigned: [], rootFiles: [], files: [ex] };
  const ctx: CheckContext = { rules, asOf: '2025-08-15' };
  const missing = new Set<string>();
  // Present only on a person's word (report.element-unsure): the file is not checked until one confirms it.
  const unsure = new Set<string>();
  const empty: string[] = [];
  let elementFindings = 0;
  for (const c of reportChecks) {
    if (c.scope !== 'file' || !c.kinds.includes('report')) continue;
    c.run(ex, ind, unit, ctx, (id, at) => {
      if (id === 'report.element-missing' && at?.location?.element) missing.add(at.location.element);
      if (id === 'report.element-unsure' && at?.location?.element) unsure.add(at.location.element);
      if (id === 'report.element-empty' && at?.location?.element) empty.push(at.location.element);
      if (id === 'report.element-missing' || id === 'report.element-empty') elementFindings++;
    });
  }
  const verdicts = ex.facts.type === 'document' ? judgeElements(ex.facts, def.report.elements) : [];
  // What the learned second opinion's protocol dumps (scripts/dump-element-verdicts.ts): sentences and cited evidence.
  const doc = ex.facts.type === 'document' ? ex.facts : undefined;
  const sentences = (doc?.sentences ?? []).map((s) => ({ t: s.text, h: s.heading === true }));
  const evidence = Object.fromEntries(ELEMENTS.map((e) => [e, (doc?.elements?.[e] ?? []).map((v) => v.sentence)]));
  // The words each test matched, per element and sentence (the lead's debugging scripts print them).
  const words = Object.fromEntries(ELEMENTS.map((e) => [e, (doc?.elements?.[e] ?? []).map((v) => [v.sentence, v.words] as const)]));
  return { missing, unsure, empty, elementFindings, verdicts, error: x.error, sentences, evidence, words };
}

/** The facts with every vetoed element's evidence put back and no scores to weigh (the detector's rules alone, no learned model). */
function withoutVetoes<F extends { type: string }>(facts: F): F {
  if (facts.type !== 'document') return facts;
  const doc = facts as unknown as DocumentFacts;
  if (doc.elementVetoes === undefined && doc.elementScores === undefined) return facts;
  const elements = { ...doc.elements };
  for (const [e, v] of Object.entries(doc.elementVetoes ?? {})) elements[e] = v.evidence;
  return { ...doc, elements, elementVetoes: undefined, elementScores: undefined } as unknown as F;
}
