/**
 * A file renamed after its review (users20): the record is keyed by path AND content hash, and a person's
 * review is of the bytes (移交签单.jpg read by eye: signatures and date). The same bytes under a new name
 * in the same unit were a new, unreviewed finding plus review.unused "no such file" — the clerk had to
 * review the same sheet again. Decided: an entry whose file is gone keeps applying to the one file of
 * the same unit with the same content hash that has its rule's finding and no entry of its own, and says
 * so (review.renamed, info, naming the new path to write). Not across units (the same sign-off sheet
 * copied into another unit is not that unit's sign-off), not when two such files would share it, never
 * when the bytes differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { sha256File } from '../../src/review/files.js';
import { MAX_HASHED_BYTES } from '../../src/extract/limits.js';
import { repoRoot } from '../cli/helpers.js';
import { tempDirEach } from '../helpers/temp.js';

const fresh = tempDirEach('lc-review-renamed-');
const county = async () => {
  const dir = fresh();
  fs.cpSync(path.join(repoRoot, 'fixtures/demo/台账'), path.join(dir, '台账'), { recursive: true });
  const sheet = path.join(dir, '台账/县教育局/移交签单.jpg');
  const sha = await sha256File(sheet, MAX_HASHED_BYTES);
  const record = path.join(dir, 'ledger-check-review.yaml');
  fs.writeFileSync(
    record,
    `version: 1\nentries:\n  - file: 台账/县教育局/移交签单.jpg\n    sha256: ${sha}\n    rule: signoff.manual-review\n    verdict: accepted\n    reason: 已核对原件\n    by: 县创文办\n    at: 2026-10-20T09:00:00Z\n`,
  );
  return { dir, sheet, record, ledger: path.join(dir, '台账') };
};
const run = (root: string, review: string, lang: 'zh' | 'en' = 'zh') => check({ path: root, review, asOf: '2026-10-20', ocr: false, nearDuplicates: false, lang });
const manual = (r: Awaited<ReturnType<typeof run>>, file: string) => r.findings.find((f) => f.ruleId === 'signoff.manual-review' && f.file === file);

describe('a reviewed file renamed, bytes unchanged', () => {
  it('keeps its review, with a note naming the path to write (county run and the unit run, zh and en)', async () => {
    const { sheet, record, ledger } = await county();
    fs.renameSync(sheet, path.join(path.dirname(sheet), '移交签单（盖章）.jpg'));
    for (const lang of ['zh', 'en'] as const) {
      for (const [root, file] of [[ledger, '县教育局/移交签单（盖章）.jpg'], [path.join(ledger, '县教育局'), '移交签单（盖章）.jpg']] as const) {
        const r = await run(root, record, lang);
        expect(manual(r, file)?.status, `${lang} ${root}`).toBe('reviewed');
        expect(manual(r, file)?.review).toMatchObject({ reason: '已核对原件', by: '县创文办' });
        expect(r.findings.filter((f) => f.ruleId === 'review.unused')).toEqual([]);
        const note = r.findings.find((f) => f.ruleId === 'review.renamed')!;
        expect(note).toMatchObject({ severity: 'info', file, args: { written: '台账/县教育局/移交签单.jpg', now: '台账/县教育局/移交签单（盖章）.jpg', line: 3 } });
        expect(note.message).toContain('台账/县教育局/移交签单（盖章）.jpg');
        expect(r.review).toMatchObject({ applied: 1, unused: 0 });
      }
    }
  });

  it('moved to another indicator folder of the same unit: kept', async () => {
    const { sheet, record, ledger } = await county();
    const to = path.join(ledger, '县教育局/Ⅲ—12 我们的节日/移交签单.jpg');
    fs.renameSync(sheet, to);
    const r = await run(ledger, record);
    expect(r.findings.find((f) => f.ruleId === 'review.renamed')?.args.now).toBe('台账/县教育局/Ⅲ—12 我们的节日/移交签单.jpg');
  });
});

describe('not carried over', () => {
  it('to another unit holding the same bytes (its own sign-off is not reviewed by this entry)', async () => {
    const { sheet, record, ledger } = await county();
    const other = path.join(ledger, '县卫健委/移交签单.jpg');
    fs.copyFileSync(sheet, other);
    fs.rmSync(sheet);
    const r = await run(ledger, record);
    expect(manual(r, '县卫健委/移交签单.jpg')?.status).toBeUndefined();
    expect(r.findings.find((f) => f.ruleId === 'review.renamed')).toBeUndefined();
    expect(r.findings.find((f) => f.ruleId === 'review.unused')?.args.why).toBe('no-file');
  });

  it('when two files of the unit hold those bytes (which one was meant is not known)', async () => {
    const { sheet, record } = await county();
    fs.copyFileSync(sheet, path.join(path.dirname(sheet), '移交签单（一）.jpg'));
    fs.renameSync(sheet, path.join(path.dirname(sheet), '移交签单（二）.jpg'));
    const r = await run(path.join(path.dirname(sheet)), record);
    expect(r.findings.filter((f) => f.ruleId === 'signoff.manual-review' && f.status === 'reviewed')).toEqual([]);
    expect(r.findings.find((f) => f.ruleId === 'review.renamed')).toBeUndefined();
  });

  it('when the renamed file changed too (a new scan): a new review is needed', async () => {
    const { sheet, record, ledger } = await county();
    const to = path.join(path.dirname(sheet), '移交签单（新）.jpg');
    fs.renameSync(sheet, to);
    fs.appendFileSync(to, Buffer.from([0]));
    const r = await run(ledger, record);
    expect(manual(r, '县教育局/移交签单（新）.jpg')?.status).toBeUndefined();
    expect(r.findings.find((f) => f.ruleId === 'review.unused')?.args.why).toBe('no-file');
  });

  it('the original still there: the entry applies to it, a copy is not reviewed', async () => {
    const { sheet, record, ledger } = await county();
    fs.copyFileSync(sheet, path.join(path.dirname(sheet), '移交签单 - 副本.jpg'));
    const r = await run(ledger, record);
    expect(manual(r, '县教育局/移交签单.jpg')?.status).toBe('reviewed');
    expect(manual(r, '县教育局/移交签单 - 副本.jpg')?.status).toBeUndefined();
    expect(r.findings.find((f) => f.ruleId === 'review.renamed')).toBeUndefined();
  });
});
