/**
 * Session 14 (issue 11, "What counts as an element"): principles about a document's structure and
 * who acts, each with a near miss on the other side, written in this test's own words (not taken from
 * fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

/** Per element, the rule evidence's words (the learned second opinion not applied). */
function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;

describe('session 14: a document\'s own apparatus is never evidence', () => {
  const body = '今年我局对城区公交站台开展了文明乘车宣传。';
  it('its own 文号 above the title, with or without 签发人, cites no document', () => {
    expect(has(['清河县林业局文件', '清林发〔2026〕12号　　签发人：赵大伟', '县文明办：', body], '部署文件')).toBe(false);
    expect(has(['清林发〔2026〕12号', '签发人：赵大伟', body], '部署文件')).toBe(false);
    expect(has(['签发人：赵大伟　清林发〔2026〕12号', body], '部署文件')).toBe(false);
  });
  it('a 文号 cited in running text or under a citing key still is a document', () => {
    expect(has(['清林发〔2026〕12号', '依据：县文明办〔2026〕3号', body], '部署文件')).toBe(true);
    expect(has(['清林发〔2026〕12号', '根据县文明办〔2026〕3号文件要求，我局开展了文明乘车宣传。'], '部署文件')).toBe(true);
  });
  it('抄送, 印发, 联系人 and the 附件 list tell nothing of the work', () => {
    const footer = ['附件：1.站台文明劝导岗值守记录（36份）', '2.清河县公交站台整治工作方案', '联系人：刘敏　0316-7225563', '抄送：县公交公司，县出租汽车行业协会。', '清河县林业局办公室　　2026年11月20日印发'];
    const e = evidence(['清河县林业局关于文明乘车工作的说明', ...footer]);
    expect(e['数据实例']).toEqual([]);
    expect(e['具体措施']).toEqual([]);
    expect(e['主体责任']).toEqual([]);
  });
  it('a numbered line that does not follow 附件 is read as the body', () => {
    expect(has(['清河县林业局关于文明乘车工作的说明', '一、主要做法', '1.在城区公交站台张贴文明乘车公益广告120幅'], '数据实例')).toBe(true);
  });
});
