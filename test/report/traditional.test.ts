/**
 * Session 18 (trad18): a 说明报告 written in traditional characters (Word's 简转繁 run by mistake) is judged as its simplified
 * twin; a simplified report quoting a traditional title is read as written. The detector's bound: TRADITIONAL_SHARE of the Han
 * characters traditional-only (src/text/traditional.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { TRADITIONAL_SHARE, isTraditional, scriptCounts, toSimplified } from '../../src/text/traditional.js';

const simplified = [
  '清河县文化广电和旅游局关于新时代文明实践工作情况的说明报告',
  '一、主体责任',
  '我局成立新时代文明实践工作领导小组，由局长担任组长，负总责，分管副局长具体负责，办公室承担日常调度。',
  '二、部署文件',
  '年初印发《清河县文化广电和旅游局2025年新时代文明实践工作实施方案》（清文旅发〔2025〕4号），明确任务分工和完成时限。',
  '三、具体措施',
  '一是组织文艺志愿者深入乡村开展文化惠民演出；二是在县图书馆开设公益阅读课堂；三是建立志愿服务积分管理制度。',
  '四、数据实例',
  '全年开展文化惠民活动12场，参与群众3200人次，县图书馆举办公益讲座46期。',
  '五、取得成效',
  '通过持续推进，全县群众文化生活更加丰富，群众满意度明显提升，达到95.6%。',
  '清河县文化广电和旅游局',
  '2025年7月10日',
];
// The same report after Word's 简转繁 (written out here, not produced by the converter under test).
const traditional = [
  '清河縣文化廣電和旅遊局關於新時代文明實踐工作情況的說明報告',
  '一、主體責任',
  '我局成立新時代文明實踐工作領導小組，由局長擔任組長，負總責，分管副局長具體負責，辦公室承擔日常調度。',
  '二、部署文件',
  '年初印發《清河縣文化廣電和旅遊局2025年新時代文明實踐工作實施方案》（清文旅發〔2025〕4號），明確任務分工和完成時限。',
  '三、具體措施',
  '一是組織文藝志願者深入鄉村開展文化惠民演出；二是在縣圖書館開設公益閱讀課堂；三是建立志願服務積分管理制度。',
  '四、數據實例',
  '全年開展文化惠民活動12場，參與群眾3200人次，縣圖書館舉辦公益講座46期。',
  '五、取得成效',
  '通過持續推進，全縣群眾文化生活更加豐富，群眾滿意度明顯提升，達到95.6%。',
  '清河縣文化廣電和旅遊局',
  '2025年7月10日',
];

const facts = (lines: string[]) => analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, hardReturns: true });
const verdicts = (lines: string[]) => judgeElements(facts(lines)).map((v) => `${v.element}:${v.status}`);

describe('a report in traditional characters is judged as its simplified twin', () => {
  it('the twin holds all five elements; the traditional report too, with the same evidence (read simplified)', () => {
    const want = ['主体责任:present', '部署文件:present', '具体措施:present', '数据实例:present', '取得成效:present'];
    expect(verdicts(simplified)).toEqual(want);
    expect(verdicts(traditional)).toEqual(want);
    const a = facts(simplified);
    const b = facts(traditional);
    expect(b.script).toBe('traditional');
    expect(a.script).toBeUndefined();
    // Evidence sentences are of the simplified reading.
    expect(judgeElements(b).map((v) => v.evidence)).toEqual(judgeElements(a).map((v) => v.evidence));
    expect(b.text).toBe(a.text);
  });
  it('a traditional report lacking 数据实例 still lacks it', () => {
    // No 四、数据实例 section, and the outcome told without a figure.
    const lack = (lines: string[], outcome: string) => lines.filter((l) => !l.startsWith('四、') && !/^全(年开展|年開展)/.test(l)).map((l) => (l.startsWith('通') ? outcome : l));
    const lackingS = lack(simplified, '通过持续推进，全县群众文化生活更加丰富，群众满意度明显提升。');
    const lackingT = lack(traditional, '通過持續推進，全縣群眾文化生活更加豐富，群眾滿意度明顯提升。');
    expect(isTraditional(lackingT.join('\n'))).toBe(true);
    const want = ['主体责任:present', '部署文件:present', '具体措施:present', '数据实例:missing', '取得成效:present'];
    expect(verdicts(lackingS)).toEqual(want);
    expect(verdicts(lackingT)).toEqual(want);
  });
  it('the conversion keeps the length, from t (显著 stays 显著, not the tw reading 显着)', () => {
    const t = traditional.join('\n');
    expect(toSimplified(t).length).toBe(t.length);
    expect(toSimplified('成效顯著，穩步推進')).toBe('成效显著，稳步推进');
    expect(toSimplified('成效显著')).toBe('成效显著');
  });
});

describe('a simplified report quoting a traditional title is read as written', () => {
  it('the sentences are byte-identical, no script fact', () => {
    const quoting = simplified.map((l) =>
      l.startsWith('年初印发') ? '年初转发台湾地区友好县市来函《關於兩岸青少年文化交流活動的函》，并印发《清河县文化广电和旅游局2025年新时代文明实践工作实施方案》（清文旅发〔2025〕4号）。' : l,
    );
    const text = quoting.join('\n');
    const { han, traditional: trad } = scriptCounts(text);
    expect(trad).toBeGreaterThan(0);
    expect(trad / han).toBeLessThan(TRADITIONAL_SHARE);
    const f = facts(quoting);
    expect(f.script).toBeUndefined();
    expect(f.sentences!.some((s) => s.text.includes('《關於兩岸青少年文化交流活動的函》'))).toBe(true);
    expect(f.text).toContain('關於兩岸青少年');
  });
});

describe('the detector’s bound: traditional-only characters at least TRADITIONAL_SHARE (10%) of the Han characters', () => {
  // 領 is traditional-only, 一 is shared: n of 100 Han characters traditional.
  const mix = (n: number) => '領'.repeat(n) + '一'.repeat(100 - n);
  it('the bound is 10%', () => expect(TRADITIONAL_SHARE).toBe(0.1));
  it('just outside (9 of 100): simplified', () => expect(isTraditional(mix(9))).toBe(false));
  it('on the bound (10 of 100): traditional', () => expect(isTraditional(mix(10))).toBe(true));
  it('just inside (11 of 100): traditional', () => expect(isTraditional(mix(11))).toBe(true));
  it('non-Han characters do not count: 9 of 100 Han with digits and Latin around stays simplified', () =>
    expect(isTraditional(mix(9) + '2025 ABC，。')).toBe(false));
  it('a text without Han characters is not traditional', () => expect(isTraditional('2025 ABC')).toBe(false));
  it('shared characters (着 干 后 发 里) are not traditional-only', () => expect(scriptCounts('着干后发里只').traditional).toBe(0));
});
