import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RESOLVER_MODULES, builtinCacheRecord, loadRuleSet, readBuiltinCache } from '../../src/rules/builtin-cache.js';
import { loadRules } from '../../src/rules/load.js';
import { ruleIds } from '../../src/messages/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const compiledCache = path.join(root, 'dist/src/rules/builtin.resolved.json');

describe('built-in rules resolved at build time', () => {
  const full = loadRules({ knownRuleIds: ruleIds });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-cache-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, rec: unknown) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, typeof rec === 'string' ? rec : JSON.stringify(rec));
    return f;
  };

  it('serves a current cache as the very rule set loadRules gives', () => {
    const f = write('ok.json', builtinCacheRecord(full, ruleIds));
    expect(readBuiltinCache(ruleIds, f)).toEqual(full);
  });

  it('refuses a cache made from another builtin.yaml, against other rule ids, or unreadable', () => {
    const rec = builtinCacheRecord(full, ruleIds);
    const otherSource = rec.source.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    // Made from other inputs: their stat was another, or there was none.
    expect(readBuiltinCache(ruleIds, write('edited.json', { ...rec, source: otherSource, stat: `${rec.stat}x` }))).toBeNull();
    expect(readBuiltinCache(ruleIds, write('nostat.json', { ...rec, source: otherSource, stat: undefined }))).toBeNull();
    expect(readBuiltinCache(new Set([...ruleIds, 'photo.new-rule']), write('ids.json', rec))).toBeNull();
    expect(readBuiltinCache(undefined, write('noids.json', rec))).toBeNull();
    expect(readBuiltinCache(ruleIds, write('bad.json', '{"source":'))).toBeNull();
    expect(readBuiltinCache(ruleIds, path.join(dir, 'missing.json'))).toBeNull();
  });

  it('while the inputs keep their stat their bytes are not read again; a changed stat falls back to comparing them', () => {
    const rec = builtinCacheRecord(full, ruleIds);
    expect(rec.stat).toMatch(/builtin\.yaml/);
    // Same stat: served without the contents (the digest is not even compared).
    expect(readBuiltinCache(ruleIds, write('stat-same.json', { ...rec, source: 'not compared' }))).toEqual(full);
    // Another stat (an input rewritten with the same bytes): the contents decide.
    expect(readBuiltinCache(ruleIds, write('stat-other.json', { ...rec, stat: 'old' }))).toEqual(full);
  });

  it('loads the long way without a cache (the sources have none), with the same result', async () => {
    expect(await loadRuleSet({ knownRuleIds: ruleIds })).toEqual(full);
  });

  it.skipIf(!fs.existsSync(compiledCache))('the build wrote a current cache for the compiled program', () => {
    // Read by the compiled modules (the stamp covers the .js files the program runs).
    const script = `
      import { readBuiltinCache } from ${JSON.stringify(path.join(root, 'dist/src/rules/builtin-cache.js'))};
      import { ruleIds } from ${JSON.stringify(path.join(root, 'dist/src/messages/index.js'))};
      console.log(JSON.stringify(readBuiltinCache(ruleIds)));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(full);
  });

  it('is stamped with every module the resolved set depends on (the imports of the rule loader)', () => {
    // Value imports only: `import type` leaves no code behind.
    const seen = new Set<string>();
    const visit = (rel: string) => {
      if (seen.has(rel)) return;
      seen.add(rel);
      const text = fs.readFileSync(path.join(root, 'src', `${rel}.ts`), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\s+from\s+'(\.[^']+)\.js';/gms)) {
        visit(path.posix.join(path.posix.dirname(rel), m[1]!));
      }
    };
    visit('rules/load');
    expect([...seen].sort()).toEqual([...RESOLVER_MODULES].sort());
  });

  it('still reports a broken rule file with its position', async () => {
    const bad = write('bad.yaml', 'name: x\nperiod: [1, 2]\n');
    await expect(loadRuleSet({ file: bad, knownRuleIds: ruleIds })).rejects.toMatchObject({ name: 'RuleFileError' });
  });
});
