/**
 * Review 53b (of session 53's rules): an office's or a head's tier word names the unit only in that body's own report; a village's or
 * a community's head leading what each of them set up; a 液化气站 counted; the calling named to the work by 所里 / 卫生院; a dated
 * row's closing status standing as its own cell. Every sentence is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const found = (title: string, text: string, element: string) =>
  (elementEvidence(segment({ text: normalizeText(`# ${title}\n${text}`), styled: [] }))[element] ?? []).length > 0;
const charge = (title: string, text: string) => found(title, text, '主体责任');
const result = (title: string, text: string) => found(title, text, '取得成效');

const BUREAU = '清河县应急管理局关于液化气站安全检查情况的说明';
const TOWN = '城南镇人民政府关于人居环境整治工作的情况说明';
const STREET = '城北街道办事处关于背街小巷整治情况的说明';
const COMMUNITY = '城北街道南关社区关于楼道堆物清理情况的说明';

describe('review 53b: an office named with a place or a body', () => {
  it('does not read a named town\'s office in a bureau\'s report', () =>
    expect(charge(BUREAU, '城南镇安监办主任王海带队，对辖区液化气站开展检查。')).toBe(false));
  it('does not read it after a lead-in', () => expect(charge(BUREAU, '据悉，城南镇应急办主任王海带领镇村干部开展了排查。')).toBe(false));
  it('does not read another town\'s office in a street\'s report', () =>
    expect(charge(STREET, '城南镇城管办主任王海带队来街道交流。')).toBe(false));
  it('reads the town\'s own office named with its place', () =>
    expect(charge(TOWN, '城南镇党政办主任刘洋带队，督查各村环境整治进度。')).toBe(true));
  it('reads the street\'s own office named with its place', () =>
    expect(charge('东关街道办事处关于背街小巷整治情况的说明', '东关街道城管办主任王海带队，对背街小巷开展夜查。')).toBe(true));
  it('reads a 乡\'s bare office in its own report, not in a 镇\'s', () => {
    expect(charge('黄岗乡人民政府关于液化气安全检查的情况说明', '乡应急办主任王海带队，对液化气站开展检查。')).toBe(true);
    expect(charge(TOWN, '乡应急办主任王海带队，对液化气站开展检查。')).toBe(false);
  });
  it('reads 乡村振兴办 as no 乡', () =>
    expect(charge('清河县农业农村局关于乡村振兴衔接工作的说明', '乡村振兴办主任王海带队，对脱贫村开展走访。')).toBe(true));
  it('does not read a 卫生院\'s office in a bureau\'s report', () =>
    expect(charge('清河县卫生健康局关于家庭医生签约的说明', '卫生院办公室主任张丽带队入户随访。')).toBe(false));
  it('reads the head\'s own office and a firm\'s own office', () => {
    expect(charge('清河县第三中学关于校园安全工作的说明', '校长办公室主任王丽带队，对校园开展安全排查。')).toBe(true);
    expect(charge('清河县鑫源燃气有限公司关于安全生产工作的说明', '公司安全办主任赵明带队，对城区管网开展巡检。')).toBe(true);
  });
});

describe('review 53b: a head\'s bare body is the unit only in its own report', () => {
  it('does not read the 街道 over a community', () =>
    expect(charge(COMMUNITY, '街道副主任钱勇带领执法队员来社区清理楼道堆物。')).toBe(false));
  it('reads the 街道\'s own head in its report', () => expect(charge(STREET, '街道副主任钱勇带领城管队员开展夜查。')).toBe(true));
  it('does not read a 院\'s head in a bureau\'s report', () => {
    expect(charge('清河县卫生健康局关于义诊活动的说明', '院分管副院长张丽带领医护人员到李庄村开展义诊。')).toBe(false);
    expect(charge(BUREAU, '院分管副院长张丽带领医护人员开展应急演练。')).toBe(false);
  });
  it('reads a 院\'s head in a 院\'s report', () => {
    expect(charge('清河县人民医院关于义诊活动的说明', '院分管副院长张丽带领医护人员到李庄村开展义诊。')).toBe(true);
    expect(charge('城南镇卫生院关于家庭医生签约的说明', '院分管副院长张丽带领家庭医生团队入户随访。')).toBe(true);
  });
  it('reads a bureau\'s own head', () =>
    expect(charge('清河县住房和城乡建设局关于老旧小区改造工作的说明', '局分管副局长钱勇带领执法人员对改造工地开展检查。')).toBe(true));
});

describe('review 53b: the heads of many bodies leading what each set up', () => {
  it('does not read the villages\' heads in a town\'s report', () =>
    expect(charge(TOWN, '全镇各村均成立了保洁队，由村支书担任队长。')).toBe(false));
  it('does not read the communities\' heads in a street\'s report', () =>
    expect(charge(STREET, '辖区各社区均成立了巡查队，由社区书记任队长。')).toBe(false));
  it('reads the community\'s own head in its report', () =>
    expect(charge(COMMUNITY, '各小区均成立了巡查队，由社区书记任队长。')).toBe(true));
  it('reads the town\'s own head after the villages\'', () =>
    expect(charge(TOWN, '全镇各村均成立了保洁队，由村支书担任队长，镇长刘军负总责。')).toBe(true));
  it('does not read the heads of gas stations counted or each', () => {
    expect(charge(BUREAU, '全县5家液化气站均成立了应急小组，由站长任组长。')).toBe(false);
    expect(charge(BUREAU, '辖区各液化气站均成立了安全小组，由站长任组长。')).toBe(false);
  });
  it('reads the bureau\'s own head after them', () =>
    expect(charge(BUREAU, '各液化气站均成立了应急小组，由站长任组长，局长王刚负总责。')).toBe(true));
});

describe('review 53b: the calling named to the work', () => {
  it('reads 所里指派 and 卫生院指定 in their own reports', () => {
    expect(charge('城关派出所关于辖区治安巡逻的说明', '所里指派民警王强负责夜间巡逻。')).toBe(true);
    expect(charge('城南镇卫生院关于家庭医生签约的说明', '卫生院指定医生张丽负责签约随访。')).toBe(true);
  });
  it('does not read another\'s calling named so', () => {
    expect(charge('清河县卫生健康局关于家庭医生签约的说明', '医院指定医生张丽负责签约随访。')).toBe(false);
    expect(charge(TOWN, '村里指定网格员李红负责保洁巡查。')).toBe(false);
  });
});

describe('review 53b: a dated row\'s closing status as its own cell', () => {
  it('does not read a one case\'s status cell', () => {
    expect(result(STREET, '5月6日｜人民路｜路灯｜3盏不亮｜当天已修复')).toBe(false);
    expect(result(STREET, '5月6日｜南关小区｜违建｜已整改到位')).toBe(false);
  });
  it('reads twelve places all brought to a state in a row (review 53a: many cases, 均已 is no one case\'s status)', () =>
    expect(result(STREET, '5月6日｜城区｜餐饮油烟｜检查12家｜均已整改到位')).toBe(true));
  it('reads a row across an area', () => {
    expect(result(STREET, '5月6日｜全街道32座公厕｜集中维修，已全部修复')).toBe(true);
    expect(result(STREET, '5月6日｜各小区｜路灯集中检修｜已全部修复')).toBe(true);
  });
  it('reads the people\'s word in another cell, and an undated row as before', () => {
    expect(result(STREET, '5月6日｜南关小区｜化粪池外溢｜已疏通｜居民满意')).toBe(true);
    expect(result(STREET, '序号1｜南关小区｜路灯｜已修复｜群众点赞')).toBe(true);
  });
});
