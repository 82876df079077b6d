/** No import runs up a layer (docs/architecture.md, "Layers"), and the test that says so can fail. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, LAYERS, importGraph, layerOf, violations } from './import-graph.js';
import { tempDirEach } from '../helpers/temp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const freshDir = tempDirEach('lc-layers-');

describe('layers of src/', () => {
  const edges = importGraph(root);

  it('reads the graph (static, re-exported and dynamic imports)', () => {
    expect(edges.length).toBeGreaterThan(300);
    // A dynamic import: check.ts loads the OCR engine on demand.
    expect(edges).toContainEqual({ from: 'src/check.ts', to: 'src/ocr/engine.ts' });
    // Every target exists: a resolver that made up paths would hide edges.
    for (const e of edges) expect(fs.existsSync(path.join(root, e.to)), `${e.from} → ${e.to}`).toBe(true);
  });

  it('every folder of src/ has a layer', () => {
    const tops = fs.readdirSync(path.join(root, 'src')).filter((n) => !n.endsWith('.d.ts'));
    expect(tops.filter((n) => !layerOf(`src/${n}`))).toEqual([]);
  });

  it('no import runs up a layer', () => {
    expect(violations(edges).map((v) => `${v.from} → ${v.to}: ${v.problem}`)).toEqual([]);
  });

  it('each remaining exception is still a real edge (a fixed one must leave the list)', () => {
    for (const x of EXCEPTIONS) expect(edges, `${x.from} → ${x.to}`).toContainEqual({ from: x.from, to: x.to });
  });

  it('fails on a back-edge planted in a copy of src/', () => {
    const tmp = freshDir();
    fs.cpSync(path.join(root, 'src'), path.join(tmp, 'src'), { recursive: true });
    expect(violations(importGraph(tmp))).toEqual([]);
    // An extractor reading the rule file: exactly what the layers forbid.
    fs.appendFileSync(path.join(tmp, 'src/extract/photo.ts'), "\nexport type Planted = import('../rules/schema.js').RuleSet;\n");
    // A check reaching into extractor code, one layer apart although below it.
    fs.appendFileSync(path.join(tmp, 'src/checks/photo.ts'), "\nimport '../extract/dhash.js';\n");
    const found = violations(importGraph(tmp)).map((v) => `${v.from} → ${v.to}`).sort();
    expect(found).toEqual(['src/checks/photo.ts → src/extract/dhash.ts', 'src/extract/photo.ts → src/rules/schema.ts']);
  });

  it('fails on a back-edge in an in-memory graph, and on a file of no layer', () => {
    expect(violations([{ from: 'src/formats/sniff.ts', to: 'src/discover/classify.ts' }])).toHaveLength(1);
    expect(violations([{ from: 'src/discover/classify.ts', to: 'src/formats/sniff.ts' }])).toEqual([]);
    expect(violations([{ from: 'src/newthing/x.ts', to: 'src/util/dict.ts' }])[0]?.problem).toMatch(/no layer/);
    expect(LAYERS.map((l) => l.name)).toEqual(['base', 'formats', 'text', 'facts', 'rules', 'discover', 'cache', 'checks', 'report', 'format', 'library', 'cli']);
  });
});
