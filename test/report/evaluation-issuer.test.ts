/**
 * Who issued a 部门评价 (session 17): a part of the unit (its 办公室, 股, 科, 室, 中心 named after it,
 * 本局) is the unit, so its evaluation is self-issued, while a body with a name of its own (县文化馆,
 * 县教体局 beside 县教育局) is not; and a form's blank 评价单位（盖章）： names nobody (no-issuer), never
 * the next line's or the next label's text. Fixtures are built .docx and PDF files.
 */
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { extracted, ids, runChecks } from './helpers.js';
import { findIssuer } from '../../src/text/issuer.js';
import { isRuleUnit } from '../../src/units/rule-units.js';
import { renderMessage } from '../../src/messages/index.js';

const opinion = ['关于县文旅局公共文化服务工作的评价意见', '县文旅局认真组织开展公共文化服务，工作扎实，成效明显，评价为优秀。'];
const signed = (issuer: string) => [...opinion, issuer, '2025年6月20日'];
const labelled = (issuer: string) => [...opinion, `评价单位（盖章）：${issuer}`, '日期：2025年6月20日'];

async function judge(paragraphs: string[], units: Record<string, string[]> = { 县文旅局: ['III-12'] }) {
  const out: string[][] = [];
  for (const f of [
    await extracted(await makeDocx({ paragraphs }), 'pj.docx', 'docx', 'evaluation', '县文旅局'),
    await extracted(makePdf({ pages: [paragraphs] }), 'pj.pdf', 'pdf', 'evaluation', '县文旅局'),
  ]) {
    expect(f.error).toBeNull();
    out.push(ids(runChecks(f, { unitName: Object.keys(units)[0], rules: { units } })));
  }
  expect(out[1], 'PDF as the .docx').toEqual(out[0]);
  return out[0]!;
}

describe('a part of the unit is the unit (evaluation.self-issued)', () => {
  const self = [
    '县文旅局办公室',
    '清河县文化和旅游局办公室',
    '县文旅局综合股',
    '县文旅局政策法规科',
    '县文旅局文化市场服务中心',
    '局办公室',
    '本局综合股',
  ];
  it.each(self)('%s signing 县文旅局\'s evaluation is self-issued (signature and label)', async (issuer) => {
    expect(await judge(signed(issuer))).toEqual(['evaluation.self-issued']);
    expect(await judge(labelled(issuer))).toEqual(['evaluation.self-issued']);
  });

  it('says the issuer is a part of the unit (args.part, both languages)', async () => {
    const f = await extracted(await makeDocx({ paragraphs: signed('县文旅局办公室') }), 'pjp.docx', 'docx', 'evaluation', '县文旅局');
    const [hit] = runChecks(f, { unitName: '县文旅局', rules: { units: { 县文旅局: ['III-12'] } } });
    expect(hit!.at.args).toEqual({ seen: '县文旅局办公室', unit: '县文旅局', part: true });
    expect(renderMessage('evaluation.self-issued', 'zh', hit!.at.args!)).toBe('部门评价的出具单位“县文旅局办公室”是本单位“县文旅局”的内设机构，仍是本单位自评，应由上级或主管部门出具');
    expect(renderMessage('evaluation.self-issued', 'en', hit!.at.args!)).toMatch(/a part of the unit "县文旅局"/);
    const g = await extracted(await makeDocx({ paragraphs: signed('清河县文化和旅游局') }), 'pjq.docx', 'docx', 'evaluation', '县文旅局');
    expect(runChecks(g, { unitName: '县文旅局', rules: { units: { 县文旅局: ['III-12'] } } })[0]!.at.args).toEqual({ seen: '清河县文化和旅游局', unit: '县文旅局' });
  });

  it('本局 / 我局 / 本单位 in the label are the unit\'s own words', async () => {
    for (const issuer of ['本局', '我局', '本单位']) expect(await judge(labelled(issuer)), issuer).toEqual(['evaluation.self-issued']);
  });

  const others = [
    '县文化馆', // an institution under the bureau, with a name of its own
    '县文化馆办公室',
    '市文旅局办公室', // the city's bureau: a superior body
    '县委宣传部办公室',
    '县委网信办',
    '清河县精神文明建设指导委员会办公室',
    '县图书馆',
  ];
  it.each(others)('%s is another body: not self-issued', async (issuer) => {
    expect(await judge(signed(issuer))).toEqual([]);
  });

  it('a county listing 县教育局 and 县教体局: the other one\'s office is another unit', async () => {
    const units = { 县教育局: ['III-12'], 县教体局: ['III-12'] };
    const rules = { units, unitNames: {} };
    expect(isRuleUnit('县教体局办公室', rules, '县教育局')).toBe(false);
    expect(isRuleUnit('清河县教育局办公室', rules, '县教育局')).toBe(true);
    expect(isRuleUnit('县教体局综合股', rules, '县教体局')).toBe(true);
    // Listed alone, 县教体局 is 县教育局 by the table, and so is its office.
    expect(isRuleUnit('县教体局办公室', { units: { 县教育局: [] }, unitNames: {} }, '县教育局')).toBe(true);
    // 局办公室 is a 局's: not a 委's own words.
    expect(isRuleUnit('局办公室', { units: { 县卫健委: [] }, unitNames: {} }, '县卫健委')).toBe(false);
    expect(isRuleUnit('委办公室', { units: { 县卫健委: [] }, unitNames: {} }, '县卫健委')).toBe(true);
    // Just a 局 is no name at all.
    expect(isRuleUnit('局', rules, '县教育局')).toBe(false);
  });
});

