/**
 * A finding's identity across runs for GitLab's code-quality fingerprint: the rule, file, unit,
 * indicator, place and the message's raw values — but not the run's own date (asOf, "today" by
 * default): unit.deadline-passed says 检查日期 2027-03-01 and photo.future compares with it, so with
 * the date in the hash a daily CI run saw those findings as new every day (final-review21; SARIF's
 * partialFingerprints leave the values out altogether, adfa2582).
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

export function findingFingerprint(f: Finding, asOf: string): string {
  const args = Object.fromEntries(Object.entries(f.args ?? {}).filter(([, v]) => v !== asOf));
  return createHash('sha256')
    .update([f.ruleId, f.file ?? '', f.unit ?? '', f.indicator ?? '', JSON.stringify(f.location ?? {}), JSON.stringify(args)].join('\u0000'))
    .digest('hex');
}
