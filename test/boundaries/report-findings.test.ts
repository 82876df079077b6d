/**
 * Every finding of the text-document checks in full (rule id, place, raw args, evidence) on
 * document facts built in memory, with the count limits just under / on: citations, data points,
 * length; a 文号 year after the report's own date; unreadable files by error code; the stamped
 * scan beside its text version; the evaluation's issuer; the sign-off sheet's forms.
 */
import { describe, expect, it } from 'vitest';
import { DOC_ERROR_RULES, reportChecks } from '../../src/checks/report.js';
import { evaluateLocal } from '../../src/evaluate.js';
import type { RunModel } from '../../src/checks/types.js';
import type { Citation, DocumentFacts, ExtractedFile } from '../../src/types.js';
import { renderMessage } from '../../src/messages/index.js';
import { ctxOf, DEADLINE, doc, indicatorOf, photo, rules, runChecks, unitOf, type Hit } from './helpers.js';

const rs = rules({ indicators: [{ code: 'III-12', name: '我们的节日', report: { minChars: 100, minDataPoints: 2, minCitations: 2 } }] } as never);
const cite = (raw: string, over: Partial<Citation> = {}): Citation => ({ raw, title: '关于开展创文工作的通知', year: 2025, wellFormed: true, corrected: null, problems: [], ...over });
const GOOD: Partial<DocumentFacts> = {
  textLength: 100,
  text: '县教育局\n2025年6月30日',
  signedDate: '2025-06-30',
  citations: [cite('县创文办〔2025〕1号'), cite('县创文办〔2025〕2号')],
  dataPoints: [{ text: '30人' }, { text: '5次' }] as never,
  // 数据实例 and 部署文件 are present (the absence of either is reported once, as report.element-missing).
  sentences: [
    { text: '全年开展活动5次，参与30人。', section: 0, heading: false },
    { text: '按照《关于开展创文工作的通知》要求部署。', section: 0, heading: false },
  ],
  sections: [],
  elements: { 数据实例: [{ sentence: 0 }], 部署文件: [{ sentence: 1 }] },
} as Partial<DocumentFacts>;
function run(files: ExtractedFile[]): Hit[] {
  return runChecks(reportChecks, unitOf([indicatorOf(rs, files)]), ctxOf(rs)).filter((h) => !h.ruleId.startsWith('report.element'));
}
const report = (over: Partial<DocumentFacts> = {}, fileOver: Partial<ExtractedFile> = {}) => doc('report', { ...GOOD, ...over }, fileOver);
const PATH = report().path;

