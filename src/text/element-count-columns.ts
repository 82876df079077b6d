/**
 * Session 28 (quiz28): a table's figure under a column headed by a count (参考人数 / 参赛人次 / 检查户数 / 发放份数): the header gives
 * the unit the cell leaves out (局机关｜34｜92.1 under 单位｜参考人数｜平均分 is 34 people), so the figure is a quantity with a unit —
 * 数据实例 (the label standard: a quantity with a unit). Only a header row without figures of its own, with as many cells as the
 * row, within the 40 lines above; only a whole positive number (not 0, not a date, a code or a decimal score) in that column.
 */

/** A header cell naming a count: …人数 / …人次 / …户数 / …次数 / …场次 / …份数 / …家数 / …件数 / …起数, or its unit in brackets. */
const COUNT_HEADER = /(?:人数|人次|户数|次数|场次|份数|家数|件数|起数|个数|名额)\s*$|[（(](?:人|人次|户|次|场|份|家|件|起|个)[）)]\s*$/;
const CELLS = /[｜|]/;
/** Session 29 (review29): a count column of a plan or a target (计划巡查次数 / 目标户数 / 拟发放份数 / 应到人数): figures to reach, none done. */
// Session 30 (review30): 应 is the modal (应到 / 应参加人数), not the first character of a word of its own (应急演练次数 / 应用 / 应对 /
// 应届 / 应聘 / 应征 / 应变: done counts of that thing).
const PLANNED_HEADER = /^(?:计划|拟|目标|预计|预期|预定|应到|应(?![急用对届聘征变诊答])|任务|指标|规划|要求)/;

function cellsOf(text: string): string[] {
  return text.split(CELLS).map((c) => c.trim());
}

/** The header row above line i with as many cells as it and no figure of its own, or undefined. */
function headerOf(lines: readonly { text: string }[], i: number, n: number): string[] | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const t = lines[k]!.text;
    if (!CELLS.test(t)) return undefined;
    const cells = cellsOf(t);
    if (cells.length === n && !/\d/.test(t)) return cells;
  }
  return undefined;
}

/** The figure and its column's name when line i is a row holding a count under a count column, else null. */
export function countCell(lines: readonly { text: string }[], i: number): string | null {
  const text = lines[i]!.text;
  if (!CELLS.test(text)) return null;
  const cells = cellsOf(text);
  const header = headerOf(lines, i, cells.length);
  if (header === undefined) return null;
  for (let c = 1; c < cells.length; c++) {
    if (COUNT_HEADER.test(header[c]!) && !PLANNED_HEADER.test(header[c]!) && /^[1-9]\d{0,6}$/.test(cells[c]!)) return `${header[c]}｜${cells[c]}`;
  }
  return null;
}
