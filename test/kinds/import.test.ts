/** `rules import`: task-table wording that only `materials:` can say becomes `materials:` entries. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRequirements } from '../../src/import/requirements.js';
import { importTaskTable } from '../../src/import/task-table.js';
import { loadRules } from '../../src/rules/load.js';
import { ruleIds } from '../../src/messages/index.js';
import { makeTaskTableXlsx } from '../../fixtures/build/xlsx.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('lc-kinds-import-');

describe('task-table wording → materials:', () => {
  it.each([
    ['会议记录2份以上', [{ kind: 'document', match: ['会议记录'], min: 2 }]],
    ['提供不少于两份会议记录', [{ kind: 'document', match: ['会议记录'], min: 2 }]],
    ['会议纪要', [{ kind: 'document', match: ['会议纪要'] }]],
    ['工作方案', [{ kind: 'document', match: ['工作方案'] }]],
    ['提供相关管理制度', [{ kind: 'document', match: ['制度'] }]],
    ['线上活动截图3张', [{ kind: 'screenshot', online: true, min: 3 }]],
    ['活动截图', [{ kind: 'screenshot' }]],
  ])('%s', (text, materials) => {
    const { req, unparsed } = parseRequirements(text);
    expect(req.materials).toEqual(materials);
    expect(unparsed).toEqual([]);
  });
  it('each clause its own entry; 正式发文 stays documents:', () => {
    const { req } = parseRequirements('说明报告500字；会议记录2份；工作方案1份；正式发文');
    expect(req.materials).toEqual([
      { kind: 'document', match: ['会议记录'], min: 2 },
      { kind: 'document', match: ['工作方案'], min: 1 },
    ]);
    expect(req.documents).toEqual({ required: true });
  });
  it('a photo count is not a screenshot count', () => {
    expect(parseRequirements('图片3张（含线上活动截图）').req.materials).toEqual([{ kind: 'screenshot', online: true }]);
  });
});

describe('rules import writes materials: a county can load', () => {
  it('会议记录, 线上活动截图 and 正式发文 in one cell become one materials: list, and the file loads', async () => {
    const table = path.join(dir, '任务分解表.xlsx');
    fs.writeFileSync(table, await makeTaskTableXlsx([
      { code: 'Ⅲ—12', project: 'Ⅲ 文化', content: '我们的节日', requirement: '说明报告500字；会议记录2份；线上活动截图1张；正式发文', units: '县文旅局', leader: '李四' },
    ], { title: '任务分解表' }));
    const { rules, yaml } = await importTaskTable(table);
    const ind = rules.indicators![0]!;
    expect(ind.documents).toBeUndefined();
    expect(ind.materials).toEqual([
      { kind: 'document', match: ['会议记录'], min: 2 },
      { kind: 'screenshot', online: true, min: 1 },
      { kind: 'document', min: 1 },
    ]);
    const out = path.join(dir, 'rules.yaml');
    fs.writeFileSync(out, yaml);
    const loaded = loadRules({ file: out, knownRuleIds: ruleIds }).indicators.find((i) => i.key === 'III-12')!;
    expect(loaded.documents).toEqual({ required: true });
    expect(loaded.materials.filter((m) => m.kind === 'document').map((m) => [m.match, m.min])).toEqual([[['会议记录'], 2], [[], 1]]);
  });
});
