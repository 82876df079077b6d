/**
 * Changes to the review record as text: add (or replace) one entry, drop entries by line. Comments
 * and the order of the other entries are kept; the result is re-validated before it is written.
 */
import { parseDocument, isSeq, YAMLSeq } from 'yaml';
import { parseReview, type LoadedReview } from './load.js';
import type { ReviewEntry } from './schema.js';
import type { Lang } from '../types.js';

/**
 * The comment a new record starts with, in the run's language: where it lives and what each field
 * means, for the person who opens it (it was half Chinese under --lang en and named no field).
 */
const HEADER: Record<Lang, string> = {
  zh: [
    ' ledger-check 人工确认记录：放在台账文件夹之外（检查时从被检查文件夹的上一级向上查找，或用 --review 指定）。',
    ' 每条记录对应一个文件和一条规则：',
    '   file     文件路径，相对于本记录所在的文件夹，用 / 分隔',
    '   sha256   核对时文件内容的 SHA-256；文件改动后这条不再适用（review.stale）',
    '   rule     问题的规则编号（ledger-check rules 列出全部）',
    '   verdict  accepted（创文办认可）或 confirmed（已人工核实无误）',
    '   reason   理由：核对了什么、看到了什么（如 已人工阅读第 2 页：……）',
    '   by / at  确认人 / 时间',
    ' 用 ledger-check review accept 添加，用 ledger-check review prune <文件夹> 删除未用上的记录。',
    '',
  ].join('\n'),
  en: [
    ' ledger-check review record: kept outside the ledger folder (a check looks for it from the checked folder\'s parent up, or takes --review).',
    ' Each entry is one file and one rule:',
    '   file     the file\'s path, relative to this record\'s folder, with /',
    '   sha256   the SHA-256 of the file when it was looked at; once the file changes the entry no longer applies (review.stale)',
    '   rule     the finding\'s rule id (ledger-check rules lists them)',
    '   verdict  accepted (the office accepts it) or confirmed (a person confirmed it is right)',
    '   reason   why: what was checked and what was seen (e.g. read page 2 by eye: …)',
    '   by / at  who / when',
    ' Add entries with ledger-check review accept; remove unused ones with ledger-check review prune <folder>.',
    '',
  ].join('\n'),
};

export function emptyReview(file: string, lang: Lang): LoadedReview {
  const doc = parseDocument('version: 1\nentries: []\n');
  doc.commentBefore = HEADER[lang];
  return parseReview(file, doc.toString(), lang);
}

/** The record with `entry` in it: an entry for the same file and rule is replaced. */
export function withEntry(r: LoadedReview, entry: ReviewEntry, lang: Lang): string {
  const doc = r.doc.clone();
  let seq = doc.get('entries', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('entries', seq);
  }
  const items = (seq as YAMLSeq).items;
  const same = (it: unknown) => {
    const js = (it as { toJSON?: () => unknown }).toJSON?.() as Partial<ReviewEntry> | undefined;
    return js?.file === entry.file && js?.rule === entry.rule;
  };
  (seq as YAMLSeq).items = items.filter((it) => !same(it));
  (seq as YAMLSeq).flow = false;
  (seq as YAMLSeq).items.push(doc.createNode({ ...entry }));
  const text = doc.toString({ lineWidth: 0 });
  parseReview(r.file, text, lang); // never write what could not be read back
  return text;
}

/** The record without the entries starting on `lines`. */
export function withoutLines(r: LoadedReview, lines: ReadonlySet<number>, lang: Lang): string {
  const doc = r.doc.clone();
  const seq = doc.get('entries', true);
  if (isSeq(seq)) {
    const keep = new Set(r.entries.filter((e) => !lines.has(e.line)).map((e) => `${e.file}\u0000${e.rule}`));
    seq.items = seq.items.filter((it) => {
      const js = (it as { toJSON?: () => unknown }).toJSON?.() as Partial<ReviewEntry> | undefined;
      return keep.has(`${js?.file}\u0000${js?.rule}`);
    });
  }
  const text = doc.toString({ lineWidth: 0 });
  parseReview(r.file, text, lang);
  return text;
}
