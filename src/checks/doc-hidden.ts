/**
 * Text in a document that its reader cannot see (a .docx run hidden, 1 pt or smaller or white on
 * nothing; PDF text drawn invisible or white on a bare page) is left out of the text the checks
 * judge (extraction): one warning per file says how much was left out and how it was hidden, so that
 * a clerk whose evidence sits in such text knows why it did not count.
 */
import type { Check } from './types.js';

export const docHiddenTextCheck: Check = {
  scope: 'file',
  // The kinds whose text is judged (a 正式发文 is not judged on its content: its hidden text changes nothing).
  kinds: ['report', 'evaluation', 'signoff'],
  run(file, _ind, _unit, _ctx, emit) {
    if (file.facts.type !== 'document') return;
    const hidden = file.facts.hiddenText;
    if (!hidden || hidden.chars <= 0) return;
    emit('doc.hidden-text', {
      file: file.path,
      args: { chars: hidden.chars, how: hidden.how },
      evidence: { seen: hidden.chars, expected: 0 },
    });
  },
};
