/**
 * A file that cannot be read is file.unreadable, and its evidence (the OS error the extractor
 * recorded) names the file by its path in the checked folder: Node's message names the absolute
 * path (`ENOENT: no such file or directory, open '/tmp/…/县教育局/…/说明报告.docx'`), which showed
 * where the county office keeps its drive in every output. The fixture is a report listed by
 * discovery and removed before it is read.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/document.js';
import { evaluate, verdictInputOf } from '../../src/evaluate.js';
import type { RunModel } from '../../src/checks/types.js';
import type { ExtractedFile } from '../../src/types.js';
import { discovered, ruleSet } from '../report/helpers.js';

describe('an I/O error names the file relative to the checked folder', () => {
  it('file.unreadable evidence and the verdict input carry the relative path, never the absolute one', async () => {
    const d = discovered(Buffer.from('县教育局关于志愿服务工作情况的说明报告'), '说明报告.txt', 'text');
    const abs = d.absPath.toString('utf8');
    rmSync(abs);
    const r = await extractDocument(d);
    // The extractor's record keeps Node's message (inspect shows it as it was).
    expect(r.error).toMatchObject({ code: 'io', reason: 'ENOENT' });
    expect(r.error!.detail).toContain(abs);
    const f: ExtractedFile = { ...d, facts: r.facts, error: r.error };
    const model: RunModel = { units: [{ name: '县教育局', folder: '县教育局', indicators: [], assigned: [], rootFiles: [], files: [f] }], files: [f] };
    const found = evaluate(model, { rules: ruleSet(), asOf: '2026-10-20', lang: 'zh' }).filter((x) => x.file === f.path);
    const unreadable = found.find((x) => x.ruleId === 'file.unreadable')!;
    expect(unreadable.evidence?.seen).toBe(`ENOENT: no such file or directory, open '${f.path}'`);
    expect(JSON.stringify(found)).not.toContain(abs);
    expect(verdictInputOf(f).error?.detail).toBe(`ENOENT: no such file or directory, open '${f.path}'`);
  });
});
