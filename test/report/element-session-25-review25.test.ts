/**
 * Session 25 (review25): the wrong verdicts an independent reviewer found on session 24's rules with hand-written plausible
 * input (docs/elements.md, "Review after the measurement"), each fixed at its root, each with rows just inside, on and just
 * outside its line, in this test's own words (not taken from fixtures/elements/):
 * - a recheck's finding is what the place was found in when seen again: not who made it (复查：吴迪), not new problems found
 *   (复查：发现新问题2处 / 问题较多 / 又发现…), and 6月考核结果： / 6月8日检查结果： are no recheck key;
 * - the direction of a talk: the title's unit and the talker's body compared as units (县卫健局 = 县卫生健康局), a title opening
 *   with a year, 对本局干部 (the unit's own people talked to), a superior named by role only (分管副县长…), the unit's head talked to;
 * - a 结果公示 of the unit's own work by community (创卫工作结果公示) is no list of nominees;
 * - one list of a project's undone states for cells and run-together rows; a monthly register's undone month blanks that month only;
 * - 定于 + a day: a standing practice (定于每月15日) and a practice from a day on (决定于3月1日起推行…) are no intention;
 * - 建有人民调解委员会 / 约谈有关商户 are no someone indefinite;
 * - an activity record's "to come" read in its day, place and who fields, on its own field lines only;
 * - 本台账共登记发放整改通知书86份 counts what was handed out; a selection's quota read in what it selects.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { recheckFinding } from '../../src/text/element-recheck.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
/** The sentences (their text) giving an element. */
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}
const measures = (lines: string[]) => found(lines, '具体措施');

describe('session 25: a recheck finding is the state reached', () => {
  it('inside: the state found when seen again', () => {
    expect(recheckFinding('复查：墙面干净')).toBe('墙面干净');
    expect(recheckFinding('复查：未发现问题')).toBe('未发现问题');
    expect(recheckFinding('5月8日复查：排水通畅')).toBe('排水通畅');
    expect(recheckFinding('6月20日整改结果：3处问题全部销号')).toBe('3处问题全部销号');
  });
  it('on the line: who made the recheck — a name, or names — is no finding; a short state is', () => {
    expect(recheckFinding('复查：吴迪')).toBeNull();
    expect(recheckFinding('回访：王小明、李娜')).toBeNull();
    expect(recheckFinding('复查：合格')).toBe('合格');
    expect(recheckFinding('复查：干净整洁')).toBe('干净整洁');
  });
  it('just outside: the recheck finding problems', () => {
    expect(recheckFinding('复查：发现新问题2处')).toBeNull();
    expect(recheckFinding('复查：问题较多')).toBeNull();
    expect(recheckFinding('复查：又发现占道经营3处')).toBeNull();
    expect(recheckFinding('复查：存在问题3处')).toBeNull();
  });
  it('just outside: a dated result of another kind is no recheck key', () => {
    expect(recheckFinding('6月考核结果：优秀')).toBeNull();
    expect(recheckFinding('6月8日检查结果：合格')).toBeNull();
    expect(recheckFinding('6月8日街道复查：合格')).toBe('合格');
  });
});

