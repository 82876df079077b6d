/**
 * The parties a report speaks of (src/text/element-parties.ts, session 18: one mechanism for who acts and about whom).
 * The parties are read from the text alone; each clause names at its start who acts and whom it is about. Rows are in
 * this test's own words (not taken from fixtures/elements/). The elements' use of them is in the session-17 tests.
 */
import { describe, expect, it } from 'vitest';
import { clauseAbout, clauseAgent, partiesOf } from '../../src/text/element-parties.js';
import { aboutOthers, actedByOthers, sectionsOfOthers } from '../../src/text/element-party-masks.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const seg = (lines: string[], styled: string[] = []) => segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
const VISIT = '白沙县交通运输局关于赴南屏县学习农村公路养护经验的报告';

describe('the parties a report names', () => {
  it('the unit by its title and signature, its own place, the place its title says it visited', () => {
    const p = partiesOf([{ text: VISIT }, { text: '南屏县推行“路长制”。' }, { text: '白沙县交通运输局' }], false);
    expect(p.names).toEqual(['白沙县交通运输局', '白沙县交通运输局']);
    expect(p.place).toBe('白沙');
    expect(p.own).toEqual(['白沙']);
    expect(p.visited).toEqual(['南屏']);
  });
  it('a visit received (接待…到白沙县考察) names no place visited by the unit', () => {
    expect(partiesOf([{ text: '白沙县交通运输局关于接待南屏县代表团到白沙县考察的报告' }], false).visited).toEqual([]);
  });
  it('a title with a sentence mark is no title: no place visited is read from it', () => {
    expect(partiesOf([{ text: '我局赴南屏县学习了农村公路养护经验。' }], false).visited).toEqual([]);
  });
});

describe('who a clause names at its start', () => {
  const p = partiesOf([{ text: VISIT }, { text: '南屏县推行“路长制”。' }, { text: '南屏县对县道进行了更换。' }], false);
  it('who acts: the unit, another place carried on, another body for its sentence, or no one named', () => {
    expect(clauseAgent('我局对县道护栏进行了更换', p)).toBe('own');
    expect(clauseAgent('南屏县推行“路长制”', p)).toBe('other');
    expect(clauseAgent('县水利局组织施工队疏通了排水管网', p)).toBe('here');
    expect(clauseAgent('物业公司随后安排保洁员清运', p)).toBe('here');
    expect(clauseAgent('对县道护栏进行了更换', p)).toBe(null);
  });
  it('about whom: the place visited as subject, the unit named or back from the visit, or no one named', () => {
    expect(clauseAbout('据介绍，南屏县农村公路优良率达92%', p)).toBe('other');
    expect(clauseAbout('南屏县在我局协助下建成了养护站', p)).toBe('unit');
    expect(clauseAbout('考察回来后，局党组研究决定', p)).toBe('unit');
    expect(clauseAbout('优良率达92%', p)).toBe(null);
  });
});

describe('the masks the elements read', () => {
  it('about whom blanks the visited party’s topic chain to the clause naming the unit (offsets kept)', () => {
    const s = seg([VISIT, '南屏县成立了养护工作领导小组，优良率达92%，我局深受启发。']);
    const blank = (t: string) => t.replace(/[^，]/g, '□');
    expect(aboutOthers(s, partiesOf(s.sentences, false)).get(1)).toBe(blank('南屏县成立了养护工作领导小组，优良率达92%，') + '我局深受启发。');
  });
  it('who acts blanks another body’s clause, not the unit’s', () => {
    const s = seg(['白沙县住房和城乡建设局关于12345热线工单办理情况的说明', '县水利局组织施工队疏通了排水管网，我局随即对路面进行了修复。']);
    const ranges = actedByOthers(s.sentences, partiesOf(s.sentences, false), s.sections).get(1);
    expect(ranges).toEqual([[0, '县水利局组织施工队疏通了排水管网，'.length]]);
  });
  it('a section headed by the place visited is that party’s', () => {
    const lines = [VISIT, '一、南屏县的主要做法和成效', '南屏县推行“路长制”。', '二、我局下一步打算', '我局将推广路长制。'];
    const s = seg(lines, [lines[1]!, lines[3]!]);
    expect([...sectionsOfOthers(s)].map((k) => s.sections[k]!.heading)).toEqual(['一、南屏县的主要做法和成效']);
  });
});
