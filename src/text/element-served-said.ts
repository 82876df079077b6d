/**
 * Session 26 (visits26): outcomes told in the unit's own records of its visits, its 家校 work and its group chat (the
 * twenty-fourth set's rulings: 家长反馈 telling a change in the child is an outcome; a visit's 小结 telling what the people
 * visited say has changed; a superior's 通报表扬 passed on in the group).
 *
 *  - `servedSaidChange`: someone the unit serves says or reports a change reached in themselves or their place (小涛妈妈说孩子
 *    说脏话的毛病改了 / 住户反映楼道烟味没了 / 家长反馈孩子放学后主动写作业了): an effect on people, told as reached. Not a
 *    problem they bring (居民反映楼道灯坏了 / 问题：家长说孩子不愿上学了: no change word, or a problem's cell), not a wish (希望…).
 *  - `praiseNotified`: a county's, city's or province's body praising the unit in a notice (县卫健局发来通报，表扬我院… /
 *    县委宣传部通报表扬了文联的… / 在群里通报表扬了), or the unit's post scoring the top mark in a superior's review
 *    (窗口测评满分 / 考评中列第一): a recognition. 通报批评 is none; an award to people (对…志愿者通报表扬) is the unit's own.
 */
import { PEOPLE } from './element-result-classes.js';

// 专家 / 作家 / 大家 are no household speaking (session 27): 家 names a household only after a name (小军家 / 王家).
// Session 48 (train 19305, 14720): 家庭, 老同志 and 老干部 too (参与家庭普遍反映…更清楚了 / 老同志们说…心里暖和).
const SPEAKER = `(?:${PEOPLE}|家庭|老同志|老干部|妈妈|爸爸|母亲|父亲|家人|师傅|[\\u4e00-\\u9fff](?<![专作画书大国行])家(?![长属庭人]))们?`;
// Said, reported or fed back, right after the speaker or a few words on (家长在群里反馈，… / 王子豪家长：孩子…): the key form is a
// speaker's name and its colon.
const SAID = new RegExp(`${SPEAKER}(?:[^，,。；说：:]{0,8}?(?:纷纷|都|也|普遍)?(?:说(?!话)|反映|反馈|表示)(?!问题|的问题|诉求|希望|要求|建议)[，,：:]?|[：:])`, 'g');
/** A problem gone or a state bettered, told reached (改了 / 没了 / 有了笑容 / 踏实了). */
// Session 42 (train 24041): or taken as family, or a feast day told the happiest (家属说残联把他们当成了一家人 / 说“今年元宵过得最开心”).
// Session 46 (set 41): or treated as family, helped a great deal, warmed, kept in mind, or a fault gone in use (军属们说“村里把我们当亲人” /
// 老兵们说“服务站帮了大忙” / 表示“…很暖心” / 农户反映冲水顺畅、无返味); each with its own negation, demand or wish refused (the review:
// 不拿我们当亲人 / 没人放在心上 / 不是很贴心 / 要把我们当亲人 / 无异味处理设施).
// Session 48 (train 19305, 14312, 14720): or clearer to them now (对…要求更清楚了 / 比以前明白了), someone there for them now (孩子周末
// 有人辅导作业了), or warmed (心里暖和).
const GONE = /(?<![不没未别])(?:(?:更|更加|比以前|比过去)(?:清楚|明白|熟悉|了解)了|有人(?:管|辅导|照看|陪|帮|教)(?:(?!不)[^，,。；]){0,6}了|心里(?:暖和|热乎|亮堂|敞亮)(?!不)|改了|改掉了|没了|好多了|有了笑容|踏实了|方便了|放心了|省心了|干净了|安静了|舒服了|解了[^，,。；]{0,4}之急|(?<!没被|不被|未被|没有被)当成了?(?:一家人|亲人|自家人)|(?<!(?:没有?|不|要|应|应该|希望)[把拿][^，,。；]{0,6})当(?:作|做)?(?:一家人|亲人|自家人)(?!看待?吗)|(?<!没|没有|不)帮了(?:大忙|我们大忙|我家大忙)|(?<!不是|不够|不)(?:很|真|特别|太|挺)(?:暖心|贴心|温暖)|(?<!没人|没有人|不|没|未|要|应)(?:放在心上|记在心上)|顺畅了|通畅了|(?:没有?|无)(?:异味|臭味|返味)(?:了|(?=[，,。；、！!]|$))|过得(?:最|很|真|特别|挺)(?:开心|舒心|踏实|温暖|高兴))/;
/**
 * A new habit or a habit dropped (愿意上学了 / 主动写作业…了 / 不整天抱着手机了), told reached (了), not promised (表示愿意配合). 会 / 能
 * only after the one who changed (孩子会… / 她能…): 朗读会 / 家委会 are names.
 */
