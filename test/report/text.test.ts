/** Text analysis: normalisation, 文号, dates, data points, elements and style. */
import { describe, expect, it } from 'vitest';
import { normalizeText, countChars, joinWrappedLines } from '../../src/text/normalize.js';
import { findDocNos, findCitations } from '../../src/text/docno.js';
import { findDates, findSignedDate, chineseNumber } from '../../src/text/dates.js';
import { findDataPoints } from '../../src/text/datapoints.js';
import { detectStyle } from '../../src/text/elements.js';
import { REPORT_DEFAULTS } from '../../src/rules/defaults.js';

describe('normalizeText', () => {
  it('turns full-width digits and letters half-width and keeps Chinese punctuation', () => {
    expect(normalizeText('开展活动３６场，覆盖率９８．５％，ＡＢＣ')).toBe('开展活动36场，覆盖率98.5%，ABC');
  });
  it('removes the spaces extraction puts between CJK and digits', () => {
    expect(normalizeText('县创文办 〔 2024 〕 第 2 号 文件')).toBe('县创文办〔2024〕第2号文件');
    expect(normalizeText('Hello World 你好')).toBe('Hello World你好');
  });
  it('joins lines wrapped inside a sentence, not headings or finished sentences', () => {
    const raw = ['一、主体责任', '县教育局成立了以局长为组长的创建工作领导小组，明确责', '任分工，形成了一级抓一级的工作格局。', '二、部署文件'].join('\n');
    expect(joinWrappedLines(raw)).toBe(['一、主体责任', '县教育局成立了以局长为组长的创建工作领导小组，明确责任分工，形成了一级抓一级的工作格局。', '二、部署文件'].join('\n'));
    expect(normalizeText(raw, { joinLines: false }).split('\n')).toHaveLength(4);
  });
  it('joins a number the layout broke without a space, and Latin words with one', () => {
    expect(joinWrappedLines('全年开展志愿服务活动累计服务时长五万小时共开展活动4\n12场。')).toBe('全年开展志愿服务活动累计服务时长五万小时共开展活动412场。');
    expect(joinWrappedLines('全年开展志愿服务活动累计服务时长五万小时合作单位Hope\nFoundation等。')).toBe('全年开展志愿服务活动累计服务时长五万小时合作单位Hope Foundation等。');
  });
  it('counts 字数 without whitespace', () => {
    expect(countChars('一 二\n三\t四')).toBe(4);
  });
});

