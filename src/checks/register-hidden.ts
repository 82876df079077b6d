/**
 * Activities a reviewer opening the register cannot see: rows read from a hidden sheet (hidden or
 * veryHidden) or from hidden rows are counted like the others (they are the unit's data), and one
 * warning per register says so, so that the unit unhides or deletes them.
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
    const perSheet = new Map<string, number>();
    for (const row of facts.rows) perSheet.set(row.sheet, (perSheet.get(row.sheet) ?? 0) + 1);
    const sheets: string[] = [];
    const hiddenSheets: string[] = [];
    let rows = 0;
    let columns = 0;
    for (const h of facts.hidden) {
      // A hidden sheet hides every row read from it; a visible one, its hidden rows.
      const n = h.state === 'visible' ? h.rows : (perSheet.get(h.sheet) ?? 0);
      if (n === 0 && h.columns === 0) continue;
      sheets.push(h.sheet);
      if (h.state !== 'visible') hiddenSheets.push(h.sheet);
      rows += n;
      columns += h.columns;
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
      },
      evidence: { seen: rows, expected: 0 },
    });
  },
};