describe('session 25: the direction of a talk, compared as units', () => {
  const talk = (title: string, talker: string, talked = '被约谈对象：某某超市负责人') =>
    measures([title, `约谈人：${talker}`, talked, '约谈内容：就超市销售过期食品问题进行约谈。']);
  it('inside: the title\'s unit under its short or full name, and a title opening with a year', () => {
    expect(talk('县卫健局约谈记录', '县卫生健康局局长张伟')).toHaveLength(1);
    expect(talk('县市场监督管理局约谈记录', '县市场监管局局长张伟')).toHaveLength(1);
    expect(talk('2026年县市场监管局约谈记录', '县市场监督管理局副局长张伟')).toHaveLength(1);
  });
  it('just outside: another body talking, though the title opens with a year', () => {
    expect(talk('2026年县市场监管局约谈记录', '县农业农村局局长张伟')).toEqual([]);
    expect(talk('县卫健局约谈记录', '县医疗保障局局长张伟')).toEqual([]);
  });
  it('对本局 / 对本单位: the unit talked to, unless its own people follow', () => {
    expect(measures(['县教育局对本单位约谈记录', '约谈人：局长张伟', '约谈内容：就问题进行约谈。'])).toEqual([]);
    expect(measures(['县教育局对本局干部提醒谈话记录', '谈话人：局长张伟', '谈话对象：某股室负责人', '谈话内容：就作风问题进行提醒。'])).toHaveLength(1);
    expect(measures(['县教育局对本单位股室负责人提醒谈话记录', '谈话人：局长张伟', '谈话对象：某股室负责人', '谈话内容：就作风问题进行提醒。'])).toHaveLength(1);
  });
  it('a superior named by role only, and the unit\'s head as the one talked to', () => {
    const lines = (talker: string, talked: string) => ['柳林乡约谈记录', `约谈人：${talker}`, `被约谈人：${talked}`, '约谈内容：就秸秆焚烧问题进行约谈。'];
    expect(measures(lines('乡党委书记刘强', '某村党支部书记王某'))).toHaveLength(1);
    expect(measures(lines('分管副县长刘强', '某村党支部书记王某'))).toEqual([]);
    expect(measures(lines('县委书记刘强', '某村党支部书记王某'))).toEqual([]);
    expect(measures(lines('刘强', '乡长王某'))).toEqual([]);
    expect(measures(lines('刘强', '副乡长王某'))).toHaveLength(1);
  });
});

describe('session 25: a 结果公示 of the unit\'s own work is no list of nominees', () => {
  it('inside: the unit\'s work by community under a work result\'s title', () => {
    expect(measures(['东关街道创卫工作结果公示', '东关社区：清理卫生死角12处'])).toHaveLength(1);
  });
  it('just outside: a selection\'s result, and a list of nominees', () => {
    expect(measures(['东关街道文明社区评选结果公示', '东关社区：清理卫生死角12处'])).toEqual([]);
    expect(measures(['县文明办文明家庭拟表彰名单公示', '老街坊饺子馆：推行公筷公勺'])).toEqual([]);
  });
});

describe('session 25: one list of undone states; a monthly register blanks the month only', () => {
  const T = '县司法局普法活动月度登记表';
  const H = '项目｜1月｜2月｜3月';
  it('inside: a month not begun among months told done', () => {
    expect(measures([T, H, '“法律进社区”宣讲｜已开展｜已开展｜未开展'])).toHaveLength(1);
    expect(measures([T, H, '“法律进社区”宣讲｜开展2场｜审核中｜开展1场'])).toHaveLength(1);
    expect(measures([T, '1 “法律进社区”宣讲 已开展 已开展 未开展'])).toHaveLength(1);
  });
  it('on the line: every month not begun', () => {
    expect(measures([T, H, '“法律进社区”宣讲｜未开展｜未开展｜未开展'])).toEqual([]);
    expect(measures([T, '1 “法律进社区”宣讲 未开展 未开展 未开展'])).toEqual([]);
  });
  it('just outside: a project\'s one state, in either shape, with the states the row list once lacked', () => {
    const P = '县文化馆志愿服务项目台账';
    expect(measures([P, '“非遗小课堂”进社区｜2026-07-02｜招募12人｜报名9人｜社区儿童｜已发布'])).toEqual([]);
    expect(measures([P, '2 “非遗小课堂”进社区 2026-07-02 12 9 0 社区儿童 未开展'])).toEqual([]);
    expect(measures([P, '2 “非遗小课堂”进社区 2026-07-02 12 9 0 社区儿童 已发布'])).toEqual([]);
  });
});