describe('说明报告', () => {
  it('a report meeting every limit exactly has no finding', () => expect(run([report()])).toEqual([]));
  it('one citation short (an untitled one does not count), in full', () => {
    expect(run([report({ citations: [cite('A〔2025〕1号'), cite('B〔2025〕2号', { title: null })] })])).toEqual([
      { ruleId: 'report.no-citation', file: PATH, location: { element: '部署文件' }, args: { seen: 1, expected: 2 }, evidence: { seen: 'A〔2025〕1号；B〔2025〕2号', expected: '《文件标题》（发文机关〔年份〕序号号）' } },
    ]);
    expect(run([report({ citations: [] })])[0]!.evidence).toEqual({ seen: 0, expected: '《文件标题》（发文机关〔年份〕序号号）' });
    expect(run([report({ citations: [cite('A'), cite('B'), cite('C')] })])).toEqual([]);
  });
  it('a malformed 文号 with its correction, and a 文号 year after the report’s own date', () => {
    const bad = cite('县创文办[2025]01号', { wellFormed: false, corrected: '县创文办〔2025〕1号', problems: ['brackets', 'zero-padding'], page: 2 });
    const late = cite('县创文办〔2026〕3号', { year: 2026 });
    expect(run([report({ citations: [bad, late] })])).toEqual([
      { ruleId: 'report.docno-malformed', file: PATH, location: { page: 2, element: '部署文件' }, args: { seen: '县创文办[2025]01号', expected: '县创文办〔2025〕1号', problems: ['brackets', 'zero-padding'] }, evidence: { seen: '县创文办[2025]01号', expected: '县创文办〔2025〕1号' } },
      { ruleId: 'report.docno-future-year', file: PATH, location: { element: '部署文件' }, args: { seen: '县创文办〔2026〕3号', year: 2026, expected: '2025-06-30' }, evidence: { seen: 2026, expected: '≤ 2025' } },
    ]);
    expect(run([report({ citations: [cite('x', { wellFormed: false, corrected: null }), cite('y', { year: null })] })])).toEqual([]);
  });
  it('the own date for the 文号 year: signed, else modified, else created, else the as-of day', () => {
    const c = [cite('a〔2025〕1号'), cite('b〔2026〕1号', { year: 2026 })];
    const yearOf = (over: Partial<DocumentFacts>) => run([report({ citations: c, ...over })]).filter((h) => h.ruleId === 'report.docno-future-year').map((h) => h.args.expected);
    expect(yearOf({ signedDate: '2026-01-01' })).toEqual([]);
    expect(yearOf({ signedDate: null, modified: '2025-12-31T10:00:00Z', created: '2026-02-01T00:00:00Z' })).toEqual(['2025-12-31']);
    expect(yearOf({ signedDate: null, modified: null, created: '2025-12-31T10:00:00Z' })).toEqual(['2025-12-31']);
    expect(yearOf({ signedDate: null, modified: null, created: null })).toEqual(['2025-09-01']);
  });
  it('data points one short, in full; none at all', () => {
    expect(run([report({ dataPoints: [{ text: '30人' }] as never })])).toEqual([
      { ruleId: 'report.few-data-points', file: PATH, location: { element: '数据实例' }, args: { seen: 1, expected: 2 }, evidence: { seen: '30人', expected: '≥ 2' } },
    ]);
    expect(run([report({ dataPoints: [] })])[0]!.evidence).toEqual({ seen: 0, expected: '≥ 2' });
  });
  it('a report with no 数据实例 at all says so once (report.element-missing), not again as too few figures', () => {
    const all = (over: Partial<DocumentFacts>) => runChecks(reportChecks, unitOf([indicatorOf(rs, [report(over)])]), ctxOf(rs)).map((h) => [h.ruleId, h.args.element ?? h.args.seen]);
    const noData = { elements: {} } as Partial<DocumentFacts>;
    // one figure short, element missing: one finding
    expect(all({ ...noData, dataPoints: [{ text: '30人' }] as never }).filter(([id]) => id === 'report.few-data-points' || id === 'report.element-missing')).toEqual([
      ['report.element-missing', '主体责任'], ['report.element-missing', '部署文件'], ['report.element-missing', '具体措施'], ['report.element-missing', '数据实例'], ['report.element-missing', '取得成效'],
    ]);
    // one figure short, element present: too few figures
    expect(all({ dataPoints: [{ text: '30人' }] as never }).filter(([id]) => id === 'report.few-data-points')).toEqual([['report.few-data-points', 1]]);
    // enough figures, element missing: the element only
    expect(all(noData).filter(([id]) => id === 'report.few-data-points')).toEqual([]);
    // another element missing does not hide too few figures
    const other = { elements: { 数据实例: [{ sentence: 0 }] }, dataPoints: [] } as Partial<DocumentFacts>;
    expect(all(other).filter(([id]) => id === 'report.few-data-points')).toEqual([['report.few-data-points', 0]]);
  });
  it('with report.element-missing turned off, a report with no 数据实例 is still told it has too few figures', () => {
    const off = rules({ indicators: [{ code: 'III-12', name: '我们的节日', report: { minChars: 100, minDataPoints: 2, minCitations: 2 } }], severity: { 'report.element-missing': 'off' } } as never);
    const hits = runChecks(reportChecks, unitOf([indicatorOf(off, [report({ elements: {}, dataPoints: [] } as Partial<DocumentFacts>)])]), ctxOf(off));
    expect(hits.filter((h) => h.ruleId === 'report.few-data-points').map((h) => h.args.seen)).toEqual([0]);
    // on, the same report is told once, as the missing element
    const on = runChecks(reportChecks, unitOf([indicatorOf(rs, [report({ elements: {}, dataPoints: [] } as Partial<DocumentFacts>)])]), ctxOf(rs));
    expect(on.filter((h) => h.ruleId === 'report.few-data-points')).toEqual([]);
  });
  it('a report with no 部署文件 at all says so once (report.element-missing), not again as too few citations', () => {
    // users21, on a county drive of real files: every report lacking the element also had
    // "引用的上级文件…只有 0 个，至少需要 1 个 [部署文件]" — one gap, two errors, one fix.
    const all = (over: Partial<DocumentFacts>, set = rs) => runChecks(reportChecks, unitOf([indicatorOf(set, [report(over)])]), ctxOf(set)).map((h) => [h.ruleId, h.args.element ?? h.args.seen]);
    const noDocs = { elements: { 数据实例: [{ sentence: 0 }] } } as Partial<DocumentFacts>;
    const cites = ([id]: (string | number | boolean | null | undefined | object)[]) => id === 'report.no-citation' || (id === 'report.element-missing');
    // no citation, element missing: the element only
    expect(all({ ...noDocs, citations: [] }).filter(cites)).toEqual([['report.element-missing', '主体责任'], ['report.element-missing', '部署文件'], ['report.element-missing', '具体措施'], ['report.element-missing', '取得成效']]);
    // one citation short, element present: too few citations
    expect(all({ citations: [cite('A〔2025〕1号')] }).filter(([id]) => id === 'report.no-citation')).toEqual([['report.no-citation', 1]]);
    // with report.element-missing off, the report is still told it cites too few
    const off = rules({ indicators: [{ code: 'III-12', name: '我们的节日', report: { minChars: 100, minDataPoints: 2, minCitations: 2 } }], severity: { 'report.element-missing': 'off' } } as never);
    expect(all({ ...noDocs, citations: [] }, off).filter(([id]) => id === 'report.no-citation')).toEqual([['report.no-citation', 0]]);
  });
  it('one character short', () => {
    expect(run([report({ textLength: 99 })])).toEqual([{ ruleId: 'report.too-short', file: PATH, args: { seen: 99, expected: 100 }, evidence: { seen: 99, expected: 100 } }]);
  });
  it('undated, and dated after the deadline, in full', () => {
    expect(run([report({ signedDate: null, created: '2025-06-01T00:00:00Z' })])).toEqual([{ ruleId: 'report.undated', file: PATH, evidence: { seen: '2025-06-01T00:00:00Z', expected: '落款日期' } }]);
    expect(run([report({ signedDate: '2025-10-27' })])).toEqual([
      { ruleId: 'report.date-outside-period', file: PATH, args: { seen: '2025-10-27', from: '2024-08-01', to: DEADLINE }, evidence: { seen: '2025-10-27', expected: `2024-08-01—${DEADLINE}` } },
    ]);
  });
  it('the 总结式 style, with the cues found', () => {
    const h = run([report({ text: '一年来，我局取得了显著成绩，存在的不足和下一步打算如下。' })]).filter((x) => x.ruleId === 'report.summary-style');
    expect(h).toHaveLength(1);
    expect(h[0]!.evidence!.expected).toBe('说明式：对照测评内容逐项说明');
    expect(h[0]!.evidence!.seen).toBe((h[0]!.args.seen as string[]).join('、'));
    expect((h[0]!.args.seen as string[]).length).toBeGreaterThan(0);
  });
  it('outside an indicator the built-in limits apply', () => {
    const r = report({ textLength: 299, citations: [cite('a')], dataPoints: [{ text: '1' }, { text: '2' }, { text: '3' }] as never });
    const h = runChecks(reportChecks, unitOf([], { rootFiles: [r], files: [r] }), ctxOf(rs)).filter((x) => !x.ruleId.startsWith('report.element'));
    expect(h.map((x) => [x.ruleId, x.args?.expected])).toEqual([['report.too-short', 300]]);
  });
  it('at the county root, outside every unit, a text is no report: only the file checks speak', () => {
    const r = report({ textLength: 26, citations: [], dataPoints: [] } as never);
    const run = (model: RunModel) => evaluateLocal(model, { rules: rs, asOf: DEADLINE, lang: 'zh', checks: reportChecks }).map((f) => f.ruleId);
    // An orphan (evaluate's files outside every unit): nothing from the report's requirements.
    expect(run({ units: [], files: [r] })).toEqual([]);
    // The same file in a unit folder's root is judged with the built-in limits.
    expect(run({ units: [unitOf([], { rootFiles: [r], files: [r] })], files: [r] })).toContain('report.too-short');
  });
});

