/**
 * Rule-file patterns run on material: cues and globs must finish in time linear in the text or
 * name. The hostile cases run in a child process that the test kills after a generous bound —
 * JavaScript's own engine would spin on them for hours, and a synchronous spin cannot be
 * interrupted by a test timeout in the same process.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/helpers.js';
import { linearPattern, globMatcher, globError, patternError } from '../../src/util/patterns.js';
import { detectStyle } from '../../src/text/elements.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { parseIgnoreText, MAX_GLOBSTARS } from '../../src/rules/ignore-file.js';
import { RuleFileError } from '../../src/rules/errors.js';

const dist = (m: string) => path.join(repoRoot, 'dist/src', m);

/** Run an ES module snippet on the built code; null when it did not finish within the bound. */
function runBounded(code: string): string | null {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.signal) return null;
  return r.stdout.trim();
}

describe('report cues from a rule file', () => {
  it('run on RE2: `(a+)+$` on a 45-byte report and a hostile summary cue finish', () => {
    const out = runBounded(`
      import { detectStyle } from ${JSON.stringify(dist('text/elements.js'))};
      import { judgeElements } from ${JSON.stringify(dist('checks/report-elements.js'))};
      const text = 'a'.repeat(45) + '!';
      const doc = { elements: {}, sections: [], sentences: [{ text, section: 0 }] };
      const el = judgeElements(doc, { 主体责任: { headings: [], cues: ['(a+)+$'] } });
      const st = detectStyle(text, ['(a|aa)+$', '(a*)*b']);
      console.log(JSON.stringify([el.find((v) => v.element === '主体责任').status, st.summaryCues]));
    `);
    expect(out).toBe('["missing",[]]');
  });

  it('find what they should, at the right place (UTF-16 offsets, global semantics)', () => {
    const p = linearPattern('报告(如下)?');
    const text = '😀说明报告如下；报告';
    expect(p.exec(text)).toMatchObject({ 0: '报告如下', index: 4 });
    expect(p.exec(text)).toMatchObject({ 0: '报告', index: 9 });
    expect(p.exec(text)).toBeNull();
    expect(p.lastIndex).toBe(0);
    const doc = { elements: {}, sections: [], sentences: [{ text: '县里成立了创文工作专班。', section: 0 }] };
    expect(judgeElements(doc, { 主体责任: { headings: [], cues: ['工作专班'] } }).find((v) => v.element === '主体责任')).toMatchObject({ status: 'present', via: 'cue' });
    expect(detectStyle('存在问题；下一步打算', ['存在(的)?问题', '下一步(工作)?(打算|计划)']).summaryCues).toEqual(['存在问题', '下一步打算']);
  });

  it('refuses what RE2 cannot run, and takes what it can', () => {
    expect(patternError('([')).toMatch(/missing closing/);
    expect(patternError('(?<=a)b')).not.toBeNull();
    expect(patternError('(a)\\1')).not.toBeNull();
    expect(patternError('(?!x)y')).not.toBeNull();
    expect(patternError('a{1000}')).toBeNull(); // RE2's repeat limit, just inside
    expect(patternError('a{1001}')).not.toBeNull(); // just outside
    expect(patternError('(a+)+$')).toBeNull();
  });
});

