/**
 * Rule files are read with bounds and every mistake in them is a positioned message: not a
 * regular file, too large, missing, YAML errors and alias bombs, misspelt keys and rule ids,
 * mistyped override codes, patterns RE2 cannot run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleProblems } from '../core/rule-problems.js';
import { loadRules, formatProblem } from '../../src/rules/load.js';
import { RULE_FILE_MAX_BYTES } from '../../src/rules/read.js';
import { ruleIds } from '../../src/messages/index.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('lc-trust-rules-');
const write = (name: string, text: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};
const problems = ruleProblems;
const lines = (file: string, lang: 'zh' | 'en' = 'zh') => problems(file, lang).map(formatProblem);
const EXT = 'extends: builtin\n';

describe('reading a rule file', () => {
  it('refuses a FIFO without blocking, and a link to /dev/zero without reading it', () => {
    const fifo = path.join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(lines(fifo)).toEqual([`${fifo}: 不是普通文件（命名管道 FIFO），不会读取`]);
    const zero = path.join(dir, 'zero.yaml');
    fs.symlinkSync('/dev/zero', zero);
    expect(lines(zero)).toEqual([`${zero}: 不是普通文件（设备文件），不会读取`]);
    expect(lines(dir, 'en')).toEqual([`${dir}: not a regular file (a folder); not read`]);
  });

  it('says plainly that a rule file does not exist', () => {
    const missing = path.join(dir, 'nope.yaml');
    expect(lines(missing)).toEqual([`${missing}: 规则文件不存在（请检查路径和文件名）`]);
  });

  it('reads a file of exactly the size cap and refuses one byte more', () => {
    const head = `name: x\nversion: 1\n${EXT}#`;
    const at = write('at-cap.yaml', head + 'x'.repeat(RULE_FILE_MAX_BYTES - Buffer.byteLength(head) - 1) + '\n');
    expect(fs.statSync(at).size).toBe(RULE_FILE_MAX_BYTES);
    expect(loadRules({ file: at, knownRuleIds: ruleIds }).name).toBe('x');
    const over = write('over-cap.yaml', fs.readFileSync(at).toString() + '\n');
    expect(lines(over)).toEqual([`${over}: 文件过大（${RULE_FILE_MAX_BYTES + 1} 字节，上限 ${RULE_FILE_MAX_BYTES} 字节），不会读取`]);
  });

  it('turns a YAML alias bomb into a positioned error, not an exception', () => {
    let text = 'name: x\nversion: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    let prev = 'a';
    for (const n of 'bcdefghi') {
      text += `${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = n;
    }
    const f = write('bomb.yaml', text);
    expect(lines(f)).toEqual([`${f}:4:8: YAML 别名（*名称）展开过多（上限 100 次），疑似“别名炸弹”，不予读取`]);
  });

  it('accepts 99 uses of one anchor and refuses the 100th (yaml counts uses × expansions)', () => {
    const body = (n: number) => `name: x\nversion: 1\n${EXT}provenance: &p 来源\nnote: [${Array(n).fill('*p').join(', ')}]\n`;
    // `note` is not a key of the schema, so a file under the limit fails on the key, not the aliases.
    expect(lines(write('alias-99.yaml', body(99)))[0]).toMatch(/未知的键 note/);
    expect(lines(write('alias-100.yaml', body(100)))[0]).toMatch(/别名炸弹/);
  });

  it('takes flow brackets nested 64 deep and refuses 65 before parsing, quotes and comments aside', () => {
    const nest = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const ok = write('deep-64.yaml', `${EXT}# ${'['.repeat(99)}\nprovenance: "${'['.repeat(99)}"\nnote: it's ${nest(64)}\n`);
    expect(lines(ok)).toEqual([`${ok}:4:1: 未知的键 note（是不是 name？）`]);
    const deep = write('deep-65.yaml', `${EXT}note: it's ${nest(65)}\n`);
    expect(lines(deep)).toEqual([`${deep}:2:76: YAML 的 [ ] { } 嵌套超过 64 层，不予读取`]);
  });

  it('says an unresolved alias is a YAML error, not a bomb', () => {
    const f = write('unresolved.yaml', `name: x\nversion: 1\n${EXT}provenance: *nowhere\n`);
    const l = lines(f);
    expect(l).toHaveLength(1);
    expect(l[0]).toMatch(/:4:\d+: YAML/);
    expect(l[0]).not.toMatch(/炸弹/);
  });

  it('refuses a file that is not UTF-8 text', () => {
    const f = write('gbk.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xc4, 0xe3]));
    expect(lines(f)).toEqual([`${f}: 不是 UTF-8 文本`]);
  });
});

describe('mistakes in a rule file', () => {
  it('suggests the key meant (minWidht → minWidth) and the rule id meant, in one run', () => {
    const f = write('typo.yaml', `${EXT}defaults:\n  photo: { minWidht: 1280 }\nseverity:\n  photo.no-exfi: off\n`);
    expect(lines(f)).toEqual([
      `${f}:3:12: defaults.photo: 未知的键 minWidht（是不是 minWidth？）`,
      `${f}:5:3: 未知的规则编号：photo.no-exfi（是不是 photo.no-exif？）；用 ledger-check rules 查看全部规则`,
    ]);
    expect(lines(f, 'en')[0]).toBe(`${f}:3:12: defaults.photo: unknown key minWidht (did you mean minWidth?)`);
  });

  it('offers no suggestion for a key that is nothing like any allowed one', () => {
    const f = write('far.yaml', `${EXT}defaults:\n  photo: { 像素: 1280 }\n`);
    expect(lines(f)).toEqual([`${f}:3:12: defaults.photo: 未知的键 像素`]);
  });

  it('lets a file that extends another leave out name and version, and no other', () => {
    const ok = write('short.yaml', `${EXT}severity:\n  photo.no-exif: off\n`);
    const r = loadRules({ file: ok, knownRuleIds: ruleIds });
    expect(r.severity['photo.no-exif']).toBe('off');
    expect(r.name).toBe(loadRules().name);
    const bare = write('bare.yaml', 'period: { start: 2025-08-01, end: 2026-07-31 }\ndeadline: 2026-10-26\n');
    expect(lines(bare)).toEqual([
      `${bare}:1:1: 缺少规则集名称 name（只有写了 extends: builtin 的文件可以省略 name 和 version）`,
      `${bare}:1:1: 缺少规则集版本 version（只有写了 extends: builtin 的文件可以省略 name 和 version）`,
    ]);
  });

  it('refuses an override whose code the extended set does not have, with the code meant', () => {
    const f = write('override.yaml', `${EXT}indicators:\n  - code: Ⅲ-120\n    photos: { min: 5 }\n`);
    expect(lines(f)).toEqual([
      `${f}:3:11: 继承的规则中没有指标 Ⅲ-120（是不是 Ⅲ—12？）：修改已有指标时编号要与原指标一致；新增指标要写全 name`,
    ]);
    // The same override with the right code (any spelling of it) changes the existing indicator.
    const good = write('override-ok.yaml', `${EXT}indicators:\n  - code: III-12\n    photos: { min: 5 }\n`);
    const r = loadRules({ file: good, knownRuleIds: ruleIds });
    expect(r.indicators.filter((i) => i.key.startsWith('III-12'))).toHaveLength(1);
    expect(r.indicators.find((i) => i.key === 'III-12')!.photos.min).toBe(5);
    expect(r.indicators.find((i) => i.key === 'III-12')!.name).toBe('我们的节日');
  });

  it('accepts a complete new indicator (a code and a name), even one named like an extended one', () => {
    const f = write('new.yaml', `${EXT}indicators:\n  - code: Ⅲ-120\n    name: 文明餐桌\n    photos: { min: 2 }\n  - code: '2.1'\n    name: 公共文化服务\n`);
    const r = loadRules({ file: f, knownRuleIds: ruleIds });
    expect(r.indicators.find((i) => i.key === 'III-120')).toMatchObject({ name: '文明餐桌', photos: { min: 2 } });
    // A task table numbers indicators its own way: its 2.1 公共文化服务 is the built-in Ⅳ—2, kept apart.
    expect(r.indicators.filter((i) => i.name === '公共文化服务').map((i) => i.key)).toEqual(['II-1', 'IV-2']);
  });

  it('needs a name for every indicator of a file that extends nothing', () => {
    const f = write('noname.yaml', 'name: x\nversion: 1\nperiod: { start: 2025-08-01, end: 2026-07-31 }\ndeadline: 2026-10-26\nindicators:\n  - code: Ⅲ—12\n');
    expect(lines(f)).toEqual([`${f}:6:11: 指标 Ⅲ—12 缺少名称 name（新增指标必须写 name）`]);
  });
});

describe('patterns in a rule file', () => {
  it('validates every pattern field at load time, with its position', () => {
    const f = write('patterns.yaml', [
      'extends: builtin',
      'defaults:',
      '  report:',
      '    summaryCues: ["([", "存在(的)?问题"]',
      '    elements:',
      '      主体责任: { cues: ["(?<=x)y"] }',
      'indicators:',
      '  - code: Ⅲ—12',
      '    report:',
      '      summaryCues: ["(a)\\\\1"]',
      '      elements:',
      '        取得成效: { cues: ["(?!方案)成效", "成效"] }',
      'ignore: ["*.bak", "!(x)", "草稿/*"]',
    ].join('\n'));
    const p = problems(f).map((x) => `${x.line}:${x.col}:${x.message.slice(0, x.message.indexOf('：', 12) + 1 || 30)}`);
    expect(p).toEqual([
      '4:19:不能使用的正则表达式 ([：',
      '6:22:不能使用的正则表达式 (?<=x)y：',
      '10:21:不能使用的正则表达式 (a)\\1：',
      '12:24:不能使用的正则表达式 (?!方案)成效：',
      '13:19:不能使用的文件名通配符 !(x)：',
      '13:27:不能使用的文件名通配符 草稿/*：',
    ]);
  });

  it('accepts a nested quantifier: it runs on RE2, in linear time', () => {
    const f = write('nested.yaml', `${EXT}indicators:\n  - code: Ⅲ—12\n    report:\n      elements:\n        主体责任: { cues: ["(a+)+$"] }\n`);
    const r = loadRules({ file: f, knownRuleIds: ruleIds });
    expect(r.indicators.find((i) => i.key === 'III-12')!.report.elements['主体责任']!.cues).toEqual(['(a+)+$']);
  });
});