const HABIT_BEGUN = /(?<![不没未别])(?:愿意|主动|开始|(?<=(?:孩子|他|她|们|也|都|还|现在|已经|自己)[^，,。；会能]{0,4})(?:会|能))[^，,。；]{1,12}(?=[^。；;！!？?]*了)/;
/**
 * A habit or a state dropped (不再… / 再也不… / 不整天抱着手机了 / 等候不那么焦急了): session 27 (review27) — think in direction:
 * what is dropped must not be a good habit or a daily duty (不吃早饭了 / 不锻炼了 / 不上学了 / 不来了 are things lost). The
 * stretch before 了 is bounded (no quadratic lookahead on raw input).
 */
// Session 45 (set 40): or no longer needing to (职工反映车间里说话不用再扯着嗓子喊).
const HABIT_DROPPED = /不再|不用再|不必再|无需再|用不着再|再也不|(?<![要想希])不[^，,。；不]{1,8}了(?=[，,。；;！!]|$)/;
const GOOD_DROPPED = /吃(?:早|午|晚)?饭|早饭|早餐|锻炼|运动|上学|上课|写作业|做作业|学习|读书|看书|睡觉|说话|理人|听话|刷牙|洗澡|劳动|干活|出门|回家|来了|去了|管了/;
/** A worse habit begun (开始逃课了 / 主动要钱了): a change for the worse is no outcome. */
const BAD_HABIT = /逃课|逃学|旷课|厌学|迟到|早退|打架|骂人|脏话|抽烟|吸烟|喝酒|酗酒|熬夜|撒谎|说谎|偷|赌|玩手机|打游戏|玩游戏|网吧|挑食|哭闹|发脾气|顶嘴|攀比|乱|不[^，,。；]{0,4}(?:学|听|做|写|吃|睡|回)/;
/**
 * Session 27 (review27): what is gone is a good of theirs lost (停车位没了 / 生意没了): their livelihood or an amenity lost is a
 * change for the worse, no outcome.
 */
const GOOD_LOST = /(?:车位|座位|生意|收入|工作|饭碗|活儿?干?|客人|顾客|客源|收成|补贴|钱|地方|场地|绿地|路灯|公交|站点|学位|名额)[^，,。；]{0,4}没了/;
/** A condition, a wish or a forecast before the change: no change told reached (如果整改到位，群众就放心了). */
const NOT_REACHED = /如果|假如|倘若|要是|只要|一旦|(?<![比例])如(?![今期实此何同厕])|若|希望|期望|期待|争取|力争|预计|预期|将会|将要|会不会|能否|能不能/;
/** Fed back after the work (反馈 / 反映), a new habit needs no 了: 家长反馈，孩子…主动承担洗碗等家务. */
// Session 42 (set 37): or a child now reminding or dissuading the grown-ups (家长反馈，孩子回家会提醒大人出门关阀).
const HABIT_FED_BACK = /(?<![不没未别])(?:主动|自觉|坚持|(?<=(?:孩子|学生|他|她|们)[^，,。；会能]{0,4})会(?=提醒|劝|教|告诉|督促))[^，,。；]{1,12}/;
/**
 * Session 48 (train 18219): after 说 (not 反馈), only a child or a pupil now reminding or dissuading the grown-ups (家长说孩子在景区会提醒
 * 家人把垃圾带走): 他 / 她 会… after 说 is as often the speaker's own promise (家长说他会督促孩子).
 */
