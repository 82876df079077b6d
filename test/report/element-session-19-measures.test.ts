/**
 * Session 19, helper `measures19`. Task 1: one template-instruction mask (element-mood.ts maskInstructions) instead of
 * three (charge18's maskPlaceholders for 主体责任 / 部署文件, agent18's maskInstructions for every element, measures18's
 * FORM_PROMPT for 具体措施), with one verb list, applied once to every element. Rows just inside and just outside each
 * line, in this test's own words (not from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { maskInstructions } from '../../src/text/element-mood.js';

const status = (lines: string[], element: string) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] })).find((v) => v.element === element)?.status;
type Row = [string, '+' | '-', string, string[]];
const run = (rows: Row[]) => {
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
};
const report = (unit: string, topic: string, ...body: string[]) => [`${unit}关于${topic}的报告`, ...body, unit];
const blank = (s: string) => s.replace(/\S/g, '□');

describe('session 19: one mask for a note to the filler, every element', () => {
  it('the three masks’ forms, each now one mask’s', () => {
    // opened by a verb of filling in, bare or after 请 / 此处 (was FORM_PROMPT's and maskInstructions')
    expect(maskInstructions('（请列举具体措施，如结对帮扶、心理辅导等）')).toBe(blank('（请列举具体措施，如结对帮扶、心理辅导等）'));
    expect(maskInstructions('【列举开展的活动，如志愿服务等】')).toBe(blank('【列举开展的活动，如志愿服务等】'));
    // opened and left unclosed at the sentence's end
    expect(maskInstructions('具体措施：（请列举具体措施，如结对帮扶')).toBe('具体措施：' + blank('（请列举具体措施，如结对帮扶'));
    // asking within its first words (was maskPlaceholders' only)
    expect(maskInstructions('（如有变动，请及时填写）')).toBe(blank('（如有变动，请及时填写）'));
    // a value still to come, closing or inside the note
    expect(maskInstructions('整治后（待补拍）')).toBe('整治后□□□□□');
    expect(maskInstructions('《…实施方案》（待补充文号，请经办股室查）')).toBe('《…实施方案》' + blank('（待补充文号，请经办股室查）'));
  });
  it('just outside: a told note keeps its words', () => {
    for (const told of ['（说明：本月组织执法队员开展集中整治3次）', '（附后）', '（由办公室主任张某某负责填写、报送）', '（原件存院办，数据不在此摘录）', '（借阅数据已另表报送，此处不再展开）', '（成效待学期末评估）'])
      expect(maskInstructions(told)).toBe(told);
  });
  run([
    // 具体措施 now reads past a note asking in its first words (before: FORM_PROMPT needed the verb to open the bracket).
    ['具体措施', '-', 'a deed named only inside a note asking for it', report('清河县XX局', '创文工作', '主要做法：（如有，请列举开展的活动，如组织志愿者清理河道等）')],
    ['具体措施', '+', 'just outside: the same deed told', report('清河县水利局', '创文工作', '主要做法：组织志愿者清理河道3次。')],
    // 主体责任 no longer loses a told note holding 在此 / 此处 in passing (before: maskPlaceholders blanked it).
    ['主体责任', '+', 'a told note holding 在此 in passing', report('清河县人民医院', '满意度调查', '满意度调查工作（由院办主任李明牵头负责，原始问卷不在此摘录）')],
    ['主体责任', '-', 'just inside: a note asking for the one in charge', report('清河县XX局', '创文工作', '满意度调查工作（如有牵头人，请填写姓名及职务）')],
  ]);
});
