/**
 * Session 15 (charge), 取得成效: three readings that claimed an outcome where the text claims none — the writer saying a
 * matter is not told here (不再展开 / 不再单列: no relief), a call opening a clause (让我们共同努力…: a wish), and being
 * listed as a place to be inspected (被列为测评的重点点位: no recognition). Each with the outcome just outside it, in
 * this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const title = '清河县图书馆关于全民阅读工作的情况说明';
function outcome(line: string): boolean {
  const seg = segment({ text: normalizeText([title, '馆长主持召开专题会，组织流动书车进村送书。', line].join('\n')), styled: [] });
  return elementEvidence(seg)['取得成效']!.length > 0;
}

describe('session 15: 不再 + a verb of telling is the writer not telling', () => {
  it('a note that the matter is not told here claims nothing', () => {
    expect(outcome('（借阅数据已另表报送，此处不再展开）')).toBe(false);
    expect(outcome('各分馆情况大体相同，本说明不再逐一列举。')).toBe(false);
  });
  it('不再 + what people no longer have to do is relief', () => {
    expect(outcome('村里的孩子不再跑到县城借书。')).toBe(true);
  });
});

describe('session 15: a call opening a clause is a wish', () => {
  it('让我们一起努力，让… claims nothing', () => {
    expect(outcome('让我们一起努力，让读者在家门口借得放心、读得舒心！')).toBe(false);
  });
  it('the same words told as an effect on people are an outcome', () => {
    expect(outcome('流动书车让村民在家门口就能借到新书，大家都说方便多了。')).toBe(true);
  });
});

describe('session 15: listed as a place to be inspected is no recognition', () => {
  it('被列为测评的重点点位 / 暗访对象 claims nothing', () => {
    expect(outcome('今年我馆被列为文明城市测评的重点点位。')).toBe(false);
    expect(outcome('总馆被确定为省级暗访对象。')).toBe(false);
  });
  it('被列为 an exemplary place is recognition', () => {
    expect(outcome('今年我馆被列为全省全民阅读示范基地。')).toBe(true);
  });
});

describe('session 15: a harm that did not recur after a time word is no plan', () => {
  it('近期未再… is told as done; 近期再… is a plan', () => {
    expect(outcome('近期未再收到读者关于噪音的投诉，读者对阅览环境表示满意。')).toBe(true);
    expect(outcome('近期再组织读者对阅览环境进行满意度评议。')).toBe(false);
  });
});

describe('session 15: a state reached after the rectification the sentence opens with', () => {
  it('经整改，… 井然 / 整改后，… 清晰可查 is an outcome', () => {
    expect(outcome('经整改，阅览区秩序井然。')).toBe(true);
    expect(outcome('整改后，借阅登记清晰可查。')).toBe(true);
  });
  it('the state denied after the rectification, or no rectification before it, is none', () => {
    expect(outcome('经整改，阅览区仍不整洁。')).toBe(false);
    expect(outcome('阅览区要求保持整洁。')).toBe(false);
  });
  it('热情明显高涨 is an improvement', () => {
    expect(outcome('读者参与读书会的热情明显高涨。')).toBe(true);
  });
});

describe('session 15: outcomes under a plans heading', () => {
  function under(heading: string, line: string): boolean {
    const seg = segment({ text: normalizeText([title, '一、主要做法', '馆长主持召开专题会，组织流动书车进村送书。', heading, line].join('\n')), styled: [] });
    return elementEvidence(seg)['取得成效']!.length > 0;
  }
  it('a heading naming outcomes and plans together is about both: its outcomes count', () => {
    expect(under('二、工作成效与努力方向', '流动书车成了村民家门口的“小书房”，群众纷纷点赞。')).toBe(true);
    expect(under('二、下一步努力方向', '流动书车成了村民家门口的“小书房”，群众纷纷点赞。')).toBe(false);
    expect(under('二、预期成效与下一步打算', '流动书车成了村民家门口的“小书房”，群众纷纷点赞。')).toBe(false);
  });
  it('a paragraph under 下一步打算 told as done after the work is no plan; with an intention word it is', () => {
    expect(under('二、下一步打算', '经过三个月攻坚，全县图书借阅量由每月2000册提高到5000册。')).toBe(true);
    expect(under('二、下一步打算', '经过三个月攻坚，力争全县图书借阅量由每月2000册提高到5000册。')).toBe(false);
    expect(under('二、下一步打算', '全县图书借阅量由每月2000册提高到5000册。')).toBe(false);
  });
});

describe('session 15: a list item line is never a heading of its own', () => {
  it('√ / ● items under 【成效】 are its content, so the heading is not empty', () => {
    const seg = segment({ text: normalizeText([title, '【做法】', '馆长主持召开专题会，组织流动书车进村送书。', '【成效】', '√ 村民借书不再跑县城', '● 流动书车获评市级优秀服务项目'].join('\n')), styled: [] });
    const headings = seg.sections.map((s) => s.heading).filter((h) => h !== null);
    expect(headings).toEqual(['【做法】', '【成效】']);
  });
  it('the same short line without the mark may be a heading', () => {
    const seg = segment({ text: normalizeText([title, '【做法】', '馆长主持召开专题会，组织流动书车进村送书。', '村民借书不再跑县城', '流动书车进村送书两千册。'].join('\n')), styled: [] });
    expect(seg.sections.map((s) => s.heading)).toContain('村民借书不再跑县城');
  });
});
