/**
 * The parties a report speaks of (session 18: one mechanism in place of session 17's element-agent.ts, who acts, and
 * element-about.ts, about whom). The unit's elements come only from what the text asserts about the UNIT — its parts, its
 * staff, its own work — and a measure only from a deed whose agent is the unit. This module names the parties:
 *
 * - the unit: its names from the title (…局关于… / 城西街道…汇报), its signature and the body that opens the narrative
 *   (县人民医院按照…); its own place (清河); a body the unit-identity table reads as the same (县城管局 = 清河县城市管理局);
 *   in a county-level city's report its 市 bodies (cityUnit); in a county's own report its 县 bodies; 镇里 in a 镇's;
 * - its parts and people: 我局 / 局里 / 本中心 / 我们 / 干部职工 / 执法人员 / 专班 …, and its response (随即 / 针对…);
 * - another place: the place or body the title says the unit visited (赴青岚县考察…), 对方 / 该县, and a place named twice
 *   that opens a clause with its deed (望江县推行… / 汉川县对…);
 * - other bodies of the county or above (县住建局组织…), firms and contractors (物业公司 / 施工单位 / 平台企业), the people
 *   who call or complain (来电人 / 投诉人 / 网民), a proposal's author (您 / 代表…建议), a visiting delegation (考察团), a
 *   document as the subject of what it states (《方案》明确：一是…);
 *
 * and reads, for one clause, who it names at its start: who acts (clauseAgent: the unit, another party carried on, or
 * another body for this sentence only) and whom it is about (clauseAbout: another party as its subject, or the unit
 * named). How a reading carries over the clauses, sentences and sections after it, and the masks the elements read, are
 * element-party-masks.ts. These are facts about the text: the same bytes give the same parties.
 */
import { contractFirmActs, delegatedToFirm } from './element-contract-firms.js';
import { sameBody } from './unit-identity.js';

/** A time or a place word opening a clause before its subject (10月中旬， / 今年 / 目前 / 随后). */
// Session 29 (shape29): a time may be framed as a start (自 / 自从 / 从 去年…) and narrowed by a season or a term after its year (今年春季 /
// 去年秋季 / 上学期): the subject still follows it (今年春季县交警大队在…施划停车泊位以后 / 自去年县住建局对…实施改造以后).
const LEAD = '(?:(?:自从|自|从)(?=[^，,。；]{0,6}?(?:年|季|月|学期)))?(?:(?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:至|到|—|－|～)(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|初|中旬|下旬|上旬|底)?|(?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}日)?(?:(?:至|到|—|－|～)(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}日)?)?(?:份|初|中旬|下旬|上旬|底|中)?|(?:(?:今年|去年|前年|\\d{4}年)(?:[春夏秋冬]季|[春秋]季学期|上半年|下半年|暑假|寒假|暑期|汛期|年初|年底)?|[上下本]学期|[春秋]季学期|[春夏秋冬]季|第?[一二三四]季度)(?:以来)?|年初|近年来|近期|目前|当天|次日|随后|同时|此外|另外|其中|[一二三四五六七八九十]是)?[，,]?\\s*';

/** Another place: a place name and its level, not the unit's own (checked against the title) and not a word ending in 区/市. */
const PLACE = /^((?![按依根联通组在对为向给把将从于由与和及同跟经全各本我该城区乡镇村社小大中新老主市县省其这那每已均并还也都又再曾正被让使请团])[\u4e00-\u9fff](?![县区市在对为向给于与和及同到从])[\u4e00-\u9fff])(县|区|市|旗)(?![场民容政级里直貌域内外])/;
const NOT_PLACE = /^(?:开发|示范|风景|居住|核心|建成|商业|工业|保护|试验|功能|高新|经济|老城|新城|主城|中心|城市|农贸|菜|超|城乡|社区|辖区|景区|小区|园区|片区|校区|学区|库区|城区|全县|各县|本县|外县|邻县|郊县|我县|该县|全区|各区|全市|各市|本市|我市|该市|城[东西南北]|[东西南北]城|街区|山区|牧区|矿区|林区|灾区|老区|市区|县区)$/;

/** A word ending in 区/市 (社区、城区、超市 …) read across the place's second character. */
const COMPOUND = /^(?:社区|城区|景区|园区|小区|辖区|片区|街区|山区|校区|矿区|林区|城市|超市|都市|夜市|街市|门市|上市|开市|全市|本市|各市|全县|各县|本县)$/;
/** Two characters that are a verb, not a place's name, before 县/区/市 (会同县… / 执行县… / 邀请县…). */
export const VERB_NOT_PLACE = /^(?:会同|执行|邀请|抄送|落实|结合|贯彻|完成|协调|走进|进入|参加|参与|配合|排名|位列|位居|居全|排全|获评|荣获|成为|建立|覆盖|深入|联合|携手|联系|对接|服务|面向|带动|辐射|推动|争创|创建|打造|助力|支持|协助|陪同|前往|赶赴|报送|上报|报请|提请|请示|呈报|印发|下发|转发|发布|通过|依托|借助|利用|联动|会商|召开|举办|组织|开展|承办|主办|协办|指导|督促|要求|推荐|推选|传达|选派|派驻|选送|列入|纳入|代表|作为|成立|设立|牵头|负责|全力|积极|主动|及时|先后|分别|共同|一起|统一|直接|配套|引进|引导|动员|号召|倡导|围绕|聚焦|立足|着眼|对标|对照|按照|依照|根据|依据|遵照|参照)$/;

/** What follows a place acting: one of its bodies, or a verb or preposition opening its deed (望江县推行… / 汉川县对… / 东平县把…). */
const PLACE_ACTS = /^(?:[\u4e00-\u9fff]{0,8}?(?:局|委|办|政府|中心)|[，,]?(?:对|把|将|在|通过|还|也|从|于|由|先后|积极|大力|坚持|建立|推行|实行|实施|推广|开展|组织|设立|建成|投入|每|的做法|介绍|探索|创新|率先|全面|采取|利用|依托|出台|制定|成立|创新|打造|引入|聘请|实现|按照|结合))/;

/**
 * A body of the county or above, a township, a firm, a delegation: a name ending in a body word. Session 26 (pest26): no body's
 * name holds 委托 / 委派 — 市场委托清河县洁安…公司喷洒… is the market (the unit) contracting, not a body called 市场委 or
 * 市场委托…公司.
 */
// Session 47 (train 18125): a school or a home ends its name too (县老年公寓依据县民政局的通知 is no 局's name).
const BODY = /^((?:省|市|州|县|区)(?:(?!委托|委派)[\u4e00-\u9fff]){0,12}?(?:公寓|学校|小学|中学|幼儿园|局|厅|委员会|委(?![托派])|办公室|办|中心|政府|人大|政协|院|馆|园|联|所|站|支队|大队|队|团委|部|公司|集团|企业|镇|乡|街道|街道办|社区|村委会|居委会|会(?![同议上商])))/;

/** Others by what they are (not by name): people, firms, contractors, a proposal's author, a delegation, a document. */
const OTHERS_SAY =
  /^(?:对方|该(?:县|区|市)|《[^》]{1,40}》(?:中|里|上)?(?:明确|提出|规定|要求|指出|强调|包括|确定|部署|列出|设定|安排))/;
/** A document as the subject of what it states (《方案》明确… / 《测评体系》要求：“…”). */
export const DOCUMENT_SAYS = /^(?:[^，,。；]{0,12}?[，,]?\s*)?《[^》]{1,40}》/;

/** Others acting in the sentence only: a proposal's author, a delegation, complainants, firms and contractors. */
// Session 57 (set 52's 38349): a bureau's 物业管理股 is its own section, no 物业.
const OTHERS_HERE =
  /^(?:您|(?:[\u4e00-\u9fff]{2,3})?(?:代表|委员)(?=[^，,。；]{0,12}?(?:建议|提出|提议|指出|反映|认为|希望|关心|关注))|提案人|建议人|考察团|考察组|学习团|调研团|来电人|来信人|来访人|来电群众|来访群众|诉求人|投诉人|反映人|举报人|网民|物业(?:公司|企业|服务企业|服务中心)?(?![科股室办]|管理(?:[科股室办]|中心|站))|施工(?:单位|方|企业|队)|开发商|建设单位|运营(?:单位|方|商)|平台(?:企业|公司)|第三方|承包(?:方|商|单位)|供货商|厂家)/;

/** The unit taking the clause (我局 / 局里 / 本中心 / 我们 / 干部职工 / 执法人员 …), or its response (随即 / 针对…). */
const OWN =
  /^(?:(?:[局委办院所站队]?机关)?(?:下沉|包联|包村|驻村|帮扶|结对)(?:党员)?干部|(?:驻村)?第一书记|驻村工作队|我(?!县|市|区|镇)|咱|本(?:局|单位|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇|街道|部门)|[局所院校站队行馆委办]里|(?:局|中心|社区|街道|所|站|队|院|校|公司|委|办)(?:党组|党委|机关|领导|主要负责同志|主任|书记|局长|所长|站长|队长)?(?=[^\u4e00-\u9fff]|[\u4e00-\u9fff])(?![^，,。；]{0,2}(?:[的之]|人员))|学校|我校|校方|全体|专班|工作组|(?:随即|立即|当即|及时|马上|随后我|对此|为此|针对|接到|接件后|收到)|经[^，,。；]{0,8}(?:协调|研究|沟通))/;

/** The place and body words a name ends in: a stem before them is the name (青岚县 → 青岚; 古城市公交集团 → 古城, 公交). */
const TIER = /(?:自治县|自治州|县|区|市|州|旗|镇|乡|街道|社区|村|公司|分公司|集团|银行|农商银行|医院|人民医院|学校|中学|小学|实验小学|图书馆|派出所|税务局|公安局|人民检察院|检察院|融媒体中心|中心|局)/g;

/** Words that take a place name as a stem but are no name (全县 / 城区 / 超市 …). */
const GENERIC_STEM = /^(?:全|本|我|该|各|外|邻|兄弟|城|辖|社|小|园|景|片|街|老|新|主|郊|山|校|厂|营|两|每|一|几|多|个|乡|镇|村|县|市|区|示范|先进|文明|试点|省|国)/;

