/**
 * Session 58 (the fifty-third set, moved to train), 取得成效 and report.element-empty: what the rules missed. Every sentence here is
 * written for the test (the set's reports are read by the eval only).
 * 取得成效: 大家 as the speakers of praise; wildlife more than last year; 未批先建 as a noun (no negation) and a month's patrols that
 * found none; not one household doing a wrong; a disease's cases none over a period. Not: a dated record of one case closed in prose
 * (…，已取缔；), those the unit speaks to (向大家说明), counts of the unit's watching, aims, a row of one day.
 * report.element-empty: a run-in item that tells something under a heading of the body is no empty heading of an element told
 * elsewhere; a run-in item holding nothing, or one whose element is nowhere, still is.
 * Each rule has its other side.
 */
import { describe, expect, it } from 'vitest';
import { result } from './element-found.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const FARM = '桃园镇农业服务中心关于化肥经营门店检查情况的说明';
const FOREST = '清河县林业局关于湿地候鸟保护工作的说明';
const HOUSING = '河口镇人民政府关于农村建房管理情况的说明';
const VILLAGE = '张湾村关于村民建房管理情况的说明';
const HEALTH = '清河县疾病预防控制中心关于布病防控工作的说明';
const COMMERCE = '清河县商务局关于废旧物资回收网点整治情况的说明';

describe('session 58: 大家 as those who speak', () => {
  it('reads 大家都说 + a feeling of ease', () =>
    expect(result(FARM, '门店检查后，大家都说到正规门店买化肥心里踏实。')).toBe(true));
  it('reads 大家纷纷表示 + at ease', () => expect(result(FARM, '赶集时大家纷纷表示现在买种子放心。')).toBe(true));
  it('does not read the unit telling 大家', () =>
    expect(result(FARM, '工作人员向大家说明到正规门店买化肥才放心。')).toBe(false));
  it('does not read 大家 told not at ease', () => expect(result(FARM, '大家都说在路边摊买化肥不放心。')).toBe(false));
});

describe('session 58: wildlife more than an earlier year', () => {
  it('reads the birds more than last year', () =>
    expect(result(FOREST, '今年冬季来库区越冬的候鸟明显多于去年。')).toBe(true));
  it('reads the egrets more than in past years', () => expect(result(FOREST, '来河滩越冬的白鹭明显多于往年。')).toBe(true));
  it('does not read the unit\'s counting of the birds', () =>
    expect(result(FOREST, '今年开展候鸟监测的次数多于去年。')).toBe(false));
  it('does not read an aim', () => expect(result(FOREST, '力争明年来越冬的候鸟多于去年。')).toBe(false));
  it('does not read the birds fewer', () => expect(result(FOREST, '受干旱影响，候鸟比去年少。')).toBe(false));
});

describe('session 58: 未批先建, fewer or not found', () => {
  it('reads 未批先建 fewer (no negation)', () => expect(result(HOUSING, '今年全镇新增未批先建明显减少。')).toBe(true));
  it('reads 未批即建 fewer after the work', () =>
    expect(result(HOUSING, '经过整治，未批即建比去年少多了，村民都先申请后动工。')).toBe(true));
  it('reads a month\'s patrols finding no new 未批先建', () =>
    expect(result(HOUSING, '本月网格巡查中未发现新的未批先建。')).toBe(true));
  it('reads a month\'s patrols finding no new 违建', () => expect(result(HOUSING, '当月未发现新增违建。')).toBe(true));
  it('does not read a day\'s row finding none', () =>
    expect(result(HOUSING, '日期｜村｜事项｜情况\n6月3日｜后李村｜建房巡查｜未发现违建')).toBe(false));
  it('does not read a negated approval (a wrong still told)', () =>
    expect(result(HOUSING, '今年有三户未批准就开工建房。')).toBe(false));
});

describe('session 58: not one household doing a wrong', () => {
  it('reads not one household building on its own', () =>
    expect(result(VILLAGE, '今年全村没有一户私自动工建房。')).toBe(true));
  it('reads not one shop selling without a licence', () =>
    expect(result(FARM, '复查时无一家擅自销售限用农药。')).toBe(true));
  it('does not read it as an aim', () => expect(result(VILLAGE, '确保今年没有一户私自动工建房。')).toBe(false));
  it('does not read a household not taking part', () => expect(result(VILLAGE, '没有一户参加建房培训。')).toBe(false));
});

