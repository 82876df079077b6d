/**
 * Session 24 (measures24): 具体措施 — what the unit did, told as done, against what others did, what is only planned or
 * published, and who acts on whom — by the twenty-second set's rulings, each with rows just inside, on and just outside its
 * line, in this test's own words (not taken from fixtures/elements/):
 * - a project's state (招募中 / 待接单 / 未开始) is nothing done; a project told 已结项 with hours served is service held;
 * - the direction of a talk: a record whose 谈话人 is the unit's own head tells its talk held; the unit talked to by a superior,
 *   the interviewee's 表态 and a notice of a talk not yet held (定于…) are none;
 * - a 公示's entries are the nominees' own record; a selection told as done (评定…N户) is the unit's measure;
 * - a superior examining under its rule (县委督查室依据《…》，于5月对…进行了督查) is the examiner's act; a deduction's reason
 *   (…占道经营，扣1分) a shortfall found;
 * - a filled activity record (活动名称：…；活动时间：date；活动地点：…) tells the activity held.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
/** The sentences (their text) giving 具体措施. */
function measures(lines: string[]): string[] {
  const s = seg(lines);
  return elementEvidence(s)['具体措施']!.map((e) => s.sentences[e.sentence]!.text);
}

describe('session 24: a project state is nothing done', () => {
  const title = '县文化馆志愿服务项目台账';
  it('outside: a recruiting / awaiting / not-begun row, split by ｜ or run together', () => {
    expect(measures([title, '“非遗小课堂”进社区｜2026-07-02｜招募12人｜报名9人｜时长0小时｜社区儿童｜招募中'])).toEqual([]);
    expect(measures([title, '“非遗小课堂”进社区｜2026-07-02｜招募12人｜报名9人｜社区儿童｜待接单'])).toEqual([]);
    expect(measures([title, '2 “非遗小课堂”进社区 2026-07-02 12 9 0 社区儿童 未开始'])).toEqual([]);
  });
  it('outside: a header row and a note on the export name no deed', () => {
    expect(measures([title, '序号｜项目名称｜发布时间｜招募人数｜报名人数｜服务时长（小时）｜状态'])).toEqual([]);
    expect(measures([title, '（本次仅导出项目名称、发布时间、服务对象字段）'])).toEqual([]);
  });
  it('inside: a row told done (已结项) with its hours is service held', () => {
    expect(measures([title, '1 “非遗小课堂”进社区 2026-05-02 12 15 60小时 社区儿童 已结项'])).toHaveLength(1);
  });
  it('on the line: a project under way keeps its row to the other tests (服务中 is no state of nothing done)', () => {
    expect(measures([title, '“非遗小课堂”进社区｜2026-05-02｜招募12人｜报名15人｜时长60小时｜社区儿童｜服务中'])).not.toEqual([]);
  });
});

describe('session 24: the direction of a talk', () => {
  const own = ['县卫健局提醒谈话记录', '谈话时间：2026年6月3日', '谈话人：周立新（局长）', '谈话对象：县人民医院院长 贺平', '谈话内容：周立新局长指出门诊大厅秩序混乱，要求医院增设导诊岗。', '谈话对象表态：马上整改。'];
  it('inside: a record of a talk the unit\'s own head held tells the talk held', () => {
    expect(measures(own)).toEqual(['谈话内容：周立新局长指出门诊大厅秩序混乱，要求医院增设导诊岗。']);
  });
  it('inside: a talker named by the unit\'s own body (县卫健局局长) is the unit\'s head', () => {
    expect(measures(own.map((l) => (l.startsWith('谈话人') ? '谈话人：县卫健局局长 周立新' : l)))).toHaveLength(1);
  });
  it('outside: a superior body talking to the unit', () => {
    const talkedTo = ['县卫健局提醒谈话记录', '谈话时间：2026年6月3日', '谈话人：县创文指挥部督导组组长 柴明', '谈话对象：局长 周立新', '谈话内容：通报门诊大厅秩序问题。'];
    expect(measures(talkedTo)).toEqual([]);
    expect(measures(talkedTo.map((l) => (l.startsWith('谈话人') ? '谈话人：周立新（局长）' : l)))).toHaveLength(1);
    expect(measures(['县创文办对我局约谈记录', '约谈人：县创文办主任 柴明', '被约谈人：局长 周立新', '约谈内容：通报暗访问题。'])).toEqual([]);
  });
  it('outside: the unit itself named as the one talked to', () => {
    expect(measures(['柳林乡约谈记录', '约谈人：局长 任建军', '被约谈人：柳林乡乡长 马立新', '约谈内容：通报排名。'])).toEqual([]);
  });
  it('outside: 表态, 事由 and a record\'s note on itself are no deed', () => {
    expect(measures(['情况说明', '被约谈人表态：立即组织开展专项整治行动。'])).toEqual([]);
    expect(measures(['情况说明', '约谈事由：检查发现村内垃圾积存问题26处。'])).toEqual([]);
    expect(measures(['情况说明', '备注：本记录由记录人当场记录，经约谈双方核对无误后签字存档。'])).toEqual([]);
  });
  it('outside: a notice of a talk not yet held (定于 + its day); inside: the same told done', () => {
    expect(measures(['关于约谈物业企业的通知', '经研究，定于2026年7月3日在镇政府对你们进行约谈。'])).toEqual([]);
    expect(measures(['约谈情况', '镇政府定于7月3日对3家物业企业进行了约谈。'])).toHaveLength(1);
  });
});

