/**
 * File checks for text documents: 说明报告 (report), 部门评价 (evaluation) and the sign-off sheet
 * (signoff). Pure: they read facts only. The element verdicts and the 总结式 verdict are decided
 * here with the indicator's own parameters, so a rule file's cues apply even to cached facts.
 */
import { isOutsideUnits, type Check, type Emit } from './types.js';
import type { Args, DocumentFacts, ExtractedFile } from '../types.js';
import { REPORT_DEFAULTS } from '../rules/defaults.js';
import type { ResolvedIndicator } from '../rules/schema.js';
import type { RuleId } from '../messages/index.js';
import { detectStyle } from '../text/elements.js';
import { elementVerdicts } from './element-verdicts.js';
import { findDates } from '../text/dates.js';
import { findIssuer } from '../text/issuer.js';
import { textNamesUnit } from '../text/unit-identity.js';
import { unitNames, unitRelation } from '../units/rule-units.js';
import { contains, onOrBefore, placeOf, withinPeriodAndDeadline, type DayWindow } from '../windows/window.js';
import { findSignature } from '../text/signature.js';

/** Extraction error codes → the finding that tells the clerk what to do. */
export const DOC_ERROR_RULES: Readonly<Record<string, RuleId>> = {
  scanned: 'doc.scanned',
  'no-text-layer': 'doc.scanned',
  'no-tounicode': 'doc.garbled-text',
  encrypted: 'doc.encrypted',
  corrupt: 'doc.corrupt',
  truncated: 'doc.corrupt',
  empty: 'doc.empty',
  'too-many-pages': 'doc.too-many-pages',
  'too-much-text': 'doc.too-much-text',
  'run-budget': 'doc.run-budget',
  unsupported: 'doc.unsupported',
  'legacy-format': 'doc.unsupported',
  'not-image': 'doc.unsupported',
  // 'zip-bomb' and 'too-large' are the core check's (file.expands-too-far, file.too-large).
};

type Doc = { type: 'document' } & DocumentFacts;

const docOf = (f: ExtractedFile): Doc | null => (f.facts.type === 'document' ? f.facts : null);

/**
 * A stamped scan handed in beside a text version of the same material (说明报告.docx +
 * 说明报告（盖章）.pdf) is the usual practice: the text version is checked, the scan is accepted.
 */
function scannedCopy(file: ExtractedFile, ind: { files: ExtractedFile[] } | null, emit: Emit): boolean {
  if (file.error?.code !== 'scanned' || !ind) return false;
  const text = ind.files.find((f) => f !== file && f.kind === file.kind && f.facts.type === 'document' && !f.error);
  if (!text) return false;
  emit('doc.scanned-copy', { file: file.path, args: { seen: text.name }, evidence: { seen: 'scanned', expected: text.path } });
  return true;
}

/**
 * What kind of damage a doc.corrupt is, as a code the catalog words in each language: the
 * extractor's reason code (its detail, an English sentence or a parser's message, stays in the
 * facts, where `ledger-check inspect` shows it; a message never carries it, nor is it read here).
 */
function corruptReason(file: ExtractedFile): Args {
  const e = file.error!;
  if (e.code === 'truncated') return { reason: 'truncated' };
  // document.ts: a .docx/.doc/.wps/.ofd whose bytes are another format (its container says which).
  if (e.reason === 'not-word') return { reason: 'not-word', seen: file.container };
  // pdf.ts: the pages' content streams above the reading limit (the limit is in the error's args).
  if (e.reason === 'content-too-large') return { reason: 'content-too-large' };
  return { reason: 'damaged' };
}

/**
 * The raw values of a readability finding (codes, formats, numbers): the catalog words them in the
 * run's language. The extractor's English detail is never one of them.
 */
