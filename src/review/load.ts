/**
 * Read a review record: a regular file under a size cap, YAML kept with node positions, the strict
 * schema, and every problem reported as `path:line:col: message` (ReviewFileError, exit 2).
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import { z, type Z } from '../rules/zod.js';
import { RuleFileError, type RuleProblem } from '../rules/errors.js';
import { ReviewFileError } from './errors.js';
import { readRuleText } from '../rules/read.js';
import { MAX_ALIAS_COUNT, yamlData } from '../rules/yaml-data.js';
import { REVIEW_FILE_MAX_BYTES, REVIEW_SCHEMA_TEXT, reviewFileSchema, type ReviewEntry } from './schema.js';
import type { Lang } from '../types.js';
import { isRuleId, ruleIds } from '../messages/index.js';
import { ruleIdHintText, suggestRuleId, type RuleIdHint } from '../util/nearest.js';
import { issueWords, yamlDataWords, yamlWords, type IssueLike } from '../messages/system.js';

export { ReviewFileError };

export interface LoadedReview {
  /** The review file as given or found (absolute). */
  file: string;
  entries: (ReviewEntry & { line: number })[];
  doc: Document;
}

const TEXT = {
  zh: { read: '无法读取人工确认记录', yaml: 'YAML 语法错误', notMap: '顶层应是键值映射（version、entries）', dup: '同一文件同一规则的记录重复',
    aliasBomb: `YAML 别名（*名称）展开过多（上限 ${MAX_ALIAS_COUNT} 次），疑似“别名炸弹”，不予读取`, yamlFailed: 'YAML 无法解析',
    unknownRule: (id: string, hint: RuleIdHint) => `未知的规则编号：${id}${ruleIdHintText(hint, 'zh')}；用 ledger-check rules 查看全部规则` },
  en: { read: 'cannot read the review record', yaml: 'YAML syntax error', notMap: 'the top level must be a mapping (version, entries)', dup: 'duplicate entry for the same file and rule',
    aliasBomb: `too many YAML alias expansions (*name; the limit is ${MAX_ALIAS_COUNT}): looks like an alias bomb, not read`, yamlFailed: 'the YAML cannot be parsed',
    unknownRule: (id: string, hint: RuleIdHint) => `unknown rule id: ${id}${ruleIdHintText(hint, 'en')}; see ledger-check rules` },
};

/**
 * Read at most the cap from a regular file, with the rule files' reader (non-blocking open,
 * fstat on the descriptor, UTF-8 only); its refusal becomes a ReviewFileError at 1:1.
 */
export function readBounded(file: string, lang: Lang): string {
  try {
    return readRuleText(file, lang, REVIEW_FILE_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof RuleFileError) || e instanceof ReviewFileError) throw e;
    throw new ReviewFileError(e.problems.map((p) => ({ file, line: 1, col: 1, message: `${TEXT[lang].read}: ${p.message}` })));
  }
}

export function parseReview(file: string, src: string, lang: Lang): LoadedReview {
  const t = TEXT[lang];
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ReviewFileError(
      doc.errors.map((e) => ({ file, ...lc.linePos(e.pos[0]), message: `${t.yaml}: ${yamlWords(e, lang)}` })),
    );
  }
  if (!isMap(doc.contents)) throw new ReviewFileError([{ file, line: 1, col: 1, message: t.notMap }]);
  z.config(lang === 'zh' ? z.locales.zhCN() : z.locales.en());
  // The value given is kept on each issue (reportInput), for its words (应为文字，实际是数字).
  // Aliases expanded without a bound make a few hundred bytes into gigabytes (a "billion laughs"):
  // bounded as for rule files, and refused where the first alias stands (was: an internal error).
  const data = yamlData(doc);
  if (!data.ok) {
    const message = data.bomb ? t.aliasBomb : `${t.yamlFailed}${lang === 'zh' ? '：' : ': '}${yamlDataWords(data.reason, lang)}`;
    throw new ReviewFileError([{ file, ...lc.linePos(data.at), message }]);
  }
  const raw = data.value;
  const result = reviewFileSchema.safeParse(raw, { reportInput: true });
  if (!result.success) throw new ReviewFileError(result.error.issues.map((i) => problemAt(i, file, doc, lc, lang)));
  const seq = doc.get('entries', true);
  const lineOf = (i: number) => {
    const node = isSeq(seq) ? (seq.items[i] as { range?: [number, number, number] } | undefined) : undefined;
    return lc.linePos(node?.range?.[0] ?? 0).line;
  };
  const entries = result.data.entries.map((e, i) => ({ ...e, line: lineOf(i) }));
  // An entry for a rule the tool does not know could never apply: refused where it is written.
  const unknown: RuleProblem[] = [];
  result.data.entries.forEach((e, i) => {
    if (isRuleId(e.rule)) return;
    const node = doc.getIn(['entries', i, 'rule'], true) as { range?: [number, number, number] } | undefined;
    unknown.push({ file, ...lc.linePos(node?.range?.[0] ?? 0), message: `entries.${i}.rule: ${t.unknownRule(e.rule, suggestRuleId(e.rule, ruleIds))}` });
  });
  if (unknown.length) throw new ReviewFileError(unknown);
  const seen = new Map<string, number>();
  const dups: RuleProblem[] = [];
  for (const e of entries) {
    const key = `${e.file}\u0000${e.rule}`;
    if (seen.has(key)) dups.push({ file, line: e.line, col: 1, message: `${t.dup}: ${e.file} ${e.rule}` });
    else seen.set(key, e.line);
  }
  if (dups.length) throw new ReviewFileError(dups);
  return { file, entries, doc };
}

export function loadReview(file: string, lang: Lang = 'zh'): LoadedReview {
  return parseReview(file, readBounded(file, lang), lang);
}

function problemAt(issue: Z.core.$ZodIssue, file: string, doc: Document, lc: LineCounter, lang: Lang): RuleProblem {
  let offset: number | undefined;
  const p = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys' && issue.keys.length) {
    const map = p.length ? doc.getIn(p as unknown[], true) : doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((it) => (it.key as { value?: unknown } | null)?.value === issue.keys[0]);
      offset = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    }
  }
  for (let n = p.length; offset === undefined && n >= 0; n--) {
    const node = doc.getIn(p.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) offset = node.range[0];
  }
  const pos = lc.linePos(offset ?? 0);
  // The schema's own messages are keys, said in the run's language; zod's own issues in words
  // made from their raw values (src/messages/system.ts), never zod's English or its half-English zh locale.
  const own = REVIEW_SCHEMA_TEXT[lang] as Record<string, string>;
  const message = Object.hasOwn(own, issue.message) ? own[issue.message]! : issueWords(issue as IssueLike, lang);
  return { file, line: pos.line, col: pos.col, message: p.length ? `${p.join('.')}: ${message}` : message };
}
