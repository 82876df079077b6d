/**
 * Review after the session-27 freeze (488951c7): wrong verdicts found on plausible hand-written input in the session's own
 * rules (review27, bins27, class27). Each is `it.fails`: it passes while the detector is wrong, and fails once the rule is
 * fixed — then turn it into `it`. Rule named per case; inputs written for this review, not taken from fixtures/elements/.
 * Each case was checked against the detector before the session (bf615683): there it gave the right verdict, so every wrong
 * verdict here is the session's.
 */
import { describe, expect, it } from 'vitest';
import { found, status } from './element-test-helpers.js';

const T = '县城管局关于创文工作的情况说明';
const SCHOOL = '城关镇第二小学关于家校共育工作的情况说明';
const DRILL = '城关镇第二小学关于应急演练工作的情况说明';
const HALL = '县文化馆关于道德讲堂工作的情况说明';
const CENTRE = '县政务服务中心关于便民服务工作的情况说明';

/** Fixed in session 28 (review28): the table rows now plain `it`. */
const FIXED_IN_28 = new Set<string>([
  'INTENTION (?<!…年): 2027年下半年起 is to come',
  "headerRowOnly groupRow: undated rows with merged cells, each read as the header's second row",
  "maskPupilPosts: a 消防中队's 中队长 in a 进课堂 report",
  'servedDeed CALLED_OFF 推迟: a meeting put off a week and held',
  "servedDeed TIMETABLE 历史课: a veteran's lesson",
  "servedDeed TIMETABLE 科学课: firefighters' lesson",
  'servedDeed TIMETABLE 音乐课: the 文化馆 teaching in a village school',
  "CHECK_BY_OTHER_CELL: 局检查组 in the unit's own log",
  "OTHER_CHECKER: 县市场监管局检查组 in 县市场监督管理局's own report",
  'RELATION_AFTER 按照: 改造按照《…》完成了…',
  'SELF_ORGANISED: 设置自助终端供群众自行查询',
  'idleCells IDLE_CLAUSE 停工: a stop order served is enforcement',
  'idleCells IDLE_CLAUSE 等候: seats for those waiting',
  'maskReadings: 满意率100% in a dated 回访 row',
  'praiseNotified OTHERS_PRAISED: 我局名列其中',
  'praiseNotified OTHERS_PRAISED: 我局榜上有名',
  'PRODUCT_STRENGTH: 0.005%的溴敌隆毒饵',
  'PRODUCT_STRENGTH: 2.5%的溴氰菊酯 (a strength, no quantity of work)',
  "chargeNotes: a guest speaker from another body (县委宣传部) in a 社区's report",
  "chargeNotes: a guest speaker from another body, his charge the county's (县文明办)",
  'chargeNotes: 负责人 inside 负责人员签到 (a chore, no charge)',
  'classMeetingHeld: 上班会提前… (上班 + 会, no class meeting)',
  'classMeetingHeld: 不会开班会 (an ability lacking)',
  'classMeetingHeld: 不愿意开班会',
  'classMeetingHeld: 没有开班会 (没有 is two characters)',
  'CONDUCT_GONE: 相信…会逐步消失 (a forecast)',
  'CONDUCT_GONE: 逐渐消失，但近期又有抬头 (back again)',
  'drillOutcome FAULT_FIXED 改为: a workaround, the fault left',
  'drillOutcome FAULT_FIXED 重新: the blocked exit left, the route changed',
  'drillOutcome FAULT_FIXED: 即将更换 (即 of 即将: to come)',
  'drillOutcome FAULT_FIXED: 已更换但仍不亮 (the fix failed)',
  'drillOutcome RECHECKED_RIGHT: 复查…仍无法正常点亮',
  'drillOutcome RECHECKED_RIGHT: 未发现隐患, a test reading (no fault, nothing improved)',
]);

