/**
 * Session 24, after the measurement: an independent review found four of the session's rules whose tests still pass
 * with the rule taken out (the appeal to the public, a record's note on itself, 定于 + a day, a selection rule's 每年).
 * Each case here is a pair — the rule's input, and the same words without its trigger — and was checked to fail with
 * the rule removed from a copy of the build (APPEAL, SELF_NOTE, INTENTION's 定于, SELECTION_RULE's 每…). Hand-written
 * sentences, not corpus reports. The rules' wrong verdicts the review also found are listed in docs/elements.md
 * ("Review after the measurement"), to be fixed by the next session.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

/** The words each 具体措施 evidence gives. */
function measures(lines: string[]): string[] {
  const s = segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
  return elementEvidence(s)['具体措施']!.map((e) => e.words);
}

describe('session 24 review: each rule decides its case', () => {
  it('an appeal to the public (请相关…) is no deed of the unit; the same clause with the party as subject is', () => {
    expect(measures(['曝光通报', '请相关住户开展自查整改。'])).toEqual([]);
    expect(measures(['曝光通报', '请相关商户于5日前组织清理门前杂物。'])).toEqual([]);
    expect(measures(['曝光通报', '相关商户于5日前组织清理门前杂物。'])).toHaveLength(1);
  });

  it("a record's note on itself (注：本表由…) is apparatus; the same words as the unit's account are a deed", () => {
    expect(measures(['情况说明', '注：本表由社区组织开展入户核查后汇总。'])).toEqual([]);
    expect(measures(['情况说明', '本表由社区组织开展入户核查后汇总。'])).toEqual([]);
    expect(measures(['情况说明', '社区组织开展入户核查后汇总。'])).toHaveLength(1);
  });

  it('定于 + a day is what is to come; 于 + the day is the talk held', () => {
    expect(measures(['约谈情况', '镇政府定于7月3日对3家物业企业进行约谈。'])).toEqual([]);
    expect(measures(['约谈情况', '镇政府于7月3日对3家物业企业进行约谈。'])).toHaveLength(1);
  });

  it("a selection rule's 每年 is a quota; the same selection told for this year is a measure", () => {
    expect(measures(['评选情况', '经评审，每年评定“五星级文明户”10户。'])).toEqual([]);
    expect(measures(['评选情况', '每季度评定“五星级文明户”10户。'])).toEqual([]);
    expect(measures(['评选情况', '经评审，今年评定“五星级文明户”10户。'])).toHaveLength(1);
  });
});
