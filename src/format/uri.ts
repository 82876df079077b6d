/** Paths as URI references: each segment percent-encoded, '/' kept (CJK names become %E5…). */
export const encodePath = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

/**
 * A folder path as given on the command line → a URI reference ending in '/'. Absolute ones as
 * RFC 8089 file URIs, as Node's pathToFileURL writes them: a drive keeps its colon (file:///D:/…,
 * was file:///D%3A/…) and a UNC share names its server as the host (a county's shared drive,
 * \\nas\share\台账 → file://nas/share/…; was file:////nas/…, which fileURLToPath refuses).
 */
export function folderUri(root: string, windows = root.includes('\\') || process.platform === 'win32'): { uri: string; absolute: boolean } {
  const posix = root.replace(/\\/g, '/');
  const withSlash = posix.endsWith('/') ? posix : `${posix}/`;
  // A UNC share is \\\\server\\share (or //server/share on Windows); on Linux //x is just /x, and
  // D:/… a folder named `D:` (final-review20: it was file:///D:/…), never a drive.
  const unc = windows ? /^\/\/([^/]+)\/(.*)$/.exec(withSlash) : null;
  if (unc) return { uri: `file://${encodeURIComponent(unc[1]!)}/${encodePath(unc[2]!)}`, absolute: true };
  if (posix.startsWith('/')) return { uri: `file://${encodePath(withSlash)}`, absolute: true };
  if (windows && /^[A-Za-z]:\//.test(posix)) return { uri: `file:///${withSlash.slice(0, 2)}${encodePath(withSlash.slice(2))}`, absolute: true };
  return { uri: encodePath(withSlash.replace(/^\.\//, '')), absolute: false };
}
