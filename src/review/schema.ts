/**
 * The review record (ledger-check-review.yaml): what a person confirmed or accepted, one entry per
 * file + rule, tied to the file's content hash so it expires when the file changes.
 */
import { z, type Z } from '../rules/zod.js';

export { REVIEW_FILE_NAME } from './errors.js';
/** A review record is a short list written by people: anything larger is not one. */
export const REVIEW_FILE_MAX_BYTES = 1024 * 1024;

const text = (max: number) => z.string().trim().min(1).max(max);

export const reviewEntrySchema = z
  .object({
    /** The file, relative to the review file's folder, with '/'. */
    file: text(1000).refine((s) => !s.includes('\\') && !s.startsWith('/') && !/^[A-Za-z]:/.test(s), { message: 'relative path with /' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'sha256: 64 lowercase hex digits' }),
    rule: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, { message: 'rule id such as signoff.manual-review' }),
    verdict: z.enum(['accepted', 'confirmed']),
    reason: text(500),
    by: text(100),
    /** When: an ISO date or date-time. */
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, { message: 'ISO date or date-time' }),
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
