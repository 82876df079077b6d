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
 * The key: 复查 / 回访 / 复核 / 复检, bare or with 结果 / 情况, opening a line, a table cell or a field's value, after at most
 * the day of the recheck and who made it (5月8日复查： / 4月24日复查， / 6月15日街道复查， / 经复查，); or 整改结果 / 结果, after
 * at most the day (结果：… / 6月20日整改结果：…). Only a recheck's own word may follow who made it: 6月考核结果： / 6月8日检查
 * 结果： / 评选结果 are no recheck of a fix (session 25, review25: the optional "who" once let 考核 / 检查 stand before 结果).
 * Anchored on its separator, each try bounded (a date, up to eight characters, the key): linear in the text.
 * Session 49 (set 44's 34545): a register's own 复查 cell (7月22日｜同上｜复查｜已更换，场所可正常使用) keys the next cell, when that cell
 * tells within its first forty characters a fix made or a state reached (已更换 / 正常 / 畅通 / 合格 — not paperwork: 已上报 / 已通知 /
 * 已拍照留存 / 已签字, the review); a 回访 cell is no key there (…｜回访｜独居老人王某 names whom).
 */
const RECHECK_KEY =
  /(?:^|[｜|；;。：:\s　])(?:(?:(?:\d{1,2}月(?:\d{1,2}日|底|初|上旬|中旬|下旬)?|经)\s*(?:[^，,。；;：:｜|\d]{1,8}?)?)?(?:复查|回访|复核|复检)(?:结果|情况)?\s*[：:，,]|(?:复查|复核|复检)\s*[｜|](?=[^｜|]{0,40}?(?:已(?:修复|修好|更换|整改|清理|清除|疏通|恢复|完成|到位|销号|拆除|补齐|补充|安装|规范)|正常|可用|畅通|合格|完好))|(?:\d{1,2}月(?:\d{1,2}日|底|初|上旬|中旬|下旬)?\s*)?(?:整改结果|结果)\s*[：:])/g;
/**
 * The fix not reached, or the recheck still to come: a remainder, a wait, a negation (not 未再 / 不再 / 没再 / 未见 / 未发现: no
 * longer seen). Session 28 (quiz28): 将 taking an object as 把 does (县创文办将…路段作为示范路段进行推广) is no future.
 */
const NOT_REACHED = /待|未(?!再|见|发现|出现)|没(?!再|有再)|不(?!再|少|断)|仍|还(?!原)|尚|正在|中[。.]?$|暂|拟|将(?![^，,。；]{1,16}?(?:作为|列为|评为|确定为|推荐为))|计划|力争|争取|确保|需|须|要|另|反弹|复发|回潮|依旧|依然|继续|[？?]/;
/**
 * Session 25 (review25): the recheck finding problems — new ones found, some still there, many or bad (复查：发现新问题2处 /
 * 复查：存在问题3处 / 复查：问题较多 / 又发现… / 较差): the place seen again is not in the state the fix was to reach. Not
 * 未发现 / 无 / 没有 + 问题 (no problem found: the fix held).
 */
// Session 26 (review26): 未发现新问题 / 无新增问题 / 没有新问题 deny the new ones too (the negation may stand before 发现 / 出现).
const PROBLEMS_FOUND = /(?<![未没无不])(?:发现|存在)|(?<![未没无不](?:有|发现|出现|见)?)新(?:问题|发现|增)|又|较多|较差|很差|偏多|严重|突出|^差$/;
/**
 * Session 25 (review25): who made the recheck, not what it found — the value only one or more persons' names (复查：吴迪 /
 * 回访：王小明、李娜), a name being a common surname and one or two more characters that tell no state (干净 / 合格 / 通畅
 * are states, not names: they are read by what they hold, not by their first character).
 */
const SURNAME = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const NAMES = new RegExp(`^[${SURNAME}][\u4e00-\u9fff]{1,2}(?:[、，,\s]+[${SURNAME}][\u4e00-\u9fff]{1,2})*$`);
const STATE_CHAR = /已|完|净|洁|整|齐|好|畅|通|合格|到位|达标|修|清|除|复|恢|无|见|销|良|优|改|规范|有序/;
const ONLY_NAMES = (cell: string) => NAMES.test(cell) && !STATE_CHAR.test(cell);
/** A clause telling the recheck itself (6月16日、6月23日两次复查 / 回访学校19所 / 复查销号 is a closing, kept). */
const RECHECK_ACT = /复查(?!销号|合格)|回访|复核|复检/;
/** Session 39 (set 34): a clause opening with a further deed (送热饭 / 再次劝导 / 发放… / 联系…): what was done again, no state reached. */
const FURTHER_DEED = /^(?:再次|又|继续|再|送|发放|提供|劝导|劝说|联系|帮助|协助|安排|组织|讲解|宣传|告知|提醒|督促|要求|留下|登记)/;
/** Dates, times and marks: what is left must say something. */
const NOT_WORDS = /\d{4}年|\d{1,2}月|\d{1,2}日|[\d:：.\-—\s、，,。；;]|上午|下午|当天|当日|次日/g;

/** A finding is told in a cell's first words: the longest read after a key. */
const CELL_MAX = 200;

/** The words of a recheck's finding confirming a fix, or null. */
export function recheckFinding(text: string): string | null {
  const bars = [...text.matchAll(/[｜|]/g)].map((m) => m.index ?? 0);
  let b = 0;
  for (const key of text.matchAll(RECHECK_KEY)) {
    const from = (key.index ?? 0) + key[0].length;
    // The key's own cell, up to the next ｜ and at most CELL_MAX characters (session 25: a slice of the whole rest per key made
    // a long text quadratic; the bars are found once, keys come in order).
    while (b < bars.length && bars[b]! < from) b++;
    const end = Math.min(bars[b] ?? text.length, from + CELL_MAX);
    const cell = text.slice(from, end).replace(/[。；;.\s]+$/, '').trim();
    if (cell === '' || NOT_REACHED.test(cell) || PROBLEMS_FOUND.test(cell) || ONLY_NAMES(cell) || /^(?:见|详见|参见|同上|略)|^无(?!新增|新|问题|反弹|复发|回潮|异常)/.test(cell)) continue;
    const told = cell.split(/[，,；;。！!]/).map((c) => c.trim()).filter((c) => c !== '' && !RECHECK_ACT.test(c));
    // Session 39 (set 34): a visit again telling only further deeds (回访，送热饭，再次劝导) reaches no state.
    if (told.length > 0 && told.every((c) => FURTHER_DEED.test(c))) continue;
    const words = told.find((c) => c.replace(NOT_WORDS, '').length >= 2);
    if (words !== undefined) return words;
  }
  return null;
}
