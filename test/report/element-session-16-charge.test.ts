/**
 * Session 16 (issue 11, "What counts as an element"), helper `charge`: 主体责任 and 取得成效 read by who acts and by mood.
 * Each principle has rows just inside it, on its edge and just outside, written in this test's own words (not taken
 * from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { documents } from '../../src/text/element-documents.js';
import { results } from '../../src/text/element-results.js';
import type { ElementTest } from '../../src/text/element-shared.js';
import { normalizeText } from '../../src/text/normalize.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { joinHardReturns } from '../../src/text/hard-returns.js';

const TESTS: Record<string, ElementTest> = { 主体责任: responsibility, 部署文件: documents, 取得成效: results };

/** [element, '+' seen / '-' not, the principle and the case, sentence] */
const ROWS: [string, '+' | '-', string, string][] = [
  // Who acts: the writer in person (我 / 本人, one named leader signing a 述职报告) taking charge is someone inside the unit
  // responsible; the unit as subject (我们 / 我局) is no one; the charge must be the writer's now.
  ['主体责任', '+', 'writer in person: 本人 + 分管', '本人分管机关作风建设和志愿服务工作。'],
  ['主体责任', '+', 'writer in person: post named, then the charge in a subject-less clause', '我任县农业农村局党组书记、局长，对农村移风易俗这项创文任务负总责。'],
  ['主体责任', '+', 'writer in person: post, a clause of duties, then the charge (topic chain)', '我作为县残联理事长，主持残联日常工作，对助残志愿服务具体负责。'],
  ['主体责任', '+', 'writer in person: the work given to me (由我负总责)', '我是城南供电所所长，所里优质服务工作由我负总责。'],
  ['主体责任', '+', 'writer in person: 是…的召集人', '我是局文明交通工作专班的召集人。'],
  ['主体责任', '-', 'the unit as subject (我们), not a person', '我们负责全县文明交通宣传工作。'],
  ['主体责任', '-', 'the unit as subject (我局), not a person', '我局牵头开展文明交通宣传。'],
  ['主体责任', '-', 'writer, an intention (我将牵头)', '下半年，我将牵头推动志愿服务向村组延伸。'],
  ['主体责任', '-', 'writer, a past post (我原来分管)', '我原来分管这项工作，今年已调整分工。'],
  ['主体责任', '-', 'writer holding a post only, no charge', '我任县农业农村局党组书记、局长。'],
  ['主体责任', '-', 'writer as an object (告诉我)', '他告诉我负总责的是县里。'],
  ['主体责任', '-', 'writer doing work, not taking charge', '我参加县委理论学习中心组学习6次，撰写心得体会3篇。'],
  // Who acts: a role keeps its holder's name after it (所长彭某某对…负总责) and the body it belongs to before it (街道党工委
  // 副书记韦某担任); a role named as the leader in charge of a matter (…是…的包保领导). Everyone of a kind is still no one.
  ['主体责任', '+', 'a role with its holder\'s name, then 对…负总责', '站长冯立新对站内文明服务工作负总责。'],
  ['主体责任', '+', 'a role named as the leader in charge of a matter', '副镇长邵明是集镇环境整治的包联领导。'],
  ['主体责任', '+', 'an office filled by a role its body qualifies, with its holder\'s name', '服务站站长由镇党委副书记贾红担任。'],
  ['主体责任', '-', 'a role with a name, only attentive', '局长冯立新高度重视这项工作。'],
  ['主体责任', '-', 'every firm\'s head, with 对…负总责', '各企业负责人对本企业安全生产负总责。'],
  // Mood and who is inside: a charge told as not held (…第一责任人的意识没有真正树立) is none; a county body's people coming
  // to supervise (县某局分管领导到公司督导) are outside even where the title names no unit.
  ['主体责任', '-', 'a charge told as not held', '企业主要负责人作为安全生产第一责任人的意识没有真正树立。'],
  ['主体责任', '+', 'a charge held, a shortcoming in the next clause', '局长为安全生产第一责任人，但督导力度还不够。'],
  ['主体责任', '-', 'a county body\'s leader coming to supervise', '县住建局分管领导多次到公司督导。'],
  // Mood for outcomes: an article of a rule (第四条 …的，授予…) is a norm; words quoted as a requirement (“…全覆盖”的任务要求)
  // are required, not reached.
  ['取得成效', '-', 'an article of a rule', '第四条 服务时长达到一百小时的，授予“星级志愿者”称号。'],
  ['取得成效', '-', 'words quoted as a requirement', '根据方案中“背街小巷保洁全覆盖”的任务要求，现就增加保洁人员请示如下。'],
  ['取得成效', '+', 'coverage reached, told plainly', '背街小巷已实现保洁全覆盖。'],
  // Mood: a lesson drawn (几点体会 / 启示) is gnomic. The writer taking the lesson (我们体会到) is no effect on the people
  // served; a condition and its consequent (只有…才能… / …才能…) are irrealis. The people served perceiving, and a realis
  // consequence (才有了), are outcomes.
  ['取得成效', '-', 'lesson: the writer takes it (我们体会到)', '我们体会到，做群众工作必须耐心细致。'],
  ['取得成效', '-', 'lesson: a condition and its consequent (只有…才能)', '我们体会到，只有把服务做到群众心坎上，才能赢得群众的信赖和支持。'],
  ['取得成效', '-', 'lesson: a consequent without its condition stated (…才能)', '执法刚柔并济、以情动人，才能赢得商户的理解和支持。'],
  ['取得成效', '-', 'lesson: the condition in the consequent\'s clause is not reached either', '设施配齐了才能投入使用。'],
  ['取得成效', '-', 'lesson: 只要…就能 conditional', '只要把群众发动起来，就能让垃圾分类成为习惯。'],
  ['取得成效', '+', 'the people served perceive (群众感受到)', '办事群众切实感受到了服务的温度。'],
  ['取得成效', '+', 'a realis consequence (才有了)', '正是靠着天天盯守，才有了今天群众的普遍认可。'],
  ['取得成效', '+', '只有 as a count, not a condition', '到年底只有两家门店还在占道，周边群众普遍满意。'],
  ['取得成效', '+', 'a lesson sentence that also states what was reached', '我们体会到坚持的意义，今年辖区投诉同比下降30%。'],
  // What an outcome is (a state, a change, words of the served): a good state's adjective doubled, not nouns doubled; the
  // served speaking, not spoken to; a change reached, not the name of a work; the place or people changed, not the unit's
  // own means; an indicator held within a bound, not a bound set for each piece of work; a state, not how much was done.
  ['取得成效', '+', 'a good state doubled (干干净净)', '背街小巷现在干干净净。'],
  ['取得成效', '-', 'nouns doubled (爷爷奶奶) are no state', '组织学生回家采访爷爷奶奶。'],
  ['取得成效', '-', 'a hardship doubled (磕磕绊绊) is no good state', '新机制推行起来磕磕绊绊。'],
  ['取得成效', '+', 'the served speaking', '老人们说：“现在到柜台取钱心里踏实多了。”'],
  ['取得成效', '-', 'the served spoken to (为老人讲解“…”)', '支行在敬老院为老人讲解“保本高息”骗局的识别方法。'],
  ['取得成效', '+', 'a change reached (素质明显提升)', '职工文明素质明显提升。'],
  ['取得成效', '-', 'a change naming a work (…素质提升工作)', '笔者参与了职工文明素质提升工作。'],
  ['取得成效', '+', 'the place changed, before and after', '占道投诉由每月40件降到12件。'],
  ['取得成效', '-', 'the unit\'s own means grown (专班成员由…增加到…)', '将专班成员由7人增加到11人。'],
  ['取得成效', '+', 'an indicator held within a bound', '登记失业率控制在3%以内。'],
  ['取得成效', '-', 'a bound set for each piece of work', '策划制作竖屏短视频，每条控制在60秒以内。'],
  ['取得成效', '+', 'a state reached (清了)', '村前那条河道清了。'],
  ['取得成效', '-', 'how much was done, asked (清了多少)', '具体清了多少，要等乡镇报上来。'],
  // A good state asserted as reached (a good-state predicate closing its clause with a marker of having been reached, or a
  // final 了); an aim or a bare description of how things are is none. Passed a review; near the top; a benefit received;
  // the served able now; the served's own words of a good state.
  ['取得成效', '+', 'good state reached, with a degree marker', '整改后小区内宣传氛围明显浓厚。'],
  ['取得成效', '+', 'good state reached, with 均', '复查时各驿站均正常开放。'],
  ['取得成效', '+', 'good state reached, with a final 了', '职工的业余生活丰富了。'],
  ['取得成效', '-', 'a good state as an aim (确保…均…)', '确保各驿站均正常开放。'],
  ['取得成效', '-', 'a good state as a target (实现…全部达标)', '到2027年，实现集镇公厕全部达标。'],
  ['取得成效', '-', 'a good state conceded before a but', '复查时消防通道基本畅通，但有两处堵塞。'],
  ['取得成效', '-', 'a good state described, no marker of having been reached', '城区街道环境整洁。'],
  ['取得成效', '-', 'a good state negated (不规范)', '个别摊点还不规范。'],
  ['取得成效', '+', 'passed a review of its standing', '今年通过了市级文明单位复审。'],
  ['取得成效', '-', 'a means of work, not a review passed (通过加强考核)', '通过加强考核督促各股室落实。'],
  ['取得成效', '+', 'a rank near the top', '群众满意度测评连续两年排在全市前列。'],
  ['取得成效', '-', '居 in 居委会 is no rank', '社区党委书记、居委会主任为第一责任人。'],
  ['取得成效', '+', 'a benefit the served received', '守信的企业尝到了甜头。'],
  ['取得成效', '+', 'the served able now', '孩子们都会唱这首歌了。'],
  ['取得成效', '-', 'the served able, as an aim', '要让孩子们都会唱这首歌。'],
  ['取得成效', '+', 'the served reporting a good state in their words', '家长反馈“孩子在家也会说谢谢了”。'],
  ['取得成效', '-', 'the served reporting a request in their words', '家长反馈“希望多开几期课”。'],
  // The standard's words quoted inline (测评标准是：… / 测评标准写着：…) are not the unit's; acting on them (对照…标准) is.
  ['取得成效', '-', 'a criterion quoted after its key, inline', '这一项的测评标准是：应急设施完好，群众安全感较高。'],
  ['取得成效', '+', 'the unit acting on the standard', '对照测评标准，我们整改后群众安全感明显增强。'],
  ['主体责任', '-', 'a criterion quoted after its key, inline', '测评细则的测评标准为：有科普阵地，有专人负责阵地管理。'],
  // Who is inside: the issuer of a document the unit studied (会议学习了…领导小组办公室《…》) is the document's, no one in charge.
  ['主体责任', '-', 'the issuer of a document studied', '会议学习了县根治欠薪工作领导小组办公室《关于开展冬季专项行动的通知》。'],
  ['主体责任', '+', 'a group set up with its head', '会议决定成立根治欠薪工作专班，由分管副局长任组长。'],
  // Who issued it: a 办法 / 规定 with no local issuer is a rule in force; the unit's own issue told as such (局里印发的《…》)
  // or a county or city body named right before the title (县政府办《…办法》) makes it a deployment document.
  ['部署文件', '+', 'issuer: the unit\'s own, told with 的', '依据是所里制定的《门前三包巡查管理办法》。'],
  ['部署文件', '+', 'issuer: a county body right before the title', '严格落实县政府办《政务热线诉求办理考核办法》。'],
  ['部署文件', '-', 'issuer: none named, a rule in force', '依据《生活垃圾分类标志管理办法》执行。'],
  ['部署文件', '-', 'issuer: a national body before the title', '依据国家发改委《价格违法行为行政处罚规定》执行。'],
  // Mood, for a document: the plan is future, the document it follows is in force now (将按照《…》); a document to be made
  // (将制定《…》) or one not issued (即将出台的《…》) is cited nowhere.
  ['部署文件', '+', 'a plan following a document in force (将按照《…》)', '下一步，我局将按照《清河县背街小巷整治三年行动计划》分批推进。'],
  ['部署文件', '-', 'a document still to be made (将制定《…》)', '下一步，我局将研究制定《背街小巷长效管护办法》。'],
  ['部署文件', '-', 'a plan following a document not yet issued', '下一步，我局将按照即将出台的《创建工作要点》细化分工。'],
  ['部署文件', '-', 'issuer: 市场 is no city', '对照市场监管总局《明码标价和禁止价格欺诈规定》检查。'],
];

