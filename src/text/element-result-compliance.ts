/**
 * Session 40 (set 35, moved to train): outcomes of inspection and supply work the result classes did not hold (the label standard:
 * an improvement or a state reached; set 35's rulings: 账实相符 reached, no accident or no fire over a season, 投诉 fewer, those
 * served at ease are outcomes; a register row 合格 / 正常 of one case is none).
 *
 * Clause patterns (COMPLIANCE_RESULTS), read by element-results.ts like its other classes (aims and shortcomings are cut or masked
 * before; a good thing falling is no outcome):
 * - AGAINST_EARLIER: a change against an earlier month, quarter or time named (投诉比3月份减少7件 / 较整治前下降 / 比一季度缩短) —
 *   the comparisons 同比 / 较去年 are read by TESTS. A rise counted (较一季度分别增加3人次和2份) is the unit's effort grown: data.
 * - SEASON_HARM_NONE: a harm a season or an area did not see, of the kinds stores, supply and lifts know (汛期未出现漏雨进水 /
 *   春节期间没有出现抢购和断供 / 今年未发生电梯困人); a season's or an area's word in the clause, so a day's row claims nothing.
 * - AT_EASE_WITH: those served at ease with or satisfied with a thing (学生和家长对学校饮水卫生放心); not as an aim (让群众…放心).
 *
 * Sentence patterns (complianceSentence), on a sentence that is no register row (no ｜ in it):
 * - COMPLIED: all of a thing told meeting its requirement (本店明码标价全部符合要求 / 库存均达到规定标准) — not an aim or a demand.
 * - HARM_ABSENT: a subject told without a harm (储粮安全无事故 / 全年安全生产无事故) — not a target (确保…无事故 is cut before).
 * - BOOKS_MATCH: stock and books told matching (账实相符 / 账账相符), as the set's rulings have it.
 */
const EARLIER =
  '(?:去年同期|上年同期|去年|上年|上一年|上月|上个月|上季度|上一季度|[一二三四]季度|年初|上半年|[一二三四五六七八九十\\d]{1,2}月份?|整治前|整改前|检查前|活动前|开展前|实施前|改造前|治理前|此前|以往|往年|过去)';
/**
 * Session 48 (train 21364): an appraisal better than before (业主对小区环境的评价比去年好 / 群众口碑比往年更好): the appraisal's noun
 * names what is judged good; not an aim (力争…比去年好) nor a thing merely bigger.
 */
export const APPRAISED_BETTER = new RegExp(
  `(?<!(?:要|力争|争取|确保|努力|希望|邻县|外县|邻市|全市|全省)[^，,。；]{0,12})(?:评价|口碑|反响|满意度|印象)(?:也)?(?:比|较)${EARLIER}(?:更|还|要)?(?:好|高)(?!的|者)(?![^，,。；]{0,2}(?:吗|不))`,
);
export const AGAINST_EARLIER = new RegExp(
  `(?:比|较)${EARLIER}[^，,。；]{0,8}?(?:下降|减少|降低|缩短|改善|进步|回落|(?:提高|提升|上升|增加|增长)(?![^，,。；]{0,4}?[\\d一二两三四五六七八九十]))`,
);
// Session 58 (set 53's 38833; the set's rulings: 违建 fewer an outcome): a month's round of patrols that found no new wrong building
// (本月巡查中未发现新的未批先建 / 当月未发现新增违建) — 本月 / 当月 a period like a season, 发现 as 发生; the wrong by the 宅基地 register's
// names (未批先建 / 未批即建 / 抢建) too. A dated row (5月3日｜…｜未发现违建) names no period: nothing.
export const SEASON_HARM_NONE =
  /(?:今年|全年|本年度?|本月|当月|汛期|期间|以来|上半年|下半年|本季度|季度|春节|节日|节前|全县|全乡|全镇|辖区|所有|各[^，,。；]{0,6}(?:点|站|库|村))[^，,。；｜|]{0,12}?(?:没有|未|无)(?:再)?(?:出现|发生|新增|发现)(?:过)?[^，,。；｜|]{0,6}?(?:漏雨|进水|渗漏|断供|抢购|断水|停水|停电|困人|内涝|霉变|坍塌|倒塌|踩踏|脱销|哄抬|违法(?:用地|占地|占用|建设|建筑|搭建|采砂)|违建|未批(?:先|即)建|抢建|返贫)/;
/**
 * Session 52 (set 47's 病死畜禽 register): a period or an area that saw none of a harm found (上半年全县未发现病死猪流入市场 /
 * 二季度未发现随意丢弃病死畜禽现象 / 全县未发生动物疫情扩散): the set's rulings — no 病害 肉 流入 市场 over a period is an outcome.
 */
