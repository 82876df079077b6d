/**
 * The register of three activities (rows 2–4) the hidden-content tests edit (hidden-cells: hostile19; hidden-defaults:
 * hostile20): `edit` hides what it hides through exceljs, `parts` rewrites a part's XML where exceljs cannot write it.
 */
import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import { extractRegister } from '../../src/extract/register.js';
import type { ExtractedFile } from '../../src/types.js';
import { writeFixture } from './helpers.js';
import { repack } from '../../fixtures/build/zip.js';
import { ZipArchive } from '../../src/extract/zip.js';

export const HEADER = ['序号', '活动名称', '活动时间', '活动地点', '参与人数', '形式'];
export type Edit = (ws: ExcelJS.Worksheet) => void;

export async function workbook(edit: Edit = () => {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('活动登记');
  ws.addRow(HEADER);
  for (let i = 0; i < 3; i++) ws.addRow([i + 1, `志愿服务活动${i + 1}`, `2025-06-0${i + 1}`, '文化广场', 20, '线下']);
  edit(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The register written with `edit` and `parts` (a part's name → its XML rewritten), read as the tool reads it, in `dir` as `name`. */
export async function readEdited(dir: string, name: string, edit: Edit, parts: Record<string, ((xml: string) => string) | undefined> = {}): Promise<ExtractedFile> {
  let buf = await workbook(edit);
  const zip = new ZipArchive(buf);
  const changed: Record<string, { data: Buffer }> = {};
  for (const [part, rewrite] of Object.entries(parts)) if (rewrite) changed[part] = { data: Buffer.from(rewrite(zip.text(part)!), 'utf8') };
  if (Object.keys(changed).length) buf = repack(buf, changed);
  const f = await writeFixture(dir, name, buf);
  const r = await extractRegister(f);
  expect(r.error).toBeNull();
  return { ...f, facts: r.facts, error: r.error };
}

/** Every cell of sheet row `r` (1-based) under the header. */
export const eachCell = (ws: ExcelJS.Worksheet, r: number, f: (c: ExcelJS.Cell) => void) => {
  for (let c = 1; c <= HEADER.length; c++) f(ws.getRow(r).getCell(c));
};
