/**
 * Session 45 (the fortieth set, moved to train, and kinds of registers probed by hand): what the rules missed or took wrongly.
 * 具体措施, not the unit's: a row the place only reported done (企业自报完成); a county body's visit to a firm, in a row or a clause, and a
 * count after it; a village committee's own work, mediation committees' own mediation and returns received, in another unit's report.
 * 具体措施, the unit's: an event on its day at a named place; a dated row naming a check; services counted; audits and contracts cleared;
 * home visits to the parties. 取得成效: a bad thing fewer by a count, no disease case found, earlier years' blight gone, a nuisance no
 * longer sensed, doubts cleared, disputes all settled, a leap reached, those served no longer needing to. 主体责任: a business named by
 * its trade speaks of itself as 公司; a village's post in a county body's report is the village's. 部署文件: a list of services is none.
 * Each rule has its other side: the same words as an aim, a plan, a single row, another's deed, or the unit's own; the last two blocks
 * hold an independent review's near misses.
 */
import { describe, expect, it } from 'vitest';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const FIRM = '清河县利丰纺织有限公司2026年上半年职业健康工作小结';
const measure = (text: string, title = ANY) => measures({ text, title, role: undefined, heading: false, firm: false, index: 1 } as never);
const outcome = (text: string, title = ANY) => results({ text, title, role: 'body', heading: false, firm: false, index: 1 } as never);
const evidence = (lines: string[], element: string) =>
  (elementEvidence(segment({ text: normalizeText(lines.join('\n')), styled: [] }))[element] ?? []).length > 0;

describe('session 45: whose deed a register row or a clause tells', () => {
  it('does not read a row the firm only reported done (企业自报完成)', () =>
    expect(measure('5月20日｜利丰纺织｜噪声岗位耳塞更换｜企业自报完成')).toBeNull());
  it('reads a row the unit checked next to a firm\'s report', () =>
    expect(measure('5月20日｜利丰纺织｜噪声岗位抽查｜抽查岗位6个')).not.toBeNull());
  it('does not read a county body\'s visit told in a row of a firm\'s own report', () =>
    expect(measure('4月16日｜县疾控中心｜噪声检测｜检测点10个', FIRM)).toBeNull());
  it('reads the same row in that body\'s own report', () =>
    expect(measure('4月16日｜县疾控中心｜噪声检测｜检测点10个', '清河县疾病预防控制中心职业健康检测情况说明')).not.toBeNull());
  it('reads the same row in a bureau\'s report (only a firm\'s report has visitors in its rows)', () =>
    expect(measure('4月16日｜县疾控中心｜噪声检测｜检测点10个', '清河县卫生健康局职业健康工作情况说明')).not.toBeNull());
  it('does not read a county body coming to the firm to test', () =>
    expect(measure('4月16日，县疾控中心来公司开展噪声检测，检测点10个。', FIRM)).toBeNull());
  it('reads a deed counted after a blanked clause (a count alone is the visitor\'s, a verb and its count the unit\'s)', () =>
    expect(measure('4月至6月，县疾控中心对城区四个农贸市场开展蝇、鼠密度监测6次，开展消杀技术指导8次。', '县卫健局农贸市场病媒生物监测情况说明')).not.toBeNull());
  it('does not read a count after a county body\'s check of the firm', () =>
    expect(measure('县卫生监督所来公司开展监督检查，抽查岗位6个。', FIRM)).toBeNull());
  it('reads the firm\'s own test told alike', () => expect(measure('4月16日，公司组织开展噪声检测，检测点10个。', FIRM)).not.toBeNull());
});

describe('session 45: a village\'s own work in another unit\'s report', () => {
  const BUREAU = '清河县农业农村局关于村务公开检查的情况说明';
  it('does not read a village committee updating its board of its own accord', () => expect(measure('村委会自行更新公开栏。', BUREAU)).toBeNull());
  it('does not read the villages\' committees clearing their contracts of their own', () => expect(measure('各村两委自主清理合同。', BUREAU)).toBeNull());
  it('reads the bureau having them do it', () => expect(measure('督促村委会自行更新公开栏。', BUREAU)).not.toBeNull());
  it('reads it in the village committee\'s own report', () =>
    expect(measure('村委会自行更新公开栏。', '前营村村民委员会关于村务公开的情况说明')).not.toBeNull());
  it('reads it in a village\'s report titled by its name', () => expect(measure('村委会自行更新公开栏。', '前营村村务公开情况说明')).not.toBeNull());
});

