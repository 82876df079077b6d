/**
 * Session 46 (the forty-first set, moved to train, and kinds of registers probed by hand): what the rules missed or took wrongly.
 * 主体责任: a village's own service station speaks of the village's posts as its own (GRASSROOTS); a named head leading the unit's own
 * staff (带领站内会计); a member named by calling and given a task (专职调解员刘晓峰负责…); a farm's head as its own 第一责任人 is the farm's.
 * 具体措施, not the unit's: the villages updating their boards of their own accord (各村…自行; a 村务监督委员会 is not the village
 * committee); a row whose item cell opens with the place's side (场方清粪); a contracted firm under its contract; a served person's own
 * story; a topic whose predicate was blanked as another's; a named school, firm or venue acting, a firm's staff at work, another body's
 * handling passed on; 收到 is no going to a place.
 * 具体措施, the unit's: talks held and cases made public, counted; a visit to learn; a notice posted on its day; tickets handled and hard
 * cases consulted; contracts gone through anew; a dated event in a clause of charge; 罂粟踏查; services counted for the people served
 * (为群众办理…); an unannounced visit and approval in a place are held here too, though earlier rules already read them.
 * 取得成效: the served treated as family, helped, warmed; a fault gone in use; a recheck all passed;
 * people doing well since (已有9人创办…); households lifted, counted (带动本村16户增收); veterans and their families as people served;
 * no dispute of a kind (涉军矛盾 / 民转刑).
 * Each rule has its other side: the same words as an aim, a plan, another's deed, or the unit's own; the last block holds an
 * independent review's near misses (callings in other units' reports, staff not the unit's, a town's station, the unit's help after a
 * story, the unit's cell beside a side's, complaints, sign-ups, forecasts).
 */
import { describe, expect, it } from 'vitest';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const measure = (text: string, title = ANY) => measures({ text, title, role: undefined, heading: false, firm: false, index: 1 } as never);
const outcome = (text: string, title = ANY) => results({ text, title, role: 'body', heading: false, firm: false, index: 1 } as never);
const found = (title: string, line: string, element: string) =>
  (elementEvidence(segment({ text: normalizeText(`# ${title}\n${line}`), styled: [] }))[element] ?? []).length > 0;

describe('session 46: who is in charge', () => {
  const STATION = '大营村退役军人服务站关于拥军优属工作情况的说明';
  it('reads the village secretary in the village\'s own service station\'s report', () =>
    expect(found(STATION, '村党支部书记武志强负总责，村委委员段勇具体负责。', '主体责任')).toBe(true));
  it('still reads a village\'s secretary as another body\'s in a county bureau\'s report', () =>
    expect(found('清河县退役军人事务局关于拥军优属工作情况的说明', '村党支部书记武志强负总责。', '主体责任')).toBe(false));
  const OFFICE = '城关镇经管站关于村集体合同清理情况的说明';
  it('reads a named head leading the unit\'s own staff (带领站内会计)', () =>
    expect(found(OFFICE, '镇经管站站长刘海燕带领站内会计，4月对全镇12个村的集体经济合同逐份清理。', '主体责任')).toBe(true));
  it('reads it with the role alone opening the clause', () => expect(found(OFFICE, '站长刘海燕带领站内干部清理合同。', '主体责任')).toBe(true));
  it('does not read a head leading residents (带领村民)', () => expect(found(OFFICE, '站长刘海燕带领村民清理垃圾。', '主体责任')).toBe(false));
  const COMMITTEE = '清河县物业纠纷人民调解委员会工作情况说明';
  it('reads a member named by calling and given a task (专职调解员刘晓峰负责…)', () =>
    expect(found(COMMITTEE, '专职调解员刘晓峰负责城区小区物业纠纷的受理和调处。', '主体责任')).toBe(true));
  it('reads it after a comma (驻点调解员马俊负责…)', () =>
    expect(found(COMMITTEE, '委员会设立调解室，驻点调解员马俊负责调解接待。', '主体责任')).toBe(true));
  it('does not read a village\'s member (村调解员王某负责…)', () =>
    expect(found(COMMITTEE, '村调解员王某负责本村纠纷排查。', '主体责任')).toBe(false));
  it('does not read a calling with no one named (调解员负责…)', () =>
    expect(found(COMMITTEE, '调解员负责调解接待。', '主体责任')).toBe(false));
  const TOWN = '城关镇人民政府关于畜禽养殖污染防治情况的说明';
  const farms = [
    '按照“谁养殖、谁治污”原则，养殖场负责人是污染防治第一责任人。',
    '我们向辖区养殖场反复讲明，养殖场场长为本场污染防治第一责任人。',
    '镇里高度重视，明确养殖户是治污第一责任人。',
    '镇里高度重视，明确猪场场长是本场污染防治第一责任人。',
  ];
  for (const line of farms) it(`does not read a farm's own first charge: ${line}`, () => expect(found(TOWN, line, '主体责任')).toBe(false));
  it('reads the town\'s own first charge beside it', () =>
    expect(found(TOWN, '镇长刘强是全镇畜禽养殖污染防治第一责任人。', '主体责任')).toBe(true));
});

