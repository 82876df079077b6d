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

describe('session 15: mood — a modal of obligation governs its clause and what follows, whoever the subject', () => {
  it('要 / 必须 / 应当 after a long subject states a demand, not a deed (the words before it too)', () => {
    expect(has(['各小区出入口处都要张贴电动车禁止上楼的提示牌。'], MEASURE)).toBe(false);
    expect(has(['网格员入户走访时必须佩戴工作证。'], MEASURE)).toBe(false);
    expect(has(['要把老年食堂办起来，请营养师给老人配餐；'], MEASURE)).toBe(false);
  });
  it('a deed before the demand, in its own clause, still counts', () => {
    expect(has(['我们在三个小区出入口张贴了电动车禁止上楼的提示牌，各物业都要每天巡查。'], MEASURE)).toBe(true);
  });
  it('要回 / 讨要 (recovered, claimed), 需要 (a need) and a short quoted name holding 要 are no modal', () => {
    expect(has(['法律援助站帮农民工要回拖欠工资后，又为12名农民工办理了法律援助手续。'], MEASURE)).toBe(true);
    expect(has(['法律援助站帮农民工讨要拖欠工资后，又为12名农民工办理了法律援助手续。'], MEASURE)).toBe(true);
    expect(has(['结合居民需要，社区在楼道口安装了扶手。'], MEASURE)).toBe(true);
    expect(has(['窗口推行“三要三不”服务规范，为老人提供帮办代办服务。'], MEASURE)).toBe(true);
  });
});

describe('session 15: an outline item under a measures heading', () => {
  const top = ['县民政局 · 老年助餐 · 汇报要点', '一、负责：局长孙某负总责，养老服务股牵头'];
  it('a verbless item naming a thing, a place, an event or the people served, under 做法 / 举措, is a measure', () => {
    expect(has([...top, '二、主要做法', '◆ 社区长者助餐点 + 独居老人送餐上门', '三、成效', '√ 老人吃饭不用再犯愁'], MEASURE)).toBe(true);
    expect(has([...top, '二、举措', '● 流动理发车进村入户', '● 老年大学', '三、成效', '√ 老人吃饭不用再犯愁'], MEASURE)).toBe(true);
  });
  it('the same items under another element\'s heading, or with no measures heading above, are not', () => {
    expect(has([...top, '二、亮点', '◆ 社区长者助餐点', '三、成效', '√ 老人吃饭不用再犯愁'], MEASURE)).toBe(false);
    expect(has([...top, '◆ 社区长者助餐点', '√ 老人吃饭不用再犯愁'], MEASURE)).toBe(false);
  });
  it('stock or office wording, a figure, or a concrete word only qualifying an abstract head, under 做法, is not', () => {
    expect(has([...top, '二、主要做法', '◆ 高位推动 · 压实各科室责任', '◆ 建立台账 · 问题清单 · 销号管理', '◆ 下属助餐点12个', '三、成效', '√ 老人吃饭不用再犯愁'], MEASURE)).toBe(false);
  });
  it('a bullet is layout: another body acting is still another body\'s after it', () => {
    expect(has(['图片新闻', '▲市文旅局在我馆开展了消防安全检查'], MEASURE)).toBe(false);
    expect(has(['图片新闻', '▲中心在城东社区新设长者助餐点一处'], MEASURE)).toBe(true);
  });
});

describe('session 15: a state, not an action', () => {
  it('a verb of placing or equipping in the aspect of having or holding (配有、装着、挂着) says what a place has', () => {
    expect(has(['城区新建道路两侧大都配有盲道。'], MEASURE)).toBe(false);
    expect(has(['抽屉里装着留守儿童照片和来信。'], MEASURE)).toBe(false);
    expect(has(['展柜里摆放着老党员捐赠的旧物。'], MEASURE)).toBe(false);
    expect(has(['走廊墙上挂着村里的好媳妇光荣榜。'], MEASURE)).toBe(false);
  });
  it('the same verbs done (配备了、装了、挂上) are work done; 有效 after a verb is no state', () => {
    expect(has(['今年我们给城东三条街配备了无障碍坡道。'], MEASURE)).toBe(true);
    expect(has(['村里在走廊墙上挂上了好媳妇光荣榜。'], MEASURE)).toBe(true);
  });
  it('所 + verb opening a clause is a noun (the ones inspected), its clause a state; a 派出所 acting acts', () => {
    expect(has(['所检查门店的灭火器都在有效期内，消防通道畅通。'], MEASURE)).toBe(false);
    expect(has(['城关派出所检查了辖区12家网吧的消防设施。'], MEASURE)).toBe(true);
  });
});

describe('session 15: a verb with no object names a field of work', () => {
  it('a verb followed by an adverb is the topic of what the sentence says', () => {
    expect(has(['队伍建设始终在路上，我们会久久为功。'], MEASURE)).toBe(false);
    expect(has(['城乡环境整治依然任重道远。'], MEASURE)).toBe(false);
  });
  it('a verb followed by 和 and a noun closing the clause is a field of work (a heading of one)', () => {
    expect(has(['县文化馆2025年工作总结', '三、阵地建设和人才队伍'], MEASURE)).toBe(false);
  });
  it('a verb with its object stays an action; a verb after 和 is another verb', () => {
    expect(has(['今年对城区背街小巷开展了环境整治，清理和整治了乱堆乱放38处。'], MEASURE)).toBe(true);
    expect(has(['馆里建设了非遗传习所，始终坚持每周开放。'], MEASURE)).toBe(true);
  });
});

describe('session 15: what the object really is', () => {
  it('urging others to carry something out (督促…落实 / 指导…做好) is a demand on them; urging named work on the ground is done', () => {
    expect(has(['督促临街门店落实“门前五包”，指导各社区做好垃圾分类宣传。'], MEASURE)).toBe(false);
    expect(has(['局里督促各物业开办者落实“周冲洗”规定。'], MEASURE)).toBe(false);
    expect(has(['局里督促物业公司在小区门口新建了垃圾分类亭。'], MEASURE)).toBe(true);
  });
  it('a meeting is the head of its noun phrase: its matter before it names no action; a training named is one', () => {
    expect(has(['局党委召开全县背街小巷环境整治推进会进行动员。'], MEASURE)).toBe(false);
    expect(has(['局里召开全县背街小巷环境整治培训班，培训保洁员120人。'], MEASURE)).toBe(true);
  });
  it('stock after a lead-in (据了解，全县现有…) is still stock; work counted after it is not', () => {
    expect(has(['据了解，全县现有老年体协组织26个、健身站点40处。'], MEASURE)).toBe(false);
    expect(has(['据统计，今年全镇新建农家书屋14个。'], MEASURE)).toBe(true);
  });
});

describe('session 15: the content of a problem named is the problem', () => {
  it('what stands between 存在 and 等现象 / 问题 is what is wrong, not work done', () => {
    expect(has(['个别小区楼道存在堆放杂物、张贴小广告、私拉电线等现象。'], MEASURE)).toBe(false);
  });
  it('an action after the problem, in its own clause, is work done', () => {
    expect(has(['部分门店存在乱堆乱放现象，我们对其下达了整改通知书。'], MEASURE)).toBe(true);
    expect(has(['检查中发现部分门店存在占道经营等问题，当场清理占道摊位15处。'], MEASURE)).toBe(true);
  });
});
