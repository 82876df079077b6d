/**
 * Session 36 (the thirty-first set, moved to train): a measure is the unit's own deed. Another party's own deed (a pupil's, a
 * family's, customers', a contractor's, a good person's), a third person acting, who someone is, another body's project honoured,
 * equipment there before, things registered in an area, a referred list received, equipment counted as of a date — none is the
 * unit's measure (src/text/element-others-deeds.ts, element-measures.ts). The other side of each: the unit having them do it, the
 * unit's own word after them, its own project, this year's fitting, the unit's deed for them.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';
import { othersDeedClause, ownSubject } from '../../src/text/element-others-deeds.js';

const SCHOOL = '县第二中学关于学雷锋志愿服务活动的情况说明';
const GAS = '县燃气公司关于文明服务工作的情况说明';
const DISABLED = '县残疾人康复中心关于康复服务工作的情况说明';
const CANTEEN = '县第三小学关于明厨亮灶工作的情况说明';
const GOOD = '城关镇东关社区关于身边好人推荐工作的情况说明';
const WMB = '县文明办关于学雷锋志愿服务工作的情况说明';
const YOUTH = '团县委关于青年志愿服务工作的情况说明';
const DUST = '县城管局关于渣土车撒漏治理工作的情况说明';

describe('session 36: deeds that are not the unit\'s', () => {
  const none: [string, string[]][] = [
    ['a pupil named, on their own (学生刘思远周末自己去看望…), and the clause after it', [SCHOOL, '初二学生刘思远周末自己去看望独居的邻居老人，帮老人买菜做饭。']],
    ['a family on its own (有的家庭自己给老人做了扶手)', [DISABLED, '重度残疾村民平时主要由家属照料，有的家庭自己给老人做了扶手和坡道。']],
    ['customers on their own (1200余户用户自行更换了胶管)', [GAS, '上半年城区有1200余户用户自行更换了老化胶管。']],
    ['a contractor, then 自行 opening the next clause', [CANTEEN, '承包方今年春季按其公司统一安排，自行出资将隔断更换为玻璃隔断。']],
    ['a contractor, then 自行 opening the next clause (a thing installed)', [CANTEEN, '承包方按其公司统一安排，自行出资为后厨安装了视频监控设备6台。']],
    ['members on their own, then a count of them carried (已有86家会员单位…实施改造)', [CANTEEN, '各会员单位根据自身条件自行选择改造方式，截至6月底，已有86家会员单位采用透明玻璃方式实施改造。']],
    ['a good person named, in their own yard (王某福还在自家院子里办起了…)', [GOOD, '王某福还在自家院子里办起了“四点半课堂”，辅导村里留守儿童写作业。']],
    ['a good person, 自己 (卢某自己买了手电筒…)', [GOOD, '卢某自己买了手电筒和反光背心分给队员，还把巡逻路线画成图贴在楼道里。']],
    ['a third person acting (他…就召集…组建了巡逻队)', [GOOD, '2024年，他看到小区夜间照明差，就召集12名退休老人组建了夜间义务巡逻队。']],
    ['who someone is (高某帆是我校汽修专业二年级学生)', [SCHOOL, '高某帆是我校汽修专业二年级学生。']],
    ['another body\'s project honoured (县志愿服务联合会“阳光助残”项目获…表彰)', [WMB, '县志愿服务联合会“阳光助残”项目获省文明办“最佳志愿服务项目”表彰。']],
    ['equipment there before (食堂原已安装摄像头8个)', [CANTEEN, '食堂原已安装摄像头8个。']],
    ['things registered in an area (城区登记渣土运输企业7家)', [DUST, '城区登记渣土运输企业7家，建筑垃圾消纳场2处。']],
    ['a referred list received (接收县残联转介的…名单152人)', [DISABLED, '上半年接收县残联转介的康复救助儿童名单152人，已登记。']],
    ['equipment counted as of a date (截至6月底，…配备冲洗设施52套)', [DUST, '截至6月底，全县在建工地43个，出入口配备车辆冲洗设施52套。']],
    ['shop owners on their own, a long way from their name (商户每天营业前自行清扫门前)', ['西关街道关于门前三包工作的情况说明', '目前，北街沿线商户每天营业前自行清扫门前，晚间收摊后清理油污。']],
    ['shop owners of their own accord (店主大多能在营业结束后自觉清扫门前)', ['城关镇关于门前三包工作的情况说明', '店主大多能在营业结束后自觉清扫门前。']],
    ['a place as it stands, 共设 (中心共设服务窗口9个，配备工作人员21名)', ['县政务服务中心关于窗口文明服务的情况说明', '中心共设服务窗口9个，配备工作人员21名。']],
    ['villagers on their own (村民农闲时自己到e站看视频)', ['县科协关于科普e站运行情况的说明', '村民农闲时自己到e站看种植养殖视频。']],
    ['another county body checking the unit (县…大队对我乡…进行了检查), the form signed and passed on', ['城关乡人民政府关于文化市场管理的情况说明', '4月，县文化市场综合执法大队对我乡文化经营场所进行了检查，乡里签收检查通报后转交各场所。']],
    ['an area\'s holdings, staff fitted (全镇辖行政村21个…，配备村保洁员126名)', ['城关镇关于农村人居环境整治的情况说明', '全镇辖行政村21个、自然村63个，配备村保洁员126名。']],
    ['a place as it stands (中心现设…窗口9个，配备工作人员21名)', ['县人民法院关于诉讼服务中心文明服务的情况说明', '诉讼服务中心现设立案、诉讼费缴退、材料收转、信访接待等窗口9个，配备工作人员21名。']],
    ['a complaint still being looked into (目前正在核实)', [GAS, '3条差评均反映收费窗口排队时间长，目前正在核实。']],
  ];
  for (const [rule, lines] of none) {
    it(`no measure: ${rule}`, () => {
      expect(found(lines, '具体措施')).toEqual([]);
    });
  }

  const some: [string, string[]][] = [
    ['the unit has the pupils do it (学校组织学生自己动手…)', [SCHOOL, '学校组织学生自己动手制作贺卡，送到敬老院慰问老人。']],
    ['the unit\'s own word after another\'s deed (社区为巡逻队配发…)', [GOOD, '卢某自己买了手电筒，社区为巡逻队配发了反光背心20件。']],
    ['the unit\'s own project honoured (“七彩假期”项目, no body before it)', [YOUTH, '“七彩假期”项目被团省委评为省级优秀青年志愿服务项目。']],
    ['the unit named before its project (团县委“七彩假期”项目)', [YOUTH, '团县委“七彩假期”项目被团省委评为省级优秀青年志愿服务项目。']],
    ['the unit\'s own project, in another county\'s report (长宁县志愿服务联合会…)', ['长宁县志愿服务联合会关于学雷锋活动的说明', '县志愿服务联合会“阳光助残”项目获省文明办表彰。']],
    ['a county body checking others in its own report, another county (长宁县…大队)', ['长宁县文化市场综合执法大队关于文化市场检查的情况说明', '5月，县文化市场综合执法大队对我县12家网吧开展专项检查。']],
    ['a verb before another body\'s project (联合实施的“阳光助残”项目)', [WMB, '与县志愿服务联合会联合实施的“阳光助残”项目获省文明办表彰。']],
    ['equipment fitted this year (今年为食堂新安装摄像头8个)', [CANTEEN, '今年为食堂新安装摄像头8个。']],
    ['as of a date, fitted for them (截至6月底，已为…配备冲洗设施52套)', [DUST, '截至6月底，已为全县43个工地配备车辆冲洗设施52套。']],
    ['a referred list, then the service given (…为其开展上门康复训练)', [DISABLED, '接收县残联转介的康复救助儿童152人，为其开展上门康复训练。']],
    ['a leader named, no word of own means (局长王某带队检查…)', [DUST, '局长王某带队对城区渣土运输企业开展专项检查。']],
    ['于 in 用于 is no surname, 自行车 no 自行 (用于增设电动自行车充电桩24个)', ['县安居物业公司关于补助资金使用情况的报告', '4.2万元用于增设电动自行车充电桩24个。']],
    ['the unit has shop owners do it (组织沿街商户自觉清扫…)', ['西关街道关于门前三包工作的情况说明', '街道组织沿街商户自觉清扫门前，开展“最美门店”评选。']],
    ['the unit\'s own county body checking others (县…大队对我县12家网吧开展检查, in its own report)', ['县文化市场综合执法大队关于文化市场检查的情况说明', '5月，县文化市场综合执法大队对我县12家网吧开展专项检查。']],
    ['an area\'s holdings, then staff fitted this year (今年为各村新配备保洁员21名)', ['城关镇关于农村人居环境整治的情况说明', '全镇辖行政村21个，今年为各村新配备保洁员21名。']],
    ['a complaint looked into and answered (已核实并答复)', [GAS, '3条差评均反映收费窗口排队时间长，已逐一核实并电话答复，增开收费窗口1个。']],
    ['自行车 is no 自行 (镇干部王某骑自行车巡查河道)', ['城关镇关于河长制工作的情况说明', '镇干部王某骑自行车对城区河道开展巡查。']],
    ['a register row of the unit\'s scheme (王某某｜一组｜义务清扫村道)', ['城关镇东关村关于文明积分超市运行情况的说明', '积分登记：', '姓名｜组别｜事项｜积分｜兑换', '王某某｜一组｜义务清扫村道｜30分｜洗衣粉2袋']],
  ];
  for (const [rule, lines] of some) {
    it(`a measure: ${rule}`, () => {
      expect(found(lines, '具体措施')).not.toEqual([]);
    });
  }
});

const FEST = '县职业中学关于端午节主题活动的情况说明';
const REHAB = '双河镇关于助残日活动的情况说明';
const POWER = '县供电公司关于抢修工作的情况说明';

describe('session 36: outcomes and a school\'s posts read on set 31', () => {
  const some: [string, string[], string][] = [
    ['a bad thing falling against the month before, months running', [DUST, '全县撒漏投诉环比连续三个月下降。'], '取得成效'],
    ['a bad thing falling over months running', [DUST, '撒漏投诉连续两个季度减少。'], '取得成效'],
    ['a bad thing falling against the month before (投诉环比下降)', [DUST, '6月全县撒漏投诉环比下降。'], '取得成效'],
    ['a person served able again (已能扶拐下地走动)', [REHAB, '桃园村偏瘫老人已能扶拐下地走动。'], '取得成效'],
    ['a job reached (实现家门口就业)', [REHAB, '6名残疾人到镇食品厂上岗，实现家门口就业。'], '取得成效'],
    ['praise by those served (社区老人夸孩子们手艺好)', [FEST, '社区老人夸孩子们手艺好、懂礼貌。'], '取得成效'],
    ['supply back for all (停电线路全部恢复送电)', [POWER, '19日上午10时，停电线路全部恢复送电。'], '取得成效'],
    ['a new custom (成了…过清明的新方式)', [YOUTH, '网上祭扫成了全县青少年过清明的新方式。'], '取得成效'],
    ['no harm this year against last year\'s (没有发生燃放，去年同期有燃放投诉6件)', ['县机关事务服务中心关于烟花爆竹禁放工作的情况说明', '今年大院及家属区春节期间没有发生燃放，去年同期有燃放投诉6件。'], '取得成效'],
    ['a school\'s 大队辅导员 named in charge', [SCHOOL, '大队辅导员刘敏具体负责，组织少先队员到幸福院慰问老人。'], '主体责任'],
  ];
  for (const [rule, lines, element] of some) {
    it(`${element} found: ${rule}`, () => {
      expect(found(lines, element)).not.toEqual([]);
    });
  }
  const none: [string, string[], string][] = [
    ['a good thing falling against the month before (志愿者人数环比连续三个月下降)', [YOUTH, '志愿者人数环比连续三个月下降。'], '取得成效'],
    ['a good thing falling over months (满意率连续两个月下降)', [POWER, '满意率连续两个月下降。'], '取得成效'],
    ['the unit\'s workload grown (工作量较去年同期有较大增加)', ['县民政局关于婚姻登记服务的情况说明', '上半年举办颁证仪式24场，工作量较去年同期有较大增加。'], '取得成效'],
    ['no harm under a condition (如果没有发生事故，去年的经验…)', [POWER, '如果没有发生事故，去年的经验就值得推广。'], '取得成效'],
    ['a job as an aim (力争实现家门口就业)', [REHAB, '下半年力争实现家门口就业。'], '取得成效'],
    ['able, said of the service, not a person served (能够正常开展)', [REHAB, '康复训练能够正常开展。'], '取得成效'],
    ['supply back for some only (部分恢复送电)', [POWER, '停电线路部分恢复送电，其余仍在抢修。'], '取得成效'],
    ['a 辅导员 leading, no charge (辅导员带领学生参观)', [SCHOOL, '辅导员带领学生参观纪念馆。'], '主体责任'],
  ];
  for (const [rule, lines, element] of none) {
    it(`${element} not found: ${rule}`, () => {
      expect(found(lines, element)).toEqual([]);
    });
  }
});

describe('session 36: othersDeedClause, clause by clause', () => {
  it('reads 于 as a surname only as 于某 (用于补贴… is no name; 于某自费… is)', () => {
    expect(othersDeedClause('5万元用于补贴居民自筹部分')).toBeNull();
    expect(othersDeedClause('服务点位于沿街自家门面内')).toBeNull();
    expect(othersDeedClause('村民于某自费购买了灭火器')).toBe('own');
    expect(othersDeedClause('于某某自费购买了灭火器')).toBe('own');
  });
  it('reads a common word opening with a surname\'s character as no name (方便群众自行…)', () => {
    expect(othersDeedClause('设置自助终端方便群众自行查询')).toBeNull();
    expect(othersDeedClause('方某自行修好了楼道灯')).toBe('own');
  });
  it('tells a third person, who someone is and another body\'s project honoured apart', () => {
    expect(othersDeedClause('他看到老人摔倒')).toBe('third');
    expect(othersDeedClause('她们的单位')).toBeNull();
    expect(othersDeedClause('他们的事迹被制成展板')).toBeNull();
    expect(othersDeedClause('他们自发组成巡逻队')).not.toBeNull();
    expect(othersDeedClause('高某帆是我校汽修专业二年级学生')).toBe('member');
    expect(othersDeedClause('县志愿服务联合会“阳光助残”项目获省文明办表彰', '清河县文明办关于学雷锋活动的说明')).toBe('honour');
    expect(othersDeedClause('县志愿服务联合会“阳光助残”项目获省文明办表彰', '清河县志愿服务联合会关于学雷锋活动的说明')).toBeNull();
  });
});

describe('session 36: ownSubject — the unit named by its title, whatever its county', () => {
  it('strips any county\'s name (长宁县第二中学 → 第二中学) and the level (县志愿服务联合会 → 志愿服务联合会)', () => {
    expect(ownSubject('第二中学组织学生到敬老院慰问', '长宁县第二中学关于学雷锋活动的说明')).toBe(true);
    expect(ownSubject('第二中学组织学生到敬老院慰问', '清河县第二中学关于学雷锋活动的说明')).toBe(true);
    expect(ownSubject('志愿服务联合会组织志愿者…', '县志愿服务联合会关于学雷锋活动的说明')).toBe(true);
    expect(ownSubject('第三中学组织学生到敬老院慰问', '长宁县第二中学关于学雷锋活动的说明')).toBe(false);
  });
  it('takes the unit\'s own word whatever the title (我局 / 本校 / 社区为…)', () => {
    expect(ownSubject('我局组织干部走访', '')).toBe(true);
    expect(ownSubject('社区为巡逻队配发背心', '')).toBe(true);
    expect(ownSubject('居民为巡逻队送来背心', '')).toBe(false);
  });
});
