import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatHtml, htmlPieces } from '../../src/format/html.js';
import { chunkFormatters } from '../../src/format/index.js';
import { formatJson, jsonPieces } from '../../src/format/json.js';
import { prettyPieces } from '../../src/format/pretty.js';
import { each, html, stream } from '../../src/format/html-template.js';
import { TABLE_WORDS, percent, ruleSetName, statusWord } from '../../src/format/words.js';
import { messageUnderFile } from '../../src/format/groups.js';
import type { FormatOptions } from '../../src/format/types.js';
import type { FileReport, Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';
import { closest, elements, findAll, hasClass, parseHtml, text, type Node } from './html-tree.js';

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
  // The page is parsed back and held against the report (not against the formatter): a piece
  // dropped, written twice or out of order is a page that does not hold the report.
  it('holds the report: every unit, indicator, summary row, file block and finding once, in order (zh, en, 50 more files)', () => {
    expect(chunkFormatters.html).toBe(htmlPieces);
    for (const r of [report, widened(50), { ...report, lang: 'en' as const }]) checkPage([...htmlPieces(r, opts)].join(''), r);
  });

  it('a piece dropped, written twice or swapped with the next is seen', () => {
    const r = widened(5);
    const pieces = [...htmlPieces(r, opts)];
    expect(pieces.length).toBeGreaterThan(40);
    let tried = 0;
    for (const [what, bad] of broken(pieces, (p) => p.includes('<'))) {
      tried++;
      expect(() => checkPage(bad.join(''), r), what).toThrow();
    }
    expect(tried).toBeGreaterThan(60);
  });

  it('no piece grows with the number of files: a file block, a heading or the page’s own style at most', () => {
    const small = largestPiece(widened(10));
    const large = widened(3000);
    // Every added file is on the page (escaped), each in its own block.
    const page = formatHtml(large, opts);
    expect(page).toContain('记录002999&lt;&amp;&gt;.txt');
    expect(page.match(/<div class="file /g)!.length).toBe(large.files.length);
    expect(page.length).toBeGreaterThan(3000 * 300);
    expect(largestPiece(large)).toBeLessThanOrEqual(small);
    expect(small).toBeLessThan(64 * 1024);
  });
});

describe('screen report in pieces', () => {
  const listed = (r: Report) => (f: FileReport) => f.status !== 'pass' || r.findings.some((x) => x.file === f.path);
  // Held against the report, not against formatPretty (which is these pieces joined).
  it('holds the report: every unit, indicator and listed file once, in order (zh, en, 1,500 more failed files)', () => {
    expect(chunkFormatters.pretty).toBe(prettyPieces);
    const many = widened(1500, 'fail');
    for (const r of [report, many, { ...report, lang: 'en' as const }]) checkScreen([...prettyPieces(r, opts)].join(''), r, listed(r));
  });

  it('a piece dropped, written twice or swapped with the next is seen', () => {
    const r = widened(1200, 'fail');
    const pieces = [...prettyPieces(r, opts)];
    expect(pieces.length).toBeGreaterThan(8);
    let tried = 0;
    for (const [what, bad] of broken(pieces, () => true)) {
      tried++;
      expect(() => checkScreen(bad.join(''), r, listed(r)), what).toThrow();
    }
    expect(tried).toBeGreaterThan(20);
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

describe('JSON report in pieces', () => {
  it('is JSON.stringify(report, null, 2) and parses back to the report', () => {
    expect(chunkFormatters.json).toBe(jsonPieces);
    for (const r of [report, widened(300)]) {
      const pieces = [...jsonPieces(r, opts)];
      expect(pieces.length).toBeGreaterThan(r.files.length);
      expect(pieces.join('')).toBe(`${JSON.stringify(r, null, 2)}\n`);
      expect(JSON.parse(pieces.join(''))).toEqual(JSON.parse(JSON.stringify(r)));
      expect(formatJson(r, opts)).toBe(`${JSON.stringify(r, null, 2)}\n`);
    }
  });
});

// ---- checkers: what the page and the screen report must hold, from the report alone ----

/** Throws when the page does not hold exactly the report: every section, row, file block and finding once, in order. */
function checkPage(page: string, r: Report): void {
  const must = (ok: boolean, what: string) => {
    if (!ok) throw new Error(what);
  };
  must(page.startsWith('<!doctype html>\n<html') && page.endsWith('</html>\n'), 'page begins and ends as a page');
  const root = parseHtml(page);
  const [htmlEl] = elements(root);
  must(elements(root).length === 1 && htmlEl!.tag === 'html', 'one <html>');
  must(elements(htmlEl!).map((e) => e.tag).join() === 'head,body', '<head> then <body>');
  const body = elements(htmlEl!)[1]!;
  must(elements(body).map((e) => e.tag).join() === 'header,nav,main,script', 'header, filters, main, script');
  const main = elements(body)[2]!;
  const w = TABLE_WORDS[r.lang];
  const s = r.summary;
  const [paren, colon] = r.lang === 'zh' ? [(x: string) => `（${x}）`, '：'] : [(x: string) => ` (${x})`, ': '];
  const head = elements(htmlEl!)[0]!;
  must(text(findAll(head, (e) => e.tag === 'title')[0]!) === `${w.title} · ${ruleSetName(r.rules, r.lang)}`, 'title');
  const style = findAll(head, (e) => e.tag === 'style');
  must(style.length === 1 && text(style[0]!).includes('.file{') && !text(style[0]!).includes('</'), 'the page’s style');
  const script = elements(body)[3];
  must(script?.tag === 'script' && !text(script).includes('</'), 'the page’s script');
  const [header, nav] = elements(body);
  must(text(elements(header!)[0]!) === `${w.title} ${statusWord(r.lang, s.status)}`, 'heading with the result');
  must(text(elements(header!)[1]!) === `${w.rules}${colon}${ruleSetName(r.rules, r.lang)} ${r.rules.version} · ${w.asOf}${colon}${r.asOf} · ${r.root}`, 'rules, date, folder');
  const options = (id: string) => findAll(nav!, (e) => e.tag === 'option' && closest(e, (x) => x.attrs.id === id) !== null).map((e) => e.attrs.value);
  must(JSON.stringify(options('f-unit')) === JSON.stringify(['', ...r.units.map((u) => u.name)]), 'unit filter');
  must(JSON.stringify(options('f-sev')) === JSON.stringify(['', 'error', 'warning', 'info', 'reviewed']), 'severity filter');
  must(JSON.stringify(options('f-rule')) === JSON.stringify(['', ...[...new Set(r.findings.map((f) => f.ruleId))].sort()]), 'rule filter');
  must(findAll(nav!, (e) => e.attrs.id === 'f-count' || e.attrs.id === 'f-problems').length === 2, 'problems-only box and count');
  // The summary: one row per unit in the rule file's order, with its numbers; the 合计 row last.
  const table = findAll(main, (e) => e.attrs.id === 'summary');
  must(table.length === 1, 'one summary table');
  must(elements(table[0]!).map((e) => e.tag).join() === 'thead,tbody,tfoot', 'summary: head, body, foot');
  const rows = elements(elements(table[0]!)[1]!);
  const cells = (tr: Node) => elements(tr).map((c) => text(c));
  const headRow = elements(elements(table[0]!)[0]!);
  must(headRow.length === 1 && JSON.stringify(cells(headRow[0]!)) === JSON.stringify([w.unit, w.status, w.rate, w.assigned, w.passed, w.errors, w.warnings, w.files, w.notChecked]), 'summary: the 9 column heads');
  must(
    JSON.stringify(rows.map((tr) => cells(tr))) ===
      JSON.stringify(r.units.map((u) => [u.name, statusWord(r.lang, u.status), percent(u.completionRate), ...[u.indicatorsAssigned, u.indicatorsPassed, u.counts.errors, u.counts.warnings, u.counts.files, u.counts.filesNotChecked].map(String)])),
    'summary rows: each unit once, in order, with its counts',
  );
  const foot = elements(elements(table[0]!)[2]!);
  must(cells(foot[foot.length - 1]!)[0] === w.total && foot.length === (r.outside ? 2 : 1), '合计 last');
  must(cells(foot[foot.length - 1]!).slice(1).join() === [statusWord(r.lang, s.status), percent(s.completionRate), s.indicatorsAssigned, s.indicatorsPassed, s.errors, s.warnings, s.files, s.filesNotChecked].join(), '合计 numbers');
  // The notes under the table: that a group counts once (when there is one).
  const notes = elements(main).filter((e) => hasClass(e, 'note'));
  must(notes.length === (r.groups?.length ? 1 : 0) + (s.maxWarnings !== undefined && s.warnings > s.maxWarnings ? 1 : 0), 'the notes, once each');
  // One section per unit, in order, then the county root's when something lies outside every unit.
  const sections = elements(main).filter((e) => e.tag === 'section');
  const names = new Set(r.units.map((u) => u.name));
  const orphanFiles = r.files.filter((f) => !f.unit || !names.has(f.unit));
  must(
    JSON.stringify(sections.map((e) => e.attrs['data-unit'])) === JSON.stringify([...r.units.map((u) => u.name), ...(r.findings.some((f) => !f.unit || !names.has(f.unit)) || orphanFiles.length ? [''] : [])]),
    'unit sections: each unit once, in order',
  );
  const pathOf = (e: Node) => text(findAll(e, (x) => hasClass(x, 'path'))[0]!);
  const blocksIn = (e: Node, inIndicator: boolean) =>
    findAll(e, (x) => hasClass(x, 'file')).filter((x) => !!closest(x, (p) => hasClass(p, 'indicator')) === inIndicator);
  r.units.forEach((u, ui) => {
    const sec = sections[ui]!;
    must(
      text(findAll(sec, (e) => e.tag === 'h2')[0]!) === `${u.name} ${statusWord(r.lang, u.status)} ${w.rate} ${percent(u.completionRate)}${paren(`${u.indicatorsPassed}/${u.indicatorsAssigned}`)}`,
      `${u.name}: heading`,
    );
    must(sec.attrs.id === `u-${ui}`, `${u.name}: its anchor`);
    const inds = elements(sec).filter((e) => hasClass(e, 'indicator'));
    must(inds.length === u.indicators.length, `${u.name}: one section per indicator`);
    u.indicators.forEach((ind, ii) => {
      const h3 = elements(inds[ii]!)[0]!;
      must(h3.tag === 'h3' && text(h3).startsWith(`${ind.label} ${ind.name} ${statusWord(r.lang, ind.status)} `), `${u.name} ${ind.label}: heading, in order`);
      must(findAll(h3, (e) => e.tag === 'a').length === (ind.folder ? 1 : 0) && text(h3).endsWith(` · ${r.lang === 'zh' ? `${ind.files} 个文件` : `${ind.files} files`}`), `${u.name} ${ind.label}: its folder and count`);
      // Its heading, its own findings, its duplicate groups, then its files.
      const kinds = elements(inds[ii]!).map((e) => (hasClass(e, 'dups') ? 'd' : hasClass(e, 'file') ? 'f' : e.tag === 'ul' ? 'u' : e.tag === 'h3' ? 'h' : '?')).join('');
      must(/^hu?d*f*$/.test(kinds), `${u.name} ${ind.label}: heading, findings, groups, files (${kinds})`);
      const ownHere = r.findings.filter((x) => x.unit === u.name && x.indicator === ind.code && (!x.file || !r.files.some((f) => f.path === x.file)));
      const ul = elements(inds[ii]!).find((e) => e.tag === 'ul');
      must((ul ? elements(ul).map((e) => e.attrs['data-rule']).join() : '') === ownHere.map((x) => x.ruleId).join(), `${u.name} ${ind.label}: its own findings, in order`);
      const want = r.files.filter((f) => f.unit === u.name && f.indicator === ind.code).map((f) => f.path);
      must(JSON.stringify(blocksIn(inds[ii]!, true).map(pathOf)) === JSON.stringify(want), `${u.name} ${ind.label}: its files, each once, in order`);
    });
    const atRoot = r.files.filter((f) => f.unit === u.name && !f.indicator).map((f) => f.path);
    must(JSON.stringify(blocksIn(sec, false).map(pathOf)) === JSON.stringify(atRoot), `${u.name}: the files at its root`);
  });
  const all = findAll(main, (e) => hasClass(e, 'file'));
  must(all.every((e) => e.parent!.tag === 'section'), 'file blocks in their sections');
  must(all.length === r.files.length && JSON.stringify(all.map((e) => e.attrs.id).sort()) === JSON.stringify(r.files.map((_, i) => `file-${i}`).sort()), 'every file once');
  // Every finding on a file sits in that file's block (a duplicate group's in one block of its own).
  for (const block of all) {
    const f = r.files[Number(block.attrs.id!.slice(5))]!;
    must(text(findAll(block, (e) => hasClass(e, 'badge'))[0]!) === statusWord(r.lang, f.status), `${f.path}: its status`);
    const want = r.findings.filter((x) => x.file === f.path && !x.group);
    const got = findAll(block, (e) => hasClass(e, 'finding'));
    must(JSON.stringify(got.map((e) => e.attrs['data-rule']).sort()) === JSON.stringify(want.map((x) => x.ruleId).sort()), `${f.path}: its findings`);
    // A note that a finding was read by OCR is said once, beside the file's name.
    const OCR = /(（据扫描件 OCR 识别，置信度 \d+%，请对照原件）| \(read from a scan by OCR, confidence \d+%; compare with the original\))$/;
    const notes = new Set(want.map((x) => OCR.exec(x.message)?.[1]?.trim()).filter(Boolean));
    must(want.every((x) => got.some((e) => e.attrs['data-rule'] === x.ruleId && text(e).includes(messageUnderFile(x).replace(OCR, '')) && !OCR.test(text(e).replace(/\s*\S+ ▸?$/, '')))), `${f.path}: their messages`);
    must(notes.size <= 1 && [...notes].every((n) => text(block).split(n!).length === 2), `${f.path}: the OCR note once`);
  }
  // As many open findings as the summary counts (a group once in each unit it touches).
  const open = findAll(main, (e) => hasClass(e, 'finding') && e.attrs['data-sev'] !== 'reviewed');
  must(open.length === s.errors + s.warnings + s.infos, `open findings on the page (${open.length}) = errors + warnings + infos`);
  must(findAll(main, (e) => hasClass(e, 'dups')).length === (r.groups ?? []).reduce((n, g) => n + new Set(r.findings.filter((x) => x.group === g.id).map((x) => x.unit)).size, 0), 'a group block in each unit it touches');
}

/** Throws when the screen report does not hold exactly the report's units, indicators and listed files, in order. */
function checkScreen(textOut: string, r: Report, listed: (f: FileReport) => boolean): void {
  const must = (ok: boolean, what: string) => {
    if (!ok) throw new Error(what);
  };
  must(textOut.endsWith('\n') && !textOut.endsWith('\n\n'), 'ends with one line break');
  const lines = textOut.slice(0, -1).split('\n');
  must(lines.every((l, i) => l !== '' || (i > 0 && lines[i - 1] !== '' && lines[i + 1] !== '')), 'one blank line between blocks');
  must(lines[0]!.startsWith(r.lang === 'zh' ? '规则：' : 'Rules: '), 'rules line first');
  must(lines[lines.length - 1]!.startsWith(r.lang === 'zh' ? '结果：' : 'Result: ') && lines.filter((l) => /^(结果：|Result: )/.test(l)).length === 1, 'one result line, last');
  must(lines.filter((l) => /^(汇总：|Summary: )/.test(l)).length === 1, 'one summary line');
  must(lines.filter((l) => /^(怎么改|How to fix)/.test(l)).length === (r.findings.some((f) => f.status !== 'reviewed') ? 1 : 0), 'one 怎么改');
  // Headings: a unit's at column 0, its indicators' at column 2, each once, in order.
  const unitAt = r.units.map((u) => lines.findIndex((l) => l.startsWith(`${u.name}  `)));
  must(unitAt.every((i, k) => i > 0 && (k === 0 || i > unitAt[k - 1]!)), 'units in order');
  must(lines.filter((l) => /^\S/.test(l) && r.units.some((u) => l.startsWith(`${u.name}  `))).length === r.units.length, 'each unit once');
  r.units.forEach((u, k) => {
    // A unit's lines end at the blank line after them.
    const end = lines.indexOf('', unitAt[k]!);
    const block = lines.slice(unitAt[k]!, end < 0 ? undefined : end);
    const heads = block.filter((l) => /^ {2}\S/.test(l));
    const want = [...(heads[0] === `  ${r.lang === 'zh' ? '单位材料' : 'unit material'}` ? [heads[0]] : []), ...u.indicators.map((i) => `  ${i.label} ${i.name}`)];
    must(heads.length === want.length && heads.every((h, j) => h.startsWith(want[j]!)), `${u.name}: its indicators, each once, in order`);
    // The files listed (those that did not pass, at least) are each under their own heading once, in order.
    for (const ind of u.indicators) {
      const from = block.findIndex((l) => l.startsWith(`  ${ind.label} ${ind.name}`));
      const to = block.findIndex((l, j) => j > from && /^ {2}\S/.test(l));
      const under = block.slice(from, to < 0 ? undefined : to).filter((l) => /^ {4}\S/.test(l) && !/^ {4}(错误|警告|提示|已人工确认|error|warning|info|reviewed) /.test(l));
      const want = r.files.filter((f) => f.unit === u.name && f.indicator === ind.code && listed(f)).map((f) => f.path);
      const statuses = (['pass', 'fail', 'not-checked', 'reviewed'] as const).map((x) => `  ${statusWord(r.lang, x)}`);
      const path = (l: string) => l.slice(4, l.length - (statuses.find((x) => l.endsWith(x)) ?? '').length);
      must(JSON.stringify(under.map(path)) === JSON.stringify(want), `${u.name} ${ind.label}: its listed files, each once, in order`);
    }
  });
}

/** The pieces with one of them dropped, doubled or swapped with the next that matters: each piece that matters in turn. */
function* broken(pieces: string[], matters: (p: string) => boolean): Generator<[string, string[]]> {
  const idx = pieces.map((p, i) => (matters(p) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    yield [`drop ${i}`, [...pieces.slice(0, i), ...pieces.slice(i + 1)]];
    yield [`double ${i}`, [...pieces.slice(0, i + 1), ...pieces.slice(i)]];
    const j = idx[k + 1];
    if (j !== undefined && pieces[i] !== pieces[j]) {
      const swapped = [...pieces];
      [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
      yield [`swap ${i} ${j}`, swapped];
    }
  }
}
