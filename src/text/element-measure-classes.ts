/**
 * 具体措施, the broad test (issue 11: a measure is an action taken on something concrete). Built
 * from word classes rather than from phrases: a verb of doing (organising, building, inspecting,
 * training, serving people, publishing, engaging others …) whose object, once the words of stock
 * phrases are dropped (abstract objects such as 意识、力度、氛围、责任、合力; generic objects such as
 * 活动、工作、机制 without a name; actors such as 单位、人员; meetings), still names something.
 * Sentences about who is responsible (领导小组、专班、负总责), about documents (印发《…》、依据…),
 * about stock (现有、共有) or with an intention are left to the narrow test and the other elements.
 */
import { nounAfterVerb } from './element-background.js';

/**
 * 所 + verb at a clause's start or after 的/被/为/其/们 or a pronoun: a noun (所抽查的工地 = the sites inspected). 我所 / 各所
 * are a station or stations (司法所、派出所: 我所开展了… acts; review, session 15).
 */
export const NOMINAL_SUO = /(?:^|[的被为其们你他她])所$/;

/** Objects that need a specific name before them. */
// Session 56 (set 51's 37602, 37627, 37640, 38044): a drill's and a check's own words (组织基干民兵集中训练 / 开展上门年检 / 组织整组点验).
export const GENERIC =
  '活动|(?<!进)行动|工程|项目|服务|引导|劝导|机制|制度|宣传|整治|检查|培训|评选|比赛|竞赛|实践|教育|体验|课程|平台|阵地|队伍|基地|中心|站点|专栏|栏目|展览|展示|演出|讲座|讲堂|课堂|宣讲|巡讲|巡查|排查|督查|暗访|走访|慰问|帮扶|结对|考核|督导|演练|义诊|服务队|小分队|示范点|服务点|驿站|书屋|广告|标语|展板|海报|读本|手册|热线|评价|评议|评比|评估|惩戒|执法|监管|月报|周报|公示|通报|调解|救助|调查|普查|摸排|核查|监测|测评|辅导|咨询|指导|培育|修复|改造|整改|认证|认定|治理|建档|方式|模式|办法|资本|台账|清单|档案|管理|责任制|清扫|保洁|清洗|冲洗|消杀|巡逻|值守|作业|知识|信息|短视频|视频|提示|训练|年检|检验|点验|拉动';

/**
 * Generic objects of office management (a mechanism, a rule, a register or list, management
 * itself): with a doing verb they count only when they name a concrete thing or carry a quoted name.
 */
export const OFFICE = '机制|制度|台账|清单|档案|管理|考核|督导|责任制|办法|方式|模式|通报|公示|月报|周报|建档|监管|治理|体系|闭环|流程|整改';

/**
 * A quoted name made of office wording only (“一本台账、一张清单”、“清单化+销号制”、“三级联动”、
 * “一周一调度”) names no mechanism: stock wording in quotes (session 7 judgement call). What is
 * left once office words, counts and tiers are dropped must still say something (“红黑榜”、“周巡查”、
 * “首问负责制”、“门前三包”).
 */
const OFFICE_WORDS =
  /一把手|回头看|到底|台账|清单|销号|挂号|挂账|对账|调度|通报|考核|督查|督办|督导|交办|整改|反馈|闭环|联动|机制|制度|管理|体系|工作法?|挂图作战|倒排工期|清零|跟踪问效|限时办结|常态化|化|制|[一二两三四五六七八九十双多单]+(?:本|张|套|级|个|项|周|月|季|年|表|单|账|线)?|[+＋、—\-·\s]/g;

export function namedQuote(name: string): boolean {
  return name.replace(OFFICE_WORDS, '').replace(/[^\u4e00-\u9fffA-Za-z]/g, '').length >= 2;
}

/** Words that name nothing on their own, dropped from between verb and object. */
export const FILLER =
  /多种形式|各种形式|多种方式|全覆盖|单位|志愿|全方位|多层次|多渠道|多角度|立体式|全天候|专人|干部职工|干部|职工|认真|学习|了|卓有成效的?|行之有效的?|富有成效的?|扎实有效的?|推进|协调|保障|运行|健全|完善|规范化|精细化|科学化|标准化|制度化|各类|各项|各种|各个|各级|系列|一系列|多种|多项|多次|多场|多样|形式多样的?|丰富多彩的?|内容丰富的?|相关|有关|宣传|工作|长效|常态化|常态|有效|一批|大量|广泛|深入|扎实|全面|积极|主题|专项|全县|全局|本系统|系统内|等|的|地|和|与|及|并|开展|组织|举办|各|一些|部分|不同|大型|小型|日常|经常性|定期|不定期|进一步|持续|不断|专题|督查|督导|督办|集中|专门|重点|文明|创建|创文|创城|文明城市|迎检|测评|[0-9.]+\s*[万千百余多]*\s*(场次|人次|场|次|期|名|个|处|项|家|户|所|人)?/g;

