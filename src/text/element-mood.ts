/**
 * Mood (session 17, moved out of element-about.ts in session 18): a checklist row answered no asserts the contrary of its
 * statement, and a checklist item that asks and is not answered asserts nothing. Used by every element (elements.ts).
 */
import { PARTY, sideOfUnit } from './element-parties.js';
import { seenStates } from './element-patrol-cells.js';
import { heldOnItsDay } from './element-activity.js';
import { PROJECT_UNDONE, monthlyRow } from './element-project-state.js';

/**
 * Mood (session 17): a row of a 是/否 checklist answered no asserts the contrary of its statement. 成立工作专班｜否 /
 * 是否成立工作专班：否 / …满意度达到90%以上 ✗ say it was not so; the statement is no evidence. Answered 是 (or ✓) the row
 * asserts it. 无 / 没有 are left alone: 安全事故：无 answers a bad thing with none.
 */
const ANSWERED_NO = /(?:[｜|：:\s]|^是否[^｜|：:]{1,60})\s*(?:否|✗|×|☒|□是\s*[■☑√✓]否|未(?:完成|达到|达标|落实|建立|开展|实现|成立|印发|出台))\s*[。；;.]?\s*$/;
/**
 * A question about a problem or a harm (是否存在问题 / 是否发生安全事故 / 是否有投诉): its 否 says the bad thing is absent, not
 * that the row's statement is false (review17: 1｜成立…领导小组｜局长任组长…｜否 under a header …｜是否存在问题).
 */
const ASKS_BAD = /是否[^｜|：:，,。；;]{0,12}(?:问题|事故|隐患|投诉|举报|违规|违纪|违法|差错|扣分|失分|不合格|负面|整改|通报|曝光|发案|伤亡)/;
export function answeredNo(text: string, header?: string): boolean {
  if (!ANSWERED_NO.test(text)) return false;
  // Session 25 (review25): …｜开展3场｜未开展 — a monthly register's last month not begun answers that month, not the row.
  if (/[｜|]/.test(text) && monthlyRow(text.split(/[｜|]/))) return false;
  // 是否发生安全事故：否 — the question in the row itself.
  const asked = /是否[^｜|：:]*[：:]\s*(?:否|✗|×|☒)\s*[。；;.]?\s*$/.exec(text);
  if (asked && ASKS_BAD.test(asked[0])) return false;
  // …｜否 answering a header's last column (…｜是否存在问题).
  if (/[｜|]\s*(?:否|✗|×|☒)\s*[。；;.]?\s*$/.test(text) && header !== undefined) {
    const last = header.split(/[｜|]/).pop() ?? '';
    if (ASKS_BAD.test(last)) return false;
  }
  return true;
}

/** The header row over a table row (the nearest sentence before it with as many cells and a 是否 column), if any. */
export function tableHeader(sentences: readonly { text: string }[], i: number): string | undefined {
  const cells = (t: string) => t.split(/[｜|]/).length;
  const n = cells(sentences[i]!.text);
  if (n < 2) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const t = sentences[k]!.text;
    if (cells(t) === n && t.includes('是否')) return t;
  }
  return undefined;
}

/**
 * Mood (session 17): a checklist item that asks and is not answered (8. 是否获得上级表彰 / 有无专人负责) asks; it asserts
 * nothing. Answered (…：是 / …｜是) it is read as answered.
 */
// Session 43 (train 8927 / 8952): a decimal item number (3.2是否开展流动摊贩整治：) and a colon with no answer after it ask too.
const ITEM_NO = '(?:[（(]?(?:[一二三四五六七八九十]{1,2}|\\d{1,2}(?:[.．]\\d{1,2}){0,2})[）)、.．]?\\s*)?';
const UNANSWERED = new RegExp(`^${ITEM_NO}(?:是否|有无|有没有|能否)[^：:｜|？?。；;]*[：:]?\\s*[。；;]?$`);
export function unanswered(text: string): boolean {
  const t = text.trim();
  if (!UNANSWERED.test(t)) return false;
  // Answered yes once a table's spaces are gone (1.是否成立…领导小组 是 局长任组长… reads …领导小组是局长任组长…) or by a
  // mark (是否明确专人负责 √ 办公室主任…): it asserts, and is read (review17). A 否 glued on is answeredNo's, or asks still.
  const body = t.replace(new RegExp(`^${ITEM_NO}(?:是否|有无|有没有|能否)`), '');
  return !(/[√✓☑■]/.test(body) || /[\u4e00-\u9fff]是(?![否非])[\u4e00-\u9fff]/.test(body));
}

