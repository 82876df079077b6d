/**
 * Session 59 (the fifty-fourth set, moved to train), 主体责任 and 取得成效: what the rules missed. Every sentence here is written for
 * the test (the set's reports are read by the eval only).
 * 主体责任 read: a guesthouse's or a farm stay's own 经营者 named taking the whole charge (负总责 / 负全责); a named head of the unit's
 * own 科 leading one of its working teams (带领检查组), in a county 所's report too.
 * 主体责任 not: a 经营者 in a body's report on the trade, a tenant's 经营者; a 镇's 所, another body's 科, a team not of the unit, a 科
 * coming to a clinic, another 科 in a part's own report, a 科 with no head named.
 * 取得成效 read: a recheck finding the fix meeting its rule; people told taking up a practice (逐渐接受了…的做法); wages told paid in
 * full, done (已足额支付); workers told going home with their pay.
 * 取得成效 not: a recheck finding it still wrong or asking whether; the unit leading people to it or an aim; the demand to pay, a
 * firm's word, a register row; the aim of workers going home paid.
 */
import { describe, expect, it } from 'vitest';
import { charge, result } from './element-found.js';

const GUESTHOUSE = '山泉居民宿消防安全整改情况说明';
const FARM_STAY = '柳溪农家乐食品安全自查情况说明';
const SUPERVISION = '清河县卫生监督所关于中小学卫生监督检查情况的说明';
const AGRI_ENFORCEMENT = '清河县农业综合执法所关于春季农资市场检查情况的说明';
const MARKET_BUREAU = '清河县市场监督管理局关于校园周边食品安全检查情况的说明';
const CLINIC = '河口村卫生室关于医疗废物管理整改情况的说明';
const CLINIC_DRUGS = '河口村卫生室关于合理用药宣传情况的说明';
const VILLAGE = '张湾村关于垃圾分类工作的说明';
const HOUSING = '清河县住房和城乡建设局关于建筑工地工资支付检查情况的说明';

describe('session 59: a guesthouse\'s own 经营者 taking the whole charge', () => {
  it('reads the guesthouse\'s 经营者 named with 负总责', () =>
    expect(charge(GUESTHOUSE, '经营者周秀英负总责，女儿周敏负责客房入住登记。')).toBe(true));
  it('reads a farm stay\'s 经营者 named with 负全责', () =>
    expect(charge(FARM_STAY, '经营者何长林负全责，每天检查后厨。')).toBe(true));
  it('reads the guesthouse\'s 经营者 named with 负责', () =>
    expect(charge(GUESTHOUSE, '经营者周秀英负责客房入住登记。')).toBe(true));
  it('does not read a 经营者 in a town\'s report on the guesthouses', () =>
    expect(charge('石门镇民宿消防安全整治情况说明', '经营者周秀英负总责。')).toBe(false));
  it('does not read a 经营者 in the tourism bureau\'s report', () =>
    expect(charge('清河县文化和旅游局关于民宿安全检查情况的说明', '经营者周秀英负总责。')).toBe(false));
  it('does not read a tenant\'s 经营者 in the guesthouse\'s report', () =>
    expect(charge(GUESTHOUSE, '院里的茶摊由租户经营，经营者王平负总责。')).toBe(false));
  it('does not read 负担 for 负总责', () => expect(charge(GUESTHOUSE, '经营者周秀英总是负担最重的活。')).toBe(false));
});

describe('session 59: a named head of the unit\'s own 科 leading its working team', () => {
  it('reads a 科 head of a county 所 leading its inspection team', () =>
    expect(charge(SUPERVISION, '学校卫生监督科科长吴海涛带领检查组，对城区中小学开展卫生检查。')).toBe(true));
  it('reads a 科 head of a county enforcement 所 leading its enforcement team', () =>
    expect(charge(AGRI_ENFORCEMENT, '种子监管科科长罗成带领执法组检查了12家门店。')).toBe(true));
  it('reads a 科 head of a bureau leading two inspection teams', () =>
    expect(charge(MARKET_BUREAU, '食品安全监管科科长许明带领两个检查组，分赴城区各学校周边。')).toBe(true));
  it('does not read a 股 head in a town\'s 所', () =>
    expect(charge('城关镇财政所关于惠农补贴发放情况的说明', '综合股股长王刚带领检查组入村核对。')).toBe(false));
  it('does not read another body\'s 科 head', () =>
    expect(charge(SUPERVISION, '县卫健委医政科科长吴海涛带领检查组到城区中小学检查。')).toBe(false));
  it('does not read the head leading volunteers', () =>
    expect(charge(SUPERVISION, '学校卫生监督科科长吴海涛带领志愿服务队到广场宣传控烟。')).toBe(false));
  it('does not read a 科 head coming to a clinic in the clinic\'s report', () =>
    expect(charge('东坝村卫生室关于依法执业整改情况的说明', '医疗卫生监督科科长陈海带领检查组来室检查。')).toBe(false));
  it('does not read another 科 in a 科\'s own report', () =>
    expect(charge('清河县卫生监督所传染病监督科工作情况说明', '学校卫生监督科科长陈海带领检查组检查学校。')).toBe(false));
  it('does not read the 科 with no head named', () =>
    expect(charge(SUPERVISION, '学校卫生监督科带领检查组对城区中小学开展卫生检查。')).toBe(false));
});

