/**
 * Photo checks (图片资料): per file, format/size/EXIF/dates/editing/caption; per run, reuse of the
 * same or a nearly identical photo. Pure: they read facts and the rule set, nothing else.
 * Dates compare as local calendar days ('YYYY-MM-DD' prefixes of the wall-clock capture time).
 */
import { secondFolderOf } from '../units/folder.js';
import type { Check, CheckContext, Emit, IndicatorModel, RunModel } from './types.js';
import { shownDetail } from './shown-detail.js';
import type { ExtractedFile, PhotoFacts } from '../types.js';
import type { FestivalName, ResolvedIndicator } from '../rules/schema.js';
import { PHOTO_DEFAULTS } from '../rules/defaults.js';
import { festivalWindowsInPeriod, type FestivalWindow } from '../festivals/index.js';
import { captionFields, mergeCaptions, parseCaption } from '../text/caption.js';
import { registerCaption } from './register-captions.js';
import { extensionOf } from '../formats/extensions.js';
import { hamming } from '../util/hamming.js';
import { nearPairs } from './near-pairs.js';
import { dayOf, daysApart, daysBetween } from '../windows/days.js';
import { contains, onOrBefore, placeOf, withinPeriod } from '../windows/window.js';

type Params = ResolvedIndicator['photos'];
type Photo = ExtractedFile & { facts: { type: 'photo' } & PhotoFacts };

export interface PhotoCheckDeps {
  /** Festival windows of the period (injectable for tests). */
  festivalWindows?: typeof festivalWindowsInPeriod;
}

const CORE_REPORTED_ERRORS = new Set(['io']); // reported by the core checks

function isPhoto(f: ExtractedFile): f is Photo {
  return f.facts.type === 'photo';
}

function paramsOf(ind: IndicatorModel | null, ctx: CheckContext): Params {
  return ind?.def.photos ?? ctx.rules.fallback?.photos ?? PHOTO_DEFAULTS;
}


/** The capture time used for date checks, and the tag it came from. */
function captureTime(f: PhotoFacts): { at: string; tag: string } | null {
  if (f.capturedAt) {
    const tag = f.capturedAtSource === 'xmp' ? 'XMP:DateTimeOriginal' : f.capturedAtSource === 'iptc' ? 'IPTC:DateCreated' : 'DateTimeOriginal';
    return { at: f.capturedAt, tag };
  }
  if (f.createdAt) return { at: f.createdAt, tag: 'CreateDate' };
  return null;
}

/** Festival windows per rule set and indicator: asked for once per photo, alike for all of them. */
function windowsMemo(deps: PhotoCheckDeps) {
  const cache = new WeakMap<object, Map<unknown, FestivalWindow[] | null>>();
  return (ind: IndicatorModel | null, ctx: CheckContext): FestivalWindow[] | null => {
    let byIndicator = cache.get(ctx.rules);
    if (!byIndicator) cache.set(ctx.rules, (byIndicator = new Map()));
    const key = ind?.def ?? null;
    if (!byIndicator.has(key)) byIndicator.set(key, computeWindows(ind, ctx, deps));
    return byIndicator.get(key)!;
  };
}

function computeWindows(ind: IndicatorModel | null, ctx: CheckContext, deps: PhotoCheckDeps): FestivalWindow[] | null {
  try {
    const all = (deps.festivalWindows ?? festivalWindowsInPeriod)(ctx.rules.period, ctx.rules.festivals);
    const wanted = new Set<FestivalName>(ind?.def.festivals ?? []);
    return wanted.size ? all.filter((w) => wanted.has(w.name)) : all;
  } catch {
    return null; // festival calendar unavailable: the window cannot be judged here
  }
}

