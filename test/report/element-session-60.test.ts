/**
 * Session 60 (the fifty-fifth set, moved to train): what the 具体措施 rules missed. Every sentence here is written for the test (the
 * set's reports are read by the eval only).
 * Not the unit's: others' returns named with their papers or a 通报 (据…报送的台账， / 据…报来的月报， / 据…所通报，), a sentence opening
 * with 据汇总 / 经汇总 alone, places of a kind by their count at their work (城区24家物业公司… / 城关、新华、府前3个社区…), tiers and
 * villages at a vetting's own steps (各乡镇…初审 / 各村专干…摸底申报 / 村委会在…张榜公示), banks paying out, money told paid to its people,
 * a 自来水公司 at its trade, a 检验站's tests, how a testing body went about its own work (由检验员…), a market operator's order in a
 * row, a firm auditing under its service contract, a line body's 核实.
 * The unit's: audits and vettings counted (审计…17人 / 审核单据180张), results posted on a board with no doer, 将 + 在册 as 把.
 * Each rule has its other side.
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const AG = '清河县农业农村局关于种子市场监管情况的说明';
const MKT = '清河县市场监督管理局关于农贸市场快检情况的说明';
const FIRE = '清河县消防救援大队关于消防水源管理情况的说明';
const STREET = '城东街道办事处关于小区消防设施管理情况的说明';
const HEALTH = '清河县卫生健康局关于奖扶资格确认情况的说明';
const TOWN = '柳河乡人民政府关于奖扶资格确认工作的说明';
const VILLAGE = '李庄村奖扶对象申报情况说明';
const AUDIT = '清河县农业农村局关于村级财务审计情况的说明';
const STATION = '清河县农村经济经营管理站关于村级财务审计情况的说明';
const COOP = '王庄村股份经济合作社财务公开情况说明';
const BANK = '中国农业银行清河县支行关于代发补贴情况的说明';
const LAB = '市农产品质量检验站关于种子抽检情况的说明';
const CIVIL = '清河县民政局关于临时救助工作的说明';

describe('session 60: others\' returns named with their papers or a 通报 (set 55\'s 39714, 39727, 39732, 39741)', () => {
  it('does not read 据西街菜市场报送的台账，上半年开办方快检室共检测样品960批次，阳性5批次。', () =>
    expect(measure(MKT, '据西街菜市场报送的台账，上半年开办方快检室共检测样品960批次，阳性5批次。')).toBe(false));
  it('does not read 据新华农贸市场开办方报来的检测台账，三季度市场共快检样品1420批次。', () =>
    expect(measure(MKT, '据新华农贸市场开办方报来的检测台账，三季度市场共快检样品1420批次。')).toBe(false));
  it('does not read 据物业公司报来的月报，二季度各小区共保养消火栓88个。', () =>
    expect(measure(STREET, '据物业公司报来的月报，二季度各小区共保养消火栓88个。')).toBe(false));
  it('does not read 据城关所通报，上半年镇集市快检室共检测样品510批次，阳性3批次。', () =>
    expect(measure(TOWN, '据城关所通报，上半年镇集市快检室共检测样品510批次，阳性3批次。')).toBe(false));
});

describe('session 60: a sentence opening with 据汇总 / 经汇总 alone (set 55\'s 39836, 40043)', () => {
  it('does not read 据汇总，上半年城区物业企业保养小区室外消火栓132个。', () =>
    expect(measure(FIRE, '据汇总，上半年城区物业企业保养小区室外消火栓132个。')).toBe(false));
  it('does not read 经汇总，全年全县审计村64个，审计资金5200万元。', () =>
    expect(measure(AUDIT, '经汇总，全年全县审计村64个，审计资金5200万元。')).toBe(false));
  it('does not read checks counted after 经汇总', () =>
    expect(measure(AUDIT, '经汇总，上半年全县共检查村级账目128个，发现问题37个。')).toBe(false));
  it('does not read figures after the unit gathering others\' returns in its own name, to a colon', () =>
    expect(measure(AUDIT, '我局汇总各乡镇报送的审计数据：上半年全县共审计村52个，清理合同130份。')).toBe(false));
  it('reads 经汇总，全年全县审计村64个，我局对其中12个村的审计结果进行了复核。', () =>
    expect(measure(AUDIT, '经汇总，全年全县审计村64个，我局对其中12个村的审计结果进行了复核。')).toBe(true));
});

describe('session 60: places of a kind by their count at their work (set 55\'s 39807, 39821, 39843)', () => {
  it('does not read 城区24家物业公司对小区消火栓进行了保养，共更换阀门31个。', () =>
    expect(measure(STREET, '城区24家物业公司对小区消火栓进行了保养，共更换阀门31个。')).toBe(false));
  it('does not read 上半年城关、新华、府前3个社区共巡查消火栓196个次。', () =>
    expect(measure(STREET, '上半年城关、新华、府前3个社区共巡查消火栓196个次。')).toBe(false));
  it('does not read 锦绣苑、丽水湾等15个小区的物业企业共保养室外消火栓120个。', () =>
    expect(measure(STREET, '锦绣苑、丽水湾等15个小区的物业企业共保养室外消火栓120个。')).toBe(false));
  it('does not read a check counted of places named in a list by their count', () =>
    expect(measure(STREET, '上半年城关、新华、府前3个社区共检查居民楼消防通道42处。')).toBe(false));
  it('does not read a check counted of firms named with 等 by their count', () =>
    expect(measure(STREET, '锦绣苑、丽水湾等15个小区的物业企业共检查消防设施86处。')).toBe(false));
  it('reads 街道联合3个社区开展消火栓巡查，发现遮挡问题12处。', () =>
    expect(measure(STREET, '街道联合3个社区开展消火栓巡查，发现遮挡问题12处。')).toBe(true));
  it('reads 街道安全办检查了城区24家物业公司的消防设施维护记录。', () =>
    expect(measure(STREET, '街道安全办检查了城区24家物业公司的消防设施维护记录。')).toBe(true));
});

describe('session 60: tiers and villages at a vetting\'s own steps (set 55\'s 39908, 39927, 39935, 39947, 39932)', () => {
  it('does not read 各乡镇卫生计生办对申报材料进行初审，并在村务公开栏张榜公示。', () =>
    expect(measure(HEALTH, '各乡镇卫生计生办对申报材料进行初审，并在村务公开栏张榜公示。')).toBe(false));
  it('does not read 3月至4月，各村计生专干对本村符合条件的对象进行了摸底申报。', () =>
    expect(measure(HEALTH, '3月至4月，各村计生专干对本村符合条件的对象进行了摸底申报。')).toBe(false));
  it('reads 我局对各乡镇初审上报的材料逐户复核，共复核对象168人。', () =>
    expect(measure(HEALTH, '我局对各乡镇初审上报的材料逐户复核，共复核对象168人。')).toBe(true));
  it('does not read 村委会在村务公开栏张榜公示。', () =>
    expect(measure(HEALTH, '村委会在村务公开栏张榜公示。')).toBe(false));
  it('does not read a village committee posting a named list', () =>
    expect(measure(HEALTH, '村委会在村务公开栏张榜公示奖扶对象名单。')).toBe(false));
  it('does not read a village committee posting after the village clerks\' returns', () =>
    expect(measure(TOWN, '今年3月，各村计生专干对本村对象摸底申报，共申报新增对象19人；村委会在村务公开栏张榜公示。')).toBe(false));
  it('reads 村委会在村务公开栏张榜公示拟申报对象名单。', () =>
    expect(measure(VILLAGE, '村委会在村务公开栏张榜公示拟申报对象名单。')).toBe(true));
});

describe('session 60: banks paying out and money told paid (set 55\'s 39908, 39921)', () => {
  it('does not read 代发银行按名单将奖扶资金发放到对象账户。', () =>
    expect(measure(HEALTH, '代发银行按名单将奖扶资金发放到对象账户。')).toBe(false));
  it('does not read 今年的奖扶资金由代发银行按月发放到卡。', () =>
    expect(measure(HEALTH, '今年的奖扶资金由代发银行按月发放到卡。')).toBe(false));
  it('does not read a bank paying in full by a named passive', () =>
    expect(measure(HEALTH, '今年的奖扶资金由代发银行按时足额发放到人。')).toBe(false));
  it('does not read 经办银行按月将救助金打卡发放到户。', () =>
    expect(measure(CIVIL, '经办银行按月将救助金打卡发放到户。')).toBe(false));
  it('reads a bank paying out in its own report', () =>
    expect(measure(BANK, '我行按名单将耕地地力补贴发放到农户账户，共发放1268户。')).toBe(true));
  it('does not read 全县奖扶资金按时足额发放到人。', () =>
    expect(measure(HEALTH, '全县奖扶资金按时足额发放到人。')).toBe(false));
});

describe('session 60: a water company at its trade, a testing station\'s tests, how a testing body went about it (set 55\'s 39836, 39609, 39616)', () => {
  it('does not read 上半年县自来水公司维修市政消火栓29处，更换栓体4个。', () =>
    expect(measure(FIRE, '上半年县自来水公司维修市政消火栓29处，更换栓体4个。')).toBe(false));
  it('does not read 市种子质量检验站在例行监督抽查中检测我县门店种子样品18个。', () =>
    expect(measure(AG, '市种子质量检验站在例行监督抽查中检测我县门店种子样品18个。')).toBe(false));
  it('does not read a province\'s 质检中心 testing', () =>
    expect(measure(AG, '省农产品质检中心在监督抽查中检测我县门店种子样品12个。')).toBe(false));
  it('reads 我站在例行监督抽查中检测清河县门店种子样品18个。', () =>
    expect(measure(LAB, '我站在例行监督抽查中检测清河县门店种子样品18个。')).toBe(true));
  it('does not read 县农产品质量检测中心按其年度监测计划，由检验员到门店扦样，检测种子样品22个。', () =>
    expect(measure(AG, '县农产品质量检测中心按其年度监测计划，由检验员到门店扦样，检测种子样品22个。')).toBe(false));
});

describe('session 60: a market operator\'s order in a row (set 55\'s 39721)', () => {
  it('does not read 5月｜东关农贸市场｜蔬菜｜农药残留｜检测410批次，阳性2批次｜开办方通知摊户停', () =>
    expect(measure(MKT, '5月｜东关农贸市场｜蔬菜｜农药残留｜检测410批次，阳性2批次｜开办方通知摊户停售')).toBe(false));
  it('reads 5月12日｜东关农贸市场｜执法人员抽检｜阳性2批次｜开办方通知摊户停售', () =>
    expect(measure(MKT, '5月12日｜东关农贸市场｜执法人员抽检｜阳性2批次｜开办方通知摊户停售')).toBe(true));
});

describe('session 60: audits: a firm under its service contract, the unit\'s audit and vetting counted, a board posting (set 55\'s 40034, 40008, 40015, 40038, 40042)', () => {
  it('does not read 柳林镇的村级财务审计由正信会计师事务所按服务合同实施，事务所审计村18个，发现问', () =>
    expect(measure(AUDIT, '柳林镇的村级财务审计由正信会计师事务所按服务合同实施，事务所审计村18个，发现问题40个。')).toBe(false));
  it('reads 4月至6月，我站对换届离任的村干部开展离任审计，共审计离任村干部17人。', () =>
    expect(measure(STATION, '4月至6月，我站对换届离任的村干部开展离任审计，共审计离任村干部17人。')).toBe(true));
  it('reads 监事会逐笔审核报账单据，共审核单据180张。', () =>
    expect(measure(COOP, '监事会逐笔审核报账单据，共审核单据180张。')).toBe(true));
  it('reads an audit counted in people', () =>
    expect(measure(STATION, '上半年，我站审计离任村干部17人，发现问题23个。')).toBe(true));
  it('does not read a patrol post counted in people', () =>
    expect(measure(TOWN, '镇里聘用巡查员10人，与其签订巡查协议。')).toBe(false));
  it('does not read 我局收到并汇总各村审核单据180张。', () =>
    expect(measure(AUDIT, '我局收到并汇总各村审核单据180张。')).toBe(false));
  it('does not read 乡里聘用护林员12人，与其签订管护协议。', () =>
    expect(measure(TOWN, '乡里聘用护林员12人，与其签订管护协议。')).toBe(false));
  it('reads 审计结果和整改情况在村务公开栏张贴。', () =>
    expect(measure(COOP, '审计结果和整改情况在村务公开栏张贴。')).toBe(true));
  it('reads a list posted with no doer', () =>
    expect(measure(COOP, '分红名单在村务公开栏公示。')).toBe(true));
  it('does not read a standing practice of posting (the thing posted no result or list)', () =>
    expect(measure(COOP, '收费标准在小区公告栏公开，业主的评价有所好转。')).toBe(false));
  it('does not read fees put up as a standing practice', () =>
    expect(measure(COOP, '收费标准在小区公告栏张贴，业主的评价有所好转。')).toBe(false));
  it('does not read 审计 in a section\'s name counted', () =>
    expect(measure(AUDIT, '经局党组研究，授予经济责任审计股、办公室2个股室“先进股室”称号。')).toBe(false));
});

describe('session 60: 将 + 在册 as 把, a line body\'s 核实 (set 55\'s 39942, 39927)', () => {
  it('reads 4月，我局将在册对象与公安、民政的死亡信息比对，对疑似死亡的对象入户核实。', () =>
    expect(measure(HEALTH, '4月，我局将在册对象与公安、民政的死亡信息比对，对疑似死亡的对象入户核实。')).toBe(true));
  it('does not read 下一步，我局将在全县开展奖扶对象信息比对。', () =>
    expect(measure(HEALTH, '下一步，我局将在全县开展奖扶对象信息比对。')).toBe(false));
  it('does not read 派出所对申报人户籍进行核实。', () =>
    expect(measure(HEALTH, '派出所对申报人户籍进行核实。')).toBe(false));
  it('reads 派出所配合我局对申报人户籍进行核实。', () =>
    expect(measure(HEALTH, '派出所配合我局对申报人户籍进行核实。')).toBe(true));
});
