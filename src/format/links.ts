/**
 * Links from an output file to the material: relative to the folder the output is written to, so
 * the report still opens the files when the report and the checked folder are moved together
 * (a shared drive). Pure path arithmetic; nothing is read.
 */
import path from 'node:path';
import { encodePath } from './uri.js';

export interface LinkBase {
  /** Absolute folder the output is written to (none: the working directory). */
  outputDir?: string;
  /** Absolute path of the checked folder. */
  rootDir?: string;
}

/**
 * The path from the output's folder to `rel` (a path inside the checked folder), '/'-separated;
 * percent-encoded for HTML (`encode`), as is for Excel. Null when it cannot be computed.
 */
export function fileHref(rel: string, root: string, base: LinkBase, encode = false, p: path.PlatformPath = path): string | null {
  const rootDir = base.rootDir ?? (p.isAbsolute(root) ? root : null);
  const from = base.outputDir ?? null;
  let out: string;
  if (rootDir && from) out = p.relative(from, p.join(rootDir, ...rel.split('/')));
  else if (!p.isAbsolute(root)) out = p.join(root, ...rel.split('/'));
  else return null;
  out = out.split(p.sep).join('/') || '.';
  if (rel.endsWith('/') && !out.endsWith('/')) out += '/';
  // On Windows a page on C: and a folder on D: (or a share) have no relative path between them:
  // path.relative gives D:\…, which percent-encoded (D%3A/…) was a relative link to nowhere.
  // A Linux path is never a drive: a folder named `D:` there is a relative path (final-review20).
  const windows = p.sep === '\\';
  const drive = windows && /^[A-Za-z]:\//.test(out);
  if (encode && drive) return `file:///${out.slice(0, 2)}${encodePath(out.slice(2))}`;
  if (encode && windows && out.startsWith('//')) return `file:${encodePath(out)}`;
  if (encode) return encodePath(out);
  // As is for Excel, a first segment with a colon (a folder named `ms-msdt:x`, `http:` or, on Linux,
  // `D:`) would be read as a URI scheme or drive and opened by its handler: './' keeps it a relative path.
  return /^[^/]*:/.test(out) && !drive ? `./${out}` : out;
}
