/**
 * Session 55 (the fiftieth set, moved to train): what the rules missed. Every sentence here is written for the test (the set's
 * reports are read by the eval only).
 * 部署文件: 城市 / 市场 / 市民 / 市容 / 市政 name no city issuing (《城市照明管理规定》 is a national rule).
 * 主体责任, not the unit's: another body's office overseeing with its object (分局监测科负责对我公司进行考核), an office the unit reports
 * to (向县路灯管理所报修并督办), heads the unit calls in (约谈企业负责人), a court's or an arbitration body's head.
 * 具体措施, not the unit's: advisers and firms under their agreement, others' logs gathered, every village signing with a firm, a
 * register row's closing cell telling a school ran it, what the county has enrolled, counted.
 * 数据实例: a lamp's power in watts is no 万. 取得成效: the unit named a model by a higher body, rated 优秀 by it.
 * Each rule has its other side.
 */
import { describe, expect, it } from 'vitest';
import { charge, data, docs, measure, result } from './element-found.js';


const LIGHTS = '清河县城市管理局关于背街小巷路灯维修情况的说明';
const FIRM = '清河县明光照明工程有限公司关于路灯维护情况的说明';
const JUSTICE = '清河县司法局关于村法律顾问工作的说明';
const UNION = '清河县总工会关于职工维权工作的说明';
const EDU = '清河县教育局乡村少年宫活动情况说明';
const ECO = '清河县环境监测站关于重点企业在线监测情况的说明';

describe('session 55: a national rule named after 城市', () => {
  it('does not read 《城市照明管理规定》 as a deployment document', () =>
    expect(docs(LIGHTS, '我局参照《城市照明管理规定》开展夜间巡灯。')).toBe(false));
  it('does not read 《城市生活垃圾管理办法》 as one', () => expect(docs(LIGHTS, '依据《城市生活垃圾管理办法》做好站点管理。')).toBe(false));
  it('reads a city\'s own 规定 (市 issuing)', () => expect(docs(LIGHTS, '按照《清河市路灯设施维护管理规定》开展巡查。')).toBe(true));
  it('reads a county office\'s 规定', () => expect(docs(LIGHTS, '按照《县城管局路灯巡查管理规定》开展巡查。')).toBe(true));
});

describe('session 55: another body overseeing, the office reported to, heads called in', () => {
  it('does not read a 分局 section assessing the firm as the firm\'s charge', () =>
    expect(charge(FIRM, '分局运维科负责对我公司进行季度考核。')).toBe(false));
  it('does not read a county office\'s monthly assessment of the firm', () =>
    expect(charge(FIRM, '县城管局照明管理所负责对公司养护工作进行月度考核。')).toBe(false));
  it('reads the firm\'s own manager in charge', () => expect(charge(FIRM, '公司副经理周强负责城南片区的路灯养护。')).toBe(true));
  it('reads a 分局\'s section in the 分局\'s own report', () =>
    expect(charge('市生态环境局清河分局关于运维考核情况的说明', '分局监测科负责对运维公司进行考核。')).toBe(true));
  it('does not read the office the unit reports faults to', () =>
    expect(charge('城西街道办事处关于路灯巡查情况的说明', '巡查发现故障15处，全部向县路灯管理所报修并督办。')).toBe(false));
  it('reads the unit\'s own office taking charge of the follow-up', () =>
    expect(charge('城西街道办事处关于路灯巡查情况的说明', '巡查发现故障15处，由街道城管办负责督办。')).toBe(true));
  it('does not read heads the unit calls in as holding a charge', () =>
    expect(charge('城关镇劳动保障所关于欠薪处置情况的说明', '接到投诉后，我所当天约谈公司负责人，组织双方调解。')).toBe(false));
  it('reads the 所\'s own head in charge', () =>
    expect(charge('城关镇劳动保障所关于欠薪处置情况的说明', '所长王敏负责欠薪线索的调处。')).toBe(true));
  it('does not read an arbitration body\'s deputy head in the union\'s report', () =>
    expect(charge(UNION, '工会调解室设在仲裁院，由仲裁院副院长赵平负责业务指导。')).toBe(false));
  it('reads the arbitration body\'s head in its own report', () =>
    expect(charge('清河县劳动人事争议仲裁院关于调解工作的说明', '由仲裁院副院长赵平负责工会调解室的业务指导。')).toBe(true));
});

