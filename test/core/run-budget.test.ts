/**
 * The text analysis of one run is bounded, not only each document's: a folder of many documents each
 * just under the per-document bound ran for hours. Past the run's budget (text-budget.ts; a test
 * seam makes it small here) the documents not yet read are doc.run-budget (not checked, the run goes
 * on and fails); those analysed are checked as usual; a refused record is not cached, so the next
 * run (its earlier files from the cache, costing nothing) goes on where this one stopped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { extractDocument } from '../../src/extract/document.js';
import { TextBudget, textUnits } from '../../src/extract/text-budget.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { reportParas } from '../../fixtures/build/texts.js';
import { tempDir } from '../cli/helpers.js';
import { discovered } from '../report/helpers.js';

const RULES = `name: 测试规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  report: { minChars: 100, minDataPoints: 0, minCitations: 0 }
units:
  县教育局: [Ⅱ—8]
indicators:
  - { code: Ⅱ—8, name: 未成年人思想道德建设 }
`;

const tmp = tempDir('lc-run-budget-');
const county = path.join(tmp, '台账');
const folder = path.join(county, '县教育局', 'Ⅱ—8 未成年人思想道德建设');
const cacheDir = path.join(tmp, 'cache');
const NAMES = ['说明报告1.docx', '说明报告2.docx', '说明报告3.docx'];
let docx: Buffer;
let units = 0;
/** The report with a line of its own (three different files: the cache keys on content). */
const report = (n: number) => makeDocx({ paragraphs: [...reportParas({ unit: '县教育局', indicator: '未成年人思想道德建设', date: '2026-06-28' }), { text: `附：第${n}份。` }], created: '2026-06-28T09:00:00Z' });

beforeAll(async () => {
  fs.writeFileSync(path.join(tmp, '.ledger-check.yaml'), RULES);
  fs.mkdirSync(folder, { recursive: true });
  docx = await report(0);
  for (const [i, n] of NAMES.entries()) fs.writeFileSync(path.join(folder, n), await report(i + 1));
  const one = await extractDocument(discovered(docx, '说明报告.docx', 'docx'));
  units = textUnits(one.facts);
});

const budgetFindings = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => f.ruleId === 'doc.run-budget').map((f) => f.file);
// cacheNow a minute on: the files written just now are not too recent to be cached.
const run = (budget?: number) =>
  check({ path: county, rules: path.join(tmp, '.ledger-check.yaml'), asOf: '2026-10-20', lang: 'zh', concurrency: 1, nearDuplicates: false, ocr: false, cacheDir }, { cacheNow: Date.now() + 60_000, ...(budget === undefined ? {} : { textBudget: budget }) });

describe('the run-level text budget', () => {
  it('a budget spends by what each document analysed; once spent, documents are refused before they are read', async () => {
    const b = new TextBudget(units);
    const first = await extractDocument(discovered(docx, '说明报告.docx', 'docx'), { textBudget: b });
    expect(first.error).toBeNull();
    expect(b.spent).toBe(true);
    const second = await extractDocument(discovered(docx, '说明报告.docx', 'docx'), { textBudget: b });
    expect(second.error).toMatchObject({ code: 'run-budget', args: { limit: units } });
    expect(second.facts.text).toBe('');
  });

  it('past the budget the rest are doc.run-budget (not analysed: its file fails, as doc.too-much-text does; the run goes on); the next run goes on where it stopped', async () => {
    const before = await run(units);
    const prefix = '县教育局/Ⅱ—8 未成年人思想道德建设/';
    expect(budgetFindings(before)).toEqual([`${prefix}${NAMES[1]}`, `${prefix}${NAMES[2]}`]);
    const msg = before.findings.find((f) => f.ruleId === 'doc.run-budget')!.message;
    expect(msg).toBe(`本次检查分析的文字已达一次检查的上限（${units} 个单位，一句或十个字算一个单位），此文件及其后读取的文件未分析；文件未检查`);
    expect(before.files.map((f) => f.status)).toEqual(['pass', 'fail', 'fail']);
    expect(before.summary.status).toBe('fail');
    // The first report from the cache costs nothing; the second is read now, the third refused.
    const again = await run(units);
    expect(budgetFindings(again)).toEqual([`${prefix}${NAMES[2]}`]);
    // The built-in budget: all three read.
    expect(budgetFindings(await run())).toEqual([]);
  });
});
