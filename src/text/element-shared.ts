/**
 * Shared pieces of the five element tests: the context a sentence is judged in, clauses, and
 * the wording of intentions and shortcomings (which claim nothing done).
 */
import type { TextSection } from './sections.js';

export interface SentenceContext {
  text: string;
  /** The role of its section (存在问题 / 下一步), if any. */
  role?: TextSection['role'];
  /** The sentence is a heading's own text (a title or section heading). */
  heading?: boolean;
  /**
   * The report is a county-level city's (县级市) unit's (我市 in its text and no 我县, or its title or
   * signature names a 市 unit with no 县): 市教育局 / 市城管局 opening a clause is the unit itself.
   */
  cityUnit?: boolean;
  /**
   * The report's title names a firm or a self-governing body (公司、企业、合作社、物业、业委会 …): its own 经理 /
   * 理事长 are its people in charge, not a contractor's (session 14).
   */
  firm?: boolean;
  /** The report's title (its first line without a sentence mark), or ''. */
  title?: string;
  /**
   * Session 20 (presence20), 取得成效 only: the role is its section heading's (一、存在问题 / 原因分析 / a problem named as the
   * heading), not the sentence's own paragraph's (存在的问题：… / 下一步…).
   */
  framed?: boolean;
  /**
   * Session 20 (presence20), 取得成效 only: the writer keys the sentence as the outcomes — its line opens with the outcomes'
   * key (成效： / 效果， / 取得成效：), or it stands in a section headed by them (三、成效 / ◆ 成效).
   */
  keyed?: boolean;
}

/**
 * A person's name: a common surname (the hundred commonest and a few more) and one or two characters, or 某 / 某某 standing for
 * the rest (element-recheck.ts keeps its own hundred for recheck cells). Session 30 (review30): the holder after a section's post.
 */
export const SURNAME =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤伍柯葛骆章岳牛尚聂包庞樊兰殷施洪左翟宁邝欧阮饶俞倪滕温易詹苗谷甘耿祝柴喻裴凌阎戚邢卓鲁娄';

/** Session 35 (review30): compound surnames (司马亮 / 欧阳红), read before the one-character ones. */
export const COMPOUND_SURNAME = '司马|欧阳|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|司徒|长孙|宇文|端木|南宫';

/** A test's verdict for one sentence: the matched words, or null. */
export type ElementTest = (s: SentenceContext) => string | null;

/** Clauses of a sentence (split at ，,、：: and the sentence marks). */
export function clauses(text: string): string[] {
  return text.split(/[，,：:；;。！？!?]/).map((c) => c.trim()).filter((c) => c !== '');
}

/** Words inside 《》 belong to a title, not to the sentence: replaced by ○. */
export function maskTitles(text: string): string {
  return text.replace(/《[^《》]*》/g, (t) => '《' + '○'.repeat(Math.max(0, t.length - 2)) + '》');
}

