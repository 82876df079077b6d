/**
 * Review of session 10's element classes (issue 11): sentences just outside the new 取得成效
 * classes, in wording of the reviewer's own (not taken from fixtures/elements/ nor from
 * element-registers-10.test.ts). Each claims no outcome — a question still open, a failure, a bad
 * habit growing, a rate falling, a rule about grades — and the detector at the elements branch's
 * tip (3871196) took every one of them as 取得成效. A report whose only "outcome" is such a
 * sentence must be told it lacks one: a lacking report passing is the worst error.
 */
import { describe, expect, it } from 'vitest';
import { results } from '../../src/text/element-results.js';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { data } from '../../src/text/element-data.js';
import type { ElementTest } from '../../src/text/element-shared.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

/** [what the sentence is, the sentence]: none of them claims an outcome. */
const NOT_OUTCOMES: [string, string][] = [
  ['a bad habit growing (风气 of gambling)', '村里打牌赌博的风气浓了。'],
  ['a bad habit growing, 越来越', '村里打麻将的风气越来越浓。'],
  ['a question (是否), not a state reached', '关键看老人是否吃得好、睡得香。'],
  ['a question (是否) about care', '独居老人是否有人照应，要逐户摸清。'],
  ['not yet all cleared (还没有)', '排查出的隐患还没有全部清零。'],
  ['a higher body sets demands on the unit', '市局对我局推广电子证照工作提出三点要求。'],
  ['whether a practice can spread (能否)', '这种做法能否在全镇推开，还要看试点效果。'],
  ['an honour lost (没能保住)', '因整改不力，我站没能保住市级文明单位称号。'],
  ['an honour not kept (未能蝉联)', '我馆今年未能蝉联省级文明单位。'],
  ['a register of demolition, no merit', '这批老房子被列入拆除名录。'],
  ['bad conduct spread by the public', '乱扔垃圾的视频被网友转发到朋友圈，影响很坏。'],
  ['people leaving (现在都…了)', '年轻人现在都出去打工了。'],
  ['people no longer coming (都不来了)', '村民们现在都不来了。'],
  ['someone leading the wrong thing', '村干部反倒成了乱搭乱建的带头人。'],
  ['a rule about grades, not a grade obtained', '考核中评为优秀等次的单位不超过总数的15%。'],
  ['a rate of satisfaction falling', '群众满意率下降了三个百分点。'],
  ['nobody came (一个…都没有)', '讲座开了三次，一个听课的都没有。'],
  ['an accident at the top of a trending list', '我县一起交通事故登上同城热搜榜首。'],
  ['anyone can get in now (a lapse)', '现在外来车辆都能随便进出小区。'],
  ['the weather below a bound', '夜间气温降到零下五度以下，户外活动暂停。'],
  ['not shortlisted (没有入围)', '我站项目没有入围全国志愿服务项目大赛。'],
  ['most have never heard of it (八成…都没)', '八成村民都没听说过垃圾分类。'],
  ['last place (倒数第一)', '综合考评我镇拿了倒数第一。'],
  ['complaints kept high', '群众投诉量一直保持在高位。'],
  ['a habit no one sought (现在…都爱…了)', '现在年轻人都爱玩手机了。'],
  ['held up as a bad example (反面典型)', '我局被市里当作反面典型通报。'],
  ['parents saying it is worse (比…还累)', '家长们说孩子回家比在学校还累。'],
  ['mostly clear, but blocked in two places', '检查时发现消防通道基本畅通，但有两处堵塞。'],
];

describe('review, session 10: sentences just outside the new 取得成效 classes claim no outcome', () => {
  for (const [what, s] of NOT_OUTCOMES) it(`${what}: ${s}`, () => expect(results({ text: s })).toBeNull());
});

/** Just outside the new 主体责任, 具体措施 and 数据实例 classes: no one named in charge, nothing done, no figure. */
const OTHERS: [string, ElementTest, string][] = [
  ['主体责任: asking who is in charge (是谁在管)', responsibility, '这事到底是谁在管，没人说得清。'],
  ['主体责任: the one in charge not yet decided (具体负责的是谁)', responsibility, '具体负责的是谁，到现在还没定下来。'],
  ['主体责任: parents leaving it to teachers', responsibility, '不少家长说孩子在家没人管，全靠老师管。'],
  ['主体责任: once in charge, now no one (以前是…管着)', responsibility, '这块地以前是村里管着，现在没人管了。'],
  ['主体责任: a wish about a teacher', responsibility, '家长希望老师管严一点。'],
  ['具体措施: not done one by one (未对…逐一检查)', measures, '上级检查发现，我所未对辖区网吧逐一检查。'],
  ['具体措施: a frequency a document sets', measures, '按文件规定每月检查一次。'],
  ['数据实例: a vague count (不止两个)', data, '这种情况我们见得多了，不止两个。'],
  ['数据实例: a target scale (力争…破万)', data, '力争点赞破万。'],
  ['数据实例: a target scale (目标是…突破百万)', data, '目标是播放量突破百万。'],
];

describe('review, session 10: sentences just outside the new 主体责任, 具体措施 and 数据实例 classes', () => {
  for (const [what, test, s] of OTHERS) it(`${what}: ${s}`, () => expect(test({ text: s })).toBeNull());
});

const missing = (lines: string[]) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false }))
    .filter((v) => v.status === 'missing')
    .map((v) => v.element);

describe('review, session 10: a report whose only "outcomes" are failures lacks 取得成效', () => {
  it('a 文化站 report: not shortlisted, last place, nobody came', () => {
    expect(
      missing([
        '清河镇文化站关于2026年文化惠民活动的情况说明',
        '文化站站长周海燕负责此项工作。',
        '依据县文旅局《关于开展2026年文化惠民活动的通知》（清文旅〔2026〕7号），我站组织送戏下乡和文化讲座。',
        '全年送戏下乡8场，举办讲座3次。',
        '讲座开了三次，一个听课的都没有。',
        '我站项目没有入围全国志愿服务项目大赛。',
        '综合考评我镇拿了倒数第一。',
        '清河镇文化站',
        '2026年11月28日',
      ]),
    ).toContain('取得成效');
  });
});
