/**
 * Session 56 (the fifty-first set, moved to train): what the rules missed. Every sentence here is written for the test (the set's
 * reports are read by the eval only).
 * 具体措施, not the unit's: a county body examining every town (in a town's report), a task handed down, a contracted cinema chain
 * or operator at work in the unit's area or under its contract, others' 月报 / 报表 / returns gathered (also across ；), village
 * cleaners, drivers and dealers on their own, a place's age (建成较早), 放映 as a noun's first word. The unit's: drills and checks by
 * their own words (集中训练 / 上门年检 / 点验, also one by one over a long list of places); signing another's sheet is none.
 * 主体责任: a landfill's 场长 and a firm's 安全总监 are roles; owners urged to carry their own charge are not the unit's; the writer named
 * to the charge in a first-person report is.
 * 取得成效: a letter of thanks across a comma, a check's finding across a comma, those served telling then and now, people moved; a
 * register row's closing status of the set's kinds is none. Two regressions the whole suite caught are kept here too.
 * Each rule has its other side.
 */
import { describe, expect, it } from 'vitest';
import { charge, measure, result } from './element-found.js';

const TOWN_ARMS = '柳河镇人民武装部关于民兵工作情况的说明';
const COUNTY_ARMS = '清河县人民武装部关于民兵训练情况的说明';
const CULTURE_STATION = '石门镇综合文化站关于农村公益电影放映情况的说明';
const CULTURE = '清河县文化和旅游局关于农村公益电影放映情况的说明';
const SANITATION = '县环卫所关于中转站运行情况的说明';
const VETERANS = '清河县退役军人事务局关于烈士纪念设施管护情况的说明';
const FARM_MACHINES = '清河县农机安全监理站关于农机安全工作的说明';

describe('session 56: a county body examining every town', () => {
  it('does not read the county\'s examination of the towns as the town\'s measure', () =>
    expect(measure(TOWN_ARMS, '9月，县人武部对各乡镇民兵整组工作进行考评，我镇排名第二。')).toBe(false));
  it('reads the county body\'s examination in its own report', () =>
    expect(measure(COUNTY_ARMS, '9月，县人武部对各乡镇民兵整组工作进行考评。')).toBe(true));
  it('reads the town\'s own examination of its villages', () =>
    expect(measure(TOWN_ARMS, '9月，镇武装部对各村民兵排训练情况进行考评。')).toBe(true));
});

describe('session 56: a task handed down', () => {
  it('does not read a training task handed to a base', () =>
    expect(measure(COUNTY_ARMS, '年初将全年基干民兵轮训任务下达县民兵训练基地。')).toBe(false));
  it('does not read a task handed to the towns', () => expect(measure(COUNTY_ARMS, '3月向各乡镇下达训练任务。')).toBe(false));
  it('reads an order to put right served on a shop', () =>
    expect(measure('清河县市场监督管理局关于门店检查情况的说明', '检查后向3家门店下达整改通知书。')).toBe(true));
});

describe('session 56: contracted chains and operators at work', () => {
  it('does not read the chain screening in the town', () =>
    expect(measure(CULTURE_STATION, '三季度院线在我镇放映公益电影96场。')).toBe(false));
  it('does not read a projection company in counted towns', () =>
    expect(measure(CULTURE, '据汇总，下半年放映公司在6个乡镇放映公益电影520场。')).toBe(false));
  it('does not read a screening carried under its contract', () =>
    expect(measure('南岗村关于公益电影放映情况的说明', '本村放映由县数字电影放映公司第二放映队按合同承担。')).toBe(false));
  it('reads the station\'s own check of the screenings', () =>
    expect(measure(CULTURE_STATION, '三季度文化站到8个村抽查放映场次12场。')).toBe(true));
  it('reads the chain\'s screenings in its own report', () =>
    expect(measure('清河星光数字电影院线关于公益放映情况的说明', '三季度院线在全县各乡镇放映公益电影96场。')).toBe(true));
  it('does not read a village\'s confirmation sheet as a screening', () =>
    expect(measure('南岗村关于公益电影放映情况的说明', '每月在放映记录表上登记。')).toBe(false));
});