function fileCheck(deps: PhotoCheckDeps): Check {
  const windowsFor = windowsMemo(deps);
  return {
    scope: 'file',
    kinds: ['photo'],
    run(file, ind, _unit, ctx, emit) {
      if (!isPhoto(file)) return;
      const f = file.facts;
      const p = paramsOf(ind, ctx);
      const at = { file: file.path };
      const name = file.name;
      const err = file.error;
      if (err && CORE_REPORTED_ERRORS.has(err.code)) return;

      const pixels = (f.width ?? 0) * (f.height ?? 0);
      // The declared size against the county's limit (the extractor only records it).
      if (pixels > p.maxPixels) {
        const seen = `${f.width}×${f.height}`;
        emit('photo.bomb', { ...at, args: { file: name, width: f.width ?? 0, height: f.height ?? 0, expected: p.maxPixels }, evidence: { seen, expected: p.maxPixels } });
        return;
      }
      if (err) {
        emit('photo.unreadable', {
          ...at,
          // Raw values only (the catalog words the code); the extractor's own sentence stays in the evidence.
          args: { file: name, problem: err.code },
          evidence: { seen: err.detail ? `${err.code}: ${shownDetail(file, err.detail)}` : err.code, expected: 'readable image' },
        });
        return;
      }

      if (!(p.formats as string[]).includes(f.format)) {
        emit('photo.format', { ...at, args: { file: name, seen: f.format, expected: [...p.formats] }, evidence: { seen: f.format, expected: p.formats.join('/') } });
      }
      if (!f.extensionMatches) {
        const ext = extensionOf(name);
        emit('photo.extension-mismatch', { ...at, args: { file: name, seen: ext, expected: f.format }, evidence: { seen: ext || null, expected: f.format } });
      }

      // pixel size: long side against the larger minimum, short side against the smaller one
      const w = f.displayWidth ?? f.width;
      const h = f.displayHeight ?? f.height;
      if (w && h) {
        const long = Math.max(w, h);
        const short = Math.min(w, h);
        const needLong = Math.max(p.minWidth, p.minHeight);
        const needShort = Math.min(p.minWidth, p.minHeight);
        if (long < needLong || short < needShort) {
          const seen = `${w}×${h}`;
          const expected = `${p.minWidth}×${p.minHeight}`;
          emit('photo.too-small', { ...at, args: { file: name, width: w, height: h, minWidth: p.minWidth, minHeight: p.minHeight }, evidence: { seen, expected } });
        }
      }
      if (f.bytes < p.minBytes) {
        emit('photo.file-too-small', { ...at, args: { file: name, seen: f.bytes, expected: p.minBytes }, evidence: { seen: f.bytes, expected: p.minBytes } });
      }
      if (f.bytes > p.maxBytes) {
        emit('photo.file-too-large', { ...at, args: { file: name, seen: f.bytes, expected: p.maxBytes }, evidence: { seen: f.bytes, expected: p.maxBytes } });
      }

      // EXIF and capture time
      const cap = captureTime(f);
      if (!f.exif && !cap) {
        const guess = f.format === 'png' ? 'screenshot' : 'copy';
        emit('photo.no-exif', { ...at, args: { file: name, guess }, evidence: { seen: false, expected: true } });
      } else if (!cap) {
        emit('photo.no-capture-time', { ...at, location: { exifTag: 'DateTimeOriginal' }, args: { file: name }, evidence: { seen: null, expected: 'DateTimeOriginal' } });
      }

      const caption = mergeCaptions(parseCaption(name), f.description ? parseCaption(f.description) : null);
      if (cap) {
        const day = dayOf(cap.at);
        const loc = { exifTag: cap.tag };
        const { start, end } = ctx.rules.period;
        if (placeOf(onOrBefore(ctx.asOf), day) === 'after') {
          emit('photo.future', { ...at, location: loc, args: { file: name, seen: cap.at, expected: ctx.asOf }, evidence: { seen: cap.at, expected: ctx.asOf } });
        } else if (placeOf(onOrBefore(ctx.rules.deadline), day) === 'after') {
          emit('photo.after-deadline', { ...at, location: loc, args: { file: name, seen: day, expected: ctx.rules.deadline }, evidence: { seen: day, expected: ctx.rules.deadline } });
        } else if (!contains(withinPeriod(ctx.rules.period), day)) {
          const expected = `${start} ~ ${end}`;
          emit('photo.outside-period', { ...at, location: loc, args: { file: name, seen: day, from: start, to: end }, evidence: { seen: day, expected } });
        } else if (p.within === 'festival') {
          const windows = windowsFor(ind, ctx);
          if (windows && !windows.some((x) => contains(x, day))) {
            const expected = windows.map((x) => `${x.name} ${x.from}~${x.to}`).join('; ') || null;
            const spans = windows.map((x) => ({ festival: x.name, from: x.from, to: x.to }));
            emit('photo.outside-window', { ...at, location: loc, args: { file: name, seen: day, windows: spans }, evidence: { seen: day, expected } });
          }
        }
        if (caption.date) {
          const days = Math.abs(daysBetween(caption.date, day));
          if (days > p.captionToleranceDays) {
            emit('photo.caption-date-mismatch', {
              ...at,
              location: loc,
              args: { file: name, seen: day, expected: caption.date, days },
              evidence: { seen: day, expected: caption.date },
            });
          }
        }
      }

      // editing
      if (f.software) {
        const sw = f.software.toLowerCase();
        const editor = p.editors.find((e) => sw.includes(e.toLowerCase()));
        if (editor) {
          emit('photo.edited-software', { ...at, location: { exifTag: 'Software' }, args: { file: name, seen: f.software }, evidence: { seen: f.software, expected: null } });
        }
      }
      if (cap && f.modifiedAt) {
        const gap = daysApart(cap.at, f.modifiedAt);
        if (gap > p.maxEditGapDays) {
          const days = Math.floor(gap);
          emit('photo.edited-modify-gap', {
            ...at,
            location: { exifTag: 'ModifyDate' },
            args: { file: name, seen: cap.at, expected: f.modifiedAt, days },
            evidence: { seen: f.modifiedAt, expected: `≤ ${p.maxEditGapDays} d after ${cap.at}` },
          });
        }
      }
      const mismatch = thumbnailMismatch(f, p.nearDuplicateDistance);
      if (mismatch) {
        const seen = [mismatch.aspect ? 'aspect ratio differs' : '', mismatch.distance !== null ? `distance ${mismatch.distance}/64` : ''].filter(Boolean).join(', ');
        emit('photo.thumbnail-mismatch', {
          ...at,
          location: { exifTag: 'ThumbnailImage' },
          args: { file: name, aspect: mismatch.aspect, distance: mismatch.distance },
          evidence: { seen, expected: 'thumbnail of this image' },
        });
      }

      // caption (file name, then EXIF description, then the register)
      if (p.caption.length) {
        // Fields the name and description lack may come from the register row listing the photo
        // (its date is compared with the capture day by register.photo-date-mismatch, not here).
        const { present, missing } = captionFields(mergeCaptions(caption, registerCaption(file, ind, ctx.rules.period)), p.caption);
        if (missing.length) {
          emit('photo.caption-missing-fields', {
            ...at,
            args: { file: name, missing, seen: present },
            evidence: { seen: present.join('、') || null, expected: p.caption.join('、') },
          });
        }
      }

      if (f.pixelsUnavailable === 'decode-failed') {
        // The header reads but the decoder refuses the pixels: a damaged photo, not a limit of ours.
        emit('photo.undecodable', { ...at, args: { file: name, format: f.format }, evidence: { seen: f.format, expected: 'decodable pixels' } });
      } else if (f.pixelsUnavailable) {
        // A known limit of this build (HEVC) or of what we decode (BMP): the pixels may be fine.
        emit('photo.pixels-not-checked', { ...at, args: { file: name, detail: f.pixelsUnavailable }, evidence: { seen: f.format, expected: 'decodable pixels' } });
      }
    },
  };
}