/**
 * A template's note to whoever fills it in (session 18: the half-filled template register; session 19: the one mask — charge18's
 * maskPlaceholders, agent18's maskInstructions and measures18's FORM_PROMPT were three masks of the same thing, each with its
 * own verb list). A bracketed note in the imperative, addressed to the filler, is no assertion of the unit's: it claims no
 * element, whatever it names (牵头科室 / 结对帮扶 / 《…实施方案》). It is a note to the filler when it
 *  - opens with a verb of filling in or telling, bare or after 请 / 此处 / 此栏 / 在此 (（请列举具体措施，如结对帮扶…） / 【填写具体
 *    做法】 / （此处插入照片） / （简述工作成效，不少于200字）); opened so it may run past a sentence's end unclosed;
 *  - asks within its first words (请 + a verb: （如有变动，请及时填写） / （牵头科室请填写全称）), or points at its own place
 *    (（照片此处插入） / （此处为工作照片）; not 此处 told in passing: （…已另表报送，此处不再展开） is the writer's remark);
 *  - or holds a value still to come (（待补） / （数据待统计） / （时间待定） / （此栏待填写）).
 * A bare verb keyed with a colon labels a note the writer filled in (填写 / 写明 excepted: 【填写说明：…】 still instructs) (（说明：本月组织…整治3次） / （补充说明：…增设…12处）, review18),
 * 请 / 此处 before it still asks (（请说明：…）). A bare 填写 / 说明 inside a told note (（由办公室主任张某某负责填写、报送）, review18)
 * and the unit's own remark (（附后） / （局长任组长） / （成效待学期末评估）) are kept. Applied once, to every element (elements.ts).
 */
// review19: 提供 / 选择 open a told deed as often as an instruction (（提供上门送餐服务42户次） / （选择城东、城西两个社区作为试点…）):
// a note to the filler only after 请 (（请提供近三年数据）). 请 inside a word (邀请 / 申请 / 聘请 …) asks nothing (（邀请律师提供法律咨询
// 120人次） / （受邀请参加填写问卷的居民312人）); 待补 is a value to come, not 待补贴 / 待补助 / 待补种 (a deed's object).
// 此处 / 此栏 opening a note point at its own place only with what goes there (（此处插入照片） / （此处需写明牵头领导） / （此处为
// 工作照片）); told (（此处原为垃圾堆放点，现已…） / （此栏由办公室主任王芳负责）) it is the writer's remark.
const FILL_BARE = '(?:填写|填入|填报|补填|写明|注明|列明|列举|列出|简述|概述|描述|补充|举例(?!来说|而言)|说明|附上?|上传|插入|勾选)';
const FILL = '(?:填写|填入|填报|补填|写明|注明|列明|列举|列出|简述|概述|描述|补充|举例|说明|附上?|上传|插入|提供|选择|勾选)';
const IN = '[^（()）【】[\\]]';
const ASK = '(?<![邀申聘提报延宴约呈])请您?';
const HERE = `(?:此处|此栏)\\s*(?:[需应可要请]\\s*)?(?:${FILL_BARE}|[填插贴附放粘留略省]|[为是]?${IN}{0,8}?(?:照片|图片|截图|图表|表格|附件|签名|签章|盖章|二维码))`;
const INSTRUCTION = new RegExp(
  [
    // opened by the verb (after 请 / 此处 / 此栏 / 在此, or bare and not a key: 说明：… is a filled note); may run on unclosed.
    `[（(【[]\\s*(?:请您?\\s*${FILL}|(?:此处|此栏|在此)\\s*${FILL_BARE}|填写|写明|(?!附(?!上))${FILL_BARE}(?![\\u4e00-\\u9fff]{0,2}[：:]))[^）)】\\]]*(?:[）)】\\]]|$)`,
    // a closed note opening by pointing at its own place (（此处为照片）), or asking within its first words: 请 + verb / 此处 + verb /
    // 待填 / 待补. 此处 told in passing (（借阅数据已另表报送，此处不再展开）) is the writer's remark.
    `[（(【[](?:\\s*${HERE}|${IN}{0,40}?(?:${ASK}${IN}{0,4}?${FILL}|(?:此处|此栏|在此)\\s*${FILL_BARE}|待填|待补(?![贴助种办偿交缴发])))${IN}{0,60}[）)】\\]]`,
    // session 19 (a draft with reviewers' notes left in): a reviewer's note — keyed 批注 / 修改意见 / 审核意见 …, with or without its
    // reviewer's name before the colon (【批注 王科长：第一段要写明牵头领导…】 / 【修改意见：成效可以…】) — talks to the writer about
    // the text; and an alternative wording offered beside it (【或：轮训窗口人员150余人次】) restates the text. Neither is the
    // unit's assertion, whatever it names (牵头领导 / 文号 / 150余人次); may run on unclosed.
    `[（(【[]\\s*(?:(?:批注|批示意见|审阅意见|审核意见|审稿意见|审改意见|修改意见|修改建议|校对意见)[^：:（()）【】[\\]，,。；]{0,16}|或\\s*)[：:][^）)】\\]]*(?:[）)】\\]]|$)`,
    // a value still to come closing a short note: （待补） / （数据待统计） / （时间待定）.
    `[（(【[][^（()）【】[\\]，,。；、]{0,6}待(?:补充?|补全[^（()）【】[\\]，,。；]{0,4}|填写?|统计|核实?|定)[）)】\\]]`,
  ].join('|'),
  'g',
);
export function maskInstructions(text: string): string {
  return text.replace(INSTRUCTION, (all) => all.replace(/\S/g, '□'));
}

