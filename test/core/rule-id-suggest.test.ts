/**
 * "Did you mean" for an unknown rule id (explain, review accept, a review record, a rule file's
 * severity:): the distance is counted over the name after the dot, within the family typed, so a
 * suggestion is a plausible slip, never a different rule that merely shares `photo.`.
 */
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/messages/index.js';
import { ruleIdHintText, suggestRuleId } from '../../src/util/nearest.js';

const photoIds = [...ruleIds].filter((id) => id.startsWith('photo.'));
const near = (id: string) => suggestRuleId(id, ruleIds).near;

describe('suggestRuleId', () => {
  it('a slip in the name: the id meant', () => {
    expect(near('photo.bom')).toEqual(['photo.bomb']);
    expect(near('photo.no-exfi')).toEqual(['photo.no-exif']);
    expect(near('signoff.manual-reveiw')).toEqual(['signoff.manual-review']);
    expect(near('material.report-misin')).toEqual(['material.report-missing']);
    expect(near('Photo.Too-Small')).toEqual(['photo.too-small']);
  });

  it('a name far from every name of its family: no id of it, but the family’s ids to choose from', () => {
    // photo.nope is three edits from photo.bomb: a different word, not a slip.
    expect(suggestRuleId('photo.nope', ruleIds)).toEqual({ near: [], family: { name: 'photo', ids: photoIds } });
    expect(ruleIdHintText(suggestRuleId('photo.nope', ruleIds), 'zh')).toBe(`（photo 开头的规则有：${photoIds.join('、')}）`);
    expect(ruleIdHintText(suggestRuleId('photo.nope', ruleIds), 'en')).toBe(` (the photo rules are: ${photoIds.join(', ')})`);
  });

  it('the start of a name, or a word in it: the few ids it fits', () => {
    expect(near('photo.no')).toEqual(['photo.no-exif', 'photo.no-capture-time']);
    expect(near('photo.exif')).toEqual(['photo.no-exif']);
    expect(near('report.element')).toEqual(['report.element-missing', 'report.element-unsure', 'report.element-empty']);
    expect(ruleIdHintText(suggestRuleId('photo.no', ruleIds), 'zh')).toBe('（是不是 photo.no-exif 或 photo.no-capture-time？）');
    expect(ruleIdHintText(suggestRuleId('photo.no', ruleIds), 'en')).toBe(' (did you mean photo.no-exif or photo.no-capture-time?)');
  });

  it('a name without its family, or a family one slip off: matched in every family', () => {
    expect(near('too-small')).toEqual(['photo.too-small']);
    expect(near('no-exif')).toEqual(['photo.no-exif']);
    expect(near('phot.too-small')).toEqual(['photo.too-small']);
  });

  it('nothing like any id: no suggestion', () => {
    expect(suggestRuleId('zzz.qqq', ruleIds)).toEqual({ near: [] });
    expect(suggestRuleId('qqqqqq', ruleIds)).toEqual({ near: [] });
    expect(ruleIdHintText({ near: [] }, 'zh')).toBe('');
  });
});