/** Verbs of doing, by class. Verbs of attitude and degree (加强、强化、提高、落实、坚持、推动) are not here. */
/** Owners, farms and clinics: who treats animals of their own (one list, session 59: NOT_OWNERS and ANIMALS_OWNERS read it). */
const OWNERS = '犬主|养犬人|饲养人|畜主|主人|养殖户|养殖场|宠物医院|动物医院|诊所';
/** Review 58a: owners or another clinic before the shot, in its clause (see DOING's 注射 / 接种 / 补免). */
const NOT_OWNERS = `(?<!(?:${OWNERS})[^，,。；□]{0,10})`;
const SHOT_STOCK = '[^，,。；]{0,6}?疫苗的?(?:犬只?|狗|猫|生猪|牛|羊|家禽|畜禽)[0-9一二两三四五六七八九十]';
const DOING = [
  // organising and holding
  '开展', '组织', '举办', '举行', '承办', '主办', '策划', '发起', '启动', '召集', '牵线',
  // building and setting up
  '建设', '(?<![创重])建成', '建立', '新建', '改建', '扩建', '修建', '兴建', '搭建', '设立', '设置', '开设', '开辟', '增设', '布设',
  '配备', '配置', '配齐', '配送', '安装', '加装', '铺设', '硬化', '绿化', '亮化', '改造', '加宽', '加固', '维修', '修缮', '修复',
  '粉刷', '更换', '更新', '划设', '施划', '划定', '拆除', '开(?=了?[一二两三四五六七八九十\\d]+[家个处所间座])', '购置', '添置', '购买', '采购', '买(?![卖单账通])', '搞(?![好上定清活懂错得笑])', '弄(?:好|平|干净|通|走|掉)', '扫(?=干净|净|完|掉|了)', '(?<![汽报])修(?![订改正养炼身建复缮理饰辞]|噪|垃圾|扰民|期间|污染)', '填平', '拉走', '运走', '清走', '搬走', '搬到', '搬进', '送进', '开进', '带到', '扫净', '搭(?![配档乘车建起理界])', '下架', '销毁', '召回', '(?<![共现已建预假内下私])设(?![立置计施想定备法有计在于])', '(?<![补津])贴(?![心近切合上])', '清理', '清运', '清除', '清扫', '清洗', '疏浚', '栽植', '种植(?!户|大户|面积|结构)', '补植', '补种',
  // 立德树人 / 立规矩 / 立信: 立 with an abstract object is a maxim, nothing set up (session 19, a 文明校园 draft).
  // Session 40 (set 35): 种 after 特 / 各 / 多 / 品 … is a kind (特种设备 / 各种 / 多种), no planting.
  // Review 58a: 私设 is another's wrong, no setting up (村民在河滩私设鸟网).
  '摆放', '摆(?!脱|布|设|谱|正|在|上|出|好)', '放置', '隔开', '关闭', '关停', '查封', '拆掉', '拆(?!除|迁|分|解|掉|借)', '换成', '换上', '换装', '画(?!面|像|家|册|展|作|报|卷)', '(?<![特各多品物兵险语业剧工军何一两几这那此某该每同类人接])种(?!类|子|植|种|上|下|类)', '分隔', '开办', '督促', '制发', '放映', '插播', '摄制', '播出', '刊播', '刊发', '刊登', '转播', '建起', '拉起', '架起', '搭起', '装上', '挂上', '贴上', '种上', '延长', '冲洗', '擦洗', '打扫', '配(?!合|套|强|齐|备|置|送|偶|网(?!格))', '印(?!发|象|记|证|章)', '改成', '改为', '改建成', '竖立', '(?<![树确独孤对中挺站起])立(?!足|即|刻|案|项|志|行|场|法|起|德|规|言|功|信|柱|式)', '安排(?!部署)', '讲(?!话|究|求|政治|规矩|实效|奉献|大局|团结|好|清|透|深)', '(?<![申邀聘恳提呈报敬])请(?!示|假)', '铺(?!开)', '(?<![瓶袋罐桶盒箱散精简包盛服西武时假])装(?!修|备|饰)',
  // inspecting and enforcing
  '检查', '巡查', '排查', '督查', '抽查', '核查', '检测', '监测', '暗访', '查处', '执法', '巡逻', '巡诊', '评估', '体检', '约谈',
  // Session 49 (probes of set 45's kinds): drains cleared, stores laid in, trees tagged (疏通管网 / 清淤 / 清掏篦子 / 储备沙袋 / 挂牌).
  '疏通', '清淤', '清掏', '储备(?!点|库|站|中心|仓|室|量|基地|金|粮|库容)', '挂牌',
  // Session 58 (set 53's 38736, 38934, 38915): rescues and a station's shots (救护受伤野鸭 / 解救受困鸟类 / 放飞 / 收容流浪犬 /
  // 注射狂犬病疫苗 / 补免犬只; a warden's 巡护 is an event named (开展巡护), a duty at a place (到湿地巡护: DUTY) or a patrol
  // counted); not the dogs sheltered as a group (收容犬只中被犬主认领11只).
  '救护(?!车|站|中心|员|队|所)', '解救', '放飞', '收容(?!所|站|中心|点|[^，,。；]{0,4}?中(?:被|有|的))',
  // Review 58a: not the owners or a clinic giving the shots (犬主为犬只注射疫苗后… / 辖区3家宠物医院为犬只接种疫苗), nor the dogs already
  // given them counted as a stock (其中已接种疫苗犬只7900只).
  `${NOT_OWNERS}注射(?!(?<=已经?注射)${SHOT_STOCK})`, `${NOT_OWNERS}接种(?!点|站|门诊|证|率)(?!(?<=已经?接种)${SHOT_STOCK})`, `${NOT_OWNERS}补免`,
  // Session 58 (set 53's 38827): a surveyor's own work in its own report (测量拟批宗地 / 埋设界址桩); not a body's measure taken (测量
  // 诊室血压 in a talk's text, train 19446: read as before, by the served it is done for).
  '测量(?!员|仪|队|费|数据|成果|报告|工作|血压|体温|血糖|身高|体重|视力|诊室)', '埋设',
  // Review 57's leftover: upkeep of a road counted (养护农村公路126公里), not the upkeep's people, money or body (养护员 / 养护经费 / 养护站).
  '养护(?!员|工|费|资金|单位|公司|班|站|中心|期|管理|队|组|任务|责任|合同|协议|标准|制度|机制|记录|台账)',
  '回访', '查扣', '暂扣', '扣押', '收缴', '没收', '测评', '盯守', '值守', '劝导', '劝离', '纠正', '取缔', '整治', '处罚', '移送', '曝光',
  // teaching, training, publishing
  '培训', '宣讲', '讲授', '授课', '辅导', '演练', '讲解', '普及', '编成', '编写', '编印', '编排', '印制', '制作', '录制', '拍摄',
  '出版', '发了', '发布', '推送', '播放', '张贴', '悬挂', '发放', '赠送', '捐赠', '投放', '设计', '展出', '展示', '讲给',
  // serving people
  '走访', '慰问', '帮扶', '救助', '资助', '陪同', '代办', '代缴', '帮办', '护送', '看望', '接送', '义诊', '调解', '接待', '上门',
  '(?<![报输护运传发递呈推配赠])送(?!来|到|上|给|往|达)',
  // engaging others, starting a practice
  // Session 59 (set 54's 39544): 实施 inside 压实 / 夯实 + 施工… (压实施工企业工资支付主体责任) is no 实施.
  '邀请', '聘请', '招募', '签订', '签约', '结对', '引入', '引进', '推行', '实行', '(?<![落压夯])实施',
  '推广', '试点', '开通',
  // everyday wording: 办讲堂、做成展板、评出“孝善之星”、发一本登记册
  // 桌上放了公筷、墙上做了家风榜、发宣传单: everyday verbs of placing and handing out, perfective or with goods.
  '(?<![开解存摆安发投释播下排奔豪解])放(?=了)', '(?<![叫看当称])做(?=了)', '(?<![开出收分印颁下转引散批])发(?=(?:了)?(?:宣传单|传单|明白纸|明白卡|宣传册|宣传资料|资料|手册|折页|倡议书|告知书|提示卡|联系卡|慰问品|慰问金|物资|口罩|药品|春联|福字|礼包|家长信|公开信|[一二两三四五六七八九十\\d]))',
  '(?<![文创政府委督综专访城巡改侨台编明卫老残扶农宣统信应爱妇治党青团经转交承协督])办(?!理|公|法|好|成|事|结|案|件|学|得|到|了事|组织|牵头|负责|税)', '做成', '制成', '开成', '辟成', '布置(?=了?“)', '划(?=了|出)', '拍(?=了|成)', '印成', '评出', '选出', '发(?=[一二两三四五六七八九十\\d]+[本张份件套册袋箱])', '(?<!线)上线(?!下)', '推出', '评选', '选树', '表彰', '命名', '制定', '出台', '建档', '建卡', '登记', '入户', '走进',
];
const DOING_RE = new RegExp(DOING.slice().sort((a, b) => b.replace(/\(.*\)/, '').length - a.replace(/\(.*\)/, '').length).join('|'), 'g');

