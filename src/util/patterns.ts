/**
 * Patterns that come from rule files — report cues (regular expressions) and `ignore:` globs —
 * run on text and names taken from the checked material, so they must never backtrack: a cue
 * such as `(a+)+$` takes exponential time in JavaScript's own engine on a 45-byte report. They
 * are compiled with re2js (RE2's automaton in pure JavaScript, time linear in the text), and
 * checked at load time, so a pattern RE2 cannot run (look-around, back-references) is a
 * positioned rule-file error instead of a hang or a silent skip. re2js is loaded on first use:
 * a run whose rule set has no such pattern never loads it.
 */
import { createRequire } from 'node:module';
import picomatch from 'picomatch';
import type * as Re2 from 're2js';

type RE2JS = Re2.RE2JS;
let re2: typeof Re2.RE2JS | null = null;
const engine = (): typeof Re2.RE2JS => (re2 ??= (createRequire(import.meta.url)('re2js') as typeof Re2).RE2JS);

/** What the report checks need of a compiled cue (the subset of RegExp they use, `g` semantics). */
export interface CuePattern {
  readonly source: string;
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

class LinearPattern implements CuePattern {
  lastIndex = 0;
  constructor(
    readonly source: string,
    private readonly re: RE2JS,
  ) {}

  exec(text: string): RegExpExecArray | null {
    if (this.lastIndex > text.length) {
      this.lastIndex = 0;
      return null;
    }
    const m = this.re.matcher(text);
    if (!m.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const start = m.start();
    const end = m.end();
    const out = [text.slice(start, end)] as unknown as RegExpExecArray;
    out.index = start;
    out.input = text;
    // An empty match moves on by one, as a global RegExp does.
    this.lastIndex = end === start ? end + 1 : end;
    return out;
  }

  test(text: string): boolean {
    return this.re.matcher(text).find(0);
  }
}

/** Why RE2 refuses `source`, or null when it compiles. */
export function patternError(source: string): string | null {
  try {
    engine().compile(source);
    return null;
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /, '');
  }
}

/**
 * The same contract on JavaScript's own engine, for a cue `plainCue` accepts: its backtracking is
 * bounded by construction, and it finds exactly what RE2 finds (both pick the leftmost match and,
 * at one place, the first alternative and a greedy `?`), at a fraction of re2js's cost per match.
 */
class NativePattern implements CuePattern {
  lastIndex = 0;
  private readonly re: RegExp;
  constructor(readonly source: string) {
    this.re = new RegExp(source, 'g');
  }

  exec(text: string): RegExpExecArray | null {
    if (this.lastIndex > text.length) {
      this.lastIndex = 0;
      return null;
    }
    this.re.lastIndex = this.lastIndex;
    const m = this.re.exec(text);
    if (!m) {
      this.lastIndex = 0;
      return null;
    }
    const start = m.index;
    const end = start + m[0].length;
    const out = [m[0]] as unknown as RegExpExecArray;
    out.index = start;
    out.input = text;
    this.lastIndex = end === start ? end + 1 : end;
    return out;
  }

