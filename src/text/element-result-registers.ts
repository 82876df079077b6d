/**
 * 取得成效, classes of session 10 (the eighth set: grassroots units writing plainly, speech-style
 * 汇报, 清单式 lists). Each is a shape of claiming an outcome that the classes of
 * element-result-classes.ts did not foresee; intentions, purposes and shortcomings are cut off by
 * the caller (element-results.ts), as for every class.
 */
import { PEOPLE } from './element-result-classes.js';

/** Not an aim (让老人吃得好 / 确保群众住得暖 / 使…更好): the outcome must be claimed, not sought. */
const NOT_AIM = '(?<!(?:让|使|令|要|求|保证|确保|争取|力争|努力|做到|待|等到|如果|若|一旦|直到|直至|督促|倡导|提倡|引导|号召|鼓励|动员)[^，,。；]{0,16})';

/** People a plain report speaks of (PEOPLE, and the young and women of a village). */
const FOLK = `${PEOPLE}|年轻人|青年|妇女|后生|小伙子|姑娘|娃们`;

/** Qualities of people's conduct and of places that a plain report says are better now. */
const PLAIN_STATE =
  '工整|懂事|有礼貌|讲礼貌|听话|勤快|大方|开朗|活泼|自信|和睦|和美|和气|融洽|亲热|热络|安逸|舒坦|自在|红火|兴旺|热闹|干净|整洁|整齐|规范|文明|有序|顺畅|安静|亮堂|敞亮|漂亮|好看';

/**
 * Session 12, issue 11 ("work completed on things" is an outcome, as 完成改造620户): a facility built and
 * counted (建成口袋公园3个 / 新建成停车场2处 / 建成投用健身步道5公里). It is a measure too (a facility):
 * element-measures.ts does not drop it as a clause stating a result. Stock told as what the place has
 * (累计建成 / 全县建成…14个 / 2000年以前建成的) is a figure or background (data), not this work's outcome.
 */
export const FACILITY_BUILT = new RegExp(`${NOT_AIM}(?<!累计|历年|先后|原有|早已|早年|以前|之前|年)(?<!(?:全县|全镇|全乡|全区|全市|全域|辖区)[^，,。；]{0,4})(?:新)?建成(?:并)?(?:投用|投入使用|开放)?(?!的|区|面积|率|时间|年代|于|(?:已|已经|超过|逾|近|满|有)?[\\d一二两三四五六七八九十]+(?:多|余)?年)[^，,。；]{1,12}?[\\d一二两三四五六七八九十百千万]+(?:\\.\\d+)?\\s*[余多]?\\s*(?:处|个|座|条|公里|千米|米|平方米|栋|所|间|家|块|套|盏|张)`);

/**
 * Session 28 (dust28 and quiz28; session 29, review29: the two rules folded into this one): a wrong not come back after the work
 * (5月下旬复查未见反弹 / 没有出现反弹 / 未再回潮); 防止 / 避免 … 反弹 is an aim, and a denial of the claim before it (不能说没有反弹 /
 * 很难说没有回潮) concedes the opposite. A turn after it in the sentence telling the wrong back (…，但6月又有4处摊点回到原处) voids
 * it (CAME_BACK, read by the caller on what follows the clause). A 保持 / 恢复 state kept or restored is GOOD_STATE_REACHED's.
 */
export const NOT_BACK = new RegExp(`${NOT_AIM}(?<!(?:防止|避免|谨防|严防|以防|防范|杜绝)[^，,。；]{0,8})(?<!(?:不|难|没法|无法)[^，,。；]{0,2}说[^，,。；]{0,4})(?:没有|没|未|不见|无)(?:见|再)?(?:出现|发生)?(?:反弹|回潮|复发|反复)(?![^，,。；]{0,2}(?:的|前|之前))`);
/** After the clause: a turn telling the wrong back (但6月又有4处摊点回到原处 / 不过近期又有回潮). */
// Session 30 (review30): with no 但 too, when a later clause tells the wrong itself back (…未见反弹，6月又有4处摊点回到原处 / …又出现):
// 又 / 再次 / 重新 with the return (回到 / 反弹 / 回潮 / 复发 / 出现), not 又 with a deed of the unit's (又开展了巡查).
export const CAME_BACK = /^[^。]*?[，,；;]\s*(?:(?:但|但是|不过|可是|然而|只是)[^。；]{0,30}?(?:又|再次|再度|重新|反弹|回潮|复发|回到)|[^。；，,]{0,20}?(?:又|再次|再度|重新)[^。；，,]{0,16}?(?:回到(?![^。；，,]{0,8}(?:规划|指定|划定|经营区|正轨|正常))|反弹|回潮|复发|出现(?![^。；，,]{0,4}(?:成群|白鹭|鱼|鸟|候鸟|水草|清澈|蓝天))))/;

