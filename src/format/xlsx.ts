/**
 * An Excel workbook for the county office to print and send back: a summary per unit (title row
 * with the rules and the date, numbers as numbers, the completion rate as a percentage, the 合计
 * row outside the filter), every indicator, and every finding with how to fix it and a link to the
 * file. Printed: A4 landscape, fit to one page wide, header rows repeated, panes frozen. Written
 * to a file only.
 */
import { Writable } from 'node:stream';
import stringWidth from 'string-width';
import type ExcelJSNs from 'exceljs';
import type { Report } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { describeLocation } from './location.js';
import { TABLE_WORDS, severityWord, statusWord, ruleSetName } from './words.js';
import { catalog } from '../messages/index.js';
import { fileHref } from './links.js';
import { cellText, xmlText } from './xml-text.js';
import { BIDI_CHARS } from './terminal.js';
import { findingStatusWord } from './review.js';
import { duplicateGroups, groupCountSentence, withGroupSize, groupSizes, messageUnderFile } from './groups.js';
import { unitLabel } from '../messages/units.js';

type Worksheet = ExcelJSNs.Worksheet;
type Cell = string | number | { text: string; hyperlink: string } | null;

const XLSX_WORDS = {
  zh: { fix: '怎么改', title: (r: Report) => `台账检查报告　规则：${ruleSetName(r.rules, 'zh')} ${r.rules.version}　检查日期：${r.asOf}　工具：ledger-check ${r.tool.version}`, review: '人工确认' },
  en: { fix: 'How to fix', title: (r: Report) => `Ledger check report — rules: ${ruleSetName(r.rules, 'en')} ${r.rules.version} — as of ${r.asOf} — ledger-check ${r.tool.version}`, review: 'Review' },
};

const MORE_WORDS = {
  zh: {
    group: (n: number, rule: string) => `同一文件另有 ${n} 条“${rule}”问题未在此列出，完整清单见 JSON 或 HTML 报告`,
    total: (n: number, max: number) => `另有 ${n} 条问题未在此列出（本表最多列 ${max} 条），完整清单见 JSON 或 HTML 报告`,
  },
  en: {
    group: (n: number, rule: string) => `${n} more "${rule}" findings on this file are not listed here; the JSON or HTML report lists them all`,
    total: (n: number, max: number) => `${n} more findings are not listed here (this sheet lists at most ${max}); the JSON or HTML report lists them all`,
  },
};

/**
 * Rows of one file and rule in the findings sheet, and rows in all: the rest are counted in one
 * row. A register of 65,536 rows can carry two findings a row; exceljs holds every cell in memory
 * (131,000 findings took 68 s and 2 GB), and nobody reads the 101st "participants missing" of a file.
 */
export const XLSX_ROWS_PER_FILE_RULE = 100;
export const XLSX_MAX_FINDING_ROWS = 20_000;

export type ListedRow<F> = { finding: F } | { more: number; like: F } | { moreInAll: number };

/**
 * The findings the sheet lists, in order: at most `perGroup` of one file and rule (then one row
 * counting the rest of that group, where its first left-out finding was) and at most `max`
 * findings in all (then one row counting the rest). Pure: the row count is at most
 * max + max / perGroup + 1 whatever the report holds.
 */
