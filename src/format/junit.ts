/** JUnit XML: one test suite per unit, one test case per file (plus one for unit/indicator findings). */
import { shownReviewTime } from '../windows/index.js';
import type { Finding } from '../types.js';
import type { ChunkFormatter, Formatter } from './types.js';
import { describeLocation } from './location.js';
import { xmlText } from './xml-text.js';
import { TABLE_WORDS, severityWord, statusWord, tooManyWarnings } from './words.js';
import type { Lang } from '../types.js';
import { unitLabel } from '../messages/units.js';

/** The words JUnit's text carries, in the run's language (--lang), like every other format. */
const JUNIT_WORDS = {
  zh: {
    unitCase: (name: string) => `${name}（单位材料）`,
    tag: (f: Finding) => (f.status === 'reviewed' ? `[${severityWord('zh', f.severity)}，${statusWord('zh', 'reviewed')}]` : `[${severityWord('zh', f.severity)}]`),
    why: (f: Finding) => `${f.ruleId}：${f.message}`,
    // In brackets, as on the screen: a place may hold its own （） (照片拍摄时间（EXIF）).
    where: (loc: string) => ` [${loc}]`,
    review: (r: NonNullable<Finding['review']>) => `——${r.by}：${r.reason}（${shownReviewTime(r.at)}）`,
    notChecked: (why: string) => `${statusWord('zh', 'not-checked')}${why ? `：${why}` : ''}`,
    notCounted: (unit: string) => `“${unit}”的另一个文件夹，不计入合计（合计按单位自己的文件夹计）`,
  },
  en: {
    unitCase: (name: string) => `${name} (unit material)`,
    tag: (f: Finding) => (f.status === 'reviewed' ? `[reviewed ${severityWord('en', f.severity)}]` : `[${severityWord('en', f.severity)}]`),
    why: (f: Finding) => `${f.ruleId}: ${f.message}`,
    where: (loc: string) => ` [${loc}]`,
    review: (r: NonNullable<Finding['review']>) => ` — ${r.by}: ${r.reason} (${shownReviewTime(r.at)})`,
    notChecked: (why: string) => `${statusWord('en', 'not-checked')}${why ? ` — ${why}` : ''}`,
    notCounted: (unit: string) => `another folder of "${unit}", not counted in the totals (each unit counts by its own folder)`,
  },
} satisfies Record<Lang, unknown>;

// XML 1.0 forbids most control characters, U+FFFE/U+FFFF and lone surrogates (xmlText).
const esc = (s: string) => xmlText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The XML in pieces (a line each), each test case's text made when written. Findings are looked up
 * by file and by unit once (not the whole list searched again for every file).
 */