export const SEASON_NONE_FOUND =
  /(?<![｜|][^，,。；｜|]{0,12})(?:今年|全年|本年度?|汛期|(?<!检查|巡查|督查|抽查|排查|暗访|走访)期间|以来|上半年|下半年|本季度|[一二三四]季度|全县|全乡|全镇|镇内|乡内|县内|辖区)[^，,。；｜|]{0,12}?(?:(?:没有|未|无)(?:再)?(?:发现|发生|出现)(?:过)?|无|没有)[^，,。；｜|]{0,14}?(?:流入(?:市场|餐桌)|乱扔|乱弃|乱丢|随意丢弃|随意抛弃|私自掩埋|私宰|私屠|疫情(?:扩散|传播|蔓延)?|流失|(?:无证|违规|非法)[^，,。；｜|]{0,8}?(?:进入|流入|调运|收运))/;
const PEOPLE_AT_EASE = '(?:群众|居民|市民|村民|家长|学生|师生|顾客|消费者|乘客|游客|患者|农户|商户|老人|职工)';
export const AT_EASE_WITH = new RegExp(
  `(?<!(?:让|使|令|要|求|确保|保证|力争|争取|努力|为了|希望)[^，,。；]{0,12})${PEOPLE_AT_EASE}们?(?:都|也|普遍)?(?:在[^，,。；]{1,10}?(?:上|中|里))?对[^，,。；]{1,16}?(?:都|很|更|更加|十分|非常|比较|普遍)?(?<!不|是否|不太|不够)(?:放心|安心|满意|(?:表示|给予)了?(?:充分|高度)?(?:认可|肯定|赞赏|满意))(?!度|率|的|吗|不)`,
);

/**
 * Session 53 (set 48's 36325): those served told understanding and backing the unit's work (家长对晨检和凭证明返园的要求普遍理解支持 /
 * 家长表示理解和支持): an effect on people — not asked for or hoped (请家长理解支持 / 希望群众理解和支持) nor denied (不理解).
 */
export const PEOPLE_BACK = new RegExp(
  `(?<!(?:让|使|令|要(?!求)|请|恳请|确保|保证|力争|争取|努力|为了|希望|盼|取得|赢得|获得|得到|寻求)[^，,。；]{0,16})${PEOPLE_AT_EASE}们?(?:都|也|普遍)?(?:对[^，,。；]{1,20}?)?(?:都|也|很|十分|非常|普遍|均)?(?<!不|是否|不太|不够)(?:表示)?(?:理解(?:和|并)?支持|理解(?:和|并)?配合|支持(?:和|并)?配合)(?!度|率|的|吗|不)`,
);
/**
 * Session 53 (set 48's 36150, 36336, 36341): no fire or no outbreak over a season, a term or a place's watch (这个防火期…没有着过火 /
 * 手足口病流行期间，我园未出现聚集性病例 / 10月20日后未出现新病例): a harm a period did not see. (疫情未扩散 is read as denied
 * before these patterns: left.)
 * Session 58 (set 53's 38914): a disease's cases none over a period or an area (今年上半年全县未发生人间狂犬病病例 / 全年辖区未出现
 * 布病病例) — not as an attribute (未发生病例的乡镇 / 病例报告 / 病例数).
 */
export const OUTBREAK_NONE = new RegExp(
  `(?<![｜|][^，,。；｜|]{0,12})(?<!(?:要|须|需|确保|保证|必须|做到|力争|争取|务必|防止|避免)[^，,。；]{0,12})(?:(?:(?:今年|全年|汛期|防火期|学期|流行(?:季节|期间?)|期间|以来|上半年|下半年|(?:\\d{1,2}月\\d{1,2}日)?(?:以后|之后|后)|全县|全乡|全镇|辖区|片区|我园|我校|全园|全校)[^，,。；｜|]{0,12}?(?:没有|未|无)(?:再)?(?:出现|发生)?(?:过)?[^，,。；｜|]{0,6}?(?:聚集性(?:疫情|病例)|班级聚集|新(?:发)?病例|病例(?![^，,。；]{0,2}(?:的|报告|数|信息))|(?:森林)?火灾|火情|着过?火)))`,
);

/** Session 41 (set 36): those served knowing now where to go or what to do (居民知道急用时到哪里取灭火器 / 村里老人孩子都知道下大雨时往文化广场去).
 * Session 57 (set 52's 38204): 清楚 / 明白 as 知道 (演练后村民都清楚往哪里撤). Review 57b: not negated (不少居民不清楚到哪里投放). */
