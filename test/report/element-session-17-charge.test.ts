/**
 * Session 17 (issue 11, "the unit is the actor"), helper `charge17`: the unit's elements come only from what the text asserts
 * about the UNIT. A place or body the text describes (the county a study visit went to, 对方 / 该县) is someone else, as a
 * clause's subject with its topic chain, or as the party a heading names. Rows just inside, on the edge and just outside,
 * written in this test's own words (not taken from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const report = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] }));
const verdict = (lines: string[], element: string) => report(lines).find((v) => v.element === element);
const status = (lines: string[], element: string) => verdict(lines, element)?.status;

/** A study-visit report (the unit went to 桐岭县): its body lines after a title naming the visit. */
const visit = (...body: string[]) => ['清河县商务局赴桐岭县考察夜市管理工作的报告', ...body, '清河县商务局', '2026年11月2日'];

describe('session 17 (charge): a clause whose subject is another party speaks of that party', () => {
  const rows: [string, '+' | '-', string, string][] = [
    // inside: the other county opens the clause
    ['主体责任', '-', 'the visited county as subject', '桐岭县成立了由县长任组长的夜市管理工作专班。'],
    ['取得成效', '-', 'the visited county as subject', '桐岭县夜市摊位占道现象明显减少。'],
    // on the edge: after an adverbial (据介绍), by a pronoun (该县 / 对方), and down the topic chain of its sentence
    ['取得成效', '-', 'after an adverbial, by a pronoun', '据介绍，该县群众对夜市的满意率由80%提高到95%。'],
    ['取得成效', '-', 'the party reports, its claims follow in the chain', '桐岭县介绍，夜市开街以来投诉下降了四成，该县还被评为省级示范县。'],
    ['主体责任', '-', 'the other party (对方) as subject', '对方由分管副县长任总指挥，商务局局长具体抓。'],
    // outside: the unit named again takes the chain back; the party after a verb or a preposition is no subject
    ['主体责任', '+', 'the unit takes the chain back (我局…)', '桐岭县成立了工作专班，我局也明确由分管副局长具体抓夜市管理。'],
    ['主体责任', '+', 'the party after a verb (借鉴…)', '借鉴桐岭县经验，局长对夜市管理负总责。'],
    ['取得成效', '+', 'the party after a preposition (与…)', '与桐岭县的平台对接后，商户办证时间明显缩短。'],
  ];
  for (const [element, expected, what, s] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'absent'}: ${what}: ${s}`, () => {
      expect(status(visit(s), element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 17 (charge): a heading naming another party heads that party\'s section', () => {
  const body = '夜市管理由分管副局长具体负责，群众满意度明显提升。';
  it('under 二、桐岭县的主要做法和成效 neither the one in charge nor the outcome is the unit\'s', () => {
    const lines = visit('一、考察基本情况', '我局一行5人赴桐岭县考察。', '二、桐岭县的主要做法和成效', body);
    expect(status(lines, '主体责任')).toBe('missing');
    expect(status(lines, '取得成效')).toBe('missing');
  });
  it('its heading naming 成效 is no empty heading of the unit\'s', () => {
    const lines = visit('二、桐岭县的主要做法和成效', body, '三、我局的落实情况', '我局由局长负总责，夜市占道投诉明显减少。');
    expect(verdict(lines, '取得成效')?.emptyHeadings).toBeUndefined();
  });
  it('on the edge: 对方 in the heading', () => {
    expect(status(visit('二、对方主要做法和成效', body), '取得成效')).toBe('missing');
  });
  it('outside: the unit\'s own heading (三、我局的落实情况) over the same sentence', () => {
    const lines = visit('三、我局的落实情况', body);
    expect(status(lines, '主体责任')).toBe('present');
    expect(status(lines, '取得成效')).toBe('present');
  });
  it('outside: the report\'s title names the visit, not a section of the other party\'s', () => {
    expect(status(visit('回来后，局长对夜市管理负总责，商户占道明显减少。'), '主体责任')).toBe('present');
  });
});

describe('session 17 (charge): outside a study visit, no party is taken from the text alone', () => {
  const own = (s: string) => ['清河县商务局关于夜市管理工作的报告', s, '清河县商务局'];
  it('a verb before 县 (推动县…) names no county', () => {
    expect(status(own('推动县市场监管局落实夜市食品安全抽检，局长对此负总责。'), '主体责任')).toBe('present');
  });
  it('the unit\'s own county as subject', () => {
    expect(status(own('清河县夜市摊位占道现象明显减少。'), '取得成效')).toBe('present');
  });
  it('全县 is no county\'s name', () => {
    expect(status(own('全县夜市摊位占道现象明显减少。'), '取得成效')).toBe('present');
  });
});

describe('session 17 (charge): a heading naming work done and plans is judged sentence by sentence', () => {
  const lines = (heading: string) => ['清河县商务局关于夜市管理工作的报告', heading, '目前夜市摊位占道现象明显减少。', '下一步，我们将力争年底前全部规范。'];
  it('四、我局已开展的工作和下一步打算: the work done claims its outcome', () => {
    expect(status(lines('四、我局已开展的工作和下一步打算'), '取得成效')).toBe('present');
  });
  it('四、我县现状与下一步打算: the state now told', () => {
    expect(status(lines('四、我县现状与下一步打算'), '取得成效')).toBe('present');
  });
  it('四、下一步打算 alone: plans', () => {
    expect(status(lines('四、下一步打算'), '取得成效')).toBe('missing');
  });
});

describe('session 17 (charge): the one in charge is one of the unit\'s, not of many bodies or of another side', () => {
  const rows: [string, '+' | '-', string, string, string][] = [
    // many bodies at once (a count or 各/每 before a kind of body) as the subject: their heads are theirs
    ['主体责任', '-', 'bodies counted, their heads', '清河县商务局关于夜市管理的答复', '三家市场公司经理均为本公司食品安全第一责任人。'],
    ['主体责任', '-', 'each body, after a topic and 由', '清河县教育局关于午餐配送的答复', '学生午餐由各校校长作为第一责任人。'],
    ['主体责任', '+', 'the unit\'s own parts (各股室负责人) are the unit\'s', '清河县商务局关于夜市管理的答复', '各股室负责人对本股室承担的夜市任务负责。'],
    ['主体责任', '+', 'people counted (两名副局长) are no bodies', '清河县商务局关于夜市管理的答复', '两名副局长分别负责城东、城西夜市。'],
    // another side of a project, or a firm named back (由公司总经理)
    ['主体责任', '-', 'a group another side set up, a firm\'s manager its head', '清河县商务局关于夜市改造工程的汇报', '夜市开办方成立改造指挥部，由恒达公司总经理任指挥长。'],
    ['主体责任', '-', 'a group another side set up, that side\'s head', '清河县商务局关于夜市改造工程的汇报', '夜市开办方成立改造指挥部，由开办方负责人任指挥长。'],
    ['主体责任', '-', 'a firm named back, no side named', '清河县交通运输局关于候车亭改造的说明', '县客运公司承担候车亭日常管理，由公司总经理负责调度。'],
    ['主体责任', '-', 'a firm named back (由公司…)', '清河县交通运输局关于候车亭改造的说明', '县客运公司作为候车亭产权单位，由公司总经理负责调度。'],
    ['主体责任', '+', 'the unit says it is that side (我局作为建设单位)', '清河县交通运输局关于候车亭改造的说明', '我局作为建设单位，由分管副局长任现场指挥长。'],
    ['主体责任', '+', 'a group the unit set up, its own head', '清河县商务局关于夜市改造工程的汇报', '我局成立改造指挥部，由分管副局长任指挥长。'],
    // who in charge, as a topic chain or a speaker's line, and a double post
    ['主体责任', '+', 'a role as subject, its charge in the next clause', '清河县妇女联合会关于求助工单的办理情况', '县妇联权益部部长林某当晚接手，负责工单全程办理。'],
    ['主体责任', '-', 'the same clause under another body (not the unit\'s)', '清河县民政局关于求助工单的办理情况', '县妇联权益部部长林某当晚接手，负责工单全程办理。'],
    ['主体责任', '+', 'a speaker\'s line: the speaker in person takes charge', '柳营村党支部书记就村容整治答记者问', '村党支部书记孙某某：村里这件事我亲自抓，村干部每人包一条巷子。'],
    ['主体责任', '+', 'a 县委常委 holding the post of the 部 the title names', '县委宣传部就好人评议答记者问', '这项工作由县委常委、宣传部部长负总责。'],
    ['主体责任', '-', 'a 县委常委 holding another 部\'s post', '清河县商务局就夜市管理答记者问', '这项工作由县委常委、组织部部长负总责。'],
  ];
  for (const [element, expected, what, title, s] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'absent'}: ${what}: ${s}`, () => {
      expect(status([title, s], element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 17 (charge): complaints counted and compared rising are no outcome', () => {
  const own = (s: string) => ['清河县住建局关于物业投诉工单办理情况的说明', s];
  it('a count of work orders, then 较…有所增加: none', () => {
    expect(status(own('三季度热线转来物业类工单72件，较二季度的51件有所增加。'), '取得成效')).toBe('missing');
  });
  it('on the edge: the same count compared falling is an outcome', () => {
    expect(status(own('三季度热线转来物业类工单32件，较二季度的51件明显减少。'), '取得成效')).toBe('present');
  });
  it('outside: a good thing counted and rising (表扬) is no complaint', () => {
    expect(status(own('三季度收到表扬信12封，较二季度明显增多。'), '取得成效')).toBe('present');
  });
});

describe('session 17 (charge): a head many bodies\' members elect is theirs', () => {
  it('each cooperative\'s head, elected by its members, then a charge in the next clause', () => {
    expect(status(['清河县农业农村局关于农药使用监管的说明', '各果蔬合作社的理事长由社员选举产生，负责社内的农药登记。'], '主体责任')).toBe('missing');
  });
});

describe('session 17 (charge): mood — a value keyed as an aim, a checklist row answered no', () => {
  const own = (...s: string[]) => ['清河县财政局关于专项资金绩效自评的报告', ...s];
  it('a value keyed as an aim (绩效目标：…) is no outcome', () => {
    expect(status(own('年度绩效目标：受益群众满意度达到90%以上。'), '取得成效')).toBe('missing');
  });
  it('on the edge: 预期效果：… is an aim too', () => {
    expect(status(own('预期效果：群众出行更加便利。'), '取得成效')).toBe('missing');
  });
  it('outside: a value keyed as reached (实际完成情况：…) is an outcome', () => {
    expect(status(own('实际完成情况：受益群众满意度达到96%。'), '取得成效')).toBe('present');
  });
  it('a checklist row answered 否 denies its statement', () => {
    expect(status(own('成立由局长任组长的工作专班｜否'), '主体责任')).toBe('missing');
  });
  it('on the edge: a 是否 question answered 否', () => {
    expect(status(own('是否明确由分管副局长具体负责：否'), '主体责任')).toBe('missing');
  });
  it('outside: the same row answered 是 asserts it', () => {
    expect(status(own('成立由局长任组长的工作专班｜是'), '主体责任')).toBe('present');
  });
  it('outside: a bad thing answered 无 is left alone (安全事故：无)', () => {
    expect(status(own('全年未发生安全事故，群众满意度达到96%，投诉：无'), '取得成效')).toBe('present');
  });
});

// Tuned on 8501–8985 after the generalisation check (reported apart in the commit): the same principles, rows in this
// test's own words.
describe('session 17 (charge, after the check): aims inside a clause, a bound per piece, questions, benefits, a head\'s name', () => {
  const own = (...s: string[]) => ['清河县人社局关于技能培训专项资金绩效自评的报告', ...s];
  it('a target named inside its clause before its bound (…目标≥85%) is an aim', () => {
    expect(status(own('效益指标：学员满意度目标≥85%，就业率目标较上年提高5个百分点。'), '取得成效')).toBe('missing');
  });
  it('outside: 目标完成率 reached is an outcome', () => {
    expect(status(own('年度目标完成率达到100%。'), '取得成效')).toBe('present');
  });
  it('a bound set for a single piece, named at length (单个…补助控制在…以内)', () => {
    expect(status(own('单个社区培训点设备补助控制在3万元以内。'), '取得成效')).toBe('missing');
  });
  it('outside: an indicator held within a bound', () => {
    expect(status(own('城镇登记失业率控制在3%以内。'), '取得成效')).toBe('present');
  });
  it('a checklist item not answered asks', () => {
    expect(status(own('6. 是否获得上级表彰'), '取得成效')).toBe('missing');
  });
  it('outside: the item answered, its account after', () => {
    expect(status(own('6. 是否获得上级表彰：是，获评省级技能培训示范基地。'), '取得成效')).toBe('present');
  });
  it('the served now have what they lacked (有了歇脚的地方)', () => {
    expect(status(own('驿站开放后，环卫工人、外卖骑手中午有了热饭吃。'), '取得成效')).toBe('present');
  });
  it('outside: a wish they now have (有了新的期待), an aim (让…有了)', () => {
    expect(status(own('培训结束后，学员有了新的期待。'), '取得成效')).toBe('missing');
    expect(status(own('要让学员有了一技之长。'), '取得成效')).toBe('missing');
  });
  it('a group\'s head keyed with role and name (组长：县妇联主席某某)', () => {
    expect(status(['清河县妇女联合会家风建设自查清单', '专班组长：县妇联主席柯立萍（兼）'], '主体责任')).toBe('present');
  });
});

describe('session 17 (charge): satisfaction with the handling, told at the 回访', () => {
  const own = (s: string) => ['清河县住建局关于一件物业工单的办理情况说明', s];
  it('对办理结果满意 is an outcome', () => {
    expect(status(own('回访时来电人说问题已经解决，对办理结果满意。'), '取得成效')).toBe('present');
  });
  it('outside: 不满意', () => {
    expect(status(own('回访时来电人对处理结果不满意。'), '取得成效')).toBe('missing');
  });
  it('outside: an aim (确保…满意)', () => {
    expect(status(own('确保来电人对办理结果满意。'), '取得成效')).toBe('missing');
  });
});