describe('session 46: deeds that are others\'', () => {
  const BUREAU = '清河县农业农村局关于村务公开检查的情况说明';
  it('does not read the villages updating their boards of their own accord', () => expect(measure('各村按季度自行更新公开栏内容。', BUREAU)).toBeNull());
  it('reads the bureau having the villages do it', () => expect(measure('督促各村按季度自行更新公开栏内容。', BUREAU)).not.toBeNull());
  it('does not read the village committee\'s own update in its supervisory committee\'s report', () =>
    expect(measure('村委会按季度自行更新公开栏。', '前屯村村务监督委员会关于村务公开监督情况的说明')).toBeNull());
  it('reads it in the village committee\'s own report', () =>
    expect(measure('村委会按季度自行更新公开栏。', '前屯村村民委员会关于村务公开的情况说明')).not.toBeNull());
  it('reads it in the village committee\'s own report on supervision (监督 in its topic, not its name)', () =>
    expect(measure('村委会按季度自行更新公开栏。', '前屯村村民委员会关于接受村务监督情况的说明')).not.toBeNull());
  const STATION = '清河县畜牧兽医站关于规模养殖场巡查情况的说明';
  it('does not read a row whose item cell opens with the farm\'s side (场方自行清粪)', () =>
    expect(measure('4月30日｜宏达奶牛场｜场方自行清粪｜清运粪污95吨', STATION)).toBeNull());
  it('does not read it without 自行 (场方检修沼气池)', () => expect(measure('5月29日｜沙河村肉牛场｜场方检修沼气池｜检修中', STATION)).toBeNull());
  it('reads the row where the unit had the farm do it (督促场方清粪)', () =>
    expect(measure('4月30日｜宏达奶牛场｜督促场方清粪｜清运粪污95吨', STATION)).not.toBeNull());
  it('reads a row with the farm\'s side beside the unit\'s own cell', () =>
    expect(measure('4月30日｜宏达奶牛场｜场方清粪｜我站现场检查粪污设施', STATION)).not.toBeNull());
  it('reads the row in the farm\'s own report', () =>
    expect(measure('4月30日｜一号棚｜场方清粪｜清运粪污95吨', '宏达奶牛场关于粪污处理情况的说明')).not.toBeNull());
  const CITY = '清河县城市管理局城乡环卫一体化工作情况说明';
  it('does not read a contracted firm staffing under its contract', () =>
    expect(measure('保洁公司按与乡镇签订的合同配备保洁员1120名，实行早晚两次清扫。', CITY)).toBeNull());
  it('reads the bureau staffing alike', () => expect(measure('我局按标准配备保洁员1120名，实行早晚两次清扫。', CITY)).not.toBeNull());
  it('does not read the topic of a duty that falls to a firm (由…保洁公司负责)', () =>
    expect(found(CITY, '城乡道路清扫和垃圾转运由乡镇自行招标的保洁公司负责，保洁公司按与乡镇签订的合同配备保洁员1120名。', '具体措施')).toBe(false));
  it('reads a mechanism set up before a colon whose rest tells others\' duties (train 19259)', () =>
    expect(found(CITY, '我局建立工地围挡公益广告内容审核制度：施工单位设置或更换画面前，须将画面样稿报广告管理科审核，审核通过后方可喷绘上墙。', '具体措施')).toBe(true));
  it('reads the duty that falls to the unit\'s own part, with a deed told', () =>
    expect(found(CITY, '垃圾清运由我局环卫所负责，每天清运两次。', '具体措施')).toBe(true));
  const VETERANS = '清河县退役军人事务局关于扶持退役军人创业的情况说明';
  it('does not read a served person\'s own story (退役军人赵某退伍后回到…，自筹资金办起…)', () =>
    expect(measure('退役军人赵某退伍后回到王庄镇，自筹资金办起生态养殖场，带动周边农户发展养殖。', VETERANS)).toBeNull());
  it('reads the unit\'s deed after the story', () =>
    expect(measure('退役军人赵某退伍后回到王庄镇，自筹资金办起生态养殖场，我局上门走访并联系技术专家指导。', VETERANS)).not.toBeNull());
  it('reads the unit\'s deed after a served person named with no story told', () =>
    expect(measure('村民王某反映路灯不亮，工作人员当天到场维修，更换灯泡2个。')).not.toBeNull());
  const POLICE = '清河县公安局禁毒大队关于全民禁毒宣传月活动情况的说明';
  it('does not read a named school acting on its own in the police\'s report', () =>
    expect(found(POLICE, '6月，县实验小学组织学生观看禁毒宣传片。', '具体措施')).toBe(false));
  it('reads the police joining the school', () => expect(found(POLICE, '大队联合县实验小学组织学生观看禁毒宣传片。', '具体措施')).toBe(true));
  it('reads the police going into a school', () => expect(found(POLICE, '民警走进县第一中学开展禁毒宣传。', '具体措施')).toBe(true));
  it('reads going into a school with no subject said', () => expect(found(POLICE, '6月26日，走进县第一中学开展禁毒宣传。', '具体措施')).toBe(true));
  it('reads a request to a hospital, counted (session 16)', () => expect(found(POLICE, '请县人民医院开展义诊3次，服务群众200余人次。', '具体措施')).toBe(true));
  it('reads the school\'s deed in the education bureau\'s report (its own schools)', () =>
    expect(found('清河县教育局关于禁毒教育情况的说明', '县实验小学组织学生观看禁毒宣传片。', '具体措施')).toBe(true));
  it('reads it in the school\'s own report', () =>
    expect(found('清河县实验小学关于禁毒教育情况的说明', '县实验小学组织学生观看禁毒宣传片。', '具体措施')).toBe(true));
  const GAS = '清河县住房和城乡建设局关于燃气安全排查整治情况的说明';
  it('does not read a gas firm\'s staff at work in the bureau\'s report', () =>
    expect(found(GAS, '燃气公司安检员入户检查灶具、软管和报警器。', '具体措施')).toBe(false));
  it('reads it in the gas firm\'s own report', () =>
    expect(found('清河县燃气有限公司关于燃气安全排查的说明', '燃气公司安检员入户检查灶具、软管和报警器。', '具体措施')).toBe(true));
  it('does not read another body\'s handling passed on (经县住建局现场处置)', () =>
    expect(found('城关镇人民政府关于热线工单办理情况的说明', '经县住建局现场处置，小区路灯已修复。', '具体措施')).toBe(false));
  it('reads the bureau\'s own handling in its report', () =>
    expect(found('清河县住房和城乡建设局关于热线工单办理情况的说明', '经县住建局现场处置，小区路灯已修复。', '具体措施')).toBe(true));
  it('does not read 收到 as going to a place (收到公示照片)', () => expect(found(ANY, '我所收到公示照片268份。', '具体措施')).toBe(false));
  it('reads going to the villages to post (到各村公示)', () => expect(found(ANY, '到各村公示结果。', '具体措施')).toBe(true));
});

