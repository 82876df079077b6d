/**
 * A format written to stdout in pieces waits for stdout to drain between pieces (a pipe to a slow
 * reader held the whole JSON report of a wide tree in memory), and the bytes are the same as
 * without waiting.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { writeReports } from '../../src/cli/commands/check.js';
import type { CliIO } from '../../src/cli/io.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-drain-');

describe('stdout in pieces', () => {
  it('waits for each piece to drain before the next, and writes the same bytes', async () => {
    const root = path.join(tmp, '县文旅局');
    const dir = path.join(root, 'Ⅲ—15 志愿服务');
    fs.mkdirSync(dir, { recursive: true });
    // Enough findings for several pieces of ~16 K characters.
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(dir, `记录${String(i).padStart(3, '0')}.bin`), `${i}`);
    const report = await check({ path: root, asOf: '2026-08-01', ocr: false });
    const run = async (drain: boolean) => {
      let out = '';
      let writes = 0;
      let waiting = false;
      let waits = 0;
      const io: CliIO = {
        stdout: (s) => {
          // A piece is never written while the one before is still waiting to drain.
          expect(waiting).toBe(false);
          out += s;
          writes++;
        },
        stderr: () => {},
        lang: () => 'zh',
        setExitCode: () => {},
        ...(drain
          ? {
              stdoutDrained: () => {
                waiting = true;
                waits++;
                return new Promise<void>((resolve) =>
                  setImmediate(() => {
                    waiting = false;
                    resolve();
                  }),
                );
              },
            }
          : {}),
      };
      const ok = await writeReports(report, [{ format: 'json', file: null }], { lang: 'zh' }, io, { isTTY: false }, { folder: root, thumbs: [] });
      expect(ok).toBe(true);
      return { out, writes, waits };
    };
    const waited = await run(true);
    const plain = await run(false);
    expect(waited.writes).toBeGreaterThan(2);
    expect(waited.waits).toBe(waited.writes);
    expect(waited.out).toBe(plain.out);
    expect(JSON.parse(waited.out)).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
