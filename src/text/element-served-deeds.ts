/**
 * Session 26 (visits26): 具体措施 in the unit's own records of its service — a 走访日志 / 民情日记, a 家校共育 record, a 工作群
 * export, a 评价汇总 with the unit's replies (the twenty-fourth set's rulings, in their words): a visit to residents told as done
 * (入户走访、上门家访、随访、送教上门) is a concrete action; a 家长会 held is the school's measure; the unit's handling told as
 * done its measure — a lesson given (给班里上了法治课), a point set up for those served (在人民广场设宣传点), a fix made for
 * what those served raised (家长提出的…问题，学校当周即调整了菜谱). Not a visit to the unit (来访 / 接待来电来访), not what is
 * pending or only logged (已登记 / 已转交 / 待安排), not a request's or a problem's cell (问题：… / 诉求：…), not an intention.
 */
import { EACH_SUBJECT, othersDeedClause, ownSubjectWide } from './element-others-deeds.js';
import { beforeIntention } from './element-shared.js';

/** A visit to those served, told as done (入户走访困难群众 / 上门家访 / 随访独居老人 / 送教上门23户); 走访的残疾人家庭 / 电话回访的服务对象 name those visited. */
const VISIT = /(?:(?:入户|上门|登门)(?:走访|家访|随访|回访|探访|慰问|送教|送医|送药|服务|宣讲|讲解|核实|调解|劝导|动员|做工作|做思想工作)|送(?:教|医|药|法|餐|书)上门|(?<![来接])(?:家访|走访|随访|回访|探访)(?=了?[^，,。；的]{0,12}(?:户|家|人|名|位|次|老人|学生|对象|群众|居民|村民|住户|商户|工商户|家庭|患者)))(?!的)/;
/** A meeting with those served, held (召开毕业年级家长会 / 召开了家长代表座谈会 / 召开居民议事会). */
const SERVED_MEETING = /召开了?[^，,。；]{0,12}?(?:家长会|(?:家长|群众|居民|村民|住户|商户|游客|患者|学生)[^，,。；]{0,6}?(?:座谈会|座谈|恳谈会|议事会|见面会|说明会))/;
/** A lesson given by the unit's people (给班里上了法治课 / 到县一中上法治课 / 检察官讲了一堂安全课). */
const LESSON = /(?:上了?|讲了?|开了?|送)(?:一堂|一节|一次)?[^，,。；了课]{2,8}课(?![题程时表])/;
/** The timetable's own lessons (正常上了语文课 / 照常上课): a school's routine teaching, no measure for those served. */
const TIMETABLE = /正常|照常|如常|按课表|(?<![\u4e00-\u9fff])(?:语文|数学|英语|物理|化学|生物|历史|地理|科学|音乐|美术|体育|信息技术)课|(?<=(?:上了?|讲了?|一节|一堂|节|堂|的)\s{0,2})(?:语文|数学|英语|物理|化学|生物|历史|地理|科学|音乐|美术|体育|信息技术)课/;
/**
 * Review after session 27: the timetable is a school's own — a subject's lesson is routine only in a school's report and only
 * named as the subject (上了语文课); a lesson others give the school's pupils (消防员…上了一堂消防科学课 / 县文化馆老师…上了音乐课)
 * or a lesson named by its theme before the subject (红色历史课) is the giver's activity.
 */
// Session 29 (review29): a school by its short name, its number and 小 / 中 (城关二小 / 县一中 / 实验小学's 实小 / 附小).
const SCHOOL_UNIT = /(?:学校|小学|中学|幼儿园|学院|[^办]校|(?:[一二三四五六七八九十]|实|附|中心)[小中]|职中|高中|初中)$/;
/** A point or post set up for those served (在人民广场设宣传点 / 设出租车调度员岗 / 设立流动办税点). */
const POINT = /(?<![假建开预下内])设(?:了|立了?|置了?)?[^，,。；设]{0,10}?(?:宣传点|服务点|咨询点|办税点|服务站|服务台|咨询台|调度员?岗|志愿岗|劝导岗|专区|便民点)/;
/** A fix for what those served raised, told done: …提出的…问题，学校当周即调整了菜谱 / 幼儿园当周作了调整. */
const RAISED = /(?:提出|反映|反馈|意见|建议|投诉|诉求)/;
/**
 * A deed called off, closed or only planned once (因故取消 / 便民点已经撤销 / 原定…召开): nothing done for those served. 下设 / 内设
 * (the unit's structure) is no point set up (POINT's lookbehind).
 */
