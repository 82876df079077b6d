/**
 * hostile20: register content a reviewer cannot see by the sheet's defaults or the workbook's theme was read and
 * counted — a default row height or column width below a pixel, text in a theme colour equal to its fill's theme colour (accent1 on accent1;
 * the theme part was not read). Now left out and told (register.hidden-rows) as hostile19's marks are. Ordinary
 * rows stay read: the defaults Excel and exceljs write, theme colours on other theme fills, tints apart, and
 * (final-review20) every written row of a sheet whose EMPTY rows are hidden by default (zeroHeight: what Excel writes
 * when a clerk hides the unused rows below the table; its data rows carry no ht, and show).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { themeColours, tinted } from '../../src/extract/register-styles.js';
import type { ExtractedFile } from '../../src/types.js';
import { tempDir } from './helpers.js';
import { eachCell, readEdited, type Edit } from './hidden-register.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

let k = 0;
const read = (edit: Edit, sheetXml?: (xml: string) => string, theme?: (xml: string) => string): Promise<ExtractedFile> =>
  readEdited(dir, `d${k++}.xlsx`, edit, { 'xl/worksheets/sheet1.xml': sheetXml, 'xl/theme/theme1.xml': theme });
const facts = (f: ExtractedFile) => (f.facts.type === 'register' ? f.facts : null)!;
const names = (f: ExtractedFile) => facts(f).rows.map((r) => r.name);
const ALL = ['志愿服务活动1', '志愿服务活动2', '志愿服务活动3'];
/** The sheet's sheetFormatPr replaced by `attrs`. */
const format = (attrs: string) => (x: string) => {
  expect(x).toMatch(/<sheetFormatPr[^>]*\/>/);
  return x.replace(/<sheetFormatPr[^>]*\/>/, `<sheetFormatPr ${attrs}/>`);
};
/** Rows 1 (header), 2 and 4 given their own height; row 3 left to the default. */
const ownHeights = (x: string) => x.replace(/<row r="([124])"/g, '<row r="$1" ht="15" customHeight="1"').replace(/<row r="3"([^>]*?) ht="[^"]*"/, '<row r="3"$1');
const solid = (theme: number, tint?: number): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { theme, ...(tint === undefined ? {} : { tint }) } as never });

describe('rows and columns hidden by the sheet\'s defaults', () => {
  it.each([
    ['a default row height of 0', 'defaultRowHeight="0"', ['low-row']],
    ['boundary: a default row height of 0.74 pt', 'defaultRowHeight="0.74"', ['low-row']],
  ])('%s: that row is not counted, and told', async (_n, attrs, how) => {
    const f = await read(() => {}, (x) => ownHeights(format(attrs)(x)));
    expect(names(f)).toEqual(['志愿服务活动1', '志愿服务活动3']);
    expect(facts(f).hidden?.[0]).toMatchObject({ sheet: '活动登记', rows: 1, how });
  });

  it('a default column width of 0: the columns given no width are not read (the names), those given one are', async () => {
    const f = await read(
      (ws) => {
        for (const c of [1, 3, 4, 5, 6]) ws.getColumn(c).width = 12;
      },
      format('defaultRowHeight="15" defaultColWidth="0"'),
    );
    expect(names(f)).toEqual([null, null, null]);
    expect(facts(f).rows.map((r) => r.participants)).toEqual([20, 20, 20]);
    expect(facts(f).hidden).toEqual([{ sheet: '活动登记', state: 'visible', rows: 0, columns: 1, cells: 3, how: ['narrow-column'] }]);
  });

  it.each([
    ['exceljs\'s defaults', (x: string) => x],
    ['zeroHeight with every row given its height', (x: string) => format('defaultRowHeight="15" zeroHeight="1"')(x).replace(/<row r="(\d+)"/g, '<row r="$1" ht="15" customHeight="1"')],
    // final-review20: rows hidden by default are the EMPTY ones; written rows show, with or without their own height.
    ['zeroHeight, row 3 given no height (Excel after hiding the unused rows below)', (x: string) => ownHeights(format('defaultRowHeight="15" zeroHeight="1"')(x))],
    ['zeroHeight, no row given a height', (x: string) => format('defaultRowHeight="15" zeroHeight="1"')(x).replace(/ ht="[^"]*"/g, '').replace(/ customHeight="[^"]*"/g, '')],
    ['zeroHeight with a default row height of 0 (the unhidden height not given), row 3 given none', (x: string) => ownHeights(format('defaultRowHeight="0" zeroHeight="1"')(x))],
    ['zeroHeight="0"', format('defaultRowHeight="15" zeroHeight="0"')],
    ['boundary: a default row height of 0.75 pt', (x: string) => ownHeights(format('defaultRowHeight="0.75"')(x))],
    ['a default column width of 8.43', format('defaultRowHeight="15" defaultColWidth="8.43"')],
    ['boundary: a default column width of 0.15', format('defaultRowHeight="15" defaultColWidth="0.15"')],
  ])('%s: every activity read', async (_n, edit) => {
    const f = await read(() => {}, edit);
    expect(names(f)).toEqual(ALL);
    expect(facts(f).hidden).toBeUndefined();
  });
});