describe('a file that cannot be read', () => {
  it.each(Object.entries(DOC_ERROR_RULES))('%s → %s, with the raw values (never the extractor’s detail)', (code, ruleId) => {
    const f = report({ format: 'pdf' }, { error: { code, detail: `detail of ${code}` } as never });
    const own: Record<string, object> = { corrupt: { reason: 'damaged' }, truncated: { reason: 'truncated' }, unsupported: { seen: f.container }, 'legacy-format': { seen: f.container }, 'not-image': { seen: f.container } };
    expect(run([f])).toEqual([{ ruleId, file: PATH, args: { code, format: 'pdf', ...own[code] }, evidence: { seen: code, expected: 'readable text' } }]);
  });
  it('the error codes and their rule ids', () => {
    expect(DOC_ERROR_RULES).toEqual({
      scanned: 'doc.scanned', 'no-text-layer': 'doc.scanned', 'no-tounicode': 'doc.garbled-text', encrypted: 'doc.encrypted', corrupt: 'doc.corrupt',
      truncated: 'doc.corrupt', empty: 'doc.empty', unsupported: 'doc.unsupported', 'legacy-format': 'doc.unsupported', 'not-image': 'doc.unsupported',
      'too-many-pages': 'doc.too-many-pages', 'too-much-text': 'doc.too-much-text', 'run-budget': 'doc.run-budget',
    });
  });
  it('a photographed report is a scan of its container; other codes are the core check’s', () => {
    const p = photo('说明报告.jpg', {}, { kind: 'report', error: { code: 'scanned', detail: 'image (jpeg)' } as never });
    expect(run([p])).toEqual([{ ruleId: 'doc.scanned', file: p.path, args: { seen: 'jpeg', code: 'scanned' }, evidence: { seen: 'scanned', expected: 'readable text' } }]);
    expect(run([report({}, { error: { code: 'io', detail: 'EIO' } as never })])).toEqual([]);
    expect(run([report({}, { error: { code: 'zip-bomb', detail: '' } as never })])).toEqual([]);
  });
  it('a stamped scan beside its text version is accepted', () => {
    const scan = report({}, { path: '县教育局/Ⅲ—12 我们的节日/说明报告（盖章）.pdf', name: '说明报告（盖章）.pdf', error: { code: 'scanned', detail: 'image' } as never });
    const text = report({}, { name: '说明报告.docx' });
    expect(run([scan, text])).toEqual([{ ruleId: 'doc.scanned-copy', file: scan.path, args: { seen: '说明报告.docx' }, evidence: { seen: 'scanned', expected: text.path } }]);
    // a text version that is itself unreadable, or of another kind, does not settle it
    expect(run([scan, { ...text, error: { code: 'corrupt', detail: '' } } as ExtractedFile]).map((h) => h.ruleId)).toEqual(['doc.scanned', 'doc.corrupt']);
    expect(run([scan, doc('evaluation', GOOD)]).map((h) => h.ruleId)).toContain('doc.scanned');
  });
  it('a 正式发文 is judged for readability only', () => {
    const d = doc('document', { format: 'docx' }, { error: { code: 'encrypted', detail: 'password' } as never });
    expect(run([d])).toEqual([{ ruleId: 'doc.encrypted', file: d.path, args: { code: 'encrypted', format: 'docx' }, evidence: { seen: 'encrypted', expected: 'readable text' } }]);
    expect(run([doc('document', { textLength: 0 })])).toEqual([]);
  });
  // The extractor's detail is its own English sentence or a parser's message: never an arg, so
  // never in a message; the catalog words the raw values in each language.
  it('an unreadable document’s args are raw values (codes, formats, numbers), worded by the catalog in zh and en', () => {
    const err = (code: string, detail: string, over: Partial<ExtractedFile> = {}, more: object = {}) => run([report({ format: 'pdf' }, { error: { code, detail, ...more } as never, ...over })])[0]!;
    const cases: [Hit, Record<string, unknown>, string, string][] = [
      [err('corrupt', 'InvalidPDFException: Invalid PDF structure'), { code: 'corrupt', format: 'pdf', reason: 'damaged' }, '文件无法打开，可能已损坏或未完整复制', 'the file cannot be opened; it may be damaged or incompletely copied'],
      [err('corrupt', 'its internal structure is inconsistent (the parser could not follow it)'), { code: 'corrupt', format: 'pdf', reason: 'damaged' }, '可能已损坏', 'may be damaged'],
      [err('truncated', 'Corrupted zip: missing 37 bytes'), { code: 'truncated', format: 'pdf', reason: 'truncated' }, '文件不完整（复制或下载时可能中断了）', 'the file is cut short'],
      [err('corrupt', 'named like a Word file but its bytes are xlsx', { container: 'xlsx' } as never, { reason: 'not-word' }), { code: 'corrupt', format: 'pdf', reason: 'not-word', seen: 'xlsx' }, '内容却是 Excel (.xlsx)，', 'holds Excel (.xlsx)'],
      [err('corrupt', "the pages' content streams total more than 268435456 bytes (a stream counted for each page that draws it), above the reading limit", {}, { reason: 'content-too-large', args: { limit: 268435456 } }), { code: 'corrupt', format: 'pdf', reason: 'content-too-large', limit: 268435456 }, '超过读取上限 256.0 MB', 'the reading limit of 256.0 MB'],
      [err('no-tounicode', '37% control or undecodable characters', {}, { args: { seen: 37 } }), { code: 'no-tounicode', format: 'pdf', seen: 37 }, '37% 是控制字符或无法解码的字符', '37% control or undecodable characters'],
      [err('unsupported', 'xlsx is not a document format', { container: 'xlsx' } as never), { code: 'unsupported', format: 'pdf', seen: 'xlsx' }, '该文件格式（Excel (.xlsx)）', 'this format (Excel (.xlsx))'],
      [err('scanned', '2 page(s), 0 characters of text'), { code: 'scanned', format: 'pdf' }, '没有可复制的文字层', 'no text layer'],
      [err('empty', 'the document has no text'), { code: 'empty', format: 'pdf' }, '文件是空的', 'the file is empty'],
    ];
    for (const [hit, args, zh, en] of cases) {
      expect(hit.args, hit.ruleId).toEqual(args);
      expect(renderMessage(hit.ruleId, 'zh', hit.args)).toContain(zh);
      expect(renderMessage(hit.ruleId, 'en', hit.args)).toContain(en);
      // No English sentence of the extractor's in either language.
      for (const lang of ['zh', 'en'] as const) expect(renderMessage(hit.ruleId, lang, hit.args)).not.toMatch(/Invalid PDF|internal structure|Corrupted zip|its bytes are|stream counted|page\(s\)|not a document format|has no text/);
    }
  });
  it('the kind of damage is the extractor’s reason code, never read from its wording', () => {
    const hit = (error: object) => run([report({ format: 'pdf' }, { error: error as never, container: 'xlsx' } as never)])[0]!.args;
    // The old sentences without a reason code: plain damage (no limit, no format guessed from words).
    expect(hit({ code: 'corrupt', detail: 'named like a Word file but its bytes are xlsx' })).toEqual({ code: 'corrupt', format: 'pdf', reason: 'damaged' });
    expect(hit({ code: 'corrupt', detail: "the pages' content streams total more than 268435456 bytes" })).toEqual({ code: 'corrupt', format: 'pdf', reason: 'damaged' });
    expect(hit({ code: 'no-tounicode', detail: '37% control or undecodable characters' })).toEqual({ code: 'no-tounicode', format: 'pdf' });
    // A reason code whatever the detail says.
    expect(hit({ code: 'corrupt', detail: '', reason: 'not-word' })).toEqual({ code: 'corrupt', format: 'pdf', reason: 'not-word', seen: 'xlsx' });
  });
  it('a file named .ofd holding something else is said to be named as an OFD file, not a Word file', () => {
    const ofd = { code: 'corrupt', format: 'ofd', reason: 'not-word', seen: 'unknown' };
    expect(renderMessage('doc.corrupt', 'zh', ofd)).toBe('文件名是 OFD 文件，内容却是无法识别的文件，无法作为 OFD 文档打开');
    expect(renderMessage('doc.corrupt', 'en', ofd)).toBe('the file is named like an OFD file but holds an unrecognised file; it cannot be opened as an OFD document');
    const docx = { ...ofd, format: 'docx', seen: 'xlsx' };
    expect(renderMessage('doc.corrupt', 'zh', docx)).toBe('文件名是 Word 文件，内容却是 Excel (.xlsx)，无法作为 Word 文档打开');
    expect(renderMessage('doc.corrupt', 'en', docx)).toBe('the file is named like a Word file but holds Excel (.xlsx); it cannot be opened as a Word document');
  });
});