/** The name a title gives the place or body visited: 赴青岚县考察… / 关于参加赴望江县考察… / 随市妇联赴东平县考察… */
const VISITED = /(?:赴|前往|到)([\u4e00-\u9fff“”、]{2,40}?)(?:考察|学习|参观|调研|交流|观摩|取经)/;
/** Several places visited (赴安吉县、德清县考察 / 赴安吉县和德清县…): each is a party (review17: only the first was read). */
const VISITED_APART = /、|(?<=[县区市旗镇乡村局])(?:和|及|与)/;

/**
 * Another party named back (对方 / 该县 / 该局 / 该中心 …): the unit calls itself 我 / 本, so 该 + a body word points to a
 * party named before — in a report naming the place or body it visited, that party (review17: 该局 was not read).
 */
export const NAMED_BACK = /^(?:对方|该(?:县|区|市|州|旗|局|委|办|中心|单位|部门|镇|乡|街道|社区|村|公司|企业|集团|医院|学校|院|馆|所|站|队|校))/;

/**
 * A member of the public as a clause's subject (市民王女士 / 家住…的李大爷 / 受访居民 / 商户): in a report about the unit, the
 * people it serves or a reporter interviews act for themselves (session 19). The public only opening the clause, so that
 * 组织居民… / 引导市民… stay the unit's deed.
 */
const PUBLIC = /^(?:家住[^，,。；]{1,12}?的|(?:受访|接受采访)的?|前来[^，,。；]{1,8}?的|正在[^，,。；]{1,10}?的)?(?:市民|居民|村民|商户|摊主|店主|经营户|家长|游客|网友|读者|乘客|患者|车主|业主|群众|[\u4e00-\u9fff](?:大爷|大妈|阿姨|女士|先生|师傅|奶奶|爷爷))(?!服务|之家|中心|活动|议事|委员|代表|学校|驿站|说事|业务|需求|满意|知晓|参与|对|的|[^，,。；]{0,3}业务)(?![^，,。；]*?(?:可以|可|能|凭|只需|只要))/;
/** A medium as a clause's subject (《清河日报》 / 县融媒体中心 / 市电视台 / 新华社 …): what it reports or prints is its act (session 19). */
const MEDIUM = /^(?:《[^》]{1,20}(?:日报|晚报|报|杂志|周刊)》|(?:省|市|县|区|[\u4e00-\u9fff]{2}(?:省|市|县|区)?)?(?:日报社?|晚报社?|电视台|广播电台|电台|广播电视台|融媒体中心|新闻网|新闻中心|报社)|新华社|人民网|新华网|央视|中央电视台|学习强国|澎湃新闻)(?=[^，,。；]{0,12}?(?:报道|刊发|刊登|播出|播发|推出|转载|转发|聚焦|关注|点赞|以|对|在|头版|版面|栏目|专题|专栏|记者|采访))/;

/** A superior body's document stating its content (国务院办公厅《…意见》要求… / 省委《…》明确…): the document's (session 19). */
const BODY_DOCUMENT_SAYS = /^(?:国务院|中共中央|党中央|中央|国家|省|市|州|县)(?![^，,。；《]*(?:按照|根据|依据|对照|落实|结合|贯彻|遵照|参照|依照|印发|下发|转发|制定|出台))[^，,。；《]{0,14}《[^》]{1,40}》(?:中|里|上)?(?:明确|提出|规定|要求|指出|强调|包括|确定|部署)/;
/** Places elsewhere (外地 / 邻县 / 兄弟县市 / 有的地方): their practice is theirs, carried like a place visited (session 19). */
const ELSEWHERE = /^(?:外地|外省|外县|外市|邻县|邻市|邻区|邻近(?:县|市|区)|兄弟(?:县|市|区|单位|省份|地区|县市)|周边(?:县|市|地区|县市)|先进地区|发达地区|(?:有的|有些|一些|个别)地方)(?![^，,。；]{0,3}(?:户籍|来的?|的?(?:人员|游客|群众|务工|车辆|客商|学生|患者|人|朋友|企业)))/;
/** The places a bureau oversees told as a whole (session 51). */
// Session 53 (set 48): the 卫生院 a bureau oversees and the 加油站 it checks (各加油站自行开展…): theirs, as 各园 is. Not 各校: the
// 教育局's schools are its own (session 46; the labelled set's 各校组织开展…主题活动); their staff at a school's routine are read below.
const EACH_PLACE = /^(?:辖区)?各(?:园|幼儿园|托育机构|托育园|托幼机构|医疗机构|卫生室|村卫生室|快递网点|网点|屠宰企业|屠宰场|乡镇卫生院|卫生院|加油站|加油加气站)(?![长所])/;
/**
 * Session 53 (set 48's 36324, 36307, 36327): a town's 卫生院 named opening its own deed (城关镇卫生院对缺课学生按职责开展随访) in a report
 * that is no health body's; places counted or each reporting their papers (辖区14所中小学、幼儿园共报来晨午检周报252份 / 全县58所…累计上报…);
 * a summary of others' reports showing what they did (疾控股汇总14家乡镇卫生院报表显示：上半年到校指导共186校次…): theirs, and on
 * over the clauses with no subject of their own.
 */
const NAMED_PLACE_ACTS = /^((?:[\u4e00-\u9fff]{2}(?:镇|乡|街道))(?:中心)?(?:卫生院|社区卫生服务中心))(?=对|按|自行|每日|每天|定期|开展|组织|负责|安排|已|均)/;
/** Session 53 (set 48's 36307): a school's staff at its routine (班主任登记缺课学生… / 校医跟踪…) in a body's report that is no school's: the school's. */
const SCHOOL_STAFF_ACTS = /^(?:各校|学校)?(?:的)?(?:班主任|校医|保健老师|保健医生|保健教师|任课教师|任课老师)(?:们)?(?=登记|追问|跟踪|核实|查验|询问|测量|报告|上报|记录|开展|负责|每日|每天|按)/;
// Review 53a: not the unit's own parts (各中队共上报巡查记录86份 / 统计各中队巡查记录显示：…): their work is the unit's.
const OWN_PARTS = '(?!(?:执法|城管|巡查|综合|稽查)?[中大]队|股|科|室|组|专班|网格|部门|处室|分队)';
const PLACES_REPORT = new RegExp(`^(?:辖区|全县|全镇|全乡|全区)?(?:各|[\\d一二三四五六七八九十百]+(?:所|家|个))${OWN_PARTS}((?:(?![我本股科室])[^，,。；]){1,14}?)(?:共|累计|先后|均|按月|每月|每周|每日)?(?:报来|上报|报送)了?[^，,。；]{0,8}?(?:日报|周报|月报|报表|记录|台账|数据|材料|报告)`);
// Review 53a: a 镇's or a 街道's own office named with its tier in that tier's report (镇社会事务办逐一核对…); no firm's, property
// manager's, hospital's, school's or centre's office (物业客服办 / 燃气公司安全科 / 中心医院外科 / 学校德育办 / 疾控中心传防科).
const OFFICE_ACTS = /^(镇|乡|街道)?(?:股室|科室|(?:(?![县市省区州镇乡村街各全该其有由对在向为与和同]|社区|物业|公司|企业|集团|医院|卫生院|学校|中心|监理|项目)[\u4e00-\u9fff]){1,5}?(?:股|科|办公室|办))(?=逐一|对|组织|开展|督促|抽查|约谈|通报|核对|复核|每周|每月|定期|及时|随即|立即|派员|安排)/;
const REPORTS_SHOW = new RegExp(`^[^，,。；：:]{0,12}?(?:汇总|统计|整理)[^，,。；：:]{0,3}?(?:各|[\\d一二三四五六七八九十百]+(?:所|家|个))${OWN_PARTS}[^，,。；：:我本]{1,12}?(?:报送的?|报来的?|上报的?)?(?:报表|月报|周报|季报|台账|记录|数据|报告)(?:显示|表明)`);
/** A county's examining group opening a clause with its check (县考核组 / 县创建办督查组), session 51; a higher body's (上级考核组 / 省考核组, another's in a county's own report too), session 52. */
/** The unit named in the clause or leading the places' deed (由我局组织 / 在我局督导下 / 经我局检查 / 教育局组织的), the review. */
const EACH_PLACE_LED = /我|本(?!次|月|年|季|周)|由[^，,。；]{0,6}(?:局|委)|经[^，,。；]{0,4}(?:我|局)|组织的|督导|在[^，,。；]{0,4}局/;
const COUNTY_GROUP = /^((?:县|市|省|上级)(?:(?!组织|派出|成立|抽调|委托|邀请|会同|联合|牵头)[\u4e00-\u9fff]){0,8}?)(?:考核组|检查组|督查组|督导组|暗访组|测评组)(?=对|在|共|先后|到|赴|深入|随机|抽查|检查|暗访|进行|开展|于|采取)/;
/** Some bodies of a kind, not named (有的物业公司 / 一些税务局 / 部分企业): each one's deed is its own (session 19). */
const SOME_BODY = /^(?:有的|有些|一些|个别|少数|不少)[^，,。；]{0,6}?(?:局|委|办|单位|部门|公司|企业|物业|学校|社区|村|县|市|区|医院|商户|门店|市场)/;
/**
 * Session 24 (apparatus24): someone indefinite brought in by 有 as the clause's subject (人民路绿化带内有人折断树枝 / 小区北门有住户
 * 将装修垃圾倒在… / 一家超市将货架摆放在…), with nothing but a place or a time before it (巡查中发现有商户占道经营 is the unit's
 * finding): an 曝光's item tells what that person did, never the unit. 有人员值守 / 有专人负责 / 热线全天有人接 name the unit's staff.
 * Session 25 (review25): not 有 of having or holding (建有 / 设有 / 配有人民调解委员会: 人民 / 人大 / 人社 are no 人 someone) nor
 * 有关 (约谈有关商户: the parties concerned, named by the unit's act).
 */
