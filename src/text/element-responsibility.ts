/**
 * 主体责任: who inside the organisation is responsible — a leading group or task force (with its
 * head), a named leader role taking charge (负总责、具体抓、第一责任人), a lead office or a named
 * person assigned. Not: the unit as the subject of sentences, 高度重视 alone, or others'
 * (residents') self-organisation.
 */
import { maskUnclaimed } from './element-claims.js';
import { COMPOUND_SURNAME, EMPTY_FIELD, SURNAME, beforeIntention, inOrder, maskRequirements, maskTitles, type ElementTest } from './element-shared.js';
import { restartParts } from './element-measures.js';
import { textNamesUnit } from './unit-identity.js';
import { COUNTERPARTY, jointHead } from './element-parties.js';

/** Roles and offices inside a county department. */
// Session 56 (set 51's 37710, 37735, 37732): a landfill's 场长 / 副场长 and a firm's 安全总监 (review 56a: not 现场长时间 / 会场 / 停车场).
// Session 57 (set 52's 38104): a firm's 技术负责人 (由技术负责人刘海峰任项目负责人); not 项目负责人 alone, often a contractor's.
const ROLE =
  '(?:主要领导|分管领导|(?:村)?支书|村医|村文书|村会计|(?:包村|驻村)干部|[局县院校镇乡所站]领导|分管(?:副)?(?:局长|主任|部长|书记|县长|校长|院长)|班子成员|领导班子|一把手|主要负责(?:人|同志)|负责同志|(?:常务)?(?:副)?(?:(?:[会局镇乡村校院馆所站队社团行庭科股处部厅台园组]|理事|秘书|大队|中队|检察|董事)长|(?<![广市商剧球操机赛农现会车])场长(?![廊期久远])|(?:安全|技术|质量|运营|生产)总监|主任|书记|主席|总经理|经理|教导员|指导员|政委)|(?:大队|中队|少先队)?辅导员|专人|专干|干事|首席代表|(?:技术|安全|质量|生产|业务)负责人|老板娘?|店主|店长|厂长|掌柜|秘书长|(?<!谁)主管(?!部门|单位|机关|领导)|(?:值班|窗口|网点|班组|网格|片区|班)长|(?:支部|党委|党组|宣传|组织|纪检)委员|机关(?:党委|党总支|党支部|团委|工会|妇委会)|专员|信息员|(?:专职)?社工(?!机构|组织|事务所|公司|服务机构)|(?<![党支纪居村业协会])委员(?!会)|宣传委员|组织委员|(?:专职|兼职)(?:人员|干部|联络员)|联络员|业务骨干|(?:办公室|(?:(?![来到赴])(?<!莅)[\\u4e00-\\u9fff]){1,6}(?:股|科(?![技学普研])|室|中心|站|所|大队|中队)|(?<![县市省区委司团])(?:(?![部副])[\\u4e00-\\u9fff]){2}(?<![干支挥乐总全内外局各本西东南北中])部(?![门署分队]))(?:负责人)?|各(?:股室|科室|部门|单位)负责人)';

// Session 58 (set 53's 38646): 亲自管理 (负责人钟仁和亲自管理进货和台账) is the head's charge in person; 管理 after the other words
// (全面管理 / 负责管理 / 自己管理) stays unread, as before.
const TAKES_CHARGE =
  '(?:负总责|负全责|负主责|负(?:直接|主要|领导|具体)责任|总负责|全面负责|(?:亲自|专门|具体|天天|全程)盯(?:着|住|紧)?|(?:具体|专门|自己|亲自|全面|分管|负责|总)管(?![理控护辖道网制])|管(?=[这此该][^，,。；]{0,3}(?:事|块|项|摊)|[。，,；]|$)|亲自(?:抓|挂帅|部署|过问|调度|督办|推动|协调|上手|指挥|把关|主持|研究|谋划|督导|带队|安排|管理)|具体抓|直接抓|专门抓|全面抓|主抓|专抓|牵头抓|(?<![狠严紧])抓(?:落实|推进|实施|执行|具体工作|日常工作|日常|全面|总)|(?<![狠严紧])抓(?=[、，,。；])|牵[^，,。；]{0,3}头|全程跟进|把关|靠前指挥|负责|牵头|统筹|挂帅|主持|主管|分管|具体落实|具体(?:组织|实施|操办|经办)|承办|调度|督办(?![单件函])|督导|抓总|包(?:[一二两三四五六\\d]+个)?(?:[片村街段点户组线区]|社区|小区|网格|路段|学校|企业|行业|乡镇)|包干|分包|包保|包联|挂点|联系(?!电话|方式|人|号码|地址|邮箱|手机|群众|居民|村民|市民|服务对象|社会|家属|家人|亲属|监护人|子女|当事人|其家|户籍地|对方)|各负其责|一岗双责)';

/** A holder's name after a role (总经理邵文博 / 副主任于小川同志): two or three characters, or none. */
const NAMED = '(?:[\\u4e00-\\u9fff]{2,3}(?:同志)?)?';

/**
 * Session 20: a responsibility held by its degree (负直接领导责任 / 负第一责任 / 负主要领导责任 / 负有直接责任): the holder claims the
 * charge. Bare 负有责任 / 负有不可推卸的责任 (blame owned for a failure) names no degree and is no charge.
 */
const HELD_DUTY = '负有?(?:直接|主要|领导|首要|第一|全面|总体?|主体|具体)(?:领导|管理|监管)?责任';

/** Session 29 (present29): a post over a section, a point or a station (村级河长 / 社区段长 / 人民路路长 / 点位长 / 包保责任人). */
const SECTION_POST = '(?:[县镇乡村]级|街道级|社区级)?(?:[河湖渠库塘路街巷段片林田]长|网格长|点位长|站长|包保责任人)';

/**
 * Session 30 (review30): a holder named after the post — a person's name (a common surname and one or two characters, or
 * 某 / 某某), not the post's routine (每月 / 每周 / 定期). Another character after a surname-and-one (张某某 / 伍建国) is the name's.
 * Session 35: nor a surname opening a word of time (于每月 / 周末 / 凌晨 / 夏季 / 冬天 / 春节) or of direction (向镇…).
 */
const PERSON = `(?:(?:${COMPOUND_SURNAME})|(?!于每|周末|周[一二三四五六日]|向[县镇乡村街社上]|于[县镇乡村街社上]|凌晨|夏[季天日]|冬[季天日]|春[季天节]|秋[季天]|汛期|全年|每)[${SURNAME}])(?:某某?|[\\u4e00-\\u9fff]{1,2})`;
const POST_NAMED = new RegExp(`${ROLE}[\\u4e00-\\u9fff]{2,3}(?:同志)?(?:兼任|担任|任|为|是)[^，,。；为任是]{0,16}?${SECTION_POST}(?![办制])`);
const POST_HOLDER = new RegExp(`(?:[县镇乡村]级|街道级|社区级|段)(?:[河湖渠路街]长|段长)[、，,]?(?:${ROLE})?(?<![局县])${PERSON}(?:同志)?(?=[^，,。；]{0,10}(?:巡|带|负责|牵头|对|组织|检查|督促))`);

/**
 * Session 30 (review30): the level a section's post names (县级 / 镇级 / 村级 …) above the unit's own (a 县级河长 in a 镇's or a
 * 村's report is the county's, another body's holder); the unit's level read from its title's last body word (镇 / 乡 / 街道 a
 * town's, 社区 / 村 a village's). A unit of no such level (a 局) is not judged.
 */
const LEVEL_RANK: Record<string, number> = { 县: 3, 镇: 2, 乡: 2, 街道: 2, 社区: 1, 村: 1 };
function postAboveUnit(words: string, title: string): boolean {
  const post = /([县镇乡村]|街道|社区)级(?!河道|河流|道路|公路|水库|湖泊|渠道)/.exec(words);
  const unit = /(镇|乡|街道|社区|村)(?:人民政府|政府|办事处|党委|党工委|党支部|党总支|居委会|村委会|居民委员会|村民委员会)?(?:[\u4e00-\u9fff]{1,6}?(?:办公室|工作站))?$/.exec(titleUnit(title) ?? '');
  return post !== null && unit !== null && LEVEL_RANK[post[1]!]! > LEVEL_RANK[unit[1]!]!;
}

/**
 * Session 30 (review30): a former holder (原副镇长王某曾任…河长，现已调离 / 曾分管 / 已卸任): the charge held once, by someone no longer
 * in it, is no one responsible now. Told by 曾 before the charge in the match, or by the holder gone later in the sentence.
 */
const FORMER_IN = /曾(?:经)?(?:兼任|担任|任|为|分管|负责|牵头|主抓|主持)/;
/** Session 35 (review30): 曾 right after a post and followed by a name and the holder's deed (镇级河长曾为民每月带队巡河) is a surname. */
const ZENG_NAMED = /(?:长|书记|主任|员)曾[\u4e00-\u9fff]{1,2}(?=每|带|负|具|牵|定|亲|对|巡|组|督|检|同志)/;
function formerIn(words: string, next: string): boolean {
  return FORMER_IN.test(words) && !ZENG_NAMED.test(words + next);
}
const GONE_AFTER = /^[^。；;！？!?]*?(?:现已|已经|已|后|现|目前已)(?:调离|调走|调任|调至|离任|卸任|退休|离职|辞职|不再担任)/;
/**
 * Session 35 (review30): the holder gone, not another person: a new subject before the gone word (原组长李某已调离 / 前任…) is a
 * predecessor's, and a gone word describing those served (为已退休人员办理 / 走访已退休的老干部) is theirs.
 */
function holderGone(after: string): boolean {
  const m = GONE_AFTER.exec(after);
  if (m === null) return false;
  const before = m[0];
  if (/^\s*(?:原|前任|上任)/.test(before.split(/[，,]/).pop() ?? '')) return false;
  const rest = after.slice(m[0].length);
  if (/^(?:的|人员|职工|干部|老干部|老同志|老人|教师|党员|军人|群众|职员)/.test(rest)) return false;
  return true;
}

/** Session 39 (set 34): the words before a charge telling the unit checked or supervised by another (接受…督导 / 迎接…检查). */
const RECEIVED_CHECK = /(?:接受|迎接|配合|陪同)[^，,。；｜|]{0,20}$/;
/**
 * Session 39 (set 34): a firm, an association or a place of business named before a head in its clause (合作社 / 商会 / 加油站 …):
 * the head is that body's own (the rulings: a cooperative's or a firm's own 自检 and its head are theirs). The unit itself (its title
 * names that kind of body, or the kind stands bare with no such body named before it in the sentence) is read as before.
 */
const OTHER_BODY_KIND = /合作社|商会|协会|公司|企业|加油站|超市|商场|药店|酒店|宾馆|养殖场|屠宰厂|景区|物业|车队|俱乐部|联合会|互助会/;
export function othersOwnHead(before: string, title: string, earlier = ''): boolean {
  const kind = OTHER_BODY_KIND.exec(before);
  if (kind === null || /[我本]/.test(before)) return false;
  // Session 52 (set 47's 35632): the unit's group stationed at the firm (驻宏盛肉类加工有限公司官方兽医组) is the unit's, not the firm's.
  // The group named right after the firm (…有限公司官方兽医组 / …公司检疫组), no verb between 驻 and the firm (驻村工作队协助合作社…).
  if (/驻(?:(?!协助|指导|帮助|帮扶|配合|督促|联系|和|与|及)[\u4e00-\u9fff]){0,14}$/.test(before.slice(0, kind.index)) && /^[\u4e00-\u9fff]{0,6}?(?:组|队|专班|站|点)/.test(before.slice(kind.index + kind[0].length))) return false;
  // The kind bare at the clause's start (公司总经理为… / 协会秘书长刘芳牵头) is the writer's own body by its short name, unless the
  // sentence named such a body before (马庄商会自行召集会员企业，商会会长主持…).
  const bare = /^\s*$/.test(before.slice(0, kind.index));
  if (bare && !new RegExp(`(?:各|[\\u4e00-\\u9fff]{2})${kind[0]}`).test(earlier)) return false;
  return !(title.split('关于')[0] ?? '').includes(kind[0]);
}

const GROUP = '(?:领导小组|工作专班|专班|指挥部|工作组|工作小组|推进组|专项组|工作委员会|创建办公室|创建办|工作办公室)';

/** Session 19: the unit's own office by its short name leading (街道城建办牵头考核 / 综治办具体负责). */
const SHORT_OFFICE = /(?<![县市省区州\u4e00-\u9fff])(?:(?:街道|镇|乡|局|中心|院|馆|站|所)(?:的)?)?[\u4e00-\u9fff]{2}办(?:公室)?(?:牵头|具体负责)/;

/**
 * Session 46 (set 41): a named head leading the unit's own staff in person (镇经管站站长刘海燕带领站内会计…清理 / 所长王某带领全所干警…):
 * as 带队 — the staff led named as the unit's own (站内 / 所里 / 全站 / 本所 before a generic noun; 会计 / 技术人员 / 干警 alone), not
 * residents, pupils or a team's members (带领干部群众 / 带领队员 / 带领职工 name no staff of the unit's: the review).
 * Session 52 (set 47's 35622): the head assigning the unit's staff by calling and name (站长孙立明安排防疫员王鹏、马丽分片入户…).
 */
// Session 58 (set 53's 38602): the head leading one of the unit's own working teams by its name (大队副大队长孙立伟带领第一执法组负责…
// / 所长带领两个检查组 / 带领稽查二组): as 带队. Only a team of enforcement or inspection right after 带领, numbered or not; another
// body's team (带领市检查组 / 带领志愿服务队 / 带领工作组) names no team of the unit's.
const LEADS_OWN_TEAM = '带领(?:第[一二三四五六七八九十\\d]{1,2}|[一二两三四五六七八九十\\d]{1,2}个)?(?:执法|检查|稽查|巡查|督查|核查|排查)(?:[一二三四五六七八九十\\d]{1,2})?(?:小组|分队|组)';
const LEADS_OWN_STAFF = `${LEADS_OWN_TEAM}|带领(?:(?:[站所局院馆队中心科股室]内|[站所局院馆队]里|全[站所局院馆队]|本[站所局院馆队])(?:的)?(?:工作人员|干部职工|干部|干警|职工|会计|技术人员|执法人员|队员|同事|业务骨干)|(?:会计|技术人员|干警|业务骨干))|(?:安排|指派)(?:站内|所内|局内|本站|本所|本局)?(?:防疫员|检疫员|技术员|官方兽医|执法人员|执法队员|工作人员|专干|干事|监管员|公卫医生)${PERSON}(?:[、和及]${PERSON})*(?:等(?:人|同志|[\\d一二两三四五六七八九十]名同志))?(?=[负分到入对开进]|具体)`;
/**
 * Session 46 (set 41): a member of the unit by calling, named and given a task, opening its clause (专职调解员刘晓峰负责…的受理和调处 /
 * 驻点调解员马俊负责…接待): a named person assigned. Another body's member (村调解员 / 社区网格员 …, a body named before the calling)
 * does not open the clause bare; the calling must be one of the unit's own kind (CALLING_UNIT: the review found 安全员 / 管理员 / 护士 /
 * 民警 in other units' reports), and the clause's filters below still apply.
 */
// Session 53 (set 48's 36543): the unit naming the person to it first (社区指定网格员周敏负责…).
// Session 58 (set 53's 38940): a station's 防疫员 / 检疫员 / 官方兽医 (…免疫点设立，由防疫员梁志刚负责), and (39049) a place of
// business's own 经营者 (经营者孙长河本人负责整改, only in its own report: the firm flag); 本人 may follow the name.
// Session 59 (set 54's 39217): the whole charge taken (经营者陈桂兰负总责 / 防疫员赵立新负全责) as 负责 is.
const NAMED_STAFF = new RegExp(`(?:^|[，,。；;：:])\\s*(?:(?:社区|村|街道|镇|乡|局|中心|所|站|卫生院|医院|院|派出所|(?:所|站|院|局|村|社区)里)?(?:指定|安排|明确|确定|委派|指派))?(?:由)?(?:专职|兼职|驻点|驻所|驻站|驻院)?(调解员|民警|辅警|网格员|医生|护士|社工|讲解员|防疫员|检疫员|官方兽医|经营者)(${PERSON})(?:同志)?(?:本人)?(?:(?:专门|具体|主要|全面)?负责(?!人|的)|负总责|负全责)`);
/**
 * The unit's head by the key 负责人 with the holder's name taking the whole charge (市场负责人陈某负总责 / 专区负责人陈某具体负责帮办):
 * a named leader role taking charge; the owner before 负责人 at most six characters from its clause's start.
 * Session 58 (set 53's 38646, 39019): or taking it in person (负责人钟仁和亲自管理进货和台账 / 本站负责人王兴旺亲自抓整改), the holder
 * a person's name (PERSON); 亲自抓药 / 亲自抓获 are no charge.
 */
