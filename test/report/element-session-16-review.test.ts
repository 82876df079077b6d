/**
 * Session 16 review (issue 11, "What counts as an element"): precision of the session's mood and voice rules on sentences
 * a county department writes that the rules misread. Each misfire has its boundary: just inside the rule (still hidden or
 * still found) and just outside (the element the rule must leave alone). Sentences written for this test, not taken from
 * fixtures/elements/.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

/** Whether the rule detector finds the element (the learned second opinion not applied). */
function has(lines: string[], element: string): boolean {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
  return (elementEvidence(seg)[element] ?? []).length > 0;
}
const MEASURE = '具体措施';
const RESULT = '取得成效';

describe('review: 将 + a verb that only describes the thing disposed of is 把, the deed told after it', () => {
  it('a 的-phrase object put somewhere (将统一印制的《公约》张贴到楼道 / 将走访收集到的意见逐一交办) is work done', () => {
    expect(has(['社区将统一印制的《文明公约》张贴到每个楼道。'], MEASURE)).toBe(true);
    expect(has(['我们将走访收集到的23条群众意见逐一交办到相关科室。'], MEASURE)).toBe(true);
    expect(has(['我们将制作完成的20块展板摆放在广场。'], MEASURE)).toBe(true);
  });
  it('a noun-compound object with a verb of putting and its goal (将培训课件发放到… / 将宣讲视频在电视台播放) is work done', () => {
    expect(has(['我们将培训课件发放到每名网格员手中。'], MEASURE)).toBe(true);
    expect(has(['我们将宣讲视频在县电视台滚动播放。'], MEASURE)).toBe(true);
    expect(has(['社区将邀请函送到每户居民家中。'], MEASURE)).toBe(true);
  });
  it('on the boundary: the future with a plain object, no putting and no 了, stays a plan', () => {
    expect(has(['（二）将邀请视障人士担任体验员。'], MEASURE)).toBe(false);
    expect(has(['（三）将评选表彰优秀护林员和护林示范村。'], MEASURE)).toBe(false);
    expect(has(['将制作一批公益广告展板。'], MEASURE)).toBe(false);
  });
});

describe('review: a request is for work not done — a count of what was held says it happened', () => {
  it('请 + a body + the activity counted (开展消防演练2场 / 开展义诊3次) is work done', () => {
    expect(has(['3月，请县消防救援大队进校园开展消防演练2场，师生800余人参加。'], MEASURE)).toBe(true);
    expect(has(['请县人民医院开展义诊3次，服务群众200余人次。'], MEASURE)).toBe(true);
  });
  it('just outside: the same request with no count stays a request', () => {
    expect(has(['请县消防救援大队进校园开展消防演练。'], MEASURE)).toBe(false);
  });
});

describe('review: a meeting’s decisions end where the report tells what was done after it', () => {
  it('会后，… / 会议结束后，… after the decided items is the unit’s own account', () => {
    expect(
      has(['会议听取了各社区创建工作汇报。会议议定：', '由城管局牵头，5月底前完成农贸市场周边占道经营整治。', '会议结束后，街道当即组织执法队员对农贸市场周边占道经营进行了清理，劝离流动摊贩23个。'], MEASURE),
    ).toBe(true);
  });
  it('a numbered list of demands ends at the first sentence that is no item', () => {
    expect(
      has(['3月5日召开全体干部职工大会。会议要求：', '1. 各科室要对照测评细则逐条自查。', '2. 办公室负责台账整理。', '我局组织干部职工对辖区12条背街小巷开展了集中清理，清运垃圾3.5吨。'], MEASURE),
    ).toBe(true);
  });
  it('inside: the items themselves, numbered or in a paragraph, stay decisions', () => {
    expect(has(['会议议定：', '1. 在各小区增设分类垃圾桶。', '2. 组建垃圾分类督导队。'], MEASURE)).toBe(false);
    expect(has(['会议议定：', '由城管局牵头，在农贸市场周边增设临时摊位区。'], MEASURE)).toBe(false);
  });
});

describe('review: outcomes the session’s 取得成效 rules hid', () => {
  it('an association’s members growing is people joining, not the unit’s own team (专班成员 stays an input)', () => {
    expect(has(['县文明志愿协会成员由50人增加到320人。'], RESULT)).toBe(true);
    expect(has(['将专班成员由7人增加到11人。'], RESULT)).toBe(false);
  });
  it('就是 is "that is", no consequent of a condition; 只有…才能… stays a lesson', () => {
    expect(has(['只要走进社区，最直观的感受就是环境变干净了。'], RESULT)).toBe(true);
    expect(has(['只有坚持群众路线，才能赢得群众支持。'], RESULT)).toBe(false);
  });
  it('a good state doubled (顺顺利利 / 安安心心) is a good state; a noun doubled is none', () => {
    expect(has(['老人们住得安安心心。'], RESULT)).toBe(true);
    expect(has(['孩子们每天上下学都顺顺利利。'], RESULT)).toBe(true);
    expect(has(['辖区家家户户。'], RESULT)).toBe(false);
  });
});

