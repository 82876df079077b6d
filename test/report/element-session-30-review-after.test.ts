/**
 * Review after the session-30 freeze (796cead5; session 35 fixed 37 of the 40 — the rest stay `it.fails`): wrong verdicts found on plausible hand-written input in the session's own
 * rules (review30). Each is `it.fails`: it passes while the detector is wrong, and fails once the rule is fixed — then turn it
 * into `it`. Rule named per case; inputs written for this review, not taken from fixtures/elements/.
 * Each case was also run against the detector before the session (68fc25a0). Cases marked "new" gave the right verdict there,
 * so the wrong verdict is the session's; cases marked "left" were wrong there too: a session-30 fix of that very rule stops
 * short of them.
 */
import { describe, expect, it } from 'vitest';
import { found, status } from './element-test-helpers.js';

const RIVER = '城关镇关于河长制工作的情况说明';
const VILLAGE = '东关村关于河长制工作的情况说明';
const STALLS = '县城管局关于占道经营整治工作的情况说明';
const TOWN_POWER = '城关镇关于安全用电工作的情况说明';
const A11Y = '县住建局关于无障碍环境建设工作的情况说明';
const ZJ = '县住建局关于老旧小区改造工作的情况说明';
const BUS = '县交通运输局关于文明出行工作的情况说明';
const RS = '县人社局关于养老保险工作的情况说明';
const LGB = '县委老干部局关于老干部工作的情况说明';

describe('review of session 30: false passes (an element read where the text lacks it)', () => {
  const none: [string, string, string, string][] = [
    // [rule, title, line, element]
    // left — review30, element-responsibility.ts POST_HOLDER: the holder is "a surname and one or two characters", but many
    // surnames are also the first character of a routine word (于每月 / 周末 / 白天 / 向…报告): a village post's routine, no one
    // named (and a 村级河长 in a 镇's report is the village's, not the unit's), reads as a named holder.
    ['POST_HOLDER PERSON: 村级河长于每月… (于 a surname)', RIVER, '村级河长于每月5日前巡河一次。', '主体责任'],
    ['POST_HOLDER PERSON: 村级河长周末… (周 a surname)', RIVER, '村级河长周末也坚持巡河。', '主体责任'],
    ['POST_HOLDER PERSON: 村级河长向…报告巡河 (向 a surname)', RIVER, '村级河长向镇河长办报告巡河情况。', '主体责任'],
    // left — review30, postAboveUnit: the unit's level read from the title's last body word, so a town's own 河长制办公室 is "no
    // level" and the county's 县级河长 reads as the unit's.
    ['postAboveUnit: 县级河长 in 城关镇河长制办公室\'s report', '城关镇河长制办公室关于河长制工作的情况说明', '县级河长张某带队到城关段巡河。', '主体责任'],
    // new — review30, element-responsibility.ts MEMBERS_OPEN: (?<!巡查)队员 takes any 巡查队员 for the unit's inspectors, so a
    // volunteers' patrol (志愿 / 护河志愿 巡查队员) and its 队长 read as the unit's (the session's own boundary: 志愿服务队员 not read).
    ['ledByAnother MEMBERS_OPEN: 志愿巡查队员 and their 队长 (volunteers)', STALLS, '志愿巡查队员兵分三路，队长刘某带队对主街进行劝导。', '主体责任'],
    ['ledByAnother MEMBERS_OPEN: 护河志愿巡查队员 and their 队长 (volunteers)', RIVER, '护河志愿巡查队员分两组，队长刘某带队巡河。', '主体责任'],
    // new — review30, element-measures.ts COUNTED_DONE: any two characters, a figure and a counter in the next clause carry the
    // decision out — a duration (为期3个月), the campaign's scope (重点整治主街5条) or a stock (全县现有…: 现有 is
    // excluded only at the clause's start) — so a decision still to carry out (决定下月开展…) reads as a deed.
    ['decidedAt COUNTED_DONE: 决定下月开展…，为期3个月 (a duration)', STALLS, '局务会决定下月开展占道经营专项整治，为期3个月。', '具体措施'],
    ['decidedAt COUNTED_DONE: 决定下月开展…，重点整治主街5条 (the scope)', STALLS, '局务会决定下月开展占道经营专项整治，重点整治主街5条。', '具体措施'],
    ['decidedAt COUNTED_DONE: 决定下月开展…，全县现有流动摊点86处 (a stock)', STALLS, '局务会决定下月开展占道经营专项整治，全县现有流动摊点86处。', '具体措施'],
    // new — review30, element-parties.ts clauseAgent station partner: 镇 + up to eight characters + 所 / 站 / 队 … is taken for the
    // town's own body, so a police station with the power company's or the post office's 镇 outpost reads as the town's deed.
    ['clauseAgent station partner: 城关派出所联合镇供电所 (the power company\'s)', TOWN_POWER, '今年春季城关派出所联合镇供电所清理私拉乱接电线32处。', '具体措施'],
    ['clauseAgent station partner: 城关派出所联合镇邮政所 (the post office\'s)', '城关镇关于占道经营整治工作的情况说明', '今年春季城关派出所联合镇邮政所清理占道摊点32处。', '具体措施'],
    // new — review30, STOCK_TOLD 建设时: any 今年 within twelve characters before 建设时 voids the stock reading, though the place
    // was not built this year (今年仍在使用的… / 今年接收的…小区: the equipment fitted when it was built long ago, by its developer).
    ['STOCK_TOLD 建设时: 今年仍在使用的…建设时配建的…共12处 (stock)', A11Y, '今年仍在使用的滨河公园建设时配建的无障碍坡道共12处。', '具体措施'],
    ['STOCK_TOLD 建设时: 今年接收的…小区建设时开发商配建…12处 (stock, the developer\'s)', A11Y, '今年接收的东苑小区建设时开发商配建无障碍坡道12处。', '具体措施'],
  ];
  // Session 35: the rules fixed for the rows not listed here (those now pass as \`it\`); the listed ones are still wrong.
  const stillWrong = new Set<string>([
    'clauseAgent station partner: 城关派出所联合镇供电所 (the power company\'s)',
    'clauseAgent station partner: 城关派出所联合镇邮政所 (the post office\'s)',
  ]);
  for (const [rule, title, line, element] of none) {
    (stillWrong.has(rule) ? it.fails : it)(`${element}: ${rule}`, () => {
      expect(found([title, line], element)).toEqual([]);
    });
  }
});

