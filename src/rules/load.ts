/**
 * Load a rule file (YAML with comments, or JSON — parsed by the same YAML parser so both keep
 * node positions), validate it with the strict zod schema, merge it over the built-in set when it
 * says `extends: builtin`, and report every problem as `path:line:col: message` (`path: message`
 * when the file itself cannot be read). Nothing a rule file holds reaches the user as a stack
 * trace: read limits (read.ts), YAML errors and alias bombs, schema errors with "did you mean",
 * patterns RE2 cannot run, and overrides of indicators that do not exist.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document, type Node } from 'yaml';
import { z, type Z } from './zod.js';
import { ruleFileSchema, type RuleFile } from './schema.js';
import { MissingSettingError, RuleFileError, formatProblem, type RuleProblem } from './errors.js';
import { builtinRulesPath, findConfigFile } from './files.js';
import { readRuleText } from './read.js';
import { globError, patternError } from '../util/patterns.js';
import { allowedKeys } from './schema-keys.js';
import { nearest, ruleIdHintText, suggestRuleId, type RuleIdHint } from '../util/nearest.js';
import { SUGAR_KEYS, duplicateEntries, sugarClashes, type MaterialEntry, type SugaredDef } from '../kinds/sugar.js';

export { MissingSettingError, RuleFileError, formatProblem, builtinRulesPath, findConfigFile, type RuleProblem };
import { resolveRuleSet } from './resolve.js';
import type { RuleSet } from './schema.js';
import type { Lang } from '../types.js';
import { normalizeIndicatorCode } from './indicator-code.js';
import { MAX_ALIAS_COUNT, yamlData } from './yaml-data.js';
import { issueWords, yamlDataWords, yamlWords, type IssueLike } from '../messages/system.js';

interface Parsed {
  data: RuleFile;
  file: string;
}
/** A parsed, schema-valid file; `problems`: what it has besides (rule ids under severity). */
type Layer = { parsed: Parsed; doc: Document; lc: LineCounter; problems: RuleProblem[] };

/** Flow collections ([…] {…}) nested deeper than this are refused before parsing. */
export const MAX_FLOW_DEPTH = 64;

/**
 * Where flow brackets first nest deeper than MAX_FLOW_DEPTH (outside quotes and comments), or -1.
 * The YAML parser would recurse until the stack runs out: 500,000 brackets took 12 s and 630 MB
 * to end in "Maximum call stack size exceeded". A rule file never needs more than a few levels.
 */
