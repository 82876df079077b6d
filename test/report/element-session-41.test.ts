/**
 * Session 41 (the thirty-sixth set, moved to train): what set 36 showed the rules missing or taking wrongly.
 * 具体措施: a patrol whose verb names what it walks (巡田55次), 例检 / 安检 counted in 车次, a trial airing (试播); not a register row
 * telling a firm's, a village's or an institution's own check (…｜柳林客运公司｜…｜自查客车12辆), parents', institutions' or an area's
 * schools' own deeds, a firm's mishap and what the firm did after it, a higher body's check named in a cell with its team's work
 * after, a city body's appraisal dated by its year, a town's bodies coming to a temple, the unit only cooperating, where a group's
 * office sits, places each holding one, a meeting held only to relay a document. 取得成效: no new illegal land use over a season, land
 * won back and sown, those served knowing where to go, safe over the winter, a rank among the county's units, trouble spared,
 * approval told (表示认可), books matching in an 应急 store, no one hurt; not a register row's 已拆除 of one case, not an aim.
 * 主体责任: the writer named as the one charged (明确由我负责…); not a regulated body's head the unit has made responsible.
 * 数据实例: a licence plate and a road's chainage are names, not counts.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { data } from '../../src/text/element-data.js';
import { KNOW_WHERE, RANKED, RESTORED, SAFE_SEASON, SEASON_HARM_NONE, SPARED, complianceSentence } from '../../src/text/element-result-compliance.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const measure = (text: string, title = ANY) => measures({ text, title, role: undefined, heading: false, firm: false, index: 1 } as never);
const outcome = (text: string, title = ANY) => results({ text, title, role: 'body', heading: false, firm: false, index: 1 } as never);
const charge = (text: string, title = ANY) => responsibility({ text, title, firm: false, index: 0 } as never);
const quantity = (text: string) => data({ text, title: ANY, role: 'body', heading: false, firm: false, index: 1 } as never);

describe('session 41: the unit\'s measures', () => {
  const deeds: [string, string, string?][] = [
    ['a patrol whose verb names the fields walked', '今年1至6月我一共巡田55次，上报镇所线索4条。'],
    ['a patrol of a river counted', '上半年巡河24次，清理河面漂浮物。'],
    ['a departure check counted in 车次', '假期例检车辆860车次，查堵违禁物品23件。'],
    ['a trial airing in a row', '9月3日｜城关镇｜县级平台向镇级终端试播｜试播2次，接收终端38个'],
    ['the unit\'s own self-check in its own row', '3月6日｜本局机关｜自查｜检查消防栓12个'],
    ['a clean-up organised', '4月10日｜西关小区｜楼道堆放废旧家具｜社区组织清运，已清理'],
    ['people moved to shelter', '村干部组织低洼户到村部暂避。'],
    ['a warning brought to the door', '村干部上门告知低洼户。'],
    ['a home visit checking things', '社区干部入户，查看燃气、电线和消防设施。'],
    ['terms explained to tenants', '向住户讲解租赁合同中禁止转租、转借的条款。'],
    ['a self-check row the unit organised', '4月｜组织市场开办方自查｜价签｜自查摊位326户'],
    ['the unit checking with another body', '配合县市场监管局开展联合检查，检查门店12家。'],
    ['a meeting, then a deed', '召开专题会议传达学习文件后，组织教师开展家访120户。'],
    ['a firm\'s own report of its mishap and its check', '4月，顺达物流公司发生一起追尾事故后，组织全公司车辆开展制动系统检查，检查车辆23辆。', '顺达物流公司关于安全生产工作的情况说明'],
    ['a firm\'s mishap, then the unit\'s talk', '4月，顺达物流公司发生一起追尾事故后，我局约谈了该公司负责人2名。'],
    ['a town\'s office checking in the town\'s own report', '王庄乡统战办来庙里检查消防设施12处。', '王庄乡人民政府关于宗教场所安全工作的说明'],
    ['a county body\'s check in its own register', '5月3日｜乡应急物资库｜县应急管理局年度检查｜检查组抽查物资12个品种', '清河县应急管理局关于应急物资储备检查的情况说明'],
  ];
  for (const [what, line, title] of deeds) it(`reads ${what}`, () => expect(measure(line, title)).not.toBeNull());

  const none: [string, string, string?][] = [
    ['a firm\'s own check in a register row', '3月6日｜柳林客运公司｜客车安全技术状况｜自查客车12辆，更换轮胎4条'],
    ['a driving school\'s own check in a row', '2025年10月15日｜清河县东风驾驶员培训学校｜教练车自查｜自查隐患3处'],
    ['a village\'s own check in a row', '3月18日｜刘庄村｜村自查，村民在承包地搭建看护棚｜当事人自行拆除'],
    ['an institution\'s own check in a row', '3月5日｜育才学科培训学校｜预收费｜机构自查，已自行退还超期预收费用'],
    ['a firm\'s fleet checking itself, the party far from its means', '顺达物流公司在镇内的货运车队组织了车辆自查；'],
    ['institutions on their own', '各机构也自行开展了消防演练。'],
    ['parents on their own', '不少年轻家长在家里利用手机课程自行给孩子开展早教。'],
    ['an area\'s schools on their own', '辖区学校自行开展晨检并按要求报告缺课情况。'],
    ['nurseries keeping up their routine', '辖区托育机构坚持每日晨检、定期消毒，落实安全管理制度。'],
    ['a firm\'s mishap and its own check after', '4月，顺达物流公司发生一起追尾事故后，组织全公司车辆开展制动系统自查，自查车辆23辆。'],
    ['a county body\'s check in a cell, its team after', '2025年11月18日｜乡应急物资库｜县应急管理局年度检查｜检查组抽查物资12个品种，未发现问题', '石桥乡应急物资储备工作情况说明'],
    ['a city body\'s appraisal dated by its year', '2025年度市发展改革委对县级储备进行年度考评。'],
    ['a town\'s bodies coming to a temple', '4月14日，王庄乡统战办和派出所来庙里检查燃香区和电气线路。', '刘庄关帝庙管理小组关于安全管理情况的说明'],
    ['the unit only cooperating and signing', '管理小组配合检查并在检查记录上签字确认。'],
    ['where a group\'s office sits', '办公室设在种植业股，由股长孙晓具体负责。'],
    ['places each holding one', '12个乡镇各设代储点1个。'],
    ['a meeting held only to relay a document', '学期初召开专题会议传达学习县教育局《关于进一步做好义务教育学校课后服务工作的通知》（清教发〔2025〕21号）。'],
    ['a patrol owed', '我每周巡田不少于两次。'],
    ['parents pooling money', '家委会的家长们凑钱买了绿植，摆放在教学楼门厅。'],
    ['a move to shelter to be organised', '汛期要组织低洼户转移。'],
    ['a visit planned', '下一步计划上门告知。'],
    ['an evacuation a plan demands', '发生火情，应立即切断电源、组织疏散并拨打119。'],
    ['what was checked, told as it stands', '所检查门店的灭火器都在有效期内，消防通道畅通。'],
    ['a guide\'s job told', '讲解员为游客讲解有关要求。'],
  ];
  for (const [what, line, title] of none) it(`takes no measure from ${what}`, () => expect(measure(line, title)).toBeNull());
});

describe('session 41: outcomes', () => {
  const claimed: [string, string][] = [
    ['no new illegal land use over the year', '今年村里没有新增一处违法占地。'],
    ['no new illegal occupation over a quarter', '本季度全乡没有出现新增违法占用耕地。'],
    ['land won back and sown', '原来被占的2亩地也复耕种上了麦子。'],
    ['all the missed children vaccinated', '经镇卫生院核对，本村漏种的14名儿童已全部补种。'],
    ['residents knowing where to go', '演练后，村里老人孩子都知道下大雨时往文化广场去。'],
    ['residents knowing where to fetch things', '居民遇到急事知道到社区物资点取用。'],
    ['people warm over the winter', '全乡受灾群众安全温暖过冬。'],
    ['a rank among the county\'s towns', '卫片图斑整改进度在全县乡镇中排第二。'],
    ['trouble spared', '家长说村医上门提醒，省了不少心。'],
    ['approval told', '家长对课后服务表示认可。'],
    ['books matching in an 应急 store', '盘点补充后，乡应急物资库账实相符。'],
    ['books matching, told reached with 做到', '清点补充后，社区物资点做到账实相符。'],
    ['no one hurt after the warning', '河边12户村民听到广播后及时转移到村委会，无人员受伤。'],
  ];
  for (const [what, line] of claimed) it(`reads ${what}`, () => expect(outcome(line)).not.toBeNull());

  const none: [string, string][] = [
    ['one case\'s row told demolished', '5月30日｜图斑2026-008｜复查｜已拆除，已复耕'],
    ['one case\'s row told all won back', '5月30日｜图斑2026-008｜复查｜已全部复耕'],
    ['warmth over the winter as an aim', '要确保群众温暖过冬。'],
    ['knowing where to go as what the unit told them', '提醒居民知道到哪里取。'],
    ['books matching as a demand', '要做到账实相符。'],
    ['books matching as a bare demand', '做到账实相符。'],
    ['a rank as a target', '力争在全县排名靠前。'],
  ];
  for (const [what, line] of none) it(`takes no outcome from ${what}`, () => expect(outcome(line)).toBeNull());

  it('each new pattern holds its own case and not its neighbour\'s', () => {
    expect(SEASON_HARM_NONE.test('今年村里没有新增一处违法占地')).toBe(true);
    expect(SEASON_HARM_NONE.test('5月8日｜村北｜没有新增违法占地')).toBe(false);
    expect(KNOW_WHERE.test('居民知道急用时到哪里取灭火器')).toBe(true);
    expect(KNOW_WHERE.test('引导居民知道到哪里取灭火器')).toBe(false);
    expect(SAFE_SEASON.test('受灾群众安全温暖过冬')).toBe(true);
    expect(SAFE_SEASON.test('保障受灾群众温暖过冬')).toBe(false);
    expect(RANKED.test('整改进度在全县乡镇中排第二')).toBe(true);
    expect(RANKED.test('整改进度在全县乡镇中排倒数第二')).toBe(false);
    expect(SPARED.test('省了不少心')).toBe(true);
    expect(SPARED.test('不省心')).toBe(false);
    expect(RESTORED.test('被占的1.2亩耕地已复耕种上小麦')).toBe(true);
    expect(RESTORED.test('要求当事人复耕后种上庄稼')).toBe(false);
    expect(complianceSentence('5月30日｜图斑｜已全部复耕')).toBeNull();
  });
});

describe('session 41: who is in charge', () => {
  it('reads the writer named as the one charged', () =>
    expect(charge('今年年初，村书记赵德明在村民代表会上明确由我负责本村耕地巡查，有事直接向他报告。')).not.toBeNull());
  it('takes no one from the unit named as charged', () => expect(charge('明确由我局负责全县巡查。')).toBeNull());
  it('takes no one from us named as charged', () => expect(charge('会上明确由我们负责全县巡查。')).toBeNull());
  const others: [string, string][] = [
    ['a nursery\'s head the unit urges to hold the charge', '督促托育机构落实园长为安全第一责任人的制度。'],
    ['a nursery\'s head the unit reminds of the charge', '评估中提醒托育机构落实园长为卫生保健第一责任人的要求。'],
    ['every institution\'s head', '明确各机构负责人为本机构安全第一责任人。'],
  ];
  for (const [what, line] of others) it(`takes no one from ${what}`, () => expect(charge(line)).toBeNull());
  it('reads the unit\'s own leader made first responsible', () => expect(charge('明确副局长王强为本局安全生产第一责任人。')).not.toBeNull());
});

describe('session 41: quantities', () => {
  const names: [string, string][] = [
    ['a licence plate with its dot', '5月8日，查获冀E·30957面包车驾驶人饮酒驾驶并移交中队处理；'],
    ['a plate with a letter inside', '民警查获冀E·9L276重型货车驾驶人饮酒驾驶，依法处理。'],
    ['a road\'s chainage', '5月14日，民警在北环路K2+600处设卡。'],
  ];
  for (const [what, line] of names) it(`takes no quantity from ${what}`, () => expect(quantity(line)).toBeNull());
  it('still reads a count next to a plate', () => expect(quantity('查获冀E·30957等违法车辆3辆。')).not.toBeNull());
  it('still reads a count next to a chainage', () => expect(quantity('在K14+200急弯处增设警示标志4块。')).not.toBeNull());
});
