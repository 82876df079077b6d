/**
 * Duplicate photos are reported on every member of a group (so each file's status and the JSON
 * stay complete); a person wants the group once. A finding belongs to a group when it carries the
 * group's id (its files are listed once, in report.groups).
 */
import type { Finding } from '../types.js';

export function groupKey(f: Finding): string | null {
  return f.group ? `${f.ruleId}\u0000${f.group}` : null;
}

/** The first finding of each group (in report order) and how many findings each group has. */
export function duplicateGroups(findings: readonly Finding[]): { first: Set<Finding>; member: Set<Finding>; size: Map<Finding, number> } {
  const firstOf = new Map<string, Finding>();
  const size = new Map<Finding, number>();
  const member = new Set<Finding>();
  for (const f of findings) {
    const k = groupKey(f);
    if (!k) continue;
    member.add(f);
    const head = firstOf.get(k);
    if (head) size.set(head, (size.get(head) ?? 1) + 1);
    else {
      firstOf.set(k, f);
      size.set(f, 1);
    }
  }
  return { first: new Set(firstOf.values()), member, size };
}

/** Counts with each duplicate group counted once. */
export function groupedCounts(findings: readonly Finding[]): { errors: number; warnings: number; infos: number; collapsed: number } {
  const { member, first } = duplicateGroups(findings);
  const n = { errors: 0, warnings: 0, infos: 0, collapsed: 0 };
  for (const f of findings) {
    // Reviewed findings are counted apart (summary.reviewed), as the report counts them.
    if ((f as { status?: string }).status === 'reviewed') continue;
    if (member.has(f) && !first.has(f)) {
      n.collapsed++;
      continue;
    }
    if (f.severity === 'error') n.errors++;
    else if (f.severity === 'warning') n.warnings++;
    else n.infos++;
  }
  return n;
}

/** The message without the file name it starts with, for a line printed under that file. */
export function messageUnderFile(f: Finding): string {
  const name = f.args.file;
  if (typeof name !== 'string' || !name) return f.message;
  for (const sep of ['：', ': ']) if (f.message.startsWith(name + sep)) return f.message.slice(name.length + sep.length);
  return f.message;
}
