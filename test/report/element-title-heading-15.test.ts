/**
 * Session 15 (charge): the report's own first line, styled as a heading (清河县…劝导工作机制), is its title, not a section:
 * an element word in it (工作机制 names 主体责任's headings) never makes an empty heading. A numbered or short first
 * heading is a section still. In this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

function emptyOf(lines: string[], headings: string[], element: string) {
  return judgeElements(analyzeText({ pages: [lines.join('\n')], headings })).find((e) => e.element === element)?.emptyHeadings;
}
const body = ['一、出台情况', '站长邹明任专班组长，副站长具体负责巡查排班。', '二、运行情况', '每周开展河道巡查，共巡查36次。'];

describe('session 15: a styled title is not a section heading', () => {
  it('a long styled first line holding 工作机制 is the title: no empty heading', () => {
    const title = '清河县水文站河道巡查值守工作机制';
    expect(emptyOf([title, ...body], [title], '主体责任')).toBeUndefined();
  });
  it('an element heading that really is empty is still reported', () => {
    const title = '清河县水文站河道巡查值守工作机制';
    const lines = [title, '一、工作机制', '二、运行情况', '每周开展河道巡查，共巡查36次。'];
    expect(emptyOf(lines, [title], '主体责任')).toEqual([{ heading: '一、工作机制', page: 1 }]);
  });
  it('a short styled first line naming the element is a section (no title before it)', () => {
    expect(emptyOf(['工作机制', '二、运行情况', '每周开展河道巡查，共巡查36次。'], ['工作机制'], '主体责任')).toEqual([{ heading: '工作机制', page: 1 }]);
  });
});
