import path from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatPretty } from '../../src/format/pretty.js';
import { formatHtml } from '../../src/format/html.js';
import { formatJson } from '../../src/format/json.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';
import { catalog, type RuleId } from '../../src/messages/index.js';

let report: Report;
let en: Report;
beforeAll(async () => {
  report = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20' });
  en = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20', lang: 'en' });
});
const pretty = (r: Report, o: Partial<{ color: boolean; quiet: boolean; width: number }> = {}) =>
  formatPretty(r, { color: false, quiet: false, ...o }) as string;

/** The report with one file renamed everywhere it appears (path, finding file, message). */
function renamed(r: Report, from: string, to: string): Report {
  const sub = (s: string) => s.split(from).join(to);
  return {
    ...r,
    files: r.files.map((f) => ({ ...f, path: sub(f.path) })),
    findings: r.findings.map((f) => ({ ...f, file: f.file && sub(f.file), message: sub(f.message), args: Object.fromEntries(Object.entries(f.args).map(([k, v]) => [k, typeof v === 'string' ? sub(v) : v])) })),
  };
}

describe('pretty: a file name cannot take over the screen', () => {
  const evil = '微信图片\x1b[8m\x1b]0;owned\x07\x9b2J_20260518.jpg';
  it('shows every control character as an escape, with or without colour', () => {
    const r = renamed(report, '微信图片_20260518.jpg', evil);
    for (const color of [false, true]) {
      const text = pretty(r, { color });
      expect(text.replace(/\x1b\[\d+(;\d+)*m/g, '')).toContain('微信图片\\x1b[8m\\x1b]0;owned\\x07\\x9b2J_20260518.jpg');
      // What is left of ESC is only the formatter's own colour codes.
      expect(text.replace(/\x1b\[\d+(;\d+)*m/g, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    }
  });
});

describe('pretty: a duplicate group is one finding', () => {
  it('prints the near-duplicate pair once and counts it once', () => {
    const text = pretty(report);
    const pairs = report.findings.filter((f) => f.ruleId === 'photo.near-duplicate');
    expect(pairs.length).toBe(2); // the JSON keeps one per file
    // Once among the findings (the 怎么改 list at the end names each rule once more).
    expect(text.split('怎么改')[0]!.match(/photo\.near-duplicate/g)!.length).toBe(1);
    // The report counts the group once (report/build.ts), and the screen says so.
    expect(text).toContain(`${report.summary.warnings} 个警告`);
    expect(text).toContain('重复照片每组计一次');
    expect(pretty(en)).toContain(`${en.summary.warnings} warnings`);
  });
});

describe('pretty: no repeated file names', () => {
  it('a line under a file does not begin with that file name again', () => {
    const lines = pretty(report).split('\n');
    let current = '';
    let checked = 0;
    for (const l of lines) {
      const m = /^\s+(\S.*\.(?:jpg|pdf|docx|xlsx|txt))  (?:通过|不通过|未检查)$/.exec(l);
      if (m) {
        current = path.posix.basename(m[1]!);
        continue;
      }
      if (current && /^\s+(错误|警告|提示)/.test(l)) {
        checked++;
        expect(l.replace(/^\s+(错误|警告|提示)\s+/, '').startsWith(current)).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('pretty: --quiet', () => {
  it('lists errors only, but a file not checked still says why', () => {
    const text = pretty(report, { quiet: true });
    expect(text).toContain('signoff.manual-review'); // the reason 移交签单.jpg is 未检查
    expect(text).not.toContain('photo.no-exif');
    expect(text).not.toContain('photo.near-duplicate');
    expect(text).toContain('photo.too-small');
  });
});

describe('pretty: wrapping by display width', () => {
  it('keeps lines within the terminal width without splitting rule ids', () => {
    for (const width of [60, 100, 160]) {
      const text = pretty(report, { width });
      const ids = new Set(report.findings.map((f) => f.ruleId));
      for (const line of text.trimEnd().split('\n')) {
        const tokens = line.trim().split(/\s+/);
        const longest = Math.max(...tokens.map((t) => stringWidth(t)));
        // A line may only be longer than the width when one token alone is (a long path).
        if (stringWidth(line) > width) expect(longest + 8).toBeGreaterThan(width);
      }
      for (const id of ids) if (report.findings.some((f) => f.ruleId === id && f.ruleId !== 'photo.near-duplicate')) expect(text).toContain(id);
    }
  });
});

describe('pretty: units in the rule file order and English words in English', () => {
  it('orders units as rules/builtin.yaml lists them', () => {
    expect(report.units.map((u) => u.name)).toEqual(['县教育局', '县文旅局', '县卫健委', '县市场监管局']);
    const text = pretty(report);
    expect(text.indexOf('县教育局  通过')).toBeLessThan(text.indexOf('县文旅局  不通过'));
  });

  it('--lang en: plural words and no Chinese common words', () => {
    const text = pretty(en);
    expect(text).not.toMatch(/\(s\)|\(ies\)/);
    expect(text).not.toMatch(/jpeg 图片|JPEG 图片|PDF 扫描件/);
    expect(text).toContain('(JPEG image)');
    expect(text).toMatch(/has 0 online activities/);
  });
});

describe('pretty: says what to do', () => {
  const fixOf = (id: string, lang: 'zh' | 'en' = 'zh') => catalog[id as RuleId].fix[lang];
  it('ends with how to fix each kind of problem listed, once per rule, in the order first shown', () => {
    const text = pretty(report);
    const [findings, fixes] = text.split('怎么改（');
    expect(fixes).toBeDefined();
    const shownIds = [...new Set(report.findings.filter((f) => f.status !== 'reviewed').map((f) => f.ruleId))];
    for (const id of shownIds) {
      expect(fixes!.split(`  ${id}\n`).length - 1, id).toBe(1);
      expect(fixes!.replace(/\s+/g, ''), id).toContain(fixOf(id).replace(/\s+/g, ''));
    }
    // In the order first shown, a rule with the same advice as an earlier one beside it; each advice said once.
    const order = [...fixes!.matchAll(/ {2}([a-z]+\.[a-z-]+)\n/g)].map((m) => m[1]!);
    const firstSeen = order.map((id) => findings!.indexOf(`  ${id}`));
    expect(firstSeen.every((x) => x > 0)).toBe(true);
    const heads = order.filter((id, i) => i === 0 || fixOf(order[i - 1]!) !== fixOf(id));
    const headSeen = heads.map((id) => findings!.indexOf(`  ${id}`));
    expect([...headSeen].sort((a, b) => a - b)).toEqual(headSeen);
    for (const id of order) expect(fixes!.split(fixOf(id)).length - 1, id).toBe(1);
    // The demo's small photo: its size, pixels and missing EXIF share one piece of advice, said once after the three.
    const exported = ['photo.file-too-small', 'photo.no-exif', 'photo.too-small'];
    const at = exported.map((id) => order.indexOf(id));
    expect(Math.max(...at) - Math.min(...at)).toBe(2);
    expect(fixes).toMatch(/图片文件太小（疑似压缩转发）  photo\.file-too-small\n {2}图片没有拍摄信息（EXIF）  photo\.no-exif\n {2}图片像素太小  photo\.too-small\n {4}请从拍摄的手机或相机中导出原图/);
    expect(pretty(en)).toContain(`How to fix`);
    expect(pretty(en)).toContain(fixOf('photo.no-exif', 'en'));
  });

  it('--quiet: fixes for the errors listed only', () => {
    const text = pretty(report, { quiet: true });
    const fixes = text.split('怎么改（')[1]!;
    expect(fixes).toContain('photo.too-small');
    expect(fixes).not.toContain('photo.no-exif'); // a warning: not listed under --quiet
  });

  it('a file of a duplicate group is listed and points to the group’s line (not a failed or passed file with no reason)', () => {
    const members = report.groups!.flatMap((g) => g.files);
    expect(members.length).toBeGreaterThanOrEqual(2);
    const lines = pretty(report).split('\n');
    for (const m of members) {
      const at = lines.findIndex((l) => l.trim().startsWith(m.split('/').slice(1).join('/')) || l.trim().startsWith(m));
      expect(at, m).toBeGreaterThan(0);
      // The demo's group is of nearly identical photos, and says so.
      expect(lines[at + 1], m).toMatch(/^\s+警告\s+几乎相同的照片，说明见上方$/);
    }
    expect(pretty(en)).toMatch(/warning\s+nearly identical photo: see above/);
  });
});

describe('pretty: a place said once', () => {
  it('does not repeat a location the message already states', () => {
    const f = report.findings.find((x) => x.ruleId === 'report.docno-malformed')!;
    expect(pretty(report)).toContain('[第 1 页，部署文件]');
    const said: Report = { ...report, findings: report.findings.map((x) => (x === f ? { ...x, message: `${x.message}（第 1 页，部署文件）` } : x)) };
    const text = pretty(said);
    expect(text).toContain('（第 1 页，部署文件）');
    expect(text).not.toContain('[第 1 页，部署文件]');
  });
});

describe('pretty and the page: a file read by OCR says so once', () => {
  it('the note (据扫描件 OCR 识别，置信度 …) stands on the file’s line, not after each of its findings', () => {
    // The demo's photographed sign-off sheet, read by OCR, with a second finding judged from its text.
    for (const r of [report, en]) {
      const first = r.findings.find((f) => f.source === 'ocr' && f.file?.endsWith('县教育局/移交签单.jpg'))!;
      const note = r.lang === 'zh' ? `（据扫描件 OCR 识别，置信度 ${first.confidence}%，请对照原件）` : ` (read from a scan by OCR, confidence ${first.confidence}%; compare with the original)`;
      expect(first.message.endsWith(note)).toBe(true);
      const undated = { ...first, ruleId: 'signoff.undated' as RuleId, severity: 'warning' as const, args: {}, message: `${r.lang === 'zh' ? '移交签单中没有找到签署日期' : 'no date found on the sign-off sheet'}${note}` };
      const two: Report = { ...r, findings: r.findings.flatMap((f) => (f === first ? [f, undated] : [f])) };
      const text = pretty(two);
      expect(text.split(note.trim()).length).toBe(2);
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes('县教育局/移交签单.jpg'));
      expect(lines[at]!.endsWith(note.trim())).toBe(true);
      expect(lines[at + 1]).toContain(first.message.slice(0, -note.length));
      expect(lines[at + 2]).toContain(undated.message.slice(0, -note.length));
      // The page the same: the note once in the file's block, beside its name; JSON keeps each message whole.
      const page = formatHtml(two, { color: false, quiet: false }) as string;
      const block = new RegExp(`<div class="file[^"]*" id="file-${two.files.findIndex((f) => f.path === first.file)}"[\\s\\S]*?</ul></div></div>`).exec(page)![0];
      expect(block.split(note.trim()).length).toBe(2);
      expect(block).toMatch(new RegExp(`</span> <span class="loc">${note.trim().replace(/[()]/g, '\\$&')}</span>`));
      // Counted in the JSON formatter's output (not in a copy of the report): both findings keep the note.
      const json = JSON.parse(formatJson(two, { color: false, quiet: false }) as string) as Report;
      expect(json.findings.filter((f) => f.file === first.file && f.message.endsWith(note)).map((f) => f.ruleId)).toEqual([first.ruleId, 'signoff.undated']);
    }
  });
});
