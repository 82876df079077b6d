/**
 * The human view: unit → indicator → file, each finding with its severity word (colour is only a
 * second channel), then a summary line with counts and the completion rate.
 */
import { Chalk } from 'chalk';
import type { Finding, Lang, Report, Severity, Status } from '../types.js';
import type { Formatter } from './types.js';
import { describeLocation } from './location.js';
import { percent, severityWord, statusWord } from './words.js';

const WORDS = {
  zh: {
    completion: '完成率', missingFolder: '（缺少文件夹）', unitLevel: '单位材料',
    summary: (r: Report) => {
      const s = r.summary;
      return `汇总：${s.errors} 个错误、${s.warnings} 个警告、${s.infos} 条提示；文件 ${s.files} 个（通过 ${s.filesPassed}、不通过 ${s.filesFailed}、未检查 ${s.filesNotChecked}${s.filesReviewed ? `、已人工确认 ${s.filesReviewed}` : ''}）；${s.reviewed ? `已人工确认的问题 ${s.reviewed} 条；` : ''}` +
        `指标完成率 ${pct(s.completionRate)}（${s.indicatorsPassed}/${s.indicatorsAssigned}）`;
    },
    result: (st: string) => `结果：${st}`,
    rules: (r: Report) => `规则：${r.rules.name} ${r.rules.version}　检查日期：${r.asOf}`,
  },
  en: {
    completion: 'completion', missingFolder: '(folder missing)', unitLevel: 'unit material',
    summary: (r: Report) => {
      const s = r.summary;
      return `Summary: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info; ${s.files} file(s) (${s.filesPassed} passed, ${s.filesFailed} failed, ${s.filesNotChecked} not checked${s.filesReviewed ? `, ${s.filesReviewed} reviewed` : ''}); ${s.reviewed ? `${s.reviewed} finding(s) reviewed; ` : ''}` +
        `completion ${pct(s.completionRate)} (${s.indicatorsPassed}/${s.indicatorsAssigned} indicators)`;
    },
    result: (st: string) => `Result: ${st}`,
    rules: (r: Report) => `Rules: ${r.rules.name} ${r.rules.version}  as of: ${r.asOf}`,
  },
} as const;

const pct = percent;

export const formatPretty: Formatter = (report, opts) => {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const L = report.lang as Lang;
  const w = WORDS[L];
  const paren = (x: string) => (report.lang === 'zh' ? `（${x}）` : ` (${x})`);
  const sevColor: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const stColor: Record<Status, (s: string) => string> = { pass: c.green, fail: c.red, 'not-checked': c.magenta, reviewed: c.cyan };
  const shown = (f: Finding) => !opts.quiet || (f.severity === 'error' && f.status !== 'reviewed');
  const line = (f: Finding, indent: string) => {
    const loc = describeLocation(f.location, report.lang);
    // A finding a person settled shows the status word instead of its severity, and who and why.
    const head = f.status === 'reviewed' ? stColor.reviewed(statusWord(L, 'reviewed')) : sevColor[f.severity](severityWord(L, f.severity).padEnd(report.lang === 'zh' ? 2 : 7));
    const who = f.review ? c.dim(report.lang === 'zh' ? `（${f.review.by}：${f.review.reason}，${f.review.at}）` : ` (${f.review.by}: ${f.review.reason}, ${f.review.at})`) : '';
    return `${indent}${head}  ${f.message}${who}${loc ? c.dim(`  [${loc}]`) : ''}  ${c.dim(f.ruleId)}`;
  };
  const out: string[] = [c.dim(w.rules(report)), ''];
  const fileOf = new Map(report.files.map((f) => [f.path, f]));
  const findingsOf = new Map<string, Finding[]>();
  for (const f of report.findings) if (f.file) (findingsOf.get(f.file) ?? findingsOf.set(f.file, []).get(f.file)!).push(f);
  const filesOf = new Map<string, string[]>(); // unit + indicator → paths
  for (const f of report.files) {
    const k = `${f.unit}\u0000${f.indicator}`;
    (filesOf.get(k) ?? filesOf.set(k, []).get(k)!).push(f.path);
  }
  for (const u of report.units) {
    const mine = report.findings.filter((f) => f.unit === u.name);
    out.push(
      `${c.bold(u.name)}  ${stColor[u.status](statusWord(L, u.status))}  ${w.completion} ${pct(u.completionRate)}${paren(`${u.indicatorsPassed}/${u.indicatorsAssigned}`)}`,
    );
    const unitLevel = mine.filter((f) => !f.indicator && !f.file && shown(f));
    const rootFiles = report.files.filter((f) => f.unit === u.name && !f.indicator);
    if (unitLevel.length || rootFiles.some((f) => f.status !== 'pass')) {
      out.push(`  ${c.bold(w.unitLevel)}`);
      for (const f of unitLevel) out.push(line(f, '    '));
      fileBlock(rootFiles.map((f) => f.path), '    ');
    }
    for (const ind of u.indicators) {
      const own = mine.filter((f) => f.indicator === ind.code);
      out.push(`  ${ind.label} ${ind.name}  ${stColor[ind.status](statusWord(L, ind.status))}${ind.folder ? '' : c.dim(` ${w.missingFolder}`)}`);
      for (const f of own.filter((x) => !x.file && shown(x))) out.push(line(f, '    '));
      fileBlock(filesOf.get(`${u.name}\u0000${ind.code}`) ?? [], '    ');
    }
    out.push('');
  }
  const orphan = report.files.filter((f) => !f.unit).map((f) => f.path);
  fileBlock(orphan, '');
  function fileBlock(paths: string[], indent: string) {
    for (const p of paths) {
      const fr = fileOf.get(p)!;
      const fs = (findingsOf.get(p) ?? []).filter(shown);
      if (!fs.length && fr.status === 'pass') continue;
      out.push(`${indent}${c.underline(p)}  ${stColor[fr.status](statusWord(L, fr.status))}`);
      for (const f of fs) out.push(line(f, `${indent}  `));
    }
  }
  out.push(w.summary(report));
  const st = report.summary.status;
  out.push(c.bold((st === 'pass' ? c.green : c.red)(w.result(statusWord(L, st)))));
  return `${out.join('\n')}\n`;
};
