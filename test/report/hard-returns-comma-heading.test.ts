/**
 * Session 18 (measures18): a numbered heading holding a comma (二、立足当前，任务十分繁重), in a document whose lines are long,
 * is a heading, not a printed line cut by a hard return (src/text/hard-returns.ts). Glued onto its paragraph it took a
 * speech's structure away and read 繁重要在 as 重要 (no modal); three of them made a short speech read as hard-returned.
 * Rows just inside, on and just outside the line, in this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { joinHardReturns } from '../../src/text/hard-returns.js';

function evidence(lines: string[], styled: string[] = []): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[]) => (evidence(lines)['具体措施'] ?? []).length > 0;
const T = '在全县文旅系统创建文明城市推进会上的讲话';

describe('session 18: a speech’s numbered heading holding a comma stays a heading', () => {
  const speech = [
    T,
    '同志们：',
    '今天召开推进会，主要任务是动员全系统迅速行动起来，把各项工作抓实抓细，确保取得实效。',
    '一、回顾过去，创文有基础',
    '去年以来，全系统坚持高位推动，各项工作有序推进，群众满意度持续提升，景区秩序明显好转。',
    '二、立足当前，任务十分繁重',
    '要在全系统开展“文明景区”评选，要组织讲解员进社区宣讲，各单位要拿出具体办法。',
    '三、着眼长远，责任必须压实',
    '各单位主要负责人是第一责任人，要亲自抓、负总责，确保各项任务落到实处，不留死角。',
  ];
  it('a numbered line of at most 20 characters, far shorter than the document’s lines, is not a printed line cut by a return', () => {
    expect(joinHardReturns(speech.join('\n'))).toBe(speech.join('\n'));
    expect(has(speech)).toBe(false);
  });
  it('on the line: a heading of exactly 20 characters in that speech stays a heading', () => {
    const h = '二、立足当前，任务十分繁重，必须迎难而上';
    expect(h.length).toBe(20);
    const text = speech.map((l) => (l === '二、立足当前，任务十分繁重' ? h : l)).join('\n');
    expect(joinHardReturns(text)).toBe(text);
  });
  it('just outside: in a narrow column (printed lines of 20 characters) a numbered line with a comma is a printed line and is joined', () => {
    const typed = [
      '白沙县教育局关于心理健康教育工作的说明',
      '按照测评要求，现就我局开展心理健康教',
      '育工作情况说明如下：',
      '一、主要做法',
      '（一）配齐专职力量。全县中小学共配备专',
      '兼职心理健康教师58名，城区学校均设立',
      '心理辅导室。',
      '（二）开通心理热线，由县心理咨询中心',
      '专业人员晚间值守，为学生和家长提供咨',
      '询服务，全年接听来电312个。',
    ];
    const joined = joinHardReturns(typed.join('\n')).split('\n');
    expect(joined).toContain('（二）开通心理热线，由县心理咨询中心专业人员晚间值守，为学生和家长提供咨询服务，全年接听来电312个。');
  });
});


describe('session 18: a poster’s items (→ … / cells split by ｜) stand alone, never glued as printed lines', () => {
  const poster = [
    '海报｜县林业局：古树名木挂牌守护',
    '谁抓：局长任组长，分管副局长具体抓，林政资源股牵头负责',
    '依据：按照县林长办部署，对照测评要求',
    '宣传：纪录片《清河古树》｜森林法普法',
    '→ 组织志愿者为城区古树名木挂牌建档',
    '→ 餐饮企业、居民家庭自发认养古树',
    '→ 城区行道树病虫害统防统治',
    '数说：挂牌保护古树名木312株｜认养古树86株｜防治面积1800亩',
    '成效：古树有了身份证，城区行道树长势良好，病虫害明显减少',
  ];
  it('lines opening with an arrow or holding cells are items of their own: the poster is not read as hard-returned', () => {
    expect(joinHardReturns(poster.join('\n'))).toBe(poster.join('\n'));
    // Glued, the neighbour's 自发 silenced the measure (another party's doing, NOT_OURS).
    expect(has(poster)).toBe(true);
  });
  it('just outside: an unmarked line of running text in a hard-returned document is still joined to the next', () => {
    const typed = [
      '白沙县林业局关于古树名木保护工作的说明',
      '今年以来，我局组织志愿者为城区古树名木',
      '挂牌建档，共挂牌保护古树名木312株，防治',
      '病虫害面积1800亩，城区行道树长势良好，',
      '市民爱树护树意识明显增强，古树得到保护。',
    ];
    expect(joinHardReturns(typed.join('\n')).split('\n')).toHaveLength(2);
  });
  it('on the line: in a hard-returned document a line of cells is glued onto nothing and nothing is glued onto it', () => {
    const typed = [
      '白沙县林业局关于古树名木保护工作的说明',
      '今年以来，我局组织志愿者为城区古树名木',
      '挂牌建档，共挂牌保护古树名木312株，防治',
      '病虫害面积1800亩，取得了较好效果，古树',
      '挂牌312株｜认养古树86株｜防治1800亩',
      '城区行道树长势良好，市民爱树护树意识明',
      '显增强，古树名木得到有效保护。',
    ];
    const joined = joinHardReturns(typed.join('\n')).split('\n');
    expect(joined).toContain('挂牌312株｜认养古树86株｜防治1800亩');
    expect(joined).toContain('城区行道树长势良好，市民爱树护树意识明显增强，古树名木得到有效保护。');
  });
});
