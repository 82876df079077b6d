/**
 * Session 22 (parties22): whose text and whose deed. Hand-written rows (not taken from fixtures/elements/), each just inside,
 * on and just outside its line:
 * - a joint report (its title and signature name two or three bodies): the first named is the unit; a partner's own leader,
 *   team or deed is not the unit's; a deed done jointly (两家 / 联合检查组 / the partner with the unit) is; a charge held jointly
 *   with a leader of each is each one's (src/text/element-parties.ts jointHead / opensWithPartner; element-responsibility.ts);
 * - a superior's notice forwarded and named back as the subject of what it says (通知要求，… / 通知明确，…) is the notice's;
 *   the unit acting on it (按照通知要求，我局…) is the unit's (element-genre.ts noticeSays, QUOTED_HEAD);
 * - the lines of a work of art (a heading or key 台词节选 / 唱词 / 作品节选, speaker lines) and its plot told (小品讲述…) are art,
 *   not claims; the 演出情况 told done is the unit's account (element-genre.ts artHead, ART_LINE, PLOT).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { jointHead } from '../../src/text/element-parties.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

describe('session 22: the bodies a joint report names', () => {
  it('two bodies before 关于, with or without the space between them: the first is the unit', () => {
    expect(jointHead('桃源县林业局 桃源县公安局关于联合开展护鸟行动的说明')).toEqual({ unit: '桃源县林业局', partners: ['桃源县公安局'] });
    expect(jointHead('桃源县林业局桃源县公安局关于联合开展护鸟行动的说明')).toEqual({ unit: '桃源县林业局', partners: ['桃源县公安局'] });
  });
  it('a town\'s government and a station named by the town; three bodies before a year', () => {
    expect(jointHead('石桥镇人民政府石桥派出所关于集镇秩序整治的总结')?.partners).toEqual(['石桥派出所']);
    expect(jointHead('桃源县商务局 县公安局南关派出所 县交警大队南关中队2026年夜市秩序联合工作总结')?.partners).toEqual(['县公安局南关派出所', '县交警大队南关中队']);
  });
  it('just outside: one body down its chain is one body (国家税务总局…县税务局 / …公司…分公司 / …联合会机关党支部 / 转发…)', () => {
    expect(jointHead('国家税务总局桃源县税务局关于办税服务的说明')).toBeNull();
    expect(jointHead('中国邮政集团有限公司桃源县分公司关于窗口服务的说明')).toBeNull();
    expect(jointHead('桃源县妇女联合会机关党支部2026年工作总结')).toBeNull();
    expect(jointHead('共青团桃源县委员会转发团市委“志愿服务月”活动通知的工作总结')).toBeNull();
    expect(jointHead('桃源县公安局交通警察大队关于文明交通的说明')).toBeNull();
  });
});

const JOINT = '桃源县林业局 桃源县公安局关于联合开展护鸟行动的说明';
const SIGN = '桃源县林业局　桃源县公安局';

describe('session 22: a partner\'s one in charge is not the unit\'s', () => {
  it('inside: the partner\'s deputy head named in charge gives the unit no 主体责任', () => {
    expect(found([JOINT, '一、组织情况', '县公安局方面由分管副局长韩立负总责，治安大队承担夜间巡查。', SIGN], '主体责任')).toEqual([]);
    expect(found([JOINT, '一、组织情况', '公安局成立护鸟工作专班，由公安局副局长韩立任组长。', SIGN], '主体责任')).toEqual([]);
  });
  it('on the line: the unit\'s own deputy head is its 主体责任', () => {
    const own = '县林业局由分管副局长罗敏负总责，资源股承担日常巡护。';
    expect(found([JOINT, '一、组织情况', own, SIGN], '主体责任')).toEqual([own]);
  });
  it('just outside: a charge held jointly with a leader of each is the unit\'s too', () => {
    const both = '县林业局副局长罗敏与县公安局副局长韩立共同负责，两局分别明确一个股室联络。';
    expect(found([JOINT, '一、组织情况', both, SIGN], '主体责任')).toEqual([both]);
  });
  it('just outside: in a report of one body the rule names no partner (what other rules make of the body is theirs)', () => {
    const s = seg(['桃源县林业局关于开展护鸟行动的说明', '一、组织情况', '县公安局方面由分管副局长韩立负总责。']);
    expect(jointHead(s.sentences[0]!.text)).toBeNull();
  });
});

describe('session 22: a partner\'s deed alone is not the unit\'s measure; a joint deed is', () => {
  const partner = '县公安局对城区花鸟市场开展了专项检查，查处非法售鸟行为3起。';
  it('inside: the partner\'s deed alone', () => {
    expect(found([JOINT, '一、主要做法', '县林业局高度重视，积极配合。', partner, SIGN], '具体措施')).toEqual([]);
  });
  it('on the line: the two together (两家联合…) and the partner with the unit', () => {
    const both = '两家联合对城区花鸟市场开展了专项检查，查处非法售鸟行为3起。';
    expect(found([JOINT, '一、主要做法', both, SIGN], '具体措施')).toEqual([both]);
    const withUnit = '县公安局会同县林业局对城区花鸟市场开展了专项检查。';
    expect(found([JOINT, '一、主要做法', withUnit, SIGN], '具体措施')).toEqual([withUnit]);
  });
  it('just outside: the unit\'s own deed', () => {
    const own = '县林业局在湿地公园设置护鸟宣传牌12块。';
    expect(found([JOINT, '一、主要做法', own, partner, SIGN], '具体措施')).toEqual([own]);
  });
});

const FORWARD = '桃源县水利局关于转发县河长办河道保洁通知的说明';
describe('session 22: a superior\'s notice named back as the subject of what it says', () => {
  it('inside: 通知明确，… names the superior\'s group, not the unit\'s', () => {
    expect(found([FORWARD, '一、转发情况', '我局于3月将通知转发至各水利站。', '通知明确，县河长办成立河道保洁工作领导小组，由县河长办主任任组长。'], '主体责任')).toEqual([]);
  });
  it('inside: 通知要求，… lists the notice\'s tasks and targets, no measure and no outcome', () => {
    const says = '通知要求，各水利站每周巡河一次，在河岸设置保洁提示牌，年内河道满意度明显提升。';
    expect(found([FORWARD, '一、通知内容', says], '具体措施')).toEqual([]);
    expect(found([FORWARD, '一、转发情况', says], '取得成效')).toEqual([]);
  });
  it('on the line: a heading naming the notice\'s content (二、通知要点) makes its part the notice\'s', () => {
    expect(found([FORWARD, '一、通知要点', '县河长办成立河道保洁工作领导小组，由县河长办主任任组长。'], '主体责任')).toEqual([]);
  });
  it('just outside: the unit acting on the notice (按照通知要求，我局…) is its own', () => {
    const own = '按照通知要求，我局组织各水利站在河岸设置保洁提示牌30块。';
    expect(found([FORWARD, '一、落实情况', own], '具体措施')).toEqual([own]);
  });
});

const ART = '桃源县林业局快板《护鸟谣》创作演出说明';
describe('session 22: a work of art\'s lines and plot are art, not claims', () => {
  it('inside: lines under 唱词节选 give no 主体责任 and no outcome', () => {
    const lines = [ART, '一、唱词节选', '甲：局长挂帅来带头，', '乙：群众个个都满意！', '甲：林中鸟儿乐悠悠，', '二、演出情况', '节目于5月在湿地公园演出2场。'];
    expect(found(lines, '主体责任')).toEqual([]);
    expect(found(lines, '取得成效')).toEqual([]);
  });
  it('inside: a key 台词节选： holds the speaker lines after it; the prose after them is the account again', () => {
    const done = '5月至6月，我局在湿地公园和城区广场演出4场，现场观众约900人次。';
    const lines = [ART, '一、编演情况', '台词节选：', '甲：局长挂帅来带头，', '乙：林中鸟儿乐悠悠！', done];
    expect(found(lines, '主体责任')).toEqual([]);
    expect(found(lines, '具体措施')).toEqual([done]);
  });
  it('on the line: the plot told (快板讲述…) is the work\'s story', () => {
    expect(found([ART, '一、创作情况', '快板讲述护林员老张巡山救下受伤白鹭的故事，表现了人与自然和谐相处。'], '具体措施')).toEqual([]);
  });
  it('just outside: the unit staging it, told done, is its measure', () => {
    const staged = '我局组织护林员在湿地公园演出快板《护鸟谣》3场。';
    expect(found([ART, '一、演出情况', staged], '具体措施')).toEqual([staged]);
  });
});
