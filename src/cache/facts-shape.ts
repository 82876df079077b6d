/**
 * Shape checks for facts read back from the cache. An entry is only used when its key matches
 * (src/cache/record.ts); these checks make sure that whatever is in it — cut off, edited by hand,
 * written by another version — cannot reach the checks in a shape they would trip over. Unknown
 * fact types (a new extractor's) pass on their `type` alone: their key carries that extractor's
 * version, and the checks that read them treat fields defensively.
 */
type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown) => typeof x === 'string';
const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const bool = (x: unknown) => typeof x === 'boolean';
const orNull = (t: (x: unknown) => boolean) => (x: unknown) => x === null || t(x);
const optional = (t: (x: unknown) => boolean) => (x: unknown) => x === undefined || t(x);
const arrayOf = (t: (x: unknown) => boolean) => (x: unknown) => {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!t(x[i])) return false;
  return true;
};
const shape = (fields: Record<string, (x: unknown) => boolean>) => {
  // The field list made once per shape, not per object checked (a warm run checks every record).
  const keys = Object.keys(fields);
  const tests = keys.map((k) => fields[k]!);
  return (x: unknown) => {
    if (!isObj(x)) return false;
    for (let i = 0; i < keys.length; i++) if (!tests[i]!(x[keys[i]!])) return false;
    return true;
  };
};
const recordOf = (t: (x: unknown) => boolean) => (x: unknown) => isObj(x) && Object.values(x).every(t);

/** A count: a whole number, not negative (the images a page was drawn without: checks compare it with 0). */
const count = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const sNull = orNull(str);
const nNull = orNull(num);

const photo = shape({
  format: str, extensionMatches: bool, width: nNull, height: nNull, displayWidth: nNull, displayHeight: nNull,
  orientation: nNull, bytes: num, exif: bool, capturedAt: sNull, createdAt: sNull, modifiedAt: sNull, make: sNull,
  model: sNull, software: sNull, gps: orNull(shape({ latitude: num, longitude: num })), description: sNull, hasThumbnail: bool,
  thumbnailDhash: optional(orNull((x) => typeof x === 'string' && /^[0-9a-f]{16}$/.test(x))),
  imageDhash: optional(orNull((x) => typeof x === 'string' && /^[0-9a-f]{16}$/.test(x))),
  thumbnailAspectMatches: optional(orNull(bool)), pixelsUnavailable: optional(sNull), capturedAtSource: optional(sNull), descriptionTag: optional(sNull),
});

const located = (x: unknown) => isObj(x) && (x.page === undefined || num(x.page));
const document = shape({
  format: str, pages: nNull, encrypted: bool, textLength: num, text: str, pageTexts: optional(arrayOf(str)),
  created: sNull, modified: sNull, title: sNull, signedDate: sNull,
  elements: recordOf(arrayOf(shape({ sentence: num, words: str }))),
  elementVetoes: optional(recordOf(shape({ evidence: arrayOf(shape({ sentence: num, words: str })), sentenceScore: num, clauseScore: num }))),
  elementScores: optional(recordOf(shape({ sentenceScore: num, clauseScore: num }))),
  sections: optional(arrayOf(isObj)), sentences: optional(arrayOf(isObj)),
  citations: arrayOf((c) => shape({ raw: str, wellFormed: bool, problems: arrayOf(str) })(c) && located(c)),
  dataPoints: arrayOf((d) => shape({ text: str })(d) && located(d)),
  headings: optional(arrayOf(str)), textRepaired: optional(str), script: optional((x) => x === 'traditional'),
  hiddenText: optional(shape({ chars: count, how: arrayOf(str) })),
  ocr: optional(shape({ engine: str, pagesTotal: num, meanConfidence: num, seal: str, pages: arrayOf(shape({ page: num, confidence: num, chars: num, seal: str, refused: optional(count) })) })),
});

const register = shape({
  format: str, sheets: arrayOf(str), headerFound: bool,
  rows: arrayOf(shape({ sheet: str, row: num, name: sNull, date: sNull, place: sNull, participants: nNull, online: orNull(bool), photos: arrayOf(str) })),
  headers: optional(arrayOf(shape({ sheet: str, row: num, columns: recordOf(str) }))),
  overflow: optional(arrayOf(isObj)), yearHints: optional(arrayOf(isObj)), unreadRows: optional(arrayOf(isObj)), unreadCells: optional(arrayOf(isObj)), unreadSheets: optional(arrayOf(str)),
  hidden: optional(arrayOf(shape({ sheet: str, state: str, rows: num, columns: num, cells: optional(num), how: optional(arrayOf(str)) }))),
});

const BY_TYPE: Record<string, (x: unknown) => boolean> = { photo, document, register, none: () => true };

export function validFacts(x: unknown): boolean {
  if (!isObj(x) || !str(x.type)) return false;
  const t = BY_TYPE[x.type as string];
  return t ? t(x) : true;
}

export function validError(x: unknown): boolean {
  return x === null || (isObj(x) && str(x.code) && str(x.detail) && (x.reason === undefined || str(x.reason)) && (x.args === undefined || recordOf((v) => str(v) || num(v))(x.args)));
}