/**
 * Mood of a task list (session 19, the 任务分解表 / 责任清单 register): an item of a list of tasks names what is assigned, not
 * what was done; the item's status tells whether it was done. A task is a deed only when told done — its row's or its
 * line's 完成情况 / 进展 / 落实情况 says so (已完成 / a count of work done / what was done); a status left empty, 推进中,
 * 未开展, 尚未… or 待… leaves it a task, and a deadline alone (完成时限 with no status) makes it a plan. The list's header
 * sets the mood: a table whose header holds a task column (工作任务 / 事项 / 整改措施) beside a status or deadline column, and a
 * line keyed 任务N： (or 工作任务：) with its 完成情况： / 完成时限： keys on the same line or the lines under it. What the
 * status tells is read as any sentence (完成情况：约谈共享单车企业3家); the task's name, and the row's other cells, are
 * blanked for 具体措施 unless the status tells the task done. A column of plans (下一步 / 计划 / 打算) is a plan in any
 * table.
 */
const CELL = /[｜|]/;
const TASK_COLUMN = /^(?:序号)?(?:工作|重点|主要|具体)?(?:任务|事项|工作内容|任务内容|整改措施|工作措施|措施|举措)(?:名称|内容|事项)?$/;
const STATUS_COLUMN = /^(?:(?:目前|当前|工作)?(?:完成|进展|推进|落实|办理|整改|实施|执行|办结)(?:情况|进度|进展|状态)|进展|进度|状态|目前进展)$/;
const DEADLINE_COLUMN = /时限|完成时间|截止(?:时间|日期)|时间节点|办结时间/;
const PLAN_COLUMN = /^(?:下一步|下步|后续|今后|明日|次日|明天|下周)?(?:工作)?(?:计划|打算|安排|措施)?$/;
const PLAN_HEAD = /^(?:下一步|下步|后续|今后|明日|次日|明天|下周)|^(?:工作)?(?:计划|打算)$/;
/**
 * Session 27 (bins27, a contractor's 施工日志): a log's row tells a day. A cell keyed as the next day's plan (明日计划：进场搭设围挡)
 * is a plan; a clause of a cell telling the work stopped, waiting or not begun (因雨停工 / 等待材料进场 / 选址待定，未开工) tells
 * nothing done (the rulings: stoppages, waiting, rain days and 明日计划 rows are nothing done); the other clauses of the cell are
 * read on (上午完成浇筑，下午因雨停工). And a column of another party's view (监理意见 / 监理单位意见) is theirs, not the unit's deed.
 * Session 28 (dust28): so is an inspection's 整改要求 column — an order to the inspected body (the rulings: its 整改要求 alone an
 * order to others); what the 复查 column tells done is read on.
 */
const PLAN_CELL = /^\s*(?:(?:明日|次日|明天|下周|下步|下一步|后续|今后)(?:工作)?(?:计划|安排|打算)|(?:工作)?计划|拟)\s*[：:]/;
// Review after session 27: the stop is the unit's act when it is the object of an order it gives (下达停工通知 / 责令停工整改:
// enforcement), and 等候 names a thing when a noun of place or furniture follows (等候座椅 / 等候区): neither is idleness.
const IDLE_CLAUSE = /(?<!下达|责令|勒令|发出|签发|送达|作出|下发|开具)(?:停工|停建)(?!通知|令|决定|整改|指令|告知)|未开工|未施工|未进场|暂停施工|暂未施工|歇工|等待|等候(?!座椅|椅|区|室|厅|大厅|位|席|凳|桌|处|点|时间|时长)|[待等]料|待定|待批|待审批|(?:正在|尚在|仍在)(?:办理|审批|协调)|(?:雨|雪)天(?:休息|停)/;
const OTHERS_COLUMN = /^监理(?:单位|工程师)?(?:意见|记录|签字|签认|检查)?$|^整改(?:要求|意见|建议)$/;
function idleCells(t: string, cs: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of cs) {
    const cell = t.slice(a, b);
    if (PLAN_CELL.test(cell)) {
      out.push([a, b]);
      continue;
    }
    for (const c of cell.matchAll(/[^，,；;。]+/g)) {
      if (IDLE_CLAUSE.test(c[0]) && !/(?<![为除])了(?!解)|已(?!于|在)|完成/.test(c[0])) out.push([a + (c.index ?? 0), a + (c.index ?? 0) + c[0].length]);
    }
  }
  return out;
}
/**
 * What a status says when the task is not done: nothing, or a clause opening in progress, not begun, not yet or still to come
 * (推进中，各乡镇已推荐候选户300户 / 已召开动员会，尚未组织实施 / （待安排）). 对未冲洗出场的车辆当场劝返 tells a deed (未 inside it).
 */