/** A clause that states an intention, a target or a plan rather than something done (a call opening a clause, 让我们共同努力…, too: session 15); or a proposal or request (建议… / 督查组建议该局… / 恳请… / 我行申请在…设立: session 14). */
// 定于 + a day (session 24: 定于7月3日召开… is what is to come). Session 25 (review25): not a standing practice (我局定于每月15日
// 开展… tells a practice, 每 + the day) nor a practice told from the day it began (决定于3月1日起推行… / 定于…起实行: in force).
// Session 26 (pest26): a deed from a coming period on (下月起组织员工上岗劝导 / 下学期开始…), not told done, is to come.
// Session 48 (train 24343): 计划停水 / 计划停电 counted (因检修计划停水5次) name planned outages told done, no intention of the unit;
// 计划停水1天 / 计划检修… stay plans (the review).
// Session 57 (set 52's 38104): a thing told put in a plan (已列入今年危桥改造计划并于10月开工) is done, no intention; a season's body
// putting the unit on a list (二季度点评将…列为“进步较大项目”) reads 将 as 把.
// Session 60 (set 55's 39942): 将 + 在册 / 在编 / 在岗 … is 把 + the people on a roll (我局将在册对象与…信息比对), no 将在 of the future.
// Session 58 (set 53's 38827): 拟批 before what awaits approval (测量拟批宗地106宗) names the plots, no intention of the unit.
// Reviews 60a / 60b: not when the word after 在 goes on into a place or a noun (将在营业网点 / 将在校门口 / 将在建设路口 / 将在案件高发
// 小区 / 将在岗位上 / 将在用电高峰期 / 将在职工中 are future deeds).
export const INTENTION =
  /(?<!(?:去|前|[\d〇一二三四五六七八九])年)(?:下(?:个?学期|半年|阶段|一阶段|个?月|个?季度|一年|年度?|周))(?:起|开始)(?![^，,。；]{0,40}(?:了|过|已))|力争|确保|争取|(?<![作工度划年月周入照订定报部的按原生计])(?<!(?:已|已经)(?:列入|纳入)[^，,。；]{0,10})计划(?![书表内外生单的和与及、，,。；：:》”）)]|(?:停水|停电|停气|停运)[^，,。；]{0,3}?[\d一二两三四五六七八九十]+次)|(?<![草起模虚比])拟(?![定稿态声合写制订]|批(?:宗地|地块|用地|户|的))|计划(于|在|到|将|开展|组织|举办|新建|年内|通过|用|利用|今年|明年|下半年|分)|计划[^，,。；]{0,8}(开展|组织|举办|实施|完成|实现|新建|建成|推出|达到)|(年底|年末|年内|月底)前(实现|完成|达到|建成)|拟(于|在|将|开展|组织|举办)|目标(是|为)|任务(是|为)|预计|预期|努力(实现|达到|做到|让|使|把|推动|提高|提升)|下一步|下步|今后|(?<!(?:打听|询问|咨询|问起|问问|问)[^，,。；]{0,2})明年|将(继续|进一步|持续|深入|加大|着力|重点|全面|不断|积极|大力|开展|组织|举办|推进|建立|完善|力争|确保|实现|达到|安排专人|安排人员|专人|面向)|要(进一步|继续|持续|加大|着力|切实|让|使|做到|确保|实现|达到|把|转向|推动|力争)|有望|期望|希望|着力|致力于|(?<![的过同])努力(?:打造|建设|营造|构建|建成|创建|争创|创造|形成|成为|培养|培育|推进|探索|开创|争当|争做|保持|塑造)|将(以|在(?!册|编(?!制|写|排)|岗(?!位)|职(?!责|工|能|权)|校(?!门|园|内|外|区|本部)|读(?!书)|建(?!设|成|好)|售(?!楼|票)|用(?!户|电(?!梯)|水|餐)|营(?!业|地)|押|逃|案(?!件|发))|于|通过|会|要|按照|适时|逐步|陆续)|准备(在|于|开展|组织|举办|启动|实施)|打算|拟定于|(?<![确约规原])定于(?!每)(?=[^，,。；]{0,4}[\d一二三四五六七八九十〇]{1,4}\s*[年月日号])(?![^，,。；]{0,16}?[年月日号]\s*起\s*(?:在[^，,。；]{1,12}?)?(?:推行|实行|施行|执行|实施|启用|开通|开放|运行|试行|全面))(?![^。！？!?]*(?:了(?!解)|已))|(?:下(?:个?学期|半年|阶段|一阶段|个?月|个?季度|一年|年度?|周)|近期|后续|今冬明春|[一二三四]季度|年底|年内|月底)(?:前|起|内|中)?[^，,。；]{0,4}?(?:将|要|(?<![未没不无])再(?!次)|准备|还将|计划)(?![^，,。；]{0,40}(?:了|过|列为|评为|确定为|命名为|认定为))|将(?:对(?!联)|向(?!阳))|(?:^|[，,；;：:])[^，,。；;：:“”]{0,4}?(?<![主重需只纪提摘概首简必扼险显政次就纲])要(?![求素点领害紧闻是么件地塞冲职员案道务目诀旨义])(?![\u4e00-\u9fff]{1,2}的)(?=[\u4e00-\u9fff])|(?:会议|会上)(?:研究)?(?:决定|议定|商定|要求|强调|提出)|(?:^|[，,；;：:）)])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*|[一二三四五六七八九十]是)?(?:[^，,。；;：:“”的]{0,10}?(?:组|局|办|会|机构|中心|院|所|队|公司|我们|我|评估|调研|测评|督查|专家|暗访))?(?<!意见|群众|居民|代表|委员|合理化|根据|采纳|吸纳|听取|收集|征求)(?:建议|恳请|提请|呼吁)(?=[\u4e00-\u9fff（(《“：:])(?!书|稿|案|人|者|们|函|条|件|数|率|箱|栏|权|和|与|及|等|的)(?![^。！？!?]*[，,；;]\s*(?:已|已经|现已|目前已|随即|当即|随后))|(?:现就[^，,。；]{0,30}?|特此|(?:^|[，,；;：:])(?:我(?:局|行|公司|院|校|所|站|中心|会|办|们)|本(?:局|行|公司|院|校|所|站)))申请(?![书表人者的到])(?![^。！？!?]*(?:了|已经|已))|(?:^|[，,；;：:！!])\s*让(?:我们|咱们)(?=[^，,。；]{0,4}(?:共同|一起|携手|一道|继续|努力|行动|齐心|从))/;

/** Wording of a shortcoming: what is not yet good enough. */
export const SHORTCOMING = /低于(?:全市|全省|全国|全县|平均|目标|标准|要求|预期|同类)|(?:还|仍|尚)(?:有|存在)[^，,。；]{0,4}距离|仍有[^，,。；]{0,6}空间|(依然|仍然|仍较|依旧|还比较|还较)(突出|存在|严重|薄弱|滞后)|仍存在|(提升|提高|改进)空间|不够|不足|有待|仍需|尚需|还需|亟需|亟待|仍要|还要进一步|需进一步|尚未|还未|还不|不明显|不高|不强|不平衡|较为薄弱|较弱|偏少|偏低|差距|欠缺|不到位|(成效|效果|作用)[^，,。；]{0,4}(有限|不佳|不理想|不突出|不显著|一般)/;

/**
 * The part of a sentence before its first intention word: what follows 力争/确保/计划 is all intention.
 * A short quoted name (“希望小屋”、“力争上游”擂台赛) is a name, not an intention (session 12).
 */
// Session 42 (train 24647): what someone says in a quotation after 说 / 表示 (村民说：“…我们看在眼里，也要学着做。”乡里…风气更浓了) is the
// speaker's intention, not the sentence's: the sentence is not cut at it. Only a lone quotation: in minutes of several speakers
// (党员孙阳说：“…要把他们组织起来。”…刘畅说：“…”) each one's words are cut at the first intention, as before (train 20166).
const SPOKEN = /(?<=(?:说|表示|讲|感慨|称赞|夸)[：:，,]?\s*)“[^“”]{1,80}”/g;
export function beforeIntention(text: string): string {
  const m = INTENTION.exec(text.replace(/“[^“”，,。；;！？!?：:]{1,12}”/g, (q) => '“' + '○'.repeat(q.length - 2) + '”').replace(SPOKEN, (q) => (text.split('“').length === 2 ? '“' + '○'.repeat(q.length - 2) + '”' : q)));
  return m ? text.slice(0, m.index) : text;
}

export const firstMatch = (re: RegExp, text: string): string | null => {
  const m = re.exec(text);
  return m ? m[0] : null;
};

/**
 * A title line (关于……的说明 / ……工作说明 / ……情况报告) names the report's topic, never an element. A
 * styled heading is known as one; in a PDF the title is a plain line, so a whole sentence shaped
 * like a title (no clause mark, ending in 工作说明 / 情况报告 / 的说明报告 …; 张贴分类说明 is no title) counts
 * as one too.
 */
export function isTitleLine(text: string, heading: boolean | undefined): boolean {
  const bare = trimEndMarks(text);
  if (heading) return /关于|(报告|说明|情况|汇报|总结)$/.test(bare);
  return /^[^，,。；;：:！？!?、]{4,48}(工作|情况|的)(说明|报告|汇报|总结|说明报告|情况说明)$/.test(bare);
}

const END_MARKS = new Set(['：', ':', '。', '.']);

/**
 * The text without trailing ：:。. and whitespace, by a loop from the end: the regular expression
 * /[：:。.\s]+$/ rescans a long run of such marks from every position of it (quadratic: 80,000
 * dots in a hostile report took 35 s).
 */
export function trimEndMarks(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1]!;
    if (!END_MARKS.has(c) && !/\s/.test(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Requirements quoted from the 测评体系 or a superior's document are not the unit's own actions or
 * outcomes (session 11): a line led by such a key (测评要求：… / 指标内容：… / 考核标准：…), what a
 * superior requires of others (市里要求各县设置…, 文件规定各单位…), a duty stated with 应当/必须/须 or
 * of every unit (各单位要开展…), and a report's lead-in (现将……情况说明如下 / 对照测评内容). Each is
 * blanked (□, one for one, so offsets stay) from where it starts to the end of its clause or, for a
 * key, of the sentence. 按照测评要求组织开展… is the unit acting on the requirement: it stays.
 */
const REQUIREMENT_KEY =
  /^[（(]?[一二三四五六七八九十\d]{0,2}[）)、.．]?\s*(?:[^，,。；：:]{0,8}(?:测评|指标|考核|评价|检查|验收|评分|创建|上级|文件|通知|方案)[^，,。；：:情况结果]{0,4}(?:要求|内容|标准|细则|条款|规定|方法|明确|指出|强调|提出)|(?:工作|上级|文件|通知|方案|具体|基本|总体|责任)要求|(?:主要|工作|重点|目标)任务|任务要求|(?:创建|工作|年度|考核|总体|主要|预期)?目标|(?:评分|评价|考核|测评|验收)标准|[^：:]{0,30}第[\d.一二三四五六七八九十]+条)[：:]/;
// Session 40 (set 35): 应 inside a word (供应 / 响应 / 反应 / 适应 …) is no "should" (所有应急供应网点…库存均达到规定标准).
// Session 28 (quiz28): 要求 / 规定 as a noun that something is said of (员工对创文要求的知晓率明显提高 / 对…等要求更清楚了) requires nothing.
const REQUIRED_OF_OTHERS =
  /(?:要求|规定)(?![，,。；：:、]|$|的|更|越来越|有了)[^，,。；]*|(?:各|每个|所有|全体)[^，,。；]{0,12}(?:(?<![主重需只纪提摘概])要(?!求)|应当|应该|(?<!应知|[供响反适相答对感报效呼顺回照])应(?![急用对收变]|知应会)|必须|务必|(?<![无毋不])须)[^，,。；]*|(?:应当|应该|必须|务必|(?<![无毋不必])须(?!知))(?![^，,。；]{1,8}的(?:事项|事情|事|情况|环节|材料|证明|次数|手续))[^，,。；]*|(?<![对相响反适供答效回呼照理顺报承感])应(?=在|于|按|把|将|设|建|配备|做到|开展|组织|定期|每|及时)[^，,。；]*|现将[^，,。；]*|(?<![邀聘宴延])请(?:各|大家|全体|所有|参会|相关|科室|股室|同事)[^，,。；]*|(?<!(?:对照|按照|根据|依据|参照|对标|达到|符合)[^，,。；]{0,4})(?:测评|考核|考评|评价|验收)(?:细则|体系)?[^，,。；：:]{0,14}?(?:标准|要求|内容)(?:里|中|上)?[^，,。；：:]{0,8}?[：:]\s*(?:“[^”]*”?|[^。“]*)|(?:测评|考核|评价|检查|验收)(?:方法|方式)(?:为|是)[^。；]*|对照[^，,。；]{0,30}?(?:测评|指标|标准|要求|体系|内容)(?:体系|标准|要求|内容|细则)?|[^，,。；]*(?:说明|报告|汇报)如下|特作如下说明/g;
/** Before 要求 / 规定 in its clause: the unit acting on it (按照…要求 / 根据…规定), not quoting it. */
const ACTING_ON = /(?:按照?|遵照|根据|依据|依照|对照|落实|结合|围绕|达到|符合|满足|严格|执行|对标|参照)[^，,。；]*$/;

export function maskRequirements(text: string): string {
  if (REQUIREMENT_KEY.test(text)) return text.replace(/[^，,。；！？\s]/g, '□');
  return text.replace(REQUIRED_OF_OTHERS, (m: string, at: number) => {
    if (/^(?:要求|规定)/.test(m)) {
      const before = text.slice(0, at);
      const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('。'));
      if (ACTING_ON.test(before.slice(clauseStart + 1))) return m;
    }
    return '□'.repeat(m.length);
  });
}

// Session 21 (mood21): CANCELLED (a plan called off, a proposal not adopted, work that did not come off, a plan put off at its
// clause's end) tested a whole sentence and silenced it; it is now the cancelled and negated parts of the one clause-level rule
// (element-claims.ts maskUnclaimed), read by every element test, so the real claim beside it in the same sentence stays.

/**
 * A document not yet issued (正在起草《…意见》 / 《…办法》目前尚在起草中 / 待上级《实施方案》下发后 / 待县里
 * 出台《实施方案》后): cited nowhere, so no deployment document. Tested on the clause holding the title.
 */
export const NOT_ISSUED =
  /(?:正在|尚在|还在|仍在|目前在)[^，,。；]{0,4}(?:起草|制定|修订|修改|征求意见|研究|审议|报批|审批|酝酿|编制)|(?:起草|制定|修订|报批|审批|酝酿|编制)中|(?:^|[，,；;])待[^，,。；]{0,30}(?:下发|出台|印发|发布|批复|审定|通过|制定)[^，,。；]{0,40}?后|尚未(?:出台|印发|下发|发布|批复|制定)/;

/** A form field whose value is blank, a dash, a slash or 无 / 暂无 / 略 / 待定 (牵头科室：无 / 活动成效：/). */
export const EMPTY_FIELD = /^[^：:，,。；]{2,12}[：:]\s*(?:无|暂无|没有|空|空白|略|待定|未定|待补充|——|—|-|\/|／|[（(](?:空|无|略)[）)])?\s*[。.]?$/;

/**
 * Only assertions are evidence (session 13, issue 11 "what counts"): a question (问五：取得了哪些成效？ /
 * 记者：群众怎么评价？ / 成效如何？) asks what the answer, if any, tells. A sentence ending in ？ (a closing
 * quote or bracket after it allowed), or led by a questioner's key (问： / 问五： / 记者： / 主持人：) with a
 * question word, is a question. 是否建立台账：是 is a form's answer, not a question.
 */
const QUESTION_END = /[？?][”’」）)]*\s*$/;
const QUESTIONER = /^(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:[一二三四五六七八九十\d]*问[一二三四五六七八九十\d]*|记者|主持人|提问)[：:][^：:]*(?:哪些|什么|如何|怎么|怎样|多少|是否|有没有|谁|吗|呢)/;
export function isQuestion(text: string): boolean {
  return QUESTION_END.test(text) || QUESTIONER.test(text);
}

/**
 * A quotation of someone else's words that is a clause or more (“机关食堂实行按需取餐，设置节约提示…”, a
 * standard, a notice or a requirement quoted) is what they said, not what the unit did or achieved
 * (session 13): blanked (□, one for one) before the tests read the sentence. A short quoted name
 * (“光盘行动”、“宁停三分，不抢一秒”) stays, and so do people's words after a verb of saying (群众说“现在
 * 办事方便多了，不用来回跑” / “…”求职者刘大姐说: an effect on people, told in their words).
 */
const LONG_QUOTE = /“([^“”]*)”|"([^"]*)"/g;
const SAYING = /(?:说|讲|道|称|表示|反映|感慨|感叹|夸|夸赞|称赞|点赞|留言|写|写道|评价|告诉|笑着|直言|感谢|赞叹|连声|纷纷)[^，,。；“”]{0,4}[：:，,]?\s*$/;
/** …”求职者刘大姐说 / ”，一位老人感慨道: the speaker and the verb of saying after the quotation. */
/** What a quoted slogan names when a name's noun follows it (“…，…”主题活动 / 宣传活动 / 志愿服务 / 行动). */
const NAMED_BY_QUOTE = /^(?:系列|主题|专题|宣传|志愿|公益|文明)?(?:活动|行动|宣讲|宣传|服务|实践|比赛|竞赛|征文|讲座|晚会|演出)/;
const SAID_AFTER = /^[，,]?[^，,。；“”]{0,10}?(?:说|讲|道|称|表示|反映|感慨|感叹|留言|写道)/;
export function maskQuotations(text: string): string {
  if (!text.includes('“') && !text.includes('"')) return text;
  return text.replace(LONG_QUOTE, (q: string, a: string | undefined, b: string | undefined, at: number) => {
    const inner = a ?? b ?? '';
    if (inner.length <= 14 || !/[，,；;。：:]/.test(inner)) return q;
    // “学习雷锋好榜样，争做时代好少年”主题活动: a slogan naming the unit's activity or campaign, not words quoted.
    if (NAMED_BY_QUOTE.test(text.slice(at + q.length, at + q.length + 6))) return q;
    // 测评体系在这一指标下写明：“…” / 《方案》规定：“…”: a document's words, not people's (session 14).
    const quotesDocument = /(?:体系|标准|文件|通知|方案|细则|办法|条例|规定|》)[^，,。；“”]{0,10}$/.test(text.slice(Math.max(0, at - 24), at));
    if (!quotesDocument && (SAYING.test(text.slice(Math.max(0, at - 12), at)) || SAID_AFTER.test(text.slice(at + q.length, at + q.length + 14)))) return q;
    return q[0] + '□'.repeat(q.length - 2) + q[q.length - 1];
  });
}

