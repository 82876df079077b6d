import { describe, expect, it, beforeAll } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import YAML from 'yaml';
import { importTaskTable, TaskTableError } from '../../src/import/task-table.js';
import { parseRequirements } from '../../src/import/requirements.js';
import { ruleFileSchema } from '../../src/rules/schema.js';
import { loadRules } from '../../src/rules/load.js';
import { festivalChecks } from '../../src/checks/festival.js';
import { check } from '../../src/check.js';
import { festivalDate } from '../../src/festivals/index.js';
import { makeXls } from '../../fixtures/build/cfb.js';
import { makeTaskTableXlsx, makeCfbStub, makeRegisterXlsx, festivalRegisterSheet, type TaskRow } from '../../fixtures/build/xlsx.js';
import { tempDir } from './helpers.js';
import { indicator, run } from './model.js';

describe('requirement text → parameters', () => {
  it('reads the domain example', () => {
    expect(parseRequirements('说明报告500字；实景图片3张以上，注明时间、地点、主讲人、宣讲主题')).toEqual({
      req: { report: { required: true, minChars: 500 }, photos: { min: 3, caption: ['时间', '地点', '主讲人', '宣讲主题'] } },
      unparsed: [],
    });
  });

  it('reads Chinese numerals, evaluations, registers, documents and festival counts', () => {
    const { req, unparsed } = parseRequirements(
      '1.说明报告不少于三百字；2.图片五张，图片清晰；3.提供部门评价；4.提供活动登记表；5.正式发文；6.春节、端午、中秋每个节日开展2次以上主题活动，其中线上活动不少于1次',
    );
    expect(req).toEqual({
      report: { required: true, minChars: 300 },
      photos: { min: 5 },
      evaluation: 'required',
      register: { required: true, perFestival: 2, online: 1 },
      documents: { required: true },
      festivals: ['春节', '端午', '中秋'],
    });
    expect(unparsed).toEqual([]);
  });

  it('keeps what it cannot read', () => {
    expect(parseRequirements('视频资料1段；实景图片3张').unparsed).toEqual(['视频资料1段']);
  });
});

