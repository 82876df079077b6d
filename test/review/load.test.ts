/** The review record's reader: strict schema, positioned errors, bounded reading. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReview, parseReview, ReviewFileError } from '../../src/review/load.js';
import { REVIEW_FILE_MAX_BYTES } from '../../src/review/schema.js';
import { tempDir } from '../cli/helpers.js';

const tmp = tempDir('lc-review-load-');

const SHA = 'a'.repeat(64);
const entry = (over: Record<string, string> = {}) =>
  Object.entries({ file: '台账/县卫健委/移交签单.jpg', sha256: SHA, rule: 'signoff.manual-review', verdict: 'accepted', reason: '已核对原件', by: '县创文办', at: '2026-10-20T09:00:00Z', ...over })
    .map(([k, v], i) => `${i ? '    ' : '  - '}${k}: ${v}`)
    .join('\n');
const doc = (...entries: string[]) => `version: 1\nentries:\n${entries.join('\n')}\n`;

const problems = (src: string) => {
  try {
    parseReview('r.yaml', src, 'en');
  } catch (e) {
    expect(e).toBeInstanceOf(ReviewFileError);
    return (e as ReviewFileError).problems.map((p) => `${p.line}:${p.col} ${p.message}`);
  }
  return [];
};

describe('review record schema', () => {
  it('says its own messages in the run\'s language (a Windows path, a bad hash, rule id or time)', () => {
    const say = (lang: 'zh' | 'en', over: Record<string, string>) => {
      try {
        parseReview('r.yaml', doc(entry(over)), lang);
      } catch (e) {
        return (e as ReviewFileError).problems.map((p) => `${p.line}:${p.col} ${p.message}`);
      }
      return [];
    };
    expect(say('zh', { file: '台账\\县卫健委\\移交签单.jpg' })).toEqual(['3:11 entries.0.file: 文件路径要相对于本记录所在的文件夹，用 / 分隔（如 台账/县教育局/移交签单.jpg），不能用 \\、盘符或 / 开头']);
    expect(say('en', { file: 'C:/台账/县卫健委/移交签单.jpg' })).toEqual(["3:11 entries.0.file: a path relative to this record's folder, with / (e.g. 台账/县教育局/移交签单.jpg): no \\, drive letter or leading /"]);
    expect(say('zh', { sha256: 'abc' })).toEqual(['4:13 entries.0.sha256: sha256 应是 64 位小写十六进制数字（ledger-check review accept 会写好）']);
    expect(say('zh', { rule: 'SignOff' })).toEqual(['5:11 entries.0.rule: 规则编号应形如 signoff.manual-review']);
    expect(say('zh', { at: '昨天' })).toEqual(['9:9 entries.0.at: 时间应是 ISO 日期或日期时间，如 2026-10-20T09:00:00Z']);
  });

  it('reads a valid record with each entry’s line', () => {
    const r = parseReview('r.yaml', `# comment\n${doc(entry(), entry({ rule: 'doc.scanned' }))}`, 'en');
    expect(r.entries.map((e) => [e.rule, e.line])).toEqual([['signoff.manual-review', 4], ['doc.scanned', 11]]);
  });
  it('rejects an unknown key at its position', () => {
    expect(problems(doc(`${entry()}\n    note: hi`))).toEqual([expect.stringMatching(/^10:5 entries\.0: /)]);
  });
  it('rejects a bad hash, verdict, rule id, empty reason, absolute path, bad date', () => {
    expect(problems(doc(entry({ sha256: 'abc' })))).toEqual([expect.stringMatching(/^4:13 entries\.0\.sha256/)]);
    expect(problems(doc(entry({ verdict: 'ok' })))).toEqual([expect.stringMatching(/entries\.0\.verdict/)]);
    expect(problems(doc(entry({ rule: 'SignOff' })))).toEqual([expect.stringMatching(/entries\.0\.rule/)]);
    expect(problems(doc(entry({ reason: "''" })))).toEqual([expect.stringMatching(/entries\.0\.reason/)]);
    expect(problems(doc(entry({ file: '/etc/passwd' })))).toEqual([expect.stringMatching(/entries\.0\.file/)]);
    expect(problems(doc(entry({ at: 'yesterday' })))).toEqual([expect.stringMatching(/entries\.0\.at/)]);
  });
  it('refuses a rule id the tool does not know, at its position, with the nearest id', () => {
    expect(problems(doc(entry({ rule: 'signoff.manual-reveiw' })))).toEqual([
      '5:11 entries.0.rule: unknown rule id: signoff.manual-reveiw (did you mean signoff.manual-review?); see ledger-check rules',
    ]);
    // Every unknown entry is reported, each where it is written; one far from any id has no suggestion.
    const p = problems(doc(entry(), entry({ rule: 'photo.no-exfi', file: 'b.jpg' }), entry({ rule: 'zzz.qqq', file: 'c.jpg' })));
    expect(p).toEqual([
      expect.stringMatching(/^12:11 entries\.1\.rule: .*photo\.no-exfi \(did you mean photo\.no-exif\?\)/),
      expect.stringMatching(/^19:11 entries\.2\.rule: unknown rule id: zzz\.qqq; see/),
    ]);
    expect(() => parseReview('r.yaml', doc(entry({ rule: 'photo.no-exfi' })), 'zh')).toThrow(/未知的规则编号：photo\.no-exfi（是不是 photo\.no-exif？）/);
  });
  it('rejects a missing version, a second version, YAML errors and duplicate entries', () => {
    expect(problems('entries: []\n')).toEqual([expect.stringMatching(/version/)]);
    expect(problems('version: 2\n')).toEqual([expect.stringMatching(/version/)]);
    expect(problems('version: 1\nentries: [\n')[0]).toMatch(/YAML/);
    expect(problems('- 1\n')[0]).toMatch(/^1:1 .*mapping/);
    expect(problems(doc(entry(), entry()))).toEqual([expect.stringMatching(/^10:1 duplicate/)]);
  });
});

describe('bounded reading', () => {
  it('reads a file on the size cap and refuses one byte more', () => {
    const head = doc(entry());
    const on = path.join(tmp, 'on.yaml');
    fs.writeFileSync(on, head + '#'.repeat(REVIEW_FILE_MAX_BYTES - Buffer.byteLength(head) - 1) + '\n');
    expect(fs.statSync(on).size).toBe(REVIEW_FILE_MAX_BYTES);
    expect(loadReview(on, 'en').entries).toHaveLength(1);
    const over = path.join(tmp, 'over.yaml');
    fs.writeFileSync(over, `${fs.readFileSync(on, 'utf8')}#`);
    expect(() => loadReview(over, 'en')).toThrow(/too large/);
  });
  it('refuses a folder, a FIFO and a missing file with a positioned error', () => {
    expect(() => loadReview(tmp, 'en')).toThrow(/:1:1: .*not a regular file/);
    const fifo = path.join(tmp, 'fifo.yaml');
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    if (spawnSync('mkfifo', [fifo]).status === 0) expect(() => loadReview(fifo, 'en')).toThrow(/not a regular file/);
    expect(() => loadReview(path.join(tmp, 'none.yaml'), 'en')).toThrow(/:1:1: cannot read the review record: no such file/);
  });
  it('refuses a record that is not UTF-8 (a GBK-saved file) instead of reading mojibake', () => {
    const gbk = path.join(tmp, 'gbk.yaml');
    fs.writeFileSync(gbk, Buffer.concat([Buffer.from('version: 1\nentries: []\n# '), Buffer.from([0xc7, 0xe5, 0xba, 0xd3])]));
    expect(() => loadReview(gbk, 'en')).toThrow(/not UTF-8/);
  });
});
