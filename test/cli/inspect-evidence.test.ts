/**
 * `inspect` on a 说明报告 (issue 11: each element's evidence sentence and page): the screen view
 * printed `sentence: 3` — an index into a list of every sentence printed further down and numbered
 * nowhere, so a clerk could not find the sentence. Each evidence now shows its sentence and page
 * beside the index; --format json still prints the record as extraction makes it.
 */
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBin } from './helpers.js';

const pdf = path.join(repoRoot, 'fixtures/demo/台账/县教育局/Ⅲ—12 我们的节日/说明报告.pdf');
const docx = path.join(repoRoot, 'fixtures/demo/台账/县教育局/Ⅲ—15 志愿服务/说明报告.docx');
type Evidence = { sentence: number; page?: number; text?: string; words: string };
type Facts = { elements: Record<string, Evidence[]>; sentences: { text: string; page?: number }[] };

describe('inspect: element evidence a clerk can read', () => {
  it('the screen shows each evidence sentence, with its page for a PDF', () => {
    const r = runBin(['inspect', pdf]);
    expect(r.code).toBe(0);
    const facts = (YAML.parse(r.stdout) as { records: { facts: Facts }[] }[])[0]!.records[0]!.facts;
    const all = Object.values(facts.elements).flat();
    expect(all.length).toBeGreaterThan(5);
    for (const e of all) {
      expect(e.text).toBe(facts.sentences[e.sentence]!.text);
      expect(e.text).toContain(e.words);
      expect(e.page).toBe(facts.sentences[e.sentence]!.page);
    }
    expect(facts.elements['主体责任']![0]).toMatchObject({ page: 1, text: expect.stringContaining('领导小组') });
    // In the order a person reads: where, then what, then the words that counted.
    expect(Object.keys(facts.elements['主体责任']![0]!)).toEqual(['sentence', 'page', 'text', 'words']);
  });

  it('a Word file has no pages: the sentence alone', () => {
    const facts = (YAML.parse(runBin(['inspect', docx]).stdout) as { records: { facts: Facts }[] }[])[0]!.records[0]!.facts;
    const e = facts.elements['部署文件']![0]!;
    expect(e.page).toBeUndefined();
    expect(e.text).toContain('《');
  });

  it('--format json is the record as extracted (index and words only)', () => {
    const facts = (JSON.parse(runBin(['inspect', pdf, '--format', 'json']).stdout) as { records: { facts: Facts }[] }[])[0]!.records[0]!.facts;
    for (const e of Object.values(facts.elements).flat()) expect(Object.keys(e).sort()).toEqual(['sentence', 'words']);
  });
});
