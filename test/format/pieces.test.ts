import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatHtml, htmlPieces } from '../../src/format/html.js';
import { chunkFormatters } from '../../src/format/index.js';
import { formatPretty, prettyPieces } from '../../src/format/pretty.js';
import { each, html, stream } from '../../src/format/html-template.js';
import type { FormatOptions } from '../../src/format/types.js';
import type { FileReport, Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

let report: Report;
const rootDir = '/srv/share/台账';
const opts: FormatOptions = { color: false, quiet: false, outputDir: '/srv/share/创文办', rootDir };
beforeAll(async () => {
  report = { ...(await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20' })), root: rootDir };
});

/** The demo report with `n` more plain files in its first indicator folder that has files. */
function widened(n: number, status: FileReport['status'] = 'pass'): Report {
  const first = report.files.find((f) => f.unit && f.indicator)!;
  const dir = path.posix.dirname(first.path);
  const extra: FileReport[] = Array.from({ length: n }, (_, i) => ({
    path: `${dir}/记录${String(i).padStart(6, '0')}<&>.txt`,
    kind: 'other' as FileReport['kind'],
    unit: first.unit,
    indicator: first.indicator,
    status,
    findings: 0,
  }));
  const at = report.files.indexOf(first) + 1;
  return { ...report, files: [...report.files.slice(0, at), ...extra, ...report.files.slice(at)] };
}

const largestPiece = (r: Report) => {
  let max = 0;
  for (const p of htmlPieces(r, opts)) max = Math.max(max, p.length);
  return max;
};

describe('stream`` and each(): html`` in pieces', () => {
  it('give the bytes html`` gives, escaping the same values', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const items = ['a', evil, ''];
    const whole = String(html`<p title="${evil}">${null}${0}<ul>${items.map((x) => html`<li>${x}</li>`)}</ul>${false}</p>`);
    const pieces = stream`<p title="${evil}">${null}${0}<ul>${each(items, (x) => html`<li>${x}</li>`)}</ul>${false}</p>`;
    expect([...pieces].join('')).toBe(whole);
    // Iterable again from the start, the same bytes.
    expect([...pieces].join('')).toBe(whole);
    expect([...pieces]).not.toContain('');
  });

  it('each() makes an item only when it is written', () => {
    let made = 0;
    const pieces = stream`<ul>${each([1, 2, 3], (n) => (made++, html`<li>${n}</li>`))}</ul>`;
    expect(made).toBe(0);
    const it = pieces[Symbol.iterator]();
    expect(it.next().value).toBe('<ul>');
    expect(made).toBe(0);
    expect(it.next().value).toBe('<li>1</li>');
    expect(made).toBe(1);
  });
});

describe('html report in pieces', () => {
  it('is the page formatHtml gives, and the CLI writes html as it comes', () => {
    expect(chunkFormatters.html).toBe(htmlPieces);
    for (const r of [report, widened(50), { ...report, lang: 'en' as const }]) expect([...htmlPieces(r, opts)].join('')).toBe(formatHtml(r, opts));
  });

  it('no piece grows with the number of files: a file block, a heading or the page’s own style at most', () => {
    const small = largestPiece(widened(10));
    const large = widened(3000);
    // Every added file is on the page (escaped), each in its own block.
    const text = formatHtml(large, opts);
    expect(text).toContain('记录002999&lt;&amp;&gt;.txt');
    expect(text.match(/<div class="file /g)!.length).toBe(large.files.length);
    expect(text.length).toBeGreaterThan(3000 * 300);
    expect(largestPiece(large)).toBeLessThanOrEqual(small);
    expect(small).toBeLessThan(64 * 1024);
  });
});

describe('screen report in pieces', () => {
  it('is the text formatPretty gives (zh, en, quiet, wrapped, colour), and the CLI writes it as it comes', () => {
    expect(chunkFormatters.pretty).toBe(prettyPieces);
    const many = widened(1500, 'fail');
    for (const r of [report, many, { ...report, lang: 'en' as const }])
      for (const o of [opts, { ...opts, quiet: true }, { ...opts, width: 40, color: true }]) expect([...prettyPieces(r, o)].join('')).toBe(formatPretty(r, o));
  });

  it('comes in pieces of whole lines, none much over 512 lines, whatever the number of files listed', () => {
    const large = widened(3000, 'fail');
    const pieces = [...prettyPieces(large, opts)];
    const text = pieces.join('');
    // Every failed file is listed, on a line of its own.
    expect(text.match(/记录\d{6}<&>\.txt/g)!.length).toBe(3000);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.endsWith('\n')).toBe(true);
      expect(p.split('\n').length - 1).toBeLessThanOrEqual(600);
    }
  });
});