describe('session 16 (charge): who acts and mood', () => {
  for (const [element, expected, what, s] of ROWS) {
    it(`${element} ${expected === '+' ? 'present' : 'absent'}: ${what}: ${s}`, () => {
      const found = TESTS[element]!({ text: normalizeText(s) });
      if (expected === '+') expect(found).not.toBeNull();
      else expect(found).toBeNull();
    });
  }
});

const report = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] }));
const status = (lines: string[], element: string) => report(lines).find((v) => v.element === element)?.status;

describe('session 16 (charge): a 填报表 row ending in its evidence file is a row, not a file sent', () => {
  const head = ['县某局创建工作任务填报表', '工作任务｜责任科室｜完成情况｜佐证材料'];
  it('a row with cell marks citing a plan, its file in the last cell: the plan is cited', () => {
    expect(status([...head, '统筹部署｜办公室｜印发《清河县2026年文明交通工作实施方案》｜方案.pdf'], '部署文件')).toBe('present');
  });
  it('the same row with its cells run together (a PDF): a citing verb before the title makes it a row', () => {
    expect(status([...head, '统筹部署办公室转发《清河县政务服务窗口好差评工作实施办法》通知.pdf'], '部署文件')).toBe('present');
  });
  it('a file sent by its name alone (the title is the file name) is still no citation', () => {
    expect(status([...head, '《清河县2026年文明交通工作实施方案》.docx 18KB'], '部署文件')).toBe('missing');
  });
});

