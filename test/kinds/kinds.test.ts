/**
 * Each material kind decides from facts and its own parameters: boundary tables (one short, on,
 * one over `min`) for every kind, and what counts as a matching document or a screenshot.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, kindOf } from '../../src/kinds/registry.js';
import type { Material } from '../../src/kinds/types.js';
import { documentMatches } from '../../src/kinds/document.js';
import { isScreenshot, ONLINE_CUES, SCREENSHOT_CUES } from '../../src/kinds/screenshot.js';
import { doc, photo, register } from '../boundaries/helpers.js';
import type { ExtractedFile } from '../../src/types.js';

const FOLDER = '县教育局/Ⅲ—12 我们的节日';
const judge = (kind: string, files: ExtractedFile[], params: Record<string, unknown> = {}) => {
  const k = kindOf(kind)!;
  return k.judge({ files, folder: FOLDER }, { kind, ...structuredClone(k.defaults), ...params } as Material);
};
const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
const named = (f: ExtractedFile, rel: string): ExtractedFile => ({ ...f, name: rel.split('/').pop()!, path: `${FOLDER}/${rel}` });

const minutes = (i: number) => named(doc('document', { text: '会议记录\n时间：2025年3月1日' }), `会议记录${i + 1}.docx`);
const shot = (i: number, rel = `2025-04-0${i + 1} 网上祭英烈 公众号截图.png`) => named(photo('x.png', { format: 'png', exif: false }), rel);

// kind, files making n of it, parameters, rule id when short
const TABLE: [string, (n: number) => ExtractedFile[], Record<string, unknown>, string][] = [
  ['photo', (n) => times(n, (i) => photo(`${i}.jpg`)), { min: 3 }, 'material.photos-too-few'],
  ['report', (n) => times(n, () => doc('report')), { min: 1 }, 'material.report-missing'],
  ['evaluation', (n) => times(n, () => doc('evaluation')), { min: 1 }, 'material.evaluation-missing'],
  ['register', (n) => times(n, () => register([])), { min: 1 }, 'material.register-missing'],
  ['document', (n) => times(n, minutes), { min: 2, match: ['会议记录'] }, 'material.documents-too-few'],
  ['screenshot', (n) => times(n, (i) => shot(i)), { min: 2, online: true }, 'material.screenshots-too-few'],
];

describe('every kind: one short of min, on min, one over', () => {
  it('the table covers every registered kind', () => {
    expect(TABLE.map((t) => t[0]).sort()).toEqual(KINDS.map((k) => k.kind).filter((k) => k !== 'video').sort());
  });
  for (const [kind, make, params, ruleId] of TABLE) {
    const min = params.min as number;
    it(`${kind}: ${min - 1} → ${ruleId}; ${min} and ${min + 1} pass`, () => {
      const short = judge(kind, make(min - 1), params);
      expect(short?.ruleId).toBe(ruleId);
      expect(short?.evidence).toEqual({ seen: min - 1, expected: min });
      expect(judge(kind, make(min), params)).toBeNull();
      expect(judge(kind, make(min + 1), params)).toBeNull();
    });
    it(`${kind}: min 0 asks for nothing`, () => expect(judge(kind, [], { ...params, min: 0 })).toBeNull());
    it(`${kind}: its rule ids are the ones it declares`, () => expect(kindOf(kind)!.ruleIds).toContain(ruleId));
  }
  it('files of another kind do not count', () => {
    expect(judge('photo', [doc('report'), doc('document'), register([])], { min: 1 })?.ruleId).toBe('material.photos-too-few');
    expect(judge('report', [photo('说明报告.jpg'), doc('document')], { min: 1 })?.ruleId).toBe('material.report-missing');
    expect(judge('evaluation', [doc('report')], { min: 1 })?.ruleId).toBe('material.evaluation-missing');
    expect(judge('register', [doc('report')], { min: 1 })?.ruleId).toBe('material.register-missing');
  });
});

describe('document', () => {
  const d = (rel: string, facts: Parameters<typeof doc>[1] = {}, kind: Parameters<typeof doc>[0] = 'document') => named(doc(kind, facts), rel);
  it('without match: every document counts; none at all keeps the rule id of documents: {required: true}', () => {
    expect(judge('document', [])).toMatchObject({ ruleId: 'material.document-missing', evidence: { seen: 0, expected: 1 } });
    expect(judge('document', [d('通知.pdf')])).toBeNull();
    expect(judge('document', [d('通知.pdf')], { min: 2 })).toMatchObject({ ruleId: 'material.documents-too-few', args: { match: [], seen: 1, expected: 2 } });
  });
  it('with match: none found is documents-too-few, carrying the cues raw', () => {
    expect(judge('document', [d('通知.pdf')], { match: ['会议记录', '会议纪要'] })).toEqual({
      ruleId: 'material.documents-too-few',
      args: { match: ['会议记录', '会议纪要'], seen: 0, expected: 1 },
      evidence: { seen: 0, expected: 1 },
    });
  });
  it.each([
    ['file name', d('2025年第一次创文会议记录.pdf')],
    ['own folder', d('会议记录/第一次.pdf')],
    ['metadata title', d('1.pdf', { title: '创文工作会议记录' })],
    ['first line of text', d('1.pdf', { text: '\n  县教育局创文工作会议记录\n时间：…' })],
  ])('matches by %s', (_w, f) => expect(documentMatches(f, FOLDER, ['会议记录'])).toBe(true));
  it.each([
    ['a cue only in the indicator folder name', { ...d('1.pdf'), path: '县教育局/Ⅲ—12 会议记录/1.pdf' }, '县教育局/Ⅲ—12 会议记录'],
    ['a cue only past the first line', d('1.pdf', { text: '县教育局文件\n附：会议记录' }), FOLDER],
    ['a report named with the cue', d('会议记录说明报告.docx', {}, 'report'), FOLDER],
  ])('does not match %s', (_w, f, folder) => expect(documentMatches(f as ExtractedFile, folder, ['会议记录'])).toBe(false));
  it('any of several cues matches', () => expect(documentMatches(d('工作方案.pdf'), FOLDER, ['制度', '工作方案'])).toBe(true));
  it('entries with different cues are different requirements', () => {
    const k = kindOf('document')!;
    expect(k.identity({ kind: 'document', min: 1, match: ['b', 'a'] })).toBe(k.identity({ kind: 'document', min: 2, match: ['a', 'b'] }));
    expect(k.identity({ kind: 'document', min: 1, match: ['a'] })).not.toBe(k.identity({ kind: 'document', min: 1, match: [] }));
  });
});

describe('screenshot', () => {
  const p = { online: false, cues: SCREENSHOT_CUES, onlineCues: ONLINE_CUES };
  it.each([
    ['名称含截图', shot(0, '公众号截图.png'), true],
    ['名称含截屏', shot(0, '活动截屏1.jpg'), true],
    ['English Screenshot name', shot(0, 'Screenshot 2025-04-03.png'), true],
    ['own folder 截图', shot(0, '截图/1.png'), true],
    ['a plain photo', photo('2025-06-12 县一中 端午包粽子活动.jpg'), false],
    ['a document named 截图', named(doc('document'), '截图.pdf'), false],
  ])('%s', (_w, f, expected) => expect(isScreenshot(f, FOLDER, p)).toBe(expected));
  it('facts can say so: iOS writes Screenshot into the description', () => {
    expect(isScreenshot(named(photo('x.png', { format: 'png', description: 'Screenshot' }), 'IMG_0001.png'), FOLDER, p)).toBe(true);
  });
  it('online: true needs an online word in name, folder or description', () => {
    const on = { ...p, online: true };
    expect(isScreenshot(shot(0, '截图1.png'), FOLDER, on)).toBe(false);
    expect(isScreenshot(shot(0, '线上祭扫截图.png'), FOLDER, on)).toBe(true);
    expect(isScreenshot(shot(0, '直播/截图1.png'), FOLDER, on)).toBe(true);
    expect(isScreenshot(named(photo('x.png', { description: '腾讯会议 截图' }), '1.png'), FOLDER, on)).toBe(true);
    expect(judge('screenshot', [shot(0, '截图1.png')], { online: true })).toMatchObject({ args: { online: true, seen: 0, expected: 1 } });
    expect(judge('screenshot', [shot(0, '截图1.png')], { online: false })).toBeNull();
  });
  it('a county can name its own cues', () => {
    expect(isScreenshot(shot(0, '网页快照.png'), FOLDER, { ...p, cues: ['快照'] })).toBe(true);
  });
});
