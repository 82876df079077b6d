/**
 * Session 27 (bins27): the rulings of the twenty-fifth set on logs — a reading against a change told, work done against work
 * planned, stopped or waiting — each rule with rows just inside, on and just outside its line, in this test's own words (not taken
 * from fixtures/elements/):
 * - 取得成效: a log's dated row reading a rate (3月2日｜北区｜正确率71%) is data, no outcome; a rate raised or reached in the cell is;
 * - 具体措施: a 施工日志 row's next-day plan cell (明日计划：…), its clauses of stoppage or waiting (因雨停工 / 等待…) and its 监理意见
 *   column tell nothing done, its other clauses (上午完成…) are read; a verb right before its basis (改造依据《…》实施) names the project;
 *   another body's checker checking (…中心检查组抽检 / 社区网格员抽查 / a cell 街道抽查), residents on their own (自行 / 自发) and an
 *   examiner's form signed for (检查单已签收) are no deed of the unit.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_TESTS, elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const seg = (lines: string[], styled: string[] = []) => segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}
const test = (element: string, text: string, title = '') => ELEMENT_TESTS[element]!({ text, role: undefined, heading: false, cityUnit: false, firm: false, title });

describe('session 27: a dated row\'s rate is a reading, a rate raised an outcome', () => {
  it('outside: a rate and its figure alone in a dated row\'s cell', () => {
    expect(test('取得成效', '3月2日｜北区2号点｜早｜志愿者 韩梅｜投放66户｜正确率71%｜混投｜现场指导')).toBeNull();
    expect(test('取得成效', '2026年3月9日｜南区｜晚｜正确率 约80%｜无')).toBeNull();
  });
  it('on: the same rate told raised or reached in its cell', () => {
    expect(test('取得成效', '3月2日｜北区2号点｜正确率提高到91%｜无')).not.toBeNull();
    expect(test('取得成效', '3月2日｜北区2号点｜正确率达到90%｜无')).not.toBeNull();
  });
  it('inside: a rate in prose, and a row with no date, read as ever', () => {
    expect(test('取得成效', '全年垃圾分类覆盖率100%。')).not.toBeNull();
    expect(test('取得成效', '北区2号点｜正确率71%｜无')).not.toBeNull();
  });
});

describe('session 27: a construction log\'s plans, stoppages and supervisor\'s column are nothing done', () => {
  const header = '日期｜天气｜施工部位｜施工内容｜监理意见';
  it('outside: a plan cell, a stoppage, waiting and the supervisor\'s words', () => {
    expect(found([header, '3月4日｜晴｜—｜明日计划：进场铺设排水管｜—'], '具体措施')).toEqual([]);
    expect(found([header, '3月5日｜雨｜—｜因雨停工｜—'], '具体措施')).toEqual([]);
    expect(found([header, '3月6日｜晴｜—｜等待供电公司安装临时变压器｜—'], '具体措施')).toEqual([]);
    expect(found([header, '3月7日｜晴｜—｜—｜沟槽边安装临时护栏'], '具体措施')).toEqual([]);
  });
  it('on: a day\'s work done beside a stoppage in one cell is read', () => {
    expect(found([header, '3月8日｜阴｜北侧路段｜上午铺设排水管60米，下午因雨停工｜—'], '具体措施')).not.toEqual([]);
  });
  it('inside: the work told done', () => {
    expect(found([header, '3月9日｜晴｜北侧路段｜铺设排水管120米，安装检查井3座｜同意'], '具体措施')).not.toEqual([]);
    // 等 as "and so on" is no waiting (举办读书分享会、亲子共读等活动14场).
    expect(found(['序号｜活动名称｜完成情况', '1｜春季读书节｜举办读书分享会、亲子共读等活动14场'], '具体措施')).not.toEqual([]);
  });
});

describe('session 27: a verb right before its basis names the project', () => {
  it('outside: the project\'s basis told', () => {
    expect(test('具体措施', '北关巷改造依据《关于下达2027年小巷整治计划的通知》实施。')).toBeNull();
    expect(test('具体措施', '一期改造按照《农贸市场改造方案》列入今年计划。')).toBeNull();
  });
  it('inside: the work done on that basis', () => {
    expect(test('具体措施', '依据《农贸市场改造方案》，改造了北区摊位42个。')).not.toBeNull();
  });
});

describe('session 27: another body\'s check, residents on their own and a form signed for are no deed', () => {
  it('outside: another body\'s checker checking, in prose and in a cell', () => {
    expect(test('具体措施', '县机关事务服务中心检查组抽检办公楼投放点2次，检查单已签收。', '县水利局垃圾分类督导记录')).toBeNull();
    expect(test('具体措施', '社区网格员本月抽查小区投放点3次。', '丽景小区物业垃圾分类督导记录')).toBeNull();
    expect(test('具体措施', '5月9日｜东门投放点｜街道抽查｜准确率80%', '丽景小区物业垃圾分类督导记录')).toBeNull();
    expect(test('具体措施', '业主志愿者自行在东门值守。')).toBeNull();
  });
  it('on: the checker is the report\'s own body', () => {
    expect(test('具体措施', '社区网格员本月抽查小区投放点3次。', '城南社区垃圾分类督导记录')).not.toBeNull();
    expect(test('具体措施', '局机关服务中心检查组对各股室投放点开展检查3次。', '县水利局垃圾分类督导记录')).not.toBeNull();
  });
  it('inside: the unit\'s own check', () => {
    expect(test('具体措施', '物业安排保洁员在东门投放点早晚值守，劝导居民破袋投放。')).not.toBeNull();
  });
});