function readabilityArgs(file: ExtractedFile, ruleId: RuleId): Args {
  const e = file.error!;
  const args: Args = { code: e.code };
  const doc = docOf(file);
  if (doc) args.format = doc.format;
  if (ruleId === 'doc.scanned' && file.facts.type !== 'document') args.seen = file.container; // an image: the catalog says 'image'
  if (ruleId === 'doc.unsupported') args.seen = file.container;
  if (ruleId === 'doc.corrupt') Object.assign(args, corruptReason(file));
  // The error's own raw values (a refusal's pages and limit, the share of garbled characters).
  return { ...args, ...(e.args ?? {}) };
}

/** Emit the readability finding for a file that could not be read; true when it could not. */
function unreadable(file: ExtractedFile, emit: Emit): boolean {
  if (!file.error) return false;
  const ruleId = DOC_ERROR_RULES[file.error.code];
  // Other codes (io, internal …) are the core checks' business (file.unreadable).
  if (!ruleId) return true;
  emit(ruleId, { file: file.path, args: readabilityArgs(file, ruleId), evidence: { seen: file.error.code, expected: 'readable text' } });
  return true;
}

function reportParams(ind: { def: ResolvedIndicator } | null): ResolvedIndicator['report'] {
  return ind?.def.report ?? { ...REPORT_DEFAULTS, elements: {} };
}

/**
 * A report or evaluation is written about the period, usually after it ends and before the
 * hand-in deadline: its own date counts from the period's start to the later of its end and the
 * deadline.
 */
const dateWindow = (r: { period: { start: string; end: string }; deadline: string }) => withinPeriodAndDeadline(r.period, r.deadline);
const inWindow = (d: string, w: DayWindow) => contains(w, d);
const windowText = (w: DayWindow) => `${w.from}—${w.to}`;

/** The latest full date written in the text (a sign-off sheet's date may sit in a table cell). */
function lastDate(text: string): string | null {
  const days = findDates(text).filter((d) => d.precision === 'day');
  return days.length > 0 ? days[days.length - 1].iso : null;
}

