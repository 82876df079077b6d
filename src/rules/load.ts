/**
 * Load a rule file (YAML with comments, or JSON — parsed by the same YAML parser so both keep
 * node positions), validate it with the strict zod schema, merge it over the built-in set when it
 * says `extends: builtin`, and report every problem as `path:line:col: message`.
 */
import fs from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import { z, type Z } from './zod.js';
import { ruleFileSchema, type RuleFile } from './schema.js';
import { MissingSettingError, RuleFileError, formatProblem, type RuleProblem } from './errors.js';
import { builtinRulesPath, findConfigFile } from './files.js';

export { MissingSettingError, RuleFileError, formatProblem, builtinRulesPath, findConfigFile, type RuleProblem };
import { resolveRuleSet } from './resolve.js';
import type { RuleSet } from './schema.js';
import type { Lang } from '../types.js';

interface Parsed {
  data: RuleFile;
  file: string;
}

const TEXT: Record<Lang, Record<string, string>> = {
  zh: {
    read: '无法读取规则文件',
    yaml: 'YAML 语法错误',
    notMap: '规则文件的顶层应是键值映射（name、version、period …）',
    unknownSeverity: '未知的规则编号',
    missingPeriod: '缺少测评周期 period（start、end），也未通过 extends: builtin 继承',
    missingDeadline: '缺少移交截止日期 deadline，也未通过 extends: builtin 继承',
    periodOrder: '测评周期的开始日期晚于结束日期',
    duplicateIndicator: '指标编号重复',
    badCode: '无法识别的指标编号（应形如 Ⅲ—12、III-12 或 3.12）',
    badRegex: '不是有效的正则表达式',
  },
  en: {
    read: 'cannot read the rule file',
    yaml: 'YAML syntax error',
    notMap: 'the top level of a rule file must be a mapping (name, version, period …)',
    unknownSeverity: 'unknown rule id',
    missingPeriod: 'no evaluation period (period: start, end) and no extends: builtin to inherit one',
    missingDeadline: 'no hand-in deadline (deadline) and no extends: builtin to inherit one',
    periodOrder: 'the evaluation period starts after it ends',
    duplicateIndicator: 'duplicate indicator code',
    badCode: 'unrecognised indicator code (expected e.g. Ⅲ—12, III-12 or 3.12)',
    badRegex: 'not a valid regular expression',
  },
};

function parseFile(file: string, lang: Lang): { parsed: Parsed; doc: Document; lc: LineCounter } {
  const t = TEXT[lang];
  let src: string;
  try {
    src = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuleFileError([{ file, line: 1, col: 1, message: `${t.read}: ${(e as NodeJS.ErrnoException).code ?? e}` }]);
  }
  const lc = new LineCounter();
  const doc = parseDocument(src.replace(/^\uFEFF/, ''), { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new RuleFileError(
      doc.errors.map((e) => {
        const pos = lc.linePos(e.pos[0]);
        return { file, line: pos.line, col: pos.col, message: `${t.yaml}: ${e.message.split('\n')[0]}` };
      }),
    );
  }
  if (!isMap(doc.contents)) throw new RuleFileError([{ file, line: 1, col: 1, message: t.notMap }]);
  z.config(lang === 'zh' ? z.locales.zhCN() : z.locales.en());
  const result = ruleFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    throw new RuleFileError(result.error.issues.map((i) => issueToProblem(i, file, doc, lc)));
  }
  return { parsed: { data: result.data, file }, doc, lc };
}

/** The node a path points at, or the deepest existing ancestor. */
function nodeAt(doc: Document, p: PropertyKey[]): Node | null {
  for (let n = p.length; n >= 0; n--) {
    const node = doc.getIn(p.slice(0, n) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in (node as object)) return node as Node;
  }
  return null;
}

