/**
 * Session 43 (train's false "missing" 取得成效): plain outcome phrasings the result classes did not hold (the label standard: an
 * improvement, coverage or satisfaction reached, an effect on people — qualitative counts). Clause patterns, read by element-results.ts
 * like its other classes (aims, shortcomings and intentions are cut or masked before: 力争让…深入人心 / 努力让获得感进一步提升 claim
 * nothing).
 * - FELT_UP: how people feel or know, told risen (参保群众对社保经办的信任度提高 / 群众安全感进一步增强).
 * - NONE_HARMED: not one harmed, told (暑期全校3460名学生无一发生溺水事故).
 * - TOOK_ROOT: a good practice taking root (主动问好成为风气 / 不少沉寂的志愿者重新活跃起来 / 蔚然成风).
 * - STIRRED: feeling roused or an idea accepted (学生爱国情感得到激发 / 理念得到群众广泛认同 / 深入人心).
 * - BETTER_THAN_BEFORE: better than earlier years (评价明显好于往届).
 * - MANNERS_NOW: manners learnt (家长反映孩子懂礼貌了).
 * - MARKS_BETTER: marks or habits better than last term or before (结对学生中有31人期末成绩比上学期进步); a drill's time cut against last
 *   term claims nothing without its amount (session 27), so only marks, study, conduct or habits.
 * Session 44 (set 39's false "missing" 取得成效):
 * - IDEA_TAKEN: an idea or a new way told accepted (“重仪式、轻排场”的理念逐步被接受).
 * - EFFECT_SHOWN: a deterrent or model effect told showing (失信惩戒的震慑作用明显显现 / 示范带动作用明显); not 发挥…作用 (a verb first
 *   is a demand or an aim).
 * - PAID_IN_FULL: wages told paid in full (农民工工资足额到手 / 工资全部结清).
 * - SCALE_SHRUNK: a burden or a size told smaller (婚宴规模普遍缩小 / 群众负担明显减轻).
 * - STANCE_TAKEN: those reached told taking a stand (参与青年对“高价彩礼”普遍持否定态度).
 * - RATED_AS: rated at an inspection (镇政府检查时评为村级档案规范化达标村), as 被评为 is; not a rule's bound on ratings
 *   (考核中评为优秀等次的单位不超过总数的15%).
 * Session 45 (set 40's false "missing" 取得成效):
 * - BAD_FEWER: a bad thing told fewer by a count (上述企业超标点位减少9个 / 噪声超标岗位减少4个); fewer activities (活动减少2场) are none.
 * - NO_CASE_FOUND: no case of an occupational disease found among those watched (接尘职工未检出疑似职业病), outside a register row.
 * - GONE_SINCE: earlier years' blight told gone (坟头周围也没有了往年的纸灰和鞭炮屑).
 * - NO_MORE_SENSED: a nuisance no longer smelt, seen or heard (养殖场周边再也闻不到刺鼻的臭味).
 * - DOUBT_GONE: people's doubts or grievances told cleared (群众疑虑得到消除 / 多年的怨气消散了).
 * - SETTLED_ALL: disputes told all settled (纠纷全部化解在基层 / 矛盾均已调处).
 * - LEAPT: a leap told reached (师生文明素养有了质的飞跃 / 实现了历史性突破); an aim (力争实现新突破) is cut before.
 */
export const FELT_UP = new RegExp(
  `(?:信任度|满意度|知晓率|认可度|参与度|满意率|获得感|幸福感|安全感|文明程度|文明素质|知晓度|美誉度)(?:明显|大幅|进一步|有所|不断|普遍|显著|持续)?(?:提高|提升|上升|增强)(?:了)?(?=[，,。；！]|$)`,
);
export const NONE_HARMED = new RegExp(
  `无一(?:人|例|起|名)?(?:发生|出现)[^，,。；]{0,8}?(?:事故|事件|案件|溺水|伤亡|火灾)`,
);
export const TOOK_ROOT = new RegExp(`(?:(?:重新|再次)活跃起来|成为(?:风气|习惯|常态|新风尚|时尚)|蔚然成风)`);
export const STIRRED = new RegExp(`(?:得到了?(?:有效|充分)?激发|得到[^，,。；]{0,6}?(?:广泛)?认同|深入人心)`);
export const BETTER_THAN_BEFORE = new RegExp(`(?:好于|优于)(?:往届|往年|去年|以往|过去|上届|上年)`);
export const MANNERS_NOW = /(?:懂|讲)(?:礼貌|规矩|文明)了/;
export const MARKS_BETTER =
  /(?:成绩|学习|表现|习惯|纪律|学业)[^，,。；]{0,4}?(?:比|较)(?:上学期|上一学期|以前|之前|过去)[^，,。；]{0,4}?(?:进步|提高|提升|好转|改善)/;

