/**
 * The five element tests, each at its boundary: clearly inside, just on the line, just outside
 * (issue 11, "What counts as an element"). Dev sentences written for these tests; the labelled
 * corpus lives in fixtures/elements/ and is measured by `npm run eval:elements`.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { documents } from '../../src/text/element-documents.js';
import { measures } from '../../src/text/element-measures.js';
import { data } from '../../src/text/element-data.js';
import { results } from '../../src/text/element-results.js';
import type { ElementTest } from '../../src/text/element-shared.js';

type Case = [string, string];
function table(test: ElementTest, yes: Case[], no: Case[]) {
  it.each(yes)('counts (%s): %s', (_why, text) => expect(test({ text })).not.toBeNull());
  it.each(no)('does not count (%s): %s', (_why, text) => expect(test({ text })).toBeNull());
}

describe('主体责任', () => {
  table(
    responsibility,
    [
      ['inside: leading group with its head', '我局成立了以局长为组长、分管副局长为副组长的创建工作领导小组。'],
      ['inside: leadership line', '由局长负总责、分管副局长具体抓，确保各项任务落到实处。'],
      ['on: first responsible person', '局主要负责同志为第一责任人。'],
      ['on: lead office', '办公室作为牵头股室统筹推进日常工作。'],
      ['on: a named person assigned', '明确专人负责资料收集和报送。'],
      ['on: task force set up', '组建创建工作专班，实行周调度。'],
    ],
    [
      ['outside: 高度重视 alone', '我局高度重视未成年人思想道德建设工作，将其摆上重要议事日程。'],
      ['outside: the unit as subject', '县市场监管局负责全县食品安全监管，认真履行部门职责。'],
      ['outside: residents organise themselves', '小区居民自发成立志愿服务工作组，由退休党员任组长。'],
      ['outside: the words alone', '我局切实落实主体责任，压实工作责任。'],
    ],
  );
});

describe('部署文件', () => {
  table(
    documents,
    [
      ['inside: title and 文号', '按照《清河县“我们的节日”主题活动实施方案》（县创文办〔2025〕12号）要求部署。'],
      ['on: title without 文号', '我局印发了《关于开展文明餐桌行动的通知》。'],
      ['on: 文号 alone', '根据县文明委〔2025〕3号文件精神，制定了本单位任务分工。'],
      ['on: key points', '对照《2025年全县精神文明建设工作要点》逐项落实。'],
    ],
    [
      ['outside: higher-level requirements only', '按照上级要求，我局认真贯彻落实有关文件精神。'],
      ['outside: a book', '组织干部职工学习《习近平谈治国理政》和《弟子规》。'],
      ['outside: a song and a film', '合唱《我和我的祖国》，观看影片《长津湖》。'],
      ['outside: an attached register', '活动情况详见附件《我们的节日活动登记表》。'],
      ['outside: a year in brackets is not a 文号', '全年（2025）共开展活动多次。'],
    ],
  );
});

describe('具体措施', () => {
  table(
    measures,
    [
      ['inside: a named activity', '组织开展“我们的节日·端午”经典诵读活动。'],
      ['inside: a mechanism', '建立节日活动常态化工作机制，每季度通报一次。'],
      ['on: an inspection with its object', '开展校园周边食品安全专项检查。'],
      ['on: a facility', '在城区主干道设置公益广告宣传栏。'],
      ['on: a training', '举办消防安全业务培训班。'],
      ['on: a quoted campaign', '“文明餐桌”行动覆盖全县餐饮门店。'],
    ],
    [
      ['outside: stock phrases', '一是加强领导，精心组织；二是有序推进，狠抓落实；三是强化宣传，营造浓厚氛围。'],
      ['outside: generic activities with a count', '全年共开展各类活动36场。'],
      ['outside: generic publicity', '广泛开展形式多样的宣传活动。'],
      ['outside: setting up the leading group', '成立由局长任组长的创建工作领导小组。'],
      ['outside: an intention', '下一步将继续开展经典诵读活动。'],
      ['outside: a state reached', '全县文明氛围日益浓厚。'],
    ],
  );
  it('claims nothing under 下一步 or 存在问题', () => {
    expect(measures({ text: '开展经典诵读活动。', role: 'plans' })).toBeNull();
    expect(measures({ text: '开展经典诵读活动。', role: 'problems' })).toBeNull();
  });
});

describe('数据实例', () => {
  table(
    data,
    [
      ['inside: counts with units', '全年开展活动36场，参与群众1.2万人次。'],
      ['on: a percentage', '群众知晓率为96%。'],
      ['on: Chinese numerals', '共举办讲座十二场。'],
      ['on: money', '投入经费5.5万元。'],
    ],
    [
      ['outside: year and date', '2025年6月12日，我局召开会议。'],
      ['outside: 文号', '按照县创文办〔2025〕12号文件执行。'],
      ['outside: ordinals and names', '在县第一中学举办第3期活动。'],
      ['outside: a hotline', '开通12345热线受理群众反映。'],
      ['outside: a pointer to an attachment', '具体数据详见附件1，见附表2。'],
      ['outside: 一 as an article', '开展一次集中宣传。'],
    ],
  );
});

describe('取得成效', () => {
  table(
    results,
    [
      ['inside: an improvement', '通过系列活动，师生文明素养明显提升。'],
      ['inside: a recognition', '我局被评为全县创建工作先进单位。'],
      ['on: satisfaction reached', '群众满意度达到96.5%。'],
      ['on: qualitative effect on people', '家长纷纷点赞，节日教育深入人心。'],
      ['on: year-on-year', '投诉量同比下降12%。'],
    ],
    [
      ['outside: a target', '力争到年底群众满意度达到95%以上。'],
      ['outside: an intention', '确保各项工作取得实效。'],
      ['outside: 成效 in a shortcoming', '部分活动成效还不够明显。'],
      ['outside: counts of activities and participants', '全年开展活动36场，参与群众1.2万人次。'],
      ['outside: a purpose clause', '为进一步提升市民文明素养，开展文明交通劝导。'],
      ['outside: a shortcoming admitting some result', '虽取得一定成效，但与群众期待仍有差距。'],
    ],
  );
  it('claims nothing under 存在问题 or 下一步', () => {
    expect(results({ text: '群众满意度明显提升。', role: 'problems' })).toBeNull();
    expect(results({ text: '群众满意度明显提升。', role: 'plans' })).toBeNull();
  });
});