describe('ignore globs from a rule file', () => {
  it('run on RE2: `*a*a…*b` against a 64-character name finishes', () => {
    const out = runBounded(`
      import { makeIgnore } from ${JSON.stringify(dist('discover/names.js'))};
      const ig = makeIgnore(['*a*a*a*a*a*a*a*a*a*a*a*a*b']);
      console.log(JSON.stringify([ig('a'.repeat(64), 'x', false), ig('a'.repeat(63) + 'b', 'x', false)]));
    `);
    expect(out).toBe('[false,true]');
  });

  it('match file names case-insensitively, dot-files included, as picomatch reads them', () => {
    const m = globMatcher(['*.bak', '草稿?.docx', '{旧,废}*', '[0-9][0-9]*.tmp2']);
    expect(['a.BAK', '.x.bak', '草稿1.docx', '旧照片.jpg', '废.pdf', '12a.tmp2'].map(m)).toEqual([true, true, true, true, true, true]);
    expect(['a.bak.jpg', '草稿12.docx', '新旧.jpg', 'a1.tmp2'].map(m)).toEqual([false, false, false, false]);
    expect(globError('!(x)')).toBe('syntax');
    expect(globError('a/*.jpg')).toBe('slash');
    expect(globError('*.jpg')).toBeNull();
  });

  it('refuse a path written the Windows way, as they refuse one with / (it would match no file name)', () => {
    expect(globError('县文旅局\\Ⅲ—15 志愿服务\\微信图片_*')).toBe('slash');
    expect(globError('旧材料\\*.jpg')).toBe('slash');
    expect(globError('旧材料\\')).toBe('slash');
    // An escape of a character a file name can hold stays one.
    expect(globError('\\[1\\].jpg')).toBeNull();
    expect(globMatcher(['\\[1\\].jpg'])('[1].jpg')).toBe(true);
  });

  it('keep an escaped dot an escape (*\\.tmp was a valid name glob before Windows paths were refused)', () => {
    expect(globError('*\\.tmp')).toBeNull();
    expect(globMatcher(['*\\.tmp'])('草稿.tmp')).toBe(true);
    expect(globMatcher(['*\\.tmp'])('草稿tmp')).toBe(false);
  });
});

describe('.ledgercheckignore', () => {
  const parse = (text: string) => parseIgnoreText(text, 'ig', 'zh');
  it('uses gitignore syntax, relative to the checked folder', () => {
    const ig = parse('# comment\n*.bak\n草稿/\n!重要.bak\n/根目录.txt\n');
    expect(ig('a/b.bak', false)).toBe(true);
    expect(ig('a/重要.bak', false)).toBe(false);
    expect(ig('Ⅲ—12/草稿', true)).toBe(true);
    expect(ig('Ⅲ—12/草稿', false)).toBe(false); // a file named 草稿 is not the folder
    expect(ig('根目录.txt', false)).toBe(true);
    expect(ig('a/根目录.txt', false)).toBe(false);
  });

  it('reads a path written with Windows separators as the path (gitignore would read \\ as an escape and match nothing)', () => {
    const ig = parse('县文旅局\\Ⅲ—15 志愿服务\\微信图片_*\n县教育局\\旧材料\\*\n草稿\\\n');
    expect(ig('县文旅局/Ⅲ—15 志愿服务/微信图片_20260518.jpg', false)).toBe(true);
    expect(ig('县文旅局/Ⅲ—15 志愿服务/2026-05-18 县图书馆.jpg', false)).toBe(false);
    expect(ig('县教育局/旧材料/a.jpg', false)).toBe(true);
    expect(ig('县教育局/草稿', true)).toBe(true);
    // What gitignore needs escaped in a name stays escaped.
    const esc = parse('\\#1.jpg\n\\!重要.jpg\n');
    expect(esc('#1.jpg', false)).toBe(true);
    expect(esc('!重要.jpg', false)).toBe(true);
  });

  it('keeps an escaped dot an escape (*\\.tmp ignored the .tmp files before Windows separators were read)', () => {
    const ig = parse('*\\.tmp\n~$*\\.docx\n');
    expect(ig('县文旅局/草稿.tmp', false)).toBe(true);
    expect(ig('县文旅局/~$总结.docx', false)).toBe(true);
    expect(ig('县文旅局/总结.docx', false)).toBe(false);
  });

  it(`takes ${MAX_GLOBSTARS} ** in a line and refuses ${MAX_GLOBSTARS + 1}, positioned`, () => {
    expect(parse('a/**/b/**/c\n')('a/x/b/y/c', false)).toBe(true);
    try {
      parse('ok\n  x/**/y/**/z/**\n');
      throw new Error('expected a RuleFileError');
    } catch (e) {
      expect((e as RuleFileError).message).toBe('ig:2:5: 一行最多 2 个 ** （这一行有 3 个）'.replace(' （', '（'));
    }
  });

  it('with two ** finishes on a path 32 folders deep', () => {
    const out = runBounded(`
      import { parseIgnoreText } from ${JSON.stringify(dist('rules/ignore-file.js'))};
      const ig = parseIgnoreText('**/a/**/b\\n', 'f', 'zh');
      console.log(ig('a/'.repeat(32) + 'c', false));
    `);
    expect(out).toBe('false');
  });
});