const SOMEONE = /^(?:(?!发现|看到|查|巡|接|听|得知|针对|对|劝|制止|督促|帮|组织|引导|动员|鼓励|为|向|给|让|请|要求|确保|防止|避免|杜绝|没|未|无|仍|还|尚|是否|若|如|凡|所)[^，,。；;：:])*?(?:(?<![建设配拥具含装附])有(?:人(?![员力手工接值守看管负责服务回答应处理跟陪盯民大才事社防脸])|(?!关)(?:少数|个别|部分|一些|不少)?[\u4e00-\u9fff]{0,4}?(?:市民|居民|村民|住户|商户|摊贩|摊主|店主|经营户|游客|车主|司机|行人|男子|女子|顾客))|一(?:家|名|户|位|辆|个)[\u4e00-\u9fff]{0,6}?(?:超市|商户|门店|店|饭店|餐馆|摊|住户|居民|市民|车主|司机|男子|女子)(?=将|把|在|占|私自|擅自|违规|乱))/;
/**
 * A document's appeal to the public (请相关住户自觉整改 / 希望广大市民…): addressed to them, no deed of the unit (session 24).
 * 请老居民口述街巷变迁 is the unit inviting some to help: its deed (a 请 without 相关 / 广大 / 各位 … is read as before).
 */
const APPEAL = /^(?:(?:请|恳请|敬请|希望|欢迎)(?:相关|广大|各位|全体|辖区|有关)|希望)[\u4e00-\u9fff]{0,4}?(?:市民|居民|村民|住户|商户|经营户|游客|车主|群众|朋友|家长|业主|单位和个人|个人和单位)/;
/** A field telling an offence (违法事实：… / 违法行为为… / 案情：…): the offender's acts, not the unit's (session 24, apparatus24). */
const OFFENCE = /^(?:主要|基本|简要)?(?:违法|违规|违章)(?:事实|行为|情形|情况|内容)\s*(?:为|是|[：:])|^(?:简要)?(?:案情|案由)\s*(?:为|是|[：:])/;
/** The centre's leaders and organs quoted (习近平总书记…开创了… / 党中央… / 国务院…): their deeds are theirs (session 19). */
const CENTRE = /^(?:习近平(?:总书记|同志)?|总书记|党中央|中共中央|中央(?:领导|政治局|委员会|文明委|办公厅)?(?=[^，,。；]{0,4}(?:在|于|对|把|将|提出|作出|部署|开创|强调|指出|要求|号召|印发|出台))|国务院(?!办公厅《))/;
/** A contractor named by its kind (保洁公司 / 物业公司 / 施工单位 / 中标单位 / 第三方机构 …) and its staff: another body (session 19). */
const CONTRACTOR = /^(?:该|中标的?|承接的?|签约的?)?(?:保洁公司|保洁企业|环卫公司|物业公司|物业企业|施工单位|施工方|施工企业|承包方|承建单位|中标单位|第三方(?:机构|公司)|运营公司|运维单位|监理单位|安保公司)/;
/**
 * Session 28 (dust28): a contractor named by the site it builds (各施工单位 / 项目施工单位 / 南关农贸市场改造工地施工单位 / …两个在建
 * 工地的施工单位) is the contractor still: what it does on its site (补设围挡 / 洒水降尘 / 裸土覆盖) is its own, not the unit's
 * (the rulings: a 施工单位's own 洒水 / 覆盖 theirs). A verb or a party before it (督促 / 约谈 / 要求 / 对 / 由 / 我局… / 街道和…)
 * makes the contractor its object or partner, not the subject.
 */
const SITE_CONTRACTOR = /^(?:辖区)?(?:各|部分|个别|少数|有关|相关|涉事)?(?:([^，,。；]{0,32}?)(?:工地|项目|工程|地块|标段)的?)?各?(?:施工单位|施工方|施工企业|施工队)/;
const NOT_SUBJECT = /督促|要求|组织|约谈|对|向|责令|责成|通知|协调|指导|联合|会同|配合|安排|带领|邀请|由|为|我|本|和|与|跟|请|评价|压实|提供|检查|巡查|帮助|协助|推动|发现|开展|局|办|中心|政府|镇里|乡里|队员/;
/**
 * Session 28 (dust28): a firm opening the clause and acting on its own rules or by itself, or told doing its work (该公司已于3月底补植… / 清河公交有限公司按照公司内部制度，对驾驶员…进行了月度考核 /
 * 辖区客运企业按照各自考核办法… / 会员企业…): the company's own 考核 of its drivers is the company's (the rulings), unless the
 * company is the unit (its title or signature names it: isOwnBody).
 */
// Session 57 (set 52's 38328): or told its deed done with 了 (洁源公司清洗消毒了小区水箱); review 57a: or 对…进行了 (广告公司对全部灯箱进行了紧固).
const FIRM_OPENS = /^(?:本次|此次|这次)?(?:辖区|各|全县|会员|有关|相关|部分|涉事|爱心)?((?:(?!我|本|对|向|由|为|到|在|去|赴|进|入|走|给|帮|与|和|同|跟|及|今|昨|请|聘|委托|引|雇|购买|招|让|使|叫|组织|督促|要求|联合|会同|开展|服务|指导|联系|协调|动员|发动|争取|对接|倡议|号召)[\u4e00-\u9fff]){0,12}?(?:有限责任公司|有限公司|公司|企业|集团))(?=(?:、[^，,。；、]{2,14}?(?:公司|企业|集团|银行|支行|商会|超市))*(?:也|还|均|都)?(?:已|按照|按|根据|依据|依照|自行|自己|各自|捐赠|捐助|捐款|捐献|捐出|向(?:我|本)[^，,。；]{0,6}?(?:捐|赠|送)|[\u4e00-\u9fff]{1,4}了(?!解)|对[^，,。；]{1,20}?(?:进行|开展|实施)了))/;
/**
 * Session 57 (set 52's 38328): a property manager named by its estate opening the clause and acting (滨河花园物业委托洁源公司清洗… /
 * 锦绣华庭物业已…): that manager, not in a property manager's own report; a verb or a party before it makes it the object (review 57a:
 * 督导 / 联系 / 召集 / 邀请 … too).
 */
const ESTATE_MANAGER =
  /^(?:(?!督促|督导|监督|要求|组织|约谈|对|向|责令|通知|协调|联系|召集|邀|动员|带领|引导|指导|联合|会同|配合|安排|由|为|我|本|和|与|跟|请|检查|巡查|帮助|协助|推动|发现|开展|局|办|中心|政府|社区|街道)[\u4e00-\u9fff]){2,8}?物业(?:公司|服务中心|服务企业|企业)?(?![科股室办]|管理)(?=委托|聘请|安排|组织|已|自行|按|对|在|为|开展|完成)/;
function firmActs(clause: string, unit: Parties): boolean {
  const m = FIRM_OPENS.exec(clause);
  return m !== null && !isOwnBody(m[1]!, unit) && !unit.names.some((n) => firmShortName(m[1]!, n)) && !/^(?:县|市|省|区|州)/.test(m[1]!);
}
/**
 * Session 29 (review29): a firm named by its short name (清河公交公司 for 清河县公共交通有限责任公司): the same place (its county
 * level dropped), then the trade's characters in order, each word cut to its first (公共交通 → 公交), and 公司 — the unit itself.
 */
function firmShortName(name: string, full: string): boolean {
  if (!/(?:公司|集团)$/.test(name) || !/(?:公司|集团)$/.test(full)) return false;
  const place = /^([\u4e00-\u9fff]{2,4}?)[省市县区]/.exec(full)?.[1] ?? '';
  const core = (s: string) => s.replace(/(?:有限责任公司|股份有限公司|有限公司|公司|集团)$/, '').replace(new RegExp(`^(?:${place || '□'})[省市县区]?`), '');
  const short = core(name);
  const long = core(full);
  // Session 57: the firm by its own short name with no place (洁源公司 in 清河县洁源环境卫生技术服务有限公司's report); another place's
  // firm (平湖公交公司) is not the unit.
  const namePlace = /^([\u4e00-\u9fff]{2,4}?)[省市县区]/.exec(name)?.[1];
  // Review 57a: the name in full (华联超市公司 for 清河县华联超市有限公司) is the unit too, and 市 inside the firm's own name (超市) is no place.
  if (short.length < 2 || short.length > long.length || short[0] !== long[0] || (namePlace !== undefined && namePlace !== place && !name.startsWith(place) && !long.includes(namePlace))) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}
function siteContractor(clause: string): boolean {
  const m = SITE_CONTRACTOR.exec(clause);
  return m !== null && !NOT_SUBJECT.test(m[0].replace(/(?:施工单位|施工方|施工企业|施工队)$/, ''));
}

/** review19: the unit's own people named beside a community's (村两委干部和我局驻村工作队一起…). */
const JOINED_BY_UNIT = /[和与同及、](?:我|本)(?:局|单位|中心|院|所|站|队|委|办|馆|校)|[和与同及、](?:驻村工作队|(?:驻村)?第一书记|下沉干部|包联干部|帮扶干部)/;
/**
 * review19: a member of the public or some bodies of a kind opening a clause that tells what they said, asked or did wrong
 * (市民王女士反映小区路灯不亮 / 个别商户占道经营 / 游客反映景区厕所不够): the deed in the clauses after it with no subject of their
 * own is the unit's answer (…，当天即派人维修更换灯具3盏 / …，新建旅游厕所3座), as it is after 针对… . Their own deed
 * (市民王女士自发组织邻居清扫楼道) stays theirs.
 */
const TELLS_OR_TROUBLE = /上传|拍摄|扫码|报名|预约|点单|碰壁|遇到|反映|投诉|来电|来信|咨询|提出|建议|询问|留言|举报|抱怨|求助|诉求|呼声|期盼|希望|不愿|拒绝|不配合|占道|乱|违规|违章|违法|私自|存在|缺少?|没有|不够|不足|难|坑洼|破损|不亮|堵|脏|差/;
export function speaksOnly(clause: string, unit: Parties): boolean {
  const c = clause.replace(new RegExp(`^${LEAD}`), '');
  return ((PUBLIC.test(c) && unit.kind !== 'grassroots') || SOME_BODY.test(c) || SOMEONE.test(c)) && TELLS_OR_TROUBLE.test(c);
}
/** A leader of the county or city by post (副县长… / 县委书记… / 县委常委…), opening a clause. */
const COUNTY_LEADER = /^(?:(?:县|市|区)委(?:常委|(?:副)?书记)|(?:常务)?副?(?:县长|市长|区长)|(?:县|市|区)(?:政府)?(?:常务)?副?(?:县长|市长|区长))(?![^，,。；]{0,12}?(?:我|本局|本单位))/;
/** A department of a party committee (县委宣传部 / 县委政法委 / 市委组织部 / 县委办公室). */
const PARTY_DEPARTMENT = /^((?:省|市|州|县|区)委[\u4e00-\u9fff]{1,6}?(?:部|委|办公室|办))/;

