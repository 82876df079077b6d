/**
 * Session 36 (set 31, moved to train): deeds that are someone else's, not the unit's measure (the label standard: the unit's own
 * action; rulings: a good person's, a family's, a customer's or a contractor's own deeds are theirs).
 *
 * - OTHER_PARTY_OWN: a clause whose subject is a party outside the unit acting of its own accord (初二学生刘思远周末自己去看望… /
 *   1200余户用户自行更换了老化胶管 / 有的家庭自己给老人做了扶手 / 各会员单位根据自身条件自行选择… / 承包方…自行出资…) — the party
 *   words element-place-stock.ts OTHERS_OWN_ACCORD and element-measures.ts SELF_ORGANISED do not hold; not after the unit's
 *   own word (我校学生 / 本单位) and not when the unit has them do it (组织 / 引导 / 督促 … before them).
 * - PERSON_OWN: a person named (王某福 / 卢某 / 刘思远) then a word of their own means (自己 / 自家 / 自费 / 个人出资 / 义务).
 * - THIRD_PERSON: a clause opening with 他 / 她 (after a time; 他的… is a possessive, no subject): a report speaks of its unit as 我局 / 我们, so a third person acting
 *   is someone the report tells about.
 * - MEMBER_COPULA: who someone is (高某帆是我校汽修专业二年级学生): a description, the verbs inside the noun phrase (汽修) no deed.
 * - RECOGNISED_NAME: another body's named project or activity as the subject of an honour (县志愿服务联合会“阳光助残”项目获省文明办…
 *   表彰, in the 文明办's report): an outcome told, not the unit's deed; the unit's own project (“七彩假期”项目被团省委评为…, no body
 *   before it, or the title's unit) and a verb before the name (开展的 “…”项目获…) keep it.
 * - VISITOR_ON_US: another body checking the unit (…大队对我乡…进行了检查); session 37 (set 32): or coming to check it, or checking the
 *   places of its area (镇综合执法队到社区检查，社区人员陪同 / 县消防救援大队对辖区部分场所开展抽查，镇里配合) — VISITOR_IN_AREA.
 * - GOOD_DEED (session 37, set 32): a person of another trade or of the public, by role, doing a good turn (投递员赵军帮独居老人
 *   代缴电费 / 快递员雨中护送走失儿童回家): the person's own deed told (the rulings: a rider's own good deed is theirs).
 * A clause of another party's own deed carries its subject over the clauses after it in the sentence (…自己去看望老人，帮老人买菜
 * 做饭) until a clause opens with the unit's own word (我 / 本 / the title's unit) — OWN_SUBJECT.
 */
import { COMPOUND_SURNAME, SURNAME, inOrder } from './element-shared.js';
import { textNamesUnit } from './unit-identity.js';

const NOT_BY_UNIT = '(?!供|便于|方便|以便|让|用于|可供|督促|要求|责令|通知|组织|引导|指导|带领|动员|发动|号召|鼓励|帮助|协助|为|给|替|推动|推进|促进|协调|支持)';
// Session 44 (set 39): an operator (经营者自行将公示牌张贴) and the unit's own sections doing their own filing (股室自行整理本股室形成的文件: the rulings make it theirs).
// Session 58 (train 22175): a village's animal-health worker on his own (村级动物防疫员结合春防自行为村民犬只免疫).
const PARTY =
  '(?:学生|同学|孩子|儿童|用户|客户|家庭|家属|亲属|子女|会员单位|会员店|会员|(?:农机|农民|专业)?合作社|种粮大户|养殖户|承包方|承包商|承包企业|运营方|经营方|患者|病人|老人|残疾人|骑手|快递员|司机|车主|企业|厂家|店家|群众|市民|商户|零售户|店主|门店|农户|村民|居民|业主|场所|经营单位|经营户|餐饮单位|餐馆|饭店|餐厅|农家乐|夫妻|老两口|养殖场|猪场|规模主体|加油站|屠宰厂|公司|开办方|开办者|经营者|股室|科室|管水员|(?:村级?)(?:动物)?防疫员|渔民|渔户|护渔员|护林员|(?:村)?保洁(?:队|员)|运营单位|院线|放映(?:公司|队)|机手|机主|(?:农机)?经销商|家长|志愿者(?=(?:(?!我|本|按照|根据|派单|安排|组织|分工)[^，,。；｜|]){0,8}?自行(?!车))|(?:托育|培训|医疗|养老|服务)?机构|(?:辖区|各|部分|有的|周边|全县(?:[\\d一二三四五六七八九十百]+所)?)(?:学校|中小学|幼儿园|卫生室|医院|驾校))';
// 自觉 / 自愿 too (店主大多能在营业结束后自觉清扫门前 / 老人自愿组成…): others' own conduct, an outcome at most, no measure of the unit.
// Session 38 (set 33): 自办 (柳编传承人赵德海自办柳编作坊).
// Session 40 (set 35): a market operator's own check (开办方自查) and a village's water keeper on his own (管水员…自行巡查).
// Session 41 (set 36): parents, institutions (托育 / 培训 机构) and the schools or clinics of an area (辖区学校自行开展晨检).
// Session 42 (set 37): retailers (各零售户按要求自行整理柜台) and the county's schools counted (全县47所中小学…自行召开了控烟主题班会).
// Session 43 (set 38): a farmer's own crop or stock (农户自种大棚西瓜 / 自养肉羊).
// Session 50 (set 45's 34806): volunteers on their own (由志愿者自行上门调解) — only with 自行: 志愿者义务… is often the unit's own scheme.
// Session 56 (set 51's 38041): by its own promise or charter (5家农机经销商按各自的售后服务承诺… / 合作社按本社章程…).
// Review 56b: not 按各自职责 / 分工 (社区与物业公司按各自职责分工开展…: a division of work, the unit often among the bodies).
// Session 59 (set 54's 39238): its own filing through a system or a platform (辖区民宿经营户通过住宿登记系统上传旅客信息5300余条).
const OWN_MEANS = '(?:通过[^，,。；｜|]{0,12}?(?:系统|平台|小程序|APP|App|公众号)(?:自行)?(?:上传|填报|申报|登记|报送|录入|提交|预约|申请)|按(?:各自|本社|本企业|自身)的?(?!职责|分工|职能)|自种|自养|自栽|自查|自己|自行(?!车)|自发|自办|自费|自筹|自掏腰包|凑钱|集资|自家|个人出资|自觉|自愿|常年义务|(?<![“"])义务(?!教育|兵|消防|植树))';
// The gaps stop at a table's cell mark too (王某某｜一组｜义务清扫村道: a register row of the unit's own scheme, not one person's deed told).
// Session 41 (set 36): up to sixteen characters between the party and its own means (顺达物流公司在镇内的货运车队组织了车辆自查),
// and a party keeping up its routine (辖区托育机构坚持每日晨检).
const OTHER_PARTY_OWN = new RegExp(
  `^(?:${NOT_BY_UNIT}[^，,。；｜|]){0,16}?(?<![我本该])${PARTY}(?:们)?(?:[^，,。；｜|]{0,16}?${OWN_MEANS}|(?:都|均|也|一直)?坚持)`,
);
/**
 * Session 38 (set 33): a register's cell telling a party's own deed, 主动 included (5月｜家庭主动送子参军｜退役军人家庭｜9户): the row
 * counts what families did, no deed of the unit. Only a cell that opens with the party (a row's own 事项 cell).
 */
// Session 40 (set 35): the party may be named with its place first (城关农贸市场开办方自查).
const CELL_PARTY_OWN = new RegExp(`^\\s*(?:${NOT_BY_UNIT}[^，,。；｜|]){0,10}?${PARTY}(?:们)?[^，,。；｜|]{0,6}?(?:主动|${OWN_MEANS})`);
// Review 59a: not the reporting firm's or shop's own self-check in its own record (…｜公司自查｜… in a 公司's report).
const partyOwnCell = (clause: string, title = ''): boolean =>
  /[｜|]/.test(clause) && clause.split(/[｜|]/).some((cell) => CELL_PARTY_OWN.test(cell) && !ownSelfCheckCell(cell, title));
/**
 * Session 41 (set 36): a register row whose cell opens with a self-check or a deed of its own (3月6日｜柳林客运公司｜客车安全技术状况｜
 * 自查客车12辆 / …｜刘庄村｜村自查，… / …｜育才培训学校｜预收费｜机构自查): the place the row names checked itself, no deed of the unit —
 * unless a cell names the unit (我 / 本 / 局机关 / 科室).
 */
// Session 44 (set 39): the place named by its kind (3月10日｜柳林客栈｜布草更换、消毒｜旅馆自查：布草每客更换).
// Session 45 (set 40): or the place's own report of it (5月20日｜利丰纺织｜噪声岗位耳塞更换｜企业自报完成).
// Session 53 (set 48's 36429): the place by its inside (…｜问题2处｜站内自行整改: a 加油站's own register row).
const SELF_CELL =
  /^\s*(?:站内|站方|场内|厂内|店内|院内|校内|园内|村|企业|公司|机构|学校|驾校|场所|门店|商户|单位|场|厂|店|旅馆|宾馆|酒店|旅社|客栈|饭店|餐馆|浴室|游泳馆|市场|开办方|经营者|经营户|业主|物业|工地|项目部|班组|基地|合作社)?(?:自查|自检|自行(?!车)|自主|自报)/;
const UNIT_CELL = /[我本]|局机关|科室|股室|全局|全院|全所/;
/**
 * Session 46 (set 41): a register row whose item cell opens with the place's own side (4月30日｜宏达奶牛场｜场方自行清粪｜… / …｜场方检修
 * 沼气池｜检修中): the place's own deed, no deed of the unit — unless the report is that place's own (the side's word in the title's unit:
 * a farm's, a factory's, a shop's own report speaks of itself as 场方 / 厂方 / 店方).
 */
const SIDE_CELL = /^\s*(场|厂|店|院|校|企业|园|馆)方(?!负责人|人员)/;
/** The review: the unit's own people or check in another cell (执法人员 / 现场检查 / 采样) keep the row the unit's. */
const UNIT_AT_WORK = /执法人员|工作人员|现场(?:检查|核查|采样|抽检|督导)|采样|抽检|下达/;
function sideRow(clause: string, title: string): boolean {
  if (!/[｜|]/.test(clause)) return false;
  const cells = clause.split(/[｜|]/);
  // The item cell: the first after a date and a place (4月30日｜宏达奶牛场｜场方清粪｜…), not a result cell (…｜场方已整改).
  const side = SIDE_CELL.exec(cells[2] ?? '');
  if (!side || !/\d{1,2}月\d{1,2}日|\d{1,2}[./-]\d{1,2}/.test(cells[0] ?? '') || cells.some((cell) => UNIT_CELL.test(cell) || HAD_DONE_CELL.test(cell) || UNIT_AT_WORK.test(cell))) return false;
  // The side is the unit's own when the title's unit is a place of that kind (市场监督管理局 names no 场).
  return !title.split('关于')[0]!.replace(/市场监督管理|市场监管|法院|检察院/g, '').includes(side[1]!);
}

/**
 * Session 49 (set 44's 34213, 34223, 34234): a register row whose cell opens with another body or its people at the deed (…｜学校教师
 * 家访｜… in a town's report / …｜户籍所在镇政府和派出所上门做家长工作｜… in a school's / …｜县资助中心入户复核｜… in a school's): theirs,
 * the row only what the unit was told or kept — unless the body is the unit (its own word, its title's name or its letters in order).
 * The set's rulings: a school's 家访 in the bureau's report is the school's, whoever oversees it.
 * Session 52 (set 47's 35907, 35720): a firm at its trade (…｜洁源公司清洗水箱4个｜…｜已备案) and a 卫生院 at its own oversight
 * (…｜卫生院张贴标识 / 卫生院限期整改 in the bureau's summary of what the 卫生院 reported).
 */
