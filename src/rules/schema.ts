/**
 * The rule-file schema. Strict zod objects: an unknown key is an error, so a typo in a county's
 * rule file is reported instead of silently ignored. The JSON Schema in schema/ is generated
 * from these definitions (npm run schema).
 */
import { z, type Z } from './zod.js';
import { isIsoDate } from '../windows/days.js';
import { FESTIVALS, type FestivalName } from './festival-names.js';
import { perFestival } from '../festivals/table.js';
import { photoParams } from '../kinds/photo.js';
import { reportParams, elementCues } from '../kinds/report.js';
import { registerParams } from '../kinds/register.js';
import { evaluationParams } from '../kinds/evaluation.js';
import { documentsParams } from '../kinds/document.js';
import { KINDS } from '../kinds/registry.js';
import type { Material } from '../kinds/types.js';

export { FESTIVALS, type FestivalName };

const isoDate = z
  .string()
  // Keys of the schema notes, in words in the run's language (src/messages/system.ts).
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'iso-date' })
  .refine(isIsoDate, { message: 'not-a-date' });

/** YAML may hand dates over as strings (yaml 2 keeps them as strings); accept both. */
const dateField = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  isoDate,
);

export const severityLevel = z.enum(['error', 'warning', 'info', 'off']);

// The short forms of the material kinds (photos:, report:, register:, evaluation:, documents:)
// and the `materials:` union live with their kinds (src/kinds/).
export { photoParams, reportParams, elementCues, registerParams, evaluationParams, documentsParams };

/** `materials:` entries: one option per kind of the registry, chosen by `kind:`. */
export const materialEntry = z.discriminatedUnion(
  'kind',
  KINDS.map((k) => k.schema) as unknown as [Z.ZodObject, ...Z.ZodObject[]],
);

export const festivalWindow = z
  .object({ before: z.number().int().min(0), after: z.number().int().min(0) })
  .strict();


export const festivalsConfig = z
  .object({
    before: z.number().int().min(0).optional(),
    after: z.number().int().min(0).optional(),
    ...perFestival(() => festivalWindow.optional()),
  })
  .strict();

export const indicatorSchema = z
  .object({
    code: z.string().min(1),
    name: z.string().min(1).optional().describe('required for a new indicator; an override of an extended one may leave it out'),
    units: z.array(z.string().min(1)).optional().describe('responsible units (责任单位)'),
    photos: photoParams().optional(),
    report: reportParams().optional(),
    evaluation: evaluationParams().optional(),
    register: registerParams().optional(),
    documents: documentsParams().optional(),
    materials: z.array(materialEntry).optional().describe('material requirements as typed entries ({kind: photo|report|evaluation|register|document|screenshot|video, …}); the short forms above are sugar for them'),
    festivals: z.array(z.enum(FESTIVALS)).optional().describe('festivals this indicator is judged on (我们的节日)'),
    note: z.string().optional(),
  })
  .strict();

/** Name cues that classify a file (by file name or its folder name). */
export const classifyCues = z
  .object({
    report: z.array(z.string().min(1)).optional(),
    evaluation: z.array(z.string().min(1)).optional(),
    register: z.array(z.string().min(1)).optional(),
    document: z.array(z.string().min(1)).optional(),
    signoff: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** Reading scans by OCR: how many pages of one file, and the confidence a page needs to be judged. */
export const ocrParams = z
  .object({
    maxPages: z.number().int().min(0).max(500).optional().describe('pages read by OCR per file (0: no OCR)'),
    minConfidence: z.number().min(0).max(100).optional().describe('mean OCR confidence (0–100) a page needs to be judged'),
  })
  .strict();

/** A unit: its indicators only (县教育局: [Ⅲ—12]), or its official name, other names and indicators. */
export const unitEntry = z.union([
  z.array(z.string().min(1)),
  z
    .object({
      name: z.string().min(1).optional().describe('official full name (清河县市场监督管理局)'),
      aliases: z.array(z.string().min(1)).optional().describe('other names the unit goes by (folders, signatures)'),
      indicators: z.array(z.string().min(1)).optional(),
    })
    .strict(),
]);

export const ruleFileSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1).optional().describe('required unless the file extends another'),
    version: z.union([z.string(), z.number()]).transform(String).optional().describe('required unless the file extends another'),
    provenance: z.string().optional(),
    extends: z.literal('builtin').optional(),
    period: z.object({ start: dateField, end: dateField }).strict().optional(),
    deadline: dateField.optional(),
    defaults: z
      .object({
        photo: photoParams().optional(),
        report: reportParams().optional(),
        register: registerParams().optional(),
      })
      .strict()
      .optional(),
    festivals: festivalsConfig.optional(),
    classify: classifyCues.optional(),
    units: z.record(z.string(), unitEntry).optional(),
    indicators: z.array(indicatorSchema).optional(),
    severity: z.record(z.string(), severityLevel).optional(),
    ignore: z.array(z.string().min(1)).optional().describe('extra file-name patterns to ignore (glob: * ? [..] {a,b}, matched case-insensitively)'),
    ocr: ocrParams.optional(),
  })
  .strict();

export type RuleFile = Z.infer<typeof ruleFileSchema>;
export type PhotoParams = Z.infer<ReturnType<typeof photoParams>>;
export type ReportParams = Z.infer<ReturnType<typeof reportParams>>;
export type RegisterParams = Z.infer<ReturnType<typeof registerParams>>;
export type IndicatorDef = Z.infer<typeof indicatorSchema>;
export type SeverityLevel = Z.infer<typeof severityLevel>;

/** Fully resolved rule set: defaults merged into every indicator, required fields present. */
export interface RuleSet {
  name: string;
  version: string;
  provenance: string;
  source: string; // path of the file(s) it came from
  period: { start: string; end: string };
  deadline: string;
  festivals: Record<FestivalName, { before: number; after: number }>;
  classify: Required<Z.infer<typeof classifyCues>>;
  units: Record<string, string[]>; // unit → normalised indicator keys
  /** unit → its official name and aliases from the rule file (units without them are absent). */
  unitNames?: Record<string, { name: string | null; aliases: string[] }>;
  indicators: ResolvedIndicator[];
  severity: Record<string, SeverityLevel>;
  ignore: string[];
  /** Parameters for material outside any rule-set indicator: the rule set's defaults. */
  fallback: ResolvedIndicator;
  /** OCR of scans (absent: OCR_DEFAULTS). */
  ocr?: Required<Z.infer<typeof ocrParams>>;
}

export interface ResolvedIndicator {
  key: string; // normalised code
  code: string; // as written
  name: string;
  units: string[];
  photos: Required<Omit<PhotoParams, 'within'>> & { within: 'period' | 'festival' };
  report: Required<Omit<ReportParams, 'elements'>> & { elements: Record<string, { headings: string[]; cues: string[] }> };
  evaluation: 'required' | 'optional' | 'none';
  register: Required<RegisterParams>;
  documents: { required: boolean };
  /**
   * Every material requirement, defaults filled in: the singleton kinds (photo, report,
   * evaluation, register) once each, then repeatable entries (document, screenshot …). The
   * fields photos/report/register/evaluation/documents above are read from these entries.
   */
  materials: Material[];
  festivals: FestivalName[];
  note: string | null;
}