const CHILD_REMINDS = /(?<![不没未别定该许能后来])(?<=(?:孩子|学生|孩子们|学生们)[^，,。；会能]{0,4})会(?=提醒|劝)[^，,。；]{1,12}/;
/** Those served approving as one (职工普遍认同 / 村民都叫好): a reaction reached. */
const APPROVED = new RegExp(`(?:${PEOPLE})们?(?:普遍|都|一致|纷纷)(?:认同|认可|赞同|称赞|叫好|点赞|拥护)`);
/** Approval wished or aimed at, not reached (希望群众普遍认同 / 力争让群众普遍认可); 整治使群众普遍认可 is reached. */
const APPROVAL_AIMED = /(?:希望|期望|期待|争取|力争|力求|要|以期)[^，,。；]{0,6}$/;
/** A habit of those served changed, told as before and now (过去村里办丧事动辄几十桌，如今大多数家庭主动简办). */
// Session 42 (train 23869): the change may come a clause after 现在 (以前嫌我“多管闲事”，现在新租客一来，他就主动给我打电话).
const BEFORE_NOW = /(?:过去|以前|原来|从前|往年)[^。；]{2,30}?[，,；]\s*(?:如今|现在)[^。；]{0,16}?(?:主动|自觉|都已?|大多|普遍|不再|已经)[^，,。；]{1,12}/;
/** The now-part telling nothing changed (现在大多数路段依然存在 / 现在都还是这样). */
const UNCHANGED = /依然|依旧|仍然|仍旧|仍|还是|还在|照旧|照样|存在|没有?变|未变/;
/** A saving reached for those served, counted (每对节省开支约5万元 / 户均节省2000余元). */
const SAVED = /节省(?:开支|费用|开销|花费|资金)?(?:约|近|超过)?[\d一二三四五六七八九十两百千万.]+\s*(?:余|多)?\s*万?元/;
/** A saving forecast or targeted (预计…可节省 / 力争每户节省): not reached. */
const SAVING_AIMED = /预计|预期|预测|估计|力争|争取|目标|计划|拟|将(?:会|可|能|要)|有望|可望|可以?(?=节省)|能够?(?=节省)/;
/** What a problem's words say: the change word inside a complaint (坏了 / 吵 / 不愿 …) is none. */
const COMPLAINT = /坏|吵|乱|脏|臭|难|欺负|不愿|不肯|不想|沉迷|跳闸|投诉|问题|希望|想要|能不能|怎么/;
/** The cell or key the words stand in is a problem's or a request's (问题：… / 反映问题：… / 诉求：…). */
const PROBLEM_CELL = /(?:问题|诉求|需求|困难|事由|反映内容|来电内容)[^｜|：:]{0,4}[：:][^｜|]*$/;

export function servedSaidChange(text: string): string | null {
  SAID.lastIndex = 0;
  for (let m = SAID.exec(text); m !== null; m = SAID.exec(text)) {
    // The cell the speaker stands in, read back to its start or 200 characters (bounded on raw input).
    const back = text.slice(Math.max(0, m.index - 200), m.index);
    if (PROBLEM_CELL.test(back.slice(Math.max(back.lastIndexOf('｜'), back.lastIndexOf('|')) + 1))) continue;
    // The clause said is read to its sentence mark, bounded: a speaker's words are short (no quadratic scan on raw input).
    const clause = /^[^。；;！!？?]{0,80}/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))![0];
    // A problem gone names the problem (说脏话的毛病改了); a habit is read without complaint words before it (不愿…了 is one).
    const gone = GONE.exec(clause);
    if (gone && !GOOD_LOST.test(clause.slice(0, gone.index + gone[0].length)) && !NOT_REACHED.test(clause.slice(0, gone.index))) return m[0] + clause.slice(0, gone.index + gone[0].length);
    const begun = HABIT_BEGUN.exec(clause);
    if (begun && !COMPLAINT.test(clause.slice(0, begun.index + begun[0].length)) && !BAD_HABIT.test(begun[0]) && !NOT_REACHED.test(clause.slice(0, begun.index))) return m[0] + clause.slice(0, begun.index + begun[0].length);
    const dropped = HABIT_DROPPED.exec(clause);
    if (dropped && !COMPLAINT.test(clause.slice(0, dropped.index)) && !GOOD_DROPPED.test(dropped[0]) && !NOT_REACHED.test(clause.slice(0, dropped.index))) return m[0] + clause.slice(0, dropped.index + dropped[0].length);
    const fed = /反馈|反映|[：:]$/.test(m[0]) ? HABIT_FED_BACK.exec(clause) : /说[，,]?$/.test(m[0]) ? CHILD_REMINDS.exec(clause) : null;
    if (fed && !COMPLAINT.test(clause.slice(0, fed.index + fed[0].length))) return m[0] + clause.slice(0, fed.index + fed[0].length);
  }
  const approved = APPROVED.exec(text);
  if (approved && !APPROVAL_AIMED.test(text.slice(0, approved.index))) return approved[0];
  const saved = SAVED.exec(text);
  if (saved && !SAVING_AIMED.test(text.slice(Math.max(...['，', ',', '。', '；'].map((c) => text.lastIndexOf(c, saved.index))) + 1, saved.index))) return saved[0];
  const before = BEFORE_NOW.exec(text);
  if (before && !UNCHANGED.test(before[0].slice(before[0].search(/如今|现在/)) + /^[^，,。；]{0,12}/.exec(text.slice(before.index + before[0].length))![0])) return before[0];
  return null;
}

