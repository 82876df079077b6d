/**
 * 具体措施: at least one concrete action taken — a named activity, campaign, mechanism, facility,
 * inspection, training. Not: stock phrases (加强领导、精心组织、有序推进、狠抓落实、强化宣传),
 * states reached, stock figures (开展各类活动36场), intentions, or setting up the leading group
 * (that is 主体责任).
 *
 * Test: an action verb followed, in the same clause, by an object; a generic object (活动、机制、
 * 工作 …) counts only with a specific name between verb and object once filler words are removed
 * (开展经典诵读活动 yes, 开展形式多样的宣传活动 no); a concrete object (公益广告、宣传栏、义诊 …)
 * counts by itself. A quoted campaign name (“文明餐桌”行动) counts with or without a verb.
 */
import { broadcastDone } from './element-broadcast.js';
import { orderDone } from './element-orders.js';
import { maskUnclaimed } from './element-claims.js';
import { SHORTCOMING, beforeIntention, clauses, inOrder, isTitleLine, maskRequirements, maskTitles, type ElementTest } from './element-shared.js';
import { FILLER, FOR_PEOPLE, GENERIC, LISTED, NEGATED, NOUN_STATE, OFFICE, URGING, broadMeasure, NOMINAL_SUO, PEOPLE_SERVED, namedQuote, namesThing } from './element-measure-classes.js';
import { results } from './element-results.js';
import { FACILITY_BUILT } from './element-result-registers.js';
import { blankUndoneMonths, undoneRow } from './element-project-state.js';
import { PRODUCT_STRENGTH } from './element-data.js';
import { sameBody, textNamesUnit } from './unit-identity.js';
import { OTHERS_OWN_ACCORD, VERB_NOUN, placeStockClause } from './element-place-stock.js';
import { EACH_SUBJECT, PERSON_STORY, STORY_ENDS, blankReported, othersDeedClause, ownSelfCheckCell, ownSubject, ownSubjectWide } from './element-others-deeds.js';
import { caseworkDone, markLeaflets } from './element-casework.js';
import { backgroundClause, nounAfterVerb } from './element-background.js';

const VERB =
  /开展|组织|举办|(?<![难])搞(?![好活定清懂错乱])了?|举行|进行|(?<!落)实施|实行|采取|采用|引入|引进|推行|推广(?!中心|站|所)|建立|(?<![创重])建成|建设|设立|设置|开设|开辟|打造|配备|配置|安装|加装|新建|改建|改造|修建|培训|检查|巡查|排查|督查|抽查|摸排|暗访|走访|回访|探访|看望|家访|慰问|评选|选树|发放|张贴|悬挂|投放|喷洒|加开|增开|(?<!的)消杀(?![人员队公司服务])|制作|播放|印制|编印|编写|推出|(?<!线)上线(?!下)|开通|召开|邀请|聘请|招募|策划|录制|发布|清理|整治|劝导|宣讲|捐赠|表彰|指导|联合|对接|组建|设计|创办|签订|走进|推送|下发|下达|送达|开具|铺设|更换|维修|粉刷|清运|栽植|(?<!主要|大多|多以|普遍|大都)种植(?!户|大户|面积|结构)|补植|摆放|增设|修缮/g;


/** Objects concrete in themselves. */
// Session 28 (quiz28): a test or a contest held (进行闭卷测试 / 组织…知识测试 / 举行决赛) is the unit's measure (the rulings of set 26: the
// test held the unit's measure) when its kind is told (闭卷 / 知识 / 应知应会 …): 组织测试 alone names no more than 组织培训 does;
// 测试仪 / 测试卷 are things, no test held.
// Session 54 (set 49's 36629): 入户测温 / 入户排查 are visits with a deed named (the set's rulings: the unit's 入户 测温 its measure).
const CONCRETE =
  // Session 47 (set 42): donors organised (组织干部职工团体献血 / 组织机关干部…职工献血): the unit's donation drive (its rulings). The
  // donors' own going (局属农技推广中心干部职工…自行到…献血屋献血) has no verb of the unit's (推广 inside a body's name is none: VERB).
  /(?:团体|集体|街头|无偿)?献血(?![证量者车屋点站法的率人])|(?:罂粟|毒品原植物|原植物)踏查|(?:闭卷|开卷|笔试|机考|线上|网上|现场|书面|知识|应知应会|业务|理论|技能|礼仪|法律|法治)(?:测试|测验|考试)(?![仪纸剂卷题院])|(?<![参决预])(?:初赛|复赛|决赛)|志愿服务|公益广告|宣传栏|宣传标语|宣传展板|展板|宣传海报|义诊|入户走访|入户测温|入户排查|走访慰问|知识竞赛|知识讲座|文艺演出|专题培训|业务培训|实地检查|明察暗访|联合执法|夜间巡查|专项检查|专项整治|诵读|包粽子|做花灯|猜灯谜|宣讲团|服务队|小分队|文明劝导|劝导员|示范点|服务站|驿站|书屋|宣传册|宣传单|明白纸|倡议书|主题班会|班会|座谈会|培训班|研讨会|故事会|茶话会|运动会|晚会|展演|展播|集市|义卖|义剪|志愿岗|服务岗|监督岗|整改通知书|通知书|告知书|停工通知|整改通知|限期整改通知|提醒函|承诺书|责任书/;

/** Stock phrases: wording any report could carry, naming nothing done. */
// Session 40 (set 35): 搭建…平台 with no platform named (搭建服务平台) is stock too.
const STOCK =
  /搭建[^，,。；、]{0,4}平台(?![^，,。；]{0,2}(?:[\d一二两三四五六七八九十]+个))|加强(组织)?领导|精心(组织|部署|谋划)|有序推进|扎实推进|统筹推进|全面推进|持续推进|稳步推进|深入推进|狠抓落实|抓好落实|抓实抓细|强化(宣传|措施|保障|督导|落实|责任)|广泛宣传|大力宣传|加大宣传(力度)?|宣传发动|广泛动员|营造[^，,。；]{0,8}氛围|周密部署|高位推动|高度重视|形成(工作)?合力|落到实处|压实责任|加强(协调|沟通|配合|督导|指导)|密切配合|建立健全(长效)?(工作)?机制|完善(长效)?(工作)?机制|健全(长效)?(工作)?机制|长效机制|常态长效|加大[^，,。；]{0,8}力度|统一思想|提高认识|思想上重视|常态化、制度化|制度化、规范化|建立健全[^，,。；]{0,10}(?:机制|制度|体系)|[\u4e00-\u9fff]{2,6}?到位|组织领导|督促检查|高(?:起点|标准|质量|效能|效率|水平|规格|站位)[\u4e00-\u9fff]{2}(?=[、，,。；]|$)|(?:层层|逐级)签订[^，,。；]{0,8}责任书|(?:与|和|同)[^，,。；]{2,24}?(?:公司|企业|机构|服务商)签(?:订|署)(?:了)?(?:(?:(?!测评|评估|暗访|督查)[^，,。；]){0,10}?(?:委托|服务|作业|维保|清洗消毒|清洗|承包|托管|保洁|检测|处置|收运|养护|运维)(?:合同|协议)|合同)|签订[^，,。；]{0,4}目标(?:管理)?责任书|(?:推动|推进|促进|实现|做到)[^，,。；]{0,20}(?:常态化|长效化|制度化|规范化|常态长效|长效常态)|确保[^，,。；]*(成效|实效|落实)|(?:把|将)[^，,。；]{1,20}?(?:作为|当作|当成|列为)[^，,。；]{0,16}|“?一把手”?工程|(?:把|将)[^，,。；]{1,24}?(?:纳入|列入|摆上|写入)[^，,。；]{0,16}?(?:工作|重点|(?<!课程|教学|课时)计划|议程|日程|管理|考核|体系|范围|内容|规划|任务|大局|盘子)(?=[，,。；]|$)|(?:作出|做出|进行)了?(?:全面|具体|专门|详细|统一|周密|总体)?(?:安排|部署)|(?<!进行|开展|实施|予以|组织)(?:坚持|做到|实行|实现)?(?:全面|深入|广泛|集中|常态化|经常性|持续|反复|拉网式|地毯式|强化|加强|严格|从严|依法|重点)(?:排查|巡查|检查|督查|督导|摸排|整治|清理|打击|监管|执法|管控|防控|管理|巡逻|查处|宣传)(?=[、，,。；]|$)|严[打查管防控惩处][严从重狠][打查管防控惩处罚]|严管重罚|保持[^，,。；]{0,8}高压态势|(?:打造|建设|锻造|培养|造就|建立|建强)(?:一支)?[^，,。；]{0,30}?(?:过硬|精湛|优良|一流|高素质|过得硬|硬核|敢打硬仗|能打胜仗)[^，,。；]{0,20}?队伍/g;


/** Verbs of physical work: whatever they act on is concrete (新建公厕、安装监控、张贴公约). */
const PHYSICAL = /^(新建|改建|改造|修建|建成|安装|加装|配备|配置|设置|张贴|悬挂|投放|喷洒|加开|增开|印制|编印|发放|制作|播放|开设|开通|铺设|更换|维修|粉刷|清运|栽植|种植|补植|摆放|增设|修缮|硬化|绿化|亮化)$/;

/** A verb followed by a quoted name: 开展“银税互动”、推行“所长制”管理 — not 开展“我们的节日”工作 (the indicator's own name). */
const VERB_QUOTED = /^[^“”]{0,4}“([^”]{2,20})”(?!\s*(工作|的?情况|等工作|相关工作|的?[\u4e00-\u9fff]{0,4}(理念|宗旨|精神|口号|目标|信念|原则|思想|意识|要求)))(?![^，,。；“”]{0,6}?(?:推进会|动员会|部署会|调度会|工作会|例会|现场会|观摩会|会议|动员大会|推进大会|部署大会|工作大会))/;

/**
 * “文明餐桌”行动: a quoted name and the kind of campaign after it, with no other quotation between
 * (“获得用地”“投资项目审批”两项指标 names indicators) and not a body (“夕阳红”志愿服务队 is a team).
 */
const QUOTED_CAMPAIGN = /“([^”]{2,20})”[^，,。；“”]{0,6}(活动|行动|工程|志愿服务(?![队团])|宣讲(?![队团])|讲堂|课堂|评选|比赛|竞赛|项目)/;

/** Someone invited to give a talk or a show (请退休教师讲防诈骗知识 / 邀请医生坐诊). */
const INVITED = /(?:请|邀请|聘请)(?!各)[^，,。；□]{2,12}?(?:讲|讲解|宣讲|授课|上课|辅导|表演|演出|义诊|坐诊|示范)[^，,。；□]{2,12}/;
/**
 * A description by a copula (session 18): 公共交通是展示城市文明形象的重要窗口 / 图书馆是开展全民阅读的主阵地 — the clause says what
 * its subject is, a verb inside the 的-phrase after 是 / 成为 / 属于 names its use, nothing done. 于是 / 特别是 / 还是 … are
 * no copula; 了 in the clause tells a deed.
 */
const COPULA_DESCRIPTION =
  /^(?![^，,。；]*(?<![为除])了(?!解))([^，,。；]{1,14}?)(?<![其尤别要而或还正不总就凡于但可只也都更若倒硬像算真则即乃便才又先求])(?:是|成为|属于)(?!否)(?:一个|一项|一种|一处|一支|一座|一扇|一面|一条|一块)?([^，,。；]{2,24}的[\u4e00-\u9fff]{1,10})$/;
/**
 * review18: no description — an enumerator or a discourse word before 是 (一是建立…的排查机制 / 三是组织…开展每月一次的抽检 /
 * 其次是…) lists a deed, it describes no subject; and a first or only one (我局是全县第一个推行“首问负责制”的单位 / 率先 / 最早)
 * claims the deed done.
 */
const ENUMERATOR_SUBJECT =
  /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:[一二三四五六七八九十]{1,2}|首先|其次|再次|再者|最后|另外|此外|同时|重点|关键|核心|一方面|另一方面)$/;
const FIRST_DEED = /第一[个家批]|首[个家批]|率先|最早|最先|唯一/;
/**
 * review18, session 19: the unit named as the agent of the 的-phrase's verb (这是我局今年新建的城市书房 / 这是我们去年改造的
 * 口袋公园) tells its deed in a copula: the thing it built or set up, no description.
 */
const OWN_AGENT = '(?:我|本)(?:局|院|馆|所|校|中心|单位|们|站|队|办|委|镇|乡|街道|社区|村|公司|行)|(?:局|院|馆|所|校|中心|镇|村)里';
const OWN_DEED_OF = new RegExp(`(?:${OWN_AGENT})[^，,。；的]{0,8}?(新建|改建|扩建|建成|修建|打造|设立|开设|改造|增设|安装|配备|开通|组建|创办)的([^，,。；]{2,12})$`);
/** What such a deed built: a thing or a facility (城市书房 / 口袋公园 / 志愿服务站), not a field of work (…的难点 / …的重点). */
const BUILT_THING = /[房屋室馆园场站所厅廊亭吧岗驿台栏道路桥厕]$/;
function copulaDescription(clause: string): boolean {
  const m = COPULA_DESCRIPTION.exec(clause);
  return m !== null && !ENUMERATOR_SUBJECT.test(m[1]!) && !FIRST_DEED.test(m[2]!) && !OWN_DEED_OF.test(m[2]!);
}
/** A copula before a name in the same clause: the name is the predicate of a description (…是…“里子”工程). */
const COPULA_BEFORE = /(?:是|为|属于|成为|作为)[^，,。；]{0,14}$/;

/**
 * Aspect (session 17): a project told by its plan — its planned investment or area, its contents, the task the unit carries,
 * its progress as a state (计划总投资192万元 / 建设内容包括… / 承担口袋公园建设任务3处 / 形象进度40% / 处于施工阶段) — or a verb
 * under 计划 (今年计划改造巷道11条) says what is to be built, not what was done: each part of a sentence holding one is
 * blanked, unless it tells the deed done (已 / 了 / 累计 / 完成 / 建成).
 */
const PROJECT_PLAN = /计划(?:总)?投资|设计(?:总)?(?:面积|规模)|(?:建设|改造|整治|项目)内容(?:包括|为|主要(?:有|包括)|有)|(?:承担|负责)[^，,。；]{0,12}?(?:建设|改造|实施)?任务|形象进度|处于[^，,。；]{0,6}阶段|(?:今年|年内|本年度?)?计划(?=[^，,。；]{0,2}(?:新建|改建|改造|建设|修建|安装|实施|开展|完成|建成|打造|设置|增设|铺设|更换|硬化|绿化|亮化))/;
const PLAN_DONE = /(?<![为除])了(?!解)|已经|(?<![而])已(?!于|在|有|满)|累计|完成|建成|竣工|投入使用/;
function maskProjectPlan(text: string): string {
  if (!PROJECT_PLAN.test(text)) return text;
  return restartParts(text)
    .map((part) => (PROJECT_PLAN.test(part) && !PLAN_DONE.test(part) ? part.replace(/[^，,。；;：:\s]/g, '□') : part))
    .join('');
}

/**
 * Session 20 (the told account after a script or an agreement): an event told held on a day past — 活动于5月20日早高峰在城区主要
 * 路口举行 / 诵读会于7月1日下午在局会议室举行 / 启动仪式于6月18日上午举行 — is the unit's deed done, its subject the event
 * itself (no body named before it). 拟于 / 将于 / 定于 / 计划于 … are the future (the plan's, not this).
 */
