/** Messages for the register (台账登记表) and festival (我们的节日) rules. */
import { defineRules, type Args } from './types.js';
import { plural } from './plural.js';
import { cellRef, festival, items, list, span } from './format.js';

const DATE_REASONS: Record<string, { zh: string; en: string }> = {
  empty: { zh: '没有填写日期', en: 'no date entered' },
  unrecognised: { zh: '无法识别为日期', en: 'not a recognisable date' },
  'no-such-day': { zh: '日历上没有这一天', en: 'no such day in the calendar' },
  'no-day': { zh: '只写了年月，缺少日', en: 'month only, no day' },
  'number-not-date': { zh: '是普通数字，不是日期（单元格格式不是日期）', en: 'a plain number, not a date (cell not formatted as a date)' },
  'range-reversed': { zh: '结束日期早于开始日期', en: 'the range ends before it starts' },
};
const reason = (a: Args, lang: 'zh' | 'en') => DATE_REASONS[String(a.reason)]?.[lang] ?? String(a.reason);

/** How register rows or cells are hidden (facts.hidden how), for register.hidden-rows. */
const HIDDEN_BY: Record<string, { zh: string; en: string }> = {
  sheet: { zh: '隐藏的工作表', en: 'a hidden sheet' },
  row: { zh: '隐藏的行', en: 'hidden rows' },
  'low-row': { zh: '高度为 0 的行', en: 'rows of zero height' },
  column: { zh: '隐藏的列', en: 'hidden columns' },
  'narrow-column': { zh: '宽度为 0 的列', en: 'columns of zero width' },
  format: { zh: '“;;;”之类不显示内容的数字格式', en: 'a number format showing nothing (";;;")' },
  white: { zh: '白色文字', en: 'white text' },
  'same-colour': { zh: '与底色同色的文字', en: 'text of its fill\'s colour' },
};
const hiddenBy = (a: Args, lang: 'zh' | 'en'): string => {
  const by = items(a.hiddenBy).map((h) => HIDDEN_BY[String(h)]?.[lang] ?? String(h));
  if (!by.length) return '';
  return lang === 'zh' ? `；原因：${by.join('、')}` : `; by ${by.join(', ')}`;
};

const PARTICIPANT_REASONS: Record<string, { zh: string; en: string }> = {
  empty: { zh: '没有填写', en: 'empty' },
  'not-a-number': { zh: '不是数字', en: 'not a number' },
  'not-positive': { zh: '不是正数', en: 'not a positive number' },
};
const preason = (a: Args, lang: 'zh' | 'en') => PARTICIPANT_REASONS[String(a.reason)]?.[lang] ?? String(a.reason);

const UNREADABLE: Record<string, { zh: string; en: string }> = {
  encrypted: { zh: '工作簿设置了打开密码', en: 'the workbook is password-protected' },
  'legacy-format': { zh: '是旧版 Excel 97-2003 (.xls) 格式，请用 Excel/WPS 另存为 .xlsx', en: 'it is a legacy Excel 97-2003 (.xls) workbook: save it as .xlsx' },
  'no-sheets': { zh: '工作簿中没有工作表（文件可能已损坏）', en: 'the workbook has no worksheets (it may be damaged)' },
  empty: { zh: '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' },
  truncated: { zh: '文件不完整（可能没有下载或复制完）', en: 'the file is truncated' },
  corrupt: { zh: '文件已损坏', en: 'the file is corrupt' },
  unsupported: { zh: '不是可识别的表格文件', en: 'it is not a spreadsheet this tool can read' },
};
const unreadable = (a: Args, lang: 'zh' | 'en') => UNREADABLE[String(a.code)]?.[lang] ?? (lang === 'zh' ? `读取出错（${a.code}）` : `a read error (${a.code})`);

/** How many items a list arg holds (0 for none). */
const listLength = (v: Args[string] | undefined): number => (Array.isArray(v) ? v.length : 0);