describe('session 16 (charge): the unit\'s own account keyed under a criteria heading', () => {
  const lines = (account: string) => ['县某局测评项目自查报告', '（一）测评内容', '测评标准：按照《清河县文明交通工作方案》开展专项整治。', account];
  it('自查情况：… tells what the unit did, so its cited plan counts', () => {
    expect(status(lines('自查情况：我局按照《清河县2026年扬尘治理攻坚行动方案》开展专项执法检查12次。'), '部署文件')).toBe('present');
  });
  it('the criterion quoted alone cites nothing of the unit\'s', () => {
    expect(status(lines('对照标准逐项查看。'), '部署文件')).toBe('missing');
  });
});

describe('session 16 (charge): a bracket left open at a printed line\'s end runs on into the next (hard returns)', () => {
  // A report typed with a hard return per printed line (more than a quarter of its lines open-ended).
  const typed = (middle: string[]) => [
    '关于县应急局安全宣传工作的说明',
    '一、责任分工',
    '局长为第一责任人，分管副局长具体',
    '抓，宣教股牵头组织实施。',
    '二、部署依据',
    ...middle,
    '三、主要措施',
    '组织安全宣传进社区活动，发放宣传',
    '资料3000份，群众安全意识明显',
    '提高。',
    '清河县应急管理局',
    '2026年5月8日',
  ];
  it('a 《title》 cut after a quoted name and a （文号） cut after a word a signer ends in (…办) are joined back', () => {
    const joined = joinHardReturns(typed(['县安委会《关于开展高层建筑和“九小场所”', '消防安全专项整治的通知》（清安委办', '【2026】7号）。']).join('\n')).split('\n');
    expect(joined).toContain('县安委会《关于开展高层建筑和“九小场所”消防安全专项整治的通知》（清安委办【2026】7号）。');
  });
  it('a signer on its own line (brackets balanced) still stands alone', () => {
    const joined = joinHardReturns(typed(['依据县安委会《安全宣传月活动方案》组织', '实施。']).join('\n')).split('\n');
    expect(joined.slice(-2)).toEqual(['清河县应急管理局', '2026年5月8日']);
    expect(joined).toContain('依据县安委会《安全宣传月活动方案》组织实施。');
  });
  it('a numbered heading with its brackets closed stays a heading of its own', () => {
    const joined = joinHardReturns(typed(['（一）县安委会《宣传月方案》', '依据方案组织实施宣传月活动，全县', '开展宣传82场。']).join('\n')).split('\n');
    expect(joined).toContain('（一）县安委会《宣传月方案》');
  });
});

