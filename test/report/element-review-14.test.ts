/**
 * Review of session 14's apparatus principle (a document's own 文号, 印发, 联系人 and 附件 lines are no
 * evidence): the same shapes in the body of ordinary reports are evidence still. Each bound with a line
 * just inside (apparatus) and just outside (body), in this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;
const title = '清河县林业局关于创文工作情况的说明';

describe('review 14: a 文号 line is the document\'s own only in its head, without a citing verb', () => {
  it('a bare 文号 under the title is its own; under 依据文件： it is a document cited', () => {
    expect(has([title, '清林发〔2026〕12号'], '部署文件')).toBe(false);
    expect(has([title, '主要依据文件：', '县文明办〔2026〕3号'], '部署文件')).toBe(true);
  });
  it('a bare 文号 line after the body has begun is a document cited', () => {
    expect(has([title, '今年我局对城区绿地开展了文明游园宣传。', '县文明办〔2026〕3号'], '部署文件')).toBe(true);
  });
  it('a line citing a 文号 with a verb is running text, in the head or the body', () => {
    expect(has([title, '贯彻县文明办〔2026〕3号'], '部署文件')).toBe(true);
    expect(has([title, '一、部署情况', '我局严格落实县文明办〔2026〕3号'], '部署文件')).toBe(true);
  });
});

describe('review 14: 印发 and contact lines', () => {
  it('an office and a date is the 印发 line; a title and a date is a document issued', () => {
    expect(has([title, '清河县林业局办公室　2026年11月20日印发'], '部署文件')).toBe(false);
    expect(has([title, '我局制定了《清河县林业局创文工作实施方案》2026年3月5日印发'], '部署文件')).toBe(true);
  });
  it('a contact line of names and numbers is apparatus; work told after 联系人： is the body', () => {
    expect(has([title, '联系人：业务股股长韩冬，电话0316-5211201。'], '主体责任')).toBe(false);
    expect(has([title, '（联系人：龚琪电话：0316-7039215）'], '数据实例')).toBe(false);
    expect(has([title, '联系人：各科室确定1名联系人，负责志愿服务活动的组织，全年开展活动36场。'], '数据实例')).toBe(true);
  });
});

describe('review 14: the 附件 list', () => {
  const body = '今年我局在城区绿地开展了文明游园宣传，张贴宣传海报120幅。';
  it('an attached plan is a document cited; a register is not; neither is a measure', () => {
    const plan = evidence([title, body, '附件：1.《清河县林业局创建文明城市工作实施方案》', '2.文明游园宣传登记表']);
    expect(plan['部署文件']).toEqual(['《清河县林业局创建文明城市工作实施方案》']);
    expect(has([title, body, '附件：1.文明游园宣传登记表', '2.活动照片'], '部署文件')).toBe(false);
    expect(evidence([title, body, '附件：1.文明游园宣传登记表（36份）'])['数据实例']).toEqual(['120幅']);
  });
});
