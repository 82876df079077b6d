/**
 * `.ledgercheckignore`: paths to leave out of a check, in gitignore syntax (read with the
 * `ignore` package), relative to the checked folder. It lives where the rule file lives — beside
 * the rule file in use, or, with the built-in rules, in the nearest folder above the checked
 * one — never inside the material (one found there is reported, not read).
 */
import ignore from 'ignore';
import { RuleFileError, type RuleProblem } from './errors.js';
import { readRuleText } from './read.js';
import type { Lang } from '../types.js';

/** true: leave this path out. `rel` is '/'-separated and relative to the checked folder. */
export type IgnoreRules = (rel: string, isDir: boolean) => boolean;

/**
 * `**` runs in one line multiply the work of the `ignore` package's backtracking expressions
 * (six of them took 5 s on a 64-level path); two are all a real ignore file needs.
 */
export const MAX_GLOBSTARS = 2;

const TEXT: Record<Lang, { globstars: (n: number) => string; bad: (m: string) => string }> = {
  zh: {
    globstars: (n) => `一行最多 ${MAX_GLOBSTARS} 个 **（这一行有 ${n} 个）`,
    bad: (m) => `无法识别的忽略规则：${m}`,
  },
  en: {
    globstars: (n) => `at most ${MAX_GLOBSTARS} ** per line (this line has ${n})`,
    bad: (m) => `unusable ignore pattern: ${m}`,
  },
};

/**
 * A line written with Windows separators (县文旅局\Ⅲ—15 志愿服务\微信图片_*, as an office on Windows
 * types a path) would match nothing in gitignore syntax, where \ escapes the next character. A \
 * is read as / unless it escapes what gitignore needs escaped in a name (# ! space [ ] \) or a dot
 * (`*\.tmp`, escaped as in a regular expression: a name's dot, as before Windows paths were read;
 * a Windows folder name seldom starts with one); `*` and `?` cannot be in a Windows file name, so
 * `旧材料\*` is the folder's files.
 */
export function windowsSeparators(line: string): string {
  return line.replace(/\\(\\|[#! [\].])|\\/gu, (m, kept: string | undefined) => (kept === undefined ? '/' : m));
}

/** Parse ignore-file text; problems are positioned `file:line:col`. */
export function parseIgnoreText(text: string, file: string, lang: Lang): IgnoreRules {
  const t = TEXT[lang];
  const ig = ignore();
  const problems: RuleProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const line = windowsSeparators(raw);
    const stars = line.match(/\*\*/g)?.length ?? 0;
    if (stars > MAX_GLOBSTARS) {
      problems.push({ file, line: i + 1, col: line.indexOf('**') + 1, message: t.globstars(stars) });
      return;
    }
    try {
      ignore().add(line).ignores('x');
      ig.add(line);
    } catch (e) {
      problems.push({ file, line: i + 1, col: 1, message: t.bad((e as Error).message) });
    }
  });
  if (problems.length) throw new RuleFileError(problems);
  return (rel, isDir) => {
    try {
      return ig.ignores(isDir ? `${rel}/` : rel);
    } catch {
      return false; // a name the package cannot take as a relative path is simply not ignored
    }
  };
}

/** Read and parse an ignore file (a regular file under the size cap). Throws RuleFileError. */
export function loadIgnoreFile(file: string, lang: Lang): IgnoreRules {
  return parseIgnoreText(readRuleText(file, lang), file, lang);
}
