/**
 * The contract of a material kind: what an indicator folder must hold, as one typed entry of
 * `materials:` in a rule file. A kind module is pure and small: its strict schema, its defaults,
 * its explanation, the rule ids it raises, and `judge`, which decides from facts and its own
 * parameters only (no fs, no clock). A new kind is one file plus one line in registry.ts.
 */
import type { Z } from '../rules/zod.js';
import type { Args, ExtractedFile } from '../types.js';
import type { RuleId } from '../messages/index.js';
import type { Bilingual } from '../messages/types.js';

/** What a kind is judged on: the files of one indicator folder (subfolders included). */
export interface MaterialInput {
  files: readonly ExtractedFile[];
  /** The indicator folder's path (relative to the checked root), to tell a file's own folders from it. */
  folder: string | null;
}

/** A requirement not met: the rule id and its raw-value args (code and name are added by the caller). */
export interface Shortfall {
  ruleId: RuleId;
  args: Args;
  evidence: { seen: number; expected: number };
}

/** A resolved entry: the kind and every parameter, defaults filled in. */
export type Material = { kind: string; min: number } & Record<string, unknown>;

export interface KindModule<P extends Material = Material> {
  kind: P['kind'];
  /** `z.object({ kind: z.literal(…), … }).strict()`: one option of the `materials:` union. */
  schema: Z.ZodObject;
  /** May appear more than once in one indicator (e.g. several documents with different cues). */
  repeatable: boolean;
  /** The parameters an entry leaves out. */
  defaults: Omit<P, 'kind'>;
  /** For `explain` and docs/rules.md. */
  explain: Bilingual<string>;
  /** Rule ids `judge` can return. */
  ruleIds: readonly RuleId[];
  /** The entry's identity for merging layers (same identity: the later layer's values win). */
  identity(m: P): string;
  judge(input: MaterialInput, m: P): Shortfall | null;
}

export const countOf = (files: readonly ExtractedFile[], kind: ExtractedFile['kind']): number => files.filter((f) => f.kind === kind).length;

/** A file's own folders inside the indicator folder, innermost last (the indicator folder itself excluded). */
export function innerFolders(file: ExtractedFile, folder: string | null): string[] {
  const parts = file.path.split('/').slice(0, -1);
  const base = folder ? folder.split('/').filter(Boolean).length : 0;
  return parts.slice(base);
}

export const stripExtension = (name: string): string => {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(0, i) : name;
};

/** Does any cue occur in any of the texts (NFC, case-insensitive for Latin letters)? */
export function mentions(texts: readonly (string | null | undefined)[], cues: readonly string[]): boolean {
  const hay = texts.filter((t): t is string => !!t).map((t) => t.normalize('NFC').toLowerCase());
  return cues.some((c) => {
    const cue = c.normalize('NFC').toLowerCase();
    return hay.some((t) => t.includes(cue));
  });
}