export const RESULT_REGISTERS: RegExp[] = [
  // Satisfaction with how the matter was handled, told at the 回访 (session 17, a 工单's register): 对办理结果满意 / 对处理情况很满意.
  // Not 不满意, nor an aim (让…对办理结果满意).
  new RegExp(`${NOT_AIM}对[^，,。；]{0,8}(?:结果|处理|办理|答复|服务|整改|处置)(?:情况|结果)?(?:都|均|也|非常|十分|很|比较|较为)?满意(?!度|率)`),
  // A quality reached, with more of it: 写的字工整多了 / 孩子们懂事多了 / 邻里关系和睦了 / 风气浓了.
  new RegExp(`${NOT_AIM}(?:${PLAIN_STATE})(?:多了|了不少|了许多|了很多|起来了|了)(?=[，,。；！、]|$)`),
  new RegExp(`${NOT_AIM}(?:风气|风尚|氛围|人气|劲头|干劲|热情|味道|年味|烟火气)[^，,。；]{0,4}(?:浓|足|旺|高|好|正)了`),
  // Better and better: 风气越来越好 / 人越来越多 (越来越多的 is already a class).
  new RegExp(`${NOT_AIM}越来越(?:好|美|亮|净|顺|旺|浓|足|暖|近|和睦|融洽|规范|整洁|干净|文明|有序|热闹|红火)(?![的地])`),
  // The served live better, V得/的 + a state: 老人们吃得好睡得香 / 住的暖 (让老人吃得好 is an aim).
  new RegExp(`${NOT_AIM}(?:吃|睡|住|穿|过|活|玩|学|干)[得的](?:好|香|饱|暖|舒服|舒坦|开心|高兴|安稳|踏实|安逸|热闹|带劲|起劲|有劲)(?![吗不])`),
  // People's words that it is good now, a plain state (PEOPLES_SAYING has the utility words).
  new RegExp(`(?:${PEOPLE})们?[^，,。；“”]{0,8}(?:都说|说|讲|反映|直说)[^。；“”]{0,20}?(?<![不没]|不[太大很算怎那])(?:热闹|舒坦|安逸|开心|高兴|自在|温暖|暖和|好(?=[，,。；！]|$)|像家|跟家里一样|比[^，,。；]{1,8}还(?![累苦差难脏乱贵远冷挤忙吵慢烦])[\\u4e00-\\u9fff]{1,3})`),
  // Someone now looks after them: 独居老人有人照应了 (有人管 / 有人陪 are in RESULT_CLASSES).
  /(?<![没无缺])有人(?:照应|照料|照护|看护|关心|问候|搭把手|惦记|看着|过问)/,
  // The bad practice nominalised is gone: 丧事摆阔气的没有了 / 打架骂人的没有了 / 乱停车的少了.
  // (…的事项越来越少 / 跑腿的人少了: the head noun may follow 的, session 12.)
  /[\u4e00-\u9fff]{2}的(?:事项|事情|事|人|情况|现象)?(?:没有了|没了|少了|不见了|基本没有了|几乎没有了|越来越少)(?=[，,。；！]|$)/,
  // Stopped: 乱埋乱葬也刹住了 / 歪风被遏制住了.
  /(?:刹住|煞住|遏制住|止住|管住|扭转)了/,
  // Nothing came back: 化解的纠纷无一反弹 / 整改的问题没有一处回潮.
  /(?:无一|没有一(?:起|件|处|户|例|个))(?:反弹|回潮|复发|反复|返贫|复燃)/,
  // Session 28 (dust28): nothing came back, told after the work (5月下旬复查未见反弹 / 没有出现反弹); 防止 / 避免 … 反弹 is an aim.
  NOT_BACK,
  // A state reached at the clause's end, with 基本/已/全部: 消防通道基本畅通 / 路灯已全部亮起.
  // Session 41 (set 36): not a cell's status alone (5月30日｜图斑2026-008｜复查｜已拆除: one case's row, no outcome).
  // Session 48 (train 15362): things told all repaired (4月底9件展品全部修复).
  /(?<!(?:要求|要|须|必须|确保|力争|争取|督促|前|实现(?!了))[^，,。；]{0,16})(?<![｜|]\s*)(?:基本|已经?|全部|都已|均已|已全部|全都)(?:畅通|通畅|整洁|干净|达标|消除|清零|杜绝|亮起|恢复|好转|正常|下架|拆除|清除|取缔|关停|建成|覆盖|修复|修好)(?:了)?$/,
  // The unit commended by an outside body: 对我县宪法宣传周活动予以表扬 / 对我镇做法进行表扬 (对表现突出的志愿者给予表彰 is the unit's own award).
  /对我(?:县|镇|乡|局|院|校|村|所|站|馆|中心|社区|街道|单位|委|办|队|园|部)(?![^，,。；]{0,24}(?:志愿者|家庭|个人|先进|典型|模范|标兵|之星|商户|人员|党员|学生|职工|干部|教师|户|批评|通报批评|约谈|要求|部署))[^，,。；]{0,24}(?:予以|进行|给予|作了|作出)?了?(?:通报)?(?:表扬|表彰|肯定|嘉奖|点赞|推广|高度评价)/,
  // A practice that spread: 先找法律明白人的做法已在农村推开.
  /(?:做法|经验|模式|办法|习惯)[^，,。；]{0,12}(?:推开|推广开|铺开|传开|普及开)/,
  // An honour kept: 连续三年保持市级文明单位称号 / 经复查继续保留 / 蝉联.
  /(?:保持|保留|保住|蝉联|继续保留|通过复查)[^，,。；]{0,16}(?:称号|荣誉|牌子|桂冠|星级(?:等级)?|[“"][一二三四五]星级[”"](?:等级)?)|(?:称号|荣誉|牌子|”)[^，,。；]{0,4}继续保留(?:了)?$|蝉联|经复查[^，,。；]{0,4}(?:继续)?保留/,
  // Listed in a register of merit: 档案被列入省级珍贵档案文献名录 / 入选国家级非遗代表性项目名录.
  /(?:列入|入选(?!者)|进入|收入|编入)(?![^，,。；]{0,20}(?:异常|失信|黑名|违法|违规|严重|整改|重点监管|警示|问题|拆除|拆迁|征收|淘汰|关停|取缔))[^，,。；]{0,20}(?:名录|保护名单|优秀名单|先进名单|目录(?=[，,。；]|$))/,
  // Taken up by the press or a higher body: 短片被省级媒体转发 / 做法被写进县委办的工作简报.
  /被[^，,。；]{0,14}(?:转发|刊登|刊载|播发|采用|写进|编入|收录|登上|转载|选用)/,
  // The served doing it themselves now: 商户们现在自己会把门前扫干净 / 孩子们现在吃饭都光盘了.
  new RegExp(`(?:${FOLK})们?[^，,。；]{0,6}(?:现在|如今|这下|眼下)[^，,。；]{0,10}?(?:(?:自己|都|也|主动)(?:会|能|知道|懂得|愿意)|(?:都|也)(?![^，,。；]{0,6}(?:不|没|出去|外出|离开|走了|搬走))[\\u4e00-\\u9fff]{1,6}了$|(?:能|会|可以)[\\u4e00-\\u9fff]{1,8}了$)`),
  // Session 48 (set 43's 33725, 33743): those served knowing now, the now told before them in the sentence (现在村民都知道过期药不能吃 /
  // 现在药柜里没有过期药了，村民也知道…要送来回收): an effect on people. An aim (要让 / 确保 … 都知道) is cut before (maskAims /
  // beforeIntention, as for every class here); 都 / 也 / 普遍 / 大多 must stand right before the knowing (the mutation run: a
  // negation, 还不知道, is masked before too).
  new RegExp(`(?:现在|如今|眼下|这下)[^。；;]{0,30}?(?:${FOLK})们?(?:也|都|普遍|大多)(?:已经?)?(?:知道|懂得|明白)(?:了)?[^，,。；]{2,}`),
  // A situation steady and improving: 安全生产形势持续稳定向好 (推动形势向好 is an aim).
  /(?<!(?:推动|促进|确保|力争|保证|争取|努力)[^，,。；]{0,8})(?:形势|态势|局面|势头|治安|秩序)[^，,。；]{0,8}(?:向好|好转|稳中向好|平稳有序|持续稳定)/,
  // Zero reached, more harms: 校园欺凌事件为零 / 溺水死亡为零 (RESULT_CLASSES has 投诉、事故…).
  /(?:事件|欺凌|溺水|死亡|返贫|失学|辍学|发案|刑案|警情|安全事故)[^，,。；]{0,6}(?:为|是|保持|降为|降到|实现)零/,
  // A problem solved, plainly: 流浪狗问题解决了 / 老大难没了.
  new RegExp(`${NOT_AIM}(?:问题|难题|难事|困难|老大难|心病|烦心事|心事)[^，,。；]{0,4}(?:解决了|解决掉了|没了|了结了)(?!再|才|后|以后)`),
  // Gone entirely: 飞线充电基本绝迹.
  /(?:基本|已经?|彻底|完全|几乎)绝迹/,
  // Became a good place or the backbone: 成了居民跳舞的好地方 / 成了村里志愿服务的骨干.
  new RegExp(`${NOT_AIM}(?:成为|成了)[^，,。；]{0,20}?(?:好地方|好去处|好帮手|榜样|骨干|主力军?|带头人|明白人|生力军|顶梁柱|领头雁)`),
  // Equipment brought up to standard everywhere: 消防器材全部配齐到位 (要求全部配齐 is a requirement).
  /(?<!(?:要求|要|须|必须|确保|力争|争取|督促|前|实现(?!了))[^，,。；]{0,16})(?:全部|均已|都已|已全部|已经全部|全都)[^，,。；]{0,2}(?:配齐|配备|安装|整改|建成|完工|达标)(?:到位)?(?:了)?$/,
  // A grade of merit obtained: 考核获全市优秀等次 / 评为优秀 / 被评上市级文明社区.
  /(?:获|评为|评定为|评上了?|定为|确定为)[^，,。；]{0,10}(?:优秀|先进|一等|甲等|A级|满分)(?:等次|等级|档次|单位|格次)?|被评上|评上了/,
  // A percentage change in Chinese numerals: 发案数下降百分之十二 / 提高三个百分点.
  /(?:下降|减少|降低|提高|提升|增长|增加|上升)了?[^，,。；]{0,4}(?:百分之[零〇一二三四五六七八九十百点]+|[一二两三四五六七八九十]+个百分点)/,
  // No points lost in an assessment: 测评中一个问题也没扣分 / 零扣分.
  /(?:没|没有|未)(?:被)?(?:扣分|失分|丢分)|(?:没|没有|未)(?:扣|失|丢)(?:一|过)分/,
  // None of it left, with words between: 今年一个下河的都没有.
  /一(?:个|人|户|家|起|例)[^，,。；]{1,6}(?:都|也)没(?:有)?(?=[，,。；]|$)(?<!(?:完成|整改|落实|达标|参加|报名|到位|来|听|看|参与|到场|出席|上课|学)[^，,。；]{0,6})/,
  // At the top of a trending list: 话题登上同城热榜第一 (a reach count alone stays data).
  /(?:登上|冲上|位列|进入|上了)[^，,。；]{0,8}(?:热榜|热搜|排行榜|榜单)[^，,。；]{0,2}(?:第[一二三1-3](?![\d十])|前三|榜首|首位)/,
  // Life back in a place: 老街晚上也有人气了.
  /(?<![没无])有(?:了)?(?:人气|生气|烟火气|起色|盼头|奔头)了?(?=[，,。；！]|$)/,
  // Now all able: 现在各村的垃圾都能做到日产日清 (现在还不能 is a shortcoming, cut before).
  new RegExp(`${NOT_AIM}(?:现在|如今|目前|眼下)[^，,。；]{0,10}?(?:都能|均能|已能|都可以|全都能|基本都能)(?![^，,。；]{0,2}(?:随便|随意|随地|乱))`),
  // Brought below a bound: 彩礼普遍降到五万元以下.
  new RegExp(`${NOT_AIM}(?:降到|降至|减到|减至|压到|压缩到|下降到)(?!零下)[^，,。；]{1,10}(?:以下|以内)`),
  // (Session 25, service25: 入围 is no longer read here — the twenty-third set's ruling: one 申报中 / 拟推荐 / 入围 is a target,
  // an honour not yet received.)
  // Cut from a figure to another, short verb: 候诊时间由四十分钟缩到十五分钟.
  /(?:从|由)[^，,。；]{1,20}(?:缩|压|砍|降|涨)(?:到|至)/,
  // Most can now: 九成以上业务能在网上办 / 八成村民会分类.
  new RegExp(`${NOT_AIM}(?:[一二三四五六七八九]成|\\d+(?:\\.\\d+)?\\s*[%％])(?:以上|多)?(?:的)?[^，,。；]{0,8}(?<![不没未])(?:能|会|可以|已经?|都)(?![不没未])`),
  // A custom taking shape: 新风尚在全村慢慢形成.
  /(?:风尚|风气|新风|习惯|氛围|共识|局面)[^，,。；]{0,8}(?:慢慢|逐渐|逐步|已经|基本|初步|渐渐)形成(?:了)?$/,
  // The served willing to come now: 村民有个头疼脑热都愿意先来卫生室.
  new RegExp(`(?:${FOLK})[^，,。；]{0,10}(?:都|也|更)愿意[^，,。；]{0,2}(?:来|到|去|上门)(?![^，,。；]{0,8}(?:投诉|反映|上访|举报|问题|告状|闹|河|江|湖|塘|水库|游泳|网吧|游戏厅|工地|打牌|赌))`),
  // First place taken: 在全市综合考评中拿了第一名 / 夺得冠军.
  /(?:拿了|拿到|获得|夺得|取得|得了|捧回)[^，,。；]{0,4}(?:第[一二三](?![十\d批期轮届次号条款项章节季类版阶部个周年])|冠军|头名|榜首|金奖|一等奖)/,
  // Kept so all along: 消防通道现在一直保持畅通 (要持续保持 is an aim).
  new RegExp(`${NOT_AIM}(?:一直|始终|全年|常年|持续|总体|整体)保持(?:着)?(?:畅通|整洁|干净|良好|稳定|零|在)`),
  // Now they go of their own accord: 如今村里的年轻人也爱往文化礼堂跑了.
  new RegExp(`(?:现在|如今|眼下)[^，,。；]{0,6}(?:${FOLK})们?[^，,。；]{0,4}(?:也|都)(?:爱|愿意|喜欢|会|能|肯)(?![^，,。；]{0,4}(?:玩手机|刷手机|打游戏|打牌|喝酒|赌|出去|外出))[^，,。；]{1,10}了$`),
  // Held up as a model by a higher body: 被县里当作典型在全县推开 / 被树为全市样板.
  /被[^，,。；]{0,10}(?:当作|当成|作为|树为|树成|列为)[^，,。；]{0,4}(?:典型|样板|示范|标杆|榜样)/,
  // Session 57 (set 52's 38420, 38409): a higher body putting the unit's work on its list of models (县创文办二季度点评将城区户外招牌安全工作列为
  // “进步较大项目” / 县城管局…把我店的做法作为…示范进行推荐); not a list of things to put right.
  // Review 57b: not a listing to come (下半年，县创文办将把我局列为示范单位), nor a bad example (列为反面典型).
  /(?:县|市|省)[\u4e00-\u9fff]{1,10}?(?:办|局|委|组|部|政府|中心)(?:(?!将)[^，,。；]){0,8}?(?:将(?!把|要|会|在|于|对)|把)(?![^，,。；]{0,24}(?:整改|问题|督办|后进|落后|黄牌|警示|约谈|反面))[^，,。；]{1,20}?(?:列为|评为|作为|确定为|树为|推荐为)[^，,。；]{0,12}?(?:先进|示范|进步较大|典型|优秀|样板|标杆|红榜)[^，,。；“”]{0,8}”?/,
  // Work on things all done: 农村厕所改造任务全部完成 (要求年底前全部完成 is a requirement).
  new RegExp(`${NOT_AIM}(?:改造|建设|安装|修缮|硬化|铺设|加装|搬迁|整改|维修|新建)任务[^，,。；]{0,4}(?:已经?|全部|如期|按期|提前|均已)完成`),
  // Session 12: a facility built and counted (FACILITY_BUILT), or put into use (新建的3个口袋公园已投入使用).
  FACILITY_BUILT,
  new RegExp(`${NOT_AIM}(?:已经?|均已|全部|正式|陆续|先后)(?:建成)?(?:投入使用|投用|交付使用|开放使用|对外开放)`),
];

