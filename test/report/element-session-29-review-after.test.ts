/**
 * Review after the session-29 freeze (492dcb03): wrong verdicts found on plausible hand-written input in the session's own
 * rules (review29, present29, shape29). Each is `it.fails`: it passes while the detector is wrong, and fails once the rule is
 * fixed — then turn it into `it`. Rule named per case; inputs written for this review, not taken from fixtures/elements/.
 * Each case was also run against the detector before the session (464f551a). Cases marked "new" gave the right verdict there,
 * so the wrong verdict is the session's; cases marked "left" were wrong there too: a session-29 fix of that very rule
 * (review29) stops short of them.
 */
import { describe, expect, it } from 'vitest';
import { found, status } from './element-test-helpers.js';

const RIVER = '城关镇关于河长制工作的情况说明';
const STALLS = '县城管局关于占道经营整治工作的情况说明';
const BUS = '县交通运输局关于文明出行工作的情况说明';
const CG = '县城管局关于创文工作的情况说明';
const ZJ = '县住建局关于老旧小区改造工作的情况说明';
const TOWN_STALLS = '城关镇关于占道经营整治工作的情况说明';

describe('review of session 29: false passes (an element read where the text lacks it)', () => {
  const none: [string, string, string, string][] = [
    // [rule, title, line, element]
    // new — present29, element-responsibility.ts, the second SECTION_POST test (post + holder): the "name" is any two or three
    // characters before 巡 / 带 / 对 …, so a routine of the post with no one named (每月 / 每周) reads as a holder.
    ['SECTION_POST (post then holder): 镇级河长每月巡河 — a routine, nobody named', RIVER, '镇级河长每月巡河不少于1次。', '主体责任'],
    ['SECTION_POST (post then holder): 村级河长每周巡河 — a routine, nobody named', RIVER, '村级河长每周巡河一次，发现问题及时上报。', '主体责任'],
    // new — the same test: a 县级 post in a 镇's report is the county's leader (another body), not the unit's.
    ['SECTION_POST (post then holder): 县级河长 in a 镇\'s report', RIVER, '县级河长张某带队到城关段巡河。', '主体责任'],
    // new — present29, the first SECTION_POST test (role + name + 任 … post): a former holder, gone (原… 曾任 … 现已调离).
    ['SECTION_POST (role name 任 post): a former holder, transferred away', RIVER, '原副镇长王某曾任清河城关段镇级河长，现已调离。', '主体责任'],
    // new — present29, the 指派 test: a contractor's project manager sending his technician (a firm's people, version 52).
    ['指派 (named head sends named member): a contractor\'s 项目经理', ZJ, '项目经理李某指派技术员赵某负责现场施工。', '主体责任'],
    // left — review29, element-result-classes.ts KEPT (保持 + state): orders or calls outside the list (劝导 / 叮嘱 / 教育).
    ['GOOD_STATE_REACHED KEPT: 劝导…保持 (a request)', STALLS, '劝导摊贩保持摊位整洁。', '取得成效'],
    ['GOOD_STATE_REACHED KEPT: 叮嘱…保持 (a request)', '东关社区关于环境整治工作的情况说明', '叮嘱居民保持楼道畅通。', '取得成效'],
    ['GOOD_STATE_REACHED KEPT: 教育学生保持 (a call)', '城关镇第二小学关于卫生工作的情况说明', '教育学生保持教室整洁。', '取得成效'],
    // left — KEPT's own look-behind takes 不没未欠难 right before 保持 only: 无法保持 (a difficulty) passes.
    ['GOOD_STATE_REACHED KEPT: 无法保持畅通 (a difficulty)', STALLS, '早高峰时段路口无法保持畅通。', '取得成效'],
    // left — review29, praise by call: the invitation words list misses 可 after the served, 如有 (a condition), 方便 (a channel).
    ['praise by call: 乘客可…来电表扬 (a channel offered)', BUS, '乘客可通过热线来电表扬文明驾驶员。', '取得成效'],
    ['praise by call: 如有乘客打电话表扬 (a condition)', BUS, '如有乘客打电话表扬，给予驾驶员奖励。', '取得成效'],
    ['praise by call: 方便乘客打电话表扬 (a channel offered)', BUS, '公布热线号码，方便乘客打电话表扬文明驾驶员。', '取得成效'],
    // left — review29, element-served-said.ts AMONG / NOT_AMONG: a question or a hope about the unit's place among the praised.
    ['praiseNotified AMONG: 我局是否在列尚未公布 (a question)', CG, '县文明委通报表扬了12家单位，我局是否在列尚未公布。', '取得成效'],
    ['praiseNotified AMONG: 我局有望入选 (a hope)', CG, '县文明委通报表扬了12家单位，我局有望入选。', '取得成效'],
    ['praiseNotified AMONG: 我局能否入选还不确定 (a question)', CG, '县文明委通报表扬了12家单位，我局能否入选还不确定。', '取得成效'],
    // left — review29, element-measures.ts BASIS_THEN_DONE: stock objects outside the look-ahead's list.
    ['BASIS_THEN_DONE: 完成了上级交办的任务 (stock)', ZJ, '改造按照《县老旧小区改造实施方案》完成了上级交办的任务。', '具体措施'],
    ['BASIS_THEN_DONE: 完成了既定的各项任务 (stock)', ZJ, '改造按照《县老旧小区改造实施方案》完成了既定的各项任务。', '具体措施'],
    ['BASIS_THEN_DONE: 完成了阶段性任务 (stock)', ZJ, '改造按照《县老旧小区改造实施方案》完成了阶段性任务。', '具体措施'],
    // left — review29, CAME_BACK: the relapse told after a comma with no 但 / 不过 (…，6月又有…回到原处).
    ['NOT_BACK / CAME_BACK: 未见反弹，6月又有…回到原处 (no 但)', STALLS, '5月复查时未见反弹，6月又有4处摊点回到原处。', '取得成效'],
  ];
  for (const [rule, title, line, element] of none) {
    it(`${element}: ${rule}`, () => {
      expect(found([title, line], element)).toEqual([]);
    });
  }
  it('主体责任 (pipeline, veto): SECTION_POST — 镇级河长每月巡河', () => {
    expect(status([RIVER, '镇级河长每月巡河不少于1次。', '今年共清理河道垃圾32吨。', '河道水质明显好转。'], '主体责任')).toBe('missing');
  });
});

