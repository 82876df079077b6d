/**
 * Review 55a: session 55's rules for 主体责任 (another body overseeing, the office reported to, heads called in, a court's head,
 * 自行监测), 部署文件 (城市 / 市场 … naming no city issuing), 数据实例 (a lamp's watts) and 取得成效 (通报为先进 / 给予我…优秀), tried
 * with about 160 sentences of the reviewer's own on both sides. What was wrong, fixed here:
 * - a court's or an arbitration body's head in its own report, after words of its own (今年由仲裁院副院长… / 我院明确由法院副院长…),
 *   was read as another body's; a head of a court's division (立案庭庭长 / 执行局局长) in another unit's report was still the unit's;
 * - the office reported to, named after 报 / 上报 / 移交 rather than 向 (全部报县路灯管理所维修并督办), was read as one in charge;
 * - 企业自行检测 (as 自行监测) read as others organising themselves;
 * - national rules opening 城镇 / 城乡 (《城镇污水排入排水管网许可管理办法》) read as local; a 市场监管所's 规定 lost its issuer;
 * - a lamp's power worded a little differently (100W的LED灯 / 150W高压钠灯 / 50w太阳能路灯 / 功率达到60W) still read as 万;
 * - a rating still to come (将给予我公司优秀等次 / 将被通报为先进单位) read as an outcome; a rating in quotes (“优秀”) was missed.
 */
import { describe, expect, it } from 'vitest';
import { charge, data, docs, result } from './element-found.js';


const ARB = '清河县劳动人事争议仲裁院关于调解工作的说明';
const COURT = '清河县人民法院关于诉源治理工作的说明';
const UNION = '清河县总工会关于职工维权工作的说明';
const STREET = '城西街道办事处关于路灯巡查情况的说明';
const COMMUNITY = '幸福社区居委会关于垃圾分类工作的说明';
const ECO = '清河县环境监测站关于重点企业在线监测情况的说明';
const LIGHTS = '清河县城市管理局关于背街小巷路灯维修情况的说明';
const TOWN = '新城镇人民政府关于人居环境整治的说明';
const MARKET = '清河县市场监督管理局关于农贸市场整治情况的说明';
const MEDIA = '清河县融媒体中心关于宣传工作的说明';
const FIRM = '清河县明光照明工程有限公司关于路灯维护情况的说明';

describe('review 55a: a court\'s head', () => {
  it('reads the arbitration body\'s head in its own report after 今年由', () =>
    expect(charge(ARB, '今年由仲裁院副院长赵平负责调解室的业务指导。')).toBe(true));
  it('reads the court\'s head in its own report after 我院明确由', () =>
    expect(charge(COURT, '我院明确由法院副院长刘敏负责诉源治理工作。')).toBe(true));
  it('reads a division head of the court in its own report', () =>
    expect(charge(COURT, '由县人民法院立案庭庭长陈晓负责诉调对接。')).toBe(true));
  it('does not read a court division\'s head in the union\'s report', () =>
    expect(charge(UNION, '由县人民法院立案庭庭长负责诉调对接的业务指导。')).toBe(false));
  it('does not read a court\'s 执行局局长 in the union\'s report', () =>
    expect(charge(UNION, '由县人民法院执行局局长负责欠薪案件执行对接。')).toBe(false));
  it('still reads the union\'s own head', () => expect(charge(UNION, '由县总工会副主席周平负责职工法律援助工作。')).toBe(true));
});

describe('review 55a: the office reported to after 报 / 上报 / 移交', () => {
  it('does not read the office faults are reported to', () =>
    expect(charge(STREET, '发现的故障全部报县路灯管理所维修并督办。')).toBe(false));
  it('reads the community\'s head who reports the problems', () =>
    expect(charge(COMMUNITY, '社区主任王芳负责将问题上报县城管局执法大队处理并督办。')).toBe(true));
  it('reads the head named before the hand-over', () =>
    expect(charge(COMMUNITY, '由社区主任王芳负责，发现问题移交街道城管办处理。')).toBe(true));
});

describe('review 55a: 自行检测 is a name, as 自行监测', () => {
  it('reads the station\'s own head in charge of the firms\' self-testing', () =>
    expect(charge(ECO, '为做好企业自行检测管理，我站明确由监测科科长王丽负责。')).toBe(true));
  it('does not read the firms\' own staff', () => expect(charge(ECO, '企业自行检测，由企业环保专员负责。')).toBe(false));
});

describe('review 55a: national rules opening 城镇 / 城乡; a 市场监管所 issuing', () => {
  it('does not read 《城镇…管理办法》', () => expect(docs(LIGHTS, '依据《城镇污水排入排水管网许可管理办法》做好审批。')).toBe(false));
  it('does not read 《城乡…管理规定》', () => expect(docs(LIGHTS, '依据《城乡规划编制单位资质管理规定》开展检查。')).toBe(false));
  it('reads a town named …城镇 issuing', () => expect(docs(TOWN, '按照《新城镇人居环境整治考核办法》开展评比。')).toBe(true));
  it('reads a 城乡 plan', () => expect(docs(TOWN, '按照《城乡环境整治百日攻坚行动方案》开展整治。')).toBe(true));
  it('reads a 市场监管所\'s 规定', () => expect(docs(MARKET, '按照《市场监管所网格化巡查管理规定》开展巡查。')).toBe(true));
});

describe('review 55a: a lamp\'s power worded otherwise', () => {
  it('does not read 100W的LED灯', () => expect(data(LIGHTS, '将钠灯换成100W的LED灯。')).toBe(false));
  it('does not read 150W高压钠灯', () => expect(data(LIGHTS, '将老旧灯具更换为150W高压钠灯。')).toBe(false));
  it('does not read 50w太阳能路灯', () => expect(data(LIGHTS, '小区安装50w太阳能路灯。')).toBe(false));
  it('does not read 功率达到60W', () => expect(data(LIGHTS, '新装灯具功率达到60W。')).toBe(false));
  it('reads a count of lamps beside the power', () => expect(data(LIGHTS, '更换150W LED灯具42盏。')).toBe(true));
  it('reads a view count of a lantern show', () => expect(data(MEDIA, '元宵灯会专题视频播放量达12W。')).toBe(true));
});

describe('review 55a: a rating to come, a rating in quotes', () => {
  it('does not read a rating the bureau will give', () => expect(result(FIRM, '城管局将给予我公司优秀等次。')).toBe(false));
  it('does not read a rating planned', () => expect(result(FIRM, '城管局拟给予我公司优秀等次。')).toBe(false));
  it('does not read being named a model to come', () => expect(result(FIRM, '我公司将被通报为先进单位。')).toBe(false));
  it('reads 给予我局“优秀”等次', () => expect(result(LIGHTS, '市城管委给予我局“优秀”等次。')).toBe(true));
  it('reads 给予我公司“A级”评价', () => expect(result(FIRM, '城管局年度考核给予我公司“A级”评价。')).toBe(true));
  it('still reads being named a model', () => expect(result(FIRM, '公司被城管局通报为年度养护先进单位。')).toBe(true));
});