/** Objects that name nothing done: abstract qualities, the work itself, its frame, actors, meetings. */
const ABSTRACT =
  /党员|团员|志愿者|师生|员工|队员|学习|贯彻|研究|讨论|谋划|参与|配合|支持|重视|关注|一线|基层|现场|经验|做法|典型|先进|模式|[\u4e00-\u9fff]{1,4}型(?:机关|单位|组织|社会|政府|城市)|挂图作战|倒排工期|销号|清单化|台账式|闭环|跟踪问效|限时办结|精准|施策|配强|充实|调整|突出|堵点|痛点|热点|焦点|难题|自查自纠|查漏补缺|对标对表|补齐短板|补短板|强弱项|督查考核|考核|“[^”]*”(?=的?(工作|情况))|形式多样|丰富多彩|内容丰富|卓有成效|行之有效|富有成效|扎实有效|多种形式|各种形式|多种多样|喜闻乐见|一系列|系列|各类|各种|各级|多项|多样|不同|相关|有关|大量|广泛|领导|组织|宣传|力度|意识|理念|内涵|作风|站位|担当|合力|共识|思想|认识|责任|任务|要求|部署|精神|目标|导向|氛围|措施|举措|工作|水平|质量|效能|效率|实效性?|针对性|主动性|积极性|创造性|能力|素质|素养|形象|保障|基础|短板|弱项|重点|难点|亮点|特色|作用|优势|资源|职责|分工|成员|人员|力量|干部|职工|单位|部门|股室|科室|同志|全体|机制|制度|体系|方案|计划|文件|会议|大会|动员会|推进会|部署会|座谈|调度会|规定|标准|要点|安排|格局|局面|态势|步伐|进程|成效|效果|成果|实效|落实|实施|推进|开展|创建|创文|创城|文明城市|文明|目的|方向|决策|政策|原则|理念|新风|风尚|环境|秩序|面貌|服务|管理|活动|行动|工程|项目|问题|情况|方面|领域|全县|全镇|全局|全市|群众|市民|居民|各方|社会|大家|作为|发展|高质量|提质增效|走深走实|常态长效|长效|常态化|中心|大局|过程|全过程|全方位|各环节|各项|一切|事情|事项|业务|日常|深入|具体/g;

/** Sentences whose subject is who is responsible or stock: never a measure by this test (a sentence citing a document may go on to a measure: 执行《…》，给每名志愿者发一本登记册). */
const NOT_MEASURE_SENTENCE =
  /^[^。！？；]*(说明|报告|总结|汇报|情况)$|领导小组|工作专班|专班|指挥部|工作小组|工作组|负总责|具体抓|第一责任人|责任人|分管(?![^，,。；]{0,6}带队)|亲自抓|组长|现有|共有|建有|拥有|在册|在岗|辖区内?有|全县有|全镇有|共计有|召开|会议|研究部署|印发|下发/;

/**
 * Session 39 (set 34): forwarding (转发预警信息23条 / 转发上级通知) is office routine in its own clause only: the sentence's other
 * clauses are read (…，组织信息员培训1次).
 */
const FORWARDED = /转发/;

/**
 * Clauses about who covers what (组织干部包联重点企业 / 配备专职联络员): responsibility, not a measure; the
 * sentence may go on to one (…，上门宣讲惠企政策).
 */
const RESPONSIBILITY_CLAUSE = /一岗双责|(?:包保|包联|包片|挂点)(?!社区|村|小区|楼栋|网格|户|企业|单位)|专职|专人|联络员|专干/;

/** Clauses that state a purpose, a manner or a principle rather than an action. */
const NOT_MEASURE_CLAUSE = /现将|如下$|^(为了|为(?:进一步|更好地?|切实|全面|有效|持续|扎实|深入|不断)?(?:提升|提高|确保|推动|推进|促进|加强|营造|打造|巩固|深化|规范|保障|做好|抓好|让|使|方便|解决|满足|落实|实现|增强|强化|改善|优化|助力|迎接|配合|贯彻|弘扬|传承|丰富|引导|减少|防止|避免|杜绝|预防|加快|构建|形成|扩大|激发|培养|树立|倡导|推广|普及)|旨在|以便|以期|以|按照|根据|依据|围绕|坚持|注重|通过|本着|始终|紧紧|聚焦)/;

