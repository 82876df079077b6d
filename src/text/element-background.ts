/**
 * Session 37 (train's tail after set 32): clauses that describe, not tell a deed of the unit (the label standard: not stock
 * phrases, states reached or stock figures).
 *
 * - nounAfterVerb: a verb of those that make compounds heading a noun it qualifies (演出场所 / 修缮资金 / 培训市场 / 维修基金; 清理垃圾 is a verb and its object): a place, a fund, a
 *   market named, nothing done — read on the text right after a verb of element-measures.ts's list (the object of another verb
 *   keeps its words: 张贴了装修垃圾预约清运电话).
 * - backgroundClause:
 *   - PERMANENT: what a place keeps (常设展区3个);
 *   - BREAKDOWN: 其中 and the parts of a stock counted (其中硬化路面47条、砂石路面5条), no deed in them (其中送独居老人48户 is one);
 *   - COMBINED: 把…与…结合起来, a stock phrase of method;
 *   - EARLY: 早发现、早清理 / 早处置, a stock phrase of intent;
 *   - DUTIES: what a unit is charged with (承担全县城区供水热线接听、报修受理…);
 *   - MADE_UP_OF: who a team is made of (讲师团成员以司法行政干部、律师和高校教师为主);
 *   - BEFORE_THIS_YEAR: a count reached by the end of last year (截至去年底累计改造卫生户厕10.2万户).
 */
const COMPOUNDING_VERB = /^(?:演出|培训|修缮|装修|维修|改造|建设|养护|保洁|整治)$/;
// Session 57 (set 52's 38435, 38442): a record of the work (维修记录 / 养护台账 / 整治日志) is the record, not the work; its advice
// (维修建议 / 整改意见) is advice.
const NOUN_HEAD = /^(?:场所|资金|经费|基金|市场(?!化)|机构|行业|费用|补贴|补助|专项资金|记录|台账|日志|报表|建议|意见)/;
/** The verb qualifies the noun right after it (修缮资金 / 培训市场); 检查场所412家次 is a verb and its object. */
export function nounAfterVerb(verb: string, rest: string): boolean {
  return COMPOUNDING_VERB.test(verb) && NOUN_HEAD.test(rest);
}

const PERMANENT = /常设[^，,。；]{1,10}?[\d一二两三四五六七八九十]+\s*(?:个|处|间|座)/;
const BREAKDOWN =
  /^其中(?![^，,。；]*(?:了|已|新|今年|本年|完成|送|发放|开展|组织|举办|走访|慰问|培训|检查|清理|安装|改造|帮助|救助|帮扶|服务))(?:[^，,。；、]{1,10}?[\d一二两三四五六七八九十百千万.]+\s*(?:条|个|处|座|户|家|所|间|名|人|公里|米|亩|平方米)[、和及]?)+[。；]?$/;
const COMBINED = /把[^，,。；]{2,30}?(?:与|和|同)[^，,。；]{2,30}?(?:结合起来|相结合|有机结合)/;
const EARLY = /早发现、?早(?:清理|处置|报告|处理|整改|解决|干预)/;
const DUTIES = /^[^，,。；]{0,12}?(?:承担|负责|主要负责|承担着)(?:着)?[^，,。；]{2,24}?(?:接听|受理|办理|咨询|服务|工作|任务|职能|职责)(?:[、和及][^，,。；]{2,16}?(?:接听|受理|办理|咨询|服务|工作|任务|职能|职责))*[。；]?$/;
const MADE_UP_OF = /以[^，,。；]{2,30}?为主[。；]?$/;
const BEFORE_THIS_YEAR = /截至(?:去年|上年|20\d\d年)(?:年?底|末)?[^，,。；]{0,6}?累计/;

/** A clause that describes what stands, how the unit works in stock words, or what it is charged with: no deed. */
export function backgroundClause(clause: string): boolean {
  return [PERMANENT, BREAKDOWN, COMBINED, EARLY, DUTIES, MADE_UP_OF, BEFORE_THIS_YEAR].some((re) => re.test(clause));
}