const win = (a: Args) => span(a.from, a.to, 'zh');
/** A festival count made without the register, which could not be read (registerUnread). */
const UNREAD_ZH = '（登记表无法读取，只按照片统计；修好登记表后再检查）';
const UNREAD_EN = ' (the register could not be read: photos only; check again once it is fixed)';
/** The same when another register of the indicator was read and counted (registerRead). */
const UNREAD_SOME_ZH = '（另有登记表无法读取，未计入；修好后再检查）';
const UNREAD_SOME_EN = ' (another register could not be read and was not counted; check again once it is fixed)';
const unreadNote = (a: Args, lang: 'zh' | 'en') =>
  !a.registerUnread ? '' : a.registerRead ? (lang === 'zh' ? UNREAD_SOME_ZH : UNREAD_SOME_EN) : lang === 'zh' ? UNREAD_ZH : UNREAD_EN;

/** Where the year of a date typed without one came from (args yearFrom, yearCell, typed). */
const YEAR_FROM: Record<string, { zh: string; en: string }> = {
  title: { zh: '表格标题', en: 'the sheet title' },
  filled: { zh: '填报日期', en: 'the 填报 date' },
  period: { zh: '测评周期', en: 'the evaluation period' },
};
function yearNote(a: Args, lang: 'zh' | 'en'): string {
  const from = YEAR_FROM[String(a.yearFrom ?? '')];
  if (!from) return '';
  const at = a.yearCell ? ` ${a.yearCell}` : '';
  return lang === 'zh' ? `（“${a.typed}”没写年份，年份取自${from.zh}${at}）` : ` ("${a.typed}" has no year; the year comes from ${from.en}${at})`;
}

const BOUND_ZH: Record<string, string> = { rows: '行', columns: '列', cells: '个单元格', 'workbook-cells': '个单元格，各工作表合计' };
const BOUND_EN: Record<string, string> = { rows: 'rows', columns: 'columns', cells: 'cells', 'workbook-cells': 'cells in all sheets together' };

