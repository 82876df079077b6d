/**
 * Session 17, helper `review17`: a precision review of the session's new element rules (charge17's "about whom" masks,
 * "many bodies", "another side" and "complaints counted rising"). Each rule read less than the standard allows on sentences a
 * clerk might write in a register train does not hold; these rows keep what a human reader accepts as the element (rows just
 * outside each rule) and what the rule rightly hides (rows just inside). Written in this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const status = (lines: string[], element: string) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] })).find((v) => v.element === element)?.status;

type Row = [string, '+' | '-', string, string[]];
const run = (rows: Row[]) => {
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
};

/** A study-visit report of 清河县商务局 to 桐岭县. */
const visit = (...body: string[]) => ['清河县商务局赴桐岭县考察夜市管理工作的报告', ...body, '清河县商务局', '2026年11月2日'];

describe('review17: about whom — the unit takes the chain back', () => {
  run([
    // outside: back from the visit, the visitors (the unit) are the subject again
    ['主体责任', '+', 'back from the visit (回来后…) in the other party\'s sentence', visit('桐岭县的经验给我们很大启发，回来后局党组研究决定由局长任组长成立夜市整治专班。')],
    ['取得成效', '+', 'after the visit ended (考察结束后…)', visit('桐岭县的做法让我们很受启发，考察结束后城东夜市推行“夜市长”制度，占道经营明显减少。')],
    // outside: the unit named as the agent of the other party's clause
    ['取得成效', '+', 'the unit as agent (在我局协助下)', visit('桐岭县在我局协助下完成了夜市平台对接，两地商户办证时间明显缩短。')],
    ['取得成效', '+', 'a village the bureau helps (在我局帮扶下)', ['清河县农业农村局关于赴马庄村调研人居环境整治工作的报告', '马庄村在我局帮扶下，村容村貌明显改善，群众满意度达到95%。', '清河县农业农村局']],
    // inside: 在我局…期间 is no agent; 回来后我们了解到 then the other party again
    ['取得成效', '-', 'the other party during our visit (在我局考察期间)', visit('桐岭县在我局考察期间介绍，该县夜市投诉下降了四成。')],
    ['取得成效', '-', 'back, then the other party opens the next clause', visit('回来后我们了解到，桐岭县夜市投诉下降了四成。')],
    ['主体责任', '-', 'the other bureau\'s bare 局长 down its chain', visit('桐岭县商务局成立了夜市管理专班，局长任组长，分管副局长具体抓。')],
  ]);
});

describe('review17: about whom — a heading heads the other party\'s section only when it is about that party', () => {
  run([
    // outside: a party the unit learns from, its own work following
    ['主体责任', '+', '三、学习借鉴桐岭县经验推进整改情况', visit('三、学习借鉴桐岭县经验推进整改情况', '局长任组长的整改专班成立后，城东夜市秩序明显好转，投诉下降三成。')],
    ['取得成效', '+', '三、学习借鉴桐岭县经验推进整改情况 (outcome)', visit('三、学习借鉴桐岭县经验推进整改情况', '局长任组长的整改专班成立后，城东夜市秩序明显好转，投诉下降三成。')],
    // inside: the party's practice, after 考察 and not at the heading's start
    ['取得成效', '-', '二、考察桐岭县夜市管理的主要做法', visit('二、考察桐岭县夜市管理的主要做法', '夜市开街以来投诉下降四成，商户收入明显增加。')],
  ]);
});

describe('review17: about whom — a visit to the unit is no visit of the unit\'s', () => {
  const host = ['关于接待桐岭县代表团到清河县考察交流情况的报告', '清河县商务局成立了由局长任组长的接待工作专班，分管副局长具体负责。', '清河县夜市开街以来投诉下降四成，群众满意度明显提升。', '清河县商务局'];
  run([
    ['主体责任', '+', '接待…到清河县考察: the unit\'s own county is no other party', host],
    ['取得成效', '+', '接待…到清河县考察: its outcome', host],
  ]);
});

