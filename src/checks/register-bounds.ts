/**
 * A register sheet with content beyond the reading caps: what lies beyond was not read. A .csv
 * quote never closed: the rows after it were read, the row it opens may be split wrongly.
 */
import type { Check } from './types.js';

export const registerBoundsCheck: Check = {
  scope: 'file',
  kinds: ['register'],
  run(file, _ind, _unit, _ctx, emit) {
    if (file.facts.type !== 'register') return;
    for (const o of file.facts.overflow ?? []) {
      emit('register.sheet-too-large', {
        file: file.path,
        location: { sheet: o.sheet, cell: o.cell },
        args: { sheet: o.sheet, cell: o.cell, reason: o.reason, limit: o.limit },
        evidence: { seen: o.cell, expected: `${o.reason} ≤ ${o.limit}` },
      });
    }
    const q = file.facts.unclosedQuote;
    if (q) {
      emit('register.csv-quote-unclosed', { file: file.path, location: { sheet: q.sheet, cell: q.cell }, args: { cell: q.cell }, evidence: { seen: q.cell, expected: 'closing quote' } });
    }
  },
};
