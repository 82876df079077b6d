/**
 * kind: video — 视频资料 (.mp4 .m4v .mov .3gp, recognised by content). At least `min` files read
 * as videos in the indicator folder; a video that cannot be read (video.unreadable) or holds
 * only sound (video.no-picture) does not count. Each video is also checked on its own (checks/video.ts): readable, dated, recorded
 * inside the evaluation period (China time), and at least `minSeconds` long when that is set.
 *
 *   materials:
 *     - { kind: video, min: 1 }                  # 视频资料 ≥ 1
 *     - { kind: video, min: 2, minSeconds: 30 }  # two clips of at least 30 s
 */
import { lazySchemas } from '../rules/zod-lazy.js';
import type { KindModule } from './types.js';
import { countVideos, videoRequirement, VIDEO_DEFAULTS, type VideoMaterial } from './video-requirement.js';

/** The schema, made when a rule file is read (src/rules/zod-lazy.ts). */
export const videoMaterial = lazySchemas((z) =>
  z
    .object({
      kind: z.literal('video'),
      min: z.number().int().min(0).optional().describe('videos needed (default 1)'),
      minSeconds: z.number().min(0).optional().describe('shortest video accepted, in seconds (default 0: any length)'),
    })
    .strict(),
);

export { countVideos, videoRequirement, type VideoMaterial };

export const videoKind: KindModule<VideoMaterial> = {
  kind: 'video',
  get schema() {
    return videoMaterial();
  },
  repeatable: false,
  defaults: VIDEO_DEFAULTS,
  explain: {
    zh: '视频资料：指标文件夹中能读取的视频（.mp4/.mov/.3gp，按内容识别）不少于 min 个；每个视频的拍摄时间（北京时间）须在测评周期内，写了 minSeconds 时时长不少于该秒数。',
    en: 'Videos: at least `min` readable videos (.mp4/.mov/.3gp, recognised by content) in the indicator folder; each must be recorded inside the evaluation period (China time) and, with `minSeconds`, be at least that long.',
  },
  ruleIds: ['material.videos-too-few'],
  identity: () => 'video',
  judge({ files }, m) {
    const seen = countVideos(files);
    return seen < m.min ? { ruleId: 'material.videos-too-few', args: { seen, expected: m.min }, evidence: { seen, expected: m.min } } : null;
  },
};
