/**
 * Session 15 (charge): the one in charge is inside the unit. A body the text names by its county name that is not the
 * unit its title names is outside — its leader who comes to supervise, the office work is given to, the office a
 * county group sits in — and whoever comes to the unit to supervise or guide it is outside, named or not. The unit's
 * own parts, a body the unit hosts, and the unit's own post filled by someone from elsewhere stay the unit's.
 * Boundary cases in this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

function charged(title: string, line: string): boolean {
  const seg = segment({ text: normalizeText([title, line, '今年以来共举办讲座12场。'].join('\n')), styled: [] });
  return elementEvidence(seg)['主体责任']!.length > 0;
}
const school = '清河县老年大学关于老年教育工作的情况说明';

describe('session 15: who comes to the unit to supervise is outside it', () => {
  it('a leader of another body visiting the unit to guide it is no one in charge', () => {
    expect(charged(school, '县教育局分管副局长每月到校督导。')).toBe(false);
    expect(charged(school, '上级业务部门负责人每季度来我校督导检查。')).toBe(false);
  });
  it('the unit\'s own leader going out to the places it serves is', () => {
    expect(charged(school, '分管副校长每月到各教学点督导。')).toBe(true);
  });
});

describe('session 15: another body named as the one in charge', () => {
  it('another body\'s leader or office, right before the charge or given the work, is outside', () => {
    expect(charged(school, '县文旅局副局长邵东具体负责。')).toBe(false);
    expect(charged(school, '课程报名由县社区教育中心承办。')).toBe(false);
    expect(charged(school, '县老龄工作领导小组办公室设在县民政局，负责日常调度。')).toBe(false);
  });
  it('the unit named by its own name, or a part of it, is inside', () => {
    expect(charged(school, '县老年大学副校长邵东具体负责。')).toBe(true);
    expect(charged(school, '县老年大学教务处处长邵东具体负责。')).toBe(true);
  });
  it('a body the unit hosts, or the unit\'s post held by someone from elsewhere, is the unit\'s', () => {
    expect(charged(school, '县老年教育办设在我校，校长邵东兼任县老年教育办主任，负总责。')).toBe(true);
    expect(charged('清河县银龄讲师团关于宣讲工作的情况说明', '讲师团团长由县文化馆馆长邵东担任，负总责。')).toBe(true);
  });
  it('another body named far from the charge, in the same clause, does not take it over', () => {
    expect(charged(school, '县文明办《关于开展敬老月活动的通知》下发后学校细化方案并由校长邵东亲自抓。')).toBe(true);
  });
  it('a title that names no body says nothing of who is outside', () => {
    expect(charged('办好家门口的老年课堂——几点体会', '县文旅局副局长邵东具体负责。')).toBe(true);
  });
});
