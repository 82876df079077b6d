/**
 * One labelled report's front matter and body (fixtures/elements, format in its README), shared by the
 * corpus scripts. A report that cannot be read is a CorpusError naming the file and, for YAML, the line:
 * the scripts print every such error and stop, rather than measure a corpus with a report left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export class CorpusError extends Error {}

export function readFrontMatter<Meta>(file: string): { meta: Meta; body: string } {
  const name = path.basename(path.dirname(file)) + '/' + path.basename(file);
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!m) throw new CorpusError(`${name}: no front matter (a first line "---", the YAML, then a line "---")`);
  let meta: unknown;
  try {
    meta = YAML.parse(m[1]);
  } catch (e) {
    // Lines in the message count from the file's first line (the opening "---" is line 1).
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const reason = String((e as Error).message).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new CorpusError(`${name}${line ? `:${line + 1}` : ''}: front matter is not valid YAML: ${reason}`);
  }
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw new CorpusError(`${name}: front matter is not a YAML mapping`);
  return { meta: meta as Meta, body: m[2] };
}

/** Read every file with read(); throw one CorpusError listing all the files that failed. */
export function readAll<T>(files: string[], read: (file: string) => T): T[] {
  const out: T[] = [];
  const errors: string[] = [];
  for (const f of files) {
    try {
      out.push(read(f));
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      errors.push(e.message);
    }
  }
  if (errors.length > 0) throw new CorpusError(`${errors.length} report(s) cannot be read; fix them and run again:\n${errors.map((m) => `  ${m}`).join('\n')}`);
  return out;
}

/** The scripts' last catch: a CorpusError is a message for the corpus's author, anything else a bug. */
export function exitOnError(e: unknown): void {
  if (e instanceof CorpusError) console.error(e.message);
  else console.error(e);
  process.exitCode = 2;
}
