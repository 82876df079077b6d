/**
 * Review 60a: an independent review of session 60's 具体措施 rules (element-measures.ts, element-others-deeds.ts, the 将在 change in
 * element-shared.ts). Checked with 164 sentences of the reviewer's own, both sides of each rule: money paid with no payer, banks
 * paying out, audits and vettings counted (审计 / 比对 / 人 / 张), testing stations, a 由-clause after another body's work, board
 * postings with no doer and villages' postings, places of a kind by their count, tiers at a vetting's steps, a market operator's order
 * in a row, water firms at their trade, others' returns (通报 / 的台账 / 据汇总), 将 + 在册 as 把. Every sentence is written for the test.
 * Fixed here:
 * - 将在 + 校园 / 职工 / 营业 / 用电 / 读书 / 建设 / 案件 is the future again (将在校园内增设…); only 将 + 在册 / 在校学生 / 在建工地 … is 把.
 * - The unit going out to places named in a list (深入城关、新华等12个社区开展… / 走进… / 到… / 赴… / 在… / 抽取…) is its own outreach, not
 *   the places' work.
 * - Work done through a bank (通过代发银行将救助金发放… / 依托县农商行发放…) is the unit's, not the bank's, and carries no subject on.
 * - A 社区居委会 posting on its board is the committee's deed like a 居委会's (not in a community's own report).
 * - Schools counted by 所 as 中小学 / 小学 / 中学 at their work (全县15所中小学开展了…) are the schools', as 学校 already was.
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const CIVIL = '清河县民政局关于临时救助工作的说明';
const HRSS = '清河县人力资源和社会保障局关于创业担保贷款工作的说明';
const MKT = '清河县市场监督管理局关于农贸市场快检情况的说明';
const STREET = '城东街道办事处关于小区消防设施管理情况的说明';
const COMM = '城东社区关于居民公约修订情况的说明';
const SCHOOL = '清河县第一中学关于校园安全工作的说明';
const EDU = '清河县教育局关于防溺水工作的说明';
const HOSP = '清河县人民医院关于院感防控工作的说明';
const CORP = '清河县城投集团有限公司关于安全生产工作的说明';
const JUST = '清河县司法局关于普法宣传工作的说明';

describe('review 60a: 将在 + a place or a time is the future; 将 + 在册 / 在校学生 / 在建工地 stays 把', () => {
  it('does not read 学校将在校园内增设心理咨询室。', () => expect(measure(SCHOOL, '学校将在校园内增设心理咨询室。')).toBe(false));
  it('does not read 我公司将在职工中广泛开展安全生产知识竞赛。', () =>
    expect(measure(CORP, '我公司将在职工中广泛开展安全生产知识竞赛。')).toBe(false));
  it('does not read 我局将在营业高峰时段开展突击检查。', () => expect(measure(MKT, '我局将在营业高峰时段开展突击检查。')).toBe(false));
  it('does not read 我们将在用电高峰期前完成线路检修。', () => expect(measure(CORP, '我们将在用电高峰期前完成线路检修。')).toBe(false));
  it('does not read 医院将在读书日组织医护人员开展读书分享活动。', () =>
    expect(measure(HOSP, '医院将在读书日组织医护人员开展读书分享活动。')).toBe(false));
  it('reads 我局将在校学生全部纳入防溺水家访范围，共家访3200户。', () =>
    expect(measure(EDU, '我局将在校学生全部纳入防溺水家访范围，共家访3200户。')).toBe(true));
  it('reads 我局将在售食品全部纳入快检范围，检测样品320批次。', () =>
    expect(measure(MKT, '我局将在售食品全部纳入快检范围，检测样品320批次。')).toBe(true));
  it('reads 医院将在岗医护人员全部纳入院感培训，共培训860人次。', () =>
    expect(measure(HOSP, '医院将在岗医护人员全部纳入院感培训，共培训860人次。')).toBe(true));
});

describe('review 60a: the unit going out to places named in a list is its own work', () => {
  it('reads 深入城关、新华等12个社区开展法治宣传，发放资料3000份。', () =>
    expect(measure(JUST, '深入城关、新华等12个社区开展法治宣传，发放资料3000份。')).toBe(true));
  it('reads 走进一中、二中等5所学校开展法治讲座。', () => expect(measure(JUST, '走进一中、二中等5所学校开展法治讲座。')).toBe(true));
  it('reads 先后到城关、新华等12个社区开展“送法进社区”活动。', () =>
    expect(measure(JUST, '先后到城关、新华等12个社区开展“送法进社区”活动。')).toBe(true));
  it('reads 赴柳河、桃园等6个镇开展“法律进乡村”巡回宣讲。', () =>
    expect(measure(JUST, '赴柳河、桃园等6个镇开展“法律进乡村”巡回宣讲。')).toBe(true));
  it('reads 在一中、二中等5所学校开展防溺水应急演练。', () =>
    expect(measure(EDU, '在一中、二中等5所学校开展防溺水应急演练。')).toBe(true));
  it('reads 抽取一中、二中等5所学校开展防溺水暗访。', () => expect(measure(EDU, '抽取一中、二中等5所学校开展防溺水暗访。')).toBe(true));
  it('still does not read 城关、新华等12个社区开展了消防演练。', () =>
    expect(measure(STREET, '城关、新华等12个社区开展了消防演练。')).toBe(false));
});

describe('review 60a: schools counted as 中小学 / 小学 / 中学 at their own work', () => {
  it('does not read 全县15所中小学开展了防溺水专题教育。', () =>
    expect(measure(EDU, '全县15所中小学开展了防溺水专题教育。')).toBe(false));
  it('does not read 城区6所小学开展了防溺水应急演练。', () => expect(measure(EDU, '城区6所小学开展了防溺水应急演练。')).toBe(false));
  it('reads 我局组织全县15所中小学开展防溺水应急演练。', () =>
    expect(measure(EDU, '我局组织全县15所中小学开展防溺水应急演练。')).toBe(true));
  it('reads 我校联合周边3所小学开展防溺水应急演练。', () => expect(measure(SCHOOL, '我校联合周边3所小学开展防溺水应急演练。')).toBe(true));
});

describe('review 60a: paying through a bank is the unit\'s work', () => {
  it('reads 通过代发银行将救助金发放到对象账户，并逐户电话回访，回访312户。', () =>
    expect(measure(CIVIL, '通过代发银行将救助金发放到对象账户，并逐户电话回访，回访312户。')).toBe(true));
  it('reads 依托县农商行发放创业担保贷款，并对申请人开展创业培训，培训126人次。', () =>
    expect(measure(HRSS, '依托县农商行发放创业担保贷款，并对申请人开展创业培训，培训126人次。')).toBe(true));
  it('still does not read 县农商银行按月将救助金打卡发放到户。', () =>
    expect(measure(CIVIL, '县农商银行按月将救助金打卡发放到户。')).toBe(false));
});

describe('review 60a: a 社区居委会 posting on its board', () => {
  it('does not read 社区居委会在小区公告栏公示消防设施检查结果。', () =>
    expect(measure(STREET, '社区居委会在小区公告栏公示消防设施检查结果。')).toBe(false));
  it('does not read 各社区居委会在宣传栏公示检查结果。', () => expect(measure(STREET, '各社区居委会在宣传栏公示检查结果。')).toBe(false));
  it('reads it in the community\'s own report', () =>
    expect(measure(COMM, '社区居委会在小区公告栏公示修订后的居民公约。')).toBe(true));
  it('reads 街道在各社区公告栏公示消防设施检查结果。', () =>
    expect(measure(STREET, '街道在各社区公告栏公示消防设施检查结果。')).toBe(true));
});

describe('review 60a: a bare 据汇总 / 经汇总 before the unit\'s own figures', () => {
  it('reads 经汇总，全年共开展普法宣传活动46场，发放资料1.2万份。', () =>
    expect(measure(JUST, '经汇总，全年共开展普法宣传活动46场，发放资料1.2万份。')).toBe(true));
  it('reads 据汇总，上半年街道开展消防入户宣传86次。', () =>
    expect(measure(STREET, '据汇总，上半年街道开展消防入户宣传86次。')).toBe(true));
  it('does not read 据汇总，各学校上半年共开展防溺水教育126场。', () =>
    expect(measure(EDU, '据汇总，各学校上半年共开展防溺水教育126场。')).toBe(false));
  it('does not read 经汇总，全年全县各社区共开展普法讲座46场。', () =>
    expect(measure(JUST, '经汇总，全年全县各社区共开展普法讲座46场。')).toBe(false));
});

describe('review 60a: testing stations by level', () => {
  const AG = '清河县农业农村局关于种子市场监管情况的说明';
  it('does not read 省农产品质检中心在我县抽检种子样品60批次。', () =>
    expect(measure(AG, '省农产品质检中心在我县抽检种子样品60批次。')).toBe(false));
  it('reads 县种子质量检验站下半年检测门店种子样品36批次。', () =>
    expect(measure(AG, '县种子质量检验站下半年检测门店种子样品36批次。')).toBe(true));
});
