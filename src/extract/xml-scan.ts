/**
 * A linear XML tokenizer for the package parts we read ourselves (sheets, shared strings, OFD
 * pages): one pass of indexOf, no backtracking, so a hostile part costs time in proportion to its
 * size (bounded by the zip limits) whatever its shape — unclosed tags included. Not a validating
 * parser: it yields tags and text, names without their namespace prefix.
 */
export type XmlToken =
  | { type: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; raw: string };

const localName = (qname: string) => {
  const i = qname.indexOf(':');
  return i >= 0 ? qname.slice(i + 1) : qname;
};

export function* scanXml(xml: string): Generator<XmlToken> {
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      yield { type: 'text', raw: xml.slice(pos) };
      return;
    }
    if (lt > pos) yield { type: 'text', raw: xml.slice(pos, lt) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      pos = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      const body = xml.slice(lt + 9, end < 0 ? n : end);
      // Escaped so that one unescape serves both kinds of text.
      yield { type: 'text', raw: body.replace(/&/g, '&amp;').replace(/</g, '&lt;') };
      pos = end < 0 ? n : end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) return; // cut short: the rest is not a tag
    if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      pos = gt + 1;
      continue;
    }
    let body = xml.slice(lt + 1, gt);
    if (body.startsWith('/')) {
      yield { type: 'close', name: localName(body.slice(1).trim()) };
    } else {
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const sp = body.search(/\s/);
      const qname = sp < 0 ? body : body.slice(0, sp);
      yield { type: 'open', name: localName(qname), attrs: sp < 0 ? '' : body.slice(sp), selfClosing };
    }
    pos = gt + 1;
  }
}

const safeChar = (n: number) => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

export function unescapeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|quot|apos|amp|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      case 'amp': return '&';
      default: return e[1] === 'x' ? safeChar(parseInt(e.slice(2), 16)) : safeChar(Number(e.slice(1)));
    }
  });
}

/** An attribute's value from a tag's attribute string (unescaped), or null. */
export function attrOf(attrs: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const i = attrs.indexOf(name, from);
    if (i < 0) return null;
    from = i + name.length;
    const before = i === 0 ? ' ' : attrs[i - 1]!;
    if (!/\s/.test(before)) continue;
    const m = /^\s*=\s*(["'])/.exec(attrs.slice(from, from + 8));
    if (!m) continue;
    const q = m[1]!;
    const start = from + m[0].length;
    const end = attrs.indexOf(q, start);
    if (end < 0) return null;
    return unescapeXmlText(attrs.slice(start, end));
  }
}
