import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { buildScenario, SCENARIO_RULES } from './scenario.js';
import { bin, runBin, snapshot, tempDir } from './helpers.js';
import { tempDirEach } from '../helpers/temp.js';

const tmp = tempDir('lc-e2e-');
const folder = path.join(tmp, '县教育局');
const rules = path.join(tmp, 'rules.yaml');
beforeAll(async () => {
  await buildScenario(tmp);
  fs.writeFileSync(rules, SCENARIO_RULES);
});

const errorIds = (r: { findings: { severity: string; ruleId: string }[] }) =>
  [...new Set(r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort();

describe('the acceptance folder', () => {
  it('fails naming exactly the three problems (library entry)', async () => {
    const report = await check({ path: folder, rules, asOf: '2026-10-20' });
    const detail = report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.file ?? ''} ${f.message}`).join('\n');
    expect(errorIds(report), detail).toEqual(['material.report-missing', 'photo.outside-period', 'report.element-missing']);
    const missing = report.findings.find((f) => f.ruleId === 'report.element-missing')!;
    expect(missing.args.element ?? missing.location?.element).toBe('数据实例');
    expect(report.findings.find((f) => f.ruleId === 'material.report-missing')!.indicator).toBe('II-8');
    expect(report.findings.find((f) => f.ruleId === 'photo.outside-period')!.file).toBe('Ⅲ—15 志愿服务/2025-06-01 城关镇 敬老志愿服务.jpg');
    expect(report.summary.status).toBe('fail');
    expect(report.summary.completionRate).toBe(0);
    expect(report.mode).toBe('unit');
  });

  it('exits 1 through the real bin, stdout holding only the JSON document', () => {
    const before = snapshot(folder);
    const r = runBin([folder, '--rules', rules, '--as-of', '2026-10-20', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.summary.status).toBe('fail');
    expect(errorIds(doc)).toEqual(['material.report-missing', 'photo.outside-period', 'report.element-missing']);
    for (const f of doc.files) expect(['path', 'kind', 'status'].every((k) => k in f)).toBe(true);
    for (const f of doc.findings) expect(['ruleId', 'severity', 'unit', 'indicator', 'file', 'message'].every((k) => k in f)).toBe(true);
    expect(snapshot(folder)).toEqual(before); // the checked folder is never written to
  });

  it('gives byte-identical JSON for the same input', () => {
    const a = runBin([folder, '--rules', rules, '--as-of', '2026-10-20', '-f', 'json']);
    const b = runBin([folder, '--rules', rules, '--as-of', '2026-10-20', '-f', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('writes several formats in one run', () => {
    const out = path.join(tmp, 'out');
    const r = runBin([folder, '--rules', rules, '--as-of', '2026-10-20', '-f', 'pretty', '-f', `json:${out}/r.json`, '-f', `junit:${out}/j.xml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('汇总');
    expect(r.stdout).toContain('photo.outside-period');
    expect(JSON.parse(fs.readFileSync(`${out}/r.json`, 'utf8')).summary.status).toBe('fail');
    // The one-line reason CI viewers show: the rule and what is wrong, in the run's language.
    expect(fs.readFileSync(`${out}/j.xml`, 'utf8')).toMatch(/<failure message="photo\.outside-period：[^"]*不在测评周期[^"]*" type="photo\.outside-period"/);
  });

  it('speaks English with --lang en', () => {
    const r = runBin([folder, '--rules', rules, '--as-of', '2026-10-20', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Summary: \d+ error/);
    expect(r.stdout).toMatch(/Result: fail/);
    const messageLines = r.stdout.split('\n').filter((l) => /^\s+(error|warning|info)\s/.test(l));
    expect(messageLines.length).toBeGreaterThan(0);
  });

  it('a file that cannot be read is a finding and makes the run fail, never a pass', async () => {
    // Removed after this test (test/helpers/temp.ts), a failing one too.
    const t2 = tempDirEach('lc-broken-')();
    await buildScenario(t2, { broken: true });
    const report = await check({ path: path.join(t2, '县教育局'), rules, asOf: '2026-10-20' });
    const f = report.files.find((x) => x.path.endsWith('坏文件.pdf'))!;
    expect(f.status).not.toBe('pass');
    expect(report.findings.some((x) => x.file === f.path && x.severity === 'error')).toBe(true);
  });
});

describe('a misnamed file', () => {
  it('is read as what it is, and its extension is reported', async () => {
    // Removed after this test (test/helpers/temp.ts), a failing one too.
    const t2 = tempDirEach('lc-misnamed-')();
    await buildScenario(t2);
    const { makePdf } = await import('../../fixtures/build/pdf.js');
    fs.writeFileSync(path.join(t2, '县教育局/Ⅲ—15 志愿服务/关于开展志愿服务的通知.jpg'), makePdf({ pages: [['县教育局关于开展志愿服务的通知', '县教发〔2026〕3号']] }));
    const report = await check({ path: path.join(t2, '县教育局'), rules, asOf: '2026-10-20' });
    const f = report.files.find((x) => x.path.endsWith('通知.jpg'))!;
    expect(f.kind).toBe('document');
    const ids = report.findings.filter((x) => x.file === f.path).map((x) => x.ruleId);
    expect(ids).toEqual(['file.extension-mismatch']);
    expect(report.findings.find((x) => x.file === f.path)!.message).toBe('扩展名是 .jpg，内容却是 PDF');
  });
});

describe('a county run', () => {
  it('reports a unit whose folder is empty, and one with no folder, as handing in nothing', async () => {
    const county = tempDir('lc-county-');
    try {
      await buildScenario(county);
      fs.mkdirSync(path.join(county, '县文旅局'));
      const rules2 = path.join(county, '..', `${path.basename(county)}.yaml`);
      fs.writeFileSync(rules2, SCENARIO_RULES.replace('  县教育局: [Ⅱ—8, Ⅲ—15]', '  县教育局: [Ⅱ—8, Ⅲ—15]\n  县文旅局: [Ⅱ—8]\n  县卫健委: [Ⅲ—15]'));
      const r = await check({ path: county, rules: rules2, asOf: '2026-10-20' });
      fs.rmSync(rules2);
      expect(r.mode).toBe('county');
      const u = (n: string) => r.units.find((x) => x.name === n)!;
      expect(u('县文旅局')).toMatchObject({ folder: '县文旅局', status: 'fail', indicatorsAssigned: 1, indicatorsPassed: 0 });
      expect(u('县卫健委')).toMatchObject({ folder: null, status: 'fail', indicatorsAssigned: 1, indicatorsPassed: 0 });
      const ids = (n: string) => r.findings.filter((f) => f.unit === n).map((f) => f.ruleId);
      expect(ids('县文旅局')).toEqual(['unit.nothing-submitted']);
      expect(ids('县卫健委')).toEqual(['unit.nothing-submitted']);
      expect(r.summary.indicatorsAssigned).toBe(4);
    } finally {
      fs.rmSync(county, { recursive: true, force: true });
    }
  });
});

describe('cannot run: exit 2', () => {
  it('a missing folder', () => {
    const r = runBin([path.join(tmp, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到要检查的文件夹');
    expect(r.stdout).toBe('');
  });

  it('an empty folder', () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty, { recursive: true });
    fs.writeFileSync(path.join(empty, '.DS_Store'), 'x'); // ignored: still empty
    const r = runBin([empty, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty/);
  });

  it('a broken rule file, with path:line:col, before reading any material', () => {
    const bad = path.join(tmp, 'bad.yaml');
    fs.writeFileSync(bad, 'name: 坏规则\nversion: 1\nextends: builtin\nindicators:\n  - code: Ⅲ—12\n    name: 我们的节日\n    photos: { min: -1 }\n');
    const r = runBin([folder, '--rules', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:\\d+: `));
    expect(r.stdout).toBe('');
  });

  it('an unknown flag, with a suggestion', () => {
    const r = runBin([folder, '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/未知选项 --formt/);
    expect(r.stderr).toMatch(/--format/);
  });

  it('a format named like an Object property (constructor, toString, __proto__)', () => {
    for (const f of ['constructor', 'toString', '__proto__']) {
      const r = runBin([folder, '-f', f]);
      expect(r.code, f).toBe(2);
      expect(r.stderr).toMatch(/未知的输出格式/);
    }
  });

  it('an output file inside the checked folder', () => {
    const r = runBin([folder, '-f', `json:${folder}/report.json`]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(`${folder}/report.json`)).toBe(false);
  });

  it('a bad --as-of date', () => {
    expect(runBin([folder, '--as-of', '2026-02-30']).code).toBe(2);
  });
});

describe('other commands', () => {
  it('--help and --version exit 0 on stdout', () => {
    const h = runBin(['--help']);
    expect(h.code).toBe(0);
    // Chinese by default, option texts and commander's own words included; English with --lang en.
    expect(h.stdout).toContain('示例');
    expect(h.stdout).toMatch(/^用法：/);
    expect(h.stdout).toContain('只列出错误');
    expect(h.stdout).not.toMatch(/Options:|output the version|display help/);
    const en = runBin(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Examples');
    expect(en.stdout).toContain('list errors only');
    expect(en.stdout).not.toMatch(/只列出错误|示例|用法/);
    const sub = runBin(['festivals', '--help']);
    expect(sub.stdout).toContain('公历年份');
    expect(runBin(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('no folder: the help on stderr (stdout carries only a report), exit 2', () => {
    for (const args of [[], ['-f', 'json'], ['--lang', 'en']]) {
      const r = runBin(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(args[1] === 'en' ? 'Usage: ledger-check' : '用法： ledger-check');
    }
  });

  it('explain prints a rule, and an unknown id exits 2 with a suggestion', () => {
    const r = runBin(['explain', 'material.report-missing']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('怎么改');
    // In Chinese words and punctuation, with the value a rule file's severity: takes.
    expect(r.stdout).toContain('\n默认级别：错误（error）\n');
    expect(r.stdout).toMatch(/\n为什么：.+\n怎么改：/);
    expect(runBin(['explain', 'material.report-missing', '--lang', 'en']).stdout).toContain('\ndefault severity: error\n');
    const u = runBin(['explain', 'material.report-misin']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('material.report-missing');
    // A name far from every photo rule is no slip for one of them: the photo rules are listed instead.
    const far = runBin(['explain', 'photo.nope']);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain('是不是');
    expect(far.stderr).toContain('（photo 开头的规则有：photo.unreadable、photo.bomb、');
  });

  it('rules lists every rule id', () => {
    const r = runBin(['rules', '--format', 'json']);
    const ids = JSON.parse(r.stdout).map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['material.report-missing', 'photo.outside-period', 'report.element-missing']));
  });

  it('rules --print-config prints the effective rule set (built-in, or merged with a file)', () => {
    const r = runBin(['rules', '--print-config']);
    expect(r.code, r.stderr).toBe(0);
    const set = JSON.parse(r.stdout);
    expect(set.period).toEqual({ start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), end: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(set.indicators.length).toBeGreaterThan(5);
  });

  it('inspect prints YAML by default', () => {
    const photo = path.join(folder, 'Ⅲ—15 志愿服务/2026-03-12 城关镇 植树志愿服务.jpg');
    const r = runBin(['inspect', photo]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^- path: .*植树志愿服务\.jpg$/m);
    expect(r.stdout).toMatch(/^ {8}model: EOS 90D$/m);
  });

  it('inspect never prints a C1 control or a bidirectional override from a name or text raw (YAML shown escaped, JSON the same value)', () => {
    const dir = tempDir('lc-inspect-screen-');
    // A report whose name and text carry U+202E (reorders what follows on screen) and U+009B (C1 CSI).
    const file = path.join(dir, '说明报告\u202egpj.txt');
    fs.writeFileSync(file, `县甲局志愿服务工作说明报告\n${'我们开展了志愿服务活动30场，服务群众200人次。\n'.repeat(20)}标题\u202e反转\u009b31m红\u2066结束\n`);
    const raw = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;
    const yaml = runBin(['inspect', file]);
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(yaml.stdout).not.toMatch(raw);
    expect(yaml.stdout).toContain('说明报告\\u{202e}gpj.txt');
    const json = runBin(['inspect', file, '--format', 'json']);
    expect(json.stdout).not.toMatch(raw);
    const [d] = JSON.parse(json.stdout);
    expect(d.path).toBe(file);
    expect(d.records[0].facts.text).toContain('标题\u202e反转\u009b31m红\u2066结束');
  });

  /** Run the bin with its stdout's (and maybe stderr's) read end closed before it writes: every write fails (EPIPE). */
  async function withClosedStdout(args: string[], closeStderr = false) {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    if (closeStderr) child.stderr.destroy();
    let stderr = '';
    if (!closeStderr) child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stderr };
  }

  it('keeps its exit code when both stdout and stderr are closed (2>&1 | head)', async () => {
    // A run that cannot write its output file says so on stderr and exits 2, even with no reader.
    const r = await withClosedStdout([folder, '--as-of', '2026-08-01', '--no-progress', '-f', 'json', '-f', 'xlsx:/proc/ledger-check-nope/x.xlsx'], true);
    expect(r.code).toBe(2);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('exits 2 with a plain message when standard output cannot be written (> /dev/full)', async () => {
    const out = path.join(tempDir('lc-full-'), 'report.xlsx');
    const child = spawn(process.execPath, [bin, folder, '--as-of', '2026-08-01', '--no-progress', '-f', 'json', '-f', `xlsx:${out}`], {
      stdio: ['ignore', fs.openSync('/dev/full', 'w'), 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/无法写出屏幕输出（标准输出）：磁盘空间不足（ENOSPC）/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(fs.statSync(out).size).toBeGreaterThan(1000); // the other outputs were still written
  });

  it('reports an output folder that cannot be made, instead of hanging (a path under /proc)', () => {
    const r = runBin([folder, '--as-of', '2026-08-01', '--no-progress', '-f', 'xlsx:/proc/ledger-check-nope/x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/proc/ledger-check-nope/x.xlsx');
  });

  it('a file given instead of a folder: says which folder to check, and inspect for the one file (zh and en)', () => {
    const file = path.join(folder, 'Ⅲ—15 志愿服务/说明报告.docx');
    const r = runBin([file, '--no-progress']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `ledger-check: 这是一个文件，不是文件夹：${file}\n检查要给出文件夹：它所在的文件夹（ledger-check "${path.dirname(file)}"）、单位文件夹或全县台账文件夹；只看这个文件读出的内容：ledger-check inspect "${file}"\n`,
    );
    const en = runBin([file, '--no-progress', '--lang', 'en']);
    expect(en.stderr).toContain(`the folder it is in (ledger-check "${path.dirname(file)}")`);
    expect(en.stderr).toContain(`ledger-check inspect "${file}"`);
  });

  it('an archive given instead of a folder (a unit’s 台账.zip): unpack it first — not inspect, which reads no archive (zh and en)', () => {
    const dir = tempDir('lc-archive-');
    const zip = path.join(dir, '县教育局台账.zip');
    fs.writeFileSync(zip, Buffer.from('PK\x03\x04rest', 'latin1'));
    const r = runBin([zip, '--no-progress']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`ledger-check: 这是一个压缩包，不是文件夹：${zip}\n请先解压，再检查解压出的文件夹（单位文件夹或全县台账文件夹）；本工具不读压缩包里的文件\n`);
    // A RAR by its first bytes, whatever its name; English too.
    const rar = path.join(dir, '材料');
    fs.writeFileSync(rar, Buffer.from('Rar!\x1a\x07\x00', 'latin1'));
    expect(runBin([rar, '--no-progress', '--lang', 'en']).stderr).toContain(`this is an archive, not a folder: ${rar}\nUnpack it first`);
    // A .docx is a zip inside but a document: still the folder and inspect advice.
    const docx = path.join(dir, '说明报告.docx');
    fs.writeFileSync(docx, Buffer.from('PK\x03\x04rest', 'latin1'));
    expect(runBin([docx, '--no-progress']).stderr).toContain('这是一个文件，不是文件夹');
  });

  it('a file-only format alone (-f xlsx:file) still says on screen where it went, the summary and the result', () => {
    const dir = tempDir('lc-fileonly-');
    const out = path.join(dir, 'report.xlsx');
    const r = runBin([folder, '--as-of', '2026-08-01', '--no-progress', '-f', `xlsx:${out}`, '--split-units', path.join(dir, 'units')]);
    expect(r.code, r.stderr).toBe(1);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`报告已写入：${out}、${path.join(dir, 'units')}（每个单位一份表格，共 1 份）`);
    expect(lines[1]).toMatch(/^汇总：\d+ 个错误.*指标完成率/);
    expect(lines[2]).toBe('结果：不通过');
    // Several files, in English; a format on screen keeps the screen to itself (no summary added).
    const en = runBin([folder, '--as-of', '2026-08-01', '--no-progress', '--lang', 'en', '-f', `xlsx:${out}`, '-f', `json:${path.join(dir, 'r.json')}`]);
    expect(en.stdout).toMatch(new RegExp(`^Report written to: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .*r\\.json\nSummary: `));
    const json = runBin([folder, '--as-of', '2026-08-01', '--no-progress', '-f', 'json', '-f', `xlsx:${out}`]);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it('stops writing quietly when the reader of its output goes away (| head)', async () => {
    const r = await withClosedStdout(['rules']);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.code).toBe(0);
  });

  it('still finishes a failing check (its files written, exit 1) when stdout is closed', async () => {
    const out = path.join(tempDir('lc-pipe-'), 'report.xlsx');
    const r = await withClosedStdout([folder, '--as-of', '2026-08-01', '--no-progress', '-f', 'json', '-f', `xlsx:${out}`]);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.code).toBe(1);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });

  it('inspect prints {path, container, status, records} for photos and documents', () => {
    const photo = path.join(folder, 'Ⅲ—15 志愿服务/2026-03-12 城关镇 植树志愿服务.jpg');
    const doc = path.join(folder, 'Ⅲ—15 志愿服务/说明报告.docx');
    const r = runBin(['inspect', photo, doc, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const [p, d] = JSON.parse(r.stdout);
    expect(p).toMatchObject({ container: 'jpeg', status: 'ok' });
    expect(p.records).toHaveLength(1);
    expect(p.records[0]).toMatchObject({ extractor: 'photo', error: null, facts: { capturedAt: '2026-03-12T09:30:00+08:00', width: 800, height: 600, make: 'Canon', model: 'EOS 90D' } });
    expect(Object.keys(p.records[0])).toEqual(['extractor', 'version', 'facts', 'error']);
    // No kind and no verdicts: those depend on the rule file, and belong to check.
    expect(d).not.toHaveProperty('kind');
    expect(d).not.toHaveProperty('elements');
    const facts = d.records[0].facts;
    expect(d.records[0].extractor).toBe('document');
    expect(facts.elements['主体责任'][0].words).toEqual(expect.any(String));
    expect(typeof facts.pages === 'number' || facts.pages === null).toBe(true);
    expect(facts.encrypted).toBe(false);
  });
});
