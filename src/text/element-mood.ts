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
const FILL = '(?:填写|填入|填报|补填|写明|注明|列明|列举|列出|简述|概述|描述|补充|举例|说明|附上?|上传|插入|提供|选择|勾选)';
const IN = '[^（()）【】[\\]]';
const INSTRUCTION = new RegExp(
  [
    // opened by the verb (after 请 / 此处 / 此栏 / 在此, or bare and not a key: 说明：… is a filled note); may run on unclosed.
    `[（(【[]\\s*(?:(?:请您?|此处|此栏|在此)\\s*${FILL}|填写|写明|(?!附(?!上))${FILL}(?![\\u4e00-\\u9fff]{0,2}[：:]))[^）)】\\]]*(?:[）)】\\]]|$)`,
    // a closed note opening by pointing at its own place (（此处为照片）), or asking within its first words: 请 + verb / 此处 + verb /
    // 待填 / 待补. 此处 told in passing (（借阅数据已另表报送，此处不再展开）) is the writer's remark.
    `[（(【[](?:\\s*(?:此处|此栏)|${IN}{0,40}?(?:请您?${IN}{0,4}?${FILL}|(?:此处|此栏|在此)\\s*${FILL}|待填|待补))${IN}{0,60}[）)】\\]]`,
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
