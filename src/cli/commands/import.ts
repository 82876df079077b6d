/** `ledger-check rules import <任务分解表.xlsx> [-o rules.yaml]`: the county's task table as a rule file. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { visibleLines } from '../../format/terminal.js';
import { writeOutput } from '../output.js';
import { writeReason } from '../text.js';
import type { TaskTableErrorCode } from '../../import/task-table.js';
import { MAX_REGISTER_BYTES } from '../../extract/limits.js';
import { osWords } from '../../messages/system.js';

const MB = 1024 * 1024;

const TEXT: Record<'zh' | 'en', Record<TaskTableErrorCode, (d: string) => string> & { sheets: (names: readonly string[]) => string; corrupt: string; notes: string; wrote: (p: string, n: number) => string; writeFailed: (p: string, e: string) => string }> = {
  zh: {
    'not-found': (d) => `找不到任务分解表：${d}（请检查路径和文件名）`,
    'not-a-file': (d) => `任务分解表不是普通文件（是管道、设备或文件夹），未读取：${d}`,
    'too-large': (d) => `任务分解表超过 ${MAX_REGISTER_BYTES / MB} MB，未读取：${d}`,
    empty: (d) => `任务分解表是空文件：${d}`,
    encrypted: (d) => `任务分解表设置了打开密码，请取消密码后另存再导入：${d}`,
    'legacy-format': (d) => `任务分解表是旧版 .xls 格式，请用 Excel/WPS 另存为 .xlsx 后再导入：${d}`,
    unreadable: (d) => `无法读取任务分解表（需要 .xlsx 文件）：${d}`,
    corrupt: '文件已损坏，或不是 Excel 工作簿',
    'no-header': (d) => `任务分解表中找不到表头（需要“测评项目/测评内容”和“网上申报详细规定/测评标准”等列；工作表：${d}）`,
    'no-indicators': (d) => `任务分解表中没有找到带指标编号（如 Ⅲ—12）的行：${d}`,
    // The first five sheets by name, then how many in all (a workbook of many sheets is one line).
    sheets: (n) => `${n.slice(0, 5).join('、')}${n.length > 5 ? ` 等 ${n.length} 个` : ''}`,
    notes: '以下内容未能自动识别，已写入对应指标的 note，请人工核对：',
    wrote: (p, n) => `已写入规则文件：${p}（${n} 个指标）`,
    writeFailed: (p, e) => `无法写入 ${p}：${e}`,
  },
  en: {
    'not-found': (d) => `task table not found: ${d} (check the path and file name)`,
    'not-a-file': (d) => `the task table is not a regular file (a pipe, device or folder) and was not read: ${d}`,
    'too-large': (d) => `the task table is larger than ${MAX_REGISTER_BYTES / MB} MB and was not read: ${d}`,
    empty: (d) => `the task table is an empty file: ${d}`,
    encrypted: (d) => `the task table is password-protected; remove the password, save, and import again: ${d}`,
    'legacy-format': (d) => `the task table is a legacy .xls file; save it as .xlsx in Excel/WPS and import again: ${d}`,
    unreadable: (d) => `cannot read the task table (an .xlsx file is needed): ${d}`,
    corrupt: 'the file is damaged or is no Excel workbook',
    'no-header': (d) => `no header row in the task table (columns such as 测评项目/测评内容 and 网上申报详细规定/测评标准 are needed; sheets: ${d})`,
    'no-indicators': (d) => `no row with an indicator code (such as Ⅲ—12) in the task table: ${d}`,
    sheets: (n) => `${n.slice(0, 5).join(', ')}${n.length > 5 ? ` and ${n.length - 5} more` : ''}`,
    notes: 'not understood, kept as the indicator\'s note (please review):',
    wrote: (p, n) => `wrote the rule file: ${p} (${n} indicators)`,
    writeFailed: (p, e) => `cannot write ${p}: ${e}`,
  },
};

/** Adds `import` under the `rules` command. */
export function register(rules: Command, io: CliIO): void {
  rules
    .command('import')
    .description('turn the county task table (任务分解表.xlsx) into a rule file / 由任务分解表生成规则文件')
    .argument('<task-table>', '任务分解表 .xlsx')
    .option('-o, --output <file>', 'write the rule file here (default: stdout)')
    .action(async (file: string, o: { output?: string }) => {
      const lang = io.lang();
      const t = TEXT[lang];
      // Loaded on demand: exceljs costs half a second of start-up for every other command.
      const { importTaskTable, TaskTableError } = await import('../../import/task-table.js');
      let result;
      try {
        result = await importTaskTable(file);
      } catch (e) {
        if (e instanceof TaskTableError) {
          // An unreadable table's reason in words (an OS code, or damaged), never the reader's English.
          const why = e.reason === undefined ? '' : io.lang() === 'zh' ? `（${e.reason === 'corrupt' ? t.corrupt : osWords(e.reason, 'zh')}）` : ` (${e.reason === 'corrupt' ? t.corrupt : osWords(e.reason, 'en')})`;
          io.stderr(`ledger-check: ${visibleLines(t[e.code](e.sheets ? t.sheets(e.sheets) : e.message) + why)}\n`);
          io.setExitCode(2);
          return;
        }
        throw e;
      }
      if (result.notes.length) io.stderr(`${t.notes}\n${result.notes.map((n) => `  - ${visibleLines(n)}`).join('\n')}\n`);
      if (o.output) {
        try {
          // As every output: its folder made when missing, written whole through a temporary file.
          writeOutput(o.output, result.yaml);
        } catch (e) {
          io.stderr(`ledger-check: ${visibleLines(t.writeFailed(o.output, writeReason(lang, (e as NodeJS.ErrnoException).code ?? String(e))))}\n`);
          io.setExitCode(2);
          return;
        }
        io.stderr(`${visibleLines(t.wrote(o.output, result.rules.indicators?.length ?? 0))}\n`);
      } else {
        io.stdout(result.yaml);
      }
      io.setExitCode(0);
    });
}
