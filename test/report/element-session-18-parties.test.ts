/**
 * Session 18 (agent18): review17's misfires of the another-party mechanism (element-parties.ts) and of the template
 * register, each a principle with rows just inside and just outside its line, in this test's own words (not taken
 * from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { data } from '../../src/text/element-data.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { maskInstructions } from '../../src/text/element-mood.js';

function evidence(lines: string[], styled: string[] = []): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string, styled: string[] = []) => (evidence(lines, styled)[element] ?? []).length > 0;
const emptyOf = (lines: string[], headings: string[], element: string) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], headings })).find((e) => e.element === element)?.emptyHeadings?.map((h) => h.heading);

const VISIT = '白沙县市场监督管理局关于赴南屏县市场监督管理局学习考察的报告';

describe('session 18: a party named back (该局 / 该中心) in a report on a visit is the party visited', () => {
  it('该局 opening a clause speaks of the bureau visited: no 主体责任 or 取得成效 of the unit', () => {
    const lines = [VISIT, '该局成立了由局长任组长的食品安全工作领导小组，群众满意率达到98%。'];
    expect(has(lines, '主体责任')).toBe(false);
    expect(has(lines, '取得成效')).toBe(false);
  });
  it('and acts for itself: its deeds are no 具体措施 of the unit, up to the unit taking the clause', () => {
    expect(has([VISIT, '该局在农贸市场设置了公平秤和快检室。'], '具体措施')).toBe(false);
    expect(has([VISIT, '该局设置了公平秤。', '回来后，我局在城区农贸市场设置了公平秤和快检室。'], '具体措施')).toBe(true);
  });
  it('just outside: with no place or body visited, 该局 names no other party (an outside writer may call the unit so)', () => {
    const lines = ['白沙县市场监督管理局食品安全工作评估报告', '该局成立了由局长任组长的食品安全工作领导小组。'];
    expect(has(lines, '主体责任')).toBe(true);
  });
  it('just outside: the unit naming itself in the same report (我局成立了…) is the unit', () => {
    expect(has([VISIT, '该局介绍了经验。', '我局成立了由局长任组长的食品安全工作领导小组。'], '主体责任')).toBe(true);
  });
});

describe('session 18: several places visited (赴南屏县、东川县考察) are each a party', () => {
  const TWO = '白沙县生态环境局关于赴南屏县、东川县考察大气污染防治工作的报告';
  it('the second place as subject speaks of that place, like the first', () => {
    const told = '空气优良天数比例达到91%，群众对空气质量的满意度明显提高。';
    expect(has([TWO, `东川县${told}`], '取得成效')).toBe(false);
    expect(has([TWO, `南屏县${told}`], '取得成效')).toBe(false);
    expect(has(['白沙县生态环境局关于赴南屏县和东川县考察大气污染防治工作的报告', `东川县${told}`], '取得成效')).toBe(false);
  });
  it('just outside: a third place, not in the title, named once, is not taken for a party visited', () => {
    expect(has([TWO, '青石县空气优良天数比例达到91%，群众对空气质量的满意度明显提高。'], '取得成效')).toBe(true);
  });
});

describe('session 18: 本馆 after a distributive subject (各分馆馆长对本馆…) is each one’s own, not the unit', () => {
  const LIB = '白沙县文化和旅游局关于赴南屏县学习公共文化服务的考察报告';
  it('in the party visited’s chain, 各分馆馆长对本馆开放服务负责 stays that party’s', () => {
    expect(has([LIB, '南屏县成立了领导小组，各分馆馆长对本馆开放服务负责。'], '主体责任')).toBe(false);
  });
  it('just outside: 本局 opening a clause after it names the unit, whose charge counts', () => {
    expect(has([LIB, '南屏县介绍了经验，本局局长对全县分馆开放服务负总责。'], '主体责任')).toBe(true);
  });
});

describe('session 18: a decimal with a counter inside a clause is a quantity; an outline number opens a line', () => {
  const counts = (text: string, heading?: boolean) => data({ text, heading });
  it('清运积存垃圾12.5车 counts (review17)', () => {
    expect(counts('清运积存垃圾12.5车。')).toBe('12.5车');
  });
  it('just outside: 1.1项目概况 opening a heading, ● 2.3村级站点 opening an item and 3.2节 anywhere stay labels', () => {
    expect(counts('1.1项目概况', true)).toBeNull();
    expect(counts('● 2.3村级站点')).toBeNull();
    expect(counts('按照方案3.2节的要求推进。')).toBeNull();
  });
});

describe('session 18: a template’s note to its filler claims nothing', () => {
  it('（请填写牵头科室及责任人） / （请列举具体措施，如结对帮扶…） / 【填写…】 / （待补） are blanked', () => {
    expect(maskInstructions('（请填写牵头科室及责任人）')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(maskInstructions('开展宣传×场（待补），发放资料300份')).toBe('开展宣传×场□□□□，发放资料300份');
    expect(maskInstructions('【填写具体做法】')).toBe('□□□□□□□□');
    expect(maskInstructions('（此处插入工作照片2张）')).not.toMatch(/2张/);
  });
  it('just outside: the unit’s own remark in brackets stays (（成效待学期末评估） / （已组织培训3场）)', () => {
    expect(maskInstructions('（试点运行不满一个月，成效待学期末评估）')).toBe('（试点运行不满一个月，成效待学期末评估）');
    expect(maskInstructions('（已组织培训3场）')).toBe('（已组织培训3场）');
    expect(maskInstructions('【依据】《白沙县创建工作实施方案》')).toBe('【依据】《白沙县创建工作实施方案》');
  });
  it('an instruction naming an element’s words is no evidence of it', () => {
    const T = '白沙县住房和城乡建设局关于物业小区管理工作的说明';
    expect(has([T, '二、组织领导', '（请填写牵头科室及责任人）'], '主体责任')).toBe(false);
    expect(has([T, '四、主要做法', '（请列举具体措施，如结对帮扶、上门走访等）'], '具体措施')).toBe(false);
    expect(has([T, '二、组织领导', '由物业科牵头，科长张某具体负责。'], '主体责任')).toBe(true);
  });
  it('a section holding only placeholders is empty; a filled sentence next to them is not', () => {
    const T = '白沙县住房和城乡建设局关于物业小区管理工作的说明';
    const only = [T, '一、主要做法', '组织物业企业清理楼道杂物1800余处。', '二、组织领导', '（请填写牵头科室及责任人）', '三、工作成效', '楼道面貌焕然一新。'];
    expect(emptyOf(only, [T, '一、主要做法', '二、组织领导', '三、工作成效'], '主体责任')).toEqual(['二、组织领导']);
    const filled = [T, '一、主要做法', '组织物业企业清理楼道杂物1800余处。', '二、组织领导', '（请填写牵头科室及责任人）', '由物业科牵头，科长张某具体负责。', '三、工作成效', '楼道面貌焕然一新。'];
    expect(emptyOf(filled, [T, '一、主要做法', '二、组织领导', '三、工作成效'], '主体责任')).toBeUndefined();
  });
});

describe('session 18: a flattened table’s row counts in the unit its label names in brackets (tuned on 9501–9585 after the check)', () => {
  const counts = (text: string) => data({ text });
  it('城区道路（条）｜62｜62｜0 / 道路总长（公里）｜118.6 / 满意率（%）｜96.5 are figures', () => {
    expect(counts('城区道路（条）｜62｜62｜0')).not.toBeNull();
    expect(counts('道路总长（公里）｜118.6｜118.6｜0')).not.toBeNull();
    expect(counts('群众满意率（%）｜96.5｜95.0｜+1.5')).not.toBeNull();
  });
  it('just outside: a header row, an outline number in brackets or a cell with no figure is none', () => {
    expect(counts('指标｜本期｜上年同期｜增减')).toBeNull();
    expect(counts('（一）｜基本情况｜说明')).toBeNull();
    expect(counts('新建项目（个）｜—｜—｜—')).toBeNull();
  });
});
