/**
 * Session 28 (dust28): a patrol's or an inspection's row (工地名称｜围挡｜冲洗｜覆盖｜公益广告｜问题｜处理 →
 * 东关安置区｜围挡连续｜冲洗设施在建｜覆盖到位｜公益广告待补设｜…) tells, cell by cell, the state the place was seen in at
 * the time: a thing and its state (冲洗设施在建 / 覆盖到位 / 围挡局部缺失 / 公益广告破损 / 未张贴) is what the patrol saw — the
 * inspected body's, no deed of the unit (the rulings: a patrol cell's state at the time is no outcome; a 施工单位's own 洒水 /
 * 覆盖 are theirs). A cell telling the unit's act on what it saw (约谈项目经理 / 下达整改通知 / 责令停工) is read as before, and so
 * is a cell told done (已… / …了), whose doer the row does not say.
 */

/** The state words a patrol's cell closes on: built or not yet, in place or not, whole or broken, up to standard or not. */
const STATE =
  /(?:在建|未建|建设中|到位|不到位|正常|不正常|完好|连续|不连续|缺失|缺损|破损|损坏|倒伏|褪色|脱落|停用|闲置|规范|不规范|齐全|不全|不足|达标|不达标|合格|不合格|良好|一般|较差|整洁|脏乱|(?<![已])未[\u4e00-\u9fff]{1,4}|(?<![已])待[\u4e00-\u9fff]{1,4})$/;
/** What only the unit does on what it saw: an order, a talk, a notice, a penalty. */
const ACT_ON = /责令|约谈|下达|通知|督促|要求|劝|处罚|罚款|立案|暂扣|查处|移交|停工|告知|整改通知/;
/** Told done: the doer is not told by the cell. */
const DONE = /(?<![为除])了(?!解)|已|完成/;

/** Cell spans [from, to) of the state cells of a row split by ｜ / | (none unless the line has three cells or more). */
export function seenStates(text: string, cells: readonly [number, number][]): [number, number][] {
  if (cells.length < 3) return [];
  const out: [number, number][] = [];
  for (const [a, b] of cells) {
    const cell = text.slice(a, b).trim();
    if (cell.length < 2 || cell.length > 12 || /[，,。；;]/.test(cell)) continue;
    if (STATE.test(cell) && !ACT_ON.test(cell) && !DONE.test(cell)) out.push([a, b]);
  }
  return out;
}
