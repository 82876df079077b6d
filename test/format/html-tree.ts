/**
 * A small HTML reader for tests: the page parsed back into a tree, so a test checks what the page
 * holds (sections, rows, blocks, in order) instead of comparing the formatter with itself. Strict:
 * a closing tag that does not close the open element, an element left open, a tag with stray text,
 * and an element where HTML does not allow it (a list item outside a list, a block inside a heading,
 * a link or an option inside another) are errors.
 */
export interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
  parent: Node | null;
}

const VOID = new Set(['meta', 'img', 'br', 'input', 'hr', 'link', 'col', 'source', 'wbr']);
const RAW = new Set(['script', 'style']);
/** Where each of these may stand: its parent element. */
const PARENT: Record<string, readonly string[]> = {
  li: ['ul', 'ol'],
  option: ['select'],
  tr: ['thead', 'tbody', 'tfoot', 'table'],
  td: ['tr'],
  th: ['tr'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  summary: ['details'],
  figcaption: ['figure'],
  head: ['html'],
  body: ['html'],
};
const BLOCK = new Set(['div', 'section', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'p', 'figure', 'header', 'nav', 'main']);
/** Elements that hold text and inline elements only. */
const INLINE_ONLY = new Set(['h1', 'h2', 'h3', 'p', 'span', 'a', 'small', 'b', 'summary', 'label', 'option', 'figcaption', 'title']);
const NO_NESTING = new Set(['a', 'option', 'select', 'details', 'figure', 'table', 'label', 'li']);

const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

export function parseHtml(page: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [], parent: null };
  let cur = root;
  let i = 0;
  if (/^<!doctype html>/i.test(page)) i = '<!doctype html>'.length;
  while (i < page.length) {
    const lt = page.indexOf('<', i);
    if (lt < 0) {
      cur.children.push(unescape(page.slice(i)));
      break;
    }
    if (lt > i) cur.children.push(unescape(page.slice(i, lt)));
    const gt = page.indexOf('>', lt);
    if (gt < 0) throw new Error(`unclosed tag at ${lt}`);
    const tagText = page.slice(lt + 1, gt);
    i = gt + 1;
    if (tagText.startsWith('/')) {
      const name = tagText.slice(1).trim().toLowerCase();
      if (cur.tag !== name) throw new Error(`</${name}> at ${lt} closes <${cur.tag}>`);
      cur = cur.parent!;
      continue;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<]*")?)*)\s*$/.exec(tagText);
    if (!m) throw new Error(`bad tag <${tagText.slice(0, 80)}> at ${lt}`);
    const tag = m[1]!.toLowerCase();
    if (PARENT[tag] && !PARENT[tag]!.includes(cur.tag)) throw new Error(`<${tag}> inside <${cur.tag}> at ${lt}`);
    if (BLOCK.has(tag) && INLINE_ONLY.has(cur.tag)) throw new Error(`<${tag}> inside <${cur.tag}> at ${lt}`);
    if (NO_NESTING.has(tag) && closestOpen(cur, tag)) throw new Error(`<${tag}> inside another <${tag}> at ${lt}`);
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) attrs[a[1]!] = unescape(a[2] ?? '');
    const node: Node = { tag, attrs, children: [], parent: cur };
    cur.children.push(node);
    if (VOID.has(tag)) continue;
    if (RAW.has(tag)) {
      const end = page.indexOf(`</${tag}>`, i);
      if (end < 0) throw new Error(`<${tag}> never closed`);
      node.children.push(page.slice(i, end));
      i = end + tag.length + 3;
      continue;
    }
    cur = node;
  }
  if (cur !== root) throw new Error(`<${cur.tag}> left open`);
  return root;
}

function closestOpen(n: Node, tag: string): boolean {
  for (let p: Node | null = n; p; p = p.parent) if (p.tag === tag) return true;
  return false;
}

export const elements = (n: Node): Node[] => n.children.filter((c): c is Node => typeof c !== 'string');

/** Every element under n (document order) that the test accepts. */
export function findAll(n: Node, test: (e: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (x: Node) => {
    for (const c of elements(x)) {
      if (test(c)) out.push(c);
      walk(c);
    }
  };
  walk(n);
  return out;
}

export const hasClass = (e: Node, cls: string) => (e.attrs.class ?? '').split(/\s+/).includes(cls);

export function text(n: Node | string): string {
  return typeof n === 'string' ? n : n.children.map(text).join('');
}

/** The nearest enclosing element the test accepts. */
export function closest(n: Node, test: (e: Node) => boolean): Node | null {
  for (let p = n.parent; p; p = p.parent) if (test(p)) return p;
  return null;
}
