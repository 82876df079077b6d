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

/** Default ignores: OS, Office and sync-client artefacts, and rule files (never read from the material). */
const DEFAULT_IGNORES = [
  '.DS_Store', 'Thumbs.db', 'ehthumbs.db', 'desktop.ini', '~$*', '.~lock.*#', '._*', '.git',
  '.svn', '.dropbox', '.dropbox.cache', '.sync', '.stfolder', '.stversions', '$RECYCLE.BIN',
  'System Volume Information', '.Trash-*', '*.tmp', '.ledger-check*', '.ledgercheckignore',
  'ledger-check-review.yaml', 'ledger-check-review.yml',
];

const defaultIgnore = nativeGlobMatcher(DEFAULT_IGNORES);

/**
 * What the walk leaves out: the default names, the rule file's `ignore:` globs (run by RE2: they
 * are tested against names from the material), and the `.ledgercheckignore` rules (gitignore
 * syntax, paths relative to the checked folder).
 */
export function makeIgnore(extra: string[], ignoreFile?: IgnoreRules): (name: string, rel: string, isDir: boolean) => boolean {
  const own = extra.length ? globMatcher(extra) : () => false;
  return (name, rel, isDir) => defaultIgnore(name) || own(name) || (!!ignoreFile && ignoreFile(rel, isDir));
}
