/**
 * Session 30 (review30): the fixes of the review after session 29 (element-session-29-review-after.test.ts), each with its
 * boundary cases — just inside (still read), on the edge, just outside (no longer read). Hand-written sentences.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';
import { STOCK_NOW_REACH, stockTold } from '../../src/text/element-measures.js';
import { CELL_GAP, afterCell } from '../../src/text/element-party-masks.js';

const RIVER = '城关镇关于河长制工作的情况说明';
const VILLAGE = '东关村关于河长制工作的情况说明';
const WATER = '县水利局关于河长制工作的情况说明';
const STALLS = '县城管局关于占道经营整治工作的情况说明';
const BUS = '县交通运输局关于文明出行工作的情况说明';
const CG = '县城管局关于创文工作的情况说明';
const ZJ = '县住建局关于老旧小区改造工作的情况说明';
const FIRM = '清河县宏达建筑有限公司关于文明施工工作的情况说明';

const cases = (name: string, rows: [string, string, string, boolean][]) =>
  describe(name, () => {
    for (const [title, line, element, read] of rows) {
      it(`${read ? 'read' : 'not read'}: ${line}`, () => {
        if (read) expect(found([title, line], element)).not.toEqual([]);
        else expect(found([title, line], element)).toEqual([]);
      });
    }
  });

cases('主体责任: a section post then its holder — the holder is a person\'s name', [
  [RIVER, '镇级河长王某每月巡河不少于1次。', '主体责任', true],
  [RIVER, '镇级河长伍建国每周带队巡河。', '主体责任', true],
  [RIVER, '村级河长胡某某负责本村河段日常巡查。', '主体责任', true],
  [RIVER, '镇级河长每月巡河不少于1次。', '主体责任', false],
  [RIVER, '村级河长定期巡河，发现问题及时上报。', '主体责任', false],
  [RIVER, '段长每周巡查一次。', '主体责任', false],
]);

cases('主体责任: the post\'s level above the unit\'s is another body\'s', [
  [RIVER, '镇级河长张某带队到城关段巡河。', '主体责任', true],
  [RIVER, '村级河长李某带队巡河。', '主体责任', true],
  [VILLAGE, '村级河长李某带队巡河。', '主体责任', true],
  [RIVER, '县级河长张某带队到城关段巡河。', '主体责任', false],
  [VILLAGE, '镇级河长张某带队到东关段巡河。', '主体责任', false],
  // A unit of no level of its own (a 局) is not judged by the post's level.
  [WATER, '县级河长张某带队到城关段巡河。', '主体责任', true],
]);

cases('主体责任: a former holder is no one in charge now', [
  [RIVER, '副镇长王某任清河城关段镇级河长。', '主体责任', true],
  [RIVER, '副镇长王某任清河城关段镇级河长，负责日常巡河。', '主体责任', true],
  [RIVER, '原副镇长王某曾任清河城关段镇级河长，现已调离。', '主体责任', false],
  [RIVER, '副镇长王某任清河城关段镇级河长，现已调离。', '主体责任', false],
  [RIVER, '副镇长王某曾任清河城关段镇级河长。', '主体责任', false],
]);

cases('主体责任: a contractor\'s 项目经理 in a report not a firm\'s', [
  [ZJ, '所长李某指派技术员赵某负责现场施工。', '主体责任', true],
  [ZJ, '项目经理李某指派技术员赵某负责现场施工。', '主体责任', false],
  [ZJ, '项目部经理李某指派技术员赵某负责现场施工。', '主体责任', false],
  // A firm's own report: its 项目经理 is its own.
  [FIRM, '项目经理李某指派技术员赵某负责现场施工。', '主体责任', true],
]);

cases('取得成效: a state kept — not asked of others, not one that cannot be kept', [
  [STALLS, '整治后主街两侧保持整洁。', '取得成效', true],
  [STALLS, '路口早晚高峰保持畅通。', '取得成效', true],
  [STALLS, '劝导摊贩保持摊位整洁。', '取得成效', false],
  [STALLS, '叮嘱商户保持门前整洁。', '取得成效', false],
  [STALLS, '教育学生保持教室整洁。', '取得成效', false],
  [STALLS, '早高峰时段路口无法保持畅通。', '取得成效', false],
  [STALLS, '早高峰时段路口难以保持畅通。', '取得成效', false],
]);

cases('取得成效: praise by call told as made, not offered or conditional', [
  [BUS, '有乘客打电话表扬文明驾驶员。', '取得成效', true],
  [BUS, '今年乘客来电表扬文明驾驶员16次。', '取得成效', true],
  [BUS, '乘客可通过热线来电表扬文明驾驶员。', '取得成效', false],
  [BUS, '乘客能来电表扬文明驾驶员。', '取得成效', false],
  [BUS, '如有乘客打电话表扬，给予驾驶员奖励。', '取得成效', false],
  [BUS, '若有乘客来电表扬，给予驾驶员奖励。', '取得成效', false],
  [BUS, '公布热线号码，方便乘客打电话表扬文明驾驶员。', '取得成效', false],
]);

cases('取得成效: the unit among the praised — told, not asked or hoped', [
  [CG, '县文明委通报表扬了12家单位，我局名列其中。', '取得成效', true],
  [CG, '县文明委通报表扬了12家单位，我局入选。', '取得成效', true],
  [CG, '县文明委通报表扬了12家单位，我局有望入选。', '取得成效', false],
  [CG, '县文明委通报表扬了12家单位，我局能否入选还不确定。', '取得成效', false],
  [CG, '县文明委通报表扬了12家单位，我局是否在列尚未公布。', '取得成效', false],
]);

cases('取得成效: a wrong not back, then told back with no 但', [
  [STALLS, '5月复查时未见反弹。', '取得成效', true],
  [STALLS, '5月复查时未见反弹，6月又开展了一轮巡查。', '取得成效', true],
  [STALLS, '5月复查时未见反弹，但6月又有4处摊点回到原处。', '取得成效', false],
  [STALLS, '5月复查时未见反弹，6月又有4处摊点回到原处。', '取得成效', false],
  [STALLS, '5月复查时未见反弹，6月又出现占道摊点。', '取得成效', false],
]);

cases('具体措施: a basis, then a generic task done', [
  [ZJ, '改造按照《县老旧小区改造实施方案》完成了30户改造任务。', '具体措施', true],
  [ZJ, '改造按照《县老旧小区改造实施方案》完成了上级交办的任务。', '具体措施', false],
  [ZJ, '改造按照《县老旧小区改造实施方案》完成了既定的各项任务。', '具体措施', false],
  [ZJ, '改造按照《县老旧小区改造实施方案》完成了阶段性任务。', '具体措施', false],
  [ZJ, '改造按照《县老旧小区改造实施方案》完成了全部工作。', '具体措施', false],
]);

describe('主体责任: the unit\'s own enforcement team and its 队长 leading (ledByAnother MEMBERS_OPEN)', () => {
  it('read: 执法队员兵分三路，队长刘某带队…', () => {
    expect(found([STALLS, '执法队员兵分三路，队长刘某带队对主街进行巡查。'], '主体责任')).not.toEqual([]);
  });
  it('read: 稽查队员分两组，队长刘某带队…', () => {
    expect(found([STALLS, '稽查队员分两组，队长刘某带队对主街进行巡查。'], '主体责任')).not.toEqual([]);
  });
  it('not read: 志愿服务队员…，队长刘某带队 (a volunteers\' team)', () => {
    expect(found([STALLS, '志愿服务队员兵分三路，队长刘某带队对主街进行劝导。'], '主体责任')).toEqual([]);
  });
  it('not read: 队员们…，队长刘某带队 (a team of its own)', () => {
    expect(found([STALLS, '队员们兵分三路，队长刘某带队对主街进行劝导。'], '主体责任')).toEqual([]);
  });
});

describe('数据实例: a count column — 应 the modal, not the first character of 应急', () => {
  const table = (head: string) => found(['县应急管理局关于安全生产工作的情况说明', `乡镇｜${head}｜责任人`, '城关镇｜12｜王强'], '数据实例');
  it('read: 应急演练次数', () => expect(table('应急演练次数')).not.toEqual([]));
  it('read: 演练次数', () => expect(table('演练次数')).not.toEqual([]));
  it('not read: 应参加人数 (a target)', () => expect(table('应参加人数')).toEqual([]));
  it('not read: 应到人数 (a target)', () => expect(table('应到人数')).toEqual([]));
});

describe('具体措施: equipment fitted when a place was built — this year\'s work, or stock', () => {
  const A11Y = '县住建局关于无障碍环境建设工作的情况说明';
  it('read: 今年滨河公园建设时同步配建无障碍坡道12处', () => {
    expect(found([A11Y, '今年滨河公园建设时同步配建无障碍坡道12处。'], '具体措施')).not.toEqual([]);
  });
  it('not read: 滨河公园建设时同步配建无障碍坡道12处 (no year: stock)', () => {
    expect(found([A11Y, '滨河公园建设时同步配建无障碍坡道12处。'], '具体措施')).toEqual([]);
  });
  it('not read: 建馆时已按标准配建无障碍坡道2处 (stock)', () => {
    expect(found([A11Y, '建馆时已按标准配建无障碍坡道2处。'], '具体措施')).toEqual([]);
  });
});

describe('bounded look-arounds (behaviour just inside and just past the bound, no timing)', () => {
  it(`STOCK_TOLD: 目前…设… reads 已 / 了 up to ${STOCK_NOW_REACH} characters after 目前, not further`, () => {
    // n characters between 目前 and 了: up to STOCK_NOW_REACH (on the bound) the setting up is told done, no stock; one more: stock.
    const told = (n: number) => '目前大厅设窗口9个' + '好'.repeat(n - 7) + '了';
    expect(told(STOCK_NOW_REACH).indexOf('了')).toBe(2 + STOCK_NOW_REACH);
    expect(stockTold(told(STOCK_NOW_REACH - 1))).toBe(false);
    expect(stockTold(told(STOCK_NOW_REACH))).toBe(false);
    expect(stockTold(told(STOCK_NOW_REACH + 1))).toBe(true);
    expect(stockTold('目前大厅设窗口9个')).toBe(true);
  });
  it(`actedByOthers: a cell opens after ｜ and at most ${CELL_GAP} spaces, the text before it not read`, () => {
    const row = (gap: number) => `县交警大队｜${' '.repeat(gap)}`;
    expect(afterCell(row(CELL_GAP), row(CELL_GAP).length)).toBe(true);
    expect(afterCell(row(CELL_GAP + 1), row(CELL_GAP + 1).length)).toBe(false);
    expect(afterCell('｜' + '字'.repeat(5000) + '，', 5002)).toBe(false);
    expect(afterCell('字'.repeat(5000) + '｜', 5001)).toBe(true);
  });
});

describe('具体措施: a decision carried out, its count told in the next clause (decidedAt)', () => {
  const read = (line: string) => found([STALLS, line], '具体措施');
  it('read: 局务会决定4月开展…整治，清理摊点86处', () => expect(read('2024年3月，局务会决定4月开展占道经营专项整治，清理摊点86处。')).not.toEqual([]));
  it('read: 局务会决定4月开展…整治，累计劝离摊点40处', () => expect(read('局务会决定4月开展占道经营专项整治，累计劝离摊点40处。')).not.toEqual([]));
  it('not read: 局务会决定4月开展…整治，计划清理摊点86处 (a plan)', () => expect(read('局务会决定4月开展占道经营专项整治，计划清理摊点86处。')).toEqual([]));
  it('not read: 局务会决定4月开展…整治 (the decision alone)', () => expect(read('局务会决定4月开展占道经营专项整治。')).toEqual([]));
});

describe('具体措施: a police station acting jointly with the unit\'s own body (clauseAgent station)', () => {
  const TOWN = '城关镇关于占道经营整治工作的情况说明';
  it('read: 城关派出所联合镇综合执法队清理…32处 (城关镇\'s report)', () => {
    expect(found([TOWN, '今年春季城关派出所联合镇综合执法队清理占道摊点32处。'], '具体措施')).not.toEqual([]);
  });
  it('not read: 城关派出所联合镇综合执法队… in another 镇\'s report', () => {
    expect(found(['城西镇关于占道经营整治工作的情况说明', '今年春季城关派出所联合东关村治保会清理占道摊点32处。'], '具体措施')).toEqual([]);
  });
  it('not read: 城关派出所在主街清理占道摊点32处 (the station alone)', () => {
    expect(found([TOWN, '今年春季城关派出所在主街清理占道摊点32处。'], '具体措施')).toEqual([]);
  });
});
