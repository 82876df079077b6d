/**
 * npm run corpus:counts — the count tables of fixtures/elements/README.md, computed from the
 * reports' front matter only (no detector runs): reports, completeness, missing per element,
 * traps, styles and heading kinds, pages, lengths, unit names and indicators, per split.
 * Prints Markdown to paste under "Counts". Options: --root DIR (default fixtures/elements).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { exitOnError, readAll, readFrontMatter } from './corpus-front-matter.js';

const ELEMENTS = ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效'] as const;
const TRAPS = [
  'heading-empty', 'stock-measures', 'target-as-result', 'result-in-shortcoming', 'data-is-attachment-pointer',
  'data-is-non-quantity', 'books-not-documents', 'responsibility-vague', 'leading-group-as-measure',
  'counts-as-results', 'element-without-heading', 'leadership-line', 'run-in-heading', 'spread-over-paragraphs',
];
const HEADINGS = ['styled', 'numbered', 'run-in', 'none', 'mixed'];

interface Meta {
  unit?: string;
  indicator?: string;
  style?: string;
  headings?: string;
  labels?: Record<string, string>;
  traps?: string[];
}
interface Report {
  meta: Meta;
  body: string;
}

export function readSplit(dir: string): Report[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  return readAll(files, (f) => readFrontMatter<Meta>(path.join(dir, f)));
}

const missingOf = (r: Report) => ELEMENTS.filter((e) => r.meta.labels?.[e] === 'missing');
const length = (r: Report) => r.body.replace(/<<<PAGE>>>/g, '').replace(/^# /gm, '').replace(/\s/g, '').length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The Markdown tables for the given splits (name → reports), with a total column. */
export function countTables(splits: Record<string, Report[]>): string {
  const names = Object.keys(splits);
  const all = names.flatMap((n) => splits[n]!);
  const cols = [...names.map((n) => splits[n]!), all];
  const head = (first: string) => `| ${first} | ${names.join(' | ')} | total |\n|---|${names.map(() => '---:|').join('')}---:|`;
  const row = (label: string, f: (rs: Report[]) => number) => `| ${label} | ${cols.map((rs) => f(rs)).join(' | ')} |`;
  const out: string[] = [];
  out.push(head(''));
  out.push(row('reports', (rs) => rs.length));
  out.push(row('complete (all five present)', (rs) => rs.filter((r) => missingOf(r).length === 0).length));
  out.push(row('lacking one element', (rs) => rs.filter((r) => missingOf(r).length === 1).length));
  out.push(row('lacking two elements', (rs) => rs.filter((r) => missingOf(r).length === 2).length));
  out.push(row('lacking three or more', (rs) => rs.filter((r) => missingOf(r).length >= 3).length));
  out.push('', head('element missing'));
  for (const e of ELEMENTS) out.push(row(e, (rs) => rs.filter((r) => missingOf(r).includes(e)).length));
  out.push('', head('trap'));
  for (const t of TRAPS) out.push(row(`\`${t}\``, (rs) => rs.filter((r) => r.meta.traps?.includes(t)).length));
  out.push('', head('style / headings'));
  for (const s of ['说明式', '总结式']) out.push(row(s, (rs) => rs.filter((r) => r.meta.style === s).length));
  for (const h of HEADINGS) out.push(row(`headings: ${h}`, (rs) => rs.filter((r) => r.meta.headings === h).length));
  out.push(row('two pages or more (`<<<PAGE>>>`)', (rs) => rs.filter((r) => r.body.includes('<<<PAGE>>>')).length));
  out.push('');
  const stat = (n: string, rs: Report[]) => {
    const ls = rs.map(length);
    if (ls.length === 0) return `${n} none`;
    return `${n} min ${Math.min(...ls)}, median ${median(ls)}, max ${Math.max(...ls)}`;
  };
  out.push(`Length (characters of the body without whitespace, title and signature included): ${names.map((n) => stat(n, splits[n]!)).join('; ')}.`);
  const distinct = (rs: Report[], k: 'unit' | 'indicator') => new Set(rs.map((r) => r.meta[k] ?? '')).size;
  out.push(`Unit names: ${names.map((n) => `${n} ${distinct(splits[n]!, 'unit')}`).join(', ')}, ${distinct(all, 'unit')} in all; indicators: ${names.map((n) => `${n} ${distinct(splits[n]!, 'indicator')}`).join(', ')}, ${distinct(all, 'indicator')} in all.`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--root');
  const root = i > 0 ? process.argv[i + 1]! : 'fixtures/elements';
  try {
    console.log(countTables({ train: readSplit(path.join(root, 'train')), holdout: readSplit(path.join(root, 'holdout')) }));
  } catch (e) {
    exitOnError(e);
  }
}