describe('session 46: the unit\'s deeds', () => {
  const deeds: [string, string][] = [
    ['talks held, counted', '对问题突出的村党组织书记提醒谈话15人次、诫勉谈话3人。'],
    ['cases made public, counted', '在“清风清河”公众号通报典型问题3起。'],
    ['a visit to learn', '5月组织乡镇分管领导和创建村书记到大李庄村、后营村现场观摩。'],
    ['a table posted on its day', '今年第一季度财务公开表于4月8日上墙。'],
    ['tickets handled, counted', '上半年共签收办理工单1260件，按时办结率98.6%。'],
    ['hard cases consulted', '5月召开疑难工单会商会2次。'],
    ['an unannounced visit (不打招呼)', '县纪委监委组成4个暗访组，不打招呼到28个村查看公开栏。'],
    ['contracts gone through anew', '对村集体门面房租赁合同重新梳理。'],
    ['a dated event in a clause of charge', '股长刘敏负责组织并带队于4月27日在县工业园区开展宣传咨询。'],
    ['a poppy survey organised', '4月至5月，联合乡镇组织罂粟踏查。'],
    ['services counted for the people served', '为群众办理优待证320张。'],
  ];
  for (const [what, text] of deeds) it(`reads ${what}`, () => expect(measure(text)).not.toBeNull());
  const none: [string, string][] = [
    ['talks undergone (被…约谈)', '我局被县纪委约谈3人次。'],
    ['tickets only received', '上半年受理工单1260件。'],
    ['tickets not handled', '尚未办理工单12件。'],
    ['a notice to be posted (于…前)', '结果于5月前公示。'],
    ['a yearly date in a clause of charge', '股长刘敏负责每年4月27日在县工业园区开展宣传咨询。'],
    ['a charge with no event', '股长刘敏负责宣传咨询。'],
    ['services the people applied for', '群众申请办理优待证320张。'],
  ];
  for (const [what, text] of none) it(`does not read ${what}`, () => expect(measure(text)).toBeNull());
});

