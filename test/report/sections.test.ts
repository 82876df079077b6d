/** Sections and sentences, and the verdicts judged from them (report.element-empty, rule cues). */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segment, splitSentences } from '../../src/text/sections.js';
import { trimEndMarks } from '../../src/text/element-shared.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const verdicts = (text: string, rules = {}, headings: string[] = []) =>
  Object.fromEntries(judgeElements(analyzeText({ pages: [text], paged: false, joinLines: false, headings }), rules).map((v) => [v.element, v]));

describe('segment', () => {
  it('opens sections at numbered, run-in, styled and heading-shaped lines', () => {
    const text = ['报告标题', '一、主体责任', '由局长负总责。', '（一）开展经典诵读活动', '二是落实部署。按照《方案》执行。', '组织领导', '由办公室牵头。'].join('\n');
    const s = segment({ text, styled: ['报告标题'] });
    expect(s.sections.map((x) => [x.heading, x.kind, x.level])).toEqual([
      [null, null, 0],
      ['报告标题', 'styled', 1],
      ['一、主体责任', 'numbered', 1],
      ['（一）开展经典诵读活动', 'numbered', 2],
      ['二是落实部署', 'run-in', 6],
      ['组织领导', 'line', 1],
    ]);
    expect(s.sentences.filter((x) => !x.heading).map((x) => x.text)).toEqual(['由局长负总责。', '按照《方案》执行。', '由办公室牵头。']);
  });
  it('takes no date, （略）, 无 or attachment note for a heading; a short line with digits can be one', () => {
    const text = ['标题', '正文一句。', '2025年工作成效', '师生文明素养明显提升。', '（略）', '附件：数据统计表', '无', '2025年6月12日'].join('\n');
    expect(segment({ text }).sections.map((x) => x.heading)).toEqual([null, '2025年工作成效']);
  });
  it('does not split inside 《》 or quotes', () => {
    expect(splitSentences('学习《一。二》和“三！”。好；').map((x) => x.text)).toEqual(['学习《一。二》和“三！”。', '好；']);
  });
  it('marks sections about problems and plans, and their sub-sections', () => {
    const s = segment({ text: ['三、存在的问题', '（一）宣传不够', '四、下一步打算', '五、工作成效', '六、问题及建议'].join('\n') });
    expect(s.sections.map((x) => x.role)).toEqual([undefined, 'problems', 'problems', 'plans', undefined, 'problems']);
  });
  it('a sub-section takes the role of the nearest section above its level (not a nearer one at or below it)', () => {
    const text = ['一、存在的问题', '（一）宣传不够', '1.队伍弱', '（二）下一步打算', '1.加强培训', '（1）细则', '二、工作成效', '1.亮点', '（2）做法', '（三）经验'].join('\n');
    expect(segment({ text }).sections.map((x) => [x.level, x.role])).toEqual([
      [0, undefined],
      [1, 'problems'],
      [2, 'problems'],
      [3, 'problems'],
      [2, 'plans'],
      [3, 'plans'], // under （二）, not 1.队伍弱 nor （一）
      [4, 'plans'],
      [1, undefined],
      [3, undefined], // under 二、, which hides （二）下一步打算
      [4, undefined],
      [2, undefined],
    ]);
  });
  it('a section at the same level is no parent', () => {
    const text = ['一、工作成效', '（一）存在的问题', '（二）主要做法'].join('\n');
    expect(segment({ text }).sections.map((x) => x.role)).toEqual([undefined, undefined, 'problems', undefined]);
  });
  it('a text of 40,000 short headings (a .docx table, a section per cell) keeps each parent', () => {
    // Each parent was found by copying every section so far: quadratic (> 120 s for a 40 KB .docx).
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(i % 2 ? '一、下一步打算' : '一、工作成效', '（一）做法', '1.经验', '（1）细则');
    const roles = segment({ text: lines.join('\n') }).sections.map((x) => x.role);
    expect(roles.length).toBe(40_001);
    expect(roles.slice(-8)).toEqual([undefined, undefined, undefined, undefined, 'plans', 'plans', 'plans', 'plans']);
  });
  it('marks the sentences of a paragraph that opens with 下一步 or 存在的问题', () => {
    const s = segment({ text: ['群众满意度进一步提升。', '下一步，我局将继续努力。进一步提升群众满意度。', '同时也存在一些不足。活动成效还不够明显。'].join('\n') });
    expect(s.sentences.map((x) => x.role)).toEqual([undefined, 'plans', 'plans', 'problems', 'problems']);
    const v = verdicts('下一步，我局将继续努力。群众满意度进一步提升。');
    expect(v.取得成效.status).toBe('missing');
  });
  it('a sentence looking back (从今年的情况看、目前) ends a paragraph’s plans; one that does not, not', () => {
    const back = segment({ text: '下一步，我局力争达标率达到100%。从今年的情况看，盲道占用投诉同比下降58%。' });
    expect(back.sentences.map((x) => x.role)).toEqual(['plans', undefined]);
    expect(verdicts('下一步，我局力争达标率达到100%。从今年的情况看，盲道占用投诉同比下降58%。').取得成效.status).toBe('present');
    const on = segment({ text: '下一步，我局力争达标率达到100%。从明年起，盲道占用投诉同比下降58%。' });
    expect(on.sentences.map((x) => x.role)).toEqual(['plans', 'plans']);
  });
  it('gives each sentence its page', () => {
    const f = analyzeText({ pages: ['一、主体责任\n由局长负总责。', '二、取得成效\n满意度明显提升。'], paged: true, joinLines: true });
    expect(f.sentences!.map((s) => s.page)).toEqual([1, 1, 2, 2]);
  });
});