/**
 * Session 22 (parties22): a report written jointly by two or three bodies names them all at the head of its title, apart
 * by spaces (清河县教育局 清河县公安局关于… / 东关街道办事处 县公安局东关派出所… / …县交警大队西关中队2026年…总结), and signs
 * with them all on one line. The first named is the unit (the folder's own, which writes and files it); the others are its
 * partners. A deed done jointly is the unit's; a partner's alone, and a partner's own leader or team, are not.
 */
const JOINT_BODY_END = '(?:人民政府|政府|街道办事处|办事处|街道|居民委员会|村民委员会|委员会|居委会|村委会|联合会|总会|协会|工会|团委|妇联|残联|工商联|红十字会|局|委|办公室|办|中心|院|馆|所|站|大队|中队|支队|队|公司|集团|银行|支行|分行|学校|中学|小学|幼儿园|医院|卫生院|镇|乡|社区|村|会|部)';
/** Where the next body's name starts, right after a body's: its county or level (清河县… / 县… / 市…) or a national system's prefix. */
const NEXT_BODY = /^(?:(?:中共|国网|国家税务总局|中国|共青团)?(?:[\u4e00-\u9fff]{2}县|县|市)(?!分局|分公司|支行|分行|[直级属区里域内外]|委(?!员会))[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]{2}(?:镇|乡|街道)(?:人民政府|政府|办事处|党委)$)/;
/** A body closed by its own name (…人民政府 / …委员会): what follows it is another body, whatever it starts with (城关镇人民政府城关派出所). */
const CLOSED_BODY = /(?:人民政府|政府|委员会|联合会|办事处)$/;
/** A body's own part or branch after its name (机关党支部 / 清河县分公司 / 党委): the same body. */
const BRANCH = /^(?:[\u4e00-\u9fff]{2}[县市区])?(?:[\u4e00-\u9fff]{0,4}?(?:分公司|分局|支行|分行|营业部)|党委|党组|党支部|党总支|机关|办公室)/;
const BODY_NAME = new RegExp(`^(?:中共|国网|国家税务总局|中国|共青团)?[\\u4e00-\\u9fff（）()]{1,28}?${JOINT_BODY_END}$`);
const ENDS_BODY = new RegExp(`${JOINT_BODY_END}$`);

/** Split a run of bodies' names (清河县教育局清河县公安局 / 西关镇人民政府县公安局西关派出所县交警大队西关中队), or null. */
function splitBodies(run: string): string[] | null {
  const out: string[] = [];
  let start = 0;
  for (let k = 2; k < run.length - 2; k++) {
    const before = run.slice(start, k);
    if (before.length < 3 || !ENDS_BODY.test(before)) continue;
    const rest = run.slice(k);
    // 国家税务总局清河县税务局 / 中国邮政集团有限公司清河县分公司 / …联合会机关党支部: one body down its chain.
    if (/^(?:国家税务总局|中国[\u4e00-\u9fff]{2,10}?(?:公司|集团|银行))$/.test(before) || BRANCH.test(rest)) continue;
    if (NEXT_BODY.test(rest) || (CLOSED_BODY.test(before) && BODY_NAME.test(rest) && rest.length >= 4 && !VERB_NOT_PLACE.test(rest.slice(0, 2)) && !/^(?:转发|印发|下发|关于)/.test(rest))) {
      out.push(before);
      start = k;
    }
  }
  out.push(run.slice(start));
  if (out.length < 2 || out.length > 4 || !out.every((b) => b.length >= 4 && BODY_NAME.test(b))) return null;
  return out;
}

export function jointHead(line: string): { unit: string; partners: string[] } | null {
  const t = line.replace(/^#\s*/, '').replace(/[\s\u3000]+/g, '').replace(/\d{4}年\d{1,2}月\d{1,2}日$/, '');
  // The bodies before 关于, or before the topic (a year, a quoted name): the whole line when it is a signature.
  const head = /^(.{6,60}?)(?:关于|\d{4}年|20\d\d|“|《)/.exec(t)?.[1] ?? (t.length <= 60 && ENDS_BODY.test(t) ? t : null);
  if (head === null) return null;
  const bodies = splitBodies(head);
  if (bodies === null) return null;
  return { unit: bodies[0]!, partners: bodies.slice(1) };
}

/** A partner's names as a clause may open with them: in full, without the county (县公安局 / 公安局), and its last body (县公安局东关派出所 → 东关派出所). */
function partnerForms(name: string): string[] {
  const out = new Set<string>([name]);
  const noPlace = name.replace(/^(?:中共|国网|国家税务总局)?[\u4e00-\u9fff]{2,3}?(?=县|市|区)/, '');
  out.add(noPlace);
  out.add(noPlace.replace(/^(?:县|市|区)/, ''));
  const tail = /(?:局|委|政府|大队)([\u4e00-\u9fff]{2,8}?(?:派出所|分局|中队|所|站|中心))$/.exec(name);
  if (tail) out.add(tail[1]!);
  return [...out].filter((f) => f.length >= 3);
}

/** What may stand before a partner's name at a clause's start: a time, a number, 由. */
const BEFORE_PARTNER = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*|[一二三四五六七八九十]+是)?(?:由|同时|此外|另外|其中)?/;
/** A body word ending a candidate name at a clause's start. */
const NAME_END = /(?:局|委员会|委|办公室|办|中心|院|馆|所|站|队|会|联|公司|集团|政府|镇|乡|街道|社区|村|部|行)/g;
/** The unit and a partner together (两家 / 两部门 / 双方 / 联合检查组 / 县教育局与县公安局 …): a joint deed, the unit's too. */
const JOINT_SUBJECT = /^(?:两家|两部门|两单位|两局|双方|三家|三部门|三单位|各方|几家|联合(?:检查组|工作组|专班|督查组|执法组))/;

/** The clause opens with one of the unit's partners in a joint report, alone (县公安局方面… / 住建局副局长徐长林任组长). */
export function opensWithPartner(clause: string, unit: Parties): boolean {
  return partnerOpens(clause, unit) === 'alone';
}
/** A partner opens the clause: alone, or with the unit (县公安局会同县林业局… / 县公安局副局长周某和县教育局副局长王某…). */
export function partnerOpens(clause: string, unit: Parties): 'alone' | 'joint' | null {
  if (!unit.partners || unit.partners.length === 0) return null;
  const c = clause.replace(new RegExp(`^${LEAD}`), '').replace(BEFORE_PARTNER, '');
  let name: string | null = null;
  for (const p of unit.partners) {
    const f = partnerForms(p).find((form) => c.startsWith(form));
    if (f) name = f;
  }
  if (name === null) {
    for (const m of c.slice(0, 24).matchAll(NAME_END)) {
      const cand = c.slice(0, (m.index ?? 0) + m[0].length);
      if (cand.length < 3) continue;
      if (unit.partners.some((p) => sameBody(cand, p))) {
        name = cand;
        break;
      }
    }
  }
  if (name === null) return null;
  // The partner with the unit (县公安局与县教育局联合… / 县公安局会同我局…): a joint deed.
  // (县公安局副局长周某和县教育局副局长王某共同负责 names the unit's leader too.)
  const rest = /^[^，,。；]*/.exec(c.slice(name.length))![0];
  const forms = [...new Set(unit.names.flatMap(partnerForms))].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const joined = new RegExp(`(?:与|和|、|及|同|会同|联合|协同|携手|配合)(?:我|本|${forms.length ? forms.join('|') : '(?!)'})`);
  return joined.test(rest) ? 'joint' : 'alone';
}

/** The unit's own place, as the title opens with it (清河县…局 / 国网清河县供电公司 / 中共清河县委…). */
const OWN_PLACE = /^(?:#\s*)?(?:在|关于)?(?:中共|国网|国家税务总局|中国移动|共青团)?([\u4e00-\u9fff]{2,3}?)(?:自治县|县|市|区|旗)/;

function stems(name: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of name.matchAll(TIER)) {
    const stem = name.slice(from, m.index).replace(/[“”]/g, '');
    if (stem.length >= 2 && !GENERIC_STEM.test(stem)) out.push(stem.slice(-3));
    from = (m.index ?? 0) + m[0].length;
  }
  // A name with no tier word (赴东川派出所: its tier found; 赴兰亭农商银行 → 兰亭).
  if (out.length === 0 && name.length >= 2 && !GENERIC_STEM.test(name)) out.push(name.slice(0, 2));
  return out;
}

export interface Parties {
  /** The unit's names as the title, the signature and the narrative's first body give them. */
  names: string[];
  /** The unit's own place for who acts (清河): from its name or the title, else the county the report names most. */
  place: string;
  cityUnit: boolean;
  /** Two characters before 县/区/市 and how often the report writes them so: a place is named more than once. */
  places: Map<string, number>;
  /** Stems of the unit's own place as the title opens with it (清河), for about whom. */
  own: string[];
  /** Stems of the place or body the title says the unit visited (青岚, 古城 …), for about whom. */
  visited: string[];
  /**
   * What kind of body the unit is, by its first name: 'grassroots' (a 社区, 村, 街道, 镇 or 乡: a community's roles and work
   * are its own or its subordinates'), 'school', 'other' (a bureau, an office, a firm, a hospital …), or null (no name read:
   * nothing is assumed). Session 19.
   */
  kind?: 'grassroots' | 'school' | 'other' | null;
  /** The title names a newsroom (融媒体中心 / 电视台 …): its outlets are the unit. */
  newsroom?: boolean;
  /** The report's text, its sentences joined (a community named at a clause's start is named again elsewhere). */
  all?: string;
  /** Communities named in the text (东关社区 / 马庄村), as a preposition or a serving verb introduces them (session 19). */
  communities?: string[];
  /** The other bodies a joint report's title and signature name beside the unit (session 22). */
  partners?: string[];
}

/**
 * The parties a report names: the unit's names from the title (before 关于 / the topic), from short lines near the end
 * (the signature) and from the body opening the first sentences acting on its documents; its own place; the places it
 * names with 县/区/市 counted; and the place or body its title says it visited. (A county named only in the text was tried
 * as another party for about whom too: the two characters before 县 are as often a verb (推动县… / 成立县… / 依法治县) as a
 * name, and it took seven present elements on train while adding nothing on the study visits: dropped. Who acts takes it
 * only named twice and opening a clause with its deed.)
 */
