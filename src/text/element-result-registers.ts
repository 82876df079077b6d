/**
 * 取得成效, classes of session 10 (the eighth set: grassroots units writing plainly, speech-style
 * 汇报, 清单式 lists). Each is a shape of claiming an outcome that the classes of
 * element-result-classes.ts did not foresee; intentions, purposes and shortcomings are cut off by
 * the caller (element-results.ts), as for every class.
 */
import { PEOPLE } from './element-result-classes.js';

/** Not an aim (让老人吃得好 / 确保群众住得暖 / 使…更好): the outcome must be claimed, not sought. */
const NOT_AIM = '(?<!(?:让|使|令|要|求|保证|确保|争取|力争|努力|做到)[^，,。；]{0,8})';

/** Qualities of people's conduct and of places that a plain report says are better now. */
const PLAIN_STATE =
  '工整|懂事|有礼貌|讲礼貌|听话|勤快|大方|开朗|活泼|自信|和睦|和美|和气|融洽|亲热|热络|安逸|舒坦|自在|红火|兴旺|热闹|干净|整洁|整齐|规范|文明|有序|顺畅|安静|亮堂|敞亮|漂亮|好看';

export const RESULT_REGISTERS: RegExp[] = [
  // A quality reached, with more of it: 写的字工整多了 / 孩子们懂事多了 / 邻里关系和睦了 / 风气浓了.
  new RegExp(`${NOT_AIM}(?:${PLAIN_STATE})(?:多了|了不少|了许多|了很多|起来了|了)(?=[，,。；！、]|$)`),
  new RegExp(`${NOT_AIM}(?:风气|风尚|氛围|人气|劲头|干劲|热情|味道|年味|烟火气)[^，,。；]{0,4}(?:浓|足|旺|高|好|正)了`),
  // Better and better: 风气越来越好 / 人越来越多 (越来越多的 is already a class).
  new RegExp(`${NOT_AIM}越来越(?:好|美|亮|净|顺|旺|浓|足|暖|近|和睦|融洽|规范|整洁|干净|文明|有序|热闹|红火)(?![的地])`),
  // The served live better, V得/的 + a state: 老人们吃得好睡得香 / 住的暖 (让老人吃得好 is an aim).
  new RegExp(`${NOT_AIM}(?:吃|睡|住|穿|过|活|玩|学|干)[得的](?:好|香|饱|暖|舒服|舒坦|开心|高兴|安稳|踏实|安逸|热闹|带劲|起劲|有劲)(?![吗不])`),
  // People's words that it is good now, a plain state (PEOPLES_SAYING has the utility words).
  new RegExp(`(?:${PEOPLE})们?[^，,。；“”]{0,8}(?:都说|说|讲|反映|直说)[^。；“”]{0,20}?(?<![不没]|不[太大很算怎那])(?:热闹|舒坦|安逸|开心|高兴|自在|温暖|暖和|好(?=[，,。；！]|$)|像家|跟家里一样|比[^，,。；]{1,8}还[\\u4e00-\\u9fff]{1,3})`),
  // Someone now looks after them: 独居老人有人照应了 (有人管 / 有人陪 are in RESULT_CLASSES).
  /(?<![没无缺])有人(?:照应|照料|照护|看护|关心|问候|搭把手|惦记|看着|过问)/,
  // The bad practice nominalised is gone: 丧事摆阔气的没有了 / 打架骂人的没有了 / 乱停车的少了.
  /[\u4e00-\u9fff]{2}的(?:没有了|没了|少了|不见了|基本没有了|几乎没有了|越来越少)(?=[，,。；！]|$)/,
  // Stopped: 乱埋乱葬也刹住了 / 歪风被遏制住了.
  /(?:刹住|煞住|遏制住|止住|管住|扭转)了/,
  // Nothing came back: 化解的纠纷无一反弹 / 整改的问题没有一处回潮.
  /(?:无一|没有一(?:起|件|处|户|例|个))(?:反弹|回潮|复发|反复|返贫|复燃)/,
  // A state reached at the clause's end, with 基本/已/全部: 消防通道基本畅通 / 路灯已全部亮起.
  /(?:基本|已经?|全部|都已|均已|已全部|全都)(?:畅通|通畅|整洁|干净|达标|消除|清零|杜绝|亮起|恢复|好转|正常)(?:了)?$/,
  // The unit commended by an outside body: 对我县宪法宣传周活动予以表扬 / 对我镇做法进行表扬 (对表现突出的志愿者给予表彰 is the unit's own award).
  /对我(?:县|镇|乡|局|院|校|村|所|站|馆|中心|社区|街道|单位|委|办|队|园|部)(?![^，,。；]{0,24}(?:志愿者|家庭|个人|先进|典型|模范|标兵|之星|商户|人员|党员|学生|职工|干部|教师|户|批评|通报批评|约谈))[^，,。；]{0,24}(?:予以|进行|给予|作了|作出)?了?(?:通报)?(?:表扬|表彰|肯定|嘉奖|点赞|推广|高度评价)/,
  // A practice that spread: 先找法律明白人的做法已在农村推开.
  /(?:做法|经验|模式|办法|习惯)[^，,。；]{0,12}(?:推开|推广开|铺开|传开|普及开)/,
  // An honour kept: 连续三年保持市级文明单位称号 / 经复查继续保留 / 蝉联.
  /(?:保持|保留|保住|蝉联|继续保留|通过复查)[^，,。；]{0,16}(?:称号|荣誉|牌子|桂冠)|蝉联|经复查[^，,。；]{0,4}(?:继续)?保留/,
  // Listed in a register of merit: 档案被列入省级珍贵档案文献名录 / 入选国家级非遗代表性项目名录.
  /(?:列入|入选|进入|收入|编入)(?![^，,。；]{0,20}(?:异常|失信|黑名|违法|违规|严重|整改|重点监管|警示|问题))[^，,。；]{0,20}(?:名录|保护名单|优秀名单|先进名单|目录(?=[，,。；]|$))/,
];

/**
 * Before → after across clauses, from a time named at the sentence's start, read on the sentence:
 * 年初四成楼道有杂物，十月复查已不足一成 / 年初只有半数村站…，到十月底二十四个村站都能….
 */
export const SINCE_START =
  /^[^。；]{0,6}(?:年初|年前|开展前|整治前|改造前|整改前|去年|前年|上半年|起初|刚开始|当初)[^。；]{2,30}[，,；;]\s*(?:到|至|截至)?[^。；，,]{0,10}(?:复查|如今|现在|目前|眼下|年底|年末|月底|月末|[一二三四五六七八九十\d]+月(?:份|底|末)?)[^。；，,]{0,12}?(?:已(?:经)?(?:不足|只有|仅|降|升|达|全部|都|基本)|只有|仅有|只剩|仅剩|不足|降到|降至|都能|全部|均已|都已)/;