// Session 55 (set 50's 37407): a closing cell telling the body ran it (…｜足球训练｜30｜学校组织 in the 教育局's record of the schools').
const CELL_BODY_ACTS =
  /^\s*((?:户籍)?(?:所在)?(?:县|市|乡|镇)?(?:(?!会同|联合|协同|配合|协助|陪同|和|与|及|一起)[\u4e00-\u9fff]){0,8}?(?:学校|小学|中学|幼儿园|村委会|村两委|居委会|派出所|司法所|政府|中心|卫生院|医院|公司|物业|产权单位|管理单位|房主|户主|业主|园方|校方|厂方|经营方|开办方))(?:的)?(?:教师|老师|班主任|民警|干部|工作人员|医生|人员)?(?:(?:和|与|、|会同)[\u4e00-\u9fff]{0,8}?(?:派出所|司法所|村委会|学校|中心|政府))?(?:自行|一起|共同|联合)?(?:已经?|均已)?(?:排气|抢修|安排|调整|改用|挪车|加固|腾退|入户|上门|家访|走访|核查|复核|核实|随访|回访|做[\u4e00-\u9fff]{0,4}工作|劝返|送返|巡查|检查|清理|拆除|更换|维修|修复|整改|加装|(?:清洗|消毒|检测|收运|清运|疏通|清淤|保洁|清扫|养护|维保|保养)(?!班|队|组|员|人员)|张贴|(?:现场)?指导|督导|限期|责令|通知[\u4e00-\u9fff]{1,6}?(?:停售|下架|销毁|退货|召回)|(?:组织|开展|举办|承办|主办|自办)(?=\s*$))/;
/** The verbs session 52 added to CELL_BODY_ACTS (a firm at its trade, a body at its own oversight). */
// Session 60 (set 55's 39721): and a market operator telling its stallholders to stop selling (…｜开办方通知摊户停售), read with the same
// guard (a row naming the unit's check keeps it the unit's).
const TRADE_OR_ORDER_VERB = /(?:清洗|消毒|检测|收运|清运|疏通|清淤|保洁|清扫|养护|维保|保养|张贴|指导|督导|限期|责令|停售|下架|销毁|退货|召回)$/;
/**
 * Session 54 (set 49's 36637, 36827, 36841): the parties and words session 54 added (a 热力公司's 排气 / 抢修, a school's 安排 / 调整 /
 * 改用, a 房主's 加固, a 物业 that 已清理): read with the same guard — a row naming the unit's check, people or order in another cell
 * stays the unit's (…｜执法人员现场检查｜物业已清理).
 */
const ROW_CHECK_CELL = /^\s*(?:入户)?(?:检查|排查|巡查|督查|抽查|复查|核查|测温|督办)/;
const ADDED_BODY_CELL = /^(?:\s*[\u4e00-\u9fff]{0,8}?(?:房主|户主|业主|园方|校方|厂方|经营方)|[^｜|]*?(?:已经?|均已)|[^｜|]*?(?:排气|抢修|安排|调整|改用|挪车|加固|腾退)$)/;
/**
 * Session 49 (set 44's 34407): a row's doer cell naming a firm's staff (…｜陪同就医｜康馨公司员工孟涛｜已服务): the firm's service.
 * Session 50 (set 45's 34608, 34744, 34913): a firm's crew (…｜公司作业一班｜… / …｜公司养护班组｜…), the firm named or not, and the
 * firm signing the row (…｜公司签字): the firm's work under its contract (set 45's ruling 1).
 * Session 51 (set 46's 35214): the firm reporting the row (…｜银行上报，已劝阻): its work, the unit's only the keeping.
 */
const FIRM_STAFF_CELL =
  /^\s*([\u4e00-\u9fff]{0,12}?(?:公司|企业|银行|支行|营业所|物业))(?:的)?(?:(?:员工|护理员|服务人员|工作人员|师傅|技师|保洁员)[\u4e00-\u9fff、]{0,8}|作业(?:[一二三四五六七八九十\d]{1,2})?(?:班组|班|队|组)|养护(?:班组|班|队|组)|施工队|维修(?:班|队|组)|保养(?:班|组)|(签字|签名|盖章|签章)(?:确认)?|(?:上报|报送|自报)(?:[，,](?:已|均已)?(?:劝阻|处置|处理|办结)[^｜|，,。；]{0,4})?)\s*$/;
/**
 * The review: in an inspection's row the checked firm signs (…｜检查后厨卫生…，当场督促整改｜企业签字确认): the unit's check, demand or
 * people in another cell keep the row the unit's (a firm's own 检查制动 in its maintenance row does not).
 */
const CHECKED_ROW = /抽查|督查|检查组|执法|查处|督促|责令|干部|执法人员|工作人员|我|本(?:局|所|站|中心|镇|乡)/;
/** Session 49 (set 44's 34346): the row's own person at his duty (…｜本人通过手机端提交思想汇报｜已提交): a 矫正 对象's own 报到 / 汇报. */
const PERSON_CELL = /^\s*(?:本人|其本人|对象本人)(?:通过|按时|按要求|按规定|如期|主动|自行)?[^｜|，,。；]{0,8}?(?:提交|报到|汇报|递交|上交|参加|到)/;
// Session 58 (set 49's 36920, an older item): hired by a body named before them and at their round under the agreement (这些山塘全部由
// 镇里聘用的巡查员按协议巡查).
// Session 55 (set 50's 37205, 37214, 37236): advisers under their agreement (律所派驻的法律顾问按协议到村坐班 / 上半年顾问到村坐班6次 /
// 其中顾问为困难群众代写…): theirs, as the hired hands' are.
const HIRED_HANDS = /^(?:(?!组织|督促|要求|安排|培训|指导|带领|召集|动员)[^，,。；我本]){0,8}?(?:巡查员|护林员|护路员|监测员|管护员|巡库员|巡塘员|信息员|协管员|法律顾问|顾问|律师)(?:们)?[^，,。；我本]{0,6}?(?:按(?:照)?(?:管护|服务|聘用|顾问)?(?:协议|合同)|依(?:据|照)?(?:管护|服务|聘用|顾问)?协议)|由(?:[^，,。；我本]{0,6}?(?:聘用|聘请)的)?(?:专职|兼职)?(?:巡查员|护林员|管护员|巡库员|巡塘员)(?:按(?:照)?(?:管护|服务|聘用)?(?:协议|合同))?(?:开展|进行)?(?:承担|负责|完成|巡查|巡护|巡库|巡塘)|^[^，,。；我本]{0,6}?(?:巡查员|护林员|管护员|巡库员|巡塘员)(?:们)?(?:共|累计|均)?(?:上报|报送|提交|形成)|^(?:其中|另外|此外)?(?:(?:上|下)半年|今年|全年|[一二三四]季度)?(?:(?!组织|督促|要求|安排|邀请|聘请|委托|协调|带领|动员|对|向|与|和)[^，,。；我本]){0,4}?(?:法律顾问|顾问|驻村律师|值班律师|指派律师|签约律师|(?:工会|企业|律所|律师事务所)(?:的)?调解员)(?:们)?(?:共|累计|均|还)?(?:每月|每周|每季度|定期|按月|按时)?(?:到村|到社区|坐班|值班|为|在|帮|代写|出具|解答|接待|审查|参与|调解)/;
/**
 * Session 57: the places of a kind as a clause's subject (各学校 / 辖区各药店 / 各村), not kinds or tiers of things (各级 / 各类 / 各项).
 * Review 57a: trades' places too (各商场 / 各宾馆 / 各工地 / 各养老院), here and in EACH_OWN_PLAN (one list, EACH_PLACES; the subject
 * also takes 各单位 / 各园 / 各乡镇 / 各街道).
 */
const EACH_PLACES = '学校|校|村|社区|企业|门店|商户|药店|医院|卫生院|卫生室|机构|站点|网点|物业|小区|公司|幼儿园|商场|超市|宾馆|酒店|饭店|景区|工地|市场|养老院|敬老院';
export const EACH_SUBJECT = new RegExp(`^(?:辖区|全县|全镇|全乡)?各(?!级|类|项|种|部门|股|科|队)[\\u4e00-\\u9fff]{0,8}?(${EACH_PLACES}|单位|园|乡镇|街道)`);
// Session 58 (set 53's 38726, 39048): by their own village's rules (各村按照本村村规民约自行组织…), or on their own with no plan named
// (各乡镇（街道）自行对辖区站点开展摸排).
const EACH_OWN_PLAN = new RegExp(
  `^(?:辖区|全县|全镇|全乡)?各[\\u4e00-\\u9fff]{0,6}?(${EACH_PLACES}|乡镇|街道)(?:[（(](?:街道|社区|居)[）)])?(?:均|都)?(?:(?:按照|按|根据|依照|结合)(?:各自|自身|其|本校|本单位|本院|本村|本社区|教学|自己)|自行(?!车)|自主)`,
);
const PARTY_OWN_ACCORD = /^(?:(?!督促|督导|监督|督查|动员|鼓励|倡导|通知|要求|联合|会同|指导|组织|协助|配合|帮助|责令|推动|引导)[^，,。；]){0,12}?(物业|热力公司|维护公司|鉴定中心|企业|医院|卫生院|产权单位)[^，,。；]{0,16}?(?:自行|自主)(?!车)/;
const FIRM_AT_TRADE = /^(?:[\u4e00-\u9fff]{0,4}?[，,])?((?:县|市)?(?:(?!我|本|督促|要求|责令|组织|协调|联系|通知|安排|指导|督导|会同|联合|协助|配合|邀请|委托)[\u4e00-\u9fff]){0,6}?(?:热力|燃气|供水|自来水|水务|维护|维保|物业|保洁|鉴定|检测)(?:有限)?(?:公司|中心))(?:今年|本季|全年|上半年|下半年)?(?:共|累计|已|先后)?(?:抢修|维修|检修|更换|保养|排气|清理|鉴定|检测)/;
const HIRED_HANDS_TITLE = /巡查员|护林员|护路员|监测员|管护员|巡库员|巡塘员|信息员|协管员|顾问|律师|公司|机构|工会/;
const BARE_KIND = /^(?:学校|物业|公司|企业|园方|校方|房主|户主|业主|厂方|经营方)$/;
/**
 * Review 54a: a cell opening with the unit's own tier or office at a check (…｜街道巡查｜…｜业主已挪车 in a street's report / …｜局安全股
 * 检查｜…｜校方调整… in a bureau's): the unit's check, the party's deed its result.
 */