const DOZEN: TaskRow[] = [
  { code: 'Ⅰ—1', project: 'Ⅰ 思想道德建设', content: '理论学习与宣传宣讲', requirement: '说明报告500字；实景图片3张以上，注明时间、地点、主讲人、宣讲主题', units: '县委宣传部', leader: '王五' },
  { code: 'Ⅰ—2', content: '新时代文明实践', requirement: '说明报告300字；图片3张', units: '县委宣传部、县文明办', leader: '王五' },
  { code: 'I-3', content: '文明实践志愿服务', requirement: '活动登记表；图片6张' },
  { code: '2.1', project: 'Ⅱ 公共文化', content: '公共文化服务', requirement: '说明报告；实景图片4张，注明时间、地点', units: '县文旅局', leader: '赵六' },
  { code: 'Ⅱ－2', content: '诚信建设', requirement: '正式发文；说明报告300字', units: '县市场监管局' },
  { content: 'Ⅱ—3 未成年人思想道德建设', requirement: '说明报告500字；提供部门评价；视频资料1段', units: '县教育局', leader: '钱七' },
  { code: 'Ⅲ—12', project: 'Ⅲ 文化传承', content: '我们的节日', requirement: '说明报告500字；图片3张，注明时间、地点、活动名称；春节、元宵、清明、端午、七夕、中秋、重阳每个节日至少开展1次活动，其中线上活动不少于1次；活动登记表', units: '县教育局、县文旅局', leader: '孙八' },
  { code: 'Ⅲ—13', content: '移风易俗', requirement: '说明报告300字' },
  { code: '3.14', content: '家风家教', requirement: '图片三张以上' },
  { code: 'Ⅲ—15', content: '志愿服务', requirement: '活动台账；图片3张', units: '县卫健委', leader: '周九' },
  { code: 'Ⅴ—3', project: 'Ⅴ 城市环境', content: '市容环境卫生', requirement: '图片6张，注明时间、地点', units: '县城管局', leader: '吴十' },
  { code: 'Ⅴ—6', content: '公共卫生', requirement: '说明报告500字', units: '县卫健委', leader: '周九' },
];

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('rules import (任务分解表)', () => {
  it('turns a task table of a dozen indicators into a valid rule file', async () => {
    const file = path.join(dir, '清河县任务分解表.xlsx');
    await fs.writeFile(file, await makeTaskTableXlsx(DOZEN, { title: '清河县创建全国县级文明城市网上申报任务分解表' }));
    const { rules, yaml, notes } = await importTaskTable(file);
    expect(ruleFileSchema.safeParse(YAML.parse(yaml)).success).toBe(true);
    expect(rules.extends).toBe('builtin');
    const codes = rules.indicators!.map((i) => i.code);
    expect(codes).toEqual(['I-1', 'I-2', 'I-3', 'II-1', 'II-2', 'II-3', 'III-12', 'III-13', 'III-14', 'III-15', 'V-3', 'V-6']);
    const byCode = (c: string) => rules.indicators!.find((i) => i.code === c)!;
    expect(byCode('I-1')).toMatchObject({ name: '理论学习与宣传宣讲', units: ['县委宣传部'], report: { minChars: 500 }, photos: { min: 3, caption: ['时间', '地点', '主讲人', '宣讲主题'] } });
    // Merged cells carry units and the project down: I-3 inherits I-2's units.
    expect(byCode('I-3').units).toEqual(['县委宣传部', '县文明办']);
    expect(byCode('II-3')).toMatchObject({ name: '未成年人思想道德建设', evaluation: 'required', note: expect.stringContaining('视频资料1段') });
    expect(byCode('III-12')).toMatchObject({
      festivals: ['春节', '元宵', '清明', '端午', '七夕', '中秋', '重阳'],
      register: { required: true, perFestival: 1, online: 1 },
      photos: { min: 3, caption: ['时间', '地点', '活动名称'] },
    });
    expect(byCode('III-14').photos).toEqual({ min: 3 });
    // III-13 and III-14 sit under III-12's merged 责任单位 cell.
    expect(rules.units).toMatchObject({ 县教育局: ['II-3', 'III-12', 'III-13', 'III-14'], 县卫健委: ['III-15', 'V-6'] });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('视频资料1段');
    expect(yaml).toContain('# 负责人：孙八');

    // The written file loads on top of the built-in set and a check runs with it.
    const out = path.join(dir, 'rules.yaml');
    await fs.writeFile(out, yaml);
    const set = loadRules({ file: out });
    expect(set.period).toEqual(loadRules().period);
    const ind = set.indicators.find((i) => i.key === 'III-12')!;
    expect(ind.register).toMatchObject({ perFestival: 1, online: 1 });
    const hits = run(festivalChecks, indicator(set, 'III-12', []), set);
    expect(hits.filter((h) => h.ruleId === 'festival.missing')).toHaveLength(7);
  });

  it('a full check runs with the imported rule file', async () => {
    const table = path.join(dir, '分解表.xlsx');
    await fs.writeFile(table, await makeTaskTableXlsx(DOZEN));
    const rulesFile = path.join(dir, 'imported.yaml');
    await fs.writeFile(rulesFile, (await importTaskTable(table)).yaml);
    const unit = path.join(dir, 'ledger', '县教育局');
    await fs.mkdir(path.join(unit, 'Ⅲ—12 我们的节日'), { recursive: true });
    const zq = festivalDate('中秋', 2025); // inside the built-in period the imported file extends
    await fs.writeFile(
      path.join(unit, 'Ⅲ—12 我们的节日', '活动登记表.xlsx'),
      await makeRegisterXlsx({ sheets: [festivalRegisterSheet('县教育局', [{ name: '中秋诵读', date: { date: zq }, form: '线上' }])] }),
    );
    const report = await check({ path: unit, rules: rulesFile, asOf: '2026-09-01', lang: 'zh' });
    expect(report.rules.name).toBe('分解表（导入）');
    const missing = report.findings.filter((f) => f.ruleId === 'festival.missing').map((f) => f.args.festival);
    expect(missing).toContain('端午');
    expect(missing).not.toContain('中秋');
  });

  it('finds the header by synonyms without a title row or a code column', async () => {
    const file = path.join(dir, '简表.xlsx');
    const rows: TaskRow[] = [{ code: '', content: 'Ⅳ—6 诚信建设', requirement: '说明报告300字', units: '县发改局' }];
    await fs.writeFile(file, await makeTaskTableXlsx(rows, { header: ['序号', '编码', '测评项目', '测评指标', '标准', '申报要求', '牵头单位', '责任人'] }));
    const { rules } = await importTaskTable(file);
    expect(rules.indicators).toEqual([{ code: 'IV-6', name: '诚信建设', units: ['县发改局'], report: { required: true, minChars: 300 } }]);
  });

  it('refuses what is not a readable task table, with a code', async () => {
    const codes: string[] = [];
    for (const [name, buf] of [
      ['enc.xlsx', makeCfbStub('encrypted')],
      ['old.xls', makeCfbStub('xls')],
      ['old-password.xls', makeXls({ filePassAt: 0 })],
      ['empty.xlsx', Buffer.alloc(0)],
      ['nohdr.xlsx', await makeTaskTableXlsx([], { header: ['甲', '乙'] })],
    ] as const) {
      const p = path.join(dir, name);
      await fs.writeFile(p, buf);
      codes.push(await importTaskTable(p).then(() => 'ok', (e: unknown) => (e instanceof TaskTableError ? e.code : String(e))));
    }
    codes.push(await importTaskTable(path.join(dir, 'nope.xlsx')).then(() => 'ok', (e: TaskTableError) => e.code));
    expect(codes).toEqual(['encrypted', 'legacy-format', 'encrypted', 'empty', 'no-header', 'not-found']);
  });
  it('no header in a workbook of many sheets: the command names the first five, then how many (zh and en)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    for (let i = 1; i <= 12; i++) wb.addWorksheet(`表${i}`).addRow(['甲', '乙']);
    const p = path.join(dir, 'many-sheets.xlsx');
    await wb.xlsx.writeFile(p);
    const err = await importTaskTable(p).then(() => null, (e: TaskTableError) => e);
    expect(err?.code).toBe('no-header');
    expect(err?.sheets).toHaveLength(12);
    const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'ledger-check.js');
    const zh = spawnSync(process.execPath, [bin, 'rules', 'import', p], { encoding: 'utf8' });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('工作表：表1、表2、表3、表4、表5 等 12 个）');
    const en = spawnSync(process.execPath, [bin, 'rules', 'import', p, '--lang', 'en'], { encoding: 'utf8' });
    expect(en.stderr).toContain('sheets: 表1, 表2, 表3, 表4, 表5 and 7 more)');
  });
});

