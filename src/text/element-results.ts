/**
 * 取得成效: an outcome claimed — an improvement, a recognition, satisfaction or coverage reached,
 * an effect on people (qualitative counts). Not: a heading with nothing or （略） under it,
 * targets and intentions (力争…达到95%), 成效 used in a shortcoming (成效还不够明显), counts of
 * activities or participants (those are data). Sentences under 存在问题 / 下一步 claim nothing.
 */
import { maskUnclaimed } from './element-claims.js';
import { INTENTION, SHORTCOMING, beforeIntention, clauses, isTitleLine, maskRequirements, maskTitles, trimEndMarks, type ElementTest } from './element-shared.js';
import { AFTER_WORK, BEFORE_AFTER, GOOD_STATE, GOOD_STATE_REACHED, CHECK_FOUND, KEPT_ASKED, LETTER_THANKS, MOVED, PEOPLE, SAID_THEN_NOW, PEOPLES_SAYING, PEOPLES_WORDS, RESULT_CLASSES } from './element-result-classes.js';
import { SESSION25_CLAUSE, SESSION25_SENTENCE, TOOK_HOLD, WRONG } from './element-result-reactions.js';
import { drillOutcome } from './element-result-drills.js';
import { FIELD_RESULTS } from './element-result-field.js';
import { PERSON_RESULTS } from './element-result-persons.js';
import { WELLBEING_RESULTS, saidGenerally } from './element-result-wellbeing.js';
import { RELIEF_RESULTS } from './element-result-relief.js';
import { CHECK_PASSED, CONDITION_AFTER, VERDICT_RESULTS, givenMore, rankedInReview } from './element-result-verdicts.js';
import { COMPLIANCE_RESULTS, complianceSentence } from './element-result-compliance.js';
import { PAID_IN_FULL, PHRASE_RESULTS } from './element-result-phrases.js';
import { STATE_RESULTS } from './element-result-states.js';
import { domainOutcome } from './element-result-domains.js';
import { CONDUCT_BACK, CONDUCT_GONE } from './element-lessons.js';

/** Session 26 (review26): a wrong as what took hold (乱停乱放成了常态 / 违规摆摊成了习惯): a change for the worse. */
const WRONG_BEFORE = new RegExp(WRONG);
import { BAD_MORPH, CAME_BACK, GOOD_FALLING, GOOD_THING, NOT_BACK, RESULT_REGISTERS, SINCE_START, declineOfGood, registerVoid } from './element-result-registers.js';

/**
 * A rate below the mark, or a bad thing rising: in its clause, or counted and then compared (工单64件，较第二季度的49件有所
 * 增加: complaints, calls for help and accidents are bad things — their count rising is no outcome; session 17).
 */
const BELOW_OR_WORSE =
  /[，,](?:但|但是)?(?:仍|还)?(?:低于|落后于|不及|未达到?)(?:全市|全省|全国|全县|平均|目标|标准|要求|预期|同类)/;
/**
 * Session 40 (set 35): a bad rate below the mark (差错率为0.4%，低于全县平均水平 / 投诉率低于全市平均) is a good state, no
 * shortfall: only a rate of a good thing, or a thing not named, below the mark is.
 */
const BAD_RATE = /(?:差错|错误|漏登|漏报|发生|投诉|事故|发病|违章|违法|不合格|空置|损耗|故障|流失|辍学|案发|返贫|误报|超标)率|误差|投诉量/;
function belowOrWorse(claimed: string): boolean {
  const m = BELOW_OR_WORSE.exec(claimed);
  if (m === null) return false;
  const before = claimed.slice(0, m.index).split(/[，,。；;]/).pop() ?? '';
  return !(/低于/.test(m[0]) && BAD_RATE.test(before));
}
/**
 * A bad thing rising (破损率较去年有所上升 / 投诉明显增多): no outcome in its clause. Session 20 (presence20): its clause only —
 * the sentence's other clauses are read (全年未发生较大事故，企业主动报告隐患的情况明显增多 still tells the harm that did not
 * happen), as COUNTED_RISING blanks the count and its comparison only.
 */
// Session 26 (review26): deductions and incidence rates are bad things too (测评扣分较3月增加5分 / 发生率较上年上升).
// Session 27 (review27): anchored at its clause's start (no scan from every position: linear on raw input; the same matches).
const WORSE_RISING = /(?<=^|[，,。；])[^，,。；]*(?:破损|事故|发案|案件|投诉|违章|差评|空置|漏损|超标|不合格|隐患|扣分|失分|(?:发生|发病|犯罪)率)[^，,。；]{0,6}(?:有所|明显|大幅)?(?:上升|增加|增多|升高)[^，,。；]*/g;
/**
 * Session 36 (train): a harm that did not happen this year set against last year's (今年…没有发生燃放，去年同期有燃放投诉6件 /
 * 今年没有因烟花起火，去年同期起火2次): the before and after, an outcome — read on the sentence (it spans the comma).
 */
const NONE_AGAINST_LAST = /(?:没有|未|无)(?:发生|出现)?[^，,。；]{0,12}?(?:起火|燃放|火情|火灾|事故|案件|投诉|纠纷|伤亡|溺水)[^，,。；]{0,4}[，,]\s*(?:而|但)?去年(?:同期)?/;
/** Session 36 (train): the unit's own workload grown (工作量较去年同期有较大增加 / 办件量明显增长): counts of work, data, no outcome. */
const WORKLOAD_RISING = /(?<=^|[，,。；])[^，,。；]*(?:工作量|业务量|办件量|办理量)[^，,。；]{0,12}?(?:有所|明显|较大|大幅)?(?:上升|增加|增多|增长|提高)[^，,。；]*/g;
/**
 * The count and its comparison only (review17): the clauses after them are read (受理投诉146件，较上年有所增加，回访满意率达98%
 * claims the satisfaction reached), so they are blanked, not the sentence.
 */
const COUNTED_RISING =
  /(?:投诉|工单|诉求|举报|信访|求助|事故|案件|隐患)[^，,。；]{0,8}[\d一二两三四五六七八九十百千万]+[件起次个宗条][，,]\s*(?:较|比)[^，,。；]{0,14}?(?:有所|明显|大幅)?(?:上升|增加|增多|升高)/g;

/**
 * Session 12: a good thing fewer or lower (志愿者人数同比减少15% / 参与率下降), or a rate of a good thing
 * that is only so much (目标完成率仅为60% / 满意率只有70%): a loss or a shortfall, no outcome. What falls is
 * read in the 10 characters before the fall (the 4 before 率 for a rate); a bad thing there (投诉、事故…) makes
 * it an outcome.
 */
const GOOD_SUBJECT = new RegExp(`(?:${GOOD_THING.source.split('|只有')[0]}|满意|知晓|覆盖|达标|合格|完成|好评|出勤|入学|普及|优良|完好|亮灯|回收|利用|使用|通过|就业|收入|献血)`);
function goodLower(clause: string): boolean {
  for (const m of clause.matchAll(/(?:同比|环比|比[^，,。；]{1,6})?(?:下降|减少|降低|下滑|回落|萎缩|缩减)|[率度](?:仅|只|才)(?:为|有|达到?|是)?\s*\d/g)) {
    // A rate is named by the (up to) four characters before 率 (垃圾分类覆盖率 → 分类覆盖; 事故发生率 → 事故发生).
    // 满意度仅为76.5%: a degree only so much is a shortfall too (session 18).
    const rate = /^[率度]/.test(m[0]);
    const before = clause.slice(Math.max(0, (m.index ?? 0) - (rate ? 4 : 10)), m.index ?? 0);
    if (GOOD_SUBJECT.test(before) && !BAD_MORPH.test(before)) return true;
  }
  return false;
}

/** A match that states a decline (…少了 / 只剩 / 没有了). */
const DECLINE = /少了|没有了|没了|不见了|只有|仅有|只剩|仅剩|越来越少|才[一二两三四五六七八九十\d]/;
/** A place or a practice gone quiet or worse (现在冷清了 / 队伍散了): a loss, not an outcome. */
/** The words of a turn for the better (改观 / 好转 / 扭转 …): what they apply to was bad before (session 20). */
const TURNED = /改观|好转|改善|扭转|缓解|消除|焕然一新|告别|摆脱|一扫/;
const WORSE = /冷清|冷落|萧条|荒废|荒芜|衰落|没落|凋敝|变差|变坏|差了|散了|垮了|黄了/;

/** Before → after from a time named at the start, unless what declines is a good thing (去年活动很多，今年只有两场). */
function sinceStart(claimed: string): RegExpExecArray | null {
  const m = SINCE_START.exec(claimed);
  return m && !declineOfGood(claimed, m[0]) ? m : null;
}

/** A purpose clause (为进一步提升…); 为 + a person served is who benefits (为老人挽回损失5万元), not a purpose. */
const PURPOSE = new RegExp(`^(为了|为(?!(?:${PEOPLE}))|旨在|以便|以期|推动|促进|助推|力求|力促|以此|借此|以(推动|促进|带动|助推)|以[^，,。；]{1,8}(赢得|换来|换取|回应|践行))`);

