/**
 * Session 58 (the fifty-third set, moved to train), 主体责任: what the rules missed. Every sentence here is written for the test (the
 * set's reports are read by the eval only).
 * Read: a named head of the unit's 大队 / 中队 by its short name leading (局执法大队大队长…带队, set 51's 37740), a named head leading one of the unit's own working teams (带领第二执法组 / 稽查一组 / 两个检查组), a 负责人 named and taking the
 * charge in person (亲自管理 / 亲自抓 / 亲自负责), 亲自管理 after a role, 本站负责人 as the station's head (not the station as subject),
 * a station's 防疫员 / 检疫员 named in charge, a place of business's own 经营者 named in charge (本人 may follow).
 * Not: a county's or a town's 大队 / 中队 head leading, another body's or volunteers' team led, 亲自抓药, residents' 自管, the station itself 负责…, a 防疫员 in another kind of unit's
 * report or in a speaker's words, a 经营者 in a body's report on the trade.
 */
import { describe, expect, it } from 'vitest';
import { charge } from './element-found.js';

const URBAN = '清河县城市管理局关于渣土车夜间运输检查情况的说明';
const ENFORCEMENT = '清河县交通运输综合行政执法大队关于货车超限检查情况的说明';
const PHARMACY = '东关仁济大药房规范经营情况说明';
const COMMUNITY = '东关社区关于小区楼道管理情况的说明';
const REPAIR_STATION = '红星农机维修站安全整改情况说明';
const IMMUNE_POINT = '县动物疫病预防控制中心西关免疫点工作说明';
const VET_STATION = '城关镇畜牧兽医站关于生猪屠宰检疫情况的说明';
const EDUCATION = '清河县教育局关于学校卫生工作的说明';
const SCRAP_STATION = '城北废品收购站整改情况说明';
const SCRAP_POINT = '老街废品收购点整改情况说明';

describe('session 58: a 大队 / 中队 of the unit by its short name, its head leading', () => {
  it('reads the bureau\'s enforcement 大队\'s head leading', () =>
    expect(charge(URBAN, '局执法大队大队长郑海峰带队，会同环卫所对城区主要路口开展夜查。')).toBe(true));
  it('reads the bureau\'s 中队\'s head leading', () =>
    expect(charge(URBAN, '局环卫中队中队长冯立平带队清运积存垃圾。')).toBe(true));
  it('does not read the county police 大队\'s head leading', () =>
    expect(charge(URBAN, '县交警大队大队长郑海峰带队查处超载渣土车。')).toBe(false));
  it('does not read a town\'s 中队\'s head leading', () =>
    expect(charge(URBAN, '镇执法中队中队长郑海峰带队检查。')).toBe(false));
});

describe('session 58: a named head leading a team of the unit', () => {
  it('reads the head leading a numbered enforcement team of the unit and charged', () =>
    expect(charge(ENFORCEMENT, '大队副大队长张建军带领第二执法组负责北环路段的夜间检查。')).toBe(true));
  it('reads the head leading an inspection team by its number after the name', () =>
    expect(charge(ENFORCEMENT, '副大队长张建军带领稽查一组对北环路段开展夜查。')).toBe(true));
  it('reads the head leading teams counted', () =>
    expect(charge(ENFORCEMENT, '副大队长张建军带领两个检查组分赴各治超站。')).toBe(true));
  it('does not read the head leading a volunteers\' team', () =>
    expect(charge(ENFORCEMENT, '副大队长张建军带领志愿服务队开展交通安全宣传。')).toBe(false));
  it('does not read the head leading a 工作组 of no named kind', () =>
    expect(charge(ENFORCEMENT, '副大队长张建军带领工作组到北环路段调研。')).toBe(false));
  it('does not read the head going along with a city\'s team', () =>
    expect(charge(ENFORCEMENT, '副大队长张建军带领市检查组查看北环路段。')).toBe(false));
});

