/**
 * Session 25 (precision25): outcomes of the standard's own kinds — "an effect on people", "residents' words of praise", "a
 * harm that did not happen at all", "a rank gained", "a habit formed" — told in forms the earlier classes did not know.
 * Each is read on a clause (SESSION25_CLAUSE, in the loop of element-results.ts, with its guards: a good thing falling, a
 * turn for the worse, the unit's own effort grown) or on the sentence (SESSION25_SENTENCE: a quotation spans commas).
 */
import { PEOPLE, WORSENED } from './element-result-classes.js';

/** A quotation that asks, complains or denies (希望… / 能不能… / 太脏 / 不方便 / 没人管 / 难): no praise. */
// Session 26 (review26): 不 denies unless it is part of a word of praise (不错 / 不用愁 / 不再…: a bad thing ended).
const NOT_PRAISE = '希望|能不能|能否|要求|建议|怎么|为什么|什么时候|何时|太|投诉|一定要|要把|要|没|不(?!错|再|用愁)|难|差|堵|吵|臭|乱|脏|慢|贵|远|烦|累';

/**
 * The served reporting or writing their praise (求职群众反映大厅“找得到、办得快” / 观众在留言簿上写道：“讲得生动…” / 家长反馈
 * 孩子“更讲诚信了”): their words, quoted, of what the work did — as 说 + a quotation is (PEOPLES_WORDS). 反映 / 反馈 usually bring
 * a complaint, so the quotation must hold a word of praise (好 / 快 / 放心 / 生动 / 更…) and no negation, want or bad word at all.
 */
// Session 26 (review26): 好 counting (好多 / 好几 / 好些: many) or likening (好像 / 好比) is no praise.
const PRAISE = '好(?!多|几|些|像|比|似)|快|方便|便利|便捷|放心|满意|安心|省心|舒心|舒服|干净|整洁|亮堂|敞亮|生动|暖|贴心|实在|入迷|爱听|爱看|喜欢|感谢|谢谢|点赞|顺心|省事|清爽|漂亮|诚信|懂事|礼貌|更(?!差|乱|难|慢|少)';
/** A quotation's longest read (session 26: its open spans bounded, linear in the text). */
const QUOTE_MAX = 120;
const SERVED_REPORT = new RegExp(
  `(?<![为给向对帮替跟让请])(?:${PEOPLE})们?[^，,。；“”]{0,8}(?:反映|反馈|写道|留言说|评价说?|评价道|称赞道|赞道)[^“”。；]{0,8}“(?![^”]{0,${QUOTE_MAX}}?(?:${NOT_PRAISE}|${WORSENED}))(?=[^”]{0,${QUOTE_MAX}}?(?:${PRAISE}))[^”]{2,${QUOTE_MAX}}”`,
);

/** Read on the sentence (a quotation spans its commas). */
export const SESSION25_SENTENCE: RegExp[] = [SERVED_REPORT];

/**
 * Session 26 (review26): a wrong named as what took hold or what stirred the reaction (乱停乱放成了常态 / 强拆行为…引起强烈反响):
 * the direction is for the worse, no outcome (a custom taking hold: TOOK_HOLD, read in element-results.ts's clause loop for every
 * class that tells one).
 */
export const TOOK_HOLD = /(?:成了|成为|已成|养成|形成)[^，,。；]{0,8}(?:新风尚|风尚|新风|新时尚|时尚|常态|习惯|自觉|风气)/;
export const WRONG = '违|乱|非法|私搭|强拆|强制|暴力|粗暴|冲突|事故|纠纷|投诉|不满|质疑|负面|舆情|不文明|陋习|随地|闯红灯|攀比|铺张|大操大办|占道|拖欠|欠薪';

/** Harms that did not come about (山火 / 溺水 / 违纪 …), beyond 事故 / 案件 / 事件 / 问题 which TESTS already read. */
const HARM = '火灾|山火|火情|溺水|伤亡|伤人|中毒|踩踏|险情|违纪|作弊|失分|扣分|欠薪|失学|辍学|返贫|上访|群体性';

