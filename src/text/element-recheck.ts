/**
 * Session 24 (precision24): a recheck confirming a fix is an outcome (the twenty-second set's ruling: "a 复查 line confirming a
 * fix an outcome"; a 整改回复's 整改结果 told as reached). An inspection's record or a rectification reply keys what was found
 * when the place was seen again (…｜5月8日复查：排水通畅，地面干燥 / 复查：已清理完毕 / 结果：6月15日街道复查，楼道杂物已清理
 * 完毕 / 整改结果：…3个问题全部销号): the value is the state reached after the unit's act, the writer's claim of an outcome, as
 * an effect field's is (element-records.ts recordEffect).
 *
 * Read on the key's own value only — a table row's other cells (发现问题：高峰排队过长) are the problem, not a shortcoming of
 * the outcome. Not when the value tells the recheck still to come or the fix not reached (待复查 / 未复查 / 仍有乱停 / 正在整改中
 * / 待跟踪 / 不合格 / 又有反弹), only a pointer or a date (（另报） / 见附件 / 5月8日), or only the recheck itself counted
 * (回访学校19所).
 */

/**
 * The key: 复查 / 回访 / 复核 / 复检, bare or with 结果 / 情况, or 整改结果 / 结果, opening a line, a table cell or a field's
 * value, after at most the day of the recheck and who made it (5月8日复查： / 4月24日复查， / 6月15日街道复查， / 经复查，).
 * 检查结果 / 考核结果 / 评选结果 are no recheck of a fix.
 */
const RECHECK_KEY =
  /(?:^|[｜|；;。：:\s　])(?:(?:\d{1,2}月(?:\d{1,2}日|底|初|上旬|中旬|下旬)?|经)\s*(?:[^，,。；;：:｜|\d]{1,8}?)?)?(?:(?:复查|回访|复核|复检)(?:结果|情况)?\s*[：:，,]|(?:整改结果|结果)\s*[：:])/g;
/** The fix not reached, or the recheck still to come: a remainder, a wait, a negation (not 未再 / 不再 / 没再 / 未见 / 未发现: no longer seen). */
const NOT_REACHED = /待|未(?!再|见|发现|出现)|没(?!再|有再)|不(?!再|少|断)|仍|还(?!原)|尚|正在|中[。.]?$|暂|拟|将|计划|力争|争取|确保|需|须|要|另|反弹|复发|回潮|依旧|依然|继续|[？?]/;
/** A clause telling the recheck itself (6月16日、6月23日两次复查 / 回访学校19所 / 复查销号 is a closing, kept). */
const RECHECK_ACT = /复查(?!销号|合格)|回访|复核|复检/;
/** Dates, times and marks: what is left must say something. */
const NOT_WORDS = /\d{4}年|\d{1,2}月|\d{1,2}日|[\d:：.\-—\s、，,。；;]|上午|下午|当天|当日|次日/g;

/** The words of a recheck's finding confirming a fix, or null. */
export function recheckFinding(text: string): string | null {
  for (const key of text.matchAll(RECHECK_KEY)) {
    const from = (key.index ?? 0) + key[0].length;
    const cell = text.slice(from).split(/[｜|]/)[0]!.replace(/[。；;.\s]+$/, '').trim();
    if (cell === '' || NOT_REACHED.test(cell) || /^(?:见|详见|参见|同上|略|无)/.test(cell)) continue;
    const told = cell.split(/[，,；;。！!]/).map((c) => c.trim()).filter((c) => c !== '' && !RECHECK_ACT.test(c));
    const words = told.find((c) => c.replace(NOT_WORDS, '').length >= 2);
    if (words !== undefined) return words;
  }
  return null;
}