/**
 * Before → after across clauses, from a time named at the sentence's start, read on the sentence:
 * 年初四成楼道有杂物，十月复查已不足一成 / 年初只有半数村站…，到十月底二十四个村站都能….
 */
export const SINCE_START =
  /^[^。；]{0,6}(?:去年|前年|往年|以前|过去|那时|前些年|早些年)[^。；]{2,30}[，,；;]\s*(?:今年|如今|现在|眼下)[^。；，,]{0,16}?(?:没有|没了|少了|都没|不见|只有|仅有|不足|全部|都能|都会)|^[^。；]{0,6}(?:年初|年前|开展前|整治前|改造前|整改前|去年|前年|上半年|起初|刚开始|当初)[^。；]{2,30}[，,；;]\s*(?:到|至|截至)?[^。；，,]{0,10}(?:复查|如今|现在|目前|眼下|年底|年末|月底|月末|[一二三四五六七八九十\d]+月(?:份|底|末)?)[^。；，,]{0,12}?(?:已(?:经)?(?:不足|只有|仅|降|升|达|全部|都|基本)|只有|仅有|只剩|仅剩|不足|降到|降至|都能|全部|均已|都已)/;

/**
 * Review, session 10: the plain-speech classes above read a state, not who reached it nor whether:
 * a question (是否吃得好 / 能否推开), a failure (没能保住称号 / 没有入围 / 倒数第一 / 反面典型), not yet
 * (还没有全部清零), a bound of a rule (评为优秀的不超过15%), a "but" after it (基本畅通，但有两处堵塞), a bad
 * thing growing or prominent (赌博的风气浓了 / 事故登上热搜 / 投诉一直保持在高位) or a good rate falling
 * (满意率下降了三个百分点) claims no outcome.
 */