export const KNOW_WHERE = new RegExp(
  `(?<!(?:让|使|令|要|求|确保|保证|力争|争取|努力|为了|希望|引导|教育|告诉|提醒)[^，,。；]{0,12})(?:${PEOPLE_AT_EASE}|孩子|儿童|老人孩子|住户)们?(?:(?![不没未])[^，,。；]){0,6}?(?:都|也|已经?|大多)?(?:知道|清楚|明白)(?:了)?[^，,。；]{0,14}?(?:哪里|哪儿|往|到|去|找)`,
);
/** Session 41 (set 36): people safe or warm over a season (全乡受灾群众安全温暖过冬 / 安全度汛); not an aim (确保…温暖过冬), nor a
 * charge's or a work's matter (session 54, set 49's 36947: 局长…对水库安全度汛负总责 / 安全度汛工作). */
export const SAFE_SEASON =
  /(?<!(?:让|使|要|确保|保证|力争|争取|努力|为了|保障|帮助|助力|实现)[^，,。；]{0,12})(?:安全|温暖|平安)(?:温暖|安全)?(?:过冬|度夏|度汛|过节|过年)(?![的目])(?![^，,。；]{0,4}(?:负总责|负责|具体抓|工作|任务|责任|方案|预案|目标|要求|检查|准备|措施))(?!(?:隐患|排查|部署|会议?|培训|督查|督导|巡查|演练|应急|保障|攻坚|专项|宣传|物资|动员|调度|值班|值守|行动|知识|责任书))/;
/** Session 41 (set 36): a rank reached among the county's units (整改进度在全县乡镇中排第二 / 位列全市前三). */
export const RANKED =
  /在全(?:县|市|省|区)[^，,。；]{0,10}?(?:中|里)?(?:排名?|位居|位列|名列)(?:第[一二三四五]|前[三五十]|前列)|(?:位居|位列|名列)全(?:县|市|省)(?:第[一二三四五]|前[三五十]|前列)/;
/** Session 41 (set 36): those served spared trouble (家长说村医上门提醒，省了不少心). */
export const SPARED = /省了不少(?:心|事|力|钱|工夫)|(?:更|也)?省心了/;

/**
 * Session 42 (set 37): a thing now found or filled in at once or by a sign (外来车辆按门牌就能找户 / 办理户籍业务时地址一次填对); not
 * an aim (确保…一次找到), a slogan (“一窗受理、一次办结”) or a rule (能一次办好的…: 办 is a service's motto, left out).
 */
