/**
 * A parsed YAML document turned into data with its aliases bounded, shared by the rule-file and the
 * review-record loaders: expanded without a bound, a few hundred bytes of aliases make gigabytes (a
 * "billion laughs"), so a file inside a checked folder could exhaust the run.
 */
import { visit, type Document } from 'yaml';

/** Alias expansions allowed when a YAML document is turned into data (the `yaml` package's default). */
export const MAX_ALIAS_COUNT = 100;

export type YamlData = { ok: true; value: unknown } | { ok: false; bomb: boolean; at: number; reason: string };

/** The document's data; or, when it cannot be made, whether aliases were the cause and where the first alias stands. */
export function yamlData(doc: Document): YamlData {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    const reason = String((e as Error).message).split('\n')[0] ?? '';
    // An alias to an anchor never set stands where that alias is; otherwise the first alias.
    const unresolved = /^Unresolved alias\b.*:\s*(\S+)\s*$/.exec(reason)?.[1];
    let at = -1;
    visit(doc, {
      Alias(_, node) {
        if (unresolved !== undefined && node.source !== unresolved) return undefined;
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const bomb = e instanceof ReferenceError && /Excessive alias/i.test(e.message);
    return { ok: false, bomb, at: Math.max(at, 0), reason };
  }
}
