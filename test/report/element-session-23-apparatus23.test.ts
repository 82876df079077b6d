/**
 * Session 23 (apparatus23): a document's own apparatus is no evidence, by the lead's ruling on the twenty-first set, each
 * rule with rows just inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - a 文号 filling a field of the form (编号： / 呈批件编号： / 案号：), a decision's field (处罚决定：), numbering a decision the
 *   unit made in a case (作出…号决定), or coded as a penalty decision's (…罚〔2026〕N号) is the document's own: no 部署文件;
 *   a 文号 cited in prose or after a title (按照…（清X发〔2026〕3号） / 《…方案》（文号：…）) stays one;
 * - counts of 份 / 页 / 盒 / 册 / 张 of the materials handed over (a keyed line, a heading naming them, a clause packing
 *   them, 一式两份) are the folder's own: no 数据实例; leaflets handed out (发放宣传册2000册) and the account's counts stay.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { maskOwnNumbers } from '../../src/text/element-own-figures.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
/** The sentences (their text) giving an element. */
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const FORM = '县水利局呈批件';
const ACCOUNT = '办理情况：我局组织河道巡查，清理河岸垃圾，群众反映河边干净多了。';

describe('session 23: a document\'s own number is no deployment document', () => {
  it('inside: the form\'s number in its header field', () => {
    for (const line of ['呈批件编号：清水呈〔2026〕4号', '来文单位：县水利局　阅办单编号：清水阅〔2026〕2号　收文日期：2026年4月2日', '案号：清水执〔2026〕7号']) {
      expect(found([FORM, line, ACCOUNT], '部署文件')).toEqual([]);
    }
  });
  it('inside: a penalty decision\'s own number, in its field or as made', () => {
    expect(found([FORM, '处罚决定：清水罚〔2026〕3号，罚款2000元。', ACCOUNT], '部署文件')).toEqual([]);
    expect(found([FORM, '当事人王某在河道内倾倒渣土，我局作出清水执〔2026〕5号处罚决定，罚款3000元。', ACCOUNT], '部署文件')).toEqual([]);
    expect(maskOwnNumbers('作出清水罚字〔2026〕9号决定')).not.toContain('9号');
  });
  it('on the line: a field\'s number after a title or a citing word is the document cited', () => {
    const cited = '依据《清河县河道清障专项行动方案》（文号：清水发〔2026〕3号）开展工作。';
    expect(found([FORM, cited, ACCOUNT], '部署文件')).toEqual([cited]);
    const file = '依据文件编号：清政办〔2026〕12号';
    expect(found([FORM, file, ACCOUNT], '部署文件')).toEqual([file]);
    // A reply's 督办单编号: the superior's form it answers (grey by the nineteenth set's ruling), read as before.
    const answered = '督办单编号：清创督〔2026〕5号';
    expect(maskOwnNumbers(answered)).toBe(answered);
  });
  it('just outside: a 文号 cited in prose stays a deployment document', () => {
    const prose = '我局按照县政府办清政办〔2026〕8号文件要求，组织河道清障。';
    expect(found([FORM, prose], '部署文件')).toEqual([prose]);
    expect(maskOwnNumbers(prose)).toBe(prose);
  });
});

const LIST = '县水利局河道管护台账移交清单';
const NOTE = '二、情况说明';
const WORK = '局长张强负总责，河道股牵头，组织河道保洁，河岸面貌明显改善。';

describe('session 23: the folder\'s own counts are no data', () => {
  it('inside: items under a heading naming the materials handed over', () => {
    const lines = [LIST, '一、移交资料', '1.说明报告1份3页', '2.河道巡查照片1组20张', NOTE, WORK];
    expect(found(lines, '数据实例')).toEqual([]);
  });
  it('inside: a line keyed as the materials, run on by its semicolons; the box and the disc', () => {
    const lines = [LIST, '报送资料：说明报告1份（3页）；巡查记录1册（12页）；', '资料形式：纸质档案1盒，刻录光盘1张', '说明：' + WORK];
    expect(found(lines, '数据实例')).toEqual([]);
  });
  it('on the line: a clause packing the materials, and the list\'s own copies', () => {
    const lines = [LIST, '说明：' + WORK, '以上资料装入档案盒2盒。', '本清单一式三份，移交、接收单位各执一份。'];
    expect(found(lines, '数据实例')).toEqual([]);
  });
  it('just outside: leaflets handed out and the account\'s own counts stay data', () => {
    const handed = '在河口村发放节水宣传册2000册，张贴宣传画60张。';
    expect(found([LIST, '一、移交资料', '1.说明报告1份3页', NOTE, handed], '数据实例')).toEqual([handed]);
    const printed = '印制并装订宣传手册500册。';
    expect(found([LIST, NOTE, printed], '数据实例')).toEqual([printed]);
    const counted = '组织河道巡查36次，清理垃圾12吨。';
    expect(found([LIST, '报送资料：说明报告1份（3页）', counted], '数据实例')).toEqual([counted]);
  });
  it('nesting: a sub-heading under the materials heading stands in it; the next top-level section does not', () => {
    const counted = '组织河道保洁36次。';
    // 河道巡查照片20张 under （一） under 一、移交资料 is the folder's; a count under 二、工作开展 is the account's.
    expect(found([LIST, '一、移交资料', '（一）照片', '河道巡查照片20张', NOTE, WORK], '数据实例')).toEqual([]);
    expect(found([LIST, '一、移交资料', '1.说明报告1份3页', '二、工作开展', counted, WORK], '数据实例')).toEqual([counted]);
  });
});
