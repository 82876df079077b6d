/**
 * Session 43 (the thirty-eighth set, moved to train): what set 38 showed the rules missing or taking wrongly.
 * 具体措施: problems the unit resolved, counted; parties it convened to consult, counted; not a farmer's own crop in a register row,
 * not builders fitting their own staff. 取得成效: marks better than last term, those served earning more, an unlawful practice
 * stopped, a place restored as it was. 数据实例: a heading naming work on data (数据比对) is no 数据实例 heading.
 * Also from train: a checklist item with a decimal number and an empty answer asks; a villagers' council acting, residents joining
 * in of their own, a renovation's noise are no measures of the unit; the unit's leader in charge of work given to a third party is
 * its 主体责任.
 * Each rule has its other side: the same words as a demand, an aim, unresolved, or the unit's own deed.
 */
import { describe, expect, it } from 'vitest';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { NOT_ELEMENT_HEADING, elementEvidence } from '../../src/text/elements.js';
import { othersDeedClause } from '../../src/text/element-others-deeds.js';
import { segment } from '../../src/text/sections.js';
import { unanswered } from '../../src/text/element-mood.js';
import { responsibility } from '../../src/text/element-responsibility.js';
import { normalizeText } from '../../src/text/normalize.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const measure = (text: string, title = ANY) => measures({ text, title, role: undefined, heading: false, firm: false, index: 1 } as never);
const outcome = (text: string, title = ANY) => results({ text, title, role: 'body', heading: false, firm: false, index: 1 } as never);
function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;