const SUPERIOR = '(?:县|市|省)[^，,。；“”对向在]{1,10}?(?:办|委|部|局|中心|指挥部)';
const NOTIFIED = new RegExp(
  `${SUPERIOR}[^。；]{0,30}?(?:(?<!批评)通报表扬|通报[，,]\\s*表扬(?:了)?(?:我|本|该|[^，,。；]{0,8}(?:的工作|做得)))|${SUPERIOR}[^。；]{0,40}?(?:测评|考评|考核|验收|检查)[^，,。；]{0,6}?(?:满分|(?:列|排|居)[^，,。；]{0,6}第一|被?评为?[“"]?优秀)|(?:在群里|在全县|全县)通报表扬了?`,
);
const TO_PEOPLE = /(?:对|向|给)[^，,。；]{0,24}(?:志愿者|家庭|个人|先进|典型|模范|标兵|之星|商户|人员|党员|学生|职工|干部|教师|户)(?:们)?(?:予以|给予|进行)?通报表扬/;

/**
 * Session 27 (review27): the praise is the unit's — not others' with the unit left out (通报表扬了5家单位，我院未在其列 / 全县通报
 * 表扬了10个先进村), not aimed at (争取得到…通报表扬), not a rating denied (未被评为优秀).
 */
const OTHERS_PRAISED = /^了?\s*[\d一二三四五六七八九十两百]+\s*(?:个|家|所|名|位|户|处|支)/;
// Session 29 (review29): a failure or an aim told of the unit (我局未能上榜 / 我局力争入选) is no place among them.
// Session 30 (review30): nor a place undecided — asked (我局是否在列 / 能否入选) or hoped for (有望 / 可望 / 或将 入选).
const NOT_AMONG = /(?:我|本)[^，,。；]{0,4}(?:未|不|没有?)(?:能|在|被|列|入|获|上)|(?:我|本)[^，,。；]{0,4}(?:是否|能否|可否|会否|有无|有没有|会不会|能不能|有望|可望|或将|或许|可能|估计|预计)[^，,。；]{0,4}(?:入选|上榜|在列|其中|其列|入围|列入)|(?:我|本)[^，,。；]{0,4}(?:力争|争取|力求|希望|期望|期待|想|要|将|拟)[^，,。；]{0,4}(?:入选|上榜|在列|其中|其列)|(?:没有|不含|不包括|未含)(?:我|本)/;
/** Review after session 27: the unit told among those praised, however said (其中我局 / 我局名列其中 / 我局榜上有名 / 本院也在其列). */
const AMONG = /(?:其中|包括|含)(?:我|本)|(?:我|本)[\u4e00-\u9fff]{0,3}(?:也|亦|均)?(?:名列其中|位列其中|在其中|在其列|在列|榜上有名|赫然在列|入选|上榜)/;
const PRAISE_AIMED = /(?:争取|力争|力求|希望|期望|期待|以期|目标是?|努力)[^，,。；]{0,6}$/;

export function praiseNotified(text: string): string | null {
  const m = NOTIFIED.exec(text);
  if (!m || /批评|约谈|(?:未|没有?|不)被?评/.test(m[0]) || TO_PEOPLE.test(text)) return null;
  if (NOT_AMONG.test(text) || PRAISE_AIMED.test(text.slice(0, m.index))) return null;
  if (OTHERS_PRAISED.test(text.slice(m.index + m[0].length)) && !AMONG.test(text)) return null;
  return m[0];
}
