/**
 * Review 54b: session 54's 主体责任 and 取得成效 rules (FIRM_PERSON_HOLDS, SIDE_FIRST_IN_CHARGE, OVERSEER, WRITER_PLACE_CHARGE /
 * WRITER_PLACE_POST, OWN_FIRM_WORD; the last-season comparison, the siren / signal / no-call-of-fear pattern, the SAFE_SEASON and
 * UNHARMED guards on 安全度汛), with a glance at its 具体措施 rules (HIRED_HANDS, FIRM_AT_TRADE). About 180 sentences of the reviewer's
 * own were run against the build before the commit and after; each regex was timed on 20,000-character runs (我, ｜, 公司, （, 县,
 * 警报器, 安全度汛 …: under 1 ms a call). What was fixed, each with its other side:
 * - 企业 naming an office's topic (局企业股负责人 / 外贸企业服务中心主任) is no firm; a firm's person 对…负总责 is one; a sentence
 *   saying 我公司 is the firm's own (as OWN_FIRM_WORD already reads the 项目经理); 本司法所 is no 本司.
 * - Owners named by their person (房屋所有权人 / 房屋产权人) and a 安全责任人 are the side first in charge too.
 * - An overseeing body's 执法大队 / 中队 / 所 / 站 oversees as its 科 or 股 does.
 * - The writer's place post: 主要负责 is no 要 of intention, a four-character name, 现任 / 目前是; a post held before 退休 / 离任 is past.
 * - A siren checked for whether it sounds (能否 / 是否 鸣响正常) is a check, not an outcome; 均正常鸣响 is the outcome worded the
 *   other way round; a fall against the last 供暖期 / 供热期 is as against the last 供暖季.
 * - 安全度汛 as the matter of a work (隐患排查 / 部署会 / 培训 / 督查 / 应急演练 / 宣传 / 物资) or an aim (全力保障…安全度汛) is none.
 * - 具体措施: the unit urging, organising or joining a firm at its trade (我局督促热力公司抢修…) or organising hired hands (我局组织巡查员
 *   按照管护协议…) is the unit's deed.
 */
import { describe, expect, it } from 'vitest';
import { charge, measure, result } from './element-found.js';

const HOUSING = '清河县住房和城乡建设局关于供热投诉办理情况的说明';
const STREET = '城东街道办事处关于人防工程管理情况的说明';
const TOWN = '青山镇人民政府关于小型水库安全度汛情况的说明';
const COMM = '东苑社区关于网格房屋安全巡查情况的说明';
const DEF = '清河县人民防空办公室关于防空警报试鸣情况的说明';
const WATER = '清河县水利局关于小型水库汛期巡查情况的说明';
const GXJ = '清河县工业和信息化局关于企业服务工作的说明';
const RES = '水库汛期巡查情况说明';

describe('review 54b: a firm\'s person holding a task', () => {
  it('reads the bureau\'s own 企业股 head', () => expect(charge(GXJ, '局企业股负责人赵敏负责受理企业诉求。')).toBe(true));
  it('reads the bureau\'s own 企业服务中心 head', () =>
    expect(charge('清河县商务局关于外贸企业帮扶情况的说明', '外贸企业服务中心主任刘洋牵头组建帮扶专班。')).toBe(true));
  it('reads a firm\'s person in a sentence saying 我公司', () =>
    expect(charge('二次供水设施管理情况说明', '公司供水管理部经理孙涛负责二次供水设施巡检，我公司每月检测水质一次。')).toBe(true));
  it('does not read a county firm\'s head 对…负总责 in a bureau\'s report', () =>
    expect(charge(HOUSING, '县城投集团总经理王军对项目建设负总责。')).toBe(false));
  it('does not read a heating firm\'s person while the bureau oversees', () =>
    expect(charge(HOUSING, '热力公司客服中心主任林娟负责派单，我局负责督办。')).toBe(false));
  it('does not read 本司法所 as a firm\'s own word', () =>
    expect(charge('城关镇司法所关于施工纠纷调解情况的说明', '本司法所受理纠纷后，由项目经理赵强负责工人工资发放。')).toBe(false));
  it('still reads 我司 a firm\'s own', () =>
    expect(charge('老旧小区改造施工情况说明', '我司承建东苑小区改造，由项目经理赵强负责现场安全。')).toBe(true));
});

