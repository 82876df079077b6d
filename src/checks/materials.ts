/** Core checks: required materials per indicator, the sign-off sheet, files recognised and placed. */
import type { Check } from './types.js';
import { shownDetail } from './shown-detail.js';
import type { RuleId } from '../messages/index.js';
import type { ExtractedFile } from '../types.js';
import { extensionLies, extensionOf } from '../formats/extensions.js';
import { kindOf } from '../kinds/registry.js';
import { onOrBefore, placeOf } from '../windows/window.js';
import { hasUnit } from '../units/rule-units.js';
import { countedFolders } from '../units/folder.js';

/**
 * Extraction errors the core check reports for every kind of file; the kind's own checks leave
 * them alone (see `isCoreError`).
 */
export const CORE_ERROR_RULES: ReadonlyMap<string, RuleId> = new Map<string, RuleId>([
  ['io', 'file.unreadable'],
  ['special', 'file.special'],
  ['link', 'file.link'],
  ['too-large', 'file.too-large'],
  ['zip-bomb', 'file.expands-too-far'],
]);

export const isCoreError = (code: string | undefined): boolean => code !== undefined && CORE_ERROR_RULES.has(code);

/**
 * Office wraps a password-protected .docx/.xlsx in a CFB container (EncryptionInfo +
 * EncryptedPackage): its extension is right, and the password is the whole finding.
 */
function encryptedOoxml(file: ExtractedFile): boolean {
  if (file.container !== 'cfb' || file.error?.code !== 'encrypted') return false;
  const f = file.facts;
  return (f.type === 'document' && f.format === 'docx') || (f.type === 'register' && f.format === 'xlsx');
}

export const materialChecks: Check[] = [
  {
    scope: 'indicator',
    run(ind, unit, _ctx, emit) {
      const base = { code: ind.def.code || ind.key, name: ind.def.name };
      if (!ind.folder) {
        // A unit that handed in nothing gets one finding for all of it (unit.nothing-submitted).
        if (unit.assigned.includes(ind.key) && unit.files.length > 0) {
          emit('material.indicator-missing', { args: base, evidence: { seen: null, expected: ind.def.code } });
        }
        return;
      }
      // Each material requirement is judged by its kind (src/kinds/), from the files alone.
      for (const m of ind.def.materials) {
        const short = kindOf(m.kind)?.judge({ files: ind.files, folder: ind.folder }, m);
        if (short) emit(short.ruleId, { args: { ...base, ...short.args }, evidence: short.evidence });
      }
      if (!ind.known) emit('indicator.unknown', { args: base, evidence: { seen: ind.key, expected: null } });
      else if (!unit.partial && unit.assigned.length && !unit.assigned.includes(ind.key)) emit('indicator.not-assigned', { args: base });
    },
  },
  {
    scope: 'unit',
    run(unit, ctx, emit) {
      if (unit.files.length === 0) {
        const assigned = unit.assigned.length;
        emit('unit.nothing-submitted', {
          args: { unit: unit.name, seen: unit.folder === null ? 'no-folder' : 'empty', expected: assigned },
          evidence: { seen: unit.folder === null ? null : 0, expected: `${assigned} indicator folder(s)` },
        });
        return;
      }
      // One indicator folder checked alone: the sign-off sheet and assignments are the unit's business.
      if (!unit.partial && !unit.rootFiles.some((f) => f.kind === 'signoff')) {
        emit('material.signoff-missing', { args: { unit: unit.name }, evidence: { seen: 0, expected: 1 } });
      }
      // A unit with more than one folder (县文旅局 and 县文旅局 - 副本): which one was handed in is
      // ambiguous. Told in each of its folders' rows, with the folder the county's totals count (the
      // unit's own, as discover chose it); a second folder of a unit of the rule set is that unit's,
      // not a unit the rule set lacks. A unit the rule set lacks stays one, copied or not.
      if (unit.folders) {
        // Which folder the totals count, when one does (its copies are left out); folders that are no
        // copies of each other are each counted (otherFolderOf), and the message says nothing more.
        const counted = countedFolders(unit.folders.folders);
        emit('unit.several-folders', {
          args: { unit: unit.folders.unit, folders: unit.folders.folders, count: unit.folders.folders.length, ...(counted.length === 1 ? { counted: counted[0]! } : {}) },
          evidence: { seen: unit.folders.folders.join('、'), expected: 1 },
        });
      }
      const ruleUnitsCopy = unit.folders !== undefined && hasUnit(ctx.rules, unit.folders.unit);
      if (!unit.partial && unit.assigned.length === 0 && !ruleUnitsCopy) emit('unit.unassigned', { args: { unit: unit.name } });
      if (placeOf(onOrBefore(ctx.rules.deadline), ctx.asOf) === 'after') {
        emit('unit.deadline-passed', {
          args: { seen: ctx.asOf, expected: ctx.rules.deadline },
          evidence: { seen: ctx.asOf, expected: ctx.rules.deadline },
        });
      }
    },
  },
  {
    scope: 'file',
    kinds: ['photo', 'report', 'evaluation', 'register', 'document', 'signoff', 'video', 'other'],
    run(file, ind, _unit, _ctx, emit) {
      const at = { file: file.path };
      if (file.nameRepaired) emit('file.name-encoding', at);
      if (file.error?.code === 'io') {
        // The OS code the extractor recorded as the reason (EACCES …, the walk's too-deep); never Node's message.
        emit('file.unreadable', { ...at, args: { code: file.error.reason ?? 'EIO' }, evidence: { seen: shownDetail(file, file.error.detail) } });
        return;
      }
      const own = file.error ? CORE_ERROR_RULES.get(file.error.code) : undefined;
      if (own && file.error) {
        // Never opened (special files, links) or refused before reading (size, expansion).
        emit(own, { ...at, args: { ...file.error.args }, evidence: { seen: shownDetail(file, file.error.detail) } });
        return;
      }
      if (file.kind === 'other') {
        emit('file.unrecognized', { ...at, args: { seen: file.container }, evidence: { seen: file.container, expected: 'photo/pdf/docx/xlsx' } });
        return;
      }
      if (file.kind !== 'photo' && extensionLies(file.name, file.container) && !encryptedOoxml(file)) {
        // (Photos have their own rule, photo.extension-mismatch.)
        emit('file.extension-mismatch', {
          ...at,
          args: { seen: extensionOf(file.name), expected: file.container },
          evidence: { seen: `.${extensionOf(file.name)}`, expected: file.container },
        });
      }
      if (file.container === 'text' && file.kind !== 'register') {
        // A report typed into a .txt is read and checked, but the portal takes PDF or Word only.
        emit('file.format-not-accepted', { ...at, args: { seen: 'txt' }, evidence: { seen: 'text', expected: 'pdf/docx' } });
      }
      if (file.kind === 'signoff') {
        if (ind) emit('file.signoff-misplaced', at);
        return;
      }
      if (!ind) {
        const where = file.notes.includes('unit-root') ? 'unit-root' : file.notes.includes('county-root') ? 'county-root' : 'outside-indicator';
        emit('file.misplaced', { ...at, args: { seen: where }, evidence: { seen: where, expected: 'indicator folder' } });
      }
    },
  },
];
