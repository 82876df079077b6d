/**
 * Statements that claim nothing (session 21, mood21): one clause-level rule read by every element test.
 *
 * A report tells its real claims beside statements of what was not done, what was called off, what would happen if, what is
 * said or guessed, and what is still to be done. Those clauses claim nothing — no measure, no person in charge, no outcome,
 * no figure of work done — while the real claim beside them in the same sentence stays. The unit of the rule is the clause
 * (split at ，,：:；;。！？) and the clause group (the clauses up to the next ；;。！？ or ：:):
 *
 *  - negated: a clause whose predicate is negated (没有建立… / 尚未启动 / 并未… / 至今没有投放) claims nothing; the negation of a
 *    harm (未发生事故 / 没有出现反弹 / 未接到投诉) is a harm avoided, left to the outcome test; a double negative (没有一个不… /
 *    不是没有成效) and a negation inside a 的-phrase (对未冲洗出场的车辆当场劝返) are claims. Of 不是X而是Y / 并非X而是Y /
 *    与其说X不如说Y, the denied half X claims nothing, Y stays;
 *  - cancelled: a clause group holding a plan told in the past (原定 / 原计划 / 本想 …) that did not come off (取消 / 没有 /
 *    未 / 推迟 …), or a plan put off for a cause (后因…取消 / 但因…搁置), claims nothing from its topic (…的事项，) to the
 *    clause that calls it off, and so does a proposal not taken up (…的建议，县里未采纳 / 申请…，未获批准); held as planned (原定…后如期举行), or put off and then held (推迟一天举行), it is a claim; what
 *    replaced it (改为线上举办) stays;
 *  - conditional or hypothetical: from the clause opening with 如果 / 若 / 假如 / 倘若 / 要是 / 万一 / 一旦 to its group's end
 *    (the consequence included), unless a clause turns back to what is (但 / 目前 / 截至 / 实际上); 如果说…那么… compares and
 *    is read;
 *  - hedged or hearsay: a clause holding 可能 / 或许 / 也许 / 估计 / 大概 / 似乎 / 好像 / 未必; and what an unnamed source
 *    reports (据说 / 听说 / 据传 / 有研究(指出|介绍|显示) / 有文献介绍 …), to its group's end;
 *  - a remedy planned or a need: a clause doing something by a deadline not yet told done (年底前建立… / 于12月10日前修复… /
 *    10月底前完成) or with a plan's verb (人员计划从各部门抽调 / 拟于…召开: the clause, its subject included — the shared
 *    beforeIntention blanks what follows the word), or what is needed (需要整体更换 / 需纳入…预算).
 *
 * A 完成率 or a count of what was done stays data (its clause is no negation); 不但…而且 is a claim.
 */

import { HARMED_PEOPLE, HARMS, INTENTION } from './element-shared.js';

/** Clause marks and group marks. */
const CLAUSE_MARK = /[，,：:；;。！？!?｜|]/;
const GROUP_MARK = /[：:；;。！？!?]/;

interface Clause {
  from: number;
  to: number;
  text: string;
  /** Index of its group (clauses between group marks). */
  group: number;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  let group = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = text[k];
    if (k === text.length || CLAUSE_MARK.test(c!)) {
      if (k > from) out.push({ from, to: k, text: text.slice(from, k), group });
      if (k < text.length && GROUP_MARK.test(c!)) group++;
      from = k + 1;
    }
  }
  return out;
}

/**
 * A negator before a predicate. 未成年 / 未来 / 未经 / 未知 / 未婚 / 未满 / 未必 (a hedge) and 没收 / 没落 are words, not negation.
 */
