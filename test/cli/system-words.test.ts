/**
 * The merge, import and review commands, and the rule and review files' problems, under --lang zh
 * say what the system reported in Chinese words made from raw values (the OS code, the schema's
 * expected type and bound, the value given, the YAML error's code): never Node's (ENOENT: no such
 * file or directory, open …), zod's (Invalid input: expected …; its zh locale's 期望 string，实际接收
 * undefined) or the YAML parser's English (session 18). The English run words them in English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers.js';
import { tempDir } from '../helpers/temp.js';
import { issueWords, osWords, yamlWords } from '../../src/messages/system.js';
import { readShard, MergeError } from '../../src/report/merge.js';

/** Three English words in a row: the system's sentence (file names here are Chinese or one word). */
const ENGLISH = /[A-Za-z]{2,}[ ,:]+[A-Za-z]{2,}[ ,:]+[A-Za-z]{2,}/;

const dir = tempDir('lc-system-words-');
const w = (rel: string, data: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), data);
};
const zh = (...args: string[]) => runBin([...args, '--lang', 'zh'], { cwd: dir });
const en = (...args: string[]) => runBin([...args, '--lang', 'en'], { cwd: dir });

describe('words for what the system reports', () => {
  it.each([
    ['ENOENT', '文件或文件夹不存在（ENOENT）', 'no such file or folder (ENOENT)'],
    ['EACCES', '没有权限（EACCES）', 'permission denied (EACCES)'],
    ['ENOSPC', '磁盘空间不足（ENOSPC）', 'no space left on the disk (ENOSPC)'],
    ['not-a-file', '不是普通文件（是文件夹、管道或设备）', 'not a regular file (a folder, pipe or device)'],
    ['EXDEV', '系统错误 EXDEV', 'system error EXDEV'], // a code the table lacks: named as it is
  ])('OS code %s', (code, zhText, enText) => {
    expect(osWords(code, 'zh')).toBe(zhText);
    expect(osWords(code, 'en')).toBe(enText);
  });

  it.each([
    [{ code: 'invalid_type', expected: 'string', input: undefined }, '缺少这一项（应为文字）', 'missing (expected text)'],
    [{ code: 'invalid_type', expected: 'string', input: 3 }, '应为文字，实际是整数', 'expected text, got a whole number'],
    [{ code: 'invalid_value', values: ['accepted', 'confirmed'], input: 'ok' }, '应为以下之一：accepted、confirmed，实际是 ok', 'expected one of accepted, confirmed, got ok'],
    [{ code: 'invalid_value', values: [1], input: undefined }, '缺少这一项（应为 1）', 'missing (expected 1)'],
    [{ code: 'too_small', minimum: 1, origin: 'string', inclusive: true }, '不能为空', 'must not be empty'],
    [{ code: 'too_big', maximum: 500, origin: 'string', inclusive: true }, '不能超过 500个字符', 'at most 500 characters'],
    [{ code: 'too_big', maximum: 3, origin: 'number', inclusive: true, input: 4 }, '不能超过 3', 'at most 3'],
    [{ code: 'invalid_format', format: 'regex', message: 'iso-date' }, '日期格式应为 YYYY-MM-DD', 'a date as YYYY-MM-DD'],
    [{ code: 'invalid_format', format: 'regex' }, '格式不对', 'wrong format'],
    [{ code: 'custom', message: 'not-a-date' }, '不是有效日期', 'not a valid date'],
    [{ code: 'unknown-rule-id', input: 'photo.nope' }, '未知的规则编号 photo.nope', 'unknown rule id photo.nope'],
    [{ code: 'unrecognized_keys', keys: ['extra'] }, '未知的键 extra', 'unknown key extra'],
  ])('schema issue %j', (issue, zhText, enText) => {
    expect(issueWords(issue, 'zh')).toBe(zhText);
    expect(issueWords(issue, 'en')).toBe(enText);
  });

  it('a YAML error: its code in words in Chinese, the parser\'s first line in English', () => {
    const err = { code: 'BAD_INDENT', message: 'All mapping items must start at the same column\nat line 3' };
    expect(yamlWords(err, 'zh')).toBe('缩进不对（BAD_INDENT）');
    expect(yamlWords(err, 'en')).toBe('All mapping items must start at the same column');
    expect(yamlWords({ code: 'SOMETHING_NEW', message: 'x' }, 'zh')).toBe('写法不对（SOMETHING_NEW）');
  });
});