// Session 59 (set 54's 39427): or the people taking it up, told as a change (群众也逐渐接受了“小病不输液”的做法 / 村民普遍认同了…的
// 新规); a change word is needed (引导群众接受…的做法 / 让居民接受… is the work or its aim), and none asked or led to it.
export const IDEA_TAKEN = new RegExp(
  `(?:理念|观念|新风|风尚|做法|倡议|新规)[”"]?[^，,。；]{0,4}?(?:逐步|逐渐|普遍|已经?|开始|广泛|初步)?(?:被|为)[^，,。；]{0,8}?(?:接受|认同|接纳)|` +
    `(?<!(?:让|使|引导|动员|劝导|推动|促使|帮助|要|力争|争取|希望|确保|如果|假如|若)[^，,。；]{0,6})(?<![｜|][^｜|。；]{0,30})(?:群众|居民|村民|患者|病人|家长|市民|商户|经营户|摊主|游客|乘客|农户|养殖户)(?:们)?(?:也|都)?(?:逐步|逐渐|慢慢|普遍|已经?|开始|广泛){1,2}(?:地)?(?:接受|认同|接纳)(?:了)?[^，,。；]{1,16}?(?:理念|观念|新风|风尚|做法|倡议|新规|习惯)`,
);
export const EFFECT_SHOWN =
  /(?:震慑|警示|示范|带动|引领|辐射)(?:作用|效应)(?:明显|充分|逐步|初步|已经?|开始|日益|进一步)(?:显现|凸显|体现)?(?:出来)?(?=[，,。；！]|$)/;
// Session 59 (set 54's 39532): or told paid, done (这4个项目农民工工资已经足额发放 / 工资均已全额支付); 足额发放 without 已 is the demand
// (督促企业足额发放工资), a register row (…｜已足额支付) one case's, and a firm's own word (企业称工资已足额发放) its report, no outcome.
export const PAID_IN_FULL = new RegExp(
  `(?:工资|工钱|薪酬|劳动报酬|欠薪)[^，,。；]{0,6}?(?:足额|全额|全部)(?:到手|到位|兑付|结清|拿到|发放到位)|` +
    `^(?![^。；]*[｜|])(?![^，,。；]{0,12}(?:称|表示|报告|反映|承诺|保证|声称))[^，,。；]{0,14}?(?:工资|工钱|薪酬|劳动报酬)(?:已经|均已|都已|已)(?:足额|全额|全部)(?:发放|支付|发到)`,
);
// Session 59 (set 54's 39532, 39550): the workers told going home with their pay (农民工拿着工资回家过年 / 农民工高高兴兴回家过年): an
// effect on people. Not the aim (确保农民工拿到工资回家过年 / 让农民工安心回家过年), nor a row.
export const WAGES_HOME = new RegExp(
  `^(?![^。；]*[｜|])(?!(?:[^，,。；]{0,12}(?:确保|保证|保障|让|使|力争|争取|要|促进|助力|为|以便|希望|能否|是否)))[^，,。；]{0,8}?(?:农民工|工人|务工人员|工友)(?:们)?(?:都|也)?(?:(?:拿着|拿到|领到|揣着|带着)(?:了)?[^，,。；]{0,6}?(?:工资|工钱|血汗钱|辛苦钱)(?:高高兴兴|开开心心|安安心心|欢欢喜喜)?|高高兴兴|开开心心|安安心心|欢欢喜喜)(?:地)?回家(?:过年|过节)`,
);
export const SCALE_SHRUNK =
  /(?:规模|数额|金额|标准|花费|开支|负担|攀比)(?:普遍|明显|大幅|逐步|有所|显著|进一步)?(?:缩小|下降|降低|减少|回落|减轻)(?:了)?(?=[，,。；！]|$)/;
export const STANCE_TAKEN = /(?:普遍|大多|多数|都|纷纷)持(?:否定|反对|支持|赞成|肯定)态度/;
export const RATED_AS =
  /(?:检查|验收|考核|评估|评审|督查)(?:时|中|后)?被?(?:评为|评定为|认定为)[^，,。；]{0,16}?(?:达标|示范|先进|优秀|规范化|标准化)(?:(?!的)[^，,。；]){0,4}?(?:村|社区|单位|点|户|集体|学校|科室|窗口)(?![^。；]*(?:不超过|不得超过|不高于|名额|比例))/;