describe('session 46: outcomes', () => {
  const VILLAGE = '前进村退役军人服务站“八一”走访情况说明';
  const told: [string, string][] = [
    ['the served treated as family', '军属们说“村里把我们当亲人”。'],
    ['the served helped a great deal', '老兵们说“服务站帮了大忙”。'],
    ['no dispute arising', '本村今年没有发生涉军矛盾。'],
    ['a recheck all passed', '经乡镇复查全部通过。'],
  ];
  for (const [what, text] of told) it(`reads ${what}`, () => expect(found(VILLAGE, text, '取得成效')).toBe(true));
  it('reads the served treated as family, said without a quotation', () => expect(found(VILLAGE, '军属们说村里把他们当亲人。', '取得成效')).toBe(true));
  it('does not read them not treated as family', () => expect(found(VILLAGE, '军属们说村里没有把他们当亲人。', '取得成效')).toBe(false));
  it('reads the served helped, said without a quotation', () => expect(found(VILLAGE, '老兵们说服务站帮了大忙。', '取得成效')).toBe(true));
  it('reads approval given in a place (纷纷在社区群里点赞)', () => expect(found(VILLAGE, '军属们纷纷在社区群里点赞。', '取得成效')).toBe(true));
  it('reads a fault gone in use, fed back', () => expect(found(VILLAGE, '回访农户反映冲水顺畅、无返味。', '取得成效')).toBe(true));
  it('does not read a fault still there, fed back', () => expect(found(VILLAGE, '回访农户反映冲水不畅、有返味。', '取得成效')).toBe(false));
  it('does not read a recheck to come', () => expect(found(VILLAGE, '计划7月复查。', '取得成效')).toBe(false));
  it('reads people doing well since, counted (已有9人创办…)', () => expect(outcome('参训人员中已有9人创办家庭农场或网店。')).not.toBeNull());
  it('does not read a count of people trained alone', () => expect(outcome('参训人员42人。')).toBeNull());
  it('does not read people who only mean to (有9人想创办…)', () => expect(outcome('参训人员中有9人想创办家庭农场。')).toBeNull());
  it('does not read what some did before, with no 已 (有9人创办过网店)', () => expect(outcome('报名人员中有9人创办过网店。')).toBeNull());
  it('reads households lifted (带动本村16户增收)', () => expect(outcome('合作社带动本村16户增收。')).not.toBeNull());
  it('does not read lifting as an aim (力争带动…)', () => expect(outcome('力争带动农户增收。')).toBeNull());
  it('does not read lifting as a target (以带动…为目标)', () => expect(outcome('以带动群众增收为目标。')).toBeNull());
});

