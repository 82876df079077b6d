/**
 * One self-contained HTML page a person reads instead of the folder: per unit and indicator, every
 * file as a link to the original (relative to where the page is saved) with its photo thumbnail,
 * duplicate photos side by side with their similarity, each report's elements with the evidence
 * sentence and page, rule ids that open to why and how to fix, files not checked and findings a
 * person reviewed marked, and filters by unit, severity and rule. No external URL: it works
 * offline from a shared drive. Markup goes through the html`` tag (every value escaped).
 */
import { shownReviewTime } from '../windows/index.js';
import type { FileReport, Finding, Lang, Report, Status } from '../types.js';
import type { ChunkFormatter, FormatOptions, Formatter } from './types.js';
import { describeLocation } from './location.js';
import { STATUS_RANK, TABLE_WORDS, percent, severityWord, statusWord, tooManyWarnings, ruleSetName } from './words.js';
import { catalog, type RuleId } from '../messages/index.js';
import { element } from '../messages/format.js';
import { Html, Pieces, each, html, stream, trusted } from './html-template.js';
import { CSS, SCRIPT } from './html-style.js';
import { fileHref } from './links.js';
import { duplicateGroups, groupCountSentence, groupKey, withGroupSize, groupSizes, messageUnderFile, splitOcrNote } from './groups.js';
import { Groups, pairKey } from '../util/group.js';
import { unitLabel } from '../messages/units.js';

const PAGE_WORDS = {
  zh: {
    filterUnit: '单位', filterSev: '级别', filterRule: '规则', all: '全部', problemsOnly: '只看有问题的文件', shown: '显示的问题：', shownReviewed: '（另有已人工确认的 {n} 条）',
    why: '为什么', fix: '怎么改', dupTitle: '重复或几乎相同的照片', similarity: (p: string) => `相似度 ${p}`, identical: '完全相同',
    notCounted: (unit: string) => `“${unit}”的另一个文件夹，不计入合计`,
    noThumb: '无缩略图', omitted: (n: number) => `另有 ${n} 张照片未生成缩略图：整页报告的大小上限约为 30 MB。点击文件名可打开原图。`,
    failedThumbs: (n: number) => `${n} 张照片无法生成缩略图（格式不支持或已损坏）。`,
    elements: '要素', element: '要素', present: '有', missing: '缺少', evidence: '依据', page: (n: number) => `第 ${n} 页`,
    vetoed: '检测器引用的句子经学习模型复核不像该要素：',
    unsure: '待人工确认', unsureNote: '（依据把握不大，须人工确认）',
    reviewed: '已人工确认', unitFindings: '单位材料', folder: '文件夹', files: (n: number) => `${n} 个文件`,
    firstShown: (shown: number, of: number) => `只显示前 ${shown} 个，共 ${of} 个文件`,
    sortHint: '点击按此列排序，再点一次倒序',
  },
  en: {
    filterUnit: 'Unit', filterSev: 'Severity', filterRule: 'Rule', all: 'all', problemsOnly: 'only files with problems', shown: 'findings shown: ', shownReviewed: ' (and {n} reviewed)',
    why: 'Why', fix: 'How to fix', dupTitle: 'Duplicate or nearly identical photos', similarity: (p: string) => `${p} alike`, identical: 'identical',
    notCounted: (unit: string) => `another folder of "${unit}", not counted in the total`,
    noThumb: 'no thumbnail', omitted: (n: number) => `${n} more photos have no thumbnail: the page is capped at about 30 MB. Click a file name to open the original.`,
    failedThumbs: (n: number) => `${n} photos could not be made into thumbnails (unsupported or damaged).`,
    elements: 'Elements', element: 'Element', present: 'present', missing: 'missing', evidence: 'Evidence', page: (n: number) => `page ${n}`,
    vetoed: 'the sentence the detector cited does not read as this element to the learned second opinion: ',
    unsure: 'to confirm', unsureNote: ' (weak evidence: a person confirms it)',
    reviewed: 'reviewed', unitFindings: 'Unit material', folder: 'folder', files: (n: number) => `${n} files`,
    firstShown: (shown: number, of: number) => `the first ${shown} of ${of} files shown`,
    sortHint: 'click to sort by this column, again to reverse',
  },
} as const;

