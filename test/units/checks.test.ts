/**
 * The two false verdicts on unit names: a 部门评价 signed with the unit's full name is
 * self-issued, and a sign-off sheet naming the unit's full name names the unit — at check level
 * and through the CLI on a county folder whose unit folders carry ordinals, notes and years.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { evaluationParas, signoffParas } from '../../fixtures/build/texts.js';
import { extracted, ids, runChecks } from '../report/helpers.js';
import { runBin, tempDir, writeFile } from '../cli/helpers.js';

const evaluation = (issuer: string) => ['关于县市场监管局创文工作的评价意见', '该局认真开展食品安全宣传活动，工作扎实，评价为优秀。', issuer, '2025年6月20日'];
const signoff = (unitName: string) => [['台账移交确认单'], ['移交单位：' + unitName], ['主要领导签字：王建国'], ['日期：2025年10月20日']].flat();

describe('evaluation.self-issued compares identities', () => {
  const unitName = '县市场监管局';
  it.each([
    ['清河县市场监督管理局', ['evaluation.self-issued']],
    ['县市场监管局', ['evaluation.self-issued']],
    ['市场监督管理局', ['evaluation.self-issued']],
    ['市市场监督管理局', []], // the city bureau: a superior body
    ['清河县精神文明建设委员会办公室', []],
    ['中共清河县委宣传部', []],
    // The seal's place written beside the name, and a form's label with it (评价单位（盖章）：…).
    ['清河县市场监督管理局（公章）', ['evaluation.self-issued']],
    ['清河县市场监督管理局(章)', ['evaluation.self-issued']],
    ['评价单位（盖章）：清河县市场监督管理局', ['evaluation.self-issued']],
    ['出具单位（盖章）：中共清河县委宣传部', []],
  ])('signed %s', async (issuer, expected) => {
    const f = await extracted(await makeDocx({ paragraphs: evaluation(issuer) }), 'pj.docx', 'docx', 'evaluation', unitName);
    expect(ids(runChecks(f, { unitName }))).toEqual(expected);
  });

  it('uses the rule file\'s own name for a unit the table does not know', async () => {
    const issuer = '清河县文明实践指导站';
    const f = await extracted(await makeDocx({ paragraphs: evaluation(issuer) }), 'pj.docx', 'docx', 'evaluation', '县实践站');
    expect(ids(runChecks(f, { unitName: '县实践站' }))).toEqual([]);
    const rules = { units: { 县实践站: ['III-12'] }, unitNames: { 县实践站: { name: issuer, aliases: [] } } };
    expect(ids(runChecks(f, { unitName: '县实践站', rules }))).toEqual(['evaluation.self-issued']);
  });
});

describe('signoff.unit-not-named compares identities', () => {
  it.each([
    ['清河县文化和旅游局', []],
    ['县文旅局', []],
    ['清河县文化广电和旅游局', []],
    ['清河市文化和旅游局', ['signoff.unit-not-named']],
    ['县委宣传部', ['signoff.unit-not-named']],
  ])('sheet naming %s, for 县文旅局', async (named, expected) => {
    const f = await extracted(makePdf({ pages: [signoff(named)] }), '移交签单.pdf', 'pdf', 'signoff', '县文旅局');
    expect(ids(runChecks(f, { unitName: '县文旅局' }))).toEqual(expected);
  });
});

describe('a county folder, end to end', () => {
  const root = tempDir('lc-units-');

  it('matches 03 县文旅局（终稿） and 县市场监管局-2026 to their units and judges them by full names', async () => {
    const county = path.join(root, '台账');
    const wl = '03 县文旅局（终稿）';
    const sj = '县市场监管局-2026';
    writeFile(county, `${wl}/移交签单.docx`, await makeDocx({ paragraphs: signoffParas({ unit: '清河县文化和旅游局', leader: '王建国', date: '2026-10-20' }) }));
    writeFile(county, `${wl}/Ⅳ—2 公共文化服务/部门评价.docx`, await makeDocx({ paragraphs: evaluationParas({ unit: '县文旅局', indicator: '公共文化服务', issuer: '清河县精神文明建设委员会办公室', date: '2026-06-20' }) }));
    writeFile(county, `${sj}/移交签单.docx`, await makeDocx({ paragraphs: signoffParas({ unit: '清河县市场监督管理局', leader: '李明', date: '2026-10-20' }) }));
    writeFile(county, `${sj}/Ⅳ—6 市场秩序/部门评价.docx`, await makeDocx({ paragraphs: evaluationParas({ unit: '县市场监管局', indicator: '市场秩序', issuer: '清河县市场监督管理局', date: '2026-06-20' }) }));
    const rulesFile = path.join(root, 'rules.yaml');
    fs.writeFileSync(
      rulesFile,
      [
        'name: 清河县',
        'version: 1',
        'extends: builtin',
        'period: { start: 2025-08-01, end: 2026-07-31 }',
        'deadline: 2026-10-26',
        'units:',
        '  县文旅局: { name: 清河县文化和旅游局, indicators: [Ⅳ—2] }',
        '  县市场监管局: { name: 清河县市场监督管理局, aliases: [县市监局], indicators: [Ⅳ—6] }',
        '',
      ].join('\n'),
    );
    const r = runBin([county, '-r', rulesFile, '--format', 'json', '--as-of', '2026-10-21']);
    expect(r.stderr).not.toMatch(/Error|内部错误/);
    const report = JSON.parse(r.stdout) as { units: { name: string; folder: string }[]; findings: { ruleId: string; unit: string; file: string | null }[] };
    expect(report.units.map((u) => [u.name, u.folder])).toEqual([
      ['县文旅局', wl],
      ['县市场监管局', sj],
    ]);
    const found = (id: string) => report.findings.filter((f) => f.ruleId === id).map((f) => `${f.unit} ${f.file}`);
    expect(found('evaluation.self-issued')).toEqual([`县市场监管局 ${sj}/Ⅳ—6 市场秩序/部门评价.docx`]);
    expect(found('signoff.unit-not-named')).toEqual([]);
    expect(found('unit.nothing-submitted')).toEqual([]);
    expect(found('unit.unassigned')).toEqual([]);
  });

  it('tells apart units whose names overlap, and knows county bodies by their other official forms', async () => {
    const county = path.join(root, '台账2');
    const ev = (unit: string, issuer: string) => makeDocx({ paragraphs: evaluationParas({ unit, indicator: '公共文化服务', issuer, date: '2026-06-20' }) });
    const so = (named: string) => makeDocx({ paragraphs: signoffParas({ unit: named, leader: '王建国', date: '2026-10-20' }) });
    // folder, unit, the 部门评价's issuer, the name on the sign-off sheet
    const cases: [string, string, string, string][] = [
      ['县教育局（1）', '县教育局', '清河县教体局', '清河县教育局'],
      ['清河县教体局（定稿）', '县教体局', '清河县教体局', '清河县教体局'],
      ['１２　县委网信办', '县委网信办', '中共清河县委宣传部', '中共清河县委宣传部'],
      ['11 县委宣传部(1)', '县委宣传部', '中共清河县委网络安全和信息化委员会办公室', '中共清河县委宣传部'],
      ['县生态环境分局20261020', '县生态环境分局', '市生态环境局', '市生态环境局清河分局'],
      ['县文明办', '县文明办', '清河县精神文明建设指导委员会办公室', '清河县精神文明建设指导委员会办公室'],
    ];
    for (const [folder, unit, issuer, named] of cases) {
      writeFile(county, `${folder}/移交签单.docx`, await so(named));
      writeFile(county, `${folder}/Ⅳ—2 公共文化服务/部门评价.docx`, await ev(unit, issuer));
    }
    const rulesFile = path.join(root, 'rules2.yaml');
    fs.writeFileSync(rulesFile, ['name: 清河县', 'version: 1', 'extends: builtin', 'units:', ...cases.map(([, unit]) => `  ${unit}: [Ⅳ—2]`), ''].join('\n'));
    const r = runBin([county, '-r', rulesFile, '--format', 'json', '--as-of', '2026-10-21']);
    expect(r.stderr).not.toMatch(/Error|内部错误/);
    const report = JSON.parse(r.stdout) as { units: { name: string; folder: string }[]; findings: { ruleId: string; unit: string }[] };
    expect(report.units.map((u) => [u.name, u.folder])).toEqual(cases.map(([folder, unit]) => [unit, folder]));
    const found = (id: string) => report.findings.filter((f) => f.ruleId === id).map((f) => f.unit).sort();
    // 县教体局 signing for 县教育局 is another unit of the county; 县教体局 signing its own is self-issued.
    expect(found('evaluation.self-issued')).toEqual(['县教体局', '县文明办']);
    // 县委网信办's sheet names 县委宣传部: another unit.
    expect(found('signoff.unit-not-named')).toEqual(['县委网信办']);
    expect(found('unit.nothing-submitted')).toEqual([]);
    expect(found('unit.unassigned')).toEqual([]);
  });

  it('a second folder of one unit is judged by the unit\'s names (self-issued there too)', async () => {
    const county = path.join(root, '台账3');
    for (const folder of ['02 县文旅局', '县文旅局']) {
      writeFile(county, `${folder}/Ⅳ—2 公共文化服务/部门评价.docx`, await makeDocx({ paragraphs: evaluationParas({ unit: '县文旅局', indicator: '公共文化服务', issuer: '清河县文化和旅游局', date: '2026-06-20' }) }));
    }
    const rulesFile = path.join(root, 'rules3.yaml');
    fs.writeFileSync(rulesFile, ['name: 清河县', 'version: 1', 'extends: builtin', 'units:', '  县文旅局: { name: 清河县文化和旅游局, indicators: [Ⅳ—2] }', ''].join('\n'));
    const r = runBin([county, '-r', rulesFile, '--format', 'json', '--as-of', '2026-10-21']);
    const report = JSON.parse(r.stdout) as { units: { name: string; folder: string }[]; findings: { ruleId: string; unit: string }[] };
    expect(report.units.map((u) => [u.name, u.folder])).toEqual([
      ['县文旅局', '02 县文旅局'],
      ['县文旅局（文件夹 县文旅局）', '县文旅局'],
    ]);
    // Each folder's self-issued 部门评价 is found: the second folder is judged by the unit's names.
    expect(report.findings.filter((f) => f.ruleId === 'evaluation.self-issued').map((f) => f.unit)).toEqual(['县文旅局', '县文旅局（文件夹 县文旅局）']);
  });
});
