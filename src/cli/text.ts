/** The CLI's own words (not rule messages), in both languages. */
import type { Lang } from '../types.js';

export const CLI_TEXT = {
  zh: {
    missingFolder: (p: string) => `找不到要检查的文件夹：${p}`,
    notAFolder: (p: string) => `不是文件夹：${p}（请给出单位或全县台账文件夹）`,
    emptyFolder: (p: string) => `文件夹是空的，没有可检查的材料：${p}`,
    unreadableFolder: (p: string) => `无法读取文件夹（没有权限？）：${p}`,
    badDate: (d: string) => `--as-of 日期无效：${d}（格式 YYYY-MM-DD）`,
    badFormat: (f: string, all: string) => `未知的输出格式：${f}（可用：${all}）`,
    twoStdout: '只能有一种格式输出到屏幕；其余格式请用 --format 名称:文件 或 --output 写到文件',
    binaryToScreen: (f: string) => `${f} 格式只能写入文件，例如 --format ${f}:台账检查.${f}`,
    outputInside: (p: string) => `输出文件不能写进被检查的文件夹（本工具从不修改台账）：${p}`,
    writeFailed: (p: string, e: string) => `无法写入输出文件 ${p}：${e}`,
    stdoutFailed: (e: string) => `无法写出屏幕输出（标准输出）：${e}；报告未完整输出，请改用 --format 名称:文件 写到文件`,
    badNumber: (opt: string, v: string) => `${opt} 需要非负整数，收到：${v}`,
    ruleErrors: '规则文件有错误，未开始检查：',
    unknownRule: (id: string, near: string) => `未知的规则编号：${id}${near ? `（是不是 ${near}？）` : ''}；用 ledger-check rules 查看全部规则`,
    internal: (m: string) => `内部错误：${m}（请把命令和这段信息反馈给维护者）`,
    reviewErrors: '人工确认记录有错误，未开始检查：',
    cacheInside: (p: string) => `缓存文件夹不能在被检查的文件夹里（本工具从不修改台账）：${p}`,
    reviewInside: (p: string) => `人工确认记录不能放在被检查的文件夹里（台账里的文件不能决定检查结果）：${p}`,
    reviewNoPlace: (f: string) => `不知道把人工确认记录写在哪里：${f} 上方的文件夹里没有 ledger-check-review.yaml 或 .ledger-check.yaml；请用 --review 文件 指定（放在台账文件夹之外）`,
    reviewNotFile: (f: string, e: string) => `无法读取要确认的文件 ${f}：${e}`,
    reviewAccepted: (file: string, rule: string, review: string) => `已记录：${file} 的 ${rule} 已人工确认，写入 ${review}\n`,
    reviewPruned: (n: number, review: string) => `已从 ${review} 删除 ${n} 条未用上的记录\n`,
    reviewNone: '没有找到人工确认记录（ledger-check-review.yaml），请用 --review 文件 指定',
    reviewEmptyText: (opt: string) => `${opt} 不能为空`,
  },
  en: {
    missingFolder: (p: string) => `folder not found: ${p}`,
    notAFolder: (p: string) => `not a folder: ${p} (give a unit or county ledger folder)`,
    emptyFolder: (p: string) => `the folder is empty, nothing to check: ${p}`,
    unreadableFolder: (p: string) => `cannot list the folder (permissions?): ${p}`,
    badDate: (d: string) => `invalid --as-of date: ${d} (expected YYYY-MM-DD)`,
    badFormat: (f: string, all: string) => `unknown format: ${f} (available: ${all})`,
    twoStdout: 'only one format can go to the screen; send the others to files with --format name:file or --output',
    binaryToScreen: (f: string) => `the ${f} format goes to a file only, e.g. --format ${f}:report.${f}`,
    outputInside: (p: string) => `refusing to write inside the checked folder (ledger-check never modifies a ledger): ${p}`,
    writeFailed: (p: string, e: string) => `cannot write ${p}: ${e}`,
    stdoutFailed: (e: string) => `cannot write to standard output: ${e}; the report is incomplete, write it to a file with --format name:file`,
    badNumber: (opt: string, v: string) => `${opt} needs a non-negative integer, got: ${v}`,
    ruleErrors: 'the rule file has errors; nothing was checked:',
    unknownRule: (id: string, near: string) => `unknown rule id: ${id}${near ? ` (did you mean ${near}?)` : ''}; see ledger-check rules`,
    internal: (m: string) => `internal error: ${m} (please report the command and this message)`,
    reviewErrors: 'the review record has errors; nothing was checked:',
    cacheInside: (p: string) => `the cache folder cannot be inside the checked folder (ledger-check never modifies a ledger): ${p}`,
    reviewInside: (p: string) => `the review record cannot live inside the checked folder (files in a ledger never decide its result): ${p}`,
    reviewNoPlace: (f: string) => `no place for the review record: no ledger-check-review.yaml or .ledger-check.yaml above ${f}; give one with --review FILE (outside the ledger folder)`,
    reviewNotFile: (f: string, e: string) => `cannot read the file to accept ${f}: ${e}`,
    reviewAccepted: (file: string, rule: string, review: string) => `recorded: ${rule} on ${file} reviewed, in ${review}\n`,
    reviewPruned: (n: number, review: string) => `removed ${n} unused entr${n === 1 ? 'y' : 'ies'} from ${review}\n`,
    reviewNone: 'no review record (ledger-check-review.yaml) found; give one with --review FILE',
    reviewEmptyText: (opt: string) => `${opt} must not be empty`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export const t = (lang: Lang) => CLI_TEXT[lang];

/** Closest candidate by edit distance, for "did you mean". */
export function nearest(word: string, candidates: Iterable<string>): string {
  let best = '';
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : '';
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
