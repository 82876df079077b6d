/**
 * Session 15 (`empty`): report.element-empty on an element the report does state. A briefing's bulleted
 * lines under a heading (each read as a heading of its own) are that heading's items; the document's
 * own title in its first line names the topic, not one element's section. A heading with nothing, a
 * pointer or （略） under it stays empty. Wording written for this test, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { judgeElements } from '../../src/checks/report-elements.js';

/** The elements whose headings are judged empty; `styled` lines are a .docx's styled headings. */
function empties(lines: string[], styled: string[] = []): string[] {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled });
  return judgeElements({ ...seg, elements: elementEvidence(seg) })
    .filter((v) => v.emptyHeadings)
    .map((v) => v.element);
}

describe('empty 15: bulleted lines read as headings are the items of the heading above', () => {
  const head = '县图书馆阅读推广工作简报';
  it('items opened by a bullet other than the heading\'s own fill it', () => {
    const styled = ['◇ 成效', '▶ 少儿借阅量同比增长四成', '▶ 图书馆被评为省级阅读推广示范单位'];
    expect(empties([head, ...styled], styled)).not.toContain('取得成效');
    const plain = ['成效', '✔ 少儿借阅量同比增长四成', '✔ 图书馆被评为省级阅读推广示范单位'];
    expect(empties([head, ...plain], plain)).not.toContain('取得成效');
  });
  it('a line opened by the heading\'s own bullet is the next heading: the first stays empty', () => {
    const styled = ['◇ 成效', '◇ 不足', '▶ 少儿借阅量同比增长四成'];
    expect(empties([head, ...styled], styled)).toContain('取得成效');
  });
  it('a heading with nothing but a pointer, or followed at once by another heading, stays empty', () => {
    const a = ['成效', '▶ 见第二部分', '不足', '▶ 馆舍偏小'];
    expect(empties([head, ...a], a)).toContain('取得成效');
    const b = ['成效', '不足', '▶ 少儿借阅量同比增长四成'];
    expect(empties([head, ...b], b)).toContain('取得成效');
  });
  it('a numbered heading after the bullets ends the section', () => {
    const styled = ['成效', '▶ 馆舍偏小'];
    expect(empties([head, '一、成效', '▶ 馆舍偏小', '二、不足', '少儿借阅量同比增长四成，读者纷纷点赞。'], styled)).toContain('取得成效');
  });
});

describe('empty 15: the document title in the first line is no element heading', () => {
  it('a long unnumbered first line naming a mechanism or a practice is the title', () => {
    const t = '桃源镇卫生院家庭医生签约服务工作机制';
    expect(empties([t, '一、机制由来', '院长任家庭医生签约工作专班组长，公卫科牵头。'], [t, '一、机制由来'])).not.toContain('主体责任');
    const u = '小药箱大民生——桃源镇卫生院送药上门的做法';
    expect(empties([u, '一、起因', '组织医生每周上门为行动不便的老人送药。'], [u, '一、起因'])).not.toContain('具体措施');
  });
  it('a short first heading naming an element, or a numbered one, is still an element heading', () => {
    expect(empties(['工作机制', '二、部署文件', '依据《桃源镇卫生院家庭医生签约服务实施方案》开展。'], ['工作机制', '二、部署文件'])).toContain('主体责任');
    expect(empties(['一、家庭医生签约服务的工作机制', '二、部署文件', '依据《桃源镇卫生院家庭医生签约服务实施方案》开展。'], [])).toContain('主体责任');
  });
});

describe('empty 15: a short unnumbered line after a numbered heading is body, unless it names an element', () => {
  const t = '桃源镇卫生院关于家庭医生签约服务的说明';
  it('a table\'s rows or a line broken before its figures belong to the section above', () => {
    expect(empties([t, '一、签约数据', '指标今年去年', '签约居民4200人 3100人', '二、签约成效', '老人们说看病不用再往县城跑了。'])).not.toContain('数据实例');
    expect(empties([t, '3、签约数据', '今年新签约慢病患者', '1280人，其中高血压患者760人。', '4、签约成效', '老人们说看病不用再往县城跑了。'])).not.toContain('数据实例');
  });
  it('a line naming an element is a heading of its own: the numbered one above stays empty', () => {
    expect(empties([t, '一、签约数据', '成效', '签约居民4200人，老人们说看病不用再往县城跑了。'])).toContain('数据实例');
  });
  it('a pointer line under the heading stays a pointer', () => {
    expect(empties([t, '一、签约数据', '（详见附表）', '二、签约成效', '老人们说看病不用再往县城跑了。', '签约居民4200人。'])).toContain('数据实例');
  });
});

describe('empty 15: a heading stating a shortcoming of the element, or a cause under 原因, names a problem', () => {
  const t = '桃源镇卫生院关于文明创建问题整改的说明';
  const body = ['一、整改措施', '院长任整改工作组组长，公卫科牵头。', '组织医生每周上门为行动不便的老人送药。'];
  it('（二）责任分工不明确 / 组织领导有偏差 name problems', () => {
    expect(empties([t, ...body, '二、问题整改', '（一）责任分工不明确', '个别科室推诿扯皮。'])).not.toContain('主体责任');
    expect(empties([t, ...body, '二、问题整改', '（一）组织领导有偏差', '个别科室推诿扯皮。'])).not.toContain('主体责任');
  });
  it('an item under 原因剖析 names a cause', () => {
    expect(empties([t, ...body, '二、原因剖析', '（一）组织领导方面', '对创建工作的长期性认识不够。'])).not.toContain('主体责任');
  });
  it('the same headings outside an analysis of causes, without a shortcoming, stay element headings', () => {
    expect(empties([t, ...body, '二、问题整改', '（一）组织领导方面', '对创建工作的长期性认识不够。'])).toContain('主体责任');
    expect(empties([t, ...body, '二、问题整改', '（一）明确责任分工', '对创建工作的长期性认识不够。'])).toContain('主体责任');
  });
});
