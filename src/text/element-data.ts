/**
 * 数据实例: at least one quantity with a unit stated in the report (36场、1.2万人次、95%、
 * 十二场). Not: years, dates, 文号, ordinals (第3期、县第一中学), hotline numbers (12345热线),
 * names with digits, a pointer to an attachment (详见附件、见附表、数据略).
 */
import { maskUnclaimed } from './element-claims.js';
import { findDataPoints } from './datapoints.js';
import { maskTitles, type ElementTest } from './element-shared.js';

/** Chinese-numeral quantities: 两场、十二名、三百余人次 (一 is left out: 一次、一名 are articles more often than counts). */
const CN_QUANTITY =
  /(?<![第一二三四五六七八九十百千万两])(([两二三四五六七八九十][一二三四五六七八九十百千万亿]*|[一][十百千万亿][一二三四五六七八九十百千万亿]*)(余|多|来)?|[百千万](余|多))(亿元|万吨|万人次|人次|场次|场|名|户|所|家|期|篇|册|份|个社区|个村|处|次|轮|座|项|批|条|成|万元|元|人|件|起|吨|亩|公里|支|张|本|棵|株|盏|辆|台|块|间|套|幅|袋|箱|封|面|枚|分钟|个小时|小时|课时|学时|个工作日|个月|户次|家次|车次|公顷|立方米|平方米|米|倍|笔|宗|例|单(?![元位])|台次|架次|艘|卷|(?<!三)位(?![数一])|趟|顶|天(?!两头|打鱼|晒网|天)|副(?![职局县主科所镇乡校院组队书部市长总处经馆站])|对(?![接比照口外应象于待话一])|公斤|斤|桌|罐|筐|捆)/;

/**
 * Percentages and decimals in Chinese numerals (terse bureau reports): 百分之六、百分之零点五、两个百分点、
 * 零点五个工作日、四十二点三亿元.
 */
const CN_PERCENT =
  /(?<![第])(百分之[零〇一二三四五六七八九十百点]+|[一二两三四五六七八九十]+(点[零〇一二三四五六七八九]+)?个百分点|[零〇一二三四五六七八九十]+点[零〇一二三四五六七八九]+\s*(个工作日|个小时|小时|分钟|天|公里|万元|亿元|元|吨|万吨|倍|万人次|万人|万户|平方米|亩))/;

/** 一千二百个、三十余个: 个 counts after a numeral with 十/百/千/万 (三个结合、两个维护 are set phrases). */
const CN_TENS_GE =
  /(?<![第一二三四五六七八九十百千万两])[一二三四五六七八九两]?[十百千万][一二三四五六七八九十百千万]*(余|多)?个(?!别|人|性|案)/;

/**
 * Classifiers (量词) and units beyond the counting units of datapoints.ts: 表扬信46封、锦旗3面、
 * 清运垃圾430余车、巡诊1.9万户次、用时3个工作日. A score counts where it is named as one (得分93.8分).
 */
