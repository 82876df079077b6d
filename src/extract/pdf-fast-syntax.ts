/**
 * The PDF object syntax for the fast text path (pdf-fast.ts): a lexer and parser over the
 * document's bytes that reads what pdf.js's Lexer and Parser read (numbers digit by digit as
 * pdf.js does, strings and names with the same escapes, content-stream operators split as its
 * lexer splits them), and DECLINES (throws Decline) wherever pdf.js would warn, repair or guess:
 * the document then goes to pdf.js unchanged. Strings are "binary strings" (one char per byte),
 * as in pdf.js.
 *
 * Untrusted bytes: every loop advances through the buffer or is bounded (nesting depth, token
 * length, operands per operator).
 */

/** Thrown wherever the fast path is not sure to read what pdf.js reads. */
export class Decline extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Decline';
  }
}

export const decline = (why: string): never => {
  throw new Decline(why);
};

export class Name {
  constructor(readonly name: string) {}
}
export class Cmd {
  /** Its operand count in a content stream (OPS[cmd]: undefined when not an operator). */
  readonly arity: number | null | undefined;
  constructor(readonly cmd: string) {
    this.arity = OPS[cmd];
  }
}
export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class Dict {
  readonly map = new Map<string, Obj>();
}
/** A stream: its dictionary and the extent of its raw bytes in the document. */
export class Stream {
  constructor(
    readonly dict: Dict,
    readonly start: number,
    readonly length: number,
  ) {}
}
export type Obj = number | boolean | null | string | Name | Ref | Cmd | Obj[] | Dict | Stream;

/** End of input. */
export const EOF = Symbol('EOF');

/** pdf.js's specialChars: 1 = whitespace, 2 = delimiter. */
const SPECIAL = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) SPECIAL[c] = 1;
for (const c of [0x25, 0x28, 0x29, 0x2f, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d]) SPECIAL[c] = 2;
export const isWhite = (c: number): boolean => SPECIAL[c] === 1;

/** Content-stream operators and their operand counts (pdf.js's EvaluatorPreprocessor.opMap). */
export const OPS: Record<string, number | null> = Object.assign(Object.create(null) as Record<string, number | null>, {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6, m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4,
  S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0, BT: 0, ET: 0, Tc: 1, Tw: 1,
  Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0, Tj: 1, TJ: 1, "'": 1, '"': 3, d0: 2, d1: 6,
  CS: 1, cs: 1, SC: -4, SCN: -33, sc: -4, scn: -33, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1, BI: 0, ID: 0,
  EI: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
  BM: null, BD: null, true: null, fa: null, fal: null, fals: null, false: null, nu: null, nul: null, null: null,
});

const MAX_DEPTH = 32;

