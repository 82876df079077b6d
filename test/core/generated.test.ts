import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFileJsonSchema } from '../../scripts/gen-schema.js';
import { rulesMarkdown } from '../../scripts/gen-docs.js';
import { catalog } from '../../src/messages/index.js';
import { repoRoot } from '../cli/helpers.js';

describe('generated files are current', () => {
  it('schema/rules.schema.json matches the zod schema (npm run schema)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schema/rules.schema.json'), 'utf8'));
    expect(committed).toEqual(ruleFileJsonSchema());
  });

  it('docs/rules.md matches the message catalog (npm run docs)', () => {
    expect(fs.readFileSync(path.join(repoRoot, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown());
  });
});

describe('the message catalog', () => {
  it('has a Chinese and an English text for every rule, and zh messages are Chinese', () => {
    const sample = { file: 'a.jpg', seen: 1, expected: 2, element: '数据实例', code: 'Ⅲ—12', name: '我们的节日', unit: '县教育局' };
    for (const [id, r] of Object.entries(catalog)) {
      expect(id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      for (const lang of ['zh', 'en'] as const) {
        expect(r.title[lang].length, id).toBeGreaterThan(0);
        expect(r.why[lang].length, id).toBeGreaterThan(0);
        expect(r.fix[lang].length, id).toBeGreaterThan(0);
        expect(typeof r.message[lang](sample)).toBe('string');
      }
      expect(r.title.zh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(r.fix.zh, id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
