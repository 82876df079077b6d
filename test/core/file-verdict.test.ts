/** What a finding does to its file's verdict lives beside the checks, not in the message catalog. */
import { describe, expect, it } from 'vitest';
import { fileStatus } from '../../src/report/build.js';
import { COVERS_UNCHECKED, LEAVES_UNCHECKED } from '../../src/checks/file-verdict.js';
import { catalog, ruleIds, type RuleId } from '../../src/messages/index.js';
import type { ExtractedFile, Finding } from '../../src/types.js';

const file = (error?: { code: string; detail: string }) => ({ path: 'a/b.pdf', kind: 'report', ...(error ? { error } : {}) }) as unknown as ExtractedFile;
const finding = (ruleId: RuleId, severity: Finding['severity'] = 'warning'): Finding =>
  ({ ruleId, severity, unit: 'a', indicator: null, file: 'a/b.pdf', args: {}, message: '' });

describe('file verdict sets', () => {
  it('the catalog holds text only: severity, title, message, why, fix', () => {
    for (const id of ruleIds) expect(Object.keys(catalog[id]).sort()).toEqual(['fix', 'message', 'severity', 'title', 'why']);
  });
  it('a warning that leaves its file unchecked makes it not-checked; any other warning passes', () => {
    expect([...LEAVES_UNCHECKED].sort()).toEqual(['ocr.image-refused', 'ocr.page-unreadable', 'ocr.pages-skipped', 'report.element-unsure', 'signoff.manual-review', 'video.unreadable']);
    for (const id of LEAVES_UNCHECKED) expect(fileStatus(file(), [finding(id)])).toBe('not-checked');
    expect(fileStatus(file(), [finding('report.summary-style')])).toBe('pass');
  });
  it('an unread file stays not-checked unless a finding that covers it is present', () => {
    expect([...COVERS_UNCHECKED]).toEqual(['doc.scanned-copy', 'video.unreadable']);
    const scan = file({ code: 'scanned', detail: 'no text' });
    expect(fileStatus(scan, [])).toBe('not-checked');
    expect(fileStatus(scan, [finding('doc.scanned-copy', 'info')])).toBe('pass');
    expect(fileStatus(scan, [finding('report.undated', 'info')])).toBe('not-checked');
  });
});