export function listedFindings<F extends { file: string | null; ruleId: string }>(
  findings: readonly F[],
  perGroup = XLSX_ROWS_PER_FILE_RULE,
  max = XLSX_MAX_FINDING_ROWS,
): ListedRow<F>[] {
  const out: ListedRow<F>[] = [];
  const seen = new Map<string, number>();
  const moreRow = new Map<string, { more: number; like: F }>();
  let listed = 0;
  let moreInAll = 0;
  for (const f of findings) {
    const key = `${f.file ?? ''}\u0000${f.ruleId}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > perGroup) {
      const row = moreRow.get(key);
      if (row) row.more++;
      else if (listed < max) {
        const r = { more: 1, like: f };
        moreRow.set(key, r);
        out.push(r);
      } else moreInAll++;
    } else if (listed < max) {
      out.push({ finding: f });
      listed++;
    } else moreInAll++;
  }
  if (moreInAll > 0) out.push({ moreInAll });
  return out;
}

/** Column width in Excel's units (about one Latin character): CJK characters count two. */
const widthOf = (v: Cell) => stringWidth(typeof v === 'object' && v ? v.text : String(v ?? ''));

/** Printed: A4 landscape, one page wide and as many tall as needed, centred, page numbers below. */
const PAGE_SETUP: Partial<ExcelJSNs.PageSetup> = {
  paperSize: 9, // A4
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0, // as many pages tall as needed
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  printTitlesRow: '2:2', // every sheet's header row
};
const HEADER_FOOTER: Partial<ExcelJSNs.HeaderFooter> = { oddFooter: '&C&P / &N' };

type StreamSheet = ExcelJSNs.Worksheet;

/**
 * The print setup of a sheet of the streaming writer, as the in-memory workbook wrote it: only
 * the page setup given (the writer merges in its defaults: printer DPI, scale), and the
 * horizontal centring, which the writer never writes (printOptions, just before pageMargins).
 */
function printSetup(ws: StreamSheet): void {
  ws.pageSetup = { ...PAGE_SETUP };
  const writer = ws as unknown as { stream: { write(xml: string): void }; _writePageMargins(): void };
  const margins = writer._writePageMargins.bind(writer);
  writer._writePageMargins = () => {
    writer.stream.write('<printOptions horizontalCentered="1"/>');
    margins();
  };
}

/**
 * exceljs's streaming workbook writer with every zip entry dated `date` (archiver dates an entry
 * with the time it is added when none is given; the writer gives none). Its constructor adds the
 * first entries, so the zip's append is wrapped in the first method the constructor calls.
 */
function fixedDateWriter(Base: typeof ExcelJSNs.stream.xlsx.WorkbookWriter, date: Date) {
  type Zip = { append(source: unknown, data: Record<string, unknown>): unknown; dated?: boolean };
  const dated = (zip: Zip) => {
    if (zip.dated) return;
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(source, { ...data, date });
    zip.dated = true;
  };
  return class extends Base {
    override addThemes(): Promise<void> {
      dated((this as unknown as { zip: Zip }).zip);
      return super.addThemes();
    }
  };
}

/**
 * The workbook, written by exceljs's streaming writer: each row is committed (turned into XML and
 * deflated) as soon as it is added, so no sheet is ever held whole in memory (the in-memory
 * Workbook took ~230 MB more than the JSON report for a county of 100,000 files). Column widths,
 * which the writer needs before the first row, come from a first pass over the rows' values.
 * Every zip entry carries the report's date: the same report gives the same bytes.
 */
export async function workbook(report: Report, opts: Pick<FormatOptions, 'outputDir' | 'rootDir'>): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const L = report.lang;
  const w = TABLE_WORDS[L];
  const x = XLSX_WORDS[L];
  const more = MORE_WORDS[L];
  // A fixed date keeps the workbook's properties and its zip entries independent of when it was written.
  const date = new Date(`${report.asOf}T00:00:00Z`);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new (fixedDateWriter(ExcelJS.stream.xlsx.WorkbookWriter, date))({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = wb.lastModifiedBy = 'ledger-check';
  wb.created = wb.modified = date;

  /**
   * A sheet: title row 1, header row 2, data rows (`rows()` is read twice: once for the column
   * widths, fitted to the content and CJK-aware, once to write them), committed one by one.
   * `after` adds rows below the table, outside the filter. The sheet is committed when it returns.
   */
  const sheet = (
    name: string,
    header: string[],
    rows: () => Iterable<Cell[]>,
    o: { maxWidth?: number[]; wrap?: number[]; percent?: number[] } = {},
    after?: (ws: StreamSheet) => void,
  ) => {
    // Measured once per column, in a loop: a findings sheet can hold 100,000s of rows (spread
    // into Math.max they overflow the stack; measured again for every row they take hours).
    const widest = header.map((h) => widthOf(h));
    let count = 0;
    for (const r of rows()) {
      count++;
      for (let i = 0; i < header.length; i++) widest[i] = Math.max(widest[i]!, widthOf(r[i] ?? null));
    }
    // exceljs leaves a width of exactly 9 (its default) out of the file, and Excel then opens the
    // column at 8.43: 问题清单's 指标编号 header sat under its filter button. 9 is written as 10.
    const widths = header.map((_, i) => Math.min(o.maxWidth?.[i] ?? 40, Math.max(6, widest[i]! + 2))).map((w) => (w === 9 ? 10 : w));
    const colWidth = (i: number) => widths[i]!;
    // The writer puts the sheet's views and fit-to-page flag at its top when it is added: given here.
    const ws: StreamSheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, xSplit: 1, topLeftCell: 'B3' }], pageSetup: PAGE_SETUP, headerFooter: HEADER_FOOTER });
    printSetup(ws);
    header.forEach((_, i) => (ws.getColumn(i + 1).width = colWidth(i)));
    ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + count, column: header.length } };
    const titleRow = ws.addRow([cellText(x.title(report))]);
    titleRow.font = { bold: true, size: 13 };
    titleRow.alignment = { vertical: 'top', wrapText: true };
    ws.mergeCells(1, 1, 1, header.length);
    // The merged title wraps within the table's width: as many lines as it needs.
    const tableWidth = header.reduce((n, _, i) => n + colWidth(i), 0);
    titleRow.height = 20 * Math.max(1, Math.ceil((widthOf(x.title(report)) * 1.3) / tableWidth));
    titleRow.commit();
    const h = ws.addRow(header);
    h.font = { bold: true };
    h.alignment = { vertical: 'middle', wrapText: true };
    h.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F3F3' } }));
    h.commit();
    for (const r of rows()) {
      // Text from the folder (names, quoted text) made XML-safe and cut to Excel's cell limit.
      const row = ws.addRow(r.map((v) => (v === null || typeof v === 'number' ? v : typeof v === 'string' ? cellText(v) : { text: cellText(v.text), hyperlink: xmlText(v.hyperlink) })));
      row.alignment = { vertical: 'top' };
      for (const i of o.wrap ?? []) row.getCell(i + 1).alignment = { vertical: 'top', wrapText: true };
      for (const i of o.percent ?? []) row.getCell(i + 1).numFmt = '0%';
      // Row height for the wrapped columns: LibreOffice keeps the default height on import, so
      // a long message would be cut off in print; Excel does the same for rows it did not lay out.
      const lines = Math.max(1, ...(o.wrap ?? []).map((i) => Math.ceil(widthOf(r[i] ?? null) / Math.max(1, colWidth(i) - 1))));
      if (lines > 1) row.height = 15 * lines;
      r.forEach((v, i) => {
        if (v && typeof v === 'object') row.getCell(i + 1).font = { color: { argb: 'FF0563C1' }, underline: true };
      });
      row.commit();
    }
    after?.(ws);
    ws.commit();
  };

  const unitRow = (u: Report['units'][number]): Cell[] => [unitLabel(u.name, L), statusWord(L, u.status), u.completionRate, u.indicatorsAssigned, u.indicatorsPassed, u.counts.errors, u.counts.warnings, u.counts.files, u.counts.filesNotChecked];
  const counted = report.units.filter((u) => !u.otherFolderOf);
  const others = report.units.filter((u) => u.otherFolderOf);
  sheet(
    w.summary,
    [w.unit, w.status, w.rate, w.assigned, w.passed, w.errors, w.warnings, w.files, w.notChecked],
    () => counted.map(unitRow),
    // A unit's name longer than its column (清河县城市管理综合行政执法局市容环境卫生管理所…, 96 columns
    // wide in one of 40) wraps: cut off at the next cell it could not be read, on screen or on paper.
    { percent: [2], wrap: [0] },
    (s) => {
      // 合计 below a blank row: outside the filter range, so sorting or filtering never moves it.
      const t = report.summary;
      s.addRow([]).commit();
      // What lies outside every unit folder (the county root) is counted in 合计: its own row, so the rows add up.
      const o = report.outside;
      if (o) s.addRow([w.root, null, null, null, null, o.errors, o.warnings, o.files, o.filesNotChecked]).commit();
      const total = s.addRow([w.total, statusWord(L, t.status), t.completionRate, t.indicatorsAssigned, t.indicatorsPassed, t.errors, t.warnings, t.files, t.filesNotChecked]);
      total.font = { bold: true };
      total.getCell(3).numFmt = '0%';
      total.eachCell((c) => (c.border = { top: { style: 'thin' } }));
      total.commit();
      const countNote = groupCountSentence(L, report);
      if (countNote) {
        const note = s.addRow([countNote]);
        note.font = { italic: true, color: { argb: 'FF666666' } };
        note.commit();
      }
      // Other folders of a unit (县文旅局 - 副本): below 合计, apart, so the rows above still add up to it.
      if (others.length) {
        s.addRow([]).commit();
        const head = s.addRow([w.otherFolders]);
        head.font = { italic: true, color: { argb: 'FF666666' } };
        head.commit();
        for (const u of others) {
          const row = s.addRow(unitRow(u).map((v) => (typeof v === 'string' ? cellText(v) : v)));
          row.getCell(3).numFmt = '0%';
          row.commit();
        }
      }
    },
  );

  sheet(
    w.indicators,
    [w.unit, w.code, w.name, w.status, w.files, w.folder],
    function* () {
      for (const u of report.units) for (const ind of u.indicators) yield [unitLabel(u.name, L), ind.label, ind.name, statusWord(L, ind.status), ind.files, ind.folder ? link(ind.folder, ind.folder) : w.missing];
    },
    { maxWidth: [20, 10, 30, 10, 8, 60], wrap: [0, 2, 5] },
  );

  const unitRank = new Map(report.units.map((u, i) => [u.name, i]));
  // What lies outside every unit (the county root) comes last, as in the summary, named as there.
  const rank = (u: string | null) => (u === null ? report.units.length + 1 : (unitRank.get(u) ?? report.units.length));
  const label = new Map(report.units.flatMap((u) => u.indicators.map((i) => [`${u.name}\u0000${i.code}`, i.label])));
  // A duplicate-photo group is one row (its first file's, saying how many files the group has), as it is counted.
  const groups = duplicateGroups(report.findings);
  const sizes = groupSizes(report);
  const listed = report.findings.filter((f) => !groups.member.has(f) || groups.first.has(f));
  // The file has its own column: a photo's message says what is wrong without its name again (as
  // the screen and the page print it under the file); a group's row keeps the names it compares.
  const messageOf = (f: (typeof listed)[number]) => (f.group ? withGroupSize(f.message, L, sizes.get(f.group)) : messageUnderFile(f));
  // Units in the summary's (the rule file's) order; within a unit, the report's order.
  const findingRows = listedFindings(listed.sort((a, b) => rank(a.unit) - rank(b.unit)));
  sheet(
    w.findings,
    [w.unit, w.code, w.file, w.location, w.severity, x.review, w.message, x.fix, w.rule],
    // Each row's cells are made when they are measured and again when they are written, never all held.
    function* () {
      for (const row of findingRows) {
        if ('moreInAll' in row) {
          yield ['', '', '', '', '', '', more.total(row.moreInAll, XLSX_MAX_FINDING_ROWS), '', ''];
          continue;
        }
        const f = 'finding' in row ? row.finding : row.like;
        const whereAndWhat: Cell[] =
          'finding' in row
            ? [describeLocation(f.location, L), severityWord(L, f.severity), findingStatusWord(f, L), messageOf(f), catalog[f.ruleId]?.fix[L] ?? '']
            : ['', severityWord(L, f.severity), '', more.group(row.more, f.ruleId), catalog[f.ruleId]?.fix[L] ?? ''];
        yield [
          f.unit === null ? w.root : unitLabel(f.unit, L),
          f.indicator ? (label.get(`${f.unit}\u0000${f.indicator}`) ?? f.indicator) : '',
          // The unit and indicator have their own columns: the cell shows the file's name, the link the whole path.
          f.file ? link(f.file.split('/').pop()!, f.file) : '',
          ...whereAndWhat,
          f.ruleId,
        ];
      }
    },
    { maxWidth: [14, 9, 34, 22, 8, 10, 46, 32, 24], wrap: [0, 2, 3, 5, 6, 7] },
  );
  await wb.commit();
  return Buffer.concat(chunks);

  function link(text: string, rel: string): Cell {
    const href = fileHref(rel, report.root, opts);
    return href ? { text, hyperlink: href } : text;
  }
}

export const formatXlsx: Formatter = (report, opts) => workbook(report, opts);

/** Controls, bidirectional marks and the characters Windows forbids in a file name. */
const UNSAFE_IN_FILE_NAME = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI_CHARS}/\\\\:*?"<>|]`, 'g');

/**
 * A file name for a unit's own workbook: no separators, control or bidi characters or leading dots, at
 * most 200 bytes of UTF-8 (66 CJK characters) never cut inside a character, so that the output's
 * temporary name (18 bytes more) stays within a file name's 255 bytes: a unit folder of 81 CJK
 * characters made the run end with ENAMETOOLONG (exit 2). `suffix` (-2, -3 … for names already
 * used) is kept whole, the name cut before it. Never a Windows device name (a unit folder named
 * CON or NUL would have its workbook written to the device there).
 */
export function unitFileName(unit: string, suffix = ''): string {
  let safe = '';
  let bytes = Buffer.byteLength(suffix);
  // Bidirectional marks, overrides and isolates too: a workbook named `\u202e局乙县.xlsx` shows reordered in a file manager.
  for (const ch of unit.replace(UNSAFE_IN_FILE_NAME, '_').replace(/^[.\s]+/, '').trim()) {
    bytes += Buffer.byteLength(ch);
    if (bytes > 200) break;
    safe += ch;
  }
  safe = `${safe || 'unit'}${suffix}`;
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i.test(safe)) safe = `_${safe}`;
  return `${safe}.xlsx`;
}