describe('a blank issuer field names nobody (evaluation.no-issuer)', () => {
  const rows: [string, string[], string | null][] = [
    ['blank label, the opinion on the next line', ['评价意见', '评价单位（盖章）：', '县文旅局认真组织开展公共文化服务，成效明显。', '日期：2025年6月20日'], null],
    ['blank label, the date label beside it', ['评价意见', '县文旅局工作扎实，评价为优秀。', '评价单位（盖章）：          日期：2025年6月20日'], null],
    ['blank label of a 部门, the date beside it', ['评价意见', '县文旅局工作扎实，评价为优秀。', '评价部门（盖章）：   2025年6月20日'], null],
    ['underscores to fill in', ['评价意见', '县文旅局工作扎实，评价为优秀。', '评价单位：__________', '2025年6月20日'], null],
    ['only the seal note', ['评价意见', '县文旅局工作扎实，评价为优秀。', '评价单位：（盖章）', '2025年6月20日'], null],
    ['the next label, no space', ['评价意见', '县文旅局工作扎实，评价为优秀。', '评价单位：评价意见：优秀', '2025年6月20日'], null],
    // Filled: the value on the label's line is the issuer.
    ['filled', ['评价意见', '县文旅局工作扎实。', '评价单位（盖章）：县委宣传部', '日期：2025年6月20日'], '县委宣传部'],
    ['filled, the date label run on', ['评价意见', '县文旅局工作扎实。', '评价单位：县委宣传部日期：2025年6月20日'], '县委宣传部'],
    ['filled, then its seal note', ['评价意见', '县文旅局工作扎实。', '评价单位：县委宣传部（盖章）', '2025年6月20日'], '县委宣传部'],
    ['a table\'s next cell, a name alone', ['评价意见', '县文旅局工作扎实。', '评价单位（盖章）：', '县委宣传部', '日期：2025年6月20日'], '县委宣传部'],
    // final-review17: a digit inside a name is the name's; only a date run on ends it; 评价： is a label.
    ['filled, a digit in the name', ['评价意见', '县文旅局工作扎实。', '评价单位：县第3中学', '2025年6月20日'], '县第3中学'],
    ['filled, a dotted date run on', ['评价意见', '县文旅局工作扎实。', '评价单位：县委宣传部2025.6.20'], '县委宣传部'],
    ['filled, a month and day run on', ['评价意见', '县文旅局工作扎实。', '评价单位：县委宣传部6月20日', '2025年6月20日'], '县委宣传部'],
    ['filled, the label 评价： run on', ['县文旅局工作扎实。', '评价单位：县委宣传部评价：优秀', '2025年6月20日'], '县委宣传部'],
    // final-review17: 被评价单位：names the unit evaluated (a 部门评价表's first line), never the issuer.
    ['被评价单位 above the issuer\'s label', ['部门评价表', '被评价单位：县文旅局', '评价意见：工作扎实，评价为优秀。', '评价单位（盖章）：县委宣传部', '日期：2025年6月20日'], '县委宣传部'],
    ['被评价单位 and a 落款', ['部门评价表', '被评价单位：县文旅局', '评价意见：工作扎实，评价为优秀。', '县委宣传部', '2025年6月20日'], '县委宣传部'],
    // Blank label, but the 落款 names the body: the 落款 is the issuer.
    ['blank label, a 落款 below', ['评价意见', '评价单位（盖章）：', '县文旅局工作扎实，评价为优秀。', '县委宣传部', '2025年6月20日'], '县委宣传部'],
  ];
  it.each(rows)('%s', async (_name, paragraphs, issuer) => {
    expect(findIssuer(paragraphs.join('\n'))?.name ?? null).toBe(issuer);
    const found = await judge(paragraphs);
    expect(found.includes('evaluation.no-issuer')).toBe(issuer === null);
    expect(found.includes('evaluation.self-issued')).toBe(false);
  });

  it('a form laid out as a table: a blank 评价单位（盖章） cell is no issuer', async () => {
    const table = [
      ['评价单位（盖章）：', ''],
      ['评价意见：', '县文旅局认真组织开展公共文化服务，成效明显，评价为优秀。'],
      ['日期：', '2025年6月20日'],
    ];
    const f = await extracted(await makeDocx({ paragraphs: ['部门评价表'], table }), 'pjb.docx', 'docx', 'evaluation', '县文旅局');
    expect(ids(runChecks(f, { unitName: '县文旅局', rules: { units: { 县文旅局: ['III-12'] } } }))).toEqual(['evaluation.no-issuer']);
    table[0]![1] = '县委宣传部';
    const g = await extracted(await makeDocx({ paragraphs: ['部门评价表'], table }), 'pjc.docx', 'docx', 'evaluation', '县文旅局');
    expect(ids(runChecks(g, { unitName: '县文旅局', rules: { units: { 县文旅局: ['III-12'] } } }))).toEqual([]);
  });
});
