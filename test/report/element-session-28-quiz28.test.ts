/**
 * Session 28 (quiz28): false "missing" verdicts on set 26, in the words of its rulings — hand-written boundary cases (just
 * inside / on / just outside):
 * - 具体措施: a test or a contest held is the unit's measure (进行闭卷测试 / 组织…知识测试 / 举行决赛); 应知应会 is a term, not the
 *   modal 应; a test of no named kind (组织测试) names no more than 组织培训; a test or contest the title names, told held on a
 *   date, in the perfective or with its takers counted, is one held, not the topic;
 * - 取得成效: a state kept or restored (保持畅通 / 已恢复通行), a wrong not back (复查未见反弹), a harm that did not happen (未发生
 *   中暑), not complained of (未被乘客投诉), a fall against a past period (较一季度减少9件), praise given (给予了表扬 / 乘客打电话
 *   表扬), a recheck finding the fix in place (复查时37家均已…配备), a wrong gone (目前已无固定占道摊点); 要求 as a noun;
 * - 主体责任: a named role of the unit opening its clause and leading (大队长何勇带队);
 * - 数据实例: a figure under a count column (参考人数); a score heading (三、成绩统计) names no 取得成效.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_TESTS, NOT_ELEMENT_HEADING, elementEvidence } from '../../src/text/elements.js';
import { countCell } from '../../src/text/element-count-columns.js';
import { maskRequirements } from '../../src/text/element-shared.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const T = '清河县某局创文工作情况说明';
const test = (element: string, text: string, title = T) => ELEMENT_TESTS[element]!({ text, role: undefined, heading: false, cityUnit: false, firm: false, title });
function found(lines: string[], element: string, title = T): string[] {
  const s = segment({ text: normalizeText([title, ...lines].join('\n'), { styled: [title] }), styled: [title] });
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

describe('session 28: a test or a contest held is the unit\'s measure', () => {
  it('inside: a test of a named kind, a contest\'s stage, held', () => {
    expect(test('具体措施', '6月10日在镇会议室对镇机关和社区干部进行了闭卷测试。')).not.toBeNull();
    expect(test('具体措施', '6月2日组织全院干警和聘用人员闭卷测试，参考118人。')).not.toBeNull();
    expect(test('具体措施', '4月28日，县总工会在县工人文化宫举办决赛，10支代表队参赛。')).not.toBeNull();
    expect(test('具体措施', '线上初赛5月10日至20日在“青春清河”公众号进行，参与团员青年2860人。')).not.toBeNull();
  });
  it('on: 应知应会 is a term — the sentence of all staff taking the test is no duty of all', () => {
    expect(test('具体措施', '我局于6月12日组织全体干部职工开展了创文应知应会知识测试，参考人员57人。')).not.toBeNull();
    expect(maskRequirements('全体干部职工开展了创文应知应会知识测试')).not.toContain('□');
    expect(maskRequirements('全体干部职工应知晓创文知识')).toContain('□');
  });
  it('outside: a test of no named kind, planned, required, or another body\'s', () => {
    expect(test('具体措施', '党政办主任蒋丽组织测试。')).toBeNull();
    expect(test('具体措施', '局里计划6月组织闭卷测试。')).toBeNull();
    expect(test('具体措施', '各单位要组织闭卷测试。')).toBeNull();
    expect(test('具体措施', '我局干部参加了县委组织部组织的知识测试。')).toBeNull();
    expect(test('具体措施', '办公室组织了一次测试。')).toBeNull();
  });
});

const QUIZ = '城南街道社区工作者创文知识竞赛情况说明';
describe('session 28: the test the title names, told held, is no mere topic', () => {
  it('inside: on a date or with its takers counted', () => {
    expect(found(['街道于6月举办了社区工作者创文知识竞赛。'], '具体措施', QUIZ)).toHaveLength(1);
    expect(found(['街道举办社区工作者创文知识竞赛，参赛人员33人。'], '具体措施', QUIZ)).toHaveLength(1);
  });
  it('outside: the topic named, nothing held', () => {
    expect(found(['街道开展社区工作者创文知识竞赛。'], '具体措施', QUIZ)).toHaveLength(0);
  });
});

describe('session 28: outcomes told in set 26\'s registers', () => {
  it('inside: a state kept or restored, a wrong not back, a harm that did not happen', () => {
    expect(test('取得成效', '东风路菜市场南口和光明街人行道保持畅通。')).not.toBeNull();
    expect(test('取得成效', '南门菜市场东侧人行道已恢复通行。')).not.toBeNull();
    expect(test('取得成效', '5月下旬复查未见反弹。')).not.toBeNull();
    expect(test('取得成效', '今年夏季全院老人未发生中暑。')).not.toBeNull();
    expect(test('取得成效', '新驾驶员上岗后首月未被乘客投诉。')).not.toBeNull();
    expect(test('取得成效', '东关后街目前已无固定占道摊点。')).not.toBeNull();
  });
  it('inside: a fall against a past period, praise given, a recheck finding the fix in place', () => {
    expect(test('取得成效', '二季度公路沿线乱堆乱放投诉较一季度减少9件。')).not.toBeNull();
    expect(test('取得成效', '镇民政所来院检查时对防暑工作给予了表扬。')).not.toBeNull();
    expect(test('取得成效', '有乘客打电话表扬新驾驶员张强。')).not.toBeNull();
    expect(test('取得成效', '7月复查时37家均已在餐桌配备公筷公勺。')).not.toBeNull();
    expect(test('取得成效', '员工对创文要求的知晓率明显提高。')).not.toBeNull();
  });
  it('outside: kept as an aim, the unit\'s own effort grown, a recheck finding it not done, the unit praising people', () => {
    expect(test('取得成效', '要保持畅通。')).toBeNull();
    expect(test('取得成效', '继续保持畅通。')).toBeNull();
    expect(test('取得成效', '本月开展宣传活动较上月增加3场。')).toBeNull();
    expect(test('取得成效', '复查时仍有2家未配备公筷公勺。')).toBeNull();
    expect(test('取得成效', '学校对表现突出的学生给予了表扬。')).toBeNull();
    expect(test('取得成效', '检查中未发现问题。')).toBeNull();
  });
});

describe('session 28: a named role of the unit leading', () => {
  it('inside: the role opens its clause, its holder named', () => {
    expect(test('主体责任', '依据方案，大队长何勇带队，于5月中旬对全县11家旅行社检查。')).not.toBeNull();
    expect(test('主体责任', '管理处副主任李敏每周带队检查。')).not.toBeNull();
    expect(test('主体责任', '我所由副所长周斌带队，每周三晚上夜查。')).not.toBeNull();
  });
  it('outside: the role without a name, another body\'s head, a residents\' team, a duty\'s 带班', () => {
    expect(test('主体责任', '局长带队检查。')).toBeNull();
    expect(test('主体责任', '镇市场监管所所长带队到集市检查了计量器具。')).toBeNull();
    expect(test('主体责任', '县豫剧团副团长王丽带队来村。')).toBeNull();
    expect(test('主体责任', '由镇人大主席周建军带队，视察了幼儿园。')).toBeNull();
    expect(test('主体责任', '社区舞蹈队队长每周带队员来中心。')).toBeNull();
    expect(test('主体责任', '中队长王建军带班。')).toBeNull();
  });
});

describe('session 28: a count column\'s figure; a score heading', () => {
  const rows = (...t: string[]) => t.map((text) => ({ text }));
  it('inside: a whole figure under 参考人数', () => {
    expect(countCell(rows('单位｜参考人数｜平均分', '局机关｜34｜92.1'), 1)).toBe('参考人数｜34');
  });
  it('on: a header with a figure of its own is no header; a zero counts nothing', () => {
    expect(countCell(rows('单位｜参考人数（2026）｜平均分', '局机关｜34｜92.1'), 1)).toBeNull();
    expect(countCell(rows('单位｜参考人数｜平均分', '局机关｜0｜92.1'), 1)).toBeNull();
  });
  it('outside: a score column, a code, a row of a different width', () => {
    expect(countCell(rows('单位｜平均分｜及格率', '局机关｜92｜100%'), 1)).toBeNull();
    expect(countCell(rows('单位｜参考人数｜平均分', '局机关｜34'), 1)).toBeNull();
    expect(countCell(rows('单位｜参考人数｜平均分', '局机关｜34.5｜92.1'), 1)).toBeNull();
  });
  it('a score heading names no 取得成效; an achievements heading still does', () => {
    expect(NOT_ELEMENT_HEADING['取得成效']!.test('三、成绩统计')).toBe(true);
    expect(NOT_ELEMENT_HEADING['取得成效']!.test('（二）测试成绩')).toBe(true);
    expect(NOT_ELEMENT_HEADING['取得成效']!.test('四、取得的成绩')).toBe(false);
  });
});
