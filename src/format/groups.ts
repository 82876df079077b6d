/**
 * Duplicate photos are reported on every member of a group (so each file's status and the JSON
 * stay complete); a person wants the group once — once in each unit it touches, as the report
 * counts it (each unit has to replace its own copy; report/build.ts). A finding belongs to a
 * group when it carries the group's id (its files are listed once, in report.groups).
 */
import type { Finding, Lang, Report } from '../types.js';
import { OCR_NOTE } from '../messages/ocr.js';

/** The group as stated in one unit: its rule, its id and the unit (null: outside every unit). */
export function groupKey(f: Finding): string | null {
  return f.group ? `${f.ruleId}\u0000${f.group}\u0000${f.unit ?? ''}` : null;
}

/** The first finding of each group in each unit (in report order) and how many findings each has there. */
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

/** How many files each group has (report.groups), by group id. */
export function groupSizes(report: Pick<Report, 'groups'>): Map<string, number> {
  return new Map((report.groups ?? []).map((g) => [g.id, g.files.length]));
}

/**
 * A group's message with its size, once the group has more than two files (two: the message
 * names the other): inside the message's closing parenthesis when it ends with one
 * ("（相似度 92%，同一指标内，本组共 3 个文件）"), else after it.
 */
export function withGroupSize(message: string, lang: Lang, files: number | undefined): string {
  if (!files || files < 3) return message;
  const note = lang === 'zh' ? `本组共 ${files} 个文件` : `${files} files in this group`;
  if (lang === 'zh' && message.endsWith('）')) return `${message.slice(0, -1)}，${note}）`;
  if (lang === 'en' && message.endsWith(')')) return `${message.slice(0, -1)}, ${note})`;
  return lang === 'zh' ? `${message}（${note}）` : `${message} (${note})`;
}

/** Some group has files in more than one unit (or in a unit and outside every unit). */
export function groupsAcrossUnits(report: Pick<Report, 'groups' | 'findings'>): boolean {
  if (!report.groups?.length) return false;
  const unitsOf = new Map<string, Set<string | null>>();
  for (const f of report.findings) {
    if (!f.group) continue;
    const k = `${f.ruleId}\u0000${f.group}`;
    const s = unitsOf.get(k) ?? unitsOf.set(k, new Set()).get(k)!;
    s.add(f.unit);
    if (s.size > 1) return true;
  }
  return false;
}

/**
 * The counts count a group once in each unit it touches (report/build.ts): said where there is a
 * group, and why a group across units counts in each of them.
 */
export function groupCountNote(lang: Lang, report: Pick<Report, 'groups' | 'findings'>): string {
  if (!report.groups?.length) return '';
  if (groupsAcrossUnits(report)) return lang === 'zh' ? '（重复照片每组计一次，跨单位的组在所涉每个单位各计一次）' : ' (each duplicate group counted once, a group across units once in each unit)';
  return lang === 'zh' ? '（重复照片每组计一次）' : ' (each duplicate group counted once)';
}

/** The same as a sentence under a table of counts (html, xlsx). */
export function groupCountSentence(lang: Lang, report: Pick<Report, 'groups' | 'findings'>): string {
  if (!report.groups?.length) return '';
  const once = lang === 'zh' ? '错误和警告的条数中，重复或几乎相同的照片每组计一次。' : 'In the error and warning counts, each group of duplicate or nearly identical photos counts once.';
  if (!groupsAcrossUnits(report)) return once;
  return lang === 'zh'
    ? `${once}一组照片分属几个单位时，在每个单位各计一次（每个单位都要改自己的那张），合计是各行之和。`
    : `${once} A group whose photos lie in several units counts once in each of them (each unit has to replace its own copy); the total is the sum of the rows.`;
}

/** The message without the file name it starts with, for a line printed under that file. */
export function messageUnderFile(f: Finding): string {
  const name = f.args.file;
  if (typeof name !== 'string' || !name) return f.message;
  for (const sep of ['：', ': ']) if (f.message.startsWith(name + sep)) return f.message.slice(name.length + sep.length);
  return f.message;
}

/**
 * A finding's line under its file, and the OCR note its message ends with ("（据扫描件 OCR 识别，
 * 置信度 82%，请对照原件）"), or null: the screen and the page say the note once, on the file's line,
 * instead of after each of the file's findings (JSON keeps every message whole).
 */
export function splitOcrNote(f: Finding, lang: Lang): { text: string; note: string | null } {
  const text = messageUnderFile(f);
  if (f.source !== 'ocr' || f.confidence === undefined) return { text, note: null };
  const note = OCR_NOTE[lang](f.confidence);
  return text.endsWith(note) && text.length > note.length ? { text: text.slice(0, -note.length), note: note.trim() } : { text, note: null };
}