// Session 28 (quiz28): a contest's or a test's stage told on its dates without 于 (线上初赛5月10日至20日在…公众号进行) is held too.
const EVENT_HELD =
  /^(?:本次|此次|这次|该|当天的?)?[^，,。；□]{0,12}?(?:活动|仪式|展演|展示|演出|晚会|(?<!推进|动员|部署|调度|工作|协调|联席|专题|座谈|碰头|办公|党组|务|例|议)会|赛|讲座|演练|典礼|宣讲|培训|展览|集市|义诊|游园)(?:于|(?<=赛|测试|考试))(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?[^，,。；□]{0,20}?(?:举行|举办|召开|开展|进行)(?!前)/;

/** What will happen at an event announced (届时 / …，将…): the sentence speaks of the event to come. */
const EVENT_ANNOUNCED = /届时|[，,；;]\s*(?:还|也|并)?将(?=[\u4e00-\u9fff])(?![^，,。；]*了)/;
const EVENT_DONE = /(?<![为除])了(?!解)|(?<!而)已(?!在|有|将|拟)|顺利|圆满|成功/;

/** A clause of a noun phrase closed by the adjectives of a place's condition (…大厅干净温馨 / 楼道宽敞明亮 / 街面整洁有序). */
const STATE_WORD = '(?:干净|整洁|温馨|宽敞|明亮|舒适|有序|美观|安静|通畅|畅通|亮堂|清爽|漂亮|靓丽|优美|敞亮|洁净|卫生)';
// review20: a state word after a verb taking it as its object (打扫卫生 / 搞卫生 / 保持整洁) is the deed's object, no place's condition.
const PLACE_STATE = new RegExp(`^[\\u4e00-\\u9fff]{2,14}?(?<![了过着]|打扫|清扫|搞|讲|保持|维护|做好|注意|清理|整治)${STATE_WORD}(?:[、和又]?${STATE_WORD})?[。！]?$`);

/** A thing built or put up, counted, with a one-character verb (建了一处充电棚 / 装了两盏路灯 / 摆上板凳). */
// Session 59 (set 54's 39111): 覆盖 / 涵盖 N个 (a network covering 186 villages) is no 盖 built.
const BUILT_ONE = /(?:建|修|(?<![覆涵])盖|搭|装|挖|砌)了?[一二两三四五六七八九十\d]+(?:\.\d+)?万?\s*(?:处|座|个|间|条|口|盏|台|块|套)(?:[^，,。；□]{2,10}|(?<=(?:已经?|了)[^，,。；□]{0,12})$)|摆上[^，,。；□]{1,4}(?:板凳|桌椅|凳子|座椅|摊位)/;

/** Services delivered to people, concrete without a verb: 为环卫工人免费体检、送戏下乡、延长服务2小时. */
/**
 * Session 24 (measures24): a selection told as done — a verb of selecting with what it chose counted (评定五星级文明户126户 /
 * 评选出最美家庭10户 / 经推荐、评审，评出优秀志愿者20名): the unit's measure (the rulings: a selection told as done is one; a
 * shortlist published without it is none). Not a rule's quota (每年评选…不超过10户 / 名额) nor a selection to come (拟 / 将 are
 * masked before).
 */
const SELECTED = /(?:评定|评选出|评出|选出|推选出|遴选出|评审出|认定|命名)(?:了|出)?[^，,。；□]{0,20}?[\d一二两三四五六七八九十百]+\s*(?:户|家|名|个|人|支|所|位|对|项|处)/;
const SELECTION_RULE = /每(?:年|季度?|月|届|批|次)|名额|不超过|原则上|最多|至多|拟|将|计划|按照?[^，,。；]{0,6}比例/;
/** A quota's words inside what is selected (评定…不超过10户 / 每村评出1户) and after its count (10户以内). */
const QUOTA = /每(?:年|季度?|月|届|批|次|村|社区|乡镇?)|名额|不超过|不多于|原则上|最多|至多/;
const QUOTA_AFTER = /^\s*(?:以内|以下|为限)/;
const SERVICE = /延时开放|延长开放时间|延长(?:服务|营业|办公|办事)(?:时间|时长)?[^，,。；]{0,2}\d+(?:\.\d+)?\s*(?:个)?(?:小时|分钟)|错时开放|延时服务|免费体检|健康体检|义诊|义剪|送医送药|送戏下乡|送(文化|书|法|科技|温暖)下乡|上门服务|入户走访|结对帮扶|一对一帮扶/;

/** 对 + object + 进行 + action: the object comes first. */
// Session 57 (set 52's 38130): upkeep done on a thing (对桥孔进行清淤 / 对桥面坑槽进行修补 / 对松动护栏进行紧固).
const ONTO = /对([^，,。；□]{2,20}?)(?:进行|开展|实施|实行|予以)[^，,。；□]{0,6}?(复核|抽核|核实|化验|取样|采样|抽检|抽查|抽测|核对|暗访|督导|察看|查看|考察|评审|清理|整治|检查|巡查|排查|摸排|督查|整改|拆除|处罚|查处|清运|维修|改造|核查|清查|盘点|培训|劝导|教育|约谈|清扫|消杀|灭蟑|灭鼠|灭蚊|灭蝇|喷洒|走访|慰问|帮扶|救助|评估|检测|监测|体检|修缮|更换|回访|清淤|疏通|修补|紧固|加固|清洗|消毒|修复|封闭|保养)/;

/**
 * Session 23 (scoring23): a department examining, scoring or ranking those under it (its 股室, 中队, 下属单位, the 乡镇 on its
 * task, the firms it supervises) is its measure — the examination held is the deed (对全镇16个村人居环境整治情况进行了月度考核 /
 * 对9个供电所优质服务进行暗访考核 / 对全园15个班级保教工作进行了考评). The object may be long (whose work, on what); the unit
 * itself as the object (对我局进行了考核) is an examination of the unit by another, no deed of its own.
 */
const EXAMINED = /对(?![我本该])([^，,。；□]{2,40}?)(?:进行|开展|实施|组织)了?[^，,。；□]{0,8}?(考核|考评|测评|评比|评分|打分|评定|排名)/;

/** 对 + object + one by one + action: 对辖区32家网吧逐一检查 (no 进行 between). Session 46 (set 41): or anew (对村集体门面房租赁合同重新梳理). */
// Session 56 (train 37601, once 民兵组织 was a body's name): 点验 / 摸底 too, over a longer list of places (对城关镇、柳林镇…等12个乡镇
// （街道）和4家企业民兵组织逐一点验).
const ONE_BY_ONE = /(?<!(?:未|没|没有|没人|无人|不))对([^，,。；□]{2,40}?)(?:逐一|逐个|逐家|逐户|逐台|逐辆|逐栋|逐座|逐处|逐项|逐份|挨家挨户|挨个|分批|集中|重新|全面)(?:对标|对照)?(清理|整治|检查|巡查|排查|摸排|整改|拆除|查处|清运|维修|改造|劝导|约谈|清扫|消杀|走访|慰问|帮扶|评估|检测|检定|核对|核查|监测|体检|修缮|更换|回访|梳理|点验|摸底)/;

// Session 29 (shape29): a contest's or an event's organising committee (竞赛组委会 / 筹委会 / 筹备组) set up with its head is the
// leading group by another name (the standard: setting up the leading group is no measure).
const LEADING_GROUP = /领导小组|工作专班|专班|指挥部|工作小组|组委会|组织委员会|筹委会|筹备(?:工作)?(?:领导)?小?组/;
// Session 41 (set 36): where a group's office sits (办公室设在种植业股): who is in charge (主体责任), no deed — the office's name
// may hold a verb (种植业股).
const OFFICE_SEAT = /^[^，,。；]{0,12}?办公室(?:就)?设(?:在|于)/;

/** A role followed by 负责 / 牵头 / 主抓: an assignment of responsibility (中心主任负责技术指导), not an action done. */
const RESPONSIBLE = /^[^，,。；]{0,24}(?:长|主任|书记|负责人|专干|组长|队长|主席|经理|委员|主管|总监)[^，,。；]{0,3}?(?:负责|牵头|主抓|分管|统筹|具体抓|总负责|负总责)/;

/**
 * Whoever the subject, a clause whose verb is being in charge (陈静负责调解卷宗的制作和归档 / 所长对全镇排查调处
 * 工作负总责 / 对理论宣讲负直接责任 / 教研室主任具体组织宣讲员) assigns responsibility; 负责组织开展了… (done, 了) or a
 * stated frequency is still work done.
 */
const IN_CHARGE = /^[^，,。；了]{0,30}?(?:负责|负总责|总负责|具体抓|主抓|负(?:直接|主要|领导|全面)责任|具体组织|主持[^，,。；]{0,8}工作)(?![人同制任的地])(?![^，,。；]*(?:了|过|每(?:天|日|周|月|季|年)))/;

/**
 * Session 45: a dated register row whose item cell names a check of a thing (4月3日｜刘庄村｜村务公开栏检查｜…). ROW_NOT_OURS: the row as
 * written tells it planned or not held, or another team checking (…｜计划开展 / …｜县纪委督查组检查): no check of the unit's told.
 */
const ROW_NOT_OURS = /计划|拟|待|未开展|未检查|督查组|检查组|考核组|暗访组|工作组/;
const DATED_CHECK_ROW =
  /^\s*(?:\d{4}[年.\-/])?\d{1,2}(?:月\d{1,2}日?|[.\-/]\d{1,2})\s*[｜|][^｜|]{1,20}[｜|]\s*([\u4e00-\u9fff、]{2,14}(?:检查|督查|巡查|抽查|核查|排查|复查|审计|检测|抽检))\s*[｜|]/;
/** Session 59 (set 54's 39545): a dated row whose second cell is a self-check (12月12日｜项目部自查｜实名制考勤｜…), its item after it. */
const DATED_SELF_ROW = /^\s*(?:\d{4}[年.\-/])?\d{1,2}(?:月\d{1,2}日?|[.\-/]\d{1,2})\s*[｜|]\s*([^｜|]{2,10}?(?:自查|自检))\s*[｜|]\s*([^｜|]{2,20}?)\s*[｜|]/;
/** Session 52: a dated row of four cells or more closing on the unit's order (责令… / 限期… / 下达… / 约谈… / 现场指导…). */
const DATED_ORDER_ROW =
  /^\s*(?:\d{4}[年.\-/])?\d{1,2}(?:月\d{1,2}日?|[.\-/]\d{1,2})\s*(?:[｜|][^｜|]{1,40}){2,5}[｜|]\s*(?:已|均已)?((?:当场|现场)?(?:责令|限期|下达|约谈)[\u4e00-\u9fff\d]{1,12}|现场指导[\u4e00-\u9fff]{1,12})\s*$/;
/** As ROW_NOT_OURS, but 待复查 after an order is the follow-up of a check done, no plan. */
const ORDER_ROW_NOT_OURS = /计划|拟|待(?!复查|复核|验收)|未开展|未检查|督查组|检查组|考核组|暗访组|工作组/;
/** A title naming the unit's check or patrol record, not a self-check (自查 / 自检 are the place's own) nor a check the unit underwent
 * (迎接省级督查 / 接受市级执法检查 / 市督查反馈问题整改: the orders in its rows are the examiner's on the unit). */
const CHECK_TITLE = /^(?!.*(?:自查|自检|迎接|接受|反馈|配合|陪同))[^]*(?:检查|巡查|督查|抽查|排查|督导|执法)/;
/** What others were told or asked to do, or what the unit underwent (督促各村清理… / 群众申请办理… / 接受县审计局对我镇…). */
// Session 46: the people served named before it only as those the unit serves (为群众办理优待证320张 is the unit's service); doing it
// themselves (居民通过自助终端办理… / 群众申请…) is theirs.
const SERVED_BY_OTHERS = /督促|要求|责令|通知|申请|接受|配合|协助|各村|自助|(?<![为帮替给代])(?:群众|村民|居民|企业)/;
/** Session 46 (set 41): a notice or a table posted on its day (第一季度财务公开表于4月8日上墙 / 评议结果于5月6日张榜公示): published, told done. */
// Session 47 (the review of session 46): or at a place named after the day (…结果于4月8日在县政府网站公开 / …名单于5月6日在村务公开栏张贴).
const POSTED_ON_DAY = /(?:表|栏|榜|公告|通知|名单|结果|账目|清单)[^，,。；□]{0,4}?于\d{1,2}月\d{1,2}日(?:在[^，,。；□]{2,12}?)?(?:张贴)?(?:上墙|张榜|公示|公开|张贴)/;
/**
 * Session 46 (set 41): talks held with those the unit oversees, counted (对…书记提醒谈话15人次、诫勉谈话3人 / 约谈企业负责人6人), and
 * problems or cases it made public, counted (在“清风清河”公众号通报典型问题3起): the unit's own deeds, told done. Not undergone,
 * attended or received (被约谈 / 参加…约谈 / 受到批评教育 / 收到上级通报: read on the clause before, where they are called).
 */
const TALKED_COUNTED =
  /(?<![被受])(?:提醒谈话|诫勉谈话|谈心谈话|警示谈话|约谈|集体约谈|批评教育)(?:了)?[^，,。；□]{0,8}?[\d一二两三四五六七八九十百]+\s*(?:余|多)?\s*(?:人次|人|名|家|次)/;
const PUBLISHED_COUNTED = /(?<![被受])(?:通报|曝光|公开通报|点名通报)(?:了)?(?:典型)?(?:问题|案例|案件|违纪问题)[\d一二两三四五六七八九十百]+\s*(?:余|多)?\s*(?:起|个|件|例)/;
/**
 * Session 46 (probes for the 12345 register kind): tickets the unit handled, counted (签收办理工单1260件 / 办结热线工单86件), and a consultation
 * on hard cases held (召开疑难工单会商会2次): the unit's handling told done. Tickets only received or logged (受理 / 登记 / 转办) are
 * office routine (maskReceived).
 */
const TICKETS_HANDLED =
  /(?<![待未需])(?:签收办理|办理(?!中)|办结|处置|处理(?!中))(?:了)?[^，,。；□]{0,6}?(?:工单|诉求件|来电诉求|热线诉求)[\d一二两三四五六七八九十百千]+\s*(?:余|多)?\s*(?:件|单|个)|召开(?![^，,。；□]{0,12}?的)[^，,。；□]{0,12}?(?:会商会|会商会议)[\d一二两三四五六七八九十]+\s*次/;
/** Session 46 (set 41): an on-site visit to learn held by the unit (5月组织乡镇分管领导…到大李庄村、后营村现场观摩). */
const VISIT_TO_LEARN = /组织(?!的)[^，,。；□]{1,30}?(?:现场观摩|观摩学习|参观学习|实地观摩)/;
/** Session 45: services counted, told done (办理优待证320张 / 代办残疾人证12本). */
const SERVICE_COUNTED =
  /(?:办理|代办|发放|换发|补办|制发)(?:了)?[^，,。；□]{0,8}?(?:证|卡)[\d一二两三四五六七八九十百千]+(?:余|多)?(?:张|本|个|份)/;
/** Session 45: the unit's audit or clearing of accounts and contracts (对村级账务进行专项审计 / 清理村集体经济合同68份). */
const AUDITED =
  /(?:对[^，,。；□]{2,16}?(?:进行|开展)(?:了)?(?:专项|全面|年度|离任|经济责任)?(?:审计|清查|清产核资)|清理(?:了)?[^，,。；□]{0,10}?(?:合同|账目|账户|资产|债权|债务|欠款)[\d一二两三四五六七八九十百千]+(?:余|多)?(?:份|个|笔|项|万元|元))/;
/** Session 45: a visit to work on or hear the parties at their homes (调解员上门做双方工作 / 到当事人家中了解情况). */
const HOME_VISIT =
  /(?:(?:上门|入户|登门)(?:做|开展)[^，,。；□]{0,6}?工作|到[^，,。；□]{1,8}?家中?(?:了解情况|做[^，,。；□]{0,6}?工作|调查|核实|走访))/;
/** Session 45 (set 40): after a visitor's clause, a count alone, at most five characters before its figure (…，检测点10个 / …，抽查岗位6个). */
const COUNT_ONLY = /^[\u4e00-\u9fff]{0,5}?[\d一二两三四五六七八九十百]+(?:\.\d+)?\s*(?:余|多)?\s*(?:个|家|处|人|人次|次|份|名|户|台|套|点)[，,。；]?$/;
/** After a clause blanked as another's: a count of things only, no deed of its own (检测点10个; not 核查问题12个 / 走访农户30户). */
// Session 59 (set 54's 39131): or tests counted in a clause with no subject of its own (县水质检测中心自行到水厂采样检测，共检测水样298份):
// the testing body's tests, after its clause blanked (a monitoring body's, MONITOR_CLAUSE) or told done on its own (自行, testing).
const TESTS_COUNTED_ON = /^(?:共|累计|先后|合计|并|还|又|已)?(?:采样|检测|监测|抽检|化验|检验)了?[^，,。；□]{0,10}?[\d一二两三四五六七八九十百]/;
/** The testing words a clause of another's own (自行) must hold for TESTS_COUNTED_ON to carry its subject on. */
const TESTING = /采样|检测|监测|抽检|化验|检验/;
/** Session 60: money (资金 / 补贴 / 奖扶金 …) paid to its people (发放到人 / 到户 / 到位 / 到账). */
const FUNDS_PAID = /^[^，,。；由]{0,10}?(?:资金|补贴|补助|奖扶金|扶助金|救助金|工资|款项|贴息)(?:已|均已|全部|均|按时|足额|及时|准确|、)*(?:发放|拨付|兑付|支付|兑现)(?:到位|到人|到户|到账|到卡)/;
/** Session 59 (set 54's 39134): a clause opening with 涉及 (what papers or cases cover). */
const INVOLVING = /^(?:共|其中|主要|分别|均)?涉及/;
/** Session 59 (set 54's 39131): a body by its kind's word alone, doing the work itself (中心自行… / 公司自主…). */
const BARE_BODY_SELF = /^(中心|公司|站|所|厂|院|队)(?:自行|自主)(?!车)/;
const THINGS_COUNTED =
  /^(?!.*(?:核查|走访|抽查|检查|排查|培训|发放|清理|整改|处理|办理|调解|巡查|督查|指导|宣传|慰问|开展|组织|劝导|维修|安装|清运|拆除))[\u4e00-\u9fff]{0,3}?[\d一二两三四五六七八九十百]+(?:\.\d+)?\s*(?:余|多)?\s*(?:个|家|处|份|台|套|点)[，,。；]?$/;
/**
 * Session 45 (set 40): an event of a kind held on its day at a place named (4月27日在县工业园区开展宣传咨询 / 于5月9日在城关社区举办了
 * 义诊): told done on a day and at a place, it is no stock phrase even with a bare object; a plan's dates (计划 / 拟 / 将) are cut before,
 * and a yearly date (每年4月27日…) is refused where it is read.
 */
const DATED_EVENT =
  /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[^，,。；]{0,12}?在[^，,。；]{2,16}?(?:开展|举办|举行|组织)(?:了)?[^，,。；]{0,6}?(?:宣传|咨询|义诊|培训|演练|检查|巡查|讲座|宣讲|活动|集中行动)/;

/** An event held on its day at its place, not a yearly or a planned date. */
const datedEventHeld = (clause: string): boolean => DATED_EVENT.test(clause) && !/每年|每月|每季|每逢|定于|将于|拟于/.test(clause);

/**
 * Another body as the clause's subject (session 13: the unit is the actor): a superior (市商务局在三季度开展了
 * 专项检查 / 省厅组织…) or an inspecting team or its feedback (测评组反馈… / 督查通报指出… / 县文明办测评反馈…).
 * 配合市商务局开展检查 is the unit acting: the body must open the clause.
 * 检查组 / 巡查组 are as often the unit's own teams (检查组对辖区45家餐饮单位进行了检查 / 巡查组累计巡查1840公里):
 * only the inspecting kinds a superior sends (测评组、督查组、督导组、考核组、巡察组 …) open another body's clause.
 * Session 19 (a 宣讲稿 quoting the centre): the national tier opening a clause (习近平总书记在浙江工作时开创了…“浦江经验” /
 * 党中央部署开展… / 国务院办公厅印发…) is a superior acting too, whatever it did.
 */
const OTHERS_ACTING =
  /^(?:\d{4}年度?[，,]?)?(?:[一二三四五六七八九十\d]{1,2}月(?:份|底|初|中旬)?|今年|上半年|下半年|年初)?(?:市|省|州|自治区|上级|国家)[^，,。；]{0,12}?(?:委员会|委|局|办|厅|部|政府|中心|组|院)(?:在|于|对|来|到|组织|开展|举办|召开|下发|印发|检查|督查|暗访|测评|反馈|通报|指出|评比|派出|抽查)|^(?:(?:县|市|省)[^，,。；]{0,8}?(?:办|局|委|部|厅|政府))?(?:测评|督查|考核|巡察|督导)(?:组|中|通报)?(?:反馈|发现|指出|通报|认为)|^(?:测评|督查|督导|考核|暗访|评估|验收|专家|巡察)组|^(?:习近平|总书记|党中央|中共中央|国务院|中央(?!厨房|空调|公园|大街|广场|商场))/;

/**
 * Voice (session 16): a county office whose business is inspecting others (县委督查室 / 县政府督查室 / 县考核办 / 县委巡察办)
 * opening a clause inspects the unit: its visit, check or feedback (县委督查室会同县文明办对政务服务中心开展了暗访) is not
 * the unit's measure — unless the report is that office's own (its title names it).
 */
const INSPECTING_OFFICE = /^(?:[一二三四五六七八九十\d]{1,2}月(?:份|底|初|中旬)?|今年|上半年|下半年|年初|近期|日前)?(?:县委|县政府|县人大|县政协|县纪委|县)?[^，,。；配协陪随向我本和与同跟]{0,6}?(督查室|督查办|督导办|考核办|巡察办|效能办|督查局|督查组|督导组|暗访组|考核组)(?=会同|联合|在|于|对|来|到|组织|开展|检查|督查|督导|暗访|回访|反馈|通报|抽查)/;
/** The unit's own inspecting office or team (局督查室 / 局机关督查室 / 中心效能办 / 局督查组): the unit inspecting its own parts acts (review). */
const OWN_OFFICE = /(?:^|[月年初期前])(?:局|局机关|机关|院|中心|所|站|公司|集团)(?:督查室|督查办|督导办|考核办|巡察办|效能办|督查组|督导组|暗访组|考核组)$/;
function inspectedBy(clause: string, title: string): boolean {
  const m = INSPECTING_OFFICE.exec(clause);
  return m !== null && !title.includes(m[1]) && !OWN_OFFICE.test(m[0].replace(/^(?:上半年|下半年)/, '年'));
}

/**
 * A line keyed as a problem (问题一：… / 问题三（举一反三）：…) states what is wrong, up to a key of what was done about it
 * (整改措施：/ 整改情况：) in the same sentence (session 16, 整改报告 to a 问题清单).
 */
// …or up to a clause telling what was done about it (，已增设保洁岗2个 / ，经整改，已联合…开展…: review, session 16).
// Session 47 (train 15704, 15718): a numbered problem whose value opens with the fix done (问题1：联系厂家当天更换取号机主板… under
// 整改情况) keys the fix, not the problem.
const PROBLEM_KEY = /^\s*(?:问题[一二三四五六七八九十\d]{1,3}(?:[（(][^）)]{0,10}[）)])?(?=[：:]\s*(?!联系|更换|增设|补印|补充|清理|维修|修复|拆除|设置|张贴|已|立即|当即|我局|我单位|针对))|问题表现|存在问题|主要问题|问题描述)[：:][^]*?(?=(?:整改|措施|做法|情况)[^，,。；：:]{0,4}[：:]|[，,；;]\s*(?:(?:经过?整改|整改后|对此|为此|针对[^，,。；]{1,12})[，,]?\s*)?(?:已经?|现已|目前已|均已|立即|随即|当即|及时)|$)/;

/**
 * A picture's caption in a before/after pair (图1整治前交叉口 / 图2整治后交叉口) shows a place at a time, and a line keyed as the
 * state before the work (整治前：… / 改造前：…) tells what was wrong (as 问题N：): no deed of the unit's (session 17, after the
 * generalisation check: 整治前后对比 reports).
 */
const BEFORE_AFTER_CAPTION = /^\s*(?:图|照片|图片)\s*[\d一二三四五六七八九十]{1,3}\s*[：:．.、]?\s*(?:整治|改造|整改|治理|提升|修缮)[前后](?![^，,。；]*了)/;
const BEFORE_KEY = /^\s*[^，,。；：:]{0,10}?(?:整治|改造|整改|治理|提升|修缮)前\s*[：:]/;

/**
 * A picture's caption showing a place (图1：便民服务中心办证区一角 / 图为县城夜景) depicts where, not a deed (session 16); one
 * showing a place as work made it (改造后的…全景 / 新建的…一角) still tells the work.
 */
const PLACE_CAPTION = /^\s*(?:图|照片|图片)\s*[\d一二三四五六七八九十]{0,3}\s*[：:．.、]?\s*(?:为)?(?![^，,。；]*(?:后的|新建|新设|新增|改造|建成|修缮|安装|增设))[^，,。；]{2,40}?(?:一角|全景|外景|内景|外观|鸟瞰|俯瞰|远景|近景|夜景|掠影|实景)\s*[。.]?$/;