describe('review of session 30: false missing (an element present, not read)', () => {
  const some: [string, string[], string][] = [
    // new — review30, element-responsibility.ts GONE_AFTER: 已 / 现已 + 调离 / 退休 … anywhere later in the sentence voids every
    // match, so the sitting holder is lost when the sentence mentions a predecessor gone or retired people served.
    ['GONE_AFTER: the new head named, the former one gone (原组长李某已调离)', [RIVER, '镇长王某任领导小组组长，负总责，原组长李某已调离。'], '主体责任'],
    ['GONE_AFTER: retired people served (为已退休人员办理…)', [RS, '副局长王某具体负责，为已退休人员办理待遇资格认证。'], '主体责任'],
    ['GONE_AFTER: retired people served (走访已退休的老干部)', [LGB, '副局长王某具体负责，定期走访已退休的老干部。'], '主体责任'],
    // new — review30, FORMER_IN: 曾 + 为 inside the match is read as "once was", but 曾 is the holder's surname (曾为民).
    ['FORMER_IN: 曾为民 (曾 the surname, not "once")', [RIVER, '镇级河长曾为民每月带队巡河。'], '主体责任'],
    // new — review30, postAboveUnit: the first …级 in the match is taken for the post's level, but 县级河道 / 镇级河道 is the river's
    // class; the post (城关段河长) held by the unit's own leader.
    ['postAboveUnit: 县级河道 is the river\'s class, not the post\'s level', [RIVER, '副镇长王某任县级河道清水河城关段河长。'], '主体责任'],
    ['postAboveUnit: 镇级河道 in a 村\'s report', [VILLAGE, '村支书王某任镇级河道东关段河长。'], '主体责任'],
    // new — review30, SURNAME / PERSON: a holder whose surname is outside the list (温 / 易, a compound 司马) is no longer read.
    ['POST_HOLDER PERSON: 镇级河长温建国 (温 not listed)', [RIVER, '镇级河长温建国每周带队巡河。'], '主体责任'],
    ['POST_HOLDER PERSON: 镇级河长易小军 (易 not listed)', [RIVER, '镇级河长易小军每周带队巡河。'], '主体责任'],
    ['POST_HOLDER PERSON: 镇级河长司马亮 (a compound surname)', [RIVER, '镇级河长司马亮每周带队巡河。'], '主体责任'],
    // new — review30, the 项目经理 rule: the exception looks for 我 / 本 before the match only, so 本中心项目经理 (the match opening at
    // 本) in a public 代建中心's own report reads as a contractor's.
    ['项目经理 not a firm\'s: 本中心项目经理 in a 代建中心\'s report', ['县代建中心关于政府投资项目管理工作的情况说明', '本中心项目经理李某负责现场管理。'], '主体责任'],
    // new — review30, element-measures.ts BASIS_THEN_DONE: any ten characters without a figure before 工作 / 任务 at the clause's
    // end are a stock object, so a named piece of work (外墙保温改造 / 加装电梯) done under the plan is lost.
    ['BASIS_THEN_DONE: 完成了外墙保温改造工作 (a named work)', [ZJ, '改造按照《县老旧小区改造实施方案》完成了外墙保温改造工作。'], '具体措施'],
    ['BASIS_THEN_DONE: 完成了加装电梯任务 (a named work)', [ZJ, '南门巷改造依据《县老旧小区改造实施方案》完成了加装电梯任务。'], '具体措施'],
    // new — review30, element-result-classes.ts ASKED_TO: the asking words read up to 24 characters back over commas, so a state
    // kept after the unit's persuasion or guidance (经反复劝导，… / 在…指导下，…) is read as asked of others; 教育 inside 县教育局 too.
    ['GOOD_STATE_REACHED KEPT: 经反复劝导，主街两侧至今保持整洁 (an outcome)', [STALLS, '经反复劝导，主街两侧至今保持整洁。'], '取得成效'],
    ['GOOD_STATE_REACHED KEPT: 经县教育局验收，校园环境保持整洁 (教育 in a body\'s name)', ['城关镇第二小学关于卫生工作的情况说明', '经县教育局验收，校园环境保持整洁。'], '取得成效'],
    // new — review30, element-result-registers.ts CAME_BACK (no 但): 又 / 再次 / 重新 + 出现 / 回到 voids 未见反弹 whatever comes back,
    // good things too (白鹭 / 商户回到规划的经营区).
    ['NOT_BACK / CAME_BACK: 未见反弹，河面再次出现成群白鹭 (a good thing back)', [RIVER, '河道整治后黑臭未见反弹，河面再次出现成群白鹭。'], '取得成效'],
    ['NOT_BACK / CAME_BACK: 未见反弹，夜市商户重新回到规划的经营区 (a good thing)', [STALLS, '整治后主街未见反弹，夜市商户重新回到规划的经营区。'], '取得成效'],
    // new — review30, praise by call: 若 in the conditions' look-behind takes 若干 (some) for 若 (if).
    ['praise by call: 若干名乘客来电表扬 (若干, not 若)', [BUS, '今年有若干名乘客来电表扬文明驾驶员。'], '取得成效'],
    // left — review30, element-count-columns.ts PLANNED_HEADER: 应(?![急用对届聘征变]) still takes other words opening with 应
    // (应诊 / 应答: done counts) for the modal.
    ['countCell PLANNED_HEADER: 应诊人次 is no planned column', ['县卫健委关于义诊活动的情况说明', '乡镇｜应诊人次｜责任人', '城关镇｜120｜王强'], '数据实例'],
    ['countCell PLANNED_HEADER: 应答次数 is no planned column', ['县政务服务中心关于12345热线工作的情况说明', '月份｜应答次数｜备注', '1月｜1200｜无'], '数据实例'],
  ];
  const stillWrong = new Set<string>([
  ]);
  for (const [rule, lines, element] of some) {
    (stillWrong.has(rule) ? it.fails : it)(`${element}: ${rule}`, () => {
      expect(found(lines, element)).not.toEqual([]);
    });
  }
});

