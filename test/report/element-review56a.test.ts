/**
 * Review 56a: session 56's rules for 主体责任 (场长 / 总监 roles, URGED_OWNER), 取得成效 (LETTER_THANKS, CHECK_FOUND, ROW_STATUS)
 * and 具体措施 (a task handed down, BUILT_WHEN's age words, SIGNED_SHEET, NAMED_GROUP, the generic 训练 / 年检 / 检验 / 点验 / 拉动,
 * DUTY's 放映 lookahead), checked on 203 sentences of the reviewer's own against the rules before and after the session.
 * Fixed here, each with its other side:
 * - 场长 inside 现场长时间 / 会场 / 停车场 is no head; heads and owners urged to carry their own charge worded otherwise
 *   (训练场场长 / 船东 / 经营主体 / 店主 / 摊主 / 商户 / 用户) are not the unit's;
 * - the unit's own letter of thanks to others (我局向全县烈属写信，感谢… / 街道党工委致信，…) is no outcome; a call, a message or a
 *   letter to a named head (来电，感谢 / 打来电话，对…表示感谢 / 致信院长，感谢) is;
 * - a check's finding worded 评价 / 合格 / 符合要求 / 井然有序 is an outcome (not 合格率偏低, not 不符合要求);
 * - a place's age after the verb that built it (建成多年 / 建成已有二十余年 / 铺设年代较早) is no measure;
 * - signing a 确认表 / 确认书 / 签字盖章, and a 放映日志 / 放映台账 / 放映站, are no measures;
 * - an overseeing group's activities (监督小组 / 评估小组) are no classes;
 * - 民兵组织 is a body's name (加强民兵组织建设和军事训练 became a measure once 训练 was a generic object).
 * Timing: every new or changed regex under 30 ms on 20,000-character runs (场长 / 总监 / ｜ / 公司 / （ / 我 / 检查，认为 …).
 */
import { describe, expect, it } from 'vitest';
import { charge, measure, result } from './element-found.js';

const FARM_MACHINES = '清河县农机安全监理站关于农机安全工作的说明';
const VETERANS = '清河县退役军人事务局关于双拥工作的说明';

describe('review 56a: 场长 and owners urged', () => {
  it('does not read 现场长时间 as a head', () =>
    expect(charge('城关镇关于集贸市场整治的说明', '活动现场长时间由志愿者负责引导。')).toBe(false));
  it('still reads a landfill head taking charge', () =>
    expect(charge('县生活垃圾填埋场关于作业区管理情况的说明', '场长时常到作业区巡查，具体负责作业面管理。')).toBe(true));
  it('does not read a driving school field\'s head urged', () =>
    expect(charge('清河县交通运输局关于驾校管理的说明', '督促各驾校训练场场长严格履行安全第一责任人责任。')).toBe(false));
  it('does not read a boat owner urged', () =>
    expect(charge('清河县农业农村局关于渔船安全的说明', '督促船东落实渔船安全第一责任人责任。')).toBe(false));
  it('does not read shop owners urged', () =>
    expect(charge('城关镇关于门前三包的说明', '督促沿街店主落实门前三包第一责任人责任。')).toBe(false));
  it('does not read gas users urged', () =>
    expect(charge('清河县燃气管理办公室关于燃气安全的说明', '督促用户落实燃气使用安全第一责任人责任。')).toBe(false));
  it('does not read traders urged', () =>
    expect(charge('清河县市场监督管理局关于食品安全的说明', '督促各经营主体落实食品安全第一责任人责任。')).toBe(false));
  it('reads the unit\'s own head urging owners', () =>
    expect(charge(FARM_MACHINES, '监理站明确由副站长王刚负责督促机主落实安全第一责任人责任。')).toBe(true));
});

describe('review 56a: letters of thanks', () => {
  it('does not read the unit\'s own letter to others', () =>
    expect(result(VETERANS, '春节前，我局向全县烈属写信，感谢他们对退役军人工作的支持。')).toBe(false));
  it('does not read a committee\'s own letter', () =>
    expect(result('城关街道关于网格化管理的说明', '街道党工委致信，感谢全体网格员的辛勤付出。')).toBe(false));
  it('does not read a school\'s letter to parents', () =>
    expect(result('城关小学关于家校共育的说明', '学校给全体家长写信，感谢家长对学校工作的支持。')).toBe(false));
  it('reads a letter written to the unit', () =>
    expect(result(VETERANS, '烈属代表给我局写信，感谢局里帮助解决住房困难。')).toBe(true));
  it('reads a call of thanks', () =>
    expect(result('城东社区关于为老服务的说明', '老人的子女打来电话，感谢社区志愿者的帮助。')).toBe(true));
  it('reads a letter to the head', () =>
    expect(result('清河县人民医院关于改善就医服务的说明', '患者家属致信院长，感谢医护人员的精心救治。')).toBe(true));
  it('reads thanks told with 对…表示感谢', () =>
    expect(result('城关小学关于课后服务的说明', '家长联名来信，对学校课后服务表示感谢。')).toBe(true));
  it('does not read a call raising a problem', () =>
    expect(result('城东社区关于为老服务的说明', '居民来电，反映楼道灯不亮。')).toBe(false));
});

