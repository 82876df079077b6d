/**
 * Copied unit folders on a shared drive (session 17): `县文旅局 - 副本`, `县文旅局 - 副本 (2)`,
 * `Copy of 县文旅局`, `县文旅局(1)` are folders of 县文旅局, not units of their own. As with any
 * second folder of a unit, each folder is checked apart (the copy keeps its folder name), the
 * original is the unit's own folder even where the copy sorts first, and every folder of the unit
 * says the unit has more than one folder (unit.several-folders), instead of calling the copy a
 * unit the rule set lacks (unit.unassigned).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { evaluationParas } from '../../fixtures/build/texts.js';
import { runBin, writeFile } from '../cli/helpers.js';
import { tempDir } from '../helpers/temp.js';
import { cleanUnitFolderName, isCopyFolderName } from '../../src/units/folder.js';
import { renderMessage } from '../../src/messages/index.js';

const root = tempDir('lc-copies-'); // removed when the file ends (test/helpers/temp.ts)

describe('copy marks in a unit folder name', () => {
  it.each([
    ['县文旅局 - 副本', '县文旅局', true],
    ['县文旅局 - 副本 (2)', '县文旅局', true],
    ['县文旅局 - 副本 - 副本', '县文旅局', true],
    ['县文旅局 副本 2', '县文旅局', true],
    ['县文旅局的副本', '县文旅局', true],
    ['复件 县文旅局', '县文旅局', true],
    ['县文旅局 - Copy', '县文旅局', true],
    ['县文旅局 copy 3', '县文旅局', true],
    ['Copy of 县文旅局', '县文旅局', true],
    ['Copy (2) of 03 县文旅局（终稿）', '县文旅局', true],
    ['县文旅局(1)', '县文旅局', true],
    ['县文旅局（2）', '县文旅局', true],
    ['03 县文旅局（终稿）', '县文旅局', false],
    ['县文旅局', '县文旅局', false],
    ['副本', '副本', false], // nothing left: the name as it is
    ['县文旅局(终稿)', '县文旅局', false],
  ])('%s → %s (copy: %s)', (folder, name, copy) => {
    expect(cleanUnitFolderName(folder)).toBe(name);
    expect(isCopyFolderName(folder)).toBe(copy);
  });
});

describe('a county with copied unit folders', () => {
  const rulesFile = path.join(root, 'rules.yaml');
  fs.writeFileSync(rulesFile, ['name: 清河县', 'version: 1', 'extends: builtin', 'units:', '  县文旅局: [Ⅳ—2]', '  县教育局: [Ⅳ—2]', ''].join('\n'));
  type Report = { units: { name: string; folder: string }[]; findings: { ruleId: string; unit: string; args?: Record<string, unknown> }[] };

  async function county(name: string, folders: string[]): Promise<Report> {
    const dir = path.join(root, name);
    const ev = await makeDocx({ paragraphs: evaluationParas({ unit: '县文旅局', indicator: '公共文化服务', issuer: '县委宣传部', date: '2026-06-20' }) });
    for (const folder of folders) writeFile(dir, `${folder}/Ⅳ—2 公共文化服务/部门评价.docx`, ev);
    writeFile(dir, '县教育局/Ⅳ—2 公共文化服务/部门评价.docx', ev);
    const r = runBin([dir, '-r', rulesFile, '--format', 'json', '--lang', 'en', '--as-of', '2026-10-21']);
    expect(r.stderr).not.toMatch(/Error|内部错误/);
    return JSON.parse(r.stdout) as Report;
  }
  const several = (r: Report) => r.findings.filter((f) => f.ruleId === 'unit.several-folders').map((f) => [f.unit, f.args?.folders]);
  const unassigned = (r: Report) => r.findings.filter((f) => f.ruleId === 'unit.unassigned').map((f) => f.unit);

  it('a Windows copy is the unit\'s second folder: the original stays the unit\'s own though the copy sorts first', async () => {
    const r = await county('台账1', ['县文旅局', '县文旅局 - 副本']);
    expect(r.units.map((u) => [u.name, u.folder])).toEqual([
      ['县文旅局', '县文旅局'],
      ['县教育局', '县教育局'],
      ['县文旅局（文件夹 县文旅局 - 副本）', '县文旅局 - 副本'],
    ]);
    const folders = ['县文旅局', '县文旅局 - 副本'];
    expect(several(r)).toEqual([
      ['县文旅局', folders],
      ['县文旅局（文件夹 县文旅局 - 副本）', folders],
    ]);
    expect(unassigned(r)).toEqual([]);
  });

  it('copies only (县文旅局 - 副本 and Copy of 县文旅局): the unit is still 县文旅局, told it has two folders', async () => {
    const r = await county('台账2', ['县文旅局 - 副本 (2)', 'Copy of 县文旅局']);
    expect(r.units.map((u) => u.name)).toEqual(['Copy of 县文旅局', '县教育局', '县文旅局 - 副本 (2)'].map((f) => (f === '县教育局' ? f : f === 'Copy of 县文旅局' ? '县文旅局' : `县文旅局（文件夹 ${f}）`)));
    expect(several(r).map(([u]) => u)).toEqual(['县文旅局', '县文旅局（文件夹 县文旅局 - 副本 (2)）']);
    expect(unassigned(r)).toEqual([]);
  });

  it('one copy alone is the unit\'s folder, with nothing to tell (and no unknown unit)', async () => {
    const r = await county('台账3', ['县文旅局(1)']);
    expect(r.units.map((u) => [u.name, u.folder])).toEqual([
      ['县文旅局', '县文旅局(1)'],
      ['县教育局', '县教育局'],
    ]);
    expect(several(r)).toEqual([]);
    expect(unassigned(r)).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'unit.nothing-submitted')).toEqual([]);
  });

  it('two folders that are no copies (02 县文旅局, 县文旅局) are told the same way', async () => {
    const r = await county('台账4', ['02 县文旅局', '县文旅局']);
    expect(r.units.map((u) => [u.name, u.folder])).toEqual([
      ['县文旅局', '02 县文旅局'],
      ['县教育局', '县教育局'],
      ['县文旅局（文件夹 县文旅局）', '县文旅局'],
    ]);
    expect(several(r).map(([u]) => u)).toEqual(['县文旅局', '县文旅局（文件夹 县文旅局）']);
  });

  it('a unit the rule set lacks stays one when copied: unit.unassigned on each of its folders beside several-folders', async () => {
    const r = await county('台账5', ['县文旅局', '县旅游公司', '县旅游公司 - 副本']);
    expect(several(r).map(([u]) => u)).toEqual(['县旅游公司', '县旅游公司（文件夹 县旅游公司 - 副本）']);
    expect(unassigned(r)).toEqual(['县旅游公司', '县旅游公司（文件夹 县旅游公司 - 副本）']);
  });

  it('words it in both languages with the folder names as they are', () => {
    const args = { unit: '县文旅局', folders: ['县文旅局', '县文旅局 - 副本'], count: 2 };
    expect(renderMessage('unit.several-folders', 'zh', args)).toBe('单位“县文旅局”有 2 个文件夹（县文旅局、县文旅局 - 副本），无法确定哪一个是正式移交的；各文件夹分别检查');
    expect(renderMessage('unit.several-folders', 'en', args)).toBe('the unit "县文旅局" has 2 folders (县文旅局, 县文旅局 - 副本): which one was handed in is ambiguous; each folder is checked on its own');
  });
});
