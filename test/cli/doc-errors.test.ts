import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePdf, makeScanJpeg, truncatePdf } from '../../fixtures/build/pdf.js';
import { makeEncryptedOoxml } from '../../fixtures/build/cfb.js';
import { reportParas } from '../../fixtures/build/texts.js';
import { runBin, tempDir, writeFile } from './helpers.js';
import { SCENARIO_RULES } from './scenario.js';

/** Issue 4's acceptance: a scanned, an encrypted and a corrupt report each have their own finding and exit 1. */
const tmp = tempDir('lc-docerr-');

const unit = path.join(tmp, '县教育局');
beforeAll(async () => {
  const text = reportParas({ unit: '县教育局', indicator: '志愿服务', date: '2026-06-28' }).map((p) => p.text);
  writeFile(unit, 'Ⅱ—8 未成年人思想道德建设/说明报告（扫描件）.pdf', makePdf({ pages: [{ image: await makeScanJpeg(400, 566, 3) }] }));
  writeFile(unit, 'Ⅲ—15 志愿服务/说明报告.pdf', makePdf({ pages: [text], encrypt: { userPassword: 'abc123' } }));
  writeFile(unit, 'Ⅲ—15 志愿服务/情况说明.docx', makeEncryptedOoxml());
  writeFile(unit, 'Ⅲ—15 志愿服务/说明材料.pdf', truncatePdf(makePdf({ pages: [text, text] }), 0.3));
  fs.writeFileSync(path.join(tmp, 'rules.yaml'), SCENARIO_RULES.replace('min: 2', 'min: 0'));
});

describe('unreadable reports', () => {
  it('each get their own finding, are not checked, and the run exits 1', () => {
    const r = runBin([unit, '--rules', path.join(tmp, 'rules.yaml'), '--as-of', '2026-10-20', '-f', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout);
    const byFile = (suffix: string) => doc.findings.filter((f: { file: string }) => f.file?.endsWith(suffix)).map((f: { ruleId: string }) => f.ruleId);
    // A scan OCR read nothing usable from (this one is noise) is told by its page's ocr.page-unreadable alone, not doc.scanned
    // as well (19963d59; doc.scanned stays under --no-ocr): still its own finding, and the file is not checked.
    expect(byFile('说明报告（扫描件）.pdf')).toContain('ocr.page-unreadable');
    expect(byFile('说明报告（扫描件）.pdf')).not.toContain('doc.scanned');
    expect(byFile('说明报告.pdf')).toContain('doc.encrypted');
    expect(byFile('情况说明.docx')).toContain('doc.encrypted');
    expect(byFile('说明材料.pdf')).toContain('doc.corrupt');
    for (const f of doc.files.filter((x: { kind: string }) => x.kind === 'report')) expect(f.status).not.toBe('pass');
    // Raw values only: the parser's own words (pdf.js: "Invalid PDF structure") are in no arg and no message.
    const corrupt = doc.findings.find((f: { ruleId: string }) => f.ruleId === 'doc.corrupt');
    expect(corrupt.args).toEqual({ code: 'corrupt', format: 'pdf', reason: 'damaged' });
    expect(corrupt.message).toBe('文件无法打开，可能已损坏或未完整复制');
    // No generic fallback on top of the specific finding.
    expect(doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'file.unreadable')).toEqual([]);
  });
});
