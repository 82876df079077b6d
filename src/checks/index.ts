/** Every check the tool runs, in one list. */
import type { Check } from './types.js';
import { materialChecks } from './materials.js';
import { photoChecks } from './photo.js';
import { reportChecks } from './report.js';
import { registerChecks } from './register.js';
import { festivalChecks } from './festival.js';
import { ocrCheck } from './ocr.js';
import { controlFileChecks } from './control-files.js';
import { registerBoundsCheck } from './register-bounds.js';
import { registerHiddenCheck } from './register-hidden.js';
import { docHiddenTextCheck } from './doc-hidden.js';
import { videoChecks } from './video.js';

export const allChecks: readonly Check[] = [
  ...materialChecks,
  ...photoChecks,
  ...reportChecks,
  ...registerChecks,
  ...festivalChecks,
  ocrCheck,
  ...controlFileChecks,
  registerBoundsCheck,
  registerHiddenCheck,
  docHiddenTextCheck,
  ...videoChecks,
];
