/**
 * Session 16 (empty): report.element-empty on elements that are present — what a heading is, what its section is,
 * which element it names. In this test's own words; each principle with the case it covers and its boundary.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

function emptyOf(lines: string[], headings: string[], element: string) {
  return judgeElements(analyzeText({ pages: [lines.join('\n')], headings })).find((e) => e.element === element)?.emptyHeadings?.map((h) => h.heading);
}
const lead = '一、组织领导';
const charge = '局长周平任领导小组组长，分管副局长韩立具体抓，办公室牵头日常调度。';

describe('session 16: a heading under suggestions or plans names an aim', () => {
  const before = [lead, charge, '二、调查发现', '全县主要平台上的正能量内容明显增多，群众评价较好。'];
  it('（三）健全工作机制 under 四、对策建议 is a suggestion, not the element’s section', () => {
    const lines = [...before, '三、对策建议', '（一）强化素养教育', '建议在中小学开设网络素养课。', '（二）健全工作机制', '各部门之间的信息共享机制有待形成。'];
    expect(emptyOf(lines, [], '主体责任')).toBeUndefined();
  });
  it('建议 in the document’s title makes no heading under it an aim', () => {
    const title = '清河县网信办关于网络文明建设情况及建议的报告';
    const lines = [title, '（一）组织领导', '（略）', '（二）工作成效', '全县主要平台上的正能量内容明显增多，群众评价较好。'];
    expect(emptyOf(lines, [title], '主体责任')).toEqual(['（一）组织领导']);
  });
  it('the same heading under a heading of work done is still the element’s section', () => {
    const lines = [...before, '三、主要做法', '（一）强化素养教育', '在中小学开设网络素养课12节。', '（二）健全工作机制', '各部门之间的信息共享机制有待形成。'];
    expect(emptyOf(lines, [], '主体责任')).toEqual(['（二）健全工作机制']);
  });
});

describe('session 16: 主体责任 owned by another party names that party’s duty', () => {
  const body = (h: string) => [lead, charge, '二、主要措施', '（一）开展夜间巡查', '执法队每周两次夜间巡查工地，查处违规施工8起。', h, '坚持高位推动，强化责任意识，压紧压实各方责任。', '三、取得成效', '工地周边道路明显整洁，居民投诉下降一半。'];
  it('（二）压实企业主体责任 / 落实物业主体责任: work on others’ duty, no empty 主体责任', () => {
    expect(emptyOf(['清河县住房和城乡建设局关于工地整治的报告', ...body('（二）压实企业主体责任')], [], '主体责任')).toBeUndefined();
    expect(emptyOf(['清河县住房和城乡建设局关于工地整治的报告', ...body('（二）落实物业主体责任')], [], '主体责任')).toBeUndefined();
  });
  it('the unit’s own 主体责任 heading with only stock phrases under it is empty', () => {
    expect(emptyOf(['清河县住房和城乡建设局关于工地整治的报告', ...body('（二）压实主体责任')], [], '主体责任')).toEqual(['（二）压实主体责任']);
  });
  it('in a firm’s own report 企业主体责任 is its own', () => {
    expect(emptyOf(['清河县宏达建筑有限公司关于工地整治的报告', ...body('（二）压实企业主体责任')], [], '主体责任')).toEqual(['（二）压实企业主体责任']);
  });
});

describe('session 16: a category in a catalogue of material lists files', () => {
  const rest = ['二、情况说明', charge, '依据县创文办《关于开展文明施工整治的通知》开展工作，组织检查工地32次，工地围挡明显规范。'];
  it('（一）组织领导类 under 一、材料目录 names a category of files', () => {
    const lines = ['一、材料目录', '（一）组织领导类', '1. 领导小组成员名单2页', '（二）成效佐证', '2. 群众反馈意见摘录3页', ...rest];
    expect(emptyOf(lines, [], '主体责任')).toBeUndefined();
    expect(emptyOf(lines, [], '取得成效')).toBeUndefined();
  });
  it('the same heading under a heading of the report’s own account is the element’s section', () => {
    const lines = ['一、工作开展情况', '（一）组织领导', '详见附件。', '（二）成效佐证', '详见附件。', ...rest];
    expect(emptyOf(lines, [], '主体责任')).toEqual(['（一）组织领导']);
  });
});

describe('session 16: an unnumbered heading over a numbered series starting at one', () => {
  const open = ['协会参与创文的几点体会', '一点回顾', '协会成立八年来，注册志愿者由三千人增加到六万人。'];
  const items = ['一、排班上有人管', '秘书处每周排定各服务队的上岗时间，在12个路口设立文明劝导岗。', '二、活动上有品牌', '每月组织“清洁家园”活动，清理卫生死角40处。'];
  const close = ['一些成效', '志愿服务成为城区的一道风景，协会被评为省级优秀志愿服务组织。'];
  it('几点做法 / 一、… / 二、… : the series is its items, the heading is not empty', () => {
    const lines = [...open, '几点做法', ...items, ...close];
    expect(emptyOf(lines, ['协会参与创文的几点体会', '一点回顾', '几点做法', '一些成效'], '具体措施')).toBeUndefined();
  });
  it('a series not starting at one continues the document’s own numbering: the heading is empty', () => {
    const lines = [...open, '几点做法', '二、排班上有人管', items[1], '三、活动上有品牌', items[3], ...close];
    expect(emptyOf(lines, ['协会参与创文的几点体会', '一点回顾', '几点做法', '一些成效'], '具体措施')).toEqual(['几点做法']);
  });
  it('an item naming an element ends the series (几点做法 / 一、取得成效): the heading is empty', () => {
    const lines = [...open, '几点做法', '一、取得成效', '每月组织“清洁家园”活动，清理卫生死角40处，城区面貌明显改观。'];
    expect(emptyOf(lines, ['协会参与创文的几点体会', '一点回顾', '几点做法'], '具体措施')).toEqual(['几点做法']);
  });
});
