/**
 * Session 27 (class27): set 25's 道德讲堂, 应急演练 and 主题班会 registers, in the words of its rulings — hand-written boundary
 * cases (just inside / on / just outside):
 * - 主体责任: a note in brackets after a role and its holder giving the charge (…（局道德讲堂第一责任人）) says the holder is in
 *   charge, on a chair's or a speaker's line too; the chair alone stays grey (no one);
 * - 取得成效: a drill's time cut by a figure, a fault found and fixed told as done, a fix confirmed by a recheck are outcomes; a cut
 *   aimed at, a fault only reported or to be fixed, a recheck finding it still wrong are not;
 * - a lesson record (班会 / 队会 / 教案): pupils' words in the lesson are theirs, no outcome, unless told after it or through
 *   feedback; a bad conduct told gone is an outcome; a pupil's post (中队长 / 中队委) chairing is no one of the school's in charge;
 * - 具体措施: a 班会 told held in plain words (上了这节班会 / 开班会) is the school's measure; a deed first scheduled (原定…) is a
 *   plan to its clause's end.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_TESTS } from '../../src/text/elements.js';
import { chargeNotes } from '../../src/text/element-responsibility.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { elementEvidence } from '../../src/text/elements.js';
import { classMeetingHeld, maskPupilsTalk, maskPupilPosts, maskScheduled } from '../../src/text/element-lessons.js';

const DRILL = '县第三中学消防应急疏散演练记录与评估';
function found(lines: string[], element: string, title = DRILL): string[] {
  const s = segment({ text: normalizeText([title, ...lines].join('\n'), { styled: [title] }), styled: [title] });
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

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

describe('session 27: a drill outcome — a time cut, a fault fixed, a fix confirmed', () => {
  it('inside: told as done', () => {
    expect(found(['本次疏散用时3分20秒，比上学期缩短1分10秒。'], '取得成效')).toHaveLength(1);
    expect(found(['演练中发现东侧楼梯防火门闭门器损坏，后勤处已于当天更换。'], '取得成效')).toHaveLength(1);
    expect(found(['演练中发现池边救生杆长度不够，学校已更换加长救生杆。'], '取得成效')).toHaveLength(1);
    expect(found(['演练中发现出口外堆放纸箱，商场当场组织清理。', '此后复查出口保持畅通。'], '取得成效')).toHaveLength(1);
  });
  it('on: the cut without its amount, or a found fault cleared away, claims nothing by these rules', () => {
    expect(found(['本次疏散用时3分20秒，比上学期有所缩短。'], '取得成效')).toHaveLength(0);
    expect(found(['演练中发现出口外堆放纸箱，商场当场组织清理。'], '取得成效')).toHaveLength(0);
  });
  it('outside: aimed at, reported, to come, or still wrong', () => {
    expect(found(['力争下次疏散用时缩短1分钟。'], '取得成效')).toHaveLength(0);
    expect(found(['演练中发现防火门闭门器损坏，已报修。'], '取得成效')).toHaveLength(0);
    expect(found(['演练中发现防火门闭门器损坏，当天协调物业公司安排维修。'], '取得成效')).toHaveLength(0);
    expect(found(['演练中发现防火门闭门器损坏，将于下周更换。'], '取得成效')).toHaveLength(0);
    expect(found(['演练中发现防火门闭门器损坏，尚未更换。'], '取得成效')).toHaveLength(0);
    expect(found(['演练中发现防火门闭门器损坏，已更换，但应急照明仍不足。'], '取得成效')).toHaveLength(0);
    expect(found(['此后复查出口仍不畅通。'], '取得成效')).toHaveLength(0);
  });
});

const LESSON = '七（4）班“诚实的好孩子”主题班会记录';
describe('session 27: a lesson record — pupils\' words and posts', () => {
  it('inside: pupils speaking in the lesson are blanked; a pupil\'s post is blanked', () => {
    expect(found(['一名学生说：“我以后要做诚实的孩子。”'], '取得成效', LESSON)).toHaveLength(0);
    expect(found(['各班先听中秋故事，学生讲“嫦娥奔月”“吴刚伐桂”。'], '取得成效', LESSON)).toHaveLength(0);
    expect(found(['（2）中队在教室召开队会，由中队长刘一诺主持，全中队46名队员参加。'], '主体责任', LESSON)).toHaveLength(0);
    expect(maskPupilPosts('由中队委员会主持', LESSON)).not.toContain('中队委');
  });
  it('on: told after the lesson or through feedback, the words may tell a change; a bad conduct gone is an outcome', () => {
    expect(maskPupilsTalk('班会后，学生说：“我现在每天都把饭吃完了。”', LESSON)).toContain('饭吃完了');
    expect(maskPupilsTalk('第5页活动效果：学生说“原来端午有这么多故事”。', LESSON)).toContain('这么多故事');
    expect(found(['班会后，班主任观察，学生过马路闯红灯的现象基本消失。'], '取得成效', LESSON)).toHaveLength(1);
    expect(found(['学校由政教处主任石磊牵头，负责组织召开主题班会。'], '主体责任', LESSON)).toHaveLength(1);
    expect(maskPupilPosts('由中队辅导员王老师主持', LESSON)).toContain('中队辅导员');
  });
  it('outside: in a report that is no lesson record the words and posts stay', () => {
    expect(maskPupilsTalk('学生说：“我以后要做诚实的孩子。”', DRILL)).toContain('诚实');
    expect(maskPupilPosts('由中队长刘强负责', '县城管局执法大队工作说明')).toContain('中队长');
    expect(found(['闯红灯的现象没有消失。'], '取得成效', LESSON)).toHaveLength(0);
  });
});

describe('session 27: a class meeting held, a deed first scheduled', () => {
  it('inside: held in plain words; scheduled blanked', () => {
    expect(found(['4月18日下午，二（1）班45名学生上了这节班会。'], '具体措施', LESSON)).toHaveLength(1);
    expect(classMeetingHeld('5月9日，九年级8个班同时开班会，参加学生364人。')).not.toBeNull();
    expect(found(['学校原定4月第三周在七至九年级27个班统一开展“光盘行动”主题班会。'], '具体措施', LESSON)).toHaveLength(0);
  });
  it('on: the clause after the scheduled one still counts', () => {
    expect(maskScheduled('原定于6月20日举办讲堂，后改在7月10日举办')).toContain('后改在7月10日举办');
    expect(found(['讲堂原定于6月20日举办，后改在7月10日在镇文化站举办“好人故事”道德讲堂，60名群众参加。'], '具体措施', LESSON)).toHaveLength(1);
  });
  it('outside: a meeting to come, or not held', () => {
    expect(classMeetingHeld('下周准备上一节礼仪班会。')).toBeNull();
    expect(classMeetingHeld('因考试，本月没开班会。')).toBeNull();
    expect(classMeetingHeld('拟于5月开班会。')).toBeNull();
  });
});
