/**
 * Session 17, 具体措施 on positive evidence (issue 11: a measure is an action the unit TOOK). A measure counts only when
 * its agent is the unit, its staff, or left implicit in the unit's own narrative (element-parties.ts, element-party-masks.ts), and when it is told
 * as done, not as a project's plan (element-measures.ts). Each principle has rows just inside, on and just outside its
 * line, written in this test's own words (not taken from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { clauseAgent, partiesOf } from '../../src/text/element-parties.js';

/** Per element, the rule evidence's words (the learned second opinion not applied). */
function evidence(lines: string[], styled: string[] = []): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string, styled: string[] = []) => (evidence(lines, styled)[element] ?? []).length > 0;
const MEASURE = '具体措施';

const VISIT = '白沙县交通运输局关于赴南屏县学习农村公路养护经验的报告';

describe('session 17: agent — another place acting is not the unit', () => {
  it('a place named twice in the report, opening a clause with its deed (南屏县推行… / 南屏县对…), is another place', () => {
    expect(has([VISIT, '南屏县推行“路长制”，每条农村公路由一名村干部担任路长。', '南屏县对县道护栏全部进行了更换。'], MEASURE)).toBe(false);
  });
  it('the unit’s own place (白沙县, from the title) acting is the unit’s county, not another place', () => {
    expect(clauseAgent('白沙县对县道护栏全部进行了更换', partiesOf([{ text: VISIT }, { text: '南屏县推行“路长制”' }], false))).toBe(null);
  });
  it('a place named only once is not taken for one (two characters before 县 may be a verb: 推选县一中…)', () => {
    expect(has(['白沙县交通运输局关于农村公路养护工作的报告', '南屏县对县道护栏全部进行了更换。'], MEASURE)).toBe(true);
  });
  it('the sentences after it with no subject carry that place; the unit taking a clause ends it', () => {
    expect(has([VISIT, '南屏县推行“路长制”。', '在每个乡镇组建养护队，配备小型养护机械。'], MEASURE)).toBe(false);
    expect(has([VISIT, '南屏县推行“路长制”。', '考察回来后，我局对县道护栏全部进行了更换。'], MEASURE)).toBe(true);
  });
  it('a heading over another place’s practice (二、南屏县的主要做法) makes the section that place’s, to the next heading of its level', () => {
    const lines = [VISIT, '一、南屏县的主要做法', '（一）养护到村。每个乡镇配备小型养护机械。', '二、我局的工作', '我局对县道护栏全部进行了更换。'];
    const styled = ['一、南屏县的主要做法', '二、我局的工作'];
    expect(evidence(lines, styled)[MEASURE]).toEqual([expect.stringContaining('更换')]);
    expect(has(lines.slice(0, 3), MEASURE, styled)).toBe(false);
  });
  it('staff words (工作人员 / 执法人员) take their agent from the narrative: under another place they are its staff', () => {
    expect(has([VISIT, '南屏县推行“路长制”。', '执法人员每月对县道开展巡查。'], MEASURE)).toBe(false);
    expect(has(['白沙县交通运输局关于农村公路养护工作的说明', '执法人员每月对县道开展两次巡查。'], MEASURE)).toBe(true);
  });
});

describe('session 17: agent — another body, a firm, a complainant or a proposal’s author is not the unit', () => {
  const REPLY = '白沙县住房和城乡建设局关于12345热线工单办理情况的说明';
  it('another county body opening the clause acts for itself; the unit’s own body, named short, is the unit', () => {
    expect(has([REPLY, '县水利局组织施工队对东街排水管网进行了疏通。'], MEASURE)).toBe(false);
    expect(has([REPLY, '县住建局组织施工队对东街排水管网进行了疏通。'], MEASURE)).toBe(true);
    // An institution (县图书馆 / 县人民医院) may be the bureau's own: no positive evidence of another agent.
    expect(has(['白沙县文化和旅游局关于全民阅读工作的说明', '读书月期间，县图书馆开展亲子共读活动12场。'], MEASURE)).toBe(true);
    expect(has(['白沙县文化和旅游局关于全民阅读工作的说明', '读书月期间，县教育局开展亲子共读活动12场。'], MEASURE)).toBe(false);
  });
  it('a firm or contractor acting (物业公司随后安排保洁员清运…) is theirs, for that sentence only', () => {
    expect(has([REPLY, '物业公司随后安排保洁员清运了楼道杂物。'], MEASURE)).toBe(false);
    expect(has([REPLY, '物业公司反映楼道杂物较多。', '我局随即组织执法队员清运了楼道杂物。'], MEASURE)).toBe(true);
    // 物业科 is the unit's own office, not a firm.
    expect(has([REPLY, '物业科工作人员逐楼巡查，拆除私拉电线23处。'], MEASURE)).toBe(true);
  });
  it('由 + another body + its verb hands the deed over (由镇里组织…); 由 + the unit’s own part does not', () => {
    expect(has([REPLY, '该路段由城南镇组织清运了路边垃圾。'], MEASURE)).toBe(false);
    expect(has([REPLY, '该路段由我局市政股组织清运了路边垃圾。'], MEASURE)).toBe(true);
  });
  it('a proposal’s author suggesting (您在建议中提出…) proposes; the unit’s deed after it counts', () => {
    expect(has(['白沙县住房和城乡建设局关于第12号建议的答复', '您在建议中提出在巷口设置分类垃圾桶，很有必要。'], MEASURE)).toBe(false);
    expect(has(['白沙县住房和城乡建设局关于第12号建议的答复', '您在建议中提出在巷口设置分类垃圾桶。', '我局已在12条巷口设置了分类垃圾桶。'], MEASURE)).toBe(true);
  });
  it('a document’s content (《方案》明确：一是…) is the document’s, through the items after it', () => {
    expect(has(['白沙县教育局政策解读', '《方案》明确了三项任务：', '一是在每所学校开设心理健康课；', '二是为每名学生建立成长档案。'], MEASURE)).toBe(false);
    expect(has(['白沙县教育局政策解读', '《方案》明确，在每所学校开设心理健康课；', '为每名学生建立成长档案。'], MEASURE)).toBe(false);
    // Its content quoted in its own sentence does not run on: the next sentence is the unit's again.
    expect(has(['白沙县教育局关于心理健康教育的说明', '《测评体系》要求：“每所学校配备心理教师”。', '依据《方案》，在每所学校开设了心理健康课。'], MEASURE)).toBe(true);
  });
});

