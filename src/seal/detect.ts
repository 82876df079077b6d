/**
 * Red seal (公章) detection on a page image: a red mask, connected components the size of a seal on
 * an A4 page (about 25–65 mm across), then roundness (a square-ish box), ring coverage (red found on
 * the circle along most directions) and something red inside (the star and the body's name).
 * Verdicts: 'seal', 'no-seal', or 'cannot-tell' for a page without colour (a greyscale scan cannot
 * show a red seal, so it is never 'no-seal'). Pure: pixels in, verdict out.
 */

export type SealVerdict = 'seal' | 'no-seal' | 'cannot-tell';

export interface SealResult {
  verdict: SealVerdict;
  /** Best candidate: centre and diameter in mm on the page (A4 width assumed), ring coverage 0–1. */
  best?: { x: number; y: number; diameterMm: number; ring: number; inside: number };
}

export interface Pixels {
  width: number;
  height: number;
  channels: number; // 3 or 4 (RGB[A]); 1 or 2 is greyscale
  data: Uint8Array | Buffer;
}

/** Seal sizes on the page, mm (A4 is 210 mm wide). */
export const SEAL_MM = { min: 25, max: 65 };
const PAGE_MM = 210;
/** Share of the circle's directions that must meet red on the ring. */
export const RING_MIN = 0.7;
/** Share of the inner disc that must be red (star, name): a hand-drawn circle is empty. */
export const INSIDE_MIN = 0.02;
/**
 * A page is in colour when a fifth of it shows a tint (paper is never neutral grey in a colour scan
 * or photo) or a little of it is clearly coloured; a greyscale scan saved as RGB is neither.
 */
const TINT = { chroma: 8, share: 0.2 };
const COLOUR = { chroma: 40, share: 0.002 };

const isRed = (r: number, g: number, b: number) => r > 110 && r - g > 60 && r - b > 45;

export function detectSeal(px: Pixels): SealResult {
  const { width: w, height: h, channels: c, data } = px;
  if (c < 3 || w < 50 || h < 50) return { verdict: 'cannot-tell' };
  const mask = new Uint8Array(w * h);
  let coloured = 0;
  let tinted = 0;
  for (let i = 0, p = 0; i < w * h; i++, p += c) {
    const r = data[p]!;
    const g = data[p + 1]!;
    const b = data[p + 2]!;
    const chroma = Math.max(r, g, b) - Math.min(r, g, b);
    if (chroma > COLOUR.chroma) coloured++;
    if (chroma > TINT.chroma) tinted++;
    if (isRed(r, g, b)) mask[i] = 1;
  }
  if (coloured / (w * h) < COLOUR.share && tinted / (w * h) < TINT.share) return { verdict: 'cannot-tell' };
  const mmPerPx = PAGE_MM / w;
  // Close the gaps between a seal's ring, star and characters so they make one component.
  const gap = Math.max(1, Math.round(2 / mmPerPx));
  const joined = dilate(mask, w, h, gap);
  let best: SealResult['best'];
  for (const box of components(joined, w, h)) {
    const bw = box.x1 - box.x0 + 1 - 2 * gap;
    const bh = box.y1 - box.y0 + 1 - 2 * gap;
    const dMm = ((bw + bh) / 2) * mmPerPx;
    if (dMm < SEAL_MM.min || dMm > SEAL_MM.max) continue;
    if (bw / bh < 0.8 || bw / bh > 1.25) continue; // not round
    const cx = (box.x0 + box.x1) / 2;
    const cy = (box.y0 + box.y1) / 2;
    const r = (bw + bh) / 4;
    const ring = ringCoverage(mask, w, h, cx, cy, r);
    const inside = insideShare(mask, w, h, cx, cy, r * 0.6);
    if (!best || ring > best.ring) best = { x: Math.round(cx * mmPerPx), y: Math.round(cy * mmPerPx), diameterMm: Math.round(dMm), ring: round2(ring), inside: round2(inside) };
  }
  const isSeal = !!best && best.ring >= RING_MIN && best.inside >= INSIDE_MIN;
  return best ? { verdict: isSeal ? 'seal' : 'no-seal', best } : { verdict: 'no-seal' };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Share of 72 directions from the centre that meet red between 0.8 r and 1.1 r. */
function ringCoverage(mask: Uint8Array, w: number, h: number, cx: number, cy: number, r: number): number {
  let hit = 0;
  for (let k = 0; k < 72; k++) {
    const a = (k / 72) * Math.PI * 2;
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    for (let rr = r * 0.8; rr <= r * 1.1; rr += 1) {
      const x = Math.round(cx + rr * cos);
      const y = Math.round(cy + rr * sin);
      if (x >= 0 && y >= 0 && x < w && y < h && mask[y * w + x]) {
        hit++;
        break;
      }
    }
  }
  return hit / 72;
}

function insideShare(mask: Uint8Array, w: number, h: number, cx: number, cy: number, r: number): number {
  let n = 0;
  let red = 0;
  for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(h - 1, Math.ceil(cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(w - 1, Math.ceil(cx + r)); x++) {
      if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
      n++;
      red += mask[y * w + x]!;
    }
  }
  return n ? red / n : 0;
}

/** Square dilation by `k` pixels (separable: rows, then columns). */
function dilate(m: Uint8Array, w: number, h: number, k: number): Uint8Array {
  const tmp = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    let last = -Infinity;
    for (let x = 0; x < w; x++) if (m[y * w + x]) last = x; else if (x - last <= k) tmp[y * w + x] = 1;
    last = Infinity;
    for (let x = w - 1; x >= 0; x--) {
      if (m[y * w + x]) {
        last = x;
        tmp[y * w + x] = 1;
      } else if (last - x <= k) tmp[y * w + x] = 1;
    }
  }
  const out = new Uint8Array(w * h);
  for (let x = 0; x < w; x++) {
    let last = -Infinity;
    for (let y = 0; y < h; y++) if (tmp[y * w + x]) last = y; else if (y - last <= k) out[y * w + x] = 1;
    last = Infinity;
    for (let y = h - 1; y >= 0; y--) {
      if (tmp[y * w + x]) {
        last = y;
        out[y * w + x] = 1;
      } else if (last - y <= k) out[y * w + x] = 1;
    }
  }
  return out;
}

/** Bounding boxes of the 8-connected components of a mask (iterative flood fill). */
function components(m: Uint8Array, w: number, h: number): { x0: number; y0: number; x1: number; y1: number }[] {
  const seen = new Uint8Array(w * h);
  const out: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const stack: number[] = [];
  for (let i = 0; i < w * h; i++) {
    if (!m[i] || seen[i]) continue;
    const box = { x0: w, y0: h, x1: 0, y1: 0 };
    seen[i] = 1;
    stack.push(i);
    while (stack.length) {
      const j = stack.pop()!;
      const x = j % w;
      const y = (j - x) / w;
      if (x < box.x0) box.x0 = x;
      if (x > box.x1) box.x1 = x;
      if (y < box.y0) box.y0 = y;
      if (y > box.y1) box.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const k = ny * w + nx;
          if (m[k] && !seen[k]) {
            seen[k] = 1;
            stack.push(k);
          }
        }
      }
    }
    out.push(box);
  }
  return out;
}