describe('session 25: 定于 + a day', () => {
  const T = '县司法局工作情况';
  it('inside: a standing practice and a practice from a day on are told, not intended', () => {
    expect(measures([T, '我局定于每月15日开展法律进社区活动。'])).toHaveLength(1);
    expect(measures([T, '经研究，决定于3月1日起推行“首违不罚”清单制度。'])).toHaveLength(1);
    expect(measures([T, '我局定于3月1日起推行“首违不罚”清单制度。'])).toHaveLength(1);
  });
  it('just outside: a one-off 定于 / 决定于 + a day is to come', () => {
    expect(measures([T, '我局定于12月5日召开普法工作推进会。'])).toEqual([]);
    expect(measures([T, '经研究，决定于3月1日召开普法工作推进会。'])).toEqual([]);
  });
});

describe('session 25: having, and the parties concerned, are no someone indefinite', () => {
  it('inside: 建有人民… / 约谈有关商户 keep the unit\'s deed', () => {
    expect(measures(['镇综治办工作情况', '全镇12个村均建有人民调解委员会，组织开展矛盾纠纷排查8次。'])).toHaveLength(1);
    expect(measures(['县市场监管局工作情况', '集中约谈有关商户，签订承诺书36份。'])).toHaveLength(1);
  });
  it('just outside: someone indefinite doing wrong', () => {
    expect(measures(['曝光台', '人民路绿化带内有人折断树枝。'])).toEqual([]);
    expect(measures(['曝光台', '小区北门有住户将装修垃圾倒在绿化带。'])).toEqual([]);
  });
});

describe('session 25: an activity record\'s "to come" read on its own fields', () => {
  const T = '县司法局普法活动登记';
  const base = ['活动时间：2026年4月9日；', '活动地点：县司法局三楼会议室；'];
  it('inside: a topic 计划生育, a summary\'s 下一步拟…, sentences after the record', () => {
    expect(measures([T, '活动名称：计划生育政策宣传；', ...base, '参加人员及人数：村民共42人；'])).toHaveLength(1);
    expect(measures([T, '活动名称：“法律明白人”骨干培训；', ...base, '活动小结：效果良好，下一步拟扩大覆盖面。'])).toHaveLength(1);
    expect(measures([T, '活动名称：“法律明白人”骨干培训；', ...base, '本次培训效果良好。', '下一步拟扩大覆盖面。'])).toHaveLength(1);
    expect(measures([T, '活动名称：“法律明白人”骨干培训；', ...base, '本次培训效果良好。', '下次活动时间：定于2026年8月9日。'])).toHaveLength(1);
  });
  it('just outside: the day, the place or who takes part set ahead', () => {
    expect(measures([T, '活动名称：“法律明白人”骨干培训；', '活动时间：定于2026年8月9日；', '活动地点：县司法局三楼会议室；'])).toEqual([]);
    expect(measures([T, '活动名称：“法律明白人”骨干培训；', '活动时间：2026年8月9日；', '活动地点：待定；'])).toEqual([]);
    expect(measures([T, '活动名称：“法律明白人”骨干培训；', '活动时间：2026年8月9日；', '参加人员及人数：拟邀请骨干42人；'])).toEqual([]);
  });
});

describe('session 25: a document\'s own counts and a selection\'s quota', () => {
  it('本台账 counting what it records handed out is data; its own pages are not', () => {
    expect(found(['县市场监管局整改通知书发放台账', '本台账共登记发放整改通知书86份。'], '数据实例')).toHaveLength(1);
    expect(found(['县市场监管局整改通知书发放台账', '本台账共登记整改通知书86份，共4页。'], '数据实例')).toEqual([]);
  });
  it('a quota in what is selected (不超过 / 以内) is a rule; the selection told for this year is a measure', () => {
    const T = '县文明办评选情况';
    expect(measures([T, '经评审，今年评定“五星级文明户”10户。'])).toHaveLength(1);
    expect(measures([T, '经评审，评定将军村等示范村5个。'])).toHaveLength(1);
    expect(measures([T, '今年评定“五星级文明户”不超过10户。'])).toEqual([]);
    expect(measures([T, '今年评定“五星级文明户”10户以内。'])).toEqual([]);
  });
});
