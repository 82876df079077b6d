/**
 * Session 18, helper `review18`: a precision review of the session's new element rules. Each rule read less than the
 * standard allows on sentences a clerk might write in a register train does not hold; these rows keep what a human reader
 * accepts as the element (rows just outside each rule) and what the rule rightly hides (rows just inside). Written in this
 * test's own words.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { measures } from '../../src/text/element-measures.js';

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
const report = (unit: string, topic: string, ...body: string[]) => [`${unit}关于${topic}的报告`, ...body, unit];

/** The measure test alone, on one sentence (the second opinion plays no part). */
const measure = (rows: [string, '+' | '-', string][]) => {
  for (const [what, expected, text] of rows) {
    it(`具体措施 ${expected === '+' ? 'counts' : 'does not count'}: ${what}`, () => {
      if (expected === '+') expect(measures({ text })).not.toBeNull();
      else expect(measures({ text })).toBeNull();
    });
  }
};

describe('review18: a copula describes its subject — not an enumerator, not a first deed (measures18 714eb1ee)', () => {
  measure([
    // inside: a description of what the subject is
    ['a place described by its use', '-', '公共交通是展示城市文明形象的重要窗口。'],
    ['the unit described as a lead unit', '-', '我局是全县农贸市场改造提升的牵头单位。'],
    // outside: 一是 / 三是 / 其次是 list a deed
    ['一是 + a named mechanism with its content', '+', '一是建立“村级每周排查、乡镇半月研判、县级每月调度”的排查机制；'],
    ['三是 + organising a monthly check', '+', '三是组织市场监管所对农贸市场公平秤开展每月一次的抽检。'],
    ['二是 + a post set up at a road', '+', '二是清明前后在通往公墓的路口设置劝导岗，提醒群众不要驾驶农用车载人上山。'],
    ['其次是 + a repair', '+', '其次是对城区背街小巷的破损路面进行维修。'],
    // outside: the unit the first to do it
    ['the first unit to carry it out', '+', '我局是全县第一个推行“首问负责制”的单位。'],
  ]);
});

describe('review18: 要求 as a noun is no demand (measures18 714eb1ee)', () => {
  measure([
    // inside: a document requiring, stock after it
    ['a plan requiring', '-', '方案要求加强领导、狠抓落实，把创文与窗口作风建设紧密结合。'],
    // outside: what is required, as the object of 把 or after 的
    ['把…要求写进…, then deeds', '+', '同时，我局把节约用餐要求写进全县商务系统年度工作要点，在干部职工中开展“节约从我做起”倡议，机关食堂实行按需取餐。'],
    ['把群众的要求作为方向, then a hotline opened', '+', '我们把群众的要求作为工作方向，开通“局长热线”，每周三由局领导接听。'],
  ]);
});

describe('review18: a note keyed 说明： is filled in, no prompt (measures18 714eb1ee)', () => {
  run([
    // inside: a template's prompt
    ['具体措施', '-', 'a prompt with examples', report('清河县XX局', '创文工作', '具体措施：（请列举具体措施，如结对帮扶、心理辅导等）')],
    ['具体措施', '-', 'a prompt keyed with 请…：', report('清河县XX局', '创文工作', '具体措施：（请说明：本月开展的主要活动）')],
    // outside: the note filled in
    ['具体措施', '+', '（说明：…整治3次。）', report('清河县城管局', '市容整治', '（说明：本月组织执法队员对城区夜市占道经营开展集中整治3次。）')],
    ['具体措施', '+', '（补充说明：…增设…12处）', report('清河县城管局', '市容整治', '工作措施：（补充说明：3月起在城东片区增设非机动车停放点12处）')],
  ]);
});

describe('review18: a degree word before a good state claims it (charge18 RESULT_VERB)', () => {
  run([
    // inside: a bare magnitude or an excess is how things are
    ['取得成效', '-', '问题较多', report('清河县市场监管局', '农贸市场整治', '农贸市场占道经营问题较多。')],
    ['取得成效', '-', '压力较大', report('清河县城管局', '市容整治', '当前城区市容管理压力较大。')],
    ['取得成效', '-', '负担过重', report('清河县教育局', '课后服务', '部分教师课后服务负担过重。')],
    // outside: a good state of people or place reached
    ['取得成效', '+', '法治意识普遍较强 after the work', report('清河县司法局', '普法工作', '经过一年的普法宣传，群众的法治意识普遍较强。')],
    ['取得成效', '+', '治安秩序较好 after the work', report('清河县公安局', '治安整治', '经过专项整治，辖区治安秩序较好。')],
    ['取得成效', '+', '积极性很高', report('清河县农业农村局', '人居环境整治', '村民参与环境整治的积极性很高。')],
  ]);
});

describe('review18: a grade reached, not a grade as a rule\'s condition (charge18 GRADE_REACHED)', () => {
  run([
    ['取得成效', '+', 'an assessment at a good grade', report('清河县财政局', '专项资金使用情况', '经第三方评估，项目绩效评价结果为优秀。')],
    ['取得成效', '-', 'the grade as whom a reward goes to', report('清河县文明办', '文明村镇创建工作方案', '年度考核结果为优秀的村（社区）给予5万元奖励。')],
    ['取得成效', '-', 'the grade as a condition (以…作为)', report('清河县教育局', '文明校园创建', '各校创建工作以考核结果为优秀作为评先条件。')],
  ]);
});

describe('review18: a rate keyed as reached, not a rate of attendance (charge18 KEYED_REACHED)', () => {
  run([
    ['取得成效', '+', '实际完成：满意度', report('清河县卫健委', '绩效自评', '年度目标：群众满意度90%，实际完成：满意度96.5%。')],
    ['取得成效', '-', '实际完成：到课率', report('清河县人社局', '绩效自评', '年度目标：培训到课率95%，实际完成：到课率98%。')],
  ]);
});