/**
 * Who is in charge, as the broad test has always refused a whole sentence for it (负总责、具体抓、第一责任人、组长、专班 …): now only
 * the clauses holding these words are dropped from that sentence (session 16), and in such a sentence any clause holding a word of
 * charge (牵头、负责、为成员、兼任、包干 …) is not read either — it assigns work. A sentence without them reads as before.
 */
const IN_CHARGE_WORDS = /领导小组|工作专班|专班|指挥部|工作小组|工作组|负总责|具体抓|第一责任人|责任人|分管(?![^，,。；]{0,6}带队)|亲自抓|组长/;
const RESPONSIBILITY_WORDS = /领导小组|工作专班|专班|指挥部|小组|工作组|办公室|负总责|总负责|具体抓|亲自抓|责任|职责|负责|分管|组长|指挥长|站长|所长|队长|科长|股长|主任|牵头|成员|股室|科室|兼任|担任|包干|包片|包保|包联|召集人|配合|分工|范围|重点|[由为]主/;

/** Verbs of visiting people, and the people visited named by who they are (session 13). */
const VISIT = /^(?:走访|回访|探访|看望|家访|慰问)$/;
const VISITED = /^了?[^，,。；□]{0,10}?(?:信访人|当事人|模范|好人|老人|老年人|儿童|学生|家长|群众|居民|村民|家庭|户|对象|企业|商户|店主|职工|患者|病人|老兵|军属|烈属|人员|志愿者|残疾人|困难户|孤寡|留守)/;

/** A 市 body opening a clause (OTHERS_ACTING's first branch). */
const CITY_BODY = /^(?:\d{4}年度?[，,]?)?(?:[一二三四五六七八九十\d]{1,2}月(?:份|底|初|中旬)?|今年|上半年|下半年|年初)?市/;

/** A class or talk held under a quoted name (每天开十分钟“礼仪小课堂” / 每周开一节“家务课” / 办“四点半课堂”). */
const CLASS_HELD =
  /(?:开|办|上|讲|搞|设|举办|开设|开办)[^，,。；“”□]{0,8}“[^”]{1,16}(?:课堂|讲堂|课|夜校|讲座|沙龙|集市|夜话|故事会|读书会|书场)”/;

/**
 * A duty at a stated frequency, verbless as a 清单式 row writes it: “文明班级”流动红旗 每周评比一次 /
 * 学生干部值勤 每天课间 / 每学期两次讲座 (督查、考核、调度 at a frequency are office wording).
 */
const FREQUENT =
  /(?<!(?:规定|要求|应当|必须|须|应)[^，,。；□]{0,4})每(?:天|日|周|月|季度?|学期|年|半月|两周)[^，,。；□\s]{0,3}?(?:评比|检查|巡查|讲座|上课|授课|走访|巡逻|巡诊|义诊|演练|培训|清扫|消杀|值勤|执勤|值守|放映|演出|家访)[^，,。；□]{0,2}?[一二两三四五六\d]+\s*(?:次|场|回|轮|期)|每(?:天|日|周|月|季度?|学期|年)[^，,。；□\s]{0,2}?[一二两三四五六\d]+\s*(?:次|场|期|节)(?:讲座|演练|培训|义诊|巡诊|家访|走访|评比|放映|演出)|(?:值勤|执勤|值守|站岗|护学|巡逻)\s*每(?:天|日|周|月)/;

/**
 * A state, not an action (session 15): a verb of placing, building or equipping in the aspect of having or
 * holding (配有、装着、挂着、摆着、存放着、设有; not 有效、有关、有力) states what a place has; the clause names no work done.
 * 配备了 / 安装了 are done.
 */
export const STATE_CLAUSE = /(?:配|设|装|挂|摆|放|(?<!紧)贴|铺|备|存|停|堆|摆放|存放|张贴|悬挂|安装|配备|设置)(?:有(?!效|关|力|序|限|利|所|点|些|奖|声|偿|机|害|毒|线|轨|形|益|色|味|期|源)|着)/g;

/**
 * The clause's predicate is a state (above). A state inside a modifier of what is acted on (对贴有小广告的墙面进行清理 /
 * 对设有床位的养老机构开展检查: review, session 15) is no predicate; 有 opening a word (发放有奖问答卷 / 安装有声报站系统) is
 * no state.
 */
export function stateClause(clause: string): boolean {
  for (const m of clause.matchAll(STATE_CLAUSE)) {
    const before = clause.slice(0, m.index ?? 0);
    const after = clause.slice((m.index ?? 0) + m[0].length);
    if (/(?:对|把|将|给|针对)[^，,。；;]{0,4}$/.test(before) && /^[^，,。；;的]{0,12}的(?=[\u4e00-\u9fff])/.test(after)) continue;
    return true;
  }
  return false;
}
export { NOMINAL_SUO };

/**
 * An adverb right after a verb (session 15): the verb has no object, it names a field of work that the
 * sentence then says something about (作风建设永远在路上 / 乡村文明建设任重道远 / 垃圾分类工作日益规范).
 */
// Session 37 (set 32): 更有利于 / 更便于 — a judgement of the work (在雨季栽植更有利于苗木成活), no deed told.
export const ADVERB_AFTER = /^(?:更(?:有利于|利于|便于|易于|容易|能够?)|永远|始终|一直|依然|依旧|仍然|总是|正在|越来越|日益|日趋|愈发|愈加|更加|十分|非常|尤其|任重道远|在路上)/;

/**
 * A verb of relation right after a verb (session 18, after the generalisation check): the first verb heads the subject
 * (社会信用体系建设涉及县直32个部门 / 垃圾分类需要全民参与 / 文明创建离不开…), a field of work named, nothing done.
 */
// Session 27 (bins27): a basis right after the verb (南门巷改造依据《…》实施 / 二期改造按照《…》列入计划): the verb names the project,
// the sentence tells what it rests on, not work done.
const RELATION_AFTER = /^(?:涉及|需要|离不开|关系到|关乎|事关|牵涉|依赖|取决于|依据|根据|按照|依照)/;
// Session 30 (review30): what was done is a stock object whenever it is a generic task (任务 / 工作 / 要求 / 目标) closing its clause
// under any qualifier of its source, scope or stage without a figure (上级交办的任务 / 既定的各项任务 / 阶段性任务), not only the
// qualifiers listed before; a figure (完成了30户改造任务) is still a deed.
// Session 35 (review30): but a named piece of work (完成了外墙保温改造工作 / 加装电梯任务) is a deed: the object is generic only
// when a qualifier of source, scope or stage opens it or it is at most two characters (完成了改造任务).
const BASIS_THEN_DONE = /^(?:依据|根据|按照|依照)(?:《[^》]{1,60}》|[^，,。；《》]{1,16})(?:的?(?:要求|规定|部署|安排))?[，,]?\s*(?:已经?|先后|共|累计)?(?:完成|实施|开展|建成|新建|改造|更新|铺设|组织|举办)了(?!(?:(?:各项|相关|有关|既定|全部|全年|年度|上述|以上|这些|本年度|今年|上级|规定|下达|预定|计划|阶段性|常规|日常|重点|各类|一系列|交办|分配|布置)的?[^，,。；《》\d]{0,8}?|[^，,。；《》\d]{0,2}?)(?:任务|工作|要求|目标)(?:[。，,；;]|$))/;

/**
 * An attribution line (session 18, after the generalisation check: 统计分析 / 一图读懂): 数据来源：县住建局城建档案… /
 * 来源：…｜制图：… / 审核：… names who supplied or drew the text, no deed.
 */
// review18: 设计 / 审核 / 编辑 are steps of a project's work too (设计：聘请县规划设计院完成12个小区改造方案设计，组织居民代表评审3次。):
// keyed so, a value running on past a comma tells the step done, a credit names no more than who (审核：宣传科 杜鹃).
const ATTRIBUTION = /^\s*(?:(?:(?:数据|资料|信息|图片|素材)?来源|制图|供稿|撰稿|责任编辑|摄影)\s*[：:]|(?:审核|编辑|设计)\s*[：:][^，,；;]*$)/;

/** A working meeting closing the noun phrase after a concrete word (…志愿服务动员会 / …专项整治推进会议). */
const WORK_MEETING_HEAD = /^[^，,。；□表颁]{0,6}?(?:推进会|动员会|部署会|调度会|工作会|例会|现场会|观摩会|会议|动员大会|推进大会|部署大会|工作大会)(?![^，,。；]{0,2}(?:上|后))/;

/** A meeting closing the noun phrase (推进会、动员会、部署会 …): what comes before it is the meeting's matter. */
const MEETING_HEAD = /^[^，,。；□]{0,6}?(?:推进会|动员会|部署会|调度会|工作会|会议|大会|例会|现场会|观摩会)(?![^，,。；]{0,2}(?:上|后))/;


/** 党组织、团组织、社会组织: 组织 as part of a body's name. */
// Review 56a: 民兵组织 too (加强民兵组织建设和军事训练, once 训练 was a generic object).
const BODY_BEFORE = /(?:党|团|基层|社会|群团|自治|经济|合作|村级|社区|行业|民兵)$/;

/** 建成于2012年 / 始建于上世纪: when a place was built, not something done. */
const BUILT_WHEN = /^(?:于|在)?\s*(?:\d{2,4}|[一二两三四五六七八九〇零]{2,4})\s*年(?:代)?(?![^，,。；]{0,10}(?:月|开展|组织|举办))|^于(?:上世纪|本世纪|清代|明代|民国|建国)/;

/** What follows a concrete word when an office object is the head: 志愿服务工作台账、志愿服务制度. */
const OFFICE_HEAD = new RegExp(`^(?:工作|项目)?(?:${OFFICE})`);


/** The verb is part of the name of a body (城乡建设局、志愿服务联合会), not an action. */
const BODY_NAME = /^(局|部(?![署分门位队])|委|厅|办(?!理|好|成|起)|院(?!落|子)|公司|集团|协会|学会|联合会|促进会|会(?!议|同|商|演|诊)|大队|中队|支队)/;

/**
 * Office management wording (issue 11, judgement call of session 7): a 机制、制度、台账、清单、
 * 管理 … set up counts as a measure only when it names a concrete thing (门店巡查制度、摊位积分管理、
 * 独居老人健康档案) or carries a quoted name (“红黑榜”通报); 建立问题清单、实行销号管理、建立定期
 * 调度机制 name nothing done.
 */
function namedMechanism(middle: string): boolean {
  const q = /“([^”]{2,20})”/.exec(middle);
  return (q !== null && namedQuote(q[1])) || namesThing(middle);
}

function specific(middle: string): boolean {
  return middle.replace(FILLER, '').replace(/[^\u4e00-\u9fff]/g, '').length >= 2;
}

/**
 * Sentences that are no measure of the unit's: others organising themselves (家长自发组织了“护苗队”),
 * stock opening a sentence (合作社现有社员312户，种植水稻8600亩: what it has, not what it did), and a
 * part of the unit described by what it has, with a bare 设 (门诊部设挂号收费窗口14个 / 大厅设综合窗口8个;
 * 在广场设置宣传点 and 增设 are work done).
 * Session 25 (precision25): a batch of the unit's own programme (前两批已建成城市书房6处) dates the building as 今年 does, and a
 * count of this round (本次共有17家组织申报) is the event's, not what exists.
 */
const NOT_OURS = /自发|(?:自行|自己)(?:组织|组建|成立|组了)|^(?![^，,。；]*(?:今年|全年|年内|本年|当年|[一二三四五六七八九十\d]+月|(?:前|首|第)[一二两三四五\d]?批))[^，,。；]{0,16}(?:已建成|已经建成|已建有|累计建成|先后建成|历年建成)[^，,。；]{1,14}?[\d一二两三四五六七八九十]+\s*(?:个|处|座|间|条|所|家|公里|千米|米|套|栋|幢)|^[^，,。；在对为向给到]{0,12}(?:部|科|室|中心|股|院|所|站|队|大厅|馆|局|办)(?:内|里|共|现|目前|下|内部)?设(?![置立计备施])[^，,。；]{1,14}?[\d一二两三四五六七八九十]+\s*(?:个|处|间|名|张|台|条)(?=[，,。；]|$)|^(?:据(?:了解|统计|调查|摸排|初步统计)|经(?:统计|摸排|调查|核实)|目前|截至[^，,。；]{1,10})?[，,]?[^，,。；]{0,16}(?<!本次|此次|这次|本轮|本届|本期)(?:现有|共有|拥有|建有|共设|现设|设有|辖区内?有|全(?:县|镇|乡|市|区|村|街道)(?:共|现|目前|已)?有|全(?:县|镇|乡|市|区)(?:共|现|目前)?设(?![置立计备施]))[^，,。；]{0,12}[\d一二两三四五六七八九十]/;

/**
 * Where a run-on sentence turns to a new matter (a clerk's whole paragraph as one sentence: 所里由所长
 * 负总责，副所长具体抓，今年重点搞了“一村一辅警”…): a clause opening with a time (今年、3月份起、
 * 春节前), an enumerator (一是、其次) or 同时/此外/另外. Each part is judged as a sentence, so stock
 * or a responsibility line in one part does not silence a measure in another.
 */
const RESTART = /[，,；;：:](?=\s*(?:今年|去年|年初|年中|年底|全年|当年|近年来|入夏|入冬|汛前|汛期|暑假|寒假|开学|春节|节前|节后|[春夏秋冬]季|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|初|中|底|上旬|中旬|下旬)?(?:起|开始|以来|期间|前后|里|中|初|底|，|,)|(?:从|自)[^，,。；]{1,8}(?:起|开始|以来)|[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十]|同时|此外|另外|另一方面))/g;

