/**
 * Session 18, 具体措施 (issue 11: a measure is an action the unit TOOK). The sixteenth set's speeches passed not because a
 * demand (要…) was read as done — the modal rule held — but because the text's own act was read as a deed (下面，我讲三点
 * 意见: 讲 + 三点意见) and because a speech's numbered headings, holding a comma, were glued onto their paragraphs
 * (二、立足当前，任务十分繁重 + 要在… read 繁重要在: 重要, no modal). The rest of the slices gave a future with 准备, a form's
 * prompt, a demand running past its clause (方案要求…，把…), a copula's description and two nouns read as verbs. Each
 * principle has rows just inside, on and just outside its line, in this test's own words (not from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

function evidence(lines: string[], styled: string[] = []): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const MEASURE = '具体措施';
const has = (lines: string[]) => (evidence(lines)[MEASURE] ?? []).length > 0;
const T = '在全县文旅系统创建文明城市推进会上的讲话';

describe('session 18: the text’s own act (我讲三点意见) is no deed of the unit’s', () => {
  it('a verb of saying with the text’s own parts (N点 / 几个方面 / 如下) as its object performs the speech', () => {
    expect(has([T, '下面，我讲三点意见。'])).toBe(false);
    expect(has([T, '我讲几点。'])).toBe(false);
    expect(has([T, '下面，我向大家汇报两个方面的情况。'])).toBe(false);
    expect(has([T, '结合学习，谈几点体会。'])).toBe(false);
  });
  it('just outside: a talk given, counted in sessions (讲了三堂课) or by someone invited, is work done', () => {
    expect(has([T, '我们邀请退休教师给学生讲了三堂防诈骗课。'])).toBe(true);
    expect(has([T, '下面，我讲三点意见。', '今年以来，局里在景区设置志愿服务岗12个。'])).toBe(true);
  });
});

describe('session 18: mood — 准备 before a verb of doing is the future, as 将 is', () => {
  it('准备 + a verb of doing (准备推出 / 准备推行) is a plan', () => {
    expect(has(['档案馆窗口人员的学习体会', '接下来，馆里准备推出预约查档和延时服务。'])).toBe(false);
    expect(has(['档案馆窗口人员的学习体会', '中心准备推行“节能随手做”倡议。'])).toBe(false);
  });
  it('just outside: 准备工作 / 做好准备 is no future, the deed after it counts', () => {
    expect(has(['档案馆窗口人员的学习体会', '为做好迎检准备，馆里推出了预约查档和延时服务。'])).toBe(true);
    expect(has(['档案馆窗口人员的学习体会', '准备工作就绪后，馆里推出了预约查档和延时服务。'])).toBe(true);
  });
});

describe('session 18: a form’s prompt to whoever fills it is no deed', () => {
  it('a bracket opening with a verb of filling in (请列举… / 填写…) and its examples', () => {
    expect(has(['白沙县司法局关于社区矫正工作的说明', '（请列举具体措施，如结对帮扶、心理辅导、亲情通话等）'])).toBe(false);
    expect(has(['白沙县司法局关于社区矫正工作的说明', '【填写开展的活动，如志愿服务、知识讲座等】'])).toBe(false);
  });
  it('just outside: a bracket that is no prompt (（见附件2）) leaves the deed', () => {
    expect(has(['白沙县司法局关于社区矫正工作的说明', '对社区矫正对象开展结对帮扶（见附件2）。'])).toBe(true);
  });
});

describe('session 18: mood — what a document or person requires is a demand to its part’s end', () => {
  const R = '白沙县政务服务中心窗口人员的学习体会';
  it('要求 governs the clauses after it (方案要求…，统一张贴…)', () => {
    expect(has([R, '方案要求各窗口规范服务用语，统一张贴服务公约。'])).toBe(false);
  });
  it('just outside: a clause telling a deed (了 / a count) ends the demand; 按照…要求 is the unit acting on it', () => {
    expect(has([R, '方案要求各窗口规范服务用语，中心统一张贴了服务公约。'])).toBe(true);
    expect(has([R, '按照方案要求，各窗口统一张贴服务公约。'])).toBe(true);
  });
});

describe('session 18: a description by a copula names no deed', () => {
  it('a verb inside the 的-phrase a copula predicates (是展示…的窗口 / 是开展…的主阵地) names a use', () => {
    expect(has(['白沙县交通运输局关于公交文明创建的说明', '公共交通是展示城市文明形象的重要窗口。'])).toBe(false);
    expect(has(['白沙县文化和旅游局关于全民阅读的说明', '图书馆是开展全民阅读推广的主阵地。'])).toBe(false);
  });
  it('just outside: 于是 / 特别是 are no copula, and 了 in the clause tells a deed', () => {
    expect(has(['白沙县文化和旅游局关于全民阅读的说明', '于是开展“亲子共读”的活动。'])).toBe(true);
    expect(has(['白沙县文化和旅游局关于全民阅读的说明', '图书馆是今年开展了“亲子共读”活动的单位。'])).toBe(true);
  });
});

describe('session 18: nouns read as verbs', () => {
  it('违法建设 / 非法建设 names a wrongdoing (like 违章 / 私自), not a building put up', () => {
    expect(has(['白沙县自然资源局关于违法用地整治的说明', '城区范围内违法建设台账在册43处。'])).toBe(false);
    expect(has(['白沙县自然资源局关于违法用地整治的说明', '今年拆除违法建筑43处，面积约2100平方米。'])).toBe(true);
  });
  it('瓶装 / 袋装 is a package, 装 no verb; 安装 is one', () => {
    expect(has(['一图读懂｜燃气安全', '家底：城区燃气用户6.8万户｜瓶装液化气供应站11个'])).toBe(false);
    expect(has(['一图读懂｜燃气安全', '为餐饮商户安装燃气报警器1100个'])).toBe(true);
  });
});

describe('session 18 (after the generalisation check, 表彰决定): 决定 + a verb is a decision, not a deed', () => {
  const D = '白沙县园林局关于表彰城市绿化工作先进集体和先进个人的决定';
  it('决定 before a verb of doing or conferring (决定授予…称号 / 决定在全县开展…) is the decision itself or what is to be done', () => {
    expect(has([D, '经局党组研究，决定授予县园林绿化服务中心“城市绿化工作先进集体”称号。'])).toBe(false);
    expect(has([D, '局党组决定在全县开展“文明餐桌”行动。'])).toBe(false);
  });
  it('just outside: the perfective after it tells the deed decided and done; 决定书 is a document handed over', () => {
    expect(has([D, '局党组决定开展了“文明餐桌”行动。'])).toBe(true);
    expect(has([D, '局党组研究决定，在全县开展了“文明餐桌”行动。'])).toBe(true);
    expect(has(['白沙县市场监管局关于食品安全工作的说明', '对违规商户下达整改通知书12份，送达行政处罚决定书5份。'])).toBe(true);
  });
});

describe('session 18 (after the generalisation check): attribution lines and a verb of relation name no deed', () => {
  const S = '白沙县住建局关于城市建设情况的统计分析';
  it('a line keyed 数据来源： / 来源： / 制图： / 审核： names who supplied or drew the text', () => {
    expect(has([S, '数据来源：县住建局城建档案、县公安局车管所。'])).toBe(false);
    expect(has([S, '设计：县文化馆｜审核：县文明办'])).toBe(false);
  });
  it('just outside: the same verbs opening a sentence (设计制作… / 建设…) are work done', () => {
    expect(has([S, '今年设计制作公益广告牌32块。'])).toBe(true);
  });
  it('a verb followed by a verb of relation (建设涉及… / 分类需要…) heads the subject: a field of work named', () => {
    expect(has([S, '社会信用体系建设涉及县直32个部门，是一项系统工程。'])).toBe(false);
    // The broad test too (整治 + 需要 + what is needed).
    expect(has([S, '背街小巷整治需要拆除违章建筑。'])).toBe(false);
  });
  it('just outside: a verb with its object, the relation after it (建设口袋公园12个，涉及6个社区), is work done', () => {
    expect(has([S, '建设口袋公园12个，涉及6个社区。'])).toBe(true);
  });
});
