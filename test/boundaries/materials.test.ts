/**
 * Boundary tables for the core material checks (src/checks/materials.ts) through `materialChecks`:
 * an indicator folder present or missing, assigned or not, known or not; a unit with nothing, no
 * sign-off sheet, no assignment; and each file judged once by the first problem that applies
 * (unreadable, never opened, unrecognised, extension lying, .txt, sign-off placement, misplaced).
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { materialChecks } from '../../src/checks/materials.js';
import type { ExtractedFile } from '../../src/types.js';
import { ctxOf, doc, indicatorOf, photo, rules, runChecks, unitOf, type Hit } from './helpers.js';

const rs = rules();
const ctx = ctxOf(rs);
const ids = (hits: Hit[]) => hits.map((h) => h.ruleId).sort();
const good = () => doc('report', { signedDate: '2025-07-30' });
/** What III-12 asks for by default (a report, three photos), so only the finding under test shows. */
const full = (...more: ExtractedFile[]) => [good(), photo('1.jpg'), photo('2.jpg'), photo('3.jpg'), ...more];
const sheet = (over: Partial<ExtractedFile> = {}) => doc('signoff', {}, { path: '县教育局/承诺书.docx', name: '承诺书.docx', indicator: null, ...over });

/** The material findings of one unit holding `files` in III-12 (plus a sign-off sheet at its root). */
function run(files: ExtractedFile[], unitOver: Parameters<typeof unitOf>[1] = {}, rootFiles: ExtractedFile[] = [sheet()]) {
  const u = unitOf([indicatorOf(rs, full(...files))], unitOver);
  u.rootFiles = rootFiles;
  u.files = [...u.files, ...rootFiles];
  return runChecks(materialChecks, u, ctx);
}

describe('indicator and unit level', () => {
  it('a complete unit raises nothing', () => expect(run([])).toEqual([]));

  it('an assigned indicator without a folder: indicator-missing, with its code and name', () => {
    const ind = { ...indicatorOf(rs, []), folder: null };
    const u = unitOf([ind, indicatorOf(rs, full(), 'III-13')], { assigned: ['III-12', 'III-13'], rootFiles: [sheet()] });
    const hits = runChecks(materialChecks, u, ctx);
    expect(ids(hits)).toEqual(['material.indicator-missing']);
    expect(hits[0]!.args).toMatchObject({ code: ind.def.code || 'III-12' });
    expect(hits[0]!.evidence).toEqual({ seen: null, expected: ind.def.code });
  });
  it('a missing folder of an indicator not assigned, or of a unit that handed in nothing, is no indicator-missing', () => {
    const missing = { ...indicatorOf(rs, []), folder: null };
    const other = indicatorOf(rs, full(), 'III-13');
    expect(ids(runChecks(materialChecks, unitOf([missing, other], { assigned: ['III-13'], rootFiles: [sheet()] }), ctx))).toEqual([]);
    const hits = runChecks(materialChecks, unitOf([missing], { assigned: ['III-12'], files: [] }), ctx);
    expect(ids(hits)).toEqual(['unit.nothing-submitted']);
  });

  it('a kind short of its minimum: its rule id, with the indicator code and name merged into its args', () => {
    const ind = indicatorOf(rs, [good(), photo('1.jpg'), photo('2.jpg')]);
    const hits = runChecks(materialChecks, unitOf([ind], { rootFiles: [sheet()] }), ctx);
    expect(hits).toEqual([
      { ruleId: 'material.photos-too-few', args: { code: ind.def.code || 'III-12', name: ind.def.name, seen: 2, expected: 3 }, evidence: { seen: 2, expected: 3 } },
    ]);
  });

  it('unit-level findings carry the unit and the dates raw', () => {
    expect(run([], {}, []).find((h) => h.ruleId === 'material.signoff-missing')).toEqual({ ruleId: 'material.signoff-missing', args: { unit: '县教育局' }, evidence: { seen: 0, expected: 1 } });
    expect(run([], { assigned: [] })).toEqual([{ ruleId: 'unit.unassigned', args: { unit: '县教育局' } }]);
    const late = runChecks(materialChecks, unitOf([indicatorOf(rs, full())], { rootFiles: [sheet()] }), ctxOf(rs, '2025-10-27'));
    expect(late).toEqual([{ ruleId: 'unit.deadline-passed', args: { seen: '2025-10-27', expected: '2025-10-26' }, evidence: { seen: '2025-10-27', expected: '2025-10-26' } }]);
    const unknown = { ...indicatorOf(rs, full(), 'IX-99'), known: false };
    const hit = runChecks(materialChecks, unitOf([unknown], { rootFiles: [sheet()] }), ctx)[0]!;
    expect(hit).toEqual({ ruleId: 'indicator.unknown', args: { code: unknown.def.code || 'IX-99', name: unknown.def.name }, evidence: { seen: 'IX-99', expected: null } });
  });

  it('unit.nothing-submitted says whether the folder is missing or empty, and how many were assigned', () => {
    const empty = runChecks(materialChecks, unitOf([], { assigned: ['A', 'B'], files: [] }), ctx);
    expect(empty).toEqual([
      { ruleId: 'unit.nothing-submitted', args: { unit: '县教育局', seen: 'empty', expected: 2 }, evidence: { seen: 0, expected: '2 indicator folder(s)' } },
    ]);
    const none = runChecks(materialChecks, unitOf([], { assigned: ['A'], files: [], folder: null }), ctx);
    expect(none[0]).toMatchObject({ args: { seen: 'no-folder', expected: 1 }, evidence: { seen: null } });
    expect(ids(none)).toEqual(['unit.nothing-submitted']); // nothing else: no sign-off, deadline … findings
    // One indicator reads as one ('none of its 1 assigned indicator', 'the 1 个指标都' were said).
    expect(renderMessage('unit.nothing-submitted', 'en', none[0]!.args)).toBe('县教育局 has no folder: its one assigned indicator has no material (completion 0%)');
    expect(renderMessage('unit.nothing-submitted', 'zh', none[0]!.args)).toBe('县教育局没有单位文件夹，分配的 1 个指标没有提交材料（完成率 0%）');
    expect(renderMessage('unit.nothing-submitted', 'en', empty[0]!.args)).toBe('县教育局 has an empty folder: none of its 2 assigned indicators has material (completion 0%)');
    expect(renderMessage('unit.nothing-submitted', 'zh', empty[0]!.args)).toBe('县教育局的文件夹是空的，分配的 2 个指标都没有提交材料（完成率 0%）');
  });

  it('sign-off sheet: none at the root → signoff-missing; one there → nothing; a partial run never asks', () => {
    expect(ids(run([], {}, []))).toEqual(['material.signoff-missing']);
    expect(run([], {}, [])[0]!.evidence).toEqual({ seen: 0, expected: 1 });
    expect(ids(run([], {}, [doc('report', {}, { path: '县教育局/x.docx', indicator: null })]))).toContain('material.signoff-missing');
    expect(ids(run([], { partial: true }, []))).toEqual([]);
  });

  it('unit.unassigned when the rule set assigns it nothing, except in a partial run', () => {
    expect(ids(run([], { assigned: [] }))).toEqual(['unit.unassigned']);
    expect(ids(run([], { assigned: [], partial: true }))).toEqual([]);
  });

  it('an indicator folder the rule set does not know, or not assigned to the unit', () => {
    const unknown = { ...indicatorOf(rs, full(), 'IX-99'), known: false };
    expect(ids(runChecks(materialChecks, unitOf([unknown], { rootFiles: [sheet()] }), ctx))).toEqual(['indicator.unknown']);
    const extra = indicatorOf(rs, full(), 'III-13');
    const u = unitOf([indicatorOf(rs, full()), extra], { assigned: ['III-12'], rootFiles: [sheet()] });
    expect(ids(runChecks(materialChecks, u, ctx))).toEqual(['indicator.not-assigned']);
    expect(ids(runChecks(materialChecks, { ...u, partial: true }, ctx))).toEqual([]);
    expect(ids(runChecks(materialChecks, { ...u, assigned: [] }, ctx))).toEqual(['unit.unassigned']);
  });
});

