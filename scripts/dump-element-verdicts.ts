/**
 * Dump, for the learned second opinion's honest protocol (scripts/element-model-protocol.ts), each
 * report's per-element verdict of the detector of THIS checkout, its sentences and the sentences the
 * detector cites per element, as JSON lines. Runs the real .docx rendering, extraction and report
 * check, like eval:elements. Usage: node dist/scripts/dump-element-verdicts.js SPLIT OUT.jsonl [--root DIR]
 * (SPLIT train or holdout). Reads and judges each report with scripts/element-corpus.ts (what
 * eval:elements uses); copied with it into old checkouts to dump their verdicts, so both use only
 * the interfaces eval:elements has used since the fourth held-aside set.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { judge, parse, type Split } from './element-corpus.js';
import { exitOnError, readAll } from './corpus-front-matter.js';

async function main() {
  const [split, out] = process.argv.slice(2) as [Split, string];
  const ri = process.argv.indexOf('--root');
  const root = path.resolve(ri >= 0 ? process.argv[ri + 1] : 'fixtures/elements');
  const folder = path.join(root, split);
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.md')).sort() : [];
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-dump-'));
  const lines: string[] = [];
  try {
    for (const r of readAll(files, (f) => parse(path.join(folder, f), split))) {
      const j = await judge(dir, r, 'docx');
      lines.push(JSON.stringify({ id: r.id, split, labelledMissing: [...r.missing], judgedMissing: [...j.missing], unsure: [...j.unsure], sentences: j.sentences, evidence: j.evidence }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${split}: ${lines.length} reports -> ${out}`);
}

main().catch(exitOnError);