describe('session 59: a recheck finding the fix meeting its rule', () => {
  it('reads a visit confirming the register meets the rule', () =>
    expect(result(CLINIC, '8月乡卫生院回访时确认台账已符合规定。')).toBe(true));
  it('reads a recheck finding the prescription register meets the rule', () =>
    expect(result(CLINIC, '复查时处方登记已符合要求。')).toBe(true));
  it('does not read a recheck finding it still wrong', () =>
    expect(result(CLINIC, '9月复查时处方书写仍不符合规范。')).toBe(false));
  it('does not read a recheck asked whether', () =>
    expect(result(CLINIC, '请卫生院复查时核对处方是否已符合要求。')).toBe(false));
  it('does not read a register row', () => expect(result(CLINIC, '8月3日｜复查｜台账已符合要求｜—')).toBe(false));
});

describe('session 59: people taking up a practice', () => {
  it('reads villagers gradually accepting a practice', () =>
    expect(result(VILLAGE, '经过半年的宣传，村民逐渐接受了“垃圾不落地”的做法。')).toBe(true));
  it('reads patients coming to agree with an idea', () =>
    expect(result(CLINIC_DRUGS, '患者们慢慢认同了合理用药的理念。')).toBe(true));
  it('does not read the unit leading patients to it', () =>
    expect(result(CLINIC_DRUGS, '本室耐心引导患者逐渐接受“小病不输液”的做法。')).toBe(false));
  it('does not read the aim', () => expect(result(VILLAGE, '要让群众普遍接受文明祭扫的新风。')).toBe(false));
  it('does not read some not accepting it', () =>
    expect(result(CLINIC_DRUGS, '部分患者还不接受“小病不输液”的做法。')).toBe(false));
});

describe('session 59: wages told paid in full, done', () => {
  it('reads wages all paid in full', () => expect(result(HOUSING, '年前5个标段的农民工工资均已足额支付。')).toBe(true));
  it('reads wages paid in full after a time', () =>
    expect(result(HOUSING, '春节前，全县在建项目工人工资都已全额发放。')).toBe(true));
  it('does not read the demand to pay', () => expect(result(HOUSING, '局里督促施工企业足额发放农民工工资。')).toBe(false));
  it('does not read a firm\'s own word', () =>
    expect(result(HOUSING, '劳务公司称工资已足额发放，检查组将逐人核实。')).toBe(false));
  it('does not read a register row', () => expect(result(HOUSING, '1月9日｜城南安置房项目｜工资已足额支付｜—')).toBe(false));
  it('does not read paying in full as the check\'s subject', () =>
    expect(result(HOUSING, '工资足额发放是检查的重点。')).toBe(false));
});

describe('session 59: workers going home with their pay', () => {
  it('reads workers going home with their pay', () => expect(result(HOUSING, '腊月二十三，工友们揣着工钱回家过年。')).toBe(true));
  it('reads workers going home at ease', () => expect(result(HOUSING, '今年春节，农民工都安安心心回家过年。')).toBe(true));
  it('does not read the aim', () => expect(result(HOUSING, '要确保农民工拿到工资回家过年。')).toBe(false));
  it('does not read the aim after the work', () =>
    expect(result(HOUSING, '督促企业按时结算，让农民工高高兴兴回家过年。')).toBe(false));
  it('does not read a register row', () =>
    expect(result(HOUSING, '1月12日｜城南安置房项目｜农民工高高兴兴回家过年｜—')).toBe(false));
  it('does not read a worry', () => expect(result(HOUSING, '有的农民工担心拿不到工资回家过年。')).toBe(false));
});

describe('session 59 (the mutation check): the parts of a county 所 and a change word', () => {
  it('reads a 科 head of the unit\'s own 所 leading its team, the 所 named 本所', () =>
    expect(charge('清河县卫生监督所关于学校卫生监督工作的说明', '本所传染病防治监督科科长刘波带领检查组对城区学校开展检查。')).toBe(true));
  it('does not read a town 所\'s 股 head leading a team (the county named before the town)', () =>
    expect(charge('清河县城关镇财政所关于惠农资金核查情况的说明', '综合股股长王刚带领检查组入村核对。')).toBe(false));
  it('does not read people taking up a practice with no change told', () =>
    expect(result('清河县城关镇卫生院关于合理用药工作的说明', '患者接受了“小病不输液”的做法。')).toBe(false));
});

