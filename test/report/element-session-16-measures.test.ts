/**
 * Session 16, 具体措施 (issue 11, "What counts as an element"): a measure is an action the unit TOOK. These
 * principles are about mood (a plan, a request, a deliberation, a meeting's decision vs a deed) and voice (who
 * acts), each with a near miss on the other side, written in this test's own words (not taken from
 * fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

/** Per element, the rule evidence's words (the learned second opinion not applied). */
function evidence(lines: string[], styled: string[] = []): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string, styled: string[] = []) => (evidence(lines, styled)[element] ?? []).length > 0;
const MEASURE = '具体措施';

describe('session 16: mood — 将 before a verb of doing is the future, 将 before a noun is 把', () => {
  it('将 + a verb (将邀请 / 将评选表彰 / 将推动 / 将在…) plans the work, through the clauses after it', () => {
    expect(has(['（二）将邀请视障人士担任体验员，对影剧院的无障碍通道进行体验评价。'], MEASURE)).toBe(false);
    expect(has(['（三）将评选表彰优秀护林员和护林示范村。'], MEASURE)).toBe(false);
    expect(has(['下半年将在城西片区增设三处快递驿站。'], MEASURE)).toBe(false);
  });
  it('将 + a noun is 把: the deed stands (将杂物清运 / 将检查结果公示)', () => {
    expect(has(['社区组织志愿者将楼道里的杂物清运到中转站。'], MEASURE)).toBe(true);
    expect(has(['站里将巡查发现的问题在公示栏公示，并对12处破损护栏进行了更换。'], MEASURE)).toBe(true);
  });
  it('a deed before the future, in its own clause, still counts', () => {
    expect(has(['我们在城关菜市场增设了两处公厕，还将邀请商户代表担任监督员。'], MEASURE)).toBe(true);
  });
});

describe('session 16: mood — a request to another body asks for work, an invitation made is work done', () => {
  it('请 + a body + what it is to do (请县融媒体中心开设专栏 / 请镇里协调…开展培训) is no measure', () => {
    expect(has(['请县图书馆开设“亲子共读”专栏；'], MEASURE)).toBe(false);
    expect(has(['请乡里协调县人社局对农家乐经营户开展业务培训。'], MEASURE)).toBe(false);
  });
  it('请 + a person from a body giving a talk or a service (请派出所民警到各村讲… / 请…的老师来讲了两次) is work done', () => {
    expect(has(['请派出所民警到各村讲电信诈骗的真实案例。'], MEASURE)).toBe(true);
    expect(has(['请县司法局的老师来讲了两次调解技巧。'], MEASURE)).toBe(true);
  });
});

describe('session 16: mood — what a verb of deliberating takes as a verb phrase is considered, not done', () => {
  it('研究在…增设… / 商议在…划设… is a matter discussed', () => {
    expect(has(['二是研究在无物业小区增设分类垃圾桶，由社会事务办测算经费；'], MEASURE)).toBe(false);
    expect(has(['与商户代表商议在市场东侧划设电动车停放区。'], MEASURE)).toBe(false);
  });
  it('a deed told after the deliberation, in its own clause, still counts', () => {
    expect(has(['党组专题研究了垃圾分类工作，随后在12个小区增设了分类垃圾桶。'], MEASURE)).toBe(true);
  });
});

describe('session 16: a meeting’s decisions and demands are what is to be done', () => {
  const head = ['城南街道垃圾分类工作专题会议纪要', '时间：2026年8月3日上午'];
  it('items under 会议议定。 / 会议议定事项 / 会议强调 are decisions, run-in or styled, numbered or not', () => {
    expect(has([...head, '会议议定。一是组建垃圾分类督导队；二是在各小区增设分类垃圾桶。'], MEASURE)).toBe(false);
    expect(has([...head, '会议议定事项', '（一）组建垃圾分类督导队；', '（二）在各小区增设分类垃圾桶。'], MEASURE, ['会议议定事项'])).toBe(false);
    expect(has([...head, '会议强调。各社区要在小区出入口张贴分类指南。'], MEASURE)).toBe(false);
  });
  it('what the meeting heard reported tells work done; a lead of another kind ends the decisions', () => {
    expect(has([...head, '汇报情况。城管办汇报，街道在12个小区增设了分类垃圾桶。'], MEASURE)).toBe(true);
    expect(has([...head, '会议议定。一是组建垃圾分类督导队。', '工作回顾。街道在12个小区增设了分类垃圾桶。'], MEASURE)).toBe(true);
  });
});
