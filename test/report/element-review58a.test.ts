/**
 * Review 58a: an independent check of session 58's 具体措施 rules (element-measures.ts, element-measure-classes.ts,
 * element-others-deeds.ts, element-shared.ts, the 具体措施 part of elements.ts). About 240 sentences of the reviewer's own, written
 * like county reports (局 / 站 / 街道 / 镇 / 社区 / 学校 / 医院 / 物业公司 / 测绘公司), were run against the rules before the session
 * and after it, both sides of each new rule: the new verbs and objects (巡护 / 救护 / 解救 / 放飞 / 收容 / 注射 / 接种 / 补免 / 测量 /
 * 埋设 / 养护; 鸟网 / 捕鸟夹 / 疫苗 / 宗地 / 界址桩 / 犬只 / 野生动物), animals treated (为…犬只…补免), patrols counted (巡护N次), what
 * was told ending at the teller's own deed (，并…), dogs registered as of a date, hired wardens, places of a kind by their own rules
 * or on their own, a body at its own duty (在其 / 按其), the places' reports and what followed, a test report as a log, a bare 据汇总
 * after figures sent up, work done by another body (由…作为 / 由…办理 / under an agreement), 拟批, a scrap dealer's point as a firm.
 * Each new or changed regex was also timed on 20,000-character runs (我 / ｜ / 公司 / （ / 由县 / 各村 / 为犬 / …): none over 5 ms.
 * Fixed here, each with its other side:
 * - the owners or another clinic giving the shots, and dogs already given them as a stock (犬主为犬只注射疫苗后… / 辖区3家宠物医院为
 *   犬只接种疫苗 / 其中已接种疫苗犬只7900只); 接种疫苗 no longer read as 种 (planting) + 疫苗;
 * - 私设 鸟网 (another's wrong), and 野生动物 as the topic of a stock phrase (开展野生动物保护工作);
 * - a town's own station at its own duty (镇文化站在其阵地内…) is the town's;
 * - the unit's own centre named by the unit's kind (由公司客服中心作为… / 由学校…中心作为… / 由社区党群服务中心作为…) is the unit's;
 * - 据汇总 after the unit itself or its own parts sent their figures up (街道每月将…报县文明办汇总。 / 各科室每月将…报医务科汇总。) is
 *   the unit's own tally;
 * - after the places of a kind reported (各社区累计上报…，), a clause opening with the unit's own name or tier (街道执法队… / 教育局安全股…)
 *   is the unit's.
 */
import { describe, expect, it } from 'vitest';
import { measure } from './element-found.js';

const ANIMAL = '清河县畜牧兽医站关于犬只免疫工作的说明';
const STREET = '河西街道办事处关于文明养犬工作的说明';
const COMM = '东风社区居民委员会关于文明养犬工作的说明';
const FOREST = '清河县林业局关于湿地鸟类保护情况的说明';
const TOWN = '石门镇人民政府关于野生动物保护工作的说明';
const TOWN2 = '青石镇人民政府关于公共文化服务情况的说明';
const HOSP = '清河县人民医院关于便民服务工作的说明';
const SCHOOL = '清河县实验小学关于校园安全工作的说明';
const PROP = '清河县锦华物业服务有限公司关于小区环境整治情况的说明';
const EDU = '清河县教育局关于校园周边环境整治情况的说明';

describe('review 58a: shots given by owners or another clinic, and shots as a stock', () => {
  it('does not read the owners giving the shot', () => expect(measure(ANIMAL, '犬主为犬只注射疫苗后可领取免疫牌。')).toBe(false));
  it('does not read pet hospitals giving the shots', () => expect(measure(STREET, '辖区3家宠物医院为犬只接种疫苗。')).toBe(false));
  it('does not read a pet hospital\'s duty when it gives them', () =>
    expect(measure(ANIMAL, '宠物医院为犬只接种疫苗时须查验养犬登记证。')).toBe(false));
  it('does not read the dogs already given them, counted at a date', () =>
    expect(measure(ANIMAL, '截至6月底，全县登记犬只8600只，其中已接种疫苗犬只7900只。')).toBe(false));
  it('reads the station\'s vets giving them', () =>
    expect(measure(ANIMAL, '本站防疫员在12个免疫点为犬只接种狂犬病疫苗4860只。')).toBe(true));
  it('reads the station\'s shots told as of a date', () =>
    expect(measure(ANIMAL, '截至6月底，本站已为全县犬只接种疫苗7900只。')).toBe(true));
  it('reads the hospital\'s own vaccination clinic giving them', () =>
    expect(measure(HOSP, '我院接种门诊护士全年为儿童接种各类疫苗1.2万剂次。')).toBe(true));
});