/** What follows a verb used as a noun: a copula, a predicate, a place word, a measure of it, 与/同 joining another noun (道德建设与社区治理). */
/**
 * Session 42 (set 37): what follows the verb makes it a noun in a state told or appraised — how many new places an area has
 * (辖区新建小区较多), a task's weight (地名标志设置管理任务较重), the work as what people approve of (对…路牌设置总体认可).
 */
export const NOUN_STATE =
  /^(?:[\u4e00-\u9fff]{1,6}?(?:较多|偏多|众多|增多|越来越多|不断增加|逐年增加|较少|多(?=[，,。；]|$))|[\u4e00-\u9fff]{0,6}?任务(?:较|很|十分|比较|相当|更加)?(?:重|繁重|艰巨)|(?:工作)?(?:总体|普遍|比较|较为|非常|十分|都|均|很)?(?:认可|满意|肯定|好评|称赞|点赞)(?!度|率|调查|测评|问卷|评价))/;
const NOUN_USE =
  /^([的地得是有中里上时后前也都均已还却局委厅与同者]|结果|所需|所用|由[\u4e00-\u9fff]{1,3}(?:到|向)[\u4e00-\u9fff]{1,3}|向(?:纵深|深处|[\u4e00-\u9fff]{1,6}(?:拓展|延伸|迈进|转变|深化|覆盖|辐射))|公司|集团|协会|学会|员(?!工)|队员|人员|大队|中队|部门|机构|车辆|单位|力量|岗位|职责|成为|作为|得到|得以|涉及|需要|离不开|关系到|关乎|事关|牵涉|依赖|取决于|没有|期间|方面|领域|明显|有效|逐年|逐步|不断|持续|进一步|基本|全面|已经|率|面积|区|能力|水平|质量|工作|情况|任务|成效|效果|成果|规范|有序|秩序|力度|意识|氛围|满意度)/;

let lastSentence: string | undefined;
let lastNotMeasure = false;
/**
 * NOT_MEASURE_SENTENCE on the sentence, once per sentence: the caller asks clause by clause, and
 * testing the whole sentence again for each of its clauses made a long sentence quadratic (a
 * 900 KB text without 。 took 14 s).
 */
function notMeasureSentence(sentence: string): boolean {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastNotMeasure = NOT_MEASURE_SENTENCE.test(sentence);
  }
  return lastNotMeasure;
}

