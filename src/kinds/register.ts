/**
 * kind: register — 活动登记表 (.xlsx/.csv). `min` is 1 (required) or 0; the row parameters
 * (activities per festival, online activities, photo tolerance, photos per row) are judged by the
 * register and festival checks. Sugar: `register: { required: true|false, … }`.
 */
import { lazySchemas } from '../rules/zod-lazy.js';
import { countOf, type KindModule } from './types.js';

/** The schemas, made when a rule file is read (src/rules/zod-lazy.ts). */
const schemas = lazySchemas((z) => {
  const rows = {
    perFestival: z.number().int().min(0).optional(),
    online: z.number().int().min(0).optional(),
    photoToleranceDays: z.number().min(0).optional(),
    photosPerRow: z.boolean().optional(),
  };
  return {
    params: z.object({ required: z.boolean().optional(), ...rows }).strict(),
    material: z
      .object({ kind: z.literal('register'), min: z.number().int().min(0).max(1).optional().describe('1: an activity register is required; 0: not'), ...rows })
      .strict(),
  };
});

/** The short form `register: {…}` (and `defaults.register`). */
export const registerParams = () => schemas().params;
export const registerMaterial = () => schemas().material;

export type RegisterMaterial = { kind: 'register'; min: number } & Record<string, unknown>;

export const registerKind: KindModule<RegisterMaterial> = {
  kind: 'register',
  get schema() {
    return registerMaterial();
  },
  repeatable: false,
  defaults: { min: 0 },
  explain: {
    zh: '活动登记表：min 为 1 时指标文件夹中必须有登记表（Excel）；每个节日的活动数、线上活动数、照片与日期的对应由同一条目的其他参数检查。',
    en: 'Activity register: with min 1 the folder must hold one (Excel); activities per festival, online activities and photo dates are checked with the other parameters.',
  },
  ruleIds: ['material.register-missing'],
  identity: () => 'register',
  judge({ files }, m) {
    const seen = countOf(files, 'register');
    return seen < m.min ? { ruleId: 'material.register-missing', args: {}, evidence: { seen, expected: m.min } } : null;
  },
};