/**
 * Two characters before 县 that are no place's name: ending in a preposition or a verb of reference, a verb that is no place
 * (VERB_NOT_PLACE, session 48: one list, not a copy), a verb of receiving, or the county's own word.
 */
const NOT_PLACE_ENDING = /[到在向由经对与及赴据照请报送助加往从为给把将被让使于至按依]$|^(?:接受|得到|受到|获得|出席|全县|我县|本县|该县)$/;
const notPlaceStem = (stem: string) => NOT_PLACE_ENDING.test(stem) || VERB_NOT_PLACE.test(stem);
export function partiesOf(sentences: readonly { text: string }[], cityUnit: boolean, title = titleOf({ sentences })): Parties {
  const names: string[] = [];
  // A Markdown heading mark (# …, the corpus's and the tests' title line) is no part of the title.
  const first = (sentences[0]?.text ?? '').replace(/^#+\s*/, '');
  const head = /^([^，,。；、]{2,30}?(?:局|委员会|委|办公室|办|中心|政府|院|馆|所|站|队|公司|集团|镇|乡|街道办事处|街道|社区|村委会|居委会|村|协会|会|团委|部|公寓|幼儿园|学校|小学|中学))关于/.exec(first) ??
    /^([^，,。；、]{2,30}?(?:局|委员会|委|办公室|办|中心|政府|院|馆|所|站|队|公司|集团|镇|乡|街道办事处|街道|社区|村委会|居委会|村|协会|会|团委|部|公寓|幼儿园|学校|小学|中学))(?:关于|[^，,。；]{0,30}(?:说明|报告|汇报|答复|总结))/.exec(first) ??
    /^((?:[\u4e00-\u9fff]{2}[县市区]|[县市区])[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|办|中心|院|馆|所|站|队|公司|集团|联|团委|部|公寓|幼儿园|学校|小学|中学))/.exec(first);
  // A joint report (清河县教育局 清河县公安局关于…): the first body is the unit, the others its partners (session 22).
  const joint = jointHead(first);
  const partners = new Set<string>(joint?.partners ?? []);
  if (joint) names.push(joint.unit);
  else if (head) names.push(head[1]);
  for (const s of sentences.slice(-4)) {
    const t = s.text.trim().replace(/\s*\d{4}年\d{1,2}月\d{1,2}日$/, '');
    const signed = jointHead(t);
    if (signed && joint) {
      names.push(signed.unit);
      for (const p of signed.partners) partners.add(p);
      continue;
    }
    // A signature line of its own naming a partner (the signatures set one under another) is the partner's.
    if (joint && [...partners].some((p) => p === t || sameBody(p, t))) continue;
    if (t.length <= 30 && !/[，,。；：:]/.test(t) && /(?:局|委员会|委|办公室|中心|政府|院|馆|所|站|队|公司|集团|镇|乡|街道办事处|街道|社区|居委会|村委会|协会)$/.test(t)) names.push(t);
  }
  {
    // The body opening the first sentence that has one, acting on its documents (县人民医院按照… / 县工商联根据…): the narrator.
    for (const s of sentences.slice(1, 6)) {
      const m = new RegExp(`^${LEAD}((?:省|市|州|县|区)[\\u4e00-\\u9fff]{1,12}?(?:局|委员会|委|办公室|办|中心|院|馆|园|所|站|队|公司|集团|联|会|团委|部|公寓|学校|小学|中学))(?=按照|根据|依据|对照|落实|结合|由|高度重视|认真|坚持)`).exec(s.text);
      // Session 23 (scoring23): not a body other than the one the title opens with (县创文办依据《…考核办法》，于6月对各责任单位
      //进行了考核 in 清河县城市管理局关于县创文办…考核我局情况的通报): that body acts on its own documents, the title names the unit.
      // A 省 / 市 / 州 body over a county unit (市医疗保障局依据… in 清河县医疗保障局's report) is its superior, whatever its name.
      const above = m !== null && head !== null && !cityUnit && /^(?:省|市|州)/.test(m[1]!) && /县|区/.test(head[1]);
      if (m && head && (above || !(head[1].includes(m[1]!.replace(/^(?:省|市|州|县|区)/, '')) || sameBody(head[1], m[1]!)))) break;
      if (m) {
        names.push(m[1]!);
        break;
      }
    }
  }
  // A partner opening the narrative (市生态环境局清河分局由…) is no name of the unit's.
  if (joint) for (let k = names.length - 1; k >= 1; k--) if ([...partners].some((p) => p === names[k] || sameBody(p, names[k]!))) names.splice(k, 1);
  let place = /^([\u4e00-\u9fff]{2})[县区市旗]/.exec(names[0] ?? first)?.[1] ?? '';
  if (!place) {
    // No place in the title (城西街道…汇报): the place the report names most often with 县/区/市 is its own.
    const seen = new Map<string, number>();
    // Session 47 (train 18125): not a verb or a preposition before 县 (依据县民政局 / 到县医院 / 参加县…): no place's name.
    for (const s of sentences) for (const m of s.text.matchAll(/([\u4e00-\u9fff]{2})县/g)) if (!notPlaceStem(m[1]!)) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
    place = [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  }
  const places = new Map<string, number>();
  for (const s of sentences) for (const m of s.text.matchAll(/([\u4e00-\u9fff]{2})[县区市旗]/g)) places.set(m[1]!, (places.get(m[1]!) ?? 0) + 1);
  const own: string[] = [];
  const ownPlace = OWN_PLACE.exec(title);
  if (ownPlace && !GENERIC_STEM.test(ownPlace[1]!)) own.push(ownPlace[1]!);
  const others = new Set<string>();
  const visit = VISITED.exec(title);
  // 关于接待桐岭县代表团到清河县考察…: the visit is another party's to the unit, not the unit's (review17).
  if (visit && !/接待|迎接/.test(title.slice(0, visit.index))) for (const name of visit[1]!.split(VISITED_APART)) for (const s of stems(name)) if (!own.includes(s)) others.add(s);
  return { names, place, cityUnit, places, own, visited: [...others], kind: kindOf(names, title), partners: [...partners], newsroom: /融媒体|电视台|广播电视|报社|新闻中心|传媒/.test(title), communities: communitiesOf(sentences), all: sentences.map((s) => s.text).join('\n') };
}

/** A grassroots body: a community, a village, a street office, a township (its 网格员 / 社区书记 / 村干部 are its own). */
const GRASSROOTS = /(?:社区|村|居委会|村委会|居民委员会|村民委员会|街道|街道办|街道办事处|办事处|镇|乡)(?:人民政府|政府|党委|党工委|党总支|党支部|居委会|村委会|居民委员会|村民委员会|(?:新时代)?(?:文明)?实践站|服务站|服务中心|卫生服务中心|卫生服务站|卫生院|综治中心)?$/;
/** Session 46 (set 41): a village's or a community's own station for a people served (大营村退役军人服务站; not a town's: the review). */
const VILLAGE_STATION = /(?:社区|村)(?:退役军人|残疾人|老年人|妇女儿童|党群|便民|儿童|养老|日间照料|文化)(?:服务站|服务中心|服务室|活动中心|照料中心|站)$/;
const SCHOOL = /学校|小学|中学|大学|幼儿园|学院|中专|职中|高中|初中|[一二三四五六七八九十]中|校|职教中心|职业教育中心|少先队|大队部/;
/** A bureau, an office, a committee, a court, a firm, a bank: a body that is positively no community and no school. */
const AGENCY = /(?:局|委员会|委|办公室|办|部|公司|集团|银行|支行|分行|法院|检察院|大队|支队|联合会|工会|团委|妇联|残联|科协|文联|工商联|红十字会|管理处|中心|馆|院|所|站|处|队|会)$/;

/**
 * What kind of body the unit is, by all its names (the title, the signature, the narrative's first body): a community or
 * township of any name makes it grassroots, a school's name a school; only a name ending in a bureau's, an office's or a
 * firm's word makes it positively another kind of body. Anything else, and no name, assumes nothing.
 */
function kindOf(names: string[], title: string): Parties['kind'] {
  // 关于县住建局包联幸福社区…的报告: the body the title names after 关于 is the unit when nothing else names it.
  if (names.length === 0) {
    const body = /^关于((?:[\u4e00-\u9fff]{2}[县市区])?[县市区][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|办|部|公司|集团|银行|支行|法院|检察院))/.exec(title);
    if (body) names = [body[1]!];
  }
  if (names.length === 0) return null;
  // 县委组织部调研组关于西街社区…的调研报告: the body the report is about is a community (unless the unit serves it: 关于包联…社区…).
  const about = title.includes('关于') ? title.split('关于')[1]! : title;
  if (/社区|村(?![民级容貌庄镇])|街道|镇|乡(?!村)/.test(about) && !/包联|结对|帮扶|共建|下沉|联系|挂钩|驻/.test(about)) return 'grassroots';
  if (/学校|小学|中学|幼儿园/.test(about) && !/包联|结对|帮扶|共建|联系|挂钩|驻/.test(about)) return 'school';
  if (names.some((n) => GRASSROOTS.test(n) || VILLAGE_STATION.test(n))) return 'grassroots';
  // Session 20: a 大学 (老年大学 / 开放大学) is a school, its 党支部 too (清河县老年大学党支部: was 'other' for its 部).
  if (names.some((n) => SCHOOL.test(n))) return 'school';
  return names.every((n) => AGENCY.test(n)) ? 'other' : null;
}

/**
 * The communities a text names (到东关社区 / 包联的幸福里社区 / 与马庄村结对): a name of two to four characters before 社区 / 村,
 * read after a word that introduces a place or a partner, so that the name's start is known (组织东关社区… is not a name).
 */
const COMMUNITY_NAMED = /(?:包联|结对|帮扶|共建|联系|挂钩|下沉|驻|到|在|与|和|同|对|赴|走进|深入|进入|进|为|向|、|，|,)(?:的|到|至)?([\u4e00-\u9fff]{2,4}?)(社区|村)(?![民级容貌里庄镇委组干两史风规])/g;

function communitiesOf(sentences: readonly { text: string }[]): string[] {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(COMMUNITY_NAMED)) {
      const stem = m[1]!;
      if (GENERIC_STEM.test(stem) || !communityStem(stem)) continue;
      out.add(stem + m[2]!);
    }
  }
  return [...out];
}

