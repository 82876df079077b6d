/** 部门评价 and the sign-off sheet (移交签单 / 移交确认单): each check passing and failing. */
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makePdf, makeScanJpeg } from '../../fixtures/build/pdf.js';
import { extracted, ids, runChecks } from './helpers.js';
import { sameBody, findIssuer } from '../../src/text/issuer.js';
import { parseBodyName } from '../../src/text/unit-identity.js';
import { findSignature } from '../../src/text/signature.js';

const evaluation = (issuer: string, date: string, label = false) => [
  `关于县教育局“我们的节日”工作的评价意见`,
  '县教育局认真组织开展我们的节日主题活动，工作扎实，成效明显，评价为优秀。',
  ...(label ? [`评价单位：${issuer}`, `日期：${date}`] : [issuer, date]),
];

describe('部门评价', () => {
  const cases: [string, string[], string[]][] = [
    ['issued by the county office, in period', evaluation('清河县精神文明建设委员会办公室', '2025年6月20日'), []],
    ['issued by the unit itself', evaluation('清河县教育局', '2025年6月20日'), ['evaluation.self-issued']],
    ['self-issued, named with a label', evaluation('县教育局', '2025年6月20日', true), ['evaluation.self-issued']],
    ['dated before the period', evaluation('县创文办', '2024年5月20日'), ['evaluation.date-outside-period']],
    ['no issuer, no date', ['评价意见', '该单位工作扎实，评价为优秀。'], ['evaluation.no-issuer', 'evaluation.undated']],
  ];
  it.each(cases)('%s (docx and PDF)', async (_name, paragraphs, expected) => {
    for (const f of [
      await extracted(await makeDocx({ paragraphs }), 'pj.docx', 'docx', 'evaluation'),
      await extracted(makePdf({ pages: [paragraphs] }), 'pj.pdf', 'pdf', 'evaluation'),
    ]) {
      expect(f.error).toBeNull();
      expect(ids(runChecks(f))).toEqual(expected);
    }
  });
  it('shows the issuer and the unit as evidence', async () => {
    const f = await extracted(await makeDocx({ paragraphs: evaluation('清河县教育局', '2025年6月20日') }), 'pj2.docx', 'docx', 'evaluation');
    const [hit] = runChecks(f);
    expect(hit.at.evidence?.seen).toBe('清河县教育局');
    expect(hit.at.args).toMatchObject({ seen: '清河县教育局', unit: '县教育局' });
  });
});

describe('body names', () => {
  it('strips the place and compares cores', () => {
    expect(parseBodyName('清河县教育局')).toEqual({ place: '清河', level: '县', dept: '教育局', known: true });
    expect(parseBodyName('中共清河县委宣传部')).toEqual({ place: '清河', level: '县', dept: '委宣传部', known: true });
    expect(sameBody('县教育局', '清河县教育局')).toBe(true);
    expect(sameBody('县教育局', '县文明办')).toBe(false);
    // The city bureau is the county bureau's 上级, not the same body.
    expect(sameBody('市教育局', '县教育局')).toBe(false);
    expect(sameBody('清河市教育局', '县教育局')).toBe(false);
    expect(findIssuer('意见\n县创文办\n2025年6月1日')?.name).toBe('县创文办');
    expect(findIssuer('县文明办关于县教育局工作的评价\n很好。')).toMatchObject({ name: '县文明办', via: 'title' });
  });
});

const sheet = (leader: string, date: string, unitName = '清河县教育局') => ({
  paragraphs: ['台账移交确认单'],
  table: [
    ['移交单位', unitName],
    ['移交内容', '创文台账资料共12个指标'],
    ['主要领导签字', leader],
    ['日期', date],
  ],
});

describe('sign-off sheet', () => {
  const cases: [string, ReturnType<typeof sheet>, string[]][] = [
    ['complete, before the deadline', sheet('王建国', '2025年10月20日'), []],
    ['signature cell empty', sheet('', '2025年10月20日'), ['signoff.no-signature']],
    ['signature line of underscores', sheet('________', '2025年10月20日'), ['signoff.no-signature']],
    ['after the deadline', sheet('王建国', '2025年10月28日'), ['signoff.after-deadline']],
    ['another unit named, undated', sheet('王建国', '', '县文旅局'), ['signoff.undated', 'signoff.unit-not-named']],
  ];
  it.each(cases)('%s (docx)', async (_name, s, expected) => {
    const f = await extracted(await makeDocx(s), '移交确认单.docx', 'docx', 'signoff');
    expect(ids(runChecks(f))).toEqual(expected);
  });
  it('reads a one-line signature in a PDF', async () => {
    const ok = await extracted(makePdf({ pages: [['县教育局台账移交签单', '主要领导签字：王建国    日期：2025年10月20日']] }), 's.pdf', 'pdf', 'signoff');
    expect(ids(runChecks(ok))).toEqual([]);
    const blank = await extracted(makePdf({ pages: [['县教育局台账移交签单', '主要领导签字：____________  日期：2025年10月20日']] }), 's2.pdf', 'pdf', 'signoff');
    expect(ids(runChecks(blank))).toEqual(['signoff.no-signature']);
  });
  it('flags a scanned sign-off for manual review instead of passing or failing it', async () => {
    const f = await extracted(makePdf({ pages: [{ image: await makeScanJpeg() }] }), 'scan.pdf', 'pdf', 'signoff');
    expect(f.error?.code).toBe('scanned');
    expect(ids(runChecks(f))).toEqual(['signoff.manual-review']);
  });
  it('flags a photographed sign-off for manual review', () => {
    const hits = runChecks({
      path: '县教育局/移交签单.jpg', absPath: Buffer.from('/x'), name: '移交签单.jpg', nameRepaired: false, size: 10, container: 'jpeg',
      kind: 'signoff', unit: '县教育局', indicator: null, notes: [], error: null,
      facts: { type: 'photo', format: 'jpeg', extensionMatches: true, width: 1, height: 1, displayWidth: 1, displayHeight: 1, orientation: null, bytes: 10, exif: false, capturedAt: null, createdAt: null, modifiedAt: null, make: null, model: null, software: null, gps: null, description: null, hasThumbnail: false },
    });
    expect(ids(hits)).toEqual(['signoff.manual-review']);
  });
  it('finds signature labels with names on the same or the next line', () => {
    expect(findSignature('主要领导签字：王建国').filled).toBe(true);
    expect(findSignature('单位负责人签名\n李四').filled).toBe(true);
    expect(findSignature('主要领导签字：\n日期：2025年10月1日').filled).toBe(false);
    expect(findSignature('没有签字栏').label).toBe(false);
  });
});
