/**
 * Session 57 (the fifty-second set, moved to train): what the rules missed. Every sentence here is written for the test (the set's
 * reports are read by the eval only).
 * 具体措施, not the unit's: rows the unit gathered from others (its own word only as the receiver: 我局对各单位报送的…记录进行了汇总，
 * 摘录如下： / …向中心报送…，汇总如下：) and their total line; places of a kind by their own arrangement or 自行 after them; an attachment
 * after 附：; a work's record or advice (维修记录 / 维修建议); 立柱 / 立式 as a kind of thing; records kept or received (收存…记录N份 /
 * 收到…公司检查记录N份); a 对… topic clause before another's deed; a named firm's deed told with 了; a 物业 named by its estate acting;
 * others' returns gathered and what they reported after a comma; a 监测员 / 护路员 at his duty. The unit's: upkeep on a thing (对…进行
 * 清淤 / 修补), a watch kept at the place (到坡上巡看), a firm by its own short name in its own report, a bureau's 物业管理股, a county
 * topic's work done on a named place.
 * 主体责任: 技术负责人 / 项目负责人, the writer named to a watch post and its charge, 负责…的 + role + name, one named and told to lead
 * (指定…带队), a firm commissioned with no body named in its own report.
 * 部署文件: a county's own 《…导则》; a national one is none.
 * 取得成效: a thing told put in a plan and done, those served clear where to go or able to hear the warning, 没有一个人受伤, a threat
 * lifted, a check finding things 牢固, a higher body listing the unit's work as a model (also after a season's word and 将), fear calmed,
 * a disease kept from spreading, order kept, patients treated.
 * Each rule has its other side.
 */
import { describe, expect, it } from 'vitest';
import { charge, docs, measure, result } from './element-found.js';

const ROADS = '清河县交通运输局关于农村公路养护情况的说明';
const CDC = '清河县疾病预防控制中心关于学校健康教育情况的说明';
const SUPERVISION = '清河县卫生监督所关于公共场所卫生检查情况的说明';
const URBAN = '清河县城市管理局关于户外广告设施管理情况的说明';
const COMMUNITY = '东关社区关于小区供水设施情况的说明';
const NATURAL = '清河县自然资源局关于地质灾害防治工作的说明';

describe('session 57: rows gathered from others', () => {
  it('does not read rows after the unit gathered others\' records', () =>
    expect(measure(ROADS, '我局对各乡镇报送的养护记录进行了汇总，摘录如下：\n日期｜路段｜内容｜问题｜处理\n4月2日｜X015线｜护路员巡查（李庄村）｜护栏松动｜村里已加固')).toBe(false));
  it('reads the unit\'s own records quoted', () =>
    expect(measure(ROADS, '我局养护股巡查记录摘录如下：\n日期｜路段｜内容｜问题｜处理\n4月2日｜X015线｜路肩巡查｜杂草丛生｜当场安排清理')).toBe(true));
  it('does not read rows after others handed in to the unit and it gathered them', () =>
    expect(measure(CDC, '各卫生院每月向中心报送宣传情况，汇总如下：\n月份｜地点｜活动内容｜人数｜情况\n3月｜王庄村｜防病知识讲座｜52人｜发放折页150份')).toBe(false));
  it('reads rows after the unit\'s own report up to the county', () =>
    expect(measure(CDC, '中心每月向县卫健局报送宣传情况，汇总如下：\n月份｜地点｜活动内容｜人数｜情况\n3月｜王庄村｜防病知识讲座｜52人｜发放折页150份')).toBe(true));
  it('reads rows after the unit\'s own sections handed in', () =>
    expect(measure(CDC, '各科室每月向中心办公室报送宣传情况，汇总如下：\n月份｜地点｜活动内容｜人数｜情况\n3月｜王庄村｜防病知识讲座｜52人｜发放折页150份')).toBe(true));
  it('does not read the total line after others\' rows', () =>
    expect(measure(CDC, '各卫生院每月向中心报送宣传情况，汇总如下：\n月份｜地点｜活动内容｜人数｜情况\n3月｜王庄村｜防病知识讲座｜52人｜情况良好\n合计宣讲3场，发放折页450份。')).toBe(false));
  it('reads a line of the unit\'s own after others\' rows', () =>
    expect(measure(CDC, '各卫生院每月向中心报送宣传情况，汇总如下：\n月份｜地点｜活动内容｜人数｜情况\n3月｜王庄村｜防病知识讲座｜52人｜情况良好\n中心对报送情况开展抽查，抽查卫生院4家。')).toBe(true));
});

describe('session 57: places of a kind on their own', () => {
  it('does not read schools by their own arrangement', () =>
    expect(measure(CDC, '各学校按照教学安排，在班会上自行开设防病知识课。')).toBe(false));
  it('does not read schools by their own arrangement, no 自行', () =>
    expect(measure(CDC, '各学校按照教学安排，开设了近视防控主题课。')).toBe(false));
  it('does not read 自行 after the schools named', () =>
    expect(measure(CDC, '各学校根据县里通知，在班会上自行开设防病知识课。')).toBe(false));
  it('reads the unit bringing the schools in', () =>
    expect(measure(CDC, '中心组织各学校校医开展了近视防控培训。')).toBe(true));
});