describe('merge with bad input', () => {
  w('bad.json', '{"a":1}');
  fs.mkdirSync(path.join(dir, 'folder.json'), { recursive: true });

  it('a missing file, a folder, a JSON that is no shard: Chinese words, raw values kept in the problem', () => {
    expect(zh('merge', 'nope.json').stderr).toBe('ledger-check: 无法读取分片文件 nope.json：文件或文件夹不存在（ENOENT）\n');
    expect(zh('merge', 'folder.json').stderr).toBe('ledger-check: 无法读取分片文件 folder.json：不是普通文件（是文件夹、管道或设备）\n');
    const bad = zh('merge', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ledger-check: 不是 ledger-check 分片文件，或已损坏：bad.json（format：缺少这一项（应为 ledger-check-shard））\n');
    expect(en('merge', 'bad.json').stderr).toBe('ledger-check: not a ledger-check shard file, or damaged: bad.json (format: missing (expected ledger-check-shard))\n');
    let problem: unknown;
    try {
      readShard(path.join(dir, 'bad.json'));
    } catch (e) {
      problem = (e as MergeError).problem;
    }
    expect(problem).toEqual({ code: 'invalid', file: path.join(dir, 'bad.json'), where: 'format', issue: { code: 'invalid_value', values: ['ledger-check-shard'], input: undefined, message: expect.any(String) } });
  });
});

describe('rules import with bad input', () => {
  w('damaged.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));

  it('a damaged workbook: the file named and why, not the zip reader\'s English', () => {
    const r = zh('rules', 'import', 'damaged.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ledger-check: 无法读取任务分解表（需要 .xlsx 文件）：damaged.xlsx（文件已损坏，或不是 Excel 工作簿）\n');
    expect(en('rules', 'import', 'damaged.xlsx').stderr).toBe('ledger-check: cannot read the task table (an .xlsx file is needed): damaged.xlsx (the file is damaged or is no Excel workbook)\n');
  });
});

describe('review and rule files with bad input', () => {
  w('台账/县教育局/Ⅲ—15 志愿服务/说明报告.docx', 'x');

  it('review accept: a missing file, a record that cannot be written', () => {
    expect(zh('review', 'accept', '台账/nope.jpg', 'signoff.manual-review', '--reason', '已核对', '--by', '县创文办').stderr).toBe('ledger-check: 无法读取要确认的文件 台账/nope.jpg：文件或文件夹不存在（ENOENT）\n');
    const r = zh('review', 'accept', '台账/县教育局/Ⅲ—15 志愿服务/说明报告.docx', 'file.unrecognized', '--reason', '已核对', '--by', '县创文办', '--review', 'no-such-folder/r.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ledger-check: 无法写入输出文件 no-such-folder/r.yaml：路径不存在（ENOENT）\n`);
  });

  it('a review record with a YAML error and with schema problems: each at its line, in Chinese', () => {
    w('review-y.yaml', 'version: 1\nentries: [\n');
    const yaml = zh('review', 'prune', '台账', '--review', 'review-y.yaml');
    expect(yaml.stderr).toContain('review-y.yaml:3:1: YAML 语法错误: 缩进不对（BAD_INDENT）');
    w('review-s.yaml', 'version: 2\nentries:\n  - { file: 1, sha256: abc, rule: x, verdict: ok, reason: "", by: 办, at: 2026 }\n  - { file: a.jpg }\n');
    const schema = zh('review', 'prune', '台账', '--review', 'review-s.yaml');
    expect(schema.code).toBe(2);
    const lines = schema.stderr.trimEnd().split('\n').slice(1).map((l) => l.slice(l.indexOf('review-s.yaml:') + 'review-s.yaml:'.length));
    expect(lines).toEqual([
      '1:10: version: 应为 1，实际是 2',
      '3:13: entries.0.file: 应为文字，实际是整数',
      '3:24: entries.0.sha256: sha256 应是 64 位小写十六进制数字（ledger-check review accept 会写好）', // the schema's own (users18)
      '3:35: entries.0.rule: 规则编号应形如 signoff.manual-review',
      '3:47: entries.0.verdict: 应为以下之一：accepted、confirmed，实际是 ok',
      '3:59: entries.0.reason: 不能为空',
      '3:74: entries.0.at: 应为文字，实际是整数',
      '4:5: entries.1.sha256: 缺少这一项（应为文字）',
      '4:5: entries.1.rule: 缺少这一项（应为文字）',
      '4:5: entries.1.verdict: 缺少这一项（应为 accepted、confirmed 之一）',
      '4:5: entries.1.reason: 缺少这一项（应为文字）',
      '4:5: entries.1.by: 缺少这一项（应为文字）',
      '4:5: entries.1.at: 缺少这一项（应为文字）',
    ]);
    expect(en('review', 'prune', '台账', '--review', 'review-s.yaml').stderr).toContain('entries.0.verdict: expected one of accepted, confirmed, got ok');
  });

  it('a rule file with schema problems and a YAML error (check, rules --print-config): Chinese words', () => {
    w('rules-bad.yaml', 'name: 测试\nversion: 1\nperiod: { start: 2025-13-01, end: 3 }\ndeadline: 2026-10-26\n');
    const r = zh('台账', '-r', 'rules-bad.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('period.start: 不是有效日期');
    expect(r.stderr).toContain('period.end: 应为文字，实际是整数');
    expect(en('台账', '-r', 'rules-bad.yaml').stderr).toContain('period.start: not a valid date');
    w('rules-yaml.yaml', 'name: 测试\n  version: 1\n');
    expect(zh('台账', '-r', 'rules-yaml.yaml').stderr).toMatch(/YAML 语法错误: .*（[A-Z_]+）/);
  });

  it('no zh line above carries three English words in a row', () => {
    const runs = [
      zh('merge', 'nope.json'), zh('merge', 'folder.json'), zh('merge', 'bad.json'), zh('rules', 'import', 'damaged.xlsx'),
      zh('review', 'prune', '台账', '--review', 'review-y.yaml'), zh('review', 'prune', '台账', '--review', 'review-s.yaml'), zh('台账', '-r', 'rules-bad.yaml'), zh('台账', '-r', 'rules-yaml.yaml'),
    ];
    for (const r of runs) for (const line of r.stderr.split('\n')) expect(line.replace(/ledger-check(-review\.yaml|-shard)?|signoff\.manual-review|\/[^\s：]*/g, ''), line).not.toMatch(ENGLISH);
  });
});
