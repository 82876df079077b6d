/**
 * The human view: unit → indicator → file, each finding with its severity word (colour is only a
 * second channel), then a summary line with counts and the completion rate. Every name from the
 * material goes through visible() (control characters shown as \x1b), lines wrap by display
 * width without splitting words, a duplicate group is one line, and a line under a file does not
 * repeat the file's name.
 */
import { shownReviewTime } from '../windows/index.js';
import { Chalk } from 'chalk';
import type { Finding, Lang, Report, Severity, Status } from '../types.js';
import type { ChunkFormatter, FormatOptions, Formatter } from './types.js';
import { describeLocation } from './location.js';
import { STATUS_RANK, TABLE_WORDS, percent, severityWord, statusWord, tooManyWarnings, ruleSetName } from './words.js';
import { displayWidth, padDisplay, visible, wrapSegments, type Segment } from './terminal.js';
import { duplicateGroups, groupCountNote, groupKey, withGroupSize, groupSizes, messageUnderFile, splitOcrNote } from './groups.js';
import { plural } from '../messages/plural.js';
import { Groups, pairKey } from '../util/group.js';
import { catalog, type RuleId } from '../messages/index.js';
import { unitLabel } from '../messages/units.js';

const WORDS = {
  zh: {
    completion: '完成率', missingFolder: '（缺少文件夹）', unitLevel: '单位材料',
    notCounted: (unit: string) => `（“${unit}”的另一个文件夹，不计入合计）`,
    summary: (r: Report) => {
      const s = r.summary;
      return `汇总：${s.errors} 个错误、${s.warnings} 个警告、${s.infos} 条提示${groupCountNote('zh', r)}；文件 ${s.files} 个（通过 ${s.filesPassed}、不通过 ${s.filesFailed}、未检查 ${s.filesNotChecked}${s.filesReviewed ? `、已人工确认 ${s.filesReviewed}` : ''}）；${s.reviewed ? `已人工确认的问题 ${s.reviewed} 条；` : ''}` +
        `指标完成率 ${percent(s.completionRate)}（${s.indicatorsPassed}/${s.indicatorsAssigned}）`;
    },
    result: (st: string) => `结果：${st}`,
    rules: (r: Report) => `规则：${ruleSetName(r.rules, 'zh')} ${r.rules.version}　检查日期：${r.asOf}`,
    seeGroup: (near: boolean, where: string | null) => `${near ? '几乎相同的照片' : '重复照片'}，说明见${where ? `“${where}”下` : '上方'}`,
    fixes: '怎么改（每类问题一条，做法相同的放在一起；ledger-check explain <规则> 看详细说明）',
    overview: '各单位完成情况（完成率从低到高）',
    otherFolders: '同一单位的其他文件夹（分别检查，不计入合计）：',
  },
  en: {
    completion: 'completion', missingFolder: '(folder missing)', unitLevel: 'unit material',
    notCounted: (unit: string) => ` (another folder of "${unit}", not counted in the totals)`,
    summary: (r: Report) => {
      const s = r.summary;
      return `Summary: ${plural(s.errors, 'error', 'errors')}, ${plural(s.warnings, 'warning', 'warnings')}, ${s.infos} info${groupCountNote('en', r)}; ` +
        `${plural(s.files, 'file', 'files')} (${s.filesPassed} passed, ${s.filesFailed} failed, ${s.filesNotChecked} not checked${s.filesReviewed ? `, ${s.filesReviewed} reviewed` : ''}); ${s.reviewed ? `${plural(s.reviewed, 'finding', 'findings')} reviewed; ` : ''}` +
        `completion ${percent(s.completionRate)} (${s.indicatorsPassed}/${plural(s.indicatorsAssigned, 'indicator', 'indicators')})`;
    },
    result: (st: string) => `Result: ${st}`,
    rules: (r: Report) => `Rules: ${ruleSetName(r.rules, 'en')} ${r.rules.version}  as of: ${r.asOf}`,
    seeGroup: (near: boolean, where: string | null) => `${near ? 'nearly identical photo' : 'duplicate photo'}: see ${where ? `under "${where}"` : 'above'}`,
    fixes: 'How to fix (one entry per kind of problem, those fixed the same way together; ledger-check explain <rule> says more)',
    overview: 'Completion by unit (lowest first)',
    otherFolders: 'Other folders of the same units (checked apart, not counted in the total):',
  },
} as const;