const VOID = /是否|能否|能不能|有没有|是不是|会不会|没能|未能|没有入围|未入围|落选|倒数|反面|尚未|还没有?|还未|仍未|不超过|不得超过/;
const BUT_STILL = /[，,](?:但|但是|不过|可是|只是)(?:仍|还|也|却)?(?:有|存在)/;
const BAD_THING = /赌|打牌|麻将|攀比|歪风|陋习|铺张|大操大办|事故|违章|违建|乱搭|乱建|乱扔|乱倒|投诉|上访|差评|欺凌|谣言|负面|不文明/;
const LESS = /没有了|没了|都没|也没|少了|不见了|刹住|遏制|无一|没有一|为零|是零|降到|降至|下降|减少|杜绝|绝迹|清零|缩到/;
export const GOOD_FALLING = /(?:满意|知晓|覆盖|参与|达标|合格|完成|好评|出勤|入学)[^，,。；]{0,6}(?:下降|减少|降低|下滑)/;

/** True when a register class's match `m` in `clause` (of the sentence `claimed`) claims no outcome. */
export function registerVoid(claimed: string, clause: string, m: string): boolean {
  return VOID.test(clause) || BUT_STILL.test(claimed) || (BAD_THING.test(clause) && !LESS.test(m)) || GOOD_FALLING.test(clause) || declineOfGood(claimed, m);
}