// Session 22 (genre22): 没 closing a word (罚没款 / 淹没 / 埋没 / 出没 / 沉没 / 吞没) and 未检 (未成年人检察: 未检工作室 / 优秀未检品牌; 未检查 /
// 未检测 / 未检验 / 未检定 stay negations) are words, not negation.
// Session 58 (set 53's 38802, 38833): 未批先建 / 未批即建 / 未批乱占 (building before approval, the 宅基地 register's name for the wrong)
// is a noun, not a negation: 新增未批先建明显减少 / 未发现新的未批先建 tell the wrong fewer or not found.
// Session 60 (set 55's 39625): 没收 is the word, not 没有收 (今年秋季没有收到制种户和农户对种子质量的投诉: 没有 then 收到, a complaint
// not received, left to HARM_AVOIDED).
const NEGATOR = /(?<![有罚淹埋出沉吞湮覆隐])(?:并|还|尚|从|也|都|均|仍|一直|至今|迟迟|始终|暂|目前)?(?:没有|没|未(?:曾|能)?)(?!成年|来|经|知|婚|满|必|(?<!没有)收|落|入|央|尽|免|几|雨|病|保办|想到|料到|有想到|有料到|批(?:先|即|乱)[建占盖]|检(?![查测验定出修到]))/g;
/**
 * After the negator: a harm that did not happen (未发生事故 / 没有出现反弹 / 未接到投诉 / 未发现问题): a harm avoided. Session 38
 * (set 33): 影响 too (生产生活未受影响 / 出行未受长时间影响). Session 45 (set 40): 检出 too (接尘职工未检出疑似职业病). Session 48
 * (train 22838): people harmed (村里没有孩子出事 / 没有学生溺水), right after the negation and its people — not a measure against
 * it left undone (没有开展防溺水专题教育 / 没有设置防溺水警示牌: the review) nor a missing plan or device (没有儿童走失应急预案).
 * Session 50 (set 45): flooding (车库没有进水 / 未受淹 / 没有倒灌 / 没有内涝) and a lavish wedding (没有大操大办) too, right after the
 * negation and not a device, a plan or a work against them (没有安装防倒灌闸门 / 没有组织内涝应急演练: the review).
 */
// Session 60 (set 55's 39913, 39939): the harm told with its cause (没有因户籍信息错误造成奖扶资金错发 / 未因…导致…): a harm avoided.
const HARM_AVOIDED = new RegExp(`^(?:因[^，,。；]{1,16}?(?:造成|导致|引发|引起|出现|发生)|(?:再|也|一[个场起例名人户件次处家]|任何|重大|较大)?(?:返贫|发生|出现|接到|收到|造成|引发|引起|发现|检出|受到|遭到|出过|有过|接报|反弹|回潮|反复|被投诉|被通报|被曝光|被扣分|扣分|失分|丢分))|^[^，,。；]{0,10}?(?:事故|投诉|案件|违规|违纪|违法|伤亡|火灾|纠纷|上访|信访|隐患|差错|舆情|负面|不良|积水|异味|反弹|影响|返贫|致贫|饥荒|欠债|债务|冻伤|冻亡|冻死)|^(?:[^，,。；]{0,4}?(?:${HARMED_PEOPLE}|人员|人))?(?:${HARMS})(?![^，,。；]{0,3}(?:的|后|时|应急|预案|演练|培训|教育|知识|记录|设备|护栏|警示))|^(?:再|过|发生|出现|因积水|受)?(?:进水|受淹|被淹|倒灌|内涝|大操大办)(?![\\u4e00-\\u9fff]{0,3}?(?:口|闸|阀|挡板|设施|装置|报警|预警|演练|预案|应急|治理|整治|排查))`);
/** Work never stopped (从未间断 / 没有停止): a claim of work going on. */
const NEVER_STOPPED = /^(?:有过)?(?:间断|中断|停止|停歇|停过|断过|断档|放松|松懈|懈怠|缺席|缺位|落下)/;
/** No longer (再也没有 / 已没有 / 基本没有了): a change reached. */
const NO_LONGER = /(?:再也|再|已经?|基本|几乎)$/;
/** A preposition or a verb taking the negated phrase as its object (对未… / 督促未… / 为没有…). */
const OBJECT_OPENS = /(?:(?:对|对于|针对)[^，,。；、]{0,6}|(?:督促|组织|通知|约谈|劝导|清理|检查|排查|走访|慰问|帮扶|救助|登记|查处|查纠|纠正|处罚|曝光|通报|劝返|教育|提醒|整治|处理)[^，,。；、]{0,4}|把|将|向|为|给|帮|帮助|让|与|和|同|凡|凡是)$/;
const FORMER = /过去|以前|以往|原来|原先|此前|往年|之初|起初|当初|最初|那时/;
const FOUND = /发现|查出|查实|看到|得知|了解到|暗访|抽查|检查中|^有[^，,。；]{0,4}[\d一二两三四五六七八九十百千万]|^[\d一二两三四五六七八九十百千万]+[个家户所处名座条辆人]|^(?:仍|还|尚)有[^，,。；]{0,4}[\d一二两三四五六七八九十百千万]/;
/** A clause leading what was found (检查发现， / 暗访中看到，): the negation after it is the finding's. */
const FOUND_LEAD = /(?:发现|查出|看到|得知|了解到|显示|表明)$/;
/** A double negative (没有一个不… / 没有不… / 不是没有 / 并非没有 / 无不): a claim. */
const DOUBLE_BEFORE = /(?:不是|并非|并不是|绝非|不能说)$/;
const DOUBLE_AFTER = /^[^，,。；]{0,6}?(?:不|没)/;

