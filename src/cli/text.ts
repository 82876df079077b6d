/** The CLI's own words (not rule messages), in both languages. */
import type { Lang } from '../types.js';
import { ruleIdHintText, type RuleIdHint } from '../util/nearest.js';
import { osWords } from '../messages/system.js';

/**
 * A path as it can be typed back into a shell: quoted when it holds a space or a shell character,
 * in double quotes (cmd.exe, PowerShell and sh all take them, a Windows path's \ too) unless it holds " $ or `.
 */
const shellArg = (p: string) =>
  /^[\p{L}\p{N}_./@%+=:,—-]+$/u.test(p) ? p : /["$`]/.test(p) ? `'${p.replace(/'/g, `'\\''`)}'` : `"${p}"`;

/** Why a file could not be written, from the errno code (kept in brackets for whoever helps), in the run's language. */
const WRITE_REASONS: Record<Lang, Record<string, string>> = {
  zh: {
    EISDIR: '这是一个文件夹，请在路径后写上文件名',
    ENOTDIR: '路径中有一段是文件，不是文件夹',
    ENOENT: '路径不存在',
    EACCES: '没有写入权限',
    EPERM: '没有写入权限',
    EROFS: '所在的磁盘或共享盘是只读的',
    ENOSPC: '磁盘空间不足',
    EDQUOT: '超出磁盘配额',
    ENAMETOOLONG: '文件名或路径太长',
    EBUSY: '文件正被其他程序占用',
  },
  en: {
    EISDIR: 'this is a folder; add a file name to the path',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOENT: 'no such path',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk or shared drive is read-only',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
    ENAMETOOLONG: 'the file name or path is too long',
    EBUSY: 'the file is in use by another program',
  },
};

export function writeReason(lang: Lang, code: string): string {
  const r = WRITE_REASONS[lang][code];
  // A code without write advice of its own: the words every OS code has (src/messages/system.ts).
  return r ? `${r}${lang === 'zh' ? '（' : ' ('}${code}${lang === 'zh' ? '）' : ')'}` : osWords(code, lang);
}

export const CLI_TEXT = {
  zh: {
    missingFolder: (p: string) => `找不到要检查的文件夹：${p}`,
    inspectMissing: (p: string) => `找不到要查看的文件：${p}（请检查路径和文件名）`,
    inspectFolder: (p: string) => `这是一个文件夹，不是文件：${p}\ninspect 查看单个文件读出的内容；检查整个文件夹：ledger-check ${shellArg(p)}`,
    undecodableFolder: (p: string, parent: string) =>
      `找不到要检查的文件夹：${p}\n路径中有不是 UTF-8 编码的名称（� 处；常见于 Windows 压缩包解出的 GBK 文件名），命令行无法原样传入。请检查它的上一级文件夹（ledger-check ${shellArg(parent)}，里面的 GBK 名称能正确读出），或把该文件夹改名后再检查`,
    notAFolder: (p: string) => `不是文件夹：${p}（请给出单位或全县台账文件夹）`,
    aFile: (p: string, dir: string) =>
      `这是一个文件，不是文件夹：${p}\n检查要给出文件夹：它所在的文件夹（ledger-check ${shellArg(dir)}）、单位文件夹或全县台账文件夹；只看这个文件读出的内容：ledger-check inspect ${shellArg(p)}`,
    anArchive: (p: string) =>
      `这是一个压缩包，不是文件夹：${p}\n请先解压，再检查解压出的文件夹（单位文件夹或全县台账文件夹）；本工具不读压缩包里的文件`,
    emptyFolder: (p: string) => `文件夹是空的，没有可检查的材料：${p}`,
    badShard: (v: string) => `--shard 应写成 i/n（第 i 份，共 n 份，1 ≤ i ≤ n ≤ 1000），收到：${v}`,
    shardOutputs: '--shard 只写出分片文件（用 --output 文件 或输出到屏幕）；报告格式和 --split-units 请在 ledger-check merge 时给出',
    unreadableFolder: (p: string) => `无法读取文件夹（没有权限？）：${p}`,
    badDate: (d: string) => `--as-of 日期无效：${d}（格式 YYYY-MM-DD）`,
    badFormat: (f: string, all: string) => `未知的输出格式：${f}（可用：${all}）`,
    twoStdout: '只能有一种格式输出到屏幕；其余格式请用 --format 名称:文件 或 --output 写到文件',
    binaryToScreen: (f: string) => `${f} 格式只能写入文件，例如 --format ${f}:台账检查.${f}`,
    outputInside: (p: string) => `输出文件不能写进被检查的文件夹（本工具从不修改台账；链接和硬链接指向文件夹内的也不行）：${p}`,
    rulesInside: (p: string) => `规则文件或忽略文件在被检查的文件夹里面，不会读取（台账里的文件不能决定检查规则）：${p}；请把它移到台账文件夹的上一级`,
    rulesInUnitFolder: (p: string) => `规则、确认记录或忽略文件在被检查文件夹所属的单位文件夹或指标文件夹里（也是单位交来的材料），不会读取：${p}；请把它放到单位文件夹之外，或用 --rules / --review 指定`,
    danglingControlFile: (p: string) => `这个按规则、确认记录或忽略文件命名的链接指向的文件不存在，不读取：${p}；请删除该链接或改正它的指向`,
    writeFailed: (p: string, e: string) => `无法写入输出文件 ${p}：${writeReason('zh', e)}`,
    wrote: (files: string[], split: { dir: string; n: number } | null) =>
      `报告已写入：${[...files, ...(split ? [`${split.dir}（每个单位一份表格，共 ${split.n} 份）`] : [])].join('、')}`,
    stdoutFailed: (code: string) => `无法写出屏幕输出（标准输出）：${osWords(code, 'zh')}；报告未完整输出，请改用 --format 名称:文件 写到文件`,
    badNumber: (opt: string, v: string) => `${opt} 需要非负整数，收到：${v}`,
    ruleErrors: '规则文件有错误，未开始检查：',
    controlFileClash: (kind: 'rules' | 'review', files: readonly string[]) =>
      kind === 'rules'
        ? `同一个文件夹里有 ${files.length} 个规则文件，不知道该用哪一个，未开始检查：${files.join('、')}\n请删去或改名不用的那个（只留一个），或用 --rules 指定要用的文件`
        : `同一个文件夹里有 ${files.length} 个人工确认记录，不知道该用哪一个，未开始：${files.join('、')}\n请把两份合成一份（只留一个），或用 --review 指定要用的文件`,
    unknownRule: (id: string, hint: RuleIdHint) => `未知的规则编号：${id}${ruleIdHintText(hint, 'zh')}；用 ledger-check rules 查看全部规则`,
    internal: (m: string) => `内部错误：${m}（请把命令和这段信息反馈给维护者）`,
    rulesUsed: (r: string | null, i: string | null) => `规则：${r ?? '内置规则'}${i ? `；忽略文件：${i}` : ''}`,
    reviewErrors: '人工确认记录有错误，未开始检查：',
    cacheInside: (p: string) => `缓存文件夹不能在被检查的文件夹里，被检查的文件夹也不能在缓存文件夹里（本工具从不修改台账）：${p}`,
    badSize: (opt: string, v: string) => `${opt} 需要一个大小，如 500M、2G 或字节数，收到：${v}`,
    reviewInside: (p: string) => `人工确认记录不能放在被检查的文件夹里（台账里的文件不能决定检查结果）：${p}`,
    reviewNoPlace: (f: string) => `不知道把人工确认记录写在哪里：${f} 上方的文件夹里没有 ledger-check-review.yaml 或 .ledger-check.yaml；请用 --review 文件 指定（放在台账文件夹之外，如在全县台账文件夹的上一级运行时写 --review ledger-check-review.yaml，之后检查会自动找到它）`,
    reviewNotFile: (f: string, code: string) =>
      `无法读取要确认的文件 ${f}：${osWords(code, 'zh')}${code === 'EISDIR' ? '。人工确认只能记录文件上的问题；文件夹上的问题（如缺少指标文件夹、照片数量不足、节日没有活动）要补齐材料，确不需要的指标在规则文件中调整分配' : ''}`,
    reviewAccepted: (file: string, rule: string, review: string) => `已记录：${file} 的 ${rule} 已人工确认，写入 ${review}\n`,
    reviewNoSuchFinding: (file: string, rule: string, folder: string, rules: string, asOf: string) =>
      `注意：检查 ${folder} 时（规则：${rules}；当天：${asOf}），${file} 没有 ${rule} 这条问题；这条记录对不上任何问题，检查时会报 review.unused。请核对文件和规则编号（ledger-check 检查结果中该文件的规则编号）；检查时用了 --rules、--as-of 或 --no-ocr 的，这里也给同样的选项`,
    builtinRules: '内置规则',
    reviewFolderFinding: (rule: string, folder: string, on: string[]) =>
      `注意：${rule} 说的是文件夹，不是某个文件（检查 ${folder} 时，这条问题在文件夹 ${on.slice(0, 3).join('、')}${on.length > 3 ? ` 等 ${on.length} 个文件夹` : ''} 上）；人工确认记录只对文件上的问题起作用，这条记录对不上任何问题，检查时会报 review.unused（可用 ledger-check review prune 删除）。文件夹的问题要靠补交材料解决；该单位确实不承担的指标，请在规则文件中修改它的指标分工`,
    reviewPruned: (n: number, review: string) => `已从 ${review} 删除 ${n} 条未用上的记录\n`,
    reviewNone: '没有找到人工确认记录（ledger-check-review.yaml），请用 --review 文件 指定',
    reviewEmptyText: (opt: string) => `${opt} 不能为空`,
  },
  en: {
    missingFolder: (p: string) => `folder not found: ${p}`,
    inspectMissing: (p: string) => `file not found: ${p} (check the path and the name)`,
    inspectFolder: (p: string) => `this is a folder, not a file: ${p}\ninspect shows what is read from single files; to check the folder: ledger-check ${shellArg(p)}`,
    undecodableFolder: (p: string, parent: string) =>
      `folder not found: ${p}\nA name on the path is not UTF-8 (at �; typically a GBK name unpacked from a Windows zip) and cannot be passed on the command line as it is. Check the folder above it (ledger-check ${shellArg(parent)}: GBK names inside a checked folder are read), or rename the folder and check it again`,
    notAFolder: (p: string) => `not a folder: ${p} (give a unit or county ledger folder)`,
    aFile: (p: string, dir: string) =>
      `this is a file, not a folder: ${p}\nA check takes a folder: the folder it is in (ledger-check ${shellArg(dir)}), its unit folder or the county's ledger folder; to see what is read from this one file: ledger-check inspect ${shellArg(p)}`,
    anArchive: (p: string) =>
      `this is an archive, not a folder: ${p}\nUnpack it first, then check the folder it holds (a unit folder or the county's ledger folder); files inside an archive are not read`,
    emptyFolder: (p: string) => `the folder is empty, nothing to check: ${p}`,
    badShard: (v: string) => `--shard takes i/n (part i of n, 1 ≤ i ≤ n ≤ 1000), got: ${v}`,
    shardOutputs: '--shard writes only the shard file (to --output or stdout); give report formats and --split-units to ledger-check merge',
    unreadableFolder: (p: string) => `cannot list the folder (permissions?): ${p}`,
    badDate: (d: string) => `invalid --as-of date: ${d} (expected YYYY-MM-DD)`,
    badFormat: (f: string, all: string) => `unknown format: ${f} (available: ${all})`,
    twoStdout: 'only one format can go to the screen; send the others to files with --format name:file or --output',
    binaryToScreen: (f: string) => `the ${f} format goes to a file only, e.g. --format ${f}:report.${f}`,
    outputInside: (p: string) => `refusing to write inside the checked folder (ledger-check never modifies a ledger; nor through a link or hard link into it): ${p}`,
    rulesInside: (p: string) => `the rule or ignore file is inside the checked folder and is not read (the material cannot choose its rules): ${p}; move it above the folder`,
    rulesInUnitFolder: (p: string) => `the rule, review or ignore file is in the unit or indicator folder holding the checked folder (the department's material too) and is not read: ${p}; keep it outside the unit folder, or name it with --rules / --review`,
    danglingControlFile: (p: string) => `a link named as a rule, review or ignore file points to nothing and is not read: ${p}; delete the link or point it at the file`,
    writeFailed: (p: string, e: string) => `cannot write ${p}: ${writeReason('en', e)}`,
    wrote: (files: string[], split: { dir: string; n: number } | null) =>
      `Report written to: ${[...files, ...(split ? [`${split.dir} (one workbook per unit, ${split.n} in all)`] : [])].join(', ')}`,
    stdoutFailed: (code: string) => `cannot write to standard output: ${osWords(code, 'en')}; the report is incomplete, write it to a file with --format name:file`,
    badNumber: (opt: string, v: string) => `${opt} needs a non-negative integer, got: ${v}`,
    ruleErrors: 'the rule file has errors; nothing was checked:',
    controlFileClash: (kind: 'rules' | 'review', files: readonly string[]) =>
      kind === 'rules'
        ? `${files.length} rule files in one folder, and which one is meant is not guessed; nothing was checked: ${files.join(', ')}\nremove or rename the one not in use (keep one), or name the file to use with --rules`
        : `${files.length} review records in one folder, and which one is meant is not guessed; nothing was done: ${files.join(', ')}\nmerge them into one (keep one), or name the file to use with --review`,
    unknownRule: (id: string, hint: RuleIdHint) => `unknown rule id: ${id}${ruleIdHintText(hint, 'en')}; see ledger-check rules`,
    internal: (m: string) => `internal error: ${m} (please report the command and this message)`,
    rulesUsed: (r: string | null, i: string | null) => `rules: ${r ?? 'built-in'}${i ? `; ignore file: ${i}` : ''}`,
    reviewErrors: 'the review record has errors; nothing was checked:',
    cacheInside: (p: string) => `the cache folder cannot be inside the checked folder, nor the checked folder inside it (ledger-check never modifies a ledger): ${p}`,
    badSize: (opt: string, v: string) => `${opt} needs a size such as 500M, 2G or a number of bytes, got: ${v}`,
    reviewInside: (p: string) => `the review record cannot live inside the checked folder (files in a ledger never decide its result): ${p}`,
    reviewNoPlace: (f: string) => `no place for the review record: no ledger-check-review.yaml or .ledger-check.yaml above ${f}; give one with --review FILE (outside the ledger folder: run from the folder above the county's ledger folder with --review ledger-check-review.yaml, and checks will find it)`,
    reviewNotFile: (f: string, code: string) =>
      `cannot read the file to accept ${f}: ${osWords(code, 'en')}${code === 'EISDIR' ? ". A review records findings on files only; a folder's findings (a missing indicator folder, too few photos, a festival without activities) are settled by handing in the material, or, for an indicator the unit is not to do, by changing its assignment in the rule file" : ''}`,
    reviewAccepted: (file: string, rule: string, review: string) => `recorded: ${rule} on ${file} reviewed, in ${review}\n`,
    reviewNoSuchFinding: (file: string, rule: string, folder: string, rules: string, asOf: string) =>
      `warning: in a check of ${folder} (rules: ${rules}; as of ${asOf}), ${file} has no ${rule} finding; the entry matches no finding and checks will report it as review.unused. Check the file and the rule id (the rule ids a check gives that file); if you check with --rules, --as-of or --no-ocr, give the same options here`,
    builtinRules: 'the built-in rules',
    reviewFolderFinding: (rule: string, folder: string, on: string[]) =>
      `warning: ${rule} is about a folder, not a file (in a check of ${folder} it is on the folder ${on.slice(0, 3).join(', ')}${on.length > 3 ? ` and ${on.length - 3} more` : ''}); a review records findings on files only, so this entry matches nothing and checks will report it as review.unused (ledger-check review prune removes it). A folder's finding is settled by handing in the material, or, for an indicator the unit is not to do, by changing its assignment in the rule file`,
    reviewPruned: (n: number, review: string) => `removed ${n} unused entr${n === 1 ? 'y' : 'ies'} from ${review}\n`,
    reviewNone: 'no review record (ledger-check-review.yaml) found; give one with --review FILE',
    reviewEmptyText: (opt: string) => `${opt} must not be empty`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export const t = (lang: Lang) => CLI_TEXT[lang];

/** Closest candidate by edit distance, for "did you mean". */
export { nearest, suggestRuleId } from '../util/nearest.js';
