/**
 * Every material kind a rule file can ask for under `materials:`. Adding a kind: one module in
 * this folder and one line here (its schema joins the rule-file union, its rule ids the docs).
 */
import type { KindModule, Material } from './types.js';
import { photoKind } from './photo.js';
import { reportKind } from './report.js';
import { evaluationKind } from './evaluation.js';
import { registerKind } from './register.js';
import { documentKind } from './document.js';
import { screenshotKind } from './screenshot.js';
import { videoKind } from './video.js';

export const KINDS: readonly KindModule<Material>[] = [
  photoKind,
  reportKind,
  evaluationKind,
  registerKind,
  documentKind,
  screenshotKind,
  videoKind,
] as unknown as readonly KindModule<Material>[];

export function kindOf(kind: string): KindModule<Material> | undefined {
  return KINDS.find((k) => k.kind === kind);
}
