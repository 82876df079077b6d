/**
 * Session 37 (set 32, moved to train): the unit's casework and fieldwork told as done — concrete actions the verb list of
 * element-measures.ts does not hold (the label standard: a concrete action taken; the rulings: the unit's 上门 立案, 导诉, 接待
 * and 巡查 / 蹲守 its measures).
 *
 * - ON_SITE: served where the person is (检察官上门接待 / 到家中接待 / 上门听取诉求 / 入户核实).
 * - CIRCUIT: a court's, a prosecutor's or a clinic's circuit (法官到村巡回立案11件 / 巡回审判 / 巡回义诊).
 * - EXPLAINED: the law explained to a party, a paper written for one who cannot (检察官当面释法说理 / 由检察官代写).
 * - POSTED: a named leaflet or notice put up or handed out (张贴《秸秆禁烧明白纸》 / 发放《致家长的一封信》) — not 印发, which issues
 *   a document (部署文件), and not a plan or a notice of deployment.
 * - ROUND: a patrol or a watch kept at a stated rhythm or in turns (每天巡查地块 / 晚上轮流在北河滩蹲守).
 * - BOUGHT: things bought for those served, counted (为学员集中采购导读本300册 / 购置图书120册).
 * - Session 38 (set 33): ACCOMPANIED — a person served accompanied or a paper served on a party (均陪同报警 / 协助送达告诫书);
 *   (in a register's row only a dated one: a roster's 看望、陪同就医 is what is planned); RECEIVED — petitions or visits received,
 *   counted (上半年接访家暴求助5件 / 本月接待团队11批次; a window's routine 接待群众咨询 / 日均接待 none, and 接待来访 stays
 *   the routine it was); STOCKED — goods replenished or shipped, counted
 *   (补充冲锋舟6艘 / 向两镇调运帐篷60顶); SET_POINT — a service point set up at a place (5月起在古镇菜市场东门设点).
 * Who acts and whether it was done are judged by the caller (others' deeds, plans and demands are masked or skipped first).
 */
const ON_SITE =
  /(?:上门|到家中?|到家里|到村里?|入户|到病床前|到田间地头|到田间|到床前)(?:[^，,。；□]{0,2})(?:接待|接访|听取[^，,。；□]{0,4}|立案|调解|办理|送达|讲解|核实|回访|探访|释法|宣讲|授课|指导|帮办|代办)/;
const CIRCUIT = /巡回(?:立案|审判|调解|办案|宣讲|检查|义诊|授课|服务|法庭)/;
const EXPLAINED = /释法说理|(?:当面|耐心)释法|(?:由|为)[^，,。；□]{0,8}?(?:检察官|法官|律师|工作人员|干警|社工)代写(?:材料|诉状|申请书?|文书)?/;
const POSTED_TITLE = /(?:张贴|发放|分发|悬挂|散发|派发|送发)[^，,。；□《]{0,6}《([^》]{2,30})》/g;
const NOT_LEAFLET = /(?:方案|通知|意见|要点|办法|计划|规划|细则|决定|纲要|条例|法)$/;
/** A leaflet's title as markLeaflets leaves it: ◇ for each of its characters. */
const POSTED = /(?:张贴|发放|分发|悬挂|散发|派发|送发)[^，,。；□《]{0,6}《◇{2,30}》/;

/**
 * Titles are masked before the measures are read (a plan cited is no deed); a leaflet's title put up or handed out is kept
 * as ◇ (the same length) in the masked text, so that POSTED reads it: `original` and `masked` are index-aligned.
 */
export function markLeaflets(original: string, masked: string): string {
  let out = masked;
  for (const m of original.matchAll(POSTED_TITLE)) {
    if (NOT_LEAFLET.test(m[1]!)) continue;
    const from = (m.index ?? 0) + m[0].length - m[1]!.length - 1;
    out = out.slice(0, from) + '◇'.repeat(m[1]!.length) + out.slice(from + m[1]!.length);
  }
  return out;
}
const ROUND =
  /每(?:天|日|晚|周|夜)[^，,。；□]{0,4}?(?:巡查|巡逻|蹲守|值守|巡河|巡路|巡检)[^，,。；□]{1,10}|轮流(?:在[^，,。；□]{1,10})?(?:蹲守|值守|巡查|巡逻)/;
const BOUGHT = /(?<!政府)(?:采购|购置|购买|添置)了?(?!项目|资金|金额|预算)[^，,。；□]{1,12}?[\d一二两三四五六七八九十百千]+\s*[余多]?\s*(?:册|本|套|台|件|份|张)/;
const ACCOMPANIED = /陪同[^，,。；□]{0,4}?(?:报警|报案|就医|就诊|出庭|体检|复诊)|送达(?:了)?[^，,。；□]{0,4}?(?:告诫书|通知书|裁定书|判决书|文书|决定书)/;
const RECEIVED =
  /(?:接访(?:了)?[^，,。；□]{0,8}?|接待(?:了)?[^，,。；□]{0,6}?(?:团队|参观|党员|游客)[^，,。；□]{0,6}?)[\d一二两三四五六七八九十百千]+\s*[余多]?\s*(?:件|人次|批次?|起|名|人)/;
const STOCKED = /(?:补充|补齐|补足|调运|调拨|增储)(?:了)?[^，,。；□]{1,10}?[\d一二两三四五六七八九十百千]+\s*[余多]?\s*(?:艘|件|顶|台|套|张|条|吨|袋|箱|只|床|把|块|桶)/;
const DATED = /^\s*(?:\d{4}[年.\-/])?\d{1,2}(?:月|[.\-/]\d)/;
const SET_POINT = /在[^，,。；□]{2,14}?(?:设点|摆点|设摊|摆台|设台)/;

/** The words of a casework or fieldwork action told in the clause, or null. */
export function caseworkDone(clause: string): string | null {
  for (const re of [ON_SITE, CIRCUIT, EXPLAINED, ROUND, BOUGHT, POSTED, ACCOMPANIED, RECEIVED, STOCKED, SET_POINT]) {
    if (re === ACCOMPANIED && /[｜|]/.test(clause) && !DATED.test(clause)) continue;
    const m = re.exec(clause);
    if (m) return m[0];
  }
  return null;
}
