/**
 * Session 21 (genre21): whose voice and what kind of text, decided once per document and per part (src/text/element-genre.ts)
 * and read by every element in one place (elementEvidence). Each principle in general terms, with rows just inside, on and
 * just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - an instrument (a notice issued, a plan, a 预案 …) assigns: its action is no measure until told done; an account nested in
 *   it (落实情况 / 演练总结) is an account; the unit's own leading group it names is still 主体责任;
 * - a quoted part (a superior's form: 问题描述 / 整改要求) is nobody's claim; the unit's 办理情况 beside it is its account;
 * - a general part (a paper's 外地经验, 现状分析, 对策建议) is the unit's only where it names the unit, and its told-done sentences
 *   after that; a paper is known by its apparatus (two of 摘要 / 关键词 / 参考文献), not by one key;
 * - 部署文件 is read in every kind: a plan cited is cited wherever it stands;
 * - the parties to an agreement are one list (element-parties.ts), the counterparty every side but the principal's.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { documentGenre, genres, toldSo } from '../../src/text/element-genre.js';
import { AGREEMENT_PARTIES, COUNTERPARTY, PARTY, sideOfUnit } from '../../src/text/element-parties.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
/** The sentences (their text) giving an element. */
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const NOTICE = '清河县文明办关于开展“文明交通”志愿服务活动的通知';
const ACCOUNT = '清河县文明办关于“文明交通”志愿服务活动的情况说明';
const ACT = '组织志愿者在人民广场、解放路口开展文明交通劝导。';

describe('session 21: an instrument assigns; its action is no measure until told done', () => {
  it('inside: a notice\'s 活动内容 gives no 具体措施', () => {
    expect(found([NOTICE, '一、活动时间', '3月5日至3月31日。', '二、活动内容', ACT, '三、工作要求', '各股室要高度重视。'], '具体措施')).toEqual([]);
  });
  it('on the line: the same action told done (已…) in the notice is a measure', () => {
    expect(found([NOTICE, '一、活动内容', `已${ACT}`], '具体措施')).toEqual([`已${ACT}`]);
  });
  it('just outside: the same action in an account (…情况说明) is a measure', () => {
    expect(found([ACCOUNT, '一、活动内容', ACT], '具体措施')).toEqual([ACT]);
  });
  it('an account nested in the instrument (落实情况) is an account', () => {
    const done = '3月5日，我办组织志愿者在人民广场开展文明交通劝导，劝导行人320人次。';
    expect(found([NOTICE, '一、活动内容', ACT, '四、落实情况', done], '具体措施')).toEqual([done]);
    expect(found([NOTICE, '一、活动内容', ACT, '四、落实情况', done], '数据实例')).toEqual([done]);
  });
  it('a 预案 naming the unit\'s own leading group gives 主体责任; its steps no measure, its 演练总结 one', () => {
    const plan = ['清河县应急管理局防汛应急预案', '一、组织机构及职责', '成立防汛应急领导小组，局长王强任组长，分管副局长任副组长。', '二、应急响应', '接到预警后，各股室立即组织人员转移群众。'];
    expect(found(plan, '主体责任')).toEqual(['成立防汛应急领导小组，局长王强任组长，分管副局长任副组长。']);
    expect(found(plan, '具体措施')).toEqual([]);
    const drill = '6月12日，我局组织防汛应急演练，参演人员86人。';
    expect(found([...plan, '三、演练总结', drill], '具体措施')).toEqual([drill]);
  });
  it('told so: the perfective, a time since, an event held on its date; not a date fixed ahead', () => {
    expect(toldSo('（一）今年春节前，已在城区中心广场设立法治宣传栏。')).toBe(true);
    expect(toldSo('2026年春季以来，我馆在少儿阅览区开辟亲子共读角。')).toBe(true);
    expect(toldSo('本次活动于7月12日上午在社区广场举行。')).toBe(true);
    expect(toldSo('活动定于7月12日上午在社区广场举行。')).toBe(false);
    expect(toldSo('县科协于2月印发科普志愿服务工作制度。')).toBe(true);
    expect(toldSo('各股室于3月10日前完成自查。')).toBe(false);
    expect(toldSo('全年抢修管网漏点418处。')).toBe(true);
    expect(toldSo('全年不少于12场。')).toBe(false);
    expect(toldSo('6月12日，医院组织消防应急疏散演练，参演职工86人。')).toBe(true);
    expect(toldSo('各村参加人员2名。')).toBe(false);
    expect(toldSo('组织志愿者在社区广场开展宣传。')).toBe(false);
  });
});

