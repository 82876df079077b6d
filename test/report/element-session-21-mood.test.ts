/**
 * Session 21, helper `mood21`: statements that claim nothing (src/text/element-claims.ts). A clause that is negated,
 * cancelled, conditional or hypothetical, hedged or hearsay, or a remedy still to come claims no measure, no person in
 * charge, no outcome and no figure of work done, while the real claim beside it in the same sentence stays. One rule, read
 * by every element test. Rows just inside, on and just outside each line, in this test's own words (not from
 * fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { maskUnclaimed } from '../../src/text/element-claims.js';

const TITLE = '清河县文化馆关于公共文化服务工作情况的说明';
const UNIT = '清河县文化馆';
const status = (element: string, lines: string[]) =>
  judgeElements(analyzeText({ pages: [[TITLE, ...lines, UNIT].join('\n')], paged: false, joinLines: false })).find((v) => v.element === element)?.status;
type Row = ['+' | '-', string, string, string[]];
const run = (rows: Row[]) => {
  for (const [expected, element, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(element, lines)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
};

describe('session 21: a negated clause claims nothing; the claim beside it stays', () => {
  run([
    ['-', '主体责任', 'no group set up, no office named to lead (没有成立…，也没有明确由…牵头)', ['今年馆里没有单独成立专班，也没有明确由哪个部室牵头负责。']],
    ['+', '主体责任', 'just outside: the claim beside it in the same sentence (…，由副馆长王强具体负责)', ['今年馆里没有单独成立专班，由副馆长王强具体负责。']],
    ['-', '具体措施', 'a deed not begun (尚未启动 / 至今没有实施)', ['数字文化馆平台建设尚未启动，错时开放至今没有实施。']],
    ['+', '具体措施', 'just outside: a deed done beside one not done (已…，另…尚未…)', ['我馆在城关社区举办剪纸公益课堂12期，错时开放至今没有实施。']],
    ['+', '具体措施', 'on the line: a double negative is a claim (没有一个村不…)', ['我馆组织的送戏下乡活动，全县没有一个村不参加。']],
    ['+', '具体措施', 'on the line: a double negative (并非没有组织…)', ['我馆并非没有组织送戏下乡。']],
    ['+', '具体措施', 'on the line: a negation inside an object’s 的-phrase (对未办证的摊点逐户劝导)', ['对未办理登记的流动书摊，我馆组织工作人员逐户上门劝导，并登记造册。']],
    ['+', '具体措施', 'on the line: a negation inside a preposition’s object (对逾期未整改企业依法立案处罚)', ['对逾期未整改企业依法立案处罚3家。']],
    ['+', '数据实例', 'on the line: others counted as not doing (有61家书店未张贴…) is the unit’s finding', ['有61家书店未在醒目位置张贴标识，已督促整改。']],
    ['+', '取得成效', 'on the line: a harm avoided (全年未发生安全事故) is read by the outcome test', ['全年馆内未发生一起安全事故。']],
    ['+', '取得成效', 'on the line: no longer (小区里今年没人再上当) is a change reached', ['听了几回防诈骗讲座后，城关社区今年没人再上当受骗。']],
    ['+', '取得成效', 'on the line: a former state told before the change (过去没人进的书屋，现在…)', ['过去常年没人进的农家书屋，现在晚上常有村民在里面看书。']],
    ['+', '数据实例', 'on the line: what others did not do, found by the unit’s check, is its finding (检查发现，有61户未…)', ['检查发现，有61家书店未在醒目位置张贴标识。']],
    ['-', '具体措施', 'the negated half of 不是X而是Y claims nothing (不是…送书下乡，而是…)', ['这项工作不是组织送书下乡，而是等群众上门。']],
    ['+', '具体措施', 'just outside: the affirmed half (不是简单发通知，而是组织干部逐户宣传)', ['这项工作不是简单地发个通知，而是组织干部逐户上门宣传。']],
  ]);
});

describe('session 21: a plan called off claims nothing; held as planned it is a claim', () => {
  run([
    ['-', '具体措施', 'called off (原计划于5月举办…，后因…而取消)', ['原计划于5月在城关社区广场举办非遗剪纸展，后因场地维修而取消。']],
    ['+', '具体措施', 'just outside: held as planned (原定…，后如期举行)', ['原定于5月在城关社区广场举办非遗剪纸展，后如期举行，展出作品120件。']],
    ['+', '具体措施', 'just outside: put off, then held (因雨推迟一天举行)', ['原定于5月1日在城关社区广场举办非遗剪纸展，因雨推迟一天举行，展出作品120件。']],
    ['+', '具体措施', 'just outside: what replaced it stays (…取消，改为在社区广场举办…)', ['原计划于5月在城关社区广场举办非遗剪纸展，后因场地维修取消，改为在馆内展厅举办，展出作品120件。']],
    ['-', '主体责任', 'a person in charge who never took it (原定由副馆长兼任…，后因…没有兼任)', ['原定由副馆长李明兼任创建办副主任，后因工作调整没有兼任。']],
    ['-', '具体措施', 'a topic before the plan goes with it (在…投放公益广告的事项，原定…，至今没有投放)', ['在公交站台投放公益广告的事项，原定由广告公司制作，但设计稿一直没有定下来，至今没有投放。']],
  ]);
});

describe('session 21: conditional and hypothetical clauses claim nothing, the consequence included', () => {
  run([
    ['-', '具体措施', 'a conditional (如果…，将…)', ['如果暑期群众需求增加，将视情况增设流动服务点。']],
    ['-', '具体措施', 'a hypothesis (一旦发现…，立即启动…)', ['一旦发现文物安全隐患，我馆立即启动应急处置。']],
    ['-', '取得成效', 'a consequence imagined (如果…，群众就能…)', ['如果乡镇文化站都能开放到晚上，群众就能少跑腿。']],
    ['+', '取得成效', 'just outside: a cause and its effect told (由于…，所以群众…)', ['由于乡镇文化站开放到晚上，群众来看书的比过去多了。']],
    ['+', '具体措施', 'just outside: the clause turning back to what is (如果…，将…；目前已…)', ['如果暑期群众需求增加，将增设流动服务点，目前已在城关社区设立服务点3个。']],
    ['+', '数据实例', 'on the line: 如果说 compares, the figure told stays (如果说…，那么今年…12场)', ['如果说去年是打基础，那么今年我馆共举办展览12场。']],
  ]);
});

describe('session 21: hedged and hearsay clauses claim nothing', () => {
  run([
    ['-', '取得成效', 'hearsay (据说群众满意度提高了)', ['据说群众对文化馆的满意度提高了。']],
    ['-', '取得成效', 'an unnamed source (有研究介绍，…后…明显减少)', ['有研究介绍，东部某市推行文明积分后，乱扔垃圾行为明显减少。']],
    ['-', '取得成效', 'a guess (估计…会有所提高)', ['估计今年群众满意度会有所提高。']],
    ['+', '取得成效', 'just outside: 尽可能 is no hedge; the outcome told stays', ['我馆尽可能延长开放时间，来馆读者比去年增加了两成。']],
    ['+', '具体措施', 'just outside: 尽可能 is no hedge (尽可能组织…上门送书)', ['我馆尽可能组织志愿者为老年读者上门送书。']],
  ]);
});

describe('session 21: a remedy planned or a need claims nothing; a count of what was done stays data', () => {
  run([
    ['-', '具体措施', 'a deadline ahead not told done (年底前在院内划定…)', ['年底前在馆内另行划定电动车停放区。']],
    ['+', '具体措施', 'just outside: the deadline told done (9月底前…开展了…)', ['9月底前我馆组织工作人员对12个乡镇文化站开展了设施排查。']],
    ['-', '具体措施', 'a need (需要整体更换)', ['宣传栏材质老化，需要整体更换。']],
    ['-', '具体措施', 'a need (需要在…重新设置宣传栏8块)', ['馆外宣传栏材质老化，需要在城关社区重新设置宣传栏8块。']],
    ['-', '具体措施', 'a plan’s verb takes its clause, its subject included (帮办人员计划从…抽调)', ['帮办代办人员计划从各部室抽调，各部室以人手紧为由迟迟未派。']],
    ['-', '数据实例', 'a count of what was not done (还有3处尚未完成)', ['馆外宣传栏的更换工作尚未完成3处。']],
    ['+', '数据实例', 'on the line: a 完成率 stays data', ['馆外宣传栏更换工作尚未全部完成，完成率为60%。']],
  ]);
});

describe('session 21: maskUnclaimed keeps offsets and leaves the rest', () => {
  it('blanks one □ per UTF-16 unit, only in the clause that claims nothing', () => {
    const t = '我馆组织了剪纸课堂12期，错时开放至今没有实施。';
    const m = maskUnclaimed(t);
    expect(m.length).toBe(t.length);
    expect(m.startsWith('我馆组织了剪纸课堂12期，')).toBe(true);
    expect(m).not.toContain('实施');
  });
  it('leaves people’s words quoted alone (居民说“好多年没见…了”)', () => {
    const t = '附近居民说“好多年没见它这么精神了”。';
    expect(maskUnclaimed(t)).toBe(t);
  });
});
