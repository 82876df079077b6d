/**
 * Session 39 (set 34, moved to train): outcomes of relief, care and casework the result classes did not hold (the label standard:
 * an effect on people; set 34's rulings: a person told home with family, families told settled in, a patient told reimbursed in time,
 * a family told kept from poverty, losses told avoided). Clause patterns, read by element-results.ts like its other classes (aims
 * and shortcomings are cut or masked before).
 *
 * - REUNITED: a person home with family (与家人团聚 / 由其父亲接回家中 / 已由家人接回 / 寻亲成功) — not 护送返乡 alone (the unit's
 *   measure), not 通知家属接回 (a request).
 * - CARED_FOR: all treated or placed in time, no one dead or frozen (全部得到及时救治 / 无一例因延误救治死亡 / 均得到妥善安置 /
 *   没有流浪人员冻伤冻亡).
 * - MOVED_IN: families settled in (42户已全部入住 / 搬进了新家).
 * - REIMBURSED: a bill settled at once (出院当天就结算报销 / 报销款已到账).
 * - KEPT_FROM_POVERTY: no family fallen into poverty or debt (没有因看病拉下饥荒 / 未出现因病返贫).
 * - RESTORED: a standing restored (信用等级由D级修复为B级 / 恢复正常领用发票).
 * - LOSS_AVOIDED: losses smaller than before or counted as avoided (损失明显小于往年 / 减少损失约350万元).
 */
export const REUNITED =
  /(?:与|和|同)(?:其)?(?:家人|亲人|家属|父母|子女|亲属)(?:顺利|成功|终于)?团聚|(?<![将拟])(?:接回|送回|回到)(?:了)?(?:家中|家里|老家|(?:亲人|家人)身边)|(?:接回|送回)(?:了)?家乡|(?<![将拟要请让等]|通知|联系)(?:家人|家属|亲属|父母|父亲|母亲|子女|儿子|女儿)[^，,。；]{0,6}?接回(?!来)|寻亲成功|找到了?(?:其)?(?:家人|亲人)/;
export const CARED_FOR =
  /(?:全部|均|都)(?:已)?(?:得到|获得)(?:了)?(?:及时|有效|妥善)?(?:的)?(?:救治|治疗|安置|救助)|(?:无一例|没有一例|未发生一例|未出现一例)[^，,。；]{0,10}?(?:死亡|冻伤|冻亡|伤亡|受伤)|(?:没有|未(?:发生|出现)|无)[^，,。；]{0,10}?(?:冻伤|冻亡|冻死)/;
export const MOVED_IN = /(?:已|均已?|都已?)(?:全部)?(?:入住|搬入|住进|住上)|搬进了?新(?:家|房)/;
export const REIMBURSED = /出院当[天日](?:就|即)?(?:完成|办理|办结)?(?:了)?结算|报销款(?:已|已经)到账/;
export const KEPT_FROM_POVERTY = /(?:没有|未|没|无一户)(?:出现)?(?:因[^，,。；]{1,8}?)(?:返贫|致贫|拉下饥荒|欠下?债|背上债务)/;
export const RESTORED = /由[A-Da-d]级?(?:修复|恢复|提升|调整)为[A-Da-d]级?|恢复(?:了)?正常(?:领用|使用|经营|生产|生活|供水|供电|通行|开放|营业|运行)/;
export const LOSS_AVOIDED =
  /损失(?:明显|大大|显著)?(?:小于|低于|少于)(?:往年|去年|上年|以往|常年)|(?:减少|挽回|避免)(?:了)?(?:经济)?损失(?:约|近|达|超过)?\s*[\d一二两三四五六七八九十百千万.]+\s*[万亿]?元/;

/**
 * Session 48 (train 21840): a person enabled to go on told done (孩子得以继续上学 / 救助使老人得以及时就医) — 得以 tells what followed;
 * and families kept in food and clothing (困难家庭过年吃穿不愁 / 不愁吃穿了). An aim (确保…得以 / 要让…吃穿不愁) and a purpose
 * (为了使…得以 / 以便…) are cut before, as for every class here; a condition (只有…才得以) or a question (能否得以) is guarded
 * here (the review).
 */
export const ENABLED =
  /(?<!(?:能否|是否)[^，,。；]{0,6})(?<!才)得以(?:继续|顺利|重新|及时|按时|正常)?(?:上学|入学|复学|返校|就医|就诊|治疗|住院|手术|安置|就业|上岗|团聚|回家|返乡|解决|落实|恢复)/;
export const NEEDS_MET = /(?:吃穿不愁|不愁吃穿|吃穿用度不愁)/;

export const RELIEF_RESULTS: readonly RegExp[] = [REUNITED, CARED_FOR, MOVED_IN, REIMBURSED, KEPT_FROM_POVERTY, RESTORED, LOSS_AVOIDED, ENABLED, NEEDS_MET];