describe('each file: the first problem that applies', () => {
  const err = (code: string, detail = 'x', args: Record<string, string | number> = {}) => ({ code, detail, args }) as ExtractedFile['error'];
  it('unreadable: file.unreadable with the OS code, nothing else', () => {
    const io = (detail: string, reason?: string) => ({ ...err('io', detail), ...(reason ? { reason } : {}) }) as ExtractedFile['error'];
    const hits = run([doc('report', {}, { error: io('EACCES', 'EACCES'), name: 'a.pdf', container: 'docx' })]);
    expect(hits).toEqual([{ ruleId: 'file.unreadable', file: expect.any(String), args: { code: 'EACCES' }, evidence: { seen: 'EACCES' } }]);
    // A document's or register's detail is Node's message: the OS code the extractor recorded as the reason is the arg, the message is not.
    const message = "EACCES: permission denied, open '/srv/台账/县教育局/说明报告.docx'";
    const docHits = run([doc('report', {}, { error: io(message, 'EACCES'), name: 'a.docx', container: 'docx' })]);
    expect(docHits).toEqual([{ ruleId: 'file.unreadable', file: expect.any(String), args: { code: 'EACCES' }, evidence: { seen: message } }]);
    expect(renderMessage('file.unreadable', 'zh', docHits[0]!.args)).toBe('文件无法读取：没有读取权限');
    expect(run([doc('report', {}, { error: io('too-deep', 'too-deep'), name: 'a.docx', container: 'docx' })])[0]!.args).toEqual({ code: 'too-deep' });
    // The detail's wording is never read: no reason recorded is a plain read error.
    expect(run([doc('report', {}, { error: io(message), name: 'a.docx', container: 'docx' })])[0]!.args).toEqual({ code: 'EIO' });
    expect(run([doc('report', {}, { error: io('Unexpected end of input'), name: 'a.docx', container: 'docx' })])[0]!.args).toEqual({ code: 'EIO' });
  });
  it.each([
    ['special', 'file.special'],
    ['link', 'file.link'],
    ['too-large', 'file.too-large'],
    ['zip-bomb', 'file.expands-too-far'],
  ])('never opened (%s): %s with its args', (code, ruleId) => {
    const hits = run([doc('other', {}, { error: err(code, 'd', { limit: 5 }), container: 'unknown' })]);
    expect(hits).toEqual([{ ruleId, file: expect.any(String), args: { limit: 5 }, evidence: { seen: 'd' } }]);
  });
  it('an error the kind reports itself (corrupt) is not a core finding', () => {
    expect(ids(run([doc('report', {}, { error: err('corrupt') })]))).toEqual([]);
  });
  it('unrecognised file: file.unrecognized with its container', () => {
    expect(run([doc('other', {}, { container: 'unknown', name: 'x.bin' })])).toEqual([
      { ruleId: 'file.unrecognized', file: expect.any(String), args: { seen: 'unknown' }, evidence: { seen: 'unknown', expected: 'photo/pdf/docx/xlsx' } },
    ]);
  });
  it('extension lying: a PDF named .docx; the same named .pdf passes; a photo has its own rule', () => {
    const lying = run([doc('report', {}, { container: 'pdf', name: '说明报告.docx' })]);
    expect(lying).toEqual([
      { ruleId: 'file.extension-mismatch', file: expect.any(String), args: { seen: 'docx', expected: 'pdf' }, evidence: { seen: '.docx', expected: 'pdf' } },
    ]);
    expect(run([doc('report', {}, { container: 'pdf', name: '说明报告.pdf' })])).toEqual([]);
    expect(run([photo('a.png', {}, { container: 'jpeg' })])).toEqual([]);
  });
  it('a password-protected .docx/.xlsx (CFB + encrypted) is not an extension lie; other CFB files are', () => {
    const enc = err('encrypted');
    expect(run([doc('report', { format: 'docx' }, { container: 'cfb', name: 'r.docx', error: enc })])).toEqual([]);
    expect(ids(run([doc('report', { format: 'docx' }, { container: 'cfb', name: 'r.docx', error: null })]))).toEqual(['file.extension-mismatch']);
    expect(ids(run([doc('report', { format: 'docx' }, { container: 'cfb', name: 'r.docx', error: err('corrupt') })]))).toEqual(['file.extension-mismatch']);
    expect(ids(run([doc('report', { format: 'pdf' }, { container: 'cfb', name: 'r.docx', error: enc })]))).toEqual(['file.extension-mismatch']);
    const xlsx = { ...doc('register', {}, { container: 'cfb', name: 'r.xlsx', error: enc }), facts: { type: 'register', format: 'xlsx' } } as unknown as ExtractedFile;
    expect(run([xlsx])).toEqual([]);
    const xlsAsDoc = { ...doc('register', {}, { container: 'cfb', name: 'r.xlsx', error: enc }), facts: { type: 'register', format: 'csv' } } as unknown as ExtractedFile;
    expect(ids(run([xlsAsDoc]))).toEqual(['file.extension-mismatch']);
  });
  it('a report typed into .txt: format-not-accepted; a .txt register is fine', () => {
    expect(run([doc('report', {}, { container: 'text', name: '说明报告.txt' })])).toEqual([
      { ruleId: 'file.format-not-accepted', file: expect.any(String), args: { seen: 'txt' }, evidence: { seen: 'text', expected: 'pdf/docx' } },
    ]);
    expect(run([doc('register', {}, { container: 'text', name: '登记表.txt' })])).toEqual([]);
  });
  it('a sign-off sheet inside an indicator folder: signoff-misplaced; at the unit root: fine', () => {
    const inside = run([doc('signoff')]);
    expect(inside).toEqual([{ ruleId: 'file.signoff-misplaced', file: expect.any(String) }]);
    expect(run([], {}, [sheet()])).toEqual([]);
  });
  it.each([
    ['unit-root', ['unit-root']],
    ['county-root', ['county-root']],
    ['outside-indicator', []],
  ])('a file outside any indicator folder: misplaced (%s)', (where, notes) => {
    const stray = doc('report', {}, { path: '县教育局/r.docx', indicator: null, notes });
    expect(run([], {}, [sheet(), stray])).toEqual([
      { ruleId: 'file.misplaced', file: '县教育局/r.docx', args: { seen: where }, evidence: { seen: where, expected: 'indicator folder' } },
    ]);
  });
  it('a repaired name is reported, and the file is still judged', () => {
    expect(ids(run([doc('report', {}, { nameRepaired: true, container: 'text', name: 'r.txt' })]))).toEqual(['file.format-not-accepted', 'file.name-encoding']);
    expect(ids(run([doc('report', {}, { nameRepaired: true, error: err('io') })]))).toEqual(['file.name-encoding', 'file.unreadable']);
  });
});