/**
 * A community body's role (社区党委书记 / 村委会主任 / 居委会副主任 / 社区网格员) or the body acting (社区组织… / 村两委把…), and
 * a role of the community's that needs no body named (网格员 / 楼栋长 / 村民小组长): the community's people and work. A role
 * belongs to the body it is attached to, not to the unit by default (session 19). 第一书记 / 驻村干部 / 下沉干部 are the unit's
 * people sent there (OWN).
 */
const COMMUNITY_PARTY = '(?:党委|党总支|党支部|党组织|“两委”|两委|居委会|村委会|居民委员会|村民委员会)?';
const COMMUNITY_TIER = `(?:社区|村|居委会|村委会|居民委员会|村民委员会)${COMMUNITY_PARTY}`;
const COMMUNITY_ROLE = '(?:[、和及与]?(?:党委|党总支|党支部|居委会|村委会)?(?:副|专职|兼职)?(?:书记|主任|委员|干部|工作人员|网格员|网格长|楼栋长|单元长|社工|专干|妇联主席|会计|文书))';
const COMMUNITY_ACTS = '(?=(?:于|今年|近年来|先后)?(?:组织|成立|开展|召开|建立|制定|印发|实行|推行|设立|设置|动员|发动|安排|落实|利用|依托|通过|把|将|对|在|还|也|先后|积极|坚持|每|为|负责|牵头|由|确定|决定|研究|协调|收集|引导|发放|张贴|配备|完成|召集|统筹|议定|商定|梳理|明确|划分|推选|制作|印制|建成|举办|邀请))';
const COMMUNITY_BODY = new RegExp(`^${COMMUNITY_TIER}(?:${COMMUNITY_ROLE}|${COMMUNITY_ACTS})`);
const NAMED_TAIL = new RegExp(`^${COMMUNITY_PARTY}(?:${COMMUNITY_ROLE}|${COMMUNITY_ACTS})`);
const COMMUNITY_BARE = /^(?:专职)?(?:网格员|网格长|楼栋长|单元长|居民小组长|村民小组长|社区干部|社区工作者|村干部|两委干部|“两委”干部)/;
/** A school's head or teachers opening a clause (校长任组长 / 县一中校长…): the school's, in a report of a body that is no school. */
const SCHOOL_ROLE = /^(?:[\u4e00-\u9fff]{2,10}?(?:学校|小学|中学|幼儿园))?(?:党总支|党支部)?(?:校长|副校长|班主任|德育主任|教导主任|政教主任)/;

/** The clause opens (after an adverbial) with another body the unit works in or serves, or with its people. */
export function opensWithCommunity(clause: string, unit: Parties): boolean {
  if (unit.kind !== 'other' && unit.kind !== 'school') return false;
  const c = clause.replace(OPENING, '').replace(new RegExp(`^${LEAD}`), '');
  if (/^(?:各|每|全|所有|部分|多个|\d)/.test(c)) return false;
  if (COMMUNITY_BODY.test(c)) return true;
  // 网格员 belong to the grid: in the report of a body running it (政法委 / 综治中心 / 网格化服务管理中心) they are its own.
  if (COMMUNITY_BARE.test(c) && !unit.names.some((n) => /政法|综治|网格|平安|信访/.test(n))) return true;
  // 校长 / 班主任 are a school's; an education bureau's schools are its own (as a 街道's communities are).
  if (unit.kind === 'other' && SCHOOL_ROLE.test(c) && !unit.names.some((n) => /教育|教体/.test(n))) return true;
  for (const name of unit.communities ?? []) {
    if (c.startsWith(name) && NAMED_TAIL.test(c.slice(name.length))) return true;
  }
  // 城北社区党委书记张华牵头… / 向阳社区由…: a community named at the clause's start with its people or its deed, the name's
  // stem no verb or function word (组织社区… / 把社区… are the unit's deed; session 19, after the check).
  const named = OPENING_COMMUNITY.exec(c);
  if (named === null || !communityStem(named[1]!) || !NAMED_TAIL.test(c.slice(named[0].length))) return false;
  // A name is named again (城北社区 twice in the report): one mention may be a phrase cut wrongly (法官进社区开展…).
  return (unit.all ?? '').split(named[0]).length > 2;
}

const OPENING_COMMUNITY = /^([\u4e00-\u9fff]{2,4}?)(?:社区|村)/;
/** A community's name stem: not a verb, not a function word, not a quantity or a pronoun (组织 / 将支持 / 全县 / 该 …). */
function communityStem(stem: string): boolean {
  return (
    !VERB_NOT_PLACE.test(stem.slice(0, 2)) &&
    !/^[全本我该各每所有这那其此已沿]/.test(stem) &&
    // 向阳 / 和平 / 为民 are names; 向幸福… / 和东关… are a preposition before one.
    !(stem.length >= 3 && /^[将把被让使由从向为给和与对在到]/.test(stem)) &&
    !/[的在和与及同对到了本我其该这那此各每个县市区镇乡街道进入下沉联包驻去来走深赴往]/.test(stem.slice(1)) &&
    !/^[的了进入下沉联包驻去来走深赴往]/.test(stem)
  );
}

/** 由 + a community's person (…由幸福社区书记李梅统筹 / 站长由民安社区副书记兼任): that community's one in charge (session 19). */
const BY_COMMUNITY = new RegExp(`由(?:[\\u4e00-\\u9fff]{2,4}?)?(?:社区|村)${COMMUNITY_PARTY}${COMMUNITY_ROLE}`);

/** The clause hands its charge to a community's person with 由 (for 主体责任), in a report of a body that is no community. */
export function byCommunity(clause: string, unit: Parties): boolean {
  if (unit.kind !== 'other' && unit.kind !== 'school') return false;
  const m = BY_COMMUNITY.exec(clause);
  if (!m) return false;
  const stem = /由([\u4e00-\u9fff]{2,4}?)(?:社区|村)/.exec(m[0])?.[1];
  return stem === undefined || communityStem(stem) || /^(?:社区|村)/.test(m[0].slice(1));
}

/** A body the unit is: one of its names, the same body by the unit-identity table, or a 市 body in a county-level city's report. */
export function isOwnBody(name: string, unit: Parties): boolean {
  // Session 27 (review27): 交警 is 交通警察 — a 交警大队's own report names itself 县交警大队 (its title: 县公安局交通警察大队).
  const bare = name.replace(/^(?:省|市|州|县|区)/, '').replace(/交警/g, '交通警察');
  if (unit.cityUnit && /^市/.test(name)) return true;
  // Session 23 (scoring23): a 省 / 市 / 州 body of the same trade is a county unit's superior, not the unit (市医疗保障局 in
  // 清河县医疗保障局's report: its scoring of the county is its own deed).
  if (/^(?:省|市|州)/.test(name) && unit.names.length > 0 && unit.names.every((n) => /县|区/.test(n) && !n.includes(name))) return false;
  return unit.names.some((n) => n.includes(bare) || sameBody(name, n) || (bare.length >= 2 && n.endsWith(bare)) || officeShortName(bare, n));
}

/**
 * Session 37 (set 32): an office's short name, its characters taken in order from its full name (大气办 for 清河县大气污染防治
 * 工作领导小组办公室, 创文办 for …创建文明城市工作领导小组办公室): the same office, its first character the full name's first.
 */
