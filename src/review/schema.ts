/**
 * The review record (ledger-check-review.yaml): what a person confirmed or accepted, one entry per
 * file + rule, tied to the file's content hash so it expires when the file changes.
 */
import { z, type Z } from '../rules/zod.js';

export { REVIEW_FILE_NAME } from './errors.js';
/** A review record is a short list written by people: anything larger is not one. */
export const REVIEW_FILE_MAX_BYTES = 1024 * 1024;

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The schema's own messages, by key; the loader says them in the run's language (REVIEW_SCHEMA_TEXT).
 */
export const REVIEW_SCHEMA_TEXT = {
  zh: {
    'review.file': '文件路径要相对于本记录所在的文件夹，用 / 分隔（如 台账/县教育局/移交签单.jpg），不能用 \\、盘符或 / 开头',
    'review.sha256': 'sha256 应是 64 位小写十六进制数字（ledger-check review accept 会写好）',
    'review.rule': '规则编号应形如 signoff.manual-review',
    'review.at': '时间应是 ISO 日期或日期时间，如 2026-10-20T09:00:00Z',
  },
  en: {
    'review.file': 'a path relative to this record\'s folder, with / (e.g. 台账/县教育局/移交签单.jpg): no \\, drive letter or leading /',
    'review.sha256': 'sha256: 64 lowercase hex digits (ledger-check review accept writes it)',
    'review.rule': 'a rule id such as signoff.manual-review',
    'review.at': 'an ISO date or date-time such as 2026-10-20T09:00:00Z',
  },
} as const;

export const reviewEntrySchema = z
  .object({
    /** The file, relative to the review file's folder, with '/'. */
    file: text(1000).refine((s) => !s.includes('\\') && !s.startsWith('/') && !/^[A-Za-z]:/.test(s), { message: 'review.file' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'review.sha256' }),
    rule: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, { message: 'review.rule' }),
    verdict: z.enum(['accepted', 'confirmed']),
    reason: text(500),
    by: text(100),
    /** When: an ISO date or date-time. */
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, { message: 'review.at' }),
  })
  .strict();

export const reviewFileSchema = z
  .object({
    version: z.literal(1),
    entries: z.array(reviewEntrySchema).max(10_000).default([]),
  })
  .strict();

export type ReviewEntry = Z.infer<typeof reviewEntrySchema>;
export type ReviewFile = Z.infer<typeof reviewFileSchema>;