describe('rules import: a realistic table (issue 9: 台账要求, bracketed caption fields, pixel size, 完成时限; full unit names)', () => {
  const HEADER9 = ['序号', '指标编号', '测评项目', '测评内容', '测评标准', '台账要求', '责任单位', '负责人', '完成时限'];
  const rows: TaskRow[] = [
    { code: 'Ⅲ—12', project: 'Ⅲ', content: '我们的节日', requirement: '说明报告500字；实景图片3张以上，像素不低于1280×960，注明（时间、地点、事件）', units: '县文旅局（清河县文化和旅游局）、县教育局（牵头）', leader: '孙八', deadline: '2025年10月26日前' },
    { code: 'Ⅳ—6', content: '诚信建设', requirement: '实景图片5张（时间、地点、事件等要素），图片大小不低于500KB', units: '清河县市场监督管理局', leader: '李四', deadline: '2025年10月26日' },
    { code: 'Ⅴ—3', content: '市容环境', requirement: '图片6张，注明时间、地点', units: '县城管局', leader: '吴十', deadline: '9月30日' },
    { code: 'Ⅴ—6', content: '公共卫生', requirement: '说明报告300字', units: '清河县文化和旅游局', leader: '周九', deadline: '长期坚持' },
  ];

  it('reads every part the clerk typed', async () => {
    const file = path.join(dir, '台账要求.xlsx');
    await fs.writeFile(file, await makeTaskTableXlsx(rows, { header: HEADER9, title: '清河县2025年创文网上申报任务分解表' }));
    const { rules, yaml, notes } = await importTaskTable(file);
    expect(ruleFileSchema.safeParse(YAML.parse(yaml)).success).toBe(true);
    const byCode = (c: string) => rules.indicators!.find((i) => i.code === c)!;
    expect(byCode('III-12').photos).toEqual({ min: 3, minWidth: 1280, minHeight: 960, caption: ['时间', '地点', '事件'] });
    expect(byCode('IV-6').photos).toEqual({ min: 5, caption: ['时间', '地点', '事件'], minBytes: 500 * 1024 });
    expect(byCode('III-12').note).toBeUndefined();
    // One date in the 完成时限 column is the rule file's deadline (9月30日 reads in the title's year, and is earlier).
    expect(rules.deadline).toBe('2025-10-26');
    expect(byCode('V-3').note).toContain('完成时限：9月30日');
    expect(byCode('V-6').note).toContain('完成时限：长期坚持');
    expect(notes.some((n) => n.includes('完成时限不一致'))).toBe(true);
    // Units keyed by their short name, with the full name the table gives.
    expect(rules.units).toEqual({
      县文旅局: { name: '清河县文化和旅游局', indicators: ['III-12', 'V-6'] },
      县教育局: ['III-12'],
      清河县市场监督管理局: ['IV-6'], // only its full name in the table: that is its key (folder 县市场监管局 still matches it)
      县城管局: ['V-3'],
    });
    expect(byCode('V-6').units).toEqual(['县文旅局']);
    // The written file loads, and the full name reaches the rule set.
    const out = path.join(dir, 'full-names.yaml');
    await fs.writeFile(out, yaml);
    const set = loadRules({ file: out });
    expect(set.unitNames?.['县文旅局']).toEqual({ name: '清河县文化和旅游局', aliases: [] });
    expect(set.units['县文旅局']).toEqual(['III-12', 'V-6']);
    expect(set.deadline).toBe('2025-10-26');
  });

  it('caption fields: brackets and 等要素 never become part of a field', () => {
    expect(parseRequirements('实景图片3张，注明（时间、地点、事件）').req.photos?.caption).toEqual(['时间', '地点', '事件']);
    expect(parseRequirements('实景图片3张，注明【时间、地点、主讲人】等要素').req.photos?.caption).toEqual(['时间', '地点', '主讲人']);
    expect(parseRequirements('图片3张（时间、地点、事件）').req.photos?.caption).toEqual(['时间', '地点', '事件']);
    // A bracket that is not a list of fields is no caption.
    expect(parseRequirements('图片3张（含线上活动截图）').req.photos?.caption).toBeUndefined();
  });

  it('pixel and file size: 像素不低于1280×960, 分辨率 1920*1080; 不超过5MB is a maximum', () => {
    expect(parseRequirements('图片像素不低于1280×960').req.photos).toMatchObject({ minWidth: 1280, minHeight: 960 });
    expect(parseRequirements('图片3张，分辨率1920*1080以上').req.photos).toMatchObject({ min: 3, minWidth: 1920, minHeight: 1080 });
    expect(parseRequirements('图片3张，单张大小不超过5MB').req.photos).toMatchObject({ maxBytes: 5 * 1024 * 1024 });
    expect(parseRequirements('图片像素较高').req.photos?.minWidth).toBeUndefined();
  });
});
