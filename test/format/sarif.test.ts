import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import { catalog } from '../../src/messages/index.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

// The OASIS SARIF 2.1.0 schema (errata01), vendored: nothing is downloaded when tests run.
const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sarif-schema-2.1.0.json');
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));

let report: Report;
beforeAll(async () => {
  report = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20' });
});
const opts = { color: false, quiet: false };
const sarifOf = async (r: Report) => JSON.parse((await formatters.sarif!(r, opts)) as string);

describe('sarif: SARIF 2.1.0 for code scanning', () => {
  it('validates against the SARIF 2.1.0 JSON schema', async () => {
    const log = await sarifOf(report);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', async () => {
    const log = await sarifOf(report);
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
    const bad = await sarifOf(report);
    bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = '县教育局/照 片.jpg'; // not a URI
    expect(validate(bad)).toBe(false);
  });

  it('lists every rule with help text from the catalog, and one result per finding', async () => {
    const log = await sarifOf(report);
    const run = log.runs[0];
    expect(run.tool.driver.rules.length).toBe(Object.keys(catalog).length);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'photo.too-small');
    expect(rule.shortDescription.text).toBe(catalog['photo.too-small']!.title.zh);
    expect(rule.help.text).toContain(catalog['photo.too-small']!.fix.zh);
    expect(run.results.length).toBe(report.findings.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const levels = new Set(run.results.map((r: { level: string }) => r.level));
    expect([...levels].every((l) => ['error', 'warning', 'note'].includes(l as string))).toBe(true);
  });

  it('locates results relative to the checked folder, percent-encoded', async () => {
    const log = await sarifOf(report);
    const run = log.runs[0];
    const f = report.findings.find((x) => x.ruleId === 'photo.too-small')!;
    const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'photo.too-small');
    const loc = r.locations[0].physicalLocation.artifactLocation;
    expect(loc.uriBaseId).toBe('LEDGERROOT');
    expect(decodeURIComponent(loc.uri)).toBe(f.file);
    expect(run.originalUriBaseIds.LEDGERROOT.uri).toBe(`${path.join(repoRoot, 'fixtures/demo/台账').split('/').map(encodeURIComponent).join('/')}/`.replace(/^/, 'file://'));
    // A finding about a missing indicator folder points at its unit folder.
    const missing = run.results.find((x: { ruleId: string }) => x.ruleId === 'material.indicator-missing');
    expect(decodeURIComponent(missing.locations[0].physicalLocation.artifactLocation.uri)).toBe('县卫健委/');
  });

  it('a relative root chains to SRCROOT', async () => {
    const log = await sarifOf({ ...report, root: './fixtures/demo/台账' });
    expect(log.runs[0].originalUriBaseIds.LEDGERROOT).toMatchObject({ uri: 'fixtures/demo/%E5%8F%B0%E8%B4%A6/', uriBaseId: 'SRCROOT' });
    expect(validate(log)).toBe(true);
  });
});

describe('gitlab: code-quality report', () => {
  it('one issue per finding with a stable fingerprint, severity and a path from the working directory', async () => {
    const issues = JSON.parse((await formatters.gitlab!({ ...report, root: 'fixtures/demo/台账' }, opts)) as string);
    expect(issues.length).toBe(report.findings.length);
    const fps = new Set(issues.map((i: { fingerprint: string }) => i.fingerprint));
    expect(fps.size).toBe(issues.length);
    for (const i of issues) {
      expect(i).toMatchObject({ type: 'issue', location: { lines: { begin: 1 } } });
      expect(['major', 'minor', 'info']).toContain(i.severity);
      expect(i.location.path === 'fixtures/demo/台账' || i.location.path.startsWith('fixtures/demo/台账/')).toBe(true);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    const again = JSON.parse((await formatters.gitlab!({ ...report, root: 'fixtures/demo/台账' }, opts)) as string);
    expect(again).toEqual(issues);
  });
});
