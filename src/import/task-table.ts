/**
 * `rules import`: read the 任务分解表 a 创文办 circulates and write a rule file. Codes are
 * normalised, responsible units collected, requirement text turned into parameters; what cannot
 * be parsed stays on the indicator as `note` and is returned in `notes`.
 */
import { dict } from '../util/dict.js';
import { constants as fsConstants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { MAX_REGISTER_BYTES } from '../extract/limits.js';
import path from 'node:path';
import { ruleFileSchema, type IndicatorDef, type RuleFile } from '../rules/schema.js';
import { normalizeIndicatorCode, parseIndicatorPrefix } from '../rules/indicator-code.js';
import { readXlsxGrid, cellText, type GridSheet, type GridCell } from '../extract/register-grid.js';
import { sniffRegister } from '../extract/register-container.js';
import { findTaskHeader, type TaskHeader } from './task-header.js';
import { parseRequirements } from './requirements.js';
import { mergeMaterials, type MaterialEntry } from '../kinds/sugar.js';
import { toRuleYaml } from './to-yaml.js';
import { groupUnits } from './units.js';
import { deadlineText, parseDeadline, tableDeadline, type TableDeadline } from './deadline.js';

export type TaskTableErrorCode = 'not-found' | 'not-a-file' | 'too-large' | 'empty' | 'encrypted' | 'legacy-format' | 'unreadable' | 'no-header' | 'no-indicators';

export class TaskTableError extends Error {
  constructor(
    public readonly code: TaskTableErrorCode,
    detail: string,
    /** 'no-header': the names of the workbook's sheets (the message names the first few). */
    public readonly sheets?: readonly string[],
    /** 'unreadable': why, as a raw code — an OS code (EACCES …) or 'corrupt' (no workbook inside). */
    public readonly reason?: string,
  ) {
    super(detail);
    this.name = 'TaskTableError';
  }
}

interface Draft {
  key: string;
  name: string;
  units: string[];
  leaders: string[];
  texts: string[];
  rows: number[];
  /** 完成时限 cells as written. */
  deadlines: string[];
}

export interface ImportResult {
  rules: RuleFile;
  yaml: string;
  notes: string[];
}

const splitList = (s: string) =>
  s
    .split(/[、，,；;\/\n]+|\s{2,}/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The code and the name of the indicator a table row belongs to. */
function codeOf(row: GridCell[], h: TaskHeader): { key: string; name: string } | null {
  const c = h.columns;
  const get = (i: number | undefined) => (i === undefined ? '' : cellText(row[i]).trim());
  const content = get(c.content);
  const project = get(c.project);
  const firstLine = (s: string) => s.split(/[\n。；;]/)[0]!.trim().slice(0, 40);
  const explicit = get(c.code);
  if (explicit) {
    const key = normalizeIndicatorCode(explicit) ?? parseIndicatorPrefix(explicit)?.key ?? null;
    if (key) {
      const rest = parseIndicatorPrefix(explicit)?.rest.trim();
      return { key, name: rest || firstLine(stripCode(content)) || firstLine(stripCode(project)) || key };
    }
  }
  for (const text of [content, project]) {
    const p = parseIndicatorPrefix(text);
    if (p) {
      const name = firstLine(p.rest.replace(/^[\s:：、.．]+/, '')) || firstLine(stripCode(text === content ? project : content));
      return { key: p.key, name: name || p.key };
    }
  }
  return null;
}

function stripCode(s: string): string {
  const p = parseIndicatorPrefix(s);
  return p ? p.rest.replace(/^[\s:：、.．]+/, '') : s;
}

function collect(sheet: GridSheet, h: TaskHeader, drafts: Map<string, Draft>, notes: string[]): void {
  const c = h.columns;
  for (let r = h.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    if (row.every((x) => x.kind === 'empty')) continue;
    const id = codeOf(row, h);
    if (!id) {
      const text = row.map((x) => cellText(x)).filter(Boolean).join(' ').slice(0, 30);
      notes.push(`${sheet.name}!${r + 1}：没有可识别的指标编号，已跳过（${text}）`);
      continue;
    }
    const d = drafts.get(id.key) ?? { key: id.key, name: id.name, units: [], leaders: [], texts: [], rows: [], deadlines: [] };
    d.rows.push(r + 1);
    const req = c.requirement !== undefined ? cellText(row[c.requirement]).trim() : '';
    if (req && !d.texts.includes(req)) d.texts.push(req);
    for (const u of splitList(c.units !== undefined ? cellText(row[c.units]) : '')) if (!d.units.includes(u)) d.units.push(u);
    for (const l of splitList(c.leader !== undefined ? cellText(row[c.leader]) : '')) if (!d.leaders.includes(l)) d.leaders.push(l);
    const due = c.deadline !== undefined ? deadlineText(row[c.deadline]) : '';
    if (due && !d.deadlines.includes(due)) d.deadlines.push(due);
    drafts.set(id.key, d);
  }
}

function toIndicator(d: Draft, notes: string[], due: TableDeadline): IndicatorDef {
  const ind: IndicatorDef = { code: d.key, name: d.name };
  if (d.units.length) ind.units = d.units;
  const unparsed: string[] = [];
  for (const text of d.texts) {
    const { req, unparsed: rest } = parseRequirements(text);
    if (req.photos) ind.photos = { ...ind.photos, ...req.photos };
    if (req.report) ind.report = { ...ind.report, ...req.report };
    if (req.register) ind.register = { ...ind.register, ...req.register };
    if (req.documents) ind.documents = req.documents;
    if (req.evaluation) ind.evaluation = req.evaluation;
    if (req.festivals) ind.festivals = [...new Set([...(ind.festivals ?? []), ...req.festivals])];
    if (req.materials) ind.materials = mergeMaterials((ind.materials ?? []) as MaterialEntry[], req.materials) as IndicatorDef['materials'];
    unparsed.push(...rest);
  }
  // 正式发文 beside named documents: one way of saying it (a rule file may not mix the two).
  if (ind.documents && ind.materials?.some((m) => m.kind === 'document')) {
    ind.materials = [...ind.materials, { kind: 'document', min: ind.documents.required ? 1 : 0 }];
    delete ind.documents;
  }
  if (ind.festivals?.length && ind.register?.perFestival === undefined) ind.register = { ...ind.register, perFestival: 1 };
  if (!d.texts.length) unparsed.push('（没有网上申报要求）');
  // A 完成时限 that is not the rule file's one deadline stays on the indicator, word for word.
  const ownDue = d.deadlines.filter((t) => !due.date || parseDeadline(t, due.year) !== due.date);
  if (ownDue.length) unparsed.push(`完成时限：${ownDue.join('、')}`);
  if (unparsed.length) {
    ind.note = `未能自动识别：${unparsed.join('；')}`;
    notes.push(`${d.key} ${d.name}：未能识别“${unparsed.join('；')}”，已写入 note，请人工核对`);
  }
  return ind;
}

/**
 * The table's bytes: opened without blocking (a FIFO waited for ever), a regular file only, and
 * no larger than a register (MAX_REGISTER_BYTES: a 1.8 GB file was read whole, 1.9 GB RSS).
 */
async function readTaskTable(absPath: string): Promise<Buffer> {
  let fh: FileHandle;
  try {
    fh = await open(absPath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    // Named by its path, in the run's language: the system's English (ENOENT: no such file …) is
    // not a clerk's message. Only a missing file is "not found"; any other failure is unreadable.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new TaskTableError('not-found', absPath);
    throw new TaskTableError('unreadable', absPath, undefined, code);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new TaskTableError('not-a-file', absPath);
    if (st.size > MAX_REGISTER_BYTES) throw new TaskTableError('too-large', absPath);
    const buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const { bytesRead } = await fh.read(buf, at, st.size - at, at);
      if (!bytesRead) break;
      at += bytesRead;
    }
    return buf.subarray(0, at);
  } catch (e) {
    if (e instanceof TaskTableError) throw e;
    throw new TaskTableError('unreadable', absPath, undefined, (e as NodeJS.ErrnoException).code);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

export async function importTaskTable(absPath: string): Promise<ImportResult> {
  const buf = await readTaskTable(absPath);
  const kind = sniffRegister(buf, path.basename(absPath));
  if (kind === 'empty') throw new TaskTableError('empty', absPath);
  if (kind === 'encrypted' || kind === 'encrypted-xls') throw new TaskTableError('encrypted', absPath);
  if (kind === 'legacy-xls') throw new TaskTableError('legacy-format', absPath);
  if (kind !== 'zip') throw new TaskTableError('unreadable', absPath);
  let sheets: GridSheet[];
  try {
    sheets = (await readXlsxGrid(buf)).sheets;
  } catch {
    // The zip or workbook reader's own English (no zip end-of-central-directory record) is no
    // clerk's message, and it lost the file's name: the file, and that it is damaged.
    throw new TaskTableError('unreadable', absPath, undefined, 'corrupt');
  }
  const notes: string[] = [];
  const drafts = new Map<string, Draft>();
  let headers = 0;
  for (const sheet of sheets) {
    const h = findTaskHeader(sheet);
    if (!h) continue;
    headers++;
    collect(sheet, h, drafts, notes);
  }
  if (!headers) throw new TaskTableError('no-header', sheets.map((s) => s.name).join('、'), sheets.map((s) => s.name));
  if (!drafts.size) throw new TaskTableError('no-indicators', absPath);

  const unitTable = groupUnits([...drafts.values()].flatMap((d) => d.units));
  for (const d of drafts.values()) d.units = [...new Set(d.units.map((u) => unitTable.keyOf(u)))];
  const due = tableDeadline([...drafts.values()], sheets, notes);
  const indicators = [...drafts.values()].map((d) => toIndicator(d, notes, due));
  const units: Record<string, string[] | { name: string; aliases?: string[]; indicators: string[] }> = dict(); // unit names from the table
  const codesOf = new Map<string, string[]>();
  for (const ind of indicators) for (const u of ind.units ?? []) codesOf.set(u, [...(codesOf.get(u) ?? []), ind.code]);
  for (const [key, codes] of codesOf) {
    const g = unitTable.groups.get(key)!;
    units[key] = g.name ? { name: g.name, ...(g.aliases.length ? { aliases: g.aliases } : {}), indicators: codes } : codes;
  }
  const stem = path.basename(absPath).replace(/\.[^.]+$/, '');
  const draft = {
    name: `${stem}（导入）`,
    version: '1',
    provenance: `由 ledger-check rules import 从《${path.basename(absPath)}》导入；未能识别的要求见各指标的 note`,
    extends: 'builtin' as const,
    ...(due.date ? { deadline: due.date } : {}),
    units,
    indicators,
  };
  const parsed = ruleFileSchema.safeParse(draft);
  if (!parsed.success) throw new Error(`imported rule file does not validate: ${parsed.error.message}`);
  const leaders = new Map([...drafts.values()].map((d) => [d.key, d.leaders]));
  return { rules: parsed.data, yaml: toRuleYaml(parsed.data, leaders, path.basename(absPath)), notes };
}