export const EASY_NOW =
  /(?<!(?:让|使|要|确保|保证|力争|争取|努力|为了|实现|方便|便于|以便)[^，,。；]{0,12})(?:(?:按|凭|照着?|看)[^，,。；]{1,6}?就能(?:找到?|查到|认出|到达)|(?<![“"、能])一次(?:就)?(?:填对|找到|找对))/;
/**
 * Session 42 (train 23609): complaints or cases fewer than at an earlier time by a count of cases (消费投诉仅3件，比去年同期少7件: the
 * clause after the count has no subject of its own); fewer activities (比去年同期少开展活动2次) are none.
 */
export const HARM_FEWER = new RegExp(
  `(?:(?:投诉|举报|事故|案件|发案|警情|隐患|纠纷|违章|火灾|火情)[^，,。；]{0,10}?|^)(?:比|较)${EARLIER}[^，,。；]{0,4}?少了?[\\d一二两三四五六七八九十]+(?:件|起|宗|例|处)`,
);
/** Session 42 (train 23609): model shops or units newly named after a check (经县局验收，镇区新增县级放心消费示范店5家); an aim
 * (力争新增…) is cut before. */
export const MODELS_NAMED = new RegExp(
  `(?:新增|新创建|新评出|新命名|新认定)[^，,。；]{0,10}?示范(?:店|户|点|单位|街区|村|社区|校|商户|窗口|企业)[\\d一二两三四五六七八九十]+`,
);

/** Session 42 (train 22320): visitors or those served left with a good impression (客商对园区环境印象很好); an aim (要让…印象很好) is cut before. */
export const GOOD_IMPRESSION = /对[^，,。；]{1,16}?印象(?:很|非常|特别|比较|十分)?(?:好|深刻)(?!的)/;

/**
 * Session 43 (set 38): an unlawful practice told stopped or gone (非法采砂已基本停止 / 偷采已经停止 / 乱倒现象已经绝迹); a demand
 * (责令停止…) has no 已 / 基本 before the verb.
 */
export const HARM_STOPPED =
  /(?:非法|违法|违规|违章|私自|偷|盗|乱)[\u4e00-\u9fff]{1,6}?(?:现象|行为|活动)?(?:已经?|均已|已全部|已基本|基本|全部)(?:得到)?(?:停止|绝迹|销声匿迹|消失)(?:了)?(?=[，,。；！]|$)/;
/** Session 43 (set 38): a place told restored as it was (河岸恢复原貌 / 植被已恢复原样); not a demand or a plan (责令恢复原状 / 限期恢复原貌). */
export const AS_IT_WAS =
  /(?<!(?:责令|要求|限期|督促|责成|将|要|须|需|计划|拟|力争|确保|争取|以便|尽快)[^，,。；]{0,10})(?:已经?|已基本|基本|全部|均已)?(?:恢复|还原)(?:了)?(?:原貌|原状|原样)(?=[，,。；！]|$)/;
/** Session 43 (set 38): those served earning more, told done (村民增加了收入 / 脱贫户收入增加了); an aim (帮助村民增加收入) has no 了. */
export const INCOME_UP = new RegExp(
  `(?:群众|村民|农户|农民|脱贫户|监测户|居民|社员|贫困户|家庭)[^，,。；]{0,4}?(?:增加了收入|收入(?:明显|大幅|普遍)?(?:增加|提高|增长)了|增收了)`,
);

/**
 * Session 52 (set 47's 35602, 35617): those served or trained told knowing or mastering now (辖区养殖户已知晓报告和交售流程 /
 * 参加培训的养殖场户普遍掌握了暂存和报告要求): an effect on people; not as an aim (让群众知晓…) nor asked (是否知晓).
 */
export const KNOWN_NOW = new RegExp(
  `(?<!(?:让|使|令|要|求|确保|保证|力争|争取|努力|为了|希望|是否|有无|能否)[^，,。；]{0,12}|[｜|][^，,。；｜|]{0,12})(?:${PEOPLE_AT_EASE}|养殖户|养殖场户|从业人员|参训人员|学员|经营户|住户)们?[^，,。；]{0,6}?(?:已经?|普遍|均已?|都已?|基本)(?:基本|普遍|全部|全面|熟练)?(?:知晓|掌握)(?:了)?(?=[\u4e00-\u9fff“]|[，,。；！!]|$)`,
);
export const COMPLIANCE_RESULTS: readonly RegExp[] = [GOOD_IMPRESSION, AGAINST_EARLIER, APPRAISED_BETTER, SEASON_HARM_NONE, SEASON_NONE_FOUND, KNOWN_NOW, AT_EASE_WITH, KNOW_WHERE, SAFE_SEASON, RANKED, SPARED, EASY_NOW, HARM_FEWER, MODELS_NAMED, HARM_STOPPED, AS_IT_WAS, INCOME_UP, PEOPLE_BACK, OUTBREAK_NONE];

// Session 41 (set 36): 应 inside 应急 / 供应 / 响应 is no "should" (乡应急物资库账实相符). 做到 opening the sentence is a demand (做到账实相符);
// after the work told done it is a claim (清点补充后，社区物资点做到账实相符: BOOKS_MATCH's second branch).
const NOT_AIM = '(?<!(?:要|须|(?<![供响反适相])应(?!急)|需|求|确保|保证|必须|做到|力争|争取|务必|以|达到)[^，,。；]{0,8})';
export const COMPLIED = new RegExp(`${NOT_AIM}(?:全部|均|都|全都|完全|已全部|均已)(?:已)?(?:符合|达到)[^，,。；]{0,6}?(?:要求|标准|规定)(?![^，,。；]{0,2}(?:的|后|才|方可))`);
export const HARM_ABSENT = new RegExp(`${NOT_AIM}(?<=[\\u4e00-\\u9fff]{2}[，,]?)无(?:一起|任何|重大|较大)?(?:安全|责任|质量|生产|交通|消防|人员)?(?:事故|火灾|伤亡|险情|火情|受伤)(?:发生)?(?![^，,。；]{0,2}(?:的|目标|隐患|记录))`);
export const BOOKS_MATCH = new RegExp(`${NOT_AIM}(?:账实|账账|账表|账卡)相符(?![^，,。；]{0,2}(?:的|率))|(?<=后[，,][^，,。；]{0,12}?)做到了?(?:账实|账账)相符`);

/**
 * Session 41 (set 36): land won back and sown (被占的1.2亩耕地已复耕种上小麦 / 全村1850亩耕地全部种上了庄稼 / 已全部复耕), and all of those
 * owed a service given it (本村漏种的14名儿童已全部补种): a state reached — told in prose, not one case's row.
 */
export const RESTORED = new RegExp(`${NOT_AIM}(?:复耕|耕地|地)[^，,。；]{0,6}?(?:全部|都|也)?种上了?(?:庄稼|麦子|小麦|玉米|粮食|作物)|${NOT_AIM}(?:全部|均已|已全部|都已)(?:复耕|复绿|补种|补上|补齐|接种)(?![^，,。；]{0,2}(?:的|后))`);

/** The sentence patterns, on a sentence that is no register row (a row's 合格 / 正常 / 无事故 is one case's, no outcome). */
export function complianceSentence(text: string): RegExpExecArray | null {
  if (/[｜|]/.test(text)) return null;
  for (const re of [COMPLIED, HARM_ABSENT, BOOKS_MATCH, RESTORED]) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}