export const BAD_FEWER =
  /(?<!(?:查处|立案|查办|办理|受理|侦破|处罚)[\u4e00-\u9fff]{0,4})(?:超标|隐患|违章|违法|违规|投诉|事故|案件|警情|纠纷|不合格|扰民)(?![\u4e00-\u9fff]{0,4}?项目)[\u4e00-\u9fff]{0,4}?(?:点位|岗位|点|处|户|家|企业|数量|数)?(?:已|又|共|累计)?(?:减少|下降|降低|减|降)(?:了)?(?:到|至)?[\d一二两三四五六七八九十]+(?:个|处|家|起|件|例|户|宗)/;
export const NO_CASE_FOUND =
  /^(?![^。；]*[｜|])[^。；]*?(?:未|没有?|无)(?:再)?(?:检出|发现|出现|发生|新增)(?:新的?|新发)?(?:一例|1例)?(?:疑似)?(?:职业病|尘肺病?|职业中毒|职业性[\u4e00-\u9fff]{1,4}病)(?!防护|危害|告知|防治|宣传|知识|体检|检查)/;
export const GONE_SINCE =
  /(?:没有了|没了|不见了|看不到了?|消失了)(?:往年|以往|过去|以前|原来|往日|昔日)(?:的|那种|那样)(?=[^，,。；]{0,12}?(?:垃圾|纸灰|纸屑|鞭炮|烟|臭|脏|乱|堵|噪|吵|屑|污|积水|杂物|违|陋习|攀比|排场))/;
export const NO_MORE_SENSED = /再也(?:闻|看|听|见)不(?:到|见|着)(?:了)?[^，,。；]{0,10}?(?:臭|异味|味道|烟味|噪音|噪声|吵闹|垃圾|污水|粪|脏)/;
export const DOUBT_GONE =
  /(?:疑虑|顾虑|误解|怨气|隔阂|担忧|不满|猜疑|怨言)[^，,。；]{0,4}?(?:得到|得以|已经?|基本|逐步|彻底|也)?(?:消除|化解|打消|消散|解开|消失)/;
export const SETTLED_ALL = /(?:纠纷|矛盾)[^，,。；]{0,6}?(?:全部|均|都|全都)(?:已经?)?(?:得到)?(?:化解|调处|解决|调解成功|妥善处理)/;
export const LEAPT = /(?:有了|实现了|取得了)(?:质的|很大的|明显的|长足的|新的|历史性的?|突破性的?)(?:飞跃|跨越|突破)/;

/**
 * Session 46 (set 41): people the work served doing well since, counted and told reached (参训人员中已有9人创办家庭农场或网店 / 已有12户
 * 实现稳定增收), or households lifted by it, counted (带动本村16户增收): an effect on people. 已 marks it reached, and what they only
 * signed up or applied for or mean to do is none (已有5人报名… / 已有12户申请… / 有9人想…); an aim (力争带动…) is cut before these are read, a forecast (可带动 / 建成后
 * 带动 / 有望) is refused, and lifting with no count (带动群众致富) is a stock phrase (the review).
 */
export const PEOPLE_SINCE =
  /(?:已有|已经有|先后有)[\d一二两三四五六七八九十百]+\s*(?:余|多)?\s*(?:名|人|户|家)(?:(?!报名|申请|登记|参加|意向|未|没|想|拟|计划|打算)[^，,。；]){0,8}?(?:创办|创业|办起|开办|实现(?:稳定)?(?:就业|创业|增收)|找到工作|走上工作岗位|就业|脱贫|增收|致富|考取|考上)/;
export const LIFTED = /(?<!可|能|可以|有望|将|预计|建成后|投产后|鼓励)带动[^，,。；\d]{0,8}?[\d一二两三四五六七八九十百]+\s*(?:余|多)?\s*(?:户|人|名|家)[^，,。；]{0,4}?(?:增收|致富)/;

/** Session 46 (set 41): no dispute of a kind arising (本村今年没有发生涉军矛盾 / 未发生民转刑案件), not as a modifier (…隐患的村). */
export const NO_DISPUTE =
  /(?:未|没有|没|无)(?:发生|出现)过?[^，,。；]{0,8}?(?:涉[\u4e00-\u9fff]{1,3}矛盾|矛盾纠纷|民转刑|信访(?:事件|案件)?)(?![^，,。；]{0,6}的)/;

export const PHRASE_RESULTS: readonly RegExp[] = [
  FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER,
  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS, BAD_FEWER, NO_CASE_FOUND, GONE_SINCE,
  NO_MORE_SENSED, DOUBT_GONE, SETTLED_ALL, LEAPT, PEOPLE_SINCE, LIFTED, NO_DISPUTE, WAGES_HOME,
];
