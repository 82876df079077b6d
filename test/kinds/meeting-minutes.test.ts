/**
 * The acceptance case: a rule file asks for 会议记录 ≥ 2 (and one online screenshot) with
 * YAML entries only. Checked end to end through `check()` on folders built by code: with 1 the
 * finding is there, with 2 and 3 it is not. Matching is by file name, and by the title a
 * document carries inside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { tempDir } from '../helpers/temp.js';

const root = tempDir('lc-minutes-');

const RULES = `name: 会议记录规则
version: 1
period: { start: 2024-08-01, end: 2025-07-31 }
deadline: 2025-10-26
defaults:
  report: { required: false }
  photo: { min: 0 }
indicators:
  - code: Ⅲ—12
    name: 我们的节日
    materials:
      - { kind: document, match: [会议记录], min: 2 }
      - { kind: screenshot, online: true, min: 1 }
`;
const rulesFile = path.join(root, 'rules.yaml');
fs.writeFileSync(rulesFile, RULES);

async function folder(name: string, minutes: { file: string; title?: string }[], screenshot: string | null): Promise<string> {
  const ind = path.join(root, name, 'Ⅲ—12 我们的节日');
  fs.mkdirSync(ind, { recursive: true });
  for (const m of minutes) {
    const doc = await makeDocx({ paragraphs: [m.title ?? '会议', '时间：2025年3月1日', '地点：县教育局会议室'], created: '2025-03-01T09:00:00Z', ...(m.title ? { title: m.title } : {}) });
    fs.writeFileSync(path.join(ind, m.file), doc);
  }
  // A document that is not a 会议记录 never counts.
  fs.writeFileSync(path.join(ind, '创文工作方案.pdf'), makePdf({ pages: [['县教育局创文工作方案', '一、目标']] }));
  if (screenshot) fs.writeFileSync(path.join(ind, screenshot), Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008020000009091683600000016494441547801636060f8cfc0c0c0f09f8181818101001a0d03fd6b7e0e4e0000000049454e44ae426082', 'hex'));
  return path.join(root, name);
}

const ids = async (dir: string) => {
  const r = await check({ path: dir, rules: rulesFile, asOf: '2025-09-01', nearDuplicates: false });
  return r.findings.filter((f) => f.ruleId.startsWith('material.')).map((f) => ({ ruleId: f.ruleId, args: f.args }));
};

describe('会议记录 ≥ 2 from YAML alone', () => {
  it.each([
    [1, true],
    [2, false],
    [3, false],
  ])('%i 会议记录 → finding %s', async (n, short) => {
    const minutes = Array.from({ length: n }, (_, i) => ({ file: `2025年第${i + 1}次创文会议记录.docx` }));
    const found = await ids(await folder(`n${n}`, minutes, '2025-04-03 网上祭英烈 公众号截图.png'));
    const hit = found.filter((f) => f.ruleId === 'material.documents-too-few');
    expect(hit).toEqual(short ? [{ ruleId: 'material.documents-too-few', args: expect.objectContaining({ match: ['会议记录'], seen: 1, expected: 2 }) }] : []);
    expect(found.filter((f) => f.ruleId === 'material.screenshots-too-few')).toEqual([]);
  });

  it('a document titled 会议记录 inside counts whatever its file name', async () => {
    const found = await ids(await folder('titled', [{ file: '1.docx', title: '第一次会议记录' }, { file: '会议记录2.docx' }], '线上活动截图.png'));
    expect(found.map((f) => f.ruleId)).not.toContain('material.documents-too-few');
  });

  it('a screenshot that does not say it is of an online activity does not count for online: true', async () => {
    const found = await ids(await folder('offline-shot', [{ file: '会议记录1.docx' }, { file: '会议记录2.docx' }], '截图1.png'));
    expect(found.filter((f) => f.ruleId !== 'material.signoff-missing')).toEqual([{ ruleId: 'material.screenshots-too-few', args: expect.objectContaining({ online: true, seen: 0, expected: 1 }) }]);
  });

  it('the findings read in both languages, with the cues as written', async () => {
    const dir = await folder('lang', [{ file: '会议记录1.docx' }], null);
    const zh = await check({ path: dir, rules: rulesFile, asOf: '2025-09-01', nearDuplicates: false });
    const en = await check({ path: dir, rules: rulesFile, asOf: '2025-09-01', nearDuplicates: false, lang: 'en' });
    const msg = (r: typeof zh, id: string) => r.findings.find((f) => f.ruleId === id)!.message;
    expect(msg(zh, 'material.documents-too-few')).toBe('指标 Ⅲ—12 要求至少 2 份文件名或标题含“会议记录”的文件，只找到 1 份');
    expect(msg(en, 'material.documents-too-few')).toBe('indicator Ⅲ—12 asks for at least 2 documents named or titled "会议记录"; found 1');
    expect(msg(zh, 'material.screenshots-too-few')).toBe('指标 Ⅲ—12 要求至少 1 张线上活动截图，只找到 0 张');
    expect(msg(en, 'material.screenshots-too-few')).toBe('indicator Ⅲ—12 asks for at least 1 screenshot of an online activity; found 0');
  });
});