export const junitPieces: ChunkFormatter = function* (report) {
  const w = JUNIT_WORDS[report.lang];
  const byFile = new Map<string, Finding[]>();
  const byUnit = new Map<string, Finding[]>();
  const add = (m: Map<string, Finding[]>, k: string, x: Finding) => {
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  };
  // A finding on a path that is no file of the report (a planted rule file: file.rules-inside-material)
  // goes to its unit's case; one outside any unit (the county root) to the root's case.
  const isFile = new Set(report.files.map((f) => f.path));
  const isUnit = new Set(report.units.map((u) => u.name));
  const atRoot: Finding[] = [];
  for (const x of report.findings) {
    if (x.file && isFile.has(x.file)) add(byFile, x.file, x);
    else if (x.unit !== null && isUnit.has(x.unit)) add(byUnit, x.unit, x);
    else atRoot.push(x);
  }
  const groups = new Map<string, { cases: { name: string; findings: Finding[]; notChecked: boolean }[]; otherFolderOf?: string }>();
  // Another folder of a unit (县文旅局 - 副本): its cases are skipped, their findings still listed —
  // the unit counts once, by its own folder, as in the summary and the exit code.
  const otherFolder = new Map(report.units.filter((u) => u.otherFolderOf).map((u) => [u.name, u.otherFolderOf!]));
  const group = (unit: string | null) => {
    const k = unit ?? '';
    if (!groups.has(k)) groups.set(k, { cases: [], ...(unit !== null && otherFolder.has(unit) ? { otherFolderOf: otherFolder.get(unit)! } : {}) });
    return groups.get(k)!;
  };
  // Suites in the order of the rule file's units, as every other format lists them (the files'
  // order put 县卫健委 before 县教育局); what lies outside every unit after them.
  for (const u of report.units) group(u.name);
  for (const f of report.files) {
    group(f.unit).cases.push({
      name: f.path,
      findings: byFile.get(f.path) ?? [],
      notChecked: f.status === 'not-checked',
    });
  }
  for (const u of report.units) {
    group(u.name).cases.push({ name: w.unitCase(u.folder || unitLabel(u.name, report.lang)), findings: byUnit.get(u.name) ?? [], notChecked: false });
  }
  if (atRoot.length) group(null).cases.push({ name: TABLE_WORDS[report.lang].root, findings: atRoot, notChecked: false });
  // A run that fails by --max-warnings alone fails a test case of its own: CI shows why the job failed.
  const tooMany = tooManyWarnings(report.lang, report.summary);
  const failing = (c: { findings: Finding[]; notChecked: boolean }) => !c.notChecked && c.findings.some((f) => f.severity === 'error' && f.status !== 'reviewed');
  let tests = 0;
  let failuresAll = 0;
  let errorsAll = 0;
  let skippedAll = 0;
  for (const g of groups.values()) {
    tests += g.cases.length;
    if (g.otherFolderOf) {
      skippedAll += g.cases.length;
      continue;
    }
    failuresAll += g.cases.filter(failing).length;
    errorsAll += g.cases.filter((c) => c.notChecked).length;
  }
  if (tooMany) {
    tests++;
    failuresAll++;
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="ledger-check" tests="${tests}" failures="${failuresAll}" errors="${errorsAll}"${skippedAll ? ` skipped="${skippedAll}"` : ''}>\n`;
  for (const [unit, g] of groups) {
    const skipped = g.otherFolderOf ? g.cases.length : 0;
    const failures = skipped ? 0 : g.cases.filter(failing).length;
    const errors = skipped ? 0 : g.cases.filter((c) => c.notChecked).length;
    yield `  <testsuite name="${esc(unit ? unitLabel(unit, report.lang) : report.root)}" tests="${g.cases.length}" failures="${failures}" errors="${errors}"${skipped ? ` skipped="${skipped}"` : ''}>\n`;
    for (const c of g.cases) {
      // A finding a person settled (status 'reviewed') passes the test case and is listed with who and why.
      const errs = c.findings.filter((f) => f.severity === 'error' && f.status !== 'reviewed');
      const text = c.findings
        .map((f) => {
          const loc = describeLocation(f.location, report.lang);
          // A planted file is no test case of its own: its finding names its path.
          const at = f.file && !isFile.has(f.file) ? w.where(f.file) : '';
          return `${w.tag(f)} ${w.why(f)}${at}${loc && !f.message.includes(loc) ? w.where(loc) : ''}${f.review ? w.review(f.review) : ''}`;
        })
        .join('\n');
      yield `    <testcase classname="${esc(unit ? unitLabel(unit, report.lang) : 'ledger-check')}" name="${esc(c.name)}">\n`;
      // The message attribute is what Jenkins and GitLab show as the one-line reason: the rule and what is wrong.
      const reason = c.findings.find((f) => f.severity === 'error' && f.status !== 'reviewed') ?? c.findings.find((f) => f.status !== 'reviewed');
      if (g.otherFolderOf) {
        yield `      <skipped message="${esc(w.notCounted(g.otherFolderOf))}"/>\n`;
        if (text) yield `      <system-out>${esc(text)}</system-out>\n`;
      } else if (c.notChecked) yield `      <error message="${esc(w.notChecked(reason ? w.why(reason) : ''))}" type="not-checked">${esc(text)}</error>\n`;
      else if (errs.length) yield `      <failure message="${esc(w.why(errs[0]!))}" type="${esc(errs[0]!.ruleId)}">${esc(text)}</failure>\n`;
      else if (text) yield `      <system-out>${esc(text)}</system-out>\n`;
      yield '    </testcase>\n';
    }
    yield '  </testsuite>\n';
  }
  if (tooMany) {
    yield `  <testsuite name="--max-warnings" tests="1" failures="1" errors="0">\n`;
    yield `    <testcase classname="ledger-check" name="--max-warnings ${report.summary.maxWarnings}">\n`;
    yield `      <failure message="${esc(tooMany)}" type="max-warnings">${esc(tooMany)}</failure>\n`;
    yield '    </testcase>\n  </testsuite>\n';
  }
  yield '</testsuites>\n';
};

export const formatJunit: Formatter = (report, opts) => [...junitPieces(report, opts)].join('');
