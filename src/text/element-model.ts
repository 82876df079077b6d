/**
 * A learned second opinion on the five elements (issue 11): per element, two logistic regressions
 * over hashed character 1–3-grams and the bigrams of the heading above — one scores a whole
 * sentence, one each clause of it — that say
 * whether a sentence carries the element (cited titles masked). Pure: text in, score out. Trained by
 * `npm run train:elements` (scripts/train-element-model.ts, from fixtures/elements/train only) into
 * element-model-weights.ts; measured by scripts/element-model-protocol.ts (leave-one-set-out over
 * the held-aside sets, in time order). It may only overrule the detector's "present" (see
 * element-model-veto.ts), never add an element.
 */

/** Hashed feature space per element and view. */
export const MODEL_BUCKETS = 1 << 16;

/** The two views: a sentence as a whole, or its best clause. */
export const MODEL_VIEWS = ['sentence', 'clause'] as const;
export type ModelView = (typeof MODEL_VIEWS)[number];

/** Digits (ASCII, full-width) read as one class and Chinese numerals as another, so a figure's value never matters. */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[0-9０-９]/g, '0')
    .replace(/[一二三四五六七八九十两〇零]/g, '〇');
}

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct hashed features of a text: character 1-, 2- and 3-grams (with its edges) and a bias (0). */
export function textFeatures(text: string): number[] {
  const t = `^${normalise(text)}$`;
  const out = new Set<number>([0]);
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= t.length; i++) out.add(1 + (fnv(t.slice(i, i + n), n) % (MODEL_BUCKETS - 1)));
  }
  return [...out].sort((a, b) => a - b);
}

/** The longest heading whose characters are read as a sentence's context. */
export const MAX_CONTEXT_HEADING = 30;

/** The text of the nearest heading before sentence i ('' when none): the section it sits under. */
export function headingBefore(sentences: readonly { text: string; heading?: boolean }[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (sentences[j].heading === true) return sentences[j].text;
  return '';
}

/**
 * A sentence's context as features: the character bigrams of the heading it sits under (its first
 * MAX_CONTEXT_HEADING characters, digits alike), hashed apart from the text's own n-grams. A measure
 * under 下一步打算 or an outcome under 存在问题 reads like one under 主要做法 or 工作成效; the heading
 * tells them apart. No heading before (''): no context at all, the text alone is scored. "No heading
 * before" was a feature of its own until session 16, but in train it stands for the title (the first
 * line, a heading, is the only line with nothing above it in all but 5 of 6,454 reports), so it
 * learned "a title is no evidence" (weight −4.3 sentence, −4.9 clause for 具体措施) and sank any
 * sentence of a report with no heading: 我局将向阳社区列为…，配备专职人员2名。 (clause view 0.92 → 0.08)
 * was vetoed in a two-line report. Where a sentence sits is unknown there, not evidence against it.
 */
export function contextFeatures(heading: string): number[] {
  if (heading.replace(/\s+/g, '') === '') return [];
  const t = `^${heading.replace(/\s+/g, '').replace(/[0-9０-９]/g, '0').slice(0, MAX_CONTEXT_HEADING)}$`;
  const out = new Set<number>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(1 + (fnv(t.slice(i, i + 2), CONTEXT_SEED) % (MODEL_BUCKETS - 1)));
  return [...out].sort((a, b) => a - b);
}
const CONTEXT_SEED = 7;

/** A unit's features with its sentence's context (distinct, ascending). */
export function unitFeatures(unit: string, context: readonly number[]): number[] {
  const own = textFeatures(unit);
  if (context.length === 0) return own;
  return [...new Set([...own, ...context])].sort((a, b) => a - b);
}

/**
 * The clauses of a sentence (split at ，；：), each scored on its own: a sentence that cites a
 * document and names who is in charge carries 主体责任 in one clause, and the document's words in
 * the other must not drown it. A piece shorter than 4 characters joins the next one.
 */
export function clauses(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  for (const part of text.split(/[，,；;：:]/)) {
    const c = carry + part;
    if (c.replace(/\s/g, '').length < 4) carry = c;
    else {
      out.push(c);
      carry = '';
    }
  }
  if (carry !== '') {
    if (out.length > 0) out[out.length - 1] += carry;
    else out.push(carry);
  }
  return out;
}

/** The longest title (characters between the marks) read as one mark. */
export const MAX_MASKED_TITLE = 80;
const TITLE = new RegExp(`《[^《》]{0,${MAX_MASKED_TITLE}}》`, 'g');

/**
 * Every cited title 《…》 read as the bare marks 《》: a title names a document (the detector's
 * 部署文件 test judges titles), and its words — 工作要点, 开展…活动的通知 — say nothing about what the
 * unit did, yet they drowned the sentence's own words (依据《…工作要点》开展档案开放日活动 scored as no
 * measure). Chosen by the protocol (scripts/element-model-protocol.ts).
 */
export const maskTitles = (text: string): string => text.replace(TITLE, '《》');

/** What a view scores in a sentence (its titles masked). */
export function viewUnits(text: string, view: ModelView): string[] {
  const t = maskTitles(text);
  return view === 'clause' ? clauses(t) : [t];
}

/** Probability that a text carries the element, from its features and the element's weights. */
export function scoreFeatures(features: number[], weights: ArrayLike<number>): number {
  let z = 0;
  for (const f of features) z += weights[f];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Probability from two ascending feature lists taken as their union: the weights summed in the
 * union's ascending order, as scoreFeatures(unitFeatures(…)) sums them (the same number to the
 * last bit), without building the union.
 */
export function scoreUnion(own: readonly number[], context: readonly number[], weights: ArrayLike<number>): number {
  let z = 0;
  let i = 0;
  let j = 0;
  while (i < own.length || j < context.length) {
    const a = i < own.length ? own[i] : Infinity;
    const b = j < context.length ? context[j] : Infinity;
    const f = a <= b ? a : b;
    z += weights[f];
    if (a === f) i++;
    if (b === f) j++;
  }
  return 1 / (1 + Math.exp(-z));
}

/** A sentence's score in a view, with its context's features (contextFeatures): its best unit's. */
export function viewScore(text: string, view: ModelView, weights: ArrayLike<number>, context: readonly number[] = []): number {
  let best = 0;
  for (const u of viewUnits(text, view)) best = Math.max(best, scoreUnion(textFeatures(u), context, weights));
  return best;
}

/** One element in one view, as stored: int8 weights (base64) times a scale, and the veto threshold. */
export interface StoredElementModel {
  scale: number;
  threshold: number;
  weights: string;
}
export type StoredModel = Record<ModelView, Record<string, StoredElementModel>>;

/** Int8 weights → the numbers the model computes with (q × scale, exactly as the trainer measured them). */
export function decodeWeights(stored: Pick<StoredElementModel, 'scale' | 'weights'>): Float64Array {
  const bytes = Buffer.from(stored.weights, 'base64');
  if (bytes.length !== MODEL_BUCKETS) throw new Error(`element model: ${bytes.length} weights, expected ${MODEL_BUCKETS}`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const w = new Float64Array(MODEL_BUCKETS);
  for (let i = 0; i < w.length; i++) w[i] = q[i] * stored.scale;
  return w;
}

/** Weights rounded to int8 under a per-model scale (what is stored), and their base64. */
export function quantise(w: ArrayLike<number>): { scale: number; q: Int8Array; weights: string } {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const scale = max === 0 ? 1 : max / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scale);
  return { scale, q, weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
}