export function restartParts(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(RESTART)) {
    const at = (m.index ?? 0) + 1;
    if (at - from >= 4) {
      parts.push(text.slice(from, at));
      from = at;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * A row of an activity table flattened into text (序号 活动名称 时间 [地点] 参与人数 → 1 亲子共读 3月 120人次,
 * or cells split by ｜ / |; the spaces between CJK and digits are gone after normalizeText): an activity named, with when it was held and who came, is a named activity
 * held (issue 11: "a named activity"), session 12. The name must say what was done, not only a kind.
 */
const TABLE_ROW =
  /^(?:\d{1,3}[\s｜|、.]*)?([\u4e00-\u9fff“”"《》·]{3,20})[\s｜|]*(?:(?:19|20)\d{2}[年.\-/])?\d{1,2}(?:月(?:\d{1,2}日)?(?:[-—至~]\d{1,2}日?)?|[.\-/]\d{1,2})(?:[\s｜|]*[^\s｜|\d，,。；]{1,20})?[\s｜|]*(?:约|共)?\d+\s*(?:人次|人|名|场|次|户)[\s｜|]*$/;
/**
 * Session 39 (set 34): a register row opening with its day, its next cell naming an event by its kind (升旗仪式 / 避险课 / 讲座 / 演练 /
 * 参观… / 团日): the event held that day (the label standard: a named activity). Not a row that tells it to come, put off or undone.
 */
// Session 40 (set 35): or in the cell after a place's (2月26日｜乡政府院内｜风力灭火机操作训练｜参加28人), and a drill's words (训练 /
// 拉动 / 演习); a row telling a party's own deed (自发 / 自行) is theirs (EVENT_NOT_HELD).
const DATED_EVENT_ROW =
  /^\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*[｜|]\s*(?:[^｜|。；]{1,16}[｜|]\s*)?([^｜|。；]{0,24}?(?:仪式|升旗|讲座|课|演练|参观|观摩|宣讲会?|比赛|竞赛|展览|义诊|团日|晚会|演出|培训班?|知识竞答|开放日|训练|拉动|演习)(?:[（(][^）)｜|]{1,16}[）)])?)\s*[｜|][^｜|]+[｜|]?/;
const EXAMINER_ROW = /^[^｜|]{0,16}[｜|]\s*(?:省|市|州|县(?![^｜|]{0,8}(?:我|本)))[^｜|]{0,12}?(?:抽查组|检查组|督查组|督导组|考核组|暗访组|验收组|评估组|复核组|测评组)\s*[｜|]/;
const CHECKED_US = /(?:^|[｜|])[^｜|]{0,8}?(?:抽查|检查|督查|督导|暗访|考核|验收|评估|核查|复核|测评|巡查)(?:了)?(?:我|本)(?:县|市|乡|镇|局|校|院|所|站|中心|单位|村|社区|街道|公司)/;
const EVENT_NOT_HELD = /拟|计划|待|未|取消|推迟|暂停|延期|改期|没有|自发|自行|自主/;
/**
 * Session 54 (set 49's 36819, 36827, 36833): a register row whose place cell says in brackets whose deed it was (…｜城西花园人防车库
 * （物业巡查）｜… / …｜城西小学（学校演练）｜… / …｜车库通道（县人防办检查）｜…): that party's, not the unit's — unless the party is the
 * unit by its title (ownRowParty).
 */
const BRACKET_DOER_ROW = /^[^｜|]{0,16}[｜|][^｜|]{0,30}?[（(]((?:县|市|省)?[\u4e00-\u9fff]{0,8}?(?:物业|学校|小学|中学|幼儿园|园方|校方|厂方|经营方|企业|公司|厂|业主|房主|商户|村委会?|居委会|产权单位|(?:办|局|委|中心|站|所)(?:[\u4e00-\u9fff]{1,3}[科股室])?))(?:自行|自主)?(?:巡查|检查|抽查|督查|演练|自查|自检|保养|维修|维护|清理|整改|报送|上报|组织|抢修)[）)]/;
const bracketDoerRow = (text: string, title: string): boolean => {
  const m = BRACKET_DOER_ROW.exec(text);
  if (!m) return false;
  const head = title.split('关于')[0] ?? '';
  const party = m[1]!.replace(/^(?:县|市|省)/, '');
  // Review 54a: the unit itself by its own word (我局检查 / 本局抽查), its office (局安全股检查 / 应急局执法股检查 / 镇安办检查), or its
  // tier's station (镇安监站检查 in a town's report); and a row whose later cell tells the unit's own deed (…｜街道当即组织抽排积水).
  if (/^(?:我|本)/.test(party)) return false;
  const office = party.replace(/(?<=[局委办])[\u4e00-\u9fff]{1,4}?[科股室办队]$/, '');
  if (office !== party && (/^[局委]$/.test(office) || inOrder(office, head))) return false;
  if (/^(?:镇|乡|街道)/.test(party) && head.includes(/^(?:镇|乡|街道)/.exec(party)![0]) && !/派出所|司法所|供电所|院|税务|市场监管/.test(party)) return false;
  if (text.split(/[｜|]/).slice(2).some((cell) => /^\s*(?:我|本)/.test(cell) || /^\s*(?:街道|社区|镇|乡|局)(?:当即|立即|及时|随即|当场|随后)?(?:组织|督促|责令|约谈|派员|安排|协调)/.test(cell) && head.includes(/^\s*(街道|社区|镇|乡|局)/.exec(cell)![1]!))) return false;
  return !head.includes(party) && !textNamesUnit(head, { key: party }) && !(/学校|小学|中学/.test(party) && /学校|小学|中学|幼儿园/.test(head)) && !(/物业/.test(party) && /物业/.test(head));
};
const PROJECT_DONE_ROW = /^(?:\d{1,3}[\s｜|、.]*)?([\u4e00-\u9fff“”"《》·]{3,24})[\s｜|]*(?=[^。；]*\d)[^。；]*?(?:已结项|已完成|已结束|已验收|服务完成)\s*$/;
/** Session 28 (dust28): a patrol, a check or a talk and its count (see measureIn). */
// What stands between the verb and its count names what was visited (工地 / 沿街商铺 / 3家…), not a time in it (暗访中 / 检查时 /
// 检查后) nor what was found or reported in it (…通报问题13处 counts problems, not visits).
// Session 58 (set 53's 38736): a warden's 巡护 too (巡护组在…三个片区巡护64次).
const PATROL_COUNTED = /(?:(巡查|巡检|检查|督查|抽查|暗访|巡逻|巡护|巡看|跟踪|抽测|复查|自查)了?(?![中时后前])((?:(?!问题|隐患|通报|发现|反馈|指出|人员|人)[^，,。；□\d一二两三四五六七八九十百]){0,10}?)(?:\d+|[两二三四五六七八九十百]+)\s*[余多]?\s*(?:次|轮|遍|趟)|(?:约谈|约见)了?((?:(?!问题|通报|发现)[^，,。；□\d一二两三四五六七八九十百]){0,10}?)(?:\d+|[两二三四五六七八九十百]+)\s*[余多]?\s*(?:家|户|名|次)|(?:巡田|巡河|巡山|巡林|巡堤|巡线|巡库|巡塘|巡坝)了?(?:\d+|[两二三四五六七八九十百]+)\s*[余多]?\s*(?:次|趟|遍|天))/;
/** Session 41 (set 36): a patrol whose verb names what it walks (巡田55次 / 巡河 / 巡山) is named by itself; session 53 (set 48's 36134): in days too (共巡山172天). */
/** Session 52 (set 47's 36002): a self-check of the unit's own kind counted (网点组织内部自查4次), and things checked in 件 (抽查120件);
 * a check's noun told with its own predicate (检测报告显示4份水样合格 / 检查结果通报 / 检测机构出具) is no check told (set 47's 35945);
 * the same word as the check's object counted (排查单位45家 / 核查记录30份 / 审核报告12份) is. */
/** A bare patrol counted (开展暗访6次 / 共巡查96次) is a stock figure (session 15); a named kind right before it (午餐巡检 / 周末暗访) or what it visited after it names the patrol. */
/**
 * Session 41 (set 36): 例检 / 安检 / 查验 and vehicles counted in 车次 (假期例检车辆860车次).
 * Session 40 (set 35): the unit's check of things told done and counted in things (共检查仓房2栋 / 检查电梯58台 / 抽测物业企业11家 /
 * in a register's row 电子计价秤｜检定68台): its inspection (the rulings: the unit's 检查 / 检定 told as done its measure; the count
 * is data too). What is checked is named (检查3个 names nothing) unless the clause is a row whose cells name it; not a problem found
 * (发现问题6个), not owed, planned or undergone (PATROL_NOT_DONE), and another's check is read before (othersDeedClause, inspectedBy).
 */
// Session 53 (set 48's 36444, 36437): a check's papers filed or passed on (汇总备案检测报告38份 / 报送检测报告9份) are no check of the unit's.
// Review 53a: 备案审查 is a review of its own (司法局备案审查规范性文件12件), not papers filed.
// Session 57 (set 52's 38141): kept or collected too (镇交通管理站全年收存检查和养护记录39份); and a check's records received from a party
// named between (收到广告公司检查记录37份: RECORDS_RECEIVED).
// Session 60 (set 55's 40008, 40015): an audit's and a vetting's verbs (审计 / 比对) and what they count in sheets, entries and people
// (审核单据216张 / 审计离任村干部23人); not a post (巡查员12人).
const CHECKED_THINGS =
  /(?:(?<=备案)(?=审查)|(?<!(?:汇总|备案|收集|接收|归档|收到|收存|留存|收取|收齐|汇集|报送|上报|提交|转交|存档)了?[^，,。；]{0,3}))(?:检查|检定|抽查|抽测|抽检|核查|核对|审核|审查|审计(?![股科局署厅处室])|比对|排查|检测|巡查|督查|复查|清查|例检|安检|查验)了?(?!的|员|(?:报告|结果|数据|记录|机构|公司|单位)(?:显示|表明|证明|反映|通报|出具|认定|判定|确认|提示|发现|称|为|是|中|里|上|共|对|在|于))((?:(?!问题|隐患|发现|反馈|指出|人员|时|中|后|前|组|出)[^，,。；□\d一二两三四五六七八九十百｜|]){0,10}?)(?:\d+|[两二三四五六七八九十百]+)\s*[余多]?\s*(?:台|户|家|个|处|栋|批|辆|座|所|间|部|份|项|头|只|艘|件|张|笔|人|名|家次|户次|辆次|车次|人次)(?![^，,。；]{0,2}(?:以上|左右|次))/;
const RECORDS_RECEIVED = /(?:收到|收存|收取|收集|接收|汇总|汇集|报来|报送|上报|交来|送来)[^，,。；]{0,12}$/;
const PASSIVE_HONOUR = /被[^，,。；]{1,24}?(?:联合|共同)?(?:命名|评为|授予|认定|表彰|列为|确定为)[^，,。；]{0,30}/g;
const BLANKED_CELL = /[｜|]\s*□{2,}\s*(?=[｜|]|$)/;
const BLANKED_TEAM_ROW = /[｜|]\s*□{2,}\s*[｜|]\s*(?:检查组|督查组|抽查组|考核组|暗访组|验收组|评估组|专家组)/;
const PATROL_BARE = /(?:开展|组织|进行|实施|参加|参与|共|累计|先后|了|都|均|各|总|合计|^|[^\u4e00-\u9fff])$/;
/** Session 52: a self-check others were told to hold or held (督促各加油站开展安全自查 / 企业自查): theirs, not the unit's. */
const OTHERS_SELF_CHECK = /督促|要求|指导|引导|通知|责令|动员|各|企业|商户|学校/g;
/** The word names others, not the unit by its kind's word (企业 in a firm's own report, 学校 in a school's). */
const othersSelfCheck = (before: string, title: string): boolean => {
  const head = title.split('关于')[0] ?? '';
  return [...before.matchAll(OTHERS_SELF_CHECK)].some((m) => !(m[0] === '企业' && /公司|企业|集团/.test(head)) && !(m[0] === '学校' && /学校|中学|小学|幼儿园|学院/.test(head)));
};
const PATROL_NOT_DONE = /需|应|须|要|计划|拟|将|力争|争取|不少于|至少|被|接受|迎接|配合|陪同/;
/** Session 28 (dust28): a bracketed list of column names closing a caption (…记录（检查项目｜发现问题｜整改要求｜复查）：). */
// Session 29 (review29): the space after the list bounded (it grew with the square of a long blank run when called directly).
const COLUMN_LIST = /[（(][^（）()，,。；｜|]{1,12}(?:[｜|][^（）()，,。；｜|]{1,12}){2,}[）)]\s{0,8}[：:]?\s{0,8}$/;
const KIND_ONLY = /^(?:活动|会议|培训|宣传|检查|工作|其他|其它|合计|小计|总计|各类活动|宣传活动|志愿服务)$/;

/**
 * An article of a rule text (第四条 诉讼服务中心每月开展一次回访 / 第一章 总则 第二条 …): what the rule
 * prescribes, not work the unit has done (session 15, the unit's own 制度汇编). 第三条，办了啥。 (an
 * enumerator with its comma), 第二条措施 (a list of measures) and 第一条背街小巷 / 第3条公交线路 (things counted: review,
 * session 15) are no article.
 */
const ARTICLE = /^\s*(?:第[一二三四五六七八九十百零〇两\d]+章[^，,。；：:第]{0,12})?第[一二三四五六七八九十百零〇两\d]+条(?![，,、：:．.]|\s*(?:措施|做法|举措|经验|路径|办法是))(?!(?:背街|小巷|巷|街|大街|路|道路|马路|线路|公交|专线|河|渠|沟|步道|绿道|通道|标语|横幅|建议|意见))/;
/** What says, inside an article, that the work was done (自2025年施行以来已开展评比6次 / 去年共评选了…). */
const DONE = /(?<![为除])了(?!解)|已经|(?<![而])已(?!于|在|有|满)|累计|先后|以来|截至|截止/;

/**
 * Mood (session 15): a clause whose predicate is governed by a modal of obligation — 要、必须、务必、应当、
 * 应该, whoever its subject and however long (工地围挡上要设置公益广告 / 维修人员上门必须穿工装) — states a
 * demand or a rule, not work done: blanked from the clause's start (上门 is what the rule is about) to the
 * end of its part of the sentence, as an intention is (要办好家长学校，请专家给家长上课: what follows is demanded
 * too), up to where a run-on sentence turns to a new matter (…要跑十几里，今年开设快递驿站3个: restartParts). 要求、需要、主要、重要、只要、要回 (recovered) are no modal; a short quoted name
 * (“六要”) is a name.
 */
const DEMAND =
  /(?<![主重需只纪提摘概首简必扼险显政次就纲想快紧索讨])要(?![求素点领害紧闻是么件地塞冲职员案道务目诀旨义回来])(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{1,2}的)|必须|务必|应当|应该/;

/** Verbs of telling people what to do: what follows is what they were told. */
const TELLING = /劝导|劝阻|劝说|劝告|提醒|告诉|告知|叮嘱|嘱咐|教育|引导|倡导|倡议|动员|号召|讲解|提示|督促|呼吁/g;

/**
 * The content of a problem named (存在硬化地面、堆放杂物、悬挂广告等现象 / 仍有…等问题): what is wrong, not work done
 * (session 15); blanked from 存在 to the noun naming it. 对存在问题的门店下达整改通知书 keeps its action.
 */
const PROBLEM_CONTENT = /(?:存在|仍有|还有|出现)[^，,。；]{2,40}?等?(?:现象|问题|情况|行为|隐患)/g;

/**
 * The text's own act (session 18): a speaker or writer announcing what the text itself now does — 下面，我讲三点意见 / 我讲几点 /
 * 谈几点体会 / 向大家汇报两个方面 / 现将有关情况报告如下 — performs the speech, it tells no deed of the unit's, in a speech, a
 * 汇报稿, a 心得体会 or a letter alike. Blanked: a verb of saying with the text's own parts (N点 / 几个方面 / 以下 / 如下) as its
 * object. 宣讲三场 / 讲了三堂课 (a talk given, counted in sessions) are no parts of the text.
 */
const OWN_SPEECH =
  /(?<![宣主开演听授巡])(?:讲|谈|说|汇报|报告|介绍|交流|分享|提|强调|通报)(?:一下|一讲|一谈|讲|谈|说)?了?(?:以下|如下|[几两二三四五六七八九十\d]+\s*(?:点|个方面|方面|条|件事|个问题|层意思))(?:意见|看法|体会|认识|建议|要求|想法|感受|感想|情况|心得|内容)?/g;

/**
 * Mood (session 18): what a document or a person requires (方案要求加强领导、狠抓落实，把创文与窗口作风建设紧密结合) is a demand
 * to the end of its part of the sentence, as a modal's is: the shared maskRequirements blanks 要求… to its clause's end only,
 * and the demand's next clause read as work done. It stops at a clause telling a deed (了 / 已 / a count): 局里要求…，共设置
 * 15个 / …，我局组织了… are the unit's. 按照…要求 / 根据…要求 (the unit acting on it) and 要求 closing its clause are no demand.
 */
// review18: 要求 as a noun — after 的 (群众的要求) or the object of 把 / 将 (把节约用餐要求写进…要点) — is what is required, no one requiring.
const REQUIRES = /(?<!的)要求(?![，,。；：:、]|$)/;
/**
 * Session 19 (a 宣讲稿 quoting the centre): 要求 closing its clause is still a demand when a document or a person requires —
 * 国务院办公厅《关于科学绿化的指导意见》要求，走科学、生态、节俭的绿化发展之路 / 总书记要求： — its content follows the comma.
 */
const REQUIRES_THEN = /(?:》|意见|方案|通知|文件|规定|纲要|讲话|指示|批示|总书记|中央|国务院|省委|市委|县委|上级|领导)(?:也|还|明确|进一步|特别|反复|多次)?要求(?=[，,：:]|$)/;
const ACTING_ON_REQUIREMENT = /(?:按照?|遵照|根据|依据|依照|对照|落实|结合|围绕|达到|符合|满足|执行|对标|参照|把|将)[^，,。；]*$/;
const DEED_TOLD = /(?<![为除])了(?!解)|已|累计|先后|[\d一二两三四五六七八九十百]+\s*[余多]?\s*(?:个|处|场|次|期|名|人|户|家|条|块|套|批|项|份)/;

/**
 * review18, session 19: the demand ends at the unit's own next deed in the same sentence. The party the demand is made of
 * does not act on itself: a later clause acting on a party of the same kind — shops (零售户 … 门店), firms (企业 / 单位 /
 * 公司), people (居民 / 村民 / 家长 …) — is the unit's (…，组织专卖人员随机暗访校园周边门店 / …，对未备案企业约谈提醒 /
 * …，并组织设计、施工单位逐小区现场踏勘). What the party is to do to others (要求燃气企业…，对老人独居户重点检查…) runs on.
 */
const PARTY_KINDS = [/零售户|商户|经营户|个体户|门店|店铺|商家|网吧|餐馆|饭店|摊贩|摊主|超市|商超/, /企业|单位|公司|物业|工地/, /居民|村民|市民|群众|家长|业主|驾驶员|司机/];
const ACTED_ON = '(?:对|向|组织|督促|约谈|检查|暗访|抽查|巡查|督查|查处|走访|回访)';
function ownNextDeed(clause: string, demanded: string): boolean {
  const head = demanded.slice(0, 16);
  const kind = PARTY_KINDS.find((k) => k.test(head));
  return kind !== undefined && new RegExp(`${ACTED_ON}[^，,。；]{0,12}?(?:${kind.source})`).test(clause);
}

function maskRequired(text: string): string {
  if (!text.includes('要求')) return text;
  return restartParts(text)
    .map((part) => {
      const cs = [...part.matchAll(/[^，,；;。！？!?：:]+/g)];
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k]!;
        const t = REQUIRES_THEN.exec(c[0]);
        const r = REQUIRES.exec(c[0]) ?? (t ? { index: t.index + t[0].length - 2 } : null);
        if (!r || ACTING_ON_REQUIREMENT.test(c[0].slice(0, r.index))) continue;
        let end = part.length;
        // whom the demand is made of (要求校园周边零售户… / 要求发卡企业…): the first clause after 要求.
        const demanded = (c[0].slice(r.index + 2) || cs[k + 1]?.[0]) ?? '';
        for (let j = k + 1; j < cs.length; j++) {
          if (DEED_TOLD.test(cs[j]![0]) || ownNextDeed(cs[j]![0], demanded)) {
            end = cs[j]!.index ?? part.length;
            break;
          }
        }
        const from = (c.index ?? 0) + r.index;
        return part.slice(0, from) + part.slice(from, end).replace(/[^，,；;。！？!?：:]/g, '□') + part.slice(end);
      }
      return part;
    })
    .join('');
}

function maskDemands(text: string): string {
  text = maskRequired(text);
  if (!/要|必须|务必|应当|应该/.test(text)) return text;
  return restartParts(text)
    .map((part) => {
      for (const c of part.matchAll(/[^，,；;。！？!?：:]+/g)) {
        const quoted = c[0].replace(/“[^“”]{1,12}”/g, '“”');
        const modal = DEMAND.exec(quoted);
        if (!modal) continue;
        // 劝导行人不要闯红灯 / 提醒家长开车不要接打电话: the demand is what the unit told people; telling them is work
        // done (review, session 15). The blank starts after the verb of telling.
        const told = quoted === c[0] ? [...c[0].slice(0, modal.index).matchAll(TELLING)].pop() : undefined;
        const from = (c.index ?? 0) + (told ? (told.index ?? 0) + told[0].length : 0);
        // Session 58 (set 53's 38934): what was told ends where the teller goes on to a deed of its own (…向犬主讲解补免后要佩戴
        // 标识、出门牵绳，并在小区公示栏张贴下次补免时间): the blank stops before 并 / 同时 / 还 opening a clause.
        const goesOn = told ? /[，,](?=并|同时|还|随后)/.exec(part.slice(from)) : null;
        const to = goesOn ? from + goesOn.index + 1 : part.length;
        return part.slice(0, from) + '□'.repeat(to - from) + part.slice(to);
      }
      return part;
    })
    .join('');
}

/**
 * Mood (session 16): 将 right before a verb of doing is the future (（二）将邀请残疾人代表担任体验员 / 将评选表彰优秀志愿者 /
 * 将推动窗口单位配置…): a plan, not work done. 将 before a noun is 把 (将垃圾统一清运 / 将检查结果通报: the verb names a
 * noun there), 即将 / 必将 are the future too; 将近 / 将来 are no verb after it.
 */
const WILL_VERB = new RegExp(
  // Session 25 (service25): an adverb of manner or time between 将 and the verb (我们将立即组织… / 将尽快开展…) is still the future.
  // Session 29 (shape29): an effort adverb (将全力推进… / 将着力打造… / 将攻坚克难、全力推进…) is the future still: an intention.
  `^(?:(?:攻坚克难|迎难而上|锐意进取|真抓实干|多措并举|凝心聚力)[、，,]?)?(?:全力|努力|着力|大力|积极|持续|继续|进一步|不断|坚持)?(?:立即|马上|尽快|迅速|立刻|随即|全面|切实|认真|严格|及时|集中|专门|定期|主动|加快|第一时间)?(?:${VERB.source}|推动|推进|协调|会同|配合|评选|表彰|邀请|完善|健全|加强|强化|深化|探索|启动|督促|要求|引导|选派|抽调|争取|分批|逐步|陆续|适时|重新|统一|联合|牵头|依托|结合|利用|借助)`,
);
/** After the verb, a noun-use: 将检查结果 / 将整治情况 / 将培训内容 are 把 + a noun. */
const VERB_AS_NOUN = /^(?:结果|情况|内容|发现|所需|成果|记录|台账|资料|经费|资金|任务|问题|对象|名单|数据|信息|范围|费用|工作|中|后|时|组|班|队|站|点|员|人员|车|(?:出|起|下|掉|好|来)?的)/;
/**
 * 将 as 把 with a verb heading its object (review, session 16): the verb after 将 only describes the thing disposed of
 * (将走访收集到的意见逐一交办 / 将统一印制的《公约》张贴到楼道 / 将培训课件发放到网格员手中 / 将宣讲视频在电视台播放 /
 * 将排查隐患全部建立台账), and the clause goes on to what was done with it: a verb of putting with its goal, the thing
 * put somewhere, an adverb of disposing (全部 / 逐一 / 逐项), or the perfective 了 (进行了发布) — the future takes none of
 * these (将邀请…担任体验员 / 将评选表彰…示范村 / 将推动…配置…).
 */
const PUT = '(?:张贴|摆放|发放|发送|送|交办|转交|移交|交付|分发|分配|下发|印发|录入|纳入|列入|改建|改造|更换|制成|上传|推送|发布|存档|归档|登记|公示|通报|反馈|播放|安装|投放|悬挂|展示|展出|转办|交)';
const DISPOSED = new RegExp(
  `(?<![为除])了(?!解)|^[^，,。；]{1,12}?(?:全部|逐一|逐项|一并|分别)|^[^，,。；]{0,12}?的[^，,。；]{1,12}?${PUT}|^[^，,。；的]{1,8}?${PUT}(?:到|至|给|进|入|于)|^[^，,。；的]{1,8}?在[^，,。；]{1,12}?(?:滚动|循环|集中)?${PUT}`,
);
function willAt(clause: string): number {
  for (const m of clause.matchAll(/(?<![以])将(?![近来军士领帅])/g)) {
    const after = clause.slice((m.index ?? 0) + 1);
    const v = WILL_VERB.exec(after);
    if (!v) continue;
    // (将在 / 将对 / 将于 … are the shared INTENTION's, which knows 将对联 / 将向阳 as 把.)
    if (VERB_AS_NOUN.test(after.slice(v[0].length))) continue;
    if (DISPOSED.test(after.slice(v[0].length))) continue;
    return m.index ?? 0;
  }
  return -1;
}

/**
 * Mood (session 16): a request to another body (请县融媒体中心开设…专栏 / 请镇里协调县民政局…开展培训 / 恳请县局…) asks for
 * work, the asker has done none: 请 opening its clause, a body after it. 请退休教师讲防诈骗知识 (a person invited) and
 * 请来 / 请到 / 请了 (someone brought in) are work done.
 */
const REQUEST = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*|[一二三四五六七八九十]是)?(?:恳|特|建议|提)?请(?![来到了示假])(?=[^，,。；]{0,4}?(?:县|市|省|镇|乡|街道|上级|有关|相关|各)?[^，,。；]{0,10}?(?:中心|局|委|办|部|院|厅|馆|政府|镇里|乡里|县里|街道|公司|单位|部门|站|所|队|社|台))/;

/**
 * Mood (session 16): what a verb of deliberating takes as its object, when it is itself a verb phrase (研究在无物业片区增设
 * 分类垃圾桶 / 讨论如何开展评比 / 考虑对…进行改造), is a matter considered, not work done. 研究部署 is stock; 专题研究了…工作
 * names no action either way.
 */
const DELIBERATE = new RegExp(`(?:研究|讨论|商议|商讨|谋划|酝酿|考虑|探讨|论证)了?(?=在|对|于|将|把|如何|怎样|怎么|是否|能否|${VERB.source})`);

/** The first place in a clause where its mood turns to the future, a request or a deliberation, or -1. */
/**
 * Someone invited from a body to give a talk or a service (请法院法官给会员企业讲… / 请镇卫生院签约医生定期来巡诊 / 请镇里的
 * 技术员上门指导 / 请文旅部门给驾驶员讲…): a person, an act of giving, or 了 after 请 — the invitation was made, work done.
 */
const INVITED_PERSON = /法官|检察官|老师|教师|同志|民警|警官|交警|医生|医师|护士|村医|技术员|专家|律师|讲师|教授|社工|讲解员|骨干|代表|师傅|工人|干部|人员|志愿者|学者|能手|传承人|演员|艺人|[给为向帮替]|讲|来|了|过/;
/**
 * A request is for work not yet done: the clause counting what was held (请县消防救援大队进校园开展消防演练2场 /
 * 请县人民医院开展义诊3次) tells it happened (review, session 16).
 */
const HELD_COUNT = /[\d一二两三四五六七八九十百]+\s*余?\s*(?:次|场|期|批|轮|堂|课时|人次)/;
function requested(clause: string): boolean {
  return REQUEST.test(clause) && !HELD_COUNT.test(clause) && !INVITED_PERSON.test(clause.replace(/^[^请]*请/, '').replace(/^[^，,。；]*?(?:中心|局|委|办|部|院|厅|馆|政府|镇里|乡里|县里|街道|公司|单位|部门|站|所|队|社|台)/, (m) => m.replace(/[给为向帮替讲来了过]/g, '○')));
}

/**
 * Mood (session 18): 准备 right before a verb of doing is the future as 将 is (中心准备推行“节能随手做”倡议 / 馆里准备推出预约查档和
 * 延时服务): a plan, not work done, in a 心得体会's 接下来 as in a plan. 准备工作 / 做好准备 / 准备了 (prepared: done) are no
 * future.
 */
function prepareAt(clause: string): number {
  for (const m of clause.matchAll(/(?<![做作好了的未没不有])准备(?!工作|了|好|的|阶段|期|金|会|室|间)/g)) {
    const after = clause.slice((m.index ?? 0) + 2);
    const v = WILL_VERB.exec(after);
    if (!v || VERB_AS_NOUN.test(after.slice(v[0].length))) continue;
    return m.index ?? 0;
  }
  return -1;
}

/**
 * Mood (session 18, after the generalisation check: 表彰决定): 决定 before a verb of doing or of conferring (经局党组研究，决定授予
 * …“先进集体”称号 / 决定在全县开展… / 会议决定由…) states a decision — the document's own act or what is to be done — not
 * work done, as 将 does; 决定开展了… / 决定后…组织了… (the perfective after it) tells the deed decided and done.
 */
// review18: …决定对12条背街小巷进行改造，目前已完成8条 / …决定新建停车场一处，已于6月投入使用 / …，截至目前签订责任书2600份: the rest
// of the sentence telling the decision carried out (了 / 已 / 截至 / 累计) makes it a deed done, as 了 after it does.
const DECISION_DONE = /(?<![为除])了(?!解)|已|截至|累计/;
/**
 * Session 30 (review30): the rest of the sentence telling the decided work by its count (…决定4月开展…整治，清理摊点86处): a
 * verb and what it handled counted, in a clause opening with the verb (not an intention, a target or a stock: 计划 / 目标 / 共有),
 * is the decision carried out.
 */
const COUNTED_DONE = /^[，,；;]\s*(?:共|累计|先后|共计)?(?!计划|拟|将|预计|预期|力争|争取|确保|要|准备|打算|目标|任务|涉及|需要|共有|现有|为期|历时|重点|主要|范围|覆盖)(?![^，,。；]{0,6}(?:现有|共有|尚有|存有))[\u4e00-\u9fff]{2}[^，,。；]{0,12}?\d+\s*(?:处|个|家|起|人|次|份|条|件|户|名|场|辆|块|米|平方米|吨|座|所|批)(?![^，,。；]{0,4}(?:以上|左右))/;
/** A practice from a day on (于3月1日起推行… / 自6月起实行…): told of a practice in force. */
const IN_FORCE_FROM = /^(?:于|自|从)[^，,。；]{0,16}?[年月日号]\s*起\s*(?:在[^，,。；]{1,12}?)?(?:推行|实行|施行|执行|实施|启用|开通|开放|运行|试行|全面)/;
function decidedAt(clause: string, rest = ''): number {
  for (const m of clause.matchAll(/(?<![所已的这该此])决定(?!书|权|性|因素|作用|了)/g)) {
    const after = clause.slice((m.index ?? 0) + 2);
    if (/(?<![为除])了(?!解)/.test(after) || DECISION_DONE.test(rest) || COUNTED_DONE.test(rest)) continue;
    // Session 25 (review25): 决定于3月1日起推行… — a practice told from the day it began, in force: no decision still to carry out.
    if (IN_FORCE_FROM.test(after)) continue;
    // Session 29 (shape29): a month or a time to come before the verb (决定8月开展… / 决定下月组织…) is the decision's date: still to do.
    const when = /^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|初|中旬|下旬|上旬|底)?|下(?:个)?月|下周|年内|近期|下半年|暑期|国庆前|节前)(?:起|前)?/.exec(after);
    if (/^(?:授予|给予|追授|命名|予以|对|在|于|从|自|由)/.test(after) || WILL_VERB.test(after) || (when && WILL_VERB.test(after.slice(when[0].length)))) return m.index ?? 0;
  }
  return -1;
}