/** Why the EXIF thumbnail does not show this image (its aspect ratio, the hash distance out of 64), or null. */
export function thumbnailMismatch(f: PhotoFacts, distance: number): { aspect: boolean; distance: number | null } | null {
  if (!f.hasThumbnail) return null;
  // A thumbnail not decoded because its header declares more than a thumbnail's pixels
  // (THUMBNAIL_PIXEL_LIMIT): its shape is the only evidence, and it is not this image's.
  if (!f.thumbnailDhash) return f.thumbnailAspectMatches === false ? { aspect: true, distance: null } : null;
  const d = f.imageDhash ? hamming(f.thumbnailDhash, f.imageDhash) : null;
  if (f.thumbnailAspectMatches === false && (d === null || d > distance)) return { aspect: true, distance: d };
  // Same picture: 0–13 measured; different pictures: 24–40. Twice the near-duplicate distance.
  if (d !== null && d > 2 * distance) return { aspect: false, distance: d };
  return null;
}

// ---------------------------------------------------------------- reuse (run scope)

/**
 * What the reuse check needs of one photo, and nothing more: a shard carries these for its
 * photos, and the merge runs the same check over all of them (src/report/merge.ts).
 */
export interface PhotoPrint {
  path: string;
  name: string;
  unit: string | null;
  /** The photo lies in a second folder of this unit (县文旅局 - 副本, or 县文旅局（终稿） beside 县文旅局（初稿）; discover). */
  otherFolderOf?: string;
  indicator: string | null;
  sha256: string | null;
  dhash: string | null;
  dhashSource: string;
  /** The shorter side of the picture as shown (0 when unknown): a tiny picture's dHash tells nothing. */
  side: number;
  /** The near-duplicate distance of the photo's indicator. */
  threshold: number;
}

