/**
 * How names are matched, on facts built in memory: a register's listed photo to a file (case,
 * spaces, Unicode form, a path, a name without its extension, two files of one stem), a row's
 * year from its own sheet's hint, a file's own folders and stem, and a document's first line
 * (80 characters at most) and facts of another type.
 */
import { describe, expect, it } from 'vitest';
import { captureDay, photoIndex } from '../../src/checks/register-photos.js';
import { rowDates } from '../../src/checks/row-dates.js';
import { innerFolders, stripExtension } from '../../src/kinds/types.js';
import { documentMatches } from '../../src/kinds/document.js';
import { isScreenshot, ONLINE_CUES, SCREENSHOT_CUES } from '../../src/kinds/screenshot.js';
import type { ExtractedFile } from '../../src/types.js';
import { doc, PERIOD, photo, row } from './helpers.js';

describe('photoIndex.find', () => {
  const a = photo('Aé.jpg');
  const idx = photoIndex([a, photo('b.jpg'), photo('b.png'), photo('IMG.20250612.jpg'), photo('ß.jpg'), doc('document', {}, { name: 'c.jpg' })]);
  it.each([
    ['Aé.jpg', 'Aé.jpg'],
    ['  aé.JPG ', 'Aé.jpg'],
    ['Ae\u0301.jpg', 'Aé.jpg'], // decomposed é
    ['照片/Aé.jpg', 'Aé.jpg'],
    ['照片\\Aé.jpg', 'Aé.jpg'],
    ['Aé', 'Aé.jpg'],
    ['b.jpg', 'b.jpg'],
    ['b.png', 'b.png'],
    ['IMG.20250612', 'IMG.20250612.jpg'],
  ])('%j → %s', (listed, name) => expect(idx.find(listed)?.name).toBe(name));
  it.each(['b', 'zzz', 'ss.jpg', 'c.jpg', 'IMG.jpg'])('%j → none', (listed) => expect(idx.find(listed)).toBeNull());
  it('only photos are indexed', () => expect(idx.photos.map((p) => p.name)).toEqual(['Aé.jpg', 'b.jpg', 'b.png', 'IMG.20250612.jpg', 'ß.jpg']));
  it('captureDay: the day of the EXIF capture time, or null', () => {
    expect(captureDay(photo('x.jpg', { capturedAt: '2025-06-12T23:59:59' }))).toBe('2025-06-12');
    expect(captureDay(photo('x.jpg', { capturedAt: null }))).toBeNull();
    expect(captureDay(doc('document'))).toBeNull();
  });
});

describe('rowDates', () => {
  it('a dated row as it is, its error kept', () => {
    expect(rowDates(row('2025-06-12', '2025-06-13'), {}, PERIOD)).toEqual({ date: '2025-06-12', dateEnd: '2025-06-13', error: null, yearFrom: null });
    expect(rowDates(row('', null, { date: null, dateError: 'no-such-day' }), {}, PERIOD)).toEqual({ date: null, dateEnd: null, error: 'no-such-day', yearFrom: null });
  });
  it('a year-less row takes the year of its own sheet’s hint, else the period’s', () => {
    const yl = row('', null, { date: null, sheet: 'B', dateYearless: { month: 3, day: 1 } });
    const hints = [
      { sheet: 'A', year: 2023, month: null, cell: 'A1', source: 'title' as const },
      { sheet: 'B', year: 2022, month: null, cell: 'A2', source: 'filled' as const },
    ];
    expect(rowDates(yl, { yearHints: hints }, PERIOD)).toMatchObject({ date: '2022-03-01', yearFrom: 'filled' });
    expect(rowDates(yl, { yearHints: [hints[0]!] }, PERIOD)).toMatchObject({ date: '2025-03-01', yearFrom: 'period' });
    expect(rowDates(yl, {}, PERIOD)).toMatchObject({ date: '2025-03-01', yearFrom: 'period' });
  });
});

describe('a file’s own folders and stem', () => {
  const at = (p: string) => ({ ...photo('x.jpg'), path: p }) as ExtractedFile;
  it('innerFolders', () => {
    expect(innerFolders(at('县/指标/活动/截图/x.jpg'), '县/指标')).toEqual(['活动', '截图']);
    expect(innerFolders(at('县/指标/活动/x.jpg'), '县/指标/')).toEqual(['活动']);
    expect(innerFolders(at('县/指标/x.jpg'), '县/指标')).toEqual([]);
    expect(innerFolders(at('县/指标/x.jpg'), null)).toEqual(['县', '指标']);
  });
  it.each([
    ['a.jpg', 'a'],
    ['a.b.jpg', 'a.b'],
    ['noext', 'noext'],
    ['.hidden', '.hidden'],
    ['x.', 'x'],
  ])('stripExtension(%j) = %j', (n, s) => expect(stripExtension(n)).toBe(s));
});

describe('document cues', () => {
  const FOLDER = '县教育局/指标';
  const d = (name: string, facts: Parameters<typeof doc>[1] = {}) => ({ ...doc('document', facts), name, path: `${FOLDER}/${name}` }) as ExtractedFile;
  it('the first line is read up to 80 characters, trimmed', () => {
    expect(documentMatches(d('1.pdf', { text: `\n   \n  ${'x'.repeat(76)}会议记录  \n` }), FOLDER, ['会议记录'])).toBe(true);
    expect(documentMatches(d('1.pdf', { text: `${'x'.repeat(80)}会议记录` }), FOLDER, ['会议记录'])).toBe(false);
    expect(documentMatches(d('1.pdf', { text: `   ${'x'.repeat(77)}会议记录` }), FOLDER, ['会议记录'])).toBe(false);
    expect(documentMatches(d('1.pdf', { text: '' }), FOLDER, ['会议记录'])).toBe(false);
  });
  it('a document without document facts matches by its name only', () => {
    const none = { ...d('会议记录.pdf'), facts: { type: 'none' } } as ExtractedFile;
    expect(documentMatches(none, FOLDER, ['会议记录'])).toBe(true);
    expect(documentMatches({ ...none, name: '1.pdf', path: `${FOLDER}/1.pdf` }, FOLDER, ['会议记录'])).toBe(false);
  });
  it('a screenshot without photo facts is told by its name', () => {
    const p = { ...photo('截图.png'), path: `${FOLDER}/线上 截图.png`, name: '线上 截图.png', facts: { type: 'none' } } as ExtractedFile;
    expect(isScreenshot(p, FOLDER, { online: false, cues: SCREENSHOT_CUES, onlineCues: ONLINE_CUES })).toBe(true);
    expect(isScreenshot(p, FOLDER, { online: true, cues: SCREENSHOT_CUES, onlineCues: ONLINE_CUES })).toBe(true);
    expect(isScreenshot(p, FOLDER, { online: true, cues: SCREENSHOT_CUES, onlineCues: ['直播'] })).toBe(false);
  });
  it('the Software tag tells a screenshot, but not that it is online', () => {
    const p = { ...photo('IMG_1.png', { software: 'Screenshot', description: null }), path: `${FOLDER}/IMG_1.png`, name: 'IMG_1.png' } as ExtractedFile;
    expect(isScreenshot(p, FOLDER, { online: false, cues: SCREENSHOT_CUES, onlineCues: ONLINE_CUES })).toBe(true);
    const q = { ...photo('IMG_1.png', { software: '线上 Screenshot', description: null }), path: `${FOLDER}/IMG_1.png`, name: 'IMG_1.png' } as ExtractedFile;
    expect(isScreenshot(q, FOLDER, { online: true, cues: SCREENSHOT_CUES, onlineCues: ONLINE_CUES })).toBe(false);
  });
});
