/** inspect: the facts extracted from individual files, exactly as the checks see them. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Container, DiscoveredFile, ElementVerdict, ExtractError, Facts, FileKind } from './types.js';
import type { RuleSet } from './rules/schema.js';
import { readHead } from './discover/walk.js';
import { sniffContainer } from './discover/sniff.js';
import { classify } from './discover/classify.js';
import { parseIndicatorPrefix } from './discover/indicator-code.js';
import { extractAll } from './extract/index.js';
import { fingerprintPhotos } from './extract/photo-fingerprint.js';
import { judgeElements } from './checks/report-elements.js';

export interface Inspected {
  path: string;
  kind: FileKind;
  container: string;
  status: 'ok' | 'not-checked';
  error: ExtractError | null;
  /** 说明报告: the verdict on each element with its evidence sentence and page, under the given rules. */
  elements?: ElementVerdict[];
  facts: Facts;
}

export async function inspect(paths: string[], rules: RuleSet): Promise<Inspected[]> {
  const discovered: DiscoveredFile[] = [];
  const missing: Inspected[] = [];
  for (const p of paths) {
    const abs = Buffer.from(path.resolve(p));
    let size: number;
    let container: Container;
    try {
      const st = await fs.stat(abs);
      if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      size = st.size;
      container = size === 0 ? 'empty' : sniffContainer(await readHead(abs, 8192), size);
    } catch (e) {
      missing.push({ path: p, kind: 'other', container: 'unknown', status: 'not-checked', error: { code: 'io', detail: (e as NodeJS.ErrnoException).code ?? String(e) }, facts: { type: 'none' } });
      continue;
    }
    const parts = path.resolve(p).split(path.sep);
    const name = parts.pop()!.normalize('NFC');
    const folders = parts.slice(-3).map((s) => s.normalize('NFC'));
    const indicatorFolder = [...folders].reverse().find((f) => parseIndicatorPrefix(f));
    discovered.push({
      path: p.split(path.sep).join('/'),
      absPath: abs,
      name,
      nameRepaired: false,
      size,
      container,
      kind: classify(container, name, folders, rules),
      unit: null,
      indicator: indicatorFolder ? parseIndicatorPrefix(indicatorFolder)!.key : null,
      notes: [],
    });
  }
  const files = await extractAll(discovered, { rules });
  await fingerprintPhotos(files, { nearDuplicates: true });
  const out = files.map((f): Inspected => {
    const r: Inspected = {
      path: f.path,
      kind: f.kind,
      container: f.container,
      status: f.error ? 'not-checked' : 'ok',
      error: f.error,
      facts: f.facts,
    };
    if (f.facts.type !== 'document' || !f.facts.sentences || f.kind !== 'report') return r;
    // The verdicts first, so they read before the facts they come from.
    const def = rules.indicators.find((i) => i.key === f.indicator) ?? rules.fallback;
    const { facts, ...head } = r;
    return { ...head, elements: judgeElements(f.facts, def.report.elements), facts };
  });
  return [...out, ...missing].sort((a, b) => paths.indexOf(a.path) - paths.indexOf(b.path));
}
