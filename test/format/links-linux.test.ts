/**
 * A folder named like a drive on Linux (final-review20): `D:` is a legal folder name there, and a
 * Linux path is never a drive, but links.ts and uri.ts tested /^[A-Za-z]:\// on every platform, so a
 * relative link whose first folder is `D:` became file:///D:/… in the HTML page and SARIF's
 * LEDGERROOT — pointing at nothing. On Linux it stays a relative path (the colon percent-encoded in a
 * URI, './' before it as is for Excel, so no program reads `D:` as a drive or scheme); on Windows a
 * drive is still a drive. Pure path arithmetic (path.posix / path.win32), the same on any machine.
 */
import path from 'node:path';
import url from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileHref } from '../../src/format/links.js';
import { folderUri } from '../../src/format/uri.js';

const rel = '县教育局/a.jpg';

describe('a folder named D: on Linux', () => {
  it('the HTML link is relative and opens the file beside the page', () => {
    // Checked folder ./D:/台账, page written in the working directory.
    const href = fileHref(rel, 'D:/台账', { rootDir: '/srv/cwb/D:/台账', outputDir: '/srv/cwb' }, true, path.posix)!;
    expect(href).not.toMatch(/^file:/);
    expect(url.fileURLToPath(new URL(href, 'file:///srv/cwb/report.html'))).toBe('/srv/cwb/D:/台账/县教育局/a.jpg');
    // No output folder known: the path as given.
    const given = fileHref(rel, 'D:/台账', {}, true, path.posix)!;
    expect(given).not.toMatch(/^file:/);
    expect(url.fileURLToPath(new URL(given, 'file:///srv/cwb/report.html'))).toBe('/srv/cwb/D:/台账/县教育局/a.jpg');
  });

  it("the workbook's link keeps it a relative path ('./D:/…', never the drive D:)", () => {
    expect(fileHref(rel, 'D:/台账', { rootDir: '/srv/cwb/D:/台账', outputDir: '/srv/cwb' }, false, path.posix)).toBe('./D:/台账/县教育局/a.jpg');
  });

  it("SARIF's LEDGERROOT is a relative folder chained to SRCROOT", () => {
    expect(folderUri('D:/台账', false)).toEqual({ uri: `D%3A/${encodeURIComponent('台账')}/`, absolute: false });
  });

  it('on Windows a drive is still a drive', () => {
    expect(fileHref(rel, 'D:\\台账', { rootDir: 'D:\\台账', outputDir: 'C:\\报告' }, true, path.win32)).toMatch(/^file:\/\/\/D:\//);
    expect(fileHref(rel, 'D:\\台账', { rootDir: 'D:\\台账', outputDir: 'C:\\报告' }, false, path.win32)).toBe('D:/台账/县教育局/a.jpg');
    expect(folderUri('D:/台账', true)).toEqual({ uri: `file:///D:/${encodeURIComponent('台账')}/`, absolute: true });
  });
});
