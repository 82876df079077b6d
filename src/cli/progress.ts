/**
 * Progress on stderr. On a terminal: a bar redrawn at most ten times a second with the count, the
 * rate and the file just finished (and redrawn each second even when no file finishes, so a slow
 * PDF does not look like a hang). In a log (CI, stderr to a file): one line every `every` ms.
 * The clock is passed in, so tests drive it.
 */
import type { Lang } from '../types.js';
import { displayWidth, visible } from '../format/terminal.js';

export interface ProgressOptions {
  tty: boolean;
  lang: Lang;
  write: (s: string) => void;
  now?: () => number;
  /** Terminal width (columns) for the bar line. */
  columns?: number;
  /** Log mode: ms between lines. */
  every?: number;
  /** Timer for the once-a-second redraw (tests pass none). */
  setInterval?: (fn: () => void, ms: number) => { unref?: () => void } | unknown;
  clearInterval?: (h: unknown) => void;
}

const WORDS = {
  zh: { checking: '检查中', rate: (r: string) => `${r} 个/秒`, done: (n: number, s: string) => `已检查 ${n} 个文件，用时 ${s} 秒` },
  en: { checking: 'checking', rate: (r: string) => `${r} files/s`, done: (n: number, s: string) => `checked ${n} files in ${s} s` },
};

/** Cut a string to a display width, keeping its end (the file name is at the end of a path). */
function tail(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  const chars = [...s];
  let out = '';
  for (let i = chars.length - 1; i >= 0; i--) {
    if (displayWidth(`…${chars[i]}${out}`) > width) break;
    out = chars[i] + out;
  }
  return `…${out}`;
}

export class Progress {
  private readonly start: number;
  private done = 0;
  private total = 0;
  private current = '';
  private lastDraw = -Infinity;
  private lastLog: number;
  private logged = false;
  private timer: unknown = null;
  private readonly now: () => number;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? (() => Date.now());
    this.start = this.now();
    this.lastLog = this.start;
    if (o.tty && o.setInterval) {
      const h = o.setInterval(() => this.draw(true), 1000) as { unref?: () => void };
      h?.unref?.();
      this.timer = h;
    }
  }

  /** A file finished. */
  update(done: number, total: number, path: string): void {
    this.done = done;
    this.total = total;
    this.current = path;
    if (this.o.tty) this.draw(false);
    else if (this.now() - this.lastLog >= (this.o.every ?? 10_000)) {
      this.lastLog = this.now();
      this.logged = true;
      this.o.write(`${this.text()}\n`);
    }
  }

  /** The run is over: clear the bar (terminal) or say how long it took (log). */
  finish(): void {
    if (this.timer !== null) this.o.clearInterval?.(this.timer);
    this.timer = null;
    const secs = ((this.now() - this.start) / 1000).toFixed(1);
    if (this.o.tty) this.o.write('\r\x1b[K');
    else if (this.logged) this.o.write(`${WORDS[this.o.lang].done(this.total, secs)}\n`);
  }

  private rate(): string {
    const secs = (this.now() - this.start) / 1000;
    return secs > 0 ? (this.done / secs).toFixed(1) : '0.0';
  }

  private text(width = Infinity): string {
    const w = WORDS[this.o.lang];
    const pct = this.total ? Math.floor((this.done / this.total) * 100) : 0;
    const head = `${w.checking} ${this.done}/${this.total} (${pct}%) ${w.rate(this.rate())}`;
    if (!this.o.tty) return `${head}  ${visible(this.current)}`;
    const barWidth = 20;
    const filled = this.total ? Math.round((this.done / this.total) * barWidth) : 0;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
    // Narrow terminals lose the bar first, then the file name: the line never wraps.
    for (const line of [`${bar} ${head}  `, `${head}  `]) {
      const room = width - displayWidth(line) - 1;
      if (room >= 8) return line + tail(visible(this.current), room);
    }
    return head;
  }

  private draw(force: boolean): void {
    if (!this.total) return;
    const t = this.now();
    if (!force && t - this.lastDraw < 100 && this.done !== this.total) return;
    this.lastDraw = t;
    this.o.write(`\r\x1b[K${this.text(this.o.columns ?? 80)}`);
  }
}
