/**
 * Session 49 (set 44, moved to train): states reached by the people a unit supervises or serves, and by the places it checks, that
 * the result classes did not hold (the set's rulings: 再犯罪 told zero, 对象 told stable, families told relieved or grateful, 辍学
 * told zero, fish or birds told back, a site told usable after the recheck are outcomes; a row 表现良好 / 正常 of one case is none).
 * Clause patterns, read by element-results.ts like its other classes; each names the aims, questions and conditions it refuses (the
 * caller cuts only some of them before: the independent review's cases).
 *
 * - NO_REOFFENCE: none re-offending or slipping supervision (今年以来未发生再犯罪 / 无脱管、无再犯罪 / 没有重新违法犯罪).
 * - NO_DROPOUT: no pupil out of school (无一名学生辍学 / 适龄儿童无失学情况).
 * - THOSE_STABLE: those under correction or resettled told stable or settled as a group (对象思想稳定 / 对象在村里表现安分 /
 *   对象情况平稳) — the word 对象 named, not one person's row.
 * - THANKS_FROM_SERVED: those served or their families thanking the unit, as the clause's subject (家属感谢村里帮扶 / 家属对社区的
 *   帮助表示感谢); 向…表示感谢 / 对…表示感谢 with no such subject is the writer's thanks.
 * - PEOPLE_CHANGED: a person or those served told much changed (村民反映对象变化很大 / 孩子变化明显).
 * - WILDLIFE_BACK: fish or birds told seen again (河湾里又能见到野鸭、白鹭的身影了).
 * - CHILD_PERSUADES: pupils taking the lesson home (有学生回家劝阻父亲下地笼) or telling it well (讲禁渔讲得头头是道); a modal or a
 *   negation between (孩子以后会提醒家人 / 孩子不一定会提醒) tells none done.
 * - USABLE_AGAIN: a site or its equipment told working after the recheck or the fix (复查后场所照明、供水恢复 / 整改后可正常使用),
 *   or all of the sites told usable (14处场所的应急供水、照明和广播均可正常使用).
 * - ALL_ENTITLED: all those entitled told covered (应享尽享 / 应助尽助 / 应保尽保 / 应救尽救), as a state reached; an aim (确保 / 力争
 *   / 要 …) is cut before, and 做到 before it is read as the claim it makes in a summary.
 * - NO_MISUSE: no benefit taken wrongly (未发现冒领现象 / 没有出现骗领).
 * - WATER_GONE: standing water told gone soon (积水在2小时内退去 / 积水当天全部排干; session 50: 积水半小时内排出).
 * - TREES_RECOVERED: trees told recovering (3株濒危古树恢复长势 / 古树复壮后萌发新枝); 未恢复 is cut before as a negation.
 */
const SUPERVISED = '(?:社区矫正对象|矫正对象|帮教对象|安置帮教对象|刑释人员|刑满释放人员|对象)';
/**
 * The review: a question (有无 / 是否 / 如何), a check for it (排查 / 核查 / 检查) or a condition before, and an attribute after (无再犯罪
 * 记录的对象 / 出具无再犯罪证明 / 无冒领的予以确认 / 未发现冒领问题的村): nothing told reached.
 */
const NOT_ASKED = '(?<!有|是否|如何[^，,。；]{0,4}|(?:排查|核查|检查|核实)[^，,。；]{0,8})';
const NOT_ATTRIBUTE = '(?![^，,。；]{0,6}?(?:的|记录|证明))';
export const NO_REOFFENCE = new RegExp(
  `${NOT_ASKED}(?:没有|没|未|无|零)(?:再)?(?:发生|出现)?(?:过)?(?:一(?:起|例|人|名))?(?:对象)?(?:重新违法犯罪|重新犯罪|再犯罪|再犯|脱管|漏管)${NOT_ATTRIBUTE}|(?:再犯罪|重新犯罪)率?(?:为零|为0|保持为?零)`,
);
export const NO_DROPOUT = new RegExp(
  `${NOT_ASKED}(?:没有|无|未)(?:发生|出现)?(?:一(?:名|个|例))?(?:学生|儿童|孩子|适龄儿童)?(?:因[^，,。；]{1,10})?(?:辍学|失学)${NOT_ATTRIBUTE}`,
);
/**
 * The review: those supervised as a group, not one named (对象李某思想稳定), and not a condition, a question or the unit's own
 * watch over it (如对象思想稳定，… / 是否 / 督促对象保持思想稳定 / 评估对象思想稳定情况).
 */
