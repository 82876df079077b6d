/**
 * Session 29 (present29): elements plainly present that the rules did not see, fixed by shape across registers, each rule with
 * sentences just inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - 主体责任: a named person of the unit assigned to a section, a point or a post (…任…段级河长 / 段长 / 路长 / 点位长 / 站长 /
 *   包保责任人, or the post with its holder's name); a named head sending a named member on the task (指派…负责); the unit's
 *   负责人 named taking the whole charge (负总责 / 具体负责);
 * - 具体措施: a log's row, its cells read as columns of their own: the party a problem cell names does not act in the next cell.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';

const report = (title: string, ...body: string[]) => [title, ...body];

describe('session 29: a named person assigned to a section, a point or a post', () => {
  const title = '# 柏树镇6月份护渠工作小结';
  it('inside: a role with its holder named to a section\'s post, the place between', () => {
    expect(found(report(title, '镇党委副书记罗永安任白沙渠柏树段镇级渠长，负责督促沿渠各村落实保洁。'), '主体责任')).not.toEqual([]);
    expect(found(report(title, '村委会副主任蒋丽萍任杏花村东头至老磨坊段村级河长。'), '主体责任')).not.toEqual([]);
    expect(found(report('# 城南街道文明劝导工作情况', '街道办事处副主任汤建军为和平路与建设路交叉口点位长，每天早晚高峰到岗。'), '主体责任')).not.toEqual([]);
    expect(found(report('# 城南街道文明劝导工作情况', '街道武装部长欧阳平担任长青路路长，统筹沿街商户门前秩序。'), '主体责任')).not.toEqual([]);
  });
  it('on: the post named with its holder right after it, acting', () => {
    expect(found(report(title, '白沙渠镇级渠长、副镇长邝志明本月巡渠4次。'), '主体责任')).not.toEqual([]);
    expect(found(report(title, '村支书、村级河长宁德顺带领保洁员清理了渠底淤泥。'), '主体责任')).not.toEqual([]);
  });
  it('outside: the post without a holder named, the post\'s office, or a resident\'s post', () => {
    expect(found(report(title, '各村都明确了村级河长，渠长制办公室汇总了台账。'), '主体责任')).toEqual([]);
    expect(found(report(title, '本月镇河长办主任到县里参加了培训。'), '主体责任')).toEqual([]);
    expect(found(report(title, '沿渠居民推选退休教师邓敏为义务渠长。'), '主体责任')).toEqual([]);
  });
});

describe('session 29: a named head sends a named member on the task', () => {
  const title = '# 杉木乡司法所邻里纠纷调处情况说明';
  it('inside: the head named, the member named, the charge given', () => {
    expect(found(report(title, '所长喻春林指派人民调解员黎晓东负责这起宅基地纠纷。'), '主体责任')).not.toEqual([]);
    expect(found(report(title, '专职调解员宋佳受村党支部书记龚德华指派负责该案。'), '主体责任')).not.toEqual([]);
  });
  it('outside: a head sending someone with no charge given, or the parties choosing', () => {
    expect(found(report(title, '所长喻春林安排人民调解员黎晓东到现场看了看。'), '主体责任')).toEqual([]);
    expect(found(report(title, '双方当事人共同推选邻居邓老伯为说和人。'), '主体责任')).toEqual([]);
  });
});

describe('session 29: the unit\'s 负责人 named taking the whole charge', () => {
  const title = '# 新桥农贸市场夏季灭蚊工作说明';
  it('inside: a 负责人 with the holder named, 负总责 or 具体负责', () => {
    expect(found(report(title, '市场负责人潘志刚对市场灭蚊工作负总责，市场管理办具体落实。'), '主体责任')).not.toEqual([]);
    expect(found(report('# 县不动产登记中心便民窗口工作说明', '中心分管副主任卢建国分管窗口，窗口负责人阎芳具体负责帮办代办。'), '主体责任')).not.toEqual([]);
  });
  it('outside: the 负责人 with no holder named, or another party\'s head owning its own', () => {
    expect(found(report(title, '市场负责人表示一定配合做好灭蚊工作。'), '主体责任')).toEqual([]);
    expect(found(report(title, '各经营户负责人对本摊位卫生负总责。'), '主体责任')).toEqual([]);
  });
});

describe('session 29: a log row\'s cells are columns of their own', () => {
  const title = '# 松林村松林溪巡河日志（2026年8月）';
  const header = '河段｜巡查时间｜河长｜发现问题｜处理';
  it('inside: the 处理 cell after a problem cell naming an offender is the unit\'s deed', () => {
    expect(found(report(title, header, '石拱桥至水碾房｜8月6日上午｜柯永福｜有人往溪里倒建筑垃圾｜当场找到倾倒人，责令其运走，并在桥头立了警示牌'), '具体措施')).not.toEqual([]);
  });
  it('on: a problem cell alone, the 处理 cell empty, is no deed', () => {
    expect(found(report(title, header, '石拱桥至水碾房｜8月13日上午｜柯永福｜有人往溪里倒建筑垃圾｜——'), '具体措施')).toEqual([]);
  });
  it('outside: the offender\'s own clean-up in one clause is still the offender\'s', () => {
    expect(found(report(title, header, '石拱桥至水碾房｜8月20日上午｜柯永福｜无异常｜养殖户自行清理了溪边粪堆'), '具体措施')).toEqual([]);
  });
});

describe('session 29: a prize the unit gave out is no outcome, an honour won from a higher body is one', () => {
  const title = '# 县自来水公司工会职工技能比武情况';
  it('outside: the winners of the unit\'s own contest, given their prizes or shown', () => {
    expect(found(report(title, '公司工会为获奖职工发放奖金共0.6万元，颁发荣誉证书9本。'), '取得成效')).toEqual([]);
    expect(found(report(title, '向获评“节水标兵”的家庭赠送了节水器具。'), '取得成效')).toEqual([]);
    expect(found(report(title, '比武结束后在办公楼大厅展出获奖作品。'), '取得成效')).toEqual([]);
  });
  it('on: the unit handing out its own 获奖证书 to the winners', () => {
    expect(found(report(title, '公司工会对一等奖获得者颁发获奖证书。'), '取得成效')).toEqual([]);
  });
  it('inside: the unit itself winning, or given a prize by a higher body', () => {
    expect(found(report(title, '我公司代表队在全市供水行业技能竞赛中获得团体二等奖。'), '取得成效')).not.toEqual([]);
    expect(found(report(title, '市总工会向我公司颁发了获奖证书。'), '取得成效')).not.toEqual([]);
  });
});