describe('session 58: a 负责人 named taking the charge in person', () => {
  it('reads the 负责人 managing in person', () =>
    expect(charge(PHARMACY, '负责人刘国强亲自管理药品验收和处方登记。')).toBe(true));
  it('reads the 负责人 in charge in person', () =>
    expect(charge(PHARMACY, '负责人刘国强亲自负责处方药的登记。')).toBe(true));
  it('reads a role managing in person', () =>
    expect(charge(PHARMACY, '店长刘国强亲自管理门店的消防器材。')).toBe(true));
  it('does not read the 负责人 making up a prescription', () =>
    expect(charge(PHARMACY, '负责人刘国强亲自抓药，为顾客讲解用法。')).toBe(false));
  it('does not read residents managing their own building', () =>
    expect(charge(COMMUNITY, '小区推行居民自管，由楼长亲自管理楼道卫生。')).toBe(false));
  it('does not read residents managing their own building, no 亲自', () =>
    expect(charge(COMMUNITY, '小区推行楼栋自管，楼长带头清扫楼道。')).toBe(false));
});

describe('session 58: 本站负责人 is the station\'s head', () => {
  it('reads the station\'s 负责人 taking the work in person', () =>
    expect(charge(REPAIR_STATION, '本站负责人赵德明亲自抓整改。')).toBe(true));
  it('reads 我所负责同志 likewise', () =>
    expect(charge(REPAIR_STATION, '我所负责同志王明亲自抓整改。')).toBe(true));
  it('does not read the station itself as the one in charge', () =>
    expect(charge(REPAIR_STATION, '本站负责辖区内农机的年检登记。')).toBe(false));
});

describe('session 58: a station\'s 防疫员 / 检疫员 named in charge', () => {
  it('reads the point\'s 防疫员 named in charge', () =>
    expect(charge(IMMUNE_POINT, '西关免疫点于5月设立，由防疫员赵立新负责。')).toBe(true));
  it('reads a station\'s 检疫员 named in charge', () =>
    expect(charge(VET_STATION, '检疫员孙海涛负责屠宰场的驻场检疫。')).toBe(true));
  it('does not read a 防疫员 in a bureau of another kind', () =>
    expect(charge(EDUCATION, '由防疫员赵立新负责。')).toBe(false));
  it('does not read a 防疫员 in a speaker\'s words', () =>
    expect(charge(IMMUNE_POINT, '养殖户说，防疫员赵立新负责给他家的猪打疫苗。')).toBe(false));
});

describe('session 58: a place of business\'s own 经营者', () => {
  it('reads a scrap station\'s 经营者 in charge himself', () =>
    expect(charge(SCRAP_STATION, '经营者马德胜本人负责整改。')).toBe(true));
  it('reads a scrap point\'s 经营者 in charge', () =>
    expect(charge(SCRAP_POINT, '经营者马德胜负责门前的清扫。')).toBe(true));
  it('does not read a 经营者 in a town\'s report on the trade\'s points', () =>
    expect(charge('城关镇再生资源回收站点整治情况说明', '经营者马德胜本人负责整改。')).toBe(false));
  it('does not read a 经营者 in a bureau\'s report', () =>
    expect(charge('清河县商务局关于再生资源回收站点整治情况的说明', '经营者马德胜负责整改。')).toBe(false));
  it('does not read a 经营者 in a town\'s report on a scrap point', () =>
    expect(charge('城关镇废品收购点整治情况说明', '经营者马德胜本人负责整改。')).toBe(false));
});

describe('session 58 (mutation check): a body\'s report on the trade\'s points is no firm\'s own', () => {
  it('does not read a 经营者 in a report titled on the recycling points, no body named first', () =>
    expect(charge('再生资源回收站点整治情况说明', '经营者马德胜本人负责整改。')).toBe(false));
});

describe('session 58 (whole train, after review 58b): a market\'s own report names its own head', () => {
  it('reads 市场负责人 in the market\'s own report (the title has no 关于)', () =>
    expect(charge('柳河镇农贸市场环境卫生整治说明', '依据县里的方案，市场负责人郑涛负总责。')).toBe(true));
  it('does not read another market\'s head in the market regulator\'s report', () =>
    expect(charge('清河县市场监督管理局关于农贸市场整治情况的说明', '西关农贸市场负责人郑涛亲自抓整改。')).toBe(false));
});
