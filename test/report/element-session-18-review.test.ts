/**
 * Session 18, helper `review18`: a precision review of the session's new element rules. Each rule read less than the
 * standard allows on sentences a clerk might write in a register train does not hold; these rows keep what a human reader
 * accepts as the element (rows just outside each rule) and what the rule rightly hides (rows just inside). Written in this
 * test's own words.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { measures } from '../../src/text/element-measures.js';

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

/** The measure test alone, on one sentence (the second opinion plays no part). */
const measure = (rows: [string, '+' | '-', string][]) => {
  for (const [what, expected, text] of rows) {
    it(`具体措施 ${expected === '+' ? 'counts' : 'does not count'}: ${what}`, () => {
      if (expected === '+') expect(measures({ text })).not.toBeNull();
      else expect(measures({ text })).toBeNull();
    });
  }
};

describe('review18: a copula describes its subject — not an enumerator, not a first deed (measures18 714eb1ee)', () => {
  measure([
    // inside: a description of what the subject is
    ['a place described by its use', '-', '公共交通是展示城市文明形象的重要窗口。'],
    ['the unit described as a lead unit', '-', '我局是全县农贸市场改造提升的牵头单位。'],
    // outside: 一是 / 三是 / 其次是 list a deed
    ['一是 + a named mechanism with its content', '+', '一是建立“村级每周排查、乡镇半月研判、县级每月调度”的排查机制；'],
    ['三是 + organising a monthly check', '+', '三是组织市场监管所对农贸市场公平秤开展每月一次的抽检。'],
    ['二是 + a post set up at a road', '+', '二是清明前后在通往公墓的路口设置劝导岗，提醒群众不要驾驶农用车载人上山。'],
    ['其次是 + a repair', '+', '其次是对城区背街小巷的破损路面进行维修。'],
    // outside: the unit the first to do it
    ['the first unit to carry it out', '+', '我局是全县第一个推行“首问负责制”的单位。'],
  ]);
});

describe('review18: 要求 as a noun is no demand (measures18 714eb1ee)', () => {
  measure([
    // inside: a document requiring, stock after it
    ['a plan requiring', '-', '方案要求加强领导、狠抓落实，把创文与窗口作风建设紧密结合。'],
    // outside: what is required, as the object of 把 or after 的
    ['把…要求写进…, then deeds', '+', '同时，我局把节约用餐要求写进全县商务系统年度工作要点，在干部职工中开展“节约从我做起”倡议，机关食堂实行按需取餐。'],
    ['把群众的要求作为方向, then a hotline opened', '+', '我们把群众的要求作为工作方向，开通“局长热线”，每周三由局领导接听。'],
  ]);
});

describe('review18: a note keyed 说明： is filled in, no prompt (measures18 714eb1ee)', () => {
  run([
    // inside: a template's prompt
    ['具体措施', '-', 'a prompt with examples', report('清河县XX局', '创文工作', '具体措施：（请列举具体措施，如结对帮扶、心理辅导等）')],
    ['具体措施', '-', 'a prompt keyed with 请…：', report('清河县XX局', '创文工作', '具体措施：（请说明：本月开展的主要活动）')],
    // outside: the note filled in
    ['具体措施', '+', '（说明：…整治3次。）', report('清河县城管局', '市容整治', '（说明：本月组织执法队员对城区夜市占道经营开展集中整治3次。）')],
    ['具体措施', '+', '（补充说明：…增设…12处）', report('清河县城管局', '市容整治', '工作措施：（补充说明：3月起在城东片区增设非机动车停放点12处）')],
  ]);
});