const CALLED_OFF = /取消|撤销|撤除|撤掉|撤并|停办|叫停|暂停|延期|推迟|改期|原定|原计划/;
/** A fix demanded or set as a condition, not told done (做到及时处理 / 要及时处理 / 如群众反映…，当天即修复). */
const FIX_DEMANDED = /做到|(?<!为)确保|力争|力求|(?<!为)保证|务必|(?:^|[，,；;｜|：:])(?:如|若|凡|如果|倘若|一旦|只要)/;
const FIX = /(?:当周|当天|当即|随即|立即|马上|及时|次日|第二天|很快)(?:即|就)?(?:作了|做了|进行了)?(?:调整|整改|更换|修复|修好|维修|改进|增设|加装|解决|处理)了?/;
/** A modal, a condition, a future or a negation in the deed's clause: no deed told done. */
const MODAL = /未|没有?|不|拟|将|待|计划|准备|打算|想|希望|如果|若|倘若|一旦|(?<![需重主只纪提摘概首简必扼险显])要(?!求)|必须|应当|应该|(?<![无毋])须|需要/;
/** Only logged or passed on, or pending: office routine, nothing done for them yet. */
const ROUTINE = /^[^，,。；]*(?:已登记|已转交|已上报|已报|待安排|待处理|待定|暂未|尚未|未处理|未办)/;
/** The cell the words stand in is a problem's or a request's (问题：… / 诉求：… / 反映问题：…). */
const PROBLEM_CELL = /(?:问题|诉求|需求|困难|事由|反映内容|来电内容|意见建议|建议)[^｜|：:]{0,4}[：:][^｜|]*$/;

/** `sentence`: the sentence as written, where what those served raised is read (their clause may be blanked in `text` as theirs). */
/** A delay told and the deed then told done (推迟一周召开了家长会 / 延期至6月举办了…): held later, not called off. */
const DELAYED = /推迟|延期|改期/g;
function calledOff(clause: string, deed: string): boolean {
  if (!CALLED_OFF.test(clause)) return false;
  if (CALLED_OFF.test(clause.replace(DELAYED, '□'))) return true;
  // Session 29 (review29): the delay's own 了 (推迟了一个月) tells the delay done, not the deed held.
  return !/了/.test(deed + clause.replace(/(?:推迟|延期|改期)了/g, '□'));
}
/**
 * The clause at `at` is another party's: its own or one before it in the sentence (部分居民自行联系家政公司，自费购买上门服务: the party's
 * own deed carries its subject on), up to a clause opening with the unit's own word, people or tier (ownSubjectWide).
 */