const EMPTY_STATUS = /^[\s—\-－/／无。；;，,.]*$|^(?:空白|未填|暂无|无)[。；;]?$/;
const PENDING_CLAUSE = /^(?:目前|现|现在|仍|仍在|还|均|尚在)?(?:推进中|进行中|实施中|办理中|筹备中|准备中|研究中|对接中|正在|未|尚未|暂未|待|拟|计划|将)/;
const DONE_WORD = /已(?:经)?(?:全部|基本)?完成|全部完成|基本完成|已办结|已建成|已落实|已投入使用/;
function toldDone(status: string): boolean {
  const s = status.trim();
  if (EMPTY_STATUS.test(s)) return false;
  return DONE_WORD.test(s) || !s.split(/[，,；;。]/).some((c) => PENDING_CLAUSE.test(c.trim().replace(/^[（(【[]\s*/, '')));
}

/** Cell spans [from, to) of a row split by ｜ / |. */
function cells(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || CELL.test(text[k]!)) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  return out;
}

/** A line's keys: who, when, status (责任领导： / 完成时限： / 完成情况：). */
const ITEM_KEY = /(?:责任(?:领导|股室|科室|部门|单位|处室|中队|人)|牵头(?:领导|单位|股室|科室|部门)|配合(?:单位|部门)|完成时限|时限|完成时间|截止(?:时间|日期)|(?:完成|进展|推进|落实|办理|整改|实施|执行)(?:情况|进度)|进展|进度|状态)\s*[：:]/g;
const STATUS_KEY = /^(?:完成|进展|推进|落实|办理|整改|实施|执行)(?:情况|进度)|^进展|^进度|^状态/;
const DEADLINE_KEY = /时限|完成时间|截止/;
const TASK_KEY = /^\s*(?:序号\s*\d{1,3}\s*)?(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:(?:工作|重点|主要)?任务\s*[一二三四五六七八九十\d]{0,3}|事项\s*[一二三四五六七八九十\d]{0,3}|任务名称)\s*[：:]/;

/** A project's state that tells nothing done: element-project-state.ts (one list with element-measures.ts's row). */
export { PROJECT_UNDONE } from './element-project-state.js';

export function pendingTasks(sentences: readonly { text: string; heading?: boolean }[]): Map<number, [number, number][]> {
  const out = owedDuties(sentences);
  let header: { n: number; task: number[]; status: number; deadline: boolean; plan: number[] } | undefined;
  sentences.forEach((s, i) => {
    const t = s.text;
    if (s.heading) header = undefined;
    // A table: its header row names the columns; each later row of as many cells is read by it.
    if (CELL.test(t)) {
      const cs = cells(t);
      const names = cs.map(([a, b]) => t.slice(a, b).trim());
      const task = names.flatMap((n, k) => (TASK_COLUMN.test(n) ? [k] : []));
      const status = names.findIndex((n) => STATUS_COLUMN.test(n));
      const deadline = names.some((n) => DEADLINE_COLUMN.test(n));
      const plan = names.flatMap((n, k) => (n !== '' && (PLAN_COLUMN.test(n) && PLAN_HEAD.test(n) || STANDARD_COLUMN.test(n) || OTHERS_COLUMN.test(n)) ? [k] : []));
      if ((task.length > 0 && (status >= 0 || deadline)) || plan.length > 0) {
        header = { n: cs.length, task, status, deadline, plan };
        return;
      }
      // Session 24 (measures24): a project's state cell (招募中 / 待接单 / 未开始 …, a platform export's 状态) tells nothing done:
      // a recruitment published is no service held; the whole row is no deed, whatever its other cells name. Session 25
      // (review25): a row with a state per cell (a monthly register: 项目｜已开展｜已开展｜未开展) blanks only the undone cells.
      const undone = cs.filter(([a, b]) => PROJECT_UNDONE.test(t.slice(a, b)));
      if (undone.length > 0) {
        const monthly = monthlyRow(cs.map(([a, b]) => t.slice(a, b)));
        out.set(i, [...(out.get(i) ?? []), ...(monthly ? undone : [[0, t.length] as [number, number]])]);
        if (!monthly) return;
      }
      // a cell of points earned or lost (…，得3分 / 扣2分：…) in any row, not told done
      const points: [number, number][] = cs.filter(([a, b]) => POINTS.test(t.slice(a, b)) && !TOLD_DONE.test(t.slice(a, b).replace(/扣\s*\d+(?:\.\d+)?\s*分[^，,。；]*/g, '')));
      if (points.length) out.set(i, [...(out.get(i) ?? []), ...points]);
      const idle = [...idleCells(t, cs), ...seenStates(t, cs)];
      if (idle.length) out.set(i, [...(out.get(i) ?? []), ...idle]);
      if (header && cs.length === header.n) {
        const ranges: [number, number][] = [...(out.get(i) ?? []), ...header.plan.map((k) => cs[k]!)];
        const done = header.status >= 0 && toldDone(t.slice(...cs[header.status]!));
        if (header.task.length > 0 && !done) cs.forEach((c, k) => k !== header!.status && ranges.push(c));
        if (ranges.length) out.set(i, ranges);
      }
      return;
    }
    // A keyed item: 任务N：name [；责任领导：…；完成时限：…；完成情况：…] on this line or the lines under it.
    const key = TASK_KEY.exec(t);
    if (!key) return;
    const keys = [...t.matchAll(ITEM_KEY)].filter((m) => (m.index ?? 0) >= key[0].length);
    const nameEnd = keys[0]?.index ?? t.length;
    let status: string | undefined;
    let deadline = false;
    const look = (text: string, from: number) => {
      const ks = [...text.matchAll(ITEM_KEY)].filter((m) => (m.index ?? 0) >= from);
      ks.forEach((m, k) => {
        const word = m[0].replace(/\s*[：:]$/, '');
        if (STATUS_KEY.test(word) && status === undefined) status = text.slice((m.index ?? 0) + m[0].length, ks[k + 1]?.index ?? text.length);
        if (DEADLINE_KEY.test(word)) deadline = true;
      });
    };
    look(t, key[0].length);
    for (let k = i + 1; k < sentences.length && k <= i + 8 && status === undefined; k++) {
      const next = sentences[k]!;
      if (next.heading || TASK_KEY.test(next.text) || CELL.test(next.text)) break;
      // only lines opening with a key belong to the item (责任领导：… / 完成情况：…)
      const opens = /^\s*[^，,。；：:]{1,8}[：:]/.exec(next.text);
      if (!opens || !new RegExp(ITEM_KEY.source).test(opens[0])) break;
      look(next.text, 0);
    }
    if (status === undefined && !deadline) return;
    if (status !== undefined && toldDone(status)) return;
    out.set(i, [...(out.get(i) ?? []), [key[0].length, nameEnd]]);
  });
  return out;
}

/**
 * Duties to come (session 20; the task list's mood, above, carried to every text that assigns): a text that assigns work —
 * an agreement, a list of duties, a plan, a schedule, a script to be spoken at an event — names what someone owes or is to
 * do, not what the unit did. Its sentences are a deed only when told done (已… / …了 / 累计… / 共N… / 于…举行了). Where it
 * assigns is read from the text's own shape, not from its register:
 *  - a part headed (a heading, or a line keyed X：) by what assigns: a plan or a schedule (实施计划 / 进度安排 / 活动流程 /
 *    议程 / 程序 / 保障措施 / 预期…), a script (主持词 / 串词 / 解说词), an agreement's content or a party's duties (服务内容 /
 *    乙方义务 / 甲方权利 / 工作任务 / 目标任务 / 合同摘要), or an article (第N条…) — to the next heading or key that does not;
 *  - what follows a lead announcing an agreement's content (…约定如下： / 合同约定： / 主要内容如下：), to the sentence's end,
 *    or over the sentences after it when the lead closes its sentence, to the signature (甲方（盖章）：/ 签订日期：) or a heading;
 *  - a schedule's line (8:30 各代表队集结；) — a clock time opening it tells when, not that it happened;
 *  - a clause of obligation or right whose holder is a party to an agreement (甲方有权… / 乙方应… / 双方…), and any clause
 *    whose holder is the other party (乙方 / 受托方 / 承接方 … when the unit is not it): whose the work is decides whose
 *    deed it is, done or owed. Which side the unit is, a line 甲方：… / 乙方为… naming it tells; else the unit is 甲方.
 * Blanked for 具体措施 only (pendingTasks' consumer).
 */
const ASSIGNING =
  /(?:实施|工作|推进|项目)?(?:计划|步骤)$|(?:活动|进度|时间|日程|游园|会议|议程|节目|值班)安排|时间安排|日程|议程|流程|程序|节目单|主持词|串词|主持稿|解说词|台词|保障措施|预期(?:成效|效果|目标|成果)?|(?:工作|目标|重点)任务|责任目标|任务分工|服务(?:内容|范围|标准|要求)|(?:权利|义务)$|违约责任|(?:合同|协议)(?:文本)?(?:摘要|要点|条款|主要内容|基本内容|内容)|(?:责任书|责任状|承诺书)(?:内容|条款)?$|(?:项目|建设|实施)内容$|(?:实施|工作)方案$|(?:工作|具体|主要|目标|考核)要求$|考核(?:办法|细则|标准|方式|内容|奖惩)?$|奖惩(?:措施|办法)?$|评分(?:标准|细则)$|预算$|经费(?:预算|测算|安排)?$/;
/** A line keyed by a name (项目名称：… / 活动名称：…) names the thing: a name is no deed (after the check: 项目申报书). */
const NAME_KEY = /名称$/;
/**
 * A scoring rule's text (after the check: 考核细则 / 评分标准 with the unit's 自评得分): a table cell stating the points the work earns or
 * loses (…，得3分 / 每处扣0.5分 / 扣2分：…尚未组织) is the rule or its deduction, no deed, unless it tells the work done; and a header
 * column of the standard (评分标准 / 考核内容 …) is the rule in every row under it.
 */
const POINTS = /得\s*\d+(?:\.\d+)?\s*分|扣\s*\d+(?:\.\d+)?\s*分/;
const STANDARD_COLUMN = /^(?:评分|考核|测评|评价|验收)(?:标准|细则|内容|要点|要求)$/;
/**
 * A document that is itself an instrument assigning work (its title: …目标责任书 / 责任状 / 承诺书 / 项目申报书 / …合同 / 协议 /
 * 实施方案 / 考核细则 / 主持词): a clause of obligation in it (…负责… / …应… / 须… / 确保… / 不少于…) owes the work, whoever holds it,
 * unless told done; in any other document such a clause is read as before (a role's charge, a modal's demand: elements'
 * own tests).
 */
const INSTRUMENT = '(?:责任书|责任状|承诺书|申报书|申请书|合同|协议|实施方案|工作方案|计划书|考核(?:细则|办法)|评分(?:标准|细则)|主持词|串词)';
/**
 * The title holds the instrument when it ends in the instrument's name (…目标责任书 / …合同（2026年度）), joins the instrument to
 * its account (…合同及履约情况说明 / …主持词及小结) or is a notice issuing it (关于印发《…实施方案》的通知). A title whose head is
 * an account of the instrument (…关于《…实施方案》落实情况的报告 / …共建协议执行情况) reports on it: no instrument (review20 at
 * the freeze: its 局养老服务股负责每月…检查 read as a duty owed).
 */
const INSTRUMENT_TITLE = new RegExp(
  `${INSTRUMENT}(?:书|文本)?[》”"]?\\s*(?:$|[及和暨、（(])|(?:印发|下发|转发)[^，,。；]*${INSTRUMENT}[^，,。；]*通知\\s*$`,
);
/** A heading or key naming what was done or reached ends an assigning part (工作情况 / 开展情况 / 活动小结 / 履约情况 / 成效). */
const ACCOUNT = /情况|小结|总结|成效|效果(?!预期)|回顾|做法|举措|进展|履约|落实|完成|说明$/;
/** A title naming an account or a log of work (…工作日志 / …工作纪实 / …情况报告 / …总结): what its lines tell happened (session 21). */
const ACCOUNT_TITLE = /(?:日志|纪实|实录|记录|总结|报告|汇报|情况|说明|简报)$/;
const ARTICLE_HEAD = /^\s*第[一二三四五六七八九十百零〇两\d]+条/;
const KEY = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?([^，,。；;：:！？!?“”]{1,12}?)\s*(?:[（(][^）)]{0,6}[）)])?\s*[：:]/;
const AGREEMENT_LEAD = /(?:约定|规定|明确|商定|议定)(?:如下)?[：:]|(?:主要|基本)?(?:内容|条款|要点)如下[：:]|(?:合同|协议|责任书|责任状)(?:主要|基本)?(?:内容|要点|条款)[：:]/;
const SIGNATURE = /^\s*(?:甲方|乙方|丙方|委托方|受托方|双方)?[^，,。；]{0,8}(?:[（(](?:盖章|签章|签字)[）)]|代表|签字|签章|盖章)|^\s*签(?:订|署)(?:日期|时间|地点)/;
const CLOCK = /^\s*(?:[（(]?\d{1,2}[）)]\s*)?(?:上午|下午|晚上|早上|中午)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[-—~至]\s*\d{1,2}\s*[:：]\s*\d{2})?(?!\d|\s*[:：]\s*\d)/;
/** Told done: the perfective, 已, a tally, a time past of an event held. Not after a word of the future (拟于… / 将于… / 定于…). */
// A count of work done in its units (…活动8场 / 上门办电63户次 / 入户宣传1460人次), not a frequency or a floor owed (每月…2次 /
// 不少于30场 / 力争…); a sentence opening on a time past (今年… / 履责一年， / 一年来) tells what was done in it.
export const TOLD_DONE =
  /^\s*(?:今年(?!计划|拟|将|要|力争)|去年|一年来|今年以来|年初以来|履(?:责|约)一年|上半年)|(?<![\d.]|每[^，,。；]{0,6}|不少于|不低于|至少|力争|确保|达到|超过|计划|拟|约定)[\d]+(?:\.\d+)?\s*[余多]?\s*(?:场|户次|人次|期|批次|次)(?![^，,。；]{0,4}(?:以上|以内))|(?<![为除])了(?!解)|(?<![而])已(?:经)?(?!在|有|满|将|拟)|累计|共[^，,。；]{0,16}?[\d一二两三四五六七八九十百千万]+\s*[余多]?\s*(?:个|名|人|人次|场|次|期|户|家|条|处|份|块|座|站次|批|项|件|册|万|元|天|所|辆)|先后|截至|截止/;
