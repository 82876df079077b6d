/**
 * Session 20, helper `duties20`: 具体措施 — duties to come and deeds told done. A text that assigns work (an agreement, a
 * list of duties, a plan, a schedule, a script to be spoken at an event) names what someone owes or is to do; a sentence of
 * it is a deed only when told done (element-mood.ts owedDuties, carried by pendingTasks). Whose the work is decides whose deed
 * it is: the other party to an agreement (乙方 / 受托方 … when the unit is not it). And the told account after a script: an
 * event told held on a day past (element-measures.ts EVENT_HELD). Rows just inside and just outside each line, in this
 * test's own words (not from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const status = (lines: string[], headings: string[] = []) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings })).find((v) => v.element === '具体措施')?.status;
type Row = ['+' | '-', string, string[], string[]?];
const run = (rows: Row[]) => {
  for (const [expected, what, lines, headings] of rows) {
    it(`${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, headings)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
};
const TITLE = '清河县园林绿化中心公园保洁服务合同及履约情况说明';
const UNIT = '清河县园林绿化中心';

describe('session 20: an agreement names duties, not deeds', () => {
  run([
    ['-', 'what follows a lead announcing the agreement’s content (合同约定：乙方负责…)', [TITLE, '我中心公园保洁服务合同约定：乙方负责在滨河公园设置分类垃圾桶40组，每天巡回保洁三次。', UNIT]],
    ['+', 'just outside: the rest of the sentence tells a deed done, the unit opening its clause (…，我中心已组织…)', [TITLE, '我中心公园保洁服务合同约定：乙方负责每天巡回保洁三次，我中心已组织养护科对保洁作业开展抽查4次。', UNIT]],
    ['-', 'a lead closing its sentence (约定如下：): the sentences after it, to the signature', [TITLE, '甲方：清河县园林绿化中心', '乙方：清河县净美保洁有限公司', '经协商，双方约定如下：', '服务内容为公园步道清扫、垃圾清运和公厕保洁消毒；', '每周对健身器材擦拭消毒两次。', '甲方（盖章）：清河县园林绿化中心', UNIT]],
    ['+', 'the account after the signature is the unit’s (我中心组织…抽查，共…)', [TITLE, '经协商，双方约定如下：', '每周对健身器材擦拭消毒两次。', '甲方（盖章）：清河县园林绿化中心', '签订日期：2026年3月1日', '4月至5月，我中心组织养护科对乙方作业开展夜间抽查，共抽查9次。', UNIT]],
    ['-', 'an article’s content under its key (第二条 服务内容：…)', [TITLE, '第二条 服务内容：', '公园步道清扫、垃圾清运、公厕保洁消毒。', UNIT]],
  ]);
});

describe('session 20: whose the work is — the other party to an agreement', () => {
  run([
    ['-', 'the other party acting (乙方每天…), the unit 甲方 by default', [TITLE, '乙方每天对公园公厕开展保洁消毒，并在入口处设置文明游园提示牌。', UNIT]],
    ['-', 'the other party’s deed told done is still its own (乙方已…)', [TITLE, '乙方已在公园入口处设置文明游园提示牌12块。', UNIT]],
    ['+', 'just outside: the unit opens the next clause (…，我中心每月组织…)', [TITLE, '乙方每天对公厕开展保洁消毒，我中心每月组织养护科对保洁质量开展抽查，3月共抽查4次。', UNIT]],
    ['-', 'the unit’s own right is no deed (甲方有权…检查)', [TITLE, '甲方有权随时对保洁质量进行检查，对不达标的按次扣减服务费。', UNIT]],
    ['+', 'just outside: the unit’s side acting, no right or duty (甲方于4月…进行了检查)', [TITLE, '甲方于4月对公园保洁质量进行了检查，发现问题12处。', UNIT]],
    ['+', 'the unit is 乙方 (a line 乙方：… names it): its deeds are its own', ['清河县青禾志愿者协会社区助老服务协议履约情况说明', '甲方：清河县民政局', '乙方：清河县青禾志愿者协会', '乙方组织志愿者在城关社区开展助老陪伴服务12场。', '清河县青禾志愿者协会']],
    ['-', 'the unit is 乙方: its obligation still a duty (乙方应…)', ['清河县青禾志愿者协会社区助老服务协议履约情况说明', '甲方：清河县民政局', '乙方：清河县青禾志愿者协会', '乙方应每月组织志愿者在城关社区开展助老陪伴服务不少于2场。', '清河县青禾志愿者协会']],
  ]);
});

const SCRIPT = '清河县文化馆“非遗进社区”展演活动主持词及小结';
describe('session 20: a plan, a schedule or a script tells what is to come', () => {
  run([
    ['-', 'a script’s part (主持词): the event as spoken at it', [SCRIPT, '二、主持词', '各位居民朋友：大家上午好！', '今天，我们在这里举行“非遗进社区”展演活动。', '下面，有请剪纸传承人现场展示剪纸技艺。', '清河县文化馆'], ['二、主持词']],
    ['-', 'a speaker’s key read as a heading (甲：…！) stays in the script', [SCRIPT, '主持词', '甲：金秋送爽，非遗飘香！', '乙：首先，请欣赏社区居民带来的花鼓戏选段。', '清河县文化馆'], ['主持词']],
    ['+', 'just outside: the account after it (小结) — the event told held on a day past', [SCRIPT, '主持词', '今天，我们在这里举行“非遗进社区”展演活动。', '小结', '展演于9月20日上午在城关社区广场举行，到场居民约600人。', '清河县文化馆'], ['主持词', '小结']],
    ['-', 'just outside the event held: a day to come (拟于…举行)', [SCRIPT, '展演拟于9月20日上午在城关社区广场举行。', '清河县文化馆']],
    ['-', 'a schedule’s lines (9:00 来宾签到；9:30 志愿者分组走访…)', [SCRIPT, '9:00来宾签到；', '9:30志愿者分组走访社区困难家庭。', '清河县文化馆']],
    ['+', 'just outside: a line told done (9:30，志愿者分组走访了…)', [SCRIPT, '9:30，志愿者分组走访了社区困难家庭32户。', '清河县文化馆']],
    ['-', 'a plan’s part (三、实施计划)', ['清河县文化馆非遗传承项目申报书', '三、实施计划', '6月，在城关社区开设剪纸公益课堂，每周授课一次。', '清河县文化馆'], ['三、实施计划']],
    ['+', 'just outside: a sentence of it told done (已开设…)', ['清河县文化馆非遗传承项目申报书', '三、实施计划', '6月，已在城关社区开设剪纸公益课堂，累计授课12次。', '清河县文化馆'], ['三、实施计划']],
    ['-', 'a list of duties (一、目标任务)', ['清河县文化馆2026年创文目标责任书', '一、目标任务', '各部室负责每月在馆内开展一次文明服务检查。', '清河县文化馆'], ['一、目标任务']],
    ['+', 'just outside: a heading naming work done on a process (三是优化服务流程) is no plan', ['清河县文化馆关于文明服务工作情况的说明', '三是优化服务流程', '在服务大厅推行预约参观和延时开放服务。', '清河县文化馆'], ['三是优化服务流程']],
  ]);
});

const REVIEW = '县教育局分管副局长个人对照检查材料（校园周边环境整治）';
describe('session 20: a deed told done in a section of problems is a deed', () => {
  run([
    ['+', 'the section opens with what was done (今年…我们组织…开展…联合巡查，共巡查…)', [REVIEW, '一、存在的问题', '今年春季，我们组织公安、城管开展校园周边联合巡查，共巡查周边商户180家。', '但对乡镇学校周边关注不够，巡查集中在城区。', '县教育局'], ['一、存在的问题']],
    ['-', 'just outside: no deed told, only the shortcoming (对…巡查不够)', [REVIEW, '一、存在的问题', '对校园周边商户的巡查不够经常，乡镇学校周边关注不够。', '县教育局'], ['一、存在的问题']],
    ['-', 'just outside: a deed inside a concession (虽然开展了…，但…)', [REVIEW, '一、存在的问题', '虽然开展了校园周边联合巡查，但巡查集中在城区，乡镇学校周边关注不够。', '县教育局'], ['一、存在的问题']],
    ['-', 'a state made 了 (…成了摆设) tells no deed', [REVIEW, '一、存在的问题', '分类垃圾桶成了摆设，校门口“乱摆乱放”普遍。', '县教育局'], ['一、存在的问题']],
  ]);
});

describe('session 20: a place and how it is now is no deed', () => {
  run([
    ['-', 'a place named by its use, then its condition (婚姻登记大厅干净温馨)', ['清河县民政局婚姻登记处文明服务情况说明', '婚姻登记大厅干净温馨，新人和家属普遍反映环境舒适。', '清河县民政局']],
    ['+', 'just outside: the work that made it so (清理大厅杂物)', ['清河县民政局婚姻登记处文明服务情况说明', '清理大厅杂物，婚姻登记大厅干净温馨。', '清河县民政局']],
  ]);
});

// review19 asked for one behaviour: an alternative wording offered in a draft (【或：…】) is masked for every element (charge19's
// maskInstructions); 具体措施 reads it no more than 主体责任 does — the deed must stand in the text itself.
describe('session 20: 【或：…】 is no assertion for 具体措施 either', () => {
  run([
    ['-', 'a deed told only in the alternative', ['清河县文化馆关于文明服务工作情况的说明', '我馆高度重视文明服务工作。【或：组织馆员开展文明礼仪培训3期】', '清河县文化馆']],
    ['+', 'just outside: the deed in the text, the alternative beside it', ['清河县文化馆关于文明服务工作情况的说明', '我馆组织馆员开展文明礼仪培训3期。【或：轮训馆员120人次】', '清河县文化馆']],
  ]);
});

// Tuned on 11501–11985 AFTER the generalisation check (reported separately): a name line, a budget, a scoring rule's text, and
// what tells a deed done inside a part that assigns (a count of work in its units, a sentence opening on a time past).
const PROJECT = '清河县文化馆“非遗进社区”志愿服务项目申报书';
describe('session 20, after the check: names, budgets, scoring rules, counts of work done', () => {
  run([
    ['-', 'a line keyed by a name (项目名称：“…”志愿服务项目)', [PROJECT, '项目名称：“非遗进社区”剪纸志愿服务项目。', '清河县文化馆']],
    ['+', 'just outside: a key that is no name (开展情况：…3场)', [PROJECT, '开展情况：组织剪纸传承人进社区开展剪纸公益课3场。', '清河县文化馆']],
    ['-', 'a budget’s items (项目预算：…)', [PROJECT, '项目预算：剪纸公益课2万元，非遗讲解大赛1万元。', '清河县文化馆']],
    ['-', 'a scoring row: the criterion with its points, the deduction saying not done', ['清河县应急管理局安全生产测评项目自评表', '测评项目｜评分说明｜分值｜自评得分', '宣传教育｜开展安全宣传“五进”活动，得2分｜2｜0｜扣2分：今年还未开展', '清河县应急管理局']],
    ['-', 'a scoring row split at its semicolon (…宣传，得3分；)', ['清河县民政局婚姻登记测评项目自评表', '宣传引导｜利用婚姻登记大厅开展移风易俗宣传，得3分；', '清河县民政局']],
    ['+', 'just outside: the cell tells the work done (已开展…6场，得2分)', ['清河县应急管理局安全生产测评项目自评表', '测评项目｜评分说明｜分值｜自评得分', '宣传教育｜已开展安全宣传“五进”活动6场，得2分｜2｜2｜', '清河县应急管理局']],
    ['-', 'a standard column’s cells (评分标准) are the rule in every row', ['清河县应急管理局安全生产测评项目自评表', '测评项目｜评分标准｜分值｜自评得分', '应急演练｜组织人员密集场所开展疏散演练｜3｜1', '清河县应急管理局']],
    ['+', 'a sentence opening on a time past inside an assigning part (三、考核：履责一年，…)', ['清河县供电公司营业厅文明服务责任状', '三、考核', '履责一年，客户服务中心为高龄客户上门办电。', '清河县供电公司'], ['三、考核']],
    ['+', 'a count of work done in its units inside an assigning part (…上门办电63户次)', ['清河县供电公司营业厅文明服务责任状', '三、考核', '客户服务中心为高龄客户上门办电63户次。', '清河县供电公司'], ['三、考核']],
    ['-', 'just outside: a floor owed (每季度…不少于20户次)', ['清河县供电公司营业厅文明服务责任状', '三、考核', '客户服务中心每季度为高龄客户上门办电不少于20户次。', '清河县供电公司'], ['三、考核']],
  ]);
});

describe('session 20, at the freeze (review20): a report on an instrument is no instrument', () => {
  run([
    ['+', 'a title whose head is an account of the plan it names (关于《…实施方案》落实情况的报告)', ['清河县民政局关于《养老服务质量提升实施方案》落实情况的报告', '局养老服务股负责每月对全县12家养老机构开展安全检查，发现问题当场督促整改。', '清河县民政局']],
    ['+', 'an agreement’s execution told (…共建协议执行情况)', ['清河县图书馆与县实验小学共建协议执行情况', '图书馆负责每月送书进校园，今年以来组织“共读一本书”活动。', '清河县图书馆']],
    ['-', 'just inside: the title ends in the instrument’s name (…实施方案)', ['清河县民政局养老服务质量提升实施方案', '局养老服务股负责每月对全县12家养老机构开展安全检查，发现问题当场督促整改。', '清河县民政局']],
    ['-', 'just inside: a notice issuing the plan (关于印发《…实施方案》的通知)', ['清河县民政局关于印发《养老服务质量提升实施方案》的通知', '局养老服务股负责每月对全县12家养老机构开展安全检查，发现问题当场督促整改。', '清河县民政局']],
    ['-', 'just inside: the instrument joined to its account (…合同及履约情况说明), its obligation clause', [TITLE, '养护科负责每月对保洁质量开展抽查，发现问题当场督促整改。', UNIT]],
    ['-', 'just inside: the instrument’s name before its year in brackets (…目标责任书（2026年度）)', ['清河县文化馆创文目标责任书（2026年度）', '各部室负责每月在馆内开展文明服务检查，发现问题当场督促整改。', '清河县文化馆']],
  ]);
});