describe('session 46: the review\'s near misses', () => {
  const MARKET = '清河县市场监督管理局关于食品安全工作情况的说明';
  const charges: [string, string][] = [
    [MARKET, '企业设立食品安全员，安全员李刚负责每日自查。'],
    [MARKET, '超市方面，管理员李刚负责每日自查。'],
    ['清河县司法局关于普法工作的情况说明', '其中，民警张伟负责辖区巡逻。'],
    ['清河县民政局关于养老服务的情况说明', '张大爷说，护士王丽负责他的日常护理。'],
    ['城关镇人民政府关于人居环境整治情况的说明', '村支书王某带领干部群众清理垃圾。'],
    ['清河县教育局关于校园安全的情况说明', '校长刘芳带领干部职工开展安全检查。'],
    ['清河县文化馆关于群众文化活动的情况说明', '广场舞队成立以来，队长王某带领队员每天排练。'],
    [MARKET, '店长王某带领职工自查。'],
    ['城关镇退役军人服务站关于拥军优属工作情况的说明', '村党支部书记王某负总责，村委委员李某具体负责。'],
  ];
  for (const [title, line] of charges) it(`reads no one of the unit in charge: ${line}`, () => expect(found(title, line, '主体责任')).toBe(false));
  it('reads a mediator named in the mediation committee\'s own report after a finding-free clause', () =>
    expect(found('清河县物业纠纷人民调解委员会工作情况说明', '今年以来，专职调解员刘晓峰负责小区纠纷的受理。', '主体责任')).toBe(true));
  const deeds: [string, string][] = [
    ['a fix after a resident\'s report', '村民王某回到家中发现路灯不亮，工作人员当天到场维修，更换灯泡2个。'],
    ['the unit\'s help after a veteran\'s story', '退役军人赵某退伍后回到王庄镇，为其协调贴息贷款10万元，组织专家现场指导3次。'],
    ['the unit\'s check beside the farm\'s result', '4月30日｜宏达奶牛场｜现场检查粪污设施｜场方已整改'],
    ['an officer\'s check beside a shop\'s self-check', '4月30日｜城关镇某饭店｜店方自查｜执法人员现场检查后厨'],
  ];
  for (const [what, text] of deeds) it(`reads ${what}`, () => expect(measure(text, '清河县畜牧兽医站关于有关工作的情况说明')).not.toBeNull());
  it('reads a watch kept before calls answered (the calls blanked, the deed kept)', () =>
    expect(found(ANY, '汛期我局在防汛值班室24小时值守并接听群众来电326个。', '具体措施')).toBe(true));
  it('reads checks before returns gathered', () => expect(found(ANY, '我局组织人员逐村核查并汇总各村上报的排查情况表16份。', '具体措施')).toBe(true));
  it('reads a fix after a resident came home (回到 tells no story)', () =>
    expect(measure('村民王某回到家中发现路灯不亮，当天到场维修，更换灯泡2个。')).not.toBeNull());
  it('does not read a farm\'s side in the market regulator\'s report', () =>
    expect(measure('4月30日｜宏达奶牛场｜场方清粪｜清运粪污95吨', MARKET)).toBeNull());
  it('reads a dated check row whose result cell names the farm\'s side', () =>
    expect(measure('4月30日｜宏达奶牛场｜粪污设施巡查｜场方已整改', '清河县畜牧兽医站关于有关工作的情况说明')).not.toBeNull());
  it('does not read a police officer named in the justice bureau\'s report', () =>
    expect(found('清河县司法局关于普法工作的情况说明', '民警张伟负责辖区巡逻。', '主体责任')).toBe(false));
  it('reads a police officer named in the police\'s own report', () =>
    expect(found('清河县公安局城关派出所关于治安工作的情况说明', '其中，民警张伟负责辖区巡逻。', '主体责任')).toBe(true));
  const none: [string, string][] = [
    ['residents at a self-service terminal', '居民通过自助终端办理社保卡320张。'],
    ['a talk attended', '我局主要负责人参加县纪委集体约谈1次。'],
    ['a rebuke received', '我局干部职工中受到批评教育2人。'],
    ['problems a superior reported', '今年以来，我局收到上级通报问题3个。'],
    ['a visit to learn attended', '我局参加县里组织的现场观摩。'],
    ['a deadline for posting', '评议结果于5月6日前公示。'],
    ['tickets waiting', '待办理工单12件。'],
    ['tickets in hand', '目前仍有办理中工单5件。'],
    ['a consultation another body held', '我局参加县政府召开的疑难工单会商会2次。'],
    ['a consultation told by who held it', '县政府召开的疑难工单会商会2次在县政务中心举行。'],
    ['a visit to learn another organised', '县里组织的现场观摩在大李庄村举行。'],
    ['the people served doing it at a counter', '群众到窗口办理居住证86张。'],
  ];
  for (const [what, text] of none) it(`does not read ${what}`, () => expect(measure(text)).toBeNull());
  const VILLAGE = '前进村退役军人服务站“八一”走访情况说明';
  const complaints = [
    '村民反映，他们的诉求一直没人放在心上。',
    '军属反映，村里根本不拿我们当亲人。',
    '家属反映，工作人员态度不是很贴心。',
    '村民反映，下水道堵塞多日，臭味很大，无异味处理设施。',
  ];
  for (const line of complaints) it(`reads no outcome in a complaint: ${line}`, () => expect(found(VILLAGE, line, '取得成效')).toBe(false));
  const noOutcome = ['已有5人报名参加创业培训。', '已有12户申请就业补贴。', '项目建成后可带动200户增收。', '鼓励能人返乡创业，带动群众致富。', '两份台账数据没有出现前后矛盾。', '经复核全部通过的只有2户，其余需重新整改。'];
  for (const line of noOutcome) it(`reads no outcome: ${line}`, () => expect(outcome(line)).toBeNull());
  it('reads no dispute of a kind arising (未发生民转刑案件)', () => expect(outcome('全年未发生民转刑案件。')).not.toBeNull());
  it('does not read a service station named by its people as the people served', () =>
    expect(found(VILLAGE, '退役军人服务站主动上门走访了12户。', '取得成效')).toBe(false));
});