describe('review17: many bodies hold the charge only as its holder', () => {
  run([
    // outside: many bodies as the topic, the unit's person after 由
    ['主体责任', '+', '每个村由一名局班子成员包联', ['清河县农业农村局关于人居环境整治工作的总结', '每个村由一名局班子成员包联，负责督促整治。', '清河县农业农村局']],
    ['主体责任', '+', '三所学校的…由局长亲自抓', ['清河县教育局关于校园周边环境整治工作情况的报告', '三所薄弱学校的校园周边整治由局长亲自抓。', '清河县教育局']],
    // inside: their heads hold it, before or after 由
    ['主体责任', '-', '各村的…由各村党支部书记负总责', ['清河县农业农村局关于人居环境整治工作的总结', '各村的环境整治由各村党支部书记负总责。', '清河县农业农村局']],
    ['主体责任', '-', '三所试点学校的校长具体抓', ['清河县教育局关于校园周边环境整治工作情况的报告', '三所试点学校的校长具体抓创建工作。', '清河县教育局']],
  ]);
});

describe('review17: another side is the unit when the unit names itself as that side', () => {
  const road = (s: string) => ['清河县交通运输局关于城区道路改造工程的汇报', s, '清河县交通运输局'];
  run([
    ['主体责任', '+', '县交通运输局作为项目业主单位 in its own report', road('县交通运输局作为项目业主单位，由分管副局长具体负责工程推进。')],
    ['主体责任', '-', '县住建局作为施工单位 in the 交通运输局\'s report', road('县住建局作为施工单位，由分管副局长具体负责工程推进。')],
    ['主体责任', '-', '施工方成立了项目部', road('施工方成立了项目部，由项目经理任组长。')],
  ]);
});

describe('review17: complaints counted rising blank their own clauses, not the sentence', () => {
  const sc = (s: string) => ['清河县市场监管局关于消费维权工作的汇报', s, '清河县市场监管局'];
  run([
    ['取得成效', '+', 'the satisfaction reached after the rising count', sc('全年受理消费投诉146件，较上年有所增加，办结率100%，回访满意率达98%。')],
    ['取得成效', '+', '工单…比二季度有所增加，群众…满意', ['清河县政务服务中心关于12345工单办理情况的报告', '三季度承办工单64件，比二季度有所增加，群众对办理结果普遍表示满意。', '清河县政务服务中心']],
    ['取得成效', '-', 'the rising count alone', sc('全年受理消费投诉146件，较上年有所增加。')],
    ['取得成效', '-', 'the rising count and its cause', sc('全年受理消费投诉146件，较上年有所增加，主要集中在预付卡消费。')],
  ]);
});

describe('review17: a 否 answering whether a problem or harm occurred is no contrary of the row', () => {
  const sheet = (...rows: string[]) => ['清河县民政局文明创建工作核查表', ...rows, '清河县民政局', '2026年11月2日'];
  run([
    // inside: the row's own statement answered no
    ['主体责任', '-', '成立工作专班｜否', sheet('成立工作专班｜否', '全年开展助餐服务1200人次。')],
    ['主体责任', '-', '是否明确分管领导具体负责：否', sheet('是否明确分管领导具体负责：否', '全年开展助餐服务1200人次。')],
    // outside: the 否 answers a question about problems or harm
    ['主体责任', '+', 'a row under a header …｜是否存在问题', sheet('序号｜检查内容｜落实情况｜是否存在问题', '1｜成立创建工作领导小组｜局长任组长，分管副局长具体负责｜否')],
    ['取得成效', '+', '…满意度达96%，是否发生安全事故：否', sheet('养老机构消防检查全部合格，入住老人满意度达96%，是否发生安全事故：否')],
    ['取得成效', '+', 'an outcome row under a header …｜是否存在问题', sheet('检查内容｜落实情况｜是否存在问题', '助餐服务｜全县12个助餐点全部运营，老人满意度达97%｜否')],
  ]);
});

describe('review17: an aim keyed as reached is no aim', () => {
  const doc = (s: string) => ['清河县民政局关于养老服务工作的情况说明', s, '全年开展助餐服务1200人次。', '清河县民政局'];
  run([
    ['取得成效', '+', '已实现年度目标：…', doc('已实现年度目标：全县12个助餐点全部建成运营，老人满意度达97%。')],
    ['取得成效', '-', '绩效目标：… (an aim)', doc('绩效目标：老人满意度达到90%以上。')],
  ]);
});