/**
 * Session 11: a decline is an outcome only when what declines is bad. 乱停车的没有了 / 去年投诉三十多件，
 * 今年只有三件 claim one; 村里留下来种地的没有了 / 去年活动很多，今年只有两场 / 来看书的少了 report a loss.
 */
const GONE = /的(?:事项|事情|事|人|情况|现象)?(?:基本|几乎)?(?:没有了|没了|少了|不见了|越来越少)|只有|仅有|只剩|仅剩|不足|没有|没了|少了|都没|不见|才[一二两三四五六七八九十\d]/;
// Session 60 (set 55's 40017): doubts and disputes (成员对分红账目疑问少了: 成员 names who doubts, the doubts decline) are bad.
export const BAD_MORPH =
  /乱|违|闹|吵|骂|打架|斗殴|赌|偷|盗|抢|骗|脏|差评|堵|占道|垃圾|烟头|痰|小广告|牛皮癣|投诉|纠纷|上访|信访|事故|案件|警情|攀比|铺张|大操大办|酒驾|醉驾|闯红灯|超载|超速|逆行|阔|短秤|缺斤|欠薪|拖欠|不文明|陋习|火灾|火情|污水|臭|积水|杂物|蚊|蝇|鼠|蟑|随地|喧哗|插队|滋事|欺|霸|假冒|伪劣|过期|无证|非法|私搭|破损|坑洼|渗漏|隐患|险情|病|流失|辍学|失学|空置|荒|弃|问题|毛病|排场|游泳|下河|溺水|打牌|鞭炮|吸烟|抽烟|手机|纸屑|难|慢|等|排队|跑|负担|花费|开支|成本|费用|麻烦|烦|担心|顾虑|焦虑|抱怨|怨|意见|疑问|质疑|质询|争议|风险|压力|包袱|困难|障碍|阻力|拖延|耗时|久|远|拥挤|尘|噪|油烟|泥|涝|淹|霉|害|患|险|扰|敲诈|哄抬|高价|天价|彩礼|冲突|矛盾|死角|盲区|空白|漏洞|欠费|逃|失信|失联|违约|不规范|不合格|不达标|超标|黑/;