describe('session 45: checks in register rows, services counted, audits, home visits', () => {
  const TOWN = '城关镇关于三资管理检查的情况说明';
  const deeds: [string, string][] = [
    ['a dated row whose item cell names a check', '4月3日｜刘庄村｜村务公开栏检查｜内容未及时更新，已要求整改'],
    ['a dated row of a facility check found in order', '6月2日｜兴旺猪场｜粪污设施检查｜合格'],
    ['an audit of accounts', '对村级账务进行专项审计。'],
    ['contracts cleared, counted', '清理村集体经济合同68份。'],
    ['mediators working on both parties at their door', '调解员上门做双方工作。'],
    ['a mediator hearing the parties at home', '我所调解员到当事人家中了解情况。'],
    ['cards issued, counted', '办理优待证320张。'],
  ];
  for (const [what, line] of deeds) it(`reads ${what}`, () => expect(measure(line, TOWN)).not.toBeNull());
  const none: [string, string][] = [
    ['an audit to come', '将对村级账务进行专项审计。'],
    ['villages told to clear contracts', '要求各村清理合同68份。'],
    ['cards planned', '计划办理优待证320张。'],
    ['a row of a firm\'s own self-check', '5月20日｜兴旺猪场｜场方自查｜企业自报完成'],
    ['a row with no check cell', '6月2日｜兴旺猪场｜清粪｜场方自行清理'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(measure(line, TOWN)).toBeNull());
  it('does not read a county body\'s test in a row of a firm\'s report', () =>
    expect(measure('4月16日｜县疾控中心｜噪声检测｜检测点10个', FIRM)).toBeNull());
});

describe('session 45: an event held on its day at a named place', () => {
  it('reads a consultation held on its day at a place', () => expect(measure('4月27日在县工业园区开展宣传咨询。')).not.toBeNull());
  it('reads a clinic held on its day at a community', () => expect(measure('于5月9日在城关社区举办了义诊。')).not.toBeNull());
  it('does not read one planned for that day', () => expect(measure('计划4月27日在县工业园区开展宣传咨询。')).toBeNull());
  it('does not read a bare consultation with no day or place', () => expect(measure('开展宣传咨询。')).toBeNull());
  it('does not read an event on its day with no place', () => expect(measure('4月27日开展宣传咨询。')).toBeNull());
  it('does not read a month with no day', () => expect(measure('4月在县工业园区开展宣传咨询。')).toBeNull());
});

describe('session 45: outcomes', () => {
  const claims: [string, string][] = [
    ['a bad thing fewer by a count (超标点位减少9个)', '6月复测时，上述企业超标点位减少9个。'],
    ['posts over the limit fewer (超标岗位减少4个)', '织布车间噪声超标岗位减少4个。'],
    ['hazards cut to a count (隐患降至3处)', '辖区隐患降至3处。'],
    ['no disease case found among those watched', '接尘职工未检出疑似职业病。'],
    ['no new occupational disease case', '全年未发现新发职业病。'],
    ['earlier years\' blight gone', '坟头周围也没有了往年的纸灰和鞭炮屑。'],
    ['a smell no longer smelt', '养殖场周边再也闻不到刺鼻的臭味。'],
    ['people\'s doubts cleared', '村级账务公开透明，群众疑虑得到消除。'],
    ['disputes all settled', '纠纷全部化解在基层。'],
    ['a leap reached', '师生文明素养有了质的飞跃。'],
  ];
  for (const [what, line] of claims) it(`reads ${what}`, () => expect(outcome(line)).not.toBeNull());

  const none: [string, string][] = [
    ['activities fewer by a count', '今年开展活动减少2场。'],
    ['a good thing fewer by a count (volunteer posts)', '志愿服务岗位减少3个。'],
    ['a neutral thing fewer by a count (monitoring points)', '监测点位减少2个。'],
    ['a single row telling no disease found', '5月9日｜华建建材｜接尘职工体检｜未检出疑似职业病'],
    ['posts over the limit counted, not fewer', '检测点10个，超标3个。'],
    ['earlier years\' practice named, nothing gone', '今年仍有往年的纸灰。'],
    ['a smell wished away', '希望再也闻不到臭味。'],
    ['doubts to be cleared (an aim)', '为消除群众疑虑，公开账目。'],
    ['disputes to be settled (an aim)', '力争纠纷全部化解在基层。'],
    ['disputes not settled', '目前还有2起纠纷未化解。'],
    ['a leap aimed at', '力争实现新的突破。'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(outcome(line)).toBeNull());
});

describe('session 45: those served no longer needing to do a burdensome thing', () => {
  const said = (line: string) => evidence(['清河县利丰纺织有限公司噪声治理情况说明', line], '取得成效');
  it('reads workers saying they no longer need to shout', () => expect(said('职工反映车间里说话不用再扯着嗓子喊。')).toBe(true));
  it('does not read workers wishing so', () => expect(said('职工希望车间里说话不用再扯着嗓子喊。')).toBe(false));
});

describe('session 45: mediation committees\' own work and returns received', () => {
  const deed = (title: string, line: string) => evidence([title, line], '具体措施');
  const BUREAU = '清河县司法局关于人民调解工作的情况说明';
  it('does not read returns received from the villages', () => expect(deed(BUREAU, '收到各村上报的排查情况表16份。')).toBe(false));
  it('does not read the committees\' own mediation counted', () => expect(deed(BUREAU, '据统计，各调委会上半年共调解纠纷312件。')).toBe(false));
  it('does not read a village committee\'s mediation in the bureau\'s report', () => expect(deed(BUREAU, '村调委会调处邻里纠纷5起。')).toBe(false));
  it('reads the bureau guiding the committees', () => expect(deed(BUREAU, '指导各调委会调解纠纷312件。')).toBe(true));
  it('reads the bureau\'s own office mediating', () => expect(deed(BUREAU, '司法所调解纠纷36件。')).toBe(true));
  it('reads a village committee in the village\'s own report', () => expect(deed('王庄村关于人民调解工作的情况说明', '村调委会调处邻里纠纷5起。')).toBe(true));
  it('reads the town\'s committee in the town\'s own report', () => expect(deed('城关镇人民政府关于人民调解工作的情况说明', '镇调委会调处纠纷12起。')).toBe(true));
  it('reads a trade committee\'s own report', () => expect(deed('清河县医疗纠纷人民调解委员会关于调解工作的情况说明', '调委会调解医疗纠纷12件。')).toBe(true));
  it('reads a committee\'s own report', () => expect(deed('王庄村人民调解委员会关于调解工作的情况说明', '村调委会调处邻里纠纷5起。')).toBe(true));
});

describe('session 45: a village\'s post holding the charge', () => {
  const head = (title: string, line: string) => evidence([title, line], '主体责任');
  it('does not read a village secretary\'s charge in the justice bureau\'s report', () =>
    expect(head('清河县司法局关于人民调解工作的情况说明', '村支书为村调委会第一责任人。')).toBe(false));
  it('does not read a village head\'s charge in a town justice office\'s report', () =>
    expect(head('清河县城关镇司法所关于人民调解工作的情况说明', '村主任李某负责日常调解。')).toBe(false));
  it('reads a village post in a town office\'s report (the town\'s own office)', () =>
    expect(head('城关镇综治办关于人民调解工作的情况说明', '村支书为村调委会第一责任人。')).toBe(true));
  it('reads the bureau\'s own head', () => expect(head('清河县司法局关于人民调解工作的情况说明', '局长王某负总责。')).toBe(true));
  it('reads the village secretary in the village\'s own report', () =>
    expect(head('王庄村关于人民调解工作的情况说明', '村支书王某对全村矛盾纠纷排查负总责。')).toBe(true));
  it('reads a village post in a town party committee\'s report (the town\'s own tier reads on)', () =>
    expect(head('城关镇党委关于人民调解工作的情况说明', '村支书为村调委会第一责任人。')).toBe(true));
});

describe('session 45: a list of services is no deployment document', () => {
  const doc = (line: string) => evidence(['马庄乡便民服务中心群众评价意见汇总', line], '部署文件');
  it('does not read a catalogue of services', () => expect(doc('对照《马庄乡便民服务事项清单》开展群众评价。')).toBe(false));
  it('does not read a list of stores', () => expect(doc('对照《应急物资储备清单》补充物资。')).toBe(false));
  it('reads a list of tasks', () => expect(doc('按照《城关镇2026年创文任务清单》推进。')).toBe(true));
  it('reads a list of problems', () => expect(doc('对照《第三方测评问题清单》逐项整改。')).toBe(true));
});

describe('session 45: a business named by its trade', () => {
  const report = (title: string) => [`${title}`, '公司经理孙恒通亲自负责整改。', '恒通汽修', '2026年6月2日'];
  it('reads the firm\'s manager as its own in a report titled by its trade', () =>
    expect(evidence(report('恒通汽修关于喷烤漆房整改情况的说明'), '主体责任')).toBe(true));
  it('does not read a firm\'s manager as the unit\'s in a bureau\'s report', () =>
    expect(evidence(report('清河县卫生监督所关于汽修行业整改情况的说明'), '主体责任')).toBe(false));
});

describe('session 45: the review\'s near misses (each rule\'s other side)', () => {
  const BUREAU = '清河县司法局关于人民调解工作的情况说明';
  const deed = (title: string, line: string) => evidence([title, line], '具体措施');
  it('reads the unit\'s own count after returns received', () =>
    expect(deed(BUREAU, '收到各村上报的矛盾纠纷排查表16份，组织司法所人员上门核实12户。')).toBe(true));
  it('reads a visit counted after returns received (a deed and its count, not things counted)', () =>
    expect(deed(BUREAU, '收到各村上报的排查表16份，走访农户30户。')).toBe(true));
  it('reads a visit counted after a clause blanked as another body\'s monitoring', () =>
    expect(measure('4月至6月，县疾控中心对城区四个农贸市场开展蝇、鼠密度监测6次，走访摊主30户。', '县卫健局农贸市场病媒生物监测情况说明')).not.toBeNull());
  it('reads a training after a visitor\'s check, told at length', () =>
    expect(measure('县卫生监督所来公司开展监督检查，随即组织职工培训60人。', FIRM)).not.toBeNull());
  it('reads what the unit did after putting returns together (后)', () => expect(deed(BUREAU, '汇总各村上报的问题后逐一核查整改12处。')).toBe(true));
  it('does not read a count of more than ten after a visitor\'s check', () =>
    expect(measure('4月16日，县疾控中心来公司开展噪声检测，检测点10余个。', FIRM)).toBeNull());
  it('does not read a planned check in a dated row', () => expect(measure('7月10日｜刘庄村｜村务公开栏检查｜计划开展')).toBeNull());
  it('does not read another team\'s check in a dated row', () => expect(measure('4月3日｜刘庄村｜村务公开栏检查｜县纪委督查组检查')).toBeNull());
  it('does not read a county body\'s row in a firm\'s report that names the body', () =>
    expect(measure('4月16日｜县疾控中心｜噪声检测｜检测点10个', '清河县利丰纺织有限公司关于疾控中心检测工作的说明')).toBeNull());
  it('reads its own row in a bureau\'s report on firms (no 关于)', () =>
    expect(measure('4月16日｜县疾控中心｜噪声检测｜检测点10个', '清河县卫生健康局企业职业健康检查情况说明')).not.toBeNull());
  it('reads the bureau mediating with the committees', () => expect(deed(BUREAU, '我局联合各调委会调解纠纷312件。')).toBe(true));
  it('reads the justice office mediating with a village committee', () => expect(deed(BUREAU, '司法所会同村调委会调处纠纷5起。')).toBe(true));
  it('reads the bureau updating boards with the villages', () =>
    expect(measure('联合村委会自行更新公开栏。', '清河县农业农村局关于村务公开检查的情况说明')).not.toBeNull());
  it('does not read villages urged to clear contracts', () => expect(measure('督促各村清理合同68份。')).toBeNull());
  it('does not read residents applying for cards', () => expect(measure('群众申请办理优待证320张。')).toBeNull());
  it('does not read an audit the town underwent', () => expect(measure('接受县审计局对我镇进行审计。')).toBeNull());
  it('does not read a consultation held every year on that day', () => expect(measure('每年4月27日在县工业园区开展宣传咨询。')).toBeNull());
});

describe('session 45: the review\'s near misses for outcomes and charges', () => {
  const none: [string, string][] = [
    ['protective gear for occupational disease not found (a shortcoming)', '现场未发现职业病防护用品。'],
    ['earlier years\' liveliness gone (a good thing lost)', '街上没有了往年的热闹。'],
    ['disputes not all settled', '纠纷未能全部化解。'],
    ['fewer unlawful cases handled (the unit\'s work fewer)', '立案查处违法案件下降5件。'],
    ['fewer control projects', '投诉整治项目减少2个。'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(outcome(line)).toBeNull());
  const head = (title: string, line: string) => evidence([title, line], '主体责任');
  it('does not read a village secretary\'s charge in the agriculture bureau\'s report', () =>
    expect(head('清河县农业农村局关于村务公开检查的情况说明', '村支书为村务公开第一责任人。')).toBe(false));
  it('does not read a charge given to the village secretary (由村支书负责)', () =>
    expect(head('清河县司法局关于人民调解工作的情况说明', '由村支书负责日常调解。')).toBe(false));
  it('does not read a firm\'s manager in a bureau\'s report on supermarkets (no 关于)', () =>
    expect(head('清河县市场监管局超市食品安全检查情况说明', '公司经理王某亲自负责整改。')).toBe(false));
});
