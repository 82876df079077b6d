/**
 * GitLab code-quality report (a JSON array of issues): description, rule id, a stable fingerprint,
 * severity, and the file as a path from the working directory the run was started in (the
 * checked folder as given, joined with the file's path inside it).
 */
import type { Finding, Report, Severity } from '../types.js';
import type { ChunkFormatter, Formatter } from './types.js';
import { LazyArray, jsonChunks } from './json-stream.js';
import { findingFingerprint } from './fingerprint.js';
import { jsonSafe } from './terminal.js';
import { describeLocation } from './location.js';
import { placeOf } from './place.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

function pathOf(report: Report, f: Finding): string {
  const { u, ind } = placeOf(report, f);
  const rel = f.file ?? ind?.folder ?? u?.folder ?? '';
  const root = report.root.replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
  if (!rel) return root || '.';
  return root && root !== '.' ? `${root}/${rel}` : rel;
}

/** The issues in pieces, each made when written (one per finding). */
export const gitlabPieces: ChunkFormatter = function* (report) {
  const issues = new LazyArray(report.findings, (f: Finding) => {
    const where = describeLocation(f.location, report.lang);
    const review = (f as { status?: string }).status === 'reviewed';
    return {
      type: 'issue',
      check_name: f.ruleId,
      description: where ? `${f.message} [${where}]` : f.message,
      categories: ['Compliance'],
      severity: review ? 'info' : SEVERITY[f.severity],
      fingerprint: findingFingerprint(f, report.asOf),
      location: { path: pathOf(report, f), lines: { begin: 1 } },
    };
  });
  for (const c of jsonChunks(issues, 1)) yield jsonSafe(c);
  yield '\n';
};

export const formatGitlab: Formatter = (report, opts) => [...gitlabPieces(report, opts)].join('');