describe('review of session 27: false passes (an element read where the text lacks it)', () => {
  const none: [string, string, string, string][] = [
    // [rule, title, line, element]
    // class27, element-responsibility.ts chargeNotes: the note's charge words are read without reading what the note says.
    ['chargeNotes: 负责人 inside 负责人员签到 (a chore, no charge)', HALL, '主持人：馆长 邵文静（负责人员签到）。', '主体责任'],
    ['chargeNotes: a guest speaker from another body, his charge the county\'s (县文明办)', HALL, '主讲人：县文明办副主任刘洋（县道德讲堂分管领导）。', '主体责任'],
    ['chargeNotes: a guest speaker from another body (县委宣传部) in a 社区\'s report', '东关社区关于道德讲堂工作的情况说明', '主讲人：县委宣传部副部长张敏（全县道德讲堂工作牵头领导）。', '主体责任'],
    // class27, element-lessons.ts classMeetingHeld: the lookbehind reads one character; 上班 + 会 is no 班会.
    ['classMeetingHeld: 没有开班会 (没有 is two characters)', SCHOOL, '本学期没有开班会。', '具体措施'],
    ['classMeetingHeld: 不会开班会 (an ability lacking)', SCHOOL, '二年级还不会开班会。', '具体措施'],
    ['classMeetingHeld: 不愿意开班会', SCHOOL, '有的班主任不愿意开班会。', '具体措施'],
    ['classMeetingHeld: 上班会提前… (上班 + 会, no class meeting)', '东关社区关于创文工作的情况说明', '工作人员早上上班会提前十分钟到岗。', '具体措施'],
    // class27, element-result-drills.ts FAULT_FIXED: 即 inside 即将, a negation or a failure after the adverb, 重新 / 改为 as a workaround.
    ['drillOutcome FAULT_FIXED: 即将更换 (即 of 即将: to come)', DRILL, '演练中发现应急照明灯损坏2盏，即将更换。', '取得成效'],
    ['drillOutcome FAULT_FIXED: 已更换但仍不亮 (the fix failed)', DRILL, '演练中发现楼道应急灯损坏，已更换但仍不亮。', '取得成效'],
    ['drillOutcome FAULT_FIXED 重新: the blocked exit left, the route changed', DRILL, '演练中发现2号楼安全出口被杂物堵塞，当即重新安排疏散路线。', '取得成效'],
    ['drillOutcome FAULT_FIXED 改为: a workaround, the fault left', DRILL, '演练中发现广播系统故障，随即改为手摇报警器报警。', '取得成效'],
    // class27, RECHECKED_RIGHT: 无法正常 (the lookbehind reads one character), and nothing found at all.
    ['drillOutcome RECHECKED_RIGHT: 复查…仍无法正常点亮', DRILL, '演练中发现3楼应急灯不亮，更换后复查时应急灯仍无法正常点亮。', '取得成效'],
    ['drillOutcome RECHECKED_RIGHT: 未发现隐患, a test reading (no fault, nothing improved)', DRILL, '检查中未发现隐患，消防设施测试均正常。', '取得成效'],
    // class27, element-lessons.ts CONDUCT_GONE: a belief about the future; a conduct gone and back.
    ['CONDUCT_GONE: 相信…会逐步消失 (a forecast)', T, '相信通过整治，乱贴小广告的现象会逐步消失。', '取得成效'],
    ['CONDUCT_GONE: 逐渐消失，但近期又有抬头 (back again)', T, '整治后乱停车现象逐渐消失，但近期又有抬头。', '取得成效'],
    // review27, element-shared.ts INTENTION: any year before 下半年起 is read as past — a coming year too.
    // Session 29 (review29): the report's own year decides (its title's or its date line's): the case says "in a report of 2026",
    // so its title carries 2026; a report naming no year of its own reads a written-out year as past (session 26's case).
    ['INTENTION (?<!…年): 2027年下半年起 is to come', '县城管局关于2026年创文工作的情况说明', '2027年下半年起在全县推行生活垃圾强制分类。', '具体措施'],
    // review27, element-data.ts PRODUCT_STRENGTH: 的 after the figure ends the lookahead — a product's strength with 的 is data again.
    ['PRODUCT_STRENGTH: 2.5%的溴氰菊酯 (a strength, no quantity of work)', '县卫健局关于病媒生物防制工作的情况说明', '使用2.5%的溴氰菊酯对外环境进行喷洒。', '数据实例'],
    ['PRODUCT_STRENGTH: 0.005%的溴敌隆毒饵', '县卫健局关于病媒生物防制工作的情况说明', '投放0.005%的溴敌隆毒饵灭鼠。', '数据实例'],
  ];
  for (const [rule, title, line, element] of none) {
    (FIXED_IN_28.has(rule) ? it : it.fails)(`${element}: ${rule}`, () => {
      expect(found([title, line], element)).toEqual([]);
    });
  }

  // The whole pipeline with the veto: the report lacks the element, the check says present.
  it('主体责任 (pipeline, veto): chargeNotes — 负责人员签到', () => {
    expect(status([HALL, '本季度在馆内举办道德讲堂3场，听讲群众260人次。', '主持人：馆长 邵文静（负责人员签到）。'], '主体责任')).toBe('missing');
  });
  it('主体责任 (pipeline, veto): chargeNotes — a speaker from 县文明办', () => {
    expect(status([HALL, '本季度在馆内举办道德讲堂3场，听讲群众260人次。', '主讲人：县文明办副主任刘洋（县道德讲堂分管领导）。'], '主体责任')).toBe('missing');
  });
  it('具体措施 (pipeline, veto): classMeetingHeld — 没有开班会', () => {
    expect(status([SCHOOL, '校长为家校共育第一责任人。', '全校共有学生860人。', '本学期没有开班会。'], '具体措施')).toBe('missing');
  });
  it('具体措施 (pipeline, veto): classMeetingHeld — 上班会', () => {
    expect(status(['东关社区关于创文工作的情况说明', '社区书记负总责。', '辖区共有居民2300户。', '工作人员早上上班会提前十分钟到岗。'], '具体措施')).toBe('missing');
  });
  it('取得成效 (pipeline, veto): drillOutcome — 即将更换', () => {
    expect(status([DRILL, '校长任应急演练领导小组组长。', '5月12日组织全校师生开展消防疏散演练，参演师生860人。', '演练中发现应急照明灯损坏2盏，即将更换。'], '取得成效')).toBe('missing');
  });
  it('取得成效 (pipeline, veto): drillOutcome — 仍无法正常点亮', () => {
    expect(status([DRILL, '校长任应急演练领导小组组长。', '5月12日组织全校师生开展消防疏散演练，参演师生860人。', '演练中发现3楼应急灯不亮，更换后复查时应急灯仍无法正常点亮。'], '取得成效')).toBe('missing');
  });
  it('取得成效 (pipeline, veto): CONDUCT_GONE — 相信…会逐步消失', () => {
    expect(status([T, '局长任创文领导小组组长。', '组织执法队员开展占道经营整治12次。', '相信通过整治，乱贴小广告的现象会逐步消失。'], '取得成效')).toBe('missing');
  });
  // Session 29 (review29): the report of 2026 dated so (its date line).
  it('具体措施 (pipeline, veto): INTENTION — 2027年下半年起', () => {
    expect(status([T, '局长任创文领导小组组长。', '2027年下半年起在全县推行生活垃圾强制分类。', '县城管局', '2026年5月8日'], '具体措施')).toBe('missing');
  });
  it('数据实例 (pipeline, veto): PRODUCT_STRENGTH — 2.5%的溴氰菊酯', () => {
    expect(status(['县卫健局关于病媒生物防制工作的情况说明', '局长负总责。', '使用2.5%的溴氰菊酯对外环境进行喷洒。'], '数据实例')).toBe('missing');
  });
});

