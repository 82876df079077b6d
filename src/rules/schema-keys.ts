/** The keys a zod object schema allows at a path of the rule file (for "did you mean"). */
import type { Z } from './zod.js';

type Def = { type: string; shape?: Record<string, unknown>; innerType?: unknown; in?: unknown; element?: unknown; valueType?: unknown; options?: unknown[] };
const defOf = (s: unknown): Def | null => ((s as { _zod?: { def?: Def } } | null)?._zod?.def ?? null);

/** Unwrap optional/default/pipe/transform layers down to the schema that holds data. */
function unwrap(s: unknown): unknown {
  for (let i = 0; i < 16; i++) {
    const d = defOf(s);
    if (!d) return s;
    if (d.innerType !== undefined && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe') s = defOf(d.in)?.type === 'transform' ? (d as { out?: unknown }).out : d.in;
    else return s;
  }
  return s;
}

export function allowedKeys(schema: Z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = unwrap(schema);
  for (const seg of path) {
    const d = defOf(s);
    if (!d) return [];
    if (d.type === 'object') s = d.shape?.[String(seg)];
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else return [];
    s = unwrap(s);
  }
  const d = defOf(s);
  if (d?.type === 'union' && d.options) {
    // A union of objects (materials: one option per kind): the keys any option allows.
    return [...new Set(d.options.flatMap((o) => Object.keys(defOf(unwrap(o))?.shape ?? {})))];
  }
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}