describe('部门评价', () => {
  const ev = (text: string, signedDate: string | null = '2025-06-30') => doc('evaluation', { text, signedDate });
  it('issued by the unit itself, in full', () => {
    const f = ev('经考核，该单位工作扎实。\n县教育局\n2025年6月30日');
    expect(run([f])).toEqual([
      { ruleId: 'evaluation.self-issued', file: f.path, args: { seen: '县教育局', unit: '县教育局' }, evidence: { seen: '县教育局', expected: '县教育局以外的上级或主管部门' } },
    ]);
  });
  it('no issuer, undated, dated after the deadline', () => {
    const f = ev('经考核，该单位工作扎实。', null);
    expect(run([f])).toEqual([
      { ruleId: 'evaluation.no-issuer', file: f.path, evidence: { seen: null, expected: '出具单位（落款）' } },
      { ruleId: 'evaluation.undated', file: f.path, evidence: { seen: null, expected: '落款日期' } },
    ]);
    const g = ev('经考核，该单位工作扎实。\n县委宣传部\n2025年10月27日', '2025-10-27');
    expect(run([g])).toEqual([
      { ruleId: 'evaluation.date-outside-period', file: g.path, args: { seen: '2025-10-27', from: '2024-08-01', to: DEADLINE }, evidence: { seen: '2025-10-27', expected: `2024-08-01—${DEADLINE}` } },
    ]);
  });
});