function moodAt(clause: string, rest = ''): number {
  if (requested(clause)) return 0;
  const deliberate = DELIBERATE.exec(clause);
  // 党组会研究在城东片区增设了3处停放点: the perfective after the matter tells the deed decided and done (review, session 16).
  const done = deliberate !== null && /(?<![为除])了(?!解)/.test(clause.slice(deliberate.index + deliberate[0].length));
  const at = [willAt(clause), prepareAt(clause), decidedAt(clause, rest), deliberate && !done ? deliberate.index : -1].filter((x) => x >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** The sentence with each part blanked from where its mood turns (above) to the part's end, as a demand is. */
function maskMood(text: string): string {
  if (!/将|准备|决定|请|研究|讨论|商议|商讨|谋划|酝酿|考虑|探讨|论证/.test(text)) return text;
  return restartParts(text)
    .map((part) => {
      for (const c of part.matchAll(/[^，,；;。！？!?：:]+/g)) {
        const at = moodAt(c[0].replace(/“[^“”]{1,12}”/g, (q) => '“' + '○'.repeat(q.length - 2) + '”'), part.slice((c.index ?? 0) + c[0].length));
        if (at < 0) continue;
        const from = (c.index ?? 0) + at;
        return part.slice(0, from) + '□'.repeat(part.length - from);
      }
      return part;
    })
    .join('');
}

/**
 * A meeting's own business (session 16, 会议纪要): under a lead of what it decided or demanded (会议议定事项 / 会议议定。 /
 * 会议决定如下： / 会议强调 / 会议要求), the items are decisions and demands — what is to be done — until the next lead or
 * heading. What the meeting heard reported (会议听取的汇报) tells work done and stays evidence.
 */
const MEETING_LEAD = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:(?:本次)?会议|会上)(?:研究|讨论)?(?:议定|决定|商定|确定|明确|要求|强调|部署|提出)(?:了)?(?:的|以下|如下)?(?:事项|意见|几点意见|几点要求|几项工作|要求|工作)?(?:如下)?[。：:]?$|^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:会议)?(?:议定|决定)事项(?:如下)?[。：:]?$/;
/** A run-in lead: a short sentence with no clause mark (汇报情况。 / 会议认为。 / 会议议定。). */
const RUN_IN_LEAD = /^[^，,；;、]{2,16}[。：:]?$/;
/** An item's number (1. / （一） / ① / 一是): an item of the list under the lead, not a new lead. */
const ITEM_NUMBER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．）)]|[①-⑳]|[一二三四五六七八九十]是)/;

/**
 * Where the decisions end (review, session 16): what was done after the meeting (会后，… / 会议结束后，… / 随后，…), and,
 * once numbered items began, the first sentence that is no item — a report quoting a meeting's demands goes on with its
 * own account, not to the next heading.
 */
const AFTER_MEETING = /^(?:会后|会议结束后|会议召开后|散会后)/;

export function meetingDecisions(sentences: { text: string; heading?: boolean }[]): Set<number> {
  const out = new Set<number>();
  let decided = false;
  let items = false;
  sentences.forEach((s, i) => {
    const t = s.text.trim();
    if ((s.heading || RUN_IN_LEAD.test(t)) && !(decided && ITEM_NUMBER.test(t))) {
      decided = MEETING_LEAD.test(t);
      items = false;
      return;
    }
    if (decided && (AFTER_MEETING.test(t) || (items && !ITEM_NUMBER.test(t)))) decided = false;
    if (decided) {
      out.add(i);
      if (ITEM_NUMBER.test(t)) items = true;
    }
  });
  return out;
}

/**
 * Session 20 (a self-criticism's 存在问题 opening with what was done before what fell short): a section of problems holds
 * shortcomings, but a sentence in it telling the unit's deed done — the perfective, a tally, 先后 — is a deed whatever its
 * section (今年春季，我们组织…开展…联合巡查，共巡查商户210家). Its clauses of shortcoming are still none (clause by clause, below),
 * a concession (虽然开展了…，但…) neither. A section of plans stays plans: a deed told done there is the plans' premise.
 */
const TOLD_IN_PROBLEMS = /^\s*(?:今年|去年|今年以来|年初以来|上半年|下半年|[春夏秋冬]季|[一二三四五六七八九十\d]{1,2}月(?:份)?(?:以来|中旬|下旬|上旬|底|初)?)(?:以来)?[，,]?\s*(?:我|本|[^，,。；]{0,8}?(?:局|院|站|中心|委|办|馆|所|队|会|校|处|室))|(?<![为除成])了(?!解)|累计|共[^，,。；]{0,16}?[\d一二两三四五六七八九十百千万]+\s*[余多]?\s*(?:个|名|人|人次|场|次|期|户|家|条|处|份|块|座|批|项|件|册|起|株|所|辆)|先后/;
const CONCESSION = /(?:虽然|虽|尽管|固然)[^，,。；]*|[^，,。；]*(?:，|,)\s*(?:但|但是|然而|可是)[^。；]*/g;

/**
 * Session 24 (measures24): a superior body opening the sentence with the rule it applies and examining (市食安办依据《…考核办法》，
 * 于6月对各县区…进行了考核 / 县…领导小组依据…，于6月对各成员单位…进行了考核): its examination up to the examining verb.
 */
const EXAMINER_OPENS = /^\s*(?:[一二三四五六七八九十\d]{1,2}月(?:份)?[，,]?)?((?:县委|县政府|县|市|省)[^，,。；《]{0,24}?(?:室|办|组|委员会|委|部|指挥部|办公室|局))(?:依据|根据|按照|依照)[^。；]*(?:考核|督查|检查|测评|评议|排名|评比|暗访|抽查|验收)[^，,。；]*/;
/**
 * Review after session 27: the body is the report's own unit under any of its names — its name in the title, a short or full form
 * of the same department (县市场监管局 = 县市场监督管理局: unit-identity.ts, never by substring alone), or the unit's own kind word
 * bare (局检查组 / 本局 in a 局's report: the unit calling itself so).
 */
function ownBody(body: string, title: string): boolean {
  const unit = title.split('关于')[0]!;
  if (unit.length === 0) return false;
  const name = body.replace(/(?:委托的?)?(?:第三方)?(?:检查|督查|考核|测评|暗访)组$/, '');
  const bare = name.replace(/^[本我]/, '');
  if (bare.length === 1 && /[局院校所站馆委办]/.test(bare)) return unit.endsWith(bare);
  if (name.length === 0) return false;
  return unit.includes(name.replace(/^(?:县委|县政府|县|市|省)/, '')) || sameBody(name, unit);
}
/**
 * A shortfall listed with its deduction (东环路汽修店占道修车，扣1分): the clause before 扣N分, from its start (session 25: anchored
 * after a mark, so each run of text is scanned once — linear, not quadratic, in the text).
 */
const DEDUCTED_FOR = /(?<=^|[，,。；;：:])[^，,。；;：:]*[，,]\s*扣(?:减)?\s*[\d.]+\s*分/g;
export const measures: ElementTest = ({ text, role, heading, cityUnit, title }) => {
  const raw = text;
  if (role === 'plans') return null;
  if (role === 'problems') {
    if (heading || !TOLD_IN_PROBLEMS.test(text)) return null;
    text = text.replace(CONCESSION, (m) => '□'.repeat(m.length));
    if (!TOLD_IN_PROBLEMS.test(text)) return null;
  }
  if (isTitleLine(text, heading) || ATTRIBUTION.test(text) || PLACE_CAPTION.test(text) || BEFORE_AFTER_CAPTION.test(text) || BEFORE_KEY.test(text)) return null;
  // Session 25 (review25): a monthly register's row run together (宣讲已开展已开展未开展): the month not begun blanked alone.
  text = blankUndoneMonths(text);
  // Session 46 (set 41): a clause whose predicate was blanked as another party's (城乡道路清扫和垃圾转运□□□…，: 由乡镇自行招标的保洁公司负责
  // blanked before) keeps only its topic, which names no deed of the unit's.
  // The review: not a clause of the unit's own (我 / 本 / 在 / 到 or a verb of its deeds in the topic: 我局在…值守并□□□…).
  text = text.replace(/(^|[，,。；;])([^，,。；;：:□]{1,30})(?=□{4,}(?:[，,。；;]|$))/g, (m, lead: string, topic: string) =>
    /[我本在到]/.test(topic) || new RegExp(VERB.source).test(topic) ? m : lead + '□'.repeat(topic.length));
  // Session 21 (mood21): clauses that claim nothing (没有实施 / 原计划…后因…取消 / 如果…将… / 年底前组织…) are no deed.
  text = maskUnclaimed(text);
  // Session 24 (measures24): 县委督查室依据《…》，于5月对…进行了专项督查考核 — a superior body examining, the subject carried over its
  // 依据 clause: the examiner's act, not the unit's (unless the report is that body's own: its title's unit names it).
  const examiner = EXAMINER_OPENS.exec(text);
  if (examiner && !ownBody(examiner[1]!, title ?? '')) text = '□'.repeat(examiner[0].length) + text.slice(examiner[0].length);
  // Session 26 (pest26): 5月县疾控中心对学校食堂开展监测 — a monitoring body's monitoring is its deed (the rulings: a monitoring
  // reading is data, the monitoring another body's), unless the report is that body's own.
  text = text.replace(MONITOR_CLAUSE, (m, body: string) => (ownBody(body, title ?? '') ? m : '□'.repeat(m.length)));
  text = text.replace(PROJECTS_LISTED, (m) => '□'.repeat(m.length));
  text = text.replace(HIGHER_CHECKS, (m, body: string) => (ownBody(body, title ?? '') ? m : '□'.repeat(m.length)));
  // Session 27 (bins27): a log row's cell naming another body's check (8月12日｜南门投放点｜社区抽检｜准确率81%): the examiner's
  // act (the rulings: a superior's or third party's check of the unit is the examiner's), unless the report is that body's own.
  // Session 41 (set 36): a county's or a city's body named with its check (…｜乡应急物资库｜县应急管理局年度检查｜…).
  text = text.replace(CHECK_BY_OTHER_CELL, (m, body: string | undefined, team: string | undefined) => (ownBody(body ?? team ?? '', title ?? '') ? m : '□'.repeat(m.length)));
  // Session 26 (pest26): duty routine (开展值班 / 周末安排咨询值班 / 接班人员到岗，查看上一班记录 / 交接值班记录本和钥匙 / 值班电话
  // 畅通 / 整理值班记录，已归档) and logging calls (接听电话57个，登记乘客反映12件): the rulings' office routine, no measure; what
  // was done about a call (到场劝阻 / 临时增开窗口1个) is read on.
  // Session 29 (review29): what was logged, then told handled as a whole in the next clause (登记占道经营线索14条，全部到现场处置 /
  // 登记…12件，均已核实处理): the unit's measure on them, read with what it handled (the label standard: things done told done).
  text = text.replace(DUTY_ROUTINE, (m: string, at: number, all: string) => (HANDLED_ALL.test(all.slice(at + m.length)) ? m : '□'.repeat(m.length)));
  // Session 40: an honour given in the passive (被县委宣传部、县委组织部联合命名为“…基地” / 被…共同授予…): the givers' act, a
  // recognition, no deed of the unit (联合 / 共同 before the verb read no deed).
  text = text.replace(PASSIVE_HONOUR, (m) => '□'.repeat(m.length));
  // 东环路汽修店占道修车，扣1分： a deduction's reason is a shortfall found, no deed.
  text = text.replace(DEDUCTED_FOR, (m) => '□'.repeat(m.length));
  // 问题三：大厅“办不成事”反映窗口形同虚设。: what is wrong, up to what was done about it (整改措施：…).
  text = text.replace(PROBLEM_KEY, (m) => '□'.repeat(m.length));
  if (ARTICLE.test(text) && !DONE.test(text)) return null;
  // Session 24 (measures24): a register's row (cells run together) ending in a project's state of nothing done (…招募中 /
  // …待接单 / …未开始): no deed, as element-mood.ts PROJECT_UNDONE for a row split by ｜ (one list: element-project-state.ts;
  // session 25: not a monthly register's row, whose months told done stand before the one not begun).
  if (undoneRow(text)) return null;
  // Session 28 (dust28): 检查记录（检查项目｜发现问题｜整改要求｜复查）： — a caption naming its table's columns in brackets names
  // them, no deed (as a header row does: headerRowOnly).
  text = text.replace(COLUMN_LIST, (m) => '□'.repeat(m.length));
  // Session 40 (set 35): a register row whose party cell is a higher body's examining team (11月18日｜省普查办抽查组｜事后质量抽查｜
  // 抽查我县普查小区8个): the examiner's deed, not the unit's.
  // A row whose cell tells the unit checked (抽查我县普查小区8个 / 检查我局窗口), its examiner blanked as another party before: the same.
  // Session 41 (set 36): a row whose examiner's cell was blanked as another body's check, its next cell telling the team's work
  // (…｜县应急管理局年度检查｜检查组抽查物资12个品种): the examiner's too.
  if (EXAMINER_ROW.test(text) || (/[｜|]/.test(text) && CHECKED_US.test(text)) || BLANKED_TEAM_ROW.test(text)) return null;
  if (bracketDoerRow(text, title ?? '')) return null;
  const row = TABLE_ROW.exec(text);
  if (row && !KIND_ONLY.test(row[1]) && specific(row[1])) return row[0];
  // Session 39 (set 34): a dated register row whose next cell names an event held (3月23日｜“3·23”世界气象日主题升旗仪式｜师生｜…).
  const event = DATED_EVENT_ROW.exec(text);
  // Session 55 (set 50's 37407): not a row a cell of which tells another body ran it (…｜足球训练｜30｜学校组织, othersDeedClause).
  if (event && !EVENT_NOT_HELD.test(text) && !text.includes('□') && othersDeedClause(text, title ?? '') !== 'own') return event[1]!;
  // Session 24 (measures24): a project register's row whose state tells it done (已结项 / 已完成): the service held (the
  // rulings: hours and people served told as done; 招募中 rows are none, element-mood.ts PROJECT_UNDONE).
  const project = PROJECT_DONE_ROW.exec(text);
  if (project && !KIND_ONLY.test(project[1]!) && specific(project[1]!)) return project[1]!;
  // Session 46 (set 41): a served person's own story opening the sentence (退役军人赵某退伍后回到王庄镇，自筹资金办起生态养殖场，…): its
  // clauses are theirs up to one opening with the unit's own word, whatever part of the sentence they fall in (restartParts below).
  if (PERSON_STORY.test(text)) text = blankStory(text, title ?? '');
  // Session 47 (set 42): deeds told as others reported them (据华润燃气公司报送，…) are theirs (element-others-deeds.ts blankReported).
  text = blankReported(text, title ?? '');
  const blanked = markLeaflets(text, maskTitles(text)).replace(OWN_SPEECH, (m) => '□'.repeat(m.length)).replace(VERB_IN_BODY, (m) => '□'.repeat(m.length)).replace(VERB_IN_ROAD, (m) => '○'.repeat(m.length)).replace(PRODUCT_STRENGTH, (m) => '○'.repeat(m.length)).replace(VERB_NOUN, (m) => '○'.repeat(m.length));
  const masked = beforeIntention(maskRequirements(maskMood(maskDemands(maskProjectPlan(blanked))))).replace(PROBLEM_CONTENT, (m) => '□'.repeat(m.length));
  for (const part of restartParts(masked)) {
    const found = measureIn(part, heading === true, cityUnit === true, title ?? '', raw);
    if (found) return found;
  }
  return null;
};

