/**
 * Session 53 (the forty-eighth set, moved to train): what the rules missed. Every sentence here is written for the test (the set's
 * reports are read by the eval only).
 * 具体措施, not the unit's: a work handed over to a firm (委托…公司实施), the firm named back (该公司…) or the area's property managers
 * at their work, others' reports summed (根据…报送的…汇总 / …报表显示：), the schools, 卫生院 and 加油站 a bureau oversees at their own
 * work, a check's papers filed, a licensed body as the doer after 由, a station's own register row. 主体责任: others' heads (辖区各校校长 /
 * 由站长担任队长 after 各站… / 督促各站站长切实履行…), and the unit's office heads and own heads leading (城建办主任罗勇带队 / 我局副局长
 * 钱勇带领… / 社区指定网格员周敏负责…). 取得成效: a dated row's closing status of its one case. Each rule has its other side.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { contractFirmActs } from '../../src/text/element-contract-firms.js';
import { selfCheckRowWhole } from '../../src/text/element-others-deeds.js';

const found = (title: string, text: string, element: string) =>
  (elementEvidence(segment({ text: normalizeText(`# ${title}\n${text}`), styled: [] }))[element] ?? []).length > 0;
const measure = (title: string, text: string) => found(title, text, '具体措施');
const charge = (title: string, text: string) => found(title, text, '主体责任');
const result = (title: string, text: string) => found(title, text, '取得成效');

const BUREAU = '清河县住房和城乡建设局关于老旧小区供水管网改造工作的说明';
const EDU = '清河县教育局关于中小学午检工作的说明';
const TOWN = '城南镇人民政府关于辖区学校卫生工作的情况说明';
const STREET = '城北街道办事处关于背街小巷路灯巡查情况的说明';
const FIRE = '清河县消防救援大队关于液化气站消防检查情况的说明';

describe('session 53: a work handed over to a firm', () => {
  it('does not read the unit handing a work to a named firm', () =>
    expect(measure(BUREAU, '我局将老旧管网的冲洗消毒按合同委托清河县鑫源管道工程有限公司实施。')).toBe(false));
  it('does not read 由我局委托 a firm', () =>
    expect(measure(BUREAU, '小区二级管网的日常维修由我局委托县自来水有限公司负责。')).toBe(false));
  it('reads a commissioned survey as the unit\'s (session 52)', () =>
    expect(measure(BUREAU, '我局委托第三方机构开展入户满意度测评。')).toBe(true));
  it('reads the unit\'s own check after the hand-over, in the next clause', () =>
    expect(measure(BUREAU, '我局委托县自来水公司实施管网冲洗，城建股每周对施工现场开展督导。')).toBe(true));
  it('tells the hand-over apart in a firm\'s own report', () => {
    expect(contractFirmActs('将管网冲洗委托清河县鑫源管道工程有限公司实施', ['清河县住房和城乡建设局'])).toBe(true);
    expect(contractFirmActs('将管网冲洗委托清河县鑫源管道工程有限公司实施', ['清河县自来水有限公司'])).toBe(false);
    expect(contractFirmActs('委托县评估有限公司开展绩效评估', ['清河县住房和城乡建设局'])).toBe(false);
  });
});

describe('session 53: the firm named back, the area\'s property managers, reports summed', () => {
  it('does not read 该公司 at its work after a time', () =>
    expect(measure(BUREAU, '3月至5月该公司共更换入户管道2.6公里，安装新表计410只。')).toBe(false));
  it('does not read 该公司 after a bare month range', () =>
    expect(measure(BUREAU, '1至5月该公司共更换入户管道2.6公里，安装新表计410只。')).toBe(false));
  it('does not read the area\'s property managers counted at their work', () =>
    expect(measure(BUREAU, '据统计，4月份辖区物业共清洗屋顶水箱26个，更换阀门9只。')).toBe(false));
  it('reads the unit itself after the same month range', () =>
    expect(measure(BUREAU, '1至5月我局共组织管网巡查26次。')).toBe(true));
  it('does not read deeds told after 根据…报送的…汇总', () =>
    expect(measure(BUREAU, '根据施工单位报送的月报汇总，5月份共更换入户管道1.1公里。')).toBe(false));
  it('does not read deeds told after a firm\'s papers summed', () =>
    expect(measure(BUREAU, '根据养护公司报送的作业台账汇总，5月份共清淤雨污管道3.2公里。')).toBe(false));
  it('reads deeds told after the unit\'s own section\'s figures', () =>
    expect(measure(BUREAU, '根据城建股报送的台账汇总，5月份我局组织管网巡查12次。')).toBe(true));
  it('does not read what others\' reports summed show', () =>
    expect(measure('清河县卫生健康局关于学校卫生指导工作的说明', '疾控股汇总9家乡镇卫生院报表显示：上半年到校指导共97校次，培训保健老师45人次。')).toBe(false));
  it('reads the unit\'s office at work after others\' reports', () =>
    expect(measure(TOWN, '辖区9所中小学共报来周报180份，社会事务办逐一核对并对迟报学校开展约谈。')).toBe(true));
  it('does not read a county office as the unit\'s after others\' reports', () =>
    expect(measure('清河县应急管理局关于加油站检查的说明', '各站报来台账20份，县创建办对加油站开展了抽查。')).toBe(false));
  it('reads a school\'s staff at work in the school\'s own report', () =>
    expect(measure('清河县第六中学关于午检工作的说明', '班主任登记缺课学生并追问原因。')).toBe(true));
  it('reads the unit\'s office checking after a summary of others', () =>
    expect(measure(EDU, '体卫艺股汇总11所学校报表显示：各校开展午检，股室对2所学校开展了抽查。')).toBe(true));
});

describe('session 53: the places a bureau oversees at their own work', () => {
  it('does not read every school at its own check in a bureau\'s report', () =>
    expect(measure(EDU, '各学校、幼儿园按方案要求每日开展午检，班主任登记缺课学生并追问原因。')).toBe(false));
  it('does not read 各校 at their own check', () =>
    expect(measure(EDU, '各校每日开展午检，校医跟踪缺课学生。')).toBe(false));
  it('reads the bureau checking the schools after them', () =>
    expect(measure(EDU, '各校每日开展午检，我局体卫艺股每周抽查各校午检记录。')).toBe(true));
  it('reads the bureau having the schools do it', () =>
    expect(measure(EDU, '我局组织各学校开展午检督导。')).toBe(true));
  it('reads a school\'s own classes in a school\'s report', () =>
    expect(measure('清河县第四中学关于午检工作的说明', '各班每日开展午检，学校对班主任开展了培训。')).toBe(true));
  it('does not read a named 卫生院 at its work in a town\'s report', () =>
    expect(measure(TOWN, '城南镇卫生院对缺课学生按职责开展随访。')).toBe(false));
  it('reads the 卫生院\'s deed in its own report', () =>
    expect(measure('城南镇卫生院关于学校卫生工作的情况说明', '城南镇卫生院对缺课学生按职责开展随访。')).toBe(true));
  it('does not read places counted reporting their papers', () =>
    expect(measure(TOWN, '本学期辖区9所中小学共报来午检周报180份，累计登记缺课学生640人次。')).toBe(false));
});

describe('session 53: papers filed, a licensed body, a station\'s own row', () => {
  it('does not read a check\'s papers filed', () =>
    expect(measure('县商务局关于加油站安全管理的说明', '我局汇总备案检测报告22份。')).toBe(false));
  it('does not read a check\'s papers passed on', () =>
    expect(measure('县商务局关于加油站安全管理的说明', '各站报送检测报告22份。')).toBe(false));
  it('reads the unit\'s own test counted', () =>
    expect(measure('县商务局关于加油站安全管理的说明', '我局检测油品样品22份。')).toBe(true));
  it('reads a review of reports counted (session 52)', () =>
    expect(measure('县商务局关于加油站安全管理的说明', '执法人员审核报告12份。')).toBe(true));
  it('does not read a test done by a licensed body', () =>
    expect(measure('县商务局关于加油站安全管理的说明', '全县22家加油站的防雷防静电检测均由有资质的检测机构完成。')).toBe(false));
  it('does not read a station\'s own register row', () =>
    expect(measure('县商务局关于加油站台账备案情况的说明', '5月｜南关加油站｜卸油区｜问题3处｜站内自行整改')).toBe(false));
  it('reads the unit\'s officers at work in the row', () =>
    expect(measure('县应急管理局关于加油站检查的说明', '5月3日｜南关加油站｜卸油区｜执法人员现场检查，发现问题3处｜站内自行整改')).toBe(true));
  it('tells the station\'s own row apart', () => {
    expect(selfCheckRowWhole('5月｜南关加油站｜卸油区｜问题3处｜站内自行整改')).toBe(true);
    expect(selfCheckRowWhole('5月｜南关加油站｜卸油区｜问题3处｜责令站内整改')).toBe(false);
  });
  it('does not read a test by a licensed body told plainly', () =>
    expect(measure('县商务局关于加油站安全管理的说明', '防雷检测由有资质的检测机构完成。')).toBe(false));
  it('does not read it after a long subject (17 characters before 由)', () =>
    expect(measure('县商务局关于加油站安全管理的说明', '城区加油站今年的防雷防静电年度检测由有资质的检测机构完成。')).toBe(false));
  it('does not read every 加油站 at its own check in a bureau\'s report', () =>
    expect(measure('清河县应急管理局关于加油站检查的说明', '各加油站开展卸油作业安全检查，排查隐患12处。')).toBe(false));
  it('reads a patrol counted in days', () => expect(measure('东岭村护林员巡山工作总结', '整个防火期共巡山150天。')).toBe(true));
  it('does not read days counted with no patrol', () => expect(measure('东岭村护林员巡山工作总结', '防火期已过去150天。')).toBe(false));
});

describe('session 53: others\' heads in charge', () => {
  it('does not read the schools\' heads in a body\'s report', () =>
    expect(charge('城南镇卫生院关于学校卫生指导工作的说明', '辖区各校校长是本校卫生工作第一责任人。')).toBe(false));
  it('does not read a station\'s head leading what the stations set up', () =>
    expect(charge(FIRE, '各站均建立了义务消防队，由站长担任队长。')).toBe(false));
  it('does not read it at the end of a longer sentence', () =>
    expect(charge(FIRE, '我大队对液化气站消防安全高度重视，督促各站落实消防安全主体责任，各站均建立了义务消防队，由站长担任队长。')).toBe(false));
  it('reads the unit\'s own group led by its head', () =>
    expect(charge(FIRE, '大队成立专项检查组，由大队长担任组长。')).toBe(true));
  it('does not read the heads urged to carry out their charge', () =>
    expect(charge(FIRE, '督促各站站长切实履行消防安全第一责任人职责。')).toBe(false));
  it('reads the unit\'s own head after the urging', () =>
    expect(charge(EDU, '督促各校校长切实履行第一责任人职责，局分管副局长王强负总责。')).toBe(true));
});

describe('session 53: the unit\'s office heads and own heads leading', () => {
  it('reads a street\'s office head leading in its report', () =>
    expect(charge(STREET, '街道城建办主任罗勇带队，5月对辖区背街小巷巡查路灯86盏。')).toBe(true));
  it('reads the unit\'s 办 head leading in a bureau\'s report', () => expect(charge(FIRE, '综合办主任陈立带队，于节前对城区液化气站开展夜查。')).toBe(true));
  it('does not read a 科 head of another body by this rule (session 52)', () =>
    expect(charge('清河县卫生健康局关于义诊活动的说明', '由中心医院外科主任王涛带队开展义诊。')).toBe(false));
  it('does not read a town\'s office head in a bureau\'s report', () =>
    expect(charge('清河县应急管理局关于液化气站检查的说明', '镇应急管理办公室主任魏东带队，于4月开展现场检查。')).toBe(false));
  it('does not read a county office\'s head', () =>
    expect(charge('清河县应急管理局关于液化气站检查的说明', '县创建办主任魏东带队，于4月开展现场检查。')).toBe(false));
  it('reads the unit\'s own head leading its people', () =>
    expect(charge(BUREAU, '我局副局长钱勇带领质量安全站和执法中队，于4月对改造小区开展检查。')).toBe(true));
  it('reads a town\'s own head leading in its report', () =>
    expect(charge('黄岗乡人民政府关于液化气站安全检查情况的说明', '乡分管副乡长卢斌带领乡应急管理办公室和派出所民警开展检查。')).toBe(true));
  it('does not read a town\'s head in a bureau\'s report', () =>
    expect(charge('清河县应急管理局关于液化气站检查的说明', '乡分管副乡长卢斌带领乡应急管理办公室和派出所民警开展检查。')).toBe(false));
  it('reads a person the community names to the work', () =>
    expect(charge('南关社区关于辖区公厕巡查情况的说明', '社区指定网格员李红负责公厕的日常巡查。')).toBe(true));
});

describe('session 53: a dated row\'s closing status', () => {
  const TOILETS = '城北街道办事处关于辖区公厕巡查情况的说明';
  it('does not read a row\'s repair of its one case', () =>
    expect(result(TOILETS, '5月6日｜体育场公厕｜照明｜灯管损坏｜街道联系维修，已修复')).toBe(false));
  it('does not read a row\'s child back at school', () =>
    expect(result('清河县第六中学关于午检工作的说明', '4月2日｜政教处｜缺课追踪｜病因为感冒｜校医电话核实，已返校')).toBe(false));
  it('reads all repaired across the area', () => expect(result(TOILETS, '经过整治，辖区公厕已全部修复。')).toBe(true));
  it('reads a whole-area row reaching the standard', () => expect(result(TOILETS, '5月｜全街道公厕｜复查｜整改后全部达标')).toBe(true));
});

describe('session 53: no outbreak or fire over a period, people backing the work', () => {
  const KG = '县第二幼儿园关于晨午检工作的说明';
  it('reads no cluster over an epidemic season', () => expect(result(KG, '水痘流行期间，我园未出现聚集性病例。')).toBe(true));
  it('reads no new case after a date', () => expect(result(KG, '经处置，11月3日后未出现新病例。')).toBe(true));
  it('does not read no cluster as an aim', () => expect(result(KG, '要确保全园流行期间不出现聚集性病例。')).toBe(false));
  it('does not read it as a thing to prevent', () => expect(result(KG, '防止流行期间出现聚集性病例。')).toBe(false));
  it('does not read a row\'s cell', () => expect(result(KG, '3月2日｜中二班｜晨检｜流行期间未出现新病例｜已记录')).toBe(false));
  it('reads parents backing the work', () => expect(result(KG, '家长普遍理解和支持。')).toBe(true));
  it('reads parents told understanding and cooperating', () => expect(result(KG, '家长对复课查验表示理解和配合。')).toBe(true));
  it('does not read backing asked for', () => expect(result(KG, '请家长理解支持晨检工作。')).toBe(false));
  it('does not read backing hoped for', () => expect(result(KG, '希望家长理解和支持。')).toBe(false));
  it('does not read backing denied', () => expect(result(KG, '部分家长不理解支持。')).toBe(false));
});
