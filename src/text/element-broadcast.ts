/**
 * Session 25 (service25): a broadcast's record and a programme's transcript, in the twenty-third set's rulings' words:
 *
 *  - a broadcast script's content is teaching (广播稿：各位村民，… / 四、广播稿 / 稿中写道：“…”): what it tells listeners to
 *    do is no measure of the unit's, its 干净了 no outcome (scriptLines, scriptQuote);
 *  - its broadcasting told as done is an action (村大喇叭每天早晚各播放一次 / 累计播放3100余次 / 推送到沿河32个村), and a
 *    播放记录 row with its plays (3月1日—3月31日｜7:00—7:10｜电动车安全｜31｜李芳 under 日期｜时段｜内容｜播放次数｜播音员) is
 *    one (broadcastDone, broadcastRows); a script drafted but not aired is no measure (未播 / 播放记录暂空 / 播放时间待定:
 *    notAired);
 *  - other voices quoted in the unit's file claim nothing for it: a line keyed by the host, the narration, a reporter or a
 *    reviewer (主持人：… / 解说：… / 点评员：…) is theirs (otherVoices); a programme aired by a station (县电视台《问政清河》播出…
 *    短片) is the station's, the unit's head coming to answer (到场回答) no deed (programmeClauses).
 */
import type { Segmented } from './sections.js';

const blank = (m: string) => '□'.repeat(m.length);

/** The key of a script's text (广播稿： / 广播稿（第1期）： / 广播稿摘要： / 第二篇广播稿：). */
const SCRIPT_KEY = /^(?:附[：:]\s*)?[^，,。；：:“”]{0,10}?(?:广播稿|播音稿|广播词|播报稿|广播内容|播报内容|稿件内容)(?:[（(][^（()）]{0,10}[）)])?(?:摘要|内容|全文|原文|节选)?[：:]/;
/** An address to the listeners opening a line (各位村民： / 乡亲们， / 亲爱的居民朋友们：). */
const ADDRESS = /^(?:各位|广大|亲爱的)(?:[\u4e00-\u9fff]{0,4}?)(?:村民|居民|乡亲|父老乡亲|群众|市民|家长|朋友|老乡|同学|老人|听众)(?:们|朋友们|朋友)?[，,：:！!]|^(?:乡亲们|父老乡亲们|老少爷们|居民朋友们|村民朋友们|听众朋友们)[，,：:！!]/;
/** A heading naming the script itself (四、广播稿 / 三、广播稿摘要 / 附：第二篇广播稿（拟播）). */
const SCRIPT_HEAD = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:附[：:]\s*)?[^，,。；：:]{0,8}?(?:广播稿|播音稿|广播词|播报稿)(?:[（(][^（()）]{0,10}[）)])?(?:摘要|内容|全文|原文|节选)?(?:[（(][^（()）]{0,10}[）)])?[：:]?$/;

/**
 * The sentences holding a script's content: a line keyed as the script or opening with an address to the listeners, to the
 * end of its line; and every line under a heading (or a bare line) naming the script, up to the next heading or key line.
 */
export function scriptLines(seg: Segmented): Set<number> {
  const out = new Set<number>();
  // An address opens a script only in a file about a broadcast (its title, or a line keyed or headed as the script): a 主持词's
  // 各位居民朋友，大家上午好！ opens the event's own script, whose present tells the event held (element-genre.ts).
  const radio = /广播|喇叭|播音|村村响|播报/.test(seg.sentences[0]?.text ?? '') || seg.sentences.some((s, i) => i > 0 && (SCRIPT_KEY.test(s.text.trim()) || SCRIPT_HEAD.test(s.text.trim())));
  let line = false;
  let section = false;
  seg.sentences.forEach((s, i) => {
    const t = s.text.trim();
    if (s.heading) {
      // The title (…文明停车广播稿) names the whole file, not a part holding the script.
      section = i > 0 && SCRIPT_HEAD.test(t);
      line = false;
      return;
    }
    if (s.opens) {
      line = false;
      // A bare line naming the script (附：第二篇广播稿（拟播）) heads what follows, as a heading does.
      if (SCRIPT_HEAD.test(t)) {
        section = true;
        return;
      }
      // A keyed line of another field (播放安排： / 说明： / 日期｜时段…) ends a script run by a bare line.
      if (section && ((/^[^，,。；：:“”]{1,8}[：:]/.test(t) && !ADDRESS.test(t)) || /[｜|]/.test(t))) section = false;
      if (SCRIPT_KEY.test(t) || (radio && ADDRESS.test(t))) line = true;
    }
    if (line || section) out.add(i);
  });
  return out;
}