function blankStory(text: string, title: string): string {
  let on = true;
  return text.split(/(?<=[，,；;])/).map((part, k) => {
    if (on && (ownSubject(part, title) || (k > 0 && STORY_ENDS.test(part)))) on = false;
    return on ? part.replace(/[^，,；;。\s]/g, '□') : part;
  }).join('');
}

/**
 * Session 25 (precision25): a verb inside a body's or a post's name (县委组织部 / 宣传科 / 组织委员) names who, not a deed: 依据
 * 县委组织部、县直机关工委《…通知》 organises nothing. 组织部署 / 宣传部分 / 组织科普 / 宣传科学 are the verbs.
 */
const VERB_IN_BODY = /(?:组织|宣传|统战)(?:部(?!署|分)|科(?![普学技研教])|股(?!份)|委员(?!会))/g;

/** Session 26 (pest26): something handed over, forwarded or reported up to another (the rulings: 交接 / 已登记并转报 / 上报 are office routine). */
// Session 27 (bins27): an examiner's form signed for or filed (检查单已签收 / 抽查单物业已签收 / 检查单已登记) is office routine too.
const HANDED_OVER = /[单表](?:[\u4e00-\u9fff]{0,4}?)已(?:签收|签字|登记|存档|归档)(?=[，,。；]|$)|(?:将|把)[^，,。；□]{1,24}?(?:一并|全部|统一|及时)?(?:移交|转交|交接|交给|转报|转送|报送|上报|上交|转给|交由)|(?:登记|受理|签收|记录)(?:后|并|之后)?(?:转报|转交|转办|移交|上报|报送)|(?:登记|受理|签收)[^，,。；□]{1,8}?(?:后|之后)(?:转报|转交|转办|移交|上报|报送|转发)/;

/** Session 26 (pest26): a clause whose subject is a monitoring body (县疾控中心 / 监测站 / 检测中心) monitoring or testing. */
// Session 60 (set 55's 39609): a testing station by its 检验 words too (市种子质量检验站在例行监督抽查中检测…).
// Review 60a: a city's or a province's only (a county's station at its tests is read on: session 58, 县种子质量检验站上半年检测…).
const MONITOR_CLAUSE =
  /(?<=^|[，,。；;：:])\s*(?:[\d一二三四五六七八九十]{1,2}月(?:份|上旬|中旬|下旬|底|初)?|今年|上半年|下半年)?[，,]?\s*((?:省|市|州|县|区)?(?:(?!我|本|联合|会同|协同|配合|邀请|委托|与|和|同)[\u4e00-\u9fff]){0,6}?(?:疾控中心|疾病预防控制中心|监测站|检测站|监测中心|检测中心|检测所)|(?:省|市|州)(?:(?!我|本|联合|会同|协同|配合|邀请|委托|与|和|同)[\u4e00-\u9fff]){0,6}?(?:检验站|检验中心|检验所|质检站|质检中心))(?=[^，,。；;：:]{0,16}?(?:监测|检测|检验|采样|抽检|测定|测得))[^，,。；;：:]*/g;

/**
 * Session 44 (set 39): a provincial or city body opening a clause with its own check of the county (督查期间，市支队还抽查了部分场所的
 * 水质检测记录): the examiner's deed (the rulings: a superior's check of the unit is the examiner's), unless the report is that body's.
 * 市场 / 市民 / 市容 / 市政 open county bodies and words, not a city's.
 */
const HIGHER_CHECKS =
  /(?<=^|[，,。；;：:])\s*((?:省|市(?!场|民|容|政|区)|州)[\u4e00-\u9fff]{0,14}?(?:支队|大队|总队|局|委|厅|中心|督查组|检查组|考核组|暗访组|专家组|工作组))(?:还|也|又|再|先后|分别|随机|重点)?(?:对[^，,。；]{1,16}?)?(?:抽查|检查|督查|督导|暗访|检测|核查|复核|验收|评估|考核)[^，,。；]*/g;
/**
 * Session 44 (set 39): the projects a unit has, listed (在建项目共7个，包括滨河路改造、城北污水管网等工程): stock, what exists, no deed
 * told done — only after a count of projects or works in the sentence.
 */
const PROJECTS_LISTED = /(?<=(?:项目|工程)[^。；]{0,12}?[\d一二三四五六七八九十]+\s*(?:个|项|处)[，,])(?:包括|主要有|含|有)[^。；]{0,40}?等(?:工程|项目)/g;
/** Session 27 (bins27): a body's checker (its 检查组 / a third party it engaged / its 网格员) opening a clause and checking. */
// Review after session 27: those served using what the unit set up for them (设置自助终端供群众自行查询 / 方便居民自行…) are no
// self-organisation: the 供 / 方便 / 便于 / 让 before them makes the clause the unit's provision.
const SELF_ORGANISED = /^(?:(?!供|便于|方便|以便|让|用于|可供|督促|要求|责令|通知)[^，,。；]){0,12}?(?:志愿者|居民|业主|群众|村民|家长|商户|业委会|楼栋长)[^，,。；]{0,4}?(?:自行(?!车)|自发)/;
const OTHER_CHECKER =
  /^\s*(?:本月|本周|上月|[\d一二三四五六七八九十]{1,2}月(?:份|上旬|中旬|下旬)?)?[，,]?\s*((?:县|市|区|镇|乡)?[\u4e00-\u9fff]{0,12}?(?:中心|局|办|委|街道|社区))(?:委托的?)?(?:第三方)?(?:检查组|督查组|考核组|测评组|暗访组|网格员)(?:本月|本周)?[^，,。；]{0,12}?(?:抽检|抽查|检查|暗访|测评|考核|督查)/;

/** Session 27 (bins27): a table cell holding only a body and its check (社区抽检 / 街道检查 / 第三方检查组抽检). */
const CHECK_BY_OTHER_CELL =
  /(?<=[｜|])\s*(?:((?:县|市|区|镇|乡)?[\u4e00-\u9fff]{0,8}?(?:社区|街道|第三方|检查组|督查组|考核组|上级)|(?:县|市|省|州)[\u4e00-\u9fff]{1,10}?(?:局|委|办|中心|队|站|所))(?:年度|专项|联合|季度|汛前|节前|春季|秋季)?(?:抽检|抽查|检查|检测|督查|考核|测评|暗访)|([\u4e00-\u9fff]{0,8}?(?:检查|督查|考核|测评|暗访)组))\s*(?=[｜|]|$)/g;

/**
 * Session 29 (shape29): stock — what a place has, in any register (the standard: stock figures are no measure). A place's equipment
 * told as what it was built with (建馆时已按标准配建无障碍坡道2处 / 自建成起就设有… / 2022年建成时已配建…), a place built in a year
 * gone by, told of itself with no object (新馆于2023年建成开放), what a place has now (现设…窗口9个 / 目前门诊设挂号窗口8个), and
 * things of a kind counted as there (已建成全民健身中心的有9个 / 安装年限超过8年的有61件): the place as it stands, no action taken.
 * A place built or fitted this year, with an object (于3月建成…公园 / 新配备…), is read as before.
 */
/** Session 30 (review30): how far after 目前 a 已 / 了 still tells the setting up done (STOCK_TOLD). */
export const STOCK_NOW_REACH = 48;
/** A clause told as stock (STOCK_TOLD), for the tests of its bounds. */
export const stockTold = (clause: string) => STOCK_TOLD.test(clause);
const STOCK_TOLD = new RegExp(
  [
    // Session 30 (review30): not a place built this year (今年滨河公园建设时同步配建…12处: the equipment fitted in the year's work).
    // Session 35 (review30): unless the year's word tells the place in use or taken over this year (今年仍在使用的… / 今年接收的…小区).
    '(?<!(?:今年|本年度?|年内|今春|今夏|今秋|今冬)(?!仍|还|依然|依旧|继续|正在|在用|接收|接管|移交|交付)[^，,。；]{0,12})(?:建成|建设|建馆|建院|建站|建园|建校|落成|竣工|开馆|开业|装修|新建)(?:时|之时|之初|伊始)',
    '自(?:建成|落成|建馆|开馆|开业|投用|启用|运行)(?:起|以来|之日起)',
    // Session 36 (set 31): equipment there before (食堂原已安装摄像头8个 / 早已配备…) and things registered in an area, counted
    // (城区登记渣土运输企业7家 / 全县在册…): what stands, no action taken this year.
    '(?:原已|原有|早已|此前已|之前已|原先已?|以前已|此前就已)(?:经)?(?:安装|配备|建成|设置|配置|建有|配齐|设有|配建)',
    '^(?:城区|全县|县城|辖区|全镇|全乡|全市|城关|全区)(?:内|范围内)?(?:共|现|目前)?(?:登记|在册|注册|备案)(?:在册|注册|备案)?的?[^，,。；]{1,12}?[\\d一二两三四五六七八九十]+\\s*[余多]?\\s*(?:家|辆|户|个|名|所|处)',
    '^[^，,。；]{0,20}?于?\\d{4}年(?:[^\\d月，,。；]{0,2})?(?:建成|落成|竣工|建设)(?:开放|投用|使用|运行|开馆|开业|并投入使用|投入使用)?$',
    // Session 30 (review30): the look-ahead for 已 / 了 bounded to the match's own reach (目前 + 10 + 设 + 30 + a figure), not the
    // clause's whole length (a long run without marks made it quadratic).
    `(?:目前(?![^，,。；]{0,${STOCK_NOW_REACH}}(?:已|了))[^，,。；]{0,10}?设(?![置计备施立])|现设(?![置计备施]))[^，,。；]{1,30}?[\\d一二两三四五六七八九十]+\\s*(?:个|处|间|名|张|台|条|部)`,
    '(?:建成|建有|配有|设有|安装|配建|使用|建设)[^，,。；]{0,20}?的(?:有|共有|为)[\\d一二两三四五六七八九十]+\\s*[余多]?\\s*(?:个|件|处|座|家|所|台|套|条|部|间)',
    // Session 37 (set 32): every place of a kind told fitted (各社区均已配备网格员 / 各村都建有…): what stands (the rulings: 各乡镇均配备…
    // stock), unless this year's or new.
    '^(?![^，,。；]*(?:今年|本年|年内|新|了))[^，,。；]{0,8}?各[^，,。；]{1,8}?(?:均|都|全部)(?:已经?)?(?:配备|配齐|配有|建有|设有|建立|成立)',
  ].join('|'),
);

/** Session 29 (review29): the clause after a logged count telling all of it handled (全部到现场处置 / 均已核实处理 / 逐一上门查处). */
const HANDLED_ALL = /^[，,]\s*(?:全部|均|逐一|逐条|都|一一)(?:已经?)?(?:及时|当天|当日|当即)?(?:到现场|现场|上门|到场)?(?:核实|核查)?(?:处置|处理|查处|办结|整改|清理|劝离|取缔)/;
/** Session 26 (pest26): a clause or a cell of duty routine or of logging calls (see measures). */
const DUTY_ROUTINE = new RegExp(
  '(?<=^|[，,。；;：:｜|])[^，,。；;：:｜|]*?(?:' +
    [
      '(?:开展|安排|组织|进行|实行)(?:咨询|周末|节假日|全天|日常|夜间)?(?:值班|值守|排班)(?=[，,。；;：:｜|]|$)',
      '交接(?:班|值班|记录)|接班人员|上一班|值班记录|值班人员在岗|(?<!(?:开通|设立|设置|开设|增设|公布|公开)[^，,。；;：:｜|]{0,4})值班电话|抽查电话|已?归档',
      '接听[^，,。；;：:｜|]{0,6}?电话|登记[^，,。；;：:｜|]{0,8}?(?:反映|来电|来访|诉求|咨询|投诉)',
      // Session 28 (dust28): clues and reports others brought, logged or received (登记占道经营线索14条 / 接收数字城管平台推送线索5条 /
      // 登记集镇占道问题6条): the rulings' 受理 / 转交 routine; what was done about them is read on.
      '(?:登记|接收|收到|受理)[^，,。；;：:｜|]{0,12}?(?:线索|举报)|登记[^，,。；;：:｜|]{0,10}?问题(?=[^，,。；;：:｜|]{0,4}?\\d)',
      // Session 36 (set 31): a list or case referred by another body and received (接收县残联转介的康复救助儿童名单152人): routine.
      '(?:接收|收到|接到)[^，,。；;：:｜|]{0,16}?(?:转介|转来|移交|推送|报送|转办)的?[^，,。；;：:｜|]{0,12}?(?:名单|线索|材料|信息|案件)',
      // Session 37 (set 32): a call or a visit logged, the cell or clause ending there (来电求助，已登记｜办公室), and what a monitoring
      // system pushes to the unit (镇里视频监控推送本村烟点 / 卫星遥感监测推送疑似火点): received, no deed of the unit.
      '已(?:经)?登记(?=\\s*(?:[，,。；;：:｜|]|$))',
      // Session 38 (set 33): logged and passed on by the rules (均已登记并按程序转街道综治中心): routine, no deed of the unit.
      '已(?:经)?登记并(?:按程序|按规定|及时)?(?:转|移交|上报|报送|转交)',
      '(?:监控|监测|遥感|平台|系统)[^，,。；;：:｜|]{0,6}?推送(?!的)[^，,。；;：:｜|]{0,8}?(?:烟点|火点|疑似|预警|线索|告警|报警|警情)',
    ].join('|') +
    ')[^，,。；;：:｜|]*',
  'g',
);

/**
 * Session 26 (pest26): a verb inside a road's name (建设路与文化路口东 / 建设大街 / 建设北路) names a place, no deed: a duty roster's
 * post 建设路与文化路口东｜7:00—8:30｜待定 builds nothing. 建设路面 / 建设路网 are the verb.
 */