const TESTS: RegExp[] = [
  // 取得明显成效 / 成效显著 / 初见成效
  // 取的成效 / 的到提升: the 的/得 a hurried hand swaps (采取的措施…效果 is no 取得).
  /(?:取得|(?<![采选听获争汲提吸读领摘截录考])取的)[^，,。；]{0,8}(成效|成绩|成果|效果|进展|突破)|(成效|效果)(明显|显著|突出|良好|初显|凸显)|初见成效|见到实效|取得实效/,
  // 明显提升 / 显著改善 / 进一步增强 / 有所提高 / 大幅下降
  // 进一步提升服务水平 is an aim; 满意度进一步提升 / 进一步提升了 is a result.
  /(进一步|持续|稳步|不断|全面|逐步|逐年|逐月)(地)?(提升|提高|改善|增强|好转|加强|优化|增长|增加|扩大|完善|减少|下降|降低|上升)(了|到|至|$)|(?:持续|稳步|不断|逐步|总体|整体|日益|明显)向好/,
  // 切实增强责任感 is an exhortation; 切实提升了 / 切实减轻了 a result.
  /切实(的|地)?(提升|提高|改善|增强|减轻|减少|降低|解决)了/,
  /(明显|显著|大幅|大大|大为|有效|普遍|有所|得到|极大|较大|很大|长足|根本性?|彻底)(的|地)?(高涨|提升|提高|改善|增强|好转|加强|下降|减少|降低|优化|增长|增加|改观|转变|扩大|完善|缓解|规范|巩固)/,
  /[得的]到[^，,。；]{0,4}(提升|提高|改善|增强|好转|加强|优化|改观|缓解|规范|巩固|遏制|解决|根治)|(纷纷|一致|广泛|普遍|交口|连连)(称赞|赞扬|夸赞|点赞|好评|认可|叫好|称道)/,
  // 违章停车由每天百余起降至十余起 / 由42分钟缩短到18分钟: a before and after
  /由[^，,。；]{1,16}(降至|降到|下降到|下降至|减少到|减少至|减至|提高到|提高至|提升到|提升至|上升到|上升至|增加到|增加至|增至|缩短到|缩短至|增长到|增长至)/,
  // 水质达到三类标准 / 全部达到示范街巷标准 (要/须/应/需 达到 is a requirement)
  /(?<![要须应需求以])达到[^，,。；]{0,12}(标准|等级)(?!的?要求)/,
  /成功(创建|创成|创评|获批|通过)|顺利通过|(迈|跃|跨)上[^，,。；]{0,4}台阶|上了[^，,。；]{0,4}台阶/,
  /(日益|日趋|愈发|越来越|逐渐)(浓厚|增强|提高|规范|完善|文明|和谐|改善|好转|整洁|有序|普及|深入|便利|成熟)|氛围(日益|更加|愈发|十分|较为|越来越)?浓厚|(?<!(?:让|使|令|以|求|保证|确保|做到|直至|直到|争取|力争|努力|务求)[^，,。；]{0,4})群众(普遍|十分|非常)?满意(?!度|率)|(有效|基本|明显)(遏制|杜绝|消除|根治|扭转)|通过[^，,。；]{0,12}验收|(排名|位居|位列)[^，,。；]{0,8}(第[一二三]|前列|前茅)|走在[^，,。；]{0,6}前列|名列前茅/,
  /(逐步|逐渐|普遍|基本)(养成|形成|树立)|养成了?[^，,。；]{0,10}习惯/,
  // 出行更加便利 / 基本解决 / 得到解决
  /更加(便利|方便|便捷|安全|整洁|有序|优美|浓厚|鲜明|规范|和谐|文明|顺畅|满意|畅通|干净|美丽|宜居|融洽)|(基本|有效|及时|彻底|逐步)(得到)?解决|得到(有效|及时|妥善)?解决|(?<!(?:在|待|经|须|需|要|必须|直至|直到|限期|责令|督促|确保)[^，,。；]{0,6})整改到位(?!后|前|的|才|方可|再|之后|以后|为止)/,
  /(提升|提高|改善|增强|好转|下降|减少|降低|增长|增加)(了)?[^，,。；]{0,4}(明显|显著|\d+(\.\d+)?\s*(%|个百分点|倍))/,
  /同比(增长|下降|提高|减少|上升|降低)|较(去年|上年|上一年|往年)[^，,。；]{0,10}(增长|下降|提高|减少|上升|降低|提升|改善)/,
  // Session 36 (set 31): against the month before, or months running (投诉环比连续三个月下降 / 连续两个季度减少); a good thing falling is
  // no outcome (goodLower, read on the claim as every change is).
  /环比(?:连续[^，,。；]{1,6})?(?:增长|下降|提高|减少|上升|降低)|连续[一二两三四五六七八九十\d]+个?(?:月|季度|年|周)(?:持续)?(?:下降|减少|降低|提升|提高|增长|上升)/,
  // Session 36 (set 31): an effect on a person served — able again (已能扶拐下地走动 / 已能不拄拐独立走路), a job reached (实现家门口就业),
  // praise by those served (社区老人夸孩子们手艺好), supply back for all (停电线路全部恢复送电).
  // Session 55 (set 50's 37334): also 均在当晚恢复亮灯 (lights back after the storm) and a body praising the firm (对公司提出表扬).
  /已(?:经)?能(?:够)?(?:扶拐|拄拐|不拄拐|独立|自己|自理|下地|下床|正常|重新)[^，,。；]{0,8}?(?:走|行走|走路|走动|生活|自理|上学|工作|进食|说话)|实现(?:了)?(?:家门口|稳定|灵活)?(?:就业|再就业|脱贫|增收|生活自理)|(?:老人|群众|居民|村民|家长|患者|顾客|游客|市民|家属|乘客|师生|老人们|居民们)(?:们)?(?:都|纷纷|连连|直)?(?:夸|称赞|夸赞|赞扬)(?!奖)|(?:全部|均已|已全部|全面|均)(?:在[^，,。；]{1,4}?)?恢复(?:送电|供电|供水|供气|通车|通行|亮灯|照明)/,
  // Session 55 (set 50's 37247; the set's rulings: 群众 遇事 找 法 an outcome): people now bringing their troubles to the law first
  // (村民现在遇事先来服务室问法 / 群众遇事找法的意识明显增强).
  /(?:群众|村民|居民|职工|市民|老百姓)[^，,。；]{0,6}?遇事(?:先|都|就|会|愿意)?(?:来|找|到|向)[^，,。；]{0,8}?(?:问法|找法|咨询律师|寻求法律)|遇事找法/,
  // coverage / satisfaction reached
  // (功率为60W、频率为每周一次 are no rate reached; 成功率 is.)
  // Session 40 (set 35): a bad thing's rate stated (差错率为0.4%) is a reading, not a rate reached.
  /(?<!参与|出勤|到会|参加|参训|到课|办结|受理|回复|答复|反馈|签收|处置|差错|错误|漏登|漏报|投诉|事故|发病|违章|不合格|损耗|故障|误报)((?<![频汇概速倍坡]|(?<!成)功)率|满意度|知晓度|认可度)(?:在[^，,。；]{1,12}?(?:调查|测评|评估|考核|抽查|评比|统计|暗访)中)?(?![^，,。；达]{0,6}(?:标准|要求|目标|指标|考核|需|须|应|要|未|没|不))[^，,。；]{0,6}(达到?|(?<!作|视|作为标准|成)为|提升|提高|超过|保持|实现)|实现[^，,。；]{0,12}全覆盖|(全覆盖|全面覆盖)/,
  // recognition. Session 42 (train 22979 / 22924 / 22936): named by two bodies jointly (被县委宣传部、县委组织部联合命名为), listed among
  // the best (被省文化和旅游厅列入全省红色旅游精品线路), a practice passed on as a model (作为…典型做法推介), a place proclaimed a
  // protected site (被县人民政府公布为…保护单位), the media reporting the change (县融媒体中心专题报道了…的新变化).
  // Review 55a: a rating still to come (城管局将给予我公司优秀等次 / 将被通报为先进) is no recognition; a rating in quotes (给予我局“优秀”等次)
  // is one.
  /(?:获评|荣获|被评为)(?![^，,。；]{0,8}(?:不合格|不达标|较差|差等|落后|后进|基本合格|黄牌|整改|不称职|末位))|被授予|被命名为|(?<![将拟会])被[^，,。；]{0,20}?(?:通报|认定|确定)为[^，,。；]{0,10}?(?:先进|优秀|示范|标杆)(?!.{0,2}(?:创建|培育)对象)|(?<![将拟会再可])给予(?:我|本)[\u4e00-\u9fff]{0,3}[“"‘]?(?:优秀|先进|一等|A级|A等)(?:等次|等级|档次|评价)?|被[^，,。；]{1,20}(授予|评为|命名为|公布为|表彰|表扬|通报表扬)|被[^，,。；]{1,16}列入[^，,。；]{0,12}(?:精品|示范|典型|优秀|先进|标杆)(?![^，,。；]{0,4}(?:创建|培育|建设)(?:对象|名单|计划))|作为[^，,。；]{0,24}典型(?:做法|经验|案例)(?:推介|推广|交流)|(?:媒体|电视台|日报|报社|融媒体中心|新闻)[^，,。；]{0,6}(?:专题|专门)?报道了[^，,。；]{0,14}(?:新变化|变化|新面貌|成效|经验|做法)|授予[^，,。；]{0,20}(称号|荣誉|奖)|(?<!决定)授予[^，,。；“”]{1,6}“[^”]{1,30}”(称号|荣誉)|入选(?!者)|获得?[^，,。；]{0,20}(称号|奖|表彰|荣誉|通报表扬|表扬|嘉奖|流动红旗)|受到[^，,。；]{0,16}(表彰|表扬|好评|肯定|赞誉|点赞|认可)|(?:来函|来信|致函)[^，,。；]{0,4}?(?:肯定|表扬|致谢|感谢)|对(?:我|本)?(?:公司|局|单位|中心|站|所|院|校|队)[^，,。；]{0,4}?(?:提出|给予|予以)(?:通报)?(?:表扬|表彰|嘉奖)|(得到|获得?|赢得)(?![^，,。；]{0,16}?(?:资金|经费|补助|补贴|拨款|奖补|专项)[^，,。；]{0,8}支持)[^，,。；]{0,16}(好评|肯定|赞誉|认可|点赞|称赞|信赖|支持)|(被|获)[^，,。；]{0,12}(报道|推广|转载|刊发)|经验做法[^，,。；]{0,10}(推广|交流)/,
  // effect on people and on the place
  // 增强了群众的环保意识 / 增长了知识、陶冶了情操: an effect on people, in the perfect
  /(增强|提高|提升|强化|培养|增进)了[^，,。；]{0,12}(意识|能力|素养|素质|认同|观念|热情|信心|技能|本领|认识|感情|友谊)|(增长|增加|学到|掌握)了[^，,。；]{0,6}(知识|本领|技能)|陶冶了?[^，,。；]{0,4}情操|受到了?[^，,。；]{0,8}教育/,
  // 乱扔现象少了、笑容多了、环境变好了: the plain-speech outcome
  /(现象|问题|投诉|纠纷|垃圾|违章|事故|案件)[^，,。；]{0,8}(少了|减少了|不见了|没有了|看不到了|消失了|绝迹)|发生了?[^，,。；]{0,6}(翻天覆地|巨大|明显|显著|可喜|深刻|根本性)的?(变化|转变)|(笑容|点赞|好评|掌声|回头客|游客|顾客)[^，,。；]{0,4}多了|变(得)?(好|美|净|亮|绿|干净|整洁|漂亮|宽敞|有序|文明)了/,
  // 覆盖全县所有行政村 / 做法在全市推广
  /覆盖(了)?(全县|全镇|全乡|全区|全市|全域|所有|全部|每一个|每个|各个)|(做法|经验|模式|案例)[^，,。；]{0,10}(被|在|向|获)[^，,。；]{0,12}(推广|交流|借鉴|推介)/,
  /(认同感|获得感|幸福感|安全感|归属感|荣誉感|文明素养|文明素质|文明意识|法治意识|环保意识|安全意识|参与热情|积极性|精神面貌|社会风气|文明风尚|市容市貌|城乡面貌|环境面貌)[^，,。；]{0,8}(增强|提升|提高|改善|好转|高涨|明显|焕然一新|显著)/,
  /蔚然成风|深入人心|(成为|成了)[^，,。；]{0,16}(品牌|亮点|名片|典范|标杆|样板|风景线|新去处|好去处|去处|打卡地|示范点|示范|新方式|新风尚|新时尚|新习惯|新风)|由[^，,。；]{1,16}(变为|变成|转变为)|形成了?[^，,。；]{0,16}(良好|浓厚)[^，,。；]{0,6}(氛围|风尚|局面|态势)|焕然一新|明显改观|有口皆碑|交口称赞|拍手称快|拍手叫好|称赞不已|纷纷点赞|赞不绝口|受益匪浅|反响(热烈|良好)|零(投诉|事故|发生|伤亡|上访|案件|差错|污染|扣分|失分)|(未|没有|无)发生[^，,。；]{0,24}(事件|事故|案件|问题)(?![^，,。；]{0,2}的)|普遍(认可|好评|欢迎|满意)|广受(好评|欢迎|赞誉)|解决了[^，,。；]{0,24}(难题|问题|困难)/,
];

/**
 * Broad predicate classes (issue 11: outcomes are phrased in many ways). A change predicate is a
 * two-character verb whose second character states the result reached (提高、增强、减轻、增多、
 * 刹住、扭转、消除、改观、进步、好转、形成 …): with a degree adverb, or with a quality of people or
 * of the place as its subject at the clause's end, it states a change reached.
 */
// Not a degree word first (问题较多 / 负担偏重 / 压力过大 / 任务很多): a degree of a state is how things are, no change reached (session 18).
// review18: only an excess (偏/过/太) or a degree of no good in itself (较多 / 很大 / 很少 / 较低) — 较强 / 较好 / 很高 on a quality of people
// or place is a good state claimed (群众的法治意识普遍较强 / 辖区治安秩序较好 / 积极性很高), as 氛围浓厚 is.
const RESULT_VERB = '(?![偏过太]|[较很挺](?![好优强深广净畅高]))[\\u4e00-\\u9fff](?:高|强|轻|多|少|住|转|除|善|观|步|升|降|快|大|小|长|好|优|广|深|成|缓|净|畅|紧|止|制|富|跃)';
/** Qualities of people and of places that a piece of work changes. */
const QUALITY = '了解|认识|认知|理解|认同|意识|观念|素养|素质|能力|水平|质量|效率|氛围|风气|风尚|面貌|环境|秩序|形象|关系|负担|压力|热情|积极性|信心|获得感|幸福感|安全感|情感|习惯|现象|投诉|纠纷|事故|案件|隐患|问题|担心|顾虑|矛盾';

/**
 * Session 19 (charge19): a comparative reached, in the perfective, at the clause's end (孩子在家也更懂礼貌了 / 老人们更爱出门了).
 * review19: not when what grew is a wrong or a resistance (违规占道停车更隐蔽了 / 一些商户的抵触情绪更强了 / 手段更狡猾了): a
 * problem growing, no outcome (WRONG_GROWING, read in the loop below).
 */
const MORE_NOW =
  /(?<!(?:要|让|使|令|求|确保|力争|争取|努力|为了|以便|希望|期盼|盼望|期待)[^，,。；]{0,8})更(?:加)?(?!难|累|重|差|乱|脏|慢|少|紧|忙|大|多|严重|突出|复杂|困难|严峻|吃力|辛苦|麻烦)[\u4e00-\u9fff]{1,6}了$/;
const WRONG_GROWING = /违|乱|占道|非法|私搭|偷|盗|骗|赌|抵触|不满|消极|懈怠|反感|对立|逆反|矛盾|纠纷|隐患|难度|压力|阻力|隐蔽|狡猾|嚣张|猖獗|频繁|激烈|尖锐|棘手|繁重|艰巨|紧迫/;
/**
 * Session 20 (presence20): outcomes told in forms the classes above did not know, each a kind of outcome in general terms.
 * - Recognition by the press, named as about this work (《清河日报》对此作了报道 / 省级媒体对这项工作进行了专题报道); a
 *   source line (市日报7月4日报道，…) tells where the text comes from, no recognition.
 * - Recognition handed to the unit (县妇联给我们发了“巾帼文明岗”牌子 / 为我局颁发…证书): another body's award to the unit.
 * - A standing moved up (排名较去年同期前移 / 位次上升): a rank, whatever was ranked.
 * - A wish of the served come true (居民出门“300米见绿”的愿望变成了现实 / 心愿实现了); 让…愿望变成现实 is an aim.
 * - A custom taking hold (鲜花祭扫渐成新风 / 婚事简办渐成风尚): 渐成 / 蔚成 as 成为…风尚 is.
 */
const NOW_COMMA = /(^|[，,；;])\s*(现在|如今|眼下|而今)[，,]\s*/g;
/**
 * Session 20 (presence20): a new state told with the 了 of a change, in a clause opening on now (现在班里基本不剩饭了 / 如今小宇能
 * 自己拿勺子吃饭了 / 现在城南桥头已经看不到…的人群了): something no longer so, now possible, or already so. Not an aim or a
 * want (现在要…了 / 现在该…了), nor a good thing gone (现在没人来看书了: GOOD_THING with a negation, nothing bad named).
 */
const NOW_CHANGE = /^(?:现在|如今|眼下|而今|这下)(?![^，,。；]*(?:要|该|得|应|需|须|准备|打算|开始|快))[^，,。；]{0,16}?(?:不|没|能|会|都|基本|也|已经?|可以)[^，,。；]{0,14}了$/;
function nowChange(clause: string): boolean {
  // review20: the unit's own people, parts and arrangements (现在机关党员每周都到社区报到了 / 现在各股室都有专人负责台账了) are its
  // routine, no effect on the served or the place.
  // A bad thing now done (现在年轻人都爱玩手机了) is a habit no one sought, unless it is told gone (现在路口不堵了).
  if (BAD_MORPH.test(clause) && !/不|没|无/.test(clause)) return false;
  // review20: a doer of the work named by its role (现在志愿者每周都来陪老人聊天了 / 保洁员 / 巡查队): a service's routine, not
  // the served or the place changed (PEOPLE's own 快递员 / 学员 are the served).
  const subject = /^(?:现在|如今|眼下|而今|这下)([^，,。；]*?)(?:每|都|也|已|能|会|不|没|基本|可以|还)/.exec(clause)?.[1] ?? '';
  if (/(?:员|者|工|队|组|师傅)$/.test(subject) && !new RegExp(`(?:${PEOPLE})$`).test(subject)) return false;
  // Session 21 (misfires21): whoever is not the served, a round of work at a frequency (现在社区医生每周都上门了 / 现在各村每月都开
  // 一次评议会了) is the service's routine — what is done, not what changed for the served or the place.
  if (subject !== '' && !new RegExp(`(?:${PEOPLE})们?$`).test(subject) && /每(?:天|日|周|星期|月|季度?|年|晚|早|次)|定期|按时|轮流/.test(clause)) return false;
  return NOW_CHANGE.test(clause) && !/我们|咱们|我(?:局|院|校|馆|站|所|中心)|本单位|机关|党员|干部|股室|科室|专人|工作人员|网格员|队员|专班|台账|制度|机制|值班|轮岗/.test(clause) && !(/不|没/.test(clause) && GOOD_THING.test(clause) && !BAD_MORPH.test(clause));
}
/**
 * Session 21 (misfires21, review20: train 5316): a harm no longer perceived — a smell no longer smelt (办公区现在基本闻不到烟味了),
 * a bad thing no longer seen or heard (看不到乱扔垃圾的了 / 听不到噪音了) — is a harm gone; a good thing no longer seen is a loss.
 */
const NO_LONGER_PERCEIVED = new RegExp(`闻不到[^，,。；]{0,10}了$|(?:看|听|见|找)不(?:到|见)[^，,。；]{0,10}(?:${BAD_MORPH.source}|噪|吵|臭|异味|烟味)[^，,。；]{0,8}了$`);
/**
 * Session 21 (misfires21, false "missing" on train: 12350): a good change named by its noun and then judged marked, at the
 * clause's end (不少受助学生成绩进步明显 / 服务质量改善明显 / 群众满意度提升显著) — the degree after the change, as 明显提升 is
 * before it. Not a change too small (不明显 / 不够明显: SHORTCOMING), a bad thing's growth (WORSE), nor a count of the unit's
 * work growing (刊播量增长明显 / 活动场次提升明显: counts are no outcome).
 */
const CHANGE_MARKED = /(?<!(?:量|数|次|场|期|件|条|篇|份|人次|户次)[^，,。；]{0,2})(?:进步|提升|提高|改善|好转|增强|改观)(?:得)?(?:十分|非常|很|较为|比较|更加|越来越)?(?:明显|显著)$/;
const SESSION20: RegExp[] = [
  /对(?:此|这(?:项|一|个|些)?[^，,。；]{0,8}|我(?:局|县|镇|乡|院|校|馆|站|所|中心|社区|街道|单位)[^，,。；]{0,8})(?:作了|做了|作|做|进行了|进行|予以|给予)(?:专题|深度|集中|跟踪|头版|连续)?(?:报道|宣传报道)/,
  /(?:给|为|向)(?:我们|我(?:局|院|校|馆|站|所|中心|社区|街道|队|委|办)|本(?:单位|局|院|校|馆|站|所))(?:颁发|授予|发|送|颁)了?[^，,。；]{0,14}(?:牌子|牌匾|奖牌|证书|奖状|称号|锦旗|荣誉)/,
  /(?:排名|位次|名次|排位)[^，,。；]{0,12}(?:前移|上升|提升|前进|提高)(?!的?(?:目标|要求|任务))/,
  /(?<!(?:让|使|把|要|求|确保|力争|争取|努力)[^，,。；]{0,16})(?:愿望|梦想|心愿|期盼|盼望|夙愿)[”"]?[^，,。；]{0,4}(?:变成了|成为了|成了|变为了)现实|(?<!(?:让|使|要|确保|力争|争取|努力)[^，,。；]{0,16})(?:愿望|梦想|心愿|夙愿)[^，,。；]{0,4}实现了/,
  /(?:渐成|蔚成|渐渐成为|逐渐成为|已然成为)[^，,。；]{0,4}(?:新风|风尚|风气|新风尚|习惯|常态|时尚|新时尚)/,
  // - People's drive high, at the clause's end (群众健身热情高涨 / 干劲十足), as 氛围浓厚 is.
  /(?:热情|积极性|干劲|劲头|参与热情)[^，,。；]{0,4}(?:高涨|空前高涨|倍增|十足)$/,
  // - A rate or a level holding and rising (满意率稳中有升 / 知晓率稳步提升).
  /(?:率|度|指数|水平|比例)[^，,。；]{0,6}(?:稳中有(?:升|增|进)|稳步(?:提升|上升|提高))/,
  // Second increment. - A causative told done (展览让年轻人知道了家乡的来历 / 使不少家长懂得了…): 让 + someone + a verb of
  //   knowing or feeling in the perfective is an effect reached; without 了 (让年轻人知道家乡的来历) it is an aim.
  new RegExp(`(?:让|使)[^，,。；]{0,8}?(?:${PEOPLE}|年轻人|青少年|青年|孩子|学生|大家|人们)们?[^，,。；]{0,8}?(?:知道了|懂得了|了解了|学会了|认识到了|感受到了|体会到了|明白了|记住了|爱上了)`),
  //   and being taught something (很受教育 / 深受教育), as 受到了教育 is.
  /(?:很|深|都很|深深|颇)受教育/,
  // - The served able by themselves now (他现在能自己进大厅办事 / 孩子在小区见到邻居也会主动问好): their own conduct, not an aim
  //   (让老人能自己… / 引导孩子主动…: NOT_AIM-like words before it), nor a body named with 会 (学生会自己选了… is the 学生会).
  new RegExp(`(?<!(?:让|使|令|要|求|确保|力争|争取|努力|引导|鼓励|教育|督促|帮助|希望|倡导)[^，,。；]{0,10})(?:(?:现在|如今|终于)[^，,。；]{0,8}?(?:能|可以|能够)(?:自己|独自)|(?:${PEOPLE}|年轻人|青少年|他|她|他们)们?[^，,。；]{0,10}?(?:也|都|还)?(?<!学生|家长|居民|村民|职工|妇女|老人|老年人)(?:会|能)(?:主动|自觉|自己)(?!的)[\u4e00-\u9fff])`),
  // - A harm that did not come about, at the clause's end (全年未出现因资金问题影响进度的情况) or no complaint received at all
  //   (未接到考生和家长对考点噪声的投诉).
  /(?:未|没有|没)(?:出现|发生)(?:过)?[^，,。；]{2,24}的(?:情况|现象)$|(?:未|没有|没)(?:接到|收到)(?:过)?[^，,。；]{0,16}(?:投诉|举报)$/,
  // - Thanks from the served (申请执行人纷纷表示感谢 / 家长专门发来短信，感谢…): 向…表示感谢 / 对…表示感谢 are the writer's thanks.
  /(?<![向对][^，,。；]{0,20})(?:纷纷|连连|一再|专门|特意|专程)(?:来|发来短信|写信|打来电话|送来)?[^，,。；]{0,4}?(?:表示感谢|致谢|道谢|感谢)/,
  // - A work taken up among the people (创文主题歌在大街小巷传唱开来 / 快板在群众中传唱开来).
  /(?:传唱|流传|传颂|传播)开来|广为(?:传唱|流传|传颂)/,
  // - A problem put right (盲道被占问题得到纠正).
  /(?:问题|现象|行为)[^，,。；]{0,4}(?:得到|已|已经|均已|全部)(?:纠正|整改|根治)/,
];
const CLASSES: RegExp[] = [
  // Session 13, the standard's own kinds of outcome stated without a figure: a rank reached in an evaluation
  // (在全市评比中名列第二 / 考核排名全县前三), a level of satisfaction reached (满意度较高; 满意度不高 is none),
  // a habit formed (排队洗手成了习惯 / 分类投放习惯基本养成).
  /(?:评比|考核|测评|评估|考评|比赛|竞赛|排名)[^，,。；]{0,10}?(?:名列|位列|位居|排名|排在|居)(?:全[国省市县区]|[^，,。；]{0,6})?(?:第[一二三四五六七八九十\d]+(?:名|位)?|前[一二三四五六七八九十\d]+(?:名|位)?|前列|前茅)|名列前茅/,
  /(?:满意度|满意率|好评率|认可度|满意程度)(?:普遍|总体|都|均|也)?(?:较高|很高|高|极高)(?![于出])/,
  // Session 19: the habit formed named at length (养成了排队洗手、主动问好、饭后收拾碗筷的习惯) or told as already one (排队喝水已成习惯):
  // what the habit is may run long; the perfective or 已 marks it formed (养成…习惯 bare is an aim or a measure's words).
  /(?:成了|已成为|养成了)[^，,。；]{0,8}习惯|(?:养成了|形成了|已经?(?:养成|形成)(?:了)?)[^，,。；]{0,24}习惯|已经?成(?:为|了)?(?:[^，,。；]{0,6}的)?习惯|习惯(?:已经?|逐步|基本|普遍)(?:养成|形成)/,
  // Session 19: a comparative reached, in the perfective, at the clause's end (孩子在家也更懂礼貌了 / 老人们更爱出门了): the
  // served changed; 更 + an aim's word before it (要 / 让 / 期盼 …) or a worse state (更难了 / 压力更大了) is none.
  MORE_NOW,
  // Session 19: the served's share of a good state reached (读者满意度调查中“满意”比例达到96% / 好评占比达98%), as a rate is.
  /(?:满意|好评|认可|知晓|支持|点赞)[^，,。；]{0,8}(?:比例|占比|比重)[^，,。；]{0,4}(?:达到?|为|超过|是|提高到|提升到|上升到)\s*\d/,
  // Session 19: a quality of the place or of people named as changed much (村容村貌变化很大 / 精神面貌改变明显), and an atmosphere
  // told as strong (创建氛围较浓 / 文明风气渐浓); not 不浓 / 变化不大.
  new RegExp(`(?:村容|村貌|市容|街貌|容貌|风貌|面貌|环境|秩序|形象|风气|氛围|观念|精神头|心气)[^，,。；]{0,6}(?:变化|改变|转变)(?:很大|巨大|明显|显著|不小|较大)|(?:氛围|风气|风尚|气氛)[^，,。；不]{0,4}(?<![不没未])(?:较浓|很浓|渐浓|更浓|愈浓|日浓|浓郁)`),
  // 明显刹住 / 明显增多 / 显著减轻 / 有所扭转: a degree adverb before a change predicate.
  new RegExp(`(明显|显著|大幅度?|大大|大为|极大|有所|较大幅度|根本|根本性|彻底)(地)?(得到)?${RESULT_VERB}`),
  // 漏损率降至9.8% / 等候时间明显缩短: a rate brought down, a wait shortened.
  // Session 60 (set 55's 39826): a radius or a way to go shortened (消防取水半径明显缩短 / 服务半径缩短 / 就医路程缩短).
  // Review 60b: a radius shrunk (取水半径缩小到500米以内).
  /(?:率|时间|时长|用时)(?:降至|降到|下降到|下降至|控制在)了?\s*\d|(?:时间|时长|用时|距离|半径|路程)(?:明显|大大|进一步)?缩短|半径(?:明显|大大|进一步)?缩小/,
  // 社会氛围进一步形成 / 守信意识增强 / 负担减轻了: a quality as subject, the change at the clause's end.
  // Session 40 (set 35): 质量控制 / 风险控制 with nothing between is a noun (负责实验室质量控制: a duty), no change reached.
  new RegExp(`(${QUALITY})(?!控制(?:了|起来)?$)(进一步|逐步|逐渐|不断|持续|普遍|明显|显著|大幅|有效|基本|也|都|均|已经?|得到|得以|日益|大大|的)*${RESULT_VERB}(了|起来)?$`),
  // 有了明显进步 / 有了很大改善
  /有了[^，,。；]{0,4}(进步|提高|提升|改善|好转|变化|起色|改观|转变)/,
  // 旅客候车更舒心 / 办事更方便了: bare 更 + a state of people or the place at the clause's end (session 12;
  // 更好地服务 is a manner, 要更方便 an aim: NOT_AIM-like words before it claim nothing).
  /(?<!(?:要|让|使|令|求|确保|力争|争取|努力|为了|以便)[^，,。；]{0,8})更(?:舒心|方便|便利|便捷|安心|放心|省心|暖心|整洁|干净|安全|顺畅|有序|满意|美了|亮了)(?:了)?$/,
  // 更加和睦 / 更为真切 / 越来越多的年轻人: a comparative state (更加注重… is a manner of working).
  // 以更加务实的作风 is a manner (更加X的 / 更加X地), not a state reached.
  /越来越多|(更加|更为|愈加|愈发|日益|越来越)(?!注重|重视|关注|突出|聚焦|强调|严格|努力|主动|积极|深入|扎实|精准|细致)[\u4e00-\u9fff]{2}(?![的地])/,
  // 比以前方便多了 / 较过去明显减少: before → after.
  /(比|较)(以前|过去|往年|从前|原来|改造前|整治前|整改前)[^，,。；]{0,10}/,
  /(?![搞弄做办修整装谈说商定排准])[\u4e00-\u9fff](多了|少了|好了|快了|近了|便了)|活了起来|[\u4e00-\u9fff]{1,2}起来了/,
  // Reception and praise: 受到年轻人欢迎 / 反映良好 / 表示满意.
  /(受到|深受|广受|得到|赢得)[^，,。；]{0,12}(欢迎|喜爱|青睐|拥护|称赞|赞扬)|(反映|反响|评价|口碑)(?:普遍|总体|都|均|也|一致)?(良好|很好|较好|不错|热烈|很高|较高)|(表示|感到|十分|非常|比较|较为|都很|很)满意(?!度|率)/,
  // A problem that no longer occurs: 没有再发生 / 再未出现 / 没人再上当.
  // Session 58 (set 53's 38829; the set's rulings: 违建 fewer an outcome): not one household or firm doing the wrong, told
  // without 再 (今年没有一户私自动工 / 没有一家擅自经营 / 无一户违规建房) — the wrong by its manner word; an aim (确保没有一户…)
  // or a demand (要做到…) is masked before (INTENTION, the demands), so no guard of its own.
  /(没有|未|不)再(发生|出现)|再(也)?(没有|未)(发生|出现)|(?:没人|没有人|无人|没有一户|没有一家)再(?:上当|受骗|被骗|乱|违|闹|吵|堵|投诉|上访|犯|赌|酒驾|闯|占道|摆摊|烧)|(?:没有一户|没有一家|无一户|无一家)(?:私自|擅自|违规|违法|非法)/,
  // No more running about: 无须再跑腿 / 不用再排队; a bad case gone: 无人照看的情况没有了.
  /(?:无须|无需|不用|不必|不需要)再(?:跑|排队|等|往返|奔波|跑腿|来回|出门|进城|出村|下山)|的(?:情况|现象|事)(?:也)?(?:基本|几乎|彻底)?(?:没有了|没了|不见了|消失了)/,
  // Minds or manners changed (session 11): 年轻人的观念变了 / 风气从“比阔气”变成了“比孝顺”.
  /(?:观念|态度|风气|风俗|习惯|想法|看法|面貌|精神头|心气)(?:也|都|真的|彻底|慢慢|渐渐|悄悄)?(?:变了|改了|转变了|不一样了|变好了)|从“[^”]{1,12}”(?:变成|变为|转变为|转向)了?“[^”]{1,12}”/,
  // Recognition: 被列为全县党员教育基地 / 进入全省非遗优秀实践案例.
  /(被|获)(列为|确定为|认定为|选为|评定为)(?![^，,。；]{0,10}(整改|整治对象|重点整治|问题|黄牌|警示|约谈|批评|后进|落后|不合格|挂牌督办|督办|失信|黑名单|测评|检查|暗访|督查|抽查|巡查|迎检|(?<!示范|先进|优秀|标杆|培育|典型|试点)(?:点位|对象)))|(进入|列入|入选|跻身)[^，,。；]{0,16}(优秀|先进|典型|示范|案例|基地|品牌|榜单)/,
  // An effect on people, perfective: 挽救了生命 / 感受到庄重 / 成功施救 (成功举办 is an activity).
  /挽救了|挽回了|避免了|减少了|感受到|体会到|享受到|成功(?!举办|举行|开展|召开|组织|承办|主办)[\u4e00-\u9fff]{2}|成为[^，,。；]{0,16}最|成了[^，,。；]{0,16}最(?:受欢迎|热闹|爱去|喜欢|干净|漂亮|美|好|火|红)|成了[^，,。；]{0,16}(招牌|名片|品牌|亮点|典范|标杆|样板)/,
];

/**
 * Session 19: a sentence that opens on the present set against the past (如今 / 现在 / 眼下 / 而今, after a 本报讯 dateline) tells
 * how things are now that the work is done: each clause of it ending on a good state (如今阅览区安静有序 / 如今走进张湾村，
 * 家家庭院干净整洁) claims that state reached, as 已 / 变得 do inside a clause (GOOD_STATE_REACHED). Not a clause with a negation,
 * an aim or a want (现在还不够规范 / 现在要做到整洁).
 */
const NOW_OPENS = /^(?:本报讯\s*)?(?:如今|现在|眼下|而今)/;
const NOW_STATE = new RegExp(`(?:${GOOD_STATE}|安静|整齐|清爽|亮堂|宽敞|平整|向好)(?:了)?$`);
const NOT_NOW_STATE = /不|没|未|仍|还|要|需|应|须|将|正在|希望|期盼/;
function stateNow(claimed: string): RegExpExecArray | null {
  if (!NOW_OPENS.test(claimed)) return null;
  for (const clause of clauses(claimed)) {
    const m = NOW_STATE.exec(clause);
    if (m && !NOT_NOW_STATE.test(clause)) return m;
  }
  return null;
}

/**
 * Session 19 (mood): what the served wish for (市民期盼城区环境更整洁 / 群众盼望…早日通车) is not reached: from the wish verb to its
 * clause's end is blanked. 群众期盼的停车难问题得到解决 (the wish as a relative clause before 的) tells the thing wished for, and stays.
 */
// After 的 the word is a noun (感受到的服务和群众的期待还有距离: the expectation, a gap measured against it), no wish told.
const WISH = /(?<!的)(?:期盼|盼望|期待|渴望|盼着|企盼|希冀)(?![^，,。；]{0,10}的)[^，,。；]*/g;
/**
 * Session 20 (presence20, mood's scope): a wish of the served (不少家长留言希望常态化开放 / 居民纷纷希望…) is theirs, to its
 * clause's end, as WISH is: it does not make the writer's next clauses intentions (…，群众防范气象灾害的意识明显增强 is told
 * as reached). The writer's own 希望 (我们希望… / 希望各单位…) still cuts the sentence (beforeIntention).
 */
const SERVED_WISH = new RegExp(`(?<![让使令要为给向对])(?:${PEOPLE})们?(?:代表)?(?:纷纷|都|也|普遍|还)?(?:留言|来信|来电|反映|表示|提出)?(?:希望|要求|建议)[^，,。；]*`, 'g');

/**
 * Session 19 (mood): an outcome denied by an equation refused (干了多少件事，不等于群众得到了多少实惠 / 检查了多少家不等于解决了多少
 * 问题 / 还谈不上成效): what follows 不等于 / 不代表 / 谈不上 … to the clause's end is said not to follow; it is not claimed.
 */
const DENIED = /(?:不等于|不代表|不意味着|并不意味着|不能说明|不说明|谈不上|算不上|称不上)[^，,。；]*/g;

/**
 * Session 19 (issue 11 "counts of activities are data"): a plans section's sentence that opens by looking back — set against
 * last year, over the years, now against then (与去年同期相比 / 多年来 / 近年来 / 如今; not 目前, the state a plan starts from:
 * session 17) — with no intention in it tells what was reached, as
 * DONE_AFTER_WORK's 经过…整治 does: the writer closing the issue with the state reached, under the heading of plans.
 */
const LOOKED_BACK = /^(?:本报讯\s*)?(?:(?:与|同|和|较|比)(?:去年|上年|往年|以前|过去|年初)(?:同期)?(?:相比|相较|比较)?|(?:多|近|几|这几|十几|一|两|三)年来|如今)[，,]?/;

/** A label naming the outcomes (三、取得的效果 / 主要成效): a heading, never the claim itself. */
const RESULT_LABEL = /^[（(]?[一二三四五六七八九十\d]*[）)、.．]?\s*(取得的?|主要|工作|初步|所取得的|已取得的)?(成效|成绩|成果|效果|收获|进展)(情况|及(经验|体会))?$/;

/**
 * A shortcoming word inside what did not happen is no shortcoming: 没有出现一起因资金不到位导致停工的情况
 * claims an outcome. The words after 没有出现 / 未发生 to the clause's end are dropped before the test.
 */
const NOT_HAPPENING = /(没有|没|未|无|不再)(再)?(出现|发生)(过)?[^，,。；]*/g;
function notHappening(clause: string): string {
  return clause.replace(NOT_HAPPENING, '').replace(BEFORE_VALUE, '');
}
/**
 * Session 20 (presence20): the value before a change (准确率由不足5成提高到8成以上 / 入住率由不足两成提高到七成) is the past;
 * its shortfall word (不足 / 不到 / 仅) tells where the change started, no shortcoming now.
 */
const BEFORE_VALUE = /(?:由|从)[^，,。；]{0,16}?(?=(?:提高|提升|上升|增加|增长|降低|下降|减少|缩短|压缩|变为|变成)(?:了)?(?:到|至|为))/g;

/**
 * Work told as done under a plans heading (session 15): a closing paragraph written after 下一步打算 that opens with the
 * work behind it (经过两个多月整治，… / 通过半年攻坚，…) and says what it reached (由…提升到… / …了) is no plan; with any
 * intention word in it (力争、将、确保…) it stays one.
 */
const DONE_AFTER_WORK = /^(?:经过|通过)[^，,。；]{0,16}(?:整治|整改|治理|努力|攻坚|建设|改造|工作|宣传|推进)[，,](?=[^。]*(?:由[^，,。；]{1,16}(?:提升|提高|上升|下降|降低|减少|增加)(?:到|至)|了))/;

/**
 * Mood (session 16, issue 11 "targets and intentions" are no outcome): a lesson drawn (几点体会 / 启示) states what holds in
 * general, not what was reached. Two parts of it are blanked (□, one for one) before the tests:
 * - the writer taking the lesson (我们体会到 / 实践使我们深刻认识到 / 我深深体会到): the unit experiencing its own lesson is no
 *   effect on the people it serves (群众感受到了温暖 is one: the people served perceive);
 *   the writer feeling the people's approval (我们感受到了群众的认可) is the people's, and stays (review);
 * - a condition and what it would bring (只有把管理寓于服务之中，才能赢得…支持 / …结合起来，才能把准方向 / 只要…就能…): the
 *   conditional mood, irrealis — the consequent is what would follow, not what followed, and a condition in its clause
 *   (问题解决了才能验收) is not reached either. 才有了今天的变化 tells what did follow (realis 了): it stays.
 */
const WRITER_LEARNS = /(?:我们|咱们|我(?![县市区乡镇村局院校所站队行会办委们])|本人|笔者)(?:也|都|更|进一步|更加)?(?:深刻|深深|深切|切身|清醒|真切|充分)?地?(?:体会|感受|认识|意识|领悟|感悟|体验)到(?![^，,。；]{0,12}?(?:认可|信任|信赖|肯定|好评|点赞|称赞|赞誉|满意|支持))/g;
/**
 * A condition (只有 / 唯有 / 只要; not 只有两家, a count) through its consequent's modal (才能 / 方能 / 就能 …) to that clause's
 * end, within one sentence.
 */
// 才是 / 方是 close a condition; 就是 is "that is" (只要走进社区，最直观的感受就是环境变干净了: an outcome told, review).
const CONDITION = /(?:只有|唯有|只要)(?![\d一二两三四五六七八九十几]+[^，,。；]{0,2}(?:个|名|人|家|户|场|次|起|件|所|处|条|项|辆|天|年|%))[^。；;！？!?]*?(?:(?:才|就|方)(?:能够?|会|可以?|可能|有(?!了))|才是|方是)[^，,。；;！？!?]*/g;
/** A consequent without its condition stated (…结合起来，才能把准方向 / 方能行稳致远): 才有了 is realis; 就能 alone is no condition. */
const CONSEQUENT = /[^，,。；;！？!?：:]*(?:才能够?|方能|才会|才可能|才可以|才有(?!了))[^，,。；;！？!?]*/g;
export function maskLessons(text: string): string {
  const blank = (m: string) => '□'.repeat(m.length);
  return text.replace(WRITER_LEARNS, blank).replace(CONDITION, blank).replace(CONSEQUENT, blank);
}

/**
 * Session 18: the result of an assessment of the unit's work by another at a good grade (绩效评价结果全部为“良好”以上 /
 * 考核结果为优秀 / 测评等次均为A级): a recognition, as 评为优秀 is. Not an aim (要求…为良好以上, NOT_AIM-like words before it),
 * nor a rule's bound on grades (评为优秀的单位不超过15%).
 */
// Session 48 (train 20632, 21478): 评价为优 (the one-character grade at the clause's end) and 测评得满分 too.
const GRADE_REACHED =
  /(?<!(?:要求|要|须|必须|确保|力争|争取|目标|力求|保证)[^，,。；]{0,12})(?:评价|考核|测评|评估|考评|评审|验收|评定)(?:结果|等次|等级|得分)?[^，,。；]{0,4}(?:均|全部|都|已)?(?:为|是|达到|获得?|取得|得|评为)[“"]?(?:优秀|良好|A级|A等|一等|甲等|满分|优(?=[”"]?(?:[，,。；;]|$))(?![，,、]\s*[良中合]))(?![^。；]*(?:不超过|不得超过|不高于|名额|比例))(?![”"]?(?:等次|等级|档次)?(?:及以上|以上)?(?:的|者|作为))/;
// review18: a grade as a rule's condition (考核结果为优秀的村给予…奖励 / 以考核结果为优秀作为评先条件) names whom a rule rewards, no result.

/**
 * Session 18 (review17): a rate or degree keyed as what was reached (实际完成：满意度96.5% / 完成情况：知晓率达92%), as after
 * an aim keyed (年度目标：…, masked as an aim): the key says the value was reached, as 达到 does. Read on the sentence (the
 * key's colon ends a clause).
 */
// review18: not a rate of attendance or of the unit's own handling (到课率 / 参训率 / 出勤率: the standard's 'rates of attendance'), as ever.
const KEYED_REACHED = /(?:实际完成(?:值|情况)?|完成(?:值|情况)|实际(?:值|达到|达成)|实现值)[：:][^，,；;。：:]{0,12}?(?<!参与|出勤|到会|参加|参训|到课|办结|受理|回复|答复|反馈|签收|处置)(?:率|度)\s*(?:为|达到?|是)?\s*\d/;

/** The noun of a piece of work right after a change word (…提升工作 / …改善行动 / …提高工程 / …增强年). */
const NAMES_WORK = /^(?:工作|行动|活动|工程|计划|方案|攻坚|专项|项目|年活动|年行动|三年|主题)/;
/** The unit's own means as what changes (将专班成员由… / 工作经费由… / 人员编制由…): the work's inputs. */
// 成员 only of the unit's own working group (专班成员 / 小组成员): 协会成员由50人增加到320人 is people joining, an effect (review).
const OWN_MEANS = /(?:^|[将把])[^，,。；]{0,8}(?:专班|领导小组|工作组|小组|(?:专班|小组|工作组|指挥部)成员|编制|工作人员|经费|预算|资金投入|投入)[^，,。；]{0,4}$/;

/**
 * Session 18 (what changed): growth in the unit's OWN effort or output — its activities held, services given, checks
 * made, cases handled, hours served, money put in — is data about the work, not an outcome; an outcome is a change in the
 * state of the people or places served (投诉下降、满意度升至…、借阅量增长: the served acting) or a recognition. Read on what
 * rises: the clause's words before the rise, or, when those name nothing (…46场，同比增加12场), the clause before it; or a
 * count in units of activity right after the rise (同比增加12场 / 环比增加8期). A rate or a degree (覆盖率、满意度) and a
 * quality of people (意识、热情) are states, never effort: they stay outcomes.
 */
const RISE = /增加|增长|上升|提高|提升|增多|扩大|翻番|翻了|倍/;
const OWN_EFFORT =
  /活动|宣传|培训|讲座|宣讲|巡查|巡逻|检查|督查|督导|抽查|抽检|执法|走访|入户|探访|服务时长|服务时数|时长|志愿服务|发放|印发|张贴|悬挂|推送|发布|报道|信息|简报|稿件|出动|开展|举办|组织|召开|会议|场次|频次|批次|班次|课时|排查|整治|处罚|罚款|立案|查处|破获|侦破|查办|办结|办理|办件|调解|核查|清理|拆除|回访|演出|放映|义诊|送教|送医|送戏|投入|经费|资金|支出|刊播|刊发|刊登|播发|播出|发稿|推文/;
// review18: a quality or a standing is no effort whatever work it is of — 执法队伍规范化水平不断提升 / 信用信息归集质量…由第9位上升至第3位 /
// 在全市干线公路养护检查中由第6名上升到第2名 / 指标得分较上年提高11分 / 预警信息的覆盖面…持续提升.
const STATE_NOT_EFFORT = new RegExp(`率|度|满意|知晓|意识|素养|素质|热情|积极性|信心|获得感|幸福感|安全感|习惯|风气|氛围|面貌|收入|影响力|口碑|美誉|水平|能力|质量|效率|秩序|形象|覆盖|时效|得分|分数|排名|位次|名次|第[\\d一二三四五六七八九十]+[位名]|${PEOPLE}`);
/** The served as the head of what rises: places, households, bodies and people the work reaches (session 19). */
const SERVED_HEAD = new RegExp(`(?:小区|村|社区|村庄|户|家庭|学校|医院|机构|医疗机构|企业|商户|门店|单位|场所|网点|站点|市场|楼栋|街巷|${PEOPLE})$`);
/** A share whose whole is the served (基层医疗机构…的比例), opening the phrase. */
const SERVED_WHOLE = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:小区|村|社区|户|家庭|学校|医院|机构|企业|商户|门店|单位|场所|${PEOPLE})`);
/** Hours of service are the effort of whoever serves: the people served named as the ones serving (参与积分的居民…志愿服务时长) make it theirs. */
const HOURS_ONLY = /^(?:[^\u4e00-\u9fff]|社区|站点|志愿|服务|时长|时数|总|累计)*$/;
const ACTIVITY_COUNT = /^(?:了)?(?:约|近|超过)?[\d一二两三四五六七八九十百千万.]+\s*(?:场次|场|期|批次|批|次(?!数)|小时|课时|篇|条次|班)/;
const TIME_WORDS = /今年以来|今年|去年|全年|上半年|下半年|本年度|年度|本月|当月|本季度|季度|[\d一二三四五六七八九十]+(?:—|-|－|至|到)?[\d一二三四五六七八九十]*月(?:份|底|末)?|以来|累计|共计|共|全县|全镇|全区|全市|我[局办院校站所中心]|本[局单位]|同比|环比|较上[年月]|较去年|比去年/g;
function ownEffortRise(claimed: string, clause: string, m: RegExpExecArray): boolean {
  const at = m.index ?? 0;
  const rise = RISE.exec(m[0]);
  if (!rise) return false;
  const afterRise = clause.slice(at + (rise.index ?? 0) + rise[0].length);
  let subject = clause.slice(0, at).replace(TIME_WORDS, '').replace(/[^\u4e00-\u9fff]/g, '');
  // …开展宣传活动46场，同比增加12场，增长31.5%: what rose is named in the clause before, through clauses that only compare;
  // 在发布稿件中，原创短视频占比由…上升到…: a frame (在…中) names the whole the share is of.
  let start = claimed.indexOf(clause);
  for (let back = 0; back < 3 && start > 0; back++) {
    const before = claimed.slice(0, start).replace(/[，,；;、]\s*$/, '');
    const from = Math.max(before.search(/[^，,；;。]*$/), 0);
    const prev = before.slice(from);
    const named = prev.replace(TIME_WORDS, '').replace(/[\d.%％]+\s*(?:[\u4e00-\u9fff]{0,2}次|场|期|批|户|家|个|件|起|人|小时|万|亿)?/g, '').replace(/增加|增长|上升|提高|提升|下降|减少|降低|[^\u4e00-\u9fff]/g, '');
    if (subject.length < 2) subject = named;
    else if (/^在[\u4e00-\u9fff]{1,12}中$/.test(prev)) subject = named + subject;
    else break;
    if (subject.length >= 2 && !/^在/.test(prev)) break;
    start = from;
  }
  // Session 19 (review18's misfires): what rises is the head of its noun phrase, the words after its last 的 (or the whole).
  // A count of the unit's acts at the head (入户走访独居老人的次数 / 开展宣讲的场次) is effort, whoever the acts reach; the
  // served at the head (辖区开展分类的小区 / 能够开展…的医疗机构) or a share of theirs (基层医疗机构能够开展…的比例) is a state
  // they reached, whatever verb describes them.
  const head = subject.split('的').pop()!;
  if (subject.includes('的') && /(?:次数|人次|频次|场次|户次|批次|时长|时数|场数|期数)$/.test(head) && OWN_EFFORT.test(subject) && !/率|度|满意/.test(head)) return true;
  // review19: the served at the head counted as those who took part (参加…培训的商户由30户增加到80户 / 参与志愿服务的居民由200人增加到
  // 500人 / 报名…的家长): a count of participants, data (issue 11), not a state they reached.
  if (subject.includes('的') && SERVED_HEAD.test(head) && /(?:^|[，,])(?:参加|参与|报名|出席|听取|收听|观看|接受)[^的]*的[^的]*$/.test(subject)) return true;
  if (subject.includes('的') && (SERVED_HEAD.test(head) || (/^(?:比例|占比|比重)$/.test(head) && SERVED_WHOLE.test(subject)))) return false;
  // review18: a rank moved (由第6名上升到第2名) is a standing, whatever was ranked.
  if (STATE_NOT_EFFORT.test(subject) || /第[\d一二三四五六七八九十]+[位名]/.test(m[0] + afterRise.slice(0, 8))) return false;
  if (HOURS_ONLY.test(subject.replace(/(?:比|较)[\u4e00-\u9fff]*$/, '')) && new RegExp(PEOPLE).test(claimed.slice(0, claimed.indexOf(clause)))) return false;
  return OWN_EFFORT.test(subject) || ACTIVITY_COUNT.test(afterRise);
}

/** An article of a rule text (第四条 …): the rule, a norm stated, no outcome reached (session 16, as for 具体措施). */
const ARTICLE = /^\s*第[一二三四五六七八九十百\d]+条(?![^，,。；]{0,6}(?:路|街|巷|河|沟|渠|线))/;
/** Words quoted as a requirement or a target (“…保洁全覆盖”的任务要求): what is required, not reached. */
// Not after a verb of reaching (实现“零投诉”目标 / 达到“一次办好”的标准): the aim reached is an outcome (review, session 16).
const QUOTED_AIM = /(?<!(?:实现|达到|达成|完成|保持|做到)了?)“[^“”]{1,60}”(?=的?(?:任务|工作|创建|考核)?(?:要求|目标|任务|标准|指标))/g;

/**
 * A value keyed as an aim (session 17, mood): 绩效目标：满意度达到90%以上 / 预期效果：… / 年度指标值：… / 计划：… states what
 * was aimed at, to the next key or the sentence's end; a key of what was reached (实际完成值： / 完成情况：) is not one.
 */
const AIM_KEY = /(?:^|[，,；;。\s｜|])[^，,；;。：:｜|]{0,8}?(?:目标值?|预期(?:目标|效果|成效|效益|指标)?|计划(?:值|数)?|指标值|标准值|年度指标)[：:][^｜|]*?(?=[，,；;。\s｜|][^，,；;。：:｜|]{1,10}[：:]|[｜|]|$)/g;
const REACHED_KEY = /(?:已|均|全面|全部|顺利|超额|圆满)(?:实现|达到|达成|完成)|(?:实现|达到|达成|完成)了/;
/**
 * A target named inside a clause before its bound (满意度目标≥85% / 投诉量目标较上年下降30% / 水质目标稳定在Ⅲ类以上), to the
 * clause's end (session 17); 各项目标达到预期 / 已实现目标 are reached (REACHED_KEY before it, or 达到 right after 目标: not a bound).
 */
const AIM_IN_CLAUSE = /目标值?(?:为|是)?\s*(?:≥|≤|>|<|＞|＜|不低于|不少于|不超过|不高于|较|比|稳定在|控制在|保持在)[^，,；;。]*/g;
function maskAims(text: string): string {
  // 已实现年度目标：… / 均达到了目标：…: the aim keyed as reached is what was reached (review17).
  return text
    .replace(AIM_KEY, (m) => (REACHED_KEY.test(m.split(/[：:]/)[0]!) ? m : m.replace(/[^，,；;。\s｜|]/g, '□')))
    .replace(AIM_IN_CLAUSE, (m, at: number, all: string) => (REACHED_KEY.test(all.slice(Math.max(0, at - 8), at)) ? m : '□'.repeat(m.length)));
}

/**
 * Session 20 (presence20, framing): a heading of problems (一、存在问题 / 原因分析 / 三、街区公厕、休息座椅不足 / a title
 * 问题对照检查材料) frames its section, but a sentence under it that tells a change reached and names no shortcoming is the
 * writer's account of what was reached: self-criticism material tells its deeds and their effect under 存在问题 before
 * turning (但对照测评要求仍有差距); a cause analysis explains an improvement; a rectification report tells the problem its
 * heading names put right. A sentence that tells a shortcoming, a problem or a cause (问题是… / 存在… / 原因… / 仍…)
 * stays the section's. A paragraph opening 存在的问题： (the sentence's own role) is not framed.
 */
// review20: a turn inside the sentence (明显改善后，后续管护跟不上 / 一度好转，…又有抬头) makes the change the problem's background;
// a deed before 后 (错时开放后，到馆人数明显增加) is no turn.
const PROBLEM_TOLD = /问题(?:是|在于|表现|主要|依然|仍然)|存在|原因|根子|根源|症结|仍|依然|依旧|时有发生|反复|屡禁不止|短板|薄弱|差距|不足|欠缺|(?:改善|好转|提升|提高|减少|下降|缓解|改观|增强|增加)后[，,]|但|却|又|一度|跟不上|抬头|反弹|回潮/;

/**
 * Session 20 (presence20, the writer's key): a good state told plainly (环境整洁 / 子女放心 / 长势良好 / 家长满意度96.5%) is how
 * things are, no change claimed; keyed by the writer as the outcome (成效：… / 效果，… / under 三、成效) it is claimed as
 * reached, as 已 / 明显 / 了 mark it inside a clause (GOOD_STATE_REACHED). Read on each clause; not with a negation, a
 * remainder (仍 / 还 / 尚), an aim or a want in the clause, nor a rate of attendance or of the unit's own handling.
 */
// After the tuning check (11550): a good state paired with a second quality at the clause's end (画面整洁醒目 / 干净整齐).
const KEYED_STATE = new RegExp(`(?:${GOOD_STATE}|缓解|消失|放心|安心|省心|舒心|暖心|支持|欢迎|好评|肯定|良好|明显|显著|庄严肃穆|肃穆|庄严|见效|管用|热络|熟络|和睦|兴旺|红火)(?:醒目|美观|明亮|亮丽|有序|整齐|干净)?(?:了|的)?$`);
const KEYED_RATE = /(?<!参与|出勤|到会|参加|出席|报名|上座|到位|到课|参训|参学|签到|到岗|办结|受理|回复|答复|反馈|签收|处置|[频汇概速倍坡功])(?:率|度)(?:是|为|达到?|到了|达到了|提升到|提高到|上升到)?\s*(?:\d|百分之)/;
const KEYED_SERVED = new RegExp(`(?:${PEOPLE}|年轻人|青年|妇女|邻里|市民|游客)们?[^，,。；]{0,8}?(?:学会|掌握|懂得|知道|养成|愿意|主动|自觉|爱上|喜欢上|用上|吃上|住上)`);
/** All of the served or the places reached (门店全部拒绝向未成年人售烟 / 帮助1860名劳动力实现家门口就业), under the key. */
const KEYED_ALL = /(?:全部|均已|都已|全都|百分之百|100%)[\u4e00-\u9fff]{2}|实现[^，,。；]{0,8}(?:就业|增收|脱贫|致富|返岗)/;
// A negation, a remainder, an aim or a want in the clause; 不少 / 不断 / 未成年人 / 无障碍 / 主要 are words, no negation or aim.
const NOT_KEYED = /不(?!少|断|仅)|没(?!收)|未(?!成年)|无(?!障碍|偿)|仍|还(?!原)|尚|(?<![主重需])要(?!素|点)|需|(?<!应知)应(?!急|用|知应会)|须|将|力争|确保|争取|希望|期盼|计划|预计|目标|[？?]/;
/** review20: a scoring rule under the key (…满意度90%以上的得20分 / 得满分 / 扣2分) is a criterion, not a claim. */
const SCORING = /[得扣计加减]\s*[\d一二两三四五六七八九十]+(?:\.\d+)?\s*分|得满分|不得分|的得分/;
function keyedClaim(claimed: string): string | null {
  if (SCORING.test(claimed)) return null;
  for (const clause0 of clauses(claimed)) {
    const clause = clause0.replace(/^(?:[^，,。；;：:]{0,12}?(?:成效|效果)(?:上|看|方面|来看)?|从(?:成效|效果)(?:上|来)?看)$/, '');
    // review20: the work's manner or the unit's own staff (各项工作推进有序 / 干部队伍总体稳定) is no state of the served or the place.
    if (clause === '' || NOT_KEYED.test(clause) || /工作|推进|干部|队伍|班子|机制|制度/.test(clause)) continue;
    const m = KEYED_STATE.exec(clause) ?? KEYED_RATE.exec(clause) ?? KEYED_SERVED.exec(clause) ?? KEYED_ALL.exec(clause);
    if (m && !GOOD_FALLING.test(clause) && !WORSE.test(clause) && !goodLower(clause)) return m[0];
  }
  return null;
}

/**
 * Under a heading of problems a problem is often told in an outcome's words (学生反映“只在检查时开门” / 拥堵更加严重 /
 * 有42.7%的受访者不知道…): only a change reached, marked as one (明显缓解 / 基本消失 / 由…提高到… / 好转 / 已全部恢复), is
 * read there.
 */
const CHANGE_MARK = /有了|明显|显著|大幅|有所|逐步|缓解|好转|改善|改观|减少|下降|降低|缩短|提高|提升|增强|消失|恢复|变成|变为|由[^，,。；]*[到至]|全部|已经?|清零|杜绝|焕然一新/;

/** The first of the patterns to match the text (session 25). */
function firstMatch(patterns: RegExp[], text: string): RegExpExecArray | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** …unless the unit is the one given it (向我局颁发了获奖证书). */
const OWN_UNIT_GIVEN = /[我本](?:局|单位|校|院|馆|中心|所|站|队|公司|社区|村|镇|乡|行|委|办|会)/;
/** Session 29 (present29): the winners of a contest as a noun (获奖人员 / 获评家庭 / 获得者), the prize given to them or their work shown. */
const GIVEN_TO_WINNERS = /(?:为|向|对|给|表彰|奖励|慰问|颁发|发放)[^，,。；]{0,12}?获(?:奖|评|得)|获(?:奖|评)(?:的)?(?:作品|名单|选手|人员|者|家庭|居民|职工|学生|员工|代表|集体|个人|队员)|获得者/;

export const results: ElementTest = (ctx) => {
  const words = judged(ctx);
  // A time word's comma taken out (NOW_COMMA): the words cited are the sentence's own.
  return words !== null && !ctx.text.includes(words) ? words.replace(/^(?:现在|如今|眼下|而今)/, '') : words;
};

const judged: ElementTest = (ctx) => {
  if (ctx.role !== 'problems') return claimOf(ctx);
  if (!ctx.framed || SHORTCOMING.test(ctx.text) || PROBLEM_TOLD.test(ctx.text)) return null;
  const words = claimOf({ ...ctx, role: undefined });
  return words !== null && CHANGE_MARK.test(words) ? words : null;
};

/**
 * Session 27 (bins27, the 桶边督导 日志): a log's dated row (5月18日｜西关小区A区｜…｜准确率74%｜…) reads that day's rate. A cell holding
 * only a rate and its figure is the day's reading — data, no outcome (the rulings: an 准确率 reading is data, a rise claimed an
 * outcome); a cell telling the rate reached or changed (准确率提高到85% / 达到90%) is read as ever. Review after session 27: a
 * satisfaction or coverage rate (满意率 / 好评率 / 知晓率 / 覆盖率) stated is an outcome reached (issue 11's standard), not a reading.
 */
/** Review 53b: a row whose cell names an area or every place (全街道32座公厕 / 辖区86盏路灯 / 各校) tells more than one case. */
const AREA_CELL = /(?:^|[｜|])\s*(?:全[\u4e00-\u9fff]{0,3}?(?:县|镇|乡|街道|社区|村|校|区|城)|辖区|所有|各)/;
// Review 53a: not 均已 / 已全部 (…｜共维修设施46处，已全部修复): many cases brought to a state are an outcome across them.
// Session 56 (set 51's 37714): and the set's own closings (已覆盖 / 已压实 / 已清淤 / 已修缮 / 已补训 / 已放映 / 已补映 / 已检验 / 已归队).
// Session 58 (set 53's 39018; the set's rulings: a row 已整改 / 已放飞 / 已验收 / 已收容 / 已取缔 of one case none): 已取缔 / 已备案 /
// 已关停 / 已收容 / 已放飞 / 已验收 too, and 当日.
const ROW_STATUS = /^(?:当天|当日|当场|随即|现|目前)?已经?(?:重新)?(?:修复|修好|返校|回校|处理|整改|疏通|劝离|恢复|办结|拆除|清除|更换|加固|腾退|覆盖|压实|清淤|修缮|补训|放映|补映|检验|归队|冲洗|清扫|取缔|备案|关停|收容|放飞|验收)(?:完毕|到位|正常)?[。；;]?$/;
/**
 * Session 58 (set 53's 39018): a dated record told in prose (典型记录：5月19日，北关村口露天收购点无证经营…，已取缔；6月12日，…) is a
 * row of one case as a ｜ row is: from its date after a colon, a semicolon or the sentence's start to the next semicolon. Not when it
 * names an area or every place (5月19日，全镇…) or counts places (取缔7处): many cases brought to a state.
 * Review 58b: a count read from the start of its figures only (a long run of digits was quadratic: 20,000 of them, 1.8 s).
 */
const DATED_RECORD = /(?<=^|[：:；;。])\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,][^；;。：:]*/g;
const RECORD_MANY = /全[\u4e00-\u9fff]{0,3}?(?:县|镇|乡|街道|社区|村|区|城)|辖区|所有|各[\u4e00-\u9fff]|(?<![\d一二两三四五六七八九十百])[\d一二两三四五六七八九十百]+\s*(?:处|个|家|户|座|起|宗|条|批)/;
function maskRecordStatus(text: string): string {
  return text.replace(DATED_RECORD, (rec) => (RECORD_MANY.test(rec) ? rec : rec.replace(/(?<=[，,])[^，,]+$/, (c) => (ROW_STATUS.test(c.trim()) ? '□'.repeat(c.length) : c))));
}
const DATED_ROW = /^\s*(?:\d{4}[年.\-/])?\d{1,2}(?:月\d{1,2}日?|[.\-/]\d{1,2})(?:[（(][^）)]{1,4}[）)])?\s*[｜|]/;
const RATE_READING_CELL = /(?<=^|[｜|])\s*[\u4e00-\u9fff]{0,8}(?<!满意|好评|知晓|覆盖|支持|认可|满足)率\s*(?:为|是)?\s*约?\s*\d+(?:\.\d+)?\s*[%％]\s*(?=[｜|]|$)/g;
function maskReadings(text: string): string {
  return DATED_ROW.test(text) ? text.replace(RATE_READING_CELL, (m) => '□'.repeat(m.length)) : text;
}

const SOLVED_PROBLEM = /[^，,。；]{0,16}?(?:问题|现象|难题|短板|状况)[^，,。；]{0,4}?(?:已经?|均已|都已|全部|基本|彻底|有效|逐步)(?:得到)?(?:解决|消除|缓解|根治|改善)/g;
const SHORTFALL_WORD = /不足|不够|不到位|不高|不强|不畅|偏低|偏少|较弱|滞后|欠缺/g;

const claimOf: ElementTest = ({ text: raw0, role, heading, keyed }) => {
  const raw = maskReadings(maskAims(raw0));
  if (ARTICLE.test(raw)) return null;
  // 4｜取得成效｜/｜（略）｜: a table cell holding only the outcomes' label (RESULT_LABEL) names them, it claims none (session 18).
  const text = raw.replace(QUOTED_AIM, (q) => '“' + '□'.repeat(q.length - 2) + '”').replace(/(?<=^|[｜|])[^｜|]{1,16}(?=[｜|]|$)/g, (cell) => (raw.includes('｜') || raw.includes('|')) && RESULT_LABEL.test(cell.trim()) ? '□'.repeat(cell.length) : cell);
  if (role === 'plans' && !((DONE_AFTER_WORK.test(text) || LOOKED_BACK.test(text)) && !INTENTION.test(text))) return null;
  const bare = trimEndMarks(text);
  if (RESULT_LABEL.test(bare) || isTitleLine(text, heading)) return null;
  // 虽取得一定成效，但…仍有差距: 成效 inside a shortcoming.
  const shortcoming = SHORTCOMING.test(text);
  // Session 21 (mood21): clauses that claim nothing (如果…就… / 没有… / 可能… / 有研究介绍…) claim no outcome; whether the sentence
  // names a shortcoming is read before (above).
  const claimed0 = beforeIntention(maskLessons(maskRequirements(maskTitles(maskUnclaimed(text)))).replace(SERVED_WISH, (m) => '□'.repeat(m.length)))
    .replace(COUNTED_RISING, (m) => m.replace(/[^，,]/g, '□'))
    .replace(WISH, (m) => '□'.repeat(m.length))
    .replace(DENIED, (m) => '□'.repeat(m.length))
    .replace(WORSE_RISING, (m) => '□'.repeat(m.length))
    .replace(WORKLOAD_RISING, (m) => '□'.repeat(m.length))
    // Session 20: a time word set off by a comma (现在，小宇能自己拿勺子吃饭了) opens the clause after it.
    .replace(NOW_COMMA, '$1$2')
    // Session 40 (set 35): a problem named by its shortfall and told solved (夏季水压不足的问题基本解决): the shortfall is the past.
    .replace(SOLVED_PROBLEM, (m) => m.replace(SHORTFALL_WORD, (w) => '□'.repeat(w.length)));
  // 有位老人说：“街道就是家里人。” / 从过去冷冷清清，变成现在…: these span a colon or a comma, so they are read on the sentence.
  // Session 27 (class27): a drill's time cut, a fault found and fixed, a fix confirmed (element-result-drills.ts; the fault found is
  // no shortcoming left).
  // Review 53b: a dated row's status standing as its own cell (…｜3盏不亮｜当天已修复 / …｜病因为感冒｜已返校) is its one case's closing
  // status as after a comma (ROW_STATUS below), blanked before the whole-sentence readings; not a row across an area (AREA_CELL).
  const claimed = DATED_ROW.test(claimed0) && !AREA_CELL.test(claimed0)
    ? claimed0.replace(/(?<=[｜|，,；;])[^｜|，,；;。]+(?=[｜|，,；;。]|$)/g, (cell) => (ROW_STATUS.test(cell.trim()) ? '□'.repeat(cell.length) : cell))
    : maskRecordStatus(claimed0);
  const words = (SHORTCOMING.test(claimed) ? null : (PEOPLES_WORDS.exec(claimed) ?? BEFORE_AFTER.exec(claimed) ?? PEOPLES_SAYING.exec(claimed) ?? LETTER_THANKS.exec(claimed) ?? CHECK_FOUND.exec(claimed) ?? SAID_THEN_NOW.exec(claimed) ?? MOVED.exec(claimed) ?? saidGenerally(claimed) ?? AFTER_WORK.exec(claimed) ?? sinceStart(claimed) ?? KEYED_REACHED.exec(claimed) ?? GRADE_REACHED.exec(claimed) ?? stateNow(claimed) ?? firstMatch(SESSION25_SENTENCE, claimed) ?? NONE_AGAINST_LAST.exec(claimed) ?? complianceSentence(claimed) ?? domainOutcome(claimed) ?? givenMore(claimed) ?? rankedInReview(claimed))) ?? drillOutcome(claimed, SHORTCOMING);
  // 合格率仅为62%，低于全市平均水平 / 破损率较去年有所上升: a rate below the mark or a bad thing rising.
  if (belowOrWorse(claimed)) return null;
  if (words && !(DECLINE.test(words[0]) && declineOfGood(claimed, words[0]))) return words[0];
  const datedRow = DATED_ROW.test(claimed) && !AREA_CELL.test(claimed);
  for (const clause of clauses(claimed)) {
    if (SHORTCOMING.test(notHappening(clause))) continue;
    // Session 53 (set 48's 36318, 36503, 36516): a dated row's closing status of its one case (…｜街道联系维修，已修复 / …｜校医电话
    // 核实，已返校) is no outcome (the rulings: a row 已修复 / 已返校 of one case none), as a status cell alone is not (session 41).
    if (datedRow && ROW_STATUS.test(clause.trim())) continue;
    // 虽然满意度有所提升，但…仍有差距: a concession before a shortcoming claims nothing.
    if (shortcoming && /^(虽然|虽|尽管|即便|即使)/.test(clause)) continue;
    // 今年取得的成绩：开展……52次: a lead-in naming results, the claim (if any) is what follows.
    // The word first: searching the whole sentence for every clause was quadratic in its clauses.
    if (/(成效|成绩|成果|效果|收获)$/.test(clause) && (claimed.includes(`${clause}：`) || claimed.includes(`${clause}:`))) continue;
    // A purpose clause (为进一步提升…) states an aim, not an outcome.
    if (PURPOSE.test(clause)) continue;
    // 提升满意度是我们努力的方向 / 群众满意是第一标准: an aim named as such at the clause's end.
    if (/(是|为|作为|成为)[^，,。；]{0,10}(努力的?方向|奋斗目标|工作目标|目标|重点任务|主攻方向|标准|宗旨|追求|出发点|落脚点|标尺|试金石)$/.test(clause)) continue;
    if (nowChange(clause) && !SHORTCOMING.test(clause)) return clause;
    if (NO_LONGER_PERCEIVED.test(clause) && !SHORTCOMING.test(clause)) return clause;
    if (CHANGE_MARKED.test(clause.replace(/[。！；;]$/, '')) && !SHORTCOMING.test(clause) && !WORSE.test(clause) && !BAD_MORPH.test(clause) && !GOOD_FALLING.test(clause)) return clause;
    for (const re of [...TESTS, ...CLASSES, ...RESULT_CLASSES, ...RESULT_REGISTERS, ...SESSION20, ...SESSION25_CLAUSE, ...FIELD_RESULTS, ...PERSON_RESULTS, ...WELLBEING_RESULTS, ...RELIEF_RESULTS, ...VERDICT_RESULTS, ...COMPLIANCE_RESULTS, ...PHRASE_RESULTS, ...STATE_RESULTS, CONDUCT_GONE]) {
      const m = re.exec(clause);
      // Review 59b: wages paid told as another's word before a comma (企业负责人表示，工资已足额发放 / 据包工头反映，…) is theirs.
      if (m && re === PAID_IN_FULL && /(?:称|表示|报告|反映|承诺|保证|声称|说)[，,:：]\s*$/.test(claimed.slice(Math.max(0, claimed.indexOf(clause) - 8), claimed.indexOf(clause)))) continue;
      if (m && RESULT_REGISTERS.includes(re) && registerVoid(claimed, clause, m[0])) continue;
      // Session 48: a check's verdict told as the condition of what follows (…认定合格，才能投入使用), read on the sentence as written
      // (the consequent is blanked in claimed).
      if (m && re === CHECK_PASSED && raw0.includes(m[0]) && CONDITION_AFTER.test(raw0.slice(raw0.indexOf(m[0]) + m[0].length))) continue;
      // 来看书的少了 / 到年底只剩十几个: a decline claims an outcome only when what declines is bad.
      if (m && DECLINE.test(m[0]) && declineOfGood(claimed, m[0])) continue;
      // 参与人数逐步减少 / 满意度比去年下降 / 现在冷清了: a good thing falling, or a turn for the worse.
      // Session 20: a bad state as what was turned (文化站冷清的局面明显改观 / 萧条的老街焕然一新) is a bad thing ended.
      if (m && (GOOD_FALLING.test(clause) || (WORSE.test(clause) && !TURNED.test(m[0])) || goodLower(clause))) continue;
      // Session 26 (review26): a wrong taking hold (乱停乱放成了常态) is no custom formed.
      if (m && TOOK_HOLD.test(m[0]) && WRONG_BEFORE.test(clause.slice(0, (m.index ?? 0) + m[0].search(TOOK_HOLD)))) continue;
      // review19: a wrong or a resistance grown (违规占道停车更隐蔽了 / 抵触情绪更强了) is no comparative reached.
      if (m && re === MORE_NOW && WRONG_GROWING.test(clause)) continue;
      // 决定授予…称号 (a 表彰决定): the unit's own award to others is the document's act, no outcome (lead ruling on set 16).
      // review18: 授予我局 / 授予本馆 (经县文明委研究决定，授予我局…称号) is the unit's own recognition, whoever decided.
      if (m && /^授予(?![^，,。；]{0,2}(?:我|本))/.test(m[0]) && /(?:决定|现予|特予|予以)[^。；]{0,12}$/.test(claimed.slice(0, claimed.indexOf(clause) + (m.index ?? 0)))) continue;
      // Session 29 (present29; the rulings: a prize the unit gave out is no outcome, an honour won from a higher body is one): the
      // winners as a noun, given to or shown (为获奖人员发放奖金 / 向获评家庭颁发牌匾 / 一等奖获得者 / 获奖作品展), are those the unit's
      // own contest rewarded, no recognition of the unit.
      if (m && /获/.test(m[0]) && GIVEN_TO_WINNERS.test(clause.slice(Math.max(0, (m.index ?? 0) - 14), (m.index ?? 0) + m[0].length + 4)) && !OWN_UNIT_GIVEN.test(clause)) continue;
      // 未能获奖 / 落选: a failure claims nothing.
      if (m && /未能|没能|未获|没有获|落选|未入选|未通过/.test(clause)) continue;
      // 消防通道基本畅通，但有两处堵塞: a good state conceded before a 'but' is no state reached (session 16).
      if (m && re === CONDUCT_GONE && CONDUCT_BACK.test(claimed.slice(claimed.indexOf(clause) + clause.length))) continue;
      if (m && re === GOOD_STATE_REACHED && /[，,；;]\s*(?:但|但是|不过|然而|可是)/.test(claimed.slice(claimed.indexOf(clause) + clause.length))) continue;
      // Session 29 (review29): a state kept that the sentence asks or orders of others (请您…，保持摊位整洁), and a wrong not back that
      // the sentence then tells back (未见反弹，但6月又有4处摊点回到原处), claim nothing.
      if (m && re === GOOD_STATE_REACHED && /保持/.test(m[0]) && KEPT_ASKED.test(claimed.slice(0, claimed.indexOf(clause)))) continue;
      if (m && (re === NOT_BACK || /反弹|回潮|复发/.test(m[0])) && CAME_BACK.test(claimed.slice(claimed.indexOf(clause) + clause.length))) continue;
      // 职工文明素质提升工作 / 环境面貌改善行动: a change naming a piece of work (its noun follows) is no change reached (session 16).
      if (m && NAMES_WORK.test(clause.slice((m.index ?? 0) + m[0].length))) continue;
      // 将专班成员由7人增加到11人: the unit's own means (its team, staff, funds) grown is an input, not an outcome (session 16).
      // Session 20: the head of what grows, after its last 的 (学生报名科技兴趣小组的热情明显高了: the students' drive, not a 小组).
      if (m && OWN_MEANS.test(clause.slice(0, m.index ?? 0).split('的').pop()!)) continue;
      // 宣传活动同比增加12场 / 志愿服务时长环比增长15%: the unit's own effort grown is data, not an outcome (session 18).
      if (m && ownEffortRise(claimed, clause, m)) continue;
      if (m && !(shortcoming && /成效|成绩|成果|效果|进展|突破/.test(m[0]))) return m[0];
    }
  }
  return keyed && !shortcoming ? keyedClaim(claimed) : null;
};
