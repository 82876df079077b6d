/**
 * Session 20, helper `review20`: precision review of the session's detector changes. Each row is a clerk's sentence in this
 * test's own words (not from fixtures/elements/), just inside or just outside a new rule, with the verdict the label standard
 * gives (fixtures/elements/README.md "Label standard" / "Judgement calls"), decided before running the tool.
 */
import { describe } from 'vitest';
import { run } from './rules-alone.js';

// The rules alone (test/report/rules-alone.ts): the vetoes undone, so a row tests the detector, not the retrained weights.
const report = (unit: string, topic: string, ...body: string[]) => [`${unit}关于${topic}的情况报告`, ...body, unit];

describe('review20: charge20 7a32e454 — a party to an agreement holds a charge only as its holder', () => {
  const cleaning = (s: string) => report('清河县城管局', '购买保洁服务', '我局通过政府采购确定背街小巷保洁服务单位。', s);
  run([
    // A 由 before the holder: the words before it name what is held or when, not who holds it.
    ['主体责任', '+', 'what is held names 乙方, 由 the unit’s office head', cleaning('对乙方的日常考核由局办公室主任王芳负责。')],
    ['主体责任', '+', 'when names 乙方, 由 the unit’s deputy director', cleaning('乙方服务期间由分管副局长王强具体负责协调监督。')],
    ['主体责任', '+', 'a partner named in the matter, 由 the unit’s own 团委书记', report('清河县教育局', '文明校园共建', '与合作单位的对接工作由局团委书记王丽具体负责。')],
    ['主体责任', '+', 'a supplier named in the matter, 由 the unit’s 股长', report('清河县教育局', '校园餐管理', '校园配餐供应商的资质审核由局体卫艺股股长刘敏负责。')],
    // A party taken as an object inside the match (对乙方…负总责) holds nothing.
    ['主体责任', '+', 'the unit’s head answers for 乙方’s performance', cleaning('局长李明对乙方履约情况负总责。')],
    // Just inside: the party is the holder, as the subject or after 由.
    ['主体责任', '-', 'just inside: 乙方’s manager as the subject', cleaning('乙方项目经理张伟负责背街小巷日常保洁。')],
    ['主体责任', '-', 'just inside: 由 乙方’s manager', cleaning('背街小巷日常保洁由乙方项目经理张伟负责。')],
    ['主体责任', '-', 'just inside: a 受托方’s legal representative named first responsible', report('清河县民政局', '购买居家养老服务', '受托方法定代表人为服务质量第一责任人。')],
  ]);
});

describe('review20: duties20 fa8aba9e — a text that assigns work still tells what was done', () => {
  const contract = (...body: string[]) => report('清河县司法局', '法律服务合同履约', '甲方：清河县司法局', '乙方：清河县正源律师事务所', ...body);
  run([
    // TOLD_DONE: 已于 + a month past is done (拟于 / 将于 stay the future).
    ['具体措施', '+', 'a plan heading, a facility told opened 已于…', report('清河县文旅局', '全民阅读', '一、实施计划', '城市书房2处已于5月建成开放，下半年将再建1处。')],
    ['具体措施', '-', 'just inside: the plan heading, 拟于…', report('清河县文旅局', '全民阅读', '一、实施计划', '城市书房2处拟于10月建成开放。')],
    // ASSIGNING: 权利 / 义务 name a party's part only at a heading's end (乙方义务), not 义务献血 / 义务植树 work named.
    ['具体措施', '+', 'a heading naming voluntary work done (…义务献血)', report('清河县交通运输局', '志愿服务', '二、组织无偿义务献血', '6月14日，局团支部组织青年干部32人到县中心血站献血。')],
    ['具体措施', '-', 'just inside: a heading naming a party’s duties', contract('三、乙方义务', '乙方负责每月到社区开展法律咨询一次。')],
    // CLOCK: a transcript's timestamp (hours:minutes:seconds) tells when it was said, no schedule.
    ['具体措施', '+', 'a dictated line opening with its timestamp', ['清河县城管局创文工作情况汇报（录音整理）', '00:02:10 嗯，我局每周五组织执法队员夜查占道摊点。', '清河县城管局']],
    ['具体措施', '-', 'just inside: a schedule line opening with a clock time', ['清河县民政局“敬老月”活动流程', '9:30 志愿者分组入户走访独居老人', '清河县民政局']],
    // EVENT_HELD: a work meeting convened (推进会…召开) is no measure; a public event held or convened (表彰大会 / 诵读会) is.
    ['具体措施', '-', 'a meeting convened on a day past', report('清河县教育局', '创文推进', '全局创文推进会于3月5日在局会议室召开。')],
    ['具体措施', '+', 'just outside: a reading event held on a day past', report('清河县文旅局', '全民阅读', '“书香清河”诵读会于4月23日在县图书馆举行，200余名市民参加。')],
    // Party clauses: the unit's own side or both sides told done are the unit's deed; owed or the other side's stay none.
    ['具体措施', '+', 'both sides told done, under 履约情况', contract('四、履约情况', '履约期间，双方共同举办“法律进社区”宣传活动12场。')],
    ['具体措施', '+', 'the unit’s own side with 负责, told done', contract('四、履约情况', '甲方负责协调场地，先后组织“法律进社区”志愿服务活动12场。')],
    ['具体措施', '-', 'just inside: both sides owe it', contract('四、履约情况', '双方应共同做好“法律进社区”宣传活动的组织工作。')],
    ['具体措施', '-', 'just inside: the other side owes it with a floor', contract('四、履约情况', '乙方负责组织“法律进社区”宣传活动，全年不少于12场。')],
  ]);
});

describe('review20: presence20 1116bff2 — money allocated is no approval', () => {
  const base = ['我局成立了以局长为组长的创建工作领导小组。', '按照《清河县2025年创文工作实施方案》要求，组织志愿者开展“文明交通”劝导活动36场。'];
  run([
    // 获 / 获得 … 资金支持: money allocated (counts-as-results), not the served's or a superior's approval.
    ['取得成效', '-', 'a project 获 provincial funds', report('清河县文旅局', '城市书房建设', ...base, '城市书房项目获省级专项资金支持200万元。')],
    ['取得成效', '-', 'a project 获得 provincial funds', report('清河县文旅局', '城市书房建设', ...base, '城市书房项目获得省级专项资金支持200万元。')],
    ['取得成效', '+', 'just outside: the work 获得 the residents’ support', report('清河县文旅局', '城市书房建设', ...base, '城市书房建设获得周边居民的普遍支持。')],
  ]);
});

describe('review20: duties20 fa8aba9e — a place and its condition, not a deed\'s object', () => {
  run([
    // PLACE_STATE: 卫生 after 打扫 is what is cleaned (the session-9 row 组织志愿者到敬老院打扫卫生 failed since fa8aba9e).
    ['具体措施', '+', 'volunteers organised to clean at a care home', report('清河县民政局', '志愿服务', '局团委组织志愿者到敬老院打扫卫生。')],
    ['具体措施', '-', 'just inside: a hall and its condition', report('清河县民政局', '婚姻登记窗口', '婚姻登记大厅干净温馨。')],
  ]);
});
