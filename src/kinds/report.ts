/**
 * kind: report — 说明报告. `min` is 1 (required) or 0; the content parameters (length, data,
 * citations, the five elements, 总结式 cues) are judged per file by the report checks.
 * Sugar: `report: { required: true|false, … }` (required ⇒ min 1).
 */
import { lazySchemas } from '../rules/zod-lazy.js';
import { countOf, type KindModule } from './types.js';

/** The schemas, made when a rule file is read (src/rules/zod-lazy.ts). */
const schemas = lazySchemas((z) => {
  const elementCues = z
    .object({
      headings: z.array(z.string().min(1)).optional(),
      cues: z.array(z.string().min(1)).optional().describe('regular expressions (RE2 syntax: no look-around, no back-references)'),
    })
    .strict();
  const content = {
    minChars: z.number().int().min(0).optional(),
    minDataPoints: z.number().int().min(0).optional(),
    minCitations: z.number().int().min(0).optional(),
    unsureBelow: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("an element (主体责任、具体措施、取得成效) whose evidence the learned second opinion scores below this (0–1) goes to a person (report.element-unsure); 0: never"),
    elements: z.record(z.string(), elementCues).optional(),
    summaryCues: z.array(z.string().min(1)).optional().describe('regular expressions (RE2 syntax: no look-around, no back-references)'),
  };
  return {
    elementCues,
    params: z.object({ required: z.boolean().optional(), ...content }).strict(),
    material: z
      .object({ kind: z.literal('report'), min: z.number().int().min(0).max(1).optional().describe('1: a report is required; 0: not'), ...content })
      .strict(),
  };
});

export const elementCues = () => schemas().elementCues;
/** The short form `report: {…}` (and `defaults.report`). */
export const reportParams = () => schemas().params;
export const reportMaterial = () => schemas().material;

export type ReportMaterial = { kind: 'report'; min: number } & Record<string, unknown>;

export const reportKind: KindModule<ReportMaterial> = {
  kind: 'report',
  get schema() {
    return reportMaterial();
  },
  repeatable: false,
  defaults: { min: 1 },
  explain: {
    zh: '说明报告：min 为 1 时指标文件夹中必须有说明报告（按文件名/文件夹名识别）；字数、数据、引用文件、五要素由同一条目的其他参数检查。',
    en: 'Explanatory report: with min 1 the folder must hold a report (recognised by file or folder name); length, data, citations and the five elements are checked with the other parameters.',
  },
  ruleIds: ['material.report-missing'],
  identity: () => 'report',
  judge({ files }, m) {
    const seen = countOf(files, 'report');
    return seen < m.min ? { ruleId: 'material.report-missing', args: {}, evidence: { seen, expected: m.min } } : null;
  },
};