describe('session 58: a disease\'s cases none over a period', () => {
  it('reads no human cases over half a year', () =>
    expect(result(HEALTH, '今年上半年全县未发生人间布病病例。')).toBe(true));
  it('does not read the towns without cases as an attribute', () =>
    expect(result(HEALTH, '上半年未发生病例的乡镇有九个。')).toBe(false));
  it('does not read case reports', () => expect(result(HEALTH, '今年全县未发现病例报告迟报。')).toBe(false));
});

describe('session 58: a dated record of one case told in prose', () => {
  it('does not read one place closed in a dated record', () =>
    expect(result(COMMERCE, '典型记录：4月9日，南关桥下流动收购摊点无证经营，已取缔；4月22日，东环路回收点提交材料，当日已备案。')).toBe(false));
  it('reads the places of a whole town closed', () =>
    expect(result(COMMERCE, '5月10日，全镇无证收购摊点已全部取缔。')).toBe(true));
  it('reads places closed without a date', () =>
    expect(result(COMMERCE, '经过两个月整治，城区无证收购摊点已取缔。')).toBe(true));
});

function emptyOf(lines: string[], element: string) {
  return judgeElements(analyzeText({ pages: [lines.join('\n')], headings: [] })).find((e) => e.element === element)?.emptyHeadings?.map((h) => h.heading);
}
const TITLE = '清河县市场监管局关于农贸市场整治情况的说明';
const LEAD = ['一、组织领导', '局里成立农贸市场整治领导小组，局长王建军任组长，市场股股长刘梅具体负责。'];
const OUTCOME = ['三、工作成效', '市场内乱摆乱放明显减少，商户普遍表示满意。'];

describe('session 58: a run-in item under a heading of the body', () => {
  it('a run-in item with stock words is no empty 主体责任 heading when the charge is told elsewhere', () =>
    expect(emptyOf([TITLE, ...LEAD, '二、工作推进', '一是强化责任落实。坚持高标准、严要求，把市场整治摆上重要议事日程。', '二是开展夜查。执法人员每周两次夜查市场占道经营。', ...OUTCOME], '主体责任')).toBeUndefined());
  it('a run-in item 一是加强组织领导 under 主要措施 likewise', () =>
    expect(emptyOf([TITLE, ...LEAD, '二、主要措施', '一是加强组织领导。多次召开会议研究部署，压紧压实各方责任。', '二是开展夜查。执法人员每周两次夜查市场占道经营。', ...OUTCOME], '主体责任')).toBeUndefined());
  it('a run-in item holding nothing is still empty', () =>
    expect(emptyOf([TITLE, ...LEAD, '二、工作推进', '一是强化责任落实。（略）', '二是开展夜查。执法人员每周两次夜查市场占道经营。', ...OUTCOME], '主体责任')).toEqual(['一是强化责任落实']));
  it('a run-in item whose element is told nowhere is still empty', () =>
    expect(emptyOf([TITLE, '一、工作依据', '按照县政府统一安排开展整治。', '二、工作推进', '一是强化责任落实。坚持高标准、严要求，把市场整治摆上重要议事日程。', '二是开展夜查。执法人员每周两次夜查市场占道经营。', ...OUTCOME], '主体责任')).toEqual(['一是强化责任落实']));
  it('a numbered item with stock words under a heading of work done is still empty', () =>
    expect(emptyOf([TITLE, ...LEAD, '二、工作推进', '（一）强化责任落实', '坚持高标准、严要求，把市场整治摆上重要议事日程。', '（二）开展夜查', '执法人员每周两次夜查市场占道经营。', ...OUTCOME], '主体责任')).toEqual(['（一）强化责任落实']));
});

describe('session 58 (mutation check): a dated record of many places brought to a state is an outcome', () => {
  it('reads nine stalls closed on the day told', () =>
    expect(result('清河县商务局关于再生资源回收站点整治情况的说明', '5月19日，城区9处无证收购摊点，已取缔；')).toBe(true));
});