/** A quotation of the script inside a sentence (广播稿中写道：“…” / 稿中写道：“…”): blanked, the sentence read on after it. */
const SCRIPT_QUOTE = /(?:广播稿|播音稿|广播词|稿件|稿)[^，,。；“”]{0,6}(?:写道|写着|说|内容为|内容是|提醒|呼吁)?[：:，,]?\s*“[^“”]*”/g;
export function scriptQuote(text: string): string {
  return text.replace(SCRIPT_QUOTE, (m) => {
    const at = m.indexOf('“');
    return m.slice(0, at) + blank(m.slice(at));
  });
}

// Session 41 (set 36): a trial airing (试播2次) is an airing.
const AIR = '(?:播放|播出|播报|推送|广播|滚动播放|循环播放|插播|试播)';
const COUNT = '[\\d一二两三四五六七八九十百千万]+(?:\\.\\d+)?\\s*[余多]?\\s*';
/**
 * Broadcasting told as done: with its plays or days counted after the verb (播放720次 / 播放了31天), a tally or frequency
 * before it (累计播放 / 共播放 / 每天早晚各播放一次 / 每天中午一次), or sent to counted villages (推送到沿河32个村).
 */
const AIRED = new RegExp(
  [
    `${AIR}了?\\s*${COUNT}(?:次|遍|轮|天|场)`,
    // Session 26 (review26): no negation or stop between (已损坏无法播放 / 已停止播放: nothing aired).
    `(?:累计|共计|共|先后|已经|已|连续|每天|每日|每晚|每早|每周|早晚各?|中午|逐日)[^，,。；□不没未无停暂]{0,8}?${AIR}(?!安排|计划|时间|记录|次数|内容)`,
    `${AIR}(?:到|至|给)[^，,。；□]{0,10}?${COUNT}(?:个)?(?:村|社区|乡镇|镇|小区|组)`,
    `在[^，,。；□]{1,16}?(?:大喇叭|喇叭|广播站|广播平台|应急广播)[^，,。；□]{0,4}?${AIR}`,
  ].join('|'),
);
/**
 * Session 26 (review26): the airing inside the served's complaint (村民反映大喇叭每天早上6点播放，声音太吵 / 投诉…): their words
 * about it, not the unit telling its broadcasting done.
 */
const COMPLAINED = /(?:反映|投诉|举报|抱怨|埋怨|意见)[^，,。；□]{0,24}$/;
export function broadcastDone(clause: string): string | null {
  const m = AIRED.exec(clause);
  return m && !COMPLAINED.test(clause.slice(0, m.index)) ? m[0] : null;
}

/** The airing not done (未播 / 尚未播放 / 播放记录暂空 / 播放时间待定 / 待播): the sentence's airing is none. */
// Session 26 (review26): a set that cannot air or has stopped (已损坏无法播放 / 广播站已停止播放 / 停播).
const NOT_AIRED = /无法(?:播放|播出|广播)|停止(?:播放|播出|广播)|停播|未播|尚未(?:播放|播出)|暂未(?:播放|播出)|没有(?:播放|播出)|待播|(?:播放|播出)(?:记录|时间)?(?:暂空|待填|待定|为空|空白)|(?:完毕|修好|修复|到位|定稿)后(?:再)?(?:播放|播出)/;
const PLAYS_TOLD = new RegExp(`${AIR}了?\\s*${COUNT}(?:次|遍|轮|天|场)`);
/** In a sentence telling the airing not done, its clauses of airing (a count of plays told aside) and a record's row are blanked. */
export function maskNotAired(text: string): string {
  if (!NOT_AIRED.test(text)) return text;
  if (/[｜|]/.test(text)) return blank(text);
  return text.replace(/[^，,。；;]+/g, (c) => (/播|广播/.test(c) && !PLAYS_TOLD.test(c) ? blank(c) : c));
}

