import { describe, expect, it } from 'vitest';
import { runBin } from './helpers.js';

// Issue 9 item 7: whatever a name holds, what reaches the terminal shows control characters as \xHH.
const raw = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('control characters in the CLI’s own messages', () => {
  it('a missing folder, an unknown rule id, a bad --lang value and an unknown option are shown escaped', () => {
    const cases = [
      runBin(['./no\x1b]0;owned\x07such\x1b[8m']),
      runBin(['explain', 'photo.\x1b[2Jx']),
      runBin(['.', '--lang', 'z\x1bh']),
      runBin(['.', '--\x1b[31mbad']),
    ];
    for (const r of cases) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('\\x1b');
      expect(r.stderr).not.toMatch(raw);
      expect(r.stdout).not.toMatch(raw);
    }
  });
});
