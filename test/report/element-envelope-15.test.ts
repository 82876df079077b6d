/**
 * Session 15 (charge): a report pasted into a mail or forwarded from a chat group travels in an envelope — the mail
 * header and the files it carries, the earlier message a reply quotes under it, a chat's turn headers and files, and
 * the other speakers' turns. None of it is the unit telling its work. Each bound with a case just inside (envelope)
 * and just outside (the report), in this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

function evidence(lines: string[], hardReturns = false): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { hardReturns }), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string, hardReturns = false) => (evidence(lines, hardReturns)[element] ?? []).length > 0;

const mailHead = [
  '回复：河道保洁情况',
  '发件人：县林业局综合股 <lyj_zh@example.com>',
  '发送时间：2026年5月6日 09:40',
  '收件人：县河长制工作领导小组办公室 <hzb@example.com>',
  '主题：回复：河道保洁情况',
];
const body = [
  '县林业局关于河道沿岸绿化保洁的情况说明',
  '今年以来，我局在沿河两岸补植乔木，组织护林员每周巡河清理漂浮物，群众反映河岸整洁了许多。',
  '县林业局',
  '2026年5月6日',
];

describe('session 15: a mail header is envelope', () => {
  it('a recipient named in the header is no one put in charge; the same office in the body is', () => {
    expect(has([...mailHead, ...body], '主体责任')).toBe(false);
    expect(has([...mailHead, ...body.slice(0, 1), '领导小组办公室设在我局营林股，负责日常调度。', ...body.slice(1)], '主体责任')).toBe(true);
  });
  it('a plan attached to the mail by its file name is a file sent; the body citing it is a document cited', () => {
    const attached = [...mailHead, '附件：《清河县河道绿化三年行动方案》.docx (21KB)；巡河台账.xlsx (30KB)', ...body];
    expect(has(attached, '部署文件')).toBe(false);
    const cited = [...attached.slice(0, 7), '按照《清河县河道绿化三年行动方案》，我局细化了任务。', ...attached.slice(7)];
    expect(has(cited, '部署文件')).toBe(true);
  });
  it('a 附件 line of a 公文 (no file name) is still a document cited', () => {
    expect(has([...body, '附件：1.《清河县河道绿化三年行动方案》'], '部署文件')).toBe(true);
  });
});

describe('session 15: the earlier message a reply quotes is the addressee\'s', () => {
  const request = ['-----原始邮件-----', '发件人：县河长办', '发送时间：2026年5月1日 10:00', '各成员单位：请分管领导牵头负责，于5月6日前报送情况说明。'];
  it('quoted under the reply (shorter than the reply), the request names no one in charge', () => {
    expect(has([...mailHead, ...body, ...request], '主体责任')).toBe(false);
  });
  it('a > line is quoted wherever it stands', () => {
    expect(has([...mailHead, ...body, '在2026年5月1日 10:00，“县河长办”写道：', '> 请主要负责同志亲自把关。'], '主体责任')).toBe(false);
    expect(has([...mailHead, '> 请主要负责同志亲自把关。', ...body], '主体责任')).toBe(false);
  });
  it('the same request in the body, not quoted, is read', () => {
    expect(has([...mailHead, ...body.slice(0, 2), '局党组明确分管领导牵头负责。', ...body.slice(2)], '主体责任')).toBe(true);
  });
  it('a forward whose quoted message is the bulk of the text: the quoted message is the report', () => {
    const forward = [
      '转发：河道保洁情况',
      '发件人：县林业局办公室',
      '收件人：县文明办',
      '营林股材料，转上。',
      '-------- Original Message --------',
      'From：县林业局营林股',
      '县林业局关于河道沿岸绿化保洁的情况说明',
      '分管副局长周涛具体抓，营林股牵头，每周组织护林员巡河清理漂浮物，全年补植乔木三千余株。',
      '县林业局',
    ];
    expect(has(forward, '主体责任')).toBe(true);
  });
});

describe('session 15: a chat forward — only the one who posted the report tells it', () => {
  const chat = [
    '桃园村人居环境情况（聊天记录转发）',
    '[转发的聊天记录] 镇农村工作群',
    '镇农办-钱进　05-02 08:10',
    '@所有人 今天下班前把人居环境整治情况发群里，请主要负责同志亲自把关。',
    '桃园村-马兰　05-02 16:20',
    '[文件] 桃园村人居环境情况.docx 15KB',
    '桃园村-马兰　05-02 16:21',
    '桃园村关于人居环境整治的情况说明',
    '村里组织党员清理房前屋后柴草堆，在村口设置垃圾分类亭，现在村道干净整洁，村民说住着舒心。',
    '桃园村-马兰　05-02 16:22',
    '马兰｜桃园村文书｜13800000000',
    '镇农办-钱进　05-02 17:05',
    '收到。',
  ];
  it('the group\'s request is another speaker\'s turn: no one in charge', () => {
    expect(has(chat, '主体责任')).toBe(false);
    expect(has(chat, '主体责任', true)).toBe(false);
  });
  it('the poster\'s own turn naming the one in charge is read', () => {
    const own = [...chat.slice(0, 8), '支部书记马立新亲自抓，村文书具体负责。', ...chat.slice(8)];
    expect(has(own, '主体责任')).toBe(true);
    expect(has(own, '主体责任', true)).toBe(true);
  });
  it('turn headers and file sizes are no data; a count in the poster\'s turn is', () => {
    expect(has(chat, '数据实例', true)).toBe(false);
    const counted = [...chat.slice(0, 8), '共清理柴草堆46处。', ...chat.slice(8)];
    expect(has(counted, '数据实例', true)).toBe(true);
  });
  it('one speaker only (no one else takes a turn): every line is read', () => {
    const alone = ['[转发的聊天记录] 镇农村工作群', '桃园村-马兰　05-02 16:21', '支部书记马立新亲自抓，村文书具体负责。'];
    expect(has(alone, '主体责任')).toBe(true);
  });
});
