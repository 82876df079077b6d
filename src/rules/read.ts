/**
 * Read a rule file (or an ignore file) safely: only a regular file, and only up to a size cap.
 * The file is opened without blocking (a FIFO would otherwise wait forever for a writer) and
 * checked with fstat on the open descriptor, so a symbolic link to /dev/zero, a FIFO, a socket
 * or a folder is refused before a single byte is read, and a file swapped after the check
 * cannot make the read any longer than the cap.
 */
import fs from 'node:fs';
import { RuleFileError } from './errors.js';
import type { Lang } from '../types.js';

/** A county's rule file is a few kilobytes; the built-in set under 20 KB. */
export const RULE_FILE_MAX_BYTES = 1024 * 1024;

const TEXT: Record<Lang, Record<string, (x: string) => string>> = {
  zh: {
    ENOENT: () => '规则文件不存在（请检查路径和文件名）',
    EACCES: () => '没有权限读取该文件',
    EPERM: () => '没有权限读取该文件',
    ELOOP: () => '符号链接层数过多，无法打开',
    ENOTDIR: () => '路径中有一段不是文件夹',
    notRegular: (kind) => `不是普通文件（${kind}），不会读取`,
    tooBig: (size) => `文件过大（${size} 字节，上限 ${RULE_FILE_MAX_BYTES} 字节），不会读取`,
    other: (code) => `无法读取（${code}）`,
    utf8: () => '不是 UTF-8 文本',
  },
  en: {
    ENOENT: () => 'no such file (check the path and the name)',
    EACCES: () => 'permission denied',
    EPERM: () => 'permission denied',
    ELOOP: () => 'too many levels of symbolic links',
    ENOTDIR: () => 'a part of the path is not a folder',
    notRegular: (kind) => `not a regular file (${kind}); not read`,
    tooBig: (size) => `too large (${size} bytes, the limit is ${RULE_FILE_MAX_BYTES}); not read`,
    other: (code) => `cannot be read (${code})`,
    utf8: () => 'not UTF-8 text',
  },
};

const KIND: Record<Lang, (st: fs.Stats) => string> = {
  zh: (st) => (st.isDirectory() ? '文件夹' : st.isFIFO() ? '命名管道 FIFO' : st.isSocket() ? '套接字' : st.isCharacterDevice() || st.isBlockDevice() ? '设备文件' : '特殊文件'),
  en: (st) => (st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'a special file'),
};

const fail = (file: string, message: string): never => {
  throw new RuleFileError([{ file, message }]);
};

/** The text of `file` (BOM removed), or a RuleFileError `file: message`. */
export function readRuleText(file: string, lang: Lang, maxBytes = RULE_FILE_MAX_BYTES): string {
  const t = TEXT[lang];
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail(file, (t[code] ?? t.other!)(code));
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return fail(file, t.notRegular!(KIND[lang](st)));
    if (st.size > maxBytes) return fail(file, t.tooBig!(String(st.size)));
    // Read at most one byte past the cap: a file that grew since fstat is refused the same way.
    const buf = Buffer.alloc(maxBytes + 1);
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
      if (n > maxBytes) return fail(file, t.tooBig!(`> ${maxBytes}`));
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, n)).replace(/^\uFEFF/, '');
    } catch {
      return fail(file, t.utf8!(''));
    }
  } catch (e) {
    if (e instanceof RuleFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail(file, t.other!(code));
  } finally {
    fs.closeSync(fd);
  }
}