describe('session 57: records, advice and attachments', () => {
  it('does not read an attachment after 附：', () =>
    expect(measure(SUPERVISION, '附：城区宾馆客房清洗消毒情况汇总表（按宾馆列明消毒日期、消毒单位）。')).toBe(false));
  it('does not read a record of repairs', () => expect(measure(URBAN, '各点位的维修记录齐全。')).toBe(false));
  it('does not read repair advice', () => expect(measure(URBAN, '检测报告附有维修建议。')).toBe(false));
  it('reads repairs done', () => expect(measure(URBAN, '维修了松动的灯箱12处。')).toBe(true));
  it('does not read a pillar sign as setting one up', () =>
    expect(measure(URBAN, '城区的立柱广告大多建在十字路口。')).toBe(false));
  it('reads signs set up', () => expect(measure(URBAN, '在学校门口立了警示牌3块。')).toBe(true));
  it('does not read check records kept', () => expect(measure(ROADS, '养护站全年收存巡查和维修记录52份。')).toBe(false));
  it('does not read check records received from a firm', () =>
    expect(measure(ROADS, '收到养护公司巡查记录40份。')).toBe(false));
  it('reads ledgers checked', () => expect(measure(SUPERVISION, '核查宾馆消毒台账30份。')).toBe(true));
});

describe('session 57: who acts in the clause', () => {
  it('does not read a topic clause before another\'s repair', () =>
    expect(measure(URBAN, '对检测认定需维修的广告牌，由业主委托的维修公司进行维修。')).toBe(false));
  it('reads the unit\'s own order after a topic clause', () =>
    expect(measure(URBAN, '对检查发现破损的灯箱，我局当场责令商户拆除。')).toBe(true));
  it('reads the unit\'s order after a topic clause', () =>
    expect(measure(URBAN, '对检查发现的问题，逐一下达整改通知书。')).toBe(true));
  it('does not read a named firm\'s deed told with 了', () =>
    expect(measure(COMMUNITY, '清泉公司更换了小区的二次供水水泵。')).toBe(false));
  it('reads the firm\'s deed in its own report by its short name', () =>
    expect(measure('清河县清泉供水设备维修有限公司关于水泵维修情况的说明', '清泉公司更换了小区的二次供水水泵。')).toBe(true));
  it('does not read a 物业 named by its estate commissioning a firm', () =>
    expect(measure(COMMUNITY, '6月，翠湖苑物业委托专业公司清洗了小区水箱。')).toBe(false));
  it('reads a bureau\'s 物业管理股 at work', () =>
    expect(measure('清河县住房和城乡建设局关于物业小区管理情况的说明', '物业管理股对26个小区逐一核查消防通道。')).toBe(true));
  it('does not read what others reported after the unit gathered their returns', () =>
    expect(measure(URBAN, '局里汇总各商户报来的整改情况表，共报送更换招牌86块。')).toBe(false));
  it('reads what the unit\'s own sections reported', () =>
    expect(measure(URBAN, '局里汇总各股室报来的情况表，共报送拆除违规招牌86块。')).toBe(true));
  it('does not read a road warden at his duty under agreement', () =>
    expect(measure(ROADS, '各村护路员按协议开展日常巡查，清理路面落石。')).toBe(false));
});

describe('session 57: the unit\'s own deeds', () => {
  it('reads upkeep done on a thing', () => expect(measure('清河县公路养护有限公司关于桥涵养护情况的说明', '公司对涵洞进行清淤，对桥面裂缝进行修补。')).toBe(true));
  it('reads a watch kept at the place', () => expect(measure('柳沟村关于地质灾害群测群防情况的说明', '雨天村干部到后山坡上巡看。')).toBe(true));
  it('reads the topic\'s work done on a named place', () =>
    expect(measure('清河县自然资源局关于滑坡点应急调查情况的说明', '7月3日对东岭村后山滑坡点开展应急调查。')).toBe(true));
});

