/** One self-contained HTML page to look at: units with completion rates, then findings by unit. */
import type { Finding, Status } from '../types.js';
import type { Formatter } from './types.js';
import { describeLocation } from './location.js';
import { TABLE_WORDS, percent, severityWord, statusWord } from './words.js';

const esc = (s: string | number) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td:first-child{white-space:nowrap}.pass{color:#176317}.fail{color:#b00020}.not-checked{color:#7a3e9d}.reviewed{color:#006d77}
.error{color:#b00020;font-weight:bold}.warning{color:#8a5a00}.info{color:#245}.rule{font-family:monospace;color:#555}
.bar{display:inline-block;height:.7rem;background:#176317;vertical-align:middle}.bar-bg{display:inline-block;width:6rem;background:#eee;margin-right:.4rem}`;

export const formatHtml: Formatter = (report) => {
  const w = TABLE_WORDS[report.lang];
  const L = report.lang;
  const st = (s: Status) => `<span class="${s}">${esc(statusWord(L, s))}</span>`;
  const bar = (x: number) => `<span class="bar-bg"><span class="bar" style="width:${Math.round(x * 100)}%"></span></span>${percent(x)}`;
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${L === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(w.title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${esc(w.title)} ${st(report.summary.status)}</h1>`,
    `<p>${esc(w.rules)}：${esc(report.rules.name)} ${esc(report.rules.version)} · ${esc(w.asOf)}：${esc(report.asOf)} · ${esc(report.root)}</p>`,
    `<h2>${esc(w.summary)}</h2><table><tr><th>${[w.unit, w.status, w.rate, w.assigned, w.passed, w.errors, w.warnings, w.files, w.notChecked].map(esc).join('</th><th>')}</th></tr>`,
  ];
  for (const u of report.units) {
    out.push(`<tr><td><a href="#u-${esc(u.name)}">${esc(u.name)}</a></td><td>${st(u.status)}</td><td>${bar(u.completionRate)}</td><td>${u.indicatorsAssigned}</td><td>${u.indicatorsPassed}</td><td>${u.counts.errors}</td><td>${u.counts.warnings}</td><td>${u.counts.files}</td><td>${u.counts.filesNotChecked}</td></tr>`);
  }
  const s = report.summary;
  out.push(`<tr><th>${esc(w.total)}</th><th>${st(s.status)}</th><th>${bar(s.completionRate)}</th><th>${s.indicatorsAssigned}</th><th>${s.indicatorsPassed}</th><th>${s.errors}</th><th>${s.warnings}</th><th>${s.files}</th><th>${s.filesNotChecked}</th></tr></table>`);
  const row = (f: Finding) =>
    `<tr><td class="${f.severity}">${esc(severityWord(L, f.severity))}</td><td>${esc(f.file ?? '')}${f.location ? `<br><small>${esc(describeLocation(f.location, L))}</small>` : ''}</td><td>${esc(f.message)}</td><td class="rule">${esc(f.ruleId)}</td></tr>`;
  for (const u of report.units) {
    out.push(`<h2 id="u-${esc(u.name)}">${esc(u.name)} ${st(u.status)} · ${esc(w.rate)} ${percent(u.completionRate)}（${u.indicatorsPassed}/${u.indicatorsAssigned}）</h2>`);
    for (const ind of u.indicators) {
      const fs = report.findings.filter((f) => f.unit === u.name && f.indicator === ind.code);
      out.push(`<h3>${esc(ind.label)} ${esc(ind.name)} ${st(ind.status)}${ind.folder ? '' : ` <small>${esc(w.missing)}</small>`}</h3>`);
      if (fs.length) out.push(`<table><tr><th>${esc(w.severity)}</th><th>${esc(w.file)}</th><th>${esc(w.message)}</th><th>${esc(w.rule)}</th></tr>${fs.map(row).join('')}</table>`);
    }
    const unitLevel = report.findings.filter((f) => f.unit === u.name && !f.indicator);
    if (unitLevel.length) out.push(`<h3>${esc(w.unit)}</h3><table><tr><th>${esc(w.severity)}</th><th>${esc(w.file)}</th><th>${esc(w.message)}</th><th>${esc(w.rule)}</th></tr>${unitLevel.map(row).join('')}</table>`);
  }
  const orphans = report.findings.filter((f) => !f.unit);
  if (orphans.length) out.push(`<table>${orphans.map(row).join('')}</table>`);
  if (!report.findings.length) out.push(`<p>${esc(w.noFindings)}</p>`);
  out.push('</body></html>\n');
  return out.join('\n');
};
