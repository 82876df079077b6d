/** One unit's part of a report (for the workbook sent back to that unit). Pure: the report only. */
import type { Report } from '../types.js';

export function unitReport(report: Report, unit: string): Report {
  const u = report.units.find((x) => x.name === unit);
  if (!u) throw new Error(`no unit ${unit} in the report`);
  // Not what lies outside every unit (the county root): this unit's workbook has its own rows only.
  const { outside: _outside, ...rest } = report;
  return {
    ...rest,
    summary: {
      ...report.summary,
      ...u.counts,
      status: u.status === 'pass' ? 'pass' : 'fail',
      completionRate: u.completionRate,
      units: 1,
      indicatorsAssigned: u.indicatorsAssigned,
      indicatorsPassed: u.indicatorsPassed,
    },
    units: [u],
    files: report.files.filter((f) => f.unit === unit),
    findings: report.findings.filter((f) => f.unit === unit),
  };
}
