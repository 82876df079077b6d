/** The corpus README's count tables come from the front matter: a tiny corpus gives known counts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { countTables, readSplit } from '../../scripts/corpus-counts.js';
import { tempDirEach } from '../helpers/temp.js';

let root = '';
const freshDir = tempDirEach('lc-counts-');

const report = (id: string, missing: string[], traps: string[], body: string, headings = 'numbered') =>
  [
    '---',
    `id: "${id}"`,
    `unit: 县${id}局`,
    'indicator: "Ⅱ—8 测试"',
    'style: 说明式',
    `headings: ${headings}`,
    'labels:',
    ...['主体责任', '部署文件', '具体措施', '数据实例', '取得成效'].map((e) => `  ${e}: ${missing.includes(e) ? 'missing' : 'present'}`),
    `traps: [${traps.join(', ')}]`,
    '---',
    body,
  ].join('\n');

it('counts reports, lacks, traps, headings, pages and lengths per split', () => {
  root = freshDir();
  for (const s of ['train', 'holdout']) mkdirSync(path.join(root, s));
  writeFileSync(path.join(root, 'train', '001.md'), report('001', [], [], '# 标题\n正文 一二三\n<<<PAGE>>>\n四五'));
  writeFileSync(path.join(root, 'train', '002.md'), report('002', ['取得成效'], ['heading-empty'], '甲乙', 'none'));
  writeFileSync(path.join(root, 'holdout', '003.md'), report('003', ['数据实例', '取得成效'], ['heading-empty', 'data-is-attachment-pointer'], '丙'));
  writeFileSync(path.join(root, 'holdout', '004.md'), report('004', ['主体责任', '部署文件', '具体措施'], [], '丁'));
  const md = countTables({ train: readSplit(path.join(root, 'train')), holdout: readSplit(path.join(root, 'holdout')) });
  expect(md).toContain('| reports | 2 | 2 | 4 |');
  expect(md).toContain('| lacking three or more | 0 | 1 | 1 |');
  expect(md).toContain('| complete (all five present) | 1 | 0 | 1 |');
  expect(md).toContain('| lacking one element | 1 | 0 | 1 |');
  expect(md).toContain('| lacking two elements | 0 | 1 | 1 |');
  expect(md).toContain('| 取得成效 | 1 | 1 | 2 |');
  expect(md).toContain('| 数据实例 | 0 | 1 | 1 |');
  expect(md).toContain('| `heading-empty` | 1 | 1 | 2 |');
  expect(md).toContain('| headings: none | 1 | 0 | 1 |');
  expect(md).toContain('| two pages or more (`<<<PAGE>>>`) | 1 | 0 | 1 |');
  // 001's body without whitespace, page marks and the "# " of its heading: 标题正文一二三四五 = 9
  expect(md).toContain('train min 2, median 5.5, max 9; holdout min 1, median 1, max 1');
  expect(md).toContain('| 主体责任 | 0 | 1 | 1 |');
  expect(md).toContain('Unit names: train 2, holdout 2, 4 in all');
});

it('reads a missing split as empty', () => {
  expect(readSplit('/nonexistent/holdout')).toEqual([]);
});

it('says "none" for the lengths of an empty split instead of Infinity', () => {
  const md = countTables({ train: [{ meta: { id: '001' }, body: '一二三' } as never], holdout: [] });
  expect(md).toMatch(/train min 3, median 3, max 3; holdout none\./);
  expect(md).not.toMatch(/Infinity/);
});
