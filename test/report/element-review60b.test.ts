/**
 * Review 60b: an independent check of session 60's 主体责任 and 取得成效 rules (and the shared 将在册 intention change), with 132
 * sentences written for the review, run on the session's start build and on this branch. What was checked: the run-in 责任人
 * heading's value, a 事务所's own 项目经理, a market's manager, 该所项目负责人, towns counted bare; 没有收到…投诉 (没收 kept a word),
 * 没有因…造成, payment harms avoided or at zero, radius shortened, doubts fewer, no dispute; the 将在 + 册/编/岗/校… exception to
 * INTENTION. Fixed here (each below, both sides):
 * - 该项目负责人 with no firm word read as a contractor's after 人 was made optional (由局长…担任该项目负责人 was lost): 人 optional
 *   only after a body word (该所 / 该事务所 / 该公司 …), and 该事务所 added (由该事务所项目负责人… was still read as the unit's).
 * - towns or firms listed by name before their count (城关、石桥两镇三资代理中心负责… / 由石桥、马庄、城关三乡镇…) read as the unit's.
 * - 漏发 / 漏拨 at zero (漏发为零) not read while 错发为零 was; 未因…引起 / 引发 a harm not read while 未因…造成 was; 有无发生冒领
 *   (a question) read as none happened.
 * - a radius shrunk told 缩小 (取水半径缩小到500米以内) not read while 缩短 was.
 * - 将在营业网点 / 将在校门口 / 将在建设路口 / 将在案件高发小区 / 将在岗位上 (future deeds) lost their intention with the 将在册 exception:
 *   the exception now keeps the word after 在 from going on into a place or a noun (营业 / 校门 / 建设 / 案件 / 岗位 …).
 */
import { describe, expect, it } from 'vitest';
import { charge, result } from './element-found.js';

const WATER = '清河县水利局关于小型水库除险加固工程的说明';
const HOUSING = '清河县住建局关于老旧小区改造的说明';
const FINANCE = '清河县财政局关于村级会计代理服务检查情况的说明';
const FARM_STATION = '清河县农村经济经营管理站关于村级财务审计工作的小结';
const CIVIL = '清河县民政局关于高龄津贴发放核查情况的说明';
const SAFETY = '清河县应急管理局关于冬春火灾防控工作的说明';
const TOWN = '石桥镇人民政府关于消防水源建设工作的总结';
const BANK = '清河农商银行关于适老化服务的说明';
const SCHOOL = '清河县第一中学关于校园安全工作的说明';
const POLICE = '清河县公安局关于防诈宣传的说明';
const HEALTH = '清河县卫生健康局关于计划生育奖扶对象核查情况的说明';

describe('review 60b: 该项目负责人 held by the unit\'s own leader, a firm\'s referred back by its body word', () => {
  it('reads the director made the project\'s head', () =>
    expect(charge(WATER, '由局长张军担任该项目负责人，全面负责工程推进。')).toBe(true));
  it('reads a deputy made it, the work first', () => expect(charge(HOUSING, '改造工程由副局长陈刚担任该项目负责人。')).toBe(true));
  it('does not read 该事务所项目负责人 leading', () =>
    expect(charge(FINANCE, '我局聘请信达会计师事务所参与核查，由该事务所项目负责人郑宏带队。')).toBe(false));
  it('does not read 该公司项目经理 in charge', () =>
    expect(charge(HOUSING, '改造工程由中标的建工公司承建，由该公司项目经理负责现场管理。')).toBe(false));
});

describe('review 60b: towns listed by name before their count', () => {
  it('does not read two towns named with 、', () =>
    expect(charge(FARM_STATION, '城关、石桥两镇三资代理中心负责村级代理记账。')).toBe(false));
  it('does not read two towns named with 和', () =>
    expect(charge(FARM_STATION, '城关镇和石桥镇两镇农经站负责报账资料初审。')).toBe(false));
  it('does not read three named after 由', () =>
    expect(charge(FARM_STATION, '由石桥、马庄、城关三乡镇财政所负责资金发放。')).toBe(false));
  it('reads the station\'s own two 股室 named', () =>
    expect(charge(FARM_STATION, '会计股、审计股两个股室负责代理记账的抽查。')).toBe(true));
  it('reads the station\'s own two heads named', () =>
    expect(charge(FARM_STATION, '站长周海鹏、副站长李强两人负责审计组的日常管理。')).toBe(true));
});

describe('review 60b: payment harms at zero, harms not caused, a question', () => {
  it('reads 漏发为零', () => expect(result(CIVIL, '通过比对，今年补贴资金漏发为零。')).toBe(true));
  it('reads 漏拨实现零', () => expect(result(CIVIL, '全年奖扶资金漏拨实现零。')).toBe(true));
  it('does not read 漏发为零 as a target not reached', () => expect(result(CIVIL, '各乡镇漏发为零的目标未能实现。')).toBe(false));
  it('reads 未因…引起火灾', () => expect(result(SAFETY, '今冬全县未因燃放烟花引起火灾。')).toBe(true));
  it('reads 未因…引发险情', () => expect(result(WATER, '汛期未因强降雨引发险情。')).toBe(true));
  it('does not read 有无发生冒领 (a question)', () => expect(result(CIVIL, '核查各乡镇有无发生冒领。')).toBe(false));
  it('does not read 因材施教 not done as a harm avoided', () =>
    expect(result('清河县教育局关于课堂教学改革的说明', '部分教师没有因材施教导致学生学习兴趣下降。')).toBe(false));
});

describe('review 60b: a radius shrunk', () => {
  it('reads 半径缩小到', () => expect(result(TOWN, '通过新建水池，消防取水半径缩小到500米以内。')).toBe(true));
  it('does not read it as a target', () =>
    expect(result('城关街道办事处关于便民服务圈建设的说明', '力争把居民购物半径缩小到1公里以内。')).toBe(false));
});

describe('review 60b: 将在 + a place is a future deed, 将在册 is 把', () => {
  it('does not read a result after 将在营业网点', () =>
    expect(result(BANK, '我行将在营业网点全面推广适老化服务，老年客户满意度明显提升。')).toBe(false));
  it('does not read a result after 将在校门口', () =>
    expect(result(SCHOOL, '学校将在校门口增设护学岗，上下学秩序明显好转。')).toBe(false));
  it('does not read a result after 将在建设路口', () =>
    expect(result(HOUSING, '我局将在建设路口增设信号灯，交通拥堵状况有效缓解。')).toBe(false));
  it('does not read a result after 将在案件高发小区', () =>
    expect(result(POLICE, '我局将在案件高发小区开展入户宣传，群众防骗意识显著增强。')).toBe(false));
  it('does not read a result after 将在岗位上', () =>
    expect(result(POLICE, '民警将在岗位上持续开展宣传，群众防骗意识显著增强。')).toBe(false));
  it('reads 将在册对象 as 把', () =>
    expect(result(HEALTH, '我局将在册对象与公安户籍信息逐一比对，奖扶资金冒领为零。')).toBe(true));
  it('reads 将在建工地 as 把', () =>
    expect(result(HOUSING, '我局将在建工地全部纳入视频监控，扬尘投诉明显减少。')).toBe(true));
});
