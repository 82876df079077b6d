/** File names as bytes → readable text: UTF-8 when valid, else GB18030 (Windows zips), NFC. */
import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeName(raw: Buffer): { name: string; repaired: boolean; asWritten: string } {
  let text: string;
  let repaired = false;
  try {
    text = strictUtf8.decode(raw);
  } catch {
    text = iconv.decode(raw, 'gb18030');
    repaired = true;
  }
  return { name: text.normalize('NFC'), repaired, asWritten: text };
}

/** Default ignores: OS, Office and sync-client artefacts. */
const DEFAULT_IGNORES = [
  '.DS_Store', 'Thumbs.db', 'ehthumbs.db', 'desktop.ini', '~$*', '.~lock.*#', '._*', '.git',
  '.svn', '.dropbox', '.dropbox.cache', '.sync', '.stfolder', '.stversions', '$RECYCLE.BIN',
  'System Volume Information', '.Trash-*', '*.tmp', '.ledger-check*', '.ledgercheckignore',
];

const globSource = (glob: string) => glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');

/** One expression for all the patterns: every name of the tree is tested against it. */
export function makeIgnore(extra: string[]): (name: string) => boolean {
  const re = new RegExp(`^(?:${[...DEFAULT_IGNORES, ...extra].map(globSource).join('|')})$`, 'i');
  return (name) => re.test(name);
}
