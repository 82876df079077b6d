/**
 * Facts do not depend on the rule file: for every kind of file, the fact records `inspect` prints
 * are byte-identical to the ones a check makes after discovering the folder with the built-in
 * rules, and to the ones it makes with a very different rule file (other classify cues, so other
 * kinds; a tiny maxPixels; other elements and period). The kinds do differ between the two runs,
 * so the cues were in play.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { extractRecords } from '../../src/extract/index.js';
import { inspect } from '../../src/inspect.js';
import { loadRules } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/schema.js';
import { makeJpeg, makePng, makeBombPng } from '../../fixtures/build/jpeg.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { makeScanPdf } from '../../fixtures/build/scan-pdf.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makeOfd } from '../../fixtures/build/ofd.js';
import { makeCfb } from '../../fixtures/build/cfb.js';
import { makeRegisterXlsx } from '../../fixtures/build/xlsx.js';
import { writeMovie } from '../../fixtures/build/video.js';
import { tempDir } from '../helpers/temp.js';

const REPORT = ['县教育局关于“我们的节日”工作的说明报告', '一、组织领导：局党组书记为第一责任人。', '二、主要做法：开展端午经典诵读活动12场，参与学生3600人次。', '县教育局', '2025年6月30日'];

let tmp: string;
let unit: string;
const IND = 'Ⅲ—12 我们的节日';

/** Every kind of file the tool reads, under names that the two rule files classify differently. */
async function files(): Promise<Record<string, Buffer | string>> {
  const camera = { make: 'Canon', model: 'EOS 90D', dateTimeOriginal: '2025-06-12 09:30:00' };
  return {
    [`${IND}/2025-06-12 端午 诵读.jpg`]: await makeJpeg({ seed: 3, width: 640, height: 480, exif: camera, thumbnail: true }),
    [`${IND}/活动照片.png`]: await makePng({ seed: 4, width: 320, height: 240 }),
    [`${IND}/大图.png`]: makeBombPng(12_000, 10_000), // over the built-in 100 M and the decode cap
    [`${IND}/说明报告.pdf`]: makePdf({ pages: [REPORT] }),
    [`${IND}/说明报告（扫描）.pdf`]: await makeScanPdf(REPORT.slice(0, 2)),
    [`${IND}/工作方案.docx`]: await makeDocx({ paragraphs: REPORT }),
    [`${IND}/部门评价.doc`]: makeCfb([{ name: 'WordDocument', data: Buffer.alloc(1024) }]),
    [`${IND}/通知.ofd`]: makeOfd({ pages: [REPORT] }),
    [`${IND}/活动登记表.xlsx`]: await makeRegisterXlsx({ sheets: [{ name: '登记表', header: ['活动名称', '活动时间', '活动地点', '参与人数'], rows: [['端午诵读', '2025-06-12', '县一中', 120]] }] }),
    [`${IND}/活动登记表.csv`]: '活动名称,活动时间,活动地点,参与人数\n端午诵读,2025-06-12,县一中,120\n',
    [`${IND}/说明.txt`]: REPORT.join('\n'),
    [`${IND}/空文件.pdf`]: Buffer.alloc(0),
    [`${IND}/未知.bin`]: Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff, 0x00, 0x10]),
    [`${IND}/说明报告照片.jpg`]: await makeJpeg({ seed: 5, width: 800, height: 1131 }), // a photographed report
    '移交签单.pdf': makePdf({ pages: [['移交签单', '县教育局']] }),
    [`${IND}/活动视频 说明报告.mp4`]: writeMovie({ appleCreationDate: '2025-06-12T09:30:00+0800' }),
    [`${IND}/坏视频.mov`]: writeMovie({ flavour: 'mov', moovLast: true }).subarray(0, 200),
  };
}