function negatedClause(c: string): boolean {
  for (const m of c.matchAll(NEGATOR)) {
    const at = m.index ?? 0;
    const after = c.slice(at + m[0].length);
    // 没有了 / 没了: gone — a change reached, read by the outcome test.
    if (after === '' || !/^[\u4e00-\u9fff]/.test(after) || /^了/.test(after)) continue;
    // 没有一户返贫 / 没有一个不…: a whole counted, a claim.
    if (/^一[个场起例名人户件次处家位所]/.test(after)) continue;
    if (HARM_AVOIDED.test(after) || NEVER_STOPPED.test(after) || NO_LONGER.test(c.slice(0, at)) || /^[^，,。；]{0,3}再/.test(after)) continue;
    // 过去常年没人进的书屋 / 成立之初没有固定场地: a former state, the before of a change told after it.
    if (FORMER.test(c.slice(0, at))) continue;
    // 检查发现有61户未张贴… / 有21所学校没有开设…: what others did not do, found or counted, is the unit's finding.
    if (FOUND.test(c.slice(0, at))) continue;
    if (DOUBLE_BEFORE.test(c.slice(0, at)) || DOUBLE_AFTER.test(after)) continue;
    // 对未冲洗出场的车辆当场劝返 / 没装的、装了不用的: the negation qualifies a noun inside a 的-phrase (after a preposition, a
    // 的 closing a list item, or a 的 with the clause going on after its noun); 没有建立相应的制度 is the predicate negated.
    if (OBJECT_OPENS.test(c.slice(0, at)) || /^[^，,。；、]*?的(?:[、]|$)/.test(after) || /^[^，,。；、]*?的[^，,。；、]{5,}/.test(after)) continue;
    return true;
  }
  return false;
}

/** 不是X，而是Y / 并非X而是Y / 与其说X，不如说Y: the denied half (from the marker to 而是 / 不如说). */
const DENIED_HALF = /(?:(?<![是并])不是|并非|并不是)(?!没有|没|不|无)[^。；;！？!?]*?(?=而是)|与其说[^。；;！？!?]*?(?=不如说)/g;

/** A plan told in the past, and its calling off. */
const PLANNED_BEFORE = /原定|原计划|原打算|原本(?:想|打算|计划|定)|本打算|本想|本来想|本来打算|原想|一直想|早就想|曾想|曾计划|曾打算|最初(?:计划|打算|安排)/;
const CALLED_OFF = /取消|搁置|作罢|推迟|延期|暂缓|暂停|停办|落空|泡汤|未能|无法|没能|不了了之|(?:没有?|未)(?:实施|开展|举办|举行|落实|启动|投放|成行|兼任|来|去|到位|推开|实现|执行|进行|建成|开工|完成|定下来|批下来|通过)/;
/** Put off, then held (推迟一天举行 / 延期至6月举办): held. Held as planned (如期 / 按期 / 顺利): held. */
const HELD = /如期|按期|按时|按计划|照常|顺利(?:举行|举办|开展|完成|召开)|(?:推迟|延期|改期)[^，,。；]{0,10}(?:举行|举办|召开|开展|进行|完成)(?!了?[^，,。；]*(?:取消|未|没))/;
/** A cause and a calling off, with no plan word (申请开展联合检查，后因…取消 / 但因人员不足搁置): the group up to it. */
const CAUSED_OFF = /(?:后|但|却|终)(?:因|由于)[^，,。；]{1,16}(?:取消|搁置|推迟|暂停|作罢|未落实|未能|延期|暂缓)|因[^，,。；]{1,12}(?:未落实|取消|搁置|推迟|延期|暂缓|暂停|作罢)了?$/;
/** A proposal or request not taken up (…的建议，县里未采纳 / 申请…，未获批准): the group up to it. */
const NOT_TAKEN_UP = /(?:未|没有?|不)(?:被|予)?(?:采纳|批准|同意|批复|立项)|未获(?:批准|同意|通过|采纳|立项)/;
/** What replaced the plan (改为线上举办 / 改由…承办): a deed of its own. */
const REPLACED = /^(?:后|最终|最后|随后|于是)?(?:改为|改成|改在|改由|改用|转为|转而|调整为|换成)/;
/** A topic clause before the plan (在餐饮企业投放公益广告的事项，原定…): part of what was called off. */
const TOPIC = /(?:的(?:事项|工作|活动|项目|计划|安排|任务|想法)|这项工作|这件事|此事|一事)$/;

