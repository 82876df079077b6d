/**
 * Review 57a: session 57's 具体措施 rules (rows gathered from others and their total line, places of a kind on their own, 附：, a
 * work's record or advice, 立柱 / 立式, records kept or received, a 对… topic clause, a firm's deed with 了, a 物业 named by its
 * estate, others' returns gathered, 护路员 / 监测员, upkeep on a thing, a watch kept at the place, a firm by its short name, a
 * bureau's 物业管理股), checked on 164 sentences of the reviewer's own against the rules before and after the session.
 * Fixed here, each with its other side:
 * - a 汇总如下 lead after the unit's own report sent up by its bare kind (社区每月向街道办报送… in a community's report / 学校每周向
 *   教育局报送… in a school's), after its own 所 or cadres handing in (各乡镇所 / 各包村干部), or naming the unit's own work gathered
 *   (我局路政大队巡查情况汇总如下：) keeps the rows the unit's;
 * - a 对… topic clause is skipped only before another's deed (由…公司 / another party's clause), not before the unit's own order
 *   (对排查出的隐患招牌，我局当场责令拆除);
 * - 观测到的 / 观测的数据 is what was observed, no watch kept;
 * - places of a trade by their own arrangement (各商场按照自身预案，自行开展…) are theirs, as schools and clinics are;
 * - a 物业 after the unit's 督导 / 联系 / 召集 / 邀请 is the object, not the actor;
 * - a firm's deed told 对…进行了 (广告公司对全部灯箱进行了紧固) is the firm's, as 清洗了 is; the firm's full name without its
 *   county (华联超市公司 in 清河县华联超市有限公司's report) is the unit, 超市's 市 no place.
 * Timing: every new or changed regex under 15 ms on 20,000-character runs (啊 / ｜ / 公司 / （ / 我 / 对 / 各 / 物业 / 记录 / 汇总 /
 * 向 / 的 / 在 / 检查 / 到 / 报送 / 了 …).
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const ROADS = '清河县交通运输局关于农村公路养护情况的说明';
const COMMUNITY = '东关社区关于小区环境整治情况的说明';
const URBAN = '清河县城市管理局关于户外广告管理情况的说明';
const MARKET = '清河县市场监督管理局关于食品安全检查情况的说明';
const TOWN = '城关镇关于人居环境整治情况的说明';
const ROWS = '\n日期｜地点｜内容｜问题｜处理\n3月2日｜3号楼｜楼道巡查｜杂物堆放｜当场清理';

describe('review 57a: rows after 汇总如下', () => {
  it('reads rows after the unit\'s own report sent up by its bare kind', () =>
    expect(measure(COMMUNITY, `社区每月向街道办报送巡查记录，汇总如下：${ROWS}`)).toBe(true));
  it('reads rows after a school\'s own report sent up', () =>
    expect(measure('城关小学关于校园安全工作的说明', `学校每周向教育局报送安全检查情况，汇总如下：${ROWS}`)).toBe(true));
  it('still does not read rows after the villages handed in', () =>
    expect(measure(TOWN, `各村每周向镇社会事务办报送整治情况，汇总如下：${ROWS.replace('当场清理', '村组长清理')}`)).toBe(false));
  it('reads rows after the bureau\'s own 所 handed in', () =>
    expect(measure(MARKET, `各乡镇所每周检查后向局里报送检查记录，汇总如下：${ROWS}`)).toBe(true));
  it('still does not read rows after market operators handed in', () =>
    expect(measure(MARKET, `各市场开办方每周自查后向所里报送自查记录，汇总如下：${ROWS.replace('当场清理', '摊主已整改')}`)).toBe(false));
  it('reads rows after the town\'s own cadres handed in', () =>
    expect(measure(TOWN, `各包村干部每周入户后报送走访记录，汇总如下：${ROWS}`)).toBe(true));
  it('reads the unit\'s own work gathered after others handed in', () =>
    expect(measure(ROADS, `各乡镇每季度向局里报送养护记录。\n我局路政大队巡查情况汇总如下：${ROWS.replace('当场清理', '当场责令清除')}`)).toBe(true));
  it('still does not read rows gathered by the unit\'s office', () =>
    expect(measure(ROADS, `各乡镇每月向局里报送养护记录，局公路股汇总如下：${ROWS.replace('当场清理', '已清扫')}`)).toBe(false));
});

describe('review 57a: a 对… topic clause', () => {
  it('reads the unit\'s own order after it', () => expect(measure(URBAN, '对排查出的隐患招牌，我局当场责令拆除。')).toBe(true));
  it('reads an order with no subject after it', () => expect(measure(URBAN, '对排查出的隐患招牌，责令拆除。')).toBe(true));
  it('still does not read an owner\'s removal after it', () =>
    expect(measure(URBAN, '对检测不合格的灯箱，由产权单位自行拆除。')).toBe(false));
});

describe('review 57a: a watch kept and what was observed', () => {
  it('does not read rain observed at a station', () =>
    expect(measure('清河县自然资源局关于地质灾害防治工作的说明', '在气象站观测到的降雨量达到120毫米。')).toBe(false));
  it('does not read the data observed', () =>
    expect(measure('清河县自然资源局关于地质灾害防治工作的说明', '在监测点观测的数据显示位移趋于稳定。')).toBe(false));
  it('reads observing at the field', () => expect(measure('清河县气象局关于气象为农服务的说明', '每天在观测场观测气温、降水等要素。')).toBe(true));
});

describe('review 57a: places of a trade and firms', () => {
  it('does not read malls by their own plans', () =>
    expect(measure('清河县商务局关于商贸领域安全的说明', '辖区各商场按照自身预案，自行开展了消防演练。')).toBe(false));
  it('reads the bureau\'s drill with the malls', () =>
    expect(measure('清河县商务局关于商贸领域安全的说明', '局里组织各商场开展了消防演练。')).toBe(true));
  it('does not read an ad firm\'s fastening told 对…进行了', () => expect(measure(URBAN, '广告公司对全部灯箱进行了紧固。')).toBe(false));
  it('reads the bureau\'s own fastening', () => expect(measure(URBAN, '执法大队对全部灯箱进行了紧固。')).toBe(true));
  it('reads the firm by its full name without its county', () =>
    expect(measure('清河县华联超市有限公司关于门前三包的说明', '华联超市公司更换了门头招牌。')).toBe(true));
  it('still does not read another firm', () =>
    expect(measure('清河县华联超市有限公司关于门前三包的说明', '华泰公司更换了门头招牌。')).toBe(false));
});

describe('review 57a: the unit acting on an estate\'s 物业', () => {
  it('reads the community overseeing the 物业\'s clean-up', () =>
    expect(measure(COMMUNITY, '督导翠湖苑物业对楼道杂物进行了清理。')).toBe(true));
  it('reads the community calling the estates\' managers to a training', () =>
    expect(measure(COMMUNITY, '召集辖区物业在社区会议室开展消防培训。')).toBe(true));
  it('still does not read a 物业 by its estate commissioning a firm', () =>
    expect(measure(COMMUNITY, '翠湖苑物业委托保洁公司清运了建筑垃圾。')).toBe(false));
});
