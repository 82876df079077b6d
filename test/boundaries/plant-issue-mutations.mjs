#!/usr/bin/env node
/**
 * Plants, one at a time, each mutation issue 10 found surviving the whole suite (rewritten for
 * today's code: the window primitive, build.ts, the checks), runs the boundary table that should
 * notice it, and restores the file. Prints KILLED or SURVIVED per mutation; exit 1 if any survived.
 *   node test/boundaries/plant-issue-mutations.mjs [id …]
 * It plants into a throwaway copy of the tree (node_modules linked), never into the checkout, so
 * it can run beside other work and an interrupted run leaves nothing behind in src/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SOURCE = path.resolve(import.meta.dirname, '../..');
const ROOT = mkdtempSync(path.join(tmpdir(), 'ledger-check-plant-'));
const SKIP = new Set(['node_modules', 'dist', '.git', '.stryker-tmp', 'reports', 'coverage']);
cpSync(SOURCE, ROOT, { recursive: true, filter: (src) => src === SOURCE || !SKIP.has(path.relative(SOURCE, src).split(path.sep)[0]) });
symlinkSync(path.join(SOURCE, 'node_modules'), path.join(ROOT, 'node_modules'), 'dir');
const cleanUp = () => rmSync(ROOT, { recursive: true, force: true });
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.on(sig, () => { cleanUp(); process.exit(code); });
process.on('uncaughtException', (e) => { cleanUp(); console.error(e); process.exit(2); });
// [id, what, file, original text, planted text, test file]
const MUTATIONS = [
  ["1", "register range judged by its first day", "src/checks/register.ts", "{ from: d.date, to: d.dateEnd ?? d.date })) {", "{ from: d.date, to: d.date })) {", "test/boundaries/register.test.ts"],
  ["1b", "register range judged by its last day", "src/checks/register.ts", "{ from: d.date, to: d.dateEnd ?? d.date })) {", "{ from: d.dateEnd ?? d.date, to: d.dateEnd ?? d.date })) {", "test/boundaries/register.test.ts"],
  ["1c", "overlap tests the wrong end of the span", "src/windows/window.ts", "placeOf(w, span.to) !== 'before'", "placeOf(w, span.from) !== 'before'", "test/boundaries/register.test.ts"],
  ["2", "report window ignores the deadline (window primitive)", "src/windows/window.ts", "to: deadline > period.end ? deadline : period.end,", "to: period.end,", "test/boundaries/report.test.ts"],
  ["2b", "report window ignores the deadline (caller)", "src/checks/report.ts", "withinPeriodAndDeadline(r.period, r.deadline);", "({ from: r.period.start, to: r.period.end });", "test/boundaries/report.test.ts"],
  ["3", "文号 brackets || -> &&", "src/text/docno.ts", "if (open !== '〔' || close !== '〕')", "if (open !== '〔' && close !== '〕')", "test/boundaries/docno.test.ts"],
  ["4", "festival overlap -> inside", "src/windows/window.ts", "return placeOf(w, span.to) !== 'before' && placeOf(w, span.from) !== 'after';", "return placeOf(w, span.from) !== 'before' && placeOf(w, span.to) !== 'after';", "test/boundaries/festival.test.ts"],
  ["4c", "festival in period: start exclusive", "src/windows/window.ts", "if (w.from !== null && d < w.from) return 'before';", "if (w.from !== null && d <= w.from) return 'before';", "test/boundaries/festival.test.ts"],
  ["5a", "rate Math.round -> floor", "src/report/build.ts", "Math.round((passed / of) * 10_000)", "Math.floor((passed / of) * 10_000)", "test/boundaries/report-build.test.ts"],
  ["5b", "rate Math.round -> ceil", "src/report/build.ts", "Math.round((passed / of) * 10_000)", "Math.ceil((passed / of) * 10_000)", "test/boundaries/report-build.test.ts"],
  ["6", "county rate = mean of unit rates", "src/report/build.ts", "completionRate: rate(passed, assigned),", "completionRate: units.length ? Math.round((units.reduce((n, u) => n + u.completionRate, 0) / units.length) * 10_000) / 10_000 : 0,", "test/boundaries/report-build.test.ts"],
  ["7", "not-checked counted as pass", "src/report/build.ts", "ss.includes('not-checked') ? 'not-checked'", "ss.includes('not-checked') ? 'pass'", "test/boundaries/report-build.test.ts"],
  ["7b", "unit files left out of the unit status", "src/report/build.ts", "      ...u.files.map((f) => statusOf.get(f)!),\n", "", "test/boundaries/report-build.test.ts"],
  ["7c", "passes = not fail", "src/report/build.ts", "const passes = (s: Status) => s === 'pass' || s === 'reviewed';", "const passes = (s: Status) => s !== 'fail';", "test/boundaries/report-build.test.ts"],
  ["8", "sign-off on the deadline is late (caller)", "src/checks/report.ts", "placeOf(onOrBefore(ctx.rules.deadline), date) === 'after'", "placeOf(onOrBefore(ctx.rules.deadline), date) !== 'before'", "test/boundaries/report.test.ts"],
  ["8b", "end of window exclusive (> -> >=)", "src/windows/window.ts", "if (w.to !== null && d > w.to) return 'after';", "if (w.to !== null && d >= w.to) return 'after';", "test/boundaries/report.test.ts"],
  ["9", "caption tolerance > -> >=", "src/checks/photo.ts", "if (days > p.captionToleranceDays) {", "if (days >= p.captionToleranceDays) {", "test/boundaries/photo.test.ts"],
  ["10", "near-duplicate d > li -> >=", "src/checks/photo.ts", "if (d > li || d > limit[j]!) continue;", "if (d >= li || d > limit[j]!) continue;", "test/boundaries/photo.test.ts"],
  ["10b", "near-duplicate d > limit[j] -> >=", "src/checks/photo.ts", "if (d > li || d > limit[j]!) continue;", "if (d > li || d >= limit[j]!) continue;", "test/boundaries/photo.test.ts"],
  ["11", "register photo tolerance narrowed by a day", "src/checks/register.ts", "d.dateEnd ?? d.date }, tol, tol), day)", "d.dateEnd ?? d.date }, tol - 1, tol - 1), day)", "test/boundaries/register.test.ts"],
  ["11b", "register photo tolerance: to side only", "src/checks/register.ts", "d.dateEnd ?? d.date }, tol, tol), day)", "d.dateEnd ?? d.date }, tol, tol - 1), day)", "test/boundaries/register.test.ts"],
  ["12", "deadline-passed on the deadline", "src/checks/materials.ts", "placeOf(onOrBefore(ctx.rules.deadline), ctx.asOf) === 'after'", "placeOf(onOrBefore(ctx.rules.deadline), ctx.asOf) !== 'before'", "test/boundaries/deadline.test.ts"],
  ["13", "photo after-deadline on the deadline", "src/checks/photo.ts", "} else if (placeOf(onOrBefore(ctx.rules.deadline), day) === 'after') {", "} else if (placeOf(onOrBefore(ctx.rules.deadline), day) !== 'before') {", "test/boundaries/photo.test.ts"],
];

const only = process.argv.slice(2);
let survived = 0;
for (const [id, what, file, from, to, test] of MUTATIONS) {
  if (only.length && !only.includes(id)) continue;
  const p = path.join(ROOT, file);
  const text = readFileSync(p, 'utf8');
  const n = text.split(from).length - 1;
  if (n !== 1) {
    console.log(`${id}\tNOT PLANTED (${n} matches)\t${file}\t${what}`);
    survived++;
    continue;
  }
  writeFileSync(p, text.replace(from, () => to));
  try {
    const r = spawnSync('npx', ['vitest', 'run', test, '--reporter=dot'], { cwd: ROOT, encoding: 'utf8' });
    const failed = /Tests\s+.*?(\d+) failed/.exec(`${r.stdout}${r.stderr}`);
    const status = r.status !== 0 && failed ? `KILLED (${failed[1]} failed)` : r.status === 0 ? 'SURVIVED' : `ERROR (exit ${r.status})`;
    if (!status.startsWith('KILLED')) survived++;
    console.log(`${id}\t${status}\t${file}\t${what}\t${test}`);
  } finally {
    writeFileSync(p, text);
  }
}
cleanUp();
process.exit(survived ? 1 : 0);
