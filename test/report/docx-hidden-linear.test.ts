/**
 * The hidden-run cut (docx-hidden.ts) reads a part in one linear sweep, whatever the part holds:
 * a tag never closed with a long name, and runs deep inside many nested tables, each cost no more
 * than their size (both were quadratic: a 4 MB part of either ran for minutes to hours on the main
 * thread, where Word files are parsed one at a time, so the whole check stopped).
 */
import { describe, expect, it } from 'vitest';
import { cutHiddenRuns, readDocxStyles } from '../../src/extract/docx-hidden.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('the hidden-run cut on hostile markup', () => {
  it('a tag never closed with a long name costs its size (body and styles part)', () => {
    const long = 'a'.repeat(400_000);
    const xml = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>藏起来</w:t></w:r><w:${long}<w:r><w:t>看得见</w:t></w:r></w:p></w:body></w:document>`;
    const cut = cutHiddenRuns(xml);
    expect(cut.chars).toBe(3);
    expect(cut.how).toEqual(['vanish']);
    expect(cut.xml).toContain('看得见');
    expect(cut.xml).not.toContain('藏起来');
    const styles = readDocxStyles(`<w:styles xmlns:w="${W}"><w:style w:styleId="H"><w:rPr><w:vanish/></w:rPr></w:style><w:${long}</w:styles>`);
    expect(styles.run('H').vanish).toBe(true);
  });

  it('white runs inside a deep nest of tables cost their size, and a coloured table still keeps them', () => {
    const n = 250_000;
    const white = '<r><rPr><color val="FFFFFF"/></rPr><t>x</t></r>';
    const cut = cutHiddenRuns(`<document><body>${'<tbl>'.repeat(n)}<p>${white.repeat(n)}</p></body></document>`);
    expect(cut.chars).toBe(n);
    expect(cut.how).toEqual(['white']);
    // A styled table anywhere in the stack puts colour behind the text: nothing cut; once it closes, cut again.
    const kept = cutHiddenRuns(`<document><body><tbl><tblPr><tblStyle val="G"/></tblPr><tbl><tr><tc><p>${white}</p></tc></tr></tbl></tbl><p>${white}</p></body></document>`);
    expect(kept.chars).toBe(1);
    // A shaded cell keeps its own text only while the cell lasts.
    const cell = cutHiddenRuns(`<document><body><tbl><tr><tc><tcPr><shd val="clear" fill="003366"/></tcPr><p>${white}</p></tc><tc><p>${white}</p></tc></tr></tbl></body></document>`);
    expect(cell.chars).toBe(1);
  });
});
