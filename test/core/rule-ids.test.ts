/**
 * Rule ids are a union derived from the message catalog: a misspelt id in code is a compile
 * error. This compiles test/types/rule-ids.check.ts with the project's settings, once as written
 * (its `@ts-expect-error` lines must all be needed) and once with those directives stripped
 * (each marked line must then fail to compile).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalog, isRuleId, ruleIds } from '../../src/messages/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const checked = path.join(root, 'test/types/rule-ids.check.ts');

function compile(rewrite?: (src: string) => string): { line: number; code: number }[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = { ...config!.options, noEmit: true, declaration: false, sourceMap: false };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (rewrite && path.resolve(f) === checked ? rewrite(read(f) ?? '') : read(f));
  const program = ts.createProgram([checked], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && path.resolve(d.file.fileName) === checked)
    .map((d) => ({ line: d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1, code: d.code }));
}

describe('rule ids in code', () => {
  it('a misspelt id does not compile (emit, Finding.ruleId, id tables, ruleInfo)', () => {
    expect(compile()).toEqual([]);
    const src = ts.sys.readFile(checked)!;
    const marked = src.split('\n').flatMap((l, i) => (l.includes('// @ts-expect-error') ? [i + 2] : []));
    expect(marked.length).toBe(4);
    const errors = compile((s) => s.replace(/^[ \t]*\/\/ @ts-expect-error.*$/gm, '//'));
    expect([...new Set(errors.map((e) => e.line))].sort((a, b) => a - b)).toEqual(marked);
  }, 120_000);

  it('the union and the catalog hold the same ids; isRuleId accepts exactly those', () => {
    expect([...ruleIds].sort()).toEqual(Object.keys(catalog).sort());
    expect(isRuleId('photo.no-exif')).toBe(true);
    for (const bad of ['photo.no-exfi', 'constructor', '__proto__', 'toString', '']) expect(isRuleId(bad)).toBe(false);
  });
});