/**
 * Session 28 (review28): INTENTION reads 去年 / 前年 / a year written out before 下半年起 (下个学期起 …) as past. A year written
 * out is past when the report itself gives a later one (its own year: the latest year it names elsewhere, a date or its
 * 落款) and to come when the report's year is that year or earlier (2027年下半年起 in a report dated 2026). A report naming
 * no other year gives no year to judge by: the phrase is read as before (past; session 26's 2025年下半年开始 case). reportYear
 * reads the years outside such half-year phrases; comingHalfYear blanks (○) the digits of a year not before it, so INTENTION
 * reads the phrase as a plan.
 */
const HALF_YEAR_FROM = /(?:19|20)\d\d(?=\s*年\s*下(?:个?学期|半年|阶段|一阶段|个?月|个?季度|一年|年度?|周)(?:起|开始))/g;
export function reportYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.replace(HALF_YEAR_FROM, '').matchAll(/(?<!\d)((?:19|20)\d\d)\s*年/g)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}
export function comingHalfYear(text: string, ownYear: number | null): string {
  return ownYear === null ? text : text.replace(HALF_YEAR_FROM, (y) => (Number(y) < ownYear ? y : '○'.repeat(y.length)));
}

/**
 * The characters of a short name run in order through a full one (分局 in 县税务局河口税务分局 / 救助站 in 县救助管理站): a body named
 * by its short form (session 38's 带队 rule, session 39's others' deeds).
 */
export function inOrder(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * Session 49 (session 48's closing review): people harmed, one list for both readers — a harm avoided after a negation
 * (element-claims.ts HARM_AVOIDED: 没有学生溺水) and none harmed over a season (element-result-field.ts NONE_OVER_SEASON: 今年暑假，
 * 村里没有孩子出事). 伤亡 is read by the season's reader only (人员伤亡 is its own word in HARM_AVOIDED's list).
 */
export const HARMED_PEOPLE = '孩子|学生|儿童|小孩|村民|居民|老人';
export const HARMS = '溺水|出事|受伤|走失';
