/**
 * Session 21: 部署文件 — a deployment document's title typed without 《》. A clerk on a Latin keyboard writes the title in
 * ASCII quotes ("…实施方案"), single angle brackets (<关于…的通知>) or curly quotes (“…工作要点”). It is cited when the quoted
 * text is a whole document title: it opens like one (关于…, an issuer, a year) and ends with a deployment kind, with no
 * clause punctuation inside. A quoted slogan, a quoted name before a kind word, a quoted sentence or a quoted book stays
 * no document. Rows in this test's own words (not taken from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { quotedTitlesAsTitles } from '../../src/text/element-documents.js';

function cited(lines: string[]): string[] {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
  return elementEvidence(seg)['部署文件']!.map((x) => x.words);
}
const title = '白沙县水务局河湖清洁行动情况说明';

describe('session 21: a whole title in ASCII quotes, <> or “” is a cited document', () => {
  it('ASCII double quotes around a title opening with the county and ending 实施方案', () => {
    expect(cited([title, '我局依据县委办、县政府办印发的"白沙县2026年河湖清洁行动实施方案",组织巡河。'])).toEqual(['《白沙县2026年河湖清洁行动实施方案》']);
  });
  it('single angle brackets around a 关于…的通知 title', () => {
    expect(cited([title, '按照县文明委<关于做好2026年河湖环境整治工作的通知>的部署,开展巡河。'])).toEqual(['《关于做好2026年河湖环境整治工作的通知》']);
  });
  it('curly quotes around an issuer + year + 工作要点 title', () => {
    expect(cited([title, '对照“县文明办2026年创建工作要点”,我局逐项落实巡河任务。'])).toEqual(['《县文明办2026年创建工作要点》']);
  });
  it('a title nested in 关于印发"…"的通知 is found between the inner quotes', () => {
    expect(quotedTitlesAsTitles('县政府办关于印发"白沙县河湖长制工作考核实施方案"的通知')).toBe('县政府办关于印发《白沙县河湖长制工作考核实施方案》的通知');
  });
  it('quotes inside an angle-bracketed title stay inside it', () => {
    expect(quotedTitlesAsTitles('执行省公司<关于深化"水清岸绿"专项行动的实施意见>')).toBe('执行省公司《关于深化"水清岸绿"专项行动的实施意见》');
  });
  it('the positions of the text do not move (same length)', () => {
    const t = '依据"白沙县2026年河湖清洁行动实施方案"开展';
    expect(quotedTitlesAsTitles(t)).toHaveLength(t.length);
  });
});

describe('session 21: just outside — quoted text that is no document title', () => {
  it('a slogan in ASCII quotes', () => {
    expect(cited([title, '我局以"清水绿岸 你我同行"为主题开展巡河。'])).toEqual([]);
  });
  it('a quoted name before a kind word (“河湖清洁”实施方案): the quote is the name, not the title', () => {
    expect(quotedTitlesAsTitles('制定“河湖清洁”实施方案')).toBe('制定“河湖清洁”实施方案');
  });
  it('a quoted sentence ending with 方案 (他说"我们制定了工作方案") opens like no title', () => {
    expect(quotedTitlesAsTitles('他说"我们制定了工作方案"')).toBe('他说"我们制定了工作方案"');
  });
  it('clause punctuation inside the quotes: a passage, not a title', () => {
    expect(quotedTitlesAsTitles('"县里2026年要开展巡河,再制定方案"')).toBe('"县里2026年要开展巡河,再制定方案"');
  });
  it('a whole title of a kind that deploys nothing (手册) in quotes', () => {
    expect(cited([title, '向沿河群众发放"白沙县2026年河湖保护宣传手册"。'])).toEqual([]);
  });
  it('just under the length: a seven-character quoted 县…方案 is no whole title', () => {
    expect(quotedTitlesAsTitles('"县巡河工作方案"')).toBe('"县巡河工作方案"');
    expect(quotedTitlesAsTitles('"县河湖巡河工作方案"')).toBe('《县河湖巡河工作方案》');
  });
  it('a law in quotes stays a law (lawLike), not a deployment document', () => {
    expect(cited([title, '依据"中华人民共和国河道管理条例实施办法"开展巡河。'])).toEqual([]);
  });
});
