/**
 * Session 37 (the thirty-second set, moved to train): what set 32 showed the rules missing or taking wrongly.
 * Not the unit's measure: another body coming to check it or checking its area's places, a person's good turn told, a farm
 * described, every place's stock, a call logged, a monitoring system's push, a judgement of the work. The unit's measure:
 * casework and fieldwork (element-casework.ts), a 督导 of named places, a 服务内容 part of an account, an office known by its
 * short name (element-parties.ts officeShortName). Outcomes: field results and effects on persons (element-result-field.ts,
 * element-result-persons.ts). 主体责任: not a firm's own duty, not across a table's cell mark, not 联系群众.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';
import { caseworkDone, markLeaflets } from '../../src/text/element-casework.js';
import { othersDeedClause } from '../../src/text/element-others-deeds.js';
import { officeShortName } from '../../src/text/element-parties.js';

const TOWN = '城关镇关于秸秆禁烧工作的情况说明';
const VILLAGE = '西湖村秸秆禁烧情况说明';
const COMMUNITY = '北街社区安全隐患排查情况说明';
const POST = '清河县邮政管理局关于快递行业职业道德建设情况的说明';
const CHARITY = '清河县慈善总会关于慈善公益工作开展情况的说明';
const PROSECUTOR = '清河县人民检察院12309检察服务中心文明接待情况说明';
const FORESTRY = '清河县林业局关于义务植树活动情况的说明';
const AIR = '清河县大气污染防治工作领导小组办公室关于夏收秸秆禁烧督导情况的说明';
const SAFETY = '县应急管理局关于小微企业安全隐患排查情况的说明';

describe('session 37: no measure of the unit', () => {
  const none: [string, string[]][] = [
    ['another body coming to check the community (镇综合执法队到社区检查，社区人员陪同)', [COMMUNITY, '4月，镇综合执法队到社区检查，社区人员陪同，检查情况如下：']],
    ['a county brigade checking places in the town\'s area (县消防救援大队对辖区部分场所开展抽查，镇里配合)', [TOWN, '4月，县消防救援大队对辖区部分场所开展抽查，镇里配合并签收检查记录。']],
    ['a postman\'s good turn in a row (投递员赵军帮独居老人代缴电费)', [POST, '3月19日｜邮政城关揽投部｜投递员赵军帮独居老人代缴电费｜1人']],
    ['a courier\'s good turn, no name (快递员雨中护送走失儿童回家)', [POST, '5月7日｜顺丰城关营业部｜快递员雨中护送走失儿童回家｜2人']],
    ['a cooperative on its own (农机合作社自行开展麦秸粉碎还田作业)', [TOWN, '全镇小麦种植面积3.8万亩，今年镇内农机合作社自行开展麦秸粉碎还田作业。']],
    ['what an area grows (主要种植小麦、玉米)', [TOWN, '城关镇辖19个行政村，耕地面积4.6万亩，主要种植小麦、玉米。']],
    ['every place\'s stock (各社区均已配备网格员)', ['北关街道关于禁烧工作的说明', '街道辖8个社区，城郊菜地约1600亩，各社区均已配备网格员。']],
    ['a monitoring system\'s push (镇里视频监控推送本村烟点)', [VILLAGE, '镇里视频监控推送本村烟点：10月9日｜村北大田｜疑似1处｜已报镇里。']],
    ['a call logged (来电求助，已登记｜办公室)', [CHARITY, '3月9日｜城关镇患病群众李某｜来电求助，已登记｜办公室']],
    ['a judgement of the work (在雨季栽植更有利于苗木成活)', [FORESTRY, '卧牛岭基地位于县城西北，土层较薄、取水不便，在雨季栽植更有利于苗木成活。']],
    ['a volunteer riding a bicycle is not 自行 (志愿者王某骑自行车…) — and nothing else done', [TOWN, '志愿者王某骑自行车。']],
    ['a verb heading a noun (演出场所3家)', ['县文旅局关于文化市场的说明', '全县持证网吧34家、歌舞娱乐场所21家、演出场所3家。']],
    ['a fund arrived (修缮资金80万元已到位)', ['县文旅局关于旧址保护的说明', '上级安排的旧址修缮资金80万元已到位。']],
    ['a market named (推动校外培训市场健康有序发展)', ['县教育局关于校外培训治理的说明', '我局坚持加强领导、压实责任，推动校外培训市场健康有序发展。']],
    ['what a place keeps (常设展区3个)', ['县科技馆关于科普工作的说明', '县科技馆建筑面积2800平方米，常设展区3个。']],
    ['a stock broken down (其中硬化路面47条、砂石路面5条)', ['城关街道关于背街小巷的说明', '街道辖区背街小巷52条，总长24.8公里，其中硬化路面47条、砂石路面5条；']],
    ['an area held, then what it has (管辖台区126个…，设营业厅1个)', ['县供电公司关于文明服务的说明', '前营镇供电所管辖台区126个、低压用户1.8万户，设营业厅1个。']],
    ['a stock phrase of method (把…与…结合起来)', ['城关乡关于店招店牌整治的说明', '乡里坚持把店招店牌规范与集镇环境整治结合起来。']],
    ['a stock phrase of intent (早发现、早清理)', ['城关镇关于牛皮癣整治的说明', '镇里强调对镇区“牛皮癣”问题早发现、早清理，坚决防止反弹。']],
    ['duties named (承担…热线接听、报修受理和营业厅业务办理)', ['县自来水公司关于文明服务的说明', '客服中心承担全县城区供水热线接听、报修受理和营业厅业务办理。']],
    ['a team\'s make-up (讲师团成员以…为主)', ['县司法局关于普法工作的说明', '普法讲师团成员以司法行政干部、律师和高校教师为主。']],
    ['last year\'s count (截至去年底累计改造卫生户厕10.2万户)', ['县农业农村局关于改厕工作的说明', '截至去年底累计改造卫生户厕10.2万户。']],
    ['shops fitting things themselves (多数门店安装了油烟净化设施)', ['县生态环境局关于油烟治理的说明', '近年来城区餐饮单位油烟扰民投诉有所下降，多数门店安装了油烟净化设施。']],
    ['households complying (装修户按要求将装修垃圾装袋后清运)', ['城关社区关于垃圾分类的说明', '装修户按要求将装修垃圾装袋后清运。']],
    ['a couple\'s unpaid work (夫妻二人常年义务打扫楼道)', ['城关社区关于好人推荐的说明', '夫妻二人常年义务打扫楼道。']],
    ['residents\' unpaid work (居民们义务清理小区垃圾)', ['城关社区关于好人推荐的说明', '居民们义务清理小区垃圾。']],
    ['a government\'s purchasing counted (政府采购项目410个) is a budget figure', ['清河县财政局关于预算执行情况的说明', '全县一般公共预算支出规模32.6亿元，年度政府采购项目410个。']],
  ];
  for (const [rule, lines] of none) {
    it(`no measure: ${rule}`, () => {
      expect(found(lines, '具体措施')).toEqual([]);
    });
  }

  const some: [string, string[]][] = [
    ['the town\'s own team checking (镇综合执法队对辖区…开展检查, in the town\'s report)', [TOWN, '4月，镇综合执法队对辖区部分场所开展检查。']],
    ['the unit itself named by another form (清河县应急管理局 / 县应急管理局对辖区…开展抽查)', ['清河县应急管理局关于安全生产检查情况的说明', '4月，县应急管理局对辖区部分企业开展抽查。']],
    ['the unit has the couriers do it (组织快递员帮独居老人代缴电费)', [POST, '5月，我局组织快递员为独居老人上门代缴电费。']],
    ['a town\'s own planting (镇里组织种植)', [TOWN, '3月，镇里组织干部职工在河堤种植杨树300株。']],
    ['this year\'s fitting (今年各社区均新配备网格员)', ['北关街道关于禁烧工作的说明', '今年街道为各社区均新配备了网格员。']],
    ['a case handled after it was logged (来电求助，已登记，社工当天上门核实)', [CHARITY, '3月9日｜城关镇患病群众李某｜来电求助，已登记，社工当天上门核实｜办公室']],
    ['an office known by its short name supervising (县大气办…对14个乡镇开展督导)', [AIR, '县大气办从县直部门抽调人员组成3个督导组，5月28日至6月15日对14个乡镇开展督导，查看田间地块。']],
    ['served at home (检察官到家中接待，听取诉求)', [PROSECUTOR, '对年老体弱的来访人，检察官到家中接待，听取诉求。']],
    ['a circuit court (法官到村巡回立案11件)', ['王官庄人民法庭窗口服务说明', '上半年窗口接待群众213人次，法官到村巡回立案11件。']],
    ['the law explained (检察官当面释法说理)', [PROSECUTOR, '对涉法涉诉信访由检察官当面释法说理。']],
    ['a leaflet put up (张贴《秸秆禁烧明白纸》)', ['马店村秸秆禁烧情况说明', '村里在村口和田间路口张贴《秸秆禁烧明白纸》。']],
    ['a patrol kept daily (村干部和党员每天巡查地块)', ['马店村秸秆禁烧情况说明', '秋收期间村干部和党员每天巡查地块，晚上轮流在北河滩蹲守。']],
    ['books bought for those served (为学员集中采购导读本300册)', ['中共清河县委党校学员读书会活动情况说明', '读书会开展前，党校图书馆为学员集中采购导读本300册。']],
    ['alerts a platform pushed, handled by the unit (对平台推送的超标预警实行…三级处置)', ['县住建局关于扬尘治理的说明', '对平台推送的超标预警实行“电话提醒—到场核查—约谈通报”三级处置，上半年到场核查109次。']],
    ['a volunteer riding a bicycle to hand out leaflets (自行车 is no 自行)', [TOWN, '志愿者王某骑自行车到各户发放禁烧宣传单200份。']],
    ['alerts pushed, then handled in the same clause (监控平台推送的烟点由镇巡查队到场扑灭)', ['县城管局关于扬尘治理的说明', '监控平台推送的烟点由镇巡查队到场扑灭。']],
    ['this year\'s fitting told done (今年各社区均已配备了网格员)', ['北关街道关于禁烧工作的说明', '今年各社区均已配备了网格员。']],
    ['a breakdown that tells a deed (其中送独居老人48户)', ['城关社区关于春节活动的说明', '写送春联260副，其中送独居老人48户。']],
    ['pupils\' activity named in quotes (学生“义务检修进社区”活动)', ['县职业中专关于学雷锋活动的说明', '3. 3月汽修专业学生“义务检修进社区”活动照片（检修车辆87辆次）']],
    ['a market-based way of supervising brought in (推行市场化监管)', ['县城管局关于环卫保洁的说明', '推行市场化监管后，城区主次干道机扫率由78%提高到95%。']],
    ['a breakdown of this year\'s work (其中今年新建排水沟3条)', ['城关街道关于背街小巷的说明', '其中今年新建排水沟3条。']],
    ['the unit has shops fit things (督促多数门店安装了油烟净化设施)', ['县生态环境局关于油烟治理的说明', '我局督促城区餐饮门店安装油烟净化设施126套。']],
    ['a count reached this year (截至6月底累计改造卫生户厕1200户)', ['县农业农村局关于改厕工作的说明', '今年截至6月底累计改造卫生户厕1200户。']],
    ['places checked, counted (检查场所412家次) — 场所 the object', ['新桥派出所夏季治安夜查情况说明', '全季共组织夜查26次，检查场所412家次。']],
    ['rubbish cleared, weighed (清运垃圾约5吨) — 垃圾 the object', ['县城管局关于美食节保障的说明', '配合环卫部门每晚清运垃圾约5吨。']],
    ['the unit pushing firms to fit cameras (推动餐饮单位后厨加装摄像头)', ['县市场监管局关于明厨亮灶的说明', '推动餐饮单位后厨加装摄像头，顾客手机扫码看后厨。']],
    ['shops as the object of a notice (对未按规定分类的商户下发整改通知书)', ['县城管局关于垃圾分类的说明', '对未按规定分类的商户下发整改通知书。']],
    ['a notice handed to households (向住户发放了整改提醒单)', ['南街社区供销社宿舍小区巡查记录说明', '社区在巡查中向住户发放了整改提醒单，请住户按期自行清理。']],
    ['a 服务内容 part of an account tells the service given', ['清河县助老公益服务中心“银龄相伴”项目服务情况说明', '二、服务内容', '中心社工对城关镇、西城街道的独居、高龄老人开展入户探访，评估居家安全和生活需求。']],
  ];
  for (const [rule, lines] of some) {
    it(`a measure: ${rule}`, () => {
      expect(found(lines, '具体措施')).not.toEqual([]);
    });
  }
});

describe('session 37: casework, clause by clause', () => {
  it('reads the kinds of casework and leaves the rest', () => {
    expect(caseworkDone('检察官上门听取诉求')).toBe('上门听取诉求');
    expect(caseworkDone('法官巡回审判')).toBe('巡回审判');
    expect(caseworkDone('由检察官代写')).toBe('由检察官代写');
    expect(caseworkDone('晚上轮流在北河滩蹲守')).toBe('轮流在北河滩蹲守');
    expect(caseworkDone('购置图书120册')).toBe('购置图书120册');
    expect(caseworkDone('检察官释法说理')).toBe('释法说理');
    expect(caseworkDone('村干部每天巡查地块')).toBe('每天巡查地块');
    expect(caseworkDone('每天巡查')).toBeNull(); // a patrol with nothing patrolled
    expect(caseworkDone('政府采购图书300册')).toBeNull(); // a budget line
    expect(caseworkDone('添置文件柜12个')).toBeNull(); // things counted by 个: office kit, not for those served
    expect(caseworkDone('上门服务热线')).toBeNull();
    expect(caseworkDone('购置图书若干')).toBeNull();
  });
  it('keeps a leaflet\'s title for the reading, not a plan\'s', () => {
    const text = '张贴《禁烧明白纸》，发放《禁烧工作方案》';
    const masked = text.replace(/《[^》]*》/g, (m) => '《' + '○'.repeat(m.length - 2) + '》');
    expect(markLeaflets(text, masked)).toBe('张贴《◇◇◇◇◇》，发放《○○○○○○》');
    expect(caseworkDone(markLeaflets(text, masked))).toBe('张贴《◇◇◇◇◇》');
    expect(caseworkDone(markLeaflets('印发《禁烧明白纸》', '印发《○○○○○》'))).toBeNull();
  });
  it('knows a visitor from the unit', () => {
    expect(othersDeedClause('镇综合执法队到社区检查', COMMUNITY)).toBe('visitor');
    expect(othersDeedClause('县消防救援大队对辖区部分场所开展抽查', TOWN)).toBe('visitor');
    expect(othersDeedClause('镇综合执法队对辖区部分场所开展抽查', TOWN)).toBeNull();
    expect(othersDeedClause('县消防救援大队对辖区部分场所开展抽查', '清河县消防救援大队关于消防检查的说明')).toBeNull();
    expect(othersDeedClause('县消防救援大队在辖区开展宣传', TOWN)).toBeNull(); // no check
    expect(othersDeedClause('县市场监管局对辖区部分餐饮店开展抽查', '清河县市场监督管理局关于食品安全检查的说明')).toBeNull(); // its short name
  });
});

describe('session 37: an office\'s short name', () => {
  it('takes its characters in order from the full name', () => {
    expect(officeShortName('大气办', '清河县大气污染防治工作领导小组办公室')).toBe(true);
    expect(officeShortName('创文办', '县创建文明城市工作领导小组办公室')).toBe(true);
    expect(officeShortName('气大办', '清河县大气污染防治工作领导小组办公室')).toBe(false);
    expect(officeShortName('文明办', '清河县大气污染防治工作领导小组办公室')).toBe(false);
    expect(officeShortName('污染办', '清河县大气污染防治工作领导小组办公室')).toBe(false); // not its first character
    expect(officeShortName('大雾办', '清河县大气污染防治工作领导小组办公室')).toBe(false); // not all in it
    expect(officeShortName('大气局', '清河县大气污染防治工作领导小组办公室')).toBe(false);
  });
});

describe('session 37: outcomes', () => {
  const some: [string, string][] = [
    ['trees told alive (新植国槐全部成活)', '4月中旬检查，新植国槐全部成活，路段绿化断档已经补齐。'],
    ['a survival rate reached (成活率达到96%)', '秋季复查，栽植苗木成活率达到96%。'],
    ['a survival rate stated (苗木成活率96%)', '秋季复查苗木成活率96%。'],
    ['no fire this year (今年没有发生一起火情)', '今年没有发生一起火情。'],
    ['no burning over the season (今年夏收全乡没有出现成片焚烧)', '今年夏收全乡没有出现成片焚烧。'],
    ['zero fire points (全乡零火点)', '夏收期间全乡零火点。'],
    ['hazards all closed (7处隐患全部整改闭环)', '7处隐患全部整改闭环。'],
    ['the air told fresh (乡驻地空气清新)', '入秋以来乡驻地空气清新。'],
    ['support told (群众对禁烧工作普遍支持)', '群众对禁烧工作普遍支持。'],
    ['wages got back (7名骑手全部拿回被拖欠的工资)', '6月处理的欠薪案件中，7名骑手全部拿回被拖欠的工资1.8万元。'],
    ['a fraud seen through (当即识破)', '退休干部王老接到冒充“老领导”的借钱电话，当即识破并提醒了其他老同志。'],
    ['a person back at work (贺某已在县物流园稳定就业)', '贺某已在县物流园稳定就业。'],
    ['thanks brought (其母亲到服务站感谢社工)', '其母亲到服务站感谢社工。'],
    ['regulars formed (已形成30余人的固定读者群)', '周末读书会已形成30余人的固定读者群。'],
    ['a saying of what it meant (孔某逢人便说村里有了“自己的律师”)', '孔某逢人便说村里有了“自己的律师”。'],
  ];
  for (const [rule, line] of some) {
    it(`an outcome: ${rule}`, () => {
      expect(found(['清河县某单位关于有关工作的情况说明', line], '取得成效')).not.toEqual([]);
    });
  }
  const none: [string, string][] = [
    ['a day\'s row with no fire (10月5日｜北河滩｜无｜正常)', '10月5日｜北河滩｜无｜正常'],
    ['no fire as a target (力争全年不出现火点)', '力争全年不出现火点。'],
    ['trees planted, nothing said of them living', '3月组织干部职工补植国槐150株。'],
    ['a fraud described, not seen through', '退休干部王老接到冒充“老领导”的借钱电话。'],
    ['hazards found, not closed (查出隐患7处)', '5月开展专项检查2次，查出隐患7处。'],
    ['a course named for a fraud (｜识破冒充客服退款｜36人)', '3月13日｜识破冒充客服退款｜36人｜城关派出所周强'],
    ['a staff rule quoted (接电话先说“您好”)', '接电话先说“您好”；'],
    ['the unit\'s head saying what puts people at ease (局长说“…群众才放心”)', '局长在会上说“这样群众才放心”。'],
    ['one patrol finding no fire (巡查中没有发现火点)', '巡查中没有发现火点。'],
    ['a person of a story saying what he means to do (赵建国都说“先把林子护好再说”)', '儿子几次提出翻盖新房，赵建国都说“先把林子护好再说”。'],
  ];
  for (const [rule, line] of none) {
    it(`no outcome: ${rule}`, () => {
      expect(found(['清河县某单位关于有关工作的情况说明', line], '取得成效')).toEqual([]);
    });
  }
});

describe('session 37: 主体责任 not taken from others', () => {
  const none: [string, string[]][] = [
    ['a firm\'s head as the firm\'s first responsible (企业主要负责人是…第一责任人)', [SAFETY, '企业主要负责人是企业隐患排查治理第一责任人，必须在整改期限内完成整改并书面报告。']],
    ['a body in one cell, the unit\'s visit in the next (｜县助老公益服务中心｜实地督导)', ['清河县社会组织服务中心公益创投项目服务情况说明', '4月27日｜县助老公益服务中心｜实地督导“银龄相伴”项目｜经办：钱明']],
    ['the centre as a window to the public (我院把中心作为联系群众的窗口)', [PROSECUTOR, '院党组高度重视12309检察服务中心建设，我院把中心作为联系群众的窗口。']],
    ['traders\' own first responsible (经营者是诚信经营第一责任人)', ['县市场监管局关于诚信经营的说明', '经营者是诚信经营第一责任人。']],
  ];
  for (const [rule, lines] of none) {
    it(`no one in charge: ${rule}`, () => {
      expect(found(lines, '主体责任')).toEqual([]);
    });
  }
  const some: [string, string[]][] = [
    ['the unit\'s office in charge in one cell (｜办公室负责督导｜)', ['清河县社会组织服务中心公益创投项目服务情况说明', '4月27日｜项目督导｜中心办公室负责督导｜经办：钱明']],
    ['a 包联 liaison (副局长联系城关镇)', ['清河县文旅局关于创建工作的说明', '副局长王强联系城关镇，具体抓文化市场整治。']],
  ];
  for (const [rule, lines] of some) {
    it(`someone in charge: ${rule}`, () => {
      expect(found(lines, '主体责任')).not.toEqual([]);
    });
  }
});