/** A field's label (播放安排： / 播放记录： / 工作计划：): it names the field, no deed; the content after it is read. */
const FIELD_LABEL = /^[^，,。；：:“”]{0,6}(?:安排|计划|记录|时间|次数|说明|情况|备注)[：:]/;
export function maskFieldLabel(text: string): string {
  return text.replace(FIELD_LABEL, blank);
}

/**
 * A table's header row: two or more cells, none holding a figure or a sentence mark (日期｜时段｜内容｜播放次数｜播音员).
 * Session 26 (review26): a header heads its table — the first row of its width, the line before not a row as wide; and its
 * cells name columns, none telling a state reached (已完成 / 已整改): rows after it without figures (清理小广告｜东关街｜已完成)
 * are its data. Session 26 (pest26): a cell's unit in brackets is part of its label (劝导不文明行为（起） / 用量（千克）): the
 * label is read without it; a row with a cell holding a figure (文化馆免费培训（期）｜58｜41｜+41.5%) is a data row.
 */
export function headerRowOnly(text: string, before?: string): boolean {
  const cells = text.split(/[｜|]/);
  if (before !== undefined && before.split(/[｜|]/).length === cells.length && (!groupRow(before) || repeats(cells))) return false;
  return headerCells(text, cells);
}
/**
 * Review after session 27: a header's second row names distinct columns; a row under a group row whose own neighbouring cells
 * repeat (东关社区｜东关社区｜入户走访困难群众｜发放慰问品: a data row with a horizontal merge) is data, as is every row after it.
 */
function repeats(cells: string[]): boolean {
  const c = cells.map((x) => x.trim());
  return c.some((x, i) => i > 0 && x !== '' && x === c[i - 1]);
}
function headerCells(text: string, cells: string[]): boolean {
  return cells.length >= 3 && !/[\d一二两三四五六七八九十]\s*[月日次人个]|[，,。；;！？!?]/.test(text) && cells.every((c) => c.replace(HEADER_UNIT, '').trim().length <= 8 && !/^(?:已|均已|全部)/.test(c.trim()) && !FIGURE_CELL.test(c));
}
/**
 * Session 27 (review27): a two-row header's first row, its merged group cells flattened (宣传活动｜宣传活动｜入户走访｜入户走访):
 * a header row whose neighbouring cells repeat; the row under it is the header's second row, not data.
 */
function groupRow(row: string): boolean {
  const cells = row.split(/[｜|]/).map((c) => c.trim());
  return headerCells(row, cells) && repeats(cells);
}
const HEADER_UNIT = /[（(][^（()）\d]{1,4}[)）]\s*$/;
/** A cell holding a figure (58 / +41.5% / 0): a data row's, never a header's. */
const FIGURE_CELL = /^\s*[+\-−]?\d+(?:\.\d+)?\s*%?\s*$/;

/** A header cell counting plays or telling the row's state (播放次数 / 次数 / 状态 / 是否播放). */
const PLAYS_CELL = /^(?:播放|播出|播报|广播)?(?:次数|遍数|状态|情况)$|^是否播(?:放|出)$/;
/**
 * The rows of a 播放记录 whose plays cell holds a count above zero: the broadcast told as done (the ruling: a 播放记录 row
 * with its plays). A row 未播 or — is nothing done.
 */
