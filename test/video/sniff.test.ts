/** Video containers by their first bytes: ftyp brands, QuickTime atoms, and what is not a video. */
import { describe, expect, it } from 'vitest';
import { sniffContainer } from '../../src/formats/sniff.js';
import { formatOfBrands, sniffVideo } from '../../src/formats/sniff-video.js';
import { box, u32, writeMovie } from '../../fixtures/build/video.js';

const ftyp = (major: string, ...compatible: string[]) => box('ftyp', Buffer.from(major, 'latin1'), u32(0), ...compatible.map((b) => Buffer.from(b, 'latin1')));
const sniff = (b: Buffer) => sniffContainer(b.subarray(0, 8192), b.length);

describe('video containers by content', () => {
  it.each([
    ['isom', [], 'mp4'], ['mp41', [], 'mp4'], ['mp42', ['isom'], 'mp4'], ['avc1', [], 'mp4'], ['M4V ', ['M4V ', 'mp42'], 'mp4'],
    ['qt  ', ['qt  '], 'mov'], ['3gp4', ['isom'], '3gp'], ['3gp5', [], '3gp'], ['3g2a', [], '3gp'],
    // An unknown major brand: the first compatible brand that names a family.
    ['abcd', ['qt  ', 'isom'], 'mov'], ['wxyz', ['3gp6'], '3gp'],
  ] as const)('ftyp %j %j → %s', (major, compatible, format) => {
    expect(sniff(Buffer.concat([ftyp(major, ...compatible), box('moov')]))).toBe(format);
  });

  it('whole movies built by code', () => {
    expect(sniff(writeMovie({ flavour: 'mp4' }))).toBe('mp4');
    expect(sniff(writeMovie({ flavour: 'mov' }))).toBe('mov');
    expect(sniff(writeMovie({ flavour: '3gp' }))).toBe('3gp');
    expect(sniff(writeMovie({ noFtyp: true }))).toBe('mov');
  });

  it('an old QuickTime movie without ftyp: moov or mdat first, or wide/free followed by a movie atom', () => {
    expect(sniff(Buffer.concat([box('moov', box('mvhd')), box('mdat')]))).toBe('mov');
    expect(sniff(Buffer.concat([u32(0), Buffer.from('mdat'), Buffer.alloc(32)]))).toBe('mov');
    expect(sniff(Buffer.concat([box('wide'), box('mdat', Buffer.alloc(16))]))).toBe('mov');
    expect(sniff(Buffer.concat([box('free', Buffer.alloc(8)), box('moov')]))).toBe('mov');
  });

  it.each([
    ['HEIC photo', Buffer.concat([ftyp('heic', 'mif1', 'heic'), box('meta')]), 'heif'],
    ['HEIC with a generic major brand', Buffer.concat([ftyp('mif1', 'mif1', 'heic'), box('meta')]), 'heif'],
    ['AVIF photo', Buffer.concat([ftyp('avif', 'avif', 'mif1'), box('meta')]), 'avif'],
    ['M4A song', Buffer.concat([ftyp('M4A ', 'M4A ', 'mp42', 'isom'), box('moov')]), 'unknown'],
    ['Canon CR3 raw', Buffer.concat([ftyp('crx ', 'crx ', 'isom'), box('moov')]), 'unknown'],
    ['the word "free" in text', Buffer.from('abcdfree and more text that is not a movie at all'), 'text'],
    ['a free box followed by nothing known', Buffer.concat([box('free', Buffer.alloc(8)), Buffer.from('\x00\x00\x00\x10zzzz')]), 'unknown'],
    ['ftyp shorter than its brands', Buffer.concat([u32(12), Buffer.from('ftypisom'), Buffer.alloc(32)]), 'unknown'],
  ])('%s is not a video (%s)', (_what, bytes, container) => {
    expect(sniff(bytes)).toBe(container);
  });

  it('brand table edges', () => {
    expect(formatOfBrands('M4A ', ['isom'])).toBeNull();
    expect(formatOfBrands('zzzz', [])).toBeNull();
    expect(sniffVideo(Buffer.alloc(4))).toBeNull();
  });
});