/** The verb and the words that follow it in the clause, when what follows still names a thing. */
export function broadMeasure(clause: string, sentence: string): string | null {
  if (notMeasureSentence(sentence)) return null;
  // A service to the people served: 为60岁以上老人免费测血压 / 上门为老人办理医保 (为 + a person
  // served is who benefits, not a purpose clause).
  const service = SERVED_BY.exec(clause) ?? animalsTreated(clause);
  if (service) return service[0];
  if (NOT_MEASURE_CLAUSE.test(clause) || RESPONSIBILITY_CLAUSE.test(clause) || FORWARDED.test(clause)) return null;
  // Session 39 (set 34): a deed on the spot (现场调解 / 当场核查 / 实地勘测 / 到场处置): concrete by itself.
  const spot = ON_THE_SPOT.exec(clause);
  if (spot && !FOR_OTHERS_USE.test(clause.slice(0, spot.index))) return spot[0];
  // Session 39 (set 34): a named dispute mediated (调解邻里纠纷 / 调处土地争议): casework done; a dispute only logged (登记纠纷5件) is none.
  const mediated = MEDIATED.exec(clause);
  if (mediated && !FOR_OTHERS_USE.test(clause.slice(0, mediated.index))) return mediated[0];
  // Session 39 (set 34): samples taken or sent for testing (采集尿样 / 抽取样品送检 / 采样送检): an inspection done.
  const sampled = SAMPLED.exec(clause);
  if (sampled && !FOR_OTHERS_USE.test(clause.slice(0, sampled.index)) && !/督促|要求|指导|责令|提醒|告知|通知|(?:未|没|不|拟|将|待|需)[^，,。；]{0,4}$/.test(clause.slice(0, sampled.index))) return sampled[0];
  // 民警每天早晚在校门口护学 / 专家到卫生院坐诊: a duty done somewhere or at set times needs no object.
  const duty = DUTY.exec(clause) ?? VISIT.exec(clause) ?? GIVE.exec(clause) ?? MUST_VISIT.exec(clause);
  if (duty) return duty[0];
  for (const v of clause.matchAll(DOING_RE)) {
    const at = (v.index ?? 0) + v[0].length;
    const rest = clause.slice(at, at + 16);
    // 违法建设得到遏制 / 国土绿化是… / 测评中: the verb is part of a noun (a subject or a place), not an action.
    if (rest.startsWith('□') || NOUN_USE.test(rest) || NOUN_STATE.test(rest)) continue;
    // 被暂停发放养老金的老人 / 维修不及时: a verb under 被 in a noun's modifier, or judged by what follows it (不及时 / 不到位), names
    // what was done to someone or how badly, not the unit's deed (session 17).
    if ((/被[^，,。；□]{0,6}$/.test(clause.slice(0, v.index)) && /^[^，,。；□]{0,12}的/.test(rest)) || /^(?:不|未|难)(?:及时|到位|规范|透明|够|足|彻底|充分|落实|严|力|畅)/.test(rest)) continue;
    // Session 39 (set 34): a habit still going on (不少老年人还在买…保健品): a state of things, no deed.
    if (/(?:还在|仍在|仍然|依然|依旧|还是)[^，,。；□]{0,2}$/.test(clause.slice(0, v.index))) continue;
    // 柜子里装着来信 / 所抽查工地: a state of holding, or 所 + verb as a noun (session 15).
    if (/^着/.test(rest) || NOMINAL_SUO.test(clause.slice(0, v.index))) continue;
    // 督促沿街商户落实“门前三包”: urging others to carry out is a demand on them (session 15).
    if (URGING.test(v[0] + rest)) continue;
    // 作风建设永远在路上: an adverb right after the verb — no object, a field of work named (session 15).
    if (/^(?:永远|始终|一直|依然|依旧|仍然|总是|正在|越来越|日益|日趋|愈发|愈加|更加|十分|非常|尤其|任重道远|在路上)/.test(rest)) continue;
    // 购置补贴 / 改造资金 / 维修经费: the verb names what a fund is for (a noun), not work done (session 14).
    if (/^(?:购置|采购|购买|改造|维修|建设|新建|培训|安装|修缮)$/.test(v[0]) && /^(?:补贴|补助|资金|经费|费用|款)/.test(rest)) continue;
    // Session 37: any verb heading such a noun (培训市场 / 演出场所 / 修缮资金), element-background.ts.
    if (nounAfterVerb(v[0], rest)) continue;
    // 安排公厕提升专项资金120万元: money set aside is a budget, not work done (session 17, after the generalisation check).
    if (v[0] === '安排' && /^[^，,。；□]{0,14}?(?:资金|经费|预算|款项|补助|补贴)/.test(rest)) continue;
    // 培训市场总体平稳: the verb and its object are the subject of a state (session 14).
    if (/^[^，,。；□]{1,6}?(?:总体|整体|普遍)(?:平稳|稳定|有序|良好|向好|规范|上)/.test(rest)) continue;
    // 不搞花架子 / 严禁设置: a verb negated or forbidden names nothing done.
    if (NEGATED.test(clause.slice(0, v.index)) || LISTED.test(clause.slice(0, v.index))) continue;
    // 党组织书记 / 社会组织: 组织 inside a body's name.
    if (v[0] === '组织' && /(?:党|团|基层|社会|群团|自治|经济|合作|村级|社区|行业|民兵)$/.test(clause.slice(0, v.index))) continue;
    // 对照…测评 / 针对… / 把握…: 对 and 把 inside another word introduce no object.
    const before = /(?<![针相面绝核校反即])(?:对(?![照标比于应象外付接话])|把(?![握关控脉])|将(?![来近要会]))([^对把将□]{2,14})$/.exec(clause.slice(0, v.index));
    // A one-character verb (送、装、铺) needs its object at once: 送棉被, 装了排风设备.
    // (物业把违章搭建全拆了: with 把 the object stands before it.)
    if (v[0].length === 1 && !/^了?(?:[\u4e00-\u9fff\d]{2}|“)/.test(rest) && !(before && /^了?$|^了?[，,。；]/.test(rest) && names(before[1]))) continue;
    // 开展“光盘打卡” / 推行“街长制”: a named activity in quotes (not the indicator's name + 工作).
    // 树立“一切为了患者”的服务理念: a slogan named as a belief or aim, nothing done.
    const quoted = /^[^“”□]{0,4}“([^”]{2,20})”(?!\s*(的?工作|的?情况|的?[\u4e00-\u9fff]{0,4}(理念|宗旨|精神|口号|目标|信念|原则|思想|意识|要求)))/.exec(rest);
    if (quoted && namedQuote(quoted[1])) return v[0] + rest.slice(0, rest.indexOf('”') + 1);
    const object = rest.split('□')[0];
    // 制定学校心理健康教育工作方案: drafting a plan or rule is a document (部署文件 at most), not an action on a thing.
    if (DRAFTING.test(v[0]) && DOCUMENT_HEAD.test(object)) continue;
    // 接待游客112万人次: routine business counted in visits is a volume (data), not a measure.
    if (/^(接待|服务|接诊)$/.test(v[0]) && /^[^，,。；□]{0,10}?\d+(?:\.\d+)?\s*[万千百]?\s*人次/.test(object)) continue;
    // 实行物业管理的小区118个: the verb qualifies a noun that is counted (stock), nothing done.
    if (/的[^，,。；□]{1,8}?(有|共|达|计)?\d/.test(object)) continue;
    if (names(object)) return v[0] + object;
    // 查处违规夜间施工11起 / 调解噪声纠纷75件 / 劝离流动摊贩120人次: an action on a named matter, counted in cases or
    // rounds, is work done (session 14: a 提纲's verbless counts); 开展各类活动36场 names nothing (only filler and kinds).
    const counted = /^([^，,。；□\d]{2,12}?)\d+(?:\.\d+)?\s*[余多]?\s*(?:起|件|宗|例|批次|人次|户次|车次|家次)/.exec(object);
    // 受理救助申请1240件 / 登记业务量9860件: a counter's business volume (data), not a measure.
    if (counted && !/^(?:受理|登记|办理|接收|接待|服务|接诊|审批|办结)$/.test(v[0]) && !/申请|业务|量$/.test(counted[1]) && counted[1].replace(FILLER, '').replace(new RegExp(GENERIC, 'g'), '').replace(/[^\u4e00-\u9fff]/g, '').length >= 2) return v[0] + counted[0];
    // 对危桥逐座加固 / 把墙面统一粉刷: the object stands before the verb (为/给 + a person is who benefits, not the object).
    if (before && names(before[1])) return before[0] + v[0];
  }
  return null;
}

/**
 * Urging or telling others to carry out (督促沿街商户落实… / 督促各村做好… / 指导各校加强…): a demand on them, with
 * nothing the unit did named (session 15). 督促市场开办者新建污水沉淀池 names the work done on the ground.
 */
export const URGING = /^(?:督促|要求|责令|指导|引导|动员|号召|倡导|推动|提醒)[^，,。；□]{1,12}?(?:落实|做好|加强|做到|履行|遵守|强化|提高|提升|重视|配合|形成)/;

/** What negates or forbids the verb right after it, or makes it a disorder (乱贴、私自搭、擅自修: what others did wrong); a manner adverb between does not lift the negation (未另行组织问卷: session 14). */
export const NEGATED = /(?:[不没未别勿莫乱]|严禁|禁止|不准|不得|不许|杜绝|防止|避免|私自|擅自|随意|随便|违规|违章|违法|非法|偷偷)(?:另行|另外|额外|单独|专门|自行|再|曾|重新)?$/;

