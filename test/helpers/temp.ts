/**
 * Temp folders for a test file, cleaned up without the file saying so: each folder made here is
 * removed when the file's tests end (afterAll), and one made by `tempDirEach` after each test
 * (afterEach) — even when a test fails. They sit under the run's temp root (test/temp-root.ts),
 * which the run removes too, so nothing is left behind when a file is killed midway.
 *
 *   const dir = tempDir('lc-mine-');              // one folder for the file
 *   const fresh = tempDirEach('lc-mine-');        // fresh() in a test: a new folder, gone after it
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

const forFile: string[] = [];
const forTest: string[] = [];
const removeAll = (list: string[]) => {
  for (const d of list.splice(0)) fs.rmSync(d, { recursive: true, force: true });
};
afterAll(() => removeAll(forFile));
afterEach(() => removeAll(forTest));

/** A new folder, removed when the test file ends. */
export function tempDir(prefix = 'lc-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  forFile.push(d);
  return d;
}

/** A maker of folders removed after the test that made them: call it inside a test. */
export function tempDirEach(prefix = 'lc-test-'): () => string {
  return () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    forTest.push(d);
    return d;
  };
}
