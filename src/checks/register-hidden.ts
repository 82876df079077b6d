/**
 * Activities and cells a reviewer opening the register cannot see: a hidden sheet (hidden or
 * veryHidden), hidden or zero-height rows, hidden or zero-width columns, cells whose format or
 * colour shows nothing. The extractor reads only what is seen (hostile19: hidden rows were counted
 * as activities, so a register could meet its count with rows nobody can check); one warning per
 * register says what was left out and how, so that the unit unhides or deletes it.
 */
import type { Check } from './types.js';
import { SHEETS_NAMED } from './register.js';

export const registerHiddenCheck: Check = {
  scope: 'file',
  kinds: ['register'],
  run(file, _ind, _unit, _ctx, emit) {
    if (file.error || file.facts.type !== 'register') return;
    const facts = file.facts;
    if (!facts.hidden?.length) return;
    const sheets: string[] = [];
    const hiddenSheets: string[] = [];
    const by = new Set<string>();
    let rows = 0;
    let columns = 0;
    let cells = 0;
    for (const h of facts.hidden) {
      const c = h.cells ?? 0;
      if (h.rows === 0 && h.columns === 0 && c === 0) continue;
      sheets.push(h.sheet);
      if (h.state !== 'visible') hiddenSheets.push(h.sheet);
      rows += h.rows;
      columns += h.columns;
      cells += c;
      for (const w of h.how ?? []) by.add(w);
    }
    if (sheets.length === 0) return;
    const more = Math.max(0, sheets.length - SHEETS_NAMED);
    emit('register.hidden-rows', {
      file: file.path,
      ...(sheets.length === 1 ? { location: { sheet: sheets[0]! } } : {}),
      args: {
        sheets: sheets.slice(0, SHEETS_NAMED),
        ...(more ? { more } : {}),
        rows,
        ...(hiddenSheets.length ? { hiddenSheets: hiddenSheets.slice(0, SHEETS_NAMED) } : {}),
        ...(columns ? { columns } : {}),
        ...(cells ? { cells } : {}),
        ...(by.size ? { hiddenBy: [...by].sort() } : {}),
      },
      evidence: { seen: rows, expected: 0 },
    });
  },
};