const reportCheck: Check = {
  scope: 'file',
  kinds: ['report'],
  run(file, ind, unit, ctx, emit) {
    if (scannedCopy(file, ind, emit) || unreadable(file, emit)) return;
    const doc = docOf(file);
    // At the county root, outside every unit (evaluate.ts's orphans), a text is no
    // unit's report (the office's own 说明.txt): file.misplaced says so and its content is not judged
    // against a report's requirements. In a unit folder's root the built-in limits apply.
    if (!doc || (!ind && isOutsideUnits(unit))) return;
    const p = reportParams(ind);
    const at = { file: file.path };

    // The five elements, judged sentence by sentence; a heading with nothing under it is its own finding.
    const verdicts = elementVerdicts(doc, p.elements, p.unsureBelow);
    for (const v of verdicts) {
      const { element } = v;
      if (v.status === 'missing') {
        emit('report.element-missing', {
          ...at,
          location: { element },
          args: { element },
          evidence: { seen: null, expected: element },
        });
      }
      if (v.unsure) {
        const u = v.unsure;
        emit('report.element-unsure', {
          ...at,
          location: u.page !== undefined ? { page: u.page, element } : { element },
          args: { element, evidence: u.evidence, sentenceScore: u.sentenceScore, clauseScore: u.clauseScore },
          evidence: { seen: u.evidence, expected: element },
        });
      }
      for (const h of v.emptyHeadings ?? []) {
        emit('report.element-empty', {
          ...at,
          location: h.page !== undefined ? { page: h.page, element } : { element },
          args: { element, heading: h.heading },
          evidence: { seen: h.heading, expected: element },
        });
      }
    }

    // Citations: 《title》 with a 文号. A report that lacks 部署文件 altogether has said so
    // (report.element-missing, whose words ask for the titles and 文号): too few citations is the same
    // gap, reported once, as for 数据实例 below (users21: every report without the element had both).
    const elementMissingShown = ctx.rules.severity?.['report.element-missing'] !== 'off';
    const noDocumentsElement = elementMissingShown && verdicts.some((v) => v.element === '部署文件' && v.status === 'missing');
    const titled = doc.citations.filter((c) => c.title !== null);
    if (titled.length < p.minCitations && !noDocumentsElement) {
      emit('report.no-citation', {
        ...at,
        location: { element: '部署文件' },
        args: { seen: titled.length, expected: p.minCitations },
        evidence: { seen: doc.citations.map((c) => c.raw).join('；') || titled.length, expected: '《文件标题》（发文机关〔年份〕序号号）' },
      });
    }
    const ownDate = doc.signedDate ?? (doc.modified ?? doc.created)?.slice(0, 10) ?? ctx.asOf;
    for (const c of doc.citations) {
      const location = c.page !== undefined ? { page: c.page, element: '部署文件' } : { element: '部署文件' };
      if (!c.wellFormed && c.corrected) {
        emit('report.docno-malformed', {
          ...at,
          location,
          args: { seen: c.raw, expected: c.corrected, problems: [...c.problems] },
          evidence: { seen: c.raw, expected: c.corrected },
        });
      }
      if (c.year !== null && c.year > Number(ownDate.slice(0, 4))) {
        emit('report.docno-future-year', {
          ...at,
          location,
          args: { seen: c.raw, year: c.year, expected: ownDate },
          evidence: { seen: c.year, expected: `≤ ${ownDate.slice(0, 4)}` },
        });
      }
    }

    // Data, length, style. A report that lacks 数据实例 altogether has said so (report.element-missing):
    // too few figures is the same gap, reported once.
    // Only when that finding is shown: a rule file that turns report.element-missing off still
    // hears about a report without figures.
    const noDataElement = elementMissingShown && verdicts.some((v) => v.element === '数据实例' && v.status === 'missing');
    if (doc.dataPoints.length < p.minDataPoints && !noDataElement) {
      emit('report.few-data-points', {
        ...at,
        location: { element: '数据实例' },
        args: { seen: doc.dataPoints.length, expected: p.minDataPoints },
        evidence: { seen: doc.dataPoints.map((d) => d.text).join('、') || 0, expected: `≥ ${p.minDataPoints}` },
      });
    }
    if (doc.textLength < p.minChars) {
      emit('report.too-short', { ...at, args: { seen: doc.textLength, expected: p.minChars }, evidence: { seen: doc.textLength, expected: p.minChars } });
    }
    const style = detectStyle(doc.text, p.summaryCues);
    if (style.summary) {
      emit('report.summary-style', {
        ...at,
        args: { seen: [...style.summaryCues] },
        evidence: { seen: style.summaryCues.join('、'), expected: '说明式：对照测评内容逐项说明' },
      });
    }

    // The report's own date.
    if (!doc.signedDate) {
      emit('report.undated', { ...at, evidence: { seen: doc.created, expected: '落款日期' } });
    } else if (!inWindow(doc.signedDate, dateWindow(ctx.rules))) {
      const w = windowText(dateWindow(ctx.rules));
      const { from, to } = dateWindow(ctx.rules);
      emit('report.date-outside-period', { ...at, args: { seen: doc.signedDate, from, to }, evidence: { seen: doc.signedDate, expected: w } });
    }
  },
};

/**
 * The unit's own name, which its papers name: a second folder of a unit is shown as
 * 县文旅局（文件夹 县文旅局（终稿）） (discover), but its sign-off sheet and 部门评价 are 县文旅局's.
 */
const ownName = (unit: { name: string; folders?: { unit: string } }): string => unit.folders?.unit ?? unit.name;

