/**
 * kind: document — 正式发文 and other documents a task table names (会议记录, 工作方案, 制度).
 * Counts the indicator's files classified as documents (PDF, Word, OFD … not taken for a report,
 * evaluation, register or sign-off sheet). With `match:`, only those whose file name, own folder
 * (inside the indicator folder), document title (metadata) or first line of text contains one of
 * the cues; at least `min` must be there.
 * Sugar: `documents: { required: true }` ⇒ `{ kind: document, min: 1 }` (no cues).
 */
import { lazySchemas } from '../rules/zod-lazy.js';
import type { ExtractedFile } from '../types.js';
import { innerFolders, mentions, stripExtension, type KindModule, type Shortfall } from './types.js';

/** The schemas, made when a rule file is read (src/rules/zod-lazy.ts). */
const schemas = lazySchemas((z) => ({
  params: z.object({ required: z.boolean().optional() }).strict(),
  material: z
    .object({
      kind: z.literal('document'),
      min: z.number().int().min(0).optional().describe('documents needed (default 1)'),
      match: z.array(z.string().min(1)).optional().describe('cues, any of which the file name, folder, title or first line must contain (会议记录, 工作方案 …)'),
    })
    .strict(),
}));

/** The short form. */
export const documentsParams = () => schemas().params;
export const documentMaterial = () => schemas().material;

export type DocumentMaterial = { kind: 'document'; min: number; match: string[] };

/** A document's own heading: its first non-empty line, as far as a title goes. */
function firstLine(file: ExtractedFile): string | null {
  if (file.facts.type !== 'document') return null;
  const line = file.facts.text.split('\n').find((l) => l.trim() !== '');
  return line ? line.trim().slice(0, 80) : null;
}

export function documentMatches(file: ExtractedFile, folder: string | null, cues: readonly string[]): boolean {
  if (file.kind !== 'document') return false;
  if (cues.length === 0) return true;
  const title = file.facts.type === 'document' ? file.facts.title : null;
  return mentions([stripExtension(file.name), ...innerFolders(file, folder), title, firstLine(file)], cues);
}

export const documentKind: KindModule<DocumentMaterial> = {
  kind: 'document',
  get schema() {
    return documentMaterial();
  },
  repeatable: true,
  defaults: { min: 1, match: [] },
  explain: {
    zh: '文件：指标文件夹中识别为文件（正式发文、会议记录、工作方案、制度等 PDF/Word/OFD）的不少于 min 份；写了 match 时只计文件名、所在子文件夹、文档标题或首行含其中任一词的文件。',
    en: 'Documents: at least `min` files recognised as documents (formal documents, minutes, work plans, regulations as PDF/Word/OFD); with `match`, only those whose name, own folder, title or first line contains one of the cues.',
  },
  ruleIds: ['material.document-missing', 'material.documents-too-few'],
  identity: (m) => `document:${[...m.match].sort().join('|')}`,
  judge({ files, folder }, m): Shortfall | null {
    const seen = files.filter((f) => documentMatches(f, folder, m.match)).length;
    if (seen >= m.min) return null;
    const evidence = { seen, expected: m.min };
    // Today's `documents: {required: true}`: the rule id it always had.
    if (m.match.length === 0 && seen === 0) return { ruleId: 'material.document-missing', args: {}, evidence };
    return { ruleId: 'material.documents-too-few', args: { match: [...m.match], seen, expected: m.min }, evidence };
  },
};
