/**
 * Session 40 (set 35, moved to train): outcomes of inspection and supply work the result classes did not hold (the label standard:
 * an improvement or a state reached; set 35's rulings: 账实相符 reached, no accident or no fire over a season, 投诉 fewer, those
 * served at ease are outcomes; a register row 合格 / 正常 of one case is none).
 *
 * Clause patterns (COMPLIANCE_RESULTS), read by element-results.ts like its other classes (aims and shortcomings are cut or masked
 * before; a good thing falling is no outcome):
 * - AGAINST_EARLIER: a change against an earlier month, quarter or time named (投诉比3月份减少7件 / 较整治前下降 / 比一季度缩短) —
 *   the comparisons 同比 / 较去年 are read by TESTS. A rise counted (较一季度分别增加3人次和2份) is the unit's effort grown: data.
 * - SEASON_HARM_NONE: a harm a season or an area did not see, of the kinds stores, supply and lifts know (汛期未出现漏雨进水 /
 *   春节期间没有出现抢购和断供 / 今年未发生电梯困人); a season's or an area's word in the clause, so a day's row claims nothing.
 * - AT_EASE_WITH: those served at ease with or satisfied with a thing (学生和家长对学校饮水卫生放心); not as an aim (让群众…放心).
 *
 * Sentence patterns (complianceSentence), on a sentence that is no register row (no ｜ in it):
 * - COMPLIED: all of a thing told meeting its requirement (本店明码标价全部符合要求 / 库存均达到规定标准) — not an aim or a demand.
 * - HARM_ABSENT: a subject told without a harm (储粮安全无事故 / 全年安全生产无事故) — not a target (确保…无事故 is cut before).
 * - BOOKS_MATCH: stock and books told matching (账实相符 / 账账相符), as the set's rulings have it.
 */
const EARLIER =
  '(?:去年同期|上年同期|上月|上个月|上季度|上一季度|[一二三四]季度|年初|上半年|[一二三四五六七八九十\\d]{1,2}月份?|整治前|整改前|检查前|活动前|开展前|实施前|改造前|治理前|此前|以往|往年|过去)';
export const AGAINST_EARLIER = new RegExp(
  `(?:比|较)${EARLIER}[^，,。；]{0,8}?(?:下降|减少|降低|缩短|改善|(?:提高|提升|上升|增加|增长)(?![^，,。；]{0,4}?[\\d一二两三四五六七八九十]))`,
);
export const SEASON_HARM_NONE =
  /(?:今年|全年|本年度?|汛期|期间|以来|上半年|下半年|本季度|季度|春节|节日|节前|全县|全乡|全镇|辖区|所有|各[^，,。；]{0,6}(?:点|站|库|村))[^，,。；｜|]{0,12}?(?:没有|未|无)(?:再)?(?:出现|发生)(?:过)?[^，,。；｜|]{0,6}?(?:漏雨|进水|渗漏|断供|抢购|断水|停水|停电|困人|内涝|霉变|坍塌|倒塌|踩踏|脱销|哄抬)/;
const PEOPLE_AT_EASE = '(?:群众|居民|市民|村民|家长|学生|师生|顾客|消费者|乘客|游客|患者|农户|商户|老人|职工)';
export const AT_EASE_WITH = new RegExp(
  `(?<!(?:让|使|令|要|求|确保|保证|力争|争取|努力|为了|希望)[^，,。；]{0,12})${PEOPLE_AT_EASE}们?(?:都|也|普遍)?对[^，,。；]{1,16}?(?:都|很|更|更加|十分|非常|比较|普遍)?(?:放心|安心|满意)(?!度|率|的|吗|不)`,
);

export const COMPLIANCE_RESULTS: readonly RegExp[] = [AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH];

const NOT_AIM = '(?<!(?:要|须|应|需|求|确保|保证|必须|做到|力争|争取|务必|以|达到)[^，,。；]{0,8})';
export const COMPLIED = new RegExp(`${NOT_AIM}(?:全部|均|都|全都|完全|已全部|均已)(?:已)?(?:符合|达到)[^，,。；]{0,6}?(?:要求|标准|规定)(?![^，,。；]{0,2}(?:的|后|才|方可))`);
export const HARM_ABSENT = new RegExp(`${NOT_AIM}(?<=[\\u4e00-\\u9fff]{2})无(?:一起|任何|重大|较大)?(?:安全|责任|质量|生产|交通|消防)?(?:事故|火灾|伤亡|险情|火情)(?:发生)?(?![^，,。；]{0,2}(?:的|目标|隐患|记录))`);
export const BOOKS_MATCH = new RegExp(`${NOT_AIM}(?:账实|账账|账表|账卡)相符(?![^，,。；]{0,2}(?:的|率))`);

/** The sentence patterns, on a sentence that is no register row (a row's 合格 / 正常 / 无事故 is one case's, no outcome). */
export function complianceSentence(text: string): RegExpExecArray | null {
  if (/[｜|]/.test(text)) return null;
  for (const re of [COMPLIED, HARM_ABSENT, BOOKS_MATCH]) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}