const TIER_AT_CHECK = /^\s*(街道|社区|镇|乡|局|委|办)(?:[\u4e00-\u9fff]{0,4}?[办股科室队])?(?:工作人员|干部)?(?:巡查|检查|督查|抽查|核查|排查|暗访|走访)/;
export function tierAtCheck(cell: string, title: string): boolean {
  const m = TIER_AT_CHECK.exec(cell);
  return m !== null && (title.split('关于')[0] ?? '').includes(m[1]!);
}
function bodyCell(clause: string, title: string): boolean {
  if (!/[｜|]/.test(clause)) return false;
  return clause.split(/[｜|]/).some((cell) => {
    if (PERSON_CELL.test(cell)) return true;
    const body = CELL_BODY_ACTS.exec(cell);
    const firm = body ? null : FIRM_STAFF_CELL.exec(cell);
    // A firm's crew or signature: not in a row naming the unit's check or people in another cell (the review).
    if (firm && clause.split(/[｜|]/).some((other) => other !== cell && (UNIT_CELL.test(other) || CHECKED_ROW.test(other)))) return false;
    // A body at a trade's or an order's verb (清源公司清洗水箱4个 / 卫生院限期整改): not in a row naming the unit's check, people or
    // order in another cell (…｜执法人员现场检查｜清源公司清洗水箱4个｜… / …｜我局执法人员抽查医废暂存点｜卫生院限期整改).
    if (body && (TRADE_OR_ORDER_VERB.test(body[0]) || ADDED_BODY_CELL.test(body[0])) && clause.split(/[｜|]/).some((other) => other !== cell && (UNIT_CELL.test(other) || CHECKED_ROW.test(other) || UNIT_AT_WORK.test(other) || (ADDED_BODY_CELL.test(body[0]) && tierAtCheck(other, title))))) return false;
    // Session 54's parties and words: also not in a row whose other cell tells a check (…｜排查房屋｜墙体裂缝｜房主加固墙体).
    if (body && ADDED_BODY_CELL.test(body[0]) && clause.split(/[｜|]/).some((other) => other !== cell && ROW_CHECK_CELL.test(other))) return false;
    const m = body ?? firm;
    // Session 54 (set 49's 36841): a bare kind's word (学校 / 物业) is the unit only by the title's own name, not by the topic after
    // 关于 (…人民防空办公室关于学校防空疏散演练情况的说明).
    // Session 55 (set 50's 37407): a title with no 关于 (清河县教育局乡村学校少年宫活动开展情况说明) names the unit by its first bureau's name.
    const named = m !== null && BARE_KIND.test(m[1]!) ? bareKindHead(title) : title;
    return m !== null && !UNIT_CELL.test(cell) && !ownSubject(m[1]!, title) && !textNamesUnit(named, { key: m[1]! }) && !inTitleOrder(m[1]!, named) && !sameKind(m[1]!, title);
  });
}
// Review 55b: the title as the report reads it opens with its mark (# 清河县教育局…), which the head is read without; a 办 or 部
// ends the head too (清河县文明办乡村学校少年宫工作情况说明), not 民办.
function bareKindHead(title: string): string {
  if (title.includes('关于')) return title.split('关于')[0]!;
  return /^[\u4e00-\u9fff]{0,12}?(?:局|委员会|办公室|(?<![民公私])办|部)/.exec(title.replace(/^[#\s]+/, ''))?.[0] ?? title;
}
/** Kinds of body and the title words that make such a body the unit itself (read by sameKind). */
const OWN_KINDS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/小学|中学|学校|幼儿园|^(?:校方|园方)$/, /小学|中学|学校|幼儿园|学院|[一二三四五六七八九十实附][小中]/],
  [/医院|卫生院/, /医院|卫生院/],
  [/派出所/, /派出所/],
  [/司法所/, /司法所/],
  [/村委会|村两委|^村/, /村/],
  [/居委会|^社区|党群服务中心/, /社区|居委会/],
  [/^镇|镇政府/, /镇/],
  [/^乡|乡政府/, /乡(?!村)/],
  [/^街道/, /街道/],
];
/**
 * The body is of the title's own kind (学校 in a 中学's report, 村委会 in a village's, 镇政府 in a town's, 社区服务中心 in a
 * community's): the unit by its kind's word — not when the title is a bureau's or a centre's about such places (…教育局中小学…: the
 * review), nor a firm (a firm's own name runs in order through its title: inTitleOrder).
 */
function sameKind(body: string, title: string): boolean {
  const head = bareKindHead(title);
  if (/局|委员会|管委会|政府(?!.*(?:镇|乡))|中心(?!.*社区)|办公室/.test(head.replace(/(?:镇|乡)(?:人民)?政府/, '')) && !/社区|村/.test(head)) return false;
  return OWN_KINDS.some(([kind, unit]) => kind.test(body) && unit.test(head));
}

/** A cell telling the unit had it done (4月｜组织市场开办方自查｜价签｜自查摊位326户): the unit's measure, session 40. */
const HAD_DONE_CELL = /^\s*(?:组织|督促|要求|指导|引导|责令|安排|通知|部署)/;
// Session 59 (set 54's 39545): a cell naming the place by the kind the report's own unit is (…｜项目部自查｜… in a 项目部's own record) is
// the unit's own self-check.
// Review 59a: 本 / 我 before the kind (本项目部自查); the kind not as part of a regulator's or a service body's name (市场监督管理局 /
// 中小企业服务中心 hold 市场 / 企业, yet a 市场自查 row in their report is the market's).
const SELF_CELL_KIND = /^\s*(?:本|我)?(项目部|公司|企业|门店|市场|工地|合作社|基地|酒店|宾馆|饭店|餐馆|旅馆|客栈|驾校|学校|物业)(?:自查|自检)/;
export function ownSelfCheckCell(cell: string, title: string): boolean {
  const kind = SELF_CELL_KIND.exec(cell)?.[1];
  return kind !== undefined && reporterHead(title).replace(/市场监督|市场监管|企业服务|企业发展/g, '').includes(kind);
}
export function selfCheckRow(clause: string, title = ''): boolean {
  if (!/[｜|]/.test(clause)) return false;
  const cells = clause.split(/[｜|]/);
  return cells.some((cell) => SELF_CELL.test(cell) && !ownSelfCheckCell(cell, title)) && !cells.some((cell) => UNIT_CELL.test(cell) || HAD_DONE_CELL.test(cell));
}
/** The unit at work or ordering in a cell beside the self-check (街道组织清理 / 工作人员清理 / 执法人员现场检查，责令…): not theirs as a whole. */
const UNIT_ORDERS_IN_CELL = /(?:组织|督促|要求|指导|责令|安排|通知|部署)(?!自查)/;
/** The whole row is the place's or the firm's (elements.ts skips it for 具体措施): a self-check row with no cell of the unit at work. */
export function selfCheckRowWhole(clause: string, title = ''): boolean {
  return selfCheckRow(clause, title) && !clause.split(/[｜|]/).some((cell) => !SELF_CELL.test(cell) && (UNIT_AT_WORK.test(cell) || UNIT_ORDERS_IN_CELL.test(cell)));
}

// A name: not 于 unless 于某 (用于增设… / 位于… read 于 as a surname once), not a common word opening with a surname's character.
const NAME = `(?:(?:${COMPOUND_SURNAME})|(?!于(?!某)|方便|高度|白天|马上|金额|常年|向来|程度|范围|严格|易于|温度|包括|石头|田间|江边|任何|任务|万元|林下|黄色|白色|江河)[${SURNAME}])(?:某某?[\\u4e00-\\u9fff]?|[\\u4e00-\\u9fff]{1,2})`;
const PERSON_OWN = new RegExp(
  `^(?:${NOT_BY_UNIT}[^，,。；｜|]){0,10}?(?<![局院校所站馆委办队长记任员])${NAME}(?:同志)?(?:还|也|又|就|便|则|都|一直|多年来|常年|坚持)?(?:(?!供|便于|方便|让|给|为)[^，,。；｜|]){0,6}?(?:${OWN_MEANS}|义务)`,
);

/**
 * Session 46 (set 41): a served person's own story, named by who they are (退役军人赵某退伍后回到王庄镇，自筹资金办起生态养殖场 / 返乡青年
 * 李某毕业后回村…): their life told, the deeds in it theirs, carried over the clauses after it until one names the unit or its people or
 * acts for the person (STORY_ENDS: 我局… / 工作人员… / 为其… — the review: 回到家中 is no story, and the unit's help must not be blanked).
 */
export const STORY_ENDS = /我|本[局院校所站馆中心]|工作人员|干部|民警|为其|帮其|帮助|协助|为他|为她|派人|组织|联系|协调/;
export const PERSON_STORY = new RegExp(
  `^(?:(?:\\d{4}年)?[\\d一二三四五六七八九十]{1,2}月[，,]?)?(?:退役军人|老兵|老党员|返乡青年|返乡大学生|大学生|村民|居民|农户|养殖户|残疾人|军属|烈属)${NAME}[^，,。；｜|]{0,10}?(?:退伍|退役|复员|转业|退休|返乡|回乡|毕业|出院|刑满)`,
);

const TIME = '(?:\\d{4}年(?:\\d{1,2}月)?|[\\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?|今年|去年|前年|那年|那天|当天|当晚|平时|平日|多年来|近年来|此后|后来)';
const THIRD_PERSON = new RegExp(`^(?:${TIME}[，,]?)?(?:他|她)(?!们?的)`);

const MEMBER_COPULA =
  /^[^，,。；]{1,12}?(?:是|系)(?:我|本|该)?[^，,。；]{0,16}?(?:学生|职工|员工|居民|村民|党员|教师|老师|医生|护士|志愿者|成员|队员|会员|老人|家长|商户|骑手|快递员|司机|退休(?:教师|干部|职工|工人))$/;

const RECOGNISED_NAME =
  /^((?:(?!开展|实施|组织|打造|创办|推出|举办|启动|发起|策划|承办|运营|建设|建立)[^，,。；“]){0,14}?(?:联合会|协会|学会|中心|公司|企业|医院|学校|服务队|志愿队|团队|社|会|局|院|校|队|站|所|村|社区))(?:的)?“[^”]{2,20}”[^，,。；“”]{0,6}(?:活动|行动|工程|项目|品牌|志愿服务|课堂|讲堂)(?:还|也|先后|再次|又|分别)?(?:获|荣获|被[^，,。；]{1,12}?(?:评为|授予|命名|表彰|推荐为|列为)|入选|获评|获得|荣膺)/;

/**
 * Another body checking the unit (县文化市场综合执法大队对我乡文化经营场所进行了检查 / 市…支队对我县8家书店进行抽查): the visitor's act,
 * not the unit's measure — unless the body is the report's own unit (its title names it). Session 38: a time of up to ten characters
 * between (县农村公路管理所二季度、四季度对我乡村道养护进行了抽查).
 */
const VISITOR_ON_US =
  /^((?:县|市|省|州)[^，,。；]{1,18}?(?:支队|大队|中队|中心|局|办|委|组|站|所|院))(?:的[^，,。；]{0,6})?[^，,。；]{0,10}?对我(?:县|市|乡|镇|局|校|院|村|社区|单位|所|站|馆|中心|行|公司|街道|园区)/;

/**
 * Session 37 (set 32): a county's, a city's or a town's body coming to check the unit or checking places in its area; a town's
 * body only in a report that is not a town's own (镇综合执法队 in a 镇's report is the town's own team). Session 41 (set 36): a town
 * named (王庄乡统战办和派出所来庙里检查, in the temple's report), and a place's own premises (庙里 / 店里 / 厂里). Session 38: 核查 / 核实
 * too, with up to twelve characters before the verb (镇国土所今年到村对闲置宅基地进行了核查).
 */
const VISITOR_IN_AREA =
  /^((?:县|市|省|州|镇|乡|[\u4e00-\u9fff]{2}(?:镇|乡))[^，,。；]{1,18}?(?:支队|大队|中队|执法队|中心|局|办|委|组|站|所|院))(?:的[^，,。；]{0,6})?[^，,。；]{0,4}?(?:(?:到|来|赴|深入|进)(?:我|本)?(?:县|市|乡|镇|局|校|学校|院|村|社区|单位|所|站|馆|中心|街道|辖区|园区|公司|企业|厂区?|车间|工地|项目部|合作社|[庙寺观堂店厂园场馆]里)|对(?:辖区|我|本)[^，,。；]{0,12}?(?:开展|进行|实施))[^，,。；]{0,12}?(?:检查|督查|抽查|暗访|督导|巡查|检测|抽检|执法|核查|核实)/;
/**
 * Session 45 (set 40): in a firm's or a place's own report, a register row whose cell is a county's or a city's body (4月16日｜县疾控中心｜
 * 噪声检测｜检测点10个, under 有关部门来公司检查检测情况如下): that body's visit, no deed of the firm's. A body's own report on such places
 * (清河县卫生健康局企业职业健康检查情况说明: a body's name before the place word) is no firm's.
 */
const BODY_CELL = /^\s*((?:县|市|省|州)[\u4e00-\u9fff]{1,14}?(?:局|所|中心|站|大队|支队|中队|委员会|委|办公室|办|院|检查组|督查组|工作组))\s*$/;
const PLACE_TITLE = /公司|企业|厂|合作社|酒店|宾馆|饭店|门店|超市|商场|工地|项目部|养殖场|牧场|猪场|农场|矿/;
/** The title's unit is the place (a government body's name before the place word names the body's report on such places). */
function placeTitle(title: string): boolean {
  const head = title.split('关于')[0]!;
  const place = PLACE_TITLE.exec(head);
  return place !== null && !/局|委|办|政府|中心|所|站|院|镇|乡|街道|社区|村/.test(head.slice(0, place.index));
}
function visitorRow(clause: string, title: string): boolean {
  if (!/[｜|]/.test(clause) || !placeTitle(title)) return false;
  return clause.split(/[｜|]/).some((cell) => BODY_CELL.test(cell));
}
const TOWN_TITLE = /^(?:[\u4e00-\u9fff]{2}县)?[\u4e00-\u9fff]{1,5}?(?:镇|乡(?!村)|街道)(?!派出所|卫生院|中心|学校|中学|小学|司法所|财政所|市场监管所|供电所|文化站)/;

const GOOD_TURN = '(?:帮|帮助|帮忙|护送|救起|救下|勇救|拾到|捡到|送还|归还|扶起|代缴|垫付|见义勇为|拾金不昧|背起|抱起)';
const GOOD_DEED = new RegExp(
  `(?:^|[｜|])\\s*(?:投递员|快递员|快递小哥|骑手|外卖员|外卖小哥|送餐员|司机|出租车司机|的哥|环卫工人?|保洁员|店主|摊主|车主|市民|村民|居民|群众|路人|过路群众)(?:${NAME})?[^，,。；｜|]{0,6}?${GOOD_TURN}`,
);

/**
 * Session 37 (train): shops, firms or households fitting or clearing things as required, or most of them doing so (多数门店安装了
 * 油烟净化设施 / 装修户按要求将装修垃圾装袋后清运): their compliance told, not the unit's deed — unless the unit has them do it, or
 * they are its object (对…商户下发整改通知书 / 向住户发放…). Session 43 (set 38): builders too (各项目建设单位均配备了水保专员).
 * Session 46 (set 41): contracted firms by their trade, under their contract (保洁公司按与乡镇签订的合同配备保洁员1120名).
 */
const PARTY_COMPLIES = new RegExp(
  `^(?:${NOT_BY_UNIT}(?![对向给为帮替让请把将被])[^，,。；｜|]){0,8}?(?<![我本该与和同跟])(?:多数|大多数|大部分|部分|不少|有的|个别)?(?:门店|商户|店主|商家|餐饮单位|餐饮店|企业|业主|住户|装修户|农户|经营户|(?:项目)?建设单位|施工单位|施工企业|(?:保洁|物业|环卫|施工|运营|消杀|中标)公司|中标单位|承包方|运营方)(?:们)?(?:都|均|也|已经?|大多|基本|普遍)?(?:按要求|按照要求|按规定|按(?:照)?[^，,。；｜|]{0,10}?合同(?:约定)?)?(?:都|均|已经?)?[^，,。；｜|]{0,6}?(?:安装|更换|配备|加装|清运|清扫|打扫|整改|装袋|拆除)(?!通知|意见|要求|措施|期限|方案|清单|台账)`,
);

/** A clause telling another party's own deed, a third person acting, who someone is, or a named project honoured. */
/**
 * Session 39 (set 34): a county's or a town's body of its own accord (同楼办公的县不动产登记中心今年自行更换了…灯具): that body's deed,
 * unless the title names it as the unit.
 */
// Session 58 (set 53's 38615, 38623, 38907, 38729): or at its own duty (乡镇农技站在其日常服务中对门店进行业务指导 / 县疾控中心按其职责对
// …进行技术指导), and a county's society (县观鸟协会自行在湿地开展…监测).
const BODY_OWN = new RegExp(`^(?:${NOT_BY_UNIT}[^，,。；｜|]){0,10}?((?:县|市|镇|乡)[\\u4e00-\\u9fff]{2,12}?(?:中心|局|所|站|院|办|委|队|协会))[^，,。；｜|]{0,8}?(?:自行(?!车)|自主|自筹|自费|(?:在|按照?|依照?|依据|根据)其(?!他|它))`);

/** Session 39 (set 34): a firm's own check named as such (坚持开展企业自检 / 社内自检), not had done by the unit (督促 / 指导 … before it). */
/** Session 54 (set 49's 37013): an outside body sending its people by its own schedule (县妇幼保健院按年度安排到园为幼儿进行体检). */
const BODY_SENDS = /^((?:县|市|镇|乡)[\u4e00-\u9fff]{1,10}?(?:保健院|医院|卫生院|疾控中心|中心|站|所))[^，,。；｜|]{0,6}?(?:安排|派出?|委派)(?:人员|医生|医护人员|专家|人)?(?:到|来|进)(?:园|校|我园|我校|学校|幼儿园|社区|村)/;
const FIRM_SELF_CHECK = new RegExp(`^(?:${NOT_BY_UNIT}(?!我|本|对|抽|查|核)[^，,。；｜|]){0,40}?(?:企业|社内|场内|厂内|店内)自检`);
/** Session 39 (set 34): another body coming to the scene the unit reported (已上报，救助站到场处置 / 派出所民警赶到): its deed, not the unit's. */
const ARRIVED =
  /^\s*((?:县|市|镇|乡)?[\u4e00-\u9fff]{0,8}?(?:救助站|救助管理站|派出所|消防救援站|消防队|供电所|交警队|执法队|大队|中队|卫生院|医院|120|急救中心))(?:工作人员|民警|人员|医护人员)?(?:随即|及时|立即|迅速|很快)?(?:到场|赶到|赶赴现场|到现场|前来)/;
/** The body's characters run in order through the title's words naming the unit (救助站 in 县救助管理站…): the unit by a short name. */
function inTitleOrder(body: string, title: string): boolean {
  return inOrder(body, title.split('关于')[0]!.slice(0, 24));
}
/** Session 39 (set 34): a firm's own investment and running (处理中心由…有限公司投资建设、自主运营 / 公司自备收集车4辆). */
const FIRM_RUNS = new RegExp(`^(?:${NOT_BY_UNIT}(?![我本对向])[^，,。；｜|]){0,24}?(?:公司|企业|合作社)(?:投资建设|投资兴建|自主运营|自主经营|自备)`);

/**
 * Session 41 (set 36): a firm's mishap opening the sentence (4月，顺达物流公司发生一起追尾事故后，组织全公司车辆开展制动系统自查): the
 * firm is the subject of the clauses after it, its own deeds — unless the title names the firm as the unit.
 */
const FIRM_MISHAP =
  /^(?:(?:\d{4}年)?[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?[，,]?|今年|年初)?((?!我|本)[\u4e00-\u9fff]{2,12}?(?:公司|企业|驾校|合作社|厂|门店|酒店|宾馆))(?:在[^，,。；]{0,8})?(?:发生|出现)[^，,。；]{0,12}?(?:后|以后|之后)$/;

/**
 * Session 42 (set 37): the villages holding their own meeting (各村召开民主评议会对申请家庭进行评议): the villages' deed (the set's
 * rulings: a village's own 评议 theirs), unless the unit had it held (组织各村召开… is read on: NOT_BY_UNIT) or is a village.
 */
// Session 60 (set 55's 39947, 39935): a village committee posting a list on its own board (村委会在村务公开栏张榜公示 / 各村在公开栏公示):
// the village's deed, not in a village's own report (read with VILLAGES_MEET).
const VILLAGES_POST = /^(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?[，,]?)?(?:各|全县各|全镇各|全乡各)?(?:村委会|村两委|村民委员会|(?:社区)?居委会|(?<=各)(?:行政)?村)(?:均|都|分别|也)?(?:在|于)[^，,。；｜|]{0,12}?(?:张榜)?公示/;
const VILLAGES_MEET = /^(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?[，,]?)?(?:各|全县各|全镇各|全乡各)(?:村|行政村|村委会|村两委|村民委员会)(?:均|都|分别)?(?:召开|组织召开|开展|进行)[^，,。；｜|]{0,12}?(?:评议|会议|大会|议事会)/;
/**
 * Session 45: a village's or a community's committee doing its own work of its own accord in another unit's report (村委会自行更新
 * 公开栏 / 各村两委自主清理合同, in a bureau's or a town's): the village's deed (the rulings: a village's own 公开 栏 更新 theirs), unless
 * the report is a village's or a community's own, or the unit had it done (督促 / 指导 … before it: NOT_BY_UNIT). Session 46 (set 41):
 * the villages named bare (各村按季度自行更新公开栏内容).
 */
const VILLAGE_OWN = new RegExp(`^(?:${NOT_BY_UNIT}(?!联合|会同|依托|通过|配合)[^，,。；｜|]){0,8}?(?<![我本该])(?:(?:各|部分|有的)?(?:村委会|村两委|村民委员会|居委会|居民委员会|村集体)|(?:各|部分|有的)(?:行政)?村|各社区)(?:们)?[^，,。；｜|]{0,8}?(?:自行(?!车)|自主|自发)`);
/**
 * Session 45: mediation committees doing their own mediation in another unit's report (各调委会上半年共调解纠纷312件 / 村调委会调处邻里
 * 纠纷5起, in a justice bureau's or a town's): the committees' deed (the rulings: a village 调委会's own 调解 theirs), unless the unit
 * had it done (指导 / 组织 … before it) or the report is a committee's own.
 */
const COMMITTEES_MEDIATE = new RegExp(`^(?:${NOT_BY_UNIT}(?!联合|会同|依托|通过|配合)[^，,。；｜|]){0,8}?(?<![我本该])(?:各|全县各级?|各级|部分)?(?:村（社区）|村|社区|行业|专业|镇|乡)?(?:人民)?(?:调委会|调解委员会)(?:们)?[^，,。；｜|]{0,10}?(?:调解|调处|化解|受理)`);
const COMMITTEE_TITLE = /调委会|调解委员会/;
const VILLAGE_TITLE = /村(?:民委员会|委会|两委|党支部|党总支)|居委会|居民委员会|社区|^[^县局镇乡]{1,8}村(?!振兴)/;
/**
 * Session 42 (set 37): a clause opening with 该局 / 该所 / 该中心 … (上半年该局已逐户张贴标识, after 据县烟草专卖局统计): the body
 * named before, never the writer's own (a unit calls itself 我局 / 本局), so its deed and the clauses after it are that body's.
 */
const THAT_BODY = /^(?:(?:\d{4}年)?(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?|今年|上半年|下半年|去年|同期|此前|随后)[，,]?)?该(局|所|中心|站|院|公司|企业|队|大队|中队|馆|协会|单位|机构|部门)(?!长|的)/;

/**
 * Session 43 (train 22712): a villagers' or residents' own council opening the clause (县城各社区的红白理事会由居民推选的会长带领，…上门劝导
 * 主家不放鞭炮): the council's deed, carried over the clauses after it — not had done by the unit (指导 / 组织 … before it: NOT_BY_UNIT),
 * nor through it (通过 / 在 … 议事会), and not in the council's own report or a village's or a community's, whose council is its own arm
 * (train 12531 / 14971 / 17782: 红白理事会由村两委设立). A board of a body (供销社理事会主任) is no villagers' council.
 */
const COUNCIL_ACTS = new RegExp(
  `^(?:${NOT_BY_UNIT}(?![对向给为帮替让请把将被与和同在经通依借利聘邀]|举办|举行|召开|开展|培训|参加|表彰|评选|走访|慰问|约谈|联合|会同|成立|组建|建立|设立|推选|选举|换届)[^，,。；｜|]){0,10}?(?<![我本])(?:(?:红白|村民|居民|移风易俗|村)理事会|(?:村民|居民)?议事会|道德评议会|禁毒禁赌会|老年协会)(?:成员|会长|理事)?(?:们)?(?!的|章程|制度|名单|成员名单|[，,。；]|$)`,
);
const COUNCIL_TITLE = /理事会|议事会|评议会|禁毒禁赌会|老年协会|村|社区|居委会|居民委员会/;
/**
 * Session 43 (train 7243): those served joining in of their own (其他楼栋的居民也跟着行动起来，自己动手清理楼道): their deed, carried
 * over the clause after it.
 */
const PARTY_JOINS = new RegExp(
  `^(?:${NOT_BY_UNIT}[^，,。；｜|]){0,10}?(?<![我本该])${PARTY}(?:们)?(?:也|都|纷纷)?(?:跟着|主动|自觉)?(?:行动起来|动起来|参与进来|加入进来|加入进来了|行动了起来)$`,
);

/**
 * Session 46 (probes of the set-42 register kinds): a named school, hospital or business acting on its own (县实验小学组织学生观看禁毒宣传片,
 * in the police's report), a firm's or a blood station's staff at work (燃气公司安检员入户检查…), and another body's handling the unit
 * only passed on (经县住建局现场处置，…): theirs — unless the title names that body, or the unit oversees such places (a 教育局's or a
 * 教体局's schools, a 卫健局's hospitals: overseesPlace). The name holds no word of the unit asking, bringing or going (请县人民医院开展义诊 /
 * 民警走进县第一中学开展… are the unit's deeds: session 16's request counted).
 */
const PLACE_ACTS =
  /^(?:(?:\d{4}年)?[\d一二三四五六七八九十]{1,2}月(?:\d{1,2}日)?(?:份|初|底|中旬|上旬|下旬)?[，,]?)?((?:县|[\u4e00-\u9fff]{2}(?:镇|乡))?(?:(?!联合|会同|与|和|同|及|协助|配合|组织|邀请|请|让|由|把|将|给|帮|陪同|带领|派|经|走进|进入|深入|来到|前往|赴|到|在|为|对|向|指导|督促|民警|干部|工作人员|志愿者|队员)[\u4e00-\u9fff]){1,8}?(?:小学|中学|学校|幼儿园|医院|卫生院|公司|KTV|酒店|宾馆|饭店|超市|网吧))(?:也|还|先后|自行|主动)?(?:组织|开展|召开|举办|举行)/;
const FIRM_STAFF_ACTS =
  /^((?:县|市)?[\u4e00-\u9fff]{0,8}?(?:公司|企业|血站|物业|采血点))(?:的)?(?:安检员|工作人员|员工|维修工|技术人员|师傅|护士|医护人员)(?:们)?[^，,。；｜|]{0,4}?(?:入户|上门|现场|为|对|到|在)/;
const HANDLED_BY = /^经((?:县|市|镇|乡)[\u4e00-\u9fff]{1,12}?(?:局|所|站|中心|公司|队|办))[^，,。；｜|]{0,4}?(?:现场)?(?:处置|处理|维修|抢修|协调|核实|调解)/;
function overseesPlace(place: string, title: string): boolean {
  const head = title.split('关于')[0]!;
  // A place of the unit's own kind (学校 in a 中学's report, 公司 in a firm's) is the unit named bare, or one beside it.
  if (/小学|中学|学校|幼儿园/.test(place) && /小学|中学|学校|幼儿园|学院|教育|教体/.test(head)) return true;
  if (/医院|卫生院/.test(place) && /医院|卫生院|卫生健康|卫健/.test(head)) return true;
  return /公司|KTV|酒店|宾馆|饭店|超市|网吧/.test(place) && /公司|企业|集团|酒店|宾馆|饭店|超市|市场/.test(head);
}

/**
 * Session 47 (set 42): a clause naming the others who reported what follows (据华润燃气公司报送，… / 据各医疗卫生机构报送，… / 据公司
 * 报送，…): the deeds after it in the sentence are theirs, told as they reported them, the unit only gathering the figures — not its
 * own statistics (据统计 / 据我局统计) and not its own sections' or staff's reports (据各股室上报 / 据网格员反馈), which are its work.
 * Session 49 (set 44's 34246): or the verb already blanked as what others reported (element-served-deeds.ts maskReceived runs first:
 * 据各学校汇总上报 → 据各学校□□□□).
 */
// Session 53 (set 48's 36206, 36221): 根据 as 据 (根据养护公司报送的作业台账汇总，…: the papers fall in the reporter's name before 汇总).
// Review 53a: 根据 with a report's figures only (报送 / 上报 / 报来 / 汇总): 根据上级反馈，对…开展了复查 / 根据县防指报告，… is what the unit
// acted on, its deed after it its own.
// Review 55b: 根据 with others' logs as 据 (根据法律顾问工作日志，…), and 记载 / 记录 after them; a log only of someone else's
// (LOGGER): the unit's own 巡查台账 / 执法台账 / 值班日志 are its work.
// Session 56 (set 51's 37738, 37745): a 月报 / 报表 as the report (据企业月报， / 据运营单位报表，).
// Review 56b: 汇总 before the verb kept out of the reporter (据各股室汇总上报: maskReceived no longer blanks it first).
// Session 59 (set 54's 39337): the figures named after whom they went to (据企业报送镇里的汇总数，…).
// Session 60 (set 55's 39714, 39727, 39732, 39741): the papers named after the verb (据东关菜市场报送的台账， / 据…开办方报来的快检台账，
// / 据市场报来的月报，) and a body's 通报 (据桃园所通报，).
const REPORTED_BY =
  /^(?:据([\u4e00-\u9fff、]{1,20}?)(?:汇总)?(?:报送|上报|报告|反馈|汇总|报来|通报|□{2,}|(的?(?:工作日志|日志|工作记录|台账|月报|报表)))|根据([\u4e00-\u9fff、]{1,20}?)(?:汇总)?(?:报送|上报|汇总|报来|通报|□{2,}|(的?(?:工作日志|日志|工作记录|台账|月报|报表))))(?:[\u4e00-\u9fff]{0,3}?的(?:汇总)?(?:数据|情况|材料|数)|的[\u4e00-\u9fff]{0,3}?(?:台账|月报|报表|记录|日志))?(?:数据|情况|显示|汇总|统计|记载|记录)?$/;
/** Review 55b: whose logs are others' — a person or a body named (顾问 / 律师 / …员 / 公司 / 各村 …), not a work's word (巡查 / 执法). */
const LOGGER = /^([\u4e00-\u9fff、]*?(?:顾问|律师|员|医生|公司|机构|律所|事务所|物业|企业|学校|医院|卫生院|村|社区|单位|中心|站|所))(?:的)?(?:(?!内|里)[\u4e00-\u9fff]){0,4}$/;
// Review 56b: a 月报 / 报表 is a log too (据系统报表统计 / 据年度报表显示 are the unit's own figures): a reporter named, or the towns.
const TOWNS_REPORT = /(?:乡镇|街道|镇街)$/;
const othersLog = (who: string, title: string, log = ''): boolean => {
  if (/月报|报表/.test(log) && TOWNS_REPORT.test(who)) return true;
  const m = LOGGER.exec(who);
  return m !== null && !OWN_REPORTERS.test(m[1]!) && !/队员$/.test(m[1]!) && !inOrder(m[1]!, reporterHead(title)) && !sameKind(m[1]!, title);
};
// The reporter a part or the staff of the unit, named bare (各股室 / 执法大队 / 专班 / 执法人员 / 网格员): not a firm's or another body's
// (燃气公司工作人员 names the firm).
const OWN_REPORTERS = /^(?:各|全体|本|我)?(?:(?!公司|企业|局|院|中心|单位|物业|学校|医院|血站)[\u4e00-\u9fff]){0,4}?(?:股室?|科室?|室|[中大]?队|组|专班|(?:工作|执法|检查|巡查)?人员|网格员|干部|职工|员工|民警)$|站里|局里/;
/**
 * Session 58 (set 53's 38726): the places of a kind reporting, then what they reported (上半年各村共报送巡看记录73条，劝导下网…19人次):
 * the deeds after it in the sentence are theirs, as REPORTED_BY's are.
 */
const EACH_REPORTED = new RegExp(`^(?:(?:上|下)半年|今年|全年|[一二三四]季度|[\\d一二三四五六七八九十]{1,2}月(?:份|底)?(?:以来)?)?[，,]?${EACH_SUBJECT.source.slice(1)}(?:[（(](?:街道|社区|居)[）)])?(?:共|累计|均|先后|每月|每季度)?(?:报送|上报|报来)`);
/** Review 58a: a clause opening with the unit's own name or tier (街道执法队… / 教育局安全股… / 镇林业站…), read after EACH_REPORTED. */
function ownTierOpens(part: string, title: string): boolean {
  const p = part.trim().replace(/^(?:随后|同时|另外|此外|并)[，,]?/, '');
  const head = reporterHead(title).replace(/^[\u4e00-\u9fff]{2,3}县(?=[\u4e00-\u9fff]{2})/, '');
  const two = /^(?:县|市)?([\u4e00-\u9fff]{2})/.exec(p)?.[1];
  return (two !== undefined && !/^(?:村民|居民|群众|各)/.test(two) && head.includes(two)) || (/^(?:镇|乡|局)(?![民区])/.test(p) && head.includes(p[0]!));
}
/** Review 60a: figures told across the county or its places, or by places of a kind (after a bare 据汇总 / 经汇总). */
const GATHERED_SCOPE =
  /^(?:(?:今年|今年以来|上半年|下半年|全年|年内|[一二三四]季度|[\d一二三四五六七八九十]{1,2}月(?:份)?(?:至[\d一二三四五六七八九十]{1,2}月)?)(?:以来)?[，,]?)?(?:全县|全镇|全乡|全区|全市|辖区|城区|县城|镇区|各)/;
function reportedByOthers(clause: string, title: string, next = ''): boolean {
  // Session 60 (set 55's 39821, 39836, 40043): a sentence opening with 据汇总 / 经汇总 alone tells figures gathered from others' returns.
  // Review 60a: when what follows is told across the county or its places (全县… / 城区物业企业… / 各学校…); the unit's own figures
  // (据汇总，上半年街道开展… / 经汇总，全年共开展…) stay its own (review 58a: only after a sentence telling others send them).
  if (/^(?:经|据)(?:统计)?汇总$/.test(clause.trim().replace(/[，,；;：:]$/, ''))) return GATHERED_SCOPE.test(next.trim());
  const each = EACH_REPORTED.exec(clause.trim());
  if (each && !reporterHead(title).includes(each[1]!.slice(-2))) return true;
  const m = REPORTED_BY.exec(clause.trim().replace(/[，,；;]$/, ''));
  const who = m?.[1] ?? m?.[3];
  if (who !== undefined && (m?.[2] ?? m?.[4]) !== undefined && !othersLog(who, title, m?.[2] ?? m?.[4])) return false;
  // The review: the public reporting a problem (据群众反馈，…存在…问题) tells no deeds; the unit's answer follows.
  return who !== undefined && !/群众|居民|市民|村民|网民|住户|商户|家长|游客|患者|学生/.test(who) && !OWN_REPORTERS.test(who) && !ownSubject(who, title) && !textNamesUnit(reporterHead(title), { key: who });
}
/**
 * The sentence's clauses from one naming others who reported them (REPORTED_BY) blanked, up to a clause opening with the unit's own
 * word (…，街道对公司报送的作业记录签收存档 is the unit's): read before a run-on sentence is cut into parts at a time word
 * (据公司报送，今年3月至6月该公司…), so the reported deeds stay the reporters' in every part.
 */
const RESPONSE = /^(?:[^，,；;。]{0,8}?(?:立即|随即|当即|及时|马上|迅速|第一时间)|针对|对此|为此|随后|接报后|(?:执法|工作|检查)人员|干部|民警|网格员)/;
/**
 * Session 55 (set 50's 37205): others' logs gathered, their figures after a colon (上半年顾问工作日志汇总到局：到村坐班412次，…): the
 * deeds after the colon are the loggers', the unit only gathering them.
 */
// Review 55b: or a comma after 显示 / 统计 / 汇总 (法律顾问工作日志显示，全年到村坐班…).
// Session 56 (set 51's 37738, 37745): or their 月报 / 报表, received and then gathered (环卫所收到企业月报后汇总如下： / 镇城建办收到
// 各村和运营单位报送的台账后汇总：).
// Session 58 (set 53's 38935): a body's test report as its log (市动物疫病检测中心报送的检测报告显示，共检测…).
const LOGS_GATHERED = /^(?:[^，,；;。：:]{0,6}?)([\u4e00-\u9fff、]{1,14}?)(?:报送|上报|报来)?(?:的)?(工作日志|工作记录|台账|日志|月报|报表|(?:检测|检验|监测)报告)(?:后|以后)?(?:汇总|统计|显示|报送|上报)(?:[^，,；;。：:]{0,6}[：:]|[，,])/;
// Session 56 (set 51's 37807): bodies' returns gathered, their deeds after the colon (据各单位报送汇总：… / 根据各村上报情况汇总如下：).
// Session 60 (set 55's 40026): the unit gathering them in its own name (我局汇总各方报送的审计数据：…).
const RETURNS_GATHERED = /^(?:据|根据|(?:我|本)[\u4e00-\u9fff]{1,2}?(?:汇总|统计))([\u4e00-\u9fff、]{1,14}?)(?:报送|上报|报来)(?:的?[\u4e00-\u9fff]{0,4}?(?:情况|材料|数据))?(?:汇总|统计)?(?:如下)?[：:]/;
function logsGathered(part: string, title: string): number {
  const log = LOGS_GATHERED.exec(part.trim());
  const m = log ?? RETURNS_GATHERED.exec(part.trim());
  const who = m?.[1]?.replace(/^[^，,；;。]*?(?:收到|收集|汇集)/, '').replace(/^(?:上半年|下半年|今年|全年|[一二三四]季度)/, '');
  // Review 56b: the unit receiving them and going on after a comma (镇里每月收集各村报表后汇总，对排名靠后的村进行约谈) acts itself; only a
  // colon lists the reporters' deeds.
  if (m && /收到|收集|汇集/.test(m[1]!) && /[，,]$/.test(m[0])) return -1;
  // Review 56b: returns a body sent (据各乡镇上报汇总：) are read as REPORTED_BY reads them; only logs need their logger named.
  if (!m || !who || OWN_REPORTERS.test(who) || ownSubject(who, title) || textNamesUnit(reporterHead(title), { key: who }) || /群众|居民|村民/.test(who) || (log !== null && !othersLog(who, title, log[2]))) return -1;
  return part.indexOf(m[0].slice(-1)) + 1;
}
/** The words of a title naming the unit: before 关于, or (no 关于: 桃园村法律顾问工作情况说明) up to its first body word. */
// Review 55b: read without the title's mark (# 清河县司法局村居法律顾问…); a title opening with 关于 names the unit after it
// (关于城关镇司法所公共法律服务工作的说明).
function reporterHead(title: string): string {
  const bare = title.replace(/^[#\s]+/, '').replace(/^关于/, '');
  if (bare.includes('关于')) return bare.split('关于')[0]!;
  return /^[\u4e00-\u9fff（）()]{0,16}?(?:局|委员会|办公室|村|社区|所|站|中心|院|公司)/.exec(bare)?.[0] ?? bare;
}
/**
 * Session 57 (set 52's 38420): the unit gathering others' returns named (局里汇总商户和广告公司报来的加固情况表，) and the next clause
 * telling what they reported (共报送加固招牌437块、…): the reporters' deeds, counted as they reported them.
 */
const GATHERED_RETURNS =
  /^(?:[^，,；;。：:]{0,8}?)(?:汇总|收集|整理|收到|统计)([\u4e00-\u9fff、]{1,14}?)(?:报来|报送|上报|交来|送来)的[\u4e00-\u9fff]{0,6}?(?:情况表|报表|台账|记录|日志|月报|统计表|情况)[，,]$/;
// Review 59a: not the unit's own order or talk on them (…报送的情况，全县在建项目52个，共约谈欠薪企业负责人12人 / 已约谈…).
const RETURNS_TELL = /^(?:全(?:县|镇|乡|市|区)|其中|共|合计|累计|已|涉及)(?!(?:共|累计|先后|已)?(?:对|向|为|组织|开展|约谈|责令|下达|督办))/;
const THEY_REPORTED = /^(?:共|合计|累计|其中)?(?:报送|上报|报来|自报)/;
/**
 * Session 58 (set 53's 38930): the sentence before telling others send their figures to the unit to be gathered (各单位每月把镇区数据
 * 报镇政府汇总。): a bare 据汇总， opening the next sentence tells what they reported (elements.ts reads the sentence before).
 */
export const SENT_FOR_GATHERING = /(?:报|交|送)(?:送|给)?[^，,。；;]{0,8}?汇总[。；;]?$/;
/**
 * Review 58a: not the unit itself or its own parts sending theirs up (街道每月将工作情况报县文明办汇总。 / 各科室每月将…报医务科汇总。 /
 * 镇农业办每月将…报送县林业局汇总。): what 据汇总 tells after it is then the unit's own.
 */
const SENDER = /^(?:[^，,。；;]{0,10}?[，,])?([^，,。；;]{1,14}?)(?:每月|每周|每季度|每季|每半年|每年|每天|每日|定期|按月|按周|按季度?|及时|均|都)*(?:将|把|报|交|送)/;
export function sentForGathering(prev: string, title: string): boolean {
  if (!SENT_FOR_GATHERING.test(prev)) return false;
  const who = SENDER.exec(prev.trim())?.[1]?.trim();
  if (who === undefined) return true;
  return !(OWN_REPORTERS.test(who) || ownSubjectWide(who, title) || reporterHead(title).includes(who.replace(/^(?:本|我)/, '')) || /^(?:公司|学校|医院|街道|社区|局里|站里|院里|校里|镇里|乡里|村里)$/.test(who));
}
export function blankReported(text: string, title: string, afterSending = false): string {
  // Review 56b: 月报 / 报表 too (企业月报显示，…: LOGS_GATHERED reads them since session 56).
  if (!text.includes('据') && !/[：:]|日志|台账|工作记录|月报|报表|报来|报送|上报|经(?:统计)?汇总/.test(text)) return text;
  let on = false;
  let eachOn = false;
  let gathered = false;
  const parts = text.split(/(?<=[，,；;。])/).map((part, idx, all) => {
    const after = gathered;
    if (afterSending && !on && /^据(?:统计)?汇总[，,]$/.test(part.trim())) on = true;
    const g = GATHERED_RETURNS.exec(part.trim());
    gathered = g !== null && !OWN_REPORTERS.test(g[1]!) && !ownSubject(g[1]!, title);
    if (after && THEY_REPORTED.test(part.trim())) return part.replace(/[^，,；;。\s]/g, '□');
    // Session 59 (set 54's 39508): what the returns tell, clause after clause (我局汇总各行业主管部门报送的情况，全县在建工程项目46个，涉及
    // 农民工2130人，已开设工资专户44个，): the figures as reported, up to a clause of another kind.
    if (after && RETURNS_TELL.test(part.trim())) {
      gathered = !/[。；;]$/.test(part);
      return part.replace(/[^，,；;。\s]/g, '□');
    }
    const colon = on ? -1 : logsGathered(part, title);
    // The unit's own word after the colon (…汇总到局：我局抽查顾问坐班情况30次) is its own deed.
    if (colon > 0 && !ownSubjectWide(part.slice(colon), title)) {
      on = !part.endsWith('。');
      eachOn = false;
      return part.slice(0, colon) + part.slice(colon).replace(/[^，,；;。\s]/g, '□');
    }
    if (reportedByOthers(part, title, all[idx + 1] ?? '')) {
      on = true;
      eachOn = EACH_REPORTED.test(part.trim());
    }
    // The review: a clause answering what was reported (针对这一情况，… / 执法人员立即到场…) is the unit's.
    // Review 58a: after the places of a kind reported (各社区累计上报…，), a clause opening with the unit's own name or tier (街道执法队
    // 上门处理… / 教育局安全股约谈… / 镇林业站随即…) is the unit's too.
    else if (on && (ownSubjectWide(part, title) || RESPONSE.test(part) || (eachOn && ownTierOpens(part, title)))) on = false;
    const out = on ? part.replace(/[^，,；;。\s]/g, '□') : part;
    if (part.endsWith('。')) on = false;
    return out;
  });
  return gathersIts(parts, title).join('');
}
/**
 * Session 58 (set 53's 38623): the unit gathering what the one named before reported (镇农技站在其为农服务中对门店进行业务指导，镇政府
 * 汇总其报送的情况。): the clauses before it in the sentence are that one's deeds as reported, the unit's only the gathering — back to
 * the sentence's start or a clause of the unit's own.
 */
const GATHERS_ITS = /^[^，,；;。]{0,8}?(?:汇总|收集|整理|收存)(?:其|他们|该[\u4e00-\u9fff]{1,3}?)(?:报送|上报|报来|交来)/;
function gathersIts(parts: string[], title: string): string[] {
  for (let k = 1; k < parts.length; k += 1) {
    if (!GATHERS_ITS.test(parts[k]!.trim())) continue;
    for (let j = k - 1; j >= 0 && !/[。；;]$/.test(parts[j]!); j -= 1) {
      if (ownSubjectWide(parts[j]!, title)) break;
      parts[j] = parts[j]!.replace(/[^，,；;。\s]/g, '□');
    }
  }
  return parts;
}

/**
 * Session 47 (train 12912, 12916, 12918, 12926, 19370, 20821): in a village's or a community's own report, the town or street above
 * it, one of their offices, a bank or a firm acting (城关镇宣传办今年在老城区主干道统一投放了一批公益广告 / 柳营镇今年组织“十佳好媳妇”
 * 评选 / 镇农商银行支行为陈庄村挂上了… / 小区物业公司今年在楼宇外立面加装了…): that body's deed, told in the village's report.
 */
const ABOVE_ACTS =
  /^(?:(?:今年|近日|去年|上半年|下半年|\d{1,2}月(?:\d{1,2}日)?(?:晚|上午|下午)?|[一二三四五六七八九十]{1,2}月份?)[，,]?)?((?:(?:(?![里请联邀组协配社村会同])[\u4e00-\u9fff]){2,4})?(?:镇|乡|街道)(?:党委|政府|办事处|[\u4e00-\u9fff]{0,6}?(?:办|所|站|中心|会|委|支行|院))?|(?:小区)?物业(?:公司|服务中心)?|(?:(?![里请联邀组协配社村会同])[\u4e00-\u9fff]){0,6}(?:银行|支行|公司))(?:今年|[\d一二三四五六七八九十]{1,2}月)?(?:在|为|组织|举办|开展|投放|安排|派|来|给|对|委托)/;
/**
 * Session 47 (the review): a blood station, its bus or the Red Cross acting (县中心血站在人民广场组织街头献血 / 县中心血站采血车开进华润
 * 公司，组织员工团体献血 / 县红十字会在我局门前组织街头献血): that body's drive, carried over the sentence — not in its own report.
 */
const BLOOD_BODY_ACTS = /^(?:(?:今年|近日|\d{1,2}月(?:\d{1,2}日)?)[，,]?)?((?:县|市)?[\u4e00-\u9fff]{0,6}?(?:血站|采血点|红十字会))(?:的)?(?:采血车|工作人员|医护人员)?[^，,。；｜|]{0,12}?(?:在|到|进|开进|开到|来|组织|为)/;
const aboveActs = (clause: string, title: string): boolean => {
  const head = title.split('关于')[0]!;
  // A village named after its town (城关镇陈庄村) is a village too; a body above naming a community in its title (城南街道社区工作者…
  // 情况说明 / …局社区治理工作…) is not one (session 28's test).
  const village = /(?:镇|乡|街道)[\u4e00-\u9fff]{1,6}(?:村|社区)(?:委员会|居委会|村委会)?$/.test(head) ||
    (VILLAGE_TITLE.test(head) && !/局|委员会|办公室|中心|院|所|站|队|街道|镇|乡/.test(head.split(/社区|村/)[0]!));
  return village && ABOVE_ACTS.test(clause);
};

const EXAMINER_TITLE = /督查|督导|检查组|评估|考核|核查|暗访|测评|记者|采访|调研|了解到/;
/**
 * Session 56 (set 51's 37612): a county's or a city's body examining every town (县人武部对各乡镇上半年民兵工作进行考核), told in a
 * town's report: the examiner's deed on the unit, not the town's own (its result may be an outcome).
 */
const COUNTY_EXAMINES = /^(?:(?:今年|近日|年初|年底|年中|上半年|下半年|[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?)[，,]?)?(?:县|市)[\u4e00-\u9fff]{1,12}?(?:局|部|委|办|中心|政府|领导小组)[^，,。；]{0,6}?对(?:全县|全市)?各(?:乡镇|镇|乡|街道|镇街|乡镇街道)[^，,。；]{0,20}?(?:考核|考评|测评|评比|检查|督查|督导|验收)/;
/**
 * Session 56 (set 51's 37906, 37927): a contracted cinema chain, projection team or operator acting in the unit's area (上半年院线在我镇
 * 放映公益电影168场 / 二季度放映公司在我乡放映…): theirs, told in the town's or the bureau's report — not in their own.
 */
/** Session 56 (set 51's 37945): work a firm carries under its contract (本村放映由县…放映公司第三放映队按合同承担): the firm's. */
// Review 56b: not the unit commissioning them (由县人社局委托职业培训机构按协议开展…: review 55b's test).
// Session 59 (set 54's 39431): a bracket after the firm's name (…处置有限公司（危险废物经营许可证编号…）按合同上门收运) and a collector's
// trade as the work.
// Session 60 (set 55's 40034): the contract named by its kind (按服务合同实施 / 按委托合同审计).
const CONTRACTED_TO = /由(?![我本])((?:县|市)?(?:(?!委托|组织|安排|指派|邀请|聘请|聘用|购买)[\u4e00-\u9fff]){2,24}?(?:公司|院线|放映队|机构|事务所))(?:[（(][^（()）]{0,30}[）)])?[^，,。；]{0,6}?按(?:照)?(?:其与[^，,。；]{1,12}签订的)?(?:服务|委托|审计|管护)?(?:合同|协议|约定)(?:承担|负责|实施|开展|进行|承办|审计|(?:上门)?(?:收运|清运|回收|收集|转运|处置))/;
/**
 * Session 58 (set 53's 38922, 38935): work done by another body at its own counter or standing, on its own under an agreement, or in
 * its own capacity (犬只登记由北关派出所在所内窗口办理 / 由市动物疫病检测中心按照与县政府的协议自行采样检测 / 城区犬只免疫由县安康
 * 宠物医院、宠爱动物诊所作为指定免疫机构，按各自资质… / 免疫由县安康宠物医院等指定机构办理): theirs, the unit's only the naming.
 */
// Session 59 (set 54's 39431): or collecting or disposing (医疗废物由洁康公司上门收运).
const DONE_BY_BODY = /由(?![我本])((?:县|市|镇|乡)?(?:(?!委托|组织|安排|指派|邀请|聘请|聘用|购买|我|本)[\u4e00-\u9fff、]){1,20}?(?:派出所|医院|诊所|卫生院|机构|公司|中心|门诊))[^，,。；]{0,16}?(?:自行(?!车)|按(?:照)?(?:各自|其)|办理|作为|(?:上门|定期|每日|每天)?(?:收运|清运|转运|处置)(?!费))/;
/**
 * Review 58a: not a centre of the unit's own, named by the unit's kind (由公司客服中心作为牵头部门… in a firm's report / 由学校心理健康
 * 教育中心作为牵头科室… in a school's / 由社区党群服务中心作为活动阵地… in a community's).
 */
const UNIT_KIND_OPENS = /^(?:公司|学校|医院|社区(?!卫生)|街道)/;
function doneByBody(clause: string, title: string): RegExpExecArray | null {
  const m = DONE_BY_BODY.exec(clause);
  if (m === null) return null;
  const head = reporterHead(title);
  const kind = UNIT_KIND_OPENS.exec(m[1]!)?.[0];
  const ownKind = kind !== undefined && (head.includes(kind) || (kind === '学校' && /学|校|幼儿园/.test(head)) || (kind === '医院' && /院/.test(head)));
  return ownKind || ownSubjectWide(m[1]!, title) ? null : m;
}
const CONTRACTOR_ACTS = /^(?:据(?:汇总|统计)[，,]?)?(?:(?:今年|上半年|下半年|全年|[一二三四]季度|[\d一二三四五六七八九十]{1,2}月(?:份)?)[，,]?)?(?:各|该)?(?:(?:县|市)?(?:农村)?(?:数字)?(?:电影)?)(院线(?:公司)?|放映(?:公司|队)|运营(?:单位|企业|公司)|承运(?:企业|公司))(?:今年|上半年|下半年|共|累计|全年)?(?:在|到|为|赴|深入)(?:我|本|全|各|[\d一二三四五六七八九十]+个)/;

// Review 53a: a self-check row with the unit's people at work in another cell (5月3日｜南关加油站｜执法人员现场检查｜站内自行整改) is
// not the place's as a whole (selfCheckRowWhole, as elements.ts reads it).
// Review 55b: 均已 / 已 before the other party; not when the other party is the unit (各村与我局签订… / 各村与镇政府签订… in the town's).
const VILLAGES_SIGN = /^(?:全县|全乡|全镇|全街道|辖区)?(?:各|[\d一二三四五六七八九十]+个)(?:行政)?(?:村|社区)(?:[（(](?:居|社区)[）)])?(?:分别|均|都|全部)?(?:已经?)?(?:与|和|同)([^，,。；]{1,20}?)签订/;
const villagesSign = (clause: string, title: string): boolean => {
  const m = VILLAGES_SIGN.exec(clause);
  return m !== null && !/^(?:我|本)/.test(m[1]!) && !inOrder(m[1]!, reporterHead(title)) && !VILLAGE_TITLE.test(reporterHead(title));
};
export function othersDeedClause(clause: string, title = ''): 'own' | 'third' | 'member' | 'honour' | 'visitor' | null {
  const committees = COMMITTEES_MEDIATE.exec(clause);
  if (committees && !COMMITTEE_TITLE.test(title.split('关于')[0]!) && !VILLAGE_TITLE.test(title.split('关于')[0]!) && !(/(?:镇|乡)(?:人民)?(?:调委会|调解委员会)/.test(committees[0]) && TOWN_TITLE.test(title))) return 'own';
  // Session 46 (set 41): a village's supervisory committee (前屯村村务监督委员会) is not the village committee it watches.
  if (VILLAGE_OWN.test(clause) && (!VILLAGE_TITLE.test(title.split('关于')[0]!) || /监督委员会|监委会/.test(title.split('关于')[0]!))) return 'own';
  // Session 55 (set 50's 37205, 37214): every village signing with a firm (全县各村（社区）与辖区律师事务所签订法律顾问协议 / 全乡11个村分别与
  // 县城两家律师事务所签订…): the villages' deed, not in a village's own report.
  if (villagesSign(clause, title)) return 'own';
  if (VILLAGES_MEET.test(clause) && !/村(?:民委员会|委会)?(?:关于|$)/.test(title.split('关于')[0]!)) return 'own';
  // (a village's own report named by its village first, 大王庄村奖扶对象摸底申报说明, as VILLAGE_OWN reads it.)
  if (VILLAGES_POST.test(clause) && !VILLAGE_TITLE.test(title.split('关于')[0]!)) return 'own';
  const that = THAT_BODY.exec(clause);
  // A third party's report on the unit (督查组关于县市场监督管理局…的核查情况: 该局 is the unit the title names after 关于; an
  // examiner's or a reporter's text: 督查组了解到，该馆…; with no title, whose text it is is not known).
  if (that && title !== '' && !EXAMINER_TITLE.test(title) && !new RegExp(`[\\u4e00-\\u9fff]{2}${that[1]}`).test(title.split('关于').slice(1).join('关于'))) return 'third';
  // Session 54 (set 49's 36906, 36920): hired hands at their duty under their agreement (汛期巡查员按协议开展日常巡库 / 日常巡查由
  // 专职巡查员承担): theirs, the unit's only the hiring (the set's rulings).
  if (HIRED_HANDS.test(clause) && !HIRED_HANDS_TITLE.test(reporterHead(title))) return 'own';
  // Session 54 (set 49's 36819): a party's check by its own duty (西关花园物业服务中心按其车库管理职责自行检查人防车库3次): theirs — not
  // in the party's own report (its title's head names it).
  // and a named utility or service firm at its trade (本季共转办工单158件，热力公司抢修管网6处): the firm's, not in its own report.
  const trade = FIRM_AT_TRADE.exec(clause);
  // (the firm's own report by its trade's word and its kind: 清河县热力有限责任公司 / 华润燃气清河分公司, review 54a).
  const tradeKind = trade ? /(热力|燃气|供水|自来水|水务|维护|维保|物业|保洁|鉴定|检测)(?:有限)?(公司|中心)$/.exec(trade[1]!) : null;
  const tradeHead = title.split('关于')[0]!;
  if (trade && !(tradeHead.includes(tradeKind![1]!) && tradeHead.includes(tradeKind![2]!))) return 'own';
  // Session 59 (set 54's 39337): a firm by its name collecting or disposing (绿源公司对镇区签约餐馆上门收运 / 洁康公司按合同上门收运): the
  // collector's trade (the rulings: a 收运 企业's own 收运 theirs), not in the firm's own report.
  const collects = FIRM_COLLECTS.exec(clause);
  if (collects && !OWN_WORD.test(clause) && !ownSubject(collects[1]!, title) && !textNamesUnit(title, { key: collects[1]! }) && !inTitleOrder(collects[1]!, title) && !tradeHead.includes(collects[1]!)) return 'own';
  // Session 57 (set 52's 38508): the places of a kind by their own arrangement (各学校按照教学安排，… / 各卫生院按各自职责…): theirs, not in
  // a report of that kind's own (a school's 各班 are no 学校).
  const each = EACH_OWN_PLAN.exec(clause);
  if (each && !reporterHead(title).includes(each[1]!.slice(-2))) return 'own';
  const accord = PARTY_OWN_ACCORD.exec(clause);
  if (accord && !OWN_WORD.test(clause.slice(0, accord.index + accord[0].length).replace(/(?:与|同|和|跟)(?:我|本)[\u4e00-\u9fff]{1,3}?签订的?/, '')) && !title.split('关于')[0]!.includes(accord[1]!)) return 'own';
  // Session 55 (set 50's 37106): in a firm's own report the firm opening the clause bare (公司每季度开展废气自行监测) is the unit.
  // Review 56b: a cooperative opening its own report's clause too (合作社按本社章程开展…), and cleaners in the report of the body
  // employing them (环卫所 / 物业 / 保洁公司: 小区保洁员坚持每天…) are its staff.
  const firmItself = /^\s*(?:公司|本厂|厂里|合作社)/.test(clause) && /公司$|厂$|合作社$/.test(reporterHead(title));
  const partyClause = /环卫|物业|保洁|清洁|环境服务/.test(reporterHead(title)) ? clause.replace(/保洁(?:队|员)/g, '人员') : clause;
  if (!OWN_WORD.test(clause) && ((OTHER_PARTY_OWN.test(partyClause) && !firmItself) || PERSON_OWN.test(clause) || partyOwnCell(clause, title) || selfCheckRowWhole(clause, title) || sideRow(clause, title) || bodyCell(clause, title) || PERSON_STORY.test(clause))) return 'own';
  if ((FIRM_SELF_CHECK.test(clause) || FIRM_RUNS.test(clause)) && !OWN_WORD.test(clause)) return 'own';
  const arrived = ARRIVED.exec(clause);
  if (arrived && !OWN_WORD.test(clause) && !ownSubject(arrived[1]!, title) && !textNamesUnit(title, { key: arrived[1]! }) && !inTitleOrder(arrived[1]!, title)) return 'visitor';
  const sends = BODY_SENDS.exec(clause.replace(/^(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?|今年|上半年|下半年|近日)[\d一二三四五六七八九十]{0,2}日?[，,]?/, ''));
  // Review 54a: a town's own station or centre in the town's report (镇文化站安排人员到村… in 青石镇人民政府's) is the town's.
  const townsOwn = sends !== null && /^(?:镇|乡)/.test(sends[1]!) && /镇|乡/.test(title.split('关于')[0]!) && !/院|派出所|司法所|供电所|疾控/.test(sends[1]!);
  // Review 58a: a town's own station at its own duty (镇文化站在其阵地内举办… / 乡文化站按其年度安排… in the town's report) is the town's,
  // as townsOwn reads BODY_SENDS (not a 卫生院 / 派出所 in the town).
  const bodyOwn = BODY_OWN.exec(clause);
  const townsOwnDuty = bodyOwn !== null && bodyOwn[0].endsWith('其') && /^(?:镇|乡)/.test(bodyOwn[1]!) && /镇|乡/.test(title.split('关于')[0]!) && !/院|派出所|司法所|供电所|疾控/.test(bodyOwn[1]!);
  const body = (townsOwnDuty ? null : bodyOwn) ?? (townsOwn ? null : sends);
  if (body && !OWN_WORD.test(clause) && !ownSubject(body[1]!, title) && !textNamesUnit(title, { key: body[1]! }) && !inTitleOrder(body[1]!, title)) return 'own';
  // Session 59 (set 54's 39422): bodies named before by their count (据汇总，两部门全年查处…案件8起): theirs, not the unit's — not when
  // the unit joins them (三部门联合开展… / 我局与两部门…).
  if (COUNTED_BODIES.test(clause) && !OWN_WORD.test(clause)) return 'own';
  // Session 60 (set 55's 39908): a bank paying out or collecting (代发银行按名单将资金发放到对象账户): its trade, not in a bank's own report.
  if (BANK_PAYS.test(clause) && !OWN_WORD.test(clause) && !/银行|信用社|农商行|信用联社/.test(reporterHead(title))) return 'own';
  // Session 60 (set 55's 39807, 39821, 39843): places of a kind named by their count opening the clause (城区31家物业企业保养… / 西关、
  // 文昌、府前、新华4个社区共巡查…): theirs, not in a report of that kind's own.
  const counted = COUNTED_PLACES.exec(clause);
  if (counted && !OWN_WORD.test(clause) && !reporterHead(title).includes(counted[1]!.slice(-2))) return 'own';
  // Session 60 (set 55's 39908, 39927, 39935): the places or tiers of a kind at their own steps of a vetting (各乡镇卫生计生办对申报材料初审 /
  // 各村计生专干…对本村对象进行了摸底申报): theirs, the unit's only what it did with their returns.
  const eachStep = EACH_STEP.exec(clause);
  if (eachStep && !OWN_WORD.test(clause) && !reporterHead(title).includes(eachStep[1]!.slice(-2))) return 'own';
  const mishap = FIRM_MISHAP.exec(clause);
  if (mishap && !ownSubject(mishap[1]!, title) && !textNamesUnit(title, { key: mishap[1]! }) && !inTitleOrder(mishap[1]!, title)) return 'own';
  if (THIRD_PERSON.test(clause)) return 'third';
  const visitor = VISITOR_ON_US.exec(clause.replace(/^(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?|今年|上半年|下半年|近日)[，,]?/, ''));
  if (visitor && !ownSubject(visitor[1]!, title)) return 'visitor';
  const visiting = VISITOR_IN_AREA.exec(clause.replace(/^(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?|今年|上半年|下半年|近日)[，,]?/, ''));
  if (visitorRow(clause, title)) return 'visitor';
  if (COUNTY_EXAMINES.test(clause) && TOWN_TITLE.test(title.replace(/^[#\s]+/, ''))) return 'visitor';
  // Session 59 (set 54's 39243): a body of its own line, never a part of a town or a bureau (消防救援站 / 派出所 / 交警大队 / 供电所),
  // opening the clause with its check (桃源消防救援站对镇区民宿开展了消防检查): a visitor at its own work, in any report but that body's
  // own (with no title, whose text it is is not known), and not with the unit beside it (…联合镇综合执法队… / …与我街道联合…).
  const lineBody = title === '' || JOINED.test(clause) ? null : LINE_BODY_CHECKS.exec(clause.replace(/^(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底|中旬|上旬|下旬)?|今年(?:以来)?|上半年|下半年|近日)[\d一二三四五六七八九十]{0,2}日?[，,]?/, ''));
  if (lineBody && !OWN_WORD.test(clause) && !ownSubject(lineBody[1]!, title) && !textNamesUnit(title, { key: lineBody[1]! }) && !inTitleOrder(lineBody[1]!, title) && !/消防|派出所|公安|交警|供电/.test(reporterHead(title))) return 'visitor';
  const contracted = CONTRACTED_TO.exec(clause) ?? doneByBody(clause, title);
  if (contracted && !reporterHead(title).includes(contracted[1]!.replace(/^(?:县|市)/, ''))) return 'own';
  const contractor = CONTRACTOR_ACTS.exec(clause);
  // Review 56b: not in a report of the contractor's trade (清河县农村数字电影放映有限公司: its 放映队 are its own).
  if (contractor && !reporterHead(title).includes(contractor[1]!) && !reporterHead(title).includes(contractor[1]!.slice(0, 2))) return 'own';
  if (visiting && !ownSubject(visiting[1]!, title) && !textNamesUnit(title, { key: visiting[1]! }) && !(/^(?:[\u4e00-\u9fff]{2})?[镇乡]/.test(visiting[1]!) && TOWN_TITLE.test(title))) return 'visitor';
  if (GOOD_DEED.test(clause) || PARTY_COMPLIES.test(clause) || PARTY_JOINS.test(clause)) return 'own';
  const place = PLACE_ACTS.exec(clause) ?? FIRM_STAFF_ACTS.exec(clause) ?? HANDLED_BY.exec(clause);
  if (place && !OWN_WORD.test(clause) && !ownSubject(place[1]!, title) && !textNamesUnit(title, { key: place[1]! }) && !overseesPlace(place[1]!, title)) return 'own';
  if (COUNCIL_ACTS.test(clause) && !OWN_WORD.test(clause) && !COUNCIL_TITLE.test(title.split('关于')[0]!)) return 'own';
  if (aboveActs(clause, title)) return 'own';
  const blood = BLOOD_BODY_ACTS.exec(clause);
  if (blood && !OWN_WORD.test(clause) && !ownSubject(blood[1]!, title) && !textNamesUnit(title, { key: blood[1]! }) && !/血站|采血|红十字/.test(title.split('关于')[0]!)) return 'own';
  if (MEMBER_COPULA.test(clause)) return 'member';
  const honoured = RECOGNISED_NAME.exec(clause);
  if (honoured && !ownSubject(honoured[1]!, title)) return 'honour';
  return null;
}

/**
 * A clause opening with the unit's own word (我局 / 本校 / 我们 / 局里), a body of the kind a report speaks for acting on someone
 * (社区为其… / 学校安排…), or the unit named in the title: a new subject, the unit's.
 */
/** Session 59 (set 54's 39337): a firm by its name opening the clause with collecting or disposing (绿源公司对…上门收运). */
// Review 59a: not the unit bringing the firm in (街道引入洁源公司对…收运); the firm sending its trucks (洁源公司安排专车每日定时清运).
const FIRM_COLLECTS =
  /^\s*((?:县|市)?(?:(?!我|本|督促|要求|责令|组织|协调|联系|通知|安排|指导|督导|会同|联合|协助|配合|邀请|委托|引入|引进|聘请|聘用|购买|确定|选定|指定|招标|与|和|同|由)[\u4e00-\u9fff]){2,10}?(?:有限责任|有限)?公司)(?:[^，,。；]{0,6}?按(?:照)?[^，,。；]{0,8}?(?:合同|协议))?(?:(?:安排|派出?|出动)[^，,。；]{0,6}?)?(?:每日|每天|定时|定期|按时){0,2}(?:(?:对|到|赴)[^，,。；]{1,12}?)?(?:每日|每天|定时|定期|按时){0,2}(?:上门)?(?:收运|清运|回收|收集|转运|处置)/;
/**
 * Session 60: places of a kind by their count (31家物业企业 / 23个小区的物业企业 / 4个社区), a list of their names before it or not, at
 * their work — not joined by the unit (联合 / 会同 / 配合 …), not the object of a verb (the clause opens with the places).
 */
const PLACE_NAME = '(?:(?!对|向|与|和|为|给|帮|深入|走进|进入|到|赴|在|抽取|选取|督促|组织|要求|指导|检查|抽查|督查|联合|会同|通知|动员|协调|邀请|委托|安排|我|本)[\\u4e00-\\u9fff]){1,8}';
const COUNTED_PLACES = new RegExp(
  `^\\s*(?![^，,。；]*?(?:联合|会同|共同|协同|配合|协助|陪同))(?:(?:上|下)半年|今年|全年|[一二三四]季度)?(?:辖区|全县|城区|全镇|全乡|县城|镇区)?(?:内的?)?(?:(?:${PLACE_NAME}(?:、|和)){1,12}${PLACE_NAME}等?|${PLACE_NAME}等)?(?:\\d{1,4}|[两二三四五六七八九十]{1,3})(?:家|个|所)(?:[\\u4e00-\\u9fff]{1,4}的)?[\\u4e00-\\u9fff]{0,4}?(${EACH_PLACES}|开办方|中小学|小学|中学)(?:们)?[^，,。；]{0,12}?(?:开展|进行|巡查|检查|排查|保养|维修|维护|更换|检测|快检|抽检|自查|清理|清运|公示|申报|摸底|培训|整改)`,
);
/** Session 60: a bank opening the clause with its payments or its loans (not asked or urged by the unit). */
const BANK_PAYS =
  /^\s*(?:(?!督促|要求|通知|协调|联系|委托|通过|依托|借助|会同|联合|配合|我|本)[\u4e00-\u9fff]){0,10}?(?:银行|信用社|农商行|信用联社)(?:[^，,。；]{0,12}?)(?:发放|代发|拨付|划拨|打卡|放贷|放款|催收)/;
/** Session 60: the places or tiers of a kind at a vetting's own steps (初审 / 摸底 / 申报 / 公示 / 评议), not joined by the unit. */
const EACH_STEP = new RegExp(
  `^(?:(?:上|下)半年|今年|全年|[\\d一二三四五六七八九十]{1,2}月(?:份|底|初)?(?:至[\\d一二三四五六七八九十]{1,2}月)?)?[，,]?${EACH_SUBJECT.source.slice(1)}(?![^，,。；]*?(?:联合|会同|共同|协同|配合|协助|陪同))[^，,。；]{0,16}?(?:初审|摸底|申报|张榜|公示|评议)`,
);
/** Session 59 (set 54's 39422): bodies named by their count opening the clause with their casework (两部门全年查处…). */
// Review 59a: 联合 / 会同 / 共同 / 协同 anywhere in the clause (两部门全年共开展联合执法检查8次): joint work, the unit among them.
const COUNTED_BODIES =
  /^\s*(?![^，,。；]*?(?:联合|会同|共同|协同))(?:据(?:统计)?汇总[，,])?(?:全年|上半年|下半年|今年)?(?:两|二|三|四|五|六|七|八|九|十|\d{1,2})个?(?:部门|单位|机构)(?!联合|共同|会同|协同|一起|与|和|同|参加|参与|的)(?:全年|今年|上半年|下半年)?(?:共|累计|先后|分别|已)?(?:查处|检查|抽查|处置|办理|查办|立案|取缔|收缴|开展|组织|发现|处理)/;
/**
 * Session 59: the unit beside the line body (…联合镇综合执法队… / …与我街道联合…); review 59a: or helped by it (派出所配合乡综治办… /
 * 民警陪同我乡安监人员…, sessions 29–30): the unit's check.
 */
const JOINED = /联合|会同|协同|配合|协助|陪同|我|与本|和本|一起|一道|共同/;
/** Session 59 (set 54's 39243): a body of its own line (消防救援站 / 派出所 / 交警大队 / 供电所) opening the clause with its check. */
const LINE_BODY_CHECKS =
  /^\s*((?:县|市)?(?:(?!联合|会同|配合|协助|陪同|邀请|组织|督促|与|和|同|我|本)[\u4e00-\u9fff]){0,6}?(?:消防救援(?:站|大队|支队|中队)|派出所|交警(?:大队|中队)|供电所))(?:也|还|先后|分别|已)?(?:对|在|到|赴)?[^，,。；]{0,16}?(?:开展|进行|组织)?了?[^，,。；]{0,8}?(?:检查|排查|巡查|抽查|督查|清查|核查|核实|执法)/;
const OWN_WORD =
  /^(?:[\d一二三四五六七八九十]{1,2}月(?:份|初|底)?|今年|同时|此外|另外)?[，,]?(?:我|本)(?:局|院|馆|所|校|中心|单位|们|站|队|办|委|镇|乡|街道|社区|村|公司|行|会|协会|联合会|厅|店|厂|场(?!所|地|馆|次))|^(?:局|院|馆|所|校|中心|镇|村|社区)里|^(?:社区|村委会|村两委|学校|医院|中心|协会|镇里|街道|站里)(?:还|也|及时|随即|立即|第一时间|随后)?(?:为|给|向|对|组织|安排|联系|派|把|将|邀请)/;
export function ownSubject(clause: string, title: string): boolean {
  if (OWN_WORD.test(clause)) return true;
  // The title's unit without its county's name and level (清河县第二中学 / 长宁县第二中学 → 第二中学, 县志愿服务联合会 → 志愿服务联合会),
  // named near the clause's start.
  const unit = title.split('关于')[0]!.replace(/^[\u4e00-\u9fff]{2,3}县(?=[\u4e00-\u9fff]{2})/, '').replace(/^(?:县委|县政府|县|市)/, '');
  return unit.length >= 2 && clause.slice(0, unit.length + 4).includes(unit);
}

/**
 * Session 49 (the review): a clause opening with the unit's people by their post (工作人员 / 网格员 / 干部 / 民警 / 执法人员) or with its
 * own tier and an office or people of it (镇民政办 / 镇干部 in a town's report, 社区工作人员 in a community's), besides ownSubject's
 * own words: the unit's subject again, ending a chain of what others did or reported.
 */
const OWN_PEOPLE = /^(?:(?:随后|同时|另外|此外|并|还|也|再)[，,]?)?(?:工作人员|网格员|干部|社工|民警|执法人员|执法队员)/;
// Review 56b: a bureau's own section too (据各学校报送，…；局安全股组织开展…: the chain across ； ends there).
const TIER_OPENS = /^(?:(?:随后|同时|另外|此外)[，,]?)?(镇|乡|街道|社区|村|局)(?:里|干部|政府|党委|[\u4e00-\u9fff]{0,6}?(?:办|股|科)|工作人员|民警|网格员)/;
export function ownSubjectWide(clause: string, title: string): boolean {
  if (ownSubject(clause, title)) return true;
  const c = clause.trim();
  if (OWN_PEOPLE.test(c)) return true;
  const tier = TIER_OPENS.exec(c);
  return tier !== null && title.split('关于')[0]!.includes(tier[1]!);
}
