/**
 * The contract of a check: a pure function from facts (and the resolved rule set) to findings.
 * Checks never touch the file system or the clock: "today" is ctx.asOf.
 */
import type { Args, ExtractedFile, FileKind, Location, Evidence } from '../types.js';
import type { RuleSet, ResolvedIndicator } from '../rules/schema.js';
import type { PhotoPrint } from './photo.js';
import type { RuleId } from '../messages/index.js';

export interface IndicatorModel {
  key: string; // normalised code, e.g. "III-12"
  def: ResolvedIndicator; // rule-set entry (or the defaults, for an indicator folder not in the rule set)
  known: boolean; // def comes from the rule set
  folder: string | null; // relative path of its folder; null when absent
  files: ExtractedFile[];
}

/**
 * The name of the stand-in unit that file checks see for files outside every unit folder (the
 * county root; evaluate.ts): it belongs to no department.
 */
export const OUTSIDE_UNITS = '';
export const isOutsideUnits = (u: { name: string }): boolean => u.name === OUTSIDE_UNITS;

export interface UnitModel {
  name: string;
  /** Only one indicator folder was given: unit-level checks (sign-off sheet …) do not apply. */
  partial?: boolean;
  /** Relative path ('' when the root itself is the unit); null when the unit has no folder. */
  folder: string | null;
  indicators: IndicatorModel[]; // assigned and/or present, sorted by key
  assigned: string[]; // keys assigned to the unit by the rule set
  rootFiles: ExtractedFile[]; // files at the unit root (sign-off sheet …)
  files: ExtractedFile[]; // every file of the unit
  /** The unit has more than one folder: its name and all its folders, its own first (discover). */
  folders?: { unit: string; folders: string[] };
}

export interface RunModel {
  units: UnitModel[];
  files: ExtractedFile[];
  /** Rule, review and ignore files found inside the checked folder (never read). */
  planted?: { path: string; unit: string | null; indicator: string | null }[];
  /** The photos' prints, when they come from shards (merge): the reuse check compares these instead of `files`. */
  photoPrints?: PhotoPrint[];
}

export interface CheckContext {
  rules: RuleSet;
  asOf: string; // YYYY-MM-DD
}

export interface Emitted {
  file?: string | null;
  unit?: string | null;
  indicator?: string | null;
  location?: Location;
  args?: Args;
  evidence?: Evidence;
  /** Judged from OCR text, with the pages' mean confidence. */
  source?: 'ocr';
  confidence?: number;
  /** The finding belongs to a group (duplicate photos) that the report states once (report.groups). */
  group?: string;
}

/** Report a finding: the id is a `RuleId`, so a misspelt one does not compile. */
export type Emit = (ruleId: RuleId, at?: Emitted) => void;

export type Check =
  | {
      scope: 'file';
      kinds: FileKind[];
      run(file: ExtractedFile, ind: IndicatorModel | null, unit: UnitModel, ctx: CheckContext, emit: Emit): void;
    }
  | { scope: 'indicator'; run(ind: IndicatorModel, unit: UnitModel, ctx: CheckContext, emit: Emit): void }
  | { scope: 'unit'; run(unit: UnitModel, ctx: CheckContext, emit: Emit): void }
  | { scope: 'run'; run(run: RunModel, ctx: CheckContext, emit: Emit): void };
