/**
 * The short forms as sugar for `materials:` entries, and how entries merge across layers
 * (kinds/sugar.ts), called directly: each short form, each clash and duplicate, each merge rule.
 */
import { describe, expect, it } from 'vitest';
import { desugar, duplicateEntries, identityOf, mergeEntry, mergeMaterials, resolveMaterials, sugarClashes, SUGAR_KEYS } from '../../src/kinds/sugar.js';
import { KINDS, kindOf } from '../../src/kinds/registry.js';

describe('desugar', () => {
  it('each short form becomes its entry; unset parameters are dropped', () => {
    expect(desugar({ photos: { min: 5, caption: undefined, maxBytes: 9 } })).toEqual([{ kind: 'photo', min: 5, maxBytes: 9 }]);
    expect(desugar({ report: { required: true, minChars: 100, elements: undefined } })).toEqual([{ kind: 'report', minChars: 100, min: 1 }]);
    expect(desugar({ report: { required: false } })).toEqual([{ kind: 'report', min: 0 }]);
    expect(desugar({ report: { minChars: 5 } })).toEqual([{ kind: 'report', minChars: 5 }]);
    expect(desugar({ register: { required: true, perFestival: 2 } })).toEqual([{ kind: 'register', perFestival: 2, min: 1 }]);
    expect(desugar({ documents: { required: true } })).toEqual([{ kind: 'document', min: 1 }]);
    expect(desugar({ documents: { required: false } })).toEqual([{ kind: 'document', min: 0 }]);
    expect(desugar({ documents: {} })).toEqual([{ kind: 'document', min: 0 }]);
  });
  it.each([
    ['required', 1],
    ['optional', 0],
    ['none', 0],
  ] as const)('evaluation: %s → min %i', (v, min) => expect(desugar({ evaluation: v })).toEqual([{ kind: 'evaluation', min }]));
  it('short forms first (photos, report, evaluation, register, documents), then materials: as written', () => {
    const got = desugar({
      materials: [{ kind: 'video', min: 1, minSeconds: undefined }, { kind: 'screenshot', min: 2 }],
      documents: { required: true },
      evaluation: 'required',
      photos: {},
      register: {},
      report: {},
    });
    expect(got).toEqual([
      { kind: 'photo' },
      { kind: 'report' },
      { kind: 'evaluation', min: 1 },
      { kind: 'register' },
      { kind: 'document', min: 1 },
      { kind: 'video', min: 1 },
      { kind: 'screenshot', min: 2 },
    ]);
    expect(desugar({})).toEqual([]);
  });
  it('the short-form keys and their kinds', () => {
    expect(SUGAR_KEYS).toEqual({ photos: 'photo', report: 'report', evaluation: 'evaluation', register: 'register', documents: 'document' });
  });
});

describe('sugarClashes', () => {
  it('a short form whose kind materials: lists, with the index of that entry', () => {
    expect(sugarClashes({ photos: { min: 1 }, documents: { required: true }, materials: [{ kind: 'video' }, { kind: 'photo' }, { kind: 'document' }] })).toEqual([
      { key: 'photos', index: 1 },
      { key: 'documents', index: 2 },
    ]);
    expect(sugarClashes({ photos: { min: 1 }, materials: [{ kind: 'video' }] })).toEqual([]);
    expect(sugarClashes({ materials: [{ kind: 'photo' }] })).toEqual([]);
    expect(sugarClashes({ photos: { min: 1 } })).toEqual([]);
    expect(sugarClashes({ photos: { min: 1 }, materials: [{ kind: 'photo' }] })).toEqual([{ key: 'photos', index: 0 }]);
  });
});

