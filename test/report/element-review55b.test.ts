/**
 * Review 55b: session 55's 具体措施 rules (HIRED_HANDS / HIRED_HANDS_TITLE, LOGS_GATHERED / logsGathered / reporterHead, REPORTED_BY's
 * 工作日志 branch, VILLAGES_SIGN, the closing-cell verbs of CELL_BODY_ACTS, bareKindHead, STOCK_ENROLLED and the othersDeedClause guard
 * on DATED_EVENT_ROW). 118 sentences of the reviewer's own were run against the build before the session's commit and after; each
 * new or changed regex was timed on 20,000-character runs (我, ｜, 公司, （, 县, 、, 1, 顾问, 各村, 日志, 据, 全县纳入, 6月3日｜ …).
 * What was fixed, each with its other side:
 * - The title as the pipeline reads it opens with its mark (# 清河县教育局…): bareKindHead and reporterHead now read it without, so
 *   a title with no 关于 names its unit by its first body (they matched nothing before); a 办 ends the head too (文明办); a title
 *   opening with 关于 names the unit after it. HIRED_HANDS_TITLE and VILLAGES_SIGN's village title read reporterHead.
 * - HIRED_HANDS: the unit having advisers do it (组织 / 邀请 / 安排 / 聘请 / 对 … 法律顾问), or commissioning a firm (由县人社局委托
 *   …机构按协议…), is its deed; 签约律师 and a frequency (每月到村坐班) are the advisers' own as 驻村律师 is.
 * - Logs: only someone else's (顾问 / 律师 / …公司 / 各村 …: LOGGER), not the unit's own 巡查台账 / 执法台账 / 所内台账 / 队员日志 / a
 *   school's own 学校台账; 根据 as 据, 记载 after, and 日志显示， with a comma as with a colon.
 * - VILLAGES_SIGN: 均已与 reads as 均与; not when the other party is the unit (各村与我局 / 与镇政府 in the town's report).
 * - Closing cell: 主办 as 组织.
 * - STOCK_ENROLLED: not after 对 / 组织 / 督促 … (对全县纳入…的16家企业开展检查); its month lookahead took a second on a run of digits.
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const JUSTICE = '清河县司法局关于村（居）法律顾问工作情况的说明';
const JUSTICE_BARE = '清河县司法局村居法律顾问工作情况说明';
const FIRM_LAW = '清河县明光律师事务所村法律顾问工作情况说明';
const ECO = '清河县生态环境局关于重点排污单位监管情况的说明';
const HRS = '清河县人力资源和社会保障局关于职业技能培训情况的说明';
const TOWN = '青山镇人民政府关于秸秆禁烧工作的说明';
const SFS = '城关镇司法所关于公共法律服务工作的说明';
const ROWS = '日期｜学校｜活动内容｜人数｜情况\n6月3日｜东关中心学校｜篮球训练｜28｜';

describe('review 55b: advisers and firms under agreement', () => {
  it('reads advisers\' posts as theirs in a title with no 关于', () =>
    expect(measure(JUSTICE_BARE, '法律顾问按协议每月到村坐班不少于1次。')).toBe(false));
  it('reads 驻村律师 at their post as theirs in a title with no 关于', () => expect(measure(JUSTICE_BARE, '驻村律师到村坐班共计386次。')).toBe(false));
  it('still reads a law firm\'s own report, no 关于', () => expect(measure(FIRM_LAW, '法律顾问按协议每月到村坐班，全年坐班216次。')).toBe(true));
  it('reads 签约律师 under the agreement as theirs', () => expect(measure(JUSTICE, '签约律师按协议为村委会审查合同32份。')).toBe(false));
  it('reads advisers at their monthly post as theirs', () =>
    expect(measure(JUSTICE, '村法律顾问每月到村坐班1天，全年为村民解答咨询900余人次。')).toBe(false));
  it('reads the bureau organising advisers as its deed', () => expect(measure(JUSTICE, '组织法律顾问到村开展法治讲座46场。')).toBe(true));
  it('reads the bureau inviting advisers as its deed', () => expect(measure(JUSTICE, '邀请法律顾问为企业开展“法治体检”12次。')).toBe(true));
  it('reads the bureau placing 值班律师 as its deed', () =>
    expect(measure(JUSTICE, '安排值班律师在公共法律服务中心坐班，全年接待群众来访230人次。')).toBe(true));
  it('reads the bureau\'s check of the advisers as its deed', () => expect(measure(JUSTICE, '对法律顾问坐班情况开展电话抽查，共抽查120次。')).toBe(true));
  it('reads a government office hiring counsel as its deed', () =>
    expect(measure('清河县人民政府办公室关于政府法律顾问工作的说明', '聘请法律顾问为县政府重大行政决策提供法律意见。')).toBe(true));
  it('reads the unit commissioning a firm under contract as its deed', () =>
    expect(measure(HRS, '由县人社局委托职业培训机构按协议开展电工技能培训6期。')).toBe(true));
  it('still reads a firm under its contract as the firm\'s', () => expect(measure(ECO, '在线设备的比对监测由第三方检测机构依照合同开展。')).toBe(false));
});

describe('review 55b: logs gathered', () => {
  it('reads the unit\'s own patrol ledger after a colon', () =>
    expect(measure('清河县城市管理局关于市容巡查情况的说明', '巡查台账统计：全年开展街面巡查1320次，劝导占道经营412起。')).toBe(true));
  it('reads the unit\'s own patrol log after 据', () =>
    expect(measure('清河县城市管理局关于市容巡查情况的说明', '据巡查日志，今年共巡查主次干道1320次，劝导占道经营412起。')).toBe(true));
  it('reads the unit\'s enforcement ledger', () =>
    expect(measure('清河县市场监督管理局关于食品安全检查的说明', '执法台账汇总：检查餐饮门店312家次，下达整改通知书46份。')).toBe(true));
  it('reads the team members\' log as the unit\'s', () =>
    expect(measure('清河县城市管理局关于市容巡查情况的说明', '据队员巡查日志，全年劝导占道经营412起，暂扣违规广告牌36块。')).toBe(true));
  it('reads the 所\'s own ledger in its report', () => expect(measure(SFS, '司法所工作台账汇总：接待来访群众320人次，调解纠纷45件。')).toBe(true));
  it('reads the 所 named after 关于', () =>
    expect(measure('关于城关镇司法所公共法律服务工作的说明', '据司法所工作台账，今年共接待来访群众320人次，调解纠纷45件。')).toBe(true));
  it('reads a school\'s own ledger in its report', () =>
    expect(measure('清河县第一中学关于校园安全工作的说明', '学校安全台账汇总：开展应急疏散演练12次，排查隐患36处。')).toBe(true));
  it('reads advisers\' logs after 根据 as theirs', () =>
    expect(measure(JUSTICE, '根据法律顾问工作日志，今年到村坐班412次，开展法治讲座31场。')).toBe(false));
  it('reads advisers\' logs with 显示， as theirs', () =>
    expect(measure(JUSTICE, '法律顾问工作日志显示，全年到村坐班412次，开展法治讲座31场。')).toBe(false));
  it('reads advisers\' logs with 记载 as theirs', () =>
    expect(measure(JUSTICE, '据顾问坐班日志记载，今年到村坐班412次，开展法治讲座31场。')).toBe(false));
  it('reads firms\' ledgers as theirs', () =>
    expect(measure('清河县住房和城乡建设局关于老旧小区物业管理的说明', '各物业公司工作台账汇总：开展消防巡查1260次，清理楼道杂物86处。')).toBe(false));
});

describe('review 55b: villages signing', () => {
  it('reads 均已与 as the villages\' signing', () =>
    expect(measure(JUSTICE, '全县126个行政村均已与律师事务所签订法律顾问协议。')).toBe(false));
  it('reads it in a title with no 关于 naming 社区', () =>
    expect(measure('清河县司法局村（社区）法律顾问工作情况说明', '全县各村（社区）均已与律师事务所签订法律顾问协议。')).toBe(false));
  it('reads villages signing with the bureau as its deed', () =>
    expect(measure(JUSTICE, '全县各村（社区）与我局签订公共法律服务共建协议，明确专人对接。')).toBe(true));
  it('reads villages signing with the town as the town\'s deed', () =>
    expect(measure(TOWN, '全镇12个村分别与镇政府签订禁烧承诺书，落实网格巡查。')).toBe(true));
});

describe('review 55b: a closing cell telling a school ran it', () => {
  it('reads it in a title with no 关于 naming 学校', () => expect(measure('清河县教育局乡村学校少年宫活动开展情况说明', `${ROWS}学校组织`)).toBe(false));
  it('reads 主办 as 组织', () => expect(measure('清河县教育局乡村学校少年宫活动开展情况说明', `${ROWS}学校主办`)).toBe(false));
  it('reads it in a 文明办\'s report', () => expect(measure('清河县文明办乡村学校少年宫工作情况说明', `${ROWS}学校组织`)).toBe(false));
  it('reads it in a 教育和体育局\'s report', () => expect(measure('清河县教育和体育局乡村学校少年宫活动开展情况说明', `${ROWS}学校组织`)).toBe(false));
  it('still reads a 民办 school\'s own row', () =>
    expect(measure('清河县民办育才学校少年宫活动情况说明', '日期｜地点｜活动内容｜人数｜情况\n6月3日｜学校操场｜篮球训练｜28｜学校组织')).toBe(true));
  it('still reads a 中心学校\'s own row', () =>
    expect(measure('清河县城关镇中心学校少年宫活动情况说明', '日期｜地点｜活动内容｜人数｜情况\n6月3日｜学校操场｜篮球训练｜28｜学校组织')).toBe(true));
  it('still reads the bureau\'s section running it', () => expect(measure('清河县教育局乡村学校少年宫活动开展情况说明', `${ROWS}局体卫艺股组织`)).toBe(true));
});

describe('review 55b: what the county enrolled', () => {
  it('reads the unit checking the enrolled firms', () => expect(measure(ECO, '对全县纳入在线监控的16家企业逐一开展现场检查。')).toBe(true));
  it('reads the unit organising a check of them', () => expect(measure(ECO, '组织对全县纳入自动监控的14家企业开展设备比对监测。')).toBe(true));
  it('still reads the stock told', () => expect(measure(ECO, '全县纳入自动监控的重点排污单位14家、在线监测设备22套。')).toBe(false));
});
