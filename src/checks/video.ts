/**
 * Video checks (视频资料): per file, readable, dated, recorded inside the evaluation period, and
 * as long as the indicator asks. Pure: facts and the rule set only.
 *
 * China time. The period is a run of China calendar days, so a video's date is taken in China
 * time (UTC+8; China has kept no daylight-saving time since 1991):
 * - the QuickTime/Apple metadata date is preferred (com.apple.quicktime.creationdate, else ©day):
 *   with a zone (+0800, Z …) it is converted to China time; without one it is taken as China
 *   wall-clock time already (as EXIF times are); a date alone is that China day;
 * - else mvhd's creation time, which the format defines as UTC, plus 8 hours: 2026-07-31T16:30Z
 *   is 2026-08-01 00:30 in China. (A camera that wrongly writes local time into mvhd is off by 8 h;
 *   exiftool assumes UTC too.)
 */
import type { Check } from './types.js';
import { shownDetail } from './shown-detail.js';
import type { VideoFacts } from '../types.js';
import { isCoreError } from './materials.js';
import { soundOnly, videoRequirement } from '../kinds/video-requirement.js';
import { chinaWallClock, dayOf, placeOf, withinPeriod } from '../windows/index.js';

/** The China time a video was recorded, and where it was read: a metadata tag or 'mvhd'. */
export function videoChinaTime(f: VideoFacts): { time: string; source: string } | null {
  const m = f.metadataDate;
  if (m?.time) {
    if (m.time.length === 10 || !m.offset) return { time: m.time, source: m.tag };
    const t = chinaWallClock(`${m.time}${m.offset}`);
    if (t) return { time: t, source: m.tag };
  }
  if (f.createdUtc) {
    const t = chinaWallClock(f.createdUtc);
    if (t) return { time: t, source: 'mvhd' };
  }
  return null;
}

/** The tag a finding points at, by exiftool's names (QuickTime:CreateDate is mvhd's). */
const TAG_OF: Record<string, string> = {
  mvhd: 'QuickTime:CreateDate',
  '©day': 'QuickTime:ContentCreateDate',
  'com.apple.quicktime.creationdate': 'QuickTime:CreationDate',
};

export const videoChecks: Check[] = [
  {
    scope: 'file',
    kinds: ['video'],
    run(file, ind, _unit, ctx, emit) {
      if (file.facts.type !== 'video') return;
      const f = file.facts;
      const at = { file: file.path };
      const name = file.name;
      const err = file.error;
      if (err && isCoreError(err.code)) return; // io, links, special files: the core check's
      if (err) {
        emit('video.unreadable', { ...at, args: { file: name, problem: err.code, ...err.args }, evidence: { seen: `${err.code}: ${shownDetail(file, err.detail)}`, expected: 'readable video' } });
        return;
      }
      if (soundOnly(file)) {
        emit('video.no-picture', { ...at, args: { file: name, audioTracks: f.audioTracks }, evidence: { seen: `${f.videoTracks} video, ${f.audioTracks} audio tracks`, expected: 'a video track' } });
      }
      const when = videoChinaTime(f);
      if (!when) {
        emit('video.no-date', { ...at, location: { exifTag: TAG_OF.mvhd }, args: { file: name }, evidence: { seen: null, expected: 'creation date' } });
      } else {
        const day = dayOf(when.time);
        const { start, end } = ctx.rules.period;
        if (placeOf(withinPeriod(ctx.rules.period), day) !== 'inside') {
          emit('video.outside-period', {
            ...at,
            location: { exifTag: TAG_OF[when.source] ?? when.source },
            args: { file: name, seen: day, start, end, source: when.source },
            evidence: { seen: when.time, expected: `${start} ~ ${end}` },
          });
        }
      }
      const need = videoRequirement((ind?.def ?? ctx.rules.fallback).materials).minSeconds;
      if (need > 0 && f.durationSeconds !== null && f.durationSeconds < need) {
        emit('video.too-short', { ...at, args: { file: name, seen: f.durationSeconds, expected: need }, evidence: { seen: f.durationSeconds, expected: need } });
      }
    },
  },
];