describe('移交签单', () => {
  const so = (over: Partial<DocumentFacts> = {}, fileOver: Partial<ExtractedFile> = {}) => doc('signoff', { text: '县教育局 台账移交确认单\n主要领导签字：张三\n2025年10月20日', signedDate: null, ...over }, fileOver);
  it('a photographed sheet, a scanned PDF, an OCR’d scan: a person checks it', () => {
    const p = photo('签单.jpg', {}, { kind: 'signoff' });
    expect(run([p])).toEqual([{ ruleId: 'signoff.manual-review', file: p.path, args: { seen: 'jpeg', form: 'image' }, evidence: { seen: 'jpeg image', expected: 'manual check of signature and date' } }]);
    const s = so({ format: 'pdf' }, { error: { code: 'scanned', detail: '' } as never });
    expect(run([s])).toEqual([{ ruleId: 'signoff.manual-review', file: s.path, args: { seen: 'pdf', form: 'scan' }, evidence: { seen: 'pdf scan', expected: 'manual check of signature and date' } }]);
    const i = so({ format: 'image' }, { error: { code: 'scanned', detail: '' } as never, container: 'png' });
    expect(run([i])[0]!.args).toEqual({ seen: 'png', form: 'image' });
    const o = so({ format: 'pdf', ocr: { engine: 't', pagesTotal: 1, pages: [], meanConfidence: 90, seal: 'seal' } });
    expect(run([o])).toEqual([{ ruleId: 'signoff.manual-review', file: o.path, args: { seen: 'pdf', form: 'ocr' }, evidence: { seen: 'pdf ocr', expected: 'manual check of signature' } }]);
    const oi = so({ format: 'image', ocr: { engine: 't', pagesTotal: 1, pages: [], meanConfidence: 90, seal: 'seal' } }, { container: 'jpeg' });
    expect(run([oi])[0]!.args).toEqual({ seen: 'jpeg', form: 'ocr' });
  });
  it('a broken file is unreadable, not handed to a person', () => {
    const b = so({ format: 'pdf' }, { error: { code: 'corrupt', detail: 'xref' } as never });
    expect(run([b])).toEqual([{ ruleId: 'doc.corrupt', file: b.path, args: { code: 'corrupt', format: 'pdf', reason: 'damaged' }, evidence: { seen: 'corrupt', expected: 'readable text' } }]);
  });
  it('unit not named, no signature, undated, after the deadline — in full', () => {
    const f = so({ text: '台账移交确认单\n主要领导签字：' });
    expect(run([f])).toEqual([
      { ruleId: 'signoff.unit-not-named', file: f.path, args: { unit: '县教育局' }, evidence: { seen: null, expected: '县教育局' } },
      { ruleId: 'signoff.no-signature', file: f.path, args: { seen: '主要领导签字：' }, evidence: { seen: '主要领导签字：', expected: '主要领导签字：（姓名）' } },
      { ruleId: 'signoff.undated', file: f.path, evidence: { seen: null, expected: `≤ ${DEADLINE}` } },
    ]);
    const g = so({ text: '县教育局 台账移交确认单\n主要领导签字：张三\n2025年10月27日' });
    expect(run([g])).toEqual([{ ruleId: 'signoff.after-deadline', file: g.path, args: { seen: '2025-10-27', expected: DEADLINE }, evidence: { seen: '2025-10-27', expected: `≤ ${DEADLINE}` } }]);
    expect(run([so()])).toEqual([]);
    expect(run([so({ signedDate: '2025-10-27' })]).map((h) => h.ruleId)).toEqual(['signoff.after-deadline']);
    // the last full date of the text counts, not the first
    expect(run([so({ text: '县教育局 2025年10月30日收\n主要领导签字：张三\n2025年10月20日' })])).toEqual([]);
    expect(run([so({ text: '县教育局 2025年10月20日\n主要领导签字：张三\n2025年10月30日' })]).map((h) => h.ruleId)).toEqual(['signoff.after-deadline']);
  });
});

