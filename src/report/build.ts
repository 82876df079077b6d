/**
 * report: derive every status from the findings (never assigned by hand) and count what passed,
 * so a report can say "35/37". A file that could not be read is not-checked, never pass.
 */
import type { Counts, ElementVerdict, ExtractedFile, FileKind, FileReport, Finding, FindingGroup, IndicatorReport, Lang, Report, ReviewSummary, Status, UnitReport } from '../types.js';
import { verdictInputOf, type FileVerdictInput } from '../evaluate.js';
import type { RunModel } from '../checks/types.js';
import type { RuleSet } from '../rules/schema.js';
import { coversUnchecked, leavesUnchecked } from '../checks/file-verdict.js';
import { elementVerdicts } from '../checks/element-verdicts.js';
import { Groups } from '../util/group.js';
import { otherFolderOf } from '../units/folder.js';

export interface BuildOptions {
  root: string;
  mode: 'unit' | 'county' | 'indicator';
  asOf: string;
  lang: Lang;
  rules: RuleSet;
  version: string;
  maxWarnings?: number;
  review?: ReviewSummary;
}

/** Rates to four decimals: 3/7 → 0.4286, not 0.42857142857142855. */
const rate = (passed: number, of: number) => (of ? Math.round((passed / of) * 10_000) / 10_000 : 0);

const worst = (ss: Status[]): Status =>
  ss.includes('fail') ? 'fail' : ss.includes('not-checked') ? 'not-checked' : ss.includes('reviewed') ? 'reviewed' : 'pass';

/** Passing, with or without a person's confirmation. */
const passes = (s: Status) => s === 'pass' || s === 'reviewed';
/** A finding that still counts (not settled by the review record). */
const active = (x: Finding) => x.status !== 'reviewed';

/** A file's status from its own findings. */
export function fileStatus(f: Pick<ExtractedFile, 'error' | 'kind'> | Pick<FileEntry, 'error' | 'kind'>, all: Finding[]): Status {
  const own = all.filter(active);
  const reviewed = all.filter((x) => !active(x));
  if (own.some((x) => x.severity === 'error')) return 'fail';
  // Unreadable, unrecognised, or handed to a person (a scanned sign-off sheet): never a pass —
  // unless a rule settled it (a stamped scan whose text version was checked) or a person did
  // (a review entry covering the finding that made it fail or left it unchecked).
  if (own.some((x) => leavesUnchecked(x.ruleId))) return 'not-checked';
  const personSettled = reviewed.some((x) => x.severity === 'error' || leavesUnchecked(x.ruleId));
  if (f.error && !own.some((x) => coversUnchecked(x.ruleId)) && !personSettled) return 'not-checked';
  if (f.kind === 'other' && !personSettled) return 'not-checked';
  return reviewed.length ? 'reviewed' : 'pass';
}

/**
 * What the run counts: a finding still active, and of a duplicate-photo group only its first
 * member in each unit (the group is one problem for each unit that has a copy, stated once,
 * whatever the number of its files; report.groups lists them). So the summary is the sum of the
 * units' counts and of what lies outside every unit: a table of units adds up to its 合计. Every
 * format and --max-warnings see the same numbers.
 */
function counts(findings: Finding[], files: FileReport[]): Counts {
  const open = findings.filter(active);
  const seenGroup = new Set<string>();
  const counted = open.filter((f) => {
    if (!f.group) return true;
    const k = `${f.unit ?? ''}\u0000${f.group}`;
    if (seenGroup.has(k)) return false;
    seenGroup.add(k);
    return true;
  });
  return {
    errors: counted.filter((f) => f.severity === 'error').length,
    warnings: counted.filter((f) => f.severity === 'warning').length,
    infos: counted.filter((f) => f.severity === 'info').length,
    files: files.length,
    filesPassed: files.filter((f) => f.status === 'pass').length,
    filesFailed: files.filter((f) => f.status === 'fail').length,
    filesNotChecked: files.filter((f) => f.status === 'not-checked').length,
    reviewed: findings.length - open.length,
    filesReviewed: files.filter((f) => f.status === 'reviewed').length,
  };
}

/** What the report needs of a file besides its findings (a shard carries these for its files). */
export interface FileEntry extends FileVerdictInput {
  name: string;
  kind: FileKind;
  /** Its facts are a photo's (the HTML page shows a thumbnail). */
  photo?: true;
  /** 说明报告: the verdict on each element, judged as its check judged them. */
  elements?: ElementVerdict[];
}