/** The very different county: other cues (a 说明报告 is a register, 照片 a sign-off …), tiny maxPixels, other elements, another period. */
const WEIRD = {
  name: 'weird',
  version: '9',
  period: { start: '2019-01-01', end: '2019-03-31' },
  deadline: '2019-04-15',
  classify: { report: ['方案', '通知', '照片'], evaluation: ['说明'], register: ['报告'], document: ['评价'], signoff: ['活动'] },
  defaults: {
    photo: { maxPixels: 1000, formats: ['png'] },
    report: { minChars: 5000, elements: { 神秘要素: { cues: ['不存在的词'] } } },
  },
};

/** The built-in rules, or a rule file (outside the checked folder) loaded as a county's would be. */
function ruleSet(data?: object): RuleSet {
  if (!data) return loadRules({});
  const file = path.join(tmp, 'weird.yaml');
  fs.writeFileSync(file, JSON.stringify(data)); // JSON is YAML
  return loadRules({ file });
}

async function recordsUnder(rules: RuleSet) {
  const d = await discover(unit, rules);
  const recs = await extractRecords(d.files, { concurrency: 4 });
  return {
    kinds: Object.fromEntries(d.files.map((f) => [f.path, f.kind])),
    json: Object.fromEntries(recs.map((r) => [r.file.path, JSON.stringify([r.facts])])),
  };
}

beforeAll(async () => {
  tmp = tempDir('lc-facts-');
  unit = path.join(tmp, '县教育局');
  for (const [rel, data] of Object.entries(await files())) {
    fs.mkdirSync(path.dirname(path.join(unit, rel)), { recursive: true });
    fs.writeFileSync(path.join(unit, rel), data);
  }
}, 120_000);

describe('fact records do not depend on the rule file', () => {
  it('inspect, a check under the built-in rules and one under a very different rule file make the same records, byte for byte', async () => {
    const builtin = await recordsUnder(ruleSet());
    const weird = await recordsUnder(ruleSet(WEIRD));
    const paths = Object.keys(builtin.json).sort();
    expect(paths).toHaveLength(Object.keys(await files()).length);
    const inspected = await inspect(paths.map((p) => path.join(unit, p)));
    const byInspect = Object.fromEntries(inspected.map((r, i) => [paths[i]!, JSON.stringify(r.records)]));

    // The cues were in play: the same files are other kinds under the other rule file.
    const changed = paths.filter((p) => builtin.kinds[p] !== weird.kinds[p]);
    expect(changed.length).toBeGreaterThanOrEqual(4);

    for (const p of paths) {
      expect(weird.json[p], p).toBe(builtin.json[p]);
      expect(byInspect[p], p).toBe(builtin.json[p]);
    }

    // Every container and every extractor is covered.
    const containers = new Set(inspected.map((r) => r.container));
    for (const c of ['jpeg', 'png', 'pdf', 'docx', 'cfb', 'ofd', 'xlsx', 'text', 'empty', 'unknown']) expect(containers, c).toContain(c);
    const extractors = new Set(inspected.flatMap((r) => r.records.map((x) => x.extractor)));
    for (const x of ['photo', 'document', 'register', 'none']) expect(extractors, x).toContain(x);
  }, 120_000);

  it('records the declared size of a huge picture and leaves the bomb verdict to the check', async () => {
    const [r] = await inspect([path.join(unit, IND, '大图.png')]);
    expect(r!.records[0]).toMatchObject({ extractor: 'photo', error: null, facts: { width: 12_000, height: 10_000, pixelsUnavailable: 'over-decode-cap' } });
  });

  it('records are plain JSON, frozen, with the extractor version', async () => {
    const [r] = await inspect([path.join(unit, IND, '说明报告.pdf')]);
    const rec = r!.records[0]!;
    expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
    expect(Object.isFrozen(rec) && Object.isFrozen(rec.facts)).toBe(true);
    expect(rec).toMatchObject({ extractor: 'document', version: expect.any(Number) });
    expect(rec.facts).not.toHaveProperty('style'); // the 总结式 verdict is the check's
  });
});