/** Good things whose decline is a loss: activities held, reading, volunteering, visitors, income. */
export const GOOD_THING =
  /种地|种田|务农|活动|看书|借书|读书|阅读|读者|志愿者|志愿|学员|参加|参与|报名|游客|顾客|客人|客流|人气|会员|收入|销量|订单|生意|捐款|投资|演出|讲座|培训|上课|人来|来的人|来人|热闹|红火|广场舞|跳舞|锻炼|健身|打球|唱歌|合唱|排练|学习|听课|参观|打卡|光顾|入住|借阅|观众|听众|队员|成员|只有[一二两三四五六七八九十\d]+\s*(?:场|次|期|回)|(?:只剩|才)[一二两三四五六七八九十\d]+\s*(?:场|次|期|回)/;
/** Words of time that open a clause and name no subject (今年只有两场 / 到年底只剩十几个). */
const TIME_LEAD = /^(?:到|至|截至|截止)?(?:今年|去年|如今|现在|目前|眼下|年底|年末|月底|年初|后来|最后|[一二三四五六七八九十\d]+月(?:份|底|末)?)*(?:都|也|已经?|就)?/;
/**
 * A decline of a good thing (留下来种地的没有了 / 去年活动很多，今年只有两场 / 报名的志愿者…到年底只剩
 * 十几个) with nothing bad named: what declines is read in the clause of the turn, or, when that clause
 * names only a time, with the clause before it.
 */
export function declineOfGood(claimed: string, m: string): boolean {
  // The turn is in the last clause of the match (年初只有四个村…，到年底十二个村都能 is a rise).
  const last = m.split(/[，,；;]/).pop() ?? m;
  const turn = GONE.exec(last);
  if (!turn) return false;
  const at = claimed.indexOf(m);
  const turnAt = (at < 0 ? 0 : at) + m.length - last.length + (turn.index ?? 0);
  const clauseStart = Math.max(...['，', ',', '；', ';', '。'].map((c) => claimed.lastIndexOf(c, turnAt - 1))) + 1;
  const next = claimed.slice(turnAt).search(/[，,；;。]/);
  const clauseEnd = next < 0 ? claimed.length : turnAt + next;
  const subject = claimed.slice(clauseStart, turnAt).replace(TIME_LEAD, '').replace(/[^\u4e00-\u9fff]/g, '');
  const prevStart = Math.max(...['，', ',', '；', ';', '。'].map((c) => claimed.lastIndexOf(c, clauseStart - 2))) + 1;
  const scope = claimed.slice(subject.length >= 2 ? clauseStart : prevStart, clauseEnd);
  return GOOD_THING.test(scope) && !BAD_MORPH.test(scope);
}
