/**
 * Session 25 (precision25): present elements the detector called missing and lacking ones it passed, each rule with rows just
 * inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - 取得成效: the served reporting their praise in quotes (反映 / 写道 / 反馈), a harm that did not happen (没有发生山火 / 无一人
 *   违纪), a custom told reached (成了新风尚), a bad thing no longer seen (基本不见焚烧纸钱), a score gained against an earlier time
 *   (较3月提高11分), a problem put right at its clause's end (问题全部解决), the people's reaction (引起广泛共鸣), the served more
 *   willing (孩子更愿意…);
 * - 主体责任: a spot assigned to a cadre by a key (包村干部：乡人大主席… / 包片领导：街道办事处副主任…), a leader made 点位长 of
 *   named places, 教导员 / 政委 as posts (two leaders jointly in charge), the unit's head assigning the lead by instruction
 *   (局长…批示由…牵头), a table's 项目负责人 column;
 * - 数据实例: a count in brackets after what it counts (红榜（15户）) is data; a time or a price opening a shop's name (7天连锁酒店)
 *   is not;
 * - 具体措施: a count of this round (本次共有…申报) and a batch of the unit's own programme (前两批已建成…) are no stock; a filled
 *   activity record's content is the deed; a verb inside a body's name (县委组织部) is no deed.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_TESTS, elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { joinHardReturns } from '../../src/text/hard-returns.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const seg = (lines: string[], styled: string[] = []) => segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}
const test = (element: string, text: string) => ELEMENT_TESTS[element]!({ text, role: undefined, heading: false, cityUnit: false, firm: false, title: '' });

describe('session 25: outcomes of the standard\'s kinds in new forms', () => {
  it('inside: the served report or write their praise, quoted', () => {
    expect(test('取得成效', '办事群众反映窗口“找得到人、办事快”。')).not.toBeNull();
    expect(test('取得成效', '读者在意见簿上写道：“环境安静，借书方便”。')).not.toBeNull();
    expect(test('取得成效', '家长反馈孩子“回家更懂礼貌了”。')).not.toBeNull();
  });
  it('outside: the served report a complaint or a want, quoted', () => {
    expect(test('取得成效', '办事群众反映窗口“人太少，排队久”。')).toBeNull();
    expect(test('取得成效', '商户反映“检查次数多，影响生意”。')).toBeNull();
    expect(test('取得成效', '读者在意见簿上写道：“希望延长开放时间”。')).toBeNull();
  });
  it('a harm that did not happen, and one that did', () => {
    expect(test('取得成效', '今年春节期间，全县没有发生山火。')).not.toBeNull();
    expect(test('取得成效', '期末考试考场无一人作弊。')).not.toBeNull();
    expect(test('取得成效', '今年春节期间发生山火两起。')).toBeNull();
    expect(test('取得成效', '要确保考场无一人作弊。')).toBeNull();
  });
  it('a custom told reached, not one wanted', () => {
    expect(test('取得成效', '文明用餐在食堂成了新风尚。')).not.toBeNull();
    expect(test('取得成效', '要让文明用餐成为风尚。')).toBeNull();
  });
  it('a bad thing no longer seen, not a good thing', () => {
    expect(test('取得成效', '河道两岸基本不见垃圾漂浮。')).not.toBeNull();
    expect(test('取得成效', '河道两岸基本不见游人。')).toBeNull();
  });
  it('a score gained against an earlier time, not a count of work grown', () => {
    expect(test('取得成效', '6月测评该路段得分92分，较4月提高8分。')).not.toBeNull();
    expect(test('取得成效', '今年开展宣传活动20场，较去年同期增加6场。')).toBeNull();
  });
  it('a problem put right at its clause\'s end, not a count of cases handled', () => {
    expect(test('取得成效', '复查时，5个小区的积水问题全部解决。')).not.toBeNull();
    expect(test('取得成效', '已解决群众诉求52件。')).toBeNull();
  });
  it('the people\'s reaction and the served more willing', () => {
    expect(test('取得成效', '活动在居民中引起广泛共鸣。')).not.toBeNull();
    expect(test('取得成效', '上过课后，孩子们更愿意和同学分享。')).not.toBeNull();
    expect(test('取得成效', '我们要引导孩子更愿意和同学分享。')).toBeNull();
  });
});

describe('session 25: a cadre keyed to a spot, a leader made 点位长 of named places', () => {
  it('inside', () => {
    expect(test('主体责任', '包村干部：镇人大主席刘成。')).not.toBeNull();
    expect(test('主体责任', '包片领导：街道办事处副主任孙明。')).not.toBeNull();
    expect(test('主体责任', '站长张华任东门菜市场、西门菜市场点位长。')).not.toBeNull();
  });
  it('outside: the key left to everyone or blank', () => {
    expect(test('主体责任', '包村干部：各村支部书记。')).toBeNull();
    expect(test('主体责任', '包村干部：无')).toBeNull();
  });
});

describe('session 25: posts, a head assigning the lead, a charge column', () => {
  it('two leaders of a disciplined service jointly in charge; everyone is no one', () => {
    expect(test('主体责任', '大队长王强、教导员李明共同负责此项工作。')).not.toBeNull();
    expect(test('主体责任', '全体队员共同负责。')).toBeNull();
  });
  it('the unit\'s head assigning the lead; a county leader or an instruction to come is not', () => {
    const seg1 = (line: string) => found(['县卫健局关于某小区蚊虫问题处置情况的报告', line], '主体责任');
    expect(seg1('局长张伟批示由县爱卫办副主任李红牵头处置。')).toEqual(['局长张伟批示由县爱卫办副主任李红牵头处置。']);
    expect(seg1('县委书记批示由县爱卫办副主任李红牵头处置。')).toEqual([]);
    expect(seg1('局长张伟拟批示由县爱卫办副主任李红牵头处置。')).toEqual([]);
  });
  it('a column named for what is in its charge', () => {
    const rows = ['县司法局普法项目台账', '项目名称｜发布时间｜状态｜项目负责人', '普法进村｜2026-03-02｜已结项｜副局长韩某'];
    expect(found(rows, '主体责任')).toEqual([rows[2]]);
    expect(found(['县司法局普法项目台账', '项目名称｜发布时间｜状态｜联系人', '普法进村｜2026-03-02｜已结项｜副局长韩某'], '主体责任')).toEqual([]);
  });
});

describe('session 25: a slide\'s number opens its line', () => {
  it('a deck typed line by line keeps its slides apart', () => {
    const deck = ['科普进校园课件', '第1页　走近科学　清河县科协　2026年5月', '第2页　目录　一、生活中的科学　二、我们的做法', '第3页　一、生活中的科学', '为什么天是蓝的', '第4页　二、我们的做法', '局长张伟为第一责任人，科普部具体负责，组织科普大篷车进乡村学校', '第5页　反馈', '有家长说，孩子也更愿意动手做实验了', '第6页　谢谢'];
    const joined = joinHardReturns(deck.join('\n')).split('\n');
    // Each slide's number opens a line; its title line is not glued onto the slide before, nor its body onto it.
    expect(joined).toEqual(deck);
  });
});

describe('session 25: counts in brackets and shop names', () => {
  it('a count in brackets after what it counts is data; an item number is not', () => {
    expect(test('数据实例', '光荣榜（12户）：东街王某、李某。')).toBe('12户');
    expect(test('数据实例', '（2）加强宣传引导。')).toBeNull();
  });
  it('a time or a price opening a shop\'s name is a name; shops counted are data', () => {
    expect(test('数据实例', '示范店：7天连锁酒店东关店、好再来饭店。')).toBeNull();
    expect(test('数据实例', '新增3家便利店。')).toBe('3家');
    expect(test('数据实例', '连续7天开展夜查。')).toBe('7天');
  });
});

describe('session 25: measures', () => {
  it('a count of this round is no stock; what exists is', () => {
    expect(test('具体措施', '本次共有12家单位申报，我局组织专家进行了实地核查。')).not.toBeNull();
    expect(test('具体措施', '全县共有12家单位，我局组织专家进行了实地核查。')).toBeNull();
  });
  it('a batch of the unit\'s own programme dates the building; built before, undated, is stock', () => {
    expect(test('具体措施', '第一批已建成农家书屋8处。')).not.toBeNull();
    expect(test('具体措施', '已建成农家书屋8处。')).toBeNull();
  });
  it('a verb inside a body\'s name is no deed; the body acting is', () => {
    expect(test('具体措施', '依据县委组织部、县妇联《关于…的通知》，成立了工作领导小组。')).toBeNull();
    expect(test('具体措施', '县委组织部组织开展了党员志愿服务进社区活动。')).not.toBeNull();
    // 组织科普 / 宣传科学: the verb before a word that opens with 科, no 组织科 or 宣传科.
    expect(test('具体措施', '组织科普大篷车进乡村学校。')).not.toBeNull();
  });
  it('a filled activity record\'s content is the deed; content blank or to come is none', () => {
    const record = (content: string) => ['县残联助残日活动记录', '活动时间：2026年5月17日', '活动地点：城关镇敬老院', '参加人员及人数：残联干部8人', `活动内容：${content}`, '记录人：张某'];
    expect(found(record('为12名残疾老人上门检查轮椅并更换坐垫'), '具体措施')).toContain('活动内容：为12名残疾老人上门检查轮椅并更换坐垫');
    expect(found(record('略'), '具体措施')).toEqual([]);
    expect(found(record('拟为残疾老人检查轮椅'), '具体措施')).toEqual([]);
    // The unit organising itself (its group's members, its tasks, reports heard) is no work done on anyone.
    expect(found(record('调整领导小组成员，听取办公室汇报'), '具体措施')).toEqual([]);
    expect(found(record('明确专班分工，按指标认领任务'), '具体措施')).toEqual([]);
    // No day recorded: the content alone tells no activity held.
    expect(found(['县残联助残日活动记录', '活动地点：城关镇敬老院', '活动内容：为残疾老人检查轮椅'], '具体措施')).toEqual([]);
  });
});

/** The elements with an empty heading, by the check's own judgement over the detector's facts. */
function emptyOf(lines: string[], styled: string[]): string[] {
  const s = seg(lines, styled);
  const v = judgeElements({ elements: elementEvidence(s), sections: s.sections, sentences: s.sentences });
  return v.filter((x) => (x.emptyHeadings ?? []).length > 0).map((x) => x.element);
}

describe('session 25: a table of contents\' entries with leader dots make no empty heading', () => {
  const TOP = '清河县卫生健康局公共场所控烟工作说明';
  const body = ['一、主要措施', '我局在人民广场举办控烟宣传活动，发放折页3200份。', '二、工作成效', '室内吸烟现象明显减少。'];
  it('inside: each entry on its own line, its dots and its page', () => {
    const lines = [TOP, '目录', '一、主要措施……………………1', '二、工作成效··········2', ...body];
    expect(emptyOf(lines, lines.filter((l) => !/[。]/.test(l)))).toEqual([]);
  });
  it('just outside: the part itself left empty is still empty', () => {
    const lines = [TOP, '目录', '一、主要措施……………………1', '二、工作成效……………………2', '一、主要措施', '二、工作成效', '室内吸烟现象明显减少。'];
    expect(emptyOf(lines, lines.filter((l) => !/[。]/.test(l)))).toEqual(['具体措施']);
  });
});