/** The prints of a run's photos that the reuse check compares (empty, unreadable or io-failed photos never are). */
export function photoPrints(run: Pick<RunModel, 'units' | 'files'>, ctx: CheckContext): PhotoPrint[] {
  const thresholds = new Map<ExtractedFile, number>();
  for (const u of run.units) for (const i of u.indicators) for (const f of i.files) thresholds.set(f, i.def.photos.nearDuplicateDistance);
  const otherFolder = new Map<string, string>();
  for (const u of run.units) {
    const of = secondFolderOf(u);
    if (of) otherFolder.set(u.name, of);
  }
  const fallback = ctx.rules.fallback?.photos.nearDuplicateDistance ?? PHOTO_DEFAULTS.nearDuplicateDistance;
  return run.files
    .filter(isPhoto)
    .filter((f) => f.kind === 'photo' && f.size > 0 && !(f.error && ['empty', 'not-image', 'io'].includes(f.error.code)))
    .map((file) => {
      const f = file.facts;
      return {
        path: file.path,
        name: file.name,
        unit: file.unit,
        ...(file.unit !== null && otherFolder.has(file.unit) ? { otherFolderOf: otherFolder.get(file.unit)! } : {}),
        indicator: file.indicator,
        sha256: file.fingerprint?.sha256 ?? null,
        dhash: file.fingerprint?.dhash ?? null,
        dhashSource: file.fingerprint?.dhashSource ?? '',
        side: Math.min(f.displayWidth ?? f.width ?? 0, f.displayHeight ?? f.height ?? 0),
        threshold: thresholds.get(file) ?? fallback,
      };
    });
}

/**
 * A dHash that can tell pictures apart: not from a thumbnail-sized image, and not featureless
 * (a flat or black picture hashes to almost all zeros, and would match every other flat one).
 */
function informative(p: PhotoPrint): boolean {
  if (!p.dhash) return false;
  if (p.side < 32) return false;
  const bits = hamming(p.dhash, '0000000000000000');
  return bits >= 4 && bits <= 60;
}

/**
 * Where the copies are: in two or more units; else with a copy outside any indicator folder (at a
 * unit's root: not "across indicators", and not "within one indicator" when none is in one);
 * else in two or more indicators, or one.
 */
function scopeOf(group: PhotoPrint[]): 'indicator' | 'indicators' | 'units' | 'outside' {
  if (new Set(group.map((f) => f.unit ?? '')).size > 1) return 'units';
  if (group.some((f) => f.indicator === null)) return 'outside';
  if (new Set(group.map((f) => f.indicator)).size > 1) return 'indicators';
  return 'indicator';
}

/** At most this many other places are named in one finding; the count says how many there are. */
const MAX_NAMED = 5;

const byPath = (a: PhotoPrint, b: PhotoPrint) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Every member of a group gets a finding (its status and the JSON stay complete), but the group
 * itself is stated once: each finding carries the group's id, and the report lists the group's
 * files once (report.groups). A finding names at most MAX_NAMED others, so a 500-photo group
 * does not make 250,000 names. Ids are numbered by the groups' first paths, so they do not
 * depend on the order the photos came in (one run or a merge of shards).
 */
function emitGroups(emit: Emit, ruleId: 'photo.duplicate' | 'photo.near-duplicate', groups: PhotoPrint[][], extra: (f: PhotoPrint) => Record<string, string | number>): void {
  const sorted = groups.map((g) => [...g].sort(byPath)).sort((a, b) => byPath(a[0]!, b[0]!));
  sorted.forEach((members, k) => {
    const scope = scopeOf(members);
    const group = `${ruleId}#${k + 1}`;
    // Every member after the first MAX_NAMED names the same first ones: one list, shared (frozen,
    // so its text is written once for all of them).
    const head = Object.freeze(members.slice(0, MAX_NAMED).map((g) => g.path)) as string[];
    members.forEach((f, i) => {
      const others: string[] = i >= MAX_NAMED ? head : [];
      for (const g of i >= MAX_NAMED ? [] : members) {
        if (g === f) continue;
        others.push(g.path);
        if (others.length === MAX_NAMED) break;
      }
      const more = members.length - 1 - others.length;
      emit(ruleId, {
        file: f.path,
        unit: f.unit,
        indicator: f.indicator,
        group,
        args: { file: f.name, others, more, count: members.length, scope, ...extra(f) },
        evidence: { seen: members.length, expected: 'each photo used once' },
      });
    });
  });
}

