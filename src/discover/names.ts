/** File names as bytes → readable text: UTF-8 when valid, else GB18030 (Windows zips), NFC. */
import { iconvDecode } from '../util/iconv.js';
import { globMatcher, nativeGlobMatcher } from '../util/patterns.js';
import type { IgnoreRules } from '../rules/ignore-file.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeName(raw: Buffer): { name: string; repaired: boolean; asWritten: string } {
  let text: string;
  let repaired = false;
  try {
    text = strictUtf8.decode(raw);
  } catch {
    text = iconvDecode(raw, 'gb18030');
    repaired = true;
  }
  return { name: text.normalize('NFC'), repaired, asWritten: text };
}

/**
 * The names a folder's entries are shown and keyed by: each its decoded NFC name, unique within the
 * folder. Two names that differ only in Unicode form (NFC/NFD) are shown as written; a name that is
 * still another entry's — a GBK name from a Windows zip beside the same name in UTF-8, which decode
 * to the same text — gets ` (2)`, ` (3)` … before its extension (the name as written is kept first
 * by a valid UTF-8 name, then by byte order), never a name another entry has. Two such files were
 * one path: each took the other's findings and was its own photo.duplicate, and reviews, links and
 * thumbnails named one of them for both.
 */
export function uniqueNames(decoded: readonly { name: string; repaired: boolean; asWritten: string }[], raw: readonly Buffer[]): string[] {
  const counts = new Map<string, number>();
  for (const n of decoded) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
  const first = decoded.map((n) => ((counts.get(n.name) ?? 0) > 1 ? n.asWritten : n.name));
  const seen = new Map<string, number>();
  for (const n of first) seen.set(n, (seen.get(n) ?? 0) + 1);
  if (![...seen.values()].some((c) => c > 1)) return first;
  const taken = new Set(first);
  const out = first.slice();
  const order = decoded.map((_, i) => i).sort((a, b) => Number(decoded[a]!.repaired) - Number(decoded[b]!.repaired) || Buffer.compare(raw[a]!, raw[b]!));
  const kept = new Set<string>();
  // The next number to try for each name: a folder of thousands of names decoding alike (GB18030
  // reads any invalid byte as U+FFFD: \xff.jpg, \x80.jpg …) counted up from 2 for each (quadratic).
  const next = new Map<string, number>();
  for (const i of order) {
    const name = first[i]!;
    if (!kept.has(name)) {
      kept.add(name);
      continue;
    }
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let k = next.get(name) ?? 2;
    while (taken.has(`${stem} (${k})${ext}`)) k++;
    next.set(name, k + 1);
    out[i] = `${stem} (${k})${ext}`;
    taken.add(out[i]!);
    kept.add(out[i]!);
  }
  return out;
}

/** Default ignores: OS, Office and sync-client artefacts. */
const DEFAULT_IGNORES = [
  '.DS_Store', 'Thumbs.db', 'ehthumbs.db', 'desktop.ini', '~$*', '.~lock.*#', '._*', '.git',
  '.svn', '.dropbox', '.dropbox.cache', '.sync', '.stfolder', '.stversions', '$RECYCLE.BIN',
  'System Volume Information', '.Trash-*', '*.tmp',
];

const defaultIgnore = nativeGlobMatcher(DEFAULT_IGNORES);

/**
 * Names of our own control files (rule, review, ignore, and any `.ledger-check…` kept beside them:
 * `.ledger-check`, `.ledger-check.yaml.bak`). A FILE so named is never read from the material and
 * is reported (`file.rules-inside-material`). A FOLDER so named is material like any other and is
 * walked: a unit folder named `.ledger-check.yaml` had its photos and reports left out unread, and
 * a photo named `.ledger-check` vanished without a word.
 */
export const isControlName = nativeGlobMatcher(['.ledger-check*', '.ledgercheckignore', 'ledger-check-review.yaml', 'ledger-check-review.yml']);

/**
 * What the walk leaves out: the default names, the rule file's `ignore:` globs (run by RE2: they
 * are tested against names from the material), and the `.ledgercheckignore` rules (gitignore
 * syntax, paths relative to the checked folder).
 */
export function makeIgnore(extra: string[], ignoreFile?: IgnoreRules): (name: string, rel: string, isDir: boolean) => boolean {
  const own = extra.length ? globMatcher(extra) : () => false;
  return (name, rel, isDir) => defaultIgnore(name) || (!isDir && isControlName(name)) || own(name) || (!!ignoreFile && ignoreFile(rel, isDir));
}