const CLASSIFIER =
  /(?<![\d.第〔\[【(（])\d+(\.\d+)?\s*[万千百]?\s*[余多]?\s*(封|面|枚|车次|车|户次|家次|人天|学时|段|根|公顷|立方米|升|斤|个工作日|个月|盒|瓶|包|桶|副|双|节|组|种|类|卷|位(?![数置于列居次])|趟|对(?![接比照口外应象于待话\d一])|桌|罐|筐|捆)(?![\u4e00-\u9fff]{0,1}[长号路楼届期])|(得分|评分|分数|打分|分值)[^，,。；]{0,4}\d+(\.\d+)?\s*分/;

/** A number with 万 or 亿 and no unit after it: 关注用户达28.6万、总阅读量320万; new media write 10w+ / 3.2W. */
// Session 55 (set 50's 37328): a lamp's power in watts (换成150W LED灯具 / 功率250W的钠灯) is no 万. Review 55a: any lamp within four
// characters (50W太阳能路灯 / 150W高压钠灯 / 20W庭院灯 / 100W的LED灯) and 功率 with a word before the figure (功率达到60W).
const SCALED = /(?<![\d.第〔\[【(（])(?<!功率[^，,。；\d]{0,3}\s*)\d+(\.\d+)?\s*(万|亿|[wW](?![a-zA-Z])(?!\s*的?\s*(?:LED|led|[\u4e00-\u9fff]{0,4}(?:灯|光源))))(?![\d年元人次])/;

/** A round figure in words: 近百人、上千人次、数百户、十几个、几十户 (近/上/数/几 + 十百千万 + a unit; 几个 alone is no count). */
const CN_ROUND = /(?<![第])(?:(?:近|上|数|几|逾|超)[十百千万]+|[一二两三四五六七八九]?十几|几[十百千万]+)(?:余|多)?(?:人次|人|户|名|家|场|次|件|起|所|个|份|条|篇|元|万元|车|处|吨|米|公里|亩)/;

/** 阳光花园三期工地 / 二期工程: the phase of a project is part of its name, not a count. */
const PHASE_NOUN = /^(工程|项目|工地|小区|楼盘|地块|标段|安置区|厂房|用地|○|[一二三四五六七八九十]+(?:栋|幢|号楼))/;
/**
 * Session 28 (dust28): 卫生院二期、 / 滨河花园二期等工地 / 锦绣华府三期报送的…: a phase right after the name of a place or a building
 * (its last word a place's: 园 / 府 / 院 / 区 / 城 / 湾 / 苑 / 舍 / 房 / 厂 / 管网 / 市场 …) is the project's name whatever follows
 * (the rulings: names with digits are not data); a count of issues follows a deed or a course (培训班两期 / 开课二十二期 / 办了三期).
 */
const PHASE_OF_PLACE = /(?:[园府院区城湾苑舍房厂网场庭邸居坊港]|交通|治理)$/;
const PHASE_NUMERAL = /^(?:[二三四五六七八九]|\d)$/;
const phase = (text: string, end: number, unit: string, start = -1, figure = '') =>
  unit === '期' && (PHASE_NOUN.test(text.slice(end)) || (start > 0 && PHASE_NUMERAL.test(figure) && PHASE_OF_PLACE.test(text.slice(0, start))));

/** 文明劝导岗八个: a count of things closing its clause (两个维护 stands inside quotes, masked). */
const CN_GE_END = /(?<![第一二三四五六七八九十两]|不止|不只)[两二三四五六七八九]个(?=[，,。；！]|$)/;

/** 点赞破万 / 播放量突破百万: a scale in words after 破/突破/超过. */
const CN_SCALE = /(?<!(?:力争|争取|目标|计划|预计|有望|希望|力求|确保)[^，,。；]{0,8})(?:破|突破|超过|超|逾|达到|达)[一二两三四五六七八九十百千]*万(?![元人户一众事分里物全无能难])/;

/**
 * Session 11 (review): a technical measure (31微克/立方米、50mg/L、26μg/m³、55分贝), a count of groups or posts
 * (下设两个工作组), and a staffing ratio (每个小区配备一名联络员).
 */
const TECH_OR_GROUPS =
  /(?<![\d.第])\d+(?:\.\d+)?\s*(?:微克\/立方米|毫克\/立方米|毫克\/升|微克\/升|mg\/L|mg\/m[3³]|[μµu]g\/m[3³]|[μµu]g\/L|分贝|dB)|(?<![第一二三四五六七八九十两])[两二三四五六七八九十]个(?=工作组|小组|专班|专项组|服务站|服务点|工作站|分队|中队|网格)|每(?:个|一个|户|村|社区|小区|楼栋|网格|学校|班级)[^，,。；]{0,6}(?:配备|配|安排|设|明确)(?:了)?一名/;

/**
 * Session 26 (pest26): a concentration naming a product (4.5%高效氯氰菊酯 / 0.05%氟虫腈胶饵 / 10%吡虫啉可湿性粉剂 / 75%酒精) tells
 * which product was used — its strength is part of its name, not a quantity of the work; what was used or covered told as done
 * (用药32升 / 喷洒16000平方米 / 投放点12处) is. The figure stands right before the substance's name, which ends in a chemical's
 * or a formulation's word (…菊酯 / …敌隆 / …虫腈 / …虫啉 / …剂 / …胶饵 / …毒饵 / 酒精 / 乙醇 / …消毒液). Review after session 27: one 的
 * right after the sign joins them too (2.5%的溴氰菊酯); a 的 further on ends the name (95%的区域喷洒了菊酯).
 */
export const PRODUCT_STRENGTH =
  /(?<![\d.])\d+(?:\.\d+)?\s*[%％]的?(?=(?:(?!的|了|配备|使用|喷洒|投放|覆盖|达到|均|都|已)[\u4e00-\u9fff]){0,8}?(?:菊酯|敌隆|虫腈|虫啉|虫胺|硫磷|乙酸|酒精|乙醇|消毒液|消毒剂|[乳粉颗]剂|[粉乳颗]粒剂|[悬溶]浮剂|可湿性|微乳|胶饵|毒饵|饵剂|杀虫剂|灭鼠剂|消毒片|漂白粉))/g;

/** Session 26 (pest26): a story's apparatus (编辑： / 审核： / 来源： / 责编：) and the reading count it carries. */
const STORY_APPARATUS = /(?:编辑|责编|审核|来源|责任编辑|监制)[：:]/;
const READ_COUNT = /(?:阅读量|浏览量|点击量|阅读|播放量)[：:]?\s*[\d.]+\s*(?:万|[wW]|\+)*/g;

/** 一个半小时 / 两个半月: a duration with a half. */
const HALF = /[一两二三四五六七八九十\d]+个半(?:小时|月|钟头)/;

/**
 * Session 17: a quantity COUNTS or MEASURES something; a number that NAMES or ORDERS is a label, whatever the
 * register: a heading's number in a decimal outline (1.1 / 1.1.1 / 2 概述), a caption or a pointer (表1 / 图2 /
 * 附件2), an identifier or a code (工单编号2026-0312、项目编号QH-2026-015、冀F12345、V2.0、0312-5218806), a
 * session of an assembly (十八届人大五次会议: the fifth sitting, not five sittings), an address (3栋2单元501室).
 * A decimal before a unit that counts whole things (1.1 项目概况、2.3节、4.2 村级站点) is a label too: nobody counts
 * 1.1 items — unless it is scaled (1.2万人) or an average (户均2.3人). Each is blanked (○, one for one) before
 * the tests read the sentence.
 */
const WHOLE_THINGS = '(?:项|条|款|节|章|个(?!百分点|工作日|月|小时|半|多小时)|人(?!次|均)|名|户(?!次|均)|家|所|件|场|次|期|篇|村|社区|小区|部分|栋|幢|处|支|批|份|座|台|辆|张|本|册|类|组|段|种|面|位|车|套|间|盏|棵|株|块|幅|轮|堂|门|首|集|只|艘|架|起|宗|例|封|枚|根|双|盒|瓶|包|桶)';
/**
 * Not a count: no digit, dot or dash goes on, and no 余 / 多 or counter closing the phrase follows (12000余个。 / AED12台，);
 * a counter that opens a noun (冀F12345车辆 / 热线12345人工台 / QH-2026-015项目) leaves the figure a label (review17).
 */
const COUNTED_NOT = `(?![\\d.．\\-—－])(?!\\s*(?:余|多)|\\s*(?:万|千|百)?(?:人次|通|台|只|部|辆|${WHOLE_THINGS})(?:[^\\u4e00-\\u9fff]|$))`;
const LABELS: RegExp[] = [
  // A decimal before a unit of whole things (1.1项目概况 once normalised; 2.3.1 needs nothing: a digit after a dot
  // never starts a quantity) where an outline's number stands: opening the line, an item or a cell. Inside a clause,
  // after what it counts (清运积存垃圾12.5车), a decimal with a counter is a quantity (review17, session 18); a part of a
  // text (3.2节 / 2.1条 / 4.3部分) is a label wherever it stands.
  new RegExp(`(?<![\\d.．])(?<!(?:均|每|平均)[^，,。；]{0,8})(?:(?<=(?:^|[\\s、，,。；;｜|●▲◆■□·•])[（(]?)\\d+[.．]\\d+(?=\\s*${WHOLE_THINGS})|\\d+[.．]\\d+(?=\\s*(?:节|章|条|款|部分)))`, 'g'),
  // 表1 / 图2 opening a caption (表1项目资金) or standing as a reference (如图2所示), not a count of forms (统计表3份).
  /^\s*(?:表|图|附表|附图)\s*\d+(?:[.．\-—－]\d+)*|(?:表|图)\s*\d+(?:[.．\-—－]\d+)*(?=\s|[：:、，,。；）)]|所示|中|$)/g,
  // A number after the noun that calls it an identifier (编号2026-0312 / 工单号 / 附件2 / 序号3 / 车牌 / 版本号).
  // Session 39 (set 34): a tag's or a card's number (耳标号3714260018起 / 卡号 / 流水号), its run of digits told from where.
  /(?:编号|编码|代码|单号|工单号|批号|案号|证号|牌号|车牌号?|房号|门牌号?|序号|附件|附表|附图|版本号?|耳标号|卡号|流水号)[：:为是\s]*[A-Za-z\d]+(?:[.．\-—－/][A-Za-z\d]+)*/g,
  // A telephone, hotline or account number: five digits or more, or dashed (电话0312-5218806; 回访电话50余次 and
  // 热线12600件, a number with its counting unit, are counts).
  /(?:电话|手机|热线|号码|账号)[：:为是\s]*(?:\d{5,}|\d+(?:[-—－]\d+)+)(?![\d-—－]|\s*[万千百]?\s*[余多]?\s*(?:件|个|次|条|户|起|宗|单|通|位|名|家))/g,
  // Session 41 (set 36): a licence plate with its separator dot (冀E·30957 / 冀E·9L276) and a road's chainage (K2+600 / K14+200):
  // names of a vehicle and a point on a road, not counts (the rulings: 车牌 号 and 路段 桩号 no data).
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]\s*[·•・.]?\s*[A-Z\d]{5,6}(?![A-Z\d])|(?<![A-Za-z])[Kk]\d+\s*[+＋]\s*\d+(?:[.．]\d+)?/g,
  // A code led by Latin letters (QH-2026-015 / 冀F12345 / V2.0 / G318), not a unit after a figure (mg/m3).
  // A counter after it makes the figure a count of the thing the letters name (配置AED12台: review17).
  new RegExp(`(?<![A-Za-z/\\d.])[A-Za-z]{1,6}[-—－]?\\d+(?:[.．\\-—－]\\d+)*${COUNTED_NOT}`, 'g'),
  // Session 52 (set 46's 35322): a code whose number has a leading zero (NG-07段 / A03区) names a section, whatever counter follows.
  /(?<![A-Za-z/\d.])[A-Za-z]{1,6}[-—－]?0\d+(?:[.．\-—－]\d+)*/g,
  // A code joined by dashes: three parts, a part with a leading zero, or a year and a serial (2026-0312、0312-5218806).
  /(?<![\d.])\d+(?:[-—－]\d+){2,}|(?<![\d.])0\d+[-—－]\d+|(?<![\d.])\d+[-—－]0\d+|(?<![\d.])(?:19|20)\d{2}[-—－]\d{3,}/g,
  // 十八届人大五次会议 / 十一届三次全会: the sitting of an assembly's term.
  /(?<=届[^，,。；\d一二三四五六七八九十]{0,8}?)[一二三四五六七八九十\d]+(?=次(?:全体)?(?:会议|全会|大会))/g,
  // Session 20: a clock time (19:20 / 8：30—11：30 / [00:06:00]) names a moment of the day: 19:20社区党委书记讲话 counts no 社区.
  /(?<![\d.．:：])(?:[01]?\d|2[0-4])\s*[:：]\s*[0-5]\d(?:\s*[:：]\s*[0-5]\d)?(?![\d.．])/g,
  // 3栋2单元501室 / 5号楼3单元 / 2单元301室: an address.
  /\d+\s*(?:栋|幢|号楼)\s*\d+\s*单元(?:\s*\d+\s*(?:室|号|户))?|\d+\s*单元\s*\d+\s*(?:室|号)|\d+\s*(?:层|楼)\s*\d+\s*(?:室|号)/g,
  // Session 44 (train 16313 / 16345): a container's size names its kind (240升分类垃圾桶 / 分类垃圾桶（240升） / 分类垃圾桶｜240升｜东片…: the rulings — a
  // spec is part of the item's name), not a quantity of the work; how many were set out (投放…12个) is.
  /(?<![\d.])\d+\s*(?:升|L)(?=\s*[\u4e00-\u9fff]{0,4}?(?:垃圾桶|垃圾箱|桶|箱|罐))|(?<=(?:垃圾桶|垃圾箱|桶|箱|罐)\s*[｜|（(]\s*)\d+\s*(?:升|L)(?=\s*(?:[｜|）)]|$))/g,
];
/**
 * A flattened table's row (城区道路（条）｜62｜62｜0 / 道路总长（公里）｜118.6): a figure in a cell counts or measures in the
 * unit its row's label names in brackets (session 18, tuned on the 统计分析 register 9501–9585 after its check).
 */
const ROW_UNIT = /[（(]([^（()）｜|\d一二三四五六七八九十]{1,4})[)）]\s*[｜|]\s*[+\-]?(\d+(?:[.．]\d+)?)/g;
/** A heading led by a bare number (2 概述 / 3 人员配备, read as 2概述 once normalised): the outline's own number. */
const OUTLINE_HEAD = /^\s*\d{1,2}(?=\s*[\u4e00-\u9fff])/;

export function maskLabels(text: string, heading?: boolean): string {
  let out = text;
  for (const re of LABELS) out = out.replace(re, (m) => '○'.repeat(m.length));
  if (heading === true && OUTLINE_HEAD.test(out)) out = out.replace(OUTLINE_HEAD, (m) => '○'.repeat(m.length));
  return out;
}

export const data: ElementTest = ({ text, heading }) => {
  // Words in quotes are names (“1个中心+N个站点”模式、“三个一百”工程), not quantities.
  // 三轮车 / 两轮电动车 / 四轮摩托 name a kind of vehicle, not a count of rounds.
  // Session 21 (mood21): a figure in a clause that claims nothing (还有3处没有完成 / 如果…将增设2个) is no data of work done.
  let masked = maskTitles(maskLabels(maskUnclaimed(text), heading))
    // Ⅲ—19 / Ⅱ-3-2: an indicator's code is a name, not a count (session 13).
    .replace(/[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[—\-－–.．]+\s*\d+(?:[—\-－–.．]\d+)*/g, (c) => '○'.repeat(c.length))
    // 12121天气热线 / 3节约: a one-character unit that begins another word (天气 after a service number of four digits or more —
    // 连续3天气温偏高 is three days —, 节约、次日、家长、门诊) is no unit; 3次日常巡查 is three rounds.
    .replace(/\d{4,}(?=天(?:气|然|津|空|桥|文|地|使))|\d+(?=节(?:约|能|水|日|假|点|目|庆)|次(?:日(?!常)|年)|家(?:长|庭|属|乡)|门(?:诊|户|票|店|面|口))/g, (d) => '○'.repeat(d.length))
    .replace(PRODUCT_STRENGTH, (d) => '○'.repeat(d.length))
    .replace(/“[^“”]{1,15}”/g, (q) => '“' + '○'.repeat(q.length - 2) + '”')
    .replace(/[两二三四独\d]轮(?=车|电动|摩托|自行|童车|机动)/g, '○○')
    // Session 52 (set 47's 二次供水 register): 二次 naming a kind (二次供水 / 二次加压 / 二次污染 / 二次分拣) is no count of times.
    .replace(/(?<![第\d一二三四五六七八九十两])二次(?=供水|加压|污染|供暖|装修|分拣|利用|分配|创业|元|开发|回收|水箱|伤害|事故|灾害|返贫|感染)/g, '○○')
    // 第3—5期 / 第2至4届: the 第 of an ordinal range governs both ends — the second number is an ordinal too (session 19: a
    // 简报 gathering several issues), not a count of issues.
    .replace(/(?<=第\s*[\d一二三四五六七八九十]+\s*(?:[期届批号轮次]\s*)?(?:[—\-－–~～]|至|到)\s*(?:第\s*)?)[\d一二三四五六七八九十]+/g, (d) => '○'.repeat(d.length))
    // 十四五期间 / “十三五”规划: a plan period is a name, not a count of periods.
    .replace(/十[一二三四五六]五(?=”?(?:期间|规划|时期|末|初|以来|开局))/g, '○○○')
    // 东关村3组 / 幸福小区5号楼 / 二队: a place named with its number is an address, not a count.
    .replace(/(?<=[\u4e00-\u9fff](?:村|屯|庄|寨|湾|社区|小区|花园|家园|新村|街|巷|路|大街|大道|队|期|院))\d+(?=(?:组|队|社|号|单元|巷|弄|区)|(?:栋|幢|排|楼)(?![老楼住房居民]))/g, (d) => '○'.repeat(d.length))
    // 以百分之百的热情 / 100%的干劲 / 十倍的努力: a figure of speech for an attitude, not a quantity.
    // Session 25 (precision25): a time or a price opening a shop's name (7天连锁酒店 / 24小时便利店 / 10元店) names the shop; 3家
    // 便利店 counts shops.
    .replace(/(?<![\d.])\d+(?=\s*(?:天|小时|元|度)(?:连锁|酒店|快捷酒店|宾馆|便利店|超市|餐厅|药房|书店|影城|商店|店(?![铺面])))/g, (d) => '○'.repeat(d.length))
    // Session 25 (precision25): a count in brackets after what it counts (红榜（15户） / 参训人员（120人）) is a count; the bracket
    // alone kept findDataPoints from reading it. An item number (（2）) has no unit and stays none. Session 26 (review26): not
    // after an attachment (详见附件（3份） / 附表（2张）): the bracket counts the pointer's papers, no data of the work.
    .replace(/(?<=[\u4e00-\u9fff])(?<!附件|附表|附图|附录|附页|材料|资料)[（(](?=\d+(?:\.\d+)?\s*[万千百]?\s*[余多]?\s*[\u4e00-\u9fff%％]{1,3}[）)])/g, ' ')
    .replace(/(?:百分之[百两二]百?|(?<![\d.])[12]00\s*[%％]|(?<![\d.])\d+\s*倍|[一二两三四五六七八九十百千万]+倍)(?=的?(?:热情|干劲|诚意|努力|精力|信心|决心|责任心|用心|耐心|热忱|精神|状态|投入|劲头|力气))/g, (m) => '○'.repeat(m.length));
  // 24小时畅通 / 24小时值守 describe a service's hours, not a quantity of work.
  // 一米线 written 1米线 is a courtesy line, 15元宵 a festival.
  // Session 26 (pest26): a news story's apparatus line (编辑：…审核：…阅读量：2.1万): its reading count is the medium's, no data of the
  // unit's work (the rulings: 来源 / 编辑 / 审核 lines and 阅读量 apparatus).
  if (STORY_APPARATUS.test(masked)) masked = masked.replace(READ_COUNT, (m) => '○'.repeat(m.length));
  const dp = findDataPoints(masked).find((d) => !phase(masked, d.index + d.text.length, d.unit, d.index, d.text.replace(/\s*期$/, '')) && !(d.unit === '米' && masked[d.index + d.text.length] === '线') && !(d.unit === '元' && /[旦宵]/.test(masked[d.index + d.text.length] ?? '')) && !(d.unit === '小时' && /^(畅通|值守|值班|在线|开放|不间断|接听|服务|运行|热线|监控|守护|响应)/.test(masked.slice(d.index + d.text.length))));
  if (dp) return dp.text;
  // 城区道路（条）｜62｜62｜0: a flattened table's row, its unit in its label's brackets and its figures in the cells.
  for (const m of masked.matchAll(ROW_UNIT)) if (findDataPoints(`${m[2]}${m[1]}`).length > 0) return m[0];
  const classified = CLASSIFIER.exec(masked);
  if (classified) return classified[0];
  const scaled = SCALED.exec(masked);
  if (scaled) return scaled[0];
  for (const cn of masked.matchAll(new RegExp(CN_QUANTITY.source, 'g'))) if (!phase(masked, (cn.index ?? 0) + cn[0].length, cn[cn.length - 1], cn.index ?? 0, cn[0].slice(0, -1))) return cn[0];
  const percent = CN_PERCENT.exec(masked);
  if (percent) return percent[0];
  const tens = CN_TENS_GE.exec(masked);
  if (tens) return tens[0];
  const round = CN_ROUND.exec(masked) ?? HALF.exec(masked) ?? CN_GE_END.exec(masked) ?? CN_SCALE.exec(masked) ?? TECH_OR_GROUPS.exec(masked);
  return round ? round[0] : null;
};
