/**
 * Review 59a: an independent check of session 59's 具体措施 rules (element-measures.ts, element-measure-classes.ts,
 * element-others-deeds.ts, the 具体措施 part of elements.ts), on 155 sentences written for the review (none from the corpus).
 * Checked: 实施 after 压 / 夯, 覆盖 / 涵盖 N个, 报送 / 呈送 / 递送检测报告, samples of listed kinds, a testing body's tests counted after
 * its clause, a body by its kind's word (中心自行…), 涉及…, operators' filing through a system, the new parties (餐馆 / 饭店 / 农家乐),
 * places of a kind on their own in one clause, collectors at their trade, figures reported to the unit, bodies named by their
 * count, bodies of their own line checking, a place's own self-check rows in its own record.
 * Fixed here (each read too wide or too narrow by the standard):
 * - a firm the unit brought in (街道引入洁源公司对…收运) is the unit's arrangement; a firm sending its trucks (安排专车 / 派出3台…
 *   到…) is still at its trade;
 * - after 我局汇总…报送的情况, the unit's own talks and orders (共约谈… / 已约谈…) are the unit's, not what the returns tell;
 * - bodies named by their count working jointly anywhere in the clause (两部门全年共开展联合执法检查) include the unit;
 * - a line body helping the unit or its staff (派出所配合乡综治办… / 民警陪同我乡安监人员…) is the unit's check;
 * - a self-check row is the reporter's own only when the reporter is of that kind: 市场自查 in the 市场监督管理局's report (or 企业自查
 *   in a 中小企业服务中心's) is the market's; 本项目部自查 and a 公司's own 公司自查 row in its own record are the reporter's.
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const CITY = '清河县城市管理局关于餐厨垃圾收运监管情况的说明';
const STREET = '城关街道办事处关于餐厨垃圾治理工作的说明';
const WAGES = '清河县人力资源和社会保障局关于根治欠薪工作的说明';
const HEALTH = '清河县卫生健康局关于医疗废物管理工作的说明';
const INN = '石门乡人民政府关于民宿安全管理工作的说明';
const MKT = '清河县市场监督管理局关于农贸市场规范管理工作的说明';
const FOOD = '清河县福源食品有限公司关于食品安全工作的说明';
const MARKET_ROW = '3月5日｜市场自查｜价签公示｜2处价签缺失｜当场更换';

describe('review 59a: a collector at its trade', () => {
  it('reads the street bringing a firm in to collect', () =>
    expect(measure(STREET, '街道引入洁源公司对辖区餐馆每日上门收运。')).toBe(true));
  it('does not read a firm sending its trucks', () =>
    expect(measure(CITY, '洁源公司安排专车每日定时清运城区餐厨垃圾。')).toBe(false));
  it('does not read a firm sending trucks to the restaurants', () =>
    expect(measure(CITY, '洁源公司派出3台密闭车每天到城区餐馆上门收运。')).toBe(false));
});

describe('review 59a: the unit\'s own deeds after the returns it gathered', () => {
  it('reads talks held, counted after the returns\' figures', () =>
    expect(measure(WAGES, '我局汇总各行业主管部门报送的情况，全县在建项目52个，共约谈欠薪企业负责人12人。')).toBe(true));
  it('reads talks held right after the returns', () =>
    expect(measure(WAGES, '我局汇总各乡镇报送的情况，已约谈3家企业负责人。')).toBe(true));
  it('still does not read accounts opened as the returns tell', () =>
    expect(measure(WAGES, '我局汇总各乡镇报送的情况，全县在建项目52个，其中已开设工资专户50个。')).toBe(false));
});

describe('review 59a: bodies named by their count', () => {
  it('reads joint enforcement told after the count', () =>
    expect(measure(WAGES, '两部门全年共开展联合执法检查8次。')).toBe(true));
  it('still does not read the bodies\' separate checks', () =>
    expect(measure(HEALTH, '两部门分别检查民营诊所46家。')).toBe(false));
});

describe('review 59a: a body of its own line helping the unit', () => {
  it('reads a police station assisting the township\'s office', () =>
    expect(measure(INN, '石门派出所配合乡综治办对全乡民宿开展了安全检查。')).toBe(true));
  it('reads police going with the township\'s staff', () =>
    expect(measure(INN, '石门派出所民警陪同我乡安监人员对民宿开展消防检查。')).toBe(true));
  it('still does not read the police station\'s own check', () =>
    expect(measure(INN, '石门派出所对全乡民宿开展了治安检查。')).toBe(false));
});

describe('review 59a: self-check rows, by the reporter\'s kind', () => {
  it('does not read a market\'s self-check row in the market regulator\'s report', () => expect(measure(MKT, MARKET_ROW)).toBe(false));
  it('reads the market\'s self-check row in its own record', () =>
    expect(measure('城关农贸市场价格公示自查记录', MARKET_ROW)).toBe(true));
  it('does not read a firm\'s self-check row in a service centre for firms', () =>
    expect(measure('清河县中小企业服务中心关于惠企服务工作的说明', '4月2日｜企业自查｜安全生产台账核对｜2本台账不全｜限期补齐')).toBe(false));
  it('reads 本项目部自查 in the project office\'s own record', () =>
    expect(measure('城南安置房项目部农民工工资支付自查记录', '2月3日｜本项目部自查｜工资专户流水核对｜无异常｜—')).toBe(true));
  it('reads a firm\'s own self-check row in its own report', () =>
    expect(measure(FOOD, '4月2日｜公司自查｜原料进货查验台账核对｜2批次票据缺失｜当日补齐')).toBe(true));
  it('still does not read a firm\'s self-check row in the bureau\'s report', () =>
    expect(measure(CITY, '7月9日｜公司自查｜收运车辆密闭｜1台车厢盖破损｜当日维修')).toBe(false));
  it('still does not read a shop\'s self-check row in the firm\'s report', () =>
    expect(measure(FOOD, '4月2日｜门店自查｜原料进货查验台账核对｜2批次票据缺失｜当日补齐')).toBe(false));
  it('reads a property firm\'s own self-check row', () =>
    expect(measure('清河县安居物业服务有限公司关于小区消防安全工作的说明', '6月1日｜物业自查｜消防通道｜3处堆放杂物｜当日清理')).toBe(true));
});
