/**
 * Session 23 (activity23): what tells that an activity was held, by the rulings on the twenty-first set, each with rows just
 * inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - a part headed by the notice itself (一、活动通知) is an instrument in any document: its 定于… is the activity to come;
 *   a schedule (…活动安排) is one too (element-genre.ts);
 * - a sign-in sheet's header and rows are a form's: no data, no one in charge (element-activity.ts rosterLines);
 * - a programme's line telling the session held on its day at its place is the account that it was held; the same line with
 *   定于 / 将 / 请 is not (heldOnItsDay, eventHeldNoObject); under 开展情况, a tally of who took part tells it held
 *   (attendedAccount);
 * - 三件套 is a name, no count; 下半年打算 heads plans.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { documentGenre, headGenre } from '../../src/text/element-genre.js';
import { attendedAccount, eventHeldNoObject, heldOnItsDay, maskSetNames, rosterLines } from '../../src/text/element-activity.js';
import { sectionRole } from '../../src/text/sections.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
/** The sentences (their text) giving an element. */
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

describe('session 23: a notice part holds the activity to come', () => {
  it('inside: 活动通知 / 会议通知 head an instrument part even in an account', () => {
    expect(headGenre('一、活动通知', 'account')).toBe('instrument');
    expect(headGenre('会议通知', 'account')).toBe('instrument');
  });
  it('on the line: work done on a notice (印发通知) or its account (通知落实情况) is no instrument part', () => {
    expect(headGenre('二、印发通知', 'account')).not.toBe('instrument');
    expect(headGenre('通知落实情况', 'account')).toBe('account');
  });
  it('just outside: 活动记录 stays the account', () => {
    expect(headGenre('三、活动记录', 'account')).toBe('account');
  });
  it('a notice part\'s 定于… is no measure; the record\'s deed is', () => {
    const notice = '社区定于4月9日在广场组织“绿色出行”骑行宣传活动。';
    const doc = ['城南社区“绿色出行”骑行活动资料', '一、活动通知', notice, '二、活动记录', '（略）'];
    expect(found(doc, '具体措施')).toEqual([]);
    const held = '4月9日，社区组织志愿者在广场开展“绿色出行”骑行宣传，发放骑行安全手册300份。';
    expect(found([...doc.slice(0, 3), '二、活动记录', held], '具体措施')).toEqual([held]);
  });
  it('a schedule titled …活动安排 is an instrument; …活动情况说明 an account', () => {
    expect(documentGenre(seg(['县图书馆“书香清河”读书会活动安排', '定于5月8日举办。']))).toBe('instrument');
    expect(documentGenre(seg(['县图书馆“书香清河”读书会活动情况说明', '5月8日举办。']))).toBe('account');
  });
});

describe('session 23: a sign-in sheet is a form', () => {
  const sheet = (rows: string[]) => ['县图书馆读书会活动资料', '一、签到表', '序号　姓名　单位　职务　联系电话', ...rows, '二、活动记录', '5月8日，读书会在图书馆二楼举行。'];
  it('inside: its header and rows give no data and no one in charge', () => {
    const s = seg(sheet(['1　郑海　图书馆　馆长　139xxxx1234', '2　秦雯　图书馆　副馆长　138xxxx5678']));
    const lines = [...rosterLines(s)].map((i) => s.sentences[i]!.text);
    expect(lines.some((t) => t.includes('郑海'))).toBe(true);
    expect(found(sheet(['1　郑海　图书馆　馆长　139xxxx1234']), '数据实例')).toEqual([]);
    expect(found(sheet(['1　郑海　图书馆　馆长　139xxxx1234']), '主体责任')).toEqual([]);
  });
  it('on the line: a row outside a sheet still is one when it holds a telephone number', () => {
    const s = seg(['县图书馆读书会活动资料', '3　柯南　读者　137xxxx0000']);
    expect(rosterLines(s).size).toBe(1);
  });
  it('just outside: a written sentence under the sheet (共签到42人。) is read', () => {
    const s = seg(['县图书馆读书会活动资料', '一、签到表', '当天共签到读者42人。']);
    expect(rosterLines(s).size).toBe(0);
    expect(found(['县图书馆读书会活动资料', '一、签到表', '当天共签到读者42人。'], '数据实例')).toHaveLength(1);
  });
});