describe('session 17: aspect — a project told by its plan is not work done', () => {
  it('planned investment, contents, the task carried, progress as a state, or 计划 + a verb of building', () => {
    expect(has(['今年街道承担游园建设任务2处，计划总投资80万元。'], MEASURE)).toBe(false);
    expect(has(['建设内容包括步道、座椅和夜间照明。'], MEASURE)).toBe(false);
    expect(has(['目前项目处于施工阶段。'], MEASURE)).toBe(false);
    expect(has(['今年计划改造背街小巷6条。'], MEASURE)).toBe(false);
  });
  it('the same project told as done (已 / 了 / 建成) counts', () => {
    expect(has(['今年街道已建成游园2处，计划总投资80万元。'], MEASURE)).toBe(true);
    expect(has(['今年改造了背街小巷6条。'], MEASURE)).toBe(true);
  });
});

describe('session 17: a verb naming a noun is no deed', () => {
  it('a working meeting’s matter (召开改造工作动员会 / 召开了“美丽庭院”创建工作动员会) names the meeting', () => {
    expect(has(['我局召开改造工作动员会。'], MEASURE)).toBe(false);
    expect(has(['我局召开了“美丽庭院”创建工作动员会。'], MEASURE)).toBe(false);
    expect(has(['我局开展了“美丽庭院”评比。'], MEASURE)).toBe(true);
  });
  it('a project named by its verb (…改造项目由…实施) is a noun', () => {
    expect(has(['无障碍设施改造项目由县住建局实施。'], MEASURE)).toBe(false);
  });
  it('a quoted name after a copula describes (…是家门口的“里子”工程); the same name launched counts', () => {
    expect(has(['小巷是群众家门口的“里子”工程。'], MEASURE)).toBe(false);
    expect(has(['我局启动了“里子”工程，整修小巷12条。'], MEASURE)).toBe(true);
  });
  it('a verb under 被 in a modifier, or judged by 不及时 / 不到位, names what was done to someone or how badly', () => {
    expect(has(['被暂停发放救助金的老人已恢复领取。'], MEASURE)).toBe(false);
    expect(has(['居民反映维修不及时。'], MEASURE)).toBe(false);
    expect(has(['居民对维修不及时、公共区域脏乱等问题反映较多。'], MEASURE)).toBe(false);
    expect(has(['为老人发放救助金3.2万元。'], MEASURE)).toBe(true);
  });
  it('passing a case on (转办 / 交办) is routine handling, not a deed', () => {
    expect(has(['我局已将工单转办城南镇人民政府。'], MEASURE)).toBe(false);
    expect(has(['其中转办县民政局的3件均已答复。'], MEASURE)).toBe(false);
    expect(has(['为行动不便的老人上门代办医保手续3件。'], MEASURE)).toBe(true);
  });
});

describe('session 17: mood — a checklist row answered no asserts the contrary', () => {
  it('a row of a deed answered 否 is no measure; the same row answered 是 is read as before', () => {
    expect(has(['白沙县市场监督管理局创建工作自查表', '在农贸市场设置公平秤｜否'], MEASURE)).toBe(false);
    expect(has(['白沙县市场监督管理局创建工作自查表', '在农贸市场设置公平秤｜是'], MEASURE)).toBe(true);
  });
});

describe('session 17 (after the generalisation check): a before/after caption, the state before, a budget, a question', () => {
  it('a caption of a before/after pair shows a place; a caption telling the deed done counts', () => {
    expect(has(['图1整治前东关路口 图2整治后东关路口'], MEASURE)).toBe(false);
    expect(has(['白沙县城管局背街小巷整治前后对比', '图1整治前十字路口东南角 / 图2整治后十字路口东南角'], MEASURE)).toBe(false);
    expect(has(['白沙县城管局背街小巷整治前后对比', '图2整治后东关路口增设了隔离护栏120米。'], MEASURE)).toBe(true);
  });
  it('a line keyed 整治前： tells what was wrong; 整治后： with a deed told counts', () => {
    expect(has(['整治前：商户把货架摆到街心，私搭雨棚。'], MEASURE)).toBe(false);
    expect(has(['整治后：拆除违规雨棚12处。'], MEASURE)).toBe(true);
  });
  it('money set aside (安排…专项资金) is a budget; the work it paid for, counted, is the deed', () => {
    expect(has(['县财政安排公厕提升专项资金120万元，已于5月到位。'], MEASURE)).toBe(false);
    expect(has(['县财政安排专项资金120万元，改造公厕8座。'], MEASURE)).toBe(true);
  });
  it('a checklist question with no answer (4. 是否开展应急演练) asks', () => {
    expect(has(['白沙县应急管理局自查表', '4. 是否开展应急演练'], MEASURE)).toBe(false);
    expect(has(['白沙县应急管理局自查表', '4. 开展应急演练2次'], MEASURE)).toBe(true);
  });
});
