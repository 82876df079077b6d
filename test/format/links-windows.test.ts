/**
 * The HTML page's links on Windows when the page and the checked folder have no relative path
 * between them (the page saved on C:, the county's folder on D: or on a shared drive): path.relative
 * gives the folder's absolute path, which percent-encoded as D%3A/台账/… was a relative link to
 * nowhere — every file, thumbnail and folder link of the page broken. Such a link is now the file
 * URI, and each link, resolved against the page, is the file. Run with path.win32 (pure path
 * arithmetic, the same on any machine).
 */
import path from 'node:path';
import url from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileHref } from '../../src/format/links.js';

const w = path.win32;
const opened = (href: string, pageDir: string) => url.fileURLToPath(new URL(href, url.pathToFileURL(`${pageDir}\\report.html`, { windows: true })), { windows: true });

describe('HTML links on Windows', () => {
  it.each([
    ['the folder on another drive', 'D:\\创文\\台账', 'C:\\Users\\办公室\\Desktop'],
    ['the folder on a shared drive', '\\\\cwb-nas\\共享\\台账', 'C:\\Users\\办公室\\Desktop'],
    ['the page beside the folder (relative, as before)', 'D:\\创文\\台账', 'D:\\创文\\报告'],
  ])('%s: each link opens the file', (_what, rootDir, outputDir) => {
    for (const rel of ['县教育局/Ⅲ—12 我们的节日/2026-02-14 城关小学 春节写春联活动.jpg', '县教育局/Ⅲ—12 我们的节日/', '县卫健委/50% 完成#1.pdf']) {
      const href = fileHref(rel, rootDir, { rootDir, outputDir }, true, w)!;
      expect(href).not.toMatch(/^[A-Za-z]%3A/);
      expect(opened(href, outputDir), rel).toBe(w.join(rootDir, ...rel.split('/')) + (rel.endsWith('/') ? '\\' : ''));
    }
  });

  it('a page beside the folder keeps a relative link (the two move together)', () => {
    expect(fileHref('县教育局/a.jpg', 'D:\\创文\\台账', { rootDir: 'D:\\创文\\台账', outputDir: 'D:\\创文' }, true, w)).toBe('%E5%8F%B0%E8%B4%A6/%E5%8E%BF%E6%95%99%E8%82%B2%E5%B1%80/a.jpg');
  });
});
