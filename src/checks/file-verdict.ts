/**
 * What a finding does to its file's verdict, beyond its severity. Behaviour, kept beside the
 * checks (the message catalog holds text only). report/build.ts and the evaluate safety net read it.
 */
import type { RuleId } from '../messages/index.js';

/** The file counts as not checked while one of these is on it (left to a person, or not read). */
export const LEAVES_UNCHECKED: ReadonlySet<RuleId> = new Set<RuleId>(['signoff.manual-review', 'report.element-unsure', 'ocr.page-unreadable', 'ocr.pages-skipped', 'ocr.image-refused', 'video.unreadable']);

/**
 * This finding settles a file whose content could not be read: a scan beside its text version, or
 * a video that could not be read (its own finding says why; the file stays not checked).
 */
export const COVERS_UNCHECKED: ReadonlySet<RuleId> = new Set<RuleId>(['doc.scanned-copy', 'video.unreadable']);

export const leavesUnchecked = (id: RuleId): boolean => LEAVES_UNCHECKED.has(id);
export const coversUnchecked = (id: RuleId): boolean => COVERS_UNCHECKED.has(id);

/**
 * A file whose OCR text is incomplete: a page under the county's confidence minimum, a page drawn
 * without an image it holds, pages past the page limit. Its own finding says so and leaves it not
 * checked ("内容未检查"); what that text seems to lack or say is then not judged (judgedFromText).
 */
export const LEAVES_TEXT_INCOMPLETE: ReadonlySet<RuleId> = new Set<RuleId>(['ocr.page-unreadable', 'ocr.pages-skipped', 'ocr.image-refused']);

/**
 * Judged from a document's text: a 说明报告's, a 部门评价's or a sign-off sheet's content (its elements,
 * length, date, issuer, the unit named). Not the sign-off sheet handed to a person (signoff.manual-review).
 */
export const judgedFromText = (id: RuleId): boolean =>
  (id.startsWith('report.') || id.startsWith('evaluation.') || id.startsWith('signoff.')) && id !== 'signoff.manual-review';