/** Position of a key inside the map at `p` (for unknown keys). */
function keyPos(doc: Document, p: PropertyKey[], key: string): number | null {
  const map = p.length ? doc.getIn(p as unknown[], true) : doc.contents;
  if (!isMap(map)) return null;
  const pair = map.items.find((it) => (it.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as Node | undefined)?.range;
  return range ? range[0] : null;
}

function issueToProblem(issue: Z.core.$ZodIssue, file: string, doc: Document, lc: LineCounter): RuleProblem {
  let offset: number | null = null;
  let message = issue.message;
  const where = issue.path.length ? issue.path.join('.') : '';
  if (issue.code === 'unrecognized_keys' && issue.keys.length) {
    offset = keyPos(doc, issue.path, issue.keys[0]!);
  }
  if (offset === null) offset = nodeAt(doc, issue.path)?.range?.[0] ?? 0;
  const pos = lc.linePos(offset);
  if (where) message = `${where}: ${message}`;
  return { file, line: pos.line, col: pos.col, message };
}

function positionOf(doc: Document, lc: LineCounter, p: PropertyKey[], key?: string): { line: number; col: number } {
  const off = key !== undefined ? keyPos(doc, p, key) : nodeAt(doc, p)?.range?.[0];
  return lc.linePos(off ?? 0);
}

export interface LoadOptions {
  /** Path of a rule file; omitted: the built-in set. */
  file?: string;
  lang?: Lang;
  /** Every rule id the tool knows (to validate `severity:` keys). */
  knownRuleIds?: ReadonlySet<string>;
}

/** Load, validate and resolve. Throws RuleFileError with positioned problems. */
export function loadRules(opts: LoadOptions = {}): RuleSet {
  const lang = opts.lang ?? 'zh';
  const builtinFile = builtinRulesPath();
  const layers: ReturnType<typeof parseFile>[] = [];
  const top = parseFile(opts.file ?? builtinFile, lang);
  if (opts.file && top.parsed.data.extends === 'builtin') layers.push(parseFile(builtinFile, lang));
  layers.push(top);
  const problems: RuleProblem[] = [];
  for (const l of layers) problems.push(...semanticProblems(l, lang, opts.knownRuleIds));
  if (problems.length) throw new RuleFileError(problems.sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : 0)));
  const t = TEXT[lang];
  try {
    // The built-in set is named, not located: reports stay the same wherever the tool is installed.
    return resolveRuleSet(layers.map((l) => ({ ...l.parsed, file: l.parsed.file === builtinFile ? 'builtin' : l.parsed.file })));
  } catch (e) {
    if (e instanceof MissingSettingError) {
      const msg = e.setting === 'period' ? t.missingPeriod : t.missingDeadline;
      throw new RuleFileError([{ file: top.parsed.file, line: 1, col: 1, message: msg }]);
    }
    throw e;
  }
}

/** Checks zod cannot express with positions: rule ids, codes, regexes, duplicates, order. */
function semanticProblems(l: ReturnType<typeof parseFile>, lang: Lang, known?: ReadonlySet<string>): RuleProblem[] {
  const t = TEXT[lang];
  const { data, file } = l.parsed;
  const out: RuleProblem[] = [];
  const at = (p: PropertyKey[], message: string, key?: string) => ({ file, ...positionOf(l.doc, l.lc, p, key), message });
  if (known && data.severity) {
    for (const id of Object.keys(data.severity)) {
      if (!known.has(id)) out.push(at(['severity'], `${t.unknownSeverity}: ${id}`, id));
    }
  }
  if (data.period && data.period.start > data.period.end) out.push(at(['period'], t.periodOrder));
  const seen = new Set<string>();
  data.indicators?.forEach((ind, i) => {
    const key = normalizeOrNull(ind.code);
    if (!key) out.push(at(['indicators', i, 'code'], `${t.badCode}: ${ind.code}`));
    else if (seen.has(key)) out.push(at(['indicators', i, 'code'], `${t.duplicateIndicator}: ${ind.code}`));
    else seen.add(key);
    for (const [el, cues] of Object.entries(ind.report?.elements ?? {})) {
      cues.cues?.forEach((c, j) => {
        if (!isRegex(c)) out.push(at(['indicators', i, 'report', 'elements', el, 'cues', j], `${t.badRegex}: ${c}`));
      });
    }
  });
  for (const [el, cues] of Object.entries(data.defaults?.report?.elements ?? {})) {
    cues.cues?.forEach((c, j) => {
      if (!isRegex(c)) out.push(at(['defaults', 'report', 'elements', el, 'cues', j], `${t.badRegex}: ${c}`));
    });
  }
  for (const [unit, entry] of Object.entries(data.units ?? {})) {
    const codes = Array.isArray(entry) ? entry : (entry.indicators ?? []);
    const base = Array.isArray(entry) ? ['units', unit] : ['units', unit, 'indicators'];
    codes.forEach((c, j) => {
      if (!normalizeOrNull(c)) out.push(at([...base, j], `${t.badCode}: ${c}`));
    });
  }
  return out;
}

import { normalizeIndicatorCode } from '../discover/indicator-code.js';
function normalizeOrNull(code: string): string | null {
  return normalizeIndicatorCode(code);
}

function isRegex(s: string): boolean {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}

