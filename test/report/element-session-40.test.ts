/**
 * Session 40 (the thirty-fifth set, moved to train): what set 35 showed the rules missing or taking wrongly.
 * 具体措施: the unit's check of things told done and counted, on the spot or one by one; a dated row naming a drill or an event in its
 * content cell; not a market operator's or a village water keeper's own check, not a higher body's examining team's row, not 特种设备
 * read as planting, not 搭建平台 / 守牢底线. 取得成效: a change against an earlier month, no harm over a season, those served at ease,
 * all told compliant, no accident, books matching (element-result-compliance.ts); a problem named by its shortfall and told solved; a
 * bad rate below the average; not 质量控制, not an error rate read. 主体责任: a person's own report opening with the charge given them.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { AGAINST_EARLIER, AT_EASE_WITH, SEASON_HARM_NONE, complianceSentence } from '../../src/text/element-result-compliance.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const measure = (text: string, title = ANY) => measures({ text, title, role: undefined, heading: false, firm: false, index: 1 } as never);
const outcome = (text: string, title = ANY) => results({ text, title, role: 'body', heading: false, firm: false, index: 1 } as never);
const charge = (text: string, title = ANY) => responsibility({ text, title, firm: false, index: 0 } as never);

describe('session 40: the unit\'s measures', () => {
  const deeds: [string, string][] = [
    ['a check of things counted', '本季度共检查仓房2栋、隐患3处，全部整改完毕。'],
    ['a check of lifts counted', '对辖区电梯开展检查，检查电梯58台。'],
    ['forms reviewed, counted', '我带领普查员入户，审核登记表418份，退回重填23份。'],
    ['indicators checked, counted in items', '财务科核对普查表指标41项。'],
    ['a register row\'s count under the thing named in a cell', '4月3日｜马庄集市｜电子计价秤｜检定68台，合格63台'],
    ['a follow-up on the spot counted', '现场跟踪维保作业9次，对维保不到位的2家维保单位下达整改指令。'],
    ['a spot test of a thing', '对物业值班室应急救援电话接听情况进行抽测。'],
    ['a check one by one', '对辖区老旧小区58台住宅电梯逐台核对使用登记和定期检验情况。'],
    ['a dated row naming a drill after its place', '2月26日｜乡政府院内｜风力灭火机操作训练｜参加28人'],
    ['a dated row naming an event with its branch noted', '2月25日｜“新春话理想”主题团日（东关社区团支部）｜21人｜已开展'],
    ['a row of the unit\'s own check team', '11月18日｜局检查组｜质量抽查｜抽查普查小区8个'],
    ['planting told done', '在河堤上种了200棵柳树。'],
    ['a platform named', '搭建“青春议事厅”线上平台。'],
    ['the unit joining others to name a base', '我部联合县委组织部命名“清河县党史学习教育基地”3处。'],
    ['the unit having a market operator check', '督促市场开办方自查摊位326户。'],
    ['the unit having a market operator check, in a row', '4月｜组织市场开办方自查｜价签｜自查摊位326户'],
  ];
  for (const [what, line] of deeds) it(`reads ${what}`, () => expect(measure(line)).not.toBeNull());

  const none: [string, string][] = [
    ['a count with nothing named', '检查3个。'],
    ['problems found, counted', '发现问题6个。'],
    ['a check planned', '下半年计划检查电梯58台。'],
    ['a follow-up owed', '需跟踪维保作业9次。'],
    ['a count bare outside a row', '检定68台。'],
    ['what was checked as a noun', '查到了什么：抽查的5处避难场所标识清楚、通道畅通；'],
    ['another body\'s check of places', '县文明办暗访组在学校周边抽查卷烟零售户24户，发现问题。'],
    ['a higher body\'s examining team in a row', '11月18日｜省普查办抽查组｜事后质量抽查｜抽查我县普查小区8个'],
    ['a higher body\'s examining team in a row, whatever it checked', '11月18日｜省普查办抽查组｜事后质量抽查｜抽查普查小区8个'],
    ['problems counted in a check', '检查问题3个。'],
    ['a row whose examiner\'s cell was blanked', '5月3日｜服务大厅｜□□□□｜抽查窗口8个'],
    ['an honour given in the passive', '党史馆今年被县委宣传部、县委组织部联合命名为“清河县党史学习教育基地”。'],
    ['the unit checked, its examiner blanked', '11月18日｜□□□□□□□□事后质量抽查｜抽查我县普查小区8个'],
    ['a youth\'s own good turn in a dated row', '4月19日｜返乡大学生自发为村小学生辅导功课｜6人｜青年自发'],
    ['a drill not yet held', '3月12日｜乡政府院内｜训练计划待定｜'],
    ['a market operator\'s own check in a row', '4月｜城关农贸市场开办方自查｜价签｜自查摊位326户，补标价签18处'],
    ['a village water keeper on his own', '各村管水员按照村里的安排自行巡查本村管道，发现问题向乡镇水管站反映。'],
    ['特种设备 as planting', '全县特种设备使用单位1276家，其中电梯使用单位412家；'],
    ['守牢底线', '今年上半年，我局全力守牢特种设备安全底线。'],
    ['搭建平台 with none named', '县青联注重凝聚青年力量、搭建服务平台、发挥桥梁纽带作用。'],
  ];
  for (const [what, line] of none) it(`refuses ${what}`, () => expect(measure(line)).toBeNull());
});

describe('session 40: outcomes', () => {
  const claims: [string, string][] = [
    ['complaints fewer than a month named', '6月份12315平台餐饮价格投诉仅1件，比3月份减少7件。'],
    ['no leak over the flood season', '汛期未出现漏雨进水。'],
    ['no panic buying over the festival', '春节期间全县没有出现抢购和断供。'],
    ['no panic buying at the festival', '春节没有出现抢购和断供。'],
    ['no leak over the flood season, alone', '汛期未出现漏雨。'],
    ['those served at ease with a thing', '学生和家长对学校饮水卫生放心。'],
    ['all told compliant', '本店明码标价全部符合要求。'],
    ['stock all up to the standard, 供应 no "should"', '节前所有应急供应网点成品粮油库存均达到规定标准。'],
    ['no accident', '储粮安全无事故。'],
    ['books matching', '经市发改委检查认定，库存账实相符。'],
    ['a problem named by its shortfall, solved', '以前夏季水压不足的问题基本解决。'],
    ['a bad rate below the average does not void a rank', '我乡差错率为0.4%，低于全县平均水平，入户登记进度在全县乡镇中排名第三。'],
    ['a quality brought under control', '环境质量得到控制。'],
    ['a rate reached', '合格率达到98%。'],
  ];
  for (const [what, line] of claims) it(`reads ${what}`, () => expect(outcome(line)).not.toBeNull());

  const none: [string, string][] = [
    ['the unit\'s own work grown against a month', '宣传活动比3月份增加12场。'],
    ['a good thing falling against last year', '志愿者人数比去年同期减少5人。'],
    ['the unit\'s own work grown against a quarter, counted', '二季度共约谈6人次、下达停工整改通知3份，较一季度分别增加3人次和2份。'],
    ['a day\'s row without a leak', '6月3日｜2号仓｜仓顶｜未出现漏雨'],
    ['ease as an aim', '让群众对饮水安全放心。'],
    ['compliance demanded', '要求各店全部符合要求。'],
    ['compliance in a row', '4月20日｜处方药柜台｜价签｜全部符合要求'],
    ['no accident as a target', '确保全年无事故。'],
    ['no accident in a day\'s row', '6月3日｜1号仓｜仓房｜正常，无事故'],
    ['books matching in a row', '4月2日｜1号仓｜库存｜账实相符'],
    ['books matching as an aim', '做到账实相符。'],
    ['a duty of quality control', '检验科负责实验室质量控制。'],
    ['a shortfall not solved', '水压不足问题尚未解决。'],
    ['a good rate below the average', '群众满意率为80%，低于全县平均水平，排名第三。'],
    ['an error rate read', '差错率为0.4%。'],
  ];
  for (const [what, line] of none) it(`refuses ${what}`, () => expect(outcome(line)).toBeNull());

  it('bounds each class', () => {
    expect(AGAINST_EARLIER.test('投诉较整治前下降')).toBe(true);
    expect(AGAINST_EARLIER.test('投诉较多')).toBe(false);
    expect(AGAINST_EARLIER.test('满意率较一季度提高')).toBe(true);
    expect(AGAINST_EARLIER.test('约谈较一季度增加3人次')).toBe(false);
    expect(SEASON_HARM_NONE.test('今年未发生电梯困人')).toBe(true);
    expect(SEASON_HARM_NONE.test('未发生电梯困人')).toBe(false);
    expect(AT_EASE_WITH.test('顾客对价格很放心')).toBe(true);
    expect(AT_EASE_WITH.test('顾客对价格满意度较高')).toBe(false);
    expect(complianceSentence('全年安全生产无事故')).not.toBeNull();
    expect(complianceSentence('全年安全生产无事故的目标')).toBeNull();
    expect(complianceSentence('库存账实相符率')).toBeNull();
  });
});

describe('session 40: 主体责任, a person\'s own charge', () => {
  it('reads the writer appointed and given a duty', () => {
    expect(charge('本人张学文，受县林业局聘为黄岭片区专职护林员，负责黄岭、牛头山两处山场的巡护。', '护林员巡山记录及情况说明')).not.toBeNull();
    expect(charge('我是城南街道锦绣花园社区干部何丽萍，受街道指派担任本社区普查指导员，负责片区普查员的业务指导和数据审核。')).not.toBeNull();
  });
  it('refuses a writer not appointed, or given no duty', () => {
    expect(charge('本人受邀参加活动，负责拍照。')).toBeNull();
    expect(charge('我是社区居民，平时负责照看孙子。')).toBeNull();
    expect(charge('本人张学文，受县林业局聘为护林员。')).toBeNull();
    expect(charge('该村受镇政府委托，负责垃圾清运。')).toBeNull();
    expect(charge('本人受社区邀请参加活动，负责拍照。')).toBeNull();
  });
  it('reads it in the whole pipeline', () => {
    expect(found(['# 护林员巡山记录及情况说明', '本人张学文，受县林业局聘为黄岭片区专职护林员，负责黄岭、牛头山两处山场的巡护。'], '主体责任')).not.toEqual([]);
  });
});