describe('session 56: others\' reports gathered', () => {
  it('does not read a firm\'s monthly report across a ；', () =>
    expect(measure(SANITATION, '据企业月报，7月西关站风机停机1天；8月企业对北关站卸料口加装挡帘2套。')).toBe(false));
  it('does not read the figures after returns received and gathered', () =>
    expect(measure('河口镇关于垃圾清运情况的说明', '镇城建办收到各村报送的台账后汇总：上半年各村清运垃圾共1860吨。')).toBe(false));
  it('does not read bodies\' returns after a colon', () =>
    expect(measure(VETERANS, '据各单位报送汇总：各村按照看护协议，对本村零散烈士墓进行了清扫培土。')).toBe(false));
  it('does not read the towns\' returns (据乡镇报表汇总) as the bureau\'s deed', () =>
    expect(measure('清河县民政局关于补贴发放情况的说明', '据乡镇报表汇总，上半年全县发放困难残疾人生活补贴2318人。')).toBe(false));
  it('reads the unit\'s own check after the firm\'s report', () =>
    expect(measure(SANITATION, '据企业月报，7月西关站风机停机1天；针对这一情况，环卫所对全部中转站开展设备检查。')).toBe(true));
  it('reads the unit\'s own deed after a colon', () =>
    expect(measure('河口镇关于垃圾清运情况的说明', '镇城建办收到各村报送的台账后汇总：我镇抽查收集点24个。')).toBe(true));
});

describe('session 56: others on their own', () => {
  it('does not read village cleaners on their own', () =>
    expect(measure('河口镇关于垃圾清运情况的说明', '各村收集点垃圾由村保洁队自行清运至镇中转站。')).toBe(false));
  it('does not read drivers\' own checks', () =>
    expect(measure('双桥镇农机站关于农机安全工作的说明', '各村机手按自查表开展出车前自查。')).toBe(false));
  it('does not read dealers by their own promise', () =>
    expect(measure(FARM_MACHINES, '全县4家农机经销商按各自的售后服务承诺上门检修机具230台次。')).toBe(false));
  it('reads the station\'s own visits', () =>
    expect(measure(FARM_MACHINES, '站里组织检验员上门检修机具230台次。')).toBe(true));
  it('does not read a place\'s age as a building', () =>
    expect(measure('河口镇关于中转站运行情况的说明', '两座中转站建成较早，设备老化。')).toBe(false));
  it('reads a station built this year', () =>
    expect(measure('河口镇关于中转站运行情况的说明', '今年新建压缩式中转站2座。')).toBe(true));
});

describe('session 56: drills and checks named by their own words', () => {
  it('reads a drill organised', () => expect(measure(TOWN_ARMS, '6月组织基干民兵集中训练4天。')).toBe(true));
  it('reads a door-to-door annual check', () => expect(measure(FARM_MACHINES, '4月在河口乡开展上门年检。')).toBe(true));
  it('does not read a training field named', () => expect(measure(TOWN_ARMS, '训练场地设在镇中学操场。')).toBe(false));
});

describe('session 56: roles and owners', () => {
  it('reads a landfill\'s deputy head in charge', () =>
    expect(charge('县生活垃圾填埋场关于作业区管理情况的说明', '副场长孙立具体负责作业面管理。')).toBe(true));
  it('reads a firm\'s safety director in charge', () =>
    expect(charge('清河县洁净环境服务有限公司关于设备维护的说明', '公司安全总监刘斌负责压缩设备安全检查。')).toBe(true));
  it('does not read 广场长廊 as a head', () =>
    expect(charge('城南社区关于广场管护的说明', '广场长廊由物业负责维护。')).toBe(false));
  it('does not read owners urged to carry their charge', () =>
    expect(charge(FARM_MACHINES, '检验中督促机主落实安全第一责任人责任。')).toBe(false));
  it('reads the station\'s own first person in charge', () =>
    expect(charge(FARM_MACHINES, '站长赵明为农机安全监理第一责任人。')).toBe(true));
});

