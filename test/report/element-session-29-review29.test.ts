/**
 * Session 29 (review29): the review of session 28's rules fixed at their roots. Each rule has hand-written sentences (not train
 * reports) just inside the rule (the element read), on its boundary, and just outside (no element): `true` means the element
 * is read from the line, `false` that it is not.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';
import { countCell } from '../../src/text/element-count-columns.js';

const TOWN = '城关镇关于占道经营整治工作的情况说明';
const CG = '县城管局关于创文工作的情况说明';
const MARKET = '县市场监管局关于食品安全工作的情况说明';
const CENTRE = '县政务服务中心关于便民服务工作的情况说明';
const COMMUNITY = '东关社区关于志愿服务工作的情况说明';
const BUS = '县交通运输局关于文明出行工作的情况说明';

const rows: [string, string, string, string, boolean][] = [
  // [rule, title, line, element, read]
  // 带队: only a role of the unit itself leads in person.
  ['带队: the unit\'s own 大队 named bare', '县文旅局关于旅游市场整治工作的情况说明', '执法大队开展夜查，大队长何勇带队。', '主体责任', true],
  ['带队: the unit\'s own head', CG, '4月开展占道整治，局长王强带队。', '主体责任', true],
  ['带队: the unit\'s own 镇长 in a 镇\'s report', TOWN, '城关镇开展集中整治，镇长李华带队。', '主体责任', true],
  ['带队: another 镇\'s 镇长 in a 镇\'s report', TOWN, '柳林镇开展集中整治，镇长李华带队。', '主体责任', false],
  ['带队: a 镇长 in a 局\'s report, the 镇 unnamed', MARKET, '开展联合检查，镇长李华带队。', '主体责任', false],
  ['带队: a county body\'s 大队长', TOWN, '县交警大队联合我镇开展整治，大队长何勇带队。', '主体责任', false],
  ['带队: a city team\'s 组长 visiting', CENTRE, '市考核组来我中心考核，组长张伟带队。', '主体责任', false],
  ['带队: the unit\'s own 组 (我中心检查组)', CENTRE, '我中心检查组到各窗口检查，组长张伟带队。', '主体责任', true],
  ['带队: volunteers\' 队长', COMMUNITY, '志愿者们来到敬老院，队长王芳带队打扫卫生。', '主体责任', false],
  ['带队: residents\' 组长', COMMUNITY, '居民们清理楼道杂物，组长王芳带队。', '主体责任', false],
  // 未见反弹: nothing came back, unless the sentence then tells it back or denies the claim.
  ['未见反弹: told after the work', CG, '5月复查时未见反弹。', '取得成效', true],
  ['未见反弹: a 但 with a task ahead, nothing back', CG, '5月复查时未见反弹，但仍需巩固。', '取得成效', true],
  ['未见反弹: a 但 telling it back', CG, '5月复查时未见反弹，但6月又有4处摊点回到原处。', '取得成效', false],
  ['没有反弹: a denial of the claim', CG, '占道经营问题不能说没有反弹。', '取得成效', false],
  ['没有反弹: plain', CG, '整治后占道经营没有反弹。', '取得成效', true],
  ['未再回潮: plain', CG, '整治后占道经营未再回潮。', '取得成效', true],
  // 保持 + a state: an outcome when told of the place; not an order, a call, a request, a difficulty or a line's hours.
  ['保持: a place kept clear', CG, '整治后市场出入口保持畅通。', '取得成效', true],
  ['保持: kept clear with 一直', CG, '整治后市场出入口一直保持畅通。', '取得成效', true],
  ['保持: an order', CG, '督促沿街商户门口保持整洁。', '取得成效', false],
  ['保持: a call', COMMUNITY, '倡导居民保持楼道整洁。', '取得成效', false],
  ['保持: a request over a comma', CG, '请您在划定区域经营，保持摊位整洁。', '取得成效', false],
  ['保持: a difficulty', CG, '早市期间市场出入口很难保持畅通。', '取得成效', false],
  ['保持: a line\'s hours', CG, '执法车辆随时可用，举报电话保持畅通。', '取得成效', false],
  ['恢复通行: restored', CG, '清理后人行道已恢复通行。', '取得成效', true],
  // 未被投诉: not complained of after the work; a count of those not complained of is a figure.
  ['未被投诉: told of the work', BUS, '新线路开通首月未被乘客投诉。', '取得成效', true],
  ['未被投诉: a count of those', BUS, '驾驶员未被投诉的仅有12人。', '取得成效', false],
  // Praise by call: the served praising, not invited to.
  ['praise by call: given', BUS, '有乘客打电话表扬驾驶员张强。', '取得成效', true],
  ['praise by call: invited', BUS, '鼓励乘客打电话表扬文明驾驶员。', '取得成效', false],
  ['praise by call: welcomed', BUS, '欢迎广大乘客来电表扬文明驾驶员。', '取得成效', false],
  // 给予了表扬: by another body, not the unit's own to its people.
  ['给予了表扬: by a visiting body', '县敬老院关于防暑工作的情况说明', '镇民政所来院检查时对防暑工作给予了表扬。', '取得成效', true],
  ['给予了表扬: to the unit\'s 队员', CG, '对表现突出的3名队员给予了表扬。', '取得成效', false],
  ['给予了表扬: to the unit\'s 驾驶员', BUS, '对表现突出的驾驶员给予了表扬。', '取得成效', false],
  // AMONG: the unit among those praised; an aim or a failure is not.
  ['AMONG: among them', CG, '县文明委通报表扬了12家单位，我局名列其中。', '取得成效', true],
  ['AMONG: 入选', CG, '县文明委通报表扬了12家单位，我局入选。', '取得成效', true],
  ['AMONG: an aim', CG, '县文明委通报表扬了12家单位，我局力争入选。', '取得成效', false],
  ['AMONG: a failure', CG, '县文明委通报表扬了12家单位，遗憾的是我局未能上榜。', '取得成效', false],
];

describe('session 29 (review29): the review of session 28, each rule at its boundary', () => {
  for (const [rule, title, line, element, read] of rows) {
    it(`${element}: ${rule} → ${read ? 'read' : 'not read'}`, () => {
      const got = found([title, line], element);
      if (read) expect(got).not.toEqual([]);
      else expect(got).toEqual([]);
    });
  }
});

describe('session 29 (review29): measures and data', () => {
  it('firmActs: the unit\'s own company by its short name acts; another firm, or a short name of another trade, does not', () => {
    const T = '清河县公共交通有限责任公司关于文明服务工作的情况说明';
    expect(found([T, '清河公交公司按照年度计划，对全体驾驶员进行了文明服务培训。'], '具体措施')).not.toEqual([]);
    expect(found([T, '清河出租公司按照年度计划，对全体驾驶员进行了文明服务培训。'], '具体措施')).toEqual([]);
  });
  it('DUTY_ROUTINE: logged clues then all handled is a measure; logged alone, or some handled later, is routine', () => {
    const S = '县城管局关于占道经营整治工作的情况说明';
    expect(found([S, '登记占道经营线索14条，全部到现场处置。'], '具体措施')).not.toEqual([]);
    expect(found([S, '登记占道经营线索14条，均已核实处理。'], '具体措施')).not.toEqual([]);
    expect(found([S, '登记占道经营线索14条。'], '具体措施')).toEqual([]);
    expect(found([S, '登记占道经营线索14条，待下周处理。'], '具体措施')).toEqual([]);
  });
  const HOUSING = '县住建局关于老旧小区改造工作的情况说明';
  it('BASIS_THEN_DONE: a named work done on a basis is a measure; stock wording is not', () => {
    expect(found([HOUSING, '改造按照《县老旧小区改造实施方案》完成了12个小区的雨污分流。'], '具体措施')).not.toEqual([]);
    expect(found([HOUSING, '改造按照《县老旧小区改造实施方案》完成了既定任务。'], '具体措施')).toEqual([]);
    expect(found([HOUSING, '改造按照《县老旧小区改造实施方案》完成了年度目标任务。'], '具体措施')).toEqual([]);
  });
  const SCHOOL = '城关镇第二小学关于家校共育工作的情况说明';
  it('servedDeed DELAYED: held after the delay, or not yet held', () => {
    expect(found([SCHOOL, '因考试推迟一周召开了家长会。'], '具体措施')).not.toEqual([]);
    expect(found([SCHOOL, '召开家长会的时间推迟了一个月，目前还没开。'], '具体措施')).toEqual([]);
  });
  it('servedDeed SCHOOL_UNIT: a school by its short name keeps its timetable routine', () => {
    expect(found(['城关二小关于课后服务工作的情况说明', '本周各班正常上了美术课。'], '具体措施')).toEqual([]);
    expect(found(['县一中关于课后服务工作的情况说明', '本周各班正常上了美术课。'], '具体措施')).toEqual([]);
  });
  const rowsOf = (...t: string[]) => t.map((text) => ({ text }));
  it('countCell: a count done is data; a planned or target count is not', () => {
    expect(countCell(rowsOf('片区｜巡查次数｜责任人', '东关｜12｜王强'), 1)).toBe('巡查次数｜12');
    expect(countCell(rowsOf('片区｜计划巡查次数｜责任人', '东关｜12｜王强'), 1)).toBeNull();
    expect(countCell(rowsOf('片区｜目标户数｜责任人', '东关｜12｜王强'), 1)).toBeNull();
  });
});