/**
 * A heading naming work done on a plan, a process or an agreement (三是规范服务流程 / 一是优化就诊流程 / 签订服务合同 / 明确工作
 * 任务) tells a deed; it is no plan's own part. A run-in heading (一是…) lists the work done.
 */
// Session 21 (misfires21, review20's open item): a heading opening with a verb of pursuing the work (二、聚焦重点任务 / 围绕中心任务 /
// 抓实重点任务 / 完成年度任务) names the tasks worked on — an account's part — not the task list itself (二、重点任务 / 目标任务).
const WORK_VERB_FIRST = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:聚焦|围绕|紧扣|紧盯|紧抓|突出|抓好|抓实|抓牢|抓住|狠抓|聚力|着力|全力|攻坚|完成|做好|做实|办好|深化|加强|加快|破解|对标)/;
const WORK_ON = new RegExp(`^(?:[一二三四五六七八九十]是)|规范|优化|完善|简化|再造|健全|建立|制定|制订|修订|编制|明确|细化|落实|压实|强化|改进|提升|创新|严格|公开|执行|履行|签订|印发|分解|${WORK_VERB_FIRST.source}`);
// The parties and the unit's side: element-parties.ts (session 21: one definition with element-responsibility.ts's).
const PARTY_OPENS = new RegExp(`^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[）)、.．]\\s*)?(?:[^，,。；]{0,8}?约定[：:，,]?\\s*)?(${PARTY}|双方)`);
const OBLIGATION = /有权|(?<![相响适反供对答报呼]|应知)应(?=[\u4e00-\u9fff])(?!知应会|邀|急|对|用|聘|征|届|答|变|收|付|试|考|季|时|声|运|援|有尽)|(?<![必无毋])须(?!知)|(?<![所急必])需(?!要|求)|不得|负责|承担|确保|保证|不少于|不低于|不超过|至少/;
function owedDuties(sentences: readonly { text: string; heading?: boolean }[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const own = sideOfUnit(sentences);
  const instrument = INSTRUMENT_TITLE.test((sentences[0]?.text ?? '').trim());
  const accountTitle = !instrument && ACCOUNT_TITLE.test((sentences[0]?.text ?? '').trim().replace(/[（(][^）)]{0,16}[）)]$/, ''));
  const blank = (i: number, from: number, to: number) => {
    if (to > from) out.set(i, [...(out.get(i) ?? []), [from, to]]);
  };
  // assigning: inside a part that assigns (by its heading or key); agreement: after a lead closing its sentence.
  let assigning = false;
  let agreement = false;
  sentences.forEach((s, i) => {
    const t = s.text;
    if (i === 0) return;
    const bare = t.replace(/^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)/, '').trim();
    if (SIGNATURE.test(t)) {
      assigning = agreement = false;
      return;
    }
    // A short keyed line read as a heading (甲：骏马辞旧岁，灵羊迎新春！ / 合：大家过年好！) is a key with its text, no section.
    // A line's key split off as a heading of its own (各位居民朋友 before 各位居民朋友：大家上午好！ / 甲方 before 甲方：…) is that line's.
    const next = sentences[i + 1]?.text.trim() ?? '';
    if (s.heading && next.startsWith(t.trim()) && /^[：:]/.test(next.slice(t.trim().length))) return;
    const key = KEY.exec(t);
    const heading = s.heading === true && !(key && t.slice(key[0].length).trim() !== '');
    if (heading || key) {
      const head = heading ? bare : key![1]!;
      // 甲方 / 乙方 split off as their own key lines, 联系人：… : neither opens nor ends a part.
      if (new RegExp(`^${PARTY}$`).test(head.trim())) return;
      const named = head.replace(/[（(][^）)]{0,12}[）)]\s*$/, '').trim();
      if (!heading && NAME_KEY.test(named)) {
        blank(i, key![0].length, t.length);
        return;
      }
      // review21: in an instrument (…实施方案 / …责任书) a heading opening with a verb (二、聚焦重点任务) is still the plan's own part.
      // Session 37 (set 32): in an account (…项目服务情况说明), a part headed 服务内容 tells the service the unit gave, not what a
      // contract owes (…开展入户探访，评估居家安全…).
      const told = accountTitle && /服务内容$/.test(named);
      const assigns = !told && (ARTICLE_HEAD.test(t) || (ASSIGNING.test(named) && (!WORK_ON.test(t.trim()) || (instrument && WORK_VERB_FIRST.test(t.trim()))))) && !ACCOUNT.test(named.replace(/预期(?:成效|效果)/, ''));
      if (heading) {
        assigning = assigns;
        if (!ARTICLE_HEAD.test(t)) agreement = false;
        return;
      }
      // a speaker's key in a script (乙： / 马俊： / 同志们：) or any key not naming an account keeps the part.
      if (assigns) assigning = true;
      else if (ACCOUNT.test(head)) assigning = agreement = false;
    }
    if (assigning || agreement) {
      // Session 23 (activity23): in an account (…开展情况说明), a programme's line telling the session held on its day at its
      // place (6月16日，在审判楼第一法庭举办“…”道德讲堂，…) is the account that it was held, not a step to come.
      if (!TOLD_DONE.test(t) && !(accountTitle && heldOnItsDay(t))) blank(i, 0, t.length);
      return;
    }
    // A schedule's line: 9:00 来宾签到 / 10:30志愿者分组出发，走访… — not in an account or a log (…工作日志 / …纪实 / …情况报告),
    // where a clock time opening a line tells when it happened (8:30 局长带队检查城区农贸市场3家…; review20, session 21).
    if (CLOCK.test(t) && !TOLD_DONE.test(t) && !accountTitle) {
      blank(i, 0, t.length);
      return;
    }
    const lead = AGREEMENT_LEAD.exec(t);
    if (lead) {
      const from = lead.index + lead[0].length;
      if (t.slice(from).trim().replace(/[。；;]$/, '') === '') {
        agreement = true;
        return;
      }
      if (!TOLD_DONE.test(t.slice(from))) {
        blank(i, from, t.length);
        return;
      }
    }
    // In an instrument, each clause of obligation not told done (to its clause's end).
    // (from the clause holding it to the sentence's end: its next clauses say what is owed: …应配备保洁员38人，实行两班作业).
    if (instrument && !TOLD_DONE.test(t)) {
      let at = 0;
      for (const c of t.split(/(?<=[，,；;。])/)) {
        if (OBLIGATION.test(c)) {
          blank(i, at, t.length);
          return;
        }
        at += c.length;
      }
    }
    // Clauses held by a party to an agreement: the other party's whatever it did, any party's right or obligation.
    let at = 0;
    for (const c of t.split(/(?<=[，,；;。])/)) {
      const p = PARTY_OPENS.exec(c);
      // review20: the unit's own side or both sides told done (双方共同举办…12场 / 甲方负责协调场地，先后组织…) is the unit's deed.
      if (p && (p[1] !== own || OBLIGATION.test(c)) && !((p[1] === own || p[1] === '双方') && TOLD_DONE.test(t.slice(at)))) {
        // its clauses run on to where the unit (its own side, 我 / 本 …) opens a clause again
        let end = t.length;
        let k = at + c.length;
        for (const d of t.slice(at + c.length).split(/(?<=[，,；;。])/)) {
          const q = PARTY_OPENS.exec(d);
          if ((q && q[1] === own && !OBLIGATION.test(d)) || /^\s*(?:我|本(?:局|中心|院|馆|所|站|单位))/.test(d)) {
            end = k;
            break;
          }
          k += d.length;
        }
        blank(i, at, end);
        break;
      }
      at += c.length;
    }
  });
  return out;
}

