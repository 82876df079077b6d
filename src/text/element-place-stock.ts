/**
 * Session 32 (set 30's wrong verdicts, after its move to train): a place described as it stands — where it is, how large,
 * what it holds (新馆位于…，建筑面积9600平方米，设成人借阅区、少儿区… / 是全县唯一的精神专科医院，开放床位120张，职工98人，设门诊…
 * / 管养的路段共4处，总长23.6公里，设置波形护栏31公里…). Its bare 设 / 设置 / 配套 opening a clause, with no 了 / 已 / 新 telling it
 * done, says what the place has, not what the unit did: stock (the standard: stock figures are no measure).
 */
export const PLACE_DESCRIBED = /位于|(?:建筑|占地|使用|营业|服务|[厅馆室院站场楼])面积|占地\s*[\d一二两三四五六七八九十]|总长|全长|是全[县镇乡市区][^，,。；]{0,6}?(?:唯一|最大|最早)|(?:开放|编制|实有)床位|(?:现有|共有)[^，,。；]{0,6}?(?:职工|员工|工作人员|在编|在岗|医师|医护人员)|共设(?![置立计施备])[^，,。；]{0,8}?[\d一二两三四五六七八九十]+\s*个/;
export const BARE_FIT = /^\s*(?:馆内|站内|院内|中心内|内部?|下|另)?(?:设有?|设置有?|配套(?:有|建设)?|配有|建有|配建)(?![立计施备了过])(?![^，,。；]*(?:了|已|新增|新设|今年|本年))/;

/** What a place's service covers (服务窗口包括健康体检、预防接种咨询… / 分为… / 下设…): its scope, in a place-describing sentence. */
export const SCOPE = /^[^，,。；]{0,16}?(?:包括|涵盖|分为|下设)/;
/** A place's size told of itself (体检大厅面积约320平方米 / 阅览座位860个): no verb, no deed — stock wherever it stands. */
export const SIZE_TOLD = /^(?:(?!新增|增加|增设|扩大|扩建|改造|新建|新设|添置|[了])[^，,。；]){0,12}?(?:面积|总长|全长|座位|床位)(?:约|达|为|共|近|超过)?\s*[\d一二两三四五六七八九十]/;

/** A clause of a place-describing sentence fitting the place with what it has, or telling its scope or size (see above). */
export function placeStockClause(sentence: string, clause: string): boolean {
  return SIZE_TOLD.test(clause) || (PLACE_DESCRIBED.test(sentence) && (BARE_FIT.test(clause) || SCOPE.test(clause)));
}

/** Nouns made of a verb and 物 / 品 (张贴物 / 悬挂物 / 堆放物): the thing, no deed — masked before the measure tests. */
export const VERB_NOUN = /(?:张贴|悬挂|摆放|堆放|投放|散落|遗留|废弃|丢弃|晾晒|搭建)(?:物|品)(?![资料])/g;

/**
 * Others acting of their own accord (多数商户自己出资安装了油烟净化器 / 部分住宅小区物业企业主动组织保洁人员清理 / 张贴物由商户自行清理):
 * the served or another firm, not the unit (the rulings: a shop's, a landlord's or a 物业's own deed is theirs).
 */
export const OTHERS_OWN_ACCORD = /^(?:(?!供|便于|方便|以便|让|用于|可供|督促|要求|责令|通知)[^，,。；]){0,14}?(?:商户|商家|店主|门店|经营户|摊主|房东|业主|租户|住户|物业(?:企业|公司|服务企业)?|开发(?:企业|商)|施工(?:企业|单位|方))(?:们)?[^，,。；]{0,4}?(?:自己|自行|主动|自发|自筹|自费)/;
