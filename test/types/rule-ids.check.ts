/**
 * Compiled (not run) by test/core/rule-ids.test.ts: every `@ts-expect-error` below marks a line
 * that must NOT compile. If a misspelt rule id ever compiles, tsc reports the directive as unused
 * and the test fails; with the directives stripped, each of those lines must be an error.
 */
import type { Emit } from '../../src/checks/types.js';
import type { Finding } from '../../src/types.js';
import { catalog, ruleInfo, type RuleId } from '../../src/messages/index.js';

declare const emit: Emit;

emit('photo.no-exif', { args: { file: 'a.jpg', guess: 'copy' } });
// @ts-expect-error a misspelt id in emit does not compile
emit('photo.no-exfi', { args: { file: 'a.jpg' } });

export const finding: Pick<Finding, 'ruleId'> = {
  // @ts-expect-error a finding cannot carry an id the catalog lacks
  ruleId: 'material.photo-too-few',
};

export const table: readonly (readonly [string, RuleId])[] = [
  ['io', 'file.unreadable'],
  // @ts-expect-error a table of ids (like CORE_ERROR_RULES) is checked too
  ['link', 'file.links'],
];

// @ts-expect-error looking up an unknown id in the catalog does not compile
export const info = ruleInfo('festival.mising');

export const known = catalog['festival.missing'].severity;