describe('session 16 (charge): the standard quoted before the unit\'s account, and a form\'s filler', () => {
  it('after a criterion quoted in full (“…。”), the unit\'s own account in the same sentence still counts', () => {
    const lines = ['县某大队文明交通工作说明', '测评标准是：“主要路口有交通协管，交通秩序良好。”对照上述标准，大队明确大队长为第一责任人，分管副大队长具体抓。'];
    expect(status(lines, '主体责任')).toBe('present');
  });
  const form = (last: string) => ['县某局创建工作任务填报表', '工作任务｜完成情况', '社区宣传｜开展文明交通宣传进社区活动12场', last];
  it('who filled in the form, with their office, phone and date, is no one in charge', () => {
    expect(status(form('填报人：孙晓雯（公共服务股）联系电话：13831769024填报时间：2026年4月6日'), '主体责任')).toBe('missing');
  });
  it('a 责任人 line naming the person in charge still is', () => {
    expect(status(form('责任人：孙晓雯（公共服务股）'), '主体责任')).toBe('present');
  });
});

describe('session 16 (charge): a 责任单位： key naming another body gives the matter to it', () => {
  const lines = (row: string) => ['清河县汽车客运站关于窗口服务督查问题整改情况的报告', '问题一：站前广场出租车乱停。', row];
  it('责任单位：县交警大队… is another body, no one in the unit', () => {
    expect(status(lines('责任单位：县交警大队、县交通运输综合执法大队。'), '主体责任')).toBe('missing');
  });
  it('责任科室：站务科 is the unit\'s own office', () => {
    expect(status(lines('责任科室：站务科。'), '主体责任')).toBe('present');
  });
});
