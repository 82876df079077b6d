/**
 * Session 28 (dust28): the rulings of the twenty-sixth set on patrol and enforcement registers — a state seen against an act
 * done, the unit against the inspected body, a quantity against a name — each rule with sentences just inside, on and just
 * outside its line, in this test's own words (not taken from fixtures/elements/):
 * - 具体措施: a contractor named by its site (各施工单位 / 北区工地施工单位) and a firm acting on its own rules are other parties;
 *   a patrol row's state cells are what was seen; an inspection's 整改要求 column is an order to others; a caption's bracketed
 *   column list names columns; clues logged or received are office routine; a patrol, a check or a talk told done and counted is
 *   the unit's measure;
 * - 数据实例: a phase right after a place's name is a name;
 * - 取得成效: nothing came back, and a way kept clear or reopened, are outcomes.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_TESTS } from '../../src/text/elements.js';
import { found } from './element-test-helpers.js';
const test = (element: string, text: string, title = '') => ELEMENT_TESTS[element]!({ text, role: undefined, heading: false, cityUnit: false, firm: false, title });
const report = (title: string, ...body: string[]) => [title, ...body];

describe('session 28: a contractor named by its site acts for itself', () => {
  const title = '# 城东镇在建工地扬尘防治情况说明';
  it('outside: the site\'s contractor, however named, doing its own site work', () => {
    expect(found(report(title, '各施工单位按要求加密洒水频次，裸土全部苫盖。'), '具体措施')).toEqual([]);
    expect(found(report(title, '北区安置房工地施工单位补装了喷雾炮2台。'), '具体措施')).toEqual([]);
    expect(found(report(title, '城东两个在建项目的施工单位自行铺设了防尘网。'), '具体措施')).toEqual([]);
  });
  it('on: the unit urging or talking to the contractor is the unit\'s act', () => {
    expect(found(report(title, '镇城建办约谈北区安置房工地施工单位项目经理，下达整改通知书。'), '具体措施')).not.toEqual([]);
  });
  it('inside: the unit\'s own patrol beside the contractor\'s work', () => {
    expect(found(report(title, '镇城建办对北区安置房工地开展夜间巡查，施工单位补装了喷雾炮2台。'), '具体措施')).not.toEqual([]);
  });
});

describe('session 28: a firm acting on its own rules is the firm\'s, unless it is the unit', () => {
  it('outside: a firm or firms of a kind checking their own drivers in a bureau\'s report', () => {
    expect(found(report('# 县运输管理所出租车文明服务情况说明', '城北出租汽车有限公司依照公司规定，对驾驶员仪容仪表进行了月度考核。'), '具体措施')).toEqual([]);
    expect(found(report('# 县运输管理所出租车文明服务情况说明', '辖区货运企业依照各自制度，对驾驶员开展了年度考评。'), '具体措施')).toEqual([]);
  });
  it('on: the firm\'s own report, its check its measure', () => {
    expect(found(report('# 城北出租汽车有限公司驾驶员文明服务情况说明', '城北出租汽车有限公司依照公司规定，对驾驶员仪容仪表进行了月度考核。'), '具体措施')).not.toEqual([]);
  });
  it('inside: the unit going to firms is the unit acting', () => {
    expect(found(report('# 县应急管理局安全宣传情况说明', '今天到城南园区企业开展消防宣讲，参加职工120人。'), '具体措施')).not.toEqual([]);
    expect(found(report('# 县水务局河道保洁情况说明', '聘请环卫公司对城区河道开展日常保洁。'), '具体措施')).not.toEqual([]);
  });
});

describe('session 28: a patrol row\'s state cells are what was seen', () => {
  const header = '工地名称｜围挡｜冲洗｜覆盖｜处理';
  it('outside: a row of states only', () => {
    expect(found(['# 城东镇工地巡查情况', header, '北区安置房｜围挡完好｜冲洗设施在建｜覆盖到位｜无'], '具体措施')).toEqual([]);
    expect(found(['# 城东镇工地巡查情况', header, '南街改造｜围挡破损｜洗车平台未启用｜防尘网缺失｜无'], '具体措施')).toEqual([]);
  });
  it('on: the same row with the unit\'s act in its 处理 cell', () => {
    expect(found(['# 城东镇工地巡查情况', header, '南街改造｜围挡破损｜洗车平台未启用｜防尘网缺失｜约谈项目经理，下达整改通知书'], '具体措施')).not.toEqual([]);
  });
  it('inside: a facility named outside a row is read as before', () => {
    expect(test('具体措施', '冲洗设施')).not.toBeNull();
  });
});

describe('session 28: an inspection\'s 整改要求 column and a caption\'s column list', () => {
  it('outside: the order column and the caption naming columns', () => {
    expect(found(['# 县第二中学食堂接受检查情况说明', '检查表（项目｜问题｜整改要求｜复查）：', '冷藏柜｜温度记录缺失｜每日登记温度｜待复查'], '具体措施')).toEqual([]);
    expect(test('具体措施', '检查表（项目｜问题｜整改要求｜复查）：')).toBeNull();
  });
  it('on: a recheck column telling the fix done is read', () => {
    expect(found(['# 县第二中学食堂接受检查情况说明', '检查表（项目｜问题｜整改要求｜复查）：', '冷藏柜｜温度记录缺失｜每日登记温度｜食堂已安装冷藏温度计2个'], '具体措施')).not.toEqual([]);
  });
  it('inside: a caption naming a check told done, without a column list', () => {
    expect(test('具体措施', '5月9日，我校对食堂开展了食品安全检查。')).not.toBeNull();
  });
});

describe('session 28: clues logged or received are office routine; a patrol counted is a measure', () => {
  it('outside: logging and receiving clues', () => {
    expect(test('具体措施', '本季度共登记流动摊贩线索21条。')).toBeNull();
    expect(test('具体措施', '本月接收网格平台转来的线索9条。')).toBeNull();
    expect(test('具体措施', '本月共登记背街占道问题8条。')).toBeNull();
  });
  it('on: what was done about a clue is read on', () => {
    expect(test('具体措施', '收到群众举报后，执法队员到场劝离流动摊贩4户。')).not.toBeNull();
  });
  it('inside: a patrol, a check or a talk told done and counted', () => {
    expect(test('具体措施', '二季度食堂管理科巡检41次。')).not.toBeNull();
    expect(test('具体措施', '上半年共巡查沿街商铺120次。')).not.toBeNull();
    expect(test('具体措施', '城管中队约谈了4家商户负责人。')).not.toBeNull();
  });
  it('outside: a patrol owed, planned or undergone', () => {
    expect(test('具体措施', '物业公司应每月巡查3次。')).toBeNull();
    // a bare patrol counted stays a stock figure (session 15)
    expect(test('具体措施', '上半年共巡查96次。')).toBeNull();
    expect(test('具体措施', '我局接受县督查组检查2次。')).toBeNull();
    // what was found or reported during another's visit counts problems, not the unit's patrols
    expect(test('具体措施', '市暗访组到我局辖区暗访，暗访中通报问题9处。')).toBeNull();
  });
});

describe('session 28: a phase after a place\'s name is a name, not a count', () => {
  it('outside: 二期 / 三期 after a place, whatever follows', () => {
    expect(test('数据实例', '乡里对中心卫生院二期、集镇安置区进行了巡查。')).toBeNull();
    expect(test('数据实例', '城建办对锦华苑三期等工地开展检查。')).toBeNull();
    expect(test('数据实例', '河湾花园2期、文化广场工地的围挡已补齐。')).toBeNull();
  });
  it('on: issues of a course or a deed counted', () => {
    expect(test('数据实例', '驾驶员培训班办了三期。')).not.toBeNull();
    expect(test('数据实例', '道德讲堂今年开讲十二期。')).not.toBeNull();
  });
  it('inside: a count beside the phase', () => {
    expect(test('数据实例', '中心卫生院二期工地设置围挡320米。')).not.toBeNull();
  });
});

describe('session 28: nothing came back and a way kept clear are outcomes', () => {
  it('inside: told after the work', () => {
    expect(test('取得成效', '6月中旬复查，未见反弹。')).not.toBeNull();
    expect(test('取得成效', '整治后，学校门口人行道保持畅通。')).not.toBeNull();
    expect(test('取得成效', '菜市场西侧人行道已恢复通行。')).not.toBeNull();
  });
  it('outside: an aim or a demand', () => {
    expect(test('取得成效', '下一步要防止出现反弹。')).toBeNull();
    expect(test('取得成效', '确保消防通道保持畅通。')).toBeNull();
    expect(test('取得成效', '要求沿街商户保持门前整洁。')).toBeNull();
  });
  it('on: a state kept as a means (保持 + object) is no outcome', () => {
    expect(test('取得成效', '安排专人值守，保持消防通道畅通。')).toBeNull();
  });
});
