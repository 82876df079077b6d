/**
 * A tagged-template HTML escaper: every interpolated value is escaped unless it is already Html
 * (made by this tag, or an array of such), so markup is built without string concatenation and
 * without a hand-called esc(). Attribute values are escaped the same way (quotes included).
 */
import { shownControls } from './xml-text.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  // Control characters cannot be shown in a page: made visible as \xHH (never raw); so are the
  // bidirectional marks, overrides and isolates (as \u{HHHH}, as on the screen): a name
  // `\u202e gpj.exe` was shown as `exe.jpg`, and the override reordered the rest of its line.
  return shownControls(s.replace(/[&<>"']/g, (c) => ESC[c]!));
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

/**
 * Markup given in pieces, made only as it is written (the stream`` tag and each()): a page of
 * 200,000 files is never one string nor one tree of Html values. Iterable again from the start.
 */
export class Pieces implements Iterable<string> {
  constructor(private readonly make: () => Iterable<string>) {}
  [Symbol.iterator](): Iterator<string> {
    return this.make()[Symbol.iterator]();
  }
}

/** As html``, in pieces: a value that is Pieces is written as it is made, the rest escaped as html`` does. */
export function stream(strings: TemplateStringsArray, ...values: (Value | Pieces)[]): Pieces {
  return new Pieces(function* () {
    if (strings[0]) yield strings[0];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v instanceof Pieces) yield* v;
      else {
        const s = render(v as Value);
        if (s) yield s;
      }
      if (strings[i + 1]) yield strings[i + 1]!;
    }
  });
}

/** The markup of each item in turn (the same bytes as html`${items.map(fn)}`), each made only when written. */
export function each<T>(items: Iterable<T>, fn: (item: T, i: number) => Html | Pieces): Pieces {
  return new Pieces(function* () {
    let i = 0;
    for (const item of items) {
      const v = fn(item, i++);
      if (v instanceof Pieces) yield* v;
      else if (v.value) yield v.value;
    }
  });
}
