/**
 * The import graph of src/ and the layers it must respect (docs/architecture.md, "Layers").
 * Imports are read with the TypeScript compiler's own pre-processor (static, re-export and
 * dynamic `import()` alike); a module may import its own layer and the layers below it, never
 * one above, and a few pairs of layers are kept apart although one is below the other.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Bottom to top. A path is a folder of src/ or a file at its top. */
export const LAYERS: { name: string; paths: string[] }[] = [
  { name: 'base', paths: ['util', 'windows', 'types.ts', 'version.ts'] },
  { name: 'formats', paths: ['formats'] },
  { name: 'text', paths: ['text', 'seal'] },
  { name: 'facts', paths: ['extract', 'ocr'] },
  { name: 'rules', paths: ['rules', 'kinds', 'units', 'festivals', 'messages'] },
  { name: 'discover', paths: ['discover'] },
  { name: 'cache', paths: ['cache'] },
  { name: 'checks', paths: ['checks'] },
  { name: 'report', paths: ['evaluate.ts', 'report', 'review'] },
  { name: 'format', paths: ['format'] },
  { name: 'library', paths: ['check.ts', 'inspect.ts', 'thumbnails.ts', 'import', 'index.ts'] },
  { name: 'cli', paths: ['cli'] },
];

/** Layers kept apart although `from` is above `to`: checks judge facts (types), never the code that makes them. */
export const APART: { from: string; to: string; why: string }[] = [
  { from: 'checks', to: 'facts', why: 'checks read facts (src/types.ts), not extractor code' },
  { from: 'checks', to: 'discover', why: 'checks read the model, not the walk' },
];

/** Edges that run up a layer and stay, each with its reason (docs/architecture.md lists them too). */
export const EXCEPTIONS: { from: string; to: string; why: string }[] = [
  {
    from: 'src/types.ts',
    to: 'src/text/sections.ts',
    why: 'type only: DocumentFacts embeds the TextSection/TextSentence shapes the segmenter defines next to its code',
  },
];

export interface Edge {
  from: string; // 'src/…/x.ts', relative to the repository root
  to: string;
}

export function layerOf(file: string): string | null {
  const rel = file.replace(/^src\//, '');
  const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel;
  return LAYERS.find((l) => l.paths.includes(top))?.name ?? null;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every relative import between files of `<root>/src`, as repository-relative paths. */
export function importGraph(root: string): Edge[] {
  const src = path.join(root, 'src');
  const edges: Edge[] = [];
  for (const abs of sourceFiles(src)) {
    const info = ts.preProcessFile(fs.readFileSync(abs, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      let target = path.resolve(path.dirname(abs), fileName).replace(/\.js$/, '.ts');
      if (!target.endsWith('.ts')) target = fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, 'index.ts');
      edges.push({ from: path.relative(root, abs).split(path.sep).join('/'), to: path.relative(root, target).split(path.sep).join('/') });
    }
  }
  return edges;
}

export interface Violation extends Edge {
  problem: string;
}

export function violations(edges: Edge[]): Violation[] {
  const rank = new Map(LAYERS.map((l, i) => [l.name, i]));
  const out: Violation[] = [];
  for (const e of edges) {
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (!a || !b) {
      out.push({ ...e, problem: `no layer for ${!a ? e.from : e.to}: add its folder to LAYERS (test/architecture/import-graph.ts) and docs/architecture.md` });
      continue;
    }
    if (EXCEPTIONS.some((x) => x.from === e.from && x.to === e.to)) continue;
    if (rank.get(a)! < rank.get(b)!) out.push({ ...e, problem: `${a} imports ${b}, a layer above it` });
    const apart = APART.find((x) => x.from === a && x.to === b);
    if (apart) out.push({ ...e, problem: `${a} may not import ${b}: ${apart.why}` });
  }
  return out;
}
