/**
 * Session 22 (forms22): forms, plans, pledges and letters, by the lead's rulings on the twentieth set, each with rows just
 * inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - an activity record's filled effect field (活动效果：…) is the unit's claim of an outcome; blank, 略, 无, a pointer, counts
 *   only or an aim claim none (src/text/element-records.ts recordEffect);
 * - a record's 负责人 naming the unit's own person is 主体责任; a pointer (同上 / 见值班表), a person of another body (its body in
 *   brackets), a head chosen by members, or the 负责人 of a record others organised themselves is not (voidCharges); a record
 *   run into one line without colons keeps its 负责人;
 * - a plan's look back (2026年，… in a 2027 plan) is an account, its tasks stay plans (element-genre.ts lookedBack); a year's
 *   工作要点 is a plan, a 汇报要点 an account;
 * - a part naming the pledges (承诺内容) holds intentions, its 践诺情况 is the account; a letter to the public (告知书 / 一封信)
 *   is an instrument: its appeals are no measure.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { documentGenre } from '../../src/text/element-genre.js';
import { recordEffect } from '../../src/text/element-records.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
/** The sentences (their text) giving an element. */
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const TITLE = '清河县文化馆2026年群众文化活动登记表';
const record = (fields: string[]) => [TITLE, '活动名称：送戏下乡', '活动时间：2026年5月9日', '活动地点：河口村文化广场', ...fields];

describe('session 22: a record\'s filled effect field claims an outcome', () => {
  it('inside: how the served took it, told in the field', () => {
    const line = '活动效果：散场后村民围着演员问下一场在哪个村演';
    expect(found(record([line]), '取得成效')).toEqual([line]);
    expect(recordEffect('活动效果：散场后村民围着演员问下一场在哪个村演')).not.toBeNull();
  });
  it('on the line: a blank, 略, 无 or a pointer claims nothing', () => {
    for (const v of ['______', '略', '无', '见照片', '同上']) expect(found(record([`活动效果：${v}`]), '取得成效')).toEqual([]);
  });
  it('just outside: counts of work only, an aim, something pending, an expected effect', () => {
    expect(recordEffect('活动效果：共演出3场，观众约600人次')).toBeNull();
    expect(recordEffect('活动效果：演出期间，发放戏曲知识折页二百份')).toBeNull();
    expect(recordEffect('活动效果：力争让更多村民走进文化广场')).toBeNull();
    expect(recordEffect('活动效果：待年底统计后填写')).toBeNull();
    expect(recordEffect('预期效果：村民的文化生活更加丰富')).toBeNull();
    expect(recordEffect('活动效果：第一次来的老人说以后还来')).not.toBeNull();
  });
});

describe('session 22: a record\'s 负责人 is the unit\'s only when it names the unit\'s own person', () => {
  it('inside: the unit\'s own office head', () => {
    const line = '负责人：群文部主任孔岩';
    expect(found(record(['组织单位：县文化馆', line]), '主体责任')).toEqual([line]);
  });
  it('on the line: a pointer names no one', () => {
    expect(found(record(['组织单位：县文化馆', '负责人：同上']), '主体责任')).toEqual([]);
    expect(found(record(['组织单位：县文化馆', '负责人：见值班表']), '主体责任')).toEqual([]);
  });
  it('just outside: another body\'s person, a head the members chose, others\' own activity', () => {
    expect(found(record(['组织单位：县文化馆', '负责人：演出公司经理顾强（清河星光演艺有限公司）']), '主体责任')).toEqual([]);
    expect(found(record(['组织单位：县文化馆', '负责人：驻村干部吴敏（河口镇宣传办）']), '主体责任')).toEqual([]);
    expect(found(record(['组织单位：县文化馆', '负责人：秧歌队队长温霞（由队员推选）']), '主体责任')).toEqual([]);
    expect(found(record(['组织单位：村秧歌队（自发组织）', '负责人：秧歌队队长温霞']), '主体责任')).toEqual([]);
  });
  it('a record run into one line without colons keeps its 负责人', () => {
    const line = '5月9日在河口村文化广场举行，组织单位县文化馆，负责人县文化馆副馆长欧阳明；';
    expect(found([TITLE, line], '主体责任')).toEqual([line]);
  });
});

describe('session 22: a plan\'s look back is an account', () => {
  const PLAN = '清河县文化馆2027年群众文化工作计划';
  const back = '2026年，馆里组织送戏下乡，在12个村巡演。';
  const effect = '村民看戏不用再进城了，文化广场晚上热闹多了。';
  const ahead = '明年将组织送戏下乡，在全县各村巡演。';
  it('inside: the deeds and the change of the year before are a measure and an outcome', () => {
    expect(found([PLAN, back, effect, ahead], '具体措施')).toEqual([back]);
    expect(found([PLAN, back, effect, ahead], '取得成效')).toContain(effect);
  });
  it('on the line: the sentence that turns ahead ends the look back', () => {
    expect(found([PLAN, back, ahead, '组织送戏下乡，在全县各村巡演。'], '具体措施')).toEqual([back]);
  });
  it('just outside: the same year as the plan\'s is no look back', () => {
    expect(found([PLAN, '2027年，馆里组织送戏下乡，在12个村巡演。'], '具体措施')).toEqual([]);
  });
  it('a year\'s 工作要点 is a plan; a 汇报要点 without a year is an account\'s outline', () => {
    expect(documentGenre(seg(['清河县文化馆2027年群众文化工作要点', '一、重点任务']))).toBe('instrument');
    expect(documentGenre(seg(['县文化馆 群众文化 汇报要点', '一、做法']))).toBe('account');
  });
});

describe('session 22: pledges and letters', () => {
  const TITLE_P = '清河县文化馆文明服务承诺及践诺情况';
  it('inside: a pledge under 承诺内容 is no measure, even in an account', () => {
    expect(found([TITLE_P, '一、承诺内容', '开放时间每周不少于56小时；', '免费开放排练厅。'], '具体措施')).toEqual([]);
  });
  it('just outside: the 践诺情况 beside it tells what was done', () => {
    const done = '馆里组织文艺志愿者到河口村开展送戏下乡演出，全年演出40场。';
    expect(found([TITLE_P, '一、承诺内容', '免费开放排练厅。', '二、践诺情况', done], '具体措施')).toEqual([done]);
  });
  it('a pledge naming the unit\'s own leader 第一责任人 is 主体责任', () => {
    const line = '馆长为承诺兑现第一责任人，办公室具体负责。';
    expect(found([TITLE_P, '一、承诺内容', line], '主体责任')).toEqual([line]);
  });
  it('a letter to the public is an instrument: its appeals are no measure', () => {
    expect(documentGenre(seg(['清河县城市管理局致沿街商户的告知书']))).toBe('instrument');
    expect(documentGenre(seg(['清河县实验小学致全体家长的一封信']))).toBe('instrument');
    expect(found(['清河县城市管理局致沿街商户的告知书', '请您把商品、桌椅摆放在店内，不占用人行道。'], '具体措施')).toEqual([]);
    const done = '去年以来，我局在人民路设置了便民疏导点12处。';
    expect(found(['清河县城市管理局致沿街商户的告知书', done], '具体措施')).toEqual([done]);
  });
});