describe('review of session 29: false missing (an element present, not read)', () => {
  const some: [string, string[], string][] = [
    // new — review29, element-responsibility.ts ledByAnother MEMBERS_OPEN: 队员 opening the sentence are the unit's own
    // enforcement team (执法队员), not volunteers or residents; their 队长 leading is the unit's.
    ['带队 ledByAnother MEMBERS_OPEN: the unit\'s own 执法队员 and their 队长', [STALLS, '执法队员兵分三路，队长刘某带队对主街进行巡查。'], '主体责任'],
    // new — review29, element-count-columns.ts PLANNED_HEADER: ^应 takes 应急… (应急演练次数) for 应到 / 应 (a target).
    ['countCell PLANNED_HEADER: 应急演练次数 is no planned column', ['县应急管理局关于安全生产工作的情况说明', '乡镇｜应急演练次数｜责任人', '城关镇｜12｜王强'], '数据实例'],
    // new — shape29, element-measures.ts STOCK_TOLD (建设时): a place built this year with the equipment fitted in the work.
    ['STOCK_TOLD 建设时: 今年…建设时同步配建…12处', ['县住建局关于无障碍环境建设工作的情况说明', '今年滨河公园建设时同步配建无障碍坡道12处。'], '具体措施'],
    // new — shape29, element-parties.ts 县里: the county's campaign and the unit's own part in it in the next clause (我局抽调…).
    ['clauseAgent 县里: the unit\'s own part after the county\'s campaign', [STALLS, '县里对占道经营开展了集中整治，我局抽调执法队员40名参加。'], '具体措施'],
    // new — shape29, element-measures.ts decidedAt (a month ahead): a past decision carried out, the deed in the same sentence.
    ['decidedAt month ahead: 3月…决定4月开展…，清理摊点86处 (done)', [STALLS, '2024年3月，局务会决定4月开展占道经营专项整治，清理摊点86处。'], '具体措施'],
    // new — shape29, element-parties.ts station: a police station acting jointly with the unit's own team (联合镇综合执法队).
    ['clauseAgent station: 城关派出所联合镇综合执法队 (a joint deed of the unit)', [TOWN_STALLS, '今年春季城关派出所联合镇综合执法队清理占道摊点32处。'], '具体措施'],
    // new — shape29, LEADING_GROUP (组委会): the committee acting (举办…3场) is no setting up of a leading group (a judgement call:
    // the committee is the unit's own event's).
    ['LEADING_GROUP 组委会: the committee holding events', ['县文旅局关于全民阅读工作的情况说明', '读书节组委会在人民广场举办了图书展销3场。'], '具体措施'],
  ];
  // Session 30 (review30): the cases fixed are plain tests; the rest still fail as expected.
  const fixed = /MEMBERS_OPEN|PLANNED_HEADER|STOCK_TOLD|decidedAt|clauseAgent station/;
  for (const [rule, lines, element] of some) {
    (fixed.test(rule) ? it : it.fails)(`${element}: ${rule}`, () => {
      expect(found(lines, element)).not.toEqual([]);
    });
  }
  it('主体责任 (pipeline, veto): ledByAnother — the unit\'s 执法队员 and their 队长', () => {
    expect(status([STALLS, '执法队员兵分三路，队长刘某带队对主街进行巡查。', '共清理占道摊点86处。', '主街秩序明显好转。'], '主体责任')).toBe('present');
  });
  it('数据实例 (pipeline, veto): PLANNED_HEADER — 应急演练次数', () => {
    expect(status(['县应急管理局关于安全生产工作的情况说明', '乡镇｜应急演练次数｜责任人', '城关镇｜12｜王强'], '数据实例')).toBe('present');
  });
  it('具体措施 (pipeline, veto): STOCK_TOLD — 建设时同步配建', () => {
    expect(status(['县住建局关于无障碍环境建设工作的情况说明', '局长任无障碍环境建设领导小组组长。', '今年滨河公园建设时同步配建无障碍坡道12处。', '残疾人出行更加方便。'], '具体措施')).toBe('present');
  });
  it.fails('具体措施 (pipeline, veto): 县里 — 我局抽调执法队员40名参加', () => {
    expect(status([STALLS, '局长任整治领导小组组长。', '县里对占道经营开展了集中整治，我局抽调执法队员40名参加。', '主街秩序明显好转。'], '具体措施')).toBe('present');
  });
  it('具体措施 (pipeline, veto): decidedAt — 决定4月开展…，清理摊点86处', () => {
    expect(status([STALLS, '局长任整治领导小组组长。', '2024年3月，局务会决定4月开展占道经营专项整治，清理摊点86处。', '主街秩序明显好转。'], '具体措施')).toBe('present');
  });
});