/**
 * The screen report in pieces of whole lines (each indicator's and unit's, and about every 512
 * lines within a folder): the CLI writes them as they come, so the listing of a tree of 100,000
 * files is never held as one string. The same bytes as formatPretty.
 */
export const prettyPieces: ChunkFormatter = function* (report, opts) {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const L = report.lang as Lang;
  const w = WORDS[L];
  const v = visible;
  const paren = (x: string) => (L === 'zh' ? `（${x}）` : ` (${x})`);
  const sevColor: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const stColor: Record<Status, (s: string) => string> = { pass: c.green, fail: c.red, 'not-checked': c.magenta, reviewed: c.cyan };
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => displayWidth(severityWord(L, s))), displayWidth(statusWord(L, 'reviewed')));
  const fileOf = new Map(report.files.map((f) => [f.path, f]));
  const groups = duplicateGroups(report.findings);
  const sizes = groupSizes(report);
  // A group's line says how many files it has (its message names at most five of them).
  const groupText = (f: Finding) => withGroupSize(f.message, L, sizes.get(f.group ?? ''));
  // A group is printed once, where its first member is; the other members' copies are not.
  const hidden = (f: Finding) => groups.member.has(f) && !groups.first.has(f);
  // A finding on a path that is no file of the report (a rule, review or ignore file planted in the
  // folder: file.rules-inside-material) is listed where it sits, with its path (it is counted).
  const elsewhere = (f: Finding) => !!f.file && !fileOf.has(f.file);
  const placed = (f: Finding) => (!elsewhere(f) ? f.message : L === 'zh' ? `${f.message}（${f.file}）` : `${f.message} (${f.file})`);
  const shown = (f: Finding) => {
    if (hidden(f)) return false;
    if (!opts.quiet || (f.severity === 'error' && f.status !== 'reviewed')) return true;
    // Under --quiet a file that was not checked still says why.
    return !!f.file && fileOf.get(f.file)?.status === 'not-checked';
  };
  const out: string[] = [];
  // The lines so far, each ending in a newline, once there are `least` of them.
  const flush = (least: number): string[] => {
    if (out.length < Math.max(1, least)) return [];
    const text = `${out.join('\n')}\n`;
    out.length = 0;
    return [text];
  };
  const push = (segs: Segment[], indent: string, hang = indent) => out.push(...wrapSegments(segs, opts.width, indent, hang));
  push([{ text: v(w.rules(report)), style: c.dim }], '', '  ');
  out.push('');

  // The rules of the findings listed, in the order they are printed: each gets its fix once at the end.
  const listedRules = new Set<RuleId>();
  const line = (f: Finding, indent: string, text: string) => {
    if (f.status !== 'reviewed') listedRules.add(f.ruleId);
    const loc = describeLocation(f.location, L);
    // A finding a person settled shows 已人工确认 instead of its severity, and who decided and why.
    const reviewed = f.status === 'reviewed';
    const sev = reviewed ? statusWord(L, 'reviewed') : severityWord(L, f.severity);
    const segs: Segment[] = [
      { text: sev + ' '.repeat(Math.max(0, sevWidth - displayWidth(sev))), style: reviewed ? stColor.reviewed : sevColor[f.severity], keep: true },
      { text: '  ' },
      { text: v(text) },
    ];
    if (f.review) {
      const r = f.review;
      segs.push({ text: v(L === 'zh' ? `（${r.by}：${r.reason}，${shownReviewTime(r.at)}）` : ` (${r.by}: ${r.reason}, ${shownReviewTime(r.at)})`), style: c.dim });
    }
    // A message that already says where (工作表“登记”C6 单元格) is not followed by the same place again.
    if (loc && !text.includes(loc)) segs.push({ text: '  ' }, { text: `[${v(loc)}]`, style: c.dim, keep: true });
    segs.push({ text: '  ' }, { text: f.ruleId, style: c.dim, keep: true });
    push(segs, indent, indent + ' '.repeat(sevWidth + 2));
  };
  const findingsOf = new Map<string, Finding[]>();
  for (const f of report.findings) if (f.file) (findingsOf.get(f.file) ?? findingsOf.set(f.file, []).get(f.file)!).push(f);
  const filesOf = new Map<string, string[]>(); // unit + indicator → paths
  for (const f of report.files) {
    const k = `${f.unit}\u0000${f.indicator}`;
    (filesOf.get(k) ?? filesOf.set(k, []).get(k)!).push(f.path);
  }
  // Group lines sit at the level of their first member (indicator, or unit material).
  const firstsAt = new Groups(
    report.findings.filter((f) => groups.first.has(f) && shown(f)),
    (f) => pairKey(f.unit, f.indicator),
  );
  const groupLines = (unit: string | null, indicator: string | null) => firstsAt.of(pairKey(unit, indicator));
  // A file of a duplicate group points to where the group is printed (it would look failed for no reason).
  const headOf = new Map<string, Finding>();
  for (const f of groups.first) headOf.set(groupKey(f)!, f);
  const labelOf = new Map(report.units.flatMap((u) => u.indicators.map((i) => [pairKey(u.name, i.code), `${unitLabel(u.name, L)} / ${i.label} ${i.name}`] as const)));
  const pointer = (f: Finding, indent: string) => {
    const head = headOf.get(groupKey(f)!)!;
    const same = head.unit === f.unit && head.indicator === f.indicator;
    const where = same ? null : head.indicator ? (labelOf.get(pairKey(head.unit, head.indicator)) ?? head.indicator) : head.unit ? `${unitLabel(head.unit, L)} / ${w.unitLevel}` : null;
    const sev = severityWord(L, f.severity);
    push(
      [
        { text: sev + ' '.repeat(Math.max(0, sevWidth - displayWidth(sev))), style: sevColor[f.severity], keep: true },
        { text: '  ' },
        { text: v(w.seeGroup(f.ruleId === 'photo.near-duplicate', where)), style: c.dim },
      ],
      indent,
      indent + ' '.repeat(sevWidth + 2),
    );
  };
  const findingsOfUnit = new Groups(report.findings, (f) => f.unit);
  const filesOfUnit = new Groups(report.files, (f) => f.unit);

  for (const u of report.units) {
    const mine = findingsOfUnit.of(u.name);
    const mineAt = new Groups(mine, (f) => f.indicator);
    push(
      [
        { text: v(unitLabel(u.name, L)), style: c.bold },
        { text: '  ' },
        { text: statusWord(L, u.status), style: stColor[u.status], keep: true },
        { text: `  ${w.completion} ${percent(u.completionRate)}${paren(`${u.indicatorsPassed}/${u.indicatorsAssigned}`)}` },
        ...(u.otherFolderOf ? [{ text: v(w.notCounted(u.otherFolderOf)), style: c.dim }] : []),
      ],
      '',
      '  ',
    );
    const unitLevel = mine.filter((f) => !f.indicator && (!f.file || elsewhere(f)) && shown(f));
    const rootFiles = filesOfUnit.of(u.name).filter((f) => !f.indicator);
    const rootGroups = groupLines(u.name, null);
    if (unitLevel.length || rootGroups.length || rootFiles.some((f) => f.status !== 'pass')) {
      out.push(`  ${c.bold(w.unitLevel)}`);
      for (const f of unitLevel) line(f, '    ', placed(f));
      for (const f of rootGroups) line(f, '    ', groupText(f));
      yield* fileBlock(rootFiles.map((f) => f.path), '    ');
    }
    for (const ind of u.indicators) {
      const own = mineAt.of(ind.code);
      push(
        [
          { text: `${v(ind.label)} ${v(ind.name)}` },
          { text: '  ' },
          { text: statusWord(L, ind.status), style: stColor[ind.status], keep: true },
          ...(ind.folder ? [] : [{ text: ` ${w.missingFolder}`, style: c.dim }]),
        ],
        '  ',
        '    ',
      );
      for (const f of own.filter((x) => (!x.file || elsewhere(x)) && shown(x))) line(f, '    ', placed(f));
      for (const f of groupLines(u.name, ind.code)) line(f, '    ', groupText(f));
      yield* fileBlock(filesOf.get(`${u.name}\u0000${ind.code}`) ?? [], '    ');
      yield* flush(1);
    }
    out.push('');
    yield* flush(1);
  }
  // Outside every unit folder (the county root): under a heading of its own.
  const orphan = report.files.filter((f) => !f.unit).map((f) => f.path);
  const rootLines = report.findings.filter((f) => !f.unit && (!f.file || elsewhere(f)) && shown(f));
  if (groupLines(null, null).length || rootLines.length || orphan.some(printed)) {
    push([{ text: TABLE_WORDS[L].root, style: c.bold }], '', '  ');
    for (const f of groupLines(null, null)) line(f, '  ', groupText(f));
    for (const f of rootLines) line(f, '  ', placed(f));
    yield* fileBlock(orphan, '  ');
    out.push('');
  }
  /** A file is listed when it has something to show or did not pass. */
  function printed(p: string): boolean {
    const fs = (findingsOf.get(p) ?? []).filter((f) => shown(f) && !groups.first.has(f));
    const inGroups = (findingsOf.get(p) ?? []).filter((f) => groups.member.has(f) && f.status !== 'reviewed' && shown(headOf.get(groupKey(f)!)!));
    return fs.length > 0 || inGroups.length > 0 || fileOf.get(p)!.status !== 'pass';
  }
  function* fileBlock(paths: string[], indent: string): Generator<string> {
    for (const p of paths) {
      yield* flush(512);
      const fr = fileOf.get(p)!;
      const fs = (findingsOf.get(p) ?? []).filter((f) => shown(f) && !groups.first.has(f));
      const inGroups = (findingsOf.get(p) ?? []).filter((f) => groups.member.has(f) && f.status !== 'reviewed' && shown(headOf.get(groupKey(f)!)!));
      if (!fs.length && !inGroups.length && fr.status === 'pass') continue;
      // Read by OCR: said once, on the file's line, not after each of its findings.
      const split = fs.map((f) => splitOcrNote(f, L));
      const note = split.find((x) => x.note)?.note ?? null;
      push(
        [
          { text: v(p), style: c.underline },
          { text: '  ' },
          { text: statusWord(L, fr.status), style: stColor[fr.status], keep: true },
          ...(note ? [{ text: '  ' }, { text: note, style: c.dim }] : []),
        ],
        indent,
        `${indent}  `,
      );
      for (const f of inGroups) pointer(f, `${indent}  `);
      fs.forEach((f, i) => line(f, `${indent}  `, split[i]!.note === note ? split[i]!.text : messageUnderFile(f)));
    }
  }
  if (listedRules.size) {
    push([{ text: w.fixes, style: c.bold }], '', '  ');
    // Rules with the same advice (the photo's size, pixels and EXIF: export the original) are listed
    // together, where the first of them was shown, and the advice is said once under them.
    const byFix = new Map<string, RuleId[]>();
    for (const id of listedRules) {
      const info = catalog[id];
      if (!info) continue;
      const ids = byFix.get(info.fix[L]) ?? byFix.set(info.fix[L], []).get(info.fix[L])!;
      ids.push(id);
    }
    for (const [fix, ids] of byFix) {
      for (const id of ids) push([{ text: catalog[id].title[L] }, { text: '  ' }, { text: id, style: c.dim, keep: true }], '  ', '    ');
      push([{ text: fix }], '    ', '    ');
    }
    out.push('');
  }
  // A county's run ends with its units side by side, those to chase first (the HTML and xlsx summary sheet).
  if (report.mode === 'county' && report.units.length) out.push(...overviewLines(report, opts), '');
  out.push(...summaryLines(report, opts));
  yield* flush(1);
};