const KEYED_HEAD = new RegExp(`(?:^|[，,。；;：:、])([\\u4e00-\\u9fff]{0,6})负责人(?:[\\u4e00-\\u9fff]{2,3}(?:对[^，,。；]{1,24}?)?(?:负总责|负全责|总负责|全面负责|具体负责)|${PERSON}(?:同志)?(?:本人)?亲自(?:抓(?![药获捕住鱼拍])|管理?|负责|过问|把关|督办|挂帅))`);
/**
 * Review 58b: the owner before 负责人 another party the unit deals with (东关农贸市场负责人孙海亲自抓整改 / 渣土公司负责人刘强全面负责 /
 * 西街商户负责人马红具体负责 in a body's report): that party's head, not the unit's. The unit's own (本站 / 我所 / a word of its title),
 * a bare 站 / 科 / 门店 of the unit, and a firm's own 公司 / 门店 in its own report stay read.
 */
const KEYED_OTHER = /(?:市场|公司|企业|商户|商家|门店|店铺|摊点|摊位|工地|项目部?|物业|经营户|业户|学校|小学|中学|幼儿园|医院|卫生院|村|社区|小区|酒店|饭店|超市|车队|合作社|养殖场|厂|开办方|承包方|施工方|.单位)$/;
function keyedOfAnother(owner: string, title: string, firm: boolean): boolean {
  const body = owner.replace(/^.*?(?:由|经|是|为)/, '');
  if (body === '' || /^(?:我|本|该)/.test(body) || !KEYED_OTHER.test(body)) return false;
  if (firm && /^(?:公司|门店|店|企业|超市|药房|项目部?|单位)$/.test(body)) return false;
  const unit = titleUnit(title) ?? title.split('关于')[0]!;
  // Session 58 (train 17568, 17575, 17581, lost by the review): the title's own words before 关于 name the unit too (市场负责人 in
  // 双河镇农贸市场防蝇灭鼠说明, whose titleUnit is the town) — not 市场 inside 市场监督管理局.
  const head = title.replace(/^[#\s]+/, '').split('关于')[0]!.replace(/市场监督管理|市场监管/g, '');
  // A kind named bare is the unit when the unit is of that kind (学校负责人 in a 实验小学's report).
  return !unit.includes(body) && !head.includes(body) && !(KIN[body]?.test(unit) ?? false);
}
/** The unit a calling belongs to (the review: 安全员 / 管理员 / 护士 in a bureau's report are a firm's, a home's, a clinic's). */
const CALLING_UNIT: Record<string, RegExp> = {
  调解员: /调解|司法/, 民警: /公安|派出所|交警|警/, 辅警: /公安|派出所|交警|警/, 网格员: /网格|社区|街道|综治|政法/,
  医生: /医院|卫生院|卫生服务|疾控|妇幼/, 护士: /医院|卫生院|卫生服务|妇幼/, 社工: /社工|民政|社区/, 讲解员: /馆|纪念|景区|基地/,
  防疫员: /畜牧|兽医|动物|防疫|免疫|检疫/, 检疫员: /畜牧|兽医|动物|防疫|免疫|检疫/, 官方兽医: /畜牧|兽医|动物|防疫|免疫|检疫/,
};
/** A calling named in the report of the unit it belongs to, not after a speaker (张大爷说，护士王丽负责…: the speaker's carer). */
const TENANTS = /摊|柜|底商|商户|入驻|租户|承租|业户|经营户|铺面|门前三包/;
// Session 58 (set 53's 39049): a 经营者 is the unit's own only in a firm's or a place of business's own report (firm); in a body's
// report the 经营者 is one of those it regulates.
function ownCalling(t: string, at: number, calling: string, title: string, firm: boolean): boolean {
  // Review 58b: not a tenant of the firm's place (小区底商…，经营者刘洪负责门前三包 in a 物业's report / 经营者王新负责本摊位卫生 in a
  // market's / 入驻专柜…经营者张华负责本柜台 in a 超市's): the firm's tenants are others it manages.
  const sentence = t.slice(Math.max(0, t.lastIndexOf('。', at) + 1), (t.indexOf('。', at) + 1 || t.length + 1) - 1);
  // Review 59b: an association's (民宿行业协会 / 商会) 经营者 are its members; a place across the road's (对面的渔家乐…，经营者…) its own.
  const own = calling === '经营者' ? firm && !TENANTS.test(sentence) && !/对面|隔壁|邻近|另一家|别家/.test(t.slice(Math.max(0, t.lastIndexOf('。', at) + 1), at)) && !/协会|商会|联合会/.test(title.split('关于')[0]!) : (CALLING_UNIT[calling]?.test(title.split('关于')[0]!) ?? false);
  return own && !/说|反映|表示/.test(t.slice(Math.max(0, t.lastIndexOf('。', at) + 1), at));
}

/**
 * Session 47 (train 20202, 20207): the work done as a named leader of the unit arranged it (执法队按照镇党委副书记王海涛的分工安排… /
 * 街道城管办按照街道办事处副主任周晓东的安排…): that leader in charge. The leader's body, if named, is the unit's own tier (a 镇's leader
 * in a 局's report is another's: arrangedByOwn); a residents' team's head leading (队长老周的带领) is not read here.
 */
const ARRANGED_BY =
  /(?:按照|根据|遵照|在)([^，,。；]{0,10}?)(副?书记|副?主任|副?局长|副?镇长|副?乡长|副?院长|副?校长|副?所长|副?站长)[\u4e00-\u9fff]{2,3}?(?:同志)?的(?:分工)?(?:安排|部署|调度|统筹)/;
/** No body named: the head of the unit's own kind (局长 in a 局's report, 镇长 in a 镇's …); 书记 / 主任 need their body. */
const HEAD_OF_KIND: Readonly<Record<string, RegExp>> = { 局长: /局/, 镇长: /镇/, 乡长: /乡/, 院长: /院/, 校长: /校|学/, 所长: /所/, 站长: /站/ };
const arrangedByOwn = (body: string, role: string, title: string): boolean => {
  const head = title.split('关于')[0]!;
  const own = body.replace(/(?:党委|党工委|党组|办事处|人民政府|政府)$/, '');
  if (own !== '') return !/^(?:县|市|省)/.test(own) && head.includes(own);
  return HEAD_OF_KIND[role.replace(/^副/, '')]?.test(head) ?? false;
};

/**
 * Session 53 (set 48's 36220, 36415): the head of an 办 of the unit, named, leading the work (街道城建办主任罗勇带队 / 镇应急管理办公室
 * 主任魏东带队): a named person of the unit in charge. No 县 / 市 body's office; a 镇's or a 街道's office only in that tier's own report
 * (the loop reads the tier, group 1). A 股's, a 科's or a 室's head stays with TESTS[1] and ownBodyLeads (sessions 48 and 50).
 */
const OFFICE_HEAD_LEADS = new RegExp(`(?:^|[，,。；;：:、])\\s*(?:由)?((?:镇|乡|街道)?(?:(?!县|市|省|区|州|我|本|与|和|及|对|到|在|由)[\\u4e00-\\u9fff]){2,8}?(?:办公室|办))(?:常务)?(?:副)?主任${PERSON}(?:同志)?(?:具体|亲自)?(?:带队|带领|指挥|牵头)`);
/** Session 53 (set 48's 36236, 36341, 36432): the unit's own head, named, leading its people or directing in person (我局副局长钱勇带领市政设施管理所… / 中心分管副主任韩冬具体指挥 / 乡分管副乡长卢斌带领…, a 镇's or a 乡's in its own report). */
const OWN_HEAD_LEADS = new RegExp(`(?:(?:我|本)(?:局|中心|院|所|站|队|镇|乡|街道|办)|(?<![\\u4e00-\\u9fff])(局|中心|院|镇|乡|街道))(?:分管|常务)?(?:副)?(?:局长|主任|院长|所长|站长|队长|大队长|镇长|乡长|书记)${PERSON}(?:同志)?(?:带领|带队|具体指挥|统一指挥|现场指挥)`);
/**
 * Review 53b: the tier word that opens an 办's name or a head's bare body (镇党政办 / 城南镇安监办 / 街道副主任 / 局分管副局长 / 院分管
 * 副院长) names the unit only in the report of that body itself: not a 镇's office in a bureau's or a 街道's report, not the 街道 over a
 * 社区 or the 镇 over a 村 (their titles hold its name), not a 院 or a 中心 in a 局's report. An office named without a tier
 * (城建办 / 医务办) is read as before; a head's bare body is one of 局 / 中心 / 院 / 镇 / 乡 / 街道 (OWN_HEAD_LEADS group 1).
 */
const UNIT_OF_TIER: Record<string, RegExp> = {
  镇: /镇(?:人民政府|政府|党委|委员会)?$/, 乡: /乡(?:人民政府|政府|党委|委员会)?$/, 街道: /街道(?:办事处|党工委|工委)?$/,
  局: /局$/, 中心: /中心$/, 院: /院$/,
};
function tierIsUnit(name: string, bare: boolean, title: string): boolean {
  const unit = titleUnit(title) ?? '';
  const tier = bare ? /^()(局|中心|院|镇|乡|街道)$/.exec(name) : /^([\u4e00-\u9fff]{2,3}?)?(镇|乡(?!村|镇)|街道)/.exec(name);
  // An office of a named body (卫生院办公室 / 中心医院医务办) only in that body's own report; the head's own office (校长办公室) is the unit's.
  const body = bare ? null : /^[\u4e00-\u9fff]*?(?:医院|卫生院|院|中心|所|站|局|委|队|校|公司)(?!长)/.exec(name.replace(/(?:办公室|办)$/, ''));
  if (body && !unit.includes(body[0])) return false;
  if (!tier) return true;
  return UNIT_OF_TIER[tier[2]!]!.test(unit) && unit.includes((tier[1] ?? '') + tier[2]);
}
const TESTS: RegExp[] = [
  // 成立以局长为组长的领导小组 / 组建工作专班 / 调整充实创建工作领导小组
  new RegExp(`(?:成立|组建|设立|调整|充实|建立)[^，,。；]{0,30}${GROUP}`),
  // Session 28 (quiz28; after TESTS[0], the group test the code reads by index): a role of the unit with its holder named leading the work in person (大队长何勇带队 / 局分管副局长刘海燕带队 /
  // 管理处副主任李敏每周带队检查): a named person in charge (the rulings: 院长 / 站长 / a 分管 person named in charge counts); the
  // role alone (局长带队检查) stays as before, and a duty's 带班 stays grey (set 24's ruling on 带班领导). The role opens its clause,
  // after at most 由 / the unit's own short name (局 / 我所 / 管理处): another body's head (镇市场监管所所长 / 县豫剧团副团长 / 镇人大主席 /
  // 纳税服务科孔科长) or a residents' team's (舞蹈队队长…带队员) leads its own people, no one of the unit in charge.
  // Session 52 (set 47's 36045): a time may lead (春节前由…) and a section of the unit by its short name may come between
  // (由中心安全监管股股长韩磊带队).
  // Session 58 (set 51's 37740, an older open item): or a 大队 / 中队 of the unit by its short name (局执法大队大队长宋涛带队), the
  // unit's own part as ledByAnother reads it.
  new RegExp(`(?:^|[，,。；;：:、])\\s*(?:(?:春节|节日|节|汛期|检查|活动)?(?:前|后|期间)|今年|本月|本周|[一二三四]季度|\\d{1,2}月(?:份|\\d{1,2}日)?)?(?:由|经)?(?:我|本)?(?:局|所|站|院|馆|队|中心|管理处|公司|(?<=[我本])(?:镇|乡|街道|社区|村|校|办|委))?(?:(?<=局|所|站|院|馆|中心|管理处)(?:(?!医院|卫生院|学校|校|院|所|站|局|中心)[\\u4e00-\\u9fff]){2,6}?(?:[股科室]|大队|中队))?(?:里|内)?(?:由)?(?:分管)?${ROLE}(?!多次|经常|轮流|分别|先后|定期|每次|多|都|也|常|曾|又|再)(?:(?![长任记次])[\\u4e00-\\u9fff]){2,3}(?:同志)?(?:每[天日周月]|亲自|全程)?(?:带队(?![员人]|老师|师傅)|${LEADS_OWN_STAFF})`),
  // 以局长为组长 / 局长任组长 / 担任组长
  // Session 22 (genre22): 由教导员刘振任专班负责人 / 局长担任工作组负责人: the head of a group by the name of its post.
  /(?:以|由)[^，,。；]{1,12}(?:为|任|担任)(?:组长|总指挥|专班长|第一责任人|(?:工作)?(?:专班|工作组|小组|领导小组|指挥部|项目组)?负责人)|(?:任|担任|兼任)(?:工作)?(?:专班|工作组|领导小组|指挥部|项目组)负责人|(?:任|担任|兼任)[^，,。；]{0,14}?(?:组长|总指挥|站长|所长|队长|馆长|中心主任|召集人)|(?:任|担任|为)[^，,。；]{0,6}(?:组长|副组长|总指挥|召集人|总召集人|联络人|(?:驻村)?第一书记|[河湖路街巷段林片田网]长|窗口长|班组长|值班长|总长|网格长|总河长|专班长|指挥长)|组长由|双组长|领导小组(?:组长|办公室|下设)/,
  // 由王某某同志分管 / 李某某负责: a named person
  /[\u4e00-\u9fff]{1,3}(?:同志|某某)[^，,。；]{0,6}(?:负责|分管|牵头|具体抓|主抓|担任|任)/,
  // 局长负总责、分管副局长具体抓 / 主要领导亲自抓 / 办公室牵头
  // Session 37 (set 32): not across a table's cell mark (4月27日｜县助老公益服务中心｜实地督导…: the body visited, then the unit's visit).
  new RegExp(`${ROLE}[^，,。；｜|]{0,8}${TAKES_CHARGE}`),
  // 由办公室负责 / 明确专人负责 / 由局长牵头
  // 确定了一名副所长专门抓 / 由工会主席具体组织: a role named after a short qualifier
  // Session 57 (set 52's 38541): one named and told to lead the work (指定结核病防治科科长吴强带队处置).
  new RegExp(`(?:由|明确|指定|安排|确定)了?(?:[一二两三四五\\d]+名|一位|专门)?[\\u4e00-\\u9fff]{0,4}?(?:${ROLE}|工作人员|干部|同志)[^，,。；]{0,10}(?:负责|牵头|统筹|承担|具体|落实|抓|盯|管(?![理控护辖道网制])|(?<=指定[^，,。；]{1,24})带队)`),
  // Session 48 (set 43's 33622): a person of the unit named to a post of charge by the name of the post (所长指定社区民警韩波为驻校民警 /
  // 确定副校长刘芳担任安全联络员): a named person assigned. Not a place or a body named to a role (确定张村为试点村 / 指定县医院为
  // 定点医院): the post is a person's.
  new RegExp(`(?:指定|确定|明确|任命|选派|委派|指派)了?(?:[\\u4e00-\\u9fff]{0,6}?(?:民警|干部|工作人员|干事|职工|教师|老师|医生|社工|同志)|${ROLE})?(?!志愿者|家长|群众|村民|居民|学生)[\\u4e00-\\u9fff]{2,3}(?<!们)(?:同志)?(?:为|担任)(?:本[所站校局院]|我[所站校局院])?(?:驻校民警|驻村民警|驻校干部|驻村干部|(?:安全|业务|工作)?联络员|(?:工作)?联系人|专管员|(?:专职)?安全员|信息员|专干)(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单|单位))`),
  // Session 48 (train 20111, 20117): a leader named before and then by a pronoun taking the overall charge (他明确，背街小巷整治由他负
  // 总责 / 她对窗口作风负总责): the person in charge. Not a wish, a demand, a negation or a condition anywhere in the clause before
  // (要求由他… / 应由他… / 建议 / 希望 / 并非 / 是否 / 如), not another's words (说 / 表示 / 反映), and 亲自抓药 / 亲自抓获 are no charge.
  /(?:^|[，,。；;：:])\s*(?:(?!说|表示|反映|认为|要求|应|须|要|建议|希望|并非|不是|是否|如|若)[^，,。；]){0,12}?(?:由|是)?(?<![要应须让请])(?:他|她)(?:本人)?(?:对[^，,。；]{1,12}?)?(?:负总责|负全责|总负责|全面负责|亲自抓(?![药获捕住鱼拍]))/,
  // Session 48 (train 20230): a group named with its head in brackets (街道创文专班（组长为街道办事处主任唐丽）…); not the county's
  // or a superior's group (县里成立了防汛指挥部（指挥长为副县长刘强）: the review).
  /(?<!(?:县里|县委|县政府|市里|市委|市政府|上级|省里)[^，,。；]{0,8})(?:工作专班|专班|领导小组|工作小组|工作组|指挥部)[（(](?:组长|指挥长|专班长|召集人)(?:为|由|：|:)(?![^）)]{0,4}(?:副?县长|副?市长|县委|市委))/,
  // 书记、主任“一肩挑”，负总责: the overall charge may follow the role after a comma
  new RegExp(`${ROLE}[^。；;]{0,12}?(?:负总责|负全责|负主责)`),
  // Session 47 (train 20202, 20207): the work done as a named leader of the unit arranged it (执法队按照镇党委副书记王海涛的分工安排… /
  // 街道城管办按照街道办事处副主任周晓东的安排…): that leader in charge. Not a residents' team's head (队长老周的带领: 带领 and 队长 are
  // not read here).
  ARRANGED_BY,
  // 主抓这项工作的是副所长李军: the charge first, the role after 的是
  new RegExp(`(?:主抓|负责|分管|牵头|具体抓|统筹)[^，,。；]{0,10}的是${ROLE}`),
  // 街道城建办牵头考核 / 综治办具体负责: the unit's own office by its short name leading (session 19; 由…办牵头 above). A county's or a
  // city's office (县创文办牵头 / 市文明办负责) is another body's.
  SHORT_OFFICE,
  // 创建工作归口办公室管理: a lead office
  /归口[^，,。；]{0,8}(?:股|科|室|中心|站|所|队|部|处)/,
  // 馆长对全馆工作负总责: the charge and what it covers; the role may carry its holder's name (所长彭立军对…负总责, session 16).
  new RegExp(`${ROLE}${NAMED}对[^，,。；]{1,24}(?:负总责|负全责|负主责|总负责|负责|${HELD_DUTY})`),
  // 副主任于小川是…的包保领导 / 分管副局长为牵头领导: a role named as the leader in charge of a matter (session 16).
  new RegExp(`${ROLE}${NAMED}(?:为|是|任|担任)[^，,。；]{0,18}(?:包保|包联|牵头|责任|分管|联系)领导`),
  // 所长由街道党工委副书记韦红担任: an office filled by a role that its body qualifies and its holder's name follows (session 16).
  new RegExp(`(?:[站所队组会馆部]长|主任|负责人|指挥长|召集人)由[^，,。；]{0,8}?${ROLE}${NAMED}(?:担任|兼任|出任)`),
  // 所长由镇党委书记担任 / 书记任站长 / 由副局长兼任: an office filled by a named role
  new RegExp(`(?:[站所队组会馆部]长|主任|负责人|指挥长|召集人)由${ROLE}[^，,。；]{0,6}(?:担任|兼任|出任)|${ROLE}[^，,。；]{0,4}(?:任|担任|兼任|出任)[^，,。；]{0,6}(?:[站所队组会馆部]长|秘书长|理事长|主任|指挥长|召集人|负责人)`),
  // 前台小刘专门负责 / 由我们老刘专门盯着: a person by a familiar name assigned a task
  /(?:^|[，,、。；\s]|[\u4e00-\u9fff]{2})(?:小|老)(?![人区组孩家年旧学乡伙朋百城街院屋房宅村镇店队班部摊])[\u4e00-\u9fff](?:专门|具体|专职|主要|一直)(?:负责|管|抓|盯)/,
  // 领导小组办公室设在办公室 / 创建办设在政工股: a lead office
  /(?:办公室|创建办|文明办|专班)设在[^，,。；]{1,12}(?:股|科|室|中心|站|所|队|部|处)/,
  // 组长：王某某（局长）/ 组长：局长 — a membership list; 组长：县妇联主席柯某某 — the role with its holder's name (session 17).
  /(?:副?组长|总指挥|召集人|专班长)\s*[：:]\s*[^，,；;。]{0,12}(?:长|书记|主任|负责人|同志)/,
  new RegExp(`(?:副?组长|总指挥|召集人|专班长|指挥长)\\s*[：:]\\s*[^，,；;。：:]{0,8}?${ROLE}[\\u4e00-\\u9fff]{2,3}(?=[（(，,；;。、）)]|$)`),
  // 局长（组长）：王立新 / 组长：王立新 — a form key naming the head's role, a person's name as its value (session 12).
  /(?:副?组长|总指挥|召集人|专班长|指挥长)[）)]?\s*[：:]\s*(?!各|无|略|待|暂|未|空|缺|不|没|尚|另行|全体)[\u4e00-\u9fff]{2,4}(?=[（(，,；;。、]|$)/,
  // 项目负责人：副局长张伟 — a key:value line naming the one in charge
  new RegExp(`(?:负责人|责任人|牵头人|分管领导|(?:责任|牵头|包保|包联)领导|具体负责(?:人)?|具体承办|(?:责任|牵头|承办)(?:单位|科室|股室|部门))\\s*[：:]\\s*(?!各)[^，,；;。]{0,12}?(?:${ROLE}|同志)`),
  // Session 22 (forms22): a record run into one line without colons (…组织单位县红十字会，负责人县红十字会专职副会长闫文清；): the
  // 负责人 key after the organiser's, its holder a role with a name.
  new RegExp(`(?<=(?:组织|主办|承办)单位[^，,；;。：:]{2,20}[，,])负责人(?:[^，,；;。：:]{0,12}?${ROLE}\\s?${NAMED}|[\\u4e00-\\u9fff]{2,3})(?=[；;。，,]|$)`),
  // 责任人：王建国 — a person by name alone on a key:value line
  /(?:负责人|责任人|牵头人|责任领导|具体负责人?)\s*[：:]\s*(?!各|无|略|待|暂|未|空|缺|不|没|尚未|尚无|另行|全体)[\u4e00-\u9fff]{2,4}(?=[（(，,；;。]|$)/,
  // Session 24 (precision24): a spot or a task assigned to the unit's own leader or office, keyed by its post with or without a
  // colon (点位长副局长郑国庆 / 点位长为副局长田野 / 点位长 党工委副书记章华 / 包片领导：副局长袁立明 / 责任股室质量安全股 /
  // 责任中队：一中队 / 责任科室 经济发展办): the one in charge of it. Who did, checked or wrote a record (巡查人 / 记录人 / 联系人) is
  // apparatus, never keyed here.
  new RegExp(`(?:(?:总|常务副总|副总)?点位长|(?:包片|包点|包段|包村|包组|包街|包路|挂点|驻村)(?:领导|干部)|(?:责任|牵头)(?:股室|科室|处室|中队|大队))\\s*(?:[：:]|为|是|由)?\\s*(?![和及与或各、，,；;])(?:[\\u4e00-\\u9fff]{0,4}?${ROLE}|(?<=[：:]\\s*)[\\u4e00-\\u9fff]{2,6}?(?:办事处|政府|人大|党委|党工委|政协|机关)[\\u4e00-\\u9fff]{0,2}?${ROLE}|[\\u4e00-\\u9fff]{1,6}办(?![法理事]))`),
  // …and a leader named to the post (局党组书记钟平为总点位长 / 副局长林涛任常务副总点位长).
  // Session 25 (precision25): the spot named between (所长卢伟任东关农贸市场、城东菜市场点位长).
  new RegExp(`${ROLE}${NAMED}(?:为|任|担任|兼任)(?:[^，,。；为任]{2,20}?(?:市场|路|街|广场|小区|社区|村|点位|站|公园|片区|路段)、?){0,3}(?:总|常务副总|副总|副)?点位长`),
  // 专门安排了一个人负责看护: someone assigned, counted
  /专门(?:安排|指定|派|明确)了?(?:一个人|一名|一位)[^，,。；]{0,6}?(?:负责|管|抓)|(?:安排|指定|明确|确定|派)了?(?:一个人|一名|一位)[^，,。；]{0,6}?(?:专门|专职|具体)(?:负责|管|抓)/,
  // 局长为第一责任人 / 第一责任人 / 直接责任人
  /第一责任人|直接责任人|主要责任人|具体责任人|(?<!(?:人人|大家|个个|全员|每个人|人人都|大家都|个个都))(?:为|是|任|担任)[^，,。；]{0,10}责任人/,
  // Session 56 (set 51's 37931): the writer named to the charge in a first-person report (运营部指定我为河西片区放映负责人).
  /(?:指定|明确|确定|任命|安排)(?:我|本人)(?:为|担任)[^，,。；]{0,20}?负责人/,
  // Session 57 (set 52's 38324): the leader named by the charge before the role (负责此项复核的副所长孙敏带队到现场).
  new RegExp(`负责[^，,。；]{1,12}?的(?:${ROLE})${PERSON}`),
  // Session 57 (set 52's 38232): or to a post of watch and then its charge (村里指定我为白岩滑坡点监测员，负责这个点的观测和报警).
  /(?:指定|明确|确定|任命|安排|聘请|聘)(?:我|本人)(?:为|担任)[^，,。；]{0,20}?(?:员|长)[，,](?:专门|具体|主要)?负责/,
  // 政治处主任为见义勇为工作具体负责人: a role named as the one in charge (负责人, not only 责任人)
  new RegExp(`${ROLE}[^，,。；]{0,4}(?:为|是|任|担任)[^，,。；]{0,12}负责人`),
  // 村里让老会计刘大爷专门管账: a person asked to take a task on
  /(?:让|请|叫|派|安排|指定|明确)[^，,。；]{1,10}?(?:专门|具体|专职)(?:管|负责|抓)/,
  // 作为牵头单位 / 牵头股室
  /牵头(?:单位|部门|股室|科室|处室)/,
  // 由城建办牵头 / 由综治办具体负责: the unit's own office (not a 县/市 body's) leading (session 14).
  /由(?![县市省区])[\u4e00-\u9fff]{1,4}办(?![事理])[^，,。；]{0,4}?(?:牵头|具体负责|负责)/,
  // 关工委副主任、退休老教师孔繁荣具体负责: a role, then who the person is, then the charge.
  new RegExp(`${ROLE}、[^，,。；、]{1,12}?(?:具体|专门|全面|总)(?:负责|抓|管)`),
  // 教学点负责人张秀兰老师负责 / 覃老师负责德育工作 / 村医王大夫专门管: a person by name and calling in charge.
  /[\u4e00-\u9fff]{1,3}(?<!(?:靠|希望|盼|指望|请|让|求|叫)[\u4e00-\u9fff]{0,2})(?:老师|医生|大夫|师傅|教练|队医)(?:具体|专门|全面|主要|一直)?(?:负责|管|抓)(?!人|理|不|的|严|紧|好|一管)/,
  // 具体跑腿的是办公室的小杨: who does the work, named after 的是 (具体参加的是志愿者 is no one in charge).
  /(?:具体|专门)[\u4e00-\u9fff]{1,4}的是(?!大家|群众|居民|村民|志愿者|家长|学生|全体|各|谁|哪)[^，,。；]{1,10}/,
  // 这事所里是指导员管着: the same with 管着/抓着.
  /(?<!以前|过去|原来|从前|早先)是(?!大家|群众|居民|村民|全体|各|人人|谁|哪)[\u4e00-\u9fff]{1,6}?(?:管着|抓着|盯着)/,
  // 维权部部长包某当晚接手，负责这件工单的全程办理: a role as the subject, its charge in the next clause with no subject of
  // its own (a topic chain, as for the writer in person: session 17).
  new RegExp(`(?:^|[，,；;：:])[^，,。；“”]{0,8}?${ROLE}${NAMED}[^，,。；“”]{0,8}[，,](?:并|还|也|同时)?(?:具体|全程|专门|全面)?(?:负责|牵头|主抓)(?!人|的)`),
  // Session 29 (present29): a named person of the unit assigned to a section, a point or a post (村支书孙某任清河河口段村级河长 /
  // 社区书记林某任南渠南关段社区段长 / 副局长郑某为人民路路长 / 所长卢某任东关市场点位长 / 干部某某任南街包保责任人): a named person
  // assigned, stated once for such posts (河长, 段长, 路长, 点位长, 网格长, 站长, 包保责任人), the place between the post and 任 up to
  // sixteen characters. The role without its holder's name (书记任河长) and a post's office (河长办主任) stay as before.
  POST_NAMED,
  // …and the post named with its holder (镇级河长、副镇长伍某 / 村支书、村级河长胡某): a section's post of the unit's level, its
  // holder's name right after it. Session 30 (review30): the holder is a person's name (PERSON), not any two or three characters
  // (镇级河长每月巡河 / 村级河长每周巡河 tell the post's routine, no one named).
  POST_HOLDER,
  // A named head of the unit sending a named member on the task (所长李某指派调解员赵某负责此案 / 调解员吴某受书记马某指派负责): a named
  // person assigned by the one in charge.
  new RegExp(`${ROLE}[\\u4e00-\\u9fff]{2,3}(?:指派|委派|指定|安排)[^，,。；]{1,12}负责|受[^，,。；]{0,10}${ROLE}[\\u4e00-\\u9fff]{2,3}(?:指派|委派|指定|安排)(?:具体)?负责`),
  // The unit's head by the key 负责人 taking the whole charge or taking it in person (KEYED_HEAD above).
  KEYED_HEAD,
  // 这块工作一直是李会计在管: the person who is in charge, named after 是 (是大家在管 is everyone).
  /(?<!以前|过去|原来|从前|早先)是(?!大家|群众|居民|村民|全体|各|人人|谁|哪)[\u4e00-\u9fff]{1,6}?(?:在|来|亲自|专门|一直)(?:管|抓|负责|盯)(?![理控护辖道网制])/,
  NAMED_STAFF,
  OFFICE_HEAD_LEADS,
  OWN_HEAD_LEADS,
];

/**
 * Who acts (session 16, issue 11 "a named person assigned"): the writer in person taking charge. In a 述职报告 or a speech
 * the writer is one named leader, signing it: 本人分管德育工作 / 我任…局长，主持日常工作，对…负总责 / …工作由我负总责. The
 * first person singular (我, 本人; not 我们 or 我局 / 我县 — the unit as subject, which is no one) is the subject of a charge
 * predicate in its own clause or in a clause after it that has no subject of its own (a topic chain: 我作为…书记，主持…工作，
 * 对…具体负责). The predicates are those of a person in charge: 分管 / 主持…工作 / 对…负责 / 负总责 / 牵头 / 主抓 / 具体抓
 * / 任…组长. An intention (我将牵头…), a negation (我没有分管…) or a past post (我原来分管…) is none.
 */
const WRITER_SELF = /^(?:由|[^，,。；;：:]{0,14}?(?<!告诉|给|向|对|和|与|同|跟|帮|找|陪|问|叫|说))?\s*(?:我|本人)(?![们局县市区乡镇村院校所站队行会办委国省处科股室部社])/;
const PERSON_CHARGE =
  `(?:分管(?!领导|副)|主持(?![^，,。；]{0,8}(?:会议|召开|会|座谈|仪式|活动|节目))[^，,。；]{0,12}工作|对[^，,。；]{1,30}?(?:负总责|负全责|负主责|总负责|全面负责|具体负责|负责|${HELD_DUTY})|负总责|负全责|负主责|总负责|全面负责|具体负责|牵头(?!单位|部门)|主抓|具体抓|亲自抓|抓总|(?:任|担任|兼任|作为|是)[^，,。；]{0,24}?(?:组长|召集人|总指挥|指挥长|专班长|责任人|负责人|第一书记))`;
// Session 22 (genre22): 我受局党组委托牵头… — the charge given by the unit's own leadership (受…委托) is held.
const WRITER_CHARGE = new RegExp(`(?:我|本人)(?![们局县市区乡镇村院校所站队行会办委国省处科股室部社])(?:[^，,。；;]{0,30}?[，,])*?(?:受[^，,。；;]{1,12}委托)?(?:亲自|直接|具体|全面|也|还|一直|主要)?${PERSON_CHARGE}`);
/** A post of charge the writer holds (我作为…理事长 / 我是…所长 / 召集人); not 党员 / 志愿者 / 一名网格员 (review, session 16). */
const WRITER_POST = /长|书记|主任|组长|负责人|主席|经理|召集人|委员|责任人|指挥|领导|分管|主管|主持/;
const WRITER_PLACE_CHARGE = /(?<![\u4e00-\u9fff])(?:我|本人)(?:叫|名叫)?[\u4e00-\u9fff]{0,4}[，,]?\s*(?:现|现在|目前)?(?:是|任|担任)([^，,。；]{2,30})[，,]\s*(?:受[^，,。；]{1,8}(?:指定|委派|聘用|委托)\s*)?(?:具体|主要)?负责[^，,。；]{2,30}/;
const WRITER_PLACE_POST = /^(?!.*(?:一名|一位|一个|普通|之一))[^，,]{0,16}?(?:网格|水库|山塘|河段|路段|片区|林区|点位|泵站|堤段)[^，,]{0,20}?(?:网格员|巡查员|管护员|巡库员|护林员|信息员|河长|库长)(?:[\u4e00-\u9fff]{2,3})?$/;
/** Between the writer and the charge: an intention, a negation or a past post takes the charge away. */
const NOT_NOW = /将|要|拟|打算|准备|计划|希望|没|未|不|无|原来|曾经?|过去|以前|此前/;

/**
 * Others organising themselves (居民自治、由项目经理自行负责): not the unit's own responsibility. 推选工作领导小组由部长…任组长
 * is the unit's group for a 推选 activity, appointed (由…任), not others electing (session 12).
 */
// Session 55 (set 50's 37118): 自行监测 is the firms' self-monitoring by its name (为做好入园企业自行监测管理，…), no one organising.
// Review 55a: 自行检测 (企业自行检测管理) likewise.
// Session 58 (set 53's 38646): 自管 inside 亲自管理 (负责人钟仁和亲自管理进货) is the head's own charge, no one managing themselves.
const OTHERS = /自发|自治|(?:是|属于|系|为)[^，,。；]{0,12}(?:社会组织|民间组织|社团组织)|登记在[^，,。；]{0,10}(?:民政|市场监管)|第三方|外部机构|(?:自行(?!车|[监检]测)|各自|自愿|自主)[^，,。；]{0,2}(?:负责|承担|管理|落实|安排|组织|解决|组成|组建|成立|结成|推选|推举)|自己(?:组建|组织|成立|组了|推选|选出)|自我管理|(?<!亲)自管|(?:居民公约|村规民约)[^，,。；]{0,6}(?:规定|约定|要求)|(居民|村民|业主|商户|群众|家长|读者|游客|会员|社员|住户|驾驶员|经营户|楼长)[^，,。；]{0,6}(成立|组建|推选|推举|选出|选举)|(?:推选|推举|公推|选举)(?!工作|活动|评议)(?![^，,。；]{0,14}由)[^，,。；]{1,14}(?:为|当|担任|任)|由(?:居民|村民|业主|住户|家长|会员|群众|商户|经营户)[^，,。；]{0,4}(?:轮流|自己|推选)?(?:担任|当|任)/;

/**
 * Session 43 (train 23429): work given to a third party in the clause before, the unit's own leader or office in charge in the
 * clause itself (县卫健局委托第三方调查机构开展调查，分管副局长孙海涛负责，医政医管股牵头): the unit's charge of the work it gave out.
 * Only a third party's cue before (not residents organising themselves), and the clause opening with the unit's own post.
 */
const THIRD_PARTY = /第三方|外部机构/g;
const OWN_POST_OPENS = /^\s*(?:由)?(?:局|院|校|所|站|镇|乡|中心)?(?:党组|党委)?(?:分管|主要)?(?:副)?(?:局长|院长|校长|所长|站长|镇长|乡长|主任|书记|领导)|^\s*(?:由)?(?:局|院|中心)?[\u4e00-\u9fff]{1,6}?(?:股|科|室)(?:牵头|负责)/;
function ownPostAfterThirdParty(around: string, clause: string): boolean {
  return !OTHERS.test(around.replace(THIRD_PARTY, (m) => '○'.repeat(m.length))) && OWN_POST_OPENS.test(clause.replace(/^[，,]/, ''));
}

/**
 * The text that leads up to a match, through its clause (楼栋成立“自管小组”，由居民轮流担任组长 /
 * 志愿者们自行组织了读书会，每周活动一次，组长由张老师担任): others' self-organisation is judged
 * there, from where the run-on sentence last turned to a new matter (今年、同时、二是…: restartParts),
 * not over the whole sentence — a clerk's run-on sentence may name the unit's own leader and,
 * clauses later, a 村规民约 revised.
 */
function aroundMatch(t: string, index: number, end: number): string {
  let from = 0;
  for (const part of restartParts(t)) {
    if (from + part.length > index) break;
    from += part.length;
  }
  const marks = /[，,。；;：:]/g;
  marks.lastIndex = end;
  const next = marks.exec(t);
  return t.slice(from, next ? next.index : t.length);
}

/**
 * The issuer of a cited document (依据县文明交通工作领导小组办公室《…方案》): a body outside the unit
 * that wrote the plan, not who inside the unit is responsible. Replaced by ○ before the tests.
 */
function maskIssuers(t: string): string {
  // Session 32: also before a 文号 with no title (根据县大气污染防治领导小组办公室清气防办〔2026〕3号文件).
  return t.replace(/(依据|根据|按照|遵照|依照|参照|对照|落实|执行|贯彻|转发|印发|学习了?|传达了?)([^，,。；《〔]{1,40}?)(?=《|[\u4e00-\u9fff]{1,8}[〔[(（]\d{4}[〕\])）]\s*\d+\s*号)/g, (_m, verb: string, issuer: string) => verb + '○'.repeat(issuer.length));
}

/** County or city leaders: outside the department, so their posts are not its own responsibility (团县委书记 is the unit's). */
/**
 * A 县委…委 leader is the unit's own when the title names that committee (中共清河县委政法委员会关于… : 县委政法委书记), or when
 * the same person holds the unit's own post (县委教育工委书记、教育局局长任组长: review, session 14).
 */
function outsideLeader(text: string, title: string): boolean {
  for (const m of text.matchAll(new RegExp(OUTSIDE_LEADER.source, 'g'))) {
    const committee = /^(?:县|市)委([\u4e00-\u9fff]{1,3})委/.exec(m[0]);
    if (committee && (title.includes(committee[1]! + '委') || /^[^，,。；;]{0,2}、[^，,。；;、]{1,10}(?:局长|主任|校长|院长|馆长|站长)/.test(text.slice((m.index ?? 0) + m[0].length)))) continue;
    // 县委常委、宣传部部长 in the 宣传部's own report: the same person holds the unit's post (session 17).
    const post = /^[^，,。；;]{0,2}、([\u4e00-\u9fff]{2,4}部)(?:副)?部长/.exec(text.slice((m.index ?? 0) + m[0].length));
    if (post && title.includes(post[1]!)) continue;
    return true;
  }
  return false;
}

const OUTSIDE_LEADER = /(?<!团)(?:县|市)委(?:[\u4e00-\u9fff]{1,3}委)?(?:主要领导|书记|副书记|常委)|市局领导|上级领导|(?:常务)?副?(?:县|市)长|(?:县|市)(?:委|政府)?主要领导|(?:县|市)领导/;

/** Roles listed as those who attend (组织/邀请/动员 … 参加/参与/接受 …): participants, not who is responsible. */
const ATTENDING = /^(?:[一二三四五六七八九十]+是)?\s*(?:组织|邀请|动员|发动|召集|带领|选派|推荐|安排)[^，,。；]{0,30}?(?:参加|参与|接受|观看|听取|出席|列席|参训)|^[^，,。；]{0,6}把[^，,。；]{0,40}?(?:负责同志|负责人|经理|老板|店长|站长)(?:们)?(?:都)?(?:请来|请到|叫来|召集)/;

/**
 * A group set up counts only with its head or who leads it in the same sentence (issue 11: "a
 * leading group or task force with its head"); 成立网络文明志愿服务工作小组 alone names no one.
 */
const GROUP_HEAD = new RegExp(`组长|指挥长|总指挥|专班长|召集人|牵头|挂帅|负责|(?:以|由)[^，,。；]{1,12}(?:为|任|担任)|${ROLE}[^，,。；]{0,8}(?:任|为|担任|兼任|带队|领衔)`);

/** A sentence opening with a plan: 拟 / 计划 / 将 / 准备 / 打算 / 下一步. */
const PLANNED = /^[^，,。；]{0,6}?(?:拟|计划|将|准备|打算|下一步|下步)/;

/** Every unit or office of a kind (各单位一把手是…第一责任人 / 各学校校长为第一责任人): others, not the unit's own. */
const EVERY_UNIT = /^(?:[^，,。；]{0,6}[，,])?各(?:单位|乡镇|镇|街道|部门|村|社区|学校|医院|成员单位|县直单位)[^。；]*(?:第一责任人|一把手|负总责|主要负责同志|亲自抓)/;

/**
 * Who attended or chaired a meeting (参会人员：局班子成员，各股室负责人 / 出席：… / 主持人：局长): people present,
 * not who is in charge (session 13: the unit is its actors' roles in the work, not a meeting's roll).
 */
const ATTENDED = /^[^，,。；：:]{0,6}(?:参会|与会|出席|列席|参加|参与)(?:会议)?(?:人员|对象|单位|领导)?[：:]|^(?:会议)?主持(?:人)?[：:]/;

/**
 * Another organisation's people in charge (session 14: the one in charge is inside the unit): a contractor or a firm
 * serving the unit (工程由中标单位项目经理负责 / 保洁由中标的保洁公司承担，其项目经理负责调度 / 由物业公司项目经理负总责 /
 * 委托合作社…，由合作社理事长牵头), residents' and members' own bodies (业委会主任、互助会会长), and every firm of a kind
 * (各出租车公司经理对本公司…负责): a firm the work is given to (由 / 委托 / 中标 / 承包) or referred back to (其 / 该).
 * Judged on the clause of the match and the one before it. A firm acting as the subject (物业公司成立专班，项目经理任
 * 专班长) speaks for itself, and in a firm's own report (its title names a 公司 / 合作社 / 物业 / 项目 …) its
 * managers are its own.
 */
// Session 19: a firm the unit brings in — by tender, purchase of service or signing (镇政府通过招标引入保洁公司…，保洁公司项目经理
// 陈军负责现场调度) — is given the work as one it entrusts is: its people are the firm's.
// Session 49 (set 44's 34531): a 物业's people named after 由 (小区通道问题由物业经理落实清理) are the 物业's, as a 公司's are, in a
// report whose title names another unit (with no title, or in the 物业's own — a firm's report, `firm` — they may be the writer's own).
// The review: 物业 right after 由 (and a 小区's name) and then its people — not the unit's own liaison for it (由社区物业联络员…) nor a
// government's 物业办 / 物业监管中心 (由局物业监管中心主任…).
const PROPERTY_FIRM_HOLDS = /由(?:[\u4e00-\u9fff]{0,8}?小区)?物业(?:公司|服务中心|服务企业|企业)?(?:的)?(?:经理|项目经理|负责人|主任|管家|工作人员|人员|保安队长|客服)/;
/** review19: the unit's own office or leader in the clause holding the charge, and the firm's words that make it the firm's. */
const OWN_OFFICE = /[股科](?!份)|[\u4e00-\u9fff]办(?!法|理|事|好|学|班)|办公室|我[局院校所站镇乡]|本[局院校所站镇乡]|(?:局|镇|乡|街道|中心|馆|院|所|站)(?:长|领导|班子|党委|党组|党工委)|书记|分管|班子/;
const FIRMS_OWN = /公司|企业|经理|项目部|合作社|物业|施工|中标|承包|厂|其|该/;
// Session 60 (set 55's 40018): the firm referred back by its short body word (我局借助…会计师事务所力量，由该所项目负责人郑宏带队 /
// 由该公司项目经理负责): its project head is the firm's, as 该项目经理 is.
// Review 60b: 人 optional only after a body word (由局长…担任该项目负责人 is the unit's own), and 该事务所 too.
const CONTRACTED =
  /中标|(?<!网格化|分片|包片|划片|分段|成员|干部|党员)承包(?!制|责任区|片区|路段|网格|[一二两三四五六七八九十\d]+个)|总包|分包|外包|(?:由|委托|交由|聘请|引入|引进|招标|采购|购买|签约|聘用)[^，,。；]{0,10}(?:公司|企业|合作社|施工)|(?:各|该|其)[^，,。；]{0,6}(?:公司|企业)|(?:各|其|该)(?:项目经理|项目负责人)|(?:各|其|该)(?:所|事务所|公司|企业|机构)(?:项目经理|项目负责人?)|施工(?:企业|单位|方)|业主委员会主任|业委会主任|互助会会长/;

/**
 * Many bodies at once as the subject (session 17, "the one in charge is inside the unit"): a count or 各/每 before a kind of
 * body (两家公司 / 各校 / 每个站点 / 三所学校), after at most a topic and 由. The unit is one body, so their heads are theirs;
 * the unit's own parts (各股室 / 各科室 / 各中队) and people counted (两名副局长) are not meant.
 */
// Session 60 (set 55's 40034): towns counted bare before their bodies (两镇三资代理中心负责… / 三乡农经站负责…), as 两家公司 are.
// Session 53 (set 48's 36305, 36411): the area before them (辖区各校校长是本校防控第一责任人) and 加油站 / 站 by their short name (各站均建立了…).
// Review 60b: the bodies listed by name before their count (城关、石桥两镇三资代理中心负责… / 由石桥、马庄、城关三乡镇…).
const MANY_BODIES = /^(?:[^，,。；]{0,10}?由)?(?:辖区|全县|全镇|全乡)?(?:(?:[\u4e00-\u9fff]{2,5}[、和及与]){1,5}[\u4e00-\u9fff]{2,5}(?=[两二三四五六七八九十\d]))?(?:各|每(?:个|家|所|座)?|[两二三四五六七八九十\d]+(?:家|所|个|座|(?=[镇乡])))(?!股|科|室|处|部门|中队|小组|岗位|窗口|分管|班子|位|名)[\u4e00-\u9fff]{0,2}?(?:公司|企业|合作社|协会|学校|校|医院|村|社区|乡镇|镇|乡|街道|门店|站点|加油站|(?:液化石油气|液化气)(?:供应|充装)?站|站(?![长内里])|市场|物业|小区|景区|酒店|宾馆|工地|商户)/;
/** Session 53 (set 48's 36411): a bare head of those bodies leading what they set up, in the next clause (各站均建立了义务消防队，由站长担任队长). */
// Review 53b: a village's or a community's own head too (全镇各村均成立了保洁队，由村支书担任队长), not in a 村's or a 社区's own report (read in the loop).
const THEIR_HEAD_LEADS = /^\s*(?:并|均|都)?由(?:其|各[站校园院店村])?(?:站长|校长|园长|院长|经理|店长|所长|负责人|法人|法定代表人|村支书|村(?:党组织|党支部)?书记|村(?:委会)?主任|社区(?:党委|党支部|党组织)?书记|社区(?:居委会)?主任|支部书记)(?:担任|任|兼任)/;

/**
 * Another side of a project or a deal (市场开办方 / 施工方 / 产权单位): not the unit, unless the unit says it is (我局作为建设方).
 * Session 44 (set 39): its head may be named first (南关农贸市场经理宋金山作为市场开办方负责人), so the side may stand 24 characters in.
 */
const OTHER_SIDE = /^(?![^，,。；]*[我本])[^，,。；]{0,24}?(?:开办|施工|承建|监理|运营|产权|业主|设计)(?:方|单位)/;

/**
 * Many bodies hold the charge only when their heads are its holder (各校校长… / 由各校校长…): as the topic, with 由 and someone
 * else after them in the clause (每个村由一名局班子成员包联 / 三所学校的整治由局长亲自抓), they are what is held, and the one
 * after 由 holds it (review17).
 */
function manyBodiesHold(clause: string): boolean {
  const m = MANY_BODIES.exec(clause);
  if (!m) return false;
  if (m[0].includes('由')) return true;
  const rest = clause.slice(m[0].length).split(/[，,。；;]/)[0]!;
  const by = rest.indexOf('由');
  return by < 0 || MANY_BODIES.test(rest.slice(by));
}

/**
 * The unit says by its name that it is that side (县交通运输局作为项目业主单位，由分管副局长… in the bureau's own report), as
 * 我局作为建设单位 already does with 我 (review17).
 */
function unitIsTheSide(own: string, title: string): boolean {
  const unit = titleUnit(title);
  if (!unit) return false;
  for (const b of own.matchAll(/(?:县|市)[\u4e00-\u9fff]{1,10}?(?:局|委|办|中心|院|站|所|馆|联|协|公司)/g)) if (!notUnit(b[0], unit)) return true;
  return false;
}

/**
 * Session 18 (who is inside the unit): the people or firms the unit serves or regulates named as holding the charge of their
 * own (商户是自家门前的第一责任人 / 各商场、超市负责人要当好本企业第一责任人 / 经营户对本店…负责): theirs, not the unit's.
 * Told of a firm only outside a firm's own report (the caller's firm flag).
 */
/** Session 54 (set 49's 36635): a firm's person holding a task in a report no firm's (热力公司客服中心主任林娟负责派单). */
const FIRM_PERSON_HOLDS = /^[^，,。；我本]{0,10}?(?:公司|企业(?!服务|[股科室办])|集团)[\u4e00-\u9fff]{0,6}?(?:主任|经理|总监|负责人|队长|站长|主管)[\u4e00-\u9fff]{0,3}?(?:对[^，,。；]{1,12}?)?(?:负责|牵头|具体抓|负总责)/;
/** Session 60 (set 55's 40019, 40048): a practice's own report, its title opening with its name (…会计师事务所 / …律师事务所); not a body's (县司法局律师事务所…). */
const PRACTICE_OWN = /^[#\s]*(?:(?!局|委|办|政府|中心|镇|乡|街道|关于)[\u4e00-\u9fff]){2,14}?事务所/;
const OWN_FIRM_WORD = /(?:我|本)(?:公司|司(?!法))(?![\u4e00-\u9fff]{0,2}(?:员工|职工)?(?:配合|协助))/;
const SIDE_FIRST_IN_CHARGE = /(?:^|明确|规定|确定|由)(?:房屋|房产)?(?:产权单位|产权人|所有权人|物业服务企业|物业企业|物业公司|业主|房主|户主|经营者|经营单位|使用单位|使用人|管理单位|运营单位)(?:是|为|作为|系)[^，,。；]{0,20}?(?:第一责任人|责任主体|直接责任人|主体责任|安全责任人)/;
// Session 55 (set 50's 37120, 37339): a 分局 by its short name too (分局监测科负责对我公司进行考核), and the oversight told with its
// object (负责对公司维护工作进行月度考核).
const OVERSEER = /^[^，,。；]{0,4}?((?:县|市|省)[\u4e00-\u9fff]{1,10}?(?:办|局|委|中心)|分局)(?:[\u4e00-\u9fff]{1,5}?[科股室处所站队])?(?:负责|牵头)(?:对[^，,。；]{1,16}?(?:进行|开展|实施)?(?:月度|季度|年度|日常|定期)?)?(?:监督|指导|督导|检查|监管|督促|考核|考评|验收)/;
// Review 55a: the same office named after 报 / 上报 / 移交 (发现的故障全部报县路灯管理所维修并督办): the one told, as after 向.
const REPORTED_TO = /向[^，,。；向]{0,14}?(?:股|科|室|中心|站|所|大队|中队|办公室|部)[^，,。；]{0,2}?(?:报修|报告|反映|报送|移交|转交|转办|申请|提出|汇报|报备|求助)[^，,。；]{0,4}$|(?:上报|报送|报请|报|移交|转交|转办)(?:给|至|到)?(?:县|市|省)[^，,。；向]{0,14}?(?:股|科|室|中心|站|所|大队|中队|办公室|部)[^，,。；]{0,2}?(?:维修|修复|抢修|处理|处置|查处|整改|核查|办理)[^，,。；]{0,4}$/;
const CALLS_IN_HEADS = /(?:约谈|召集|通知|邀请|走访|会同|督促|要求|提醒|培训|约见|面谈|询问|告知|组织)[^，,。；]{0,8}负责$/;
const COURT_HEAD = /(?:^|由)([\u4e00-\u9fff]{0,10}?(仲裁院|法院|检察院|仲裁委员会|仲裁委))(?:[\u4e00-\u9fff]{1,6}?[庭局部处室])?(?:常务)?副?(?:院长|主任|庭长|检察长|局长|部长|处长)/;
// Review 55a: the court's own report (清河县劳动人事争议仲裁院…) naming its head after words of its own (今年由仲裁院副院长… / 我院明确由
// 法院副院长…): the kind of body (仲裁院 / 法院 / 检察院 / 仲裁委) in the title's head decides, not the words before it. A head of
// the court's own division (由县人民法院立案庭庭长… / 执行局局长) is the court's too.
function courtHeadElsewhere(clause: string, title: string): boolean {
  const m = COURT_HEAD.exec(clause);
  if (!m) return false;
  const head = title.split('关于')[0]!;
  return head !== '' && !head.includes(m[2]!.replace('仲裁委员会', '仲裁委'));
}
/** The overseer named is not the unit (its title's head does not name it). */
function overseerElsewhere(clause: string, title: string): boolean {
  const m = OVERSEER.exec(clause);
  if (!m) return false;
  const head = title.split('关于')[0]!;
  return head !== '' && !textNamesUnit(head, { key: m[1]! }) && !head.includes(m[1]!.replace(/^(?:县|市|省)/, ''));
}
const SERVED_HOLD = /(?:商户|经营户|摊主|摊贩|店主|业主|居民|村民|住户|家长|驾驶员|车主|企业|商场|超市|门店|餐馆|饭店|酒店|宾馆|加油站|网吧|物业|市场主体)[^，,。；]{0,8}(?:要|须|必须|应|是|为|作为|当好|做好?|对)[^，,。；]{0,10}(?:自家|自己|本店|本户|本企业|本公司|本商场|本超市|本场所|门前)/;
/**
 * Session 21 (misfires21, charge20's leftover): the served holding a charge of their own though no 自家 / 本店 names it
 * (家长为孩子上下学交通安全第一责任人 / 监护人是未成年人…的第一责任人 / 每位车主要当好…的第一责任人): the served person opening the
 * clause as the holder — the whole holder, no post after it (村民小组长 / 居民楼栋长 are posts: review21) — is responsible for what
 * is theirs (a child, a shop, a car), not the unit's one in charge. Session 37 (set 32): a firm or a place of business and its head
 * likewise (企业主要负责人是企业隐患排查治理第一责任人, in the 应急管理局's report: the firm's duty, not the bureau's charge).
 */
const SERVED_OWN_CHARGE = /^(?:[^，,。；]{0,12}[：:])?\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:并|同时|还|也)?(?:明确|强调|倡导|引导|提醒)?(?:[^，,。；：:]{0,8}的)?(?:每位|每个|每名|各位|广大|全体)?(?:学生)?(?:房东|出租人|房主|租户|承租人|家长|监护人|父母|商户|零售户|经营户|摊主|店主|业主|居民|村民|住户|驾驶员|驾驶人|车主|游客|学生|经营者|(?:市场)?开办方|(?:各|每家)?(?:娱乐|歌舞|经营性)?(?:生产经营单位|企业|经营单位|场所|门店)(?:的)?(?:主要负责人|法定代表人|负责人|法人|经营者|业主|老板)?|(?:各|每家|辖区)?(?:养殖场|养殖户|养殖企业|猪场|牛场|羊场|鸡场|鸭场|奶牛场|屠宰场|农场|场方)(?:的)?(?:主要负责人|法定代表人|负责人|法人|场长|场主|老板)?)(?:们)?(?:[^，,。；]{0,4}?(?:自己|本人|自身))?(?:要|须|必须|应|是|为|作为|当好|做好)[^，,。；]{0,18}?(?:第一|直接|主要)?责任人/;
/**
 * Session 41 (set 36): a charge the unit has a regulated body hold (督促托育机构落实园长为安全第一责任人的制度 / 提醒托育机构落实园长为
 * 卫生保健第一责任人的要求): the body's own head, the unit's supervision of it, not who inside the unit is responsible.
 */
// Session 53 (set 48's 36419): the heads urged to carry out a charge of theirs (督促各站站长切实履行安全第一责任人职责), 加油站 / 站 / 校 / 园.
// Review 56a: 场长 too, now a role (督促各驾校训练场场长严格履行安全第一责任人责任).
const URGED_CHARGE =
  /(?:督促|提醒|要求|指导|推动|引导)[^，,。；]{0,10}?(?:机构|企业|学校|幼儿园|场所|门店|商户|经营户|公司|驾校|村|社区|单位|加油站|站|校|园|医院|卫生院)(?:落实|明确|建立|实行)?[^，,。；]{0,6}?(?:园长|校长|院长|负责人|法人|法定代表人|经理|店长|站长|所长|场长|主任|书记)(?:(?:为|是|作为|任|担任)[^，,。；]{0,14}?责任人|(?:们)?(?:切实|认真|严格|主动|全面)?(?:履行|落实|扛起|担起|承担|当好)[^，,。；]{0,12}?(?:责任人|主体责任))/;
/** Session 56 (set 51's 38036): owners urged to carry their own charge (督促机主落实第一责任人责任 / 要求车主履行…第一责任人义务). */
// Review 56a: also 船东 / 经营主体 / 店主 / 摊主 / 商户 / 用户 (督促船东落实渔船安全第一责任人责任).
const URGED_OWNER =
  /(?:督促|提醒|要求|指导|推动|引导|教育)[^，,。；]{0,10}?(?:机主|车主|户主|业主|房主|船主|船东|经营者|经营户|经营主体|市场主体|店主|摊主|商户|用户|农户|驾驶员|驾驶人|企业主|法人|家长|监护人)[^，,。；]{0,4}?(?:切实|认真|严格|主动|全面)?(?:落实|履行|扛起|担起|承担|当好)[^，,。；]{0,8}?(?:第一|主体|直接)?责任人/;
/** A meeting named by a role (局长办公会 / 理事长办公会议 / 校长办公会): a meeting studying a matter, not the role in charge. */
const ROLE_MEETING = /(?:局长|理事长|主任|校长|院长|馆长|站长|所长|行长|总经理|经理|县长|镇长|乡长|书记|部长)办公(?:会议|会)/g;

const VILLAGE_POST = '(?:各)?村(?:党支部|党总支)?(?:支书|书记|主任|委会主任|两委干部|干部|医|会计|文书)';
const VILLAGE_POST_BEFORE = new RegExp(`(?:^|[，,、：:])\\s*${VILLAGE_POST}[\\u4e00-\\u9fff]{0,3}$`);
const VILLAGE_POST_OPENS = new RegExp(`^(?:由)?${VILLAGE_POST}`);
// A county body's own title, or its office in a town (城关镇司法所 / 马庄派出所); a town's own office (城关镇综治办) is the town's.
const COUNTY_BODY_TITLE = /^(?!.*(?:(?<![农乡])村|社区|居委会))(?:(?!.*(?:镇|乡|街道))(?:[\u4e00-\u9fff]{2}县)?县?[\u4e00-\u9fff]{1,14}?(?:局|委员会|委|办公室|办|中心|所|站|院|队|馆)|[\u4e00-\u9fff]{2,12}?(?:司法所|派出所|财政所|市场监管所|自然资源所|税务所|供电所|法庭))$/;
/** Session 19: the body owning a role named right before it (城北社区党委 / 社区 / 第二中学 …), when it is not the unit. */
// Session 60 (set 55's 39717): a market by its name before its manager (惠民农贸市场经理张卫东负责本市场的自检安排 in the 市场监管所's
// report): the market's own; a market's own report (its title the market's name) and 市场 bare stay read.
const ROLE_KINDS = '社区|村|小区|学校|中学|小学|医院|卫生院|公司|企业|协会|物业|市场';
const ROLE_OWNER = new RegExp(`([\\u4e00-\\u9fff]{0,8}?(?:${ROLE_KINDS}))(?:党委|党支部|党总支|两委|居委会|村委会|居民委员会|村民委员会)?的?$`);
/** The kind word closing the owner's name (one list with ROLE_OWNER). */
const ROLE_KIND_END = new RegExp(`(${ROLE_KINDS})$`);
/** A person's post opening the match (书记… / 主任… / 站长…), so the words before it name whose post it is. */
const POST_FIRST = /^(?:党委|党支部|党总支)?(?:常务)?(?:副)?(?:书记|主任|[会站所校院馆队]长|负责人|理事长|总经理|经理)/;
/** Session 20: the names of bodies of a kind (a 小学, a 大学, a 职中 is a 学校; a 卫生院 a 医院; a 居委会 a 社区). */
const KIN: Record<string, RegExp> = {
  学校: /学校|小学|中学|大学|学院|[^办]校|幼儿园|职中|高中|初中/,
  医院: /医院|卫生院|院$/,
  社区: /社区|居委会|居民委员会/,
  村: /村$|村委会|村民委员会/,
  企业: /公司|企业|集团/,
  公司: /公司|集团/,
};
function roleOfAnother(before: string, title: string, firm: boolean): boolean {
  const unit = titleUnit(title);
  const owner = ROLE_OWNER.exec(before);
  if (!unit || !owner) return false;
  const body = owner[1]!.replace(/^.*?(?:由|在|让|请|经|是|为)/, '');
  const kind = ROLE_KIND_END.exec(body)![1]!;
  // A firm's own report names its own 分公司 / 公司 posts bare.
  if (firm && /公司|企业/.test(kind)) return false;
  // The unit's own name, or its own kind named bare (社区书记 in a 社区's report, 学校 in a 卫校团委's, 村 in a 村实践站's): its own.
  // Session 20: a kind named bare is the unit when the unit is of that kind (学校 in a 实验小学's or a 老年大学's report).
  if (unit.includes(body) || /^(?:我|本|该)/.test(body) || (body === kind && (unit.includes(kind.slice(-1)) || (KIN[kind]?.test(unit) ?? false)))) return false;
  return true;
}
function maskMeetings(text: string): string {
  return text.replace(ROLE_MEETING, (m) => '□'.repeat(m.length));
}

/** After the charge in its clause: it is not held (没有真正树立 / 未落实 / 不到位 / 缺位 / 虚化). */
const NOT_HELD = /没有(?:真正|完全)?(?:树立|落实|压实|到位|形成|建立|履行)|未(?:能)?(?:真正|完全)?(?:落实|压实|到位|树立|履行)|不到位|缺位|虚化|弱化|淡化/;

/** Everyone, so no one: 全体干部职工共同负责 / 各科室按照分工各负其责 / 人人有责. */
// 书记、局长共同负责 names who is in charge (review, session 14): only everyone together is no one. Session 22: so do two
// leaders named (县教育局副局长刘某与县卫健局副局长宋某共同负责: a joint charge with a leader of each unit, each unit's).
// Session 25 (precision25): the posts of a disciplined service or an association too (大队长吕刚、教导员陈斌共同负责).
const EVERYONE = /全体[^，,。；]{0,8}(?:共同|一起)?负责|人人(?:有责|负责|都是)|齐抓共管|协同配合|(?<!(?:书记|局长|主任|校长|院长|站长|所长|馆长|经理|行长|镇长|乡长|主席|理事长|队长|组长|股长|科长|部长|处长|负责人|一把手|教导员|指导员|政委|会长|秘书长|董事长|总经理)(?:[\u4e00-\u9fff]{2,3})?)共同负责|各负其责|各司其职/;

/**
 * Another body's people and offices (session 15, issue 11 "who inside the unit is responsible"): a body the text names
 * by its county name (县委宣传部 / 县民政局 / 县金融工作服务中心 / 县市场监管局城关所) that is not the unit its title names
 * is outside the unit — its 副部长 who comes to supervise, its office a leading group sits in (办公室设在县住建局), the
 * office the work is given to (由县融媒体中心…承办). And whoever comes to the unit to supervise or guide it (定期到中心督导 /
 * 多次到公司督导检查 / 每周到村督导一次) comes from outside, named or not. Judged only where the title names the unit
 * (清河县社会福利院党支部关于… / 城关镇关于…): a title that names no body says nothing of who is outside.
 */
const BODY_SUFFIX = '(?:局|部|中心|办|委|所|院|会|队|站|馆|公司|银行|支行|行|镇|乡|街道|社区|村|学校|小学|中学|医院|大楼)';
const OTHER_BODY = /(?<![我本该各])(?:县委|县政府|县)(?![里域城级内乡外直])[\u4e00-\u9fff]{1,10}?(?:局|部|中心|办公室|办|委员会|所|院|联合会|总会|队|站|馆)/g;
const VISIT_TO = /(?:到|来|赴|深入|莅临)([\u4e00-\u9fff]{1,4}?)(?:[^，,。；]{0,6}?)(?:督导|指导|检查|督查|调研|视察|督办|巡查)/;
/** After 到/来: the place visited, then at most a word of manner, then the visit (到中心督导 / 到行开展业务督导). */
const VISITED = '(?:实地|开展|进行|业务|工作|专项|现场){0,2}(?:督导|指导|检查|督查|调研|视察|督办|巡查)';

/**
 * The unit's place as a visitor names it (review, session 15): its own body word (中心 / 公司 / 社区 / 局 / 站 …) or
 * the short word for it (校 for a 学校 or 大学, 院 for a 医院 or 福利院, 行 for a 银行 or 支行, 村 for a 村委会, 镇 for a 镇
 * 人民政府). 到县城主次干道督查 / 到城区各路段督查 / 深入一线督导 visit no place of the unit's, whatever letters the unit's
 * name shares with them.
 */
function unitPlaces(unit: string): string[] {
  const name = unit.replace(/(?:党委|党组|党支部|党总支|人民政府|政府|村民委员会|居民委员会|委员会|村委会|居委会)$/, '');
  const out: string[] = [];
  const word = /(中心|公司|社区|街道|局|所|站|馆|队|村|镇|乡|园|院|行|校|办|委|室)$/.exec(name);
  if (word) out.push(word[1]!);
  if (/卫生室$/.test(name)) out.push('卫生室');
  if (/(?:学校|中学|小学|大学|学院|校)$/.test(name)) out.push('校', '学校');
  if (/(?:医院|卫生院|福利院|敬老院|养老院|院)$/.test(name)) out.push('院');
  if (/(?:银行|支行|分行|信用社|联社)$/.test(name)) out.push('行', '社');
  if (/幼儿园$/.test(name)) out.push('园');
  return out;
}

function visitsUnit(clause: string, unit: string | null): boolean {
  const visit = VISIT_TO.exec(clause);
  if (!visit) return false;
  // 来我校督导检查 / 到本中心指导: the unit's own place, named as ours.
  if (/^[我本]/.test(visit[1]!)) return true;
  if (unit === null) return false;
  const places = unitPlaces(unit);
  if (places.length === 0) return false;
  return new RegExp(`(?:到|来|赴|深入|莅临)该?(?:${places.join('|')})${VISITED}`).test(clause);
}

/** The unit's own name as its title gives it (清河县社会福利院党支部关于… → 清河县社会福利院), or null. */
function titleUnit(title: string): string | null {
  // Session 22: a joint report's title names its partners after the unit (清河县教育局 清河县公安局关于…): the unit is the first.
  const joint = jointHead(title);
  const bare = joint ? `${joint.unit}关于` : title.replace(/^#\s*/, '');
  // 清河县关于… / 中共清河县委关于… / 清河县人民政府关于… / 清河县创城指挥部关于…: the county itself reports, and the county's own
  // bodies (县文明办主任具体负责 / 县委宣传部部长任常务副指挥长) are inside it (review, session 15).
  if (/^(?:中共)?[\u4e00-\u9fff]{1,6}?(?<!社|小|校|园|景|厂|矿)[县市区旗](?:委|人民政府|政府|委员会)?(?:[\u4e00-\u9fff]{0,16}(?:指挥部|领导小组|委员会))?(?:办公室)?关于/.test(bare)) return null;
  // Before 关于 the whole name (清河县中心血站关于…); else the name up to its first body word (县文艺志愿服务队“送文化下乡”…).
  if (/^[^，,。；：:]{2,30}?关于/.test(bare)) return bare.split('关于')[0]!.replace(/(?:党委|党组|党支部|党总支)$/, '');
  // Session 19: a speech's or a lecture's title puts its theme first and the unit in the subtitle after the dash (历览前贤国与家
  // 成由勤俭破由奢——县发展和改革局节约型机关专题党课讲稿): the first part that names a body names the unit; a later part only by a
  // county's, a city's or a town's name (…——几点体会 names none).
  // review19: a later part names the unit only as a speech's or a paper's author (…——县发展和改革局…党课讲稿 / …——县文旅局工作汇报)
  // or alone (…——县文旅局); a story's subtitle names its hero and his team (量化分级牌背后的“卫生监督员”——县卫生健康综合监督执法
  // 大队监督员秦宇事迹 / ——记县人民医院护士长王芳), not the unit that signs.
  for (const [k, part] of bare.split(/——|—|：|:/).entries()) {
    if (k > 0 && /事迹|^记|侧记|纪实|风采|故事|小记|速写/.test(part.trim())) continue;
    const county = k === 0 ? '' : '[\\u4e00-\\u9fff]{0,6}?[县市区镇乡]';
    const m = new RegExp(`^(?:中共)?${county}[\\u4e00-\\u9fff（）()]{1,24}?(?:(?<![县市省区])委|${BODY_SUFFIX})`).exec(part.trim());
    if (m) return withSubordinate(m[0], part.trim().slice(m[0].length));
  }
  return null;
}

/**
 * Session 20: a unit's name runs down its chain of bodies (城关街道滨河社区 / 中共清河县委宣传部 / 县公安局城关派出所): the unit
 * is the last body of the chain, not its first. A body is followed only by a body it contains (a 街道 or a 镇 its 社区 and
 * 村, a 县委 its 部 / 办 / 委, a 局 its 所 / 站 / 队 / 分局 / 中心, a firm its branch), named right after it by a short name with
 * no verb (县住建局包联幸福社区… stays the bureau: a bureau contains no community, and 包联 is a verb).
 */
const SUBORDINATE: [RegExp, RegExp][] = [
  [/(?:街道|街道办事处|镇|乡)$/, /^[\u4e00-\u9fff]{2,4}?(?:社区|村)(?:党委|党总支|党支部|居委会|村委会|居民委员会|村民委员会)?/],
  [/(?:县|市|区)委$/, /^[\u4e00-\u9fff]{2,4}?(?:部|办|委)/],
  [/局$/, /^[\u4e00-\u9fff]{2,6}?(?:派出所|所|站|大队|中队|分局|中心)/],
  [/公司$/, /^[\u4e00-\u9fff]{2,6}?(?:分公司|项目部)/],
];
const VERB_IN_NAME = /包|联|结对|帮扶|共建|下沉|驻|关于|开展|创建|推进|做好|落实|加强|工作|建设|关爱|服务/;
function withSubordinate(unit: string, rest: string): string {
  for (const [parent, child] of SUBORDINATE) {
    if (!parent.test(unit)) continue;
    const c = child.exec(rest);
    if (c && !VERB_IN_NAME.test(c[0])) return unit + c[0];
  }
  return unit;
}

/** Another body named (not the unit): the unit's title names neither it nor its short name. */
function notUnit(body: string, unit: string): boolean {
  const bare = body.replace(/^县(?:委|政府)?/, '');
  // A part of the unit (县妇联宣传部 in 清河县妇联's report, 县市场监管局城关所 in the bureau's) is the unit's.
  const short = unit.replace(/^[^县市区]{0,6}[县市区]/, '');
  if (short.length >= 2 && bare.startsWith(short)) return false;
  // 县妇联维权部 / 县残联康复部: a 联 / 协 is a body too (妇联、残联、科协: session 17).
  const part = /^县[\u4e00-\u9fff]{1,8}?(?:局|办|委|会|中心|联|协)/.exec(body);
  if (part && part[0] !== body && textNamesUnit(unit, { key: part[0] })) return false;
  return !textNamesUnit(unit, { key: body }) && !unit.includes(bare);
}

/**
 * Session 29 (review29, the review of session 28's 带队 rule): the role leading in person is the unit's own only when the body its
 * title names (X长: 大队长 / 镇长 / 组长 / 队长) is the unit or a part of it. A body of that kind named earlier in the sentence with
 * a level or a place of its own and not the unit (县交警大队联合我镇…，大队长何勇带队 / 城关镇开展联合检查，镇长李华带队 in a 局's report /
 * 市考核组来我中心考核，组长张伟带队) is the role's body: another's. A place's head (镇长 / 乡长 / 村长) or a 局长 in the report of a unit
 * of another kind is another body's head whether or not the body is named; and a team whose members open the sentence as its
 * subject (志愿者们来到敬老院，队长王芳带队 / 居民…，组长…) is theirs (the doc: residents' or volunteers' teams lead their own people).
 * Not: the unit's own part, named bare or by the unit's short name (执法大队…，大队长何勇带队 in the 文旅局's report / 局执法大队).
 */
const ROLE_KIND = /(大队|中队|[会局镇乡村校院馆所站队社团行庭科股处部厅台园组])长/;
// Session 30 (review30): 队员 of the unit's own enforcement or inspection team (执法队员 / 稽查队员 / 巡查队员) are the unit's staff, and
// their 队长 leading them is the unit's.
const MEMBERS_OPEN = /^[^，,。；;]{0,8}?(?:志愿者|志愿服务者|义工|居民|村民|群众|家长|学生|会员|(?<!执法|稽查|(?<!志愿)巡查|监察|城管|协管)队员|戏迷|业主|商户|经营户)们?(?!中|代表)/;
function ledByAnother(t: string, at: number, role: string, title: string): boolean {
  const unit = titleUnit(title);
  const kind = ROLE_KIND.exec(role)?.[1];
  const sentence = t.slice(Math.max(t.lastIndexOf('。', at - 1), t.lastIndexOf('；', at - 1), t.lastIndexOf(';', at - 1)) + 1, at);
  if (kind !== undefined && /^[队组社团会]$/.test(kind) && MEMBERS_OPEN.test(sentence.trimStart())) return true;
  if (unit === null || kind === undefined) return false;
  if (/^[镇乡村局]$/.test(kind) && !unit.includes(kind)) return true;
  for (let k = sentence.indexOf(kind); k >= 0; k = sentence.indexOf(kind, k + 1)) {
    if (sentence.startsWith(`${kind}长`, k)) continue;
    const name = /[^我本与和及、，,：:；;对到在由联合来赴向]{0,10}$/.exec(sentence.slice(0, k))![0] + kind;
    if (!/^[县市省区州]/.test(name) && !/^[镇乡村]$/.test(kind)) continue;
    if (/(?:我|本)$/.test(sentence.slice(0, k - (name.length - kind.length)))) continue;
    if (unit.includes(name) || !notUnit(name, unit)) continue;
    return true;
  }
  return false;
}

/**
 * Session 22: a charge held jointly, the unit's own leader named first with another body's (县教育局副局长刘某与县卫健局副局长宋某
 * 共同负责 in the 教育局's report): a joint charge with a leader of each is each one's, the unit's too.
 */
const JOINT_CHARGE = /^(?:这项工作|此项工作|该项工作)?由?((?:县|市|区)?[\u4e00-\u9fff]{1,12}?(?:局|委|会|联|中心|院|馆|所|站|队|办|公司|政府))[^，,。；与和及、]{0,12}?(?:长|主任|主席|书记|负责人)[\u4e00-\u9fff]{0,3}(?:与|和|及|、|同)[^，,。；]{2,24}?(?:共同|联合|一起)(?:负责|牵头|担任|任|抓)/;
/**
 * Session 42 (train 21266): one person holding another body's post and the unit's own head's post (县爱卫办主任、局长郑文华负总责 in the
 * 卫健局's report): the unit's own head, whatever the other post. The bare post must be the head of the title's kind of unit.
 */
const HEAD_ALSO = /、(?:常务)?(副)?(局|院|校)长[\u4e00-\u9fff]{2,3}(?:负总责|具体负责|负责|牵头|任组长|具体抓|亲自抓)/;
function unitLeaderJoined(clause: string, title: string): boolean {
  const unit = titleUnit(title);
  const also = HEAD_ALSO.exec(clause);
  if (also && unit !== null && unit.endsWith(also[2]!)) return true;
  const m = JOINT_CHARGE.exec(clause.trimStart());
  return unit !== null && m !== null && !notUnit(m[1]!, unit);
}

function otherBodyInCharge(clause: string, at: number, endAt: number, title: string, text: string): boolean {
  const unit = titleUnit(title);
  // 到中心督导 / 来我局检查: the visitor is outside wherever the title names the place visited.
  if (visitsUnit(clause, unit)) return true;
  // 县住建局分管领导也多次到公司督导: a county body's people coming to supervise are outside, whatever the title (session 16).
  const visit = VISIT_TO.exec(clause);
  if (visit && unit === null) {
    const body = new RegExp(OTHER_BODY.source).exec(clause.slice(0, visit.index));
    if (body && !/[由把]/.test(body[0]) && body.index + body[0].length <= at + 2) return true;
  }
  if (unit === null || /[我本]/.test(clause.slice(0, at))) return false;
  for (const m of clause.matchAll(OTHER_BODY)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    // A body hosted by the unit (县爱卫办设在我局) is the unit's.
    if (!notUnit(m[0], unit) || new RegExp(`${m[0]}(?:办公室)?设在(?:我|本)`).test(text)) continue;
    // Whose the one in charge is: the body right before the role (县民政局分管副局长 / 县委宣传部副部长李晓峰), the body
    // opening the clause a few words before it (县交通运输局派驻的监督员负责…), or the one the charge is given to (由… / 设在…).
    // A body topic of the clause whose matter is given to the unit's leader (县文明办督查反馈的问题由分管副局长牵头整改 /
    // 县委巡察组反馈问题由局长负总责) owns no one: 由/对/把/将 between them (review, session 15).
    // A match running over 由 (县委巡察组反馈问题由局…) is no body's name.
    if (/[由把]/.test(m[0])) continue;
    const owner = (to <= at && at - to <= 2) || (from === 0 && at - to <= 10 && !(to <= at && /[由对把将]/.test(clause.slice(to, at))));
    // 责任单位：县交警大队、… / 牵头单位：县城管局 (session 16): the matter is given to the body the key names.
    const given = from >= at && /(?:设在|由|(?:责任|牵头|承办|配合)(?:单位|部门)\s*[：:]\s*)$/.test(clause.slice(0, from));
    if (!owner && !given) continue;
    // The unit's own post or office filled or hosted by another body (服务队队长由县文化馆馆长担任 / 中心办公室设在县委宣传部),
    // or a person holding a post of the unit's too (部务会成员、县文明办主任…).
    const before = clause.slice(0, from);
    if (given && /(?:长|主任|负责人|召集人)由$/.test(before)) continue;
    if (given && unit.split('').length > 1 && new RegExp(`^[^，,。；]{0,4}?([\\u4e00-\\u9fff]{2,4})(?:办公室|办)设在$`).test(before)) {
      const office = /([\u4e00-\u9fff]{2,4})(?:办公室|办)设在$/.exec(before)![1]!;
      if ([...office].some((_, k) => k + 2 <= office.length && unit.includes(office.slice(k, k + 2)))) continue;
    }
    if (/(?:成员|委员|[长任记])、$/.test(before)) continue;
    return true;
  }
  return false;
}

/**
 * Session 20: the party owing a duty under an agreement (乙方 / 受托方 / 承接方 / 中标人 …), named as the holder. Session 21: the one
 * list of parties (element-parties.ts), the counterparty of a unit on the principal's side.
 */
const AGREEMENT_PARTY = COUNTERPARTY;
const FIRM_UNIT = /公司|企业|合作社|集团|物业|项目部|协会|商会/;
/**
 * Session 20 (after the check): the title names the unit with a part of its own as the other signatory (…与运输管理股… / …（德育处）
 * / 城关镇与所辖村（社区）… / 县文广旅局与县图书馆…): a 股室, a 所 or 站, a 中队, a 部 or 中心, a school or a 馆, a 社区 or 村 under a
 * 镇; not a firm, a trader, the public, a volunteer team or a body it pairs with (结对共建…社区), not another 局.
 */
const OWN_PART_SIGNS = /(?:局|委|大队|中心)[\u4e00-\u9fff]{2,6}?(?:股|科|室|所|站|中队)[\u4e00-\u9fff]{0,12}?(?:责任|目标)|(?:与|[（(])(?![^与（()）]{0,16}?(?:公司|商户|经营户|摊|家长|酒店|宾馆|商场|超市|协会|志愿|结对|共建|业主|企业))[^与（()）]{0,16}?(?:股|科|室|处|所|站|中队|大队|支队|分局|部|中心|馆|院|中学|小学|中专|学校|支行|网点|车队|班组|年级组|网格|小组|窗口|社区|村)(?:[（(）)、]|[\u4e00-\u9fff]{0,16}?(?:责任|目标))/;
/**
 * review20: the party holds the charge only as its holder. A 由 before the match introduces the holder, so the words before it
 * (对乙方的日常考核由局办公室主任…负责 / 乙方服务期间由分管副局长…负责 / 供应商的资质审核由…股长负责) name what is held or
 * when, not who holds it; and a party taken as an object (对乙方… / 督促乙方… / 与合作单位…) holds nothing.
 */
const PARTY_AS_OBJECT = new RegExp(`(?:对|向|与|和|同|跟|把|给|督促|监督|考核|检查|要求|配合|协助|指导)(?:${AGREEMENT_PARTY.source})`, 'g');
function partyHolds(t: string, clauseStart: number, at: number, end: number): boolean {
  let from = clauseStart;
  for (const b of t.slice(clauseStart, at + 1).matchAll(/由(?!于)/g)) from = clauseStart + (b.index ?? 0) + 1;
  return AGREEMENT_PARTY.test(t.slice(from, end).replace(PARTY_AS_OBJECT, ''));
}
/** Session 20: 所队的督导 / 局长的分管: a role, 的, then a charge word ends the match: a noun phrase. */
const OF_ROLE = /的(?:督导|督办|督查|调度|统筹|联系|把关|牵头|负责|分管|主管|承办|管)$/;

/**
 * Session 27 (class27): a note in brackets right after a role and its holder telling the charge the holder has (局长 邵文静（馆道德讲堂
 * 负责人） / 副局长范志刚（局道德讲堂工作分管领导，具体抓讲堂工作） / 书记李长青（村道德讲堂第一责任人）) says what 为 would:
 * the holder is the one in charge. The note is read as that clause (局长邵文静为馆道德讲堂负责人), on a meeting's roll too — a
 * chair or a speaker (主持人： / 主讲人：) is grey as the only one in charge, but the charge the note gives is said, not inferred.
 * A note naming no charge (局长 王强（主持）/ （女，45岁）) is left as it is.
 */
const CHARGE_NOTE = new RegExp(
  `(${ROLE})(\\s?[\\u4e00-\\u9fff·]{2,4})?[（(]([^（()）：:]{0,24}?(?:第一责任人|责任人(?!员)|负责人(?!员)|分管领导|(?:牵头|包保|包联|责任)领导|负总责|具体抓|具体负责|牵头)[^（()）：:]{0,16})[）)]`,
  'g',
);
/**
 * Review after session 27: the note tells a charge only of the body the role belongs to. A role named after another body
 * (主讲人：县文明办副主任刘洋（县道德讲堂分管领导） in 县文化馆's report: a guest's post in his own body) gives that body's charge,
 * none of the unit's; the body is compared through the unit-identity table (notUnit). 负责人员 / 责任人员 are staff, no charge.
 */
const BODY_BEFORE_ROLE = new RegExp(`(?:[县市省区]|[\\u4e00-\\u9fff]{2,3}(?:镇|乡|街道))[\\u4e00-\\u9fff]{1,12}(?:局|委员会|委|办公室|办|部|中心|院|馆|所|站|联|协|会|队)(?=${ROLE}\\s?[\\u4e00-\\u9fff·]{0,4}$)`);
export function chargeNotes(text: string, title?: string): string[] {
  const unit = title === undefined ? null : titleUnit(title);
  return [...text.matchAll(CHARGE_NOTE)]
    .filter((m) => {
      if (unit === null) return true;
      const body = BODY_BEFORE_ROLE.exec(text.slice(Math.max(0, m.index - 16), m.index + m[1]!.length + (m[2] ?? '').length).split(/[：:，,。；;、\s]/).pop()!);
      return body === null || !notUnit(body[0], unit);
    })
    .map((m) => `${m[1]}${(m[2] ?? '').trim()}为${m[3]}。`);
}

export const responsibility: ElementTest = (args) => {
  const { text: told } = args;
  // Demands on others, the standard quoted or a plan (拟由…) name no one in charge here.
  if (EVERY_UNIT.test(told) || EMPTY_FIELD.test(told)) return null;
  if (ATTENDED.test(told) || new RegExp(CHARGE_NOTE.source).test(told)) {
    // Session 27: a roll's line counts only by a charge its notes give; any other line is read as told, then by its notes.
    if (!ATTENDED.test(told)) { const found = chargeTold(args); if (found) return found; }
    for (const note of chargeNotes(told, args.title)) { const found = chargeTold({ ...args, text: note }); if (found) return found; }
    return null;
  }
  return chargeTold(args) ?? selfAssigned(told);
};

/**
 * Session 40 (set 35): a person's own report opening with who they are and the charge given them (本人张学文，受县林业局聘为…专职
 * 护林员，负责…的巡护 / 我是…何丽萍，受街道指派担任…普查指导员，负责…): a named person assigned, the writer (the label standard:
 * a named person assigned). Only the writer's own opening (本人 / 我是 / 我叫), appointed by a body and given a duty.
 */
const SELF_ASSIGNED =
  /^\s*(?:本人|我是|我叫)[^。；]{0,30}?(?:受[^，,。；]{1,14}?(?:聘|指派|委派|选派|安排|委托)|经[^，,。；]{1,12}?(?:聘用|选聘|指派))[^。；]{0,30}?负责[^，,。；]{2,30}/;
/**
 * Session 41 (set 36): the writer named as the one charged, in a sentence after the one saying who they are (村书记…在村民代表会上明确
 * 由我负责本村耕地巡查): a named person assigned. 我 alone: 由我局负责 / 由我们负责 name the unit (the charge must follow 我).
 */
const ME_ASSIGNED = /(?:明确|指定|安排|确定|委托|指派|决定)(?:由)?我(?:来)?(?:具体)?(?:负责|担任)[^，,。；]{2,30}/;
function selfAssigned(text: string): string | null {
  return SELF_ASSIGNED.exec(text)?.[0].trim() ?? ME_ASSIGNED.exec(text)?.[0] ?? null;
}

const chargeTold: ElementTest = ({ text: told, firm, title }) => {
  // Session 21 (mood21): a clause that claims nothing (没有明确由哪个股室牵头 / 原定由副局长兼任…，后因…没有兼任 / 如果…) names no one.
  const text = maskUnclaimed(told);
  // Demands on others, the standard quoted or a plan (拟由…) name no one in charge here.
  if (EVERY_UNIT.test(text) || EMPTY_FIELD.test(text) || ATTENDED.test(text)) return null;
  // Session 20 (review19): a key of charge whose value is only a note to the filler (牵头科室：（请填写）, the note blanked), or the key
  // alone on its line (牵头科室), names a slot, not who fills it.
  if (/^\s*[^，,。；;：:\s]{0,8}(?:牵头|责任|负责)(?:单位|部门|股室|科室|处室|领导|人)\s*[：:]?\s*$/.test(text.replace(/□+/g, ''))) return null;
  // 拟由分管副局长牵头: a plan opening the sentence (为确保…落到实处，…由局长担任组长 is a purpose, not a plan).
  const masked = maskRequirements(maskMeetings(text));
  const t = maskIssuers(maskTitles(PLANNED.test(masked) ? beforeIntention(masked) : masked));
  for (const re of TESTS) {
    if (re === TESTS[0] && !GROUP_HEAD.test(t)) continue;
    for (const m of t.matchAll(new RegExp(re.source, 'g'))) {
      const end = (m.index ?? 0) + m[0].length;
      const clauseStart = Math.max(...['，', ',', '。', '；', ';'].map((c) => t.lastIndexOf(c, m.index ?? 0))) + 1;
      const clause = t.slice(clauseStart, end + 30);
      // 组织企业经理、保洁主管参加培训: roles named as those who attend are people taught, not in charge.
      if (ATTENDING.test(clause)) continue;
      // Session 55 (set 50's 37315): an office the unit reports to (向县路灯管理所报修并督办68处): the one told, not one in charge; and
      // (37532) heads the unit calls in (我所当天约谈企业负责人): 负责人 the object of the unit's act, no charge taken.
      if (REPORTED_TO.test(t.slice(clauseStart, end))) continue;
      if (t[end] === '人' && CALLS_IN_HEADS.test(m[0])) continue;
      // Session 55 (set 50's 37538): a court's or an arbitration body's head (由仲裁院副院长刘敏负责业务指导 in the 县总工会's report): that
      // body's, not the unit's, unless the title names it.
      if (courtHeadElsewhere(t.slice(clauseStart, end), title ?? '')) continue;
      // Session 39 (set 34): the unit checked or supervised by another (接受县机关事务服务中心督导检查 / 迎接…督查): the examiner's act.
      if (RECEIVED_CHECK.test(t.slice(clauseStart, m.index ?? 0))) continue;
      // Session 39 (set 34): another kind of body opening the clause with its own head (兴旺养殖专业合作社由理事长负责 / 商会会长主持 /
      // 各加油站站长为本站…第一责任人): theirs, not the unit's, unless the title names that body as the unit.
      if (!firm && othersOwnHead(t.slice(clauseStart, m.index ?? 0), title ?? '', t.slice(0, clauseStart))) continue;
      // Session 20 (who is in charge of what): a party owing a duty under an agreement (乙方项目经理…负责 / 受托方…为第一责任人)
      // holds the duty it owes the unit, not the charge of the unit's own work, unless the unit says it is that party (我…作为乙方).
      // The unit is that party only in its own report as a firm (its title's unit a firm: the firm flag also reads 物业管理服务合同),
      // and the party is the unit's own when the agreement is between the unit and a part of it (after the check, 11501–11985:
      // 县民政局与社会福利股…目标责任书 / …目标责任书（城关市场监管所）: 乙方股长为第一责任人 is the unit's own 股室's head).
      if (partyHolds(t, clauseStart, m.index ?? 0, end) && !/我/.test(t.slice(clauseStart, end)) && !FIRM_UNIT.test(titleUnit(title ?? '') ?? '') && !OWN_PART_SIGNS.test(title ?? '')) continue;
      // 对基层所队的督导考核: a role before 的 and a charge word is the charge's object or owner in a noun phrase, not one taking it.
      if (OF_ROLE.test(m[0])) continue;
      // Session 45: a village's own post holding the charge (村支书为村调委会第一责任人 / 村主任李某负责…) in a county body's report: the
      // village's charge, not the body's (the one in charge is inside the unit); a town's or a village's own report reads on.
      if ((VILLAGE_POST_BEFORE.test(t.slice(clauseStart, m.index ?? 0)) || VILLAGE_POST_OPENS.test(m[0])) && COUNTY_BODY_TITLE.test(titleUnit(title ?? '') ?? '')) continue;
      // 楼长自愿组成“自管会”，推举张某为召集人: others organising themselves, in this clause or the one before.
      const around = aroundMatch(t, m.index ?? 0, end);
      if (OTHERS.test(around) && !ownPostAfterThirdParty(around, t.slice(clauseStart, end))) continue;
      // 工程由中标单位项目经理负责 / 物业公司项目经理负总责: a contractor's or another firm's people in charge (session 14).
      const own = t.slice(Math.max(0, t.lastIndexOf('，', clauseStart - 2) + 1, t.lastIndexOf(',', clauseStart - 2) + 1), end);
      // 市场开办方成立…指挥部，由…总经理任指挥长: another side of a project (开办方 / 施工方 / 产权单位) and its people (session 17).
      // Session 19: the unit's own office or leader holding the charge in its clause (…引入物业公司…，由村镇股股长刘强负责) is the
      // unit's, whatever firm the clause before brought in.
      // review19: the unit's office by any name (镇城建办主任 / 办公室主任 / 分管副镇长), as long as the clause names none of the firm's
      // (由公司项目经理陈军负责 / 由其负责人负责 stay the firm's).
      const chargeClause = t.slice(clauseStart, end);
      const ownPart = !FIRMS_OWN.test(chargeClause) && OWN_OFFICE.test(chargeClause);
      if (!firm && ((CONTRACTED.test(own) && !ownPart) || (OTHER_SIDE.test(own) && !unitIsTheSide(own, title ?? '')))) continue;
      if (!firm && title && PROPERTY_FIRM_HOLDS.test(own)) continue;
      // 施工单位项目经理对现场文明施工负责 in a firm's own report: the contractor or the supervisor is still another firm (session 18).
      // review18: unless the firm names itself as that side (我公司作为该项目施工单位，由项目经理任组长…).
      if (firm && /施工(?:企业|单位|方)|监理(?:单位|公司|方)|中标(?:单位|企业|公司)/.test(own) && !/我(?:公司|司|单位|们|部)|本(?:公司|单位|项目部)/.test(own)) continue;
      // 商户是自家门前的第一责任人 / …负责人要当好本企业第一责任人: the served or regulated hold their own (session 18).
      // Session 54 (set 49's 36824, 36836): another body's office overseeing (县人防办工程科负责监督 in a 物业's report) or an owner
      // or a managing firm named the one first in charge (明确产权单位是工程维护管理的第一责任人, a 街道's duty scheme for others).
      if (!firm && !OWN_FIRM_WORD.test(t) && FIRM_PERSON_HOLDS.test(t.slice(clauseStart, end))) continue;
      if (SIDE_FIRST_IN_CHARGE.test(t.slice(clauseStart, end + 16).split(/[，,。；;]/)[0]!) || overseerElsewhere(t.slice(clauseStart, end + 24), title ?? '')) continue;
      if (!firm && SERVED_HOLD.test(t.slice(clauseStart, end + 12).split(/[，,。；;]/)[0]! + (t.slice(clauseStart, end + 12).split(/[，,。；;]/)[1] ?? ''))) continue;
      // Session 47 (set 42): in a shop's or a firm's own report its head holding the charge of itself (店主刘建华是本店燃气安全第一责任人)
      // is the unit's own.
      // (A body's report whose title only speaks of firms, …交通运输局道路运输企业安全检查情况说明, is no firm's: elements.ts reads firm so.)
      if ((SERVED_OWN_CHARGE.test(t.slice(clauseStart, end + 12)) && firm !== true) || URGED_CHARGE.test(t.slice(clauseStart, end)) || URGED_OWNER.test(t.slice(clauseStart, end))) continue;
      // 县民政局分管副局长定期到院指导 / 办公室设在县住建局 / 县金融工作服务中心定期到行督导: another body's (session 15).
      const clauseEnd = t.slice(end).search(/[，,。；;]/);
      if (otherBodyInCharge(t.slice(clauseStart, clauseEnd < 0 ? t.length : end + clauseEnd), (m.index ?? 0) - clauseStart, end - clauseStart, title ?? '', t) && !unitLeaderJoined(t.slice(clauseStart, clauseEnd < 0 ? t.length : end + clauseEnd), title ?? '')) continue;
      // Session 19 (tuned on 10501–10985 after the generalisation check): the role's owner is the body named right before it
      // (城北社区党委书记张华牵头 / 社区书记负责对接 in a county bureau's report on the community it 包联s): a community, a village,
      // a school, a firm … that is not the unit its title names is another party, and its head is theirs. The unit itself as
      // the subject (我中心包联…社区 / 本局负责) is no one, and every body of a kind as the holder (明确各医疗机构负责人为…第一责任人)
      // is each body's own. Session 58 (set 53's 39019): 本站负责人 / 我所负责同志 name the unit's head, no unit as the subject.
      if ((POST_FIRST.test(m[0]) && roleOfAnother(t.slice(clauseStart, m.index ?? 0), title ?? '', firm ?? false)) || /^(?:我|本)[\u4e00-\u9fff]{0,2}?(?:中心|局|站|所|院|馆|队|办|委|行|校|单位|公司|社区|村|镇|乡|街道|部)(?:包联|包保|挂点|联系|负责(?!人|同志)|牵头|统筹)/.test(m[0]) || /各[\u4e00-\u9fff]{0,6}(?:机构|单位|学校|医院|企业|公司|商户|门店|场所|村|社区)的?(?:主要)?负责人/.test(t.slice(clauseStart, end))) continue;
      // 企业负责人作为第一责任人的意识没有真正树立: a charge told as not held is none (mood, session 16).
      if (NOT_HELD.test(t.slice(end, clauseEnd < 0 ? t.length : end + clauseEnd))) continue;
      // Within the clause: 局长为第一责任人，各负其责 names the one in charge before the others' duties (review, session 14).
      if (EVERYONE.test(t.slice(clauseStart, end + 6).split(/[，,。；;]/)[0]!)) continue;
      // 各村村委会主任负责本村… / 各物业企业负责人对…负责: the heads of every unit of a kind are others (session 14).
      if (/^各(?:村|社区|乡镇|镇|乡|街道|学校|医院|企业|单位|成员单位|县直单位|物业|小区)/.test(t.slice(clauseStart).trimStart())) continue;
      // 两家公司经理均为本公司…第一责任人 / 学校食堂由各校校长作为…第一责任人: the heads of many bodies, counted or each, are
      // theirs — the unit is one (session 17).
      if (manyBodiesHold(t.slice(clauseStart).trimStart())) continue;
      if (THEIR_HEAD_LEADS.test(t.slice(clauseStart, end)) && !(/(?:村|社区)(?:党支部|党委|委员会|居委会|村委会)?$/.test(titleUnit(title ?? '') ?? '') && /村|社区/.test(t.slice(clauseStart, end))) && MANY_BODIES.test(t.slice(Math.max(...['，', ',', '。', '；', ';'].map((c) => t.lastIndexOf(c, clauseStart - 2))) + 1, clauseStart).trimStart())) continue;
      // 各科室各负其责 / 各部门配合: every office in general is no lead office.
      if (/^各[\u4e00-\u9fff]{0,3}(?:股室|科室|处室|部门|单位|股|科|室)(?:都|要)?(?:各负其责|各司其职|负责|配合|抓)/.test(m[0])) continue;
      // 县政府成立…领导小组，由分管副县长任组长: a group is led by whom its next clause names (session 14).
      const through = re === TESTS[0] ? t.slice(end).search(/[。；;]|[，,][^，,。；;]*[，,。；;]/) : 0;
      // Session 29 (review29): 带队 counts only for a role of the unit itself (below, ledByAnother).
      if (re === TESTS[1] && ledByAnother(t, m.index ?? 0, m[0], title ?? '')) continue;
      if ((re === OFFICE_HEAD_LEADS || re === OWN_HEAD_LEADS) && m[1] !== undefined && !tierIsUnit(m[1], re === OWN_HEAD_LEADS, title ?? '')) continue;
      if (re === KEYED_HEAD && keyedOfAnother(m[1]!, title ?? '', firm ?? false)) continue;
      if (re === NAMED_STAFF && !ownCalling(t, m.index ?? 0, m[1]!, title ?? '', firm ?? false)) continue;
      if (re === ARRANGED_BY && !arrangedByOwn(m[1]!, m[2]!, title ?? '')) continue;
      // Session 30 (review30): a section's post above the unit's level (县级河长 in a 镇's report), and a former holder.
      if ((re === POST_NAMED || re === POST_HOLDER) && postAboveUnit(m[0], title ?? '')) continue;
      if (formerIn(m[0], t.slice(end, end + 4)) || holderGone(t.slice(end))) continue;
      // Session 30 (review30): a 项目经理 in a report not a firm's is a contractor's (the rulings: the 项目经理 / 监理 theirs).
      // Session 54 (set 49's 36804, 36812): a firm's report whose title names no firm is still one when it says 我公司 / 本公司.
      // Session 60 (set 55's 40019, 40048): a 事务所's own report (清河诚信会计师事务所…审计情况说明): its 项目经理 is its own (PRACTICE_OWN).
      if (!firm && !OWN_FIRM_WORD.test(t) && !PRACTICE_OWN.test(title ?? '') && /项目(?:部)?(?:常务)?(?:副)?经理/.test(t.slice(Math.max(clauseStart, (m.index ?? 0) - 6), end)) && !/[我本]/.test(t.slice(clauseStart, (m.index ?? 0) + (/^[我本]/.test(m[0]) ? 1 : 0)))) continue;
      if (!outsideLeader(t.slice(clauseStart, re === TESTS[0] && through >= 0 ? end + through + 1 + (t.slice(end + through + 1).search(/[，,。；;]|$/)) : end), title ?? '')) return m[0];
    }
  }
  return ownBodyLeads(t, title ?? '') ?? writerInCharge(t);
};

/**
 * Session 38 (set 33): the unit itself named before its head's role, the head named leading the work in person (乡劳动保障事务所所长
 * 周红梅带队 in that 所's report / 镇武装部长刘涛带队 in the 城关镇人民武装部's / 铁骑中队由中队长孙浩带队 in the 中队's; session 48, set 43's
 * 33609: 安全股股长周建华带队 in the 县教育局安全股's — a 股, 科 or 室 of the unit by its own name): a named person of the unit in charge, as session 28's
 * 带队 rule reads the role alone. The body is the unit when its characters run in order through the title's words that name the unit
 * (before 关于, or its first 24 characters); another body (县交警大队 / 镇市场监管所 in a 局's report) stays another's.
 */
// Session 58 (set 53's 38602): or one of the unit's own working teams (大队副大队长孙立伟带领第一执法组…: LEADS_OWN_TEAM).
const BODY_ROLE_LEADS = new RegExp(
  `(?:^|[，,。；;：:、])\\s*(?:由)?([\\u4e00-\\u9fff]{1,12}?[所局站院馆队部办委会股科室])(?:由)?(?:副)?(?:(?:大队|中队|[所局站院馆队部股科])?长|主任|书记)((?:(?![长任记次])[\\u4e00-\\u9fff]){2,3})(?:同志)?(?:每[天日周月]|亲自|全程)?(?:带队(?![员人]|老师|师傅)|${LEADS_OWN_TEAM}|带领(?:(?:[站所局院馆队中心科股室]内|[站所局院馆队]里|全[站所局院馆队]|本[站所局院馆队])(?:的)?(?:工作人员|干部职工|干部|干警|职工|会计|技术人员|执法人员|队员|同事|业务骨干)|(?:会计|技术人员|干警|业务骨干)))`,
  'g',
);
/** Session 39 (set 34): a county's or a city's bureau by its bare short name (县局 / 市局) is the one above a 分局, not the unit. */
const ABOVE_SHORT = /^[县市省州区][局委办]$/;
/**
 * Session 50 (set 45's 34747, 34939): a 股, 科 or 室 named bare, its head named leading the work in person (，安全股股长陈军带队… /
 * 我局…由野生动植物保护股股长张凤莲带队…) in the report of a body that has such parts (a 局, 委, 中心, 院, 办, 政府 or a firm): the unit's
 * own part — a 股 is no body of its own (in a school's report it is its bureau's). The review: no place, body or plant word in the
 * part's name (县政府办公室 / 东关村卫生室 / 县疾控中心消毒科 / 县自来水厂生产科 are others'), no examining office, none coming to the unit. It opens its clause, follows 由 or the unit's own word (我局), and holds no body's word
 * (县交警大队秩序科… is the police's).
 */
// Session 59 (set 54's 39426): or leading one of the unit's own working teams (医疗卫生监督科科长陈涛带领检查组…: LEADS_OWN_TEAM), and
// a county's 所 has such parts too (县卫生监督所 / 县农业综合执法所; not a 镇's 所: ownPartsBody).
const PART_ROLE_LEADS = new RegExp(
  `(?:^|[，,。；;：:、]|由|(?:我|本)(?:局|委|中心|院|办|所))((?:场所|市容|(?![局委院所站队部会司省市县区镇乡村心府厂行])[\\u4e00-\\u9fff]){2,10}?[股科室])(?:副)?(?:股长|科长|主任)((?:(?![长任记次])[\\u4e00-\\u9fff]){2,3})(?:同志)?(?:每[天日周月]|亲自|全程)?(?:带队(?![员人]|老师|师傅)|${LEADS_OWN_TEAM})`,
  'g',
);
/** The report's unit is a body with 股 / 科 / 室 (session 50), or (session 59) a county's own 所, not itself a part (…所传染病监督科). */
const ownPartsBody = (head: string): boolean =>
  (/局|委|中心|院|办|政府|公司|集团/.test(head) && !/(?:局|委|中心|院)[\u4e00-\u9fff]{1,8}?[股科室]/.test(head)) ||
  (/^(?:[\u4e00-\u9fff]{0,4}?县)[\u4e00-\u9fff]{2,10}?所/.test(head) && !/[镇乡]/.test(head.slice(0, head.indexOf('所'))) && !/所[\u4e00-\u9fff]{1,8}?[股科](?!长)/.test(head));
export function ownBodyLeads(t: string, title: string): string | null {
  // The title's words naming the unit: before 关于, or its first 24 characters.
  const head = title.replace(/^#\s*/, '').split('关于')[0]!.slice(0, 24);
  for (const m of t.matchAll(BODY_ROLE_LEADS)) {
    if (!ABOVE_SHORT.test(m[1]!) && inOrder(m[1]!, head)) return m[0].replace(/^[，,。；;：:、\s]+/, '');
  }
  // Not when the unit is itself a part (县教育局安全股…: another 股's head is not its own; session 48).
  if (ownPartsBody(head) && !/学校|中学|小学|幼儿园/.test(head)) {
    for (const m of t.matchAll(PART_ROLE_LEADS)) {
      // The review: an examining office (第三监督检查室 / 纪检 / 巡察) or a part coming to the unit (…带队来院督导 / 到我局 / 对我局…) is another's.
      if (/监督检查|纪检|巡察|监察/.test(m[1]!) || /^[^，,。；]{0,12}?(?:来[院局校所站我]|到我|对我)/.test(t.slice((m.index ?? 0) + m[0].length))) continue;
      // Review 59b: a school's or a place's own part (城关中学总务科 / 受检宾馆保卫科 / 城关小学德育室), or one after the schools or firms
      // checked (各校由后勤科科长…带领检查组自查), is theirs; 学校卫生监督科 (the unit's part for schools) stays.
      if (/[\u4e00-\u9fff](?:中学|(?<!中)小学|学校|幼儿园)|受检|被检/.test(m[1]!.replace(/^由/, '')) || /(?:各校|学校|单位|企业|公司|医院|宾馆|酒店)由/.test(`${t.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0)}${m[0]}`)) continue;
      return m[0].replace(/^[，,。；;：:、\s]+/, '');
    }
  }
  return null;
}

/**
 * The writer in person in charge (WRITER_CHARGE): the clauses after 我 / 本人 are read up to the first that names a new
 * subject of its own at its start (a role, an office or a person: 我分管…，培训部具体组织 — 培训部's clause is not the
 * writer's; it is judged by the role tests).
 */
function writerInCharge(t: string): string | null {
  // Session 54: the writer's post for a named place and its duty (本人张德福，是…水库专职巡查员，负责大坝日常巡查).
  const placed = WRITER_PLACE_CHARGE.exec(t);
  // Review 54b: 主要负责 is no 要 of intention; a post held before retiring or leaving (我退休前是…) is past.
  if (placed && WRITER_PLACE_POST.test(placed[1]!) && !/退休|离任|卸任|调离|离职/.test(placed[0].slice(0, placed[0].indexOf(placed[1]!))) && !NOT_NOW.test(placed[0].slice(0, placed[0].lastIndexOf('负责')).replace(placed[1]!, '').replace(/(?:具体|主要)$/, ''))) return placed[0];
  for (const self of t.matchAll(/我|本人/g)) {
    const from = self.index ?? 0;
    // The writer opens its clause (我任… / ，本人分管… / 由我负总责), after at most a short adverbial (年初，/ 在…下，).
    // A speaker's line (村党支部书记孙某：这项工作我亲自抓) opens the writer's words after its colon (session 17).
    if (!WRITER_SELF.test(t.slice(Math.max(0, t.lastIndexOf('，', from - 1) + 1, t.lastIndexOf(',', from - 1) + 1, t.lastIndexOf('；', from - 1) + 1, t.lastIndexOf('：', from - 1) + 1), from + self[0].length + 1))) continue;
    const m = WRITER_CHARGE.exec(t.slice(from));
    if (!m || m.index !== 0) continue;
    const between = m[0].slice(0, m[0].search(new RegExp(PERSON_CHARGE)));
    // 我将牵头… / 我没有分管… / 我原来分管…: not the writer's charge now (the post named, 我任…局长，, is passed over).
    if (NOT_NOW.test(between.replace(/[^，,]*?(?:任|担任|兼任|作为|是)[^，,]*[，,]/g, ''))) continue;
    // 我作为党员，牵头组建了楼栋微信群 / 我是一名志愿者，负责…: the writer as one of the people, no post of charge (review).
    if ([...between.matchAll(/(?:作为|是)([^，,]*)[，,]/g)].some((p) => !WRITER_POST.test(p[1]!))) continue;
    // Each clause passed over before the charge opens with no subject of its own: a new subject takes the chain.
    const passed = between.split(/[，,]/).slice(1);
    if (passed.some((c) => new RegExp(`^(?:${ROLE}|[\\u4e00-\\u9fff]{1,8}(?:部|科|股|室|处|中心|办|所|站|队)(?![长任]))`).test(c))) continue;
    return m[0];
  }
  return null;
}

/**
 * A group set up without its head in the same sentence (成立了人居环境整治指挥部，下设办公室): it counts
 * for 主体责任 only where the report names who is responsible elsewhere (指挥长由乡长担任, paragraphs
 * later): then its sentence is evidence too, so the heading over it is not empty. Used by elements.ts.
 */
export function groupWithoutHead(text: string): string | null {
  const t = maskTitles(text);
  if (OTHERS.test(t) || GROUP_HEAD.test(t)) return null;
  const m = TESTS[0].exec(t);
  return m ? m[0] : null;
}

/**
 * Session 19 (a 任务分解表 / 责任清单 flattened): a table row's cells are values of its header's columns (序号｜工作任务｜责任领导｜
 * 责任股室｜完成时限 over 1｜划行归市｜副局长周建平｜市场规范管理股｜4月底). A column keyed as the one in charge (责任领导 / 责任人 /
 * 牵头股室 / 责任单位 …) names, in each row, who holds that task: the row read as its keyed lines (责任领导：副局长周建平；责任股室：
 * 市场规范管理股) is judged as such a line is. The header is the nearest line before it with as many cells holding such a key.
 */
// Session 25 (precision25): the column named for what is in its charge (项目负责人 / 整改责任人 / 活动负责人).
const CHARGE_COLUMN = /^(?:项目|工作|活动|任务|点位|整改|路段)?(?:负责人|责任人|牵头人|分管领导|(?:责任|牵头|包保|包联|分管)领导|具体负责人?|(?:责任|牵头|承办)(?:单位|科室|股室|部门|处室))$/;
// Session 60 (set 55's 39942): a numbered heading keyed as the one in charge with its value run in after it (一、责任人：人口家庭股
// 股长周敏。 — the heading 一、责任人, the value its section's first line): the value read as that keyed line. Only the section's
// first line, and only a charge key (CHARGE_COLUMN) as the heading's whole words.
const KEY_HEADING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|第[一二三四五六七八九十]+[条项、])?\s*([\u4e00-\u9fff]{2,6})\s*[：:]?\s*$/;
export function rowUnderChargeHeader(sentences: readonly { text: string; heading?: boolean }[], i: number): string | null {
  const cells = (t: string) => t.split(/[｜|]/).map((c) => c.trim());
  const row = cells(sentences[i]!.text);
  if (row.length < 3) {
    const key = i > 0 && sentences[i - 1]!.heading === true && !sentences[i]!.heading ? KEY_HEADING.exec(sentences[i - 1]!.text) : null;
    return key !== null && CHARGE_COLUMN.test(key[1]!) && row.length === 1 ? `${key[1]}：${sentences[i]!.text}` : null;
  }
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const head = cells(sentences[k]!.text);
    if (head.length !== row.length || !head.some((h) => CHARGE_COLUMN.test(h))) continue;
    const keyed = head.flatMap((h, c) => (CHARGE_COLUMN.test(h) && row[c] !== '' && row[c] !== h ? [`${h}：${row[c]}`] : []));
    return keyed.length > 0 ? keyed.join('；') : null;
  }
  return null;
}

/**
 * Session 25 (precision25): the unit's head assigning the lead by instruction (局长钱明批示由县爱卫办副主任葛华牵头处置 / 站长指定由
 * 业务股长负责): the one the head put in charge is the unit's, whichever office of the unit's system holds the post (a lead office
 * hosted by the unit counts: 县爱卫办设在卫健局). Read on the sentence before other bodies' people are blanked. Not a leader above
 * the unit (县委书记批示 / 副县长指示: a county leader, who does not count on his own), nor an instruction to come (拟 / 将).
 */
const HEAD_ASSIGNS =
  /(?<!县委|市委|省委|区委|县|市|省|区|人大常委会|政协)(?:局长|主任|书记|站长|校长|院长|馆长|所长|队长|镇长|乡长|行长|经理|部长)[\u4e00-\u9fff]{0,3}?(?:批示|指示|指定|安排|责成|明确|决定)[，,]?由[^，,。；]{2,24}?(?:牵头|负责|负总责|具体负责|承办)/;
/**
 * Session 26 (review26): the post's own body, named before it in its clause, is one above the unit (县委常委、宣传部部长批示由… /
 * 县政府办主任批示… / 市创文办主任指示…): a county's or city's leader, not the unit's head — unless that body is the title's unit
 * (县文旅局局长批示… in 县文旅局's report) or the unit's own (我局 / 本馆).
 */
const ABOVE = /常委|(?:县|市|省|州)[^、，,]{0,10}?(?:委|政府|人大|政协|办|部|厅|局|中心)/;
export function headAssigns(text: string, title = ''): string | null {
  if (/拟|将|计划|待/.test(text.split(/由/)[0] ?? '')) return null;
  const m = HEAD_ASSIGNS.exec(text);
  if (!m) return null;
  const who = /[^，,。；;：:]*$/.exec(text.slice(Math.max(0, m.index - 24), m.index))![0];
  const unit = title.split('关于')[0]!;
  if (ABOVE.test(who) && !/我|本/.test(who) && !(unit.length > 0 && unit.includes(who.replace(/^(?:[\u4e00-\u9fff]{0,4}?(?:县|市|省|州))/, '')))) return null;
  return m[0];
}
