/**
 * An extraction error's detail as a finding shows it (evidence, and the file's verdict input that
 * shards carry): Node names the file's absolute path in an I/O error's message (`ENOENT: no such
 * file or directory, open '/home/…/台账/县教育局/说明报告.docx'`), and output names paths relative
 * to the checked folder only. The absolute path is replaced by the file's path in the folder.
 * Pure: string work on the file's own fields.
 */
export function shownDetail(file: { absPath?: Uint8Array; path: string }, detail: string): string {
  if (!file.absPath) return detail;
  const abs = Buffer.from(file.absPath.buffer, file.absPath.byteOffset, file.absPath.byteLength).toString('utf8');
  if (abs.length < 2 || !detail.includes(abs)) return detail;
  return detail.split(abs).join(file.path);
}
