/**
 * Mood (session 17, moved out of element-about.ts in session 18): a checklist row answered no asserts the contrary of its
 * statement, and a checklist item that asks and is not answered asserts nothing. Used by every element (elements.ts).
 */

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
const UNANSWERED = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:是否|有无|有没有|能否)[^：:｜|？?。；;]*[。；;]?$/;
export function unanswered(text: string): boolean {
  const t = text.trim();
  if (!UNANSWERED.test(t)) return false;
  // Answered yes once a table's spaces are gone (1.是否成立…领导小组 是 局长任组长… reads …领导小组是局长任组长…) or by a
  // mark (是否明确专人负责 √ 办公室主任…): it asserts, and is read (review17). A 否 glued on is answeredNo's, or asks still.
  const body = t.replace(/^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:是否|有无|有没有|能否)/, '');
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
const PLAN_COLUMN = /^(?:下一步|下步|后续|今后)?(?:工作)?(?:计划|打算|安排|措施)?$/;
const PLAN_HEAD = /^(?:下一步|下步|后续|今后)|^(?:工作)?(?:计划|打算)$/;
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

export function pendingTasks(sentences: readonly { text: string; heading?: boolean }[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
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
      const plan = names.flatMap((n, k) => (n !== '' && PLAN_COLUMN.test(n) && PLAN_HEAD.test(n) ? [k] : []));
      if ((task.length > 0 && (status >= 0 || deadline)) || plan.length > 0) {
        header = { n: cs.length, task, status, deadline, plan };
        return;
      }
      if (header && cs.length === header.n) {
        const ranges: [number, number][] = header.plan.map((k) => cs[k]!);
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
    out.set(i, [[key[0].length, nameEnd]]);
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