export function flowTooDeep(src: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      // A quoted scalar ends at its quote (quoted scalars may span lines; \" escapes in "…").
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,?-]/.test(src[i - 1]!))) quote = c; // it's is no quote
    else if (c === '#' && (i === 0 || /\s/.test(src[i - 1]!))) {
      const nl = src.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

export { MAX_ALIAS_COUNT } from './yaml-data.js';

const TEXT = {
  zh: {
    yaml: 'YAML 语法错误',
    yamlFailed: 'YAML 无法解析',
    tooDeep: `YAML 的 [ ] { } 嵌套超过 ${MAX_FLOW_DEPTH} 层，不予读取`,
    aliasBomb: `YAML 别名（*名称）展开过多（上限 ${MAX_ALIAS_COUNT} 次），疑似“别名炸弹”，不予读取`,
    notMap: '规则文件的顶层应是键值映射（name、version、period …）',
    protoKey: '键名 __proto__ 不能使用（会在读取时丢失）；请改用真实的单位或指标名称',
    unknownKey: (k: string, near: string) => `未知的键 ${k}${near ? `（是不是 ${near}？）` : ''}`,
    unknownSeverity: (id: string, hint: RuleIdHint) => `未知的规则编号：${id}${ruleIdHintText(hint, 'zh')}；用 ledger-check rules 查看全部规则`,
    missingName: '缺少规则集名称 name（只有写了 extends: builtin 的文件可以省略 name 和 version）',
    missingVersion: '缺少规则集版本 version（只有写了 extends: builtin 的文件可以省略 name 和 version）',
    missingPeriod: '缺少测评周期 period（start、end），也未通过 extends: builtin 继承',
    missingDeadline: '缺少移交截止日期 deadline，也未通过 extends: builtin 继承',
    periodOrder: '测评周期的开始日期晚于结束日期',
    duplicateIndicator: '指标编号重复',
    sugarClash: (key: string, kind: string) => `${key}: 与 materials 中的 { kind: ${kind} } 重复：同一种材料只能写在一处（简写 ${key}: 或 materials 条目，二选一）`,
    duplicateMaterial: (kind: string) => `materials 中重复的 { kind: ${kind} } 条目（同一种材料要求只写一次；document 和 screenshot 可写多条，但 match/online 须不同）`,
    badCode: '无法识别的指标编号（应形如 Ⅲ—12、III-12 或 3.12）',
    indicatorName: (code: string) => `指标 ${code} 缺少名称 name（新增指标必须写 name）`,
    unknownOverride: (code: string, near: string) =>
      `继承的规则中没有指标 ${code}${near ? `（是不是 ${near}？）` : ''}：修改已有指标时编号要与原指标一致；新增指标要写全 name`,
    badRegex: (p: string, why: string) => `不能使用的正则表达式 ${p}：${why}（规则文件中的正则由线性时间引擎 RE2 执行，不支持环视 (?=…)(?<=…) 和反向引用 \\1）`,
    badGlob: (g: string, why: 'slash' | 'syntax') =>
      `不能使用的文件名通配符 ${g}：${why === 'slash' ? 'ignore 只匹配文件名，不含 / 或 \\（按路径忽略请写在 .ledgercheckignore 中）' : '只支持 * ? [..] {a,b}，不支持 ! 取反和 @(…) 等扩展写法'}`,
  },
  en: {
    yaml: 'YAML syntax error',
    yamlFailed: 'the YAML cannot be parsed',
    tooDeep: `YAML [ ] { } nested more than ${MAX_FLOW_DEPTH} levels deep; not read`,
    aliasBomb: `too many YAML alias expansions (*name; the limit is ${MAX_ALIAS_COUNT}): looks like an alias bomb, not read`,
    notMap: 'the top level of a rule file must be a mapping (name, version, period …)',
    protoKey: 'a key named __proto__ cannot be used (it would be lost when the file is read); use the real unit or indicator name',
    unknownKey: (k: string, near: string) => `unknown key ${k}${near ? ` (did you mean ${near}?)` : ''}`,
    unknownSeverity: (id: string, hint: RuleIdHint) => `unknown rule id: ${id}${ruleIdHintText(hint, 'en')}; see ledger-check rules`,
    missingName: 'no rule-set name (only a file with extends: builtin may leave out name and version)',
    missingVersion: 'no rule-set version (only a file with extends: builtin may leave out name and version)',
    missingPeriod: 'no evaluation period (period: start, end) and no extends: builtin to inherit one',
    missingDeadline: 'no hand-in deadline (deadline) and no extends: builtin to inherit one',
    periodOrder: 'the evaluation period starts after it ends',
    duplicateIndicator: 'duplicate indicator code',
    sugarClash: (key: string, kind: string) => `${key}: repeats the { kind: ${kind} } entry under materials: say each material once (the short form ${key}: or a materials entry, not both)`,
    duplicateMaterial: (kind: string) => `duplicate { kind: ${kind} } entry under materials (each requirement once; document and screenshot entries may repeat with different match/online)`,
    badCode: 'unrecognised indicator code (expected e.g. Ⅲ—12, III-12 or 3.12)',
    indicatorName: (code: string) => `indicator ${code} has no name (a new indicator needs one)`,
    unknownOverride: (code: string, near: string) =>
      `the extended rules have no indicator ${code}${near ? ` (did you mean ${near}?)` : ''}: an override must use the existing code; a new indicator needs a name`,
    badRegex: (p: string, why: string) => `unusable regular expression ${p}: ${why} (rule-file patterns run on RE2, a linear-time engine: no look-around (?=…)(?<=…) and no back-references \\1)`,
    badGlob: (g: string, why: 'slash' | 'syntax') =>
      `unusable file-name pattern ${g}: ${why === 'slash' ? 'ignore matches file names, without / or \\ (ignore paths in .ledgercheckignore)' : 'only * ? [..] {a,b} are supported, not ! negation or @(…) extglobs'}`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Read, parse and validate one file. Throws RuleFileError with every problem it can position. */
function parseFile(file: string, lang: Lang, known?: ReadonlySet<string>): Layer {
  const t = TEXT[lang];
  const src = readRuleText(file, lang);
  const lc = new LineCounter();
  const tooDeep = flowTooDeep(src);
  if (tooDeep >= 0) {
    const before = src.slice(0, tooDeep);
    const line = before.split('\n').length;
    throw new RuleFileError([{ file, line, col: tooDeep - before.lastIndexOf('\n'), message: t.tooDeep }]);
  }
  let doc: Document;
  try {
    doc = parseDocument(src, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    throw new RuleFileError([{ file, line: 1, col: 1, message: `${t.yamlFailed}${lang === 'zh' ? '：' : ': '}${yamlDataWords((e as Error).message.split('\n')[0] ?? '', lang)}` }]);
  }
  const pos = (offset: number) => ({ file, ...lc.linePos(offset) });
  if (doc.errors.length) {
    throw new RuleFileError(doc.errors.map((e) => ({ ...pos(e.pos[0]), message: `${t.yaml}: ${yamlWords(e, lang)}` })));
  }
  if (!isMap(doc.contents)) throw new RuleFileError([{ file, line: 1, col: 1, message: t.notMap }]);
  // A key named __proto__ would vanish in validation (zod builds records as plain objects):
  // refuse it where it stands instead of dropping a unit or an indicator silently.
  const protoKeys: RuleProblem[] = [];
  visit(doc, {
    Pair(_, pair) {
      const k = pair.key as Node | null;
      if (isScalar(k) && k.value === '__proto__') protoKeys.push({ ...pos(k.range?.[0] ?? 0), message: t.protoKey });
    },
  });
  if (protoKeys.length) throw new RuleFileError(protoKeys);
  const data = yamlData(doc);
  if (!data.ok) {
    const message = data.bomb ? t.aliasBomb : `${t.yamlFailed}${lang === 'zh' ? '：' : ': '}${yamlDataWords(data.reason, lang)}`;
    throw new RuleFileError([{ ...pos(data.at), message }]);
  }
  const raw = data.value;
  // Rule ids under severity: checked on the raw data, so they are reported with the schema's own
  // problems in the same run, not only once those are fixed.
  const problems: RuleProblem[] = severityProblems(raw, known, (key) => ({ file, ...positionOf(doc, lc, ['severity'], key) }), lang);
  z.config(lang === 'zh' ? z.locales.zhCN() : z.locales.en());
  // The value given is kept on each issue (reportInput), for its words (应为文字，实际是数字).
  const result = ruleFileSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    problems.push(...result.error.issues.flatMap((i) => issueToProblems(i, file, doc, lc, lang)));
    throw new RuleFileError(sortProblems(problems));
  }
  return { parsed: { data: result.data, file }, doc, lc, problems };
}

function severityProblems(raw: unknown, known: ReadonlySet<string> | undefined, at: (key: string) => Omit<RuleProblem, 'message'>, lang: Lang): RuleProblem[] {
  const sev = (raw as { severity?: unknown } | null)?.severity;
  if (!known || !sev || typeof sev !== 'object' || Array.isArray(sev)) return [];
  return Object.keys(sev)
    .filter((id) => !known.has(id))
    .map((id) => ({ ...at(id), message: TEXT[lang].unknownSeverity(id, suggestRuleId(id, known)) }));
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
  const pair = map.items.find((it) => String((it.key as { value?: unknown } | null)?.value) === key);
  const range = (pair?.key as Node | undefined)?.range;
  return range ? range[0] : null;
}

function issueToProblems(issue: Z.core.$ZodIssue, file: string, doc: Document, lc: LineCounter, lang: Lang): RuleProblem[] {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys' && issue.keys.length) {
    // One problem per unknown key, at the key, with the closest key the schema allows there.
    const allowed = allowedKeys(ruleFileSchema, issue.path);
    return issue.keys.map((k) => {
      const off = keyPos(doc, issue.path, k) ?? nodeAt(doc, issue.path)?.range?.[0] ?? 0;
      return { file, ...lc.linePos(off), message: `${where}${TEXT[lang].unknownKey(k, nearest(k, allowed))}` };
    });
  }
  const off = nodeAt(doc, issue.path)?.range?.[0] ?? 0;
  return [{ file, ...lc.linePos(off), message: `${where}${issueWords(issue as IssueLike, lang)}` }];
}

function positionOf(doc: Document, lc: LineCounter, p: PropertyKey[], key?: string): { line: number; col: number } {
  const off = key !== undefined ? keyPos(doc, p, key) : nodeAt(doc, p)?.range?.[0];
  return lc.linePos(off ?? 0);
}

const sortProblems = (ps: RuleProblem[]) =>
  ps.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) : 0));

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
  const layers: Layer[] = [];
  const top = parseFile(opts.file ?? builtinFile, lang, opts.knownRuleIds);
  if (opts.file && top.parsed.data.extends === 'builtin') layers.push(parseFile(builtinFile, lang, opts.knownRuleIds));
  layers.push(top);
  const problems: RuleProblem[] = [];
  const base = new Map<string, { code: string; name: string }>();
  for (const l of layers) {
    problems.push(...l.problems, ...semanticProblems(l, lang, base, l !== layers[0]));
    for (const ind of l.parsed.data.indicators ?? []) {
      const key = normalizeIndicatorCode(ind.code);
      if (key && !base.has(key)) base.set(key, { code: ind.code, name: ind.name ?? '' });
    }
  }
  if (problems.length) throw new RuleFileError(sortProblems(problems));
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

