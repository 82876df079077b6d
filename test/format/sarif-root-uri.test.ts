/**
 * SARIF's LEDGERROOT for a folder checked on Windows: a UNC share (\\nas\share\台账, the county's
 * shared drive) was written file:////nas/share/…, which Node's fileURLToPath (and viewers built on
 * it) refuses as "must be absolute", so no result could be opened; a drive was file:///D%3A/….
 * Both are now the file URIs pathToFileURL writes, and every result resolves to its file.
 */
import path from 'node:path';
import url from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatSarif } from '../../src/format/sarif.js';
import { folderUri } from '../../src/format/uri.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

let report: Report;
beforeAll(async () => {
  report = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20', ocr: false, nearDuplicates: false });
});

describe('SARIF: a Windows folder as a file URI', () => {
  it.each([
    ['a UNC share', '\\\\cwb-nas\\创文共享\\台账', '\\\\cwb-nas\\创文共享\\台账\\'],
    ['a drive', 'D:\\创文\\台账', 'D:\\创文\\台账\\'],
    ['a drive with forward slashes', 'D:/创文/台账/', 'D:\\创文\\台账\\'],
  ])('%s: LEDGERROOT is the URI pathToFileURL gives, and each result resolves to its file', (_what, root, folder) => {
    // D:/… with forward slashes is a drive on Windows only (on Linux a folder named D:, links-linux.test.ts).
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    let log: string;
    try {
      expect(folderUri(root).uri).toBe(url.pathToFileURL(folder, { windows: true }).href);
      log = formatSarif({ ...report, root }, { color: false, quiet: false }) as string;
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    const run = JSON.parse(log).runs[0];
    const base = run.originalUriBaseIds.LEDGERROOT.uri as string;
    expect(url.fileURLToPath(base, { windows: true })).toBe(folder);
    const withFile = run.results.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri.includes('.'));
    const f = report.findings.find((x) => x.file && withFile.locations[0].physicalLocation.artifactLocation.uri.endsWith(encodeURIComponent(path.posix.basename(x.file))))!;
    const abs = url.fileURLToPath(new URL(withFile.locations[0].physicalLocation.artifactLocation.uri, base), { windows: true });
    expect(abs).toBe(folder + f.file!.split('/').join('\\'));
  });

  it('a folder on Linux is as before (//x there is /x, not a share)', () => {
    expect(folderUri('/srv/台账').uri).toBe(url.pathToFileURL('/srv/台账/').href);
    expect(folderUri('台账')).toEqual({ uri: '%E5%8F%B0%E8%B4%A6/', absolute: false });
  });
});
