/**
 * Special files (FIFO, socket) and links in the checked folder: each is a finding, none is opened
 * or followed (a FIFO that were opened would block the run for ever), and the run goes on.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import type { Report } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-special-');
const root = path.join(tmp, '县教育局');
const outside = path.join(tmp, 'outside');
const IND = 'Ⅲ—12 我们的节日';
let server: net.Server | null = null;
let report: Report;
const isRoot = process.getuid?.() === 0;

beforeAll(async () => {
  fs.mkdirSync(path.join(root, IND), { recursive: true });
  fs.mkdirSync(path.join(outside, 'folder'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret.pdf'), makePdf({ pages: [['县教育局关于节日活动的说明报告']] }));
  fs.writeFileSync(path.join(root, IND, '说明报告.pdf'), makePdf({ pages: [['县教育局关于节日活动的说明报告']] }));
  execFileSync('mkfifo', [path.join(root, IND, '管道.pdf')]);
  server = net.createServer();
  await new Promise<void>((resolve) => server!.listen(path.join(root, IND, '套接字.jpg'), resolve));
  const link = (target: string, name: string) => fs.symlinkSync(target, path.join(root, IND, name));
  link(path.join(outside, 'secret.pdf'), '外部文件.pdf');
  link(path.join(outside, 'folder'), '外部文件夹');
  link(path.join(root, IND, '说明报告.pdf'), '内部链接.pdf');
  link(path.join(root, IND, 'nothing.pdf'), '断开的链接.pdf');
  link('循环.pdf', '循环.pdf');
  // A character device like /dev/zero (read for ever if opened): only root may make one.
  if (isRoot) execFileSync('mknod', [path.join(root, IND, '零.pdf'), 'c', '1', '5']);
  report = await check({ path: root, asOf: '2025-10-20' });
}, 60_000);

afterAll(async () => {
  // The socket closed before tempDir's own afterAll (registered first, run last) removes the folder.
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const findings = (name: string) => report.findings.filter((f) => f.file === `${IND}/${name}`).map((f) => [f.ruleId, f.args]);

describe('special files and links', () => {
  it('a FIFO is reported by type, never opened', () => {
    expect(findings('管道.pdf')).toEqual([['file.special', { type: 'fifo' }]]);
  });
  it('a socket is reported by type', () => {
    expect(findings('套接字.jpg')).toEqual([['file.special', { type: 'socket' }]]);
  });
  it.skipIf(!isRoot)('a device node is reported by type, never read', () => {
    expect(findings('零.pdf')).toEqual([['file.special', { type: 'device' }]]);
  });
  it('links are never followed; each says where it points', () => {
    expect(findings('外部文件.pdf')).toEqual([['file.link', { target: 'outside' }]]);
    expect(findings('外部文件夹')).toEqual([['file.link', { target: 'outside' }]]);
    expect(findings('内部链接.pdf')).toEqual([['file.link', { target: 'inside' }]]);
    expect(findings('断开的链接.pdf')).toEqual([['file.link', { target: 'dangling' }]]);
    expect(findings('循环.pdf')).toEqual([['file.link', { target: 'loop' }]]);
  });
  it('nothing outside the root is read, every such entry is listed and not passed', () => {
    expect(report.files.map((f) => f.path)).not.toContain(`${IND}/外部文件夹/secret.pdf`);
    const special = report.files.filter((f) => /管道|套接字|链接|外部|循环|零/.test(f.path));
    expect(special).toHaveLength(7 + (isRoot ? 1 : 0));
    expect(special.every((f) => f.status !== 'pass')).toBe(true);
    expect(report.summary.status).toBe('fail');
  });
  it('the messages render in both languages with raw args', async () => {
    const { renderMessage } = await import('../../src/messages/index.js');
    expect(renderMessage('file.special', 'zh', { type: 'fifo' })).toContain('命名管道');
    expect(renderMessage('file.special', 'en', { type: 'socket' })).toContain('a socket');
    expect(renderMessage('file.link', 'zh', { target: 'outside' })).toContain('指向检查文件夹以外');
    expect(renderMessage('file.link', 'en', { target: 'loop' })).toContain('loop');
  });
});
