/**
 * Session 38 (set 33, moved to train): outcomes for people and places the result classes did not hold (the label standard: an
 * improvement, a recognition or an effect on people; the rulings: no casualty, 征兵 任务 told completed, people told placed in
 * work, a family told reconciled, a woman told safe, an item listed at a higher level, a pupil told back at school). Clause
 * patterns, read by element-results.ts like its other classes (aims and shortcomings are cut or masked before).
 *
 * - UNHARMED: no one hurt, nothing lost (无一人受伤 / 无一伤亡 / 无一出险 / 安然无恙 / 安全度汛 / 生产生活未受影响 / 未出现新的坍塌).
 * - TASK_DONE: a task told completed (征兵任务超额完成 / 圆满完成全年征兵任务) — not 任务完成情况, not 未 / 尚未.
 * - INCOME: income gained (人均月增收1200元 / 家里有了稳定收入) — not 增收 inside a name (“就业增收”行动).
 * - LISTED: listed at a higher level (列入第八批省级文物保护单位 / 列入省级非遗名录) — an honour's list, not 列入全县第二批整治名单.
 * - SETTLED: a family reconciled, a life or a mood settled (6户家庭和好 / 生活安定 / 心情已经平复 / 情绪逐渐稳定).
 * - SCHOOLED: a pupil back at school or admitted (已回校正常上课 / 回到班里 / 重返校园 / 考上县第一中学 / 被本科院校录取).
 * - PRAISED_BY: the unit praised by another (我局被县慈善总会通报表扬 / 受到县委通报表彰) — not 受到表扬的 (a description).
 * - GUARANTEED: a right or safety told secured (人身安全得到保障 / 权益得到有效保障).
 * - ALL_PLACED: all placed in work, a count cleared (援助对象全部上岗 / 零就业家庭已实现动态清零).
 * - SOLVED: a named problem told solved, bare (屋面漏雨问题解决 / 问题均已解决) — not 需…解决 / 待问题解决了再….
 * - SAID_GENERALLY: those served saying it in a quotation, with no subject word the people list holds (传承人普遍反映“学到了
 *   新办法”); a request or a complaint quoted is none.
 * Session 57 (set 52's 38232, 38235): 没有一个人受伤 / 没有一名群众受伤; a threat lifted (解除了对63户群众的威胁). Review 57b: not as a
 * condition (待威胁已经解除后方可… / 如威胁已解除，即可…).
 */
export const UNHARMED =
  /(?:无一人|无人|没有人|没人|无一|未有一人|没有一人|没有一个人|没有一名[\u4e00-\u9fff]{0,2}|无一户)(?:受伤|伤亡|出险|遇险|冻伤|被困|落水|受灾)|安然无恙|(?<!(?:待|等到?|如|若|如果|只有|直到)[^，,。；]{0,12})(?:(?:解除了|已(?:经)?解除)[^，,。；]{0,12}?威胁|威胁(?:已|已经|得到|得以)(?:解除|消除))(?![^，,。；]{0,3}(?:方可|才|即可))|(?<!(?:保障|确保|保证|力争|争取|努力|为了|助力|帮助)[^，,。；]{0,12})安全度汛(?![^，,。；]{0,4}(?:负总责|负责|具体抓|工作|任务|责任|方案|预案|目标|要求|检查|准备|措施))(?!(?:隐患|排查|部署|会议?|培训|督查|督导|巡查|演练|应急|保障|攻坚|专项|宣传|物资|动员|调度|值班|值守|行动|知识|责任书))|(?<![不将会可能])未受(?:到)?[^，,。；]{0,4}影响|(?:未|没有|没)(?:再)?(?:出现|发生)[^，,。；]{0,6}(?:坍塌|垮塌|倒塌|塌方|滑坡|渗漏|决口|漫堤)/;
export const TASK_DONE =
  /(?:任务|指标)(?:已经?|均已?|全部|超额|圆满|全面|顺利|如期|按期|提前)+完成|(?:超额|圆满|全面|顺利|如期|提前)完成了?[^，,。；]{0,16}?任务(?!的|情况)/;
