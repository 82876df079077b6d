/**
 * From a file's fact records to the facts its kind is judged on. The records do not know the
 * kind (it comes from the rule file's classify cues); this is where the kind decides:
 * - a photographed or scanned report, evaluation or sign-off sheet is judged on its OCR text when
 *   the run read it, else it is a scan (`scanned`: its text cannot be checked);
 * - a 正式发文 (document) is not judged on its content, so a scan of one is no problem;
 * - a file of no kind the checks know ('other') has nothing to be judged on.
 * Pure: no fs, no clock.
 */
import type { ExtractError, ExtractedFile, Facts, FileRecords } from '../types.js';

type Judged = { facts: Facts; error: ExtractError | null };

/** What a file of no kind the checks know is judged on: nothing (one frozen value for all of them). */
const NOTHING: Judged = Object.freeze({ facts: Object.freeze({ type: 'none' as const }), error: null });

export function judgedFacts(r: FileRecords): Judged {
  const { file, facts: first, ocr } = r;
  const scan = (): Judged => ({ facts: first.facts, error: first.error ?? { code: 'scanned', detail: `image (${file.container})` } });
  // The walk could not read it (a link, a special file, an errno): that is the finding, whatever its kind.
  if (first.extractor === 'none' && first.error) return { facts: first.facts, error: first.error };
  switch (file.kind) {
    case 'photo':
    case 'register':
    case 'video':
      return { facts: first.facts, error: first.error };
    case 'signoff':
      return ocr ? { facts: ocr.facts, error: ocr.error } : { facts: first.facts, error: first.error };
    case 'report':
    case 'evaluation':
      if (ocr) return { facts: ocr.facts, error: ocr.error };
      return first.extractor === 'photo' ? scan() : { facts: first.facts, error: first.error };
    case 'document':
      if (first.extractor === 'photo') return scan();
      return { facts: first.facts, error: first.error?.code === 'scanned' ? null : first.error };
    default:
      return NOTHING;
  }
}

/** The file as the checks see it. */
export function judgedFile(r: FileRecords): ExtractedFile {
  return { ...r.file, ...judgedFacts(r) };
}