  test(text: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(text);
  }
}

/** Most ways a plain cue can match at one place (each `?` doubles them, each `|` adds one). */
const PLAIN_MAX_WAYS = 64;
const PLAIN_MAX_LENGTH = 256;
const META = new Set([...'\\.*+?{}[]()|^$']);

/**
 * Whether a cue is plain: literal characters, groups `( )` / `(?: )`, alternatives `|` and a
 * greedy `?` after a character or a group, nothing else (no `.`, class, escape, repeat, anchor
 * or flag, no character outside the BMP), with at most PLAIN_MAX_WAYS ways to match at one place. On such a cue a backtracking
 * engine tries at most that many ways per place, so time stays linear in the text; and both
 * engines agree on every match (tested against RE2 in test/trust/plain-cues.test.ts).
 */
export function plainCue(source: string): boolean {
  if (source.length === 0 || source.length > PLAIN_MAX_LENGTH) return false;
  let i = 0;
  // ways(alternation) = sum over branches of the product over items of (ways(item) × 2 if `?`).
  // `nullable`: the alternation can match the empty string. A `?` after a group that can match
  // empty is refused: JavaScript and RE2 then choose differently between an empty and a skipped
  // iteration (`(|a)?a` on "aa": JS "aa", RE2 "a" twice).
  let nullable = false;
  const alternation = (): number | null => {
    let total = 0;
    let anyEmpty = false;
    for (;;) {
      let product = 1;
      let branchEmpty = true;
      while (i < source.length && source[i] !== '|' && source[i] !== ')') {
        let ways: number | null = 1;
        let itemEmpty = false;
        const c = source[i]!;
        if (c === '(') {
          i += source.startsWith('(?:', i) ? 3 : 1;
          if (source[i] === '?') return null; // (?<name>, (?i) …
          ways = alternation();
          if (ways === null || source[i] !== ')') return null;
          itemEmpty = nullable;
          i++;
        } else if (META.has(c) || (c >= '\ud800' && c <= '\udfff')) return null; // (a `?` after a surrogate pair would differ)
        else i++;
        if (source[i] === '?') {
          if (itemEmpty) return null;
          i++;
          if (i < source.length && (source[i] === '?' || source[i] === '+' || source[i] === '*' || source[i] === '{')) return null;
          ways *= 2;
          itemEmpty = true;
        }
        if (!itemEmpty) branchEmpty = false;
        product *= ways;
        if (product > PLAIN_MAX_WAYS) return null;
      }
      total += product;
      anyEmpty ||= branchEmpty;
      if (total > PLAIN_MAX_WAYS) return null;
      if (source[i] !== '|') {
        nullable = anyEmpty;
        return total;
      }
      i++;
    }
  };
  const ways = alternation();
  return ways !== null && i === source.length;
}

/**
 * A rule-file cue, compiled for linear-time matching: RE2, or JavaScript's engine for a plain cue
 * (plainCue). Throws when RE2 refuses it (see patternError).
 */
export function linearPattern(source: string): CuePattern {
  // A plain cue is valid for both engines by construction: RE2 (and re2js) is not even loaded.
  if (plainCue(source)) return new NativePattern(source);
  return re2Pattern(source);
}

/** A cue always on RE2 (what linearPattern gives a cue that is not plain). */
export function re2Pattern(source: string): CuePattern {
  return new LinearPattern(source, compiled(source));
}

/**
 * Compiled expressions by source: a check compiles the same cues for every document it reads
 * (on a warm re-run that compiling was a tenth of the run's CPU). A compiled RE2JS holds no match
 * state (each match makes its own matcher), so one serves every LinearPattern of its source.
 * Bounded: rule-file cues are a few hundred at most; past the bound the memo starts again.
 */
const COMPILED_MAX = 2048;
const compiledBySource = new Map<string, RE2JS>();
function compiled(source: string): RE2JS {
  let re = compiledBySource.get(source);
  if (!re) {
    re = engine().compile(source);
    if (compiledBySource.size >= COMPILED_MAX) compiledBySource.clear();
    compiledBySource.set(source, re);
  }
  return re;
}

// picomatch writes these guards into every expression; RE2 has no look-around, and a name from a
// folder listing is never empty, '.' or '..', so they are dropped before RE2 compiles the rest.
const GUARDS = [/\(\?!\(\?:\^\|\\\/\)\\\.\{1,2\}\(\?:\\\/\|\$\)\)/g, /\(\?!\\\.\{1,2\}\(\?:\\\/\|\$\)\)/g, /\(\?=\.\)/g];
const PICO: picomatch.PicomatchOptions = { dot: true, nocase: true, noextglob: true };

/** The RE2 source of one file-name glob (picomatch syntax: * ? [..] {a,b}), or an Error. */
function globSource(glob: string): string | Error {
  let src: string;
  try {
    src = picomatch.makeRe(glob, PICO).source;
  } catch (e) {
    return e as Error;
  }
  for (const g of GUARDS) src = src.replace(g, '');
  // picomatch escapes every non-ASCII character (\草); RE2 takes no escape there, and none is needed.
  src = src.replace(/\\([^\x00-\x7f])/gu, '$1');
  const err = patternError(src);
  return err === null ? src : new Error(err);
}

/** Why a glob cannot be used ('slash': it names a path, 'syntax': negation, extglob …), or null. */
export function globError(glob: string): 'slash' | 'syntax' | null {
  // A path, also written the Windows way (县文旅局\旧材料\*.jpg): a \ that escapes no character a
  // Windows file name can hold ([ ] { } ( ) ! , \ and a dot, `*\.tmp` — never * or ?) is a separator.
  if (glob.includes('/') || /\\(?![[\]{}()!,\\.])/u.test(glob)) return 'slash';
  return globSource(glob) instanceof Error ? 'syntax' : null;
}

/**
 * One matcher for many file-name globs from a rule file (case-insensitive, names starting with a
 * dot included), run by RE2 in time linear in the name. Globs that globError refuses are left
 * out (rule loading reports them first).
 */
export function globMatcher(globs: readonly string[]): (name: string) => boolean {
  const sources = globs.map(globSource).filter((s): s is string => typeof s === 'string');
  if (sources.length === 0) return () => false;
  const re = engine().compile(sources.map((s) => `(?:${s})`).join('|'), engine().CASE_INSENSITIVE);
  return (name) => re.matches(name);
}

/** The built-in ignore globs (our own, one wildcard run each): picomatch's expressions, run natively. */
export function nativeGlobMatcher(globs: readonly string[]): (name: string) => boolean {
  const res = globs.map((g) => picomatch.makeRe(g, PICO));
  return (name) => res.some((re) => re.test(name));
}