export const INCOME = /(?:人均|户均|每户|每人)[^，,。；]{0,4}?增收|增收了?\s*[\d一二两三四五六七八九十百千万]|有了(?:稳定|固定)?的?收入/;
export const LISTED = /列入[^，,。；]{0,12}?(?:省级|国家级|市级|第[一二三四五六七八九十\d]+批)[^，,。；]{0,12}?(?:名录|保护单位|(?:示范|先进|优秀|试点)[^，,。；]{0,6}?名单)/;
// Session 57 (set 52's 38516): fear calmed soon (师生和家长的恐慌情绪很快平复).
export const SETTLED = /和好(?!人|的)|重归于好|和睦如初|生活安定|(?:心情|情绪)(?:已经?|逐渐|逐步|趋于|明显|基本|很快|迅速)+(?:稳定|平复|好转)/;
/**
 * Session 57 (set 52's 38516, 38541, 38512): a disease kept from spreading (涉及学校均未出现续发病例 / 该校此后未出现新的病例), order kept
 * (学校教学秩序正常), patients treated (在管的三名患者都按时服药 / 两人已完成全程治疗) and trust in the cure (对结核病能治好有了信心).
 * Review 57b: not a condition (连续14天未出现新的病例方可… / 7天内未出现新病例的班级…), order kept as an aim (维护教学秩序正常), nor
 * patients urged (督促患者均按时服药); nor a register's cell (…｜晨检｜流行期间未出现新病例｜…, session 53's ruling, as OUTBREAK_NONE).
 */
export const OUTBREAK_HELD =
  /(?<![｜|][^，,。；｜|]{0,12})(?:(?<!(?:如|若|如果|只要|只有|连续|待)[^，,。；]{0,12})(?:(?:未|没有)(?:再)?(?:出现|发生)(?:新的?|续发|二代|聚集性?)(?:的)?(?:病例|疫情|传播)|(?:此后|之后|后续)[^，,。；]{0,6}?(?:未|没有)(?:再)?(?:出现|发生)[^，,。；]{0,6}?(?:病例|疫情))(?![^，,。；]{0,3}(?:的|方可|才|即可|就可))|(?<!(?:维护|维持|保障|保证|确保|为了)[^，,。；]{0,4})(?:教学|生产|生活|经营)秩序(?:已经?)?(?:恢复|保持)?正常|(?<!(?:叮嘱|嘱咐|督促|要求|提醒|告知|确保|保证|指导|动员|劝导|引导)[^，,。；]{0,6})(?:患者|病人)[^，,。；]{0,4}?(?:都|均|全部)(?:能|已经?)?(?:按时|规律|坚持)服药|(?:已|均已|全部)完成(?:了)?全程(?:规范)?治疗|(?:能治好|治得好|能治愈)有了信心)/;
export const SCHOOLED = /(?:已|已经|顺利|重新)(?:回校|返校)|回校(?:正常)?(?:上课|读书|就读)|回到(?:了)?(?:班里|班级|教室)|重返校园|考上了?[^，,。；]{0,10}?(?:学校|中学|高中|大学|学院|院校)|被[^，,。；]{1,10}?(?:学校|中学|高中|大学|学院|院校)录取/;
export const PRAISED_BY = /(?:被|受到|获得?)[^，,。；]{0,20}?(?:通报表扬|予以表扬|通报表彰|予以表彰)(?!的)/;
export const GUARANTEED = /得到(?:了)?(?:有效|切实|充分|根本)?保障(?!的)/;
export const ALL_PLACED = /(?:全部|均已?|都已?)(?:上岗|就业|返岗)|已(?:经)?(?:实现)?(?:动态)?清零/;
export const SOLVED = /(?<![待需要等将未若如])问题(?:已经?|均已?|全部|基本|彻底)*解决(?!的|好|了吗)(?=$|[，,。；了])/;
const QUOTED_ASKING = /请|希望|盼|能不能|可否|建议|要求|什么时候|何时|怎么|为什么|吗|不方便|太|难/;
const SAID = /(?:普遍|纷纷)(?:反映|反馈|表示|说)[：:，,]?\s*“([^”]{2,})”/;
export function saidGenerally(sentence: string): RegExpExecArray | null {
  const m = SAID.exec(sentence);
  return m && !QUOTED_ASKING.test(m[1]!) ? m : null;
}

export const WELLBEING_RESULTS: readonly RegExp[] = [UNHARMED, OUTBREAK_HELD, TASK_DONE, INCOME, LISTED, SETTLED, SCHOOLED, PRAISED_BY, GUARANTEED, ALL_PLACED, SOLVED];
