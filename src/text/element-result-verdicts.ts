/**
 * Session 47 (set 42, moved to train): outcomes told as another body's verdict, as supply kept, or as people giving more than
 * before (the label standard: an improvement or a state reached; set 42's rulings: donors more than last year, supply told stable, a
 * recheck confirming a fix are outcomes; a register row 合格 / 已献血 of one case is none, and the unit's own effort grown is data).
 *
 * Clause patterns (VERDICT_RESULTS), read by element-results.ts like its other classes (aims and shortcomings are cut or masked
 * before):
 * - CHECK_PASSED: a check, recheck or acceptance whose verdict is told (县市场监管局复查认定整改合格 / 县民政局4月底检查认定无燃气
 *   隐患 / 复查结论为达标) — not the verdict as a condition (验收合格后付款 / 经复查合格的…; after it, CONDITION_AFTER), not 不合格,
 *   not a row.
 * - SUPPLY_KEPT: supply told kept steady (临床用血供应保持稳定 / “菜篮子”供应充足 / 未出现季节性血荒); not an aim (确保供应稳定: cut
 *   before).
 * - SKILLED_NOW: those trained told able now (食堂员工已能熟练操作切断阀 / 都能熟练操作) — 已 / 都 / 均 + 熟练; not asked about
 *   (是否已熟练掌握), demanded (要求…熟练) or of a few (已熟练掌握的仅3人).
 *
 * Sentence patterns:
 * - rankedInReview: a rank among the first five reached in a review, the subject after a comma (在第三季度全市国省道路域环境考评中，
 *   我县列第3名), the unit's own word or none as its subject; not an aim (力争…排名第一: cut before), not a lower rank (列第18名),
 *   not a past one (我县曾列第2名) or another's (邻县列第1名).
 * - givenMore (not planned, handed down, a neighbour's, or the unit's service to donors): people's own giving grown against a year
 *   before, counted (献血人次比上年同期增加了318人次 / 当天35名
 * 居民献血，…，比去年多出12人次 / 参加献血的员工人数是去年的两倍). Donors give of themselves: their number is the effect of the
 * unit's call on people, not the unit's effort (its campaigns, its hours: ownEffortRise keeps those data).
 */

export const CHECK_PASSED = new RegExp(
  `(?<![｜|][^。]{0,200})(?<!(?:如|若|如果|待|一旦|只有|须|需|应|要|是否)[^，,。；]{0,10})(?:复查|复核|复检|验收|检查|抽检|抽查|评估|核查)(?:时|后)?[^，,。；｜|]{0,8}?(?:认定|结论为|判定|确认|评定为?)(?:为)?(?:整改)?(?:全部|均|都)?(?:合格|达标|无[^，,。；｜|]{0,4}?隐患)(?![^，,。；]{0,2}(?:后|的|方|才|再|率|者|标准))(?![^。]*[｜|])`,
);
/**
 * Session 48 (session 47's known gap): the verdict as a condition told after it, in its clause or the next (经验收认定合格，才能投入
 * 使用 / 复查认定合格后方可复业): read by the caller on the sentence from the verdict's end, since CHECK_PASSED sees one clause.
 */
export const CONDITION_AFTER = /^[^。；;]{0,12}?(?:(?<![人刚])才|方可|方能)/;
export const SUPPLY_KEPT = new RegExp(
  `(?<!(?:全国|全省|各地|多地|外地|邻县)[^，,。；]{0,8})(?:供应|供血)(?:保持|总体|基本|持续|始终|平稳)*(?:稳定|充足|平稳)(?!的)|(?:未|没有)(?:出现|发生)(?:过)?[^，,。；]{0,6}?(?:血荒|缺血|血液短缺|断供|脱销)`,
);
export const SKILLED_NOW =
  /(?<!(?:是否|有无|能否|要|要求|确保|力争|使|让)[^，,。；]{0,10})(?:已|已经|都|均)(?:能够?|可以|会)?熟练(?:掌握|使用|操作|处置|运用|地)(?![^，,。；]{0,8}的)/;

export const VERDICT_RESULTS: readonly RegExp[] = [CHECK_PASSED, SUPPLY_KEPT, SKILLED_NOW];

const GIVING = '(?<![为给向对])(?<!(?:计划|任务|目标|下达|要求|预计|邻县|外县|邻市|全省|全国|全市)[^，,。；]{0,12})(?:献血|捐献|捐血)';
const YEAR_BEFORE = '(?:去年|上年|上一年)(?:同期)?';
const GIVEN_MORE = new RegExp(
  `${GIVING}[^。；]{0,40}?(?:比|较)${YEAR_BEFORE}[^，,。；]{0,4}?(?:增加|增长|多出?|上升|提高)了?\\s*(?:约|近)?[\\d一二两三四五六七八九十百千万.]+\\s*(?:人次|人|名|毫升|单位|%|％)|${GIVING}[^，,。；]{0,12}?是${YEAR_BEFORE}的[\\d一二两三四五六七八九十.]+倍`,
);
/** People's own giving grown against a year before, counted, or null; not in a register row (one day's cells). */
export function givenMore(sentence: string): RegExpExecArray | null {
  if (/[｜|]/.test(sentence)) return null;
  return GIVEN_MORE.exec(sentence);
}

const RANKED_IN_REVIEW =
  /(?:考评|考核|测评|评比|评估|排名)中[，,]?(?:(?:我|本)(?:县|局|镇|乡|区|市|单位|中心|社区|村|街道|所|站|院|校|馆|队|委|办))?(?:列|排|居|位列|名列|排名|位居)(?:全[县市省区])?第[一二三四五1-5](?![\d十季组批届轮期])名?/;
/** A rank among the first five reached in a review, or null; not in a register row. */
export function rankedInReview(sentence: string): RegExpExecArray | null {
  if (/[｜|]/.test(sentence)) return null;
  return RANKED_IN_REVIEW.exec(sentence);
}
