/**
 * Session 26 (pest26): the rulings of the twenty-fourth set on who acted, what was done and what a figure counts, each rule with
 * rows just inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - 数据实例: a concentration naming a product (4.5%高效氯氰菊酯) is part of its name; what was used or covered told as done is
 *   data; a story's apparatus line (编辑：…阅读量：2.1万) counts nothing of the unit's work;
 * - 具体措施: work done by a firm the unit contracts (委托…公司喷洒…) is the unit's measure (the 委 of 委托 ends no body's name); a
 *   police team's penalties are the police's; a monitoring body's monitoring is that body's; duty routine, logging calls and
 *   handing over are office routine; a deed from next month on is to come; a road's name (建设路) builds nothing; a header
 *   cell's unit in brackets (劝导不文明行为（起）) leaves the row a header;
 * - 取得成效: a rate of harm a monitor reads (鼠密度阳性率1.3%) is a reading, no good reached.
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

describe('session 26: a product\'s strength is its name, the work\'s quantity data', () => {
  it('outside: the strength before a substance\'s name', () => {
    expect(test('数据实例', '社区对楼道投放2.5%溴敌隆毒饵。')).toBeNull();
    expect(test('数据实例', '食堂后厨使用0.1%氟虫腈胶饵灭蟑。')).toBeNull();
    expect(test('数据实例', '卫生间用75%酒精擦拭消毒。')).toBeNull();
    expect(test('数据实例', '6月2日｜菜场东区｜5%吡虫啉可湿性粉剂｜按说明书｜—｜赵强')).toBeNull();
  });
  it('on: the strength and the amount used in one clause — the amount is data', () => {
    expect(test('数据实例', '对宿舍楼周边喷洒4.5%高效氯氰菊酯约9000平方米。')).not.toBeNull();
    expect(test('数据实例', '6月2日｜菜场东区｜5%吡虫啉可湿性粉剂｜2升｜—｜赵强')).not.toBeNull();
  });
  it('inside: a percentage that is a rate or a share stays data', () => {
    expect(test('数据实例', '灭鼠后鼠密度阳性率降至0.8%。')).not.toBeNull();
    expect(test('数据实例', '覆盖率100%，95%以上的商户参与。')).not.toBeNull();
  });
  it('a story\'s apparatus line counts nothing; a reading count told as the unit\'s publicity does', () => {
    expect(test('数据实例', '编辑：王芳　审核：李强　阅读量：3.4万')).toBeNull();
    expect(test('数据实例', '来源：清河融媒　阅读量：8000+')).toBeNull();
    expect(test('数据实例', '我局公众号推送文明出行文章12篇，阅读量3.4万。')).not.toBeNull();
  });
});

describe('session 26: who acted', () => {
  it('inside: the unit contracting a firm for the work — the work is its measure', () => {
    expect(found(['北街农贸市场防蝇工作说明', '市场委托清河县康宁消杀有限公司每周喷洒灭蝇药物，在熟食区安装灭蝇灯36盏。'], '具体措施')).toHaveLength(1);
    expect(found(['城南社区消杀说明', '5月社区委托康宁消杀公司对老旧楼栋的地下室进行灭鼠。'], '具体措施')).toHaveLength(1);
  });
  it('outside: a firm acting on its own account is its own deed', () => {
    expect(found(['城南社区消杀说明', '县康宁消杀有限公司在门店前张贴广告。'], '具体措施')).toHaveLength(0);
  });
  it('a police team\'s penalties are the police\'s; the unit\'s roster at the post is the unit\'s', () => {
    expect(found(['县文明办文明交通劝导说明', '6月，县交警大队东城中队在人民路口查处闯红灯38起。'], '具体措施')).toHaveLength(0);
    expect(found(['县文明办文明交通劝导说明', '6月，我办劝导员在人民路口劝导闯红灯行人38起。'], '具体措施')).toHaveLength(1);
  });
  it('a monitoring body\'s monitoring is its own; the unit\'s own killing of pests is the unit\'s', () => {
    expect(test('具体措施', '5月县疾控中心对学校食堂开展监测，蟑螂侵害率为0.7%。', '县实验中学校园病媒生物防制说明')).toBeNull();
    expect(test('具体措施', '5月学校对食堂后厨开展灭蟑，蟑螂侵害率为0.7%。', '县实验中学校园病媒生物防制说明')).not.toBeNull();
    expect(test('具体措施', '5月县疾控中心对全县学校食堂开展监测。', '县疾控中心病媒生物监测工作说明')).not.toBeNull();
  });
});

describe('session 26: done, routine or to come', () => {
  it('outside: duty routine, logging calls and handing over', () => {
    expect(test('具体措施', '5月6日｜王刚｜李丽｜晴｜接班人员到岗，查看上一班记录｜—｜无')).toBeNull();
    expect(test('具体措施', '5月6日｜王刚｜李丽｜晴｜交接值班记录本和钥匙｜—｜无')).toBeNull();
    expect(test('具体措施', '窗口周末安排咨询值班。')).toBeNull();
    // A person posted for the public (安排律师每天值班) is the service, not the office's own duty.
    expect(test('具体措施', '在服务大厅安排律师每天值班。')).not.toBeNull();
    expect(test('具体措施', '当月调度室接听电话48个，登记群众反映9件。')).toBeNull();
    expect(test('具体措施', '我局已将路口劝导登记资料一并移交县商务局。')).toBeNull();
  });
  it('inside: what was done about a call, in the same row', () => {
    expect(test('具体措施', '5月6日｜王刚｜李丽｜晴｜群众反映路口积水｜组织人员清理积水，增开临时通道1条｜无')).not.toBeNull();
  });
  it('a deed from next month on is to come; one from last month on is done', () => {
    expect(test('具体措施', '下月起组织员工在路口上岗劝导。')).toBeNull();
    expect(test('具体措施', '上月起组织员工在路口上岗劝导。')).not.toBeNull();
  });
  it('a road\'s name builds nothing; building a road surface is work', () => {
    expect(test('具体措施', '建设路与和平路口西｜7:30—9:00｜待定｜（值勤后填写）｜')).toBeNull();
    expect(test('具体措施', '建设路面硬化工程1.2公里。')).not.toBeNull();
    expect(test('具体措施', '对人民路、建设路等积水点实施抽排。')).not.toBeNull();
  });
  it('a header row with a unit in brackets is a header; a filled row is not', () => {
    expect(found(['县城管局劝导岗排班表', '劝导岗位｜时段｜劝导员｜劝导不文明行为（起）｜备注'], '具体措施')).toHaveLength(0);
    expect(found(['县文旅局服务数据说明', '指标｜本期｜上年同期｜增减', '文化馆免费培训（期）｜58｜41｜+41.5%'], '具体措施')).toHaveLength(1);
    expect(found(['县城管局劝导岗值勤记录', '劝导岗位｜时段｜劝导员｜劝导不文明行为（起）｜备注', '人民路口｜7:00—8:30｜张伟｜劝导闯红灯12起｜'], '具体措施')).toHaveLength(1);
  });
});

describe('session 26: a reading of harm is no outcome', () => {
  it('outside: a rate of harm read alone', () => {
    expect(test('取得成效', '6月监测：食堂蟑螂侵害率0.9%。')).toBeNull();
    expect(test('取得成效', '4月监测：鼠密度阳性率1.1%。')).toBeNull();
  });
  it('inside: a harm lowered, or a good rate reached', () => {
    expect(test('取得成效', '6月监测：食堂蟑螂侵害率由3.1%降至0.9%。')).not.toBeNull();
    expect(test('取得成效', '灭蝇后摊户满意率96%。')).not.toBeNull();
  });
});