describe('review: the writer in person takes charge only from a post of charge', () => {
  it('我作为党员，牵头组建… is one of the people acting, no one in charge', () => {
    expect(has(['我作为党员，牵头组建了楼栋微信群。'], '主体责任')).toBe(false);
  });
  it('on the boundary: 我作为…理事长，主持…，对…负责 keeps the writer’s charge', () => {
    expect(has(['我作为县残联理事长，主持残联日常工作，对助残志愿服务具体负责。'], '主体责任')).toBe(true);
  });
});

describe('review: a deliberation in the perfective tells the deed done', () => {
  it('研究在…增设了… is decided and done; 研究在…增设… (no 了) stays a matter considered', () => {
    expect(has(['党组会研究在城东片区增设了3处公共自行车停放点。'], MEASURE)).toBe(true);
    expect(has(['党组会研究在城东片区增设公共自行车停放点。'], MEASURE)).toBe(false);
  });
});

describe('review: under a criteria heading only the account named as such is the unit’s', () => {
  const head = ['清河县文旅局创建工作自查报告', '一、测评内容'];
  it('达标： / 工作： key the standard’s own rows, no account', () => {
    expect(has([...head, '达标：建有新时代文明实践站，每月开展志愿服务活动不少于2次。'], MEASURE)).toBe(false);
    expect(has([...head, '工作：设立志愿服务站，开展文明引导活动。'], MEASURE)).toBe(false);
  });
  it('自查情况： / 工作情况： is the unit’s own account', () => {
    expect(has([...head, '自查情况：我局在景区设立志愿服务站3个，开展文明引导活动12次。'], MEASURE)).toBe(true);
    expect(has([...head, '工作情况：我局在景区设立志愿服务站3个，开展文明引导活动12次。'], MEASURE)).toBe(true);
  });
});

describe('review: the writer feeling the people’s approval is the people’s effect, not a lesson', () => {
  it('我们感受到了群众的认可 claims recognition; 我们体会到，…必须耐心细致 stays a lesson', () => {
    expect(has(['我们感受到了群众的认可。'], RESULT)).toBe(true);
    expect(has(['我们体会到，做群众工作必须耐心细致。'], RESULT)).toBe(false);
  });
});

describe('review: the unit’s own inspecting office acts for it', () => {
  const title = '清河县交通运输局创建工作总结';
  it('局督查室 / 局机关督查室 inspecting the unit’s parts is the unit’s measure', () => {
    expect(has([title, '局督查室对各科室开展了作风纪律督查4次，通报问题6个。'], MEASURE)).toBe(true);
    expect(has([title, '局机关督查室对各站所开展了明察暗访12次。'], MEASURE)).toBe(true);
  });
  it('just outside: 县委督查室 inspecting the unit stays another body’s visit', () => {
    expect(has([title, '县委督查室对各站所开展了明察暗访12次。'], MEASURE)).toBe(false);
  });
});

describe('review: a problem keyed 问题N： ends where the same sentence tells what was done about it', () => {
  const title = '清河县交通运输局问题整改报告';
  it('问题一：…不及时，已增设保洁岗2个… / …，经整改，已联合…开展… is the rectification done', () => {
    expect(has([title, '问题一：候车室卫生间保洁不及时，已增设保洁岗2个，实行每日4次巡查保洁。'], MEASURE)).toBe(true);
    expect(has([title, '问题二：站前广场存在占道经营现象，经整改，已联合城管部门开展集中整治3次。'], MEASURE)).toBe(true);
  });
  it('inside: the problem alone, whatever it names, is no measure', () => {
    expect(has([title, '问题三：候车厅宣传栏内容陈旧，志愿服务站无人值守。'], MEASURE)).toBe(false);
  });
});

describe('review: the served telling (讲述：“…”) are the people’s words', () => {
  it('老党员讲述：“…现在出门心里都敞亮。” / 居民向记者讲述：“…” is an effect told by the served', () => {
    expect(has(['社区老党员王大爷讲述：“以前小区里垃圾到处堆，现在出门心里都敞亮。”'], RESULT)).toBe(true);
  });
  it('just outside: the served spoken to (为老人讲解“…”) stays the unit’s talk', () => {
    expect(has(['支行在敬老院为老人讲解“保本高息”骗局的识别方法。'], RESULT)).toBe(false);
  });
});

describe('review: a quoted aim reached is an outcome', () => {
  it('全年实现“零投诉”目标 claims the aim reached; “零投诉”目标 alone stays an aim', () => {
    expect(has(['全年实现“零投诉”目标。'], RESULT)).toBe(true);
    expect(has(['围绕“零投诉”目标，细化服务规范。'], RESULT)).toBe(false);
  });
});