describe('the five elements, as findings', () => {
  it('each missing element, and each heading with nothing under it (with its page when known)', () => {
    const sections = [
      { heading: '一、主要措施', kind: 'numbered', level: 1, first: 0, end: 1, page: 2 },
      { heading: '二、取得成效', kind: 'numbered', level: 1, first: 1, end: 2 },
    ];
    const sentences = [
      { text: '一、主要措施', section: 0, heading: true, page: 2 },
      { text: '二、取得成效', section: 1, heading: true },
    ];
    const f = report({ sections, sentences, elements: { 主体责任: [{ sentence: 0 }] } } as never);
    const h = runChecks(reportChecks, unitOf([indicatorOf(rs, [f])]), ctxOf(rs)).filter((x) => x.ruleId.startsWith('report.element'));
    const missing = (element: string) => ({ ruleId: 'report.element-missing', file: PATH, location: { element }, args: { element }, evidence: { seen: null, expected: element } });
    expect(h).toEqual([
      missing('部署文件'),
      missing('具体措施'),
      { ruleId: 'report.element-empty', file: PATH, location: { page: 2, element: '具体措施' }, args: { element: '具体措施', heading: '一、主要措施' }, evidence: { seen: '一、主要措施', expected: '具体措施' } },
      missing('数据实例'),
      missing('取得成效'),
      { ruleId: 'report.element-empty', file: PATH, location: { element: '取得成效' }, args: { element: '取得成效', heading: '二、取得成效' }, evidence: { seen: '二、取得成效', expected: '取得成效' } },
    ]);
  });
});
