/**
 * An Excel workbook for the county office to circulate: a summary per unit (completion rate),
 * every indicator, and every finding — one row each, filterable. Written to a file only.
 */
import type { Report } from '../types.js';
import type { Formatter } from './types.js';
import { describeLocation } from './location.js';
import { TABLE_WORDS, percent, severityWord, statusWord } from './words.js';

export const formatXlsx: Formatter = async (report: Report) => {
  const { default: ExcelJS } = await import('exceljs');
  const w = TABLE_WORDS[report.lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ledger-check';
  // A fixed date keeps the workbook's properties independent of when it was written.
  wb.created = wb.modified = new Date(`${report.asOf}T00:00:00Z`);
  const sheet = (name: string, header: string[], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    ws.columns.forEach((c, i) => (c.width = widths[i] ?? 12));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    return ws;
  };

  const s = sheet(w.summary, [w.unit, w.status, w.assigned, w.passed, w.rate, w.errors, w.warnings, w.files, w.notChecked], [18, 10, 10, 10, 10, 8, 8, 8, 8]);
  for (const u of report.units) {
    s.addRow([u.name, statusWord(report.lang, u.status), u.indicatorsAssigned, u.indicatorsPassed, percent(u.completionRate), u.counts.errors, u.counts.warnings, u.counts.files, u.counts.filesNotChecked]);
  }
  const t = report.summary;
  s.addRow([w.total, statusWord(report.lang, t.status), t.indicatorsAssigned, t.indicatorsPassed, percent(t.completionRate), t.errors, t.warnings, t.files, t.filesNotChecked]).font = { bold: true };

  const i = sheet(w.indicators, [w.unit, w.code, w.name, w.status, w.files, w.folder], [18, 10, 28, 10, 8, 50]);
  for (const u of report.units) {
    for (const ind of u.indicators) i.addRow([u.name, ind.label, ind.name, statusWord(report.lang, ind.status), ind.files, ind.folder ?? w.missing]);
  }

  const f = sheet(w.findings, [w.unit, w.code, w.file, w.location, w.severity, w.rule, w.message], [14, 10, 48, 16, 8, 28, 70]);
  const label = new Map(report.units.flatMap((u) => u.indicators.map((x) => [`${u.name}\u0000${x.code}`, x.label])));
  for (const x of report.findings) {
    f.addRow([x.unit ?? '', x.indicator ? label.get(`${x.unit}\u0000${x.indicator}`) ?? x.indicator : '', x.file ?? '', describeLocation(x.location, report.lang), severityWord(report.lang, x.severity), x.ruleId, x.message]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
};
