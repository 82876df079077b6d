/**
 * A file's kind from its content (sniffed container) and name/folder cues from the rule set.
 * The extension only breaks ties between formats that share a container (.doc vs .xls in CFB).
 */
import type { Container, FileKind } from '../types.js';
import type { RuleSet } from '../rules/schema.js';
import { DOCUMENT_EXTENSIONS as DOC_EXT, SHEET_EXTENSIONS as SHEET_EXT, TEXT_DOCUMENT_EXTENSIONS as TEXT_DOC_EXT, extensionFormat, extensionOf, videoExtensionFormat } from '../formats/extensions.js';
import { IMAGE_CONTAINERS, VIDEO_CONTAINERS } from '../formats/sniff.js';

type Cued = 'signoff' | 'evaluation' | 'report' | 'register' | 'document';
const CUE_ORDER: Cued[] = ['signoff', 'evaluation', 'report', 'register', 'document'];

/** The first cue kind whose words appear in the file name, else in its folders (innermost first). */
export function cueKind(name: string, folders: string[], classify: RuleSet['classify']): Cued | null {
  for (const text of [stripExt(name), ...[...folders].reverse()]) {
    for (const kind of CUE_ORDER) {
      if (classify[kind].some((w) => text.includes(w))) return kind;
    }
  }
  return null;
}

/**
 * Only the file's own name reclassifies an image: any sign-off cue (no activity photo is called
 * 签单), and evaluation/report cue words of four or more characters (部门评价, 说明报告).
 */
function strongImageCue(name: string, classify: RuleSet['classify']): 'signoff' | 'evaluation' | 'report' | null {
  const text = stripExt(name);
  if (classify.signoff.some((w) => text.includes(w))) return 'signoff';
  for (const kind of ['evaluation', 'report'] as const) {
    if (classify[kind].some((w) => [...w].length >= 4 && text.includes(w))) return kind;
  }
  return null;
}

function stripExt(name: string): string {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(0, i) : name;
}


export function classify(
  container: Container,
  name: string,
  folders: string[],
  rules: RuleSet,
): FileKind {
  const cue = cueKind(name, folders, rules.classify);
  const ext = extensionOf(name);
  if (IMAGE_CONTAINERS.has(container)) {
    // A photographed or scanned sign-off sheet / evaluation / report is still that material, but
    // only on an unmistakable name (移交签单, 部门评价, 说明报告 …): a photo of a 互相评价 activity
    // or one in a folder named 说明 stays a photo.
    const strong = strongImageCue(name, rules.classify);
    return strong ?? 'photo';
  }
  // A video is a video whatever its name says (no video is a 说明报告).
  if (VIDEO_CONTAINERS.has(container)) return 'video';
  switch (container) {
    case 'pdf':
    case 'docx':
    case 'ofd':
      return cue && cue !== 'register' ? cue : 'document';
    case 'xlsx':
      return 'register';
    case 'cfb':
    case 'zip':
      if (SHEET_EXT.has(ext)) return 'register';
      if (DOC_EXT.has(ext)) return cue && cue !== 'register' ? cue : 'document';
      return 'other';
    case 'text':
      if (ext === 'csv') return 'register';
      if (TEXT_DOC_EXT.has(ext) && cue && cue !== 'register') return cue;
      return 'other';
    case 'empty':
    case 'unknown':
      // Nothing (or nothing recognisable) to sniff: trust the name, so that a damaged photo or
      // PDF is reported as a broken photo or PDF rather than as a stray file.
      if (SHEET_EXT.has(ext)) return 'register';
      if (extensionFormat(name)) return cue === 'signoff' ? 'signoff' : 'photo';
      if (videoExtensionFormat(name)) return 'video';
      if (DOC_EXT.has(ext)) return cue && cue !== 'register' ? cue : 'document';
      return 'other';
    default:
      return 'other';
  }
}
