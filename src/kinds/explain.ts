/** The explanation of the material kinds, for `explain <kind>` and docs/rules.md (generated). */
import type { Lang } from '../types.js';
import { KINDS, kindOf } from './registry.js';

const WORDS = {
  zh: { kind: '材料类型', repeat: '同一指标可写多条（match/online 不同）', once: '每个指标一条', rules: '规则', defaults: '默认值', colon: '：' },
  en: { kind: 'material kind', repeat: 'may repeat in one indicator (with different match/online)', once: 'once per indicator', rules: 'rules', defaults: 'defaults', colon: ': ' },
};

/** Plain-text explanation of one kind, or null when no kind has that name. */
export function explainKind(name: string, lang: Lang): string | null {
  const k = kindOf(name);
  if (!k) return null;
  const w = WORDS[lang];
  // In the language's punctuation, as `explain <rule-id>` (默认级别：…); the YAML stays YAML.
  return `${w.kind}${w.colon}${k.kind} (materials: - { kind: ${k.kind}, … }) — ${k.repeatable ? w.repeat : w.once}\n${k.explain[lang]}\n${w.defaults}${w.colon}${JSON.stringify(k.defaults)}\n${w.rules}${w.colon}${k.ruleIds.join(', ')}\n`;
}

/** The kind that raises a rule id, if any. */
export const kindRaising = (ruleId: string): string | null => KINDS.find((k) => (k.ruleIds as readonly string[]).includes(ruleId))?.kind ?? null;

/** Markdown section for docs/rules.md. */
export function kindsMarkdown(): string[] {
  const out = [
    '## Material kinds / 材料类型 (`materials:`)',
    '',
    'An indicator lists what it needs as typed entries; the short forms `photos:`, `report:`, `evaluation:`,',
    '`register:` and `documents:` are sugar for the first five kinds (saying the same kind both ways in one',
    'indicator is a load error). `ledger-check explain <kind>` prints the same text.',
    '',
    '```yaml',
    'materials:',
    '  - { kind: photo, min: 5, caption: [时间, 地点, 事件] }',
    '  - { kind: document, match: [会议记录], min: 2 }',
    '  - { kind: screenshot, online: true, min: 1 }',
    '```',
    '',
    '| kind | 说明 | meaning | repeats | rule ids |',
    '|---|---|---|---|---|',
  ];
  for (const k of KINDS) {
    out.push(`| \`${k.kind}\` | ${k.explain.zh} | ${k.explain.en} | ${k.repeatable ? 'yes' : 'no'} | ${k.ruleIds.map((id) => `\`${id}\``).join(' ')} |`);
  }
  out.push('');
  return out;
}
