/**
 * A tagged-template HTML escaper: every interpolated value is escaped unless it is already Html
 * (made by this tag, or an array of such), so markup is built without string concatenation and
 * without a hand-called esc(). Attribute values are escaped the same way (quotes included).
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  // Control characters cannot be shown in a page: make them visible as \xHH (never raw).
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"']/g, (c) => ESC[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Html(out);
}

/** Text known to be safe markup (the page's own CSS and script constants). Never material. */
export const trusted = (s: string): Html => new Html(s);