describe('review18: the unit awarded is recognised, whoever decided (charge18 决定授予)', () => {
  run([
    ['取得成效', '-', 'the unit\'s own decision awarding others', report('清河县司法局', '表彰决定', '经局党组研究，决定授予李某某等5名同志“优秀调解员”称号。')],
    ['取得成效', '+', '经县文明委研究决定，授予我局…', report('清河县文旅局', '创文工作总结', '经县文明委研究决定，授予我局“县级文明单位”称号。')],
    ['取得成效', '+', '市文明委作出决定，授予本馆…', report('清河县图书馆', '创文工作总结', '2025年12月，市文明委作出决定，授予本馆“市级文明单位”称号。')],
  ]);
});

describe('review18: a firm naming itself the contractor is the unit (charge18 施工单位)', () => {
  const firm = (s: string) => ['清河县建工集团有限公司关于城南安置房项目文明施工情况的汇报', s, '清河县建工集团有限公司'];
  run([
    ['主体责任', '-', 'the contractor\'s manager in another firm\'s report', firm('施工单位项目经理对现场文明施工负责，监理公司总监驻场监督。')],
    ['主体责任', '+', '我公司作为该项目施工单位', firm('我公司作为该项目施工单位，由项目经理任组长成立文明施工领导小组。')],
  ]);
});

describe('review18: a plan distributed or counted is still the plan (charge18 leaflets)', () => {
  run([
    ['部署文件', '-', 'a checklist handed out to residents', report('清河县应急管理局', '防灾减灾宣传', '向居民发放《家庭应急物资储备清单》8000份。')],
    ['部署文件', '+', 'a plan handed to villages', report('清河县农业农村局', '人居环境整治', '向各村（社区）发放《清河县农村人居环境整治工作方案》，明确任务分工。')],
    ['部署文件', '+', 'a notice sent to member units (发出)', report('清河县文明办', '文明交通劝导', '向各成员单位发出《关于开展文明交通劝导活动的通知》。')],
    ['部署文件', '+', 'documents counted after the title', report('清河县卫健委', '创文工作', '先后制定《清河县卫健系统创文工作实施方案》等3份文件。')],
  ]);
});

describe('review18: 填写 inside a filled note is no instruction (charge18 maskPlaceholders)', () => {
  run([
    ['主体责任', '-', 'an instruction only', report('清河县XX局', '创文工作', '主体责任落实情况：（请填写牵头科室及责任人）')],
    ['主体责任', '-', 'a bare 填写 opening the bracket', report('清河县XX局', '创文工作', '责任领导：【填写责任领导及分管科室】')],
    ['主体责任', '+', 'a filled note naming who fills the ledger in', report('清河县司法局', '普法工作', '台账资料：（由办公室主任张某某负责填写、报送）')],
  ]);
});

describe('review18: a quality or a standing rising is no effort (charge18 own-effort rise)', () => {
  run([
    // inside: the unit's own activities and cases grown
    ['取得成效', '-', 'activities held, grown', report('清河县司法局', '普法宣传工作', '今年以来我局开展法治宣传活动46场，同比增加12场。')],
    ['取得成效', '-', 'cases cracked, grown', report('清河县公安局', '打击电信诈骗工作', '1至10月，全局破获电信网络诈骗案件58起，同比增加15起。')],
    // outside: a rank, a level, a score of the work
    ['取得成效', '+', 'a rank gained in an inspection', report('清河县公路中心', '公路养护工作', '上半年在全市干线公路养护检查中由第6名上升到第2名。')],
    ['取得成效', '+', 'the level of the unit\'s enforcers', report('清河县城管局', '执法规范化建设', '组织执法人员参加业务培训5期、210人次，执法队伍规范化水平不断提升。')],
    ['取得成效', '+', 'a score in an evaluation', report('团清河县委', '志愿服务工作', '在县文明办志愿服务测评中，团县委承担的指标得分较上年提高11分。')],
    ['取得成效', '-', 'little understanding (很少) is a problem', report('清河县图书馆', '服务外来务工人员', '外来务工人员对图书馆服务了解很少。')],
  ]);
});

describe('review18: a decision the sentence tells carried out is a deed (measures18 0e7efb6e 决定 + a verb)', () => {
  measure([
    // inside: a decision only
    ['a decision to carry out', '-', '经局党组研究，决定在全县餐饮行业开展“文明餐桌”行动。'],
    ['the document\'s own award', '-', '经局党组研究，决定授予城关所“文明执法先进集体”称号。'],
    // outside: decided, then told done
    ['decided, progress told (目前已完成8条)', '+', '我局决定对城区12条背街小巷进行改造，目前已完成8条。'],
    ['decided, in use (已于6月投入使用)', '+', '为解决停车难，我局决定在城东新建停车场一处，已于6月投入使用。'],
    ['decided, counted since (截至目前…2600份)', '+', '我局决定从7月起在全县推行“门前三包”责任制，截至目前签订责任书2600份。'],
  ]);
});

describe('review18: an attribution credits who, a project step keyed 设计： tells the work (measures18 f001ddb2)', () => {
  measure([
    ['a data source line', '-', '数据来源：县住建局城建档案馆、县城管局数字城管平台。'],
    ['a credit keyed 审核：', '-', '审核：宣传科 杜鹃'],
    ['a credit keyed 设计： naming who', '-', '设计：县文化馆美术组'],
    ['a project step keyed 设计： with its deeds', '+', '设计：聘请县规划设计院完成12个小区改造方案设计，组织居民代表评审3次。'],
  ]);
});