describe('review 54b: the side first in charge, an overseer', () => {
  it('does not read the owners by their person', () => expect(charge(HOUSING, '按照规定，房屋所有权人为房屋使用安全责任人。')).toBe(false));
  it('does not read the owners named 第一责任人', () => expect(charge(COMM, '明确房屋产权人是自建房安全第一责任人。')).toBe(false));
  it('reads the bureau\'s head first in charge', () =>
    expect(charge('清河县住房和城乡建设局关于自建房安全管理情况的说明', '局长为全县自建房安全管理第一责任人。')).toBe(true));
  it('does not read another body\'s 执法大队 overseeing', () => expect(charge(TOWN, '由县自然资源局执法大队负责监督。')).toBe(false));
  it('does not read another body\'s 执法中队 overseeing', () => expect(charge(COMM, '县城管局执法中队负责督促商户整改。')).toBe(false));
  it('reads the 中队 in its own body\'s report', () =>
    expect(charge('清河县城市管理局关于沿街商户整改情况的说明', '县城管局执法中队负责督促商户整改。')).toBe(true));
});

describe('review 54b: the writer\'s post for a named place', () => {
  it('reads 主要负责', () => expect(charge('林区防火巡查情况说明', '我担任青山村林区护林员，主要负责林区防火巡查。')).toBe(true));
  it('reads a four-character name', () =>
    expect(charge(RES, '本人欧阳德福，是青山镇红旗水库专职巡查员，负责大坝日常巡查。')).toBe(true));
  it('reads 现任', () => expect(charge('网格房屋巡查情况说明', '我叫李军，现任城东片区网格员，负责片区房屋巡查。')).toBe(true));
  it('does not read a post held before retiring', () => expect(charge(RES, '我退休前是红旗水库巡查员，负责大坝巡查。')).toBe(false));
  it('does not read an intention', () => expect(charge(RES, '我明年将担任红旗水库巡查员，负责大坝巡查。')).toBe(false));
});

describe('review 54b: 取得成效', () => {
  it('does not read a siren checked for whether it sounds', () =>
    expect(result(DEF, '试鸣前逐一检查警报器能否鸣响正常。')).toBe(false));
  it('does not read 是否鸣响正常', () => expect(result(DEF, '技术人员上门检查警报器是否鸣响正常。')).toBe(false));
  it('reads 均正常鸣响', () => expect(result(DEF, '全县46台警报器均正常鸣响。')).toBe(true));
  it('reads a check\'s finding that the sirens sound', () => expect(result(DEF, '经现场检查，各警报终端鸣响正常。')).toBe(true));
  it('reads a fall against the last 供暖期', () => expect(result(HOUSING, '供热投诉比上个供暖期减少15件。')).toBe(true));
  it('does not read a target against the last 供热期', () =>
    expect(result(HOUSING, '争取投诉量较上一个供热期下降三成。')).toBe(false));
  for (const s of ['全力保障水库安全度汛。', '开展水库安全度汛隐患排查。', '召开安全度汛部署会。', '组织安全度汛应急演练。', '储备安全度汛物资一批。'])
    it(`does not read ${s}`, () => expect(result(TOWN, s)).toBe(false));
  it('does not read 安全度汛培训', () => expect(result(WATER, '组织安全度汛培训2场。')).toBe(false));
  it('does not read 温暖过冬宣传', () =>
    expect(result('城关镇民政办关于困难群众冬季救助情况的说明', '开展困难群众温暖过冬宣传。')).toBe(false));
  for (const s of ['今年全镇6座小型水库均实现安全度汛。', '主汛期全镇水库安全度汛，未发生险情。', '全镇山塘水库全部安全度汛，无一处出险。'])
    it(`reads ${s}`, () => expect(result(TOWN, s)).toBe(true));
  it('reads 温暖过冬有了保障', () =>
    expect(result('城关镇民政办关于困难群众冬季救助情况的说明', '全镇困难群众温暖过冬有了保障。')).toBe(true));
});

describe('review 54b: 具体措施, the unit at the firm\'s or the hired hands\' side', () => {
  it('reads the bureau urging a heating firm', () => expect(measure(HOUSING, '我局督促热力公司抢修管网4处。')).toBe(true));
  it('reads the bureau organising it', () => expect(measure(HOUSING, '我局组织热力公司抢修管网4处。')).toBe(true));
  it('reads the bureau joining a gas firm', () => expect(measure(HOUSING, '我局联合燃气公司检测老旧小区管道。')).toBe(true));
  it('does not read the gas firm at its trade', () => expect(measure(HOUSING, '燃气公司今年检修调压箱12台。')).toBe(false));
  it('reads the bureau organising its patrollers', () =>
    expect(measure(WATER, '我局组织巡查员按照管护协议开展汛前培训。')).toBe(true));
  it('does not read the patrollers at their duty', () =>
    expect(measure(WATER, '汛期巡查员按管护协议开展日常巡库，共形成记录900条。')).toBe(false));
});