export const registerMessages = defineRules({
  'register.sheet-too-large': {
    severity: 'error',
    title: { zh: '工作表超出读取范围', en: 'Sheet beyond the reading limits' },
    message: {
      zh: (a) => `工作表“${a.sheet}”在 ${a.cell} 处有内容，超出读取上限（${a.limit} ${BOUND_ZH[String(a.reason)] ?? String(a.reason)}），超出部分未检查`,
      en: (a) => `sheet "${a.sheet}" has content at ${a.cell}, beyond the reading limit (${a.limit} ${BOUND_EN[String(a.reason)] ?? String(a.reason)}); what lies beyond was not checked`,
    },
    why: {
      zh: '登记表只需几百行、十几列；远处的单元格多是误操作留下的，逐格读取会让检查卡住或耗尽内存，所以超出上限的部分不读，也就不能算检查通过。',
      en: 'A register needs a few hundred rows and a dozen columns; a far-away cell is usually a slip, and reading cell by cell up to it would hang the check, so it is not read and cannot pass.',
    },
    fix: {
      zh: '在 Excel/WPS 中定位到该单元格（Ctrl+G 输入地址），删除多余内容及其后的空行空列，保存后重新提交。',
      en: 'Go to that cell in Excel/WPS (Ctrl+G), delete the stray content and the empty rows/columns after it, save and hand it in again.',
    },
  },
  'register.unreadable': {
    severity: 'error',
    title: { zh: '登记表无法读取', en: 'Register cannot be read' },
    message: {
      zh: (a) => `登记表无法读取：${unreadable(a, 'zh')}`,
      en: (a) => `the register cannot be read: ${unreadable(a, 'en')}`,
    },
    why: {
      zh: '评审方和本工具都打不开的登记表等于没有提交，其中的活动也无法计数。',
      en: 'A register nobody can open counts as not submitted, and its activities cannot be counted.',
    },
    fix: {
      zh: '用 Excel/WPS 打开后“另存为”.xlsx 格式；如设置了密码，先在“文件-信息-保护工作簿”中取消密码再保存。',
      en: 'Open it in Excel/WPS and "Save As" .xlsx; if it has a password, remove it (File › Info › Protect Workbook) and save.',
    },
  },
  'register.csv-quote-unclosed': {
    severity: 'warning',
    title: { zh: 'CSV 登记表有未闭合的引号', en: 'CSV register has an unclosed quote' },
    message: {
      zh: (a) => `${a.cell} 单元格以引号开头但没有闭合，已把它当作普通字符、照常读取后面各行；请核对这一行`,
      en: (a) => `cell ${a.cell} opens a quote that is never closed; it was read as a plain character and the rows after it were read as usual: check this row`,
    },
    why: {
      zh: '未闭合的引号会让表格软件把之后的所有内容当成一个单元格，后面的活动就“消失”了。',
      en: 'An unclosed quote makes spreadsheet programs read everything after it as one cell, and the activities below it vanish.',
    },
    fix: {
      zh: '在该单元格内容末尾补上引号（或删去开头的引号），用 Excel/WPS 打开确认各行正常后另存。',
      en: 'Add the closing quote at the end of the cell (or remove the opening one), open it in Excel/WPS to check every row, and save again.',
    },
  },
  'register.no-rows': {
    severity: 'error',
    title: { zh: '登记表没有登记任何活动', en: 'Register lists no activity' },
    message: {
      zh: (a) => `登记表有表头，但表头下没有任何活动记录（工作表：${list(a.sheets, 'zh')}）`,
      en: (a) => `the register has a header but no activity under it (sheets: ${list(a.sheets, 'en')})`,
    },
    why: {
      zh: '只有表头的空白模板不能证明开展过任何活动。',
      en: 'A blank template with only its header is no evidence that any activity took place.',
    },
    fix: {
      zh: '在表头下逐行填写开展的活动（名称、时间、地点、人数、形式、照片文件名）后重新提交；若文件放错，请换成已填写的登记表。',
      en: 'Fill in one row per activity under the header (name, date, place, participants, form, photo file) and hand it in again; if the wrong file was placed here, replace it with the filled-in register.',
    },
  },
  'register.no-header': {
    severity: 'error',
    title: { zh: '登记表找不到表头', en: 'Register has no header row' },
    message: {
      zh: (a) => `登记表中找不到表头行（工作表：${list(a.sheets, 'zh')}${Number(a.more) > 0 ? ` 等 ${items(a.sheets).length + Number(a.more)} 个` : ''}）`,
      en: (a) => `no header row found in the register (sheets: ${list(a.sheets, 'en')}${Number(a.more) > 0 ? ` and ${a.more} more` : ''})`,
    },
    why: {
      zh: '没有“活动名称”“活动时间”等表头，就无法逐行核对活动日期、人数和照片。',
      en: 'Without headers such as 活动名称 / 活动时间 the rows cannot be checked for dates, participants and photos.',
    },
    fix: {
      zh: '在标题下方加一行表头：序号、活动名称、活动时间、活动地点、参与人数、形式（线上/线下）、照片文件名、备注。',
      en: 'Add a header row under the title: 序号, 活动名称, 活动时间, 活动地点, 参与人数, 形式 (线上/线下), 照片文件名, 备注.',
    },
  },
  'register.cell-unreadable': {
    severity: 'error',
    title: { zh: '登记表中有单元格无法读取', en: 'A register cell cannot be read' },
    message: {
      zh: (a) =>
        a.rows !== undefined
          ? `登记表工作表“${a.sheet}”有 ${a.rows} 行共 ${a.cells} 个单元格（${list(a.columns, 'zh')} 列：${list(a.first, 'zh')}${Number(a.cells) > listLength(a.first) ? ' 等' : ''}）是公式，但文件中没有保存计算结果（生成表格的程序没有计算过），无法读取，这些行的这些内容没有被核对`
          : `登记表${cellRef(a.cell, 'zh')}${Number(a.cells) > 1 ? `所在行有 ${a.cells} 个单元格` : ''}是公式，但文件中没有保存计算结果（生成表格的程序没有计算过），无法读取，这一行${Number(a.cells) > 1 ? '的这些内容' : '的这一项'}没有被核对`,
      en: (a) =>
        a.rows !== undefined
          ? `${a.cells} cells in ${a.rows} rows of sheet "${a.sheet}" (column${listLength(a.columns) > 1 ? 's' : ''} ${list(a.columns, 'en')}: ${list(a.first, 'en')}${Number(a.cells) > listLength(a.first) ? ' …' : ''}) are formulas whose results were never saved in the file (the program that wrote it never calculated them); they cannot be read, so they were not checked`
          : `${cellRef(a.cell, 'en')}${Number(a.cells) > 1 ? ` and ${Number(a.cells) - 1} more cell(s) of its row` : ''}: a formula whose result was never saved in the file (the program that wrote it never calculated it); it cannot be read, so it was not checked`,
    },
    why: {
      zh: '读不出的单元格不能当作空白，否则这一行会被误读（如活动时间、人数看似未填），或整行从统计中消失。',
      en: 'A cell that cannot be read must not pass for a blank one: the row would be misread (its date or count seeming empty) or drop out of the counts.',
    },
    fix: {
      zh: '用 Excel 或 WPS 打开这个登记表再保存一次（会计算并保存公式结果），或把公式改成直接填写的内容。',
      en: 'Open the register in Excel or WPS and save it once (this calculates and saves the results), or replace the formulas with typed values.',
    },
  },
  'register.row-unread': {
    severity: 'error',
    title: { zh: '登记表中有一行无法读取', en: 'A register row cannot be read' },
    message: {
      zh: (a) => `登记表${cellRef(a.cell, 'zh')}所在行有内容（“${a.seen}”），但不在任何可识别的列（活动名称、时间、地点、人数、形式、照片）下，这一行没有被核对`,
      en: (a) => `the row of ${cellRef(a.cell, 'en')} has content ("${a.seen}") but none under a column the tool recognises (name, date, place, participants, form, photos); the row was not checked`,
    },
    why: {
      zh: '登记表的每一行都应被核对或计数；读不出的行不能当作不存在，否则其中的活动（如线上活动）会在统计中消失。',
      en: 'Every row of a register is checked or counted; a row that cannot be read must not vanish, or its activity (an online one, say) drops out of the counts.',
    },
    fix: {
      zh: '把这一行的内容填到对应表头下（活动名称、活动时间等），或给这一列加上能识别的表头。',
      en: 'Move the content under the right headers (活动名称, 活动时间 …), or give its column a recognised header.',
    },
  },
  'register.sheet-unread': {
    severity: 'warning',
    title: { zh: '登记表中有工作表找不到表头', en: 'A register sheet has no header row' },
    message: {
      zh: (a) => `登记表的工作表“${a.sheet}”有表格内容，但找不到表头，其中的行没有被核对`,
      en: (a) => `sheet "${a.sheet}" of the register holds a table but no recognisable header; its rows were not checked`,
    },
    why: {
      zh: '其他工作表有表头而这一张没有，其中登记的活动就不会被核对和计数。',
      en: 'Other sheets have headers and this one does not, so the activities it lists are neither checked nor counted.',
    },
    fix: {
      zh: '给这张工作表加上“活动名称”“活动时间”等表头；如果它不是登记表（如填表说明），可以忽略这条提示。',
      en: 'Give the sheet headers such as 活动名称 / 活动时间; if it is not a register (e.g. instructions), this can be ignored.',
    },
  },
  'register.hidden-rows': {
    severity: 'warning',
    title: { zh: '登记表中看不到的行或单元格未计入统计', en: 'Register rows or cells nobody can see are not counted' },
    message: {
      // Rows first when activities are left out; a register hiding only cells or columns the header
      // reads says so alone (not "0 行活动看不到").
      zh: (a) =>
        (Number(a.rows) > 0
          ? `登记表中有 ${a.rows} 行活动在 Excel/WPS 中看不到，未计入活动和节日统计`
          : Number(a.cells) > 0
            ? `登记表中有 ${a.cells} 个单元格的内容在 Excel/WPS 中看不到，未读取`
            : `登记表中有 ${a.columns} 个被读取的列在 Excel/WPS 中看不到，其中的内容未读取`) +
        `（工作表：${list(a.sheets, 'zh')}${Number(a.more) > 0 ? ` 等 ${items(a.sheets).length + Number(a.more)} 个` : ''}` +
        `${items(a.hiddenSheets).length ? `；隐藏的工作表：${list(a.hiddenSheets, 'zh')}` : ''}` +
        `${Number(a.rows) > 0 && Number(a.cells) > 0 ? `；另有 ${a.cells} 个单元格的内容看不到，未读取` : ''}` +
        `${(Number(a.rows) > 0 || Number(a.cells) > 0) && Number(a.columns) > 0 ? `；${a.columns} 个被读取的列已隐藏` : ''}` +
        `${hiddenBy(a, 'zh')}）`,
      en: (a) =>
        (Number(a.rows) > 0
          ? `${plural(Number(a.rows), 'register row', 'register rows')} cannot be seen in Excel/WPS and ${Number(a.rows) === 1 ? 'is' : 'are'} left out of the activity and festival totals`
          : Number(a.cells) > 0
            ? `${plural(Number(a.cells), 'register cell', 'register cells')} cannot be seen in Excel/WPS and ${Number(a.cells) === 1 ? 'is' : 'are'} not read`
            : `${plural(Number(a.columns), 'register column', 'register columns')} read cannot be seen in Excel/WPS: ${Number(a.columns) === 1 ? 'its' : 'their'} cells are not read`) +
        ` (sheets: ${list(a.sheets, 'en')}${Number(a.more) > 0 ? ` and ${a.more} more` : ''}` +
        `${items(a.hiddenSheets).length ? `; hidden sheets: ${list(a.hiddenSheets, 'en')}` : ''}` +
        `${Number(a.rows) > 0 && Number(a.cells) > 0 ? `; ${plural(Number(a.cells), 'more cell is', 'more cells are')} not seen and not read` : ''}` +
        `${(Number(a.rows) > 0 || Number(a.cells) > 0) && Number(a.columns) > 0 ? `; ${plural(Number(a.columns), 'column read is', 'columns read are')} hidden` : ''}` +
        `${hiddenBy(a, 'en')})`,
    },
    why: {
      zh: '隐藏的工作表（包括只能用宏显示的“深度隐藏”工作表）、隐藏或高度为 0 的行、隐藏或宽度为 0 的列、格式为“;;;”的单元格和与底色同色（如白底白字）的文字，打开文件时都看不到，测评人员无法核对，所以不计入活动数和节日统计。',
      en: 'Hidden sheets (veryHidden ones only a macro can show), hidden or zero-height rows, hidden or zero-width columns, cells formatted ";;;" and text of its background\'s colour (white on white) are invisible when the file is opened, where a reviewer cannot check them, so they do not count toward the activity and festival totals.',
    },
    fix: {
      // A filter's hidden rows are not shown again by Unhide: the filter is cleared (final-review19).
      zh: '在 Excel/WPS 中取消隐藏这些行、列和工作表（右键“取消隐藏”；用筛选隐藏的行要在“数据”里清除筛选后再保存），把行高、列宽、单元格格式和文字颜色改回正常，并核对其中的活动；不应上报的活动请直接删除，不要隐藏。',
      en: 'Unhide the rows, columns and sheets in Excel/WPS (right-click, Unhide; rows a filter hides come back only when the filter is cleared, under Data, before saving), set row heights, column widths, number formats and text colours back to normal and check their activities; delete the ones that should not be reported instead of hiding them.',
    },
  },
  'register.no-date-column': {
    severity: 'error',
    title: { zh: '登记表缺少日期列', en: 'Register has no date column' },
    message: {
      zh: (a) => `工作表“${a.sheet}”没有“活动时间/日期”列`,
      en: (a) => `sheet "${a.sheet}" has no date column (活动时间 / 日期)`,
    },
    why: {
      zh: '每项活动都要写明开展日期，才能判断是否在测评周期和节日时段内。',
      en: 'Each activity needs its date to tell whether it falls in the evaluation period and the festival windows.',
    },
    fix: { zh: '增加“活动时间”列，逐行填写日期，如 2025年6月12日。', en: 'Add an 活动时间 column and fill in each row\'s date, e.g. 2025年6月12日.' },
  },
  'register.date-invalid': {
    severity: 'error',
    title: { zh: '活动日期无法识别', en: 'Activity date not recognised' },
    message: {
      zh: (a) => (String(a.seen ?? '') === '' ? `${cellRef(a.cell, 'zh')}没有填写活动日期` : `${cellRef(a.cell, 'zh')}的活动日期“${a.seen}”${reason(a, 'zh')}`),
      en: (a) => (String(a.seen ?? '') === '' ? `no activity date in ${cellRef(a.cell, 'en')}` : `the activity date "${a.seen}" in ${cellRef(a.cell, 'en')}: ${reason(a, 'en')}`),
    },
    why: {
      zh: '日期读不出来，这一行活动就无法计入测评周期和节日活动。',
      en: 'A date that cannot be read keeps the activity out of the period and festival counts.',
    },
    fix: {
      zh: '改成完整日期，如 2025年6月12日、2025-06-12 或 2025.6.12；多日活动写成 6月10日-12日。',
      en: 'Write a full date such as 2025年6月12日, 2025-06-12 or 2025.6.12; a multi-day activity as 6月10日-12日.',
    },
  },
  'register.date-outside-period': {
    severity: 'error',
    title: { zh: '活动日期不在测评周期内', en: 'Activity outside the evaluation period' },
    message: {
      zh: (a) => `${cellRef(a.cell, 'zh')}的活动日期 ${a.seen} 不在测评周期 ${span(a.from, a.to, 'zh')} 内${yearNote(a, 'zh')}`,
      en: (a) => `the activity date ${a.seen} in ${cellRef(a.cell, 'en')} is outside the evaluation period ${span(a.from, a.to, 'en')}${yearNote(a, 'en')}`,
    },
    why: {
      zh: '测评周期以外开展的活动不计分。没写年份的日期（如 1月26日），年份依次取自表格标题（2025年…登记表）、填报日期（晚于填报月份的算上一年），都没有时取测评周期内的那一年。',
      en: 'Activities outside the evaluation period do not count. A date typed without a year (1月26日) takes its year from the sheet title (2025年…登记表), else its 填报 date (a month after the 填报 month is the year before), else the year that puts it inside the period.',
    },
    fix: {
      zh: '核对日期是否填错；确属周期外的活动请从登记表中删除，换成本周期内的活动。',
      en: 'Check for a typo; remove activities that really are outside the period and list ones inside it.',
    },
  },
  'register.participants-invalid': {
    severity: 'error',
    title: { zh: '参与人数无效', en: 'Invalid number of participants' },
    message: {
      zh: (a) => (String(a.seen ?? '') === '' ? `${cellRef(a.cell, 'zh')}没有填写参与人数` : `${cellRef(a.cell, 'zh')}的参与人数“${a.seen}”${preason(a, 'zh')}`),
      en: (a) => (String(a.seen ?? '') === '' ? `no number of participants in ${cellRef(a.cell, 'en')}` : `participants "${a.seen}" in ${cellRef(a.cell, 'en')}: ${preason(a, 'en')}`),
    },
    why: { zh: '参与人数是活动成效的数据，评审时要看到具体人数。', en: 'The number of participants is the data evaluators look for.' },
    fix: { zh: '填写正整数，如 50 或 50人。', en: 'Enter a positive whole number, e.g. 50 or 50人.' },
  },
  'register.name-missing': {
    severity: 'error',
    title: { zh: '活动名称没有填写', en: 'Activity name missing' },
    message: {
      zh: (a) => `${cellRef(a.cell, 'zh')}没有填写活动名称`,
      en: (a) => `no activity name in ${cellRef(a.cell, 'en')}`,
    },
    why: {
      zh: '登记表每一行都是一项活动的记录；没有活动名称，评审看不出登记的是什么活动，照片也无法从这一行取得“事件”。',
      en: 'Each register row records one activity; without its name evaluators cannot tell what took place, and photos listed on the row get no event from it.',
    },
    fix: {
      zh: '在这一格填写活动名称，如“端午包粽子活动”；不是活动的空行请整行删除。',
      en: 'Enter the activity\'s name in this cell, e.g. 端午包粽子活动; delete rows that are not activities.',
    },
  },
  'register.form-unknown': {
    severity: 'warning',
    title: { zh: '无法判断线上或线下', en: 'Online or offline not recognised' },
    message: {
      zh: (a) => (String(a.seen ?? '') === '' ? `${cellRef(a.cell, 'zh')}没有填写活动形式（线上或线下）` : `${cellRef(a.cell, 'zh')}的活动形式“${a.seen}”看不出是线上还是线下`),
      en: (a) => (String(a.seen ?? '') === '' ? `no form (online or offline) in ${cellRef(a.cell, 'en')}` : `the form "${a.seen}" in ${cellRef(a.cell, 'en')} says neither online nor offline`),
    },
    why: {
      zh: '节日活动要求有线上活动；形式不明确的活动不计入线上活动。',
      en: 'Festival indicators ask for online activities; an activity of unclear form is not counted as online.',
    },
    fix: { zh: '填写“线上”或“线下”（网上、云直播等也可识别为线上）。', en: 'Write 线上 (online) or 线下 (offline); 网上, 云, 直播 are read as online too.' },
  },
  'register.photo-missing': {
    severity: 'error',
    title: { zh: '登记的照片不存在', en: 'Listed photo not found' },
    message: {
      zh: (a) => `${cellRef(a.cell, 'zh')}登记的照片“${a.seen}”在指标文件夹中找不到`,
      en: (a) => `the photo "${a.seen}" listed in ${cellRef(a.cell, 'en')} is not in the indicator folder`,
    },
    why: { zh: '登记表与照片对不上，评审会认为材料不实。', en: 'A register that does not match its photos reads as unreliable evidence.' },
    fix: {
      zh: '把该照片放进本指标文件夹，或把登记表里的文件名改成实际的照片文件名。',
      en: 'Put the photo in this indicator folder, or correct the file name in the register.',
    },
  },
  'register.photo-date-mismatch': {
    severity: 'error',
    title: { zh: '照片拍摄日期与活动日期不符', en: 'Photo date does not match the activity' },
    message: {
      zh: (a) => `照片“${a.photo}”拍摄于 ${a.seen}，与${cellRef(a.cell, 'zh')}登记的活动日期 ${a.listed ? list(a.listed, 'zh') : a.to ? span(a.from, a.to, 'zh') : a.from} ${a.listed ? '中的任何一天都' : ''}相差超过 ${a.days} 天`,
      en: (a) => `photo "${a.photo}" was taken on ${a.seen}, more than ${plural(a.days, 'day', 'days')} from ${a.listed ? `each of the activity dates ${list(a.listed, 'en')}` : `the activity date ${a.to ? span(a.from, a.to, 'en') : a.from}`} in ${cellRef(a.cell, 'en')}`,
    },
    why: {
      zh: '照片应当是该次活动现场拍摄的原图；日期对不上通常是用错了照片或登记错了日期。',
      en: 'Photos should be originals taken at that activity; a date gap usually means a wrong photo or a wrong date.',
    },
    fix: { zh: '换成该次活动当天拍摄的原图，或更正登记表中的日期。', en: 'Use the original photos of that day, or correct the date in the register.' },
  },
  'register.photo-unlisted': {
    severity: 'warning',
    title: { zh: '照片未在登记表中登记', en: 'Photo not listed in the register' },
    message: {
      zh: (a) => `照片“${a.photo}”没有登记在任何一行活动中`,
      en: (a) => `photo "${a.photo}" is not listed on any register row`,
    },
    why: { zh: '每张照片都应能对应到登记表中的一次活动。', en: 'Every photo should belong to an activity listed in the register.' },
    fix: { zh: '在对应活动行的“照片文件名”列写上该文件名；无关的照片请移出本文件夹。', en: 'Add its file name to the matching row\'s photo column, or move unrelated photos out.' },
  },
  'register.row-without-photo': {
    severity: 'error',
    title: { zh: '活动没有登记照片', en: 'Activity without photos' },
    message: {
      // A row without its name (register.name-missing says so) is named by its row alone: no empty quotes.
      zh: (a) => (String(a.name ?? '') === '' ? `第 ${a.row} 行活动没有登记照片（工作表：${a.sheet}）` : `第 ${a.row} 行活动“${a.name}”没有登记照片（工作表：${a.sheet}）`),
      en: (a) => (String(a.name ?? '') === '' ? `the activity on row ${a.row} of sheet ${a.sheet} lists no photos` : `the activity "${a.name}" on row ${a.row} of sheet ${a.sheet} lists no photos`),
    },
    why: { zh: '本指标要求每项活动都附实景图片。', en: 'This indicator asks for photos of every activity.' },
    fix: { zh: '在“照片文件名”列填写该活动照片的文件名，并把照片放入本指标文件夹。', en: 'List the activity\'s photo file names and put the photos in this indicator folder.' },
  },
  'festival.missing': {
    severity: 'error',
    title: { zh: '节日没有开展活动', en: 'No activity for a festival' },
    message: {
      zh: (a) =>
        a.registerUnread && !a.registerRead
          ? `${a.festival}（${a.date}）没有找到活动：照片中没有 ${win(a)} 期间的活动${UNREAD_ZH}`
          : `${a.festival}（${a.date}）没有找到活动：登记表和照片中都没有 ${win(a)} 期间的活动${unreadNote(a, 'zh')}`,
      en: (a) =>
        a.registerUnread && !a.registerRead
          ? `no activity found for ${festival(a.festival, 'en')} (${a.date}): no photo shows one between ${a.from} and ${a.to}${UNREAD_EN}`
          : `no activity found for ${festival(a.festival, 'en')} (${a.date}): neither the register nor the photos show one between ${a.from} and ${a.to}${unreadNote(a, 'en')}`,
    },
    why: {
      zh: '“我们的节日”要求测评周期内的每个传统节日都开展主题活动。',
      en: '我们的节日 asks for activities at every traditional festival in the evaluation period.',
    },
    fix: {
      zh: '在登记表中补登该节日时段内开展的活动（日期、地点、人数、照片），并放入对应照片；确未开展的需在说明报告中说明。',
      en: 'Register the activities held in the festival window (date, place, participants, photos) and add their photos.',
    },
  },
  'festival.too-few': {
    severity: 'error',
    title: { zh: '节日活动次数不足', en: 'Too few festival activities' },
    message: {
      zh: (a) => `${a.festival}（${a.date}，时段 ${win(a)}）只有 ${a.seen} 次活动，要求至少 ${a.expected} 次${unreadNote(a, 'zh')}`,
      en: (a) => `${festival(a.festival, 'en')} (${a.date}, window ${span(a.from, a.to, 'en')}) has ${plural(a.seen, 'activity', 'activities')}; at least ${a.expected} required${unreadNote(a, 'en')}`,
    },
    why: { zh: '测评要求每个节日开展一定次数的活动。', en: 'The evaluation asks for a minimum number of activities per festival.' },
    fix: { zh: '补登该节日时段内的其他活动并附照片。', en: 'Register further activities held in the window, with photos.' },
  },
  'festival.no-online': {
    severity: 'error',
    title: { zh: '节日缺少线上活动', en: 'No online festival activity' },
    message: {
      zh: (a) => `${a.festival}（${a.date}，时段 ${win(a)}）线上活动 ${a.seen} 次，要求至少 ${a.expected} 次${unreadNote(a, 'zh')}`,
      en: (a) => `${festival(a.festival, 'en')} (${a.date}, window ${span(a.from, a.to, 'en')}) has ${plural(a.seen, 'online activity', 'online activities')}; at least ${a.expected} required${unreadNote(a, 'en')}`,
    },
    why: {
      zh: '“我们的节日”明确要求开展线上（网上、云端）活动。',
      en: '我们的节日 explicitly asks for online activities.',
    },
    fix: {
      zh: '补登线上活动（如网上祭英烈、云直播、公众号推送），在“形式”列写“线上”并附截图或照片。',
      en: 'Register online activities (网上祭英烈, live streams, official-account posts), mark them 线上 and add screenshots or photos.',
    },
  },
});