export const THOSE_STABLE = new RegExp(
  `(?<!(?:如|若|如果|是否|督促|评估|关注|保持|确保|使|让|帮助)[^，,。；]{0,8})${SUPERVISED}们?(?![\\u4e00-\\u9fff]某|[\\u4e00-\\u9fff]{2}(?:[，,、（(]|按时|思想|表现))[^，,。；｜|]{0,8}?(?:总体|整体|普遍|均|都|也)?(?:思想|情绪|情况|表现)(?:总体|整体|普遍|均|都|也|较为|比较)?(?:稳定|平稳|安分|良好)(?![^，,。；]{0,4}(?:吗|与否|的|情况|性))`,
);
/**
 * The review: thanks to the unit, its people or its help, by those served as the clause's subject (家属感谢村里帮扶 / 家属对社区的
 * 帮助表示感谢), not to another (居民感谢物业公司 / 老人感谢子女) and not thanks the unit led (引导居民感谢身边好人).
 */
const THANKED = '(?:我|本|村里|社区|镇里|乡里|街道|局里|所里|站里|中心|政府|党和政府|党委|干部|工作人员|司法所|民政|帮扶|帮助|关心|关怀|关爱|村两委|村委会)';
export const THANKS_FROM_SERVED = new RegExp(
  `(?<!(?:[向对给]|引导|组织|开展|动员|鼓励|倡导)[^，,。；]{0,16})(?:家属|家长|群众|居民|村民|老人|当事人|患者|渔民|对象)(?:们|及家属)?(?:都|也|纷纷|十分|非常|很是|一再|连连)?(?:对${THANKED}[^，,。；]{0,10}?(?:表示)?(?:感谢|感激)|(?:感谢|感激)${THANKED})(?![^，,。；]{0,8}的活动)`,
);
/** The review: a change told by those who saw it (村民反映对象变化很大), not any change (老人病情变化明显 / 学生人数变化较大). */
export const PEOPLE_CHANGED = new RegExp(
  `(?:反映|说|看到|感到|发现|表示|都说)[^，,。；]{0,4}?(?:${SUPERVISED}|孩子|学生|老人)(?:们)?(?:的)?(?:变化|转变|改变)(?:很大|巨大|明显|不小|较大)`,
);
/** The review: the wildlife named, not any 身影 (又出现了电鱼船的身影 is a setback). */
// Session 58 (set 53's 38725; the set's rulings: 候鸟 safer an outcome): the wildlife more than in an earlier year (停歇的候鸟明显多于
// 去年 / 来越冬的白鹭比往年多) — the birds themselves, not the unit's counting or patrols of them (候鸟监测次数多于去年), nor an aim
// (力争…多于去年). Review 58b: nor birds harmed, caught or rescued (误捕候鸟比去年多 / 被猎捕的候鸟比去年多 / 救助受伤候鸟比去年多):
// more of them is a harm or a count of work.
export const WILDLIFE_BACK =
  /(?:又|重新)(?:能|可以)?(?:见到|看到|看见|听到|出现)(?:了)?[^，,。；]{0,12}?(?:鱼群|鸟群|白鹭|野鸭|江豚|鸳鸯|水鸟|候鸟|萤火虫)|(?<!(?:要|力争|争取|确保|希望|预计|有望)[^，,。；]{0,12})(?<!(?:捕|猎|杀|伤|救助|救治|收容|死|亡|毒|贩|售|卖|抓|误)的?)(?:鱼群|鸟群|白鹭|野鸭|江豚|鸳鸯|水鸟|候鸟|萤火虫)(?:的)?(?:数量|种类|只数)?(?:(?:明显|显著|大大|远)?(?:多于|超过)(?:去年|往年|上年|以往|过去)(?:同期)?|比(?:去年|往年|上年|以往|过去)(?:同期)?(?:明显|显著)?(?:多|增多))(?![^，,。；]{0,2}(?:的|吗))/;
