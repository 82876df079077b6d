/**
 * Review 56b: session 56's 具体措施 rules in element-others-deeds.ts (COUNTY_EXAMINES, CONTRACTED_TO, CONTRACTOR_ACTS,
 * RETURNS_GATHERED, LOGS_GATHERED's 收到…后汇总 and 月报 / 报表, REPORTED_BY's 月报 / 报表, the new PARTY words, OWN_MEANS's 按各自 /
 * 本社 / 本企业 / 自身) and elements.ts (semicolonChain, blankReported before maskReceived), read on 126 sentences written for the
 * review against the build before the session and after. Every sentence here is written for the test.
 * Fixed: a 月报 / 报表 needs its reporter named (据系统报表统计 is the unit's), a 月报 with a comma reached at all, a projection firm's
 * own teams, cleaners in their employer's report, a cooperative's own charter in its own report, 按各自职责 (a division of work),
 * returns from the towns after a colon, the unit gathering then acting after a comma, a bureau's section ending the ； chain, and
 * the ； chain read at most twelve parts back (quadratic on a long run of ；); and the two tests the session left failing:
 * 汇总 kept out of REPORTED_BY's reporter (据各股室汇总上报) and CONTRACTED_TO not past 委托 (由县人社局委托…机构按协议开展).
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const SANITATION = '县环卫所关于中转站运行情况的说明';
const MARKET = '清河县市场监督管理局关于食品安全检查情况的说明';
const CIVIL = '清河县民政局关于补贴发放情况的说明';

describe('review 56b: a 月报 / 报表 is others\' only with its reporter named', () => {
  it('reads the unit\'s own system figures', () =>
    expect(measure(MARKET, '据系统报表统计，全年共开展执法检查312次，查处违法案件18起。')).toBe(true));
  it('reads the unit\'s yearly figures', () => expect(measure(SANITATION, '据年度报表显示，全年共开展中转站设备检查48次。')).toBe(true));
  it('still reads a firm\'s monthly report as the firm\'s', () =>
    expect(measure(SANITATION, '据保洁公司月报，7月对西关站卸料口加装挡帘2套。')).toBe(false));
  it('still reads the towns\' returns as theirs', () =>
    expect(measure(CIVIL, '根据各乡镇报表，上半年各乡镇开展入户核查1860户。')).toBe(false));
  it('reads the towns\' monthly reports with a comma', () =>
    expect(measure(CIVIL, '各乡镇月报显示，上半年各乡镇开展入户核查1860户。')).toBe(false));
  it('reads a firm\'s monthly report with a comma', () =>
    expect(measure(SANITATION, '保洁公司月报显示，7月公司对西关站卸料口加装挡帘2套。')).toBe(false));
  it('reads the towns\' returns after a colon', () => expect(measure(CIVIL, '据各乡镇上报汇总：各乡镇开展入户核查1860户。')).toBe(false));
  it('reads the unit gathering and then acting after a comma', () =>
    expect(measure('河口镇人民政府关于垃圾清运情况的说明', '镇里每月收集各村报表后汇总，对排名靠后的村进行约谈。')).toBe(true));
});

describe('review 56b: the unit\'s own teams, cleaners and charter', () => {
  const FIRM = '清河县农村数字电影放映有限公司关于公益电影放映情况的说明';
  it('reads a projection firm\'s own teams', () => expect(measure(FIRM, '各放映队深入全县各村放映公益电影960场。')).toBe(true));
  it('reads a projection firm\'s teams in the towns', () => expect(measure(FIRM, '放映队今年在全县各乡镇放映公益电影960场。')).toBe(true));
  it('still reads the chain in a station\'s report as the chain\'s', () =>
    expect(measure('石门镇综合文化站关于农村公益电影放映情况的说明', '院线公司在我镇放映公益电影168场。')).toBe(false));
  it('reads a 环卫所\'s own cleaners', () =>
    expect(measure('县环卫所关于城区道路保洁情况的说明', '环卫所保洁队自行购置清扫工具20套。')).toBe(true));
  it('reads a property firm\'s own cleaners', () =>
    expect(measure('金丰物业服务有限公司关于小区环境卫生的说明', '小区保洁员坚持每天对楼道清扫一次。')).toBe(true));
  it('still reads village cleaners in a town\'s report as theirs', () =>
    expect(measure('河口镇人民政府关于农村人居环境整治情况的说明', '各村保洁员自行清运垃圾至镇中转站。')).toBe(false));
  it('reads a cooperative by its own charter in its own report', () =>
    expect(measure('清河县宏达农机专业合作社关于安全生产的说明', '合作社按本社章程开展机具安全检查12次。')).toBe(true));
  it('still reads it as the cooperative\'s in the bureau\'s report', () =>
    expect(measure('清河县农业农村局关于合作社规范化建设的说明', '合作社按本社章程开展机具安全检查12次。')).toBe(false));
  it('reads the community working with the property firm by their duties', () =>
    expect(measure('城南社区关于小区环境管理情况的说明', '社区与物业公司按各自职责分工开展楼道清理行动。')).toBe(true));
  it('still reads dealers by their own promise', () =>
    expect(measure('清河县农机安全监理站关于农机安全工作的说明', '全县4家农机经销商按各自的售后服务承诺上门检修机具230台次。')).toBe(false));
});

describe('review 56b: the order of blanking, and commissioning', () => {
  it('reads visits the unit\'s own sections gathered and reported', () =>
    expect(measure('城关镇困难群众走访情况说明', '据各股室汇总上报，上半年全镇走访困难群众1200户。')).toBe(true));
  it('still reads the villages\' gathered returns as theirs', () =>
    expect(measure('城关镇困难群众走访情况说明', '据各村汇总上报，上半年全镇走访困难群众1200户。')).toBe(false));
  it('reads the unit commissioning a training body', () =>
    expect(measure('清河县人力资源和社会保障局关于职业技能培训情况的说明', '由县人社局委托职业培训机构按协议开展电工技能培训6期。')).toBe(true));
  it('still reads a firm under its contract as the firm\'s', () =>
    expect(measure('清河县交通运输局关于农村公路养护情况的说明', '全县农村公路日常养护由县交通建设工程公司按合同承担。')).toBe(false));
});

describe('review 56b: the chain across ；', () => {
  it('ends at a bureau\'s own section', () =>
    expect(measure('清河县教育局关于校园安全工作的说明', '据各学校报送，各学校开展演练186次；局安全股组织开展校园安全专项检查2轮。')).toBe(true));
  it('still carries the schools\' deeds', () =>
    expect(measure('清河县卫生健康局关于爱国卫生运动的说明', '据各医院上报，各医院开展病媒消杀36次；清理卫生死角280处；发放宣传单1.2万份。')).toBe(false));
  // The chain is read at most twelve parts back (a long run of ；-parts was quadratic; speed is measured outside the tests): the
  // 据… part twelve back still carries, thirteen back it does not.
  const chain = (between: number): string => `据各村上报，各村清扫道路；${'各村清理沟渠；'.repeat(between)}各村开展卫生检查3次。`;
  it('carries the reported deeds twelve ；-parts on', () => expect(measure('柳河镇人民政府关于环境卫生的说明', chain(11))).toBe(false));
  it('stops carrying them thirteen ；-parts on', () => expect(measure('柳河镇人民政府关于环境卫生的说明', chain(12))).toBe(true));
});