describe('review 58a: nets set by others, wildlife as a stock phrase\'s topic', () => {
  it('does not read villagers setting nets', () => expect(measure(TOWN, '村民在河滩私设鸟网捕鸟。')).toBe(false));
  it('reads the town clearing nets', () => expect(measure(TOWN, '镇里组织志愿者在河滩清理鸟网3张、拆除地笼15个。')).toBe(true));
  it('does not read wildlife protection work as a measure', () => expect(measure(FOREST, '我局积极开展野生动物保护工作。')).toBe(false));
  it('reads wildlife rescued and released', () => expect(measure(FOREST, '我局救护站全年救护受伤野生动物46只，放飞38只。')).toBe(true));
});

describe('review 58a: a town\'s own station at its own duty', () => {
  it('reads the town\'s cultural station in its own hall', () => expect(measure(TOWN2, '镇文化站在其阵地内举办书法培训班3期。')).toBe(true));
  it('reads the town\'s farm station on its own plot', () => expect(measure(TOWN2, '镇农技站在其试验田为农户开展现场培训5场。')).toBe(true));
  it('reads the township\'s station by its own year\'s plan', () => expect(measure(TOWN2, '乡文化站按其年度安排开展送戏下乡8场。')).toBe(true));
  it('does not read the town\'s health centre in its own yard', () => expect(measure(TOWN2, '镇中心卫生院在其院内为群众开展义诊2次。')).toBe(false));
  it('does not read the town\'s police station on its own beat', () => expect(measure(TOWN2, '镇派出所在其辖区内开展巡逻。')).toBe(false));
});

describe('review 58a: the unit\'s own centre named by the unit\'s kind', () => {
  it('reads a community\'s own service centre', () =>
    expect(measure(COMM, '由社区党群服务中心作为活动阵地，举办文明养犬讲座3场。')).toBe(true));
  it('reads a firm\'s own service desk', () =>
    expect(measure(PROP, '由公司客服中心作为牵头部门，组织开展业主满意度回访312户。')).toBe(true));
  it('reads a school\'s own centre', () =>
    expect(measure(SCHOOL, '由学校心理健康教育中心作为牵头科室，开展心理健康讲座6场。')).toBe(true));
  it('does not read a designated pet hospital', () =>
    expect(measure(STREET, '由县宠爱动物医院作为指定免疫点，为犬只接种疫苗860只。')).toBe(false));
});

describe('review 58a: 据汇总 after figures sent up', () => {
  it('reads the unit\'s own figures it sent up', () =>
    expect(measure(STREET, '街道每月将工作情况报县文明办汇总。据汇总，上半年街道开展入户宣传86次。')).toBe(true));
  it('reads the unit\'s own sections\' figures', () =>
    expect(measure(HOSP, '各科室每月将健康宣教情况报医务科汇总。据汇总，全年开展健康讲座56场。')).toBe(true));
  it('does not read the communities\' figures sent to the street', () =>
    expect(measure(STREET, '各社区每月将宣传活动开展情况报街道汇总。据汇总，上半年共开展入户宣传86次。')).toBe(false));
});

describe('review 58a: the unit acting after the places reported', () => {
  it('reads the street\'s own team after the communities reported', () =>
    expect(measure(STREET, '3月以来，各社区累计上报不文明养犬线索46条，街道执法队上门处理38起。')).toBe(true));
  it('reads the bureau\'s section after the schools reported', () =>
    expect(measure(EDU, '上半年各学校每月报送周边巡查情况，教育局安全股约谈校长5名。')).toBe(true));
  it('does not read what the communities reported', () =>
    expect(measure(STREET, '3月以来，各社区累计上报不文明养犬线索46条，劝导养犬人112人次。')).toBe(false));
});