const evaluationCheck: Check = {
  scope: 'file',
  kinds: ['evaluation'],
  run(file, ind, unit, ctx, emit) {
    if (scannedCopy(file, ind, emit) || unreadable(file, emit)) return;
    const doc = docOf(file);
    if (!doc) return;
    const at = { file: file.path };
    const issuer = findIssuer(doc.text);
    if (!issuer) {
      emit('evaluation.no-issuer', { ...at, evidence: { seen: null, expected: '出具单位（落款）' } });
    } else if (ownName(unit) && unitRelation(issuer.name, ctx.rules, ownName(unit))) {
      // A part of the unit (its 办公室, 综合股, 本局) is the unit: args.part says so.
      const part = unitRelation(issuer.name, ctx.rules, ownName(unit)) === 'part';
      emit('evaluation.self-issued', {
        ...at,
        args: { seen: issuer.name, unit: ownName(unit), ...(part ? { part } : {}) },
        evidence: { seen: issuer.name, expected: `${ownName(unit)}以外的上级或主管部门` },
      });
    }
    if (!doc.signedDate) {
      emit('evaluation.undated', { ...at, evidence: { seen: null, expected: '落款日期' } });
    } else if (!inWindow(doc.signedDate, dateWindow(ctx.rules))) {
      const w = windowText(dateWindow(ctx.rules));
      const { from, to } = dateWindow(ctx.rules);
      emit('evaluation.date-outside-period', { ...at, args: { seen: doc.signedDate, from, to }, evidence: { seen: doc.signedDate, expected: w } });
    }
  },
};

const IMAGE_FACTS = new Set(['photo']);

const signoffCheck: Check = {
  scope: 'file',
  kinds: ['signoff'],
  run(file, _ind, unit, ctx, emit) {
    const at = { file: file.path };
    // Broken first: a cut-off photo of the sheet is not something a person can check either.
    if (file.error && file.error.code !== 'scanned' && unreadable(file, emit)) return;
    // A photo or a scan: the handwritten signature can only be checked by a person.
    if (IMAGE_FACTS.has(file.facts.type) || file.error?.code === 'scanned') {
      // Raw values (format and form); the catalog words them in the run's language.
      const seen = file.facts.type === 'document' && file.facts.format !== 'image' ? file.facts.format : file.container;
      const form = file.facts.type === 'document' && file.facts.format !== 'image' ? 'scan' : 'image';
      emit('signoff.manual-review', { ...at, args: { seen, form }, evidence: { seen: `${seen} ${form}`, expected: 'manual check of signature and date' } });
      return;
    }
    if (unreadable(file, emit)) return;
    const doc = docOf(file);
    if (!doc) return;
    if (ownName(unit) && !textNamesUnit(doc.text, unitNames(ctx.rules, ownName(unit)))) {
      emit('signoff.unit-not-named', { ...at, args: { unit: ownName(unit) }, evidence: { seen: null, expected: ownName(unit) } });
    }
    const sig = findSignature(doc.text);
    if (doc.ocr) {
      // Read from a scan: the unit and the date are judged from the OCR text; a handwritten
      // signature cannot be read, so a person looks at it.
      const seen = doc.format === 'image' ? file.container : doc.format;
      emit('signoff.manual-review', { ...at, args: { seen, form: 'ocr' }, evidence: { seen: `${seen} ocr`, expected: 'manual check of signature' } });
    } else if (!sig.filled) {
      emit('signoff.no-signature', {
        ...at,
        args: { seen: sig.seen ?? '' },
        evidence: { seen: sig.seen, expected: '主要领导签字：（姓名）' },
      });
    }
    const date = doc.signedDate ?? lastDate(doc.text);
    if (!date) {
      emit('signoff.undated', { ...at, evidence: { seen: null, expected: `≤ ${ctx.rules.deadline}` } });
    } else if (placeOf(onOrBefore(ctx.rules.deadline), date) === 'after') {
      emit('signoff.after-deadline', {
        ...at,
        args: { seen: date, expected: ctx.rules.deadline },
        evidence: { seen: date, expected: `≤ ${ctx.rules.deadline}` },
      });
    }
  },
};

/** 正式发文 are not judged on content, but one that cannot be read is still a finding. */
const documentReadable: Check = {
  scope: 'file',
  kinds: ['document'],
  run(file, _ind, _unit, _ctx, emit) {
    unreadable(file, emit);
  },
};

export const reportChecks: Check[] = [reportCheck, evaluationCheck, signoffCheck, documentReadable];