// Session 54 (set 49's 36637): or an estate's (…｜建设小区｜暖气不热｜… / 建设小区居民): a name, not 建设 building it.
const VERB_IN_ROAD = /建设(?=(?:[东西南北中]?路|大?街|大道|巷)(?![面网基灯况线径头区景角巷心])|(?:小区|花园|新村|家园|社区)(?=[｜|（(，,、]|$|\d|[东西南北]门|居民|业主|物业|小区))/g;

// Session 36 (train): a sentence opening with what an area or a place holds (全镇辖行政村21个…，配备村保洁员126名 / 中心现设立案、
// 诉讼费缴退…等窗口9个，配备工作人员21名) is told as it stands, like one told as of a date.
// Session 38 (set 33): or with what it holds now (目前站内有持证社工5名，设心理咨询室1间).
// Session 49 (set 44's 34536): or a month's date after 截至 (截至2026年6月，全县建成应急避难场所14处: 建成 counted is the stock too).
const AS_OF = /^(?:(?:截至|截止到?|到)[^，,。；]{1,12}?(?:底|末|前|止|为止|目前)[，,]|截至(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?[，,]|(?:目前|现在)[，,](?:全县|全镇|全乡|全区|全市|辖区)(?:内)?(?:共|现)?(?:登记在册|在册|登记|列管|有|共有|现有)|(?:全县|全镇|全乡|全区|全市|全村|辖区|街道辖区|本村|本镇)(?:共|现|目前)?(?:辖|有|共有|现有)|[^，,。；]{2,12}?(?:管辖|辖有)|[^，,。；]{2,12}?(?:现设|现有|共设|目前设有?)|(?:目前|现在)[^，,。；]{0,6}?(?:有|共有|设有?|配有|建有)(?!了|所))/;
// Session 48 (set 43's 33831): 目前，全县登记在册…患者412名，配备精防医生19名 — a sentence told as it stands after 目前 and its comma
// (the alternative after the date's). 33845: under such a sentence, a part counted after 其中 (其中危险性评估3级以上患者31名) is more of
// the stock, unless told done (了 / 已).
const PART_AS_OF = /^其中(?![^，,。；]*(?:了|已|送|随访|救治|帮扶|走访|转介|救助))[^，,。；]{0,24}?[\d一二两三四五六七八九十]+\s*[余多]?\s*(?:名|人|家|个|户|所|处|辆)$/;
/**
 * Session 48 (set 43's 33735): a share of things having something (配备执业药师的药店占比为89% / 安装监控的小区比例达95%): what stands,
 * told by the attribute before 的, no deed — unless the unit's doing is told (SHARE_DONE).
 */
const SHARE_OF = /^[^，,。；]{0,20}?的[^，,。；]{1,10}?(?:占比|比例|比重|所占比例)(?:为|达到?|是|约)?[\d.]+\s*[%％]/;
/** The share told as the unit's doing (我局帮扶安装监控的药店比例达到95%: the review): read on. */
const SHARE_DONE = /我|本局|本所|帮扶|帮助|督促|了|已/;
// Session 58 (train 7858): animals registered as of the date too (截至7月底，城区登记犬只2870只): a register's stock.
const FITTED_AS_OF =
  /^(?![^，,。；]*(?:了|已|新|为|给|帮|向|今年|本年))[^，,。；]{0,14}?(?:配备|配有|设有|建有|建成|安装有?|配置|设(?![置计备施立])|登记(?:在册)?)[^，,。；]{1,16}?[\d一二两三四五六七八九十]+\s*[余多]?\s*(?:套|个|台|处|座|辆|间|部|名|人|只|头)$/;

// Session 41 (set 36): places counted, each holding one (12个乡镇各设代储点1个): what each has, told as it stands, no deed of the unit.
const EACH_HAS = /^[\d一二三四五六七八九十]+个(?:乡镇|镇|乡|村|社区|街道|学校|单位|部门|片区)(?:均|都)?各(?:设|有|建|配|确定|明确)/;

// Session 41 (set 36): a meeting held only to relay or study a document (学期初召开专题会议传达学习县教育局《…通知》): the document's
// deployment (部署文件), no concrete action.
const MEETING_RELAY = /^[^，,。；]{0,12}?召开[^，,。；]{0,10}?(?:会议|会)(?:[，,])?(?:传达学习|学习传达|传达|学习)(?:了)?[^，,。；]{0,80}$/;
// Session 41 (set 36): the unit only cooperating with another's check, or signing its record (管理小组配合检查并在检查记录上签字确认):
// undergone, no deed of the unit (配合县市场监管局开展检查 names the unit acting with another, and is read on).
// Session 56 (set 51's 37945): only signing another's sheet (放映结束后在放映确认单上签字): a receipt, no deed of the unit.
// Review 56a: also a 确认表 / 确认书 / 回执单, signed and stamped (村文书在放映确认单上签字盖章 / 由村干部在确认表上签名).
const SIGNED_SHEET = /^[^，,。；]{0,12}?在[^，,。；]{0,12}?(?:确认单|确认表|确认书|签收单|记录单|记录表|登记表|回执单?|台账)上(?:签字|签名|盖章|签收)(?:盖章|确认)?[。；]?$/;
// Review 56a: a place's age after the verb that built it (建成多年 / 建成已有二十余年 / 铺设年代较早), read on the clause (the broad
// test reads 年代较早 / 多年 as an object).
const AGED_PLACE = /^[^，,。；]{0,16}?(?:建成|建设|修建|铺设|投用|投入使用|兴建)(?:至今|以来)?(?:已(?:经)?(?:有|逾|近|超过)?[\d一二两三四五六七八九十几]+[余多]?年|多年|数十年|几十年|年代(?:较|很|比较)?(?:久远|早)|较早|时间(?:较|很|比较)?(?:长|久|早))(?:之久|以上|有余|了)?[。；]?$/;
const COOPERATED =
  /^[^，,。；]{0,10}?(?:配合|陪同|接受)(?:检查|督查|抽查|核查|暗访|验收|检测|调查)(?:工作)?(?:[，,并]?(?:在[^，,。；]{0,10}?上)?(?:签字|签名|签收|确认|盖章)[^，,。；]{0,4})?$/;

// Session 60 (set 55's 40042): results or lists posted on a board, told with no doer (审计结果和整改情况在村部公开栏张贴): the unit's
// posting (another party's posting is read before, othersDeedClause: 村委会在…公示); not a standing practice (收费标准在…公告栏公开).
const FIELD_DEED =
  /(?:组织[^，,。；□]{0,10}?(?:转移|撤离|暂避|避险|疏散|清运|清理|搬离)|(?:上门|入户)(?:告知|通知|讲解|宣传|核对|核查|查看|送达|发放|复核|核实|抽核|了解|登记)|(?<![所被])(?:查看|检查)[^，,。；□]{0,4}?(?:燃气|电线|线路|消防设施|灭火器|门禁|电梯)[^，,。；□]{0,12}|(?:向|为)[^，,。；□]{1,8}?(?:讲解|宣讲|解读)[^，,。；□]{2,20}?(?:条款|规定|政策|办法)|^[^，,。；□由被]{0,12}?(?:结果|名单|情况|账目|收支|明细|清单)[^，,。；□由被]{0,4}?(?:在|于)[^，,。；□由被]{1,12}?(?:公开栏|公示栏|宣传栏|公告栏|公示牌)上?(?:张贴|公布|公示|张榜))/;

const TOPIC_ONLY = /^\s*对(?!照|标|比|于|应|象|外|付|接|话|此)(?![^，,。；]*(?:了|进行|开展|实施|组织|完成|作出|做出|给予|予以|已|逐一|逐个|全部))[^，,。；]{1,30}?的[\u4e00-\u9fff]{1,8}$/;
function topicOfOthers(rest: string, title: string): boolean {
  if (!/^[，,]/.test(rest)) return false;
  const next = rest.slice(1).split(/[，,。；;]/)[0]!.trim();
  // A clause blanked as another's deed (□□□…) is another's too.
  return /^□/.test(next) || (/^由/.test(next) && !ownSubjectWide(next.slice(1), title)) || othersDeedClause(next, title) !== null;
}
const SELF_DONE = /^[^，,。；□]{0,12}?(?:自行(?!车)|自主(?!创业|就业|择业|品牌|研发)|自发)/;
const ALSO_SUBJECT = /^[\u4e00-\u9fff]{1,6}?也(?!要|将|应|需|须|会|可)/;
const DISPOSED_CELL = /[｜|]\s*((?:当场|现场|立即|随即|当即)(?:劝阻|劝离|制止|没收|下架|收走|暂扣|取缔|拆除|清理|打捞|查扣|封存)[^｜|]{0,10})\s*$/;
/**
 * Session 47 (train 18358, 18371, 18373): a bin-side log's handling cell after a fault found (…｜口罩扔进可回收物桶｜劝导，分拣): the
 * unit's own 劝导 / 分拣 on the spot, told in its own log; not after a cell of nothing found (…｜无｜—).
 */
const SORTED_CELL = /[｜|]\s*([^｜|]{1,30}?)\s*[｜|]\s*((?:已|当场)?(?:劝导|二次分拣|分拣)(?:(?:并|[，,、])\s*(?:二次)?分拣|后重新投放|后投放)?)\s*$/;
const EVENT_COUNTED = /(?:^|[：:；;，,])((?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?)?[^，,。；：:]{0,14}?(?:比赛|竞赛|作品展|书画展|摄影展|健步走|运动会|联欢会|文艺汇演))[，,](?:参加|参赛|参与|展出)[^，,。；]{0,8}?[\d一二三四五六七八九十]+\s*(?:人|名|幅|件|个|支)/;
/**
 * Session 43 (set 38): problems the unit resolved for others, counted (协调解决停车、漏水、电梯维保等问题27个 / 帮助解决实际困难12件):
 * things done, told done; not unresolved (未解决 / 待解决 / 难解决) nor a demand (督促物业解决…, cut before as others' deed).
 */
const RESOLVED_COUNTED =
  /(?<![未没不难待需须要将拟])(?:协调|帮助|帮忙|帮|推动|牵头)?解决(?:了)?[^，,。；□]{0,16}?(?:问题|难题|诉求|纠纷|矛盾|困难|难事)[\d一二三四五六七八九十百]+(?:余|多)?(?:个|件|起|项|条)/;
/** Session 43 (set 38): parties convened by the unit to consult, counted (社区组织业委会、物业和业主代表协商3次 / 组织双方面谈6场次). */
const CONVENED_COUNTED = /(?:组织|召集)[^，,。；□]{1,20}?(?:协商|议事|恳谈|座谈|对接|面谈)[\d一二三四五六七八九十]+\s*(?:次|轮|场次|场)/;
/**
 * Session 44 (set 39): records put in order by the unit, counted (共整理村级档案236卷 / 扫描档案1.2万页): archive work done, as a
 * check counted is. Not what others did (股室 / 科室 / 各单位 / 企业 … before it: their own 整理, the rulings), not what the unit
 * had them do (督促 / 要求 / 指导), nor 接收 / 移交 (taking what others hand over, or handing one's own over).
 */
const ARCHIVED_COUNTED =
  /(?:整理|归档|扫描|装订|编目|著录|修裱|数字化)(?:了)?[^，,。；□]{0,12}?(?:档案|卷宗|案卷|文件|文书|资料|照片)[^，,。；□]{0,4}?[\d一二两三四五六七八九十百千万.]+(?:余|多)?\s*(?:万)?(?:卷|件|盒|册|页|张|份)/;
const ARCHIVED_BY_OTHERS = /股室|科室|各单位|各部门|各村|各乡镇|企业|公司|个人|群众|志愿|督促|要求|指导(?!下)|责令|通知/;
const STILL_CHECKING = /^(?:[^，,。；]{0,12}?(?:目前|现|尚|仍))?正在(?:调查)?(?:核实|核查|调查|了解|研究|协调)(?:处理)?中?$/;

// Session 56: not a working group (领导小组 / 工作小组 / 专项小组 / 督导小组 …: 主体责任's, its meetings no classes).
// Review 56a: nor an overseeing one (督查小组 / 监督小组 / 评估小组 / 考评小组 / 验收小组).
const NAMED_GROUP = /[\u4e00-\u9fff]{2,8}(?:(?<!领导|工作|专项|督导|督查|监督|检查|考核|考评|评估|验收|指导|协调)小组|兴趣班|社团|兴趣组)/;
const GROUP_CLASSES = /(?:上课|授课|开课|开展活动|活动|训练|辅导)\s*[\d一二三四五六七八九十]+\s*(?:次|节|课时|场)/;
/**
 * Session 55 (set 50's 37144): what the county has enrolled, counted (全县纳入自动监控的重点排污单位14家、在线监测设备22套): a stock,
 * not a deed — unless told new or of this year (今年新纳入…5家).
 */
// Review 55b: one numeral before 月 is enough to find a month (a run of digits took a second on 20,000 of them); not after a
// word of the unit acting on them (对 / 将 / 组织 / 督促 …全县纳入…的16家企业开展检查).
const STOCK_ENROLLED = /^(?![^，,。；]*(?:新|今年|本年|年内|[一二三四五六七八九十\d]月))(?:(?!对|将|把|向|为|组织|督促|要求|指导|帮助)[^，,。；]){0,4}全(?:县|镇|乡|市|区|街道)(?:共|现|目前|已)?(?:纳入|列入)[^，,。；]{1,20}?[\d一二两三四五六七八九十]+\s*(?:个|家|处|套|台|户|座|所)/;
function measureIn(masked: string, heading: boolean, cityUnit: boolean, title: string, raw = masked): string | null {
  if (NOT_OURS.test(masked)) return null;
  const broad: string[] = [];
  // The sentence as the broad test reads it, without the clauses that say who is in charge (由店长任第一责任人、质量部具体负责，
  // 推行商品明码标价…): a run-on sentence's responsibility clause does not silence the measure in its next clause (session 16).
  const forBroad = clauses(masked).reduce((t, c) => (IN_CHARGE_WORDS.test(c) ? t.replace(c, '□'.repeat(c.length)) : t), masked);
  const hadCharge = forBroad !== masked;
  // Session 36 (set 31): another party's own deed, a third person acting, who someone is, a named project honoured
  // (element-others-deeds.ts); another party's own deed carries its subject over the next clauses until the unit's own word.
  let othersCarry = false;
  let visitorBefore = false;
  let blankedBefore = false;
  let selfBefore = false;
  let selfTesting = false;
  let eachBefore = false;
  // Session 36 (set 31): a sentence told as of a date (截至6月底，全县在建工地43个，出入口配备车辆冲洗设施52套): equipment counted
  // with no 了 / 已 / 新 and nothing done for anyone is what stands at that date.
  const asOf = AS_OF.test(masked);
  for (const clause of clauses(masked)) {
    const others = othersDeedClause(clause, title);
    if (others !== null) {
      othersCarry = others === 'own' || others === 'third';
      visitorBefore = others === 'visitor';
      continue;
    }
    if (othersCarry && !ownSubject(clause, title)) continue;
    othersCarry = false;
    // Session 60 (set 55's 39616): a clause blanked as another body's work, then how that body went about it (县农产品质量检测中心按其
    // 年度监测任务，由检验员到门店扦样，检测…样品26个): the 由-clause names no one of the unit's, and what it counts after it is the body's.
    if (blankedBefore && /^由/.test(clause) && !ownSubjectWide(clause.slice(1), title)) continue;
    // Session 45 (set 40): a count alone after a visitor's clause or one blanked as another's (县疾控中心来公司开展噪声检测，检测点10个)
    // counts that work.
    if ((visitorBefore && COUNT_ONLY.test(clause)) || (blankedBefore && THINGS_COUNTED.test(clause)) || ((blankedBefore || selfTesting) && TESTS_COUNTED_ON.test(clause))) continue;
    visitorBefore = false;
    // Session 45: a dated register row whose item cell names a check of a thing (4月3日｜刘庄村｜村务公开栏检查｜内容未及时更新): the unit's
    // check of that place on that day (a place's own self-check and a visitor's row were read as theirs above; ROW_NOT_OURS here).
    const checkRow = DATED_CHECK_ROW.exec(clause);
    if (checkRow && !ROW_NOT_OURS.test(raw)) return checkRow[1]!;
    // Session 59 (set 54's 39545): in a place's own record, a dated row whose cell is its own self-check (12月12日｜项目部自查｜实名制考勤｜…):
    // the unit's check of that item on that day (in another's report the place's, read before by othersDeedClause).
    const selfRow = DATED_SELF_ROW.exec(clause);
    if (selfRow && ownSelfCheckCell(selfRow[1]!, title) && specific(selfRow[2]!) && !ROW_NOT_OURS.test(raw)) return selfRow[2]!;
    // Session 52 (set 47's 35643, 35718): in a check's or a patrol's record, a dated row whose closing cell is the unit's order on
    // what it found (…｜检疫证明编号登记不全｜责令补登 / …｜标识不清｜限期整改): the unit's check of that place on that day.
    const orderRow = DATED_ORDER_ROW.exec(clause);
    if (orderRow && CHECK_TITLE.test(title) && !ORDER_ROW_NOT_OURS.test(raw)) return orderRow[1]!;
    // Session 42 (set 37): a clause another party's act blanked (家长们在家中自行订立了…公约, element-parties.ts) and the next one
    // opening with another subject and 也 (学校也结合家长会开展了…): the same kind of deed, also not the unit's.
    if (blankedBefore && ALSO_SUBJECT.test(clause) && !ownSubject(clause, title)) continue;
    // Session 57 (set 52's 38435): a clause of 对 and what it points at, no predicate (对检测认定需维修的设施，由…公司进行维修): the topic
    // of the clause after it, which tells who acted; the verb inside its 的-phrase names the thing.
    // Review 57a: only when the clause after it is another's (由…公司进行维修 / 商户请人…); the unit's own order after it (对排查出的隐患
    // 招牌，我局当场责令拆除) makes the sentence its own.
    if (TOPIC_ONLY.test(clause) && topicOfOthers(masked.slice(masked.indexOf(clause) + clause.length), title)) continue;
    // Session 48 (set 43's 33735): a clause going on with what a party named before did by itself (各药店按要求自行开展质量自查，对近效期
    // 药品自行下架并登记): 自行 / 自主 / 自发 again, with no subject of the unit's own.
    const selfNow = SELF_DONE.test(clause) && !ownSubject(clause, title);
    // Session 57 (set 52's 38508): or the places of a kind named as the subject in the clause before (各学校按照教学安排，在健康教育课中
    // 自行开设…专题课).
    if (selfNow && (selfBefore || eachBefore)) continue;
    // Session 59 (set 54's 39322): or in the same clause (从自查表看，各单位自行配备了加盖专桶), carried on as such a clause is.
    if (selfNow && EACH_SUBJECT.test(clause)) {
      selfBefore = true;
      eachBefore = true;
      selfTesting = TESTING.test(clause);
      continue;
    }
    selfBefore = selfNow;
    selfTesting = selfNow && TESTING.test(clause);
    // Session 59 (set 54's 39131): a body told by its kind's word alone doing the work itself (…由县水质检测中心按协议承担，中心自行到水厂采样
    // 检测): the body named before, not the unit, when the title holds no such word (a 中心's own report says 中心自行… of itself).
    const bareBody = selfNow ? BARE_BODY_SELF.exec(clause) : null;
    if (bareBody && !title.includes(bareBody[1]!)) continue;
    eachBefore = EACH_SUBJECT.test(clause) && !ownSubject(clause, title);
    blankedBefore = /^[□\s]+$/.test(clause);
    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause) || (SHARE_OF.test(clause) && !SHARE_DONE.test(clause))) continue;
    // Session 36 (train): a complaint or case still being looked into (目前正在核实 / 正在调查核实中): nothing done yet.
    if (STILL_CHECKING.test(clause) || COOPERATED.test(clause) || SIGNED_SHEET.test(clause) || AGED_PLACE.test(clause) || MEETING_RELAY.test(clause)) continue;
    if (SHORTCOMING.test(clause) || LEADING_GROUP.test(clause) || OFFICE_SEAT.test(clause)) continue;
    if (STOCK_TOLD.test(clause)) continue;
    // Session 60 (set 55's 39908, 39935): money told paid out to its people, with no payer (奖扶资金按时足额发放到人): what was reached, no deed.
    if (FUNDS_PAID.test(clause) && !ownSubject(clause, title)) continue;
    // Session 59 (set 54's 39134): a clause opening with 涉及 tells what the papers or cases named before cover (…汇总月报6期，涉及公司抢修
    // 主管网漏点34处), no deed of its own.
    if (INVOLVING.test(clause)) continue;
    if (STOCK_ENROLLED.test(clause)) continue;
    // Session 55 (set 50's 37416, 37436): a named group's classes counted (书法小组上课16次 / 负责少年宫科技制作小组，本学期开展活动15次): the
    // group's sessions held, a named activity told done (the group named in the sentence before the count).
    const classes = GROUP_CLASSES.exec(clause);
    // Not others' groups on their own (各校兴趣小组自行开展活动120次).
    if (classes && NAMED_GROUP.test(masked.slice(0, masked.indexOf(clause) + classes.index)) && !/自行|自发|自主|各(?:校|村|社区|学校|单位)/.test(masked.slice(0, masked.indexOf(clause) + classes.index))) return classes[0];
    // Session 37: what stands, stock words of method, duties, a team's make-up, last year's count (element-background.ts).
    if (backgroundClause(clause) && !datedEventHeld(clause)) continue;
    // Session 32: a place described as it stands (位于… / 建筑面积…, then 设…) is fitted, not fitted out this year (element-place-stock.ts).
    if (placeStockClause(masked, clause)) continue;
    // Session 26 (pest26): a handover (已将劝导登记资料一并移交县工信局 / 登记后转报) is office routine: the verbs inside what is handed
    // over name the record, no deed.
    if (HANDED_OVER.test(clause)) continue;
    // 新建道路大多配有盲道 / 柜子里装着学生来信: a clause whose predicate is a state of having or holding says what is, not what was done.
    if (stateClause(clause)) continue;
    // 婚姻登记大厅干净温馨 / 办税大厅宽敞明亮: a place and how it is now — a state reached, no deed; the verb inside the place's name
    // (登记 / 办税) names its use (session 20, review19's 楼道宽敞明亮).
    if (PLACE_STATE.test(clause)) continue;
    // 公共交通是展示城市文明形象的重要窗口: a verb inside the 的-phrase a copula predicates describes what the subject is (session 18).
    if (copulaDescription(clause)) continue;
    // 这是我局今年新建的城市书房: the unit's deed told in a copula, the thing it built named (review18).
    const ownDeed = /(?:是|为)(?!否)[^，,。；]{0,2}/.test(clause) ? OWN_DEED_OF.exec(clause) : null;
    if (ownDeed && (namesThing(ownDeed[2]!) || BUILT_THING.test(ownDeed[2]!))) return ownDeed[0];
    // 县疾控中心主任负责技术指导 / 股长牵头协调: who is responsible for what (主体责任), not an action done.
    // Session 46 (train 31632): unless the clause goes on to a dated event held at a place (股长刘敏负责组织并带队于4月27日在县工业园区开展
    // 宣传咨询): the charge and the event told in one clause, the event the unit's deed.
    if ((RESPONSIBLE.test(clause) || IN_CHARGE.test(clause)) && !datedEventHeld(clause)) continue;
    // 市商务局在三季度开展了专项检查 / 测评组反馈…: another body acting is not the unit's measure.
    // In a county-level city's report, 市城管局在城区开展… is the unit itself (its own 市), not a superior.
    if (OTHERS_ACTING.test(clause) && !(cityUnit && CITY_BODY.test(clause))) continue;
    // 县委督查室会同县文明办对…开展了暗访: an inspecting office inspects the unit (session 16).
    if (inspectedBy(clause, title)) continue;
    // Session 27 (bins27): another body's checker checking (县机关事务服务中心检查组抽检大厅投放点1次 / …委托的第三方检查组到机关大院抽检 /
    // 社区网格员抽查小区投放点2次 in a 物业's report): the examiner's act (the rulings), unless the body is the report's own.
    const checker = OTHER_CHECKER.exec(clause);
    if (checker && !/^(?:本|我|局|院|校|所|站)/.test(checker[1]!) && !ownBody(checker[1]!, title)) continue;
    // Session 27 (bins27): residents or volunteers on their own (业委会志愿者自行在南门投放点值守): others' self-organisation, clause by clause.
    if (SELF_ORGANISED.test(clause) || OTHERS_OWN_ACCORD.test(clause)) continue;
    // Session 25 (service25): broadcasting told as done (累计播放3100余次 / 每天早晚各播放一次 / 推送到沿河32个村): an action.
    const broadcast = broadcastDone(clause);
    if (broadcast) return broadcast;
    // Session 25 (service25): 派单 / 接单 told done (派单263单 / 派单给各镇巡河志愿队 / 接平台派单18单): the unit's measure.
    const order = orderDone(clause);
    if (order) return order;
    // Session 37 (set 32): casework and fieldwork told done (上门接待 / 巡回立案 / 释法说理 / 张贴《…明白纸》 / 每天巡查地块),
    // element-casework.ts.
    const casework = caseworkDone(clause);
    if (casework) return casework;
    // Session 42 (train 20685 / 20723): a dated register row whose handling cell tells the unit's own handling on the spot (…｜7月11日｜
    // 卢小兰｜河边有村民用网捕鱼｜当场劝阻，收走渔网 / …｜销售无中文标签辣条｜当场下架没收，立案调查).
    const disposed = DISPOSED_CELL.exec(clause);
    if (disposed && /\d{1,2}月\d{1,2}日/.test(masked)) return disposed[1]!;
    // The row is another's when a party that sorts on its own behalf is named (物业 / 公司 / 保洁员 / 商户 / 业主): a short list of its
    // own, not the others'-deeds PARTY (session 48's look at session 47's note) — that names 居民 / 村民 too, whom a bin-side log's fault
    // cell names as those at fault, and would take every row.
    const sorted = SORTED_CELL.exec(clause);
    if (sorted && !/^(?:无|没有|未|正常|良好|合格|—|-|／|\/)|正确|[0０零]\s*[起次处件个]|□/.test(sorted[1]!.trim()) && !/物业|公司|保洁员|商户|业主/.test(clause) && /^\s*\d{1,2}月\d{1,2}日/.test(masked) && !ROW_NOT_OURS.test(raw)) return sorted[2]!;
    // Session 42 (train 20945): a contest or a show named with who took part or what it showed, counted (3月女职工插花比赛，参加女职工28人 /
    // “迎新春”书画作品展，展出职工作品42幅): the event held, read on the sentence (its clause and the count's).
    const event = EVENT_COUNTED.exec(masked);
    if (event) return event[1]!;
    const resolved = RESOLVED_COUNTED.exec(clause);
    if (resolved && !/督促|要求|责令|通知/.test(clause.slice(0, resolved.index))) return resolved[0];
    const convened = CONVENED_COUNTED.exec(clause);
    if (convened) return convened[0];
    const talked = TALKED_COUNTED.exec(clause) ?? PUBLISHED_COUNTED.exec(clause) ?? VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause) ?? TICKETS_HANDLED.exec(clause);
    if (talked && !/督促|要求|责令|接受|配合|被|参加|参与|受到|收到|接到|上级/.test(clause.slice(0, talked.index))) return talked[0];
    const served = SERVICE_COUNTED.exec(clause) ?? AUDITED.exec(clause) ?? HOME_VISIT.exec(clause);
    if (served && !SERVED_BY_OTHERS.test(clause.slice(0, served.index)) && !/^对(?:我|本)/.test(served[0])) return served[0];
    const archived = ARCHIVED_COUNTED.exec(clause);
    if (archived && !ARCHIVED_BY_OTHERS.test(clause.slice(0, archived.index))) return archived[0];
    let c = clause.replace(STOCK, (m) => '□'.repeat(m.length));
    // 请退休教师讲防诈骗知识 / 在小区东侧建了一处充电棚: a talk given by someone invited, a thing built and counted.
    // review20 (session 21): an event 于…举行 in a sentence telling what will happen then (…举行，届时将为…颁奖) is announced,
    // not held, unless told done (顺利 / 圆满 / 已 / 了).
    const held = EVENT_HELD.exec(c);
    const announced = held !== null && EVENT_ANNOUNCED.test(masked) && !EVENT_DONE.test(masked);
    const invited = INVITED.exec(c) ?? BUILT_ONE.exec(c) ?? (announced ? null : held);
    if (invited) return invited[0];
    const service = SERVICE.exec(c);
    if (service) return service[0];
    // Session 24 (measures24): a selection told done with what it chose counted (评定五星级文明户126户 / 经评审评出…10名).
    const selected = SELECTED.exec(c);
    // Session 25 (review25): the rule's words may stand before the verb (每年评定…) or in what it selects (评定…不超过10户 /
    // …10户以内): the clause up to the count and just after it.
    if (selected && !SELECTION_RULE.test(c.slice(0, selected.index)) && !QUOTA.test(selected[0]) && !QUOTA_AFTER.test(c.slice(selected.index + selected[0].length))) return selected[0];
    const frequent = FREQUENT.exec(c) ?? CLASS_HELD.exec(c);
    if (frequent) return frequent[0];
    // Session 28 (dust28): the unit's patrol of a named kind or object, or its talks, told done and counted (膳食科午餐巡检58次 /
    // 巡查沿街商铺120次 / 约谈了3家施工单位负责人): its measure (the rulings: the unit's 巡查 / 约谈 its measures); not owed or planned,
    // not undergone; a bare patrol counted (开展暗访6次 / 共巡查96次) stays a stock figure (session 15).
    const patrol = PATROL_COUNTED.exec(c);
    if (patrol && !PATROL_NOT_DONE.test(c.slice(Math.max(0, patrol.index - 12), patrol.index)) && !(patrol[1] === '自查' && othersSelfCheck(c.slice(0, patrol.index), title)) && (patrol[1] === undefined || (patrol[2] ?? '').trim() !== '' || !PATROL_BARE.test(c.slice(0, patrol.index)))) return patrol[0];
    const checked = CHECKED_THINGS.exec(c);
    // A row whose examiner's cell was blanked (5月3日｜服务大厅｜□□□□｜抽查窗口8个: CHECK_BY_OTHER_CELL) counts the examiner's check.
    if (checked && !(/^(?:记录|报告|台账|日志|表|单)/.test(checked[1]!) && RECORDS_RECEIVED.test(c.slice(0, checked.index))) && !PATROL_NOT_DONE.test(c.slice(Math.max(0, checked.index - 12), checked.index)) && (checked[1]!.trim() !== '' || /[｜|]/.test(c.slice(0, checked.index))) && !BLANKED_CELL.test(c)) return checked[0];
    const quoted = QUOTED_CAMPAIGN.exec(c);
    // 背街小巷是群众家门口的“里子”工程: a quoted name after a copula describes what a thing is (session 17), nothing done.
    if (quoted && namedQuote(quoted[1]) && !COPULA_BEFORE.test(c.slice(0, quoted.index))) return quoted[0];
    // 公益广告设置更加规范 / 投诉垃圾清运问题的电话从十几个降到两三个: a clause stating a result names
    // no action by the words of its result; what stands before them may still be one (安装路灯后居民
    // 出行更安全了). A named campaign or service in it counts anyway (“文明餐桌”行动覆盖全县).
    const result = heading ? null : results({ text: clause });
    // 建成口袋公园3个: a facility built is both an outcome and a measure (session 12).
    if (result !== null && !FACILITY_BUILT.test(clause)) {
      // Only an action joined to its result by 后/使/让 (安装路灯后…、清理垃圾使河水变清了); otherwise the
      // words before the result are its subject (乱贴小广告得到遏制、讲排场的少了).
      const cause = /^(.*?[\u4e00-\u9fff]{2}.*?)(?:以后|之后|后|使得|使|让|令)/.exec(c.slice(0, Math.max(0, c.indexOf(result))));
      if (!cause) continue;
      c = cause[1];
    }
    broad.push(c);
    // Session 41 (train): fieldwork told done with what it acts on (社区组织清运 / 组织低洼户到村部暂避 / 村干部上门告知 / 入户核对… /
    // 查看燃气、电线和消防设施 / 向住户讲解…条款): the unit's deed (the label standard: a concrete action). A plan or a demand (要组织… /
    // 计划上门…) is masked before, or stands before it in the clause (发生火情，应立即切断电源、组织疏散); not what was checked (所检查门店的
    // 灭火器…), not a guide's job told (讲解员为游客讲解有关要求).
    const field = FIELD_DEED.exec(c);
    if (field && !/应|要|须|需|若|如果|一旦|拟|将|计划/.test(c.slice(0, field.index))) return field[0];
    // 对违规停放车辆进行集中清理: the object named before the verb.
    const onto = ONTO.exec(c) ?? ONE_BY_ONE.exec(c) ?? EXAMINED.exec(c);
    if (onto && specific(onto[1])) return onto[0];
    for (const v of c.matchAll(VERB)) {
      const rest = c.slice((v.index ?? 0) + v[0].length, (v.index ?? 0) + v[0].length + 40);
      // 所抽查工地围挡完整: 所 + verb is a noun (what was inspected), the clause tells its state.
      if (NOMINAL_SUO.test(c.slice(0, v.index))) continue;
      // 被暂停发放救助金的老人: a verb under 被 in a noun's modifier names what was done to someone (session 17).
      if (/被[^，,。；□]{0,6}$/.test(c.slice(0, v.index)) && /^[^，,。；□]{0,12}的/.test(rest)) continue;
      // 作风建设永远在路上 / 学科建设和人才队伍: a verb followed by an adverb, or by 和/及 and a noun closing the clause, has no object: a field of work named.
      // Session 37: 修缮资金 / 培训市场 / 演出场所 — the verb qualifies the noun after it (element-background.ts).
      if (nounAfterVerb(v[0], rest)) continue;
      if (ADVERB_AFTER.test(rest) || (v.index ?? 0) > 0 && /^[和及][\u4e00-\u9fff]{2,8}$/.test(rest)) continue;
      // 社会信用体系建设涉及县直32个部门: a verb followed by a verb of relation is that verb's subject, a field of work (session 18).
      // Review after session 27: a basis and then the work told done (改造按照《…》完成了… / 依据《…》已实施…) is the work done on
      // that basis; 依据《…》实施 / 按照《…》列入计划 (nothing told done) stays a field named.
      if (RELATION_AFTER.test(rest) && !BASIS_THEN_DONE.test(c.slice((v.index ?? 0) + v[0].length))) continue;
      // 投放的习惯: the verb qualifies a noun (分类投放的习惯逐步养成), nothing done is named.
      // 思想道德建设与社区治理结合起来: the verb ends a noun joined to another (建设与治理), no action.
      // 清运问题的电话: the verb names a kind of problem or state (a noun), not an action.
      if (/^□|^的|^[与同]|^(问题|现象|情况|质量|水平|秩序|难|不|结果|所需|所用|是|仍是|也是|就是|时间|日期|时长|人数)/.test(rest) || /^[^，,。；□]{1,6}?(?:总体|整体|普遍)(?:平稳|稳定|有序|良好|向好|规范|上)/.test(rest) || BODY_NAME.test(rest) || NEGATED.test(c.slice(0, v.index))) continue;
      // 走访道德模范和身边好人 / 电话回访信访人: a visit to people named by who they are is an action on
      // someone (session 13); 走访工作 / 走访情况 name nothing.
      if (VISIT.test(v[0]) && VISITED.test(rest)) return v[0] + VISITED.exec(rest)![0];
      // 列入改造计划的小区43个 / 建设任务: the verb names a plan's kind (a noun), not work done (session 13).
      if (/^(?:计划|方案|任务|目标|名单|范围|清单|指标|规划)/.test(rest)) continue;
      // Session 56 (set 51's 37645): a task handed down (将三季度轮训任务下达县民兵训练基地 / 向各乡镇下达训练任务) is an order to
      // others, none done; an order to put right served on a party (下达整改通知书) stays the unit's.
      if (/^(?:下达|下发)$/.test(v[0]) && (/(?:任务|指标)$/.test(c.slice(0, v.index)) || /^(?:了)?(?:(?!整改)[^，,。；]){0,12}?(?:任务|指标)(?:[，,。；]|$)/.test(rest))) continue;
      // 党组织书记 / 社会组织: 组织 inside the name of a body, not the verb.
      if (v[0] === '组织' && BODY_BEFORE.test(c.slice(0, v.index))) continue;
      // 纳入改造小区17个 / 列入整治的路段: what a list takes in (a noun), not work done.
      if (LISTED.test(c.slice(0, v.index))) continue;
      // 小区建成于2012年: when a place was built (background), not a work done.
      if (BUILT_WHEN.test(rest)) continue;
      // Session 42 (set 37): a state or an appraisal after the verb (element-measure-classes.ts, NOUN_STATE).
      if (NOUN_STATE.test(rest)) continue;
      // Session 42 (train 29737): 提出了加装防火隔板的要求 — the deed named as what a demand or a proposal asks (a noun), none done.
      if (/^[^，,。；□]{0,12}?的(?:要求|建议|意见|整改要求|整改意见)/.test(rest)) continue;
      // 建设了公益性公墓: a facility built, stated in the perfective.
      // (建设了文明城市 is a goal, not a facility: the object must name a place or a team.)
      const facility = /^了([^，,。；□]{1,10}?(点|站|所|室|馆|园|墓|场|厅|屋|角|廊|中心|基地|阵地|平台|队伍|服务队))$/.exec(rest);
      if (/^(建设|建立|设立|组建|创办|打造)$/.test(v[0]) && facility && specific(facility[1])) return v[0] + facility[0];
      // 培训了120名网格员: people trained, counted, are a training held.
      if (/^(培训|辅导|轮训|集训)$/.test(v[0]) && /^了?[\d一二三四五六七八九十两百千万余多]+\s*(名|人|人次|批|期)/.test(rest)) return v[0] + rest.slice(0, 8);
      // 实行每月一次上门巡访: an action with a stated frequency is concrete.
      const often = /^[^，,。；□]{0,8}?每(天|日|周|月|季度?|年|半月|两周)[^，,。；□]{0,3}?[一二两三四五六\d]+(次|轮|遍)[^，,。；□]{2,8}/.exec(rest);
      if (often) return v[0] + often[0];
      const vq = VERB_QUOTED.exec(rest);
      if (vq && namedQuote(vq[1])) return v[0] + vq[0];
      // 建成区面积 is a place and its size, not something built.
      // 贷款发放4.2亿元: a bare sum or count after the verb is a quantity, not a thing done; 发放贷款9.3亿元 /
      // 办理业务1.2万笔 is a lender's or a counter's business volume (stock figures), not a measure (session 13).
      // Session 42: not an abstract object (加装了工作力量: element-classes.test.ts, once 加装 joined the narrow verbs).
      if (PHYSICAL.test(v[0]) && !/^[\d.]/.test(rest) && !/^了?(?:工作|管理|服务)?(?:力量|人手|力度|精力|投入)/.test(rest) && !/^(?:贷款|业务|各类业务)/.test(rest) && !/^(?:工作|任务)?(?:项目|工程)/.test(rest) && !WORK_MEETING_HEAD.test(rest.replace(/^(?:工作|专项)/, '')) && !/^(区|面积|率|规模|总量|股|科|室|办|局|站|所|队|中心|组|情况|的?说明|[^，,]{0,2}(工作|任务)$)/.test(rest) && specific(rest.slice(0, 6))) return v[0] + rest.slice(0, 6);
      // 建设城市书房3处 / 安装路灯120盏: an object counted in units of things built.
      const built = /^[^，,。；□]{2,16}?\d+(?:\.\d+)?\s*[余多]?\s*(处|座|间|块|套|台|盏|棵|株|辆|个|支|公里|千米|米|平方米|亩)/.exec(rest);
      // (实行物业管理的小区118个 counts stock: only a verb of building or setting up counts things built.)
      if (built && (PHYSICAL.test(v[0]) || /^(建设|建立|设立|打造|组建|开辟|建起)$/.test(v[0])) && specific(built[0].replace(/\d.*$/, ''))) return v[0] + built[0];
      // 督促沿街商户落实“门前三包” / 要求各村做好…: urging others to carry something out is a demand on them (session 15).
      if (URGING.test(v[0] + rest)) continue;
      const concrete = CONCRETE.exec(rest);
      // 建立志愿服务工作台账: a concrete word that only qualifies an office object (the head comes last).
      if (concrete && OFFICE_HEAD.test(rest.slice((concrete.index ?? 0) + concrete[0].length))) continue;
      // 召开全县学雷锋志愿服务动员会: a concrete word naming a working meeting's matter; the head is the meeting, the unit's own
      // business (session 16). A meeting that is an event (表彰大会、座谈会、故事会) is not one of these.
      if (concrete && WORK_MEETING_HEAD.test(rest.slice((concrete.index ?? 0) + concrete[0].length))) continue;
      // 开展各项志愿服务: a plural of unnamed kinds names nothing (开展敬老志愿服务 does).
      const before = concrete ? rest.slice(0, concrete.index) : '';
      if (concrete && !before.includes('□') && !/^(各项|各类|各种|多种|多项|多样|系列|一系列|多种形式的?|形式多样的?|丰富多彩的?|相关|有关)$/.test(before)) return v[0] + before + concrete[0];
      // 制度化、机制化 are states, not a 制度 or 机制 set up.
      for (const o of rest.matchAll(new RegExp(`(?:${GENERIC})(?!化)`, 'g'))) {
        const middle = rest.slice(0, o.index);
        if (middle.includes('□')) break;
        // 实行物业管理的小区118个 / 开展巡查的队员: the verb phrase qualifies a noun (a relative clause).
        if (rest[(o.index ?? 0) + o[0].length] === '的') continue;
        // 养老服务工作台账: a generic object followed by another qualifies it; the head comes last.
        if (new RegExp(`^(?:工作)?(?:${GENERIC})`).test(rest.slice((o.index ?? 0) + o[0].length))) continue;
        // 召开…环境整治推进会: a generic object naming a meeting's matter; the head is the meeting (session 15).
        if (MEETING_HEAD.test(rest.slice((o.index ?? 0) + o[0].length))) continue;
        // 建立问题清单 / 实行销号管理: office wording, unless it names a concrete thing.
        if (new RegExp(`^(?:${OFFICE})$`).test(o[0])) {
          if (namedMechanism(middle) || FOR_PEOPLE.test(c.slice(0, v.index))) return v[0] + middle + o[0];
          continue;
        }
        // 组织干部参加各项活动: a plural of unnamed kinds right before the object names nothing.
        if (/(?:各项|各类|各种|相关|有关|多项|多种|一系列|系列|其他|其它)的?$/.test(middle)) continue;
        // 主题教育活动: an earlier generic object names nothing either.
        if (specific(middle.replace(new RegExp(GENERIC, 'g'), ''))) return v[0] + middle + o[0];
      }
    }
  }
  // No phrase of the narrow test: the broad test of verb classes and object classes, on body
  // sentences only (a title 关于……建设的说明 names a topic), never on a clause stating a result.
  if (heading) return null;
  for (const c of broad) {
    if (results({ text: c }) !== null || (hadCharge && RESPONSIBILITY_WORDS.test(c))) continue;
    if (datedEventHeld(c)) return c;
    const found = broadMeasure(c, forBroad);
    if (found) return found;
  }
  return null;
}

