/** Column and status words shared by the table formats (xlsx, html). */
import type { Lang, Severity, Status } from '../types.js';
import { plural } from '../messages/plural.js';

export const TABLE_WORDS = {
  zh: {
    summary: '汇总', indicators: '指标', findings: '问题清单',
    unit: '单位', status: '状态', assigned: '分配指标', passed: '通过指标', rate: '完成率',
    errors: '错误', warnings: '警告', infos: '提示', files: '文件', notChecked: '未检查',
    code: '指标编号', name: '指标名称', folder: '文件夹', file: '文件', location: '位置',
    severity: '级别', rule: '规则', message: '说明', missing: '（缺少文件夹）', total: '合计',
    title: '台账检查报告', rules: '规则', asOf: '检查日期', noFindings: '没有发现问题。',
    root: '根目录（不属于任何单位）',
    otherFolders: '以下是同一单位的其他文件夹：分别检查，不计入合计（合计按单位自己的文件夹计）',
  },
  en: {
    summary: 'Summary', indicators: 'Indicators', findings: 'Findings',
    unit: 'Unit', status: 'Status', assigned: 'Assigned', passed: 'Passed', rate: 'Completion',
    errors: 'Errors', warnings: 'Warnings', infos: 'Info', files: 'Files', notChecked: 'Not checked',
    code: 'Code', name: 'Indicator', folder: 'Folder', file: 'File', location: 'Location',
    severity: 'Severity', rule: 'Rule', message: 'Message', missing: '(folder missing)', total: 'Total',
    title: 'Ledger check report', rules: 'Rules', asOf: 'As of', noFindings: 'No findings.',
    root: 'Root folder (no unit)',
    otherFolders: 'Other folders of the same units below: checked apart, not counted in the total (each unit counts by its own folder)',
  },
} as const;

const STATUS: Record<Lang, Record<Status, string>> = {
  zh: { pass: '通过', fail: '不通过', 'not-checked': '未检查', reviewed: '已人工确认' },
  en: { pass: 'pass', fail: 'fail', 'not-checked': 'not checked', reviewed: 'reviewed' },
};
const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const statusWord = (lang: Lang, s: Status) => STATUS[lang][s];
/** Sorting units by status puts the ones to chase first: fail, not checked, reviewed, pass. */
export const STATUS_RANK: Record<Status, number> = { fail: 0, 'not-checked': 1, reviewed: 2, pass: 3 };
export const severityWord = (lang: Lang, s: Severity) => SEVERITY[lang][s];
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The run fails because it has more warnings than --max-warnings allows: said where its result is, or ''. */
export function tooManyWarnings(lang: Lang, s: { warnings: number; maxWarnings?: number }): string {
  if (s.maxWarnings === undefined || s.warnings <= s.maxWarnings) return '';
  return lang === 'zh' ? `警告 ${s.warnings} 个，超过 --max-warnings ${s.maxWarnings}` : `${plural(s.warnings, 'warning', 'warnings')}, more than --max-warnings ${s.maxWarnings}`;
}

/** The built-in rule set's name as rules/builtin.yaml gives it (test/format/ruleset-name.test.ts keeps them equal). */
export const BUILTIN_RULES_NAME = '县级文明城市网上申报台账（内置规则）';

/**
 * The rule set's name in the report's language: a county's own name as written; the built-in set
 * in words of the language (its name is Chinese data and read "县级…（内置规则）" under --lang en),
 * and said to be changed by the county's file when one extends it without a name of its own (it
 * read as the plain built-in set while the county's thresholds applied).
 */
export function ruleSetName(rules: { name: string; source: string }, lang: Lang): string {
  const layers = rules.source.split(' + ');
  if (rules.name !== BUILTIN_RULES_NAME || layers[0] !== 'builtin') return rules.name;
  const own = layers.length > 1;
  if (lang === 'zh') return own ? '县级文明城市网上申报台账（内置规则，按本县规则文件修改）' : BUILTIN_RULES_NAME;
  return own ? "built-in rules for the county-level civilised city online ledger, changed by the county's rule file" : 'built-in rules for the county-level civilised city online ledger';
}