/** A report's element verdict, as the element detector reports it (when it does). */
interface ElementRow {
  element: string;
  status: 'present' | 'missing';
  evidence?: string;
  page?: number;
  /** Missing because the learned second opinion overruled the detector's evidence. */
  vetoed?: { evidence: string; page?: number };
  /** Present only on evidence a person confirms (report.element-unsure). */
  unsure?: { evidence: string; page?: number };
}

const similarityOf = (f: Finding) =>
  f.ruleId === 'photo.duplicate' ? null : `${Math.round(((64 - Number(f.args.distance ?? 0)) / 64) * 100)}%`;

/**
 * The page in pieces (one per file block, unit and indicator heading): the CLI writes them as they
 * come, so the page of a tree of 200,000 files is never held whole. The same bytes as formatHtml.
 */
export const htmlPieces: ChunkFormatter = (report, opts) => page(report, opts);

export const formatHtml: Formatter = (report, opts) => [...page(report, opts)].join('');

function page(report: Report, opts: FormatOptions): Pieces {
  const L: Lang = report.lang;
  const w = TABLE_WORDS[L];
  const p = PAGE_WORDS[L];
  const thumbs = opts.thumbnails?.images ?? new Map<string, string>();
  // Punctuation of the page's language: （…）and ： in Chinese, (…) and : in English.
  const [open, close, colon] = L === 'zh' ? ['（', '）', '：'] : [' (', ')', ': '];
  const paren = (x: string) => `${open}${x}${close}`;
  const href = (rel: string) => fileHref(rel, report.root, opts, true);
  const groups = duplicateGroups(report.findings);
  const groupFiles = new Map((report.groups ?? []).map((g) => [g.id, g.files]));
  const sizes = groupSizes(report);
  // A group's block in each unit it touches: its anchor, by the group (g-photo.duplicate-1) and, past its first unit, the unit (…-1-2).
  const anchors = new Map<string, string>();
  const perGroup = new Map<string, number>();
  for (const f of groups.first) {
    const n = (perGroup.get(f.group!) ?? 0) + 1;
    perGroup.set(f.group!, n);
    anchors.set(groupKey(f)!, `g-${f.group!.replace(/[^A-Za-z0-9.-]/g, '-')}${n > 1 ? `-${n}` : ''}`);
  }
  const groupAnchor = (f: Finding) => anchors.get(groupKey(f)!) ?? '';
  const fileIndex = new Map<string, number>();
  report.files.forEach((f, i) => fileIndex.set(f.path, i));

  const badge = (s: Status) => html`<span class="badge ${s}">${statusWord(L, s)}</span>`;
  const bar = (x: number) => html`<span class="bar"><span style="width:${Math.round(x * 100)}%"></span></span>${percent(x)}`;
  const link = (rel: string, text: string | Html = rel, cls = '') => {
    const h = href(rel);
    return h ? html`<a class="${cls}" href="${h}">${text}</a>` : html`<span class="${cls}">${text}</span>`;
  };
  const rule = (id: RuleId) => {
    const info = catalog[id];
    if (!info) return html`<code>${id}</code>`;
    return html`<details class="rule"><summary>${id}</summary><span class="explain"><b>${info.title[L]}</b><br>${p.why}${colon}${info.why[L]}<br>${p.fix}${colon}${info.fix[L]}</span></details>`;
  };
  const sevOf = (f: Finding) => (f.status === 'reviewed' ? 'reviewed' : f.severity);
  // The page's count (显示的问题) counts what the summary counts: open findings (a group once in each
  // unit), and apart from them the reviewed ones (data-reviewed: how many findings an element stands for).
  const finding = (f: Finding, text = f.message) => {
    const loc = describeLocation(f.location, L);
    const reviewed = f.status === 'reviewed';
    return html`<li class="finding" data-unit="${f.unit ?? ''}" data-sev="${sevOf(f)}" data-rule="${f.ruleId}"${reviewed ? html` data-reviewed="1"` : ''}><span class="sev ${sevOf(f)}">${
      reviewed ? statusWord(L, 'reviewed') : severityWord(L, f.severity)
    }</span> ${text}${loc && !text.includes(loc) ? html` <span class="loc">[${loc}]</span>` : ''}${
      f.review ? html` <span class="review">${paren(L === 'zh' ? `${f.review.by}：${f.review.reason}，${shownReviewTime(f.review.at)}` : `${f.review.by}: ${f.review.reason}, ${shownReviewTime(f.review.at)}`)}</span>` : ''
    } ${rule(f.ruleId)}</li>`;
  };
  const thumb = (path: string) => {
    const src = thumbs.get(path);
    const h = href(path);
    if (!src) return null;
    const img = html`<img src="${src}" alt="${path}">`;
    return h ? html`<a class="thumb" href="${h}">${img}</a>` : html`<span class="thumb">${img}</span>`;
  };
  const elementsTable = (f: FileReport) => {
    const rows = (f as FileReport & { elements?: ElementRow[] }).elements;
    if (!rows?.length) return '';
    return html`<table class="elements"><tr><th>${p.element}</th><th>${w.status}</th><th>${p.evidence}</th></tr>${rows.map(
      (e) =>
        html`<tr><td>${element(e.element, L)}</td><td class="${e.unsure ? 'unsure' : e.status}">${e.unsure ? p.unsure : e.status === 'present' ? p.present : p.missing}</td><td>${e.evidence ?? ''}${
          e.page ? html` <span class="loc">${paren(p.page(e.page))}</span>` : ''
        }${e.unsure ? html`<span class="vetoed">${p.unsureNote}</span>` : ''}${e.vetoed ? html`<span class="vetoed">${p.vetoed}${e.vetoed.evidence}${e.vetoed.page ? html` <span class="loc">${paren(p.page(e.vetoed.page))}</span>` : ''}</span>` : ''}</td></tr>`,
    )}</table>`;
  };
  const groupInUnit = new Groups(report.findings.filter((f) => f.group), (f) => groupKey(f));
  const dupBlock = (first: Finding) => {
    // The block is open while any copy in this unit is (as the summary counts it), and stands for the reviewed ones too.
    const here = groupInUnit.of(groupKey(first));
    const f = here.find((x) => x.status !== 'reviewed') ?? first;
    const reviewedHere = here.filter((x) => x.status === 'reviewed').length;
    // The first 50 members side by side (a 500-photo group would make a page nobody reads).
    const all = groupFiles.get(f.group ?? '') ?? [];
    const members = all.slice(0, 50);
    const sim = similarityOf(f);
    return html`<div class="dups finding" id="${groupAnchor(first)}" data-unit="${f.unit ?? ''}" data-sev="${sevOf(f)}" data-rule="${f.ruleId}"${reviewedHere ? html` data-reviewed="${reviewedHere}"` : ''}>
<b>${p.dupTitle}</b> <span class="sev ${sevOf(f)}">${f.status === 'reviewed' ? statusWord(L, 'reviewed') : severityWord(L, f.severity)}</span> ${rule(f.ruleId)}
<div class="pair">${members.map(
      (m, i) =>
        html`${i > 0 ? html`<span class="similar">${sim ? p.similarity(sim) : p.identical}</span>` : ''}<figure>${
          thumbs.get(m) ? link(m, html`<img src="${thumbs.get(m)!}" alt="${m}">`) : html`<div class="thumb none">${p.noThumb}</div>`
        }<figcaption>${link(m)}</figcaption></figure>`,
    )}</div><div>${withGroupSize(f.message, L, sizes.get(f.group ?? ''))}${
      all.length > members.length ? html`<span class="loc">${paren(p.firstShown(members.length, all.length))}</span>` : ''
    }</div></div>`;
  };
  // A finding on a path that is no file of the report (a rule, review or ignore file planted in the
  // folder: file.rules-inside-material) is listed where it sits, with its path (it is counted).
  const isFile = new Set(report.files.map((f) => f.path));
  const elsewhere = (f: Finding) => !!f.file && !isFile.has(f.file);
  const notOnFile = (f: Finding) => !f.file || elsewhere(f);
  const placed = (f: Finding) => (elsewhere(f) ? finding(f, `${f.message}${paren(f.file!)}`) : finding(f));
  const findingsOfFile = new Groups(report.findings, (x) => x.file);
  const fileBlock = (f: FileReport) => {
    const own = findingsOfFile.of(f.path).filter((x) => !groups.member.has(x));
    const dupOf = findingsOfFile.of(f.path).filter((x) => groups.member.has(x));
    const t = thumb(f.path);
    // Read by OCR: said once, beside the file's name, not after each of its findings.
    const split = own.map((x) => splitOcrNote(x, L));
    const note = split.find((x) => x.note)?.note ?? null;
    return html`<div class="file ${f.status}" id="file-${fileIndex.get(f.path)!}" data-status="${f.status}" data-unit="${f.unit ?? ''}">${
      t ?? (f.kind === 'photo' ? html`<div class="thumb none">${p.noThumb}</div>` : '')
    }<div class="body">${link(f.path, f.path, 'path')} ${badge(f.status)}${note ? html` <span class="loc">${note}</span>` : ''}${
      // Each member file links to its group's block, named by the rule's title (the block may sit in another indicator or unit).
      dupOf.length ? html` <span class="loc">${open}${dupOf.map((d, i) => html`${i ? (L === 'zh' ? '、' : ', ') : ''}<a href="#${groupAnchor(d)}">${catalog[d.ruleId]?.title[L] ?? d.ruleId}</a>`)}${close}</span>` : ''
    }${elementsTable(f)}${own.length ? html`<ul class="findings">${own.map((x, i) => finding(x, split[i]!.note === note ? split[i]!.text : messageUnderFile(x)))}</ul>` : ''}</div></div>`;
  };

  const findingsOfUnit = new Groups(report.findings, (f) => f.unit);
  const filesAt = new Groups(report.files, (f) => pairKey(f.unit, f.indicator));
  const filesOfUnit = new Groups(report.files, (f) => f.unit);
  const units = each(report.units, (u, ui) => {
    const mine = findingsOfUnit.of(u.name);
    const mineAt = new Groups(mine, (f) => f.indicator);
    const unitLevel = mine.filter((f) => !f.indicator && notOnFile(f));
    const rootFiles = filesOfUnit.of(u.name).filter((f) => !f.indicator);
    const firstsAt = new Groups(mine.filter((f) => groups.first.has(f)), (f) => f.indicator);
    const groupHere = (ind: string | null) => firstsAt.of(ind);
    return stream`<section class="unit" id="u-${ui}" data-unit="${u.name}">
<h2>${unitLabel(u.name, L)} ${badge(u.status)} <small>${w.rate} ${bar(u.completionRate)}${paren(`${u.indicatorsPassed}/${u.indicatorsAssigned}`)}${u.otherFolderOf ? html` · ${p.notCounted(u.otherFolderOf)}` : ''}</small></h2>
${unitLevel.length || rootFiles.length || groupHere(null).length ? stream`<h3>${p.unitFindings}</h3><ul class="findings">${unitLevel.map(placed)}</ul>${groupHere(null).map(dupBlock)}${each(rootFiles, fileBlock)}` : ''}
${each(u.indicators, (ind) => {
  const files = filesAt.of(pairKey(u.name, ind.code));
  const own = mineAt.of(ind.code).filter(notOnFile);
  return stream`<section class="indicator"><h3>${ind.label} ${ind.name} ${badge(ind.status)} <small>${ind.folder ? link(`${ind.folder}/`, p.folder) : w.missing} · ${p.files(ind.files)}</small></h3>
${own.length ? html`<ul class="findings">${own.map(placed)}</ul>` : ''}${groupHere(ind.code).map(dupBlock)}${each(files, fileBlock)}</section>`;
})}</section>`;
  });
  // Outside any unit (the county root): its files, the findings on no file of it, and the duplicate groups whose first file is there.
  const unitNames = new Set(report.units.map((u) => u.name));
  const orphans = report.files.filter((f) => !f.unit || !unitNames.has(f.unit));
  const orphanFindings = report.findings.filter((f) => (!f.unit || !unitNames.has(f.unit)) && notOnFile(f) && !groups.member.has(f));
  const orphanGroups = report.findings.filter((f) => groups.first.has(f) && (!f.unit || !unitNames.has(f.unit)));
  const rules = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const s = report.summary;
  const indexed = report.units.map((u, ui) => ({ u, ui }));
  const counted = indexed.filter(({ u }) => !u.otherFolderOf);
  const others = indexed.filter(({ u }) => u.otherFolderOf);
  const unitRow = (u: Report['units'][number], ui: number, cls = '') =>
    html`<tr data-order="${ui}"${cls ? html` class="${cls}"` : ''}><td><a href="#u-${ui}">${unitLabel(u.name, L)}</a></td><td data-v="${STATUS_RANK[u.status]}">${badge(u.status)}</td><td data-v="${u.completionRate}">${bar(u.completionRate)}</td><td class="num">${u.indicatorsAssigned}</td><td class="num">${u.indicatorsPassed}</td><td class="num">${u.counts.errors}</td><td class="num">${u.counts.warnings}</td><td class="num">${u.counts.files}</td><td class="num">${u.counts.filesNotChecked}</td></tr>`;
  const omitted = opts.thumbnails?.omitted ?? 0;
  const failed = (opts.thumbnails as { failed?: number } | undefined)?.failed ?? 0;

  return stream`<!doctype html>
<html lang="${L === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${w.title} · ${ruleSetName(report.rules, L)}</title><style>${trusted(CSS)}</style></head><body>
<header><h1>${w.title} ${badge(s.status)}</h1>
<p class="meta">${w.rules}${colon}${ruleSetName(report.rules, L)} ${report.rules.version} · ${w.asOf}${colon}${report.asOf} · ${report.root}</p></header>
<nav class="filters">
<label>${p.filterUnit} <select id="f-unit"><option value="">${p.all}</option>${report.units.map((u) => html`<option value="${u.name}">${unitLabel(u.name, L)}</option>`)}</select></label>
<label>${p.filterSev} <select id="f-sev"><option value="">${p.all}</option>${(['error', 'warning', 'info'] as const).map((x) => html`<option value="${x}">${severityWord(L, x)}</option>`)}<option value="reviewed">${p.reviewed}</option></select></label>
<label>${p.filterRule} <select id="f-rule"><option value="">${p.all}</option>${rules.map((r) => html`<option value="${r}">${catalog[r] ? `${catalog[r].title[L]}${paren(r)}` : r}</option>`)}</select></label>
<label><input type="checkbox" id="f-problems"> ${p.problemsOnly}</label>
<span id="f-count" data-label="${p.shown}" data-reviewed-label="${p.shownReviewed}">${p.shown}${s.errors + s.warnings + s.infos}${s.reviewed ? p.shownReviewed.replace('{n}', String(s.reviewed)) : ''}</span>
</nav>
<main>
<h2>${w.summary}</h2>
<div class="table-scroll"><table class="summary" id="summary"><thead><tr>${[w.unit, w.status, w.rate, w.assigned, w.passed, w.errors, w.warnings, w.files, w.notChecked].map(
  (x, i) => html`<th data-sort="${i === 0 ? 'text' : 'num'}" title="${p.sortHint}">${x}</th>`,
)}</tr></thead>
<tbody>${counted.map(({ u, ui }) => unitRow(u, ui))}</tbody>
<tfoot>${report.outside ? html`<tr class="outside"><td>${w.root}</td><td></td><td></td><td class="num"></td><td class="num"></td><td class="num">${report.outside.errors}</td><td class="num">${report.outside.warnings}</td><td class="num">${report.outside.files}</td><td class="num">${report.outside.filesNotChecked}</td></tr>` : ''}<tr><th>${w.total}</th><th>${badge(s.status)}</th><th>${bar(s.completionRate)}</th><th class="num">${s.indicatorsAssigned}</th><th class="num">${s.indicatorsPassed}</th><th class="num">${s.errors}</th><th class="num">${s.warnings}</th><th class="num">${s.files}</th><th class="num">${s.filesNotChecked}</th></tr>${
  // Other folders of a unit (县文旅局 - 副本): below 合计, apart, so the rows above still add up to it.
  others.length ? html`<tr class="other-folders"><td colspan="9">${w.otherFolders}</td></tr>${others.map(({ u, ui }) => unitRow(u, ui, 'other-folder'))}` : ''
}</tfoot></table></div>
${tooManyWarnings(L, s) ? html`<p class="note">${tooManyWarnings(L, s)}${L === 'zh' ? '，所以不通过。' : ', so the run fails.'}</p>` : ''}${report.groups?.length ? html`<p class="note">${groupCountSentence(L, report)}</p>` : ''}${omitted ? html`<p class="note">${p.omitted(omitted)}</p>` : ''}${failed ? html`<p class="note">${p.failedThumbs(failed)}</p>` : ''}
${units}
${orphanFindings.length || orphans.length || orphanGroups.length ? stream`<section class="unit" data-unit=""><h2>${w.root}</h2><ul class="findings">${orphanFindings.map(placed)}</ul>${orphanGroups.map(dupBlock)}${each(orphans, fileBlock)}</section>` : ''}
${report.findings.length ? '' : html`<p>${w.noFindings}</p>`}
</main><script>${trusted(SCRIPT)}</script></body></html>
`;
}
