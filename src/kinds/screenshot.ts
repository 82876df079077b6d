/**
 * kind: screenshot — 截图, e.g. of an online activity (线上活动截图: a 公众号 post, a live stream,
 * a 腾讯会议 screen). A screenshot is an image file whose name or own folder (inside the indicator
 * folder) says so (`cues`: 截图, 截屏 …), or whose embedded description or Software tag does
 * (iOS writes "Screenshot"). With `online: true` it must also be tied to an online activity: an
 * online word (`onlineCues`: 线上, 网上, 直播, 公众号 …) in its name, own folder or description.
 * At least `min` are needed.
 */
import { lazySchemas } from '../rules/zod-lazy.js';
import type { ExtractedFile } from '../types.js';
import { ONLINE_WORDS } from '../text/register-online.js';
import { innerFolders, mentions, stripExtension, type KindModule } from './types.js';

/** The schema, made when a rule file is read (src/rules/zod-lazy.ts). */
export const screenshotMaterial = lazySchemas((z) =>
  z
    .object({
      kind: z.literal('screenshot'),
      min: z.number().int().min(0).optional().describe('screenshots needed (default 1)'),
      online: z.boolean().optional().describe('only screenshots of an online activity count'),
      cues: z.array(z.string().min(1)).optional().describe('words that mark an image as a screenshot'),
      onlineCues: z.array(z.string().min(1)).optional().describe('words that tie it to an online activity'),
    })
    .strict(),
);

export type ScreenshotMaterial = { kind: 'screenshot'; min: number; online: boolean; cues: string[]; onlineCues: string[] };

export const SCREENSHOT_CUES = ['截图', '截屏', '屏幕截图', '屏幕快照', '屏幕录制', 'screenshot', 'screen shot'];
/** The register's own words for an online activity (one list). */
export const ONLINE_CUES = ONLINE_WORDS.source.split('|');

export function isScreenshot(file: ExtractedFile, folder: string | null, m: Pick<ScreenshotMaterial, 'online' | 'cues' | 'onlineCues'>): boolean {
  if (file.kind !== 'photo') return false;
  const names = [stripExtension(file.name), ...innerFolders(file, folder)];
  const f = file.facts.type === 'photo' ? file.facts : null;
  const told = [...names, f?.description, f?.software];
  if (!mentions(told, m.cues)) return false;
  return !m.online || mentions([...names, f?.description], m.onlineCues);
}

export const screenshotKind: KindModule<ScreenshotMaterial> = {
  kind: 'screenshot',
  get schema() {
    return screenshotMaterial();
  },
  repeatable: true,
  defaults: { min: 1, online: false, cues: SCREENSHOT_CUES, onlineCues: ONLINE_CUES },
  explain: {
    zh: '截图：文件名、所在子文件夹、图片说明或软件标记含“截图/截屏/Screenshot”等词的图片不少于 min 张；online: true 时还须由“线上/网上/直播/公众号”等词表明是线上活动。',
    en: 'Screenshots: at least `min` images whose name, own folder, description or Software tag says 截图/截屏/Screenshot; with `online: true` an online word (线上, 网上, 直播, 公众号 …) must also tie it to an online activity.',
  },
  ruleIds: ['material.screenshots-too-few'],
  identity: (m) => `screenshot:${m.online ? 'online' : 'any'}`,
  judge({ files, folder }, m) {
    const seen = files.filter((f) => isScreenshot(f, folder, m)).length;
    return seen < m.min
      ? { ruleId: 'material.screenshots-too-few', args: { seen, expected: m.min, online: !!m.online }, evidence: { seen, expected: m.min } }
      : null;
  },
};
