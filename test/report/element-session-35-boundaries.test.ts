/**
 * Session 35: the other side of each rule narrowed to fix session 30's review cases (element-session-30-review-after.test.ts).
 * Each fix must leave the case it was written for where it was: a holder still gone when the holder is the one gone, a
 * condition still a condition, a planned column still planned, a decision carried out still a deed, a bad thing back still
 * no outcome, the unit's own patrol still the unit's.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';

const RIVER = '城关镇关于河长制工作的情况说明';
const STALLS = '县城管局关于占道经营整治工作的情况说明';
const BUS = '县交通运输局关于文明出行工作的情况说明';
const RS = '县人社局关于养老保险工作的情况说明';

describe('session 35: the cases each narrowed rule still holds', () => {
  const none: [string, string[], string][] = [
    ['holderGone: the holder named, then gone (现已调离)', [RIVER, '镇长王某任领导小组组长，负总责，现已调离。'], '主体责任'],
    ['holderGone: the holder retired (已退休)', [RS, '副局长王某具体负责，已退休。'], '主体责任'],
    ['formerIn: 曾任 after a post is still "once held"', [RIVER, '原副镇长王某曾任清河城关段镇级河长，现已调离。'], '主体责任'],
    ['praise by call: 若有乘客 is still a condition', [BUS, '若有乘客来电表扬，给予驾驶员奖励。'], '取得成效'],
    ['CAME_BACK: a bad thing back is still none (又出现占道)', [STALLS, '整治后主街未见反弹，但夜市商户又重新出现占道经营。'], '取得成效'],
    ['PERSON: 周末 after a post is still no holder', [RIVER, '镇级河长周末带队巡河。'], '主体责任'],
    ['PERSON: 凌晨 (凌 a surname added this session) is no holder', [RIVER, '村级河长凌晨巡河一次。'], '主体责任'],
    ['PERSON: 夏季 (夏 a surname) is no holder', [RIVER, '村级河长夏季每周巡河一次。'], '主体责任'],
  ];
  for (const [rule, lines, element] of none) {
    it(`${element}: ${rule}`, () => {
      expect(found(lines, element)).toEqual([]);
    });
  }

  const some: [string, string[], string][] = [
    ['COUNTED_DONE: a count carried out still a deed (共清理摊点86处)', [STALLS, '局务会决定开展占道经营专项整治，共清理占道摊点86处。'], '具体措施'],
    ['MEMBERS_OPEN: the unit\'s own 巡查队员 still the unit\'s', [STALLS, '我局巡查队员兵分三路，队长刘某带队对主街进行劝导。'], '主体责任'],
    ['PERSON: a compound surname named (镇级河长欧阳红)', [RIVER, '镇级河长欧阳红每周带队巡河。'], '主体责任'],
    ['PERSON: 周 as a surname with a name (镇级河长周建国)', [RIVER, '镇级河长周建国每周带队巡河。'], '主体责任'],
    ['PERSON: 凌 as a surname with a name (镇级河长凌志强)', [RIVER, '镇级河长凌志强每周带队巡河。'], '主体责任'],
    ['holderGone: the one gone is those served (为已退休干部…)', [RS, '副局长王某具体负责，定期走访已退休干部。'], '主体责任'],
    ['CAME_BACK: a good thing back (重新回到正轨)', [STALLS, '整治后主街未见反弹，夜市经营重新回到正轨。'], '取得成效'],
  ];
  for (const [rule, lines, element] of some) {
    it(`${element}: ${rule}`, () => {
      expect(found(lines, element)).not.toEqual([]);
    });
  }
});

describe('session 35: 保持 still asked of others where no 经 leads the asking', () => {
  it('取得成效: 劝导商户…保持整洁 is what they are asked to do', () => {
    expect(found(['县城管局关于占道经营整治工作的情况说明', '我们反复劝导沿街商户，门前保持整洁。'], '取得成效')).toEqual([]);
  });
  it('取得成效: 经反复劝导，… 保持整洁 is the state reached by it', () => {
    expect(found(['县城管局关于占道经营整治工作的情况说明', '经反复劝导，沿街商户门前至今保持整洁。'], '取得成效')).not.toEqual([]);
  });
});