/**
 * A bullet mark opening a line (● ▲ ◆ ★ ■ • → √ …): layout, not words. □ is the tests' own blank and is
 * not one.
 */
export const BULLET = /^\s*[●▲◆★■•◇○√→▪►◎☆◼▶▸✓✔➢➤*·\-–—]+\s*/;

/** A count with its unit: a verbless item holding one is a figure (stock or data), left to the other tests. */
const ITEM_COUNT = /[\d一二两三四五六七八九十百千万]+(?:\.\d+)?\s*[余多]?\s*(?:个|名|人|人次|场|次|户|家|所|处|座|支|台|辆|件|起|万|千|%|％|元|份|本|期|天|小时|公里|米|平方米|亩|批|艘|项|条|张)/;

/**
 * An item of an outline under a measures heading (一、做法 / ▲ 举措 then ◆ 老年人绿色通道 + 陪诊服务 / ▲ 招聘会开到
 * 乡镇集市), written without a verb as a 提纲 writes it (session 15): the heading says these are the measures, so
 * an item naming a concrete thing, place, event or people served is one. An item of stock wording (▲ 高位推动 ·
 * 压实责任), of office wording (建立台账 · 问题清单), a figure (→ 下属服务队18支), an outcome, who is in charge or a
 * document names no measure. Only for items of an outline (a bullet opens the line).
 */
export function outlineMeasure(text: string, role?: string): string | null {
  if (role === 'plans' || role === 'problems' || role === 'criteria') return null;
  const item = maskTitles(text.replace(BULLET, ''));
  if (ITEM_COUNT.test(item) || NOT_OURS.test(item) || LEADING_GROUP.test(item) || RESPONSIBLE.test(item) || IN_CHARGE.test(item)) return null;
  if (results({ text: item }) !== null || SHORTCOMING.test(item)) return null;
  const masked = beforeIntention(maskRequirements(maskDemands(maskUnclaimed(item)))).replace(STOCK, (m) => '□'.repeat(m.length));
  for (const part of masked.split(/[，,、：:；;。·•→+＋—\-|｜/\s]+/)) {
    if (part.includes('□') || part.length < 2) continue;
    // ◆ 老年人 / ◆ 困难群众: the people served alone, with no service to them, name no measure (review, session 15).
    if (part.replace(PEOPLE_SERVED_ALL, '').replace(PEOPLE_MODIFIER, '') === '') continue;
    // ▲ 压紧压实各股室责任: the head of a noun phrase comes last; a concrete word only qualifying an abstract head names nothing.
    if (namesThing(part) && !ITEM_ABSTRACT_HEAD.test(part)) return part;
  }
  return null;
}

const PEOPLE_SERVED_ALL = new RegExp(`${PEOPLE_SERVED}|群众|居民|村民|市民|职工|党员|干部`, 'g');
const PEOPLE_MODIFIER = /[的和及与、等]|高龄|农村|城区|城镇|辖区|全县|全镇|全村|广大|重点|特殊|困难|[\d一二三四五六七八九十]+岁以上/g;

/** Abstract heads ending an item's noun phrase (…股室责任、…资源品牌、…工作机制). */
const ITEM_ABSTRACT_HEAD = /(?:责任|机制|制度|体系|氛围|意识|水平|能力|作风|品牌|形象|力度|合力|共识|站位|格局|局面|态势|理念|精神|要求|任务|目标|工作|管理|考核|督导|落实|保障|基础|短板|弱项|重点|特色|成效|效果|实效|建设|发展|方向)$/;
