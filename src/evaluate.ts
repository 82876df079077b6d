/**
 * evaluate: lay the extracted files out as units → indicators, run every check, and turn what
 * they emit into findings (severity from the catalog or the rule file, message in the run's
 * language). Pure: no fs, no clock.
 */
import { own } from './util/dict.js';
import { shownDetail } from './checks/shown-detail.js';
import type { Args, ExtractedFile, Finding, Lang, Severity } from './types.js';
import type { RuleSet } from './rules/schema.js';
import { OUTSIDE_UNITS, type Check, type CheckContext, type Emit, type Emitted, type IndicatorModel, type RunModel, type UnitModel } from './checks/types.js';
import type { Discovery } from './discover/index.js';
import { allChecks } from './checks/index.js';
import { LEAVES_TEXT_INCOMPLETE, coversUnchecked, judgedFromText, leavesUnchecked } from './checks/file-verdict.js';
import { renderMessage, ruleInfo, type RuleId } from './messages/index.js';
import { OCR_NOTE } from './messages/ocr.js';
import { OCR_TEXT_FLOOR } from './ocr/facts.js';
import { compareKeys, defaultIndicator } from './rules/resolve.js';

export function buildModel(discovery: Discovery, files: ExtractedFile[], rules: RuleSet): RunModel {
  const byFolder = new Map<string, ExtractedFile[]>();
  for (const f of files) {
    const top = discovery.mode !== 'county' ? '' : f.path.slice(0, Math.max(0, f.path.indexOf('/')));
    if (!byFolder.has(top)) byFolder.set(top, []);
    byFolder.get(top)!.push(f);
  }
  const units: UnitModel[] = discovery.units.map((u) => {
    const mine = u.folder === null ? [] : (byFolder.get(u.folder) ?? []).filter((f) => f.unit === u.name);
    const present = u.indicatorFolders.map((f) => f.key);
    // Checking one indicator folder: only that indicator counts.
    const assigned = (own(rules.units, u.name) ?? []).filter((k) => !u.partial || present.includes(k));
    const keys = new Set<string>([...assigned, ...present]);
    const indicators: IndicatorModel[] = [...keys].sort(compareKeys).map((key) => {
      const def = rules.indicators.find((i) => i.key === key);
      const folders = u.indicatorFolders.filter((f) => f.key === key);
      return {
        key,
        def: def ?? defaultIndicator(rules, key, folders[0]?.title || key),
        known: !!def,
        folder: folders[0]?.folder ?? null,
        files: mine.filter((f) => f.indicator === key),
      };
    });
    return {
      name: u.name,
      ...(u.partial ? { partial: true } : {}),
      folder: u.folder,
      indicators,
      assigned,
      rootFiles: mine.filter((f) => f.notes.includes('unit-root')),
      files: mine,
      ...(u.folders ? { folders: u.folders } : {}),
    };
  });
  return { units, files, planted: discovery.planted ?? [] };
}

export interface EvaluateOptions {
  rules: RuleSet;
  asOf: string;
  lang: Lang;
  checks?: readonly Check[];
}

/**
 * What the last step of evaluation needs of a file: where it belongs, why it could not be read,
 * and the confidence of the OCR its text came from. A shard carries this for its files.
 */
export interface FileVerdictInput {
  path: string;
  unit: string | null;
  indicator: string | null;
  error: { code: string; detail: string } | null;
  /** Mean OCR confidence (0–100) when the file's text was read by OCR. */
  ocr?: number;
}

export function verdictInputOf(f: ExtractedFile): FileVerdictInput {
  const v: FileVerdictInput = { path: f.path, unit: f.unit, indicator: f.indicator, error: f.error ? { code: f.error.code, detail: shownDetail(f, f.error.detail) } : null };
  if (f.facts.type === 'document' && f.facts.ocr) v.ocr = f.facts.ocr.meanConfidence;
  return v;
}

/**
 * Every check, then the last step: one run is evaluateLocal (per unit: what a shard computes)
 * + evaluateCross (across units: what a merge computes) → finishFindings.
 */
export function evaluate(model: RunModel, opts: EvaluateOptions): Finding[] {
  return finishFindings(model.files.map(verdictInputOf), [...evaluateLocal(model, opts), ...evaluateCross(model, opts)], opts);
}

function emitterFor(findings: Finding[], opts: EvaluateOptions) {
  return (unit: string | null, indicator: string | null): Emit => (ruleId: RuleId, at: Emitted = {}) => {
    const f = makeFinding(ruleId, unit, indicator, at, opts);
    if (f) findings.push(f);
  };
}