/** Before a verb: 纳入 / 列入 / 待 — the verb names a list or a need (纳入改造小区17个、待整治路段), not work done. */
export const LISTED = /(?:纳入|列入|列为|确定为|待|需要?|尚需|涉及)$/;

/** Verbs of drafting, and the documents they draft. */
const DRAFTING = /^(制定|出台|修订|编制|起草|制发|研究制定)$/;
const DOCUMENT_HEAD = /^[^，,。；□]{0,14}?(方案|计划|预案|办法|细则|制度|意见|通知|要点|规划|规定|守则|章程|标准)(?![^，,。；□]{0,2}(演练|培训|宣讲|解读))/;

/** The people a measure serves (not 群众、居民 in general: 组织群众参与 names no one served). */
export const PEOPLE_SERVED =
  '老人|老年人|儿童|孩子|学生|残疾人|患者|病人|孕产妇|困难群众|困难家庭|困难户|低保户|五保户|特困|留守|独居|空巢|农民工|环卫工人|快递员|外卖员|游客|摊主|摊贩|商户|经营户|店主|驾驶员|司机|乘客|家长|新市民|退役军人|妇女|青少年|未成年人|见义勇为人员|烈士亲属|军属|优抚对象|来访群众|信访群众|孤儿|婴幼儿|考生|求职者|失业人员|老年客户|客户|储户|旅客|用户|患儿|产妇|新生儿|住户';

/**
 * Object classes: what a measure acts on. Things and places (设备、路灯、宣传栏、公厕、充电桩 …, by
 * their head morpheme), events (演出、讲座、义诊、支教、庭审 …), goods handed out (棉被、药品、
 * 助学金 …) and the people served (独居老人、留守儿童、摊主 …). Abstract compounds that share a head
 * (重点、一线、平台、思路、环节、资金) are dropped first.
 */
const ABSTRACT_HEADS =
  /由点到面|以点带面|点面结合|台账|清单|档案(?![柜架库盒])|闭环|资料(?:收集|归档|整理|报送|汇编|管理)|(?:台账|档案|创建|迎检)资料|时机|契机|危机|动机|生机|商机|有机|重点|亮点|难点|焦点|堵点|痛点|热点|节点|要点|观点|特点|优点|基点|起点|试点|着力点|落脚点|切入点|一线|底线|红线|防线|主线|战线|生命线|路线|现场|立场|平台|舞台|思路|出路|新路|路径|渠道|课题|网格|网络|环节|资金|经费|基金会|阵地|全域|全链条|链条|体系|格局|全区|误区|盲区|辖区|视角|角度|报道|频道|轨道|家园|(?:文明|平安|和谐|美丽|智慧|书香|绿色|健康|法治|诚信|幸福|美好|宜居|生态|数字|无烟|学习型|廉洁|清廉|温馨|示范)(?:校园|社区|家园|乡村|城市|机关|单位|家庭|医院|村庄|街道|城区|县城|窗口|岗|站|点|车|路|街)/g;

const OBJECT_CLASS = new RegExp(
  [
    // things and places, by head morpheme
    '[\u4e00-\u9fff][站室栏牌箱桶柜桥灯墙园馆屋楼厅街巷店摊厕井杆亭廊池沟渠砖瓦药车点线台场路道窗库仓区角器课堂校菜饭树棚坊架机包戏秤签榜]',
    // a class run for people (兴趣班、托管班; not 领导班子、班长)
    '[\u4e00-\u9fff]班(?![子长])',
    '绘本|课本|连环画|药材|标本|价签|盒饭|挂面',
    // Session 49 (set 44's 34131): waters and the gear on them (巡查清河干流 / 清理岸边地笼 / 查验钓具); a bare 河 or 江 is a county's
    // name as often (清河 / 望江); boats are counted as stock more often than acted on (全县登记渔船126艘: the review). Probes of set 45's kinds: drains and their gear (疏通雨水管网 / 储备沙袋 / 为古树挂牌).
    // Session 58 (set 53's 38716, 38736, 38934): a poacher's gear, a vaccine and the animals a station treats or a warden rescues
    // (清理鸟网 / 收缴捕鸟夹 / 注射疫苗 / 补免犬只 / 解救受困鸟类).
    // Review 58a: not wildlife as the topic of a stock phrase (积极开展野生动物保护工作).
    '鸟网|网兜|[\u4e00-\u9fff]{1,2}夹(?!克|层|带|杂|道)|猎具|刀具|弹弓|疫苗|宗地|地块|界址桩|界桩|犬只|流浪犬|流浪狗|鸟类|[\u4e00-\u9fff]{1,2}鸟(?!类)|[\u4e00-\u9fff]?(?:鹭|鹤|雁|鸭|鹰|隼|鹳|天鹅)|野生动物(?!保护|管理|资源|疫源|防控)|家禽|牲畜',
    '干流|支流|河段|河道|河面|河岸|河滩|水域|水面|库区|库汊|岸线|岸边|湖面|湖区|滩涂|江段|钓具|渔具|网具|地笼|丝网|鱼苗|管网|管道|管线|篦子|沙袋|古树|名木',
    // a post filled (劝导员、调解员, not 人员、成员、党员: those are dropped as abstract first)
    '[\u4e00-\u9fff]{2}员',
    '占用物|障碍物|堆放物|接待日|[\u4e00-\u9fff]{2}(?:知识|常识|要领|技巧|口诀|条款)|公筷|公勺|餐具|碗筷|打包盒|倡议书|承诺书|告知书|公开信|家长信|村晚|春晚|坝坝宴|APP|App|app|软件|违章搭建|违章建筑|违法建筑|乱搭乱建|私搭乱建|企业|规上企业|个体户|市场主体|明白纸|传单|宣传单|通知单|设备|设施|器材|器械|物资|图书|书籍|资料|读物|手册|折页|海报|展板|横幅|条幅|广告|公约|标识|标志|标牌|标语|标线|专区|专柜|专窗|通道|车位|泊位|充电桩|监控|摄像头|喇叭|显示屏|电子屏|短片|短视频|微电影|视频|公众号|小程序|热线|二维码|积分|提示语?|倡议信|公开信|慰问信|明白卡|联系卡|烟花爆竹|烟花|爆竹|钢瓶|盖板|护栏|栏杆|围挡|座椅|垃圾|杂物|堆物|违建|棚屋|广告牌|线缆|路面|墙面|地面|绿化带|绿篱|花草|树木|树苗|草坪|管网|管道|路灯|雨棚|扶手|坡道|盲道|母婴室|药箱|急救箱|灭火器|灭火毯|被褥|棉被|衣物|粮油|慰问品|礼包|奖学金|助学金|慰问金|补贴|保险|餐食|午餐|早餐|饭菜|水电费|证件|涂鸦|小广告|油烟|噪音|污水|漂浮物|钢瓶|液化气',
    // events and named kinds of activity
    '军训|仪式|升旗|巡护|演出|展演|会演|晚会|比赛|竞赛|大赛|讲座|课堂|讲堂|课程|公开课|微课|展览|展出|义诊|义剪|义卖|义演|支教|庭审|演练|体检|巡诊|诊疗|培训班|夜校|研学|参观|观摩|读书会|分享会|故事会|茶话会|联欢|朗诵|诵读|征文|宣讲会|开放日|听证|接访|约访|下访|恳谈|电影|影片|专题片|宣传片|公益片|纪录片|短剧|情景剧|检察建议|司法建议|故事|值守|值班|巡逻|站岗|执勤|护学|坐诊|理事会|议事会|志愿队|服务队|巡逻队|宣讲队|宣讲团|艺术团|合唱团|演出队|导览图|地图|示意图|指引图|宣传画|漫画|开放时间|服务时间|营业时间|法律顾问|律师|家庭医生|医生|保安|保洁员|网格员|协管员|辅警|讲解员|心理咨询师|社工|集市|市集|游园|灯会|庙会|徒步|健步走|骑行|植树|直播|问卷|抽检|接种|筛查|帮办|代办|代缴|陪诊|送药|送餐|理发|消杀|灭鼠|除四害|洒水|查扣|暂扣',
    // people served
    PEOPLE_SERVED,
  ].join('|'),
);