export function broadcastRows(seg: Segmented): Map<number, string> {
  const out = new Map<number, string>();
  let col = -1;
  let width = 0;
  seg.sentences.forEach((s, i) => {
    const cells = s.text.trim().split(/[｜|]/).map((c) => c.trim());
    if (cells.length < 3) {
      col = -1;
      return;
    }
    const at = cells.findIndex((c) => PLAYS_CELL.test(c));
    if (at >= 0 && cells.some((c) => /播/.test(c)) && !/\d/.test(s.text)) {
      col = at;
      width = cells.length;
      return;
    }
    if (col < 0 || cells.length !== width) return;
    const plays = /^(\d+)\s*次?$/.exec(cells[col]!);
    if ((plays && Number(plays[1]) > 0) || /^(?:已播|已播放|已播出|是)$/.test(cells[col]!)) out.set(i, `${cells.filter((c, k) => k !== col && /[\u4e00-\u9fff]{2}/.test(c))[0] ?? ''}｜${cells[col]}`);
  });
  return out;
}

/**
 * The other voices of a programme's transcript or a review, keyed as speakers (主持人： / 解说： / 旁白： / 暗访短片： /
 * 记者： / 点评员： / 点评嘉宾：): their lines to the line's end claim nothing for the unit — their questions, narration and
 * comments are no measure, their figures no data.
 */
const VOICE_KEY = /^(?:\[[\d:：]+\]\s*)?(?:（[^（）]{0,8}）)?(?:主持人|主持|解说(?:词)?|旁白|画外音|同期声|暗访短片|暗访视频|短片|记者|特约记者|点评员|特约点评员|点评嘉宾|评论员|观察员)(?:[（(][^（()）]{0,10}[）)])?[\u4e00-\u9fff·]{0,4}[：:]/;
/**
 * Session 26 (review26): a meeting's chair named under the key (主持：局长王强。 / 主持人：副局长李红): a record's field, the unit's
 * own meeting — no host's voice. The value's first clause is a post or a person (a post word in at most 12 characters).
 */
const CHAIR = /^(?:（[^（）]{0,8}）)?主持人?[：:]\s*[^，,。；;！!？?“”]{0,8}?(?:局长|主任|书记|站长|校长|院长|馆长|所长|队长|镇长|乡长|部长|科长|股长|经理|主席|组长|处长|同志|负责人|委员)[^，,。；;！!？?“”]{0,4}(?:[，,。；;]|$)/;
export function otherVoices(seg: Segmented): Set<number> {
  const out = new Set<number>();
  let on = false;
  seg.sentences.forEach((s, i) => {
    if (s.heading) {
      on = false;
      return;
    }
    if (s.opens) on = VOICE_KEY.test(s.text.trim()) && !CHAIR.test(s.text.trim());
    if (on) out.add(i);
  });
  return out;
}

/**
 * A station airing a programme (县电视台《问政清河》播出…短片 / 《阳光问政》节目曝光…) is the station's act, and the unit's head
 * coming to answer it (我局局长汤立民到场回答 / 到场回应 / 接受问政) no deed: those clauses blanked for 具体措施.
 */
// The station or programme opens its clause as the subject (县电视台《问政清河》播出… / 《阳光问政》节目曝光…): the unit working
// with a medium (联合县电视台推出… / 将宣讲视频在县电视台滚动播放) keeps its deed.
const PROGRAMME_AIRS = /(?<=^|[，,；;：:])\s*(?:[\d年月日]{0,12}[，,]?\s*)?(?:县|市|省)?(?:电视台|电台|广播电视台|融媒体中心)?(?:《[^》]{1,12}》)?(?<=台|中心|》)[^，,。；]{0,16}?(?:播出|曝光|直播)[^，,。；]*/g;
const CAME_TO_ANSWER = /[^，,。；]{0,16}(?:到场|到现场|现场|上台|走进直播间|做客)?(?:回应|回答|答复|作答|接受(?:问政|质询|提问|采访))(?=[，,。；]|$)/g;
export function programmeClauses(text: string, newsroom: boolean): string {
  if (newsroom) return text;
  return text.replace(PROGRAMME_AIRS, blank).replace(CAME_TO_ANSWER, blank);
}
