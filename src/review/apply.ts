/**
 * Apply the review record to a run's findings: a pure step after evaluation
 * (facts + rules → findings; findings + review entries + content hashes → findings).
 * A finding covered by an entry (same file, same rule, same content hash) becomes
 * status 'reviewed' with the reviewer and reason; an entry whose file changed is reported as
 * review.stale and covers nothing; an entry that covers nothing is reported as review.unused.
 */
import type { Finding, Lang, ReviewSummary } from '../types.js';
import type { RuleSet } from '../rules/schema.js';
import type { ReviewEntry } from './schema.js';
import { makeFinding, sortFindings } from '../evaluate.js';
import type { RuleId } from '../messages/index.js';

export interface ScopedEntry extends ReviewEntry {
  line: number;
  /** The entry's file relative to the checked root ('/'), or null when it lies outside it. */
  path: string | null;
  /** Outside the checked root and no such file anywhere: a path written wrong (review.unused, why 'nowhere'). */
  missing?: true;
  /** For a missing entry: the checked folder's file its path's tail names, as the record must write it. */
  suggest?: string;
  /** Inside the checked root, naming a folder: a folder's finding is not recorded in a review (review.unused, why 'folder'). */
  folder?: true;
}

export interface ReviewInput {
  /** The review file, as shown in the report. */
  file: string;
  entries: ScopedEntry[];
  /** SHA-256 of the run's files that an in-scope entry names (missing: the file is not in the run). */
  hashes: ReadonlyMap<string, string>;
  /** Where the run's files belong, for the review findings themselves. */
  files: readonly { path: string; unit: string | null; indicator: string | null }[];
}

export interface Applied {
  findings: Finding[];
  summary: ReviewSummary;
  /** Line numbers of the entries that matched nothing (what `review prune` removes). */
  unusedLines: number[];
}

/**
 * The one file an entry whose file is gone now names (users20: a renamed file lost its review): of the
 * entry's unit (the unit of the files beside or above its old path), holding the same bytes (hash),
 * with a finding of the entry's rule and no entry of its own for it; none when there is no such file
 * or more than one (which one was meant is not known). Never another unit's file: the same sign-off
 * sheet copied into another unit is not that unit's reviewed sign-off.
 */
function renamedTo(e: ScopedEntry, out: readonly Finding[], input: ReviewInput, named: ReadonlySet<string>, claimed: ReadonlySet<string>): ReviewInput['files'][number] | null {
  if (e.path === null) return null;
  const unit = unitOfPath(e.path, input.files);
  if (unit === null) return null;
  const found = input.files.filter(
    (f) =>
      f.unit === unit &&
      input.hashes.get(f.path) === e.sha256 &&
      !named.has(`${f.path}\u0000${e.rule}`) &&
      !claimed.has(`${f.path}\u0000${e.rule}`) &&
      out.some((x) => x.file === f.path && x.ruleId === e.rule),
  );
  return found.length === 1 ? found[0]! : null;
}

/** The unit a path inside the checked root belongs to: that of the run's files in its nearest folder holding any. */
export function unitOfPath(p: string, files: ReviewInput['files']): string | null {
  const parts = p.split('/').slice(0, -1);
  for (let n = parts.length; n > 0; n--) {
    const dir = `${parts.slice(0, n).join('/')}/`;
    const f = files.find((x) => x.path.startsWith(dir) && x.unit !== null);
    if (f) return f.unit;
  }
  // At the checked root: the unit only when the run is of one unit (a county's root belongs to none).
  const units = new Set(files.map((x) => x.unit));
  return units.size === 1 ? [...units][0]! : null;
}

/** The new path as the record must write it: the written path with its part inside the checked root replaced. */
function writtenAs(e: ScopedEntry, now: string): string {
  const written = e.file.replace(/\\/g, '/');
  return e.path && written.endsWith(e.path) ? `${written.slice(0, written.length - e.path.length)}${now}` : now;
}

/** Review findings are about the record itself: a person cannot review them away. */
const isReviewRule = (id: string) => id.startsWith('review.');

export function applyReviews(findings: Finding[], input: ReviewInput, opts: { rules: Pick<RuleSet, 'severity'>; lang: Lang }): Applied {
  const place = new Map(input.files.map((f) => [f.path, f]));
  const out = findings.map((f) => ({ ...f }));
  const extra: Finding[] = [];
  const summary: ReviewSummary = { file: input.file, entries: input.entries.length, applied: 0, stale: 0, unused: 0, outOfScope: 0 };
  const unusedLines: number[] = [];
  const named = new Set(input.entries.map((e) => `${e.path}\u0000${e.rule}`));
  const claimed = new Set<string>();
  for (const e of input.entries) {
    if (e.path === null && e.missing) {
      // No such file anywhere: not another folder's entry but a path written wrong; said at the root.
      summary.unused++;
      unusedLines.push(e.line);
      const f = makeFinding('review.unused', null, null, { file: null, args: { rule: e.rule, line: e.line, why: 'nowhere', written: e.file, ...(e.suggest ? { suggest: e.suggest } : {}) } }, opts);
      if (f) extra.push(f);
      continue;
    }
    if (e.path === null) {
      summary.outOfScope++;
      continue;
    }
    const where = place.get(e.path);
    const emit = (ruleId: RuleId, args: Record<string, string | number>, evidence?: Finding['evidence']) => {
      const f = makeFinding(ruleId, where?.unit ?? null, where?.indicator ?? null, { file: e.path, args, evidence }, opts);
      if (f) extra.push(f);
    };
    const actual = input.hashes.get(e.path);
    const moved = !where && !e.folder ? renamedTo(e, out, input, named, claimed) : null;
    if (moved) {
      // Renamed (or moved within its unit), bytes unchanged: the person's review of them still holds.
      claimed.add(`${moved.path}\u0000${e.rule}`);
      summary.applied++;
      for (const f of out.filter((x) => x.file === moved.path && x.ruleId === e.rule)) {
        f.status = 'reviewed';
        f.review = { verdict: e.verdict, reason: e.reason, by: e.by, at: e.at };
      }
      const f = makeFinding('review.renamed', moved.unit, moved.indicator, { file: moved.path, args: { rule: e.rule, line: e.line, written: e.file, now: writtenAs(e, moved.path) } }, opts);
      if (f) extra.push(f);
      continue;
    }
    if (!where || actual === undefined) {
      summary.unused++;
      unusedLines.push(e.line);
      // A folder's finding (an indicator folder missing, too few photos) is settled by the material or the rules, not by a review.
      emit('review.unused', e.folder ? { rule: e.rule, line: e.line, why: 'folder', written: e.file } : { rule: e.rule, line: e.line, why: 'no-file' });
      continue;
    }
    if (actual !== e.sha256) {
      summary.stale++;
      emit('review.stale', { rule: e.rule, by: e.by, at: e.at, recorded: e.sha256, actual }, { seen: actual, expected: e.sha256 });
      continue;
    }
    const covered = out.filter((f) => f.file === e.path && f.ruleId === e.rule && !isReviewRule(f.ruleId));
    if (!covered.length) {
      summary.unused++;
      unusedLines.push(e.line);
      emit('review.unused', { rule: e.rule, line: e.line, why: 'no-finding' });
      continue;
    }
    summary.applied++;
    for (const f of covered) {
      f.status = 'reviewed';
      f.review = { verdict: e.verdict, reason: e.reason, by: e.by, at: e.at };
    }
  }
  return { findings: sortFindings([...out, ...extra]), summary, unusedLines };
}
