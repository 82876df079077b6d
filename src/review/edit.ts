/**
 * Changes to the review record as text: add (or replace) one entry, drop entries by line. Comments
 * and the order of the other entries are kept; the result is re-validated before it is written.
 */
import { parseDocument, isSeq, YAMLSeq } from 'yaml';
import { parseReview, type LoadedReview } from './load.js';
import type { ReviewEntry } from './schema.js';
import type { Lang } from '../types.js';

const HEADER = ' ledger-check 人工确认记录 (review record): 放在台账文件夹之外; 每条对应一个文件(路径 + SHA-256)和一条规则\n';

export function emptyReview(file: string, lang: Lang): LoadedReview {
  const doc = parseDocument('version: 1\nentries: []\n');
  doc.commentBefore = HEADER;
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