describe('judgeElements', () => {
  it('a heading with nothing under it is empty and does not make the element present', () => {
    const v = verdicts(['一、主体责任', '由局长负总责。', '五、取得成效', '清河县教育局', '2025年6月12日'].join('\n'));
    expect(v.取得成效).toMatchObject({ status: 'missing', emptyHeadings: [{ heading: '五、取得成效' }] });
    expect(v.主体责任).toMatchObject({ status: 'present', evidence: '由局长负总责。', via: 'standard' });
    expect(v.主体责任.emptyHeadings).toBeUndefined();
  });
  it('（略） under a heading is empty', () => {
    expect(verdicts('四、数据实例\n（略）\n五、取得成效\n师生文明素养明显提升。').数据实例.emptyHeadings).toEqual([{ heading: '四、数据实例' }]);
  });
  it('a section with sub-sections is judged with them', () => {
    const v = verdicts(['三、具体措施', '（一）经典诵读', '组织开展“我们的节日”经典诵读活动。', '（二）志愿服务', '开展志愿服务。'].join('\n'));
    expect(v.具体措施.status).toBe('present');
    expect(v.具体措施.emptyHeadings).toBeUndefined();
  });
  it('an element without a heading is present, with its evidence', () => {
    const v = verdicts('我局成立以局长为组长的领导小组。');
    expect(v.主体责任).toMatchObject({ status: 'present', evidence: '我局成立以局长为组长的领导小组。' });
  });
  it('a heading whose section holds the element elsewhere is still empty; the element is present', () => {
    const v = verdicts(['一、主体责任', '（略）', '二、具体措施', '由局长负总责，开展经典诵读活动。'].join('\n'));
    expect(v.主体责任).toMatchObject({ status: 'present', emptyHeadings: [{ heading: '一、主体责任' }] });
  });
  it('applies a rule file’s cues and heading words in the check, not in the facts', () => {
    const text = '本单位设有创文联络点。\n宣传报道\n无';
    const facts = analyzeText({ pages: [text], paged: false, joinLines: false });
    expect(facts.elements.主体责任).toEqual([]);
    const v = Object.fromEntries(judgeElements(facts, { 主体责任: { headings: [], cues: ['设有.{0,4}联络点'] }, 宣传报道: { headings: ['宣传报道'], cues: ['媒体报道'] } }).map((x) => [x.element, x]));
    expect(v.主体责任).toMatchObject({ status: 'present', via: 'cue' });
    expect(v.宣传报道).toMatchObject({ status: 'missing', emptyHeadings: [{ heading: '宣传报道' }] });
  });
  it('a common word names an element only in a short heading or at its end', () => {
    const v = verdicts(['（二）推进大数据平台建设', '搭建平台。', '四、数据', '无', '三、主要措施及成效', '无'].join('\n'));
    expect(v.数据实例.emptyHeadings).toEqual([{ heading: '四、数据' }]);
    expect(v.具体措施.emptyHeadings).toEqual([{ heading: '三、主要措施及成效' }]);
    expect(v.取得成效.emptyHeadings).toEqual([{ heading: '三、主要措施及成效' }]);
  });
  it('a document title is not an element heading', () => {
    expect(verdicts('县教育局关于取得成效的说明报告\n师生文明素养明显提升。', {}, ['县教育局关于取得成效的说明报告']).取得成效.emptyHeadings).toBeUndefined();
  });
});

describe('bounded sentences (hostile text: every per-sentence test works on bounded text)', () => {
  const joined = (ss: { text: string }[]) => ss.map((x) => x.text).join('');
  it('cuts a run without 。！？； at the bound: just inside, on, just outside', () => {
    expect(splitSentences('字'.repeat(MAX_SENTENCE - 1)).map((x) => x.text.length)).toEqual([MAX_SENTENCE - 1]);
    expect(splitSentences('字'.repeat(MAX_SENTENCE)).map((x) => x.text.length)).toEqual([MAX_SENTENCE]);
    expect(splitSentences('字'.repeat(MAX_SENTENCE + 1)).map((x) => x.text.length)).toEqual([MAX_SENTENCE, 1]);
  });
  it('cuts at the last comma of the second half of the window, keeping every character', () => {
    const par = `${'甲'.repeat(300)}，${'乙'.repeat(400)}。`;
    const ss = splitSentences(par);
    expect(ss[0]!.text).toBe(`${'甲'.repeat(300)}，`);
    expect(joined(ss)).toBe(par);
    // A comma in the first half is too early: cut at the bound.
    expect(splitSentences(`${'甲'.repeat(100)}，${'乙'.repeat(600)}`)[0]!.text.length).toBe(MAX_SENTENCE);
  });
  it('an unclosed 《 or a megabyte of dots never makes one huge sentence', () => {
    for (const par of [`《${'字'.repeat(20_000)}`, `一、工作开展${'.'.repeat(80_000)}情况`, '“'.repeat(5_000) + '字。'.repeat(10)]) {
      const ss = splitSentences(par);
      expect(Math.max(...ss.map((x) => x.text.length))).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(joined(ss).replace(/\s/g, '')).toBe(par.replace(/\s/g, ''));
    }
  });
  it('trimEndMarks drops trailing ：:。. and whitespace, as /[：:。.\\s]+$/ did', () => {
    for (const t of ['五、取得成效：', '成效。 ', '成效', '', '...', '一、工作开展。。。\t', '成.效', ' ：a']) {
      expect(trimEndMarks(t), JSON.stringify(t)).toBe(t.replace(/[：:。.\s]+$/, ''));
    }
  });
});
