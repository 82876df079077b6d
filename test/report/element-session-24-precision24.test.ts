/**
 * Session 24 (precision24): present elements the detector called missing, by the rulings on the twenty-second set, each rule
 * with rows just inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - a recheck confirming a fix (…｜5月8日复查：路面干净 / 经复查，… / 整改结果：…) is an outcome, read on its own cell; a
 *   recheck still to come or a fix not reached (待复查 / 未复查 / 仍有… / 正在整改中) and the recheck only counted are none;
 * - a spot or a task assigned to the unit's own leader or office by its post (点位长副局长… / 包片领导：… / 责任股室…), with or
 *   without a colon, is the one in charge; who did, checked or wrote a record (巡查人 / 记录人 / 联系人) is not;
 * - a table of contents' line (一、…　二、…　三、…) and a numbered slide whose part runs over the unnumbered slides after it are
 *   no empty heading.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { recheckFinding } from '../../src/text/element-recheck.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const seg = (lines: string[], styled: string[] = []) => segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
/** The sentences (their text) giving an element. */
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const LOG = '县城管局背街小巷巡查记录（2026年6月）';
const HEAD = '日期｜路段｜发现问题｜处理情况｜巡查人｜复查';

describe('session 24: a recheck confirming a fix is an outcome', () => {
  it('inside: a row\'s recheck cell telling the state reached, whatever problem the row found', () => {
    for (const row of [
      '6月3日｜槐树巷｜墙面小广告密布，污损严重｜组织队员清理｜孟涛、吴迪｜6月5日复查：墙面干净',
      '6月10日｜东关巷｜路灯不亮｜报路灯所维修｜孟涛、吴迪｜复查：已修复',
      '6月17日｜西门巷｜占道堆放建材｜责令清运｜孟涛、吴迪｜复查：6月19日未见堆放',
    ]) {
      expect(found([LOG, HEAD, row], '取得成效')).toEqual([row]);
    }
  });
  it('inside: a recheck told in prose, and a reply\'s result keyed', () => {
    expect(recheckFinding('6月12日区城管办复查，巷内杂物全部清运，通行顺畅。')).toBe('巷内杂物全部清运');
    expect(recheckFinding('经复查，两处路灯恢复照明。')).toBe('两处路灯恢复照明');
    expect(recheckFinding('整改结果：6月20日回访，摊点退回线内，已销号。')).toBe('摊点退回线内');
  });
  it('on the line: the fix not reached, or the recheck still to come', () => {
    for (const cell of ['复查：待复查', '复查结果：未复查', '复查：6月19日仍有堆放', '复查：已约谈店主，待跟踪', '整改结果：正在整改中', '复查：不合格', '复查：又有反弹']) {
      expect(recheckFinding(`6月17日｜西门巷｜占道堆放建材｜责令清运｜孟涛｜${cell}`)).toBeNull();
    }
  });
  it('just outside: no recheck key (检查结果 / 复查人), an empty or dated value, the recheck only counted', () => {
    expect(recheckFinding('检查结果：墙面干净')).toBeNull();
    expect(recheckFinding('复查人：孟涛')).toBeNull();
    expect(recheckFinding('复查：')).toBeNull();
    expect(recheckFinding('复查：6月19日')).toBeNull();
    expect(recheckFinding('回访：回访商户12家')).toBeNull();
    expect(found([LOG, HEAD, '6月17日｜西门巷｜占道堆放建材｜责令清运｜孟涛、吴迪｜复查：待复查'], '取得成效')).toEqual([]);
  });
});

const SPOTS = '县文旅局测评点位分工情况说明';

describe('session 24: a spot assigned to the unit\'s own leader or office is its one in charge', () => {
  it('inside: the post keyed with or without a colon', () => {
    for (const line of [
      '县博物馆：点位长副局长林涛，责任股室文物股。',
      '文化广场点位长为副局长蒋敏。',
      '文化广场：点位长　办公室主任高宁；联系人　石磊　13900001111',
      '包片领导：副局长林涛。',
      '人民剧场：责任股室　艺术股。',
    ]) {
      expect(found([SPOTS, line], '主体责任')).not.toEqual([]);
    }
  });
  it('inside: a leader named to the post', () => {
    const line = '局党组书记钟平为总点位长，副局长林涛任常务副总点位长。';
    expect(found([SPOTS, line], '主体责任')).toEqual([line]);
  });
  it('on the line: the key alone, or its slot named in a scoring rule', () => {
    expect(found([SPOTS, '点位长：'], '主体责任')).toEqual([]);
    expect(found([SPOTS, '评分标准为明确点位长和责任股室，得3分。'], '主体责任')).toEqual([]);
  });
  it('just outside: who did, checked or wrote the record', () => {
    for (const line of ['巡查人：林涛、石磊', '记录人：文物股石磊', '联系人：石磊　13900001111']) {
      expect(found([SPOTS, line], '主体责任')).toEqual([]);
    }
  });
});

/** The elements with an empty heading, by the check's own judgement over the detector's facts. */
function emptyOf(lines: string[], styled: string[]): string[] {
  const s = seg(lines, styled);
  const v = judgeElements({ elements: elementEvidence(s), sections: s.sections, sentences: s.sentences });
  return v.filter((x) => (x.emptyHeadings ?? []).length > 0).map((x) => x.element);
}

describe('session 24: a table of contents and a deck\'s slides make no empty heading', () => {
  const DECK = '县卫健局控烟培训课件';
  it('inside: the contents line lists the parts, the part itself tells them', () => {
    const lines = [DECK, '第2页目录', '一、为什么控烟　二、怎样劝阻　三、我局做法和成效', '第3页一、为什么控烟', '吸烟危害健康。', '第5页三、我局做法和成效', '局长负总责，组织控烟巡查42次，全县医疗机构吸烟现象明显减少。'];
    expect(emptyOf(lines, lines.filter((l) => l.startsWith('第') || l === DECK))).toEqual([]);
  });
  it('inside: a numbered slide\'s part runs over the unnumbered slides after it', () => {
    const lines = [DECK, '第6页四、我局做法', '局长负总责。', '第7页做了哪些事', '组织控烟巡查42次，在医院张贴禁烟标识300张。', '第8页谢谢观看'];
    expect(emptyOf(lines, lines.filter((l) => l.startsWith('第') || l === DECK))).toEqual([]);
  });
  it('just outside: a numbered slide with nothing of its own before the next numbered part is still empty', () => {
    const lines = [DECK, '第6页四、我局做法', '第7页五、成效', '全县医疗机构吸烟现象明显减少。'];
    expect(emptyOf(lines, lines.filter((l) => l.startsWith('第') || l === DECK))).toEqual(['具体措施']);
  });
});