describe('review of session 27: false missing (an element present, not read)', () => {
  const some: [string, string[], string][] = [
    // review27, element-served-deeds.ts CALLED_OFF: 推迟 / 延期 tell a deed held later, not called off.
    ['servedDeed CALLED_OFF 推迟: a meeting put off a week and held', [SCHOOL, '因天气原因推迟一周召开了家长会，到会家长320人。'], '具体措施'],
    // review27, TIMETABLE: a subject's name inside an outsider's lesson (消防科学课 / 红色历史课 / 音乐课 given by others).
    ['servedDeed TIMETABLE 科学课: firefighters\' lesson', ['县消防救援大队关于消防安全宣传工作的情况说明', '消防员给孩子们上了一堂生动的消防科学课。'], '具体措施'],
    ['servedDeed TIMETABLE 历史课: a veteran\'s lesson', ['县委党史研究室关于进校园活动的情况说明', '老党员给学生上了一堂生动的红色历史课。'], '具体措施'],
    ['servedDeed TIMETABLE 音乐课: the 文化馆 teaching in a village school', ['县文化馆关于送文化下乡工作的情况说明', '文化馆老师到村小给留守儿童上了音乐课。'], '具体措施'],
    // review27, element-served-said.ts OTHERS_PRAISED: the unit among those praised, said without 其中我局.
    ['praiseNotified OTHERS_PRAISED: 我局名列其中', [T, '县创文办通报表扬了12个先进单位，我局名列其中。'], '取得成效'],
    ['praiseNotified OTHERS_PRAISED: 我局榜上有名', [T, '县创文办通报表扬了12个先进单位，我局榜上有名。'], '取得成效'],
    // bins27, element-mood.ts IDLE_CLAUSE: 停工 / 等候 as the object of the deed, not the work stopped or waiting.
    ['idleCells IDLE_CLAUSE 停工: a stop order served is enforcement', ['县住建局关于创文工作的情况说明', '日期｜地点｜工作内容', '5月3日｜城南片区｜对未落实扬尘防治措施的2个工地下达停工通知'], '具体措施'],
    ['idleCells IDLE_CLAUSE 等候: seats for those waiting', [CENTRE, '日期｜地点｜工作内容', '5月3日｜服务大厅｜增设群众等候座椅20把'], '具体措施'],
    // bins27, element-measures.ts SELF_ORGANISED: 自行 of those served using what the unit set up.
    ['SELF_ORGANISED: 设置自助终端供群众自行查询', [CENTRE, '在服务大厅设置自助终端供群众自行查询。'], '具体措施'],
    // bins27, RELATION_AFTER: the project named before its basis, the sentence telling it done.
    ['RELATION_AFTER 按照: 改造按照《…》完成了…', ['县住建局关于老旧小区改造工作的情况说明', '今年老旧小区改造按照《清河县老旧小区改造实施方案》完成了3个小区的管网更新。'], '具体措施'],
    // bins27, OTHER_CHECKER: the unit's own 检查组 under its short name (issue 11: 市场监管局 / 市场监督管理局).
    ['OTHER_CHECKER: 县市场监管局检查组 in 县市场监督管理局\'s own report', ['县市场监督管理局关于食品安全工作的情况说明', '县市场监管局检查组抽检城区农贸市场蔬菜样品120批次。'], '具体措施'],
    // bins27, CHECK_BY_OTHER_CELL: a cell 局检查组 (the unit's own) is blanked; the clause rule spares 本 / 我 / 局, the cell rule not.
    ['CHECK_BY_OTHER_CELL: 局检查组 in the unit\'s own log', ['县市场监督管理局关于食品安全工作的情况说明', '日期｜地点｜检查方式｜结果', '5月3日｜城区农贸市场｜局检查组｜抽检蔬菜样品120批次'], '具体措施'],
    // class27, element-lessons.ts maskPupilPosts: 课堂 in a non-school unit's title; 中队长 / 大队长 are the 消防 / 交警 posts.
    ['maskPupilPosts: a 消防中队\'s 中队长 in a 进课堂 report', ['县消防救援大队城关中队关于消防安全进课堂活动的情况说明', '中队长李强具体负责活动的组织实施。'], '主体责任'],
    // review27, element-broadcast.ts groupRow: a data row with a horizontal merge (repeated cells) makes the row under it a header.
    ['headerRowOnly groupRow: undated rows with merged cells, each read as the header\'s second row', ['东关社区关于入户走访工作的情况说明', '走访对象｜走访对象｜走访内容｜走访内容', '东关社区｜东关社区｜入户走访困难群众｜发放慰问品', '西关社区｜西关社区｜入户走访孤寡老人｜送去米面油'], '具体措施'],
    // bins27, element-results.ts maskReadings: any 率 in a dated row, 满意率 too — the standard counts satisfaction reached an outcome.
    ['maskReadings: 满意率100% in a dated 回访 row', ['县人民医院关于创文工作的情况说明', '日期｜回访对象｜回访人数｜满意率', '5月18日｜出院患者｜20人｜满意率100%'], '取得成效'],
  ];
  for (const [rule, lines, element] of some) {
    (FIXED_IN_28.has(rule) ? it : it.fails)(`${element}: ${rule}`, () => {
      expect(found(lines, element).length).toBeGreaterThan(0);
    });
  }

  it('具体措施 (pipeline, veto): servedDeed CALLED_OFF — 推迟一周召开了家长会', () => {
    expect(status([SCHOOL, '校长为家校共育第一责任人。', '因天气原因推迟一周召开了家长会，到会家长320人。'], '具体措施')).toBe('present');
  });
  it('具体措施 (pipeline, veto): idleCells — 下达停工通知', () => {
    expect(status(['县住建局关于创文工作的情况说明', '局长任创文领导小组组长。', '日期｜地点｜工作内容', '5月3日｜城南片区｜对未落实扬尘防治措施的2个工地下达停工通知'], '具体措施')).toBe('present');
  });
  it('具体措施 (pipeline, veto): SELF_ORGANISED — 供群众自行查询', () => {
    expect(status([CENTRE, '主任任领导小组组长。', '在服务大厅设置自助终端供群众自行查询。'], '具体措施')).toBe('present');
  });
  it('具体措施 (pipeline, veto): TIMETABLE — 消防科学课', () => {
    expect(status(['县消防救援大队关于消防安全宣传工作的情况说明', '大队长任领导小组组长。', '消防员到城关二小给孩子们上了一堂生动的消防科学课。'], '具体措施')).toBe('present');
  });
  it('取得成效 (pipeline, veto): OTHERS_PRAISED — 我局名列其中', () => {
    expect(status([T, '局长任创文领导小组组长。', '组织执法队员开展占道经营整治12次。', '县创文办通报表扬了12个先进单位，我局名列其中。'], '取得成效')).toBe('present');
  });
  it('主体责任 (pipeline, veto): maskPupilPosts — a 消防中队\'s 中队长', () => {
    expect(status(['县消防救援大队城关中队关于消防安全进课堂活动的情况说明', '中队长李强具体负责活动的组织实施。', '5月共走进6所学校开展消防安全课，听课学生2100人。'], '主体责任')).toBe('present');
  });
  it('具体措施 (pipeline, veto): OTHER_CHECKER — 县市场监管局检查组 in its own report', () => {
    expect(status(['县市场监督管理局关于食品安全工作的情况说明', '局长任食品安全工作领导小组组长。', '县市场监管局检查组抽检城区农贸市场蔬菜样品120批次。'], '具体措施')).toBe('present');
  });
  it('具体措施 (pipeline, veto): RELATION_AFTER — 改造按照《…》完成了…', () => {
    expect(status(['县住建局关于老旧小区改造工作的情况说明', '局长任领导小组组长。', '今年老旧小区改造按照《清河县老旧小区改造实施方案》完成了3个小区的管网更新。'], '具体措施')).toBe('present');
  });
});