describe('identity and duplicates', () => {
  it('a singleton kind is its own identity; documents and screenshots by their cues / online', () => {
    for (const k of KINDS.filter((x) => !x.repeatable)) expect(identityOf({ kind: k.kind })).toBe(k.kind);
    expect(identityOf({ kind: 'document' })).toBe('document:');
    expect(identityOf({ kind: 'document', match: ['b', 'a'] })).toBe('document:a|b');
    expect(identityOf({ kind: 'screenshot' })).toBe('screenshot:any');
    expect(identityOf({ kind: 'screenshot', online: true })).toBe('screenshot:online');
    expect(identityOf({ kind: 'hologram' })).toBe('hologram');
  });
  it('duplicateEntries: the later repeats of an identity', () => {
    expect(duplicateEntries([{ kind: 'document', match: ['a'] }, { kind: 'document', match: ['b'] }, { kind: 'document', match: ['a'] }, { kind: 'photo' }, { kind: 'photo', min: 2 }])).toEqual([2, 4]);
    expect(duplicateEntries([{ kind: 'screenshot' }, { kind: 'screenshot', online: true }])).toEqual([]);
    expect(duplicateEntries([])).toEqual([]);
  });
});

describe('merging layers', () => {
  it('mergeEntry: the later value wins, unset keys keep the earlier, maps merge key by key, arrays are replaced', () => {
    const a = { kind: 'report', minChars: 100, elements: { 主体责任: { headings: ['一'] }, 工作措施: { headings: ['二'] } }, summaryCues: ['x'] };
    const b = { kind: 'report', minChars: undefined, elements: { 主体责任: { headings: ['壹'] } }, summaryCues: ['y'], min: 0 };
    const m = mergeEntry(a, b);
    expect(m).toEqual({ kind: 'report', minChars: 100, elements: { 主体责任: { headings: ['壹'] }, 工作措施: { headings: ['二'] } }, summaryCues: ['y'], min: 0 });
    expect(Object.getPrototypeOf(m.elements)).toBeNull(); // a key named __proto__ stays a key
    expect(a.elements.主体责任.headings).toEqual(['一']); // the earlier layer is not changed
    expect(mergeEntry({ kind: 'photo', caption: ['a'] }, { kind: 'photo', caption: { x: 1 } })).toEqual({ kind: 'photo', caption: { x: 1 } });
    expect(mergeEntry({ kind: 'photo', caption: { x: 1 } }, { kind: 'photo', caption: ['b'] })).toEqual({ kind: 'photo', caption: ['b'] });
    expect(mergeEntry({ kind: 'photo', within: null }, { kind: 'photo', within: { a: 1 } })).toEqual({ kind: 'photo', within: { a: 1 } });
  });
  it('mergeMaterials: the same identity merges in place, a new one is added at the end', () => {
    const base = [{ kind: 'photo', min: 3 }, { kind: 'document', match: ['会议记录'], min: 1 }];
    expect(mergeMaterials(base, [{ kind: 'document', match: ['会议记录'], min: 2 }, { kind: 'document', match: ['制度'] }, { kind: 'photo', caption: ['时间'] }])).toEqual([
      { kind: 'photo', min: 3, caption: ['时间'] },
      { kind: 'document', match: ['会议记录'], min: 2 },
      { kind: 'document', match: ['制度'] },
    ]);
    expect(base[1]).toEqual({ kind: 'document', match: ['会议记录'], min: 1 });
  });
  it('resolveMaterials: every singleton once (defaults, base, entry), then repeatables with defaults, in order', () => {
    const base = { photo: { kind: 'photo', min: 3, maxBytes: 10 }, report: { kind: 'report', min: 1 } };
    const got = resolveMaterials(
      [{ kind: 'document', match: ['会议记录'], min: 2 }, { kind: 'photo', min: 5 }, { kind: 'hologram' }, { kind: 'video' }, { kind: 'screenshot', online: true }],
      base,
    );
    expect(got).toEqual([
      { kind: 'photo', min: 5, maxBytes: 10 },
      { kind: 'report', min: 1 },
      { kind: 'video', min: 1, minSeconds: 0 },
      { kind: 'document', min: 2, match: ['会议记录'] },
      { ...kindOf('screenshot')!.defaults, kind: 'screenshot', online: true },
    ]);
    (got[4]!.cues as string[]).push('mutated');
    expect(kindOf('screenshot')!.defaults).not.toHaveProperty('cues', expect.arrayContaining(['mutated']));
    expect(base.photo).toEqual({ kind: 'photo', min: 3, maxBytes: 10 });
  });
});