describe('session 23: a session held on its day at its place', () => {
  it('inside: dated, placed, the verb of holding, with or without a subject', () => {
    expect(heldOnItsDay('2026年4月28日，在镇文化站举办。')).toBe(true);
    expect(heldOnItsDay('5月8日下午，读书会在图书馆二楼举行，共40人参加。')).toBe(true);
    expect(heldOnItsDay('“六一”前夕，我局在广场举办亲子活动。')).toBe(true);
    expect(eventHeldNoObject('2026年4月28日，在镇文化站举办。', '城关镇“孝老爱亲”道德讲堂开展情况说明')).toBe('在镇文化站举办');
  });
  it('on the line: the same words to come (定于 / 将 / 请) are no account', () => {
    expect(heldOnItsDay('定于4月28日在镇文化站举办。')).toBe(false);
    expect(heldOnItsDay('4月28日，将在镇文化站举办。')).toBe(false);
    expect(heldOnItsDay('4月28日，请各村在镇文化站举办。')).toBe(false);
  });
  it('just outside: without its day, or the title naming no event and no event as subject, nothing', () => {
    expect(heldOnItsDay('在镇文化站举办。')).toBe(false);
    expect(eventHeldNoObject('2026年4月28日，在镇文化站举办。', '城关镇2026年上半年工作情况说明')).toBeNull();
  });
  it('a programme line under 活动流程 in an account: held on its day counts, the steps alone do not', () => {
    const doc = (first: string) => ['县档案馆“兰台记忆”道德讲堂开展情况说明', '一、活动流程', first, '唱一首歌：《歌唱祖国》。', '看一部短片：《档案里的清河》。'];
    expect(found(doc('6月3日，在馆一楼报告厅举办。'), '具体措施')).toHaveLength(1);
    expect(found(doc('时间：6月3日。地点：馆一楼报告厅。'), '具体措施')).toEqual([]);
  });
  it('a tally of who took part under 开展情况 tells the session held; under a plan\'s heading it does not', () => {
    expect(attendedAccount('全馆职工共46人参加。', '二、开展情况', '县档案馆道德讲堂开展情况说明')).not.toBeNull();
    expect(attendedAccount('全馆职工共46人参加。', '二、参加人员', '县档案馆道德讲堂开展情况说明')).toBeNull();
    expect(attendedAccount('届时全馆职工约46人参加。', '二、开展情况', '县档案馆道德讲堂开展情况说明')).toBeNull();
  });
});

describe('session 23: names and plans', () => {
  it('三件套 is a name; 三件 alone of what was done is a count', () => {
    expect(maskSetNames('义诊活动三件套')).not.toContain('三件');
    expect(maskSetNames('发放宣传品三件')).toContain('三件');
  });
  it('下半年打算 heads plans; 上半年工作情况 does not', () => {
    expect(sectionRole('四、下半年打算')).toBe('plans');
    expect(sectionRole('一、上半年工作情况')).toBeUndefined();
  });
});

describe('session 23: a tally is read from its numeral\'s start', () => {
  it('the whole numeral is the tally, and a run of digits with no counter after it is none (the old pattern rescanned the run from every digit: 50,000 took 19 s)', () => {
    expect(attendedAccount('全馆职工共146人参加。', '二、开展情况', '县档案馆道德讲堂开展情况说明')).toBe('146人参加');
    expect(attendedAccount('1'.repeat(50_000) + ' 参加', '二、开展情况', '县档案馆道德讲堂开展情况说明')).toBeNull();
  });
});