/**
 * The units of a county run in a table that fits the screen (80 columns when it is not a terminal):
 * completion, errors, warnings and files not checked per unit, sorted by completion (then failed
 * before not checked before passed, then by errors), with the root row and 合计 below; another folder
 * of a unit comes after 合计, apart, as in the HTML and xlsx. A name wider than its column wraps
 * inside it (never cut: two units may share a long prefix).
 */
function overviewLines(report: Report, opts: Pick<FormatOptions, 'color' | 'width'>): string[] {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const L = report.lang as Lang;
  const t = TABLE_WORDS[L];
  const width = opts.width && opts.width > 0 ? opts.width : 80;
  const paren = (x: string) => (L === 'zh' ? `（${x}）` : ` (${x})`);
  const stColor: Record<Status, (s: string) => string> = { pass: c.green, fail: c.red, 'not-checked': c.magenta, reviewed: c.cyan };
  type Row = OverviewRow;
  const rate = (r: number, passed: number, assigned: number) => `${percent(r)}${paren(`${passed}/${assigned}`)}`;
  const rowOf = (u: Report['units'][number]): Row => ({
    name: unitLabel(u.name, L), status: u.status, rate: rate(u.completionRate, u.indicatorsPassed, u.indicatorsAssigned),
    errors: u.counts.errors, warnings: u.counts.warnings, notChecked: u.counts.filesNotChecked,
  });
  const byNeed = (a: Report['units'][number], b: Report['units'][number]) =>
    a.completionRate - b.completionRate || STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.counts.errors - a.counts.errors || b.counts.warnings - a.counts.warnings;
  const counted = report.units.filter((u) => !u.otherFolderOf).sort(byNeed).map(rowOf);
  const others = report.units.filter((u) => u.otherFolderOf).sort(byNeed).map(rowOf);
  const s = report.summary;
  const o = report.outside;
  const foot: Row[] = [
    ...(o ? [{ name: t.root, status: null, rate: '', errors: o.errors, warnings: o.warnings, notChecked: o.filesNotChecked }] : []),
    { name: t.total, status: s.status, rate: rate(s.completionRate, s.indicatorsPassed, s.indicatorsAssigned), errors: s.errors, warnings: s.warnings, notChecked: s.filesNotChecked, bold: true },
  ];
  const all = [...counted, ...foot, ...others];
  const head = [t.status, t.rate, t.errors, t.warnings, t.notChecked];
  const cells = (r: Row) => [r.status ? statusWord(L, r.status) : '', r.rate, String(r.errors), String(r.warnings), String(r.notChecked)];
  const colW = head.map((h, i) => Math.max(displayWidth(h), ...all.map((r) => displayWidth(cells(r)[i]!))));
  const gap = '  ';
  const indent = '  ';
  const fixed = colW.reduce((n, w) => n + w + gap.length, 0);
  const longest = Math.max(displayWidth(t.unit), ...all.map((r) => displayWidth(visible(r.name))));
  // Too narrow for the columns beside a name of 8 (about 50 columns in Chinese, 66 in English): each
  // unit on its line, its figures labelled on the next (final-review20: the table ran over the terminal).
  if (indent.length + Math.min(longest, 8) + fixed > width) return stackedLines(report, opts, { counted, foot, others }, stColor);
  const nameW = Math.min(longest, Math.max(8, width - indent.length - fixed));
  // Status and rate read from the left, counts from the right.
  const align = (x: string, i: number) => (i === 0 ? padDisplay(x, colW[i]!) : ' '.repeat(colW[i]! - displayWidth(x)) + x);
  const line = (name: string, rest: string[], style?: (x: string) => string, status?: Status | null) => {
    const names = wrapSegments([{ text: name }], nameW, '', '');
    const figures = rest.map((x, i) => {
      const a = align(x, i);
      return i === 0 && status ? stColor[status](a) : a;
    });
    const first = `${indent}${padDisplay(names[0] ?? '', nameW)}${gap}${figures.join(gap)}`.replace(/\s+$/, '');
    return [first, ...names.slice(1).map((n) => `${indent}${n}`)].map((x) => (style ? style(x) : x));
  };
  const out = [c.bold(WORDS[L].overview), ...line(t.unit, head, c.dim)];
  for (const r of counted) out.push(...line(visible(r.name), cells(r), undefined, r.status));
  for (const r of foot) out.push(...line(visible(r.name), cells(r), r.bold ? c.bold : undefined, r.status));
  if (others.length) {
    out.push(...wrapSegments([{ text: WORDS[L].otherFolders, style: c.dim }], width, '', '  '));
    for (const r of others) out.push(...line(visible(r.name), cells(r), undefined, r.status));
  }
  return out;
}

