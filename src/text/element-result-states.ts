/**
 * Session 49 (set 44, moved to train): states reached by the people a unit supervises or serves, and by the places it checks, that
 * the result classes did not hold (the set's rulings: 再犯罪 told zero, 对象 told stable, families told relieved or grateful, 辍学
 * told zero, fish or birds told back, a site told usable after the recheck are outcomes; a row 表现良好 / 正常 of one case is none).
 * Clause patterns, read by element-results.ts like its other classes (an aim, a condition or a shortcoming is cut before).
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
 * - NO_MISUSE: no benefit taken wrongly (未发现冒领现象 / 没有出现骗领): a register's cell about one person is none.
 * - WATER_GONE: standing water told gone soon (积水在2小时内退去 / 积水当天全部排干).
 * - TREES_RECOVERED: trees told recovering (3株濒危古树恢复长势 / 复壮后萌发新枝); not 未恢复.
 */
const SUPERVISED = '(?:社区矫正对象|矫正对象|帮教对象|安置帮教对象|刑释人员|刑满释放人员|对象)';
export const NO_REOFFENCE =
  /(?:没有|没|未|无|零)(?:再)?(?:发生|出现)?(?:过)?(?:一(?:起|例|人|名))?(?:对象)?(?:重新违法犯罪|重新犯罪|再犯罪|再犯|脱管|漏管)|(?:再犯罪|重新犯罪)率?(?:为零|为0|保持为?零)/;
export const NO_DROPOUT = /(?:没有|无|未)(?:发生|出现)?(?:一(?:名|个|例))?(?:学生|儿童|孩子|适龄儿童)?(?:因[^，,。；]{1,10})?(?:辍学|失学)/;
export const THOSE_STABLE = new RegExp(
  `${SUPERVISED}们?[^，,。；｜|]{0,8}?(?:总体|整体|普遍|均|都|也)?(?:思想|情绪|情况|表现)(?:总体|整体|普遍|均|都|也|较为|比较)?(?:稳定|平稳|安分|良好)(?![^，,。；]{0,4}(?:吗|与否))`,
);
export const THANKS_FROM_SERVED =
  /(?<![向对给][^，,。；]{0,16})(?:家属|家长|群众|居民|村民|老人|当事人|患者|渔民|对象)(?:们|及家属)?(?:都|也|纷纷|十分|非常|很是|一再|连连)?(?:对[^，,。；]{1,16}?)?(?:表示)?(?:感谢|感激)(?![信卡])/;
export const PEOPLE_CHANGED = new RegExp(`(?:${SUPERVISED}|孩子|学生|老人)[^，,。；]{0,6}?(?:变化|转变|改变)(?:很大|巨大|明显|不小|较大)`);
export const WILDLIFE_BACK =
  /(?:又|重新)(?:能|可以)?(?:见到|看到|看见|听到|出现)(?:了)?[^，,。；]{0,12}?(?:的身影|鱼群|鸟群|白鹭|野鸭|江豚|鸳鸯|水鸟|候鸟)/;
export const CHILD_PERSUADES =
  /(?:学生|孩子|小学生|中学生)[^，,。；不会要将能应该]{0,8}?(?:回家)?(?:劝阻|劝说|劝|提醒)(?:了)?(?:父亲|母亲|爸爸|妈妈|家长|父母|爷爷|奶奶|家人|长辈)|讲得头头是道/;
export const USABLE_AGAIN =
  /(?<![待拟将需要])(?:复查|整改|修复|维修|更换)(?:后|时|完毕后)[^，,。；]{0,30}?(?:(?:均|都|全部)?(?:可|可以|能|能够)正常(?:使用|启用|运行)|恢复(?:正常|使用)?(?=[，,。；]|$)|达到启用)|(?<![不未没])(?:均|都|全部|全都)(?:可|可以|能|能够)正常(?:使用|启用|运行)/;

export const ALL_ENTITLED = /应(享|助|保|救|补|纳|发)尽\1/;
export const NO_MISUSE =
  /(?<![｜|][^，,。；｜|]{0,12})(?:没有|未|无)(?:发现|发生|出现)?(?:过)?(?:一(?:起|例|人))?(?:冒领|骗领|套取|虚报冒领|重复领取|违规领取)(?:现象|问题|情况|行为)?/;
export const WATER_GONE =
  /积水[^，,。；]{0,12}?(?:小时内|分钟内|当天|当日|很快|及时|迅速)[^，,。；]{0,4}?(?:全部|基本)?(?:退去|消退|排干|排净|排除|退完|排完)/;
export const TREES_RECOVERED =
  /(?<![未没不难])(?:恢复(?:了)?(?:长势|生机)|长势(?:逐步|已经?|明显)?恢复|(?:萌发|长出|发出)(?:了)?新(?:芽|枝|叶|梢))/;

export const STATE_RESULTS: readonly RegExp[] = [
  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,
  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,
];
