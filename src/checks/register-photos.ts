/** Matching the photo names a register lists to the photo files of the indicator folder. */
import type { ExtractedFile } from '../types.js';

const key = (s: string) => s.normalize('NFC').trim().toLowerCase();
const base = (s: string) => s.split(/[\\/]/).pop() ?? s;
const stem = (s: string) => s.replace(/\.[a-z0-9]{2,5}$/i, '');

export interface PhotoIndex {
  /** The photo file a register entry names (exact name, else same name without extension), or null. */
  find(listed: string): ExtractedFile | null;
  photos: ExtractedFile[];
}

export function photoIndex(files: ExtractedFile[]): PhotoIndex {
  const photos = files.filter((f) => f.kind === 'photo');
  const byName = new Map<string, ExtractedFile>();
  const byStem = new Map<string, ExtractedFile[]>();
  for (const p of photos) {
    byName.set(key(p.name), p);
    const s = key(stem(p.name));
    byStem.set(s, [...(byStem.get(s) ?? []), p]);
  }
  return {
    photos,
    find(listed) {
      const k = key(base(listed));
      const exact = byName.get(k);
      if (exact) return exact;
      const same = byStem.get(stem(k));
      return same && same.length === 1 ? same[0]! : null;
    },
  };
}

/** Capture day of a photo ('YYYY-MM-DD'), from EXIF DateTimeOriginal (local time). */
export function captureDay(f: ExtractedFile): string | null {
  return f.facts.type === 'photo' && f.facts.capturedAt ? f.facts.capturedAt.slice(0, 10) : null;
}
