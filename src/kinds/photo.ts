/**
 * kind: photo — 实景图片. Every parameter of the photo checks (format, size, EXIF, caption, window)
 * lives on this entry; the presence rule here is the count: at least `min` image files.
 * Sugar: `photos: {…}`.
 */
import { lazySchemas } from '../rules/zod-lazy.js';
import { countOf, type KindModule } from './types.js';

export const PHOTO_FORMATS = ['jpeg', 'png', 'heif', 'avif', 'webp', 'gif', 'bmp', 'tiff'] as const;

/** The schemas, made when a rule file is read (src/rules/zod-lazy.ts). */
const schemas = lazySchemas((z) => {
  const fields = {
    min: z.number().int().min(0).optional().describe('minimum number of photos for the indicator'),
    formats: z.array(z.enum(PHOTO_FORMATS)).optional(),
    minWidth: z.number().int().positive().optional(),
    minHeight: z.number().int().positive().optional(),
    minBytes: z.number().int().min(0).optional(),
    maxBytes: z.number().int().positive().optional(),
    maxPixels: z.number().int().positive().optional().describe('declared pixel count above which a file is a decompression bomb'),
    caption: z.array(z.string().min(1)).optional().describe('caption fields the file name / register / EXIF description must carry'),
    within: z.enum(['period', 'festival']).optional(),
    editors: z.array(z.string().min(1)).optional().describe('Software tag substrings that mean the photo was edited'),
    maxEditGapDays: z.number().min(0).optional(),
    captionToleranceDays: z.number().min(0).optional(),
    nearDuplicateDistance: z.number().int().min(0).max(64).optional(),
  };
  return { params: z.object(fields).strict(), material: z.object({ kind: z.literal('photo'), ...fields }).strict() };
});

/** The short form `photos: {…}` (and `defaults.photo`). */
export const photoParams = () => schemas().params;
export const photoMaterial = () => schemas().material;

export type PhotoMaterial = { kind: 'photo'; min: number } & Record<string, unknown>;

export const photoKind: KindModule<PhotoMaterial> = {
  kind: 'photo',
  get schema() {
    return photoMaterial();
  },
  repeatable: false,
  defaults: { min: 3 }, // the rest: defaults.photo / rules/defaults.ts PHOTO_DEFAULTS
  explain: {
    zh: '实景图片：指标文件夹中图片文件不少于 min 张；格式、像素、大小、EXIF、拍摄时间、文字说明等由同一条目的其他参数检查。',
    en: 'Photos: at least `min` image files in the indicator folder; format, pixels, size, EXIF, capture date and caption are checked with the other parameters of the same entry.',
  },
  ruleIds: ['material.photos-too-few'],
  identity: () => 'photo',
  judge({ files }, m) {
    const seen = countOf(files, 'photo');
    return seen < m.min ? { ruleId: 'material.photos-too-few', args: { seen, expected: m.min }, evidence: { seen, expected: m.min } } : null;
  },
};