function othersUpTo(text: string, at: number, deedEnd: number, title: string): boolean {
  const start = Math.max(...['。', '；', ';'].map((c) => text.lastIndexOf(c, at))) + 1;
  const end = text.slice(at).search(/[，,。；;]|$/);
  const clauses = text.slice(start, at + end).split(/[，,]/);
  // The deed's own clause anyone else's (a visitor's check included), read up to the deed's end: a party named after it is whom the
  // deed reaches (执法中队入户劝导居民自行处置… is the unit's), a register's row whole (its cells are one record). One before it carries
  // only a party's own deed or a third's.
  const last = clauses[clauses.length - 1]!;
  const own = /[｜|]/.test(last) ? last : last.slice(0, last.length - (at + end - deedEnd));
  if (othersDeedClause(own, title) !== null) return true;
  // Session 57 (set 52's 38508): 自行 in the deed's clause after the places of a kind as the subject (各学校根据县里通知，在班会上自行开设…).
  const prev = clauses[clauses.length - 2];
  if (prev !== undefined && EACH_SUBJECT.test(prev) && !ownSubjectWide(prev, title) && /自行|自主|自发/.test(own)) return true;
  let carry = false;
  for (const clause of clauses.slice(0, -1)) {
    const kind = othersDeedClause(clause, title);
    if (kind !== null) carry = kind === 'own' || kind === 'third';
    else if (ownSubjectWide(clause, title)) carry = false;
  }
  return carry && !ownSubjectWide(clauses[clauses.length - 1]!, title);
}
const MATCHES_READ = 8;
export function servedDeed(text: string, sentence = text, title = ''): string | null {
  // No title known: read as a school's (the timetable test as before).
  const school = title === '' || SCHOOL_UNIT.test(title.split('关于')[0]!);
  const told = beforeIntention(text);
  for (const pattern of [VISIT, SERVED_MEETING, LESSON, POINT]) {
    // Session 49 (the review): each match, not the first only (部分居民自行购买上门服务，网格员随后上门走访…: the first is theirs) — up
    // to MATCHES_READ of them, since each reads the text before it (a hostile text of thousands would be quadratic).
    let read = 0;
    for (const m of told.matchAll(new RegExp(pattern.source, 'g'))) {
      if (++read > MATCHES_READ) break;
      if (PROBLEM_CELL.test(told.slice(0, m.index))) continue;
      const clauseStart = Math.max(...['，', ',', '。', '；', '｜', '：'].map((c) => told.lastIndexOf(c, m.index)));
      if (ROUTINE.test(told.slice(clauseStart + 1))) continue;
      // Session 39 (set 34): what the county or the town has set up, counted (全县设办税服务厅2个、农村办税点3个): stock, no deed.
      if (pattern === POINT && /(?:^|[，,])\s*(?:目前|现|现在)?[，,]?\s*全(?:县|镇|乡|市|区)(?:共|现|目前)?$/.test(told.slice(0, m.index))) continue;
      // A modal, a condition or a future anywhere in the deed's clause governs it (将视情况增设… / 入户走访时必须佩戴工作证).
      const clauseEnd = told.slice(m.index).search(/[，,。；;｜|]/);
      const clause = told.slice(clauseStart + 1, m.index) + told.slice(m.index + m[0].length, clauseEnd < 0 ? told.length : m.index + clauseEnd);
      if (MODAL.test(clause) || calledOff(clause, m[0])) continue;
      // Session 49 (set 44's 34213, 34407, 34443): the deed's clause another party's own (部分老人家属自行与…公司签约、自费购买上门服务 /
      // …｜村委会自行入户核查｜…): theirs, read as the unit's measures read it (element-others-deeds.ts).
      if (othersUpTo(told, m.index, m.index + m[0].length, title)) continue;
      if (pattern === LESSON && school && TIMETABLE.test(told.slice(clauseStart + 1, clauseEnd < 0 ? told.length : m.index + clauseEnd))) continue;
      return m[0];
    }
  }
  const fix = FIX.exec(told);
  if (fix && RAISED.test(sentence.slice(0, fix.index)) && !PROBLEM_CELL.test(told.slice(0, fix.index))) {
    // The fix's own clause reads no modal (要及时处理); the sentence before it no demand or condition (做到… / 如…，当天即修复).
    const start = Math.max(...['，', ',', '。', '；', '｜', '：'].map((c) => told.lastIndexOf(c, fix.index - 1)));
    const end = told.slice(fix.index).search(/[，,。；;｜|]/);
    const own = told.slice(start + 1, fix.index) + told.slice(fix.index + fix[0].length, end < 0 ? told.length : fix.index + end);
    if (!MODAL.test(own) && !CALLED_OFF.test(own) && !FIX_DEMANDED.test(told.slice(0, fix.index))) return fix[0];
  }
  return null;
}

