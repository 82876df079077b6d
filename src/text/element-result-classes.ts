/**
 * 取得成效, the broad classes (issue 11: an outcome claimed — an improvement, a recognition,
 * satisfaction or coverage reached, an effect on people). Each class is a shape of saying that
 * something changed or was reached, built from word classes (states, people, before/after
 * markers), not from phrases of any one report:
 * - a state reached, in the perfective: a state adjective + 了 (地面干了、路通了、心里踏实了、更顺了);
 * - people's own words or thanks: a person served + 说/夸/称赞 + a quotation, or a letter of thanks,
 *   a 锦旗 sent or received;
 * - before and after: 从/由 … 降到/提高到/缩短到 …, 从过去…变成…, 到三季度只剩…;
 * - relief and ability: 不再绕远路、不用求人了、小病不出村、省心不少、能独自办事;
 * - coverage or a rate reached: 100%张贴、签约率100%、满意度调查得分93.8分.
 * Intentions, purposes and shortcomings are cut off by the caller, as for the narrow tests.
 */

/** States a place, a service or a person can reach. */
const STATE =
  '干净|整洁|干|净|清|亮堂|亮|淡|顺畅|顺|通畅|畅通|通|宽敞|宽|平整|平|美|绿|少|多|好|快|近|方便|便利|便捷|安全|安心|放心|省心|省事|踏实|舒心|舒服|清净|清爽|安静|整齐|暖和|热闹|规范|有序|文明|和谐|融洽|满意|漂亮|敞亮|顺心|轻松|齐全';

/** People the work serves, whose words or thanks are an effect on them. */
const PEOPLE =
  '群众|居民|市民|村民|老人|老年人|老人家|家长|患者|病人|游客|商户|摊主|摊贩|经营户|学生|孩子|顾客|职工|农民工|残疾人|司机|乘客|读者|观众|住户|业主|大爷|大妈|阿姨|大姐|大叔|奶奶|爷爷|老乡|群众们|居民们|村民们|企业|办事群众|服务对象|环卫工人|家属|子女|种植户|种植大户|养殖户|农户|果农|菜农|渔民|牧民|店主|车主|货车司机|外卖员|快递员';

