import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { Progress } from '../../src/cli/progress.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress on a terminal', () => {
  it('redraws with the count, the rate and the current file, at most ten times a second', () => {
    const c = clock();
    const out: string[] = [];
    const p = new Progress({ tty: true, lang: 'zh', write: (s) => out.push(s), now: c.now, columns: 100 });
    c.advance(1000);
    p.update(1, 33, '县教育局/Ⅲ—12 我们的节日/说明报告.pdf');
    expect(out.length).toBe(1);
    expect(out[0]).toMatch(/^\r\x1b\[K\[#-+\] 检查中 1\/33 \(3%\) 1\.0 个\/秒  县教育局\/Ⅲ—12 我们的节日\/说明报告\.pdf$/);
    c.advance(50);
    p.update(2, 33, 'b.jpg'); // within 100 ms: not drawn
    expect(out.length).toBe(1);
    c.advance(50);
    p.update(3, 33, 'c.jpg'); // 100 ms later: drawn
    expect(out.length).toBe(2);
    c.advance(1);
    p.update(33, 33, 'last.jpg'); // the last file always
    expect(out.at(-1)).toContain('33/33 (100%)');
    p.finish();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('keeps the line within the terminal width and shows control characters visibly', () => {
    const out: string[] = [];
    const p = new Progress({ tty: true, lang: 'en', write: (s) => out.push(s), now: () => 5, columns: 70 });
    p.update(1, 2, `${'很长的文件夹名'.repeat(10)}/evil\x1b[2J.jpg`);
    const line = out[0]!.replace('\r\x1b[K', '');
    expect(stringWidth(line)).toBeLessThanOrEqual(69);
    expect(line).toContain('il\\x1b[2J.jpg');
    expect(line).not.toMatch(/\x1b/);
  });

  it('redraws every second from its timer, so a slow file does not look like a hang', () => {
    const c = clock();
    const out: string[] = [];
    let tick: () => void = () => {};
    const p = new Progress({ tty: true, lang: 'zh', write: (s) => out.push(s), now: c.now, setInterval: (fn) => ((tick = fn), {}), clearInterval: () => {} });
    c.advance(500);
    p.update(10, 33, 'a.pdf');
    c.advance(5000);
    tick();
    expect(out.length).toBe(2);
    expect(out[1]).toContain('10/33');
    expect(out[1]).toContain('1.8 个/秒'); // 10 files in 5.5 s
  });
});

describe('progress in a log (CI)', () => {
  it('writes one line every N seconds, then a closing line', () => {
    const c = clock();
    const out: string[] = [];
    const p = new Progress({ tty: false, lang: 'en', write: (s) => out.push(s), now: c.now, every: 10_000 });
    for (let i = 1; i <= 30; i++) {
      c.advance(999);
      p.update(i, 30, `f${i}.jpg`);
    }
    // A line at the first update 10 s after the start (10.99 s), then 10 s after that line (21.98 s).
    expect(out).toEqual(['checking 11/30 (36%) 1.0 files/s  f11.jpg\n', 'checking 22/30 (73%) 1.0 files/s  f22.jpg\n']);
    p.finish();
    expect(out.at(-1)).toBe('checked 30 files in 30.0 s\n');
    expect(out.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('says nothing for a run shorter than N seconds', () => {
    const out: string[] = [];
    const p = new Progress({ tty: false, lang: 'zh', write: (s) => out.push(s), now: () => 0 });
    p.update(1, 1, 'a.jpg');
    p.finish();
    expect(out).toEqual([]);
  });
});

describe('progress from the CLI', () => {
  it('draws a bar with the current file on a terminal, and nothing on stdout', async () => {
    const { runProgram } = await import('../../src/cli/program.js');
    const path = await import('node:path');
    const { repoRoot } = await import('./helpers.js');
    const out = { stdout: '', stderr: '', code: -1 };
    await runProgram(
      [path.join(repoRoot, 'fixtures/demo/台账/县教育局'), '--as-of', '2026-10-20', '-f', 'json', '--no-ocr', '--no-review'],
      { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), lang: () => 'zh', setExitCode: (n) => (out.code = n) },
      { isTTY: false, stderrTTY: true, ci: false, noColor: true, forceColor: false, stderrColumns: 120 },
    );
    // Without OCR the photographed sign-off sheet is left unread, so the unit fails (exit 1).
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).summary.files).toBe(17);
    const frames = out.stderr.split('\r\x1b[K').filter(Boolean);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.at(-1)).toMatch(/^\[#{20}\] 检查中 17\/17 \(100%\) [\d.]+ 个\/秒  \S.*\.(jpg|pdf|docx|xlsx)$/);
    expect(out.stderr.endsWith('\r\x1b[K')).toBe(true); // the bar is cleared at the end
    for (const f of frames) expect(stringWidth(f)).toBeLessThanOrEqual(119);
  });
});