/**
 * Calls and visits received and requests logged (接待企业来电来访21家 / 接听电话57个 / 登记诉求8条 / 受理群众反映12件): the
 * office's routine, the residents' coming — no deed for them yet (the ruling on 已转交 / 已上报 / 已登记; a 来电来访登记 tells no
 * visit done). Blanked to the clause's end or a following 并 / 后 (受理后当场解决 keeps its deed).
 */
const RECEIVED = /(?:接待|接听|受理|登记|收到|记录|接到)[^，,。；;｜|并后]{0,16}?(?:来电来访|来电|来访|电话|诉求|求助)[^，,。；;｜|并后]*/g;

/**
 * Session 45: what others reported, received or put together (收到各村上报的排查情况表16份 / 汇总各调委会报送的调解情况): the office's
 * routine over others' returns, no deed — the work they report is theirs. Blanked to the clause's end.
 */
const REPORTS_RECEIVED = /(?:收到|接到|收齐|收集|汇总|接收)(?:了)?[^，,。；;｜|]{0,12}?(?:上报|报送|报来|提交|交来)的?[^，,。；;｜|并后]*/g;
/**
 * Session 49 (set 44's 34113, 34119, 34246, 34513): records others handed in (护渔员交来巡查记录212份 / 学校报送的入户核实记录 /
 * 公司每月把服务记录报社区留存 / 清理记录按月报送社区存档): 交来 / 报来 / 送来 tell the records came to the unit; records sent on only to be kept (存档 / 留存 / 备案) tell the
 * filing. Their work is theirs, the unit's only the keeping. Blanked from the verb to the records and their count, or from the
 * records to the filing — not back past 并 / 将 / 把 / 后 (网格员入户走访并将记录交社区存档 keeps its visit), and not records the unit
 * acts on (对各村报送的排查台账进行抽查: the review).
 */
const HANDED_IN = /(?:交来|报来|送来|交回|(?<!对[^，,。；;｜|]{0,12})(?:报送|上报|提交|报来|交来)的)(?:了)?[^，,。；;｜|并后]{0,12}?(?:记录|台账|表|材料|报告|汇报|清单|日志|数据)(?:[^，,。；;｜|并后进对]{0,6}?[\d一二三四五六七八九十百千]+\s*(?:份|本|册|张|条|件|次))?/g;
const SENT_TO_KEEP = /(?:(?![并将把后])[^，,。；;｜|]){0,8}?(?:记录|台账|材料|报表|日志|清单)[^，,。；;｜|]{0,8}?(?:报送|上报|报|交|送)(?:至|到|给|交)?[^，,。；;｜|]{0,8}?(?:存档|留存|备案|收存|归档|备查)/g;

/**
 * Session 51 (set 46's 35115, 35130): others' records and results sent to the unit, listed (上述巡查记录、检测报告和门店整改回执均已报
 * 社区 / 检查结果抄送街道): the records came in; the work they tell is the senders'. Blanked from the records to the unit they reach —
 * not back past 并 / 将 / 把 / 后 / 对 / 我 / 本 or the records' making (形成 / 整理 / 建立 / 开展 / 组织: 网格员入户排查形成记录报送街道 keeps its
 * visit — the review), and the words between the records and the sending read one way only (no backtracking blow-up).
 */
const RECORDS_SENT = /(?:(?!并|将|把|后|对|我|本|形成|整理|建立|开展|组织)[^，,。；;｜|]){0,24}?(?:记录|报告|回执|台账|清单|签收单|报表|结果)(?:[均都]|全部)?已?(?:按月|每月|定期)?(?:报送|上报|抄送|移交|报|交|送)(?:至|到|给|交)?(?:本|我)?(?:社区|街道|镇里|乡里|镇政府|乡政府|村委会|居委会|中心|局|所|站)/g;

export function maskReceived(text: string): string {
  const blank = (m: string) => '□'.repeat(m.length);
  return text.replace(RECEIVED, blank).replace(REPORTS_RECEIVED, blank).replace(HANDED_IN, blank).replace(SENT_TO_KEEP, blank).replace(RECORDS_SENT, blank);
}