describe('text in the theme colour of its fill', () => {
  it.each([
    ['accent1 text on an accent1 fill', (c: ExcelJS.Cell) => ((c.font = { color: { theme: 4 } }), (c.fill = solid(4)))],
    ['dk2 text on a dk2 fill, both tinted alike', (c: ExcelJS.Cell) => ((c.font = { color: { theme: 3, tint: 0.4 } as never }), (c.fill = solid(3, 0.4)))],
    ['dk1 text (black) on a fill of the theme\'s accent1, the theme\'s accent1 made black', (c: ExcelJS.Cell) => ((c.font = { color: { theme: 1 } }), (c.fill = solid(4)))],
  ])('%s: the row is not counted', async (_n, paint) => {
    const f = await read((ws) => eachCell(ws, 3, paint), undefined, (x) => x.replace(/(<a:accent1>\s*<a:srgbClr val=")[0-9A-F]{6}/, _n.includes('made black') ? '$1000000' : '$14F81BD'));
    expect(names(f)).toEqual(['志愿服务活动1', '志愿服务活动3']);
    expect(facts(f).hidden?.[0]).toMatchObject({ rows: 1, how: ['same-colour'] });
  });

  it.each([
    ['white (lt1) text on an accent1 fill (a header band)', (c: ExcelJS.Cell) => ((c.font = { color: { theme: 0 } }), (c.fill = solid(4)))],
    ['accent1 text on the same accent lightened 80%', (c: ExcelJS.Cell) => ((c.font = { color: { theme: 4 } }), (c.fill = solid(4, 0.8)))],
    ['dk1 text on an lt2 fill', (c: ExcelJS.Cell) => ((c.font = { color: { theme: 1 } }), (c.fill = solid(2)))],
    ['accent2 text on no fill', (c: ExcelJS.Cell) => (c.font = { color: { theme: 5 } })],
    ['white text on a fill of a theme colour the theme does not define (not known: never judged)', (c: ExcelJS.Cell) => ((c.font = { color: { argb: 'FFFFFFFF' } }), (c.fill = solid(20)))],
  ])('%s: read', async (_n, paint) => {
    const f = await read((ws) => eachCell(ws, 3, paint));
    expect(names(f)).toEqual(ALL);
    expect(facts(f).hidden).toBeUndefined();
  });

  it('lt1 text on no fill is white with the theme as without it; a theme whose lt1 is dark reads it', async () => {
    const white = await read((ws) => eachCell(ws, 3, (c) => (c.font = { color: { theme: 0 } })));
    expect(facts(white).hidden?.[0]).toMatchObject({ rows: 1, how: ['white'] });
    const dark = await read((ws) => eachCell(ws, 3, (c) => (c.font = { color: { theme: 0 } })), undefined, (x) => x.replace(/(<a:lt1>\s*<a:sysClr val="window" lastClr=")FFFFFF/, '$1202020'));
    expect(names(dark)).toEqual(ALL);
  });
});

describe('the pieces', () => {
  it('reads a theme\'s scheme in SpreadsheetML order (lt1, dk1, lt2, dk2, accents, links)', () => {
    const x = '<a:theme><a:themeElements><a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4f81bd"/></a:accent1></a:clrScheme></a:themeElements></a:theme>';
    expect(themeColours(x)?.slice(0, 5)).toEqual(['FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD']);
    expect(themeColours('<a:theme/>')).toBeNull();
  });
  it('applies a tint as Excel does (luminance in HLS)', () => {
    expect(tinted('000000', 0.5)).toBe('808080');
    expect(tinted('FFFFFF', -0.5)).toBe('808080');
    expect(tinted('4F81BD', 0)).toBe('4F81BD');
    // Excel's accent1 lighter 40% of the 2007 theme: 95B3D7.
    expect(tinted('4F81BD', 0.3999755851924192)).toBe('95B3D7');
  });
});