describe('session 24: a 公示 and a selection told', () => {
  const title = '关于2026年度“诚信商户”拟命名名单的公示';
  it('outside: a nominee\'s entry is its own record', () => {
    expect(measures([title, '惠民超市（人民路店）：设置公平秤，承诺无理由退货。'])).toEqual([]);
    expect(measures([title, '老街坊饺子馆：主动推行公筷公勺。'])).toEqual([]);
    expect(measures([title, '上述商户均坚持明码标价，近年来无投诉。'])).toEqual([]);
  });
  it('on the line: the same entry in a report that is no 公示 keeps its deed', () => {
    expect(measures(['关于诚信商户创建的情况说明', '惠民超市（人民路店）：设置公平秤，承诺无理由退货。'])).toHaveLength(1);
  });
  it('inside: a selection told as done with what it chose counted', () => {
    expect(measures(['西河镇“文明户”评定结果公示', '今年4月，镇里组织核查组入户核查，评定“五星级文明户”126户。'])).toHaveLength(1);
  });
  it('outside: a selection as a rule\'s quota or to come', () => {
    expect(measures(['评选办法', '每年评定“五星级文明户”不超过10户。'])).toEqual([]);
    expect(measures(['评选公示', '拟评定“五星级文明户”12户。'])).toEqual([]);
  });
});

describe('session 24: who examines, and a deduction\'s reason', () => {
  const title = '清河县住建局关于县委督查室专项督查考核我局情况的通报';
  it('outside: a superior examining under its rule', () => {
    expect(measures([title, '县委督查室依据《清河县民生实事督查考核办法》，于5月对老旧小区改造项目进行了专项督查考核。'])).toEqual([]);
  });
  it('inside: the unit itself examining under its rule (its title names it)', () => {
    expect(measures(['清河县教育局关于文明校园检查情况的通报', '县教育局依据《文明校园测评细则》，于5月对全县28所学校进行了专项检查。'])).toHaveLength(1);
  });
  it('outside: a shortfall listed with its deduction; inside: the unit\'s act before its count', () => {
    expect(measures(['考核情况', '东环路汽修店占道修车，扣1分；'])).toEqual([]);
    expect(measures(['工作情况', '对东环路占道修车的汽修店进行了集中整治，共整治5家。'])).toHaveLength(1);
  });
});

describe('session 24: a filled activity record tells the activity held', () => {
  it('inside: name, day and place in fields split by ；', () => {
    expect(measures(['县司法局普法活动登记', '活动名称：“法律明白人”骨干培训；', '活动时间：2026年4月9日；', '活动地点：县司法局三楼会议室；', '参加人员及人数：骨干共42人；'])).toHaveLength(1);
  });
  it('outside: a record to come (定于) or with its day only', () => {
    expect(measures(['县司法局普法活动安排', '活动名称：“法律明白人”骨干培训；', '活动时间：定于2026年8月9日；', '活动地点：县司法局三楼会议室；'])).toEqual([]);
    expect(measures(['县司法局普法活动登记', '活动名称：“法律明白人”骨干培训；', '活动时间：2026年4月9日；'])).toEqual([]);
  });
});