/**
 * Checks zod cannot express with positions: required names, codes, overrides, patterns,
 * duplicates, order. `base` holds the indicators of the layers below (the extended set).
 */
function semanticProblems(l: Layer, lang: Lang, base: ReadonlyMap<string, { code: string; name: string }>, extending: boolean): RuleProblem[] {
  const t = TEXT[lang];
  const { data, file } = l.parsed;
  const out: RuleProblem[] = [];
  const at = (p: PropertyKey[], message: string, key?: string) => ({ file, ...positionOf(l.doc, l.lc, p, key), message });
  if (!data.extends) {
    if (data.name === undefined) out.push({ file, line: 1, col: 1, message: t.missingName });
    if (data.version === undefined) out.push({ file, line: 1, col: 1, message: t.missingVersion });
  }
  if (data.period && data.period.start > data.period.end) out.push(at(['period'], t.periodOrder));
  const seen = new Set<string>();
  const cues = (p: PropertyKey[], report: { elements?: Record<string, { cues?: string[] }>; summaryCues?: string[] } | undefined) => {
    for (const [el, c] of Object.entries(report?.elements ?? {})) {
      c.cues?.forEach((s, j) => checkRegex(s, [...p, 'elements', el, 'cues', j]));
    }
    report?.summaryCues?.forEach((s, j) => checkRegex(s, [...p, 'summaryCues', j]));
  };
  const checkRegex = (s: string, p: PropertyKey[]) => {
    const why = patternError(s);
    if (why !== null) out.push(at(p, t.badRegex(s, why)));
  };
  data.indicators?.forEach((ind, i) => {
    const key = normalizeIndicatorCode(ind.code);
    if (!key) out.push(at(['indicators', i, 'code'], `${t.badCode}: ${ind.code}`));
    else if (seen.has(key)) out.push(at(['indicators', i, 'code'], `${t.duplicateIndicator}: ${ind.code}`));
    else {
      seen.add(key);
      if (!base.has(key)) {
        // Not an override: a complete new indicator, or a mistyped code.
        const near = nearest(key, base.keys());
        // A name makes it a new indicator, even one named like an extended one: a county's task
        // table numbers its indicators its own way (its 2.1 公共文化服务 is the built-in Ⅳ—2).
        if (ind.name === undefined) {
          out.push(at(['indicators', i, 'code'], extending ? t.unknownOverride(ind.code, near ? base.get(near)!.code : '') : t.indicatorName(ind.code)));
        }
      }
    }
    cues(['indicators', i, 'report'], ind.report);
    // A kind said both in short form and under materials:, or twice under materials:.
    for (const c of sugarClashes(ind as SugaredDef)) out.push(at(['indicators', i], t.sugarClash(c.key, SUGAR_KEYS[c.key]), c.key));
    const materials = (ind.materials ?? []) as MaterialEntry[];
    for (const j of duplicateEntries(materials)) out.push(at(['indicators', i, 'materials', j], t.duplicateMaterial(materials[j]!.kind)));
    materials.forEach((m, j) => {
      if (m.kind === 'report') cues(['indicators', i, 'materials', j], m as Parameters<typeof cues>[1]);
    });
  });
  cues(['defaults', 'report'], data.defaults?.report);
  for (const [unit, entry] of Object.entries(data.units ?? {})) {
    const codes = Array.isArray(entry) ? entry : (entry.indicators ?? []);
    const where = Array.isArray(entry) ? ['units', unit] : ['units', unit, 'indicators'];
    codes.forEach((c, j) => {
      if (!normalizeIndicatorCode(c)) out.push(at([...where, j], `${t.badCode}: ${c}`));
    });
  }
  data.ignore?.forEach((g, j) => {
    const why = globError(g);
    if (why !== null) out.push(at(['ignore', j], t.badGlob(g, why)));
  });
  return out;
}
