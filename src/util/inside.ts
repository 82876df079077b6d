/**
 * Is a path inside the checked folder? Decided on real paths: every symbolic link on the way is
 * followed, including a dangling one (its target may not exist yet, but writing through it would
 * create the file there), so no link can smuggle a path in or out.
 */
import fs from 'node:fs';
import path from 'node:path';

const MAX_LINKS = 40; // as the kernel's ELOOP limit

/** The real path `p` names: links followed, dangling ones too; missing parts kept as written. */
export function realPath(p: string, depth = 0): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    // Missing, or a dangling link: resolve the parent, then follow this entry if it is a link.
    const up = path.dirname(abs);
    if (up === abs) return abs;
    const joined = path.join(realPath(up, depth), path.basename(abs));
    if (depth >= MAX_LINKS) return joined;
    try {
      const target = fs.readlinkSync(joined);
      return realPath(path.resolve(path.dirname(joined), target), depth + 1);
    } catch {
      return joined;
    }
  }
}

/** `child` is `root` or below it (both as real paths). */
export function isInside(child: string, root: string): boolean {
  const rel = path.relative(realPath(root), realPath(child));
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}
