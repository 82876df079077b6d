/**
 * kind: evaluation — 部门评价, issued by a higher authority. `min` is 1 (required) or 0.
 * Sugar: `evaluation: required | optional | none` (required ⇒ min 1, the others ⇒ min 0).
 */
import { lazySchemas } from '../rules/zod-lazy.js';
import { countOf, type KindModule } from './types.js';

/** The schemas, made when a rule file is read (src/rules/zod-lazy.ts). */
const schemas = lazySchemas((z) => ({
  params: z.enum(['required', 'optional', 'none']),
  material: z
    .object({ kind: z.literal('evaluation'), min: z.number().int().min(0).max(1).optional().describe('1: a department evaluation is required; 0: not') })
    .strict(),
}));

/** The short form. */
export const evaluationParams = () => schemas().params;
export const evaluationMaterial = () => schemas().material;

export type EvaluationMaterial = { kind: 'evaluation'; min: number };

export const evaluationKind: KindModule<EvaluationMaterial> = {
  kind: 'evaluation',
  get schema() {
    return evaluationMaterial();
  },
  repeatable: false,
  defaults: { min: 0 },
  explain: {
    zh: '部门评价：min 为 1 时指标文件夹中必须有部门评价（按文件名识别，如“部门评价”“评价意见”）；出具单位和日期由评价检查判断。',
    en: 'Department evaluation: with min 1 the folder must hold one (recognised by name, e.g. 部门评价); its issuer and date are judged by the evaluation checks.',
  },
  ruleIds: ['material.evaluation-missing'],
  identity: () => 'evaluation',
  judge({ files }, m) {
    const seen = countOf(files, 'evaluation');
    return seen < m.min ? { ruleId: 'material.evaluation-missing', args: {}, evidence: { seen, expected: m.min } } : null;
  },
};
