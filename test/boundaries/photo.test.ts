/** Boundary tables for the photo checks: caption date tolerance and the near-duplicate distance. */
import { describe, expect, it } from 'vitest';
import { photoChecks } from '../../src/checks/photo.js';
import { count, ctxOf, indicatorOf, photo, rules, runChecks, unitOf } from './helpers.js';

describe('photo.caption-date-mismatch: capture day within captionToleranceDays of the caption date', () => {
  const mismatch = (captured: string) => {
    const rs = rules();
    const ind = indicatorOf(rs, [photo('2025-06-12 县一中 端午包粽子活动.jpg', { capturedAt: `${captured}T09:30:00` })]);
    expect(ind.def.photos.captionToleranceDays).toBe(3);
    return count(runChecks(photoChecks, unitOf([ind]), ctxOf(rs)), 'photo.caption-date-mismatch');
  };
  it.each([
    ['4 days before', '2025-06-08', 1],
    ['3 days before (on the tolerance)', '2025-06-09', 0],
    ['the same day', '2025-06-12', 0],
    ['3 days after (on the tolerance)', '2025-06-15', 0],
    ['4 days after', '2025-06-16', 1],
  ])('captured %s', (_label, captured, expected) => {
    expect(mismatch(captured)).toBe(expected);
  });
});

/** A 64-bit hash as 16 hex digits with the lowest `bits` bits of `base` flipped. */
function flipped(base: string, bits: number): string {
  const mask = bits === 0 ? 0n : (1n << BigInt(bits)) - 1n;
  return (BigInt(`0x${base}`) ^ mask).toString(16).padStart(16, '0');
}

describe('photo.near-duplicate: two photos whose dHashes differ by at most nearDuplicateDistance bits', () => {
  const BASE = '0f0f0f0f0f0f0f0f'; // 32 bits set: informative
  const near = (distance: number) => {
    const rs = rules();
    const a = photo('a.jpg', {}, { path: '县教育局/III-12/a.jpg', fingerprint: { dhash: BASE, dhashSource: 'image', sha256: 'a'.repeat(64) } });
    const b = photo('b.jpg', {}, { path: '县教育局/III-12/b.jpg', fingerprint: { dhash: flipped(BASE, distance), dhashSource: 'image', sha256: 'b'.repeat(64) } });
    const ind = indicatorOf(rs, [a, b]);
    expect(ind.def.photos.nearDuplicateDistance).toBe(10);
    return count(runChecks(photoChecks, unitOf([ind]), ctxOf(rs)), 'photo.near-duplicate');
  };
  it.each([
    ['9 bits apart', 9, 2],
    ['10 bits apart (on the threshold)', 10, 2],
    ['11 bits apart', 11, 0],
  ])('%s', (_label, distance, expected) => {
    expect(near(distance)).toBe(expected);
  });
});

describe('photo.after-deadline: captured after the hand-in deadline, not on it', () => {
  const after = (captured: string) => {
    const rs = rules();
    const ind = indicatorOf(rs, [photo('县一中 端午包粽子活动.jpg', { capturedAt: `${captured}T09:30:00` })]);
    return count(runChecks(photoChecks, unitOf([ind]), ctxOf(rs, '2025-12-31')), 'photo.after-deadline');
  };
  it.each([
    ['the day before the deadline', '2025-10-25', 0],
    ['on the deadline', '2025-10-26', 0],
    ['the day after the deadline', '2025-10-27', 1],
  ])('captured %s', (_label, captured, expected) => {
    expect(after(captured)).toBe(expected);
  });
});