describe('session 57: who is in charge', () => {
  it('reads a firm\'s technical lead made the project\'s', () =>
    expect(charge('清河县安泰检测有限公司关于电梯检测情况的说明', '由技术负责人孟涛任项目负责人。')).toBe(true));
  it('reads a firm\'s technical lead in charge of quality', () =>
    expect(charge('清河县安泰检测有限公司关于电梯检测情况的说明', '公司技术负责人孟涛负责检测质量。')).toBe(true));
  it('does not read the project leads of maintenance firms', () =>
    expect(charge('清河县住房和城乡建设局关于电梯应急处置情况的说明', '各维保单位的项目负责人负责本单位救援人员调度。')).toBe(false));
  it('does not read a contractor\'s project lead in a bureau\'s report', () =>
    expect(charge(ROADS, '工程由中标公司项目负责人李明负责。')).toBe(false));
  it('reads the writer named to a watch post and its charge', () =>
    expect(charge('石岭滑坡点监测员工作情况说明', '村里指定我为石岭滑坡点监测员，负责雨天巡查。')).toBe(true));
  it('does not read a post named with no charge', () =>
    expect(charge('石岭滑坡点监测员工作情况说明', '我是石岭村村民，今年54岁。')).toBe(false));
  it('reads the role named by its charge before it', () =>
    expect(charge(SUPERVISION, '负责此次抽检的副所长韩冰带队到宾馆。')).toBe(true));
  it('reads one named and told to lead', () =>
    expect(charge('关于城关小学水痘病例处置情况的说明', '中心接到城关小学水痘病例报告后，指定免疫规划科科长郑岚带队处置。')).toBe(true));
  it('does not read one only leading a visit', () => expect(charge(CDC, '5月到学校检查，带队检查了食堂。')).toBe(false));
  it('does not read a commissioned evaluator\'s lead in a report on a bureau', () =>
    expect(charge('关于清河县城市管理局创文工作的第三方评估报告', '受县文明办委托，由项目组长张强负责对该局开展评估。')).toBe(false));
  it('reads a firm commissioned with no body named in its own report', () =>
    expect(charge('清河县安泰检测有限公司关于电梯检测情况的说明', '受城区12家物业联合委托，公司承担电梯定期检测，技术负责人孟涛任项目负责人，检测员刘洋参加现场检测。')).toBe(true));
});

describe('session 57: a county\'s own 导则', () => {
  it('reads a county\'s own 导则', () => expect(docs(URBAN, '依据《清河县店招店牌设置导则》开展整治。')).toBe(true));
  it('does not read a national 导则', () => expect(docs(URBAN, '依据《城市户外广告设施设置导则》开展整治。')).toBe(false));
});

describe('session 57: outcomes', () => {
  it('reads a thing put in a plan and done, then praised', () =>
    expect(result('清河县安泰检测有限公司关于桥梁检测情况的说明', '2座危桥已列入今年改造计划并于9月开工，县交通运输局对检测质量给予书面肯定。')).toBe(true));
  it('does not read praise planned', () =>
    expect(result('清河县安泰检测有限公司关于桥梁检测情况的说明', '2座危桥计划于明年开工，力争获得县交通运输局肯定。')).toBe(false));
  it('reads those served clear where to go', () =>
    expect(result('柳沟村关于地质灾害群测群防情况的说明', '演练以后，村民都清楚往哪里躲。')).toBe(true));
  it('reads those served able to hear the warning', () =>
    expect(result(NATURAL, '检修以后，沿河群众都能听到预警广播。')).toBe(true));
  it('reads those served clear about the route', () => expect(result(NATURAL, '群众对撤离路线清楚明白。')).toBe(true));
  it('reads no one hurt', () => expect(result(NATURAL, '今年汛期没有一个人受伤。')).toBe(true));
  it('reads a threat lifted', () => expect(result(NATURAL, '治理完成后，解除了对41户群众的威胁。')).toBe(true));
  it('does not read a threat to be lifted', () => expect(result(NATURAL, '解除威胁是下一步重点。')).toBe(false));
  it('reads a check finding the sign firm', () =>
    expect(result('清河县华联超市关于招牌加固情况的说明', '县城管局复查，认为招牌牢固。')).toBe(true));
  it('does not read a check finding the sign loose', () =>
    expect(result('清河县华联超市关于招牌加固情况的说明', '县城管局复查，认为招牌不牢固。')).toBe(false));
  it('reads a higher body listing the work as a model', () =>
    expect(result(URBAN, '县创文办二季度点评将城区招牌整治列为“示范项目”。')).toBe(true));
  it('does not read a listing as a model of laggards', () => expect(result(URBAN, '县督查组将我局列为整改后进典型。')).toBe(false));
  it('does not read a listing for rectification', () =>
    expect(result(URBAN, '县创文办将城区招牌问题列为重点整改项目。')).toBe(false));
  it('reads fear calmed soon', () => expect(result(CDC, '家长的紧张情绪很快平复。')).toBe(true));
  it('reads no case spreading', () => expect(result(CDC, '该校此后未出现新的病例。')).toBe(true));
  it('does not read an aim of no case', () => expect(result(CDC, '要确保不出现新的病例。')).toBe(false));
  it('does not read a row\'s cell of no new case', () =>
    expect(result(CDC, '4月8日｜城关小学｜晨检｜未出现新的病例｜已记录')).toBe(false));
  it('reads patients treated', () => expect(result('南坡村卫生室关于患者随访情况的说明', '在管的两名患者都按时服药。')).toBe(true));
  it('does not read patients told to take their medicine', () =>
    expect(result('南坡村卫生室关于患者随访情况的说明', '要求患者按时服药。')).toBe(false));
});