export function officeShortName(short: string, full: string): boolean {
  const s = /^([\u4e00-\u9fff]{2,4})办$/.exec(short);
  const f = /^(?:[\u4e00-\u9fff]{2}[县市区]|[县市区])?([\u4e00-\u9fff]{3,30}?)(?:委员会|领导小组|指挥部)?办公室$/.exec(full);
  if (!s || !f || s[1]![0] !== f[1]![0]) return false;
  let at = 0;
  for (const ch of s[1]!) {
    at = f[1]!.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

const WITH_PARTNER = /^(?:会同|联合|协同|携手)(?![我本])[\u4e00-\u9fff]{2,16}?(?:局|委|办|大队|中队|支队|所|站|中心|院|公司|部门)/;
/** Another body joined by the unit in the deed (联合我局 / 会同本中心 / 协同我们): the unit acts too. */
const JOINT = /^[^，,。；]{0,20}?(?:联合|会同|协同|携手|会商)(?:我|本(?:局|单位|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇|街道|部门))/;

/** The unit is of this tier (城关镇 / 城西街道办事处 / 向阳社区): its 镇里 / 街道里 is itself. */
export function ownTier(tier: string, unit: Parties): boolean {
  return unit.names.some((n) => new RegExp(`${tier}(?:人民政府|政府|党委|办事处|居委会|村委会|委员会)?$`).test(n));
}

/** The county itself reports (清河县人民政府 / 中共清河县委 / 清河县委): its 县 bodies are its own. */
export function countyReport(unit: Parties): boolean {
  return unit.names.some((n) => /^(?:中共)?[\u4e00-\u9fff]{1,6}?[县市区旗](?:委员会|委|人民政府|政府)(?:办公室)?$/.test(n));
}

/** The unit named as the doer of a deed inside another's clause, in a relative clause (对我局开展的… / 报道了本中心组织的…). */
const OWN_DEED_INSIDE = /(?:我|本)[\u4e00-\u9fff]{0,3}?(?:开展|组织|举办|推出|实施|推行|发起|创办|打造|承办)的/;

/** own; other (carried to the next sentences of its section: another place, a document, a proposal's author, a delegation); here (another body, the people, a firm: this sentence only). */
export type Agent = 'own' | 'other' | 'here' | null;

/** The agent a clause names at its start, or null (no subject: it carries the one before). */
export function clauseAgent(clause: string, unit: Parties): Agent {
  const c = clause.replace(new RegExp(`^${LEAD}`), '').replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*/, '');
  // 社区党委书记…任组长 / 社区组织居民… / 网格员入户… in a bureau's report: the community's people and work (session 19).
  // review19: not when the unit's own people act with them (村两委干部和我局驻村工作队一起入户走访…): a joint deed is the unit's too.
  if (opensWithCommunity(c, unit) && !JOINED_BY_UNIT.test(c)) return 'here';
  // Session 49 (probes of set 45's kinds): a clause opening with the unit's joining another body (会同交警大队对全县校车开展联合检查 /
  // 联合县市场监管局…): the unit is the subject left out, its deed joint.
  if (WITH_PARTNER.test(c)) return 'own';
  // Session 22: in a joint report, the unit and its partners together (两家 / 双方 / 联合检查组) act as the unit; a partner alone
  // (县公安局… / 住建局… / 东关派出所…) acts for itself, for its sentence.
  if (JOINT_SUBJECT.test(c) && (unit.partners?.length ?? 0) > 0) return 'own';
  const partner = partnerOpens(c, unit);
  if (partner !== null) return partner === 'joint' ? 'own' : 'here';
  // Session 53: the unit handing a work over to a firm (我局将…委托…公司实施) is no deed of its own, its own word at the start notwithstanding.
  if (delegatedToFirm(c, unit.names)) return 'here';
  if (OWN.test(c)) return 'own';
  if (OTHERS_SAY.test(c) || BODY_DOCUMENT_SAYS.test(c)) return 'other';
  // 邻县推行… / 有的物业公司推出了… / 习近平总书记…开创了… / 保洁公司项目经理…: a place elsewhere, another body, the centre, a
  // contractor (session 19).
  // Session 51 (set 46's 35440, 35321): the places a bureau oversees told as a whole (各园共开设托班9个 / 各托育机构…) act for
  // themselves in its report; a county's examining group (县考核组共检查路段36条次) is the county's, not the unit's.
  if (unit.names.some((n) => /(?:局|委|委员会|(?<!街道)办|办公室)$/.test(n)) && EACH_PLACE.test(c) && !EACH_PLACE_LED.test(c) && !unit.names.some((n) => /园|托育|医院|卫生院|卫生室|网点|公司|集团|企业|银行|支行|学校|中学|小学|加油站/.test(n))) return 'here';
  if (PLACES_REPORT.test(c) || REPORTS_SHOW.test(c)) return 'here';
  // Session 53: the unit's own office at work after others' reports (…共报来周报252份，社会事务办逐一核对… / …，股室对3所学校开展了
  // 抽查): the unit again, not the others carried on — not another place's office (县创建办… / 镇综治办… in a bureau's report).
  const office = OFFICE_ACTS.exec(c);
  if (office && (office[1] === undefined || ownTier(office[1], unit)) && !/(?:公司|集团|企业)$/.test(unit.names[0] ?? '')) return 'own';
  // Review 53a: the 镇's or 街道's own government named in its report (…，镇政府对随访情况开展督导) is the unit, not a place's deed carried on.
  const tierGov = /^(镇|乡|街道)(?:人民政府|政府|党委|办事处|党工委)/.exec(c);
  if (tierGov && ownTier(tierGov[1]!, unit)) return 'own';
  const place = NAMED_PLACE_ACTS.exec(c);
  if (place && !isOwnBody(place[1]!, unit) && !unit.names.some((n) => n.includes(place[1]!) || place[1]!.includes(n) || /卫生|卫健|疾病|疾控/.test(n))) return 'here';
  // Review 53a: a school named otherwise (清河县职业教育中心 / 职教中心 / 清河一中 / 实验初中) speaks of its own staff.
  if (SCHOOL_STAFF_ACTS.test(c) && unit.names.length > 0 && !unit.names.some((n) => /学校|中学|小学|幼儿园|学院|教育中心|职教中心|中专|技校|[一二三四五六七八九十]中$|初中|高中|校$|园$/.test(n))) return 'here';
  const group = COUNTY_GROUP.exec(c);
  if (group && !/(?:我|本)/.test(group[1]!) && (/^(?:上级|省)/.test(group[1]!) || (!countyReport(unit) && !isOwnBody(group[1]!, unit) && !isOwnBody(/^.*?(?:局|委|办|中心|政府|大队)/.exec(group[1]!)?.[0] ?? group[1]!, unit)))) return 'here';
  if (ELSEWHERE.test(c) || SOME_BODY.test(c) || CENTRE.test(c) || CONTRACTOR.test(c) || siteContractor(c) || firmActs(c, unit) || (ESTATE_MANAGER.test(c) && !unit.names.some((n) => /物业/.test(n))) || contractFirmActs(c, unit.names)) return 'here';
  // Session 50 (set 45's 34835): an association opening the clause by its name (志愿者协会上门调解… / 婚姻家庭辅导志愿者协会…) acts for
  // itself, when the unit is known and is no association itself; a verb or a preposition before the name makes it the object (组织志愿者
  // 协会…).
  const association = /^([\u4e00-\u9fff]{0,12}?)协会(?![科股室办部])/.exec(c);
  if (association && !/组织|联合|会同|协同|邀请|动员|依托|通过|与|和|同|协调|指导|督促|支持|委托|向|对|为|给|在|由|把|将|请|经/.test(association[1]!) && unit.kind != null && !unit.names.some((n) => /协会/.test(n)) && !joinedByUnit(c, unit)) return 'here';
  // Session 50 (set 45's 34744): a parents' committee (家委会自行安排家长志愿者…) acts for itself — not with the school in its clause
  // (家委会与学校共同组织… / 班级家委会协助学校组织…: the review).
  if (/^(?:班级)?(?:家委会|家长委员会)/.test(c) && !/(?:与|和|同|协助|配合|会同|联合)(?:学校|我校|本校|班主任|老师|幼儿园|我园|本园|园方|校方)/.test(c)) return 'here';
  // Session 42 (set 37): a property-management body's own report calls itself 物业 (物业安排秩序维护员…开展标识巡检).
  if (OTHERS_HERE.test(c) && !(/^物业(?!公司|企业)/.test(c) && unit.names.some((n) => /物业/.test(n)))) return 'here';
  // 该局推行… / 青岚县市场监管局对… in a report naming the place or body it visited: that party acts, and on in the clauses
  // and sentences with no subject of their own (session 18: who acts reads the parties about whom reads).
  if (unit.visited.length > 0 && (NAMED_BACK.test(c) || unit.visited.some((o) => c.startsWith(o)))) return 'other';
  // 县公安局交警大队联合我局开展… / 县市场监管局会同我局对…进行了检查: a joint deed is the unit's too (review17).
  if (JOINT.test(c)) return 'own';
  // 镇里 / 街道里 in the 镇's or 街道's own report: the unit (review17).
  const tierHere = /^(镇|乡|街道|村|社区)里/.exec(c);
  if (tierHere && ownTier(tierHere[1]!, unit)) return 'own';
  // 村里 / 社区里 in a bureau's report: the community (session 19).
  if (tierHere && /村|社区/.test(tierHere[1]!) && unit.kind === 'other') return 'here';
  // 市民王女士… / 家住…的李大爷… / 《清河日报》报道…: a member of the public or a medium acts for itself (session 19).
  if (PUBLIC.test(c) && unit.kind !== 'grassroots') return 'here';
  // 有人折断树枝 / 违法事实：店外占道经营: someone indefinite, an offence told (session 24, apparatus24).
  if (SOMEONE.test(c) || OFFENCE.test(c) || APPEAL.test(c)) return 'here';
  const medium = MEDIUM.exec(c);
  // 联合县融媒体中心… / 利用县电视台…: a verb before the outlet makes it the unit's partner, not a subject.
  // Session 20 (review19): a medium reporting the unit's own deed named inside its clause (…对我局开展的“文明餐桌”行动进行了宣传报道)
  // tells that deed: the clause is the unit's.
  if (medium && !unit.newsroom && !VERB_NOT_PLACE.test(medium[0].slice(0, 2)) && !/^[已在对向为把将从于由与和及同跟经并还也都又再曾正被让使请到借利依联协]/.test(medium[0]) && !isOwnBody(medium[0], unit)) return OWN_DEED_INSIDE.test(c) ? 'own' : 'here';
  const p = PLACE.exec(c);
  if (p && !NOT_PLACE.test(p[1] + p[2]) && !COMPOUND.test(p[1][1] + p[2]) && !VERB_NOT_PLACE.test(p[1]) && p[1] !== unit.place && (unit.places.get(p[1]) ?? 0) >= 2 && PLACE_ACTS.test(c.slice(p[0].length))) {
    // 望江县推行… / 汉川县对… / 东平县把…: another place acting. 望江县城管局 is that place's body: other too.
    return 'other';
  }
  // Session 29 (shape29): 县里 / 市里 opening a clause is the county (or city) acting, in the report of a body that is not the
  // county's own (去年县里对学校周边网吧实施迁址以后，…): another's act (the standard: a concrete action taken by the unit), as
  // 县住建局… is; 镇里 / 村里 are read above.
  if (/^(?:县|市)里(?=对|在|把|将|给|为)(?![^，,。；]{0,8}(?:我|本(?:局|单位|中心|院|校|所|站|村|社区)))/.test(c) && !countyReport(unit) && !(unit.cityUnit && /^市/.test(c))) return 'here';
  // Session 29 (shape29): a police station or squad named by its place (城关派出所 / 城南交警中队) opening a clause, in a report
  // that is not its own: the police acting for itself, as 县公安局… is (BODY wants a 县 / 市 before the name).
  const station = /^([\u4e00-\u9fff]{2,4}?(?:派出所|交警中队|交警大队|交巡警中队|警务站))(?=在|于|对|把|将|已|先后|联合|组织|开展|设立|设置|施划|安排|派出|派|抽调|增派|实施|进行|为)/.exec(c);
  if (station && !isOwnBody(station[1]!, unit)) {
    // Session 30 (review30): the station acting jointly with the unit's own body (城关派出所联合镇综合执法队… in 城关镇's report):
    // a joint deed is the unit's too, as 联合我局 is (JOINT).
    const partner = /^(?:联合|会同|协同|携手)((镇|乡|街道)[\u4e00-\u9fff]{1,8}?(?:队|所|站|办|中心|办公室))/.exec(c.slice(station[0].length));
    return partner && (ownTier(partner[2]!, unit) || isOwnBody(partner[1]!, unit)) ? 'own' : 'here';
  }
  // 副县长郑海波带队… / 县委书记…: a leader of the county (or city) acts for it, in the report of a body that is not the county's
  // own (session 19, after the check).
  if (COUNTY_LEADER.test(c) && !countyReport(unit)) return 'here';
  // 县委宣传部在…举办… / 县委政法委启动…: a department of the county's party committee (BODY stops lazily at 县委).
  const department = unit.names.length > 0 ? PARTY_DEPARTMENT.exec(c) : null;
  const b = department ?? BODY.exec(c);
  if (b && /^(?:省|市|州|县|区)/.test(b[1]) && b[1].length >= 3) {
    if (isOwnBody(b[1], unit)) return 'own';
    // 县住建局对…进行了改造 in 清河县人民政府's (or 县委's) own report: the county's own bodies act for it (session 15's
    // principle for the one in charge; review17).
    if (/^县/.test(b[1]) && countyReport(unit)) return 'own';
    // 县图书馆 / 县人民医院 / 县第一中学 under a county bureau may be the unit's own institution: only a body of government
    // (a bureau, a committee, an office, a township), a court or a firm is positively another.
    // Session 26 (pest26): a police body's team (县交警大队城区中队 / 县公安局交警大队) is the police's, never a bureau's own
    // institution: its penalties (查处违停42起) are its deed, not the unit's.
    // Session 47 (the review): a home named in another body's report (县老年公寓按照县民政局通知… in the 民政局's) acts for itself, as
    // it did before BODY ended at its name; a school stays as session 46 has it (its education bureau's own; overseesPlace).
    // Session 50 (set 45's 34828, 34835): a mass organisation (县妇联 / 县残联 / 县红十字会 / 县慈善总会 / …协会) is never a bureau's
    // own institution: another body acting — when the unit is known and is not that organisation under a clipped name (the check over
    // the whole train: a 讲话 or a 课件 names no unit, and 清河县妇女联合会 is read short of its name, 清河县妇女联).
    if (MASS_ORG.test(b[1]) && !/委员?会$/.test(b[1])) return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) && !joinedByUnit(c, unit) ? 'here' : null;
    // Session 51 (set 46's 35130): a fire and rescue brigade (县消防救援大队) is a body of its own, never a bureau's institution —
    // acting with the unit joined (县消防救援大队与我街道联合…), the deed is the unit's too (the review).
    if (/消防救援(?:大队|支队|站)$/.test(b[1]) && (joinedByUnit(c, unit) || /(?:[和与同及、]|联合|会同|协同)(?:我|本)/.test(c))) return 'own';
    return /(?:局|厅|委员会|委|办公室|办|政府|人大|政协|法院|检察院|公司|集团|企业|镇|乡|街道|街道办|公寓|消防救援(?:大队|支队|站))$/.test(b[1]) || POLICE_BODY.test(b[1]) || b === department ? 'here' : null;
  }
  return null;
}

