/**
 * Session 27 (class27): set 25's 道德讲堂, 应急演练 and 主题班会 registers, in the words of its rulings — hand-written boundary
 * cases (just inside / on / just outside):
 * - 主体责任: a note in brackets after a role and its holder giving the charge (…（局道德讲堂第一责任人）) says the holder is in
 *   charge, on a chair's or a speaker's line too; the chair alone stays grey (no one).
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_TESTS } from '../../src/text/elements.js';
import { chargeNotes } from '../../src/text/element-responsibility.js';

const T = '清河县文化馆道德讲堂活动记录';
const test = (element: string, text: string) => ELEMENT_TESTS[element]!({ text, role: undefined, heading: false, cityUnit: false, firm: false, title: T });

describe('session 27: a charge noted in brackets after its holder', () => {
  it('inside: the chair with the charge noted', () => {
    expect(test('主体责任', '主持人：馆长 邵文静（馆道德讲堂负责人）')).not.toBeNull();
    expect(test('主体责任', '主持人：局党组书记、局长 鲁卫东（局道德讲堂第一责任人）')).not.toBeNull();
    expect(test('主体责任', '主讲人：德育处主任 苏明（学校道德讲堂具体负责人）')).not.toBeNull();
    expect(test('主体责任', '讲堂由副局长范志刚（局道德讲堂工作分管领导，具体抓讲堂工作）主持，干部共96人参加。')).not.toBeNull();
  });
  it('on: the note read as the clause 为 would make', () => {
    expect(chargeNotes('主持人：馆长 邵文静（馆道德讲堂负责人）')).toEqual(['馆长邵文静为馆道德讲堂负责人。']);
  });
  it('outside: the chair alone, or a note giving no charge', () => {
    expect(test('主体责任', '主持人：馆长 邵文静')).toBeNull();
    expect(test('主体责任', '主持人：馆长 邵文静（女，45岁）')).toBeNull();
    expect(test('主体责任', '主讲人：馆员 邵文静（讲述身边好人故事）')).toBeNull();
    expect(chargeNotes('主持人：馆长 邵文静（主持）')).toEqual([]);
  });
});
