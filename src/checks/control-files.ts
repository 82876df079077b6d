/**
 * A rule, review or ignore file inside the checked folder. The folder is handed in by a
 * department, so such a file is never read (it would let the material choose its own rules);
 * it is reported, and the verdict is the one the folder gets without it.
 */
import type { Check } from './types.js';

export const controlFileChecks: Check[] = [
  {
    scope: 'run',
    run(model, _ctx, emit) {
      for (const p of model.planted ?? []) {
        const name = p.path.slice(p.path.lastIndexOf('/') + 1);
        emit('file.rules-inside-material', { file: p.path, unit: p.unit, indicator: p.indicator, args: { name }, evidence: { seen: name } });
      }
    },
  },
];
