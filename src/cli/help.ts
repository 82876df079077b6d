/**
 * `--help` in the run's language (Chinese by default, English with --lang en). Commands and
 * options are declared with English texts; this walks the finished command tree and puts each
 * text in the chosen language: "english / 中文" descriptions keep their side, option texts come
 * from ZH below, and commander's own words (Usage:, choices, default) are translated too.
 * Columns are measured by display width, so CJK descriptions line up and wrap.
 */
import type { Command, Option } from 'commander';
import stringWidth from 'string-width';
import type { Lang } from '../types.js';
import { wrapSegments } from '../format/terminal.js';

/**
 * Commander wraps at spaces only: a Chinese description (few spaces) ran far past the width and
 * broke at its one space ("…做 OCR⏎识别…"). Break by display width, between CJK characters too.
 */
export function wrapHelpText(str: string, width: number): string {
  if (width < 40) return str;
  return str
    .split(/\r\n|\n/)
    .map((line) => (line.trim() ? wrapSegments([{ text: line }], width, '', '').join('\n') : ''))
    .join('\n');
}

/** Option and argument texts in Chinese, keyed by their English text. */
const ZH: Record<string, string> = {
  'message language': '提示语言',
  'unit folder (县教育局) or county folder (台账/) to check': '要检查的单位文件夹（县教育局）或全县文件夹（台账/）',
  'rule file (YAML/JSON); default: .ledger-check.yaml found walking up from the folder, else the built-in rules':
    '规则文件（YAML/JSON）；默认：从文件夹向上查找 .ledger-check.yaml，找不到时用内置规则',
  'output format: pretty, json, junit, sarif, gitlab, html, xlsx (xlsx to a file only); repeat for several; name:file writes to a file':
    '输出格式：pretty、json、junit、sarif、gitlab、html、xlsx（xlsx 只能写文件）；可重复；名称:文件 表示写入该文件',
  'write the (single) screen format to this file instead': '把（唯一的）屏幕格式改写到这个文件',
  'the date checks count as "today" (YYYY-MM-DD); default: today in China': '检查时当作“今天”的日期（YYYY-MM-DD）；默认：北京时间今天',
  'list errors only (warnings are still counted)': '只列出错误（警告仍计数；未检查的文件仍说明原因）',
  'fail when there are more than n warnings': '警告超过 n 个时也判为不通过',
  'force colour': '强制彩色输出',
  'no colour (NO_COLOR is honoured too)': '不用颜色（也认 NO_COLOR 环境变量）',
  'skip the pixel comparison for near-duplicate photos (faster)': '不做近似重复照片的像素比较（更快）',
  'no progress line on stderr': '不在标准错误输出显示进度',
  'also write one workbook per unit into this folder (xlsx), to send back to each unit': '另外为每个单位各写一个工作簿到这个文件夹（xlsx），便于下发给各单位',
  'files to inspect': '要查看的文件',
  'pretty or json': 'pretty 或 json',
  'a rule id, or a material kind (photo, document, screenshot …)': '规则编号，或材料类型（photo、document、screenshot …）',
  'rule file whose cues and parameters to use': '使用其中提示词和参数的规则文件',
  'print the effective rule set (built-in merged with a rule file) as JSON': '以 JSON 打印生效的规则集（内置规则合并规则文件）',
  'Gregorian year, e.g. 2026': '公历年份，如 2026（测评周期以规则集为准）',
  'rule file whose festival windows to use (default: built-in)': '使用其中节日活动时段的规则文件（默认：内置规则）',
  'write the rule file here (default: stdout)': '规则文件写到这里（默认：标准输出）',
  "review record to apply; default: ledger-check-review.yaml found walking up from ABOVE the folder (from the unit folder's parent when the folder is, or is inside, one indicator folder)":
    '要应用的人工确认记录；默认：从被检查文件夹的上一级（只查一个指标文件夹或其中的子文件夹时从单位文件夹的上一级）向上查找 ledger-check-review.yaml',
  'apply no review record': '不应用人工确认记录',
  'leave scans and photographed documents unread (not checked) instead of reading them by OCR': '不对扫描件和拍照的文件做 OCR 识别（这些文件记为未检查）',
  'folder of the cache of facts and OCR text, never inside the checked folder; default: $LEDGER_CHECK_CACHE_DIR, else the user cache folder (~/.cache/ledger-check)':
    '事实与 OCR 文字缓存所在的文件夹，不能在被检查的文件夹里；默认：$LEDGER_CHECK_CACHE_DIR，否则用户缓存目录（~/.cache/ledger-check）',
  'bound of the cache folder, e.g. 500M or 2G (default 512M); least recently used entries are removed first': '缓存文件夹的大小上限，如 500M、2G（默认 512M）；超出时先删最久未用的条目',
  'neither read nor write the cache: every file is read and extracted again': '不读也不写缓存：每个文件都重新读取、提取',
  "the file the finding is on (a finding on a folder, e.g. material.report-missing, is not recorded: hand in the material, or change the indicator's assignment in the rule file)":
    '问题所在的文件（文件夹上的问题，如 material.report-missing，不能记录：请补交材料，或在规则文件中修改指标分工）',
  'the finding’s rule id, e.g. signoff.manual-review': '问题的规则编号，如 signoff.manual-review',
  'why it is accepted, e.g. "checked against the original"': '确认理由，如 已核对原件',
  'who checked it, e.g. "county office"': '确认人，如 县创文办',
  'accepted (the office accepts it) or confirmed (a person confirmed it is right)': 'accepted（创文办认可）或 confirmed（已人工核实无误）',
  'the review record to write (default: ledger-check-review.yaml beside an existing record or .ledger-check.yaml above the file)': '要写入的人工确认记录（默认：文件上方已有记录或 .ledger-check.yaml 旁的 ledger-check-review.yaml）',
  'the folder you check: the record is looked for above it and never written inside it': '被检查的文件夹：记录在它上方查找，绝不写进它里面',
  'the folder to check (as for ledger-check <folder>)': '要检查的文件夹（同 ledger-check <文件夹>）',
  'the review record (default: ledger-check-review.yaml found above the folder)': '人工确认记录（默认：文件夹上方找到的 ledger-check-review.yaml）',
  "rule file (YAML/JSON), or a rules folder holding one, never one inside the folder; default: .ledger-check.yaml found walking up from the folder's parent (from the unit folder's parent when the folder is, or is inside, one indicator folder), else the built-in rules":
    '规则文件（YAML/JSON）或放着它的规则文件夹，不能放在被检查的文件夹里；默认：从文件夹的上一级（只查一个指标文件夹或其中的子文件夹时从单位文件夹的上一级）向上查找 .ledger-check.yaml，找不到时用内置规则',
  'print the effective rule set (built-in merged with a rule file) as JSON; without a file, the one a check of a folder here would find':
    '以 JSON 打印生效的规则集（内置规则合并规则文件）；不给文件时，用在此处检查文件夹会找到的那个',
  'output the version number': '显示版本号',
  'check shard i of n (units split by a hash of their folder names) and write a shard file (JSON, to --output or stdout) for `ledger-check merge`':
    '只检查 n 份中的第 i 份（按单位文件夹名的哈希分单位），写出分片文件（JSON，写到 --output 或屏幕），供 ledger-check merge 合并',
  'shard files (all n parts of one run)': '分片文件（同一次检查的全部 n 份）',
  'display help for command': '显示命令帮助',
};

