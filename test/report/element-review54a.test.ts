/**
 * Review 54a: session 54's 具体措施 rules checked with 142 sentences of the reviewer's own (both sides of each rule, base build vs
 * this one) and their regexes timed on 20,000-character runs (我 / ｜ / 公司 / （ / spaces …). Fixed here: a bracketed doer that is
 * the unit itself (（我局检查） / （局安全股检查） / （应急局执法股检查） / （镇安监站检查）) or a row whose later cell tells the unit's own deed
 * (…｜街道当即组织抽排积水); a row naming the unit's own check beside a party's new verb (…｜街道巡查｜…｜业主已挪车); 园方 / 校方 in a
 * school's own report; the unit urging a utility firm (我局督促热力公司抢修…); a utility firm's own report by a longer name
 * (…热力有限责任公司 / 华润燃气…分公司); the unit's words 督导 / 监督 / 动员 before a party on its own accord; a town's own station sending
 * its people in the town's report (镇文化站安排人员到村…). Narrow spots closed: 为进一步做好… as a purpose, （校方组织） as a doer, an outside
 * body 派出 / 委派-ing its people, 建设社区 as a name. ADDED_BODY_CELL's \s* / [^｜|]*? overlap (121 ms on 20,000 spaces) removed.
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const SAFETY = '临河县应急管理局关于企业安全检查情况的说明';
const STREET = '城北街道办事处关于消防安全检查情况的说明';
const TOWN = '青石镇人民政府关于安全生产检查情况的说明';
const HOUSING = '临河县住房和城乡建设局关于冬季供热情况的说明';
const KINDER = '临河县第二幼儿园关于幼儿健康管理的说明';

describe('review 54a: a bracketed doer that is the unit', () => {
  it('reads （我局检查）', () => expect(measure(SAFETY, '6月3日｜宏达化工（我局检查）｜安全出口｜上锁｜责令立即整改')).toBe(true));
  it('reads （本局抽查）', () => expect(measure(SAFETY, '6月3日｜宏达化工（本局抽查）｜安全出口｜上锁｜责令立即整改')).toBe(true));
  it('reads the bureau\'s own office', () => expect(measure(SAFETY, '6月3日｜宏达化工（局安全股检查）｜安全出口｜上锁｜责令立即整改')).toBe(true));
  it('reads the bureau by its short name and office', () =>
    expect(measure(SAFETY, '6月3日｜宏达化工（应急局执法股检查）｜安全出口｜上锁｜责令立即整改')).toBe(true));
  it('reads the town\'s own station', () => expect(measure(TOWN, '6月3日｜石料厂（镇安监站检查）｜粉尘｜超标｜责令停产整改')).toBe(true));
  it('reads the town\'s own office', () => expect(measure(TOWN, '6月3日｜石料厂（镇安办检查）｜粉尘｜超标｜责令停产整改')).toBe(true));
  it('reads a row whose later cell tells the unit\'s deed', () =>
    expect(measure(STREET, '6月3日｜商业街地下室（县人防办检查）｜积水｜街道当即组织抽排积水')).toBe(true));
  it('does not read the town\'s police station', () => expect(measure(TOWN, '6月3日｜网吧（镇派出所检查）｜未成年人上网｜无｜已处罚')).toBe(false));
  it('does not read another bureau in a bureau\'s report', () =>
    expect(measure(SAFETY, '6月3日｜宏达化工（县住建局检查）｜脚手架｜不规范｜已整改')).toBe(false));
  it('does not read a school as its own doer (校方)', () => expect(measure(STREET, '6月3日｜实验小学（校方组织）｜消防演练｜无｜无')).toBe(false));
});

describe('review 54a: a party\'s new verbs beside the unit\'s check, and in its own report', () => {
  it('reads the street\'s patrol beside an owner moving his car', () =>
    expect(measure('城北街道办事处关于小区管理情况的说明', '5月4日｜锦绣华庭｜街道巡查｜消防通道堵塞｜业主已挪车')).toBe(true));
  it('reads the bureau\'s office check beside the school\'s change', () =>
    expect(measure('临河县教育局关于校园周边整治情况的说明', '5月4日｜实验中学｜局安全股检查｜上学高峰拥堵｜校方调整放学时间')).toBe(true));
  it('does not read the community\'s patrol as the street\'s', () =>
    expect(measure('城北街道办事处关于小区管理情况的说明', '5月4日｜锦绣华庭｜社区巡查｜消防通道堵塞｜业主已挪车')).toBe(false));
  it('reads 园方 in the kindergarten\'s own report', () =>
    expect(measure('临河县第一幼儿园关于食品安全管理情况的说明', '5月4日｜食堂｜冰柜温度偏高｜园方已更换冰柜')).toBe(true));
});

describe('review 54a: parties on their own accord, firms at their trade, bodies sending people', () => {
  it('reads the town\'s office mobilising firms', () => expect(measure(TOWN, '镇安办动员辖区企业自行开展隐患排查。')).toBe(true));
  it('reads the bureau urging the heating firm', () => expect(measure(HOUSING, '我局督促热力公司抢修管网4处。')).toBe(true));
  it('reads the firm in its own report by a longer name', () =>
    expect(measure('临河县热力有限责任公司关于冬季供热情况的说明', '本季热力公司抢修管网4处。')).toBe(true));
  it('reads a gas branch in its own report', () => expect(measure('华润燃气临河分公司关于燃气安全工作的说明', '燃气公司检修调压箱20个。')).toBe(true));
  it('still does not read the firm after a comma in the bureau\'s report', () =>
    expect(measure(HOUSING, '接到投诉后，热力公司抢修管网4处。')).toBe(false));
  it('reads the town\'s cultural station in the town\'s report', () =>
    expect(measure('青石镇人民政府关于农村文化工作的说明', '镇文化站安排人员到村开展文艺培训8场。')).toBe(true));
  it('does not read a health body 委派-ing its experts', () => expect(measure(KINDER, '县妇幼保健院委派专家进园开展健康讲座。')).toBe(false));
  it('does not read a hospital 派出-ing its staff to a community', () =>
    expect(measure('城北街道办事处关于老年人服务的说明', '县中医院派出医护人员到社区为老人义诊。')).toBe(false));
});

describe('review 54a: names and purposes', () => {
  it('does not read 建设社区 in a row as building', () =>
    expect(measure('临河县住房和城乡建设局关于老旧小区改造情况的说明', '3月2日｜建设社区｜路面破损｜已转交｜待修复')).toBe(false));
  it('reads 建设小区充电桩 (the verb)', () =>
    expect(measure('临河县住房和城乡建设局关于老旧小区改造情况的说明', '我局投资80万元建设小区充电桩40个。')).toBe(true));
  it('does not read 为进一步做好… as serving pupils', () =>
    expect(measure('临河县教育局关于学生体质健康工作的说明', '为进一步做好学生体质健康测试工作，成立工作专班。')).toBe(false));
  it('reads the service after such a purpose', () =>
    expect(measure('临河县第三小学关于学生健康工作的说明', '为进一步做好学生近视防控工作，学校为学生免费检测视力。')).toBe(true));
});

describe('review 54a: timing', () => {
  it('reads 20,000 spaces in a row\'s cell quickly', () => {
    const t = Date.now();
    measure(STREET, `5月4日｜${' '.repeat(20000)}业主已挪车`);
    expect(Date.now() - t).toBeLessThan(3000);
  });
});
