/**
 * Session 60 (the fifty-fifth set, moved to train), 主体责任 and 取得成效: what the rules missed or read wrongly. Every sentence here is
 * written for the test (the set's reports are read by the eval only).
 * 主体责任 read: a numbered heading keyed as the one in charge with its value run in (一、责任人：…股长…); a 事务所's own 项目经理 in
 * its own report.
 * 主体责任 not: a market's manager named with the market in a 市场监管 body's report; a firm's project head referred back (由该所项目
 * 负责人…); the bodies of towns counted bare (两镇三资代理中心负责…).
 * 取得成效 read: no complaint received told at length (没有收到…投诉); a radius shortened; a payment's harm avoided (未发生错发 / 没有因…
 * 造成…冒领) or at zero (冒领为零); doubts fewer (疑问少了); no dispute arising.
 * 取得成效 not: 没收 (the word); a deed not done (没有收集…); a target (力争…缩短到 / 力争…为零); a demand to prevent; doubts or
 * disputes handled as work.
 */
import { describe, expect, it } from 'vitest';
import { charge, result } from './element-found.js';

const CIVIL = '清河县民政局关于高龄津贴发放核查情况的说明';
const PRACTICE = '清河明信会计师事务所城关镇村级财务审计情况说明';
const AGRI_BUREAU = '清河县农业农村局关于村级财务审计情况的说明';
const MARKET_BUREAU = '清河县市场监督管理局关于农贸市场食品快检情况的说明';
const FINANCE = '清河县财政局关于村级会计代理服务检查情况的说明';
const FARM_STATION = '清河县农村经济经营管理站关于村级财务审计工作的小结';
const ENFORCEMENT = '清河县农业综合执法大队关于春季农资市场检查情况的说明';
const TOWN = '石桥镇人民政府关于消防水源建设工作的总结';
const CO_OP = '石桥村股份经济合作社财务公开情况说明';

describe('session 60: a numbered heading keyed as the one in charge, its value run in', () => {
  it('reads 责任人 with a 股 head named as the value', () =>
    expect(charge(CIVIL, '一、责任人：社会救助股股长何丽华。\n二、做法：逐户核对高龄老人名单。')).toBe(true));
  it('reads 负责人 with a person named as the value', () =>
    expect(charge(CIVIL, '一、负责人：何丽华。\n二、做法：逐户核对高龄老人名单。')).toBe(true));
  it('does not read a key of another kind (联系人)', () =>
    expect(charge(CIVIL, '一、联系人：社会救助股股长何丽华。\n二、做法：逐户核对高龄老人名单。')).toBe(false));
  it('does not read a heading naming no charge (工作依据)', () =>
    expect(charge(CIVIL, '一、工作依据：社会救助股股长何丽华。\n二、做法：逐户核对高龄老人名单。')).toBe(false));
  it('does not read the key with its value left open', () =>
    expect(charge(CIVIL, '一、责任人：待定。\n二、做法：逐户核对高龄老人名单。')).toBe(false));
});

describe('session 60: a 事务所\'s own 项目经理 in its own report', () => {
  it('reads the practice\'s 项目经理 named in charge', () =>
    expect(charge(PRACTICE, '二、组织：项目经理陆文静负责，项目组6人。')).toBe(true));
  it('reads it with the work named', () =>
    expect(charge(PRACTICE, '项目经理陆文静负责入村审计的现场工作。')).toBe(true));
  it('does not read a 项目经理 in the bureau\'s report', () =>
    expect(charge(AGRI_BUREAU, '项目经理陆文静负责入村审计的现场工作。')).toBe(false));
  it('does not read a 项目经理 in a bureau\'s report on the practices', () =>
    expect(charge('清河县司法局律师事务所年度检查情况说明', '项目经理陆文静负责入村审计的现场工作。')).toBe(false));
});

describe('session 60: a market\'s manager in a 市场监管 body\'s report', () => {
  it('does not read the market\'s manager named with the market', () =>
    expect(charge(MARKET_BUREAU, '东关农贸市场经理刘德明负责本市场快检室的日常管理。')).toBe(false));
  it('does not read a vegetable market\'s manager', () =>
    expect(charge(MARKET_BUREAU, '城南菜市场经理孙洁具体负责摊位的每日自检。')).toBe(false));
  it('reads the market\'s manager in the market\'s own report', () =>
    expect(charge('东关农贸市场食品安全自检情况说明', '市场经理刘德明负责快检室的日常管理。')).toBe(true));
  it('reads the body\'s own 股 head in the same report', () =>
    expect(charge(MARKET_BUREAU, '食品流通股股长马骏负责节前快检的抽样安排。')).toBe(true));
});

