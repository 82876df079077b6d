/**
 * Session 37 (set 32, moved to train): effects on the persons served the result classes did not hold (the label standard: an
 * effect on people, qualitative counts; the rulings: a person told back at work, a case settled for a person, a party's or a
 * family's thanks, elders told no longer deceived are outcomes). Clause patterns, read by element-results.ts.
 *
 * - RECOVERED: what was owed got back (7名骑手全部拿回被拖欠的工资 / 帮助村民孔某追回被拖欠的货款 / 代某某拿到了赔偿款; session 38:
 *   宋某每月按时领到孩子抚养费).
 * - NOT_DECEIVED: a fraud seen through (当即识破并提醒了其他老同志 / 没有再上当 / 挽回损失2万元).
 * - AT_WORK: a person told in work or back at school (贺某已在县物流园稳定就业 / 已重返校园).
 * - THANKED: thanks brought to the unit (其母亲到服务站感谢社工 / 送来锦旗 / 打来电话致谢).
 * - GROUP_FORMED: a circle of regulars formed around the unit's activity (周末读书会已形成30余人的固定读者群).
 * - PRAISED_SAYING: those served telling what the work meant to them (孔某逢人便说村里有了“自己的律师” / 老同志们说“这样的课讲到了
 *   我们心坎上”).
 */
export const RECOVERED = /(?:拿回|追回|讨回|要回|领到|拿到|收回)了?(?:被)?(?:拖欠|欠付|克扣)?的?(?:孩子的?|老人的?)?(?:工资|薪水|货款|赔偿款?|欠款|补偿款?|救助金|抚恤金|血汗钱|劳务费|工钱|押金|钱款|抚养费|赡养费)/;
export const NOT_DECEIVED = /(?:当即|当场|及时|一眼|成功|都能|均能|能够?|已)识破|识破了|(?:没有|没|未|不再|没再)(?:再)?上当|挽回(?:了)?[^，,。；]{0,8}?损失/;
export const AT_WORK = /(?:已|已经|顺利|重新)[^，,。；]{0,10}?(?:稳定就业|实现就业|上岗|找到(?:了)?工作|重返校园|回到(?:了)?(?:学校|课堂|岗位)|复学)/;
export const THANKED = /(?:到|来)[^，,。；]{0,8}?(?:感谢|致谢|道谢)|送来(?:了)?[^，,。；]{0,6}?(?:锦旗|感谢信|表扬信)|打来电话(?:表示)?(?:感谢|致谢)/;
export const GROUP_FORMED = /(?:已|已经|逐步|逐渐)?形成(?:了)?[^，,。；]{0,12}?(?:固定|稳定)(?:的)?(?:读者群|听众群|学员群|志愿者队伍|参与群体|客群)/;
const SERVED_SPEAKER = '(?:群众|居民|村民|市民|老人|老同志|家长|学生|患者|家属|骑手|工人|职工|读者|学员|当事人|[\\u4e00-\\u9fff]某|[\\u4e00-\\u9fff]{1,2}(?:大爷|大妈|奶奶|爷爷|阿姨|老汉))';
export const PRAISED_SAYING = new RegExp(
  `${SERVED_SPEAKER}(?:们)?[^，,。；“]{0,6}?(?:说|表示|称赞)[^，,。；]{0,12}?“[^”]{0,20}(?:心坎|贴心|暖心|放心|踏实|有底|自己的|家门口|帮了大忙|真管用|真好|很好|好多了)[^”]{0,12}”`,
);

export const PERSON_RESULTS: readonly RegExp[] = [RECOVERED, NOT_DECEIVED, AT_WORK, THANKED, GROUP_FORMED, PRAISED_SAYING];
