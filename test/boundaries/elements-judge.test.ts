/**
 * judgeElements (checks/report-elements.ts) on sections and sentences built by hand: a heading's
 * own text never counts for the element it names; a heading that names an element with nothing
 * under it (sub-sections included) is an empty heading; a document title is no heading; a short
 * heading word (数据) names only a short heading or one ending in it; evidence prefers a body
 * sentence, then the first; a rule file's cues (bad ones skipped) and elements of its own.
 */
import { describe, expect, it } from 'vitest';
import { judgeElements } from '../../src/checks/report-elements.js';
import type { TextSection, TextSentence } from '../../src/text/sections.js';

const sec = (heading: string | null, level: number, first: number, end: number, page?: number): TextSection => ({
  heading, kind: heading === null ? null : 'numbered', level, first, end, ...(page === undefined ? {} : { page }),
});
const sections: TextSection[] = [
  sec('关于县教育局取得成效的说明报告', 1, 0, 1), // 0: a title, not a heading
  sec('一、组织领导', 1, 1, 3, 1), // 1
  sec('（一）领导小组', 2, 3, 4, 2), // 2: inside 1
  sec('二、主要措施', 1, 4, 5), // 3: nothing under it
  sec('三、取得成效', 1, 5, 7, 3), // 4
  sec('四、推进大数据平台建设工作', 1, 7, 8), // 5: 数据 inside a long heading: names nothing
  sec('五、数据', 1, 8, 9, 4), // 6: names 数据实例, nothing under it
];
const S = (text: string, section: number, heading = false, page?: number): TextSentence => ({ text, section, ...(heading ? { heading: true as const } : {}), ...(page === undefined ? {} : { page }) });
const sentences: TextSentence[] = [
  S('关于县教育局取得成效的说明报告', 0, true),
  S('一、组织领导', 1, true, 1),
  S('成立创文工作领导小组。', 1, false, 1),
  S('局长任组长，分管副局长任副组长。', 2, false, 2),
  S('二、主要措施', 3, true),
  S('三、取得成效', 4, true, 3),
  S('测评成绩提升 5 分。', 4, false, 3),
  S('平台上线运行。', 5),
  S('见附表。', 6, false, 4),
];
const doc = (elements: Record<string, { sentence: number }[]>) => ({ sections, sentences, elements }) as never;

describe('judgeElements', () => {
  const v = judgeElements(doc({ 主体责任: [{ sentence: 4 }, { sentence: 3 }, { sentence: 1 }], 取得成效: [{ sentence: 5 }, { sentence: 6 }] }));
  const of = (e: string) => v.find((x) => x.element === e);
  it('the five elements in order', () => expect(v.map((x) => x.element)).toEqual(['主体责任', '部署文件', '具体措施', '数据实例', '取得成效']));
  it('a body sentence is the evidence before a heading that names another element; the heading naming this one never counts', () => {
    expect(of('主体责任')).toEqual({ element: '主体责任', status: 'present', evidence: '局长任组长，分管副局长任副组长。', page: 2, via: 'standard' });
    expect(of('取得成效')).toEqual({ element: '取得成效', status: 'present', evidence: '测评成绩提升 5 分。', page: 3, via: 'standard' });
  });
  it('only its own heading: missing', () => {
    expect(judgeElements(doc({ 取得成效: [{ sentence: 5 }] })).find((x) => x.element === '取得成效')).toEqual({
      element: '取得成效', status: 'missing', emptyHeadings: [{ heading: '三、取得成效', page: 3 }],
    });
  });
  it('a heading naming an element with nothing under it is listed (with its page when known); a title and a long heading are not', () => {
    expect(of('具体措施')).toEqual({ element: '具体措施', status: 'missing', emptyHeadings: [{ heading: '二、主要措施' }] });
    expect(of('数据实例')).toEqual({ element: '数据实例', status: 'missing', emptyHeadings: [{ heading: '五、数据', page: 4 }] });
    expect(of('部署文件')).toEqual({ element: '部署文件', status: 'missing' });
  });
  it('evidence by index when both are body sentences, and a heading only when nothing else is', () => {
    const w = judgeElements(doc({ 主体责任: [{ sentence: 3 }, { sentence: 2 }] })).find((x) => x.element === '主体责任');
    expect(w).toMatchObject({ evidence: '成立创文工作领导小组。', page: 1 });
    const h = judgeElements(doc({ 具体措施: [{ sentence: 1 }] })).find((x) => x.element === '具体措施');
    expect(h).toMatchObject({ status: 'present', evidence: '一、组织领导', page: 1 });
    const n = judgeElements(doc({ 部署文件: [{ sentence: 7 }] })).find((x) => x.element === '部署文件');
    expect(n).toEqual({ element: '部署文件', status: 'present', evidence: '平台上线运行。', via: 'standard' });
  });
  it('a rule file’s cues make a sentence count (bad patterns skipped), its headings add, and it may add elements', () => {
    const w = judgeElements(doc({}), {
      数据实例: { headings: [], cues: ['(', '\\d+ 分'] },
      安全生产: { headings: ['平台建设'], cues: ['消防'] },
      具体措施: { headings: [], cues: [] },
    });
    expect(w.find((x) => x.element === '数据实例')).toEqual({
      element: '数据实例', status: 'present', evidence: '测评成绩提升 5 分。', page: 3, via: 'cue', emptyHeadings: [{ heading: '五、数据', page: 4 }],
    });
    expect(w.find((x) => x.element === '安全生产')).toEqual({ element: '安全生产', status: 'missing', emptyHeadings: [{ heading: '四、推进大数据平台建设工作' }] });
    expect(w.map((x) => x.element)).toEqual(['主体责任', '部署文件', '具体措施', '数据实例', '取得成效', '安全生产']);
    // a cue on a heading naming that element does not count either
    const c = judgeElements(doc({}), { 取得成效: { headings: [], cues: ['取得成效'] } }).find((x) => x.element === '取得成效');
    expect(c).toMatchObject({ status: 'present', evidence: '关于县教育局取得成效的说明报告', via: 'cue' });
  });
  it('a standard sentence stays standard when a cue matches it too', () => {
    const w = judgeElements(doc({ 取得成效: [{ sentence: 6 }] }), { 取得成效: { headings: [], cues: ['提升'] } }).find((x) => x.element === '取得成效');
    expect(w).toMatchObject({ evidence: '测评成绩提升 5 分。', via: 'standard' });
  });
  it('no sections or sentences at all', () => {
    expect(judgeElements({ elements: {} } as never).every((x) => x.status === 'missing' && !x.emptyHeadings)).toBe(true);
  });
});