const HELP_COMMAND_EN = 'display help for command';
const HELP_COMMAND_ZH = '显示某个命令的帮助';

const TITLES_ZH: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

/** One side of an "english / 中文" text (or of "中文\nEnglish"). */
function side(text: string, lang: Lang): string {
  const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
  for (const sep of [' / ', '\n']) {
    const i = text.indexOf(sep);
    if (i < 0) continue;
    const [a, b] = [text.slice(0, i), text.slice(i + sep.length)];
    // Chinese is the side with more Han characters; the other is English.
    const zhFirst = (a.match(/\p{Script=Han}/gu)?.length ?? 0) > (b.match(/\p{Script=Han}/gu)?.length ?? 0);
    if (hasHan(a) || hasHan(b)) return lang === 'zh' ? (zhFirst ? a : b) : zhFirst ? b : a;
  }
  return lang === 'zh' ? (ZH[text] ?? text) : text;
}

function optionExtra(option: Option, lang: Lang): string {
  const o = option as Option & { argChoices?: string[]; defaultValue?: unknown; required?: boolean; optional?: boolean };
  const parts: string[] = [];
  if (o.argChoices) parts.push(lang === 'zh' ? `可选：${o.argChoices.join('、')}` : `choices: ${o.argChoices.join(', ')}`);
  const showDefault = (o.required || o.optional) && o.defaultValue !== undefined && !(Array.isArray(o.defaultValue) && !o.defaultValue.length);
  if (showDefault) parts.push(lang === 'zh' ? `默认：${String(o.defaultValue)}` : `default: ${String(o.defaultValue)}`);
  if (!parts.length) return '';
  return lang === 'zh' ? `（${parts.join('；')}）` : ` (${parts.join(', ')})`;
}

/** Put every help text of the tree in `lang` (call after all commands are registered). */
export function localizeHelp(program: Command, lang: Lang): void {
  const visit = (cmd: Command) => {
    cmd.description(side(cmd.description(), lang));
    for (const o of cmd.options) o.description = side(o.description ?? '', lang);
    for (const a of cmd.registeredArguments) a.description = side(a.description, lang);
    cmd.helpOption('-h, --help', lang === 'zh' ? '显示帮助' : 'display help for command');
    cmd.configureHelp({
      displayWidth: (s: string) => stringWidth(s),
      boxWrap: (str: string, width: number) => wrapHelpText(str, width),
      styleTitle: (s: string) => (lang === 'zh' ? (TITLES_ZH[s] ?? s) : s),
      optionDescription: (o: Option) => `${o.description ?? ''}${optionExtra(o, lang)}`,
      // commander adds its own `help [command]` to a command that has subcommands and no action
      // (`review`): made lazily, in English, after this walk.
      subcommandDescription: (c: Command) => (lang === 'zh' && c.description() === HELP_COMMAND_EN ? HELP_COMMAND_ZH : c.description()),
    });
    for (const sub of cmd.commands) visit(sub);
  };
  visit(program);
  if (lang === 'zh') program.helpCommand('help [command]', HELP_COMMAND_ZH);
}