describe('review 56a: a check\'s finding', () => {
  it('reads quality found up to standard', () =>
    expect(result('清河县交通运输局关于农村公路建设的说明', '市交通局验收组验收时，认为工程质量合格。')).toBe(true));
  it('reads a finding told as 评价', () =>
    expect(result('清河县退役军人事务局关于烈士纪念设施管护情况的说明', '市局督查组到园检查，评价设施完好、环境整洁。')).toBe(true));
  it('reads work found meeting the requirements', () =>
    expect(result('清河县市场监督管理局关于整改情况的说明', '市督查组检查后，认为我局整改工作符合要求。')).toBe(true));
  it('does not read a pass rate found low', () =>
    expect(result('清河县住房和城乡建设局关于工程质量的说明', '市质监站抽查后，认为部分构件合格率偏低。')).toBe(false));
  it('does not read work found not meeting the requirements', () =>
    expect(result('清河县住房和城乡建设局关于工程质量的说明', '验收时，认为部分工程不符合要求。')).toBe(false));
});

describe('review 56a: a place\'s age, signed sheets, screening nouns', () => {
  it('does not read a square built years ago', () =>
    expect(measure('河口镇关于文化广场管理的说明', '村文化广场建成多年，缺乏维护。')).toBe(false));
  it('does not read a home built twenty years ago', () =>
    expect(measure('清河县民政局关于敬老院管理的说明', '敬老院建成已有二十余年，设施陈旧。')).toBe(false));
  it('does not read pipes laid long ago', () =>
    expect(measure('清河县住房和城乡建设局关于污水管网的说明', '污水管网铺设年代较早，管材老化。')).toBe(false));
  it('still reads old places put right', () =>
    expect(measure('清河县民政局关于敬老院管理的说明', '今年对建成较早的3所敬老院实施消防改造。')).toBe(true));
  it('does not read a sheet signed and stamped', () =>
    expect(measure('南岗村关于公益电影放映情况的说明', '放映结束后，村文书在放映确认单上签字盖章。')).toBe(false));
  it('does not read a confirmation form signed', () =>
    expect(measure('北岭村关于公益电影放映情况的说明', '放映结束后由村干部在确认表上签名。')).toBe(false));
  it('still reads pledges signed by those the unit organised', () =>
    expect(measure('城关街道关于诚信经营的说明', '组织全体商户在诚信经营承诺书上签字。')).toBe(true));
  it('does not read a screening log', () =>
    expect(measure('南岗村关于公益电影放映情况的说明', '每场放映后在放映日志上登记。')).toBe(false));
  it('does not read a screening station', () =>
    expect(measure('石门镇综合文化站关于农村公益电影放映情况的说明', '每季度到县放映站报送放映数据。')).toBe(false));
  it('still reads screenings in a square', () =>
    expect(measure('南岗村关于公益电影放映情况的说明', '每周在村委会广场放映电影。')).toBe(true));
});

describe('review 56a: groups and militia', () => {
  it('does not read a monitoring group\'s activities', () =>
    expect(measure('城关小学关于课后服务的说明', '监督小组上半年开展活动4次。')).toBe(false));
  it('does not read an assessing group\'s activities', () =>
    expect(measure('城关小学关于课后服务的说明', '评估小组全年开展活动3次。')).toBe(false));
  it('does not read strengthening the militia and its training', () =>
    expect(measure('柳河镇人民武装部关于民兵工作的说明', '切实加强民兵组织建设和军事训练。')).toBe(false));
  it('still reads a drill organised', () =>
    expect(measure('柳河镇人民武装部关于民兵工作的说明', '镇武装部组织民兵开展防汛演练。')).toBe(true));
  it('still reads the militia\'s muster checked', () =>
    expect(measure('柳河镇人民武装部关于民兵工作的说明', '3月对全镇民兵组织进行整组点验。')).toBe(true));
});
