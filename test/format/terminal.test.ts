import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth, padDisplay, visible, wrapSegments } from '../../src/format/terminal.js';

describe('visible: control characters cannot reach the terminal', () => {
  it('shows C0, DEL, C1 and bidi overrides as escapes and keeps everything else', () => {
    expect(visible('a\x1b[2Jb')).toBe('a\\x1b[2Jb');
    expect(visible('\x1b]0;pwned\x07')).toBe('\\x1b]0;pwned\\x07');
    expect(visible('x\x7fy\x9bz')).toBe('x\\x7fy\\x9bz');
    expect(visible('tab\there\nnl')).toBe('tab\\x09here\\x0anl');
    expect(visible('evil\u202etxt.jpg')).toBe('evil\\u{202e}txt.jpg');
    // Boundaries: 0x1f is shown, 0x20 (space) is not; 0x9f shown, 0xa0 (no-break space) not.
    expect(visible('\x1f \x9f\xa0')).toBe('\\x1f \\x9f\xa0');
    expect(visible('县教育局/Ⅲ—12 我们的节日/照片.jpg')).toBe('县教育局/Ⅲ—12 我们的节日/照片.jpg');
  });
});

describe('display width', () => {
  it('counts CJK as two columns and pads by it', () => {
    expect(displayWidth('中秋ab')).toBe(6);
    expect(padDisplay('中秋', 6)).toBe('中秋  ');
    expect(padDisplay('abc', 2)).toBe('abc');
  });
});

describe('wrapSegments: wraps by display width, never inside a word', () => {
  const msg = '照片“2025-05-31 县博物馆 端午民俗展.jpg”没有登记在任何一行活动中，请在活动登记表中补上这一行或删除照片';
  it('keeps every line within the width and rule ids, dates and paths whole', () => {
    for (const width of [20, 33, 40, 60, 160]) {
      const lines = wrapSegments([{ text: '警告' }, { text: '  ' }, { text: msg }, { text: '  ' }, { text: 'register.photo-unlisted', keep: true }], width, '    ', '        ');
      for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(Math.max(width, 8 + 'register.photo-unlisted'.length));
      const joined = lines.map((l) => l.trim()).join('');
      expect(joined).toContain('register.photo-unlisted');
      expect(joined).toContain('2025-05-31');
      for (const l of lines.slice(1)) expect(l.startsWith('        ')).toBe(true);
      // Nothing lost but the spaces at the breaks.
      expect(joined.replace(/\s/g, '')).toBe(`警告${msg}register.photo-unlisted`.replace(/\s/g, ''));
    }
  });

  it('does not start a line with closing punctuation', () => {
    const lines = wrapSegments([{ text: '一二三四五，六七八九十。' }], 10, '', '');
    for (const l of lines) expect(l).not.toMatch(/^[，。]/);
  });

  it('does not start a line with a slash (台账/ stays whole, as in --help)', () => {
    for (const width of [12, 16, 24, 48, 49, 50]) {
      const lines = wrapSegments([{ text: '要检查的单位文件夹（县教育局）或全县文件夹（台账/）' }], width, '', '');
      for (const l of lines) expect(l, lines.join('|')).not.toMatch(/^\//);
    }
  });

  it('does not end a line with opening punctuation (the bracket stays with what it opens)', () => {
    for (const width of [8, 9, 10, 11, 12]) {
      const lines = wrapSegments([{ text: '写到这个文件夹（xlsx），便于下发《通知》给“各单位”' }], width, '', '');
      for (const l of lines) expect(l, lines.join('|')).not.toMatch(/[（《“]$/);
    }
  });

  it('lets one token longer than the line overflow instead of cutting it', () => {
    const lines = wrapSegments([{ text: 'ab ' }, { text: 'photo.near-duplicate', keep: true }], 10, '', '  ');
    expect(lines).toEqual(['ab', '  photo.near-duplicate']);
  });

  it('without a width, one line', () => {
    expect(wrapSegments([{ text: msg }], undefined, '  ', '    ')).toEqual([`  ${msg}`]);
  });

  it('applies styles after wrapping', () => {
    const lines = wrapSegments([{ text: 'red words here', style: (s) => `<${s}>` }], 9, '', '');
    expect(lines.join('|')).toBe('<red ><words>|<here>');
  });
});