/** Conditional and hypothetical openings. 如果说 compares (如果说去年是打基础，那么今年…): read. 若干 is a number. */
const CONDITIONAL = /(?:如果|假如|假若|倘若|倘使|如若|(?<![主重需只就总还])要是|(?<![一二两三四五六七八九十百千零〇\d])万一(?![千百十])|一旦|(?<![\u4e00-\u9fff])若|^若)(?!说|干|是否|不是)/;
/** A clause turning back to what is: the hypothesis ends before it. */
/** A clause counting what was done (全年下架…320余件 / 今年共处理…326件 / 累计… / …了…). */
const TALLIED = /^(?:全年|今年|当年|本年度?|上半年|一年来|累计|共计?)[^，,。；]*\d|(?<![为除])了(?!解)[^，,。；]*\d|已[^，,。；]*\d/;
const BACK_TO_FACT = /^(?:但|但是|不过|然而|可是|目前|现已|现在|截至|截止|实际上?|事实上|今年以来|如今)/;

/** Hedges (the clause), and hearsay of an unnamed source (to the group's end). 尽可能 / 可能性 / 不可能 are no hedges. */
// Session 22 (genre22): 可能 inside a 的-phrase naming a thing (避免了一起可能发生的燃气事故 / 排查可能存在的隐患) qualifies the noun:
// no hedge on the clause.
const HEDGE = /(?:(?<!尽|最大|不|无|有没有)可能(?!性|的话)(?![^，,。；的]{1,6}的[\u4e00-\u9fff])|或许|也许|估计|大概|似乎|好像|恐怕|未必|说不定)(?![^，,。；]{0,3}[\d一二两三四五六七八九十百千万])/;
const HEARSAY = /据说|听说(?!过)|据传|传言|传闻|有人说|(?:有|一些|部分|某些)(?:研究|文献|报道|资料|学者|专家|调查|调研)(?:者)?(?:介绍|指出|显示|表明|认为|称|发现|提到)/;

/** A deadline ahead (年底前 / 12月10日前 / 10月底前 / 年内 / 下半年) with a deed not told done, and a need (需要整体更换). */
const DEADLINE_AHEAD = /(?:年底|年末|年内|月底|月末|[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日|底|末|中旬|上旬|下旬)?|明年[^，,。；]{0,6})(?:以)?前(?![夕后期列沿置往面提端线])[^，,。；]{0,10}?(?:要|将|再)?(?:完成|建立|建成|组织|开展|修复|更换|推开|落实|实现|补办|启动|划定|制定|出台|配齐|整改|投用|投入使用|开工|竣工|安装|设置|补植|办结|到位)/;
/** A plan's verb with what is planned (计划从各部门抽调 / 拟于…召开 / 打算在…设立): the clause, its subject included, is a plan. */
const PLAN_VERB = /(?<![原本曾最初])(?:计划|拟|打算|准备)(?=[从于在将由对向把]|开展|组织|举办|新建|建设|实施|推进|启动|采购|购置|招聘|增设|设立|安排|邀请|抽调|投入|完成|召开|出台|制定|修订|利用|通过)/;
const TOLD_DONE = /(?<![为除])了(?!解)|已|均已|全部完成|提前完成|共|累计/;
// review21: the served's need named as what the deed answers (根据村民需要… / 按群众需要… / 供需) is none of the unit's.
// Session 22 (genre22): the served's need told as a fact about them (周边居民买菜需要步行二十多分钟 / 老人看病需要转两趟车) is the
// state the work answers, not a need of the unit's.
const NEED = /(?<!(?:根据|按照|依据|结合|满足|针对|适应|围绕|顺应)[^，,。；]{0,8})(?<!(?:居民|群众|村民|市民|患者|病人|游客|老人|老年人|学生|家长|孩子|儿童|顾客|乘客|商户|摊贩|残疾人|职工|办事群众)[^，,。；]{0,6})(?<![根依按所急必无之不再只仅供])(?:需要|需)(?=[\u4e00-\u9fff])(?!求|要的|的|氧|水量|用量)(?![^，,。；]{0,10}的)/;