describe('review of session 30: through the pipeline (the learned veto included)', () => {
  it('主体责任 (pipeline, veto): POST_HOLDER — 村级河长于每月…巡河 (false pass)', () => {
    expect(status([RIVER, '村级河长于每月5日前巡河一次。', '今年共清理河道垃圾32吨。', '河道水质明显好转。'], '主体责任')).toBe('missing');
  });
  it('主体责任 (pipeline, veto): MEMBERS_OPEN — 志愿巡查队员 and their 队长 (false pass)', () => {
    expect(status([STALLS, '志愿巡查队员兵分三路，队长刘某带队对主街进行劝导。', '共劝导占道摊点86处。', '主街秩序明显好转。'], '主体责任')).toBe('missing');
  });
  it('具体措施 (pipeline, veto): COUNTED_DONE — 决定下月开展…，为期3个月 (false pass)', () => {
    expect(status([STALLS, '局长任整治领导小组组长。', '局务会决定下月开展占道经营专项整治，为期3个月。', '主街秩序明显好转。'], '具体措施')).toBe('missing');
  });
  it.fails('具体措施 (pipeline, veto): station partner — 城关派出所联合镇供电所 (false pass)', () => {
    expect(status([TOWN_POWER, '镇长任领导小组组长。', '今年春季城关派出所联合镇供电所清理私拉乱接电线32处。', '群众用电安全意识明显提高。'], '具体措施')).toBe('missing');
  });
  it('主体责任 (pipeline, veto): GONE_AFTER — 为已退休人员办理… (false missing)', () => {
    expect(status([RS, '副局长王某具体负责，为已退休人员办理待遇资格认证。', '今年上门为行动不便老人认证120人。', '群众满意度明显提升。'], '主体责任')).toBe('present');
  });
  it('具体措施 (pipeline, veto): BASIS_THEN_DONE — 完成了外墙保温改造工作 (false missing)', () => {
    expect(status([ZJ, '局长任改造领导小组组长。', '改造按照《县老旧小区改造实施方案》完成了外墙保温改造工作。', '居民满意度明显提升。'], '具体措施')).toBe('present');
  });
  it('取得成效 (pipeline, veto): CAME_BACK — 未见反弹，河面再次出现成群白鹭 (false missing)', () => {
    expect(status([RIVER, '镇长任领导小组组长。', '今年开展河道保洁行动12次。', '河道整治后黑臭未见反弹，河面再次出现成群白鹭。'], '取得成效')).toBe('present');
  });
  it('取得成效 (pipeline, veto): KEPT ASKED_TO — 经反复劝导，…至今保持整洁 (false missing)', () => {
    expect(status([STALLS, '局长任整治领导小组组长。', '今年开展占道经营专项整治12次。', '经反复劝导，主街两侧至今保持整洁。'], '取得成效')).toBe('present');
  });
});