/**
 * Session 50 (the check over the whole train: 县书法家协会会员和文化馆书法老师在步行街现场挥毫 in the 文化馆's report): the unit's own
 * people or body joined to the organisation in the clause's first part (和 / 与 / 同 / 及 / 、 + 我局 or the unit's name without its
 * county) make the deed joint — the unit's too.
 */
/** A name without its county or city before it (清河县民政局 / 县民政局 → 民政局). */
const withoutPlace = (name: string): string => name.replace(/^(?:[\u4e00-\u9fff]{2})?(?:县|市|区)/, '');

function joinedByUnit(clause: string, unit: Parties): boolean {
  const head = clause.split(/[，,]/)[0]!;
  if (JOINED_BY_UNIT.test(head)) return true;
  // The review: the unit's name as written (县民政局), without its county (民政局) or with 县 / 市 again; 联合 / 会同 / 协同 join too.
  const forms = unit.names.flatMap((n) => {
    const bare = withoutPlace(n);
    return [n, bare, '县' + bare, '市' + bare];
  });
  return forms.some((n) => n.length >= 2 && [...head.matchAll(/[和与同及、]|联合|会同|协同/g)].some((m) => head.startsWith(n, (m.index ?? 0) + m[0].length)));
}

/** A mass organisation's name (a 居民委员会 is none; 清河县妇女联合会 is read as 清河县妇女联). */
const MASS_ORG = /妇联|残联|文联|侨联|工商联|科协|联合会|工会|红十字会|慈善总会|慈善会|协会|商会|联$/;
/** Its first word after the place (县妇联 / 清河县妇女联 → 妇; 县红十字会 → 红): the same organisation by its short or clipped name. */
const orgKey = (name: string): string => withoutPlace(name).slice(0, 1);

/** A police body by its name: a 交警 / 公安 / 交巡警 / 派出所 team. */
const POLICE_BODY = /交警|交巡警|公安|派出所|巡警|特警/;

/** The unit named in a clause: 我 / 我们 / 本局 / 咱们, or its own place by name. */
export function namesUnit(clause: string, own: string[]): boolean {
  if (/我|咱们/.test(clause)) return true;
  // 本馆 after a distributive subject (各分馆馆长对本馆开放服务负责 / 每个村在本村…) is each one's own, not the unit (session 18).
  const self = /本(?:局|县|单位|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇|街道|大队|部)/.exec(clause);
  if (self && !/[各每]/.test(clause.slice(0, self.index))) return true;
  return own.some((o) => clause.includes(o));
}

/**
 * A clause back from the visit (回来后 / 考察结束后 / 回到清河后): the visitors, the unit, are its subject again, although it names
 * no 我 / 本 / own place (review17: 桐岭县的经验给我们很大启发，回来后局党组研究决定… — the group is the unit's).
 */
function opensBack(clause: string): boolean {
  const rest = clause.replace(OPENING, '');
  return /^(?:(?:考察|学习|参观|调研|观摩)?(?:回来|返回|归来|结束|回县|返县|回到[^，,；;]{1,6})后|(?:考察|学习|参观|调研|观摩)(?:结束|归来)后?)/.test(rest);
}

/** The unit named as the agent inside a clause about another party (桐岭县在我局协助下… / 马庄村经我局帮扶…). */
const UNIT_AGENT = /在(?:我|本)[^，,；;。]{1,10}下|(?:经|经过|通过|由)(?:我|本)[^，,；;。]{0,8}(?:帮扶|指导|协调|帮助|推动|支持|协助|对接|推荐|组织)/;

/** What may open a clause before its subject: an adverbial of time, manner or report. */
const OPENING = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*|[一二三四五六七八九十]+是)?(?:据[^，,；;：:]{0,8}?(?:介绍|了解|统计|悉)[，,]?|如今|目前|现在|近年来|近年|近两年|近三年|同时|此外|另外|其中|特别是|\d{4}年(?:以来)?|今年(?:以来)?|去年|截至[^，,；;]{0,10}|通过[^，,；;]{0,12}[，,]?)?/;

/** The clause opens with another party as its subject (after at most an adverbial). */
function opensWithOther(clause: string, others: string[], pronouns: boolean): boolean {
  const rest = clause.replace(OPENING, '');
  if (pronouns && NAMED_BACK.test(rest)) return true;
  return others.some((o) => rest.startsWith(o));
}

/** Whom a clause is about by its start: another party as its subject ('other'), the unit named or back ('unit'), or null. */
export function clauseAbout(clause: string, parties: Parties, bodies = false): 'other' | 'unit' | null {
  if (opensWithOther(clause, parties.visited, parties.visited.length > 0)) return UNIT_AGENT.test(clause) ? 'unit' : 'other';
  // Session 22: a partner of a joint report opening the clause (县公安局方面明确由…负总责 / 市生态环境局清河分局由…): that
  // partner's one in charge, although its name holds the county's.
  if (bodies && opensWithPartner(clause, parties)) return UNIT_AGENT.test(clause) ? 'unit' : 'other';
  if (namesUnit(clause, parties.own) || opensBack(clause)) return 'unit';
  // With bodies (主体责任): a community's people or body opening the clause (社区党委书记张某任组长) speak of that body (session 19).
  // A contractor and its staff (保洁公司项目经理陈军负责现场调度): that firm's one in charge, not the unit's.
  if (bodies && (opensWithCommunity(clause, parties) || byCommunity(clause, parties) || CONTRACTOR.test(clause.replace(OPENING, '')))) return UNIT_AGENT.test(clause) ? 'unit' : 'other';
  return null;
}

/** The report's title: its first line when that has no sentence mark. */
export function titleOf(seg: { sentences: readonly { text: string }[] }): string {
  const first = seg.sentences[0]?.text ?? '';
  return /[。！？；;!?]/.test(first) ? '' : first;
}

/**
 * Session 21 (genre21): the parties to an agreement, defined once (session 20 had two lists: duties20's PARTY with sideOfUnit in
 * element-mood.ts, charge20's AGREEMENT_PARTY in element-responsibility.ts). The principal's side (甲方 / 委托方) is the unit's unless
 * a line of the agreement names the unit as another side (乙方：清河县… / 乙方为…); the counterparty is every other side. Longer
 * names first (受委托方 before 委托方).
 */
export const AGREEMENT_PARTIES = [
  '甲方', '乙方', '丙方', '丁方', '受委托方', '受托方', '委托方', '承接方', '服务方', '承办方', '承包方', '承租方', '受让方',
  '中标方', '中标人', '供应方', '供应商', '运营方', '合作方', '合作单位',
] as const;
const PRINCIPAL = new Set(['甲方', '委托方']);
/** Any party, as a regex source: (?:甲方|乙方|…). */
export const PARTY = `(?:${AGREEMENT_PARTIES.join('|')})`;
/** The counterparty of a unit on the principal's side: every party but 甲方 / 委托方. */
export const COUNTERPARTY = new RegExp(AGREEMENT_PARTIES.filter((p) => !PRINCIPAL.has(p)).join('|'));
/** The side the unit is on: a line 甲方：… / 乙方为… naming the unit its title names; else 甲方. */
export function sideOfUnit(sentences: readonly { text: string }[]): string {
  const title = sentences[0]?.text ?? '';
  const stem = (name: string) => name.replace(/^(?:[\u4e00-\u9fff]{2,3}?(?:省|市))?(?:[\u4e00-\u9fff]{2,3}?县)?/, '').slice(0, 4);
  for (const s of sentences.slice(0, 60)) {
    const m = new RegExp(`^\\s*(${PARTY})\\s*(?:[（(][^）)]{0,4}[）)])?\\s*(?:[：:]|为)\\s*([\u4e00-\u9fff]{4,30})`).exec(s.text);
    if (m && stem(m[2]!).length >= 2 && title.includes(stem(m[2]!))) return m[1]!;
  }
  return '甲方';
}
