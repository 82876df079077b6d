/**
 * Session 20, helper `review20`: precision review of the session's detector changes. Each row is a clerk's sentence in this
 * test's own words (not from fixtures/elements/), just inside or just outside a new rule, with the verdict the label standard
 * gives (fixtures/elements/README.md "Label standard" / "Judgement calls"), decided before running the tool.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

// The rules alone: the learned second opinion's vetoes are undone, so a row tests the detector, not the retrained weights.
const status = (lines: string[], element: string) => {
  const f = analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] });
  const elements = { ...f.elements };
  for (const [e, v] of Object.entries(f.elementVetoes ?? {})) elements[e] = v.evidence;
  return judgeElements({ ...f, elements, elementVetoes: undefined }).find((v) => v.element === element)?.status;
};
type Row = [string, '+' | '-', string, string[]];
const run = (rows: Row[]) => {
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
};
const report = (unit: string, topic: string, ...body: string[]) => [`${unit}关于${topic}的情况报告`, ...body, unit];

describe('review20: charge20 7a32e454 — a party to an agreement holds a charge only as its holder', () => {
  const cleaning = (s: string) => report('清河县城管局', '购买保洁服务', '我局通过政府采购确定背街小巷保洁服务单位。', s);
  run([
    // A 由 before the holder: the words before it name what is held or when, not who holds it.
    ['主体责任', '+', 'what is held names 乙方, 由 the unit’s office head', cleaning('对乙方的日常考核由局办公室主任王芳负责。')],
    ['主体责任', '+', 'when names 乙方, 由 the unit’s deputy director', cleaning('乙方服务期间由分管副局长王强具体负责协调监督。')],
    ['主体责任', '+', 'a partner named in the matter, 由 the unit’s own 团委书记', report('清河县教育局', '文明校园共建', '与合作单位的对接工作由局团委书记王丽具体负责。')],
    ['主体责任', '+', 'a supplier named in the matter, 由 the unit’s 股长', report('清河县教育局', '校园餐管理', '校园配餐供应商的资质审核由局体卫艺股股长刘敏负责。')],
    // A party taken as an object inside the match (对乙方…负总责) holds nothing.
    ['主体责任', '+', 'the unit’s head answers for 乙方’s performance', cleaning('局长李明对乙方履约情况负总责。')],
    // Just inside: the party is the holder, as the subject or after 由.
    ['主体责任', '-', 'just inside: 乙方’s manager as the subject', cleaning('乙方项目经理张伟负责背街小巷日常保洁。')],
    ['主体责任', '-', 'just inside: 由 乙方’s manager', cleaning('背街小巷日常保洁由乙方项目经理张伟负责。')],
    ['主体责任', '-', 'just inside: a 受托方’s legal representative named first responsible', report('清河县民政局', '购买居家养老服务', '受托方法定代表人为服务质量第一责任人。')],
  ]);
});
