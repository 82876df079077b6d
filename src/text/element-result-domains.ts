/**
 * Session 50 (set 45, moved to train): outcomes of drainage, marriage-registration and tree work that the result classes did not
 * hold (the set's rulings: no 内涝 or flooding over a season, 投诉 fewer, couples told reconciled, a place told tidy now are outcomes;
 * a row 已疏通 / 和好 of one point or one couple is none). Sentence patterns, read by element-results.ts after its other sentence
 * readers, on a sentence that is no register row (no ｜ in it); aims and shortcomings are cut or masked before, and each pattern
 * names the questions, checks, conditions and aims it refuses itself.
 *
 * - NOT_FLOODED: a place told not flooded through a season's rains, the season named before in the sentence (今年7月两场暴雨，小区
 *   地下车库没有进水 / 下穿通道在几场暴雨中没有因积水封闭过 / 今年汛期地下药库没有进水); not a device lacking (没有进水报警装置), a
 *   question (有没有进水) or a place found shut (出入口未封闭: the review).
 * - FEWER_THAN_LAST: complaints or cases counted against the same time last year, fewer now (投诉为9件，上年同期为32件); not cases the
 *   unit handled (查处违法案件为12起，… is a count of work: the review).
 * - NO_LAVISH: no lavish wedding or high bride price told (没有一户大操大办 / 未出现高价彩礼).
 * - RECONCILED: those served told talking again or withdrawing their divorce as a group (当事人重新沟通、撤回离婚申请 / 不少夫妻重归于好).
 * - TIDY_NOW: a place told tidy now (如今古柏周边整洁通透); an aim (如今要保持…整洁) is cut before, as every aim is.
 */
const NOT_ASKED = '(?<!(?:是否|有无|有没有|检查|排查|查看|核查|如果|如遇|如有|若|假如|一旦|防止|避免|确保|保证|力争|争取|做到|实现|要|需)[^，,。；]{0,10})';
const NOT_ATTRIBUTE = '(?![^，,。；]{0,4}?(?:的|情况|隐患|问题|风险|吗|与否|报警|预警|监测|装置|设施|设备|挡板|口|闸|阀))';
export const NOT_FLOODED = new RegExp(
  `(?:暴雨|强降雨|降雨|大雨|汛期|入汛|雨季|主汛期)[^。；]{0,24}?${NOT_ASKED}(?<!有)(?:没有|没|未)(?:再)?(?:发生|出现)?(?:过)?(?:因积水封闭|进水|受淹|被淹|倒灌|雨水进屋|受潮)(?:过)?${NOT_ATTRIBUTE}`,
);
const FEWER_THAN_LAST = /(?<!(?:查处|办理|受理|调解|处理|侦破|破获|办结)[^，,。；]{0,6})(?:投诉|举报|事故|案件|发案|警情|纠纷|信访)[^。；]{0,16}?(?:为|有|共|仅|只有)\s*(\d+)\s*(件|起|宗|例|次|个)[，,]\s*(?:而)?(?:上年|去年|上一年)(?:同期)?(?:为|是|有|共)?\s*(\d+)\s*\2/;
export const NO_LAVISH = new RegExp(
  `${NOT_ASKED}(?:没有|无|未)(?:一户|一家|一对|一起|一例)?(?:人家)?(?:出现|发生)?(?:过)?(?:大操大办|高价彩礼|天价彩礼|婚闹|铺张浪费)(?:现象|情况|问题)?(?![^，,。；]{0,4}?(?:的|吗|与否))`,
);
export const RECONCILED = new RegExp(
  `(?<!(?:帮助|促使|促进|引导|力争|争取|希望|让|使|是否|鼓励|劝导|推动|以便|劝说|劝|说服|动员|建议|指导|要求|督促|努力|尽量)[^，,。；]{0,12})(?:当事人|夫妻们|夫妇们|不少夫妻|多对夫妻|不少家庭|部分夫妻|部分当事人)(?:们)?[^，,。；]{0,12}?(?:重新沟通|重归于好|和好如初|修复(?:了)?(?:夫妻|家庭|婚姻)?关系|撤回(?:了)?离婚申请|放弃(?:了)?离婚)(?![^，,。；]{0,4}?(?:的|吗))`,
);
export const TIDY_NOW =
  /(?:如今|现在|而今|眼下)[^，,。；]{0,12}?(?<![不未没欠])(?:整洁通透|整洁有序|干净整洁|整洁|干净|清爽|焕然一新|井然有序)(?![^，,。；]{0,4}?(?:吗|的要求|的目标))/;

export function domainOutcome(text: string): RegExpExecArray | null {
  if (/[｜|]/.test(text)) return null;
  const fewer = FEWER_THAN_LAST.exec(text);
  if (fewer && Number(fewer[1]) < Number(fewer[3])) return fewer;
  for (const re of [NOT_FLOODED, NO_LAVISH, RECONCILED, TIDY_NOW]) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}
