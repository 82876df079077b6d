/**
 * The kinds' explanation (`explain <kind>`, docs/rules.md): every kind says what it is, whether it
 * repeats, its defaults and its rule ids, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { explainKind, kindRaising, kindsMarkdown } from '../../src/kinds/explain.js';
import { KINDS, kindOf } from '../../src/kinds/registry.js';

describe('explainKind', () => {
  it.each(KINDS.map((k) => k.kind))('%s: name, repeat, text, defaults and rule ids in zh and en', (name) => {
    const k = kindOf(name)!;
    const zh = explainKind(name, 'zh')!;
    const en = explainKind(name, 'en')!;
    expect(zh.split('\n')).toEqual([
      `材料类型：${name} (materials: - { kind: ${name}, … }) — ${k.repeatable ? '同一指标可写多条（match/online 不同）' : '每个指标一条'}`,
      k.explain.zh,
      `默认值：${JSON.stringify(k.defaults)}`,
      `规则：${k.ruleIds.join(', ')}`,
      '',
    ]);
    expect(en.split('\n')).toEqual([
      `material kind: ${name} (materials: - { kind: ${name}, … }) — ${k.repeatable ? 'may repeat in one indicator (with different match/online)' : 'once per indicator'}`,
      k.explain.en,
      `defaults: ${JSON.stringify(k.defaults)}`,
      `rules: ${k.ruleIds.join(', ')}`,
      '',
    ]);
    expect(k.explain.zh.length).toBeGreaterThan(20);
    expect(k.explain.en.length).toBeGreaterThan(20);
    expect(k.ruleIds.length).toBeGreaterThan(0);
  });
  it('no such kind', () => expect(explainKind('hologram', 'en')).toBeNull());
  it('which repeat', () => {
    expect(KINDS.filter((k) => k.repeatable).map((k) => k.kind).sort()).toEqual(['document', 'screenshot']);
  });
});

describe('kindRaising', () => {
  it('the kind that raises a rule id', () => {
    expect(kindRaising('material.photos-too-few')).toBe('photo');
    expect(kindRaising('material.documents-too-few')).toBe('document');
    expect(kindRaising('material.videos-too-few')).toBe('video');
    expect(kindRaising('photo.no-exif')).toBeNull();
  });
});

describe('kindsMarkdown', () => {
  const md = kindsMarkdown();
  it('a heading, an example, and one table row per kind', () => {
    expect(md[0]).toBe('## Material kinds / 材料类型 (`materials:`)');
    expect(md).toContain('| kind | 说明 | meaning | repeats | rule ids |');
    expect(md).toContain('  - { kind: document, match: [会议记录], min: 2 }');
    const rows = md.filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(KINDS.length);
    const doc = kindOf('document')!;
    expect(rows).toContain(`| \`document\` | ${doc.explain.zh} | ${doc.explain.en} | yes | \`material.document-missing\` \`material.documents-too-few\` |`);
    expect(rows.find((r) => r.startsWith('| `photo`'))).toMatch(/\| no \| `material\.photos-too-few` \|$/);
    expect(md.at(-1)).toBe('');
  });
});