export const SESSION25_CLAUSE: RegExp[] = [
  // - A harm that did not happen at all (公墓周边没有发生山火 / 全年未出现溺水 / 期末考试“诚信考场”无一人违纪 / 没有一名学生作弊): the
  //   standard's own example (未发生人员伤亡) with the harms a work prevents named.
  new RegExp(`(?:未|没有|没|无)(?:发生|出现)过?[^，,。；]{0,12}?(?:${HARM})|(?:无|没有|未有)一(?:人|例|起|名|个|户|位)[^，,。；]{0,6}?(?:${HARM})`),
  // - A custom taking hold, told as reached (带鲜花祭扫成了新风尚 / 文明用餐成了常态): 成了 as 成为 / 渐成 are.
  new RegExp(`(?<!(?:让|使|要|确保|力争|争取|努力|希望)[^，,。；]{0,12})成了[^，,。；]{0,6}(?:新风尚|风尚|新风|新时尚|时尚|常态|习惯|自觉)`),
  // - A bad thing no longer seen (公墓入口基本不见焚烧纸钱 / 再也看不到乱扔的垃圾): a harm gone, as 看不到…了 is (NO_LONGER_PERCEIVED).
  //   Session 26 (review26): the bad thing is what is no longer seen, not the means of dealing with it (看不见垃圾清运车 /
  //   见不到垃圾桶: a service gone, a change for the worse).
  /(?:基本|几乎|已|再也|已经)(?:不见|看不到|看不见|见不到)[^，,。；]{0,10}?(?:乱|违|焚烧|烧纸|纸钱|鞭炮|垃圾|烟头|小广告|占道|积水|污水|异味|摊点|杂物)(?!清运|清扫|清理|收集|收运|转运|处理|处置|分类|[桶箱车站房池屋])/,
  // - A score or a standing gained against an earlier time (得分96.5分，较3月提高11分 / 排名较一季度前进4位): a rank gained, counted
  //   in points, places or percentage points — not a count of the unit's work (场、次、人).
  /较[^，,。；]{1,10}?(?:提高|提升|上升|增加|前进|进步)了?\s*[\d一二两三四五六七八九十.]+\s*(?:分|位|名|个百分点)/,
  // - A problem put right, all of it or already (满溢问题全部解决 / 反映的问题均已解决): at its clause's end, so no count of cases
  //   handled (已解决群众诉求52件) is read.
  //   Session 26 (review26): no negation or remainder between (问题还没有都解决 / 尚未全部解决).
  /(?:问题|现象|隐患|难题|诉求)[^，,。；不没未尚还仍]{0,4}(?:已经?|全部|均已|都已|已全部|均|都)(?:得到)?解决了?$/,
  // - The people moved by the work, told as their reaction (在群众中引起广泛共鸣 / 引起强烈反响).
  //   Session 26 (review26): not a wrong's reaction (强拆行为在群众中引起强烈反响).
  new RegExp(`(?<!(?:${WRONG})[^，,。；]{0,16})引起(?:了)?[^，,。；]{0,6}?(?:共鸣|强烈反响|热烈反响|良好反响|广泛反响)`),
  // - The served more willing now (孩子也更愿意和父母交流 / 居民越来越愿意参加): an effect on people, in the comparative.
  new RegExp(`(?<!(?:让|使|令|要|求|确保|力争|争取|努力|为了|希望|引导|鼓励)[^，,。；]{0,8})(?:${PEOPLE}|年轻人|青少年)们?(?:也|都)?(?:更|更加|越来越)(?:愿意|乐意|喜欢|爱)`),
  // - The served taken with what the work gave them (故事学生爱听 / 老人们听得入迷 / 孩子们都喜欢来): their liking, told as so.
  new RegExp(`(?<!(?:让|使|令|要|求|确保|力争|争取|努力|为了|希望|引导|鼓励|如何|怎样|怎么)[^，,。；]{0,8})(?:${PEOPLE}|年轻人|青少年)们?(?:都|也|特别|很|非常)?(?:爱听|爱看|爱来|喜欢听|喜欢看|喜欢来|听得入迷|看得入迷)`),
];