describe('session 56: letters, findings and a row\'s status', () => {
  it('reads a letter and its thanks across a comma', () =>
    expect(result(VETERANS, '清明后，两位烈属代表来信，感谢各村照看烈士墓。')).toBe(true));
  it('does not read a letter reporting a problem', () =>
    expect(result(VETERANS, '清明后，两位烈属代表来信，反映墓区道路积水。')).toBe(false));
  it('reads a higher body\'s check finding things in order', () =>
    expect(result(VETERANS, '6月市退役军人事务局督查组到园检查，认为墓区整洁、设施完好。')).toBe(true));
  it('does not read a check finding things not in order', () =>
    expect(result(VETERANS, '6月市退役军人事务局督查组到园检查，认为台账不规范。')).toBe(false));
  it('does not read a finding that is a condition', () =>
    expect(result(VETERANS, '每次检查后，认为设施完好的方可开放。')).toBe(false));
  it('does not read one row\'s closing 已覆盖', () =>
    expect(result('县生活垃圾填埋场关于作业区巡检情况的说明', '8月5日｜作业面｜覆盖情况｜局部裸露｜当班覆膜，已覆盖')).toBe(false));
  it('reads coverage told across the whole field', () =>
    expect(result('县生活垃圾填埋场关于作业区巡检情况的说明', '8月作业面裸露问题全部整改到位，蚊蝇明显减少。')).toBe(true));
});

describe('session 56: signing a sheet, working groups', () => {
  it('does not read signing a confirmation sheet as a deed', () =>
    expect(measure('南岗村关于公益电影放映情况的说明', '村委会积极配合，放映结束后在放映确认单上签字。')).toBe(false));
  it('reads villagers organised to sign a pledge', () =>
    expect(measure('南岗村关于移风易俗工作的说明', '村委会组织村民在移风易俗承诺书上签字。')).toBe(true));
  it('does not read a leading group\'s meetings as classes', () =>
    expect(measure('城关小学关于课后服务的说明', '成立课后服务工作领导小组，全年开展活动12次。')).toBe(false));
  it('does not read a leading group\'s activities as classes', () =>
    expect(measure('城关小学关于课后服务的说明', '课后服务领导小组全年开展活动12次。')).toBe(false));
  it('does not read a supervising group\'s activities as classes', () =>
    expect(measure('城关小学关于课后服务的说明', '督导小组上半年开展活动6次。')).toBe(false));
  it('reads a named group\'s classes', () => expect(measure('城关小学关于课后服务的说明', '书法小组全年上课16次。')).toBe(true));
});

describe('session 56: the writer named to a charge, people telling then and now, people moved', () => {
  it('reads the writer named the one in charge in a first-person report', () =>
    expect(charge('关于城北片区公益电影放映情况的说明', '我叫李强，是清河星光数字电影院线放映员，院线运营部指定我为石门镇城北片区公益电影放映负责人。')).toBe(true));
  it('does not read the writer only naming his trade', () =>
    expect(charge('关于东片区公益电影放映情况的说明', '我是县星光院线放映员，负责的片区有9个村。')).toBe(false));
  it('reads those served telling then and now', () =>
    expect(result('第二放映队2026年上半年放映工作小结', '石门镇东岗村的老人说，以前一年到头看不上几回电影，现在电影送到家门口，还能看到新片子，心里高兴。')).toBe(true));
  it('does not read then and now that is no change', () =>
    expect(result('关于东片区公益电影放映情况的说明', '村里的老人说，以前一年看不上两回电影，现在仍然看不上。')).toBe(false));
  it('reads people moved by the unit\'s visit', () =>
    expect(result(VETERANS, '烈属们对服务站的上门走访十分感动。')).toBe(true));
  it('does not read a moving story told as a plan', () =>
    expect(result(VETERANS, '下一步要讲好英烈故事，让群众受到教育。')).toBe(false));
});

describe('session 56: what the whole suite caught', () => {
  it('reads the unit commissioning a training body under its agreement as its deed', () =>
    expect(measure('清河县人力资源和社会保障局关于职业技能培训的说明', '由县人社局委托职业培训机构按协议开展焊工技能培训4期。')).toBe(true));
  it('reads visits its own sections gathered and reported', () =>
    expect(measure('城关镇人民政府关于走访困难群众的说明', '据各股室汇总上报，上半年全镇走访困难群众860户。')).toBe(true));
});

describe('session 56: checks one by one over a long list', () => {
  it('reads a roll-call check of a long list of places', () =>
    expect(measure(COUNTY_ARMS, '5月县人武部分片对城关镇、柳林镇、马庄镇等12个乡镇（街道）和3家企业民兵组织逐一点验。')).toBe(true));
  it('does not read a check not done', () => expect(measure(COUNTY_ARMS, '因汛期原因，未对企业民兵组织逐一点验。')).toBe(false));
});
