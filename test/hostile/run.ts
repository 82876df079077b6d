/** Running the built CLI on a hostile folder, and proving the folder was left as it was. */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin } from '../cli/helpers.js';

/** Far above any case's own run time: reaching it means the tool did not bound itself. */
export const HANG_MS = 45_000;
export const RSS_LIMIT_KB = 1024 * 1024;

const probe = pathToFileURL(path.join(path.dirname(new URL(import.meta.url).pathname), 'rss-probe.mjs')).href;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The pretty report, written to a file outside the checked folder by the same run. */
  pretty: string;
  rssKB: number | null;
  ms: number;
}

/** One `ledger-check <root> -f json -f pretty:<file>` run, from a working folder outside root. */
export function runCli(root: string, work: string, extra: string[] = []): Run {
  const prettyFile = path.join(work, `pretty-${crypto.randomUUID()}.txt`);
  const rssFile = path.join(work, `rss-${crypto.randomUUID()}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--import', probe, bin, root, '-f', 'json', '-f', `pretty:${prettyFile}`, '--as-of', '2026-10-20', '--no-progress', '--no-color', ...extra], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', LC_HOSTILE_RSS: rssFile },
    maxBuffer: 256 << 20,
    timeout: HANG_MS,
    killSignal: 'SIGKILL',
  });
  const ms = Date.now() - t0;
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
  const rss = read(rssFile);
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', pretty: read(prettyFile), rssKB: rss ? Number(rss) : null, ms };
}

/** A stack trace or an internal error, in any output. */
export function crashText(s: string): string | null {
  const m = /^\s+at (?:.+ \()?(?:file:|node:|\/|<anonymous>).*$|\b(?:TypeError|ReferenceError|RangeError|SyntaxError|AggregateError)\b|Cannot read propert|is not a function|is not iterable|内部错误|internal error|std::bad_alloc|FATAL ERROR/im.exec(s);
  return m ? m[0] : null;
}

/**
 * Every entry under dir (not following links): type, mode, size, mtime in ns, and the content
 * hash of regular files or the target of links. Special files are never opened.
 */
export function snapshotTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: Buffer, rel: string) => {
    for (const name of fs.readdirSync(d, { encoding: 'buffer' })) {
      const p = Buffer.concat([d, Buffer.from('/'), name]);
      const r = `${rel}/${name.toString('hex')}`;
      const st = fs.lstatSync(p, { bigint: true });
      let content = '';
      if (st.isFile()) content = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
      else if (st.isSymbolicLink()) content = fs.readlinkSync(p, { encoding: 'buffer' }).toString('hex');
      out.push(`${r}|${st.mode.toString(8)}|${st.size}|${st.mtimeNs}|${st.rdev}|${content}`);
      if (st.isDirectory()) walk(p, r);
    }
  };
  const st = fs.lstatSync(dir, { bigint: true });
  out.push(`.|${st.mode.toString(8)}|${st.mtimeNs}`);
  walk(Buffer.from(dir), '');
  return out.sort();
}

/** C0 (but tab and newline) and C1 control characters, and DEL: what must never reach a terminal raw. */
export function rawControl(s: string): string | null {
  const m = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.exec(s);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${m.index}` : null;
}