export interface IndicatorEntry {
  key: string;
  label: string;
  name: string;
  folder: string | null;
  files: string[];
}

export interface UnitEntry {
  name: string;
  folder: string | null;
  /** Another folder of this unit (a copy, a second folder): shown, not counted in the totals. */
  otherFolderOf?: string;
  assigned: string[];
  indicators: IndicatorEntry[];
  files: string[];
}

/** The run laid out as the report shows it, without any verdict: units → indicators → files. */
export interface Skeleton {
  units: UnitEntry[];
  files: FileEntry[];
}

export function skeletonOf(model: RunModel, rules: RuleSet): Skeleton {
  // A 说明报告's element verdicts (with evidence sentence and page), judged as its check judged them.
  const reportParams = new Map<ExtractedFile, RuleSet['fallback']['report']>();
  for (const u of model.units) for (const ind of u.indicators) for (const f of ind.files) reportParams.set(f, ind.def.report);
  // A rule file that turns report.element-unsure off asks no person to confirm: the page shows no 待人工确认 either.
  const unsureOff = rules.severity?.['report.element-unsure'] === 'off';
  const files = model.files.map((f): FileEntry => {
    // Properties added to the object made, not spread into a new literal: V8 gave each spread copy
    // a hidden class of its own (about 270 bytes more per file, 20,000 files: 5 MB held).
    const e = verdictInputOf(f) as FileEntry;
    e.name = f.name;
    e.kind = f.kind;
    if (f.facts.type === 'photo') e.photo = true;
    if (f.kind === 'report' && f.facts.type === 'document' && !f.error && f.facts.sentences) {
      const rp = reportParams.get(f) ?? rules.fallback.report;
      e.elements = elementVerdicts(f.facts, rp.elements, unsureOff ? 0 : rp.unsureBelow);
    }
    return e;
  });
  const units = model.units.map(
    (u): UnitEntry => ({
      name: u.name,
      folder: u.folder,
      ...(otherFolderOf(u) ? { otherFolderOf: otherFolderOf(u) } : {}),
      assigned: u.assigned,
      indicators: u.indicators.map((ind) => ({
        key: ind.key,
        label: ind.def.code || ind.key,
        name: ind.def.name,
        folder: ind.folder,
        files: ind.files.map((f) => f.path),
      })),
      files: u.files.map((f) => f.path),
    }),
  );
  return { units, files };
}

export function buildReport(model: RunModel, findings: Finding[], o: BuildOptions): Report {
  return judgeReport(skeletonOf(model, o.rules), findings, o);
}

/** The options a report is judged with; the rule set only for its name and its units' order. */
export interface JudgeOptions extends Omit<BuildOptions, 'rules'> {
  rules: { name: string; version: string; source: string; units: Record<string, unknown> };
}

