/**
 * Review 53a of session 53's rules (具体措施 and the rules beside 数据实例, and a dated row's status for 取得成效). Every sentence is
 * written for the review; each fix has its other side.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const found = (title: string, text: string, element: string) =>
  (elementEvidence(segment({ text: normalizeText(`# ${title}\n${text}`), styled: [] }))[element] ?? []).length > 0;
const measure = (title: string, text: string) => found(title, text, '具体措施');
const result = (title: string, text: string) => found(title, text, '取得成效');

const PIPES = '清河县住房和城乡建设局关于城区排水管网清淤工作的说明';
const TOILETS = '清河县城市管理局关于城区公厕管理工作的说明';
const EDU = '清河县教育局关于中小学晨午检工作的说明';
const TOWN = '城南镇人民政府关于学校传染病防控工作的情况说明';
const SAFETY = '清河县应急管理局关于危险化学品经营单位安全检查的说明';

describe('review 53a: the unit\'s own step after its hand-over to a firm', () => {
  it('reads 并对… after the hand-over as the unit\'s', () =>
    expect(measure(PIPES, '我局委托清河县排水有限公司实施管网清淤，并对清淤现场开展每周巡查。')).toBe(true));
  it('reads 同时组织… after the hand-over as the unit\'s', () =>
    expect(measure(PIPES, '我局委托清河县排水有限公司实施管网清淤，同时组织执法中队对沿线窨井开展巡查。')).toBe(true));
  it('reads the unit\'s step in the hand-over\'s own clause', () =>
    expect(measure(PIPES, '我局委托清河县排水有限公司实施管网清淤并组织专家对清淤质量开展验收。')).toBe(true));
  it('still reads the firm\'s figures after the hand-over as the firm\'s', () =>
    expect(measure(PIPES, '我局委托清河县排水有限公司实施管网清淤，共清淤管道8.6公里。')).toBe(false));
  it('reads a commissioned survey with its object as the unit\'s (session 52)', () =>
    expect(measure(TOILETS, '我局委托第三方机构对全县公厕开展满意度测评。')).toBe(true));
});

describe('review 53a: 根据 with others\' figures only', () => {
  it('reads the unit\'s deed after 根据上级反馈', () =>
    expect(measure(PIPES, '根据上级反馈，对存在问题的3处窨井开展了复查。')).toBe(true));
  it('does not read deeds after 根据…报送的…汇总', () =>
    expect(measure(PIPES, '根据养护公司报送的作业台账汇总，上半年共清淤管道6.3公里。')).toBe(false));
});

describe('review 53a: the unit\'s own parts reporting, its own tier\'s office and government', () => {
  it('reads the unit\'s own squads\' records summed', () =>
    expect(measure(TOILETS, '统计各中队巡查记录显示：上半年共巡查公厕1260座次。')).toBe(true));
  it('does not read firms\' reports summed', () =>
    expect(measure(TOILETS, '汇总各保洁公司报表显示：上半年共清洗公厕1260座次。')).toBe(false));
  it('reads a town\'s own office named with its tier after others\' reports', () =>
    expect(measure(TOWN, '辖区9所中小学共报来周报180份，镇社会事务办逐一核对并约谈迟报学校2所。')).toBe(true));
  it('does not read a town\'s office in a bureau\'s report', () =>
    expect(measure(EDU, '辖区9所中小学共报来周报180份，镇社会事务办逐一核对并约谈迟报学校2所。')).toBe(false));
  it('does not read a property manager\'s office as the unit\'s', () =>
    expect(measure(PIPES, '物业客服办对小区管网开展巡检。')).toBe(false));
  it('reads the town government after a 卫生院\'s deed in its own report', () =>
    expect(measure(TOWN, '城南镇卫生院对缺课学生开展随访，镇政府对随访情况开展督导。')).toBe(true));
  it('does not read a town government in a bureau\'s report', () =>
    expect(measure(EDU, '城南镇卫生院对缺课学生开展随访，镇政府对随访情况开展督导。')).toBe(false));
});

describe('review 53a: a school named otherwise, 备案审查, a station row with the unit at work', () => {
  it('reads a vocational centre\'s own staff', () =>
    expect(measure('清河县职业教育中心关于晨午检工作的说明', '班主任每日登记缺课学生并追问原因。')).toBe(true));
  it('still does not read school staff in a bureau\'s report', () =>
    expect(measure(EDU, '班主任每日登记缺课学生并追问原因。')).toBe(false));
  it('reads 备案审查 counted', () =>
    expect(measure('清河县司法局关于规范性文件备案审查工作的说明', '今年备案审查规范性文件12件。')).toBe(true));
  it('does not read a check\'s papers filed', () =>
    expect(measure('清河县司法局关于规范性文件备案审查工作的说明', '汇总备案检查报告12份。')).toBe(false));
  it('reads the unit\'s officers at work in a station\'s row', () =>
    expect(measure(SAFETY, '5月3日｜南关加油站｜执法人员现场检查｜站内自行整改')).toBe(true));
  it('does not read a station\'s own row', () =>
    expect(measure(SAFETY, '5月3日｜南关加油站｜储罐区｜站内自行整改')).toBe(false));
});

describe('review 53a: a dated row across many cases', () => {
  const STREET = '城北街道办事处关于辖区公厕管理情况的说明';
  it('reads all repaired across an area\'s row', () =>
    expect(result(STREET, '6月30日｜全街道32座公厕｜汛期维修｜共维修设施46处，已全部修复')).toBe(true));
  it('does not read one case repaired', () =>
    expect(result(STREET, '5月6日｜体育场公厕｜照明｜灯管损坏｜街道联系维修，已修复')).toBe(false));
});
