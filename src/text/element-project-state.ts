/**
 * A project's or an item's state that tells nothing done (session 24, the 志愿服务项目台账 / platform export): recruiting, open
 * for sign-up, awaiting a taker, awaiting review, published, not begun (招募中 / 报名中 / 待接单 / 待审核 / 审核中 / 已发布 /
 * 未开始 / 未启动 / 待开展 / 未开展). 已结项 / 已完成 / 进行中 / 服务中 are not it: service under way or done may be told.
 *
 * Session 25 (review25): one list for a row split by ｜ (element-mood.ts) and a row run together (element-measures.ts) — they
 * had drifted apart (the row's lacked 已发布 and 未开展). And a row is blanked whole only when the state is the row's one state
 * (a project's): a monthly register keeps a state per month (项目｜已开展｜已开展｜未开展), and one month not begun blanks only
 * that month's cell, not the months told done.
 */
const UNDONE = '(?:招募中|报名中|待招募|待接单|待审核|审核中|待发布|已发布|未开始|未启动|待开展|待启动|未开展)';
/**
 * Any state of an item in a register, done or not (a month's cell): the undone ones, 已开展 / 已完成 / 进行中 / ✓ …, or a month's
 * count of sessions held (开展2场 / 3次).
 */
const ANY_STATE = `(?:${UNDONE.slice(3, -1)}|已开展|已完成|已结项|已结束|已验收|已办结|已落实|进行中|服务中|实施中|✓|√)`;
const MONTH_COUNT = '(?:已?(?:开展|举办|组织|召开|进行|完成)\\s*)?\\d+\\s*(?:场|次|期|批次?)';

/** A cell holding only an undone state (or 状态：that state). */
export const PROJECT_UNDONE = new RegExp(`^\\s*(?:(?:项目)?状态\\s*[：:]\\s*)?${UNDONE}\\s*$`);
/** A cell holding only a state, done or not. */
export const ANY_STATE_CELL = new RegExp(`^\\s*(?:(?:(?:项目)?状态\\s*[：:]\\s*)?${ANY_STATE}|${MONTH_COUNT})\\s*$`);
/** A register's row, cells run together (…2026-07-02 12 9 0 社区儿童 未开始), ending in an undone state. */
export const PROJECT_UNDONE_ROW = new RegExp(`^[^。；，,]*\\d[^。；，,]*?${UNDONE}\\s*$`);
/** Every state in a run-together row (its cells' spaces are gone after normalizeText: 宣讲已开展已开展未开展). */
const STATE_WORD = new RegExp(ANY_STATE, 'g');

const UNDONE_WORD = new RegExp(UNDONE, 'g');
/** A run-together row whose one state tells nothing done (a project's), not a register with a state per month. */
export function undoneRow(text: string): boolean {
  return PROJECT_UNDONE_ROW.test(text) && (text.match(STATE_WORD) ?? []).length <= 1;
}
/** A run-together register's row with a state per month (宣讲已开展已开展未开展): its undone months blanked (as the space between cells), the rest kept. */
export function blankUndoneMonths(text: string): string {
  if (!/\d/.test(text) || /[。；，,]/.test(text)) return text;
  const states = text.match(STATE_WORD) ?? [];
  const undone = text.match(UNDONE_WORD) ?? [];
  return states.length > 1 && states.length > undone.length ? text.replace(UNDONE_WORD, (m) => ' '.repeat(m.length)) : text;
}

/**
 * A row of a register with a state per cell (项目｜已开展｜开展3场｜未开展): more than one state cell, not all of them undone —
 * each undone cell answers its month only.
 */
export function monthlyRow(cellTexts: readonly string[]): boolean {
  const states = cellTexts.filter((c) => ANY_STATE_CELL.test(c)).length;
  return states > 1 && states > cellTexts.filter((c) => PROJECT_UNDONE.test(c)).length;
}
