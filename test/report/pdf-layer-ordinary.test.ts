/**
 * final-review17: ordinary optional content (layers ON, BaseState OFF with the layer ON, text after an
 * OFF layer closed, nested and non-OC marked content, an OCMD AnyOn, an unknown name) keeps its text:
 * the session-17 layer rule (979db1bc) leaves out only what the default configuration turns off.
 */
import { describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { both } from './pdf-fast-both.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY)] };
const line = (y: number, text: string) => `BT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;
function pdf(content: string, d: string, extraOcg = ''): Buffer {
  return officePdf({
    fonts: { F1: F },
    resources: '/Properties<</A 1000 0 R/B 1001 0 R/M 1002 0 R/MC0 1003 0 R>>',
    objects: ['<</Type/OCG/Name(A)>>', '<</Type/OCG/Name(B)>>', '<</Type/OCMD/OCGs[1000 0 R 1001 0 R]/P/AnyOn>>', '<</MCID 0>>'],
    catalog: `/OCProperties<</OCGs[1000 0 R 1001 0 R]/D<<${d}>>${extraOcg}>>`,
    pages: [{ content: line(800, TITLE) + content }],
  });
}
const cases: [string, Buffer][] = [
  ['A listed ON', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/ON[1000 0 R]/OFF[]')],
  ['BaseState OFF, A listed ON', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/BaseState/OFF/ON[1000 0 R]')],
  ['B off, text in A', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
  ['B off, text after B closed', pdf(`/OC /B BDC EMC /Span <</ActualText (x)>> BDC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
  ['B off: nested non-OC BDC inside B closed, then text', pdf(`/OC /B BDC /P <</MCID 0>> BDC EMC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
  ['B off: BMC inside B, then text after both', pdf(`/OC /B BDC /Artifact BMC EMC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
  ['B off: text inside P tagged by property name MC0', pdf(`/P /MC0 BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
  ['OCMD AnyOn with A on, B off', pdf(`/OC /M BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
  ['Order only, no ON/OFF', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/Order[1000 0 R 1001 0 R]')],
  ['unknown OC name', pdf(`/OC /Z BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
  ['stray EMC after B closed', pdf(`/OC /B BDC EMC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
  ['A off but text outside any BDC', pdf(`/OC /A BDC EMC ${line(780, BODY)}\n`, '/OFF[1000 0 R]')],
];
describe('ordinary optional content: visible text is read', () => {
  it.each(cases)('%s', async (_n, file) => {
    const raw = await parsePdf(file);
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
    const { fast, slow } = await both(file);
    expect(fast.pageTexts ?? slow.pageTexts).toEqual(slow.pageTexts);
  });
});
