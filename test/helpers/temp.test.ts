/** The shared temp-folder helper cleans up without the test saying so (session 18). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempDirEach } from './temp.js';

const fresh = tempDirEach('lc-temp-each-');
const kept = tempDir('lc-temp-file-');
let made = '';

describe('test/helpers/temp.ts', () => {
  it.fails('makes a folder under the run\'s temp root (and fails after it: the clean-up still runs)', () => {
    made = fresh();
    fs.writeFileSync(path.join(made, 'a.txt'), 'x');
    expect(fs.existsSync(made)).toBe(true);
    expect(path.dirname(made)).toBe(os.tmpdir());
    throw new Error('a failing test');
  });

  it('removed the folder of the test before, though that test failed; the file\'s folder stays until the file ends', () => {
    expect(made).not.toBe('');
    expect(fs.existsSync(made)).toBe(false);
    expect(fs.existsSync(kept)).toBe(true);
  });
});