/**
 * A note left open (session 19, the draft handed in with its reviewers' notes left in): a bracketed note that maskInstructions
 * blanks — a reviewer's (【修改意见：举措一节就这几句，太单薄。…】), an alternative wording, a template's instruction (（此处补充具体
 * 做法：…。…）) — is split by its own 。 into sentences; the sentences after its opening, up to its closing bracket (at most
 * four), are the same note and claim nothing either (写出实际做了什么：哪天、在哪… / 请补写开展了哪些活动). maskInstructions is
 * the one definition of such a note; this carries it over the sentences it runs.
 */
const CLOSE_OF: Record<string, RegExp> = { '【': /】/, '（': /[）)]/, '(': /[）)]/, '[': /\]/ };
export function writerNotes(sentences: readonly { text: string }[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  let open: { close: RegExp; left: number } | undefined;
  sentences.forEach((s, i) => {
    const t = s.text;
    let from = 0;
    if (open) {
      const c = open.close.exec(t);
      out.set(i, [[0, c ? c.index + 1 : t.length]]);
      if (!c) {
        open = --open.left === 0 ? undefined : open;
        return;
      }
      open = undefined;
      from = c.index + 1;
    }
    // A note opened here and still open at the sentence's end: the masked text is blank from its bracket to the end.
    const m = maskInstructions(t);
    for (let k = t.length - 1; k >= from && (m[k] === '□' || /\s/.test(m[k]!)); k--) {
      const close = CLOSE_OF[t[k]!];
      if (close && !close.test(t.slice(k))) {
        open = { close, left: 4 };
        break;
      }
    }
  });
  return out;
}
