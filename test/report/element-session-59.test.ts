/**
 * Session 59 (the fifty-fourth set, moved to train): what the 具体措施 rules missed. Every sentence here is written for the test (the
 * set's reports are read by the eval only).
 * Not the unit's: a testing body's own tests counted after its clause (…中心自行…采样，共检测…), a body named by its kind's word alone
 * doing it itself (中心自行…) in another's report, what gathered papers cover (涉及…), operators' own filing through a system, a body of
 * its own line checking (消防救援站 / 派出所), places of a kind on their own in one clause (各单位自行…), a collector at its trade (X公司对…
 * 上门收运 / 由X公司（…）按合同上门收运 / 由X公司上门收运), figures reported to the unit (据企业报送镇里的汇总数，… / 我局汇总…报送的情况，
 * 全县…), bodies named by their count (两部门…查处…).
 * Words that only look like deeds: 压实施工企业… holds no 实施, 覆盖N个 no 盖, 报送检测报告 no 送检.
 * The unit's: samples of kinds listed before the noun (采集水源水、出厂水和末梢水样品). Each rule has its other side.
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const WATER = '清河县水利局关于农村供水水质监管情况的说明';
const TOWN = '柳河镇人民政府关于农村供水管护工作的说明';
const INN = '石门乡人民政府关于民宿安全管理工作的说明';
const CITY = '清河县城市管理局关于餐厨垃圾收运监管情况的说明';
const HEALTH = '清河县卫生健康局关于医疗废物管理工作的说明';
const WAGES = '清河县人力资源和社会保障局关于根治欠薪工作的说明';

describe('session 59: words that only look like deeds', () => {
  it('does not read 实施 inside 压实施工…', () =>
    expect(measure(WAGES, '局党组提高站位，压实施工企业工资支付责任，形成工作合力。')).toBe(false));
  it('does not read 实施 inside 夯实施工…', () =>
    expect(measure(WAGES, '夯实施工企业工资支付主体责任，营造良好氛围。')).toBe(false));
  it('reads 实施 of a named work', () =>
    expect(measure(WAGES, '4月实施农民工工资专户“一户一码”改造，覆盖在建项目。')).toBe(true));
  it('does not read 覆盖N个 as a thing built', () =>
    expect(measure(WATER, '全县集中供水工程覆盖214个行政村。')).toBe(false));
  it('does not read 涵盖N个 as a thing built', () =>
    expect(measure(WATER, '管护范围涵盖9个乡镇。')).toBe(false));
  it('still reads a shed built and counted', () =>
    expect(measure(TOWN, '镇水利站在泵房旁盖了2间值班房。')).toBe(true));
  it('does not read 报送检测报告 as samples sent for testing', () =>
    expect(measure(WATER, '各水厂每月向我局报送检测报告。')).toBe(false));
  it('reads samples sent for testing', () =>
    expect(measure(WATER, '我局在3处水厂采样送检。')).toBe(true));
});

describe('session 59: samples of kinds listed before the noun (set 54\'s 39122)', () => {
  const LAB = '清河县供水水质检测中心关于枯水期水质监测情况的说明';
  it('reads samples of three kinds taken', () =>
    expect(measure(LAB, '中心人员到8处水厂采集原水、出厂水和管网末梢水样品共64份。')).toBe(true));
  it('does not read samples the plants are told to take', () =>
    expect(measure(LAB, '要求各水厂采集原水、出厂水和管网末梢水样品。')).toBe(false));
});

describe('session 59: a testing body\'s own tests counted after its clause (set 54\'s 39131)', () => {
  it('does not read a county centre\'s tests counted after its own clause', () =>
    expect(measure(WATER, '县疾控中心自行到各水厂采样，共检测水样126份。')).toBe(false));
  it('does not read tests counted after the centre named by its kind\'s word', () =>
    expect(measure(WATER, '水质检测由县水质检测中心按协议承担，中心自行到水厂采样检测，共检测水样88份。')).toBe(false));
  it('does not read tests counted after the centre by its kind\'s word, a time before it', () =>
    expect(measure(WATER, '上半年，中心自行到水厂采样检测，共检测水样88份。')).toBe(false));
  it('reads the unit\'s own tests counted', () =>
    expect(measure(WATER, '我局自行到水厂采样，共检测水样126份。')).toBe(true));
  it('reads the unit\'s own tests after the centre\'s', () =>
    expect(measure(WATER, '中心自行到水厂采样检测，我局另抽检水样12份。')).toBe(true));
  it('reads 中心自行… in the centre\'s own report', () =>
    expect(measure('清河县水质检测中心关于水质监测工作的说明', '中心自行到水厂采样检测，共检测水样88份。')).toBe(true));
});

describe('session 59: what gathered papers cover (set 54\'s 39134)', () => {
  it('does not read a company\'s repairs the papers cover', () =>
    expect(measure(TOWN, '镇水利站汇总供水公司报来的维修记录，全年汇总记录12份，涉及公司更换阀门27个。')).toBe(false));
  it('reads the station\'s own repairs counted', () =>
    expect(measure(TOWN, '镇水利站组织维修队更换阀门27个。')).toBe(true));
});

describe('session 59: operators\' own filing through a system (set 54\'s 39238)', () => {
  const POLICE = '清河县公安局石门派出所关于民宿治安管理工作的说明';
  it('does not read operators uploading through a system', () =>
    expect(measure(POLICE, '全乡民宿经营户通过住宿登记系统上传旅客信息2100余条。')).toBe(false));
  it('does not read householders applying on a platform', () =>
    expect(measure(POLICE, '辖区居民通过“清河办事”平台自行申请居住证380件。')).toBe(false));
  it('reads the station\'s own notices through the system', () =>
    expect(measure(POLICE, '所里通过旅馆业信息系统向经营户推送安全提示320条。')).toBe(true));
});

describe('session 59: a body of its own line checking (set 54\'s 39243)', () => {
  it('does not read a fire station\'s check in the township\'s report', () =>
    expect(measure(INN, '东岭消防救援站对全乡民宿开展了消防检查，检查结果抄送乡政府。')).toBe(false));
  it('does not read a county fire brigade\'s check in the township\'s report', () =>
    expect(measure(INN, '县消防救援大队对全乡民宿开展了消防检查。')).toBe(false));
  it('reads the township checking jointly with the police station', () =>
    expect(measure(INN, '乡里联合石门派出所对民宿开展了安全检查。')).toBe(true));
  it('reads the fire brigade\'s check in its own report', () =>
    expect(measure('清河县消防救援大队关于民宿消防安全检查情况的说明', '东岭消防救援站对全乡民宿开展了消防检查。')).toBe(true));
});

describe('session 59: places of a kind on their own in one clause (set 54\'s 39322)', () => {
  it('does not read every unit fitting bins on its own', () =>
    expect(measure(CITY, '从报送的自查表看，各单位自行配备了带盖收集桶。')).toBe(false));
  it('does not read the next clause of their own after places of a kind on their own', () =>
    expect(measure('清河县农业农村局关于种子市场检查情况的说明', '各门店按要求自行开展标签自查，对过期种子自行下架并登记。')).toBe(false));
  it('does not read the next clause of their own after places of a kind on their own, as required', () =>
    expect(measure('清河县市场监督管理局关于食品经营检查情况的说明', '各超市按要求自行开展食品自查，对临期食品自行下架并登记。')).toBe(false));
  it('does not read the next clause going on with what they did', () =>
    expect(measure(CITY, '各餐馆自行购置了带盖收集桶，对泔水自行称重登记。')).toBe(false));
  it('reads the unit giving them the bins', () =>
    expect(measure(CITY, '我局为辖区餐馆统一配发带盖收集桶。')).toBe(true));
});

describe('session 59: a collector at its trade (set 54\'s 39337, 39431)', () => {
  const COLLECTOR = '清河县洁源再生资源有限公司关于餐厨垃圾收运情况的说明';
  it('does not read a firm named collecting from the restaurants', () =>
    expect(measure(CITY, '洁源公司对城区签约餐馆每日上门收运。')).toBe(false));
  it('does not read restaurants sorting on their own', () =>
    expect(measure(CITY, '餐馆自行分类收集，登记交付台账。')).toBe(false));
  it('reads the firm\'s collection in its own report', () =>
    expect(measure(COLLECTOR, '县洁源再生资源有限公司对城区签约餐馆每日上门收运。')).toBe(true));
  it('does not read a firm collecting under a contract, a bracket after its name', () =>
    expect(measure(HEALTH, '各卫生院的医疗废物由安澜环保科技有限公司（我局已备案）按合同上门收运。')).toBe(false));
  it('does not read it with a long bracket after the name', () =>
    expect(measure(HEALTH, '各卫生院的医疗废物由安澜环保科技有限公司（已取得危险废物经营许可证并在我局备案）按合同上门收运。')).toBe(false));
  it('does not read a firm collecting, told in the passive', () =>
    expect(measure(HEALTH, '医疗废物由安澜环保有限公司上门收运。')).toBe(false));
  it('reads the unit\'s own collection in the passive', () =>
    expect(measure(HEALTH, '医疗废物由我局按合同上门收运。')).toBe(true));
});

describe('session 59: figures reported to the unit (set 54\'s 39337, 39508, 39422)', () => {
  it('does not read figures named after whom they went to', () =>
    expect(measure('杏林镇人民政府关于餐厨垃圾治理工作的说明', '据企业报送镇里的汇总数，上半年全镇签约餐馆41家。')).toBe(false));
  it('does not read what the returns tell, clause after clause', () =>
    expect(measure(WAGES, '我局汇总各行业主管部门报送的情况，全县在建项目52个，已开设工资专户50个。')).toBe(false));
  it('reads the unit acting on the returns', () =>
    expect(measure(WAGES, '我局汇总各行业主管部门报送的情况，全县在建项目52个，对其中3个项目负责人进行了约谈。')).toBe(true));
  it('does not read two bodies\' cases after 据汇总', () =>
    expect(measure(HEALTH, '据汇总，两部门全年查处无证行医案件11起。')).toBe(false));
  it('does not read two bodies\' cases', () =>
    expect(measure(HEALTH, '两部门全年查处无证行医案件11起。')).toBe(false));
  it('reads three bodies acting jointly', () =>
    expect(measure(HEALTH, '三部门联合开展打击非法行医专项行动，取缔黑诊所5处。')).toBe(true));
});

describe('session 59: a place\'s own self-check rows in its own record (set 54\'s 39545)', () => {
  const SITE = '城南安置房项目部农民工工资支付自查记录';
  const ROW = '1月8日｜项目部自查｜工资表与考勤表核对｜木工班组2人考勤缺签｜当日补签';
  it('reads the project office\'s own self-check row in its own record', () => expect(measure(SITE, ROW)).toBe(true));
  it('does not read the same row in the bureau\'s report', () => expect(measure(WAGES, ROW)).toBe(false));
  it('does not read a self-check row of another kind in the record', () =>
    expect(measure(SITE, '1月8日｜班组自查｜工资表与考勤表核对｜2人考勤缺签｜当日补签')).toBe(false));
});