/**
 * A photo in a second folder of a unit (县文旅局 - 副本, or 县文旅局（终稿） beside 县文旅局（初稿）) with
 * the same bytes as one in another of the unit's folders is that photo copied with the folder, not
 * a reuse: left out of the comparison, so a second folder never makes its unit's own photos duplicates. Any other photo of it is compared
 * as usual (the same picture in another unit is still reuse).
 */
function copiesLeftOut(prints: PhotoPrint[]): PhotoPrint[] {
  if (!prints.some((p) => p.otherFolderOf)) return prints;
  const unitOf = (p: PhotoPrint) => p.otherFolderOf ?? p.unit;
  const folders = new Map<string, Set<string | null>>();
  for (const p of prints) {
    if (!p.sha256) continue;
    const k = `${unitOf(p) ?? ''}\u0000${p.sha256}`;
    (folders.get(k) ?? folders.set(k, new Set()).get(k)!).add(p.unit);
  }
  return prints.filter((p) => !(p.otherFolderOf && p.sha256 && folders.get(`${p.otherFolderOf}\u0000${p.sha256}`)!.size > 1));
}

const reuseCheck: Check = {
  scope: 'run',
  run(run, ctx, emit) {
    const prints = copiesLeftOut(run.photoPrints ?? photoPrints(run, ctx));
    // byte-identical
    const bySha = new Map<string, PhotoPrint[]>();
    for (const p of prints) {
      const h = p.sha256;
      if (!h) continue;
      const g = bySha.get(h);
      if (g) g.push(p);
      else bySha.set(h, [p]);
    }
    emitGroups(emit, 'photo.duplicate', [...bySha.values()].filter((g) => g.length > 1), () => ({}));

    // near-duplicates: link pairs within the threshold, then report each connected group once
    const hashed = prints.filter(informative);
    const n = hashed.length;
    // Flat typed arrays; the pairs found through an index of hash chunks (near-pairs.ts): the
    // same pairs as comparing all of them, which took ~17 s at 100,000 photos.
    const hi = new Int32Array(n);
    const lo = new Int32Array(n);
    const limit = new Int32Array(n);
    const sha = hashed.map((p) => p.sha256 ?? null);
    hashed.forEach((p, i) => {
      const h = p.dhash!;
      hi[i] = parseInt(h.slice(0, 8), 16) | 0;
      lo[i] = parseInt(h.slice(8), 16) | 0;
      limit[i] = p.threshold;
    });
    // Typed arrays, not a Map: a tight cluster of 15,000 photos is ~100 million pairs to link
    // (a Map of best distances took 9.6 s of 100,000 photos' search, these 5.4).
    const parent = Int32Array.from(hashed, (_, i) => i);
    // Iterative (a long chain of links must not run out of stack), halving the path as it goes.
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    /** Each photo's smallest distance to another it is linked with; -1: none. */
    const best = new Int8Array(n).fill(-1);
    nearPairs({ hi, lo, limit, sha }, (i, j, d) => {
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[a] = b;
      if (best[i]! < 0 || d < best[i]!) best[i] = d;
      if (best[j]! < 0 || d < best[j]!) best[j] = d;
    });
    const groups = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      if (best[i]! < 0) continue;
      const r = find(i);
      const g = groups.get(r);
      if (g) g.push(i);
      else groups.set(r, [i]);
    }
    const dist = new Map<PhotoPrint, number>();
    const near = [...groups.values()].map((idx) => idx.map((i) => {
      dist.set(hashed[i]!, best[i]!);
      return hashed[i]!;
    }));
    emitGroups(emit, 'photo.near-duplicate', near, (f) => ({ distance: dist.get(f) ?? 0, source: f.dhashSource }));
  },
};

export function createPhotoChecks(deps: PhotoCheckDeps = {}): Check[] {
  return [fileCheck(deps), reuseCheck];
}

export const photoChecks: Check[] = createPhotoChecks();