describe('review17: a figure with a counter closing it counts, after 电话 or a Latin name too', () => {
  const hall = (s: string) => ['清河县政务服务中心关于便民服务工作的情况说明', s, '清河县政务服务中心'];
  run([
    // outside: calls and devices counted
    ['数据实例', '+', '接听群众咨询电话12000余个', hall('全年接听群众咨询电话12000余个。')],
    ['数据实例', '+', '拨打回访电话10000余次', hall('窗口拨打回访电话10000余次。')],
    ['数据实例', '+', '配置AED12台', hall('在大厅和广场配置AED12台。')],
    // inside: a telephone number, a hotline's name, a plate before a noun
    ['数据实例', '-', '热线电话0318-5218806', hall('服务热线电话0318-5218806全天开通。')],
    ['数据实例', '-', '咨询电话为5218806', hall('咨询电话为5218806。')],
    ['数据实例', '-', '冀F12345车辆', hall('冀F12345车辆已被拖离。')],
  ]);
});

describe('review17: a checklist item answered yes with its spaces gone, or by a mark, asserts', () => {
  const list = (row: string) => ['清河县民政局文明创建工作核查清单', row, '全年开展助餐服务1200人次。', '清河县民政局'];
  run([
    // outside: answered yes, the note read
    ['主体责任', '+', '1.是否成立创建工作领导小组 是 局长任组长…', list('1.是否成立创建工作领导小组 是 局长任组长，分管副局长具体负责')],
    ['主体责任', '+', '2.是否明确专人负责 √ 办公室主任…', list('2.是否明确专人负责 √ 办公室主任李某具体负责')],
    ['取得成效', '+', '3.是否取得明显成效 是 群众满意度达到96%', list('3.是否取得明显成效 是 群众满意度达到96%')],
    // inside: the item only asks
    ['取得成效', '-', '8.是否获得上级表彰', list('8.是否获得上级表彰')],
    ['主体责任', '-', '1.是否明确分管领导具体负责', list('1.是否明确分管领导具体负责')],
  ]);
});

describe('review17: who acts (measures17) — a joint deed, the unit\'s 镇里, the county\'s own bodies', () => {
  run([
    // outside: the unit acts with another body, or is named by its tier, or is the county itself
    ['具体措施', '+', '县公安局交警大队联合我局开展了…', ['清河县城市管理局关于12345工单办理情况的报告', '县公安局交警大队联合我局开展了校园周边交通秩序整治，共劝导违规停车46起。', '清河县城市管理局']],
    ['具体措施', '+', '县市场监管局会同我局对…进行了检查', ['清河县教育局关于校园周边环境整治的汇报', '县市场监管局会同我局对校园周边32家小卖部进行了检查。', '清河县教育局']],
    ['具体措施', '+', '由镇里组织… in 城关镇\'s report', ['城关镇关于河道整治工作的情况说明', '由镇里组织志愿者清理了河道垃圾3吨。', '城关镇人民政府']],
    ['具体措施', '+', '县住建局对…进行了改造 in 清河县人民政府\'s report', ['清河县人民政府关于老旧小区改造工作的情况报告', '县住建局对12个老旧小区进行了改造，新建停车位300个。', '清河县人民政府']],
    // inside: the same deeds in another body's report
    ['具体措施', '-', '由镇里组织… in a bureau\'s report', ['清河县水利局关于河道整治工作的情况说明', '由镇里组织志愿者清理了河道垃圾3吨。', '清河县水利局']],
    ['具体措施', '-', '县住建局对…进行了改造 in 县民政局\'s report', ['清河县民政局关于老旧小区改造工作的情况说明', '县住建局对12个老旧小区进行了改造，新建停车位300个。', '清河县民政局']],
    ['具体措施', '-', '县市场监管局联合县公安局… (no unit)', ['清河县教育局关于校园周边环境整治的汇报', '县市场监管局联合县公安局对校园周边32家小卖部进行了检查。', '清河县教育局']],
  ]);
});
