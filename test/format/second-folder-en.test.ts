/**
 * A unit's second folder (县文旅局 - 副本 beside 县文旅局) is a row of its own, named by the unit and
 * the folder. The wording of that name is the catalog's (src/messages/units.ts): `--lang en` says
 * `县文旅局 (folder 县文旅局 - 副本)` in every format meant to be read, not the Chinese
 * `县文旅局（文件夹 县文旅局 - 副本）`; JSON (and SARIF's properties.unit) keep the raw name, an identifier
 * the same in every language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { evaluationParas } from '../../fixtures/build/texts.js';
import { runBin, writeFile } from '../cli/helpers.js';
import { tempDir } from '../helpers/temp.js';
import { secondFolderUnitName, unitLabel } from '../../src/messages/units.js';
import { renderMessage } from '../../src/messages/index.js';

const root = tempDir('lc-second-folder-');
const ZH = '县文旅局（文件夹 县文旅局 - 副本）';
const EN = '县文旅局 (folder 县文旅局 - 副本)';

describe('the name of a unit\'s second folder, by language', () => {
  it('is made and read back by the catalog alone', () => {
    expect(secondFolderUnitName('县文旅局', '县文旅局 - 副本')).toBe(ZH);
    expect(unitLabel(ZH, 'zh')).toBe(ZH);
    expect(unitLabel(ZH, 'en')).toBe(EN);
    // A folder name holding full-width brackets of its own keeps them.
    expect(unitLabel(secondFolderUnitName('县文旅局', '县文旅局（终稿）'), 'en')).toBe('县文旅局 (folder 县文旅局（终稿）)');
    // Just outside: a unit's own name, even one with brackets, is left as it is.
    expect(unitLabel('县文旅局', 'en')).toBe('县文旅局');
    expect(unitLabel('县文化馆（县图书馆）', 'en')).toBe('县文化馆（县图书馆）');
    // A message naming the unit says it in the message's language.
    const args = { unit: ZH, count: 2, folders: ['县文旅局', '县文旅局 - 副本'] };
    expect(renderMessage('unit.several-folders', 'en', args)).toContain(`"${EN}"`);
    expect(renderMessage('unit.several-folders', 'zh', args)).toContain(`“${ZH}”`);
  });

  it('every readable format says it in English under --lang en; JSON keeps the raw name', async () => {
    const rulesFile = path.join(root, 'rules.yaml');
    fs.writeFileSync(rulesFile, ['name: 清河县', 'version: 1', 'extends: builtin', 'units:', '  县文旅局: [Ⅳ—2]', ''].join('\n'));
    const dir = path.join(root, '台账');
    const ev = await makeDocx({ paragraphs: evaluationParas({ unit: '县文旅局', indicator: '公共文化服务', issuer: '县委宣传部', date: '2026-06-20' }) });
    for (const folder of ['县文旅局', '县文旅局 - 副本']) writeFile(dir, `${folder}/Ⅳ—2 公共文化服务/部门评价.docx`, ev);
    const out = path.join(root, 'out');
    fs.mkdirSync(out, { recursive: true });
    const o = (n: string) => path.join(out, n);
    const formats = ['pretty:report.txt', 'junit:report.xml', 'sarif:report.sarif', 'html:report.html', 'gitlab:report.gitlab.json', 'xlsx:report.xlsx', 'json:report.json'];
    for (const lang of ['en', 'zh']) {
      const r = runBin([dir, '-r', rulesFile, '--lang', lang, '--as-of', '2026-10-21', ...formats.flatMap((f) => ['-f', `${f.replace(':', `:${out}/${lang}-`)}`])]);
      expect(r.stderr).not.toMatch(/Error|内部错误/);
    }
    // SARIF: the logical location is read by people; properties.unit is the raw name, as in JSON.
    type Sarif = { runs: { results: { locations: { logicalLocations?: { name: string }[] }[]; properties: { unit: string | null } }[] }[] };
    const results = (lang: string) => (JSON.parse(fs.readFileSync(o(`${lang}-report.sarif`), 'utf8')) as Sarif).runs[0]!.results;
    const logical = (lang: string) => results(lang).flatMap((r) => r.locations.flatMap((l) => (l.logicalLocations ?? []).map((x) => x.name)));
    expect(logical('en')).toContain(`${EN} / IV-2`);
    expect(logical('en').join('\n')).not.toContain('（文件夹');
    expect(logical('zh')).toContain(`${ZH} / IV-2`);
    expect(results('en').map((r) => r.properties.unit)).toContain(ZH);
    // HTML: the page's filter matches raw names (data-unit, an option's value); the text shown is the label.
    const shown = (f: string, text: string) => (f.endsWith('.html') ? text.replace(/ (?:data-unit|value)="[^"]*"/g, '') : text);
    for (const f of ['report.txt', 'report.xml', 'report.html']) {
      const en = shown(f, fs.readFileSync(o(`en-${f}`), 'utf8'));
      expect(en, f).toContain(EN);
      expect(en, f).not.toContain('（文件夹');
      expect(fs.readFileSync(o(`zh-${f}`), 'utf8'), f).toContain(ZH);
    }
    // GitLab's code-quality report names no unit but in its messages: none in Chinese wording.
    expect(fs.readFileSync(o('en-report.gitlab.json'), 'utf8')).not.toContain('（文件夹');
    // The workbook: every sheet's unit column.
    const ExcelJS = (await import('exceljs')).default;
    const cells = async (lang: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(o(`${lang}-report.xlsx`));
      const out: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text)))));
      return out;
    };
    const enCells = await cells('en');
    expect(enCells).toContain(EN);
    expect(enCells.join('\n')).not.toContain('（文件夹');
    expect(await cells('zh')).toContain(ZH);
    for (const lang of ['en', 'zh']) {
      const json = JSON.parse(fs.readFileSync(o(`${lang}-report.json`), 'utf8')) as { units: { name: string }[] };
      expect(json.units.map((u) => u.name)).toContain(ZH);
    }
  });
});
