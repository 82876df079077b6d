/**
 * registerCaption (checks/register-captions.ts): the caption a register row gives the photos it
 * lists — the first row listing a photo wins, rows without photos and unreadable registers give
 * none, a row's typed date text is kept (else its date), a year-less date gets its year from the
 * period asked about (so the same folder asked with another period is worked out again).
 */
import { describe, expect, it } from 'vitest';
import { registerCaption } from '../../src/checks/register-captions.js';
import type { ExtractedFile } from '../../src/types.js';
import { indicatorOf, PERIOD, photo, register, row, rules } from './helpers.js';

const rs = rules();
const a = photo('a.jpg');
const b = photo('b.jpg');

describe('registerCaption', () => {
  it('the first row listing the photo gives its date, place and event', () => {
    const reg = register([
      row('2025-06-12', null, { name: '端午包粽子', place: '县一中', photos: ['a.jpg'], dateText: '2025年6月12日' }),
      row('2025-06-13', null, { row: 4, name: '第二次', place: '别处', photos: ['a.jpg', 'b.jpg'], dateText: null }),
      row('2025-06-14', null, { row: 5, name: '无照片', photos: [] }),
    ]);
    const ind = indicatorOf(rs, [reg, a, b]);
    expect(registerCaption(a, ind, PERIOD)).toEqual({ date: '2025-06-12', dateText: '2025年6月12日', place: '县一中', event: '端午包粽子', labelled: {}, tokens: [] });
    expect(registerCaption(b, ind, PERIOD)).toEqual({ date: '2025-06-13', dateText: '2025-06-13', place: '别处', event: '第二次', labelled: {}, tokens: [] });
    expect(registerCaption(photo('c.jpg'), ind, PERIOD)).toBeNull();
  });
  it('a row without a readable date gives no date text', () => {
    const reg = register([row('', null, { date: null, dateError: 'unrecognised', dateText: '某日', photos: ['a.jpg'] })]);
    expect(registerCaption(a, indicatorOf(rs, [reg, a]), PERIOD)).toMatchObject({ date: null, dateText: null });
  });
  it('an unreadable register, no indicator, a listed name that is no file: nothing', () => {
    const reg = { ...register([row('2025-06-12', null, { photos: ['a.jpg'] })]), error: { code: 'corrupt', detail: '' } } as ExtractedFile;
    expect(registerCaption(a, indicatorOf(rs, [reg, a]), PERIOD)).toBeNull();
    expect(registerCaption(a, null, PERIOD)).toBeNull();
    expect(registerCaption(a, indicatorOf(rs, [register([row('2025-06-12', null, { photos: ['x.jpg'] })]), a]), PERIOD)).toBeNull();
  });
  it('a year-less date takes its year from the period asked about, each time', () => {
    const reg = register([row('', null, { date: null, dateYearless: { month: 3, day: 1 }, dateText: '3月1日', photos: ['a.jpg'] })]);
    const ind = indicatorOf(rs, [reg, a]);
    expect(registerCaption(a, ind, PERIOD)!.date).toBe('2025-03-01');
    expect(registerCaption(a, ind, { start: '2023-08-01', end: '2024-07-31' })!.date).toBe('2024-03-01');
    expect(registerCaption(a, ind, PERIOD)!.date).toBe('2025-03-01');
  });
});