/**
 * Session 58 (set 53's 38934, 38915): animals treated by the unit's vets, 为 + the animals + the treatment (为留检犬补免 / 为到点犬只
 * 免费注射疫苗 / 为牛羊驱虫): the station's work on them, as SERVED_BY reads people served.
 */
const ANIMALS_TREATED =
  /为[^，,。；□]{0,8}?(?:犬只?|狗|猫|畜禽|牲畜|家禽|家畜|生猪|牛羊?|羊只?|鸡鸭)[^，,。；□]{0,6}?(?:补免|免疫(?!证|点|标识|档案|登记)|接种|注射|驱虫|体检|诊疗|救治|检疫|采血|打疫苗)/;
/**
 * Review 58a: not the owners or another clinic treating them (犬主为犬只注射疫苗后可领取免疫牌 / 辖区3家宠物医院为犬只接种疫苗 /
 * 宠物医院为犬只接种疫苗时须查验…): who stands before 为 is theirs, not the unit's vets.
 */
const ANIMALS_OWNERS = new RegExp(OWNERS);
function animalsTreated(clause: string): RegExpExecArray | null {
  const m = ANIMALS_TREATED.exec(clause);
  return m !== null && !ANIMALS_OWNERS.test(clause.slice(0, m.index)) ? m : null;
}

/** Session 39 (set 34): a deed done on the spot or at the place (现场调解 / 当场核查 / 实地勘测 / 上门勘测): the visit is the deed. */
// Session 50 (set 45's 34923): 踏勘 too (对涉及古树的项目开展现场踏勘).
const ON_THE_SPOT = /(?<![未没不拟将需要])(?:现场|当场|实地|到场|上门)(?:调解|核查|核实|查看|察看|处置|勘测|勘查|踏勘|丈量|测量|协调|检查|接待|解答|办理|处理|劝导|劝离)/;

/** Session 39 (set 34): what the unit provides for another's use (供县创文办实地查看时对照 / 便于…): the other's act to come. */
const FOR_OTHERS_USE = /供|便于|以便|方便|用于|以备|迎接|配合|接受/;
// Session 59 (set 54's 39122): the kinds of sample listed before the noun (采集水源水、出厂水和末梢水样品) fit in what stands between.
// Session 59 (set 54's 39131): 报送检测报告 holds no 送检.
const SAMPLED =
  /(?:(?:采样|抽样|取样)(?:送检|检测|化验)|(?:采集|抽取|采取|采)(?:了)?[^，,。；□]{0,16}?(?:样品|尿样|血样|水样|样本|血清)|(?:样品|尿样|血样|水样|样本|血清)[^，,。；□]{0,8}?送(?:县|市|省)?[^，,。；□]{0,10}?(?:检测|检验|化验)|(?<![报呈递转])送检)/;
const MEDIATED = /(?<![未没不拟将需要])(?:调解|调处)(?!委员会|委|员|室|中心|组织|协议|书|工作室)(?:了)?[^，,。；□]{0,8}?(?:纠纷|争议|矛盾)/;

