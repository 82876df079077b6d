/** A register sheet with content beyond the reading caps: what lies beyond was not read. */
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
  },
};
