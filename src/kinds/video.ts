/**
 * kind: video — 视频资料 (.mp4 .m4v .mov .3gp, recognised by content). At least `min` files read
 * as videos in the indicator folder; each video is also checked on its own (checks/video.ts):
 * readable, dated, recorded inside the evaluation period (China time), and at least `minSeconds`
 * long when that is set.
 *
 *   materials:
 *     - { kind: video, min: 1 }                  # 视频资料 ≥ 1
 *     - { kind: video, min: 2, minSeconds: 30 }  # two clips of at least 30 s
 */
import { z } from '../rules/zod.js';
import type { ExtractedFile } from '../types.js';

export const videoMaterial = z
  .object({
    kind: z.literal('video'),
    min: z.number().int().min(0).optional().describe('videos needed (default 1)'),
    minSeconds: z.number().min(0).optional().describe('shortest video accepted, in seconds (default 0: any length)'),
  })
  .strict();

export type VideoMaterial = { kind: 'video'; min: number; minSeconds: number };

export const VIDEO_DEFAULTS: Omit<VideoMaterial, 'kind'> = { min: 1, minSeconds: 0 };

/** Videos that count: files read as videos (an unreadable one is reported, and does not count). */
export const countVideos = (files: readonly ExtractedFile[]): number => files.filter((f) => f.kind === 'video' && !f.error).length;

/** The indicator's video entry (defaults filled in), or "none asked for" (min 0) when it has none. */
export function videoRequirement(def: object | null | undefined): VideoMaterial {
  const list = (def as { materials?: readonly ({ kind: string } & Record<string, unknown>)[] } | null | undefined)?.materials;
  const m = list?.find((x) => x.kind === 'video');
  return m ? ({ ...VIDEO_DEFAULTS, ...m } as VideoMaterial) : { kind: 'video', min: 0, minSeconds: 0 };
}