type OverviewRow = { name: string; status: Status | null; rate: string; errors: number; warnings: number; notChecked: number; bold?: boolean };

/**
 * The overview for a terminal too narrow for its columns: a unit's name (wrapped whole) on its line and
 * under it its status and figures, each with its column's name (完成率 50%（1/2） 错误 2 …), wrapped
 * between figures, never inside one.
 */
function stackedLines(
  report: Report,
  opts: Pick<FormatOptions, 'color' | 'width'>,
  rows: { counted: OverviewRow[]; foot: OverviewRow[]; others: OverviewRow[] },
  stColor: Record<Status, (s: string) => string>,
): string[] {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const L = report.lang as Lang;
  const t = TABLE_WORDS[L];
  const width = opts.width && opts.width > 0 ? opts.width : 80;
  const unit = (r: OverviewRow): string[] => {
    const figures: Segment[] = [];
    const add = (text: string, style?: (x: string) => string) => {
      if (figures.length) figures.push({ text: '  ' });
      figures.push({ text, style, keep: true });
    };
    if (r.status) add(statusWord(L, r.status), stColor[r.status]);
    if (r.rate) add(`${t.rate} ${r.rate}`);
    add(`${t.errors} ${r.errors}`);
    add(`${t.warnings} ${r.warnings}`);
    add(`${t.notChecked} ${r.notChecked}`);
    return [...wrapSegments([{ text: visible(r.name), style: r.bold ? c.bold : undefined }], width, '  ', '  '), ...wrapSegments(figures, width, '    ', '    ')];
  };
  const out = wrapSegments([{ text: WORDS[L].overview, style: c.bold }], width, '', '');
  for (const r of [...rows.counted, ...rows.foot]) out.push(...unit(r));
  if (rows.others.length) {
    out.push(...wrapSegments([{ text: WORDS[L].otherFolders, style: c.dim }], width, '', '  '));
    for (const r of rows.others) out.push(...unit(r));
  }
  return out;
}

/** The summary line (counts, completion) and the result line that end the screen report. */
function summaryLines(report: Report, opts: Pick<FormatOptions, 'color' | 'width'>): string[] {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const L = report.lang as Lang;
  const w = WORDS[L];
  const st = report.summary.status;
  // A run that fails only by --max-warnings says so (it has no error to point at).
  const tooMany = tooManyWarnings(L, report.summary);
  const paren = (x: string) => (L === 'zh' ? `（${x}）` : ` (${x})`);
  return [
    ...wrapSegments([{ text: visible(w.summary(report)) }], opts.width, '', ''),
    c.bold((st === 'pass' ? c.green : c.red)(w.result(statusWord(L, st)))) + (tooMany ? paren(tooMany) : ''),
  ];
}

/**
 * The end of the screen report alone (summary and result, one per line): what the screen shows
 * when every format was written to a file.
 */
export const formatSummary = (report: Report, opts: Pick<FormatOptions, 'color' | 'width'>): string => `${summaryLines(report, opts).join('\n')}\n`;

export const formatPretty: Formatter = (report, opts) => [...prettyPieces(report, opts)].join('');
