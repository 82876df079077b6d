/**
 * Session 17 (data17): a quantity COUNTS or MEASURES something; a number that NAMES or ORDERS is a label (数据实例),
 * and how sections nest under a decimal outline's numbers, and whose element a heading names (report.element-empty).
 * In this test's own words; each principle with rows just inside, on and just outside its boundary.
 */
import { describe, expect, it } from 'vitest';
import { data } from '../../src/text/element-data.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const counts = (text: string, heading?: boolean) => data({ text, heading });

describe('session 17: a number in a numbering scheme is a label, not a quantity', () => {
  it('a decimal outline heading (1.1 / 2.3.1 / 2 over a section) names a section', () => {
    // The text as normalised: the space after an outline number is gone (1.1项目概况).
    expect(counts('1.1项目概况', true)).toBeNull();
    expect(counts('2.3.1村级站点建设', true)).toBeNull();
    expect(counts('2人员配备', true)).toBeNull();
    expect(counts('3.2节所列的站点已全部开放。')).toBeNull();
  });
  it('on the boundary: a scaled decimal, a measure or an average is still a quantity', () => {
    expect(counts('1.2万人参加了活动。')).toBe('1.2万人');
    expect(counts('办结时间缩短到2.5个工作日。')).not.toBeNull();
    expect(counts('户均2.3人参加培训。')).toBe('2.3人');
  });
  it('just outside: a whole number before a counting unit counts, even at a line’s start', () => {
    expect(counts('2人员配备')).toBe('2人');
    expect(counts('共有3人参加。')).toBe('3人');
  });
  it('a caption or a pointer (表1 / 如图2所示) is a label; 统计表3份 counts forms', () => {
    expect(counts('表1项目资金', true)).toBeNull();
    expect(counts('资金去向如表1所示。')).toBeNull();
    expect(counts('填写统计表3份。')).toBe('3份');
  });
});

describe('session 17: an identifier, a code or an address names something', () => {
  it('a ticket or project number, a plate, a code led by letters', () => {
    expect(counts('工单编号2026-0312件已办结。')).toBeNull();
    expect(counts('项目编号QH-2026-015项目已开工。')).toBeNull();
    expect(counts('冀F12345车辆已被拖离。')).toBeNull();
    expect(counts('系统升级到V2.0版本。')).toBeNull();
    expect(counts('编号2026031项目已完成验收。')).toBeNull();
    expect(counts('工单2026-0312件已办结。')).toBeNull();
  });
  it('a telephone number is a label; calls counted after 电话 are a quantity', () => {
    expect(counts('联系电话0312-5218806。')).toBeNull();
    expect(counts('群众拨打服务热线12345人工台反映。')).toBeNull();
    expect(counts('回访电话50余次。')).toBe('50余次');
    expect(counts('全年受理12345热线12600件。')).toBe('12600件');
  });
  it('a range of small numbers is a quantity, not a code', () => {
    expect(counts('每组3-5人。')).toBe('5人');
  });
  it('an address (3栋2单元501室) names a flat; 改造3栋楼房 counts buildings', () => {
    expect(counts('住在3栋2单元501室的居民反映噪音。')).toBeNull();
    expect(counts('改造3栋楼房。')).toBe('3栋');
  });
});

describe('session 17: the sitting of an assembly’s term is an ordinal', () => {
  it('十八届人大五次会议 / 十一届五次会议 name one sitting', () => {
    expect(counts('关于县十八届人大五次会议第52号建议的答复')).toBeNull();
    expect(counts('县政协十一届五次会议第57号提案收悉。')).toBeNull();
  });
  it('just outside: sittings counted (召开五次会议) are a quantity', () => {
    expect(counts('全年召开五次会议研究。')).toBe('五次');
  });
});

function emptyOf(lines: string[], headings: string[], element: string) {
  return judgeElements(analyzeText({ pages: [lines.join('\n')], headings })).find((e) => e.element === element)?.emptyHeadings?.map((h) => h.heading);
}