describe('session 21: a quoted part is nobody\'s claim', () => {
  const title = '清河县住建局关于城区违建问题督办单的办理情况报告';
  const problem = '问题描述：城区部分小区存在违法搭建，未组织开展集中整治，拆除违建0处。';
  const demand = '整改要求：组织开展集中整治，拆除违建，于6月底前报送整改结果。';
  const reply = '办理情况：我局组织执法队员对12个小区开展集中整治，拆除违建38处。';
  it('inside: the superior\'s 问题描述 and 整改要求 give no measure and no data', () => {
    expect(found([title, problem, demand], '具体措施')).toEqual([]);
    expect(found([title, problem, demand], '数据实例')).toEqual([]);
  });
  it('just outside: the unit\'s 办理情况 beside them is its account', () => {
    expect(found([title, problem, demand, reply], '具体措施')).toEqual([reply]);
  });
  it('a key naming no kind after a quoted field (整改措施：…) is the unit\'s answer again', () => {
    const measure = '整改措施：城管执法中队每天早晚两次巡查人民路，现场劝导占道经营摊主。';
    expect(found([title, problem, demand, measure], '具体措施')).toEqual([measure]);
  });
  it('a plan cited in the quoted part is still cited (部署文件 reads every kind)', () => {
    const cited = '整改要求：按照《清河县违法建设治理专项行动方案》组织集中整治。';
    expect(found([title, cited], '部署文件')).toEqual([cited]);
  });
});

describe('session 21: a general part is the unit\'s only where it names the unit', () => {
  const head = ['县城老旧小区物业管理的困境与出路', '摘要：本文分析县城老旧小区物业管理困境。', '关键词：物业管理；老旧小区'];
  const elsewhere = '有研究介绍，东部某市推行红色物业后，小区物业投诉量下降了近六成，居民满意度明显提升。';
  it('inside: another place\'s outcome in a paper\'s part gives no 取得成效', () => {
    expect(found([...head, '一、外地经验', elsewhere], '取得成效')).toEqual([]);
  });
  it('on the line: a sentence naming the unit (以我局为例) counts, and the told-done sentences after it in its part', () => {
    const before = '小区物业投诉量比去年下降了三成。';
    const lines = [...head, '一、现状分析', before, '以我局为例，今年组织物业企业培训2期、140人次。', '城区小区物业投诉量比去年下降了两成。'];
    expect(found(lines, '取得成效')).toEqual(['城区小区物业投诉量比去年下降了两成。']);
    expect(found(lines, '具体措施')).toEqual(['以我局为例，今年组织物业企业培训2期、140人次。']);
  });
  it('a part headed by the unit\'s own work (我局的工作) is its account', () => {
    const own = '经过整治，城区小区物业投诉量比去年下降了三成。';
    expect(found([...head, '一、外地经验', elsewhere, '二、我局的工作', own], '取得成效')).toEqual([own]);
  });
  it('a paper is known by two of 摘要 / 关键词 / 参考文献; one 摘要 line alone leaves the report an account', () => {
    expect(documentGenre(seg(head))).toBe('general');
    expect(documentGenre(seg(head.slice(0, 2)))).toBe('account');
    expect(genres(seg([...head.slice(0, 2), '一、工作情况', before()])).sentence.at(-1)).toBe('account');
    function before() {
      return '小区物业投诉量比去年下降了三成。';
    }
  });
  it('the unit named by its own name or kind word (a school\'s 学校 / a 村\'s 村里), not only by 我 / 本', () => {
    const school = ['县实验小学文明校园建设的实践', '摘要：本文介绍实践。', '关键词：文明校园', '一、路径与思考', '学校组建红领巾志愿队，组织学生在校门口开展文明劝导。'];
    expect(found(school, '具体措施')).toEqual(['学校组建红领巾志愿队，组织学生在校门口开展文明劝导。']);
  });
});

describe('session 21: a quiz\'s answers are general knowledge; its account beside them is the unit\'s', () => {
  const title = '清河县市场监督管理局农贸市场应知应会问答及使用情况';
  const answer = '答：组织摊主在市场内设置公平秤，明码标价。';
  const used = '我局组织摊主在市场内设置公平秤12台，明码标价。';
  it('inside: an answer line (答：…) gives no measure', () => {
    expect(found([title, '问：市场怎样做到计量公平？', answer], '具体措施')).toEqual([]);
  });
  it('just outside: the unit\'s own line in the same document is a measure', () => {
    expect(found([title, '问：市场怎样做到计量公平？', answer, used], '具体措施')).toEqual([used]);
  });
  it('a title that names no quiz leaves a line keyed 答： an account (an interview: 关于…工作的问答)', () => {
    expect(found(['清河县市场监督管理局关于农贸市场管理工作的问答', '问：你局做了哪些工作？', answer], '具体措施')).toEqual([answer]);
  });
});

describe('session 21: the parties to an agreement, one list', () => {
  it('PARTY holds every side; the counterparty every side but the principal\'s', () => {
    for (const p of AGREEMENT_PARTIES) expect(new RegExp(PARTY).test(p)).toBe(true);
    expect(COUNTERPARTY.test('乙方项目经理负责')).toBe(true);
    expect(COUNTERPARTY.test('合作单位负责人负责')).toBe(true);
    expect(COUNTERPARTY.test('甲方负责监督')).toBe(false);
    expect(COUNTERPARTY.test('委托方负责验收')).toBe(false);
  });
  it('the unit\'s side: the line naming it, else 甲方', () => {
    expect(sideOfUnit([{ text: '清河县城市管理局背街小巷保洁服务合同' }, { text: '甲方：清河县城市管理局' }, { text: '乙方：清河县洁美保洁有限公司' }])).toBe('甲方');
    expect(sideOfUnit([{ text: '清河县洁美保洁有限公司保洁服务合同履约情况' }, { text: '甲方：清河县城市管理局' }, { text: '乙方：清河县洁美保洁有限公司' }])).toBe('乙方');
  });
});