describe('session 43: the unit\'s measures', () => {
  const deeds: [string, string][] = [
    ['problems resolved after a meeting, counted', '今年上半年社区召集物业企业、业委会和居民代表召开联席会议6次，协调解决停车、漏水、电梯维保等问题27个。'],
    ['problems resolved, counted with 余', '帮助群众解决实际困难30余件。'],
    ['hardships resolved, 了 after the verb', '驻村工作队协调解决了饮水难题3个。'],
    ['parties convened to consult, counted', '针对停车收费争议，社区组织业委会、物业和业主代表协商3次，形成停车管理办法。'],
    ['residents convened to talk, counted in rounds', '召集沿街商户座谈2轮。'],
  ];
  for (const [what, line] of deeds) it(`reads ${what}`, () => expect(measure(line)).not.toBeNull());

  const none: [string, string][] = [
    ['problems left unresolved, counted', '未解决的问题还有3个。'],
    ['problems waiting to be resolved', '待解决问题5个。'],
    ['problems another party was pressed to resolve', '督促物业解决问题3个。'],
    ['a meeting held, with no count of what it resolved', '社区召开联席会议6次。'],
    ['parties consulting with no count', '社区组织业委会和业主代表协商停车收费问题。'],
    ['a farmer\'s own crop in a register row', '6月3日｜小王庄村｜农户自种大棚西瓜｜已上市'],
    ['a farmer\'s own fruit trees in a register row', '6月｜河湾村｜农户自种桃树｜挂果'],
    ['builders fitting their own staff', '全县目前在建生产建设项目31个，各项目建设单位均配备了水保专员，自行落实了临时苫盖、排水沉沙等措施。'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(measure(line)).toBeNull());

  it('keeps a farmer\'s own crop another party\'s deed, and the unit\'s help to plant its own', () => {
    expect(othersDeedClause('农户自养肉羊30只', ANY)).not.toBeNull();
    expect(othersDeedClause('帮助农户种植大棚西瓜', ANY)).toBeNull();
  });
  it('reads the unit fitting builders\' sites with staff as its own deed', () =>
    expect(measure('我局为各项目建设单位配备了水保专员。')).not.toBeNull());
});

describe('session 43: outcomes', () => {
  const told: [string, string][] = [
    ['marks better than last term', '结对学生中有31人期末成绩比上学期进步。'],
    ['marks better than before', '孩子们的成绩比以前进步了。'],
    ['habits better than last term', '班级卫生习惯较上学期明显好转。'],
    ['a service better than a year before', '窗口服务比去年同期进步明显。'],
    ['villagers earning more', '后沟村经培训的2名青年主播通过直播帮村民卖出小米、杂粮，村民增加了收入。'],
    ['households\' income up, told done', '脱贫户收入明显增加了。'],
    ['illegal sand mining stopped', '经过整治，清河、沙河非法采砂已基本停止，被破坏的河岸正在恢复。'],
    ['stealing sand stopped', '目前城关段偷采已经停止。'],
    ['dumping gone', '乱倒现象已经绝迹。'],
    ['a river bank restored as it was', '目前河岸恢复原貌。'],
  ];
  for (const [what, line] of told) it(`reads ${what}`, () => expect(outcome(line)).not.toBeNull());

  const none: [string, string][] = [
    ['income as an aim', '帮助村民增加收入。'],
    ['income to rise', '力争脱贫户收入比上年增长10%。'],
    ['a demand to restore', '责令当事人限期恢复原状。'],
    ['a plan to restore', '计划年底前恢复原貌。'],
    ['a demand to stop', '责令其立即停止非法采砂。'],
    ['stopping as an aim', '确保非法采砂全部停止。'],
    ['a legal project stopped', '项目施工已基本停止。'],
    ['a price raised against before (no marks)', '门票价格较之前提高。'],
    ['a drill\'s time cut against last term, without its amount (session 27)', '本次疏散用时3分20秒，比上学期有所缩短。'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(outcome(line)).toBeNull());
});

describe('session 43: a heading on data work', () => {
  it('does not take 数据比对 or 信息数据采集 as a 数据实例 heading', () => {
    expect(NOT_ELEMENT_HEADING['数据实例']!.test('（一）数据比对')).toBe(true);
    expect(NOT_ELEMENT_HEADING['数据实例']!.test('二、信息数据采集')).toBe(true);
    expect(NOT_ELEMENT_HEADING['数据实例']!.test('四、数据情况')).toBe(false);
    expect(NOT_ELEMENT_HEADING['数据实例']!.test('四、数据实例')).toBe(false);
  });
  it('reads a report with a 数据比对 section as having its data elsewhere', () => {
    const lines = ['清河县教育局教育帮扶工作情况说明', '（一）数据比对', '学生资助管理中心将全县学籍数据与脱贫户数据逐月比对。', '（二）资助到人', '上半年发放资助资金412.6万元。'];
    expect(has(lines, '数据实例')).toBe(true);
  });
});

describe('session 43: from train', () => {
  it('reads a checklist item with a decimal number and a bare colon as unanswered', () => {
    expect(unanswered('3.2是否开展流动摊贩整治：')).toBe(true);
    expect(unanswered('1.1是否成立领导小组')).toBe(true);
    expect(unanswered('3.1是否开展广场舞噪声劝导：否。')).toBe(false);
    expect(unanswered('2.1是否制定实施方案：是，《城南街道公共场所文明秩序提升工作方案》。')).toBe(false);
  });
  it('takes no measure from an unanswered checklist item', () => {
    const lines = ['城南街道办事处公共广场文明秩序自查核查清单', '三、措施落实', '3.2是否开展流动摊贩整治：', '3.5推进情况：街道高度重视，加强领导、精心组织。'];
    expect(has(lines, '具体措施')).toBe(false);
  });
  const none: [string, string][] = [
    ['a villagers\' council acting on its own', '县城各社区的红白理事会由居民推选的会长带领，在居民办喜事、丧事时上门劝导主家不放鞭炮。'],
    ['residents joining in of their own', '后来，其他楼栋的居民也跟着行动起来，自己动手清理楼道、擦洗扶手。'],
    ['a renovation\'s noise passed on', '8月26日｜张某｜相邻｜楼上装修噪音｜已转街道综治中心'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(measure(line)).toBeNull());
  it('reads a village\'s council as the village\'s own arm, and the unit acting through a council', () => {
    expect(measure('红白理事会上门劝说，刘某把宴席压缩到10桌、取消戏班；', '柳林镇马庄村移风易俗曝光栏（第2期）')).not.toBeNull();
    expect(measure('街道通过居民议事会确定托管方案，由街道统一聘用保洁员2名、门岗1名，每月组织居民代表对托管服务打分；', '清河县住建局关于老旧小区托管的说明')).not.toBeNull();
  });
  it('reads a home visit to learn the facts, and parties convened to talk, counted', () => {
    expect(measure('3月12日｜装修噪声｜楼上住户周末早8点前开始电钻作业｜上门了解，组织双方面谈｜双方意见分歧，待再次协调')).not.toBeNull();
    expect(measure('组织纠纷双方面谈6场次。')).not.toBeNull();
  });
  it('reads a body\'s board head in charge and its deeds (供销社理事会主任), and a board of another kind acting', () => {
    expect(measure('县供销社由理事会主任龚建军负总责，业务科牵头，抓服务，开展土地托管和测土配方施肥服务。', '清河县供销社关于春耕农资保供稳价工作的说明')).not.toBeNull();
    expect(measure('理事会审议后，向30名困难学生发放助学金。', '清河县慈善总会关于助学工作的说明')).not.toBeNull();
  });
  it('reads a training for the councils\' heads as the unit\'s', () => expect(measure('举办全县农村红白理事会会长培训班。')).not.toBeNull());
  it('reads the unit guiding the council, and the council\'s own report', () => {
    expect(measure('镇里指导各村红白理事会修订章程，上门劝导主家简办。')).not.toBeNull();
    expect(measure('理事会成员上门劝导主家简办婚事。', '王庄村红白理事会关于婚事简办工作的说明')).not.toBeNull();
  });
  it('reads the unit fixing a thing', () => expect(measure('社区组织维修了3处破损路灯。')).not.toBeNull());
  const T = '清河县2026年二季度医疗卫生机构患者满意度调查情况';
  const charge = (text: string) => responsibility({ text, title: T, firm: false, index: 1 } as never);
  it('reads the unit\'s leader in charge of work given to a third party', () =>
    expect(charge('县卫健局委托第三方调查机构开展调查，分管副局长孙海涛负责，医政医管股牵头。')).not.toBeNull());
  it('reads a leading group on bike sharing (自行车 is no 自行)', () =>
    expect(responsibility({ text: '局里成立了互联网租赁自行车管理工作领导小组，局长孙德明任组长，分管副局长任副组长，运输管理股牵头负责日常监管。', title: '清河县交通运输局关于互联网租赁自行车管理的说明', firm: false, index: 1 } as never)).not.toBeNull());
  it('does not read others managing on their own', () =>
    expect(responsibility({ text: '各小区业委会自行管理，由业委会主任负责。', title: '清河县住建局关于小区管理的说明', firm: false, index: 1 } as never)).toBeNull());
  it('does not read the third party\'s own people in charge', () => {
    expect(charge('县卫健局委托第三方调查机构开展调查，由第三方项目经理负责。')).toBeNull();
    expect(charge('委托第三方机构开展测评，测评组组长负责。')).toBeNull();
  });
});

describe('session 43: plain outcome phrasings (train)', () => {
  const told: [string, string][] = [
    ['trust risen', '上半年追回违规领取社保基金38.7万元，基金安全运行，参保群众对社保经办的信任度提高。'],
    ['a sense of safety strengthened', '群众安全感进一步增强。'],
    ['not one pupil drowned', '暑期全校3460名学生无一发生溺水事故。'],
    ['volunteers active again', '核查整改后，平台记录真实规范，不少沉寂的志愿者重新活跃起来。'],
    ['a practice become the custom', '校园里主动问好、弯腰捡纸屑成为风气。'],
    ['an idea accepted widely', '活动吸引群众约1.5万人次，“光盘”“节俭办节”理念得到群众广泛认同。'],
    ['feeling roused', '学生爱国情感得到激发。'],
    ['better than earlier years', '合作企业反馈，今年顶岗实习学生守时、守规的评价明显好于往届。'],
    ['manners learnt', '家长反映孩子懂礼貌了。'],
  ];
  for (const [what, line] of told) it(`reads ${what}`, () => expect(outcome(line)).not.toBeNull());
  const none: [string, string][] = [
    ['a sense of safety as an aim', '力争群众安全感进一步提升。'],
    ['gains as an aim', '努力让困难群众的获得感、幸福感进一步提升。'],
    ['an idea to take root, an aim', '力争让移风易俗政策深入人心。'],
    ['trust as a measure of the plan', '提高信任度是下一步工作重点。'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(outcome(line)).toBeNull());
});