export const RESULT_CLASSES: RegExp[] = [
  // A state reached, in the perfective: 地上干了、味道也淡了、路通了、心里也亮堂了、更顺了
  // (干了几件事 / 清了三条沟: a verb of doing with its object counted, not a state).
  new RegExp(`(?<![开完做办建成到备排搞弄定])(更|也|都|又|变|变得|越来越|终于|总算)?(${STATE})了(?![解一个些的几这那哪以如下什啥件项\\d二三四五六七八九十两])`),
  // People's words without a quotation: 家长代表说心里踏实了 (with one: PEOPLES_WORDS, on the sentence).
  new RegExp(`(${PEOPLE})[^，,。；“”]{0,8}(说|讲|夸|称赞|感慨|直言|坦言|笑着说|高兴地说|表示|留言|点赞)[^，,。；]{0,2}(心里|这下|现在|如今|终于|总算)`),
  /(感谢信|表扬信|锦旗|致谢信|感谢卡)|(写信|登门|专程|致电|打电话|来电|留言)[^，,。；]{0,4}(致谢|感谢|道谢|点赞)/,
  // Before and after: 从1.2%降到0.3% / 从一个多小时缩短到二十分钟 / 从过去冷冷清清，变成现在…
  /(从|由)[^，,。；]{1,20}(降|减|缩短|缩减|压缩|提|升|增|上升|下降|减少|增加|增长|提高|提升)[^，,。；]{0,2}(到|至|为)/,
  /(到|至|如今|现在|目前|眼下)[^，,。；]{0,10}(只有|仅有|只剩|仅剩|只剩下)/,
  // Relief and ability: 不再绕远路 / 不用求人了 / 小病不出村 / 子女省心不少 / 能独自到…办事.
  /不再(?!发生|出现)[\u4e00-\u9fff]{1,6}|再也不[\u4e00-\u9fff]{1,4}|不用[^，,。；]{1,8}了|不出(村|院|门|户|镇|社区)|足不出户|(省心|放心|安心|方便|省事|省时|轻松)(了|不少|多了|许多|很多)|(能|可以|能够)独自/,
  // Coverage or a rate reached: 100%张贴禁售标识 / 签约率100% / 满意度调查得分93.8分.
  /(?<![\d.])\d+(\.\d+)?%\s*(的)?[\u4e00-\u9fff]{0,6}(张贴|签约|覆盖|达标|配备|配齐|落实|建立|实现|完成|安装|建成|持证|参保|接种|知晓|满意|合格|到位|上岗|使用)|(?<!参与|出勤|到会|参加|出席|报名|上座|到位|到课|参训|参学|签到|到岗)率\s*(为|达|是)?\s*\d|(满意度|满意率|好评率)[^，,。；]{0,8}(得分|分数|评分)/,
  // 健步走成为不少居民每天的习惯 / 成为常态 / 成为生活方式.
  /成为[^，,。；]{0,16}(习惯|常态|风尚|自觉|共识|生活方式|一部分|日常|新时尚|时尚|潮流|首选|打卡地)/,
  // Something gained: 有了好去处 / 有地方去了.
  /有了[^，,。；]{0,6}(去处|地方|场所|着落|保障|依靠|盼头|奔头|底气|归属|新家|落脚)|有地方[\u4e00-\u9fff]{0,2}了/,
  // A quantity of people's lives changing at the clause's end: 收入增加了 / 客流明显增多.
  /(收入|客流|人气|销量|营业额|客源|生意|游客量?|回头客|人流)[^，,。；]{0,6}(增加|增多|增长|提高|提升|上升|翻番|翻了)/,
  // A share: 下降了三成 / 少了一半.
  /(下降|减少|降低|提高|提升|增长|增加|少|多)了?(近|超过)?([一二两三四五六七八九]成|一半|近半|过半|大半|一倍)/,
  // Spread and copied: 做法被其他乡镇学去了 / 被借鉴.
  /(做法|经验|模式|办法)[^，,。；]{0,12}(学去|学习借鉴|借鉴|复制|采用|效仿)/,
  // Gone: 基本看不到了 / 再没发生过 / 没有再积水 / 如今见不到污水.
  /(看不到|见不到|听不到|不见)了|(如今|现在|眼下|再也|再)[^，,。；]{0,10}(看不到|见不到|听不到|找不到)|(没有|没|未)再[\u4e00-\u9fff]|再(也)?没(有)?[\u4e00-\u9fff]/,
  // None received: 未接到一起投诉 / 没有发生一起.
  /(未|没有|没)(接到|收到|发生|出现)(过)?(一起|一例|一件|一宗|任何)|一(起|件|例|宗|次)也没有?|无一(起|件|宗)/,
  // People behaving differently: 孩子回家主动分类垃圾了 / 商户们主动把摊位往里收了.
  new RegExp(`(${PEOPLE})们?[^，,。；]{0,6}(主动|自觉|学会|习惯)[^，,。；]{1,14}了`),
  // Time and trips saved: 少跑两趟 / 节省了时间.
  /(少跑|少等|少花|少走|少排)[^，,。；]{0,6}|(节省|节约|缩短|省下)了/,
  // Able to at last: 在家门口就能吃上热乎饭 / 老人们吃上了午饭.
  /(吃上|喝上|用上|住上|坐上|看上|穿上|戴上|享受上|办上)了|在家门口|(就能|就可以|都能|也能|随时能|终于能)[\u4e00-\u9fff]{0,4}(吃上|喝上|用上|住上|享受|办成|办好|办完|买到|看上|坐上|读到|借到|看到|停上)/,
  // Relief: 免去了奔波之苦 / 告别了排长队.
  /(免去|免除|省去|省掉|告别|摆脱)了/,
  // Zero reached: 差评数为零 / 实现零投诉.
  /(投诉|差评|事故|案件|发案|违章|违法|隐患|纠纷|上访|信访|火灾|伤亡|差错|欠薪|积压|滞留)[^，,。；]{0,6}(为|是|保持|降为|降到|降至|实现)零(?!星|散|售|件)/,
  // Someone now there: 孩子放学后有人管、有地方学习.
  /(?<![没无缺])有人(管|帮|陪|问|照顾|照看|指导|引导|帮忙)|(?<![没无缺])有地方[\u4e00-\u9fff]{1,4}/,
  // A state described by a reduplicated adjective at the clause's end: 摊位整整齐齐 / 街面干干净净.
  /([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2(的|了)?$/,
  // More of the served doing it themselves: 不少家长主动加入志愿者队伍.
  new RegExp(`(不少|很多|许多|越来越多的?|一批)(${PEOPLE})[^，,。；]{0,4}(主动|自觉|自发|纷纷)`),
  // Praise from the served: 游客留言称赞景区干净.
  new RegExp(`(${PEOPLE})们?[^，,。；]{0,8}(称赞|夸赞|赞扬|点赞|夸奖|好评|赞不绝口|竖起大拇指)`),
  // An effect on the served for the first time or at last: 让很多老人第一次知道…
  new RegExp(`(让|使)[^，,。；]{0,8}(${PEOPLE})[^，,。；]{0,6}(第一次|首次|终于|从此|再也不|不再)`),
  // Easy now: 生意好做了 / 感到放心.
  /好(做|卖|找|办|走|停|过|看|用|住|管)了|(感到|觉得)[^，,。；]{0,8}(多了|方便|满意|放心|安心|踏实|舒心|温暖|自豪|光荣)/,
  // What it was and what it became: 曾经的垃圾场变成了街心公园.
  /(曾经|过去|以前|原来|昔日)的?[^，,。；]{1,10}(变成|变为|成了|改成)/,
];

/** A quotation that asks or complains (希望、能不能、太脏) is not praise. */
const ASKING = '希望|能不能|能否|要求|建议|怎么|为什么|什么时候|何时|太差|太脏|太乱|太吵|投诉|一定要|要把|我们要|没人管|不方便|堵|吵|臭|乱';

/** People's own words, read over the whole sentence: 有位老人说：“孩子不在身边，街道就是家里人。” */
export const PEOPLES_WORDS = new RegExp(
  `(${PEOPLE})[^，,。；“”]{0,8}(说|讲|夸|称赞|感慨|直言|坦言|笑着说|高兴地说|表示)[：:，,]?\\s*“(?![^”]*(${ASKING}))[^”]{2,}”`,
);

/**
 * Before and after across a comma, read on the sentence: 从过去冷冷清清，变成现在灯火通明 /
 * 过去一到饭点就排长队，现在十分钟就能取到餐 / 商户们都说，现在的市场和超市差不多.
 */
export const BEFORE_AFTER = new RegExp(
  `(从|由)(过去|以前|原来|原先|往年|之前)[^。；]{1,24}(变成|变为|成了|变得|转为)|^[^。；]{0,6}(过去|以前|原来|原先|往年|从前)[^。；]{2,30}[，,；;]\\s*(现在|如今|眼下|而今)(?![^。；]*(要|将|需|应|仍|还是|没|难|${ASKING}))[^。；]{2,}|(${PEOPLE})们?[^，,。；“”]{0,6}(说|讲|感慨|夸)[，,：:]\\s*(现在|如今|这下|终于)(?![^。；]*(没|难|还是|不好|不行|不够|${ASKING}))`,
);