/** Every status, count and rate of the report, from the layout and the findings alone. */
export function judgeReport(skeleton: Skeleton, findings: Finding[], o: JudgeOptions): Report {
  const byFile = new Map<string, Finding[]>();
  for (const x of findings) if (x.file) (byFile.get(x.file) ?? byFile.set(x.file, []).get(x.file)!).push(x);
  const none: Finding[] = [];
  const fileReports: FileReport[] = skeleton.files.map((f) => {
    const own = byFile.get(f.path) ?? none;
    const r: FileReport = {
      path: f.path,
      kind: f.kind,
      unit: f.unit,
      indicator: f.indicator,
      status: fileStatus(f, own),
      findings: own.length,
    };
    if (f.elements) r.elements = f.elements;
    return r;
  });
  // One map of the files by path (a second one, of statuses, was as big for nothing).
  const reportOf = new Map<string, FileReport>();
  for (const f of fileReports) reportOf.set(f.path, f);
  const statusOf = { get: (p: string) => reportOf.get(p)?.status };

  // Units in the rule file's order (the 任务分解表's), then any others by name.
  const order = new Map(Object.keys(o.rules.units ?? {}).map((name, i) => [name, i]));
  const rank = (name: string) => order.get(name) ?? order.size;
  const ordered = [...skeleton.units].sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byUnit = new Groups(findings, (x) => x.unit);
  const units: UnitReport[] = ordered.map((u) => {
    const unitFindings = byUnit.of(u.name);
    const byIndicator = new Groups(unitFindings, (x) => x.indicator);
    const indicators: IndicatorReport[] = u.indicators.map((ind) => {
      const own = byIndicator.of(ind.key);
      const s: Status[] = ind.files.map((f) => statusOf.get(f)!);
      if (own.some((x) => active(x) && x.severity === 'error')) s.push('fail');
      else if (own.some((x) => !active(x) && !x.file)) s.push('reviewed');
      if (!ind.folder) s.push('fail');
      return {
        code: ind.key,
        label: ind.label,
        name: ind.name,
        folder: ind.folder,
        status: worst(s),
        files: ind.files.length,
      };
    });
    const counted = u.assigned.length ? indicators.filter((i) => u.assigned.includes(i.code)) : indicators;
    const passed = counted.filter((i) => passes(i.status)).length;
    const unitLevel: Status[] = [
      ...indicators.map((i) => i.status),
      ...u.files.map((f) => statusOf.get(f)!),
    ];
    if (unitFindings.some((x) => active(x) && x.severity === 'error')) unitLevel.push('fail');
    const unitFiles = u.files.map((f) => reportOf.get(f)!);
    return {
      name: u.name,
      folder: u.folder,
      ...(u.otherFolderOf ? { otherFolderOf: u.otherFolderOf } : {}),
      status: counted.length === 0 ? worst([...unitLevel, 'not-checked']) : worst(unitLevel),
      indicatorsAssigned: counted.length,
      indicatorsPassed: passed,
      completionRate: rate(passed, counted.length),
      indicators,
      counts: counts(unitFindings, unitFiles),
    };
  });

  // A unit with several folders (县文旅局 and 县文旅局 - 副本) counts once, by its own folder: the
  // other folders' rows are shown with their findings, but their units, indicators, files and
  // findings stay out of the totals and the run's result (unit.several-folders tells the unit).
  const other = new Set(units.filter((u) => u.otherFolderOf).map((u) => u.name));
  const inTotals = <T extends { unit: string | null }>(x: T) => x.unit === null || !other.has(x.unit);
  const countedUnits = other.size ? units.filter((u) => !u.otherFolderOf) : units;
  const total = other.size ? counts(findings.filter(inTotals), fileReports.filter(inTotals)) : counts(findings, fileReports);
  // Files and findings outside every unit folder (the county root): counted in the summary, in no unit.
  const unitNames = new Set(units.map((u) => u.name));
  const outsideUnits = (unit: string | null) => unit === null || !unitNames.has(unit);
  const outsideFiles = fileReports.filter((f) => outsideUnits(f.unit));
  const outsideFindings = findings.filter((f) => outsideUnits(f.unit));
  const assigned = countedUnits.reduce((n, u) => n + u.indicatorsAssigned, 0);
  const passed = countedUnits.reduce((n, u) => n + u.indicatorsPassed, 0);
  const failed =
    total.errors > 0 ||
    total.filesNotChecked > 0 ||
    countedUnits.some((u) => !passes(u.status)) ||
    (o.maxWarnings !== undefined && o.maxWarnings >= 0 && total.warnings > o.maxWarnings);
  return {
    schemaVersion: 1,
    tool: { name: 'ledger-check', version: o.version },
    root: o.root,
    mode: o.mode,
    asOf: o.asOf,
    lang: o.lang,
    rules: { name: o.rules.name, version: o.rules.version, source: o.rules.source },
    summary: {
      status: failed ? 'fail' : 'pass',
      completionRate: rate(passed, assigned),
      units: countedUnits.length,
      indicatorsAssigned: assigned,
      indicatorsPassed: passed,
      ...total,
      ...(o.maxWarnings !== undefined && o.maxWarnings >= 0 ? { maxWarnings: o.maxWarnings } : {}),
    },
    units,
    ...(outsideFiles.length || outsideFindings.length ? { outside: counts(outsideFindings, outsideFiles) } : {}),
    files: fileReports,
    findings,
    ...groupsOf(findings),
    ...(o.review ? { review: o.review } : {}),
  };
}

/** Each group of findings once, with every member file (sorted): only when there is a group. */
function groupsOf(findings: Finding[]): { groups?: FindingGroup[] } {
  const byId = new Map<string, FindingGroup>();
  for (const x of findings) {
    if (!x.group || !x.file) continue;
    const g = byId.get(x.group) ?? byId.set(x.group, { id: x.group, ruleId: x.ruleId, files: [] }).get(x.group)!;
    g.files.push(x.file);
  }
  if (!byId.size) return {};
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { groups: [...byId.values()].map((g) => ({ ...g, files: [...new Set(g.files)].sort(cmp) })).sort((a, b) => cmp(a.id, b.id)) };
}