describe('session 17: a decimal-numbered heading’s section holds its sub-sections', () => {
  const title = '清河县文化馆总分馆建设情况说明';
  const intro = ['1 项目概况', '县文化馆成立了由馆长任组长的总分馆建设专班。'];
  const result = ['全县建成分馆12个，群众满意度明显提高，周末到馆人数比去年翻了一番。'];
  it('2 取得成效 / 2.1 … / 2.1.1 …: what is told under 2.1.1 is told under 2', () => {
    const lines = [title, ...intro, '2 取得成效', '2.1 分馆建设', '2.1.1 城关片区', ...result, '3 下一步打算', '明年再建分馆3个。'];
    expect(emptyOf(lines, [title, '1 项目概况', '2 取得成效', '2.1 分馆建设', '2.1.1 城关片区', '3 下一步打算'], '取得成效')).toBeUndefined();
  });
  it('the same outline unstyled (a PDF’s plain lines): 2.1 still nests under 2', () => {
    const lines = [title, ...intro, '2 取得成效', '2.1 分馆建设', ...result, '3 下一步打算', '明年再建分馆3个。'];
    expect(emptyOf(lines, [title], '取得成效')).toBeUndefined();
  });
  it('a 2.x heading under 2. (numbered with a dot) nests too', () => {
    const lines = [title, '1. 项目概况', intro[1], '2. 取得成效', '2.1 分馆建设', ...result];
    expect(emptyOf(lines, [title], '取得成效')).toBeUndefined();
  });
  it('on the boundary: 3 is a sibling of 2, so 2 取得成效 with nothing before 3 is empty', () => {
    const lines = [title, ...intro, '2 取得成效', '3 分馆建设', ...result];
    expect(emptyOf(lines, [title, '1 项目概况', '2 取得成效', '3 分馆建设'], '取得成效')).toEqual(['2取得成效']);
  });
  it('just outside: 2.1 取得成效 does not hold 2.2, its sibling', () => {
    const lines = [title, ...intro, '2 工作开展', '2.1 取得成效', '2.2 分馆建设', ...result];
    expect(emptyOf(lines, [title, '1 项目概况', '2 工作开展', '2.1 取得成效', '2.2 分馆建设'], '取得成效')).toEqual(['2.1取得成效']);
  });
  it('a long decimal heading unstyled (2.1 + up to 40 characters) opens a section; 1.5万人次参加 does not', () => {
    const lines = [title, ...intro, '2.1城关片区综合文化服务中心分馆建设', '1.5万人次参加了城关片区分馆的周末阅读活动', ...result];
    const heads = analyzeText({ pages: [lines.join('\n')], headings: [title] }).sections?.map((s) => s.heading);
    expect(heads).toContain('2.1城关片区综合文化服务中心分馆建设');
    expect(heads).not.toContain('1.5万人次参加了城关片区分馆的周末阅读活动');
  });
  it('a caption (表1 …) inside the section opens no section of its own', () => {
    const lines = [title, ...intro, '2 取得成效', '表1 分馆建设情况', ...result];
    expect(emptyOf(lines, [title, '1 项目概况', '2 取得成效', '表1 分馆建设情况'], '取得成效')).toBeUndefined();
  });
  it('a caption’s words are a label, read as a heading’s are (图1 整治前村口 states nothing done); a sentence about a table is not one', () => {
    const lines = [title, ...intro, '2 取得成效', '图1 整治前村口　图2 整治后村口', '表格中的数字由各分馆上报。', ...result];
    const sentences = analyzeText({ pages: [lines.join('\n')], headings: [title] }).sentences ?? [];
    expect(sentences.find((s) => s.text.startsWith('图1'))?.heading).toBe(true);
    expect(sentences.find((s) => s.text.startsWith('表格'))?.heading).toBeUndefined();
  });
});

