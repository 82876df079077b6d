/**
 * Session 24 (apparatus24): a document's own apparatus and other people's deeds are no evidence, by the lead's ruling on
 * the twenty-second set, each rule with rows just inside, on and just outside its line, in this test's own words (not
 * taken from fixtures/elements/):
 * - a compilation's counts of itself (本册共收录照片12张，共4页 / 本汇编收录报道五篇) and an announcement's own period
 *   (公示期为5个工作日 / 自本公告发布之日起1个工作日 / 公示七天) are no 数据实例; photos taken and counted in the account,
 *   leaflets handed out, a time limit the unit kept (在7个工作日内上网公示) stay data (element-self-counts.ts);
 * - someone indefinite brought in by 有 (绿化带内有人折断树枝), an offence's field (违法事实：…) and an appeal to the public
 *   (请相关住户自觉整改) tell no 具体措施 of the unit; the unit finding them (巡查中发现有商户占道经营，当即劝导) stays its deed
 *   (element-parties.ts).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
/** The sentences (their text) giving an element. */
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const ALBUM = '县水利局2026年河道管护工作图片集';
const PREFACE = '前言';
const WORK = '局长张强负总责，河道股牵头，组织河道保洁，河岸面貌明显改善。';

describe('session 24: a compilation\'s counts of itself are no data', () => {
  it('inside: the album counting its photos and pages, its parts, its reports', () => {
    for (const line of ['本册共收录照片12张，共4页。', '本图集共10张照片。', '本册收录照片18张，分四部分。', '本汇编收录今年的媒体报道，共五篇。', '编辑说明：本汇编收录今年媒体报道五篇。', '共收录照片9张。']) {
      expect(found([ALBUM, PREFACE, WORK, line], '数据实例')).toEqual([]);
    }
  });
  it('on the line: a clause after the album\'s own with a subject of its own is the account', () => {
    const line = '本册收录照片12张，全年局里共组织河道保洁36次。';
    expect(found([ALBUM, PREFACE, WORK, line], '数据实例')).toEqual([line]);
  });
  it('just outside: photos taken at the work, leaflets handed out, a period of the report (本报告期) stay data', () => {
    for (const line of ['活动中拍摄照片200余张，制作展板10块。', '发放宣传册2000册。', '本报告期内共发放宣传单3000份。', '本次活动共拍摄照片50张。']) {
      expect(found([ALBUM, PREFACE, WORK, line], '数据实例')).toEqual([line]);
    }
  });
});

const NOTICE = '县水利局关于2026年河道保洁示范村评选结果的公示';
const DONE = '经村级申报、股室初审、局党组会议研究，评选出河道保洁示范村。';

describe('session 24: an announcement\'s own period is no data', () => {
  it('inside: the 公示期 and the 公告期限, in figures or words', () => {
    for (const line of ['公示期为5个工作日（2026年4月27日至5月4日）。', '公示期：七天。', '四、公告期限：自本公告发布之日起1个工作日。', '评选结果在村务公开栏公示3天。']) {
      expect(found([NOTICE, DONE, line, '监督电话：0312-6217122。', '特此公示。'], '数据实例')).toEqual([]);
    }
  });
  it('just outside: a time limit the unit kept, and counts of the selection told, stay data', () => {
    for (const line of ['“双公示”信息在7个工作日内上网公示。', '共评出示范村12个。']) {
      expect(found([NOTICE, DONE, line, '特此公示。'], '数据实例')).toEqual([line]);
    }
  });
});

const EXPOSE = '县林业局毁绿不文明行为曝光';

describe('session 24: others\' deeds told are no measure of the unit', () => {
  it('inside: someone indefinite brought in by 有, an offence\'s field, an appeal to the public', () => {
    for (const line of ['1.9月13日，人民路绿化带内有人折断海棠树枝（见图2）。', '2.东关小区北门有住户将装修垃圾倒在垃圾桶旁。', '3.9月7日，人民路一家超市将促销货架摆放在盲道上。', '违法事实：店外占道设置桌椅经营，经责令改正后逾期未改正。', '以上行为影响环境，现予曝光，请相关住户自觉整改。']) {
      expect(found([EXPOSE, '一、曝光事项', line], '具体措施')).toEqual([]);
    }
  });
  it('on the line: the unit finding someone at it and acting is its deed', () => {
    const line = '巡查中发现有商户占道经营，执法队员当场下达整改通知书。';
    expect(found([EXPOSE, '一、工作开展', line], '具体措施')).toEqual([line]);
    // Someone's deed ends with its clause: the unit's answer after it is the unit's.
    const answer = '绿化带内有人踩踏草坪，我局在人民路开展护绿宣传，发放宣传单。';
    expect(found([EXPOSE, '一、工作开展', answer], '具体措施')).toEqual([answer]);
  });
  it('just outside: the unit\'s staff on duty (有专人 / 有人员) and the unit acting are the unit\'s', () => {
    const line = '局里安排有专人在人民路开展护绿宣传，发放宣传单。';
    expect(found([EXPOSE, '一、工作开展', line], '具体措施')).toEqual([line]);
  });
});
