import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOLVER_MODULES, builtinCacheRecord, loadRuleSet, readBuiltinCache, statShortcutPath, writeStatShortcut } from '../../src/rules/builtin-cache.js';
import { loadRules } from '../../src/rules/load.js';
import { ruleIds } from '../../src/messages/index.js';
import { tempDir } from '../helpers/temp.js';

const root = path.resolve(import.meta.dirname, '../..');
const compiledCache = path.join(root, 'dist/src/rules/builtin.resolved.json');

describe('built-in rules resolved at build time', () => {
  const full = loadRules({ knownRuleIds: ruleIds });
  const dir = tempDir('lc-cache-');
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
    // Made from other inputs (no stat shortcut beside it: the contents are compared).
    expect(readBuiltinCache(ruleIds, write('edited.json', { ...rec, source: otherSource }))).toBeNull();
    expect(readBuiltinCache(new Set([...ruleIds, 'photo.new-rule']), write('ids.json', rec))).toBeNull();
    expect(readBuiltinCache(undefined, write('noids.json', rec))).toBeNull();
    expect(readBuiltinCache(ruleIds, write('bad.json', '{"source":'))).toBeNull();
    expect(readBuiltinCache(ruleIds, path.join(dir, 'missing.json'))).toBeNull();
  });

  it('while the record and its inputs keep their stat the inputs are not read again; a changed stat falls back to comparing them', () => {
    // A record whose digest is wrong on purpose: served only if the digest is not compared.
    const rec = { ...builtinCacheRecord(full, ruleIds), source: 'not compared' };
    const f = write('stat-same.json', rec);
    fs.utimesSync(f, new Date(), new Date(Date.now() + 5000)); // written after every input
    expect(writeStatShortcut(f)).toBe(true);
    expect(readBuiltinCache(ruleIds, f)).toEqual(full);
    // The record file replaced (same bytes, another file): the shortcut is not its own.
    fs.copyFileSync(f, `${f}.new`);
    fs.renameSync(`${f}.new`, f);
    expect(readBuiltinCache(ruleIds, f)).toBeNull();
    // A shortcut for other inputs' stat: the contents decide (here: a current record is served).
    const ok = write('stat-other.json', builtinCacheRecord(full, ruleIds));
    fs.utimesSync(ok, new Date(), new Date(Date.now() + 5000));
    expect(writeStatShortcut(ok)).toBe(true);
    const side = JSON.parse(fs.readFileSync(statShortcutPath(ok), 'utf8'));
    fs.writeFileSync(statShortcutPath(ok), JSON.stringify({ ...side, inputs: side.inputs.replace(/\d(?=\n|$)/, (d: string) => String((Number(d) + 1) % 10)) }));
    expect(readBuiltinCache(ruleIds, ok)).toEqual(full);
    fs.writeFileSync(ok, JSON.stringify({ ...builtinCacheRecord(full, ruleIds), source: 'stale' }));
    expect(readBuiltinCache(ruleIds, ok)).toBeNull();
  });

  it('writes no stat shortcut when an input is racy: its mtime not older than the record (same tick and later: racy; 1 ms older: trusted)', () => {
    const f = write('racy.json', builtinCacheRecord(full, ruleIds));
    const input = write('racy-input.yaml', 'name: x\n');
    const t = Math.floor(Date.now() / 1000) - 100;
    const stamp = (file: string, secs: number) => fs.utimesSync(file, secs, secs);
    stamp(input, t);
    stamp(f, t); // the same tick: the input may change again without its stat changing
    expect(writeStatShortcut(f, [input])).toBe(false);
    expect(fs.existsSync(statShortcutPath(f))).toBe(false);
    stamp(f, t - 0.001); // the input is newer
    expect(writeStatShortcut(f, [input])).toBe(false);
    stamp(f, t + 0.001); // the input is older by 1 ms: trusted
    expect(writeStatShortcut(f, [input])).toBe(true);
    expect(fs.existsSync(statShortcutPath(f))).toBe(true);
    // A racy shortcut is never served: written for other inputs than the run's, it does not hold.
    expect(readBuiltinCache(ruleIds, write('racy-other.json', { ...builtinCacheRecord(full, ruleIds), source: 'x' }))).toBeNull();
  });

  it('ships nothing of the build machine: the record has no path, inode or time; the stat shortcut is left out of the package', () => {
    const text = JSON.stringify(builtinCacheRecord(full, ruleIds));
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(['ruleIds', 'rules', 'source']);
    expect(text).not.toContain(root);
    if (!fs.existsSync(compiledCache)) return;
    expect(fs.readFileSync(compiledCache, 'utf8')).not.toContain(root);
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = packed[0]!.files.map((x) => x.path);
    expect(files).toContain('dist/src/rules/builtin.resolved.json');
    expect(files.filter((x) => x.endsWith('.stat'))).toEqual([]);
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