describe('session 55: advisers, firms and villages at their own work', () => {
  it('does not read advisers at their post under the agreement', () =>
    expect(measure(JUSTICE, '各村聘请的法律顾问按协议每月到村坐班。')).toBe(false));
  it('does not read a firm under its contract', () =>
    expect(measure(ECO, '设备的日常校准由华测公司按运维合同负责完成。')).toBe(false));
  it('does not read every village signing with a law firm', () =>
    expect(measure(JUSTICE, '全县各村与县城律师事务所签订法律顾问协议。')).toBe(false));
  it('does not read the figures of advisers\' logs gathered after a colon', () =>
    expect(measure(JUSTICE, '全年顾问工作日志汇总到局：接待群众咨询812人次，审查合同40份。')).toBe(false));
  it('does not read what follows 据…工作日志', () =>
    expect(measure('清河县杨庄村关于法律顾问工作的说明', '据顾问工作日志，今年顾问到村坐班9次，审查合同3份。')).toBe(false));
  it('reads the bureau\'s own talks in the villages', () =>
    expect(measure(JUSTICE, '我局组织律师到村开展法治讲座12场。')).toBe(true));
  it('reads the bureau\'s own check of the advisers', () =>
    expect(measure(JUSTICE, '全年顾问工作日志汇总到局：我局抽查顾问坐班情况30次。')).toBe(true));
  it('does not read a row whose closing cell says the school ran it', () =>
    expect(measure(EDU, '日期｜学校｜活动内容｜人数｜情况\n6月3日｜东关中心学校｜篮球训练｜28｜学校组织')).toBe(false));
  it('reads the row the bureau ran', () =>
    expect(measure(EDU, '日期｜学校｜活动内容｜人数｜情况\n6月3日｜东关中心学校｜篮球训练｜28｜我局组织')).toBe(true));
  it('does not read what the county has enrolled, counted', () =>
    expect(measure(ECO, '全县纳入在线监控的企业16家、监测设备25套。')).toBe(false));
  it('reads the unit\'s check of what the county enrolled', () =>
    expect(measure(ECO, '今年对全县纳入在线监控的16家企业开展现场检查。')).toBe(true));
});

describe('session 55: a lamp\'s power and a rating from above', () => {
  it('does not read a lamp\'s power in watts as a quantity', () => expect(data(LIGHTS, '将钠灯换成120W LED灯具。')).toBe(false));
  it('does not read a power figure after 功率', () => expect(data(LIGHTS, '选用功率200W的投光灯。')).toBe(false));
  it('reads a count of lamps', () => expect(data(LIGHTS, '更换LED灯具36盏。')).toBe(true));
  it('reads 3.2W reads (万) in new media', () => expect(data('清河县融媒体中心关于宣传工作的说明', '专题推文阅读量3.2W。')).toBe(true));
  it('reads the unit named a model by a higher body', () =>
    expect(result(LIGHTS, '在市住建局组织的考评中，我局被通报为全市先进单位。')).toBe(true));
  it('reads a rating of 优秀 given the firm', () => expect(result(FIRM, '城管局在年度考核中给予我公司优秀等次。')).toBe(true));
  it('does not read being listed as a body to be built into a model', () =>
    expect(result(LIGHTS, '我局被确定为示范创建对象。')).toBe(false));
});

describe('session 55: people bringing troubles to the law, praise by letter, a long title conferred', () => {
  it('reads villagers now going to the law first', () => expect(result(JUSTICE, '村民现在遇事先来司法所问法。')).toBe(true));
  it('does not read the habit told as still weak', () => expect(result(JUSTICE, '群众遇事找法的意识还不强。')).toBe(false));
  it('does not read it told as not yet common', () => expect(result(JUSTICE, '群众遇事找法还不够普遍。')).toBe(false));
  it('does not read it as a target', () => expect(result(JUSTICE, '力争让群众遇事找法。')).toBe(false));
  it('reads a body\'s letter praising the work', () => expect(result(JUSTICE, '县人民法院来函肯定我局的调解工作。')).toBe(true));
  it('does not read a letter asking for work', () => expect(result(JUSTICE, '县人民法院来函要求做好诉前调解。')).toBe(false));
  it('does not read the unit\'s own decision conferring titles on its people', () =>
    expect(result(JUSTICE, '经局党组研究，决定授予县公共法律服务中心、城关司法所2个单位“普法工作先进集体”称号，授予王强、李敏、赵刚3名同志“普法工作先进个人”称号。')).toBe(false));
  it('reads a long title conferred', () =>
    expect(result(EDU, '县文明委授予东关乡“未成年人思想道德建设工作先进乡镇”称号。')).toBe(true));
});

