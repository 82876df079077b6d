/**
 * What checks/video.ts needs of the video kind (kinds/video.ts), without its rule-file schema: the
 * checks run on every re-run, the schema (zod) only when a rule file is read.
 */
import type { ExtractedFile } from '../types.js';
import type { Material } from './types.js';

export type VideoMaterial = { kind: 'video'; min: number; minSeconds: number };

export const VIDEO_DEFAULTS = { min: 1, minSeconds: 0 };

/**
 * A file read as a video whose movie holds sound and no picture (a sound recording):
 * video.no-picture. A track without a handler but with a picture size stands for the picture
 * (the extractor reports its size, not a video track), so a size means a picture.
 */
export const soundOnly = (f: ExtractedFile): boolean =>
  f.facts.type === 'video' && f.facts.videoTracks === 0 && f.facts.audioTracks > 0 && !f.facts.width && !f.facts.height;

/**
 * Videos that count: files read as videos with a picture track (one that could not be read, or
 * holds only sound, is reported, and does not count).
 */
export const countVideos = (files: readonly ExtractedFile[]): number => files.filter((f) => f.kind === 'video' && !f.error && !soundOnly(f)).length;

/** The indicator's video entry (defaults filled in), or "none asked for" (min 0, any length) when it has none. */
export function videoRequirement(materials: readonly Material[] | undefined): VideoMaterial {
  const m = materials?.find((x) => x.kind === 'video');
  return m ? ({ ...VIDEO_DEFAULTS, ...m } as VideoMaterial) : { kind: 'video', min: 0, minSeconds: 0 };
}
