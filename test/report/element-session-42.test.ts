/**
 * Session 42 (the thirty-seventh set, moved to train): what set 37 showed the rules missing or taking wrongly.
 * 具体措施: a home recheck (入户复核 / 上门核实 / 开展了入户抽核), a property body's own patrol told as 物业…; not a resident's 报修
 * logged and passed on, the villages' own meeting, 该局's deed, retailers or the county's schools on their own (a 班会 too), a
 * school acting "too" after a blanked party's deed, how many new places an area has, a task's weight, the work as what people
 * approve of. 取得成效: a child now reminding the grown-ups, a thing done at once or by a sign; not a fix only asked of others.
 * 主体责任: not a retailer made the first one responsible for its own shop.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { classMeetingHeld } from '../../src/text/element-lessons.js';
import { servedSaidChange } from '../../src/text/element-served-said.js';
import { EASY_NOW } from '../../src/text/element-result-compliance.js';
import { NOUN_STATE } from '../../src/text/element-measure-classes.js';
import { othersDeedClause } from '../../src/text/element-others-deeds.js';
import { beforeIntention } from '../../src/text/element-shared.js';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const measure = (text: string, title = ANY) => measures({ text, title, role: undefined, heading: false, firm: false, index: 1 } as never);
const outcome = (text: string, title = ANY) => results({ text, title, role: 'body', heading: false, firm: false, index: 1 } as never);
const charge = (text: string, title = ANY) => responsibility({ text, title, firm: false, index: 0 } as never);
function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;

describe('session 42: the unit\'s measures', () => {
  const deeds: [string, string, string?][] = [
    ['a home recheck', '4月至6月，股里干部分两组下乡，随机抽取低保家庭入户复核。'],
    ['a home check of the facts', '对新申请的42户逐户上门核实。'],
    ['a sampling check of another\'s results', '二季度对乡镇上报的复核结果开展了县级入户抽核。'],
    ['a recheck of a list', '对乡镇上报的低保名单开展了复核。'],
    ['the unit repairing a sign', '5月30日｜供销社家属院｜维修门牌｜已修复'],
    ['a meeting the unit had the villages hold', '组织各村召开民主评议会对申请家庭进行评议。'],
    ['a village\'s own meeting in the village\'s own report', '各村召开民主评议会对申请家庭进行评议。', '刘庄村关于低保评议工作的说明'],
    ['the unit\'s own deed after another body is named', '据县烟草专卖局统计，我局已逐户张贴标识。'],
    ['a new place counted as built', '辖区新建小区游园3处。'],
    ['meters counted as fitted, told done', '一是人工抄表改成远传水表，城区已经装了2.3万块；'],
    ['a satisfaction survey held', '6月开展满意度测评。'],
    ['curtains fitted', '治疗床之间加装隔帘，治疗时拉帘保护隐私；'],
    ['a dated row handled on the spot', '村西排灌站至村东｜7月11日｜卢小兰｜河边有村民用网捕鱼｜当场劝阻，收走渔网'],
    ['a dated row of goods taken off the shelf', '3月12日｜白水小学对面某小卖部｜销售无中文标签辣条｜当场下架没收，立案调查'],
    ['a contest with its entrants counted', '3月女职工插花比赛，参加女职工28人；'],
    ['a show with its works counted, after a colon', '上半年开展活动5项：2月“迎新春”书画作品展，展出职工作品42幅；'],
    ['a talk at home', '黑榜户由村干部上门谈心，帮助制定改正措施。'],
    ['a call at home to discuss', '对存在问题的，书面退回修改，并上门与村干部沟通修改意见。'],
    ['a satisfaction questionnaire handed out', '发放满意度问卷200份。'],
  ];
  for (const [what, line, title] of deeds) it(`reads ${what}`, () => expect(measure(line, title)).not.toBeNull());

  const none: [string, string, string?][] = [
    ['a resident\'s 报修 logged in a row', '5月30日｜供销社家属院｜居民报修门牌｜已上报街道'],
    ['a resident\'s 报修 passed on', '4月16日｜西关街｜居民报修路牌倾斜｜已转县城管局'],
    ['the villages holding their own meeting', '各村召开民主评议会对申请家庭进行评议。', '清河县民政局城乡低保审核确认工作说明'],
    ['another body\'s deed as 该局', '据县烟草专卖局统计，上半年该局已逐户张贴标识。'],
    ['retailers on their own', '各零售户按要求自行整理柜台、张贴标识。'],
    ['the county\'s schools on their own', '全县47所中小学根据教育部门安排自行开展了控烟主题宣传；'],
    ['how many new places an area has', '辖区新建小区较多，地名标志设置管理任务较重。'],
    ['the work as what people approve of', '驻地群众对街巷名称和路牌设置总体认可。'],
    ['meters counted as planned', '城区计划装2.3万块。'],
    ['meters counted, not told done', '装2.3万块。'],
    ['curtains to be fitted', '计划加装隔帘。'],
    ['an abstract thing fitted', '在候车厅加装了工作力量。'],
    ['a fitting named as what a demand asks', '乡统战办提出了加装防火隔板的要求，管理小组配合检查。'],
    ['an undated row handled on the spot', '村西排灌站｜当场劝阻'],
    ['a dated row handled later', '7月11日｜河边有村民用网捕鱼｜已上报镇河长办，待劝阻'],
    ['a contest not held', '上半年未举办插花比赛，参加人数0人。'],
    ['a contest with no count', '3月女职工插花比赛，参加的女职工较多。'],
    ['a cell naming whom to dissuade', '7月11日｜河边有村民用网捕鱼｜劝阻对象为外村人'],
    ['parents\' own contest with its entrants counted', '家长们自行组织亲子插花比赛，参加家长28人。'],
    ['a call at home to be made', '下一步将上门与村干部沟通。'],
  ];
  for (const [what, line, title] of none) it(`takes no measure from ${what}`, () => expect(measure(line, title)).toBeNull());

  it('NOUN_STATE holds the state and not the deed beside it', () => {
    expect(NOUN_STATE.test('小区较多')).toBe(true);
    expect(NOUN_STATE.test('管理任务较重')).toBe(true);
    expect(NOUN_STATE.test('总体认可')).toBe(true);
    expect(NOUN_STATE.test('小区游园3处')).toBe(false);
    expect(NOUN_STATE.test('路牌34块')).toBe(false);
    expect(NOUN_STATE.test('小区多功能厅')).toBe(false);
  });

  it('a class meeting the schools held on their own is theirs; one the unit had held is its own', () => {
    expect(classMeetingHeld('全县47所中小学根据教育部门安排自行召开了控烟主题班会；')).toBeNull();
    expect(classMeetingHeld('据统计，各学校自行开展了控烟主题班会。')).toBeNull();
    expect(classMeetingHeld('九年级8个班同时开班会。')).not.toBeNull();
  });

  it('the villages\' meeting and 该局 are another\'s deeds; 我局 and 该局长 are not', () => {
    expect(othersDeedClause('各村召开民主评议会对申请家庭进行评议', '清河县民政局工作说明')).toBe('own');
    expect(othersDeedClause('上半年该局已逐户张贴标识', '县文明办关于校园周边控烟工作的情况说明')).toBe('third');
    expect(othersDeedClause('上半年该局已逐户张贴标识')).toBeNull();
    expect(othersDeedClause('上半年我局已逐户张贴标识')).toBeNull();
    expect(othersDeedClause('该局长带队检查', '县文明办关于校园周边控烟工作的情况说明')).toBeNull();
    // a third party's report on the unit calls the unit 该局
    expect(othersDeedClause('该局在城区5个农贸市场推行“划行归市”', '县创文办第二督查组关于县市场监督管理局农贸市场整治工作的核查情况')).toBeNull();
    expect(othersDeedClause('该局在城区5个农贸市场推行“划行归市”', '县创文办第二督查组关于城关镇农贸市场整治工作的核查情况')).toBeNull();
    expect(othersDeedClause('该局在城区5个农贸市场推行“划行归市”', '县文明办关于城关镇农贸市场整治工作的情况说明')).toBe('third');
    expect(othersDeedClause('该局在城区5个农贸市场推行“划行归市”', '县政府办公室关于县市场监督管理局农贸市场整治工作的情况通报')).toBeNull();
  });

  const wfu = '县妇联关于参与校园周边控烟工作的情况说明';
  it('a school acting "too" after a party\'s own deed is no deed of the unit', () =>
    expect(has([wfu, '家长们在家中自行订立了“无烟家庭”公约，学校也结合家长会开展了控烟主题教育。'], '具体措施')).toBe(false));
  it('the unit acting after a party\'s own deed is its own', () =>
    expect(has([wfu, '家长们在家中自行订立了“无烟家庭”公约，县妇联也结合家长学校开展了控烟主题宣讲。'], '具体措施')).toBe(true));

  it('a property body\'s own report calls itself 物业', () =>
    expect(has(['锦华苑物业服务中心小区楼栋牌、门牌管理情况说明', '物业安排秩序维护员结合日常巡逻开展标识巡检，上半年共巡检23次。'], '具体措施')).toBe(true));
  it('物业 in a community\'s report is the firm', () =>
    expect(has(['东关社区关于小区楼栋牌管理情况说明', '物业安排秩序维护员结合日常巡逻开展标识巡检，上半年共巡检23次。'], '具体措施')).toBe(false));
});

describe('session 42: outcomes', () => {
  it('reads a child now reminding the grown-ups, fed back', () => expect(servedSaidChange('家长反馈，孩子回家会提醒大人出门关阀、检查胶管。')).not.toBeNull());
  it('takes no outcome from a child who does not remind', () => expect(servedSaidChange('家长反馈，孩子回家不会提醒大人关阀。')).toBeNull());
  it('reads a thing now done by a sign or at once', () => {
    expect(outcome('编设门牌的村外来车辆按门牌就能找户。')).not.toBeNull();
    expect(outcome('村民办理户籍业务时地址一次填对。')).not.toBeNull();
  });
  it('takes no outcome from a thing done at once as an aim', () => {
    expect(EASY_NOW.test('确保群众办事一次办成')).toBe(false);
    expect(EASY_NOW.test('方便外来车辆按门牌就能找户')).toBe(false);
    expect(outcome('推行“一窗受理、一次办结”。')).toBeNull();
    expect(outcome('能一次办好的，不能让病人跑两趟。')).toBeNull();
  });
  it('reads a place named by two bodies jointly, listed among the best, a practice passed on as a model', () => {
    expect(outcome('党史馆今年被县委宣传部、县委组织部联合命名为“清河县党史学习教育基地”。')).not.toBeNull();
    expect(outcome('今年4月，“河口红色旅游线路”被省文化和旅游厅列入全省红色旅游精品线路。')).not.toBeNull();
    expect(outcome('县文明办把这项活动作为未成年人思想道德建设典型做法推介。')).not.toBeNull();
  });
  it('reads a site proclaimed protected, the media reporting the change, visitors left with a good impression', () => {
    expect(outcome('今年4月，石桥烈士墓被县人民政府公布为县级烈士纪念设施保护单位。')).not.toBeNull();
    expect(outcome('县融媒体中心专题报道了站前片区的新变化。')).not.toBeNull();
    expect(outcome('4月招商考察的客商对园区环境印象很好。')).not.toBeNull();
  });
  it('takes no outcome from the media reporting an event, or a good impression aimed at', () => {
    expect(outcome('县融媒体中心报道了开幕式。')).toBeNull();
    expect(outcome('要让客商对园区环境印象很好。')).toBeNull();
    expect(outcome('客商对园区环境印象很好的原因在于绿化。')).toBeNull();
  });
  it('takes no recognition from a listing for trouble, a model to be built, or a practice to pass on', () => {
    expect(outcome('该路段被县创文办列入重点整治对象。')).toBeNull();
    expect(outcome('党史馆被县委宣传部列入精品创建对象名单。')).toBeNull();
    expect(outcome('下一步将把这项活动作为典型做法推广。')).toBeNull();
    expect(outcome('党史馆今年被县委宣传部、县委组织部、县文旅局、县教育局联合检查。')).toBeNull();
  });
  it('reads complaints fewer by a count of cases, and new model shops named', () => {
    expect(outcome('商贸街今年上半年消费投诉仅3件，比去年同期少7件。')).not.toBeNull();
    expect(outcome('经县局验收，镇区新增县级放心消费示范店5家。')).not.toBeNull();
  });
  it('takes no outcome from fewer activities or model shops aimed at', () => {
    expect(outcome('比去年同期少开展活动2次。')).toBeNull();
    expect(outcome('比去年同期少3场。')).toBeNull();
    expect(outcome('力争新增示范店5家。')).toBeNull();
  });
  it('reads those served taken as family, a feast told the happiest, a landlord now calling on his own', () => {
    expect(servedSaidChange('家属说残联把他们当成了一家人。')).not.toBeNull();
    expect(servedSaidChange('家属说今年元宵过得最开心。')).not.toBeNull();
    expect(servedSaidChange('房东老田，以前嫌我“多管闲事”，现在新租客一来，他就主动给我打电话登记。')).not.toBeNull();
  });
  it('takes no change from a family not taken in, or a landlord still unwilling', () => {
    expect(servedSaidChange('家属说没被当成一家人。')).toBeNull();
    expect(servedSaidChange('房东老田，以前嫌我“多管闲事”，现在新租客一来，他还是不登记。')).toBeNull();
  });
  it('reads an outcome after a villager\'s quoted intention', () =>
    expect(outcome('村民说：“冯大哥照顾孤寡老人这么多年，我们看在眼里，也要学着做。”乡里孝老敬老的风气更浓了。')).not.toBeNull());
  it('a quoted speaker\'s intention does not cut the sentence; the unit\'s own after it does', () => {
    expect(beforeIntention('村民说：“我们看在眼里，也要学着做。”乡里风气更浓了。')).toBe('村民说：“我们看在眼里，也要学着做。”乡里风气更浓了。');
    expect(beforeIntention('村民说：“我们看在眼里。”下一步乡里要让风气更浓。')).toBe('村民说：“我们看在眼里。”');
    expect(beforeIntention('标语写着“我们看在眼里，也要学着做”。')).toBe('标语写着“我们看在眼里');
    expect(beforeIntention('孙阳说：“大学生多，要把他们组织起来。”刘畅说：“可以把经验带回来。”')).toBe('孙阳说：“大学生多');
  });
  it('takes no outcome from a fix only asked of the household', () =>
    expect(outcome('4月8日｜供销社家属院｜入户宣传，查看胶管｜发现胶管老化，已告知住户更换')).toBeNull());
  it('reads a fix told done', () => expect(outcome('入户检查发现胶管老化，当场已为住户更换。')).not.toBeNull());
});

describe('session 42: who is in charge', () => {
  it('takes no one from retailers made responsible for their own shop', () =>
    expect(charge('发放《致零售户的一封信》300余份，提醒零售户作为门店第一责任人不得向未成年人售烟。')).toBeNull());
  it('takes no one from a retailer answering for its own shop', () => expect(charge('零售户是本店禁售的第一责任人。')).toBeNull());
  it('reads one person holding another body\'s post and the unit\'s head\'s post', () =>
    expect(charge('县爱卫办主任、局长郑文华负总责，县疾控中心副主任黄涛具体负责监测。', '县卫健局关于病媒生物防制的说明')).not.toBeNull());
  it('takes no one from another body\'s head alone, or a head\'s post of another kind', () => {
    expect(charge('县爱卫办主任郑文华负总责。', '县卫健局关于病媒生物防制的说明')).toBeNull();
    expect(charge('县爱卫办主任、局长郑文华负总责。', '县第一中学关于病媒生物防制的说明')).toBeNull();
  });
  it('reads the unit\'s own head as the one responsible', () => expect(charge('稽查中队长作为第一责任人，具体负责暗访。')).not.toBeNull());
});
