import { describe, expect, it, beforeAll } from 'vitest';
import { extractRegister } from '../../src/extract/register.js';
import { registerChecks } from '../../src/checks/register.js';
import type { ExtractedFile } from '../../src/types.js';
import { makeRegisterXlsx, makeCfbStub } from '../../fixtures/build/xlsx.js';
import { makeXls } from '../../fixtures/build/cfb.js';
import { tempDir, writeFixture, photo } from './helpers.js';
import { ruleSet, indicator, run } from './model.js';

const period = { start: '2024-08-01', end: '2025-07-31' };
const rules = ruleSet(period);
let dir: string;

async function register(name: string, buf: Buffer, container: ExtractedFile['container'] = 'xlsx'): Promise<ExtractedFile> {
  const f = await writeFixture(dir, name, buf, container);
  const r = await extractRegister(f);
  return { ...f, facts: r.facts, error: r.error };
}

beforeAll(async () => {
  dir = await tempDir();
});

describe('register checks', () => {
  it('flags dates, participants, forms and photos with sheet and cell', async () => {
    const reg = await register(
      '活动登记表.xlsx',
      await makeRegisterXlsx({
        sheets: [
          {
            name: '登记',
            title: ['活动登记表'],
            header: ['序号', '活动名称', '活动日期', '参与人数', '形式', '照片文件名'],
            rows: [
              [1, '端午包粽子', '2025年5月30日', 60, '线下', 'dw1.jpg、dw2.jpg、dw9.jpg'],
              [2, '网上祭英烈', '2025.4.3', '若干', '网上', 'qm1'],
              [3, '读书会', '2025-09-01', 20, '线下', null],
              [4, '宣讲', '下旬', 20, '其他', null],
            ],
          },
        ],
      }),
    );
    const files = [
      reg,
      photo('dw1.jpg', '2025-05-31T10:00:00'), // within 3 days
      photo('dw2.jpg', '2025-06-12T10:00:00'), // 13 days later
      photo('qm1.jpg', '2025-04-03T09:00:00+08:00'), // named without extension
      photo('extra.jpg', '2025-05-01T09:00:00'), // listed nowhere
    ];
    const hits = run(registerChecks, indicator(rules, 'III-12', files, { register: { ...rules.indicators[0]!.register, photosPerRow: true, photoToleranceDays: 3 } }), rules);
    const ids = hits.map((h) => `${h.ruleId} ${h.location?.sheet ?? ''}!${h.location?.cell ?? ''}`).sort();
    expect(ids).toEqual([
      'register.date-invalid 登记!C6',
      'register.date-outside-period 登记!C5',
      'register.form-unknown 登记!E6',
      'register.participants-invalid 登记!D4',
      'register.photo-date-mismatch 登记!C3',
      'register.photo-missing 登记!F3',
      'register.photo-unlisted !',
      'register.row-without-photo 登记!F5',
      'register.row-without-photo 登记!F6',
    ]);
    const byId = (id: string) => hits.find((h) => h.ruleId === id)!;
    expect(byId('register.date-invalid').zh).toBe('工作表“登记”C6 单元格的活动日期“下旬”无法识别为日期');
    expect(byId('register.date-invalid').en).toBe('the activity date "下旬" in cell C6 of sheet "登记": not a recognisable date');
    expect(byId('register.date-invalid').location).toEqual({ sheet: '登记', row: 6, cell: 'C6' });
    expect(byId('register.date-outside-period').evidence).toEqual({ seen: '2025-09-01', expected: '2024-08-01~2025-07-31' });
    expect(byId('register.photo-missing').args?.seen).toBe('dw9.jpg');
    expect(byId('register.photo-date-mismatch')).toMatchObject({ file: files[2]!.path, evidence: { seen: '2025-06-12', expected: '2025-05-30' } });
    expect(byId('register.photo-unlisted').file).toBe(files[4]!.path);
    expect(byId('register.row-without-photo').en).toContain('读书会');
  });

  it('is quiet on a clean register, and does not ask for photos per row unless the indicator does', async () => {
    const reg = await register(
      '干净.xlsx',
      await makeRegisterXlsx({
        sheets: [{ name: 'S', header: ['活动名称', '活动时间', '参加人数', '线上线下'], rows: [['诵读', { date: '2025-03-01' }, 30, '线上'], ['讲座', '3月2日', '40人', '线下']] }],
      }),
    );
    expect(run(registerChecks, indicator(rules, 'III-12', [reg, photo('a.jpg', '2025-03-01T10:00:00')]), rules)).toEqual([]);
  });

  it('reports a register without header, and unreadable encrypted / legacy workbooks', async () => {
    const none = await register('无表头.xlsx', await makeRegisterXlsx({ sheets: [{ name: '表1', header: ['甲', '乙'], rows: [['1', '2']] }] }));
    const enc = await register('加密.xlsx', makeCfbStub('encrypted'), 'cfb');
    const xls = await register('旧.xls', makeCfbStub('xls'), 'cfb');
    const encXls = await register('加密旧.xls', makeXls({ filePassAt: 0 }), 'cfb');
    const hits = run(registerChecks, indicator(rules, 'III-12', [none, enc, xls, encXls]), rules);
    expect(hits.map((h) => [h.ruleId, h.file?.split('/').pop(), h.args?.code ?? null])).toEqual([
      ['register.no-header', '无表头.xlsx', null],
      ['register.unreadable', '加密.xlsx', 'encrypted'],
      ['register.unreadable', '旧.xls', 'legacy-format'],
      ['register.unreadable', '加密旧.xls', 'encrypted'],
    ]);
    expect(hits[1]!.zh).toContain('密码');
    expect(hits[2]!.zh).toContain('.xls');
    // A legacy .xls with a password to open: the encrypted .xlsx's finding, in both languages.
    expect([hits[3]!.zh, hits[3]!.en]).toEqual([hits[1]!.zh.replace('加密.xlsx', '加密旧.xls'), hits[1]!.en.replace('加密.xlsx', '加密旧.xls')]);
  });

  it('reports a sheet without a date column once', async () => {
    const reg = await register('无日期.xlsx', await makeRegisterXlsx({ sheets: [{ name: 'S', header: ['活动名称', '地点', '人数'], rows: [['甲', '乙', 3], ['丙', '丁', 4]] }] }));
    const hits = run(registerChecks, indicator(rules, 'III-15', [reg]), rules);
    expect(hits.map((h) => h.ruleId)).toEqual(['register.no-date-column']);
  });

  it('an incomplete row (no activity name, no count) is a finding at its sheet and cell', async () => {
    const reg = await register(
      '不完整.xlsx',
      await makeRegisterXlsx({
        sheets: [{
          name: '登记', title: ['县教育局活动登记表'],
          header: ['序号', '活动名称', '活动时间', '活动地点', '参与人数', '形式'],
          rows: [
            [1, '端午包粽子', { date: '2025-05-30' }, '城关小学', 60, '线下'],
            [2, null, { date: '2025-05-31' }, '城关小学', 60, '线下'],
            [3, '中秋诗会', { date: '2024-09-17' }, '县图书馆', null, '线下'],
            [4, '   ', { date: '2024-09-18' }, '县图书馆', '  ', '线下'],
          ],
        }],
      }),
    );
    const hits = run(registerChecks, indicator(rules, 'III-15', [reg]), rules);
    expect(hits.map((h) => [h.ruleId, h.args?.cell])).toEqual([
      ['register.name-missing', '登记!B4'],
      ['register.participants-invalid', '登记!E5'],
      ['register.name-missing', '登记!B6'],
      ['register.participants-invalid', '登记!E6'],
    ]);
  });
});
