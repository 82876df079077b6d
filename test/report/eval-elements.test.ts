/**
 * npm run eval:elements on a two-report corpus made here: the figures follow from the labels
 * (missing = positive), both formats are judged, and a report whose lack is not found is named.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, tempDir } from '../cli/helpers.js';

const report = (id: string, labels: Record<string, string>, body: string) =>
  `---\nid: "${id}"\nunit: 县教育局\nlabels:\n${Object.entries(labels).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\ntraps: []\n---\n${body}\n`;

const ALL = { 主体责任: 'present', 部署文件: 'present', 具体措施: 'present', 数据实例: 'present', 取得成效: 'present' };
const COMPLETE = [
  '# 县教育局关于我们的节日工作的说明报告',
  '一、主体责任',
  '由局长负总责、分管副局长具体抓。',
  '二、部署文件',
  '按照《关于开展我们的节日主题活动的通知》（县文明办〔2025〕8号）要求部署。',
  '三、具体措施',
  '组织开展经典诵读活动。',
  '<<<PAGE>>>',
  '四、数据实例',
  '全年开展活动36场，参与群众1.2万人次。',
  '五、取得成效',
  '师生文明素养明显提升。',
].join('\n');

it('prints per-element figures for train and holdout, docx and PDF', () => {
  const root = tempDir('lc-eval-');
  mkdirSync(path.join(root, 'train'));
  mkdirSync(path.join(root, 'holdout'));
  writeFileSync(path.join(root, 'train', '001.md'), report('001', ALL, COMPLETE));
  // Labelled missing 取得成效 although the text claims a result: the tool says present, so the lack "passes".
  writeFileSync(path.join(root, 'train', '002.md'), report('002', { ...ALL, 取得成效: 'missing' }, COMPLETE));
  // Labelled complete but with no figure: 数据实例 judged missing against its label (a false positive).
  writeFileSync(path.join(root, 'train', '004.md'), report('004', ALL, COMPLETE.replace('全年开展活动36场，参与群众1.2万人次。', '活动情况良好。')));
  // Missing 数据实例, truly: found missing.
  writeFileSync(path.join(root, 'holdout', '003.md'), report('003', { ...ALL, 数据实例: 'missing' }, COMPLETE.replace('全年开展活动36场，参与群众1.2万人次。', '详见附件。')));
  const out = execFileSync(process.execPath, [path.join(repoRoot, 'dist/scripts/eval-elements.js'), '--root', root], { encoding: 'utf8' });
  for (const format of ['docx', 'pdf']) {
    const train = out.split(`== train · ${format}`)[1].split('==')[0];
    expect(train).toMatch(/取得成效 {2}1\.000 {2}0\.000 {2}0\.000 {2}\(0 0 1 2\)/);
    expect(train).toMatch(/主体责任 {2}1\.000 {2}1\.000 {2}1\.000 {2}\(0 0 0 3\)/);
    expect(train).toMatch(/数据实例 {2}0\.000 {2}1\.000 {2}0\.000 {2}\(0 1 0 2\)/);
    expect(train).toContain('whose lack was not found: 1 [002]');
    const holdout = out.split(`== holdout · ${format}`)[1].split('==')[0];
    expect(holdout).toMatch(/数据实例 {2}1\.000 {2}1\.000 {2}1\.000 {2}\(1 0 0 0\)/);
    expect(holdout).toContain('whose lack was not found: 0');
    expect(holdout).toContain('element-empty on an element labelled present (its heading is empty or our tests missed it): 0');
  }
  expect(out).toContain('NOT met');
  // Holdout text is never printed.
  expect(out).not.toContain('详见附件');
});

it('measures nothing, and fails nothing, on a missing or empty holdout; --ids keeps one half', () => {
  const root = tempDir('lc-eval-');
  mkdirSync(path.join(root, 'train'));
  writeFileSync(path.join(root, 'train', '001.md'), report('001', ALL, COMPLETE));
  writeFileSync(path.join(root, 'train', '002.md'), report('002', { ...ALL, 取得成效: 'missing' }, COMPLETE));
  const run = (...args: string[]) => execFileSync(process.execPath, [path.join(repoRoot, 'dist/scripts/eval-elements.js'), '--root', root, '--format', 'docx', ...args], { encoding: 'utf8' });
  const missing = run('--split', 'holdout');
  expect(missing).toContain('holdout/ does not exist; nothing measured');
  expect(missing).toContain('): nothing measured');
  mkdirSync(path.join(root, 'holdout'));
  expect(run('--split', 'holdout')).toMatch(/\(no reports; nothing measured\)/);
  // Odd ids only: 001 is complete and judged so, the targets are met; even ids: 002's lack passes.
  const odd = run('--split', 'train', '--ids', 'odd');
  expect(odd).toContain('1 reports (0 lacking an element)');
  expect(odd).toContain('): met');
  const even = run('--split', 'train', '--ids', 'even');
  expect(even).toContain('whose lack was not found: 1 [002]');
  expect(even).toContain('NOT met');
  // Id ranges (one author's slice): inclusive at both ends, single ids and lists.
  expect(run('--split', 'train', '--ids', '2-3')).toContain('whose lack was not found: 1 [002]');
  expect(run('--split', 'train', '--ids', '1-1')).toContain('1 reports (0 lacking an element)');
  expect(run('--split', 'train', '--ids', '1-2')).toContain('2 reports (1 lacking an element)');
  expect(run('--split', 'train', '--ids', '3-9,0')).toContain('(no reports; nothing measured)');
  expect(run('--split', 'train', '--ids', '0,2')).toContain('1 reports (1 lacking an element)');
  expect(() => run('--split', 'train', '--ids', 'x')).toThrow();
  // A range written backwards selects nothing: an error, not figures of nothing (on: 2-2 is one id).
  expect(() => run('--split', 'train', '--ids', '3-2')).toThrow(/runs backwards; write 2-3/);
  expect(run('--split', 'train', '--ids', '2-2')).toContain('1 reports (1 lacking an element)');
});

it('names every report whose front matter cannot be read, with its line, and measures nothing (exit 2, no stack trace)', () => {
  const root = tempDir('lc-eval-');
  mkdirSync(path.join(root, 'train'));
  writeFileSync(path.join(root, 'train', '001.md'), report('001', ALL, COMPLETE));
  // ASCII quotes inside a quoted value: the YAML does not parse (set 18's 11976 had this).
  writeFileSync(path.join(root, 'train', '002.md'), `---\nid: "002"\nindicator: "Ⅳ—15 城市"牛皮癣"治理"\nlabels:\n  主体责任: present\n---\n# 标题\n正文。\n`);
  writeFileSync(path.join(root, 'train', '003.md'), report('003', { ...ALL, 数据实例: 'absent' }, COMPLETE));
  writeFileSync(path.join(root, 'train', '004.md'), `# 没有前言\n正文。\n`);
  let out = '';
  let err = '';
  let status = 0;
  try {
    out = execFileSync(process.execPath, [path.join(repoRoot, 'dist/scripts/eval-elements.js'), '--root', root, '--split', 'train', '--format', 'docx'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    status = x.status;
    out = x.stdout;
    err = x.stderr;
  }
  expect(status).toBe(2);
  expect(err).toContain('3 report(s) cannot be read');
  expect(err).toMatch(/train\/002\.md:3: front matter is not valid YAML/);
  expect(err).toContain('train/003.md: label 数据实例 is absent');
  expect(err).toContain('train/004.md: no front matter');
  expect(err).not.toMatch(/\n\s+at /);
  expect(out).not.toContain('== train');
});