/** The checks whose scope is a file, an indicator or a unit: each unit is judged on its own. */
export function evaluateLocal(model: RunModel, opts: EvaluateOptions): Finding[] {
  const ctx: CheckContext = { rules: opts.rules, asOf: opts.asOf };
  const findings: Finding[] = [];
  const checks = opts.checks ?? allChecks;
  const emitter = emitterFor(findings, opts);
  const indicatorOf = (u: UnitModel, f: ExtractedFile) => u.indicators.find((i) => i.key === f.indicator) ?? null;
  for (const check of checks) {
    switch (check.scope) {
      case 'run':
        break; // evaluateCross
      case 'unit':
        for (const u of model.units) check.run(u, ctx, emitter(u.name, null));
        break;
      case 'indicator':
        for (const u of model.units) for (const i of u.indicators) check.run(i, u, ctx, emitter(u.name, i.key));
        break;
      case 'file':
        for (const u of model.units) {
          for (const f of u.files) {
            if (!check.kinds.includes(f.kind)) continue;
            const ind = indicatorOf(u, f);
            check.run(f, ind, u, ctx, emitter(u.name, f.indicator));
          }
        }
        break;
    }
  }
  // Files outside every unit (county root) still get the file checks' verdict.
  const owned = new Set(model.units.flatMap((u) => u.files));
  const orphans = model.files.filter((f) => !owned.has(f));
  if (orphans.length) {
    const ghost: UnitModel = { name: OUTSIDE_UNITS, folder: '', indicators: [], assigned: [], rootFiles: [], files: orphans };
    for (const check of checks) {
      if (check.scope !== 'file') continue;
      for (const f of orphans) if (check.kinds.includes(f.kind)) check.run(f, null, ghost, ctx, emitter(null, null));
    }
  }
  return findings;
}

/** The checks whose scope is the whole run (photos reused across units, planted rule files). */
export function evaluateCross(model: RunModel, opts: EvaluateOptions): Finding[] {
  const ctx: CheckContext = { rules: opts.rules, asOf: opts.asOf };
  const findings: Finding[] = [];
  const emitter = emitterFor(findings, opts);
  for (const check of opts.checks ?? allChecks) if (check.scope === 'run') check.run(model, ctx, emitter(null, null));
  return findings;
}

/**
 * The last step over all findings of a run: nothing is judged from OCR text a page of which could
 * not be read (the file is not checked, saying why), findings judged from OCR text say so, a file that
 * could not be read carries a finding whatever its checks did, and the order is fixed.
 */
export function finishFindings(files: readonly FileVerdictInput[], findings: Finding[], opts: Pick<EvaluateOptions, 'rules' | 'lang'>): Finding[] {
  // A file whose OCR text is incomplete (a page under the county's minimum confidence, …) is not
  // checked, its ocr.* finding says so: nothing is judged from that text. users21: a scanned 说明报告
  // read at 51% got 内容未检查 and six errors on its content (elements missing, too few data)
  // beside it, and the office reading the page by eye as its advice says (review accept
  // ocr.page-unreadable) still left the file failing on them.
  const incomplete = new Set<string>();
  for (const x of findings) if (x.file && LEAVES_TEXT_INCOMPLETE.has(x.ruleId)) incomplete.add(x.file);
  if (incomplete.size) findings = findings.filter((x) => !(x.file && incomplete.has(x.file) && judgedFromText(x.ruleId)));
  // A scan OCR read nothing usable from (every page under the floor) is told by its pages'
  // ocr.page-unreadable (each page, its confidence, 内容未检查, and how a person settles it); doc.scanned
  // beside them said it again as an error, so the office recording the page it read (that advice)
  // left the file failing on doc.scanned (users21, a blank-paged PDF and a blurred scan).
  const unreadPages = new Set<string>();
  for (const x of findings) if (x.file && x.ruleId === 'ocr.page-unreadable') unreadPages.add(x.file);
  const readNothing = new Set(files.filter((f) => f.ocr !== undefined && f.error?.code === 'scanned' && unreadPages.has(f.path)).map((f) => f.path));
  if (readNothing.size) findings = findings.filter((x) => !(x.ruleId === 'doc.scanned' && x.file && readNothing.has(x.file)));
  // Findings judged from OCR text say so: source, mean confidence, and a note in the message.
  const ocrOf = new Map<string, number>();
  for (const f of files) if (f.ocr !== undefined) ocrOf.set(f.path, f.ocr);
  for (const x of findings) {
    const c = x.file ? ocrOf.get(x.file) : undefined;
    if (c === undefined) continue;
    x.source = 'ocr';
    x.confidence = c;
    // A finding about the OCR itself states its confidence already ("置信度 3%…（…置信度 3%…）"), and
    // one saying no text could be read was not judged from OCR text ("无法检查内容（据 OCR 识别…）"),
    // nor was any finding on a file whose pages all fell under the floor (no OCR text was used).
    if (!x.ruleId.startsWith('ocr.') && x.ruleId !== 'doc.scanned' && c >= OCR_TEXT_FLOOR) x.message += OCR_NOTE[opts.lang](c);
  }
  // Safety net: a file that could not be read must carry a finding, whatever its family did.
  const byFile = new Map<string, Finding[]>();
  for (const x of findings) if (x.file) (byFile.get(x.file) ?? byFile.set(x.file, []).get(x.file)!).push(x);
  for (const f of files) {
    const covered = (x: Finding) =>
      x.file === f.path &&
      (x.severity === 'error' ||
        coversUnchecked(x.ruleId) ||
        // Handing a scan to a person covers a scan, not a broken file.
        (leavesUnchecked(x.ruleId) && f.error?.code === 'scanned'));
    if (f.error && !(byFile.get(f.path) ?? []).some(covered)) {
      const x = makeFinding(
        'file.unreadable',
        f.unit,
        f.indicator,
        { file: f.path, args: { code: f.error.code }, evidence: { seen: `${f.error.code}: ${f.error.detail}` } },
        opts,
      );
      if (x) findings.push(x);
    }
  }
  return sortFindings(findings);
}

