/** Paths as URI references: each segment percent-encoded, '/' kept (CJK names become %E5…). */
export const encodePath = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

/** A folder path as given on the command line → a URI reference ending in '/'. */
export function folderUri(root: string): { uri: string; absolute: boolean } {
  const posix = root.replace(/\\/g, '/');
  const withSlash = posix.endsWith('/') ? posix : `${posix}/`;
  if (posix.startsWith('/')) return { uri: `file://${encodePath(withSlash)}`, absolute: true };
  if (/^[A-Za-z]:\//.test(posix)) return { uri: `file:///${encodePath(withSlash)}`, absolute: true };
  return { uri: encodePath(withSlash.replace(/^\.\//, '')), absolute: false };
}