/** Duties that are concrete by themselves, when a place or a time is given (在…、到…、每天…). */
// Session 46 (train 31045): 到 as the end of another verb (收到 / 接到 / 得到 / 看到 / 达到 …) is no going to a place.
// Session 56 (set 51's 37918, 37945): 放映 as a noun's first word (放映确认单 / 放映管理平台) is no screening.
// Review 56a: nor 放映日志 / 放映台账 / 放映登记本 / 放映站 / 放映中心.
// Session 57 (set 52's 38232): a watch kept at the place (下大雨时到坡上巡看 / 每天到点上观测). Review 57a: not what was observed
// there (在气象站观测到的降雨量 / 在监测点观测的数据显示…).
const DUTY = /(?:在|(?<![收接得看听找拿买遇达直做想办受])到|每(?:[天日周月]|学期|季度?)|早晚|逐[户店村个人间台栋座]|挨家挨户)[^，,。；□]{0,12}?(?:护学|坐诊|巡诊|义诊|蹲点|开庭|巡回审判|接访|坐班|值守|值班|巡逻|巡护|站岗|执勤|冲洗|清扫|打扫|大扫除|洒水|消杀|守护|劝导|展出|巡展|巡回展|连载|公示|张榜|回访|开课|授课|上课|讲课|开放|演出|表演|放映(?!确认|记录|登记|日志|台账|单|证|员|队|站|中心|公司|平台|管理|数据|计划|设备|场次|任务)|巡演|核实|查看|察看|巡看|观测(?!到|的|数据|结果|显示)|踏勘|下架|擦拭|消毒|晾晒|转一圈|巡一遍)/;

/** Goods handed to each person served, counted (给每名志愿者发一本《登记册》、向每户发放一张明白卡). */
const GIVE = new RegExp(`[给为向][^，,。；□]{0,8}?(?:发|送|奖|赠)(?:放|了)?[一二两三四五六七八九十\\d]+[本张份件套册袋箱桶斤瓶盒条床]|(?:发|送)(?:放)?给每(?:位|名|户|个|人|家)|(?:${PEOPLE_SERVED})[^，,。；□]{0,2}(?:送|发|奖)了?[一二两三四五六七八九十\\d]+[本张份件套册袋箱桶斤瓶盒条床]`);

/** A rule of visits to named people served (独居老人必访、困难户每月必到): concrete by itself. */
const MUST_VISIT = new RegExp(`(?:${PEOPLE_SERVED}|[\\u4e00-\\u9fff]户)[^，,。；□]{0,4}必(?:访|到|查|问)`);

/** A visit made to do something (网格员上门调、上门查档、理事上门帮着定规模; session 38: 送岗上门): concrete by itself. */
const VISIT = /(?:员|民警|医生|理事|干部|红娘|社工|书记|主任|志愿者|老师|护士|村医|律师)(?:和[^，,。；□]{1,6})?(?:共同|一起|先|再|都|也|随即|立即|马上|轮流|分头)?上门$|送(?:餐|饭|药|菜|货|水|岗|岗位|政策)?上门|送到[^，,。；□]{0,4}(?:床头|家中|家里|门口|手中|手里|身边|田间|地头)|上门(?:宣讲|宣传|讲解|培训|帮着?|调解?|说和|评估|核实|回收|清运|安装|维修|查|量|测|送|修|收|办|讲|教|核|走访|服务|指导|劝|理发|体检|问诊|看望|慰问|谈心)|上门与[^，,。；□]{1,8}?(?:沟通|谈心|商量|交流)/;

/**
 * 为/给/帮 + one of the people served + what is done for them, or a free service. 教 inside a body's name (县教育局组织的家长
 * 满意度测评 / 教体局 / 教研室) teaches no one (session 19).
 * Session 54 (set 49's 37007): 为 opening a purpose (为做好学生体质健康测试工作，…) serves no one.
 */
const SERVED_BY = new RegExp(
  `(?:[给帮替陪]|为(?!了?(?:进一步|切实|全面|扎实|认真|更好地?|有效)?(?:做好|抓好|搞好|办好|推进|加强|确保|保障|落实|提升|提高|促进|规范|完成|开展|组织)(?![^，,。；□]{0,12}?(?:上门|免费)))|教(?!育(?:和体育|体育)?局|体局|育部门|育系统|研室|务处)(?=[^，,。；□]{0,6}?(?:${PEOPLE_SERVED})))[^，,。；□]{0,8}?(?:${PEOPLE_SERVED})[^，,。；□]{0,10}?(?:讲(?![解话究求])[\\u4e00-\\u9fff《“]|教|上课|劈柴|挑水|洗衣|拆洗|扫院|收割|干农活|读[\\u4e00-\\u9fff]|供饭|供餐|做饭|送饭|代填|代写|代购|代买|代领|打饭|管饭|挂号|缴费|取药|“|免费|上门|测|量血压|体检|理发|剪发|义诊|挂号|代办|代缴|陪诊|送药|送餐|办理[\\u4e00-\\u9fff]{2}|维修|安装|辅导功课|用(?:智能)?手机|识字|写字|认字|上网|防骗|急救|打[^，,。；□]{0,3}电话|读报|送(?!去|来|到|给|上|往)[\\u4e00-\\u9fff])|免费(?:为|给)?[^，,。；□]{0,10}?(?:测|量|体检|检查|理发|维修|发放|赠送|配送|安装|接种|咨询|义诊|培训|办理)`,
);

/**
 * The object names something a measure acts on. The head of a noun phrase stands after its last
 * 的: in 讲述社区故事的电视剧 the thing is a 电视剧 (a story only qualifies it).
 */
function names(object: string): boolean {
  const head = object.slice(object.lastIndexOf('的') + 1);
  // 宣传单、宣传栏、宣传册: things whose first word alone (宣传) is abstract.
  if (/宣传(?:单|栏|册|画|片|车|牌|页|袋|资料|折页)/.test(head)) return true;
  // 老年活动中心、日间照料中心: a facility whose words alone (活动、中心) are abstract.
  if (/(?:活动|文化|养老|照料|康养|托管)中心|老年(?:食堂|大学|活动室)|(?:长者|爱心)食堂/.test(head)) return true;
  const concrete = head.replace(ABSTRACT, (w) => (OBJECT_CLASS.test(w) ? w : '□')).replace(ABSTRACT_HEADS, '□');
  return OBJECT_CLASS.test(concrete);
}

/** Words naming a concrete thing, place, event or people served (门店、摊位积分、独居老人健康). */
export const namesThing = names;

/** 为独居老人 / 给环卫工人: the people a measure is done for, named before its verb. */
export const FOR_PEOPLE = new RegExp(`[为给帮替][^，,。；□]{0,8}?(?:${PEOPLE_SERVED})`);
