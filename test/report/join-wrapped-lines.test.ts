/**
 * joinWrappedLines (src/text/normalize.ts, PDF and OCR text): a line is joined to the one above
 * only when the printed line above was wrapped by its own evidence — nearly as wide as the widest
 * line (≥ 0.75 of it) and without a closing mark. Before session 12 the width tested was that of
 * the paragraph joined so far, so after one join every later unpunctuated line was joined too and a
 * PDF form became one sentence (one 存在不足 then voided the outcome and measures of all of it).
 */
import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/text/normalize.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

/** n CJK characters: display width 2n. */
const cjk = (n: number, ch = '甲') => ch.repeat(n);
/** The widest line: 40 CJK characters (width 80); a wrapped line needs width ≥ 60 (30 characters). */
const WIDEST = cjk(39, '乙') + '。';

const lines = (text: string) => joinWrappedLines(text).split('\n');

describe('joinWrappedLines: the printed line above decides, by its own width', () => {
  it('just inside: a line of 31 characters (width 62 ≥ 60) without a closing mark takes the next', () => {
    expect(lines(`${WIDEST}\n${cjk(31)}\n续行`)).toEqual([WIDEST, `${cjk(31)}续行`]);
  });
  it('on the bound: 30 characters (width 60 = 0.75 × 80) takes the next', () => {
    expect(lines(`${WIDEST}\n${cjk(30)}\n续行`)).toEqual([WIDEST, `${cjk(30)}续行`]);
  });
  it('just outside: 29 characters (width 58) ends its paragraph', () => {
    expect(lines(`${WIDEST}\n${cjk(29)}\n续行`)).toEqual([WIDEST, cjk(29), '续行']);
  });
  it('a wide line shaped as a title (……的说明报告) ends its paragraph; a wide line ending in 报告 inside a sentence does not (session 13)', () => {
    const title = `清河县人民医院关于${cjk(22)}情况的说明报告`;
    expect(lines(`${WIDEST}\n${title}\n测评内容：医务人员文明行医；`)).toEqual([WIDEST, title, '测评内容：医务人员文明行医；']);
    const mid = `${cjk(20)}，现将有关情况的说明报告`;
    expect(lines(`${WIDEST}\n${mid}\n如下。`)).toEqual([WIDEST, `${mid}如下。`]);
  });
  it('a wide line with a closing mark ends its paragraph', () => {
    expect(lines(`${WIDEST}\n${cjk(35)}；\n续行`)).toEqual([WIDEST, `${cjk(35)}；`, '续行']);
  });
  it('a sentence wrapped over three printed lines is joined whole (each wide line takes the next)', () => {
    expect(lines(`${WIDEST}\n${cjk(36)}\n${cjk(36, '丙')}\n末行。`)).toEqual([WIDEST, `${cjk(36)}${cjk(36, '丙')}末行。`]);
  });
  it('after one join, a later short line is judged by the short line above it, not by the joined paragraph', () => {
    // Before: the joined paragraph was wide, so 填报人：李娜 and 存在不足 were joined to it as well.
    expect(lines(`${WIDEST}\n${cjk(36)}\n短行\n存在不足：宣传覆盖面还不够广\n填报人：李娜`)).toEqual([
      WIDEST,
      `${cjk(36)}短行`,
      '存在不足：宣传覆盖面还不够广',
      '填报人：李娜',
    ]);
  });
  it('a line opening a section or a list item is never joined, however wide the line above', () => {
    expect(lines(`${WIDEST}\n${cjk(36)}\n二、工作措施`)).toEqual([WIDEST, cjk(36), '二、工作措施']);
    expect(lines(`${WIDEST}\n${cjk(36)}\n——设置宣传栏`)).toEqual([WIDEST, cjk(36), '——设置宣传栏']);
  });
  it('text whose widest line is under 20 columns is never joined', () => {
    expect(lines('短句一\n短句二')).toEqual(['短句一', '短句二']);
  });
});

const missing = (text: string) =>
  judgeElements(analyzeText({ pages: [text], paged: true, joinLines: true }))
    .filter((v) => v.status === 'missing')
    .map((v) => v.element)
    .sort();

describe('joinWrappedLines in a whole PDF form', () => {
  it('a wrapped first field does not pull the shortcoming field into the outcome field', () => {
    const form = [
      '工作情况：按照《清河县全民科学素质行动实施方案》要求，我局在城区广场举办科普集市并组织',
      '科技志愿者进社区开展科普讲座',
      '责任领导：分管副局长王刚（具体负责）',
      '数据：发放科普资料3000份',
      '成效：群众科学素养明显提升',
      '存在不足：宣传覆盖面还不够广',
      '填报人：李娜',
    ].join('\n');
    expect(missing(form)).toEqual([]);
  });
});