describe('session 55: the other sides the mutation check asked for', () => {
  const PARK = '清河县工业园区管委会关于入园企业环境管理情况的说明';
  const EDU_SCHOOLS = '清河县教育局乡村学校少年宫活动情况说明';
  it('reads the park\'s leading group after a purpose naming the firms\' 自行监测', () =>
    expect(charge(PARK, '为做好入园企业自行监测管理，管委会调整了环保工作领导小组，由管委会主任刘刚任组长。')).toBe(true));
  it('does not read firms organising their own monitoring team', () =>
    expect(charge(PARK, '入园企业自行组建环保监测小组，由企业安全员负责。')).toBe(false));
  it('does not read a firm opening the clause with 由 under its contract', () =>
    expect(measure(ECO, '在线监测设备的校准，由华测公司按合同负责完成。')).toBe(false));
  it('reads the station\'s own calibration', () => expect(measure(ECO, '我站今年对14套在线监测设备开展比对校准。')).toBe(true));
  it('does not read the advisers\' own figures opening with 其中', () =>
    expect(measure(JUSTICE, '其中顾问为困难群众代写申请12份。')).toBe(false));
  it('does not read what others\' work logs tell', () =>
    expect(measure(JUSTICE, '据各村调解员工作日志，上半年共调解纠纷46件。')).toBe(false));
  it('reads what the bureau\'s own count tells', () => expect(measure(JUSTICE, '据统计，我局上半年组织调解纠纷46件。')).toBe(true));
  it('does not read a school-run row in a title with no 关于 that names schools', () =>
    expect(measure(EDU_SCHOOLS, '日期｜学校｜活动内容｜人数｜情况\n6月3日｜东关中心学校｜篮球训练｜28｜学校组织')).toBe(false));
  it('reads the row the bureau ran in that title', () =>
    expect(measure(EDU_SCHOOLS, '日期｜学校｜活动内容｜人数｜情况\n6月3日｜东关中心学校｜篮球训练｜28｜我局组织')).toBe(true));
  it('does not read a power after 功率为', () => expect(data(LIGHTS, '路灯功率为150W。')).toBe(false));
  it('reads a count after the power', () => expect(data(LIGHTS, '路灯功率为150W，共更换45盏。')).toBe(true));
});

describe('session 55: a firm\'s own self-monitoring, a named group\'s classes counted', () => {
  const FOUNDRY = '宏达铸造有限公司环保工作情况说明';
  const SCHOOL_GROUP = '李庄小学少年宫美术小组活动记录说明';
  it('reads the firm\'s own replacement after its self-monitoring clause', () =>
    expect(measure(FOUNDRY, '公司每季度开展废气自行监测，上半年出具报告2份，并投入20万元更换布袋除尘器。')).toBe(true));
  it('does not read a monitoring agency\'s self-monitoring in the bureau\'s report', () =>
    expect(measure('清河县生态环境分局关于企业自行监测情况的说明', '有资质机构每季度开展废气自行监测，上半年出具报告2份。')).toBe(false));
  it('reads a named group\'s classes counted', () =>
    expect(measure(SCHOOL_GROUP, '学校安排我负责少年宫美术小组，本学期开展活动14次。')).toBe(true));
  it('reads the group\'s lessons counted', () => expect(measure(SCHOOL_GROUP, '本学期美术小组上课12次，参加学生20人。')).toBe(true));
  it('does not read a count of activities with no group named', () => expect(measure(SCHOOL_GROUP, '本学期开展活动14次。')).toBe(false));
  it('does not read every school\'s groups on their own', () =>
    expect(measure('清河县教育局关于少年宫工作的说明', '各校兴趣小组自行开展活动120次。')).toBe(false));
});

describe('session 55: lights back on, praise told to the firm', () => {
  it('reads lights all back on the same night', () => expect(result(FIRM, '暴雨过后，城南片区路灯均在当晚恢复亮灯。')).toBe(true));
  it('does not read lights to be restored', () => expect(result(FIRM, '力争暴雨过后路灯当晚恢复亮灯。')).toBe(false));
  it('reads a body praising the firm', () => expect(result(FIRM, '路灯管理所在检查通报中对公司提出表扬。')).toBe(true));
  it('does not read a body asking the firm to improve', () => expect(result(FIRM, '路灯管理所在检查通报中对公司提出整改要求。')).toBe(false));
});