describe('session 60: a firm\'s project head referred back by its body word', () => {
  it('does not read 该所项目负责人 leading', () =>
    expect(charge(FINANCE, '我局借助安信会计师事务所力量，由该所项目负责人赵立平带队入村核查。')).toBe(false));
  it('does not read 该公司项目经理 in charge', () =>
    expect(charge(FINANCE, '代理记账软件由金算盘公司维护，由该公司项目经理钱明负责现场调试。')).toBe(false));
  it('reads the bureau\'s own 股 head leading after the firm', () =>
    expect(charge(FINANCE, '我局借助安信会计师事务所力量，由局会计股股长赵立平带队入村核查。')).toBe(true));
});

describe('session 60: the bodies of towns counted bare', () => {
  it('does not read two towns\' centres in charge', () =>
    expect(charge(FARM_STATION, '两镇三资代理中心负责村级代理记账。')).toBe(false));
  it('does not read three townships\' stations in charge', () =>
    expect(charge(FARM_STATION, '三乡农经服务中心负责各村报账资料的收集。')).toBe(false));
  it('reads the station\'s own head named in charge', () =>
    expect(charge(FARM_STATION, '站长周海鹏负责村级代理记账的抽查。')).toBe(true));
});

describe('session 60: no complaint received, told at length', () => {
  it('reads 没有收到 with the complainants and the matter named', () =>
    expect(result(ENFORCEMENT, '今年春耕以来没有收到农户对化肥质量的投诉。')).toBe(true));
  it('reads it after another clause', () =>
    expect(result(ENFORCEMENT, '检查后，门店的进货台账比去年齐全，春耕期间没有收到种植户对农药质量的举报。')).toBe(true));
  it('does not read 没收 (the word)', () => expect(result(ENFORCEMENT, '依法没收假冒化肥12袋。')).toBe(false));
  it('does not read a deed not done (没有收集)', () =>
    expect(result(ENFORCEMENT, '检查中没有收集农户对化肥质量的意见。')).toBe(false));
});

describe('session 60: a radius shortened', () => {
  it('reads a radius shortened', () => expect(result(TOWN, '通过新建水池，偏远村庄的消防取水半径明显缩短。')).toBe(true));
  it('reads a way to go shortened', () => expect(result(TOWN, '新站建成后，群众就医路程缩短。')).toBe(true));
  it('does not read a radius as a target', () =>
    expect(result(TOWN, '力争把山区村庄的消防取水半径缩短到500米以内。')).toBe(false));
});

describe('session 60: a payment\'s harm avoided', () => {
  it('reads 未发生错发、漏发', () => expect(result(FINANCE, '补贴资金拨付及时，未发生错发、漏发。')).toBe(true));
  it('reads 没有因…造成…冒领', () =>
    expect(result(FINANCE, '今年全县没有因死亡信息滞后造成养老补贴冒领。')).toBe(true));
  it('reads 没有因…造成…错发', () =>
    expect(result(FINANCE, '核查后辖区没有因身份信息错误造成补贴错发。')).toBe(true));
  it('reads 冒领 at zero', () => expect(result(FINANCE, '通过逐户比对，今年全县低保金新增冒领为零。')).toBe(true));
  it('does not read a demand to prevent it', () => expect(result(FINANCE, '各乡镇要严防发生错发、漏发。')).toBe(false));
  it('does not read 冒领 at zero as a target', () => expect(result(FINANCE, '力争今年新增冒领为零。')).toBe(false));
  it('does not read the towns with none as a noun phrase', () =>
    expect(result(FINANCE, '未发生错发的乡镇名单已报县财政局。')).toBe(false));
});

describe('session 60: doubts fewer, no dispute arising', () => {
  it('reads the members\' doubts fewer', () => expect(result(CO_OP, '公开以后，成员对账目的疑问少了。')).toBe(true));
  it('reads no dispute at the dividend', () => expect(result(CO_OP, '今年年底分红没有发生争议。')).toBe(true));
  it('does not read the members fewer', () => expect(result(CO_OP, '今年参加成员大会的成员少了。')).toBe(false));
  it('does not read disputes handled as work', () => expect(result(CO_OP, '理事会调解分红争议3起。')).toBe(false));
});
