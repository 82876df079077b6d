/**
 * The rule set's name in the report's language: the built-in set's name is Chinese data
 * (县级文明城市网上申报台账（内置规则）) and headed every --lang en report — pretty, HTML and xlsx;
 * a county's file extending it without a name of its own read as the plain built-in set.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import { BUILTIN_RULES_NAME, ruleSetName } from '../../src/format/words.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

const demo = path.join(repoRoot, 'fixtures/demo/台账');
const HAN = /\p{Script=Han}/u;
let en: Report;
beforeAll(async () => {
  en = await check({ path: demo, asOf: '2026-10-20', lang: 'en', cacheDir: null });
});
const opts = { color: false, quiet: false };

describe('the rule set named in the report language', () => {
  it('the built-in name here is the one rules/builtin.yaml gives', () => {
    expect(parse(fs.readFileSync(path.join(repoRoot, 'rules/builtin.yaml'), 'utf8')).name).toBe(BUILTIN_RULES_NAME);
  });

  it('--lang en: the pretty header, the HTML title and meta line and the xlsx title hold no Chinese rule-set name', async () => {
    expect(en.rules.name).toBe(BUILTIN_RULES_NAME);
    const pretty = (await formatters.pretty!(en, opts)) as string;
    const head = pretty.split('\n')[0]!;
    expect(head).toMatch(/^Rules: built-in rules/);
    expect(head).not.toMatch(HAN);
    const html = (await formatters.html!(en, opts)) as string;
    expect(html.match(/<title>[^<]*<\/title>/)![0]).not.toMatch(HAN);
    expect(html.match(/<p class="meta">[^·]*/)![0]).toContain('built-in rules');
    expect(html).not.toContain(BUILTIN_RULES_NAME);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formatters.xlsx!(en, { ...opts, outputDir: '/tmp', rootDir: demo })) as unknown as ArrayBuffer);
    const title = String(wb.worksheets[0]!.getCell('A1').value);
    expect(title).toContain('built-in rules');
    expect(title).not.toContain(BUILTIN_RULES_NAME);
  });

  it('a county file extending the built-in set without a name says so; a county name stays as written', () => {
    const source = 'builtin + /srv/创文办/.ledger-check.yaml';
    expect(ruleSetName({ name: BUILTIN_RULES_NAME, source: 'builtin' }, 'zh')).toBe(BUILTIN_RULES_NAME);
    expect(ruleSetName({ name: BUILTIN_RULES_NAME, source }, 'zh')).toContain('按本县规则文件修改');
    expect(ruleSetName({ name: BUILTIN_RULES_NAME, source }, 'en')).toContain("changed by the county's rule file");
    expect(ruleSetName({ name: '清河县创文规则', source }, 'en')).toBe('清河县创文规则');
    // A county file that names itself like the built-in set, read alone, is the county's.
    expect(ruleSetName({ name: BUILTIN_RULES_NAME, source: '/srv/x.yaml' }, 'en')).toBe(BUILTIN_RULES_NAME);
  });
});
