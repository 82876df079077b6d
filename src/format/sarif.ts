/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps …): every rule of the catalog with its
 * title, why and how to fix it in the run's language; one result per finding, located at its file
 * relative to the checked folder (uriBaseId LEDGERROOT), or at the unit or indicator folder for
 * findings about a folder. Reviewed findings carry an external suppression.
 */
import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../types.js';
import type { ChunkFormatter, Formatter } from './types.js';
import { LazyArray, jsonChunks } from './json-stream.js';
import { jsonSafe } from './terminal.js';
import { catalog, ruleIds } from '../messages/index.js';
import { describeLocation } from './location.js';
import { encodePath, folderUri } from './uri.js';
import { placeOf } from './place.js';
import { unitLabel } from '../messages/units.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The folder a finding without a file is about: its indicator folder, else its unit folder, else the root. */
function folderOf(report: Report, f: Finding): string {
  const { u, ind } = placeOf(report, f);
  const dir = ind?.folder ?? u?.folder ?? '';
  return dir ? `${dir}/` : '';
}

/**
 * Each result's identity across runs, for code scanning's partialFingerprints: a hash of the rule,
 * file, unit, indicator and place, then ':n' for the n-th result of the run with that hash (as
 * CodeQL's primaryLocationLineHash counts repeats). Two root-level findings (review.unused for two
 * paths written nowhere, file null) shared one fingerprint, so GitHub would merge them into one
 * alert. The message's values are left out: some move with the day checked (a deadline passed, a
 * date in the future), which would close and reopen the alert every run.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const h = createHash('sha256')
      .update([f.ruleId, f.file ?? '', f.unit ?? '', f.indicator ?? '', JSON.stringify(f.location ?? {})].join('\u0000'))
      .digest('hex');
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${h}:${n}`;
  });
}

/**
 * Where a result is in its file: a finding is about a whole file or folder (a photo, a workbook,
 * a report; the page or cell is in the message and properties.location), but GitHub's SARIF checks
 * want region.startLine on every physical location, so line 1 — as GitLab's lines.begin.
 */
const WHOLE = { startLine: 1 } as const;

/** The log in pieces: each result is made when written (one per finding). */
export const sarifPieces: ChunkFormatter = function* (report) {
  const L = report.lang;
  const ids = [...ruleIds].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const root = folderUri(report.root);
  const prints = fingerprints(report.findings);
  const results = new LazyArray(report.findings, (f: Finding, i: number) => {
    const info = catalog[f.ruleId];
    const where = describeLocation(f.location, L);
    const uri = f.file ? encodePath(f.file) : encodePath(folderOf(report, f));
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: where ? `${f.message} [${where}]` : f.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: uri || './', uriBaseId: 'LEDGERROOT' }, region: WHOLE },
          ...(f.unit || f.indicator
            ? { logicalLocations: [{ name: [f.unit && unitLabel(f.unit, L), f.indicator].filter(Boolean).join(' / '), kind: 'module' }] }
            : {}),
        },
      ],
      partialFingerprints: { 'ledgerCheck/v2': prints[i]! },
      properties: {
        unit: f.unit,
        indicator: f.indicator,
        ...(f.location ? { location: f.location } : {}),
        args: f.args,
        ...(f.evidence ? { evidence: f.evidence } : {}),
        ...(info ? { fix: info.fix[L] } : {}),
      },
    };
    const review = (f as Finding & { review?: { reason?: string; by?: string } }).review;
    if ((f as { status?: string }).status === 'reviewed' || review) {
      result.suppressions = [{ kind: 'external', status: 'accepted', ...(review?.reason ? { justification: review.reason } : {}) }];
    }
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            language: L === 'zh' ? 'zh-CN' : 'en',
            rules: ids.map((id) => {
              const r = catalog[id]!;
              return {
                id,
                name: id,
                shortDescription: { text: r.title[L] },
                fullDescription: { text: r.why[L] },
                help: { text: `${r.why[L]}\n${L === 'zh' ? '怎么改：' : 'How to fix: '}${r.fix[L]}` },
                defaultConfiguration: { level: LEVEL[r.severity] },
              };
            }),
          },
        },
        originalUriBaseIds: {
          LEDGERROOT: root.absolute
            ? { uri: root.uri, description: { text: L === 'zh' ? '被检查的文件夹' : 'the checked folder' } }
            : { uri: root.uri, uriBaseId: 'SRCROOT', description: { text: L === 'zh' ? '被检查的文件夹' : 'the checked folder' } },
        },
        invocations: [{ executionSuccessful: true }],
        properties: { rules: report.rules, asOf: report.asOf, summary: report.summary },
        results,
      },
    ],
  };
  // log → runs → the run → results → each result.
  // C1, bidi and line separators as \uXXXX (the same JSON value): a name cannot reorder a viewer's text.
  for (const c of jsonChunks(log, 4)) yield jsonSafe(c);
  yield '\n';
};

export const formatSarif: Formatter = (report, opts) => [...sarifPieces(report, opts)].join('');