describe('session 17: a heading giving the element to another body is not the unit’s section', () => {
  const title = '清河县文化和旅游局赴沭阳区考察公共文化服务的报告';
  const own = ['三、我局开展的工作', '局长周平任组长，组织全县14个文化站开展开放服务检查，发现问题9个并督促整改，群众到站看书明显增多。'];
  it('二、沭阳区的主要做法和成效: the other place’s, not empty for the unit', () => {
    const lines = [title, '一、考察基本情况', '9月中旬，我局赴沭阳区考察学习。', '二、沭阳区的主要做法和成效', '沭阳区推行总分馆制。', ...own];
    expect(emptyOf(lines, [title], '取得成效')).toBeUndefined();
  });
  it('on the boundary: the unit’s own (我局的主要成效 / the title’s own name) is its section, empty when nothing is told', () => {
    const lines = [title, '一、考察基本情况', '9月中旬，我局赴沭阳区考察学习。', '二、我局的主要成效', '（略）', ...own];
    expect(emptyOf(lines, [title], '取得成效')).toEqual(['二、我局的主要成效']);
    const named = [title, '一、考察基本情况', '9月中旬，我局赴沭阳区考察学习。', '二、清河县文化和旅游局的主要成效', '（略）', ...own];
    expect(emptyOf(named, [title], '取得成效')).toEqual(['二、清河县文化和旅游局的主要成效']);
  });
  it('just outside: a time before 的 (一年来的主要成效) is no other body', () => {
    const lines = [title, '一、考察基本情况', '9月中旬，我局赴沭阳区考察学习。', '二、一年来的主要成效', '（略）', ...own];
    expect(emptyOf(lines, [title], '取得成效')).toEqual(['二、一年来的主要成效']);
  });
});

describe('session 17: corrections right after the unit’s own shortcomings are aims', () => {
  const title = '清河县卫生健康局病媒生物防制专项资金绩效自评报告';
  const work = ['一、资金支出', '52万元用于购买城区外环境消杀服务，组织春秋两季集中灭鼠行动2次。'];
  it('六、存在问题 / 七、整改措施 after the work told: the corrections are aims, no empty 具体措施', () => {
    const lines = [title, ...work, '二、存在问题', '城乡接合部防制成效不明显。', '三、整改措施', '将城乡接合部纳入明年消杀服务范围。', '自评得分92分。'];
    expect(emptyOf(lines, [title], '具体措施')).toBeUndefined();
    const deviation = [title, ...work, '二、偏差原因', '培训班开班推迟。', '三、整改措施', '对今年参训人员开展就业跟踪回访。'];
    expect(emptyOf(deviation, [title], '具体措施')).toBeUndefined();
  });
  it('on the boundary: what the corrections achieved (整改成效) after the shortcomings is told as done: still its section', () => {
    const lines = [title, ...work, '二、存在问题', '城乡接合部防制成效不明显。', '三、整改成效', '（略）'];
    expect(emptyOf(lines, [title], '取得成效')).toEqual(['三、整改成效']);
  });
  it('on the boundary: a report opening with its problems reports the rectification itself', () => {
    const lines = [title, '一、存在问题', '城乡接合部防制成效不明显。', '二、整改措施', '（略）', '三、整改成效', '52万元用于消杀服务，城区鼠密度下降，居民投诉明显减少。'];
    expect(emptyOf(lines, [title], '具体措施')).toEqual(['二、整改措施']);
  });
  it('just outside: after problems others found (测评反馈存在的问题) the rectification is the unit’s work', () => {
    const lines = [title, ...work, '二、测评反馈存在的问题', '农贸市场鼠迹较多。', '三、整改措施', '（略）'];
    expect(emptyOf(lines, [title], '具体措施')).toEqual(['三、整改措施']);
  });
});

describe('session 17: a yes/no item asking for an example names the example told under it', () => {
  const title = '清河县物业管理协会物业服务提升自查核查清单';
  const before = ['一、组织领导', '协会会长程立华任专班组长，负总责。', '二、数据情况', '协会现有会员企业41家，服务住宅小区126个。'];
  it('13. 是否有典型案例 / 是。/ 备注：a case told: no empty 数据实例', () => {
    const lines = [title, ...before, '13. 是否有典型案例', '是。', '备注：阳光花园小区物业企业推行“管家式”服务，被市级媒体报道。'];
    expect(emptyOf(lines, [title], '数据实例')).toBeUndefined();
  });
  it('on the boundary: the same item answered by a pointer (详见附件) is empty', () => {
    const lines = [title, ...before, '13. 是否有典型案例', '是。', '详见附件。'];
    expect(emptyOf(lines, [title], '数据实例')).toEqual(['13. 是否有典型案例']);
  });
  it('just outside: 是否有数据统计 names data, and a case told is no data', () => {
    const lines = [title, ...before, '13. 是否有数据统计', '是。', '备注：阳光花园小区物业企业推行“管家式”服务，被市级媒体报道。'];
    expect(emptyOf(lines, [title], '数据实例')).toEqual(['13. 是否有数据统计']);
  });
});
