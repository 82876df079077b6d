/**
 * Session 15, 具体措施 and 数据实例 (issue 11, "What counts as an element"): principles about what a
 * sentence is — a rule, a demand, a state, a problem — rather than about words, each with a near miss on
 * the other side, written in this test's own words (not taken from fixtures/elements/).
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
const MEASURE = '具体措施';

describe('session 15: an article of a rule text is the rule, not work done', () => {
  const head = ['清河县文化馆志愿服务管理细则', '一、制定说明', '本细则经馆务会讨论通过。', '二、细则条文'];
  it('an article prescribing a duty, a frequency or a facility is no measure (with or without a space after 第N条)', () => {
    expect(has([...head, '第三条 文化馆每季度举办一次“非遗进校园”展演。'], MEASURE)).toBe(false);
    expect(has([...head, '第五条展厅入口处设置轮椅和老花镜，供来馆老人借用。'], MEASURE)).toBe(false);
    expect(has([...head, '第二章 服务规范 第七条 志愿者上岗前参加岗前培训，熟悉展厅讲解内容。'], MEASURE)).toBe(false);
  });
  it('an article that says the work was done, or a line outside any article, is a measure', () => {
    expect(has([...head, '第八条 本细则施行以来，文化馆已举办“非遗进校园”展演六场。'], MEASURE)).toBe(true);
    expect(has([...head, '今年三月，文化馆在城关二小举办了“非遗进校园”展演。'], MEASURE)).toBe(true);
  });
  it('an enumerator with its comma (第二条，做了什么) or a list of measures (第一条措施) is no article', () => {
    expect(has(['第二条，做了什么：文化馆在城关二小举办“非遗进校园”展演。'], MEASURE)).toBe(true);
    expect(has(['第一条措施是在城关二小举办“非遗进校园”展演。'], MEASURE)).toBe(true);
  });
  it('a covert visit of a named kind (夜间暗访) counted is an inspection done; a bare 暗访 is not', () => {
    expect(has(['一季度我站开展周末暗访6次。'], MEASURE)).toBe(true);
    expect(has(['一季度我站开展暗访6次。'], MEASURE)).toBe(false);
  });
});