/** One finding as every stage makes it: severity from the rule file or the catalog (null: 'off'), message in the run's language. */
export function makeFinding(
  ruleId: RuleId,
  unit: string | null,
  indicator: string | null,
  at: Emitted,
  opts: { rules: Pick<RuleSet, 'severity'>; lang: Lang },
): Finding | null {
  const severity = severityOf(ruleId, opts.rules);
  if (!severity) return null;
  const args = { ...(at.args ?? {}) };
  const f: Finding = {
    ruleId,
    severity,
    unit: at.unit !== undefined ? at.unit : unit,
    indicator: at.indicator !== undefined ? at.indicator : indicator,
    file: at.file ?? null,
    args,
    message: messageOf(ruleId, opts.lang, args),
  };
  if (at.location) f.location = at.location;
  if (at.evidence) f.evidence = at.evidence;
  if (at.source) f.source = at.source;
  if (at.confidence !== undefined) f.confidence = at.confidence;
  if (at.group !== undefined) f.group = at.group;
  return f;
}

/**
 * The same message text is one string however many findings say it (a folder of 150,000 stray
 * files has 150,000 findings with one text): messages whose args are a few short plain values are
 * remembered by rule, language and args. Bounded; the text is the catalog's either way.
 */
const messages = new Map<string, string>();
function messageOf(ruleId: RuleId, lang: Lang, args: Args): string {
  let plain = true;
  for (const k in args) {
    const v = args[k];
    // JSON keeps strings, numbers, booleans and null apart; not NaN, ±Infinity or -0 (all "null" or "0").
    if (!(typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)))) {
      plain = false;
      break;
    }
  }
  const key = plain ? `${ruleId} ${lang} ${JSON.stringify(args)}` : '';
  if (!plain || key.length > 512) return renderMessage(ruleId, lang, args);
  let m = messages.get(key);
  if (m === undefined) {
    if (messages.size >= 4096) messages.clear();
    m = renderMessage(ruleId, lang, args);
    messages.set(key, m);
  }
  return m;
}

function severityOf(ruleId: RuleId, rules: Pick<RuleSet, 'severity'>): Severity | null {
  const o = own(rules.severity, ruleId);
  if (o === 'off') return null;
  return o ?? ruleInfo(ruleId).severity;
}

const cmp = (a: string | number | null | undefined, b: string | number | null | undefined) => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Deterministic order: unit, indicator, file, location, rule id. */
export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort(
    (a, b) =>
      cmp(a.unit, b.unit) ||
      (a.indicator && b.indicator ? compareKeys(a.indicator, b.indicator) : cmp(a.indicator, b.indicator)) ||
      cmp(a.file, b.file) ||
      cmp(a.location?.date, b.location?.date) ||
      cmp(a.location?.page, b.location?.page) ||
      cmp(a.location?.sheet, b.location?.sheet) ||
      cmp(a.location?.row, b.location?.row) ||
      cmp(a.location?.cell, b.location?.cell) ||
      cmp(a.location?.element, b.location?.element) ||
      cmp(a.location?.exifTag, b.location?.exifTag) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.message, b.message),
  );
}
