/**
 * Captions from the register (issue 11 item 5): a photo listed in a register row takes 时间/地点/事件
 * from that row when its file name and description lack them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractRegister } from '../../src/extract/register.js';
import { photoChecks } from '../../src/checks/photo.js';
import type { ExtractedFile } from '../../src/types.js';
import { makeRegisterXlsx, type SheetSpec } from '../../fixtures/build/xlsx.js';
import { tempDir, writeFixture, photo } from './helpers.js';
import { indicator, ruleSet, unitOf } from './model.js';
import type { Emitted } from '../../src/checks/types.js';

const period = { start: '2024-08-01', end: '2025-07-31' };
const rules = ruleSet(period);
let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function register(rows: SheetSpec['rows'], header = ['序号', '活动名称', '活动时间', '活动地点', '照片文件名']): Promise<ExtractedFile> {
  const buf = await makeRegisterXlsx({ sheets: [{ name: '登记', title: ['2025年活动登记表'], header, rows }] });
  const f = await writeFixture(dir, `登记${Math.random().toString(36).slice(2)}.xlsx`, buf);
  const r = await extractRegister(f);
  return { ...f, facts: r.facts, error: r.error };
}

/** The caption findings on each photo, with the fields still missing. */
function missing(files: ExtractedFile[], caption = ['时间', '地点', '事件'], withIndicator = true): Record<string, string> {
  const ind = indicator(rules, 'III-12', files, { photos: { ...rules.indicators.find((i) => i.key === 'III-12')!.photos, caption } });
  const unit = unitOf(ind);
  const out: Record<string, string> = {};
  for (const c of photoChecks) {
    if (c.scope !== 'file') continue;
    for (const f of files) {
      if (!c.kinds.includes(f.kind)) continue;
      c.run(f, withIndicator ? ind : null, unit, { rules, asOf: '2025-08-15' }, (id: string, at: Emitted = {}) => {
        if (id === 'photo.caption-missing-fields') out[f.name] = (at.args?.missing as string[]).join('、');
      });
    }
  }
  return out;
}

describe('captions from the register', () => {
  it('a listed photo takes 时间/地点/事件 from its row; an unlisted one does not', async () => {
    const reg = await register([[1, '端午包粽子', '2025-05-30', '城关小学', 'IMG_0001.jpg']]);
    const files = [reg, photo('IMG_0001.jpg', '2025-05-30T10:00:00'), photo('IMG_0002.jpg', '2025-05-30T10:00:00')];
    expect(missing(files)).toEqual({ 'IMG_0002.jpg': '时间、地点、事件' });
  });

  it('only the fields the row has: no place in the row leaves 地点 missing', async () => {
    const reg = await register([[1, '端午包粽子', '5月30日', null, 'IMG_0003.jpg']]);
    expect(missing([reg, photo('IMG_0003.jpg', '2025-05-30T10:00:00')])).toEqual({ 'IMG_0003.jpg': '地点' });
  });

  it('an online activity\'s 平台 is its place', async () => {
    const reg = await register([[1, '网上祭英烈', '2025-04-03', '微信公众号', 'qm.png']], ['序号', '活动名称', '活动时间', '平台', '截图文件']);
    expect(missing([reg, photo('qm.png', '2025-04-03T10:00:00')])).toEqual({});
  });

  it('the file name still comes first, the register fills only what it lacks', async () => {
    const reg = await register([[1, '端午包粽子', '2025-05-30', '城关小学', '2025-05-30 端午.jpg']]);
    expect(missing([reg, photo('2025-05-30 端午.jpg', '2025-05-30T10:00:00')])).toEqual({});
  });

  it('a row whose date cannot be read gives no 时间', async () => {
    const reg = await register([[1, '端午包粽子', '待定', '城关小学', 'IMG_0004.jpg']]);
    expect(missing([reg, photo('IMG_0004.jpg', '2025-05-30T10:00:00')])).toEqual({ 'IMG_0004.jpg': '时间' });
  });

  it('outside an indicator folder there is no register to read', async () => {
    const reg = await register([[1, '端午包粽子', '2025-05-30', '城关小学', 'IMG_0005.jpg']]);
    expect(missing([reg, photo('IMG_0005.jpg', '2025-05-30T10:00:00')], ['时间', '地点', '事件'], false)).toEqual({ 'IMG_0005.jpg': '时间、地点、事件' });
  });
});