/** Ranges [from, to) of a sentence's clauses that claim nothing. */
export function unclaimedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(DENIED_HALF)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // People's words quoted (居民说“好多年没见它这么精神了” / “政府没忘了我们”) are theirs: their grammar is not the unit's mood.
  // A title's words (组织共读《假如给我三天光明》) are a name.
  const cs = clausesOf(text.replace(/“[^“”]*”|《[^《》]*》/g, (q) => q[0] + '○'.repeat(q.length - 2) + q[q.length - 1]));
  const groups = new Map<number, Clause[]>();
  for (const c of cs) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  for (const g of groups.values()) {
    const whole = g.map((c) => c.text).join('，');
    // cancelled: from the plan's clause (or the topic before it) to the clause calling it off, unless held.
    const plan = g.findIndex((c) => PLANNED_BEFORE.test(c.text));
    const caused = g.findIndex((c) => CAUSED_OFF.test(c.text) || NOT_TAKEN_UP.test(c.text));
    if ((plan >= 0 && (CALLED_OFF.test(whole) || g.some((c) => negatedClause(c.text)))) || caused >= 0) {
      if (!HELD.test(whole)) {
        let from = plan >= 0 ? plan : 0;
        while (from > 0 && TOPIC.test(g[from - 1]!.text)) from--;
        let to = from;
        while (to + 1 < g.length && !REPLACED.test(g[to + 1]!.text)) to++;
        out.push([g[from]!.from, g[to]!.to]);
      }
    }
    // conditional: the clause opening it to the group's end, until a clause turns back to what is.
    const cond = g.findIndex((c) => CONDITIONAL.test(c.text));
    if (cond >= 0) {
      let to = cond;
      // review21: a habit told with its tally (一旦发现…，立即…，全年下架…320余件 / 如果居民反映…，…，今年共处理…326件) — the
      // clause counting what was done turns back to what is.
      while (to + 1 < g.length && !BACK_TO_FACT.test(g[to + 1]!.text) && !TALLIED.test(g[to + 1]!.text)) to++;
      out.push([g[cond]!.from, g[to]!.to]);
    }
    // hearsay: to the group's end.
    const heard = g.findIndex((c) => HEARSAY.test(c.text));
    if (heard >= 0) out.push([g[heard]!.from, g[g.length - 1]!.to]);
    for (const c of g) {
      const ahead = DEADLINE_AHEAD.test(c.text) || PLAN_VERB.test(c.text);
      // 评定五星级服务站3个、…、未达星级2个: a negated item of a list after 、 is that item alone.
      const items = c.text.split('、');
      if (items.length > 1 && !negatedClause(items[0]!)) {
        let at = c.from;
        for (const item of items) {
          if (negatedClause(item)) out.push([at, at + item.length]);
          at += item.length + 1;
        }
      } else if (negatedClause(c.text) && !FOUND_LEAD.test(g[g.indexOf(c) - 1]?.text ?? '')) out.push([c.from, c.to]);
      if (HEDGE.test(c.text) || NEED.test(c.text) || (ahead && !TOLD_DONE.test(c.text))) out.push([c.from, c.to]);
    }
  }
  return out;
}

/** The sentence with its clauses that claim nothing blanked (□, one for one, so offsets stay). */
export function maskUnclaimed(text: string): string {
  const ranges = unclaimedRanges(text);
  if (ranges.length === 0) return text;
  let out = text;
  // UTF-16 units, one □ each (no u flag), so offsets stay.
  for (const [a, b] of ranges) out = out.slice(0, a) + out.slice(a, b).replace(/[^\s]/g, '□') + out.slice(b);
  // The first intention word stays (计划于9月…试鸣，同步开展…): the shared beforeIntention still reads all after it as intention.
  const will = INTENTION.exec(text.replace(/“[^“”，,。；;！？!?：:]{1,12}”/g, (q) => '“' + '○'.repeat(q.length - 2) + '”'));
  // A plan told in the past (原计划于…) is the cancelled rule's: its word is no intention.
  if (will && !/(?:原|本|曾|最初)$/.test(text.slice(0, will.index))) out = out.slice(0, will.index) + will[0] + out.slice(will.index + will[0].length);
  return out;
}