/**
 * The review: the pupils' own deed told done (有学生回家劝阻父亲 / 孩子主动提醒家人 / 学生劝阻了父亲), not the unit's way of working
 * through them (鼓励 / 引导 / 发动 / 通过 / 由 学生提醒家长) nor a question; a pupil telling it well is a pupil's, not a guide's.
 */
export const CHILD_PERSUADES =
  /(?<!(?:鼓励|引导|倡导|发动|通过|由|动员|号召|教育|让|要求|是否)[^，,。；]{0,8})(?:学生|孩子|小学生|中学生)(?:们)?[^，,。；不会要将能应该是否]{0,8}?(?:(?:回家后?|主动)(?:劝阻|劝说|劝|提醒)(?:了)?|(?:劝阻|劝说|提醒)了)(?:父亲|母亲|爸爸|妈妈|家长|父母|爷爷|奶奶|家人|长辈)|(?:学生|孩子)[^，,。；]{0,10}讲得头头是道/;
/**
 * The review: a state after the recheck or the fix (复查后…恢复 / 整改后可正常使用), not a shortcoming (维修后仍不能正常使用), a demand
 * (督促…维修后恢复使用) or an aim (保证…均能正常运行 / 以保障…均可正常使用).
 */
export const USABLE_AGAIN =
  /(?<![待拟将需要]|(?:督促|要求|责令|确保|保证|力争)[^，,。；]{0,10})(?:复查|整改|修复|维修|更换)(?:后|完毕后)[^，,。；]{0,30}?(?<![不未没])(?:(?:均|都|全部)?(?:可|可以|能|能够)正常(?:使用|启用|运行)|恢复(?:正常|使用)?(?=[，,。；]|$)|达到启用)|(?<![不未没]|(?:保证|保障|确保|使|让|以|力争|要)[^，,。；]{0,12})(?:均|都|全部|全都)(?:可|可以|能|能够)正常(?:使用|启用|运行)/;

/**
 * The review: all covered told as reached (全县困难学生应助尽助 / 做到应助尽助), not the policy named (坚持应保尽保原则 / 按照…的要求 /
 * 落实应助尽助政策 / 核查是否应享尽享).
 */
export const ALL_ENTITLED =
  /(?<!(?:坚持|按照|落实|贯彻|执行|是否|核查|确保|力争|要)[^，,。；]{0,8})应(享|助|保|救|补|纳|发)尽\1(?![^，,。；]{0,8}(?:原则|要求|政策|管理|目标|的))/;
export const NO_MISUSE = new RegExp(
  `${NOT_ASKED}(?:没有|未|无)(?:发现|发生|出现)?(?:过)?(?:一(?:起|例|人))?(?:冒领|骗领|套取|虚报冒领|重复领取|违规领取)(?:现象|问题|情况|行为)?${NOT_ATTRIBUTE}`,
);
/** The review: gone within a time told (小时内 / 当天), not a procedure (发现积水及时排除) or a condition (…排除后方可通行). */
export const WATER_GONE =
  /积水[^，,。；]{0,12}?(?:小时内|分钟内|当天|当日)[^，,。；]{0,4}?(?:全部|基本)?(?:退去|消退|排干|排净|排除|排出|退完|排完)(?!后)/;
/** The review: trees as the subject, recovering as told (3株濒危古树恢复长势), not an aim, a question or a season. */
export const TREES_RECOVERED =
  /(?<!(?:帮助|使|促其|促进|促使|让|能否|是否|以|力争)[^，,。；]{0,6})(?:古树|树木|大树|名木|株)[^，,。；]{0,8}?(?:恢复(?:了)?(?:长势|生机)|长势(?:逐步|已经?|明显)?恢复|(?:萌发|长出|发出)(?:了)?新(?:芽|枝|叶|梢))(?![^，,。；]{0,4}的)/;

export const STATE_RESULTS: readonly RegExp[] = [
  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,
  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,
];