export class Lexer {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    readonly end: number,
    /** Content streams: operators split as pdf.js's lexer splits them (OPS). */
    private readonly commands: boolean,
  ) {
    this.pos = start;
  }

  /** Skip whitespace and comments; the next byte, or -1 at the end. */
  skip(): number {
    const { buf, end } = this;
    let p = this.pos;
    while (p < end) {
      const c = buf[p]!;
      if (c === 0x25) {
        while (p < end && buf[p] !== 0x0a && buf[p] !== 0x0d) p++;
      } else if (SPECIAL[c] === 1) p++;
      else break;
    }
    this.pos = p;
    return p < end ? buf[p]! : -1;
  }

  /** The next token: a value, a Cmd (including '[', ']', '<<', '>>'), or EOF. */
  token(): Obj | typeof EOF {
    const c = this.skip();
    if (c < 0) return EOF;
    const { buf } = this;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    switch (c) {
      case 0x28:
        return this.string();
      case 0x2f:
        return this.name();
      case 0x5b:
        this.pos++;
        return CMD_OPEN_ARRAY;
      case 0x5d:
        this.pos++;
        return CMD_CLOSE_ARRAY;
      case 0x3c:
        if (buf[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return CMD_OPEN_DICT;
        }
        return this.hexString();
      case 0x3e:
        if (buf[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return CMD_CLOSE_DICT;
        }
        return decline('stray >');
      case 0x7b:
        this.pos++;
        return cmd('{');
      case 0x7d:
        this.pos++;
        return cmd('}');
      case 0x29:
        return decline('unexpected delimiter');
    }
    if (c < 0x20 || c > 0x7f) return decline('binary byte as a command');
    return this.command();
  }

  private command(): Obj {
    const { buf, end } = this;
    const start = this.pos;
    let p = start + 1;
    if (this.commands) {
      // The split of a run of up to 3 regular bytes depends on those bytes alone: looked up once
      // (content streams are almost all 1–2-letter operators).
      let run = start + 1;
      while (run < end && run - start < 4 && !SPECIAL[buf[run]!]) run++;
      const len = run - start;
      if (len <= 3) {
        const key = len === 1 ? buf[start]! : len === 2 ? (buf[start]! << 8) | buf[start + 1]! | 0x10000 : (buf[start]! << 16) | (buf[start + 1]! << 8) | buf[start + 2]! | 0x1000000;
        const known = shortRuns.get(key);
        if (known !== undefined) {
          this.pos = start + known.length;
          return known.value;
        }
        const value = this.splitCommand();
        if (shortRuns.size < MAX_SHORT_RUNS) shortRuns.set(key, { value, length: this.pos - start });
        return value;
      }
      return this.splitCommand();
    }
    while (p < end && !SPECIAL[buf[p]!]) {
      if (p - start >= 128) return decline('long command');
      p++;
    }
    this.pos = p;
    return keyword(String.fromCharCode(...buf.subarray(start, p)));
  }

  /** pdf.js's operator split: the longest run whose every prefix is an operator, else the whole run. */
  private splitCommand(): Obj {
    const { buf, end } = this;
    const start = this.pos;
    let p = start + 1;
    let str = String.fromCharCode(buf[start]!);
    let found = OPS[str] !== undefined;
    while (p < end && !SPECIAL[buf[p]!]) {
      const next = str + String.fromCharCode(buf[p]!);
      if (found && OPS[next] === undefined) break;
      if (str.length >= 128) return decline('long command');
      str = next;
      found = OPS[str] !== undefined;
      p++;
    }
    this.pos = p;
    return keyword(str);
  }

  /** pdf.js's Lexer.getNumber for plain numbers ([+-]digits[.digits]); anything else declines. */
  private number(): number {
    const { buf, end } = this;
    let p = this.pos;
    let sign = 1;
    let c = buf[p]!;
    if (c === 0x2d) {
      sign = -1;
      c = ++p < end ? buf[p]! : -1;
    } else if (c === 0x2b) c = ++p < end ? buf[p]! : -1;
    let divideBy = 0;
    if (c === 0x2e) {
      divideBy = 10;
      c = ++p < end ? buf[p]! : -1;
    }
    if (c < 0x30 || c > 0x39) return decline('not a number');
    let value = c - 0x30;
    p++;
    while (p < end) {
      c = buf[p]!;
      if (c >= 0x30 && c <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (c - 0x30);
      } else if (c === 0x2e) {
        if (divideBy === 0) divideBy = 1;
        else return decline('two decimal points');
      } else if (c === 0x2d || c === 0x45 || c === 0x65) {
        return decline('exponent or inner minus');
      } else break;
      p++;
    }
    this.pos = p;
    if (divideBy !== 0) value /= divideBy;
    return sign * value;
  }

  private string(): string {
    const { buf, end } = this;
    let p = this.pos + 1;
    let depth = 1;
    const out: number[] = [];
    for (;;) {
      if (p >= end) return decline('unterminated string');
      const c = buf[p++]!;
      if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else if (c === 0x5c) {
        if (p >= end) return decline('unterminated string');
        const e = buf[p++]!;
        switch (e) {
          case 0x6e:
            out.push(0x0a);
            break;
          case 0x72:
            out.push(0x0d);
            break;
          case 0x74:
            out.push(0x09);
            break;
          case 0x62:
            out.push(0x08);
            break;
          case 0x66:
            out.push(0x0c);
            break;
          case 0x0d:
            if (buf[p] === 0x0a) p++;
            break;
          case 0x0a:
            break;
          default:
            if (e >= 0x30 && e <= 0x37) {
              let x = e & 0x0f;
              if (p < end && buf[p]! >= 0x30 && buf[p]! <= 0x37) {
                x = (x << 3) + (buf[p++]! & 0x0f);
                if (p < end && buf[p]! >= 0x30 && buf[p]! <= 0x37) x = (x << 3) + (buf[p++]! & 0x0f);
              }
              // pdf.js: String.fromCharCode(x) of up to 0o777: kept as is (a char above 0xff).
              out.push(x);
            } else out.push(e);
        }
      } else out.push(c);
    }
    this.pos = p;
    return codesToString(out);
  }

  private hexString(): string {
    const { buf, end } = this;
    let p = this.pos + 1;
    const out: number[] = [];
    let first = -1;
    for (;;) {
      if (p >= end) return decline('unterminated hex string');
      const c = buf[p++]!;
      if (c === 0x3e) break;
      if (SPECIAL[c] === 1) continue;
      const d = hexDigit(c);
      if (d < 0) return decline('bad hex digit');
      if (first < 0) first = d;
      else {
        out.push((first << 4) | d);
        first = -1;
      }
    }
    if (first >= 0) out.push(first << 4);
    this.pos = p;
    return codesToString(out);
  }

  private name(): Name {
    const { buf, end } = this;
    let p = this.pos + 1;
    const start = p;
    let escaped = false;
    while (p < end && !SPECIAL[buf[p]!]) {
      if (buf[p] === 0x23) escaped = true;
      p++;
    }
    this.pos = p;
    if (!escaped) return new Name(latin1Of(buf, start, p));
    const out: number[] = [];
    for (let i = start; i < p; i++) {
      const c = buf[i]!;
      if (c !== 0x23) {
        out.push(c);
        continue;
      }
      const a = i + 1 < p ? hexDigit(buf[i + 1]!) : -1;
      const b = i + 2 < p ? hexDigit(buf[i + 2]!) : -1;
      if (a < 0 || b < 0) return decline('bad # in a name');
      out.push((a << 4) | b);
      i += 2;
    }
    return new Name(codesToString(out));
  }

  /**
   * A whole object (arrays and dictionaries parsed; `N G R` → Ref outside content streams), or a
   * Cmd, or EOF. Streams are not made here (the document reader does).
   */
  object(depth = 0): Obj | typeof EOF {
    const t = this.token();
    if (t === CMD_OPEN_ARRAY) {
      if (depth >= MAX_DEPTH) return decline('nesting');
      const arr: Obj[] = [];
      for (;;) {
        const x = this.object(depth + 1);
        if (x === EOF) return decline('unterminated array');
        if (x === CMD_CLOSE_ARRAY) return arr;
        if (x instanceof Cmd) return decline('command in an array');
        arr.push(x);
      }
    }
    if (t === CMD_OPEN_DICT) {
      if (depth >= MAX_DEPTH) return decline('nesting');
      const dict = new Dict();
      for (;;) {
        const k = this.token();
        if (k === CMD_CLOSE_DICT) return dict;
        if (!(k instanceof Name)) return decline('dictionary key not a name');
        const v = this.object(depth + 1);
        if (v === EOF || v instanceof Cmd) return decline('bad dictionary value');
        dict.map.set(k.name, v);
      }
    }
    if (!this.commands && typeof t === 'number' && Number.isInteger(t) && t >= 0) {
      // `num gen R`: look ahead without consuming unless it is a reference.
      const save = this.pos;
      const g = this.peekInt();
      if (g !== null) {
        const afterGen = this.pos;
        const c = this.skip();
        if (c === 0x52 && (this.pos + 1 >= this.end || SPECIAL[this.buf[this.pos + 1]!])) {
          this.pos++;
          return new Ref(t, g);
        }
        void afterGen;
      }
      this.pos = save;
    }
    return t;
  }

  private peekInt(): number | null {
    const c = this.skip();
    if (c < 0x30 || c > 0x39) return null;
    let p = this.pos;
    let v = 0;
    while (p < this.end && this.buf[p]! >= 0x30 && this.buf[p]! <= 0x39) {
      v = v * 10 + (this.buf[p]! - 0x30);
      if (v > 0xffffffff) return null;
      p++;
    }
    if (p < this.end && !SPECIAL[this.buf[p]!]) return null;
    this.pos = p;
    return v;
  }
}

const keyword = (s: string): Obj => (s === 'true' ? true : s === 'false' ? false : s === 'null' ? null : cmd(s));

/** Content-stream runs of 1–3 regular bytes (keyed by their bytes and length) → what splitCommand reads there. */
const shortRuns = new Map<number, { value: Obj; length: number }>();
/** At most this many remembered (a hostile stream of distinct 3-byte runs must not grow it without end). */
const MAX_SHORT_RUNS = 4096;

const cmds = new Map<string, Cmd>();
/** Interned commands (compare with ===). */
export function cmd(s: string): Cmd {
  let c = cmds.get(s);
  if (!c) {
    if (cmds.size > 512) return new Cmd(s);
    c = new Cmd(s);
    cmds.set(s, c);
  }
  return c;
}
const CMD_OPEN_ARRAY = cmd('[');
const CMD_CLOSE_ARRAY = cmd(']');
const CMD_OPEN_DICT = cmd('<<');
const CMD_CLOSE_DICT = cmd('>>');

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c & 0x0f;
  if ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) return (c & 0x0f) + 9;
  return -1;
}

/** Bytes as a binary string (one char per byte). */
function latin1Of(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 16) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]!);
    return s;
  }
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}

function codesToString(codes: number[]): string {
  if (codes.length <= 8192) return String.fromCharCode.apply(null, codes);
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

/** The value of a dictionary entry that must be a name, or undefined. */
export const nameOf = (o: Obj | undefined): string | undefined => (o instanceof Name ? o.name : undefined);
