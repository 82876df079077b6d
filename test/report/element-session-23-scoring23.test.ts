/**
 * Session 23 (scoring23): whose deed it is when a unit reports on others. Hand-written rows (not taken from
 * fixtures/elements/), each just inside, on and just outside its line:
 * - a department examining, scoring or ranking those under it (its 股室, 中队, the 乡镇 or 村 on its task, the firms it
 *   supervises) holds an examination: its measure (element-measures.ts EXAMINED); the unit as the object (对我局进行了考核)
 *   is no deed of its own;
 * - a body other than the one the title opens with, opening the narrative on its own documents (县创文办依据《…》，于6月对各
 *   责任单位进行了考核), is not the unit's narrator; a 省 / 市 / 州 body of the same trade is a county unit's superior
 *   (element-parties.ts partiesOf, isOwnBody): its scoring relayed to the unit's 股室 is its deed, not the unit's;
 * - a county leader's 批示 keyed by its author (县领导批示：… / 分管副县长批示：…) is the leader's words: who it asks to take
 *   charge is no one in charge in the unit; the unit head's own 批示 (局长批示：…) stays the unit's (element-genre.ts QUOTED_HEAD).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { isOwnBody, partiesOf } from '../../src/text/element-parties.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const OWN_TITLE = '桃源县水利局关于一季度各水利站河道管护考核结果的通报';
const SIGN = '桃源县水利局';

describe('session 23: the unit examining those under it is its measure', () => {
  it('inside: the examination of its stations, with a long object (whose work, on what), held', () => {
    const exam = '我局于3月下旬对全县6个水利站辖区河道保洁、堤防巡查情况进行了季度考核。';
    expect(found([OWN_TITLE, '各水利站：', exam, '东关站95分，第一名。', SIGN], '具体措施')).toEqual([exam]);
  });
  it('on the line: scoring and ranking its 村 and its classes, 了 or not', () => {
    const towns = '镇里对全镇12个村的庭院整洁情况进行评分。';
    expect(found(['桃源县石桥镇人民政府关于各村庭院整治评比的通报', towns, '桃源县石桥镇人民政府'], '具体措施')).toEqual([towns]);
    const classes = '园长任考评小组组长，对全园9个班级保教工作开展了考评。';
    expect(found(['桃源县实验幼儿园关于班级保教考评结果的通报', classes, '桃源县实验幼儿园'], '具体措施')).toContain(classes);
  });
  it('just outside: the unit itself as the object of the examination is no deed of its own', () => {
    expect(found([OWN_TITLE, '各水利站：', '对我局进行了季度考核。', SIGN], '具体措施')).toEqual([]);
  });
  it('just outside: an examination only intended (将 / 下一步) is no deed', () => {
    expect(found([OWN_TITLE, '各水利站：', '下一步，我局将对各水利站进行季度考核。', SIGN], '具体措施')).toEqual([]);
  });
});

const RELAYED = '桃源县水利局关于县创文办一季度考核我局情况的通报';

describe('session 23: a superior\'s scoring relayed to the unit\'s parts is the superior\'s', () => {
  it('inside: a county office opening the narrative on its own document is not the unit', () => {
    const s = seg([RELAYED, '局机关各股室：', '县创文办依据《桃源县创建文明城市考核办法》，于3月对县直各责任单位进行了考核。', SIGN]);
    const parties = partiesOf(s.sentences, false, RELAYED);
    expect(parties.names).not.toContain('县创文办');
    expect(found([RELAYED, '局机关各股室：', '县创文办依据《桃源县创建文明城市考核办法》，于3月对县直各责任单位进行了考核。', SIGN], '具体措施')).toEqual([]);
  });
  it('on the line: the unit by its short name opening the narrative is still its narrator', () => {
    const s = seg(['桃源县水利局关于河道管护的说明', '县水利局按照《桃源县河湖长制工作方案》，组织开展河道保洁。', SIGN]);
    expect(partiesOf(s.sentences, false).names).toContain('县水利局');
  });
  it('inside: a 市 body of the same trade is the county unit\'s superior, not the unit', () => {
    const title = '桃源县水利局关于市水利局考评我县情况的通报';
    const s = seg([title, '局机关各股室：', '市水利局依据《全市河湖管护考评办法》，于第二季度对各县区进行了考评。', SIGN]);
    const parties = partiesOf(s.sentences, false, title);
    expect(isOwnBody('市水利局', parties)).toBe(false);
    expect(isOwnBody('县水利局', parties)).toBe(true);
    expect(found([title, '局机关各股室：', '市水利局依据《全市河湖管护考评办法》，于第二季度对各县区进行了考评。', SIGN], '具体措施')).toEqual([]);
  });
  it('just outside: in a county-level city\'s unit the 市 body is itself', () => {
    const title = '桃源市水利局关于河道管护的说明';
    const s = seg([title, '市水利局对全市河道开展了专项巡查。', '桃源市水利局']);
    expect(isOwnBody('市水利局', partiesOf(s.sentences, true, title))).toBe(true);
  });
});

const FORM = '桃源县卫生健康局呈批件';

describe('session 23: a county leader\'s 批示 is the leader\'s words', () => {
  it('inside: 县领导批示 naming the unit\'s head to take charge gives the unit no 主体责任', () => {
    expect(found([FORM, '县领导批示：群众就医是民生大事，请卫健局主要负责同志亲自抓，月底前见效。', '我局随即对各医院开展了检查。'], '主体责任')).toEqual([]);
    expect(found([FORM, '分管副县长批示：看病排队太长，请卫健局一把手亲自抓。', '我局随即对各医院开展了检查。'], '主体责任')).toEqual([]);
  });
  it('on the line: the unit head\'s own 批示 assigning its 股室 is its 主体责任', () => {
    const own = '局长批示：请医政股牵头，股长王强具体负责，月底前见效。';
    expect(found([FORM, own, '我局随即对各医院开展了检查。'], '主体责任')).toEqual([own]);
  });
  it('just outside: the line after the leader\'s 批示, the unit\'s own, keeps its one in charge', () => {
    const after = '局长王强亲自抓，医政股牵头落实。';
    expect(found([FORM, '县领导批示：请卫健局抓紧落实。', after], '主体责任')).toEqual([after]);
  });
});
