/**
 * Where the cache lives: never in the checked folder. `--cache-location DIR`, else
 * $LEDGER_CHECK_CACHE_DIR, else the user's cache folder: $XDG_CACHE_HOME/ledger-check
 * (~/.cache/ledger-check), ~/Library/Caches/ledger-check on macOS,
 * %LOCALAPPDATA%\ledger-check\cache on Windows.
 */
import os from 'node:os';
import path from 'node:path';
import { isInside } from './inside.js';

export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.LEDGER_CHECK_CACHE_DIR) return env.LEDGER_CHECK_CACHE_DIR;
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local'), 'ledger-check', 'cache');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', 'ledger-check');
  // XDG: a relative $XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME && path.posix.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.posix.join(home, '.cache');
  return path.posix.join(xdg, 'ledger-check');
}

/** The cache and the checked folder must not overlap: the run writes the one and never the other. */
export function overlapsChecked(cacheDir: string, checked: string): boolean {
  return isInside(cacheDir, checked) || isInside(checked, cacheDir);
}

/** Sizes for --cache-max-size: 500M, 2G, 300MB, 1048576 (bytes). Null when not a size. */
export function parseSize(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]) * 1024 ** ' kmgt'.indexOf((m[2] || ' ').toLowerCase());
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}