describe('文号', () => {
  const cases: [string, boolean, string, string[]][] = [
    ['县创文办〔2024〕12号', true, '县创文办〔2024〕12号', []],
    ['县创文办[2024]12号', false, '县创文办〔2024〕12号', ['brackets']],
    ['县创文办【2024】12号', false, '县创文办〔2024〕12号', ['brackets']],
    ['县创文办(2024)12号', false, '县创文办〔2024〕12号', ['brackets']],
    ['县创文办（2024）12号', false, '县创文办〔2024〕12号', ['brackets']],
    ['县创文办〔24〕12号', false, '县创文办〔2024〕12号', ['short-year']],
    ['县创文办〔2024〕01号', false, '县创文办〔2024〕1号', ['zero-padding']],
    ['县创文办〔2024〕第12号', false, '县创文办〔2024〕12号', ['di']],
    ['清文明办(23)第005号', false, '清文明办〔2023〕5号', ['brackets', 'short-year', 'di', 'zero-padding']],
  ];
  it.each(cases)('%s', (raw, ok, corrected, problems) => {
    const [d] = findDocNos(`按照${raw}文件`);
    expect(d.raw).toBe(raw);
    expect(d.wellFormed).toBe(ok);
    expect(d.corrected).toBe(corrected);
    expect(d.problems).toEqual(problems);
  });
  it('finds the title next to the number, before or after, and the agency after a conjunction', () => {
    const c = findCitations('按照《关于开展节日活动的通知》（县创文办〔2024〕12号）和县文明委〔2025〕3号《工作要点》要求');
    expect(c.map((x) => [x.raw, x.title])).toEqual([
      ['县创文办〔2024〕12号', '关于开展节日活动的通知'],
      ['县文明委〔2025〕3号', '工作要点'],
    ]);
  });
  it('does not take a year in text or a date for a 文号', () => {
    expect(findDocNos('2024年12月5日开展活动12场，第3号展板')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads the usual written forms', () => {
    expect(findDates('2025年6月12日、2025-06-13、2025/6/14、2025.6.15、二〇二五年六月十六日、2025年7月').map((d) => d.iso)).toEqual([
      '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16', '2025-07',
    ]);
  });
  it('skips impossible dates and version numbers', () => {
    expect(findDates('2025年2月30日 v1.2.3 2025.13.01')).toEqual([]);
  });
  it('reads Chinese numerals', () => {
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十一')).toBe(21);
    expect(chineseNumber('三十')).toBe(30);
    expect(chineseNumber('二〇二五')).toBe(2025);
  });
  it('takes the 落款 date, not an activity date in the body', () => {
    expect(findSignedDate('2025年1月28日开展春节活动。\n县教育局\n2025年6月12日')?.date.iso).toBe('2025-06-12');
    expect(findSignedDate('县教育局 2025年6月12日')?.date.iso).toBe('2025-06-12');
    expect(findSignedDate('2025年1月28日我局在城关一小开展了春节写春联送祝福主题活动，参与师生众多，反响良好。')).toBeNull();
  });
});

describe('data points', () => {
  it('counts numbers with units, once each (after normalisation)', () => {
    const t = normalizeText('开展活动36场，参与1.2万人次，投入5.5万元，覆盖率98.5%，志愿者300余名，慰问50多户，发放1,200份，培训３期');
    expect(findDataPoints(t).map((d) => d.text)).toEqual(['36场', '1.2万人次', '5.5万元', '98.5%', '300余名', '50多户', '1200份', '3期']);
  });
  it('does not count dates, ordinals, 文号 or bare numbers', () => {
    expect(findDataPoints('2025年6月12日，第3期，县创文办〔2024〕12号，编号2024，3月')).toEqual([]);
  });
  it('reads scale words into the value', () => {
    expect(findDataPoints('1.2万人次').map((d) => [d.value, d.unit])).toEqual([[12000, '人次']]);
  });
  it('skips numbers inside dates, as testing every date for every number did', () => {
    const t = '2025年6月12日至2025年7月1日共开展30场，2024-05-01服务20人次，2024年5月3日，5人，二〇二五年六月十二日10人，2025.6.12 8场，2025年6月共12次，2025/6/12次，2025.6.12%，2025.6.1230人';
    // 12次 at 103 stands inside the date 2025/6/12 (96–105): skipped.
    expect(findDataPoints(t).map((d) => [d.text, d.index])).toEqual([['30场', 23], ['20人次', 39], ['5人', 54], ['10人', 67], ['8场', 81], ['12次', 92]]);
  });
  it('a text of 100,000 dates each beside a number is read in one sweep (testing every date for every number: minutes)', () => {
    const n = 100_000;
    const t = '2026年3月5日服务30人，'.repeat(n);
    const got = findDataPoints(t);
    expect(got.length).toBe(n);
    expect(got[n - 1]!.text).toBe('30人');
  });
});

describe('style', () => {
  it('tells 总结式 from 说明式', () => {
    expect(detectStyle('存在的问题：……\n下一步工作打算：……', REPORT_DEFAULTS.summaryCues).summary).toBe(true);
    expect(detectStyle('对照测评内容，现将情况说明如下。……下一步将继续推进。', REPORT_DEFAULTS.summaryCues).summary).toBe(false);
    expect(detectStyle('今后工作中……', REPORT_DEFAULTS.summaryCues).summary).toBe(true);
  });
});
