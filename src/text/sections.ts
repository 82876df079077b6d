/**
 * A report's text as sections and sentences: the facts the five-element checks judge. Sections
 * open at styled headings (.docx Heading styles), numbered heading lines (一、主体责任), short
 * heading-shaped lines (a PDF's bold heading is just a short line) and run-in headings
 * (一是落实主体责任。本局…). Sentences end at 。！？；. Rule-independent: no cue from a rule file.
 */
import { HEADING_START } from './normalize.js';
import { EMPTY_FIELD, INTENTION, beforeIntention, isTitleLine } from './element-shared.js';

export type HeadingKind = 'styled' | 'numbered' | 'run-in' | 'line';

export interface TextSection {
  /** The heading as written; null for the text before the first heading. */
  heading: string | null;
  kind: HeadingKind | null;
  /** Nesting: 一、 1; （一） 2; 1. 3; （1） 4; ① 5; 一是 6; styled and heading-shaped lines 1. A section runs to the next heading of the same or a higher level. */
  level: number;
  page?: number;
  /**
   * A section about shortcomings (存在问题、不足) or plans (下一步、今后、工作目标, or every sentence an
   * intention): its sentences claim no results; or (criteria) the evaluation standard quoted (测评内容 /
   * 测评标准): its sentences are no element at all.
   */
  role?: 'problems' | 'plans' | 'criteria';
  /** Its sentences: [first, end) indices into the sentence list. */
  first: number;
  end: number;
}

export interface TextSentence {
  text: string;
  page?: number;
  /** Index of its section. */
  section: number;
  /**
   * Set when its paragraph opens with 下一步 / 今后 (plans) or 存在的问题 / 不足 (problems); criteria: a criterion
   * quoted after its key (测评内容：…；…；…。) up to the end of that sentence.
   */
  role?: 'problems' | 'plans' | 'criteria';
  /** The sentence is a heading's own text (it counts for other elements, never for the one it names). */
  heading?: true;
  /** Session 22 (genre22): the sentence opens its line (paragraph); the sentences after it up to the next one share its line. */
  opens?: true;
}

export interface Segmented {
  sections: TextSection[];
  sentences: TextSentence[];
}

/** Run-in enumerators: 一是 二是 …, 首先 其次. */
const RUN_IN_START = /^([一二三四五六七八九十]+是|首先|其次|再次|最后|第[一二三四五六七八九十]+[，,、])/;
const NUMBERED = new RegExp(`${HEADING_START.source}|${RUN_IN_START.source}`);

/**
 * Headings about shortcomings. 反馈问题 / 检查发现问题 list the problems found; with their rectification after them
 * (检查发现问题及整改措施 / 测评反馈问题的整改情况 / 问题清单及整改落实情况) the section tells what was done about them: no role.
 */
const PROBLEMS = /存在(的)?(主要)?问题|原因分析|原因(?:剖析|查摆|查找)|(?:剖析|查摆|深挖)(?:问题)?(?:的)?(?:根源|原因)|问题根源|成因分析|问题(的)?原因|(反馈|通报|发现|督查|检查|测评)(的)?问题(?![^，,。；]{0,3}整改)|问题(清单|描述|表现|来源)(?![^，,。；]{0,4}整改)|问题(与|和|及)(不足|建议|对策|打算)|主要问题|不足(之处)?|短板|薄弱环节|困难(和|与)问题|差距/;
// Session 23 (activity23): 四、下半年打算 / 下阶段计划 name plans as 下一步 does.
const PLANS = /下一步|下步|今后|工作(打算|计划|思路)|努力方向|(明年|来年)(的)?(工作|打算)|(?:下半年|下阶段|下一阶段|下学期|下季度|后续)(?:的)?(?:工作)?(?:打算|计划|安排|思路)/;

export function headingLevel(heading: string, kind: HeadingKind): number {
  if (kind === 'styled' || kind === 'line') return 1;
  if (/^第[一二三四五六七八九十]+[章节部分]/.test(heading) || /^[一二三四五六七八九十]+[、.．]/.test(heading)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(heading)) return 2;
  if (/^\d{1,2}[、.．]/.test(heading)) return 3;
  if (/^[（(]\d{1,2}[）)]/.test(heading)) return 4;
  if (/^[①-⑳]/.test(heading)) return 5;
  return 6;
}

const PARAGRAPH_PLANS = /^(下一步|下步|下阶段|今后|接下来|明年|新的一年)/;
/** Inside a paragraph, a sentence opening the next stage (下一步， / 下阶段，) — not 接下来 / 明年, which narrate too. */
const MIDDLE_PLANS = /^(?:下一步|下步|下阶段|今后)[，,我将要]/;
/** A sentence that turns back to what has been done: it ends a paragraph's plans (下一步…。从今年的情况看，…). */
const LOOKING_BACK = /^(从[^，,。]{0,8}(情况|效果|实际|成效)(来)?看|今年以来|一年来|全年来看|截至|截止|目前|过去一年|回顾)/;
const PARAGRAPH_PROBLEMS = /^(但|同时|当然)?[^，,。]{0,6}(存在(的|一些)?(主要)?(问题|不足|短板|困难)|(问题|不足)(之处)?(主要)?(是|有|表现在|在于)|(也|还)要?(清醒)?(看到|认识到))/;

/** A paragraph opening with the key of a quoted criterion: 测评内容： / 测评标准： / 考核要求： (session 13). */
const PARAGRAPH_CRITERIA = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:测评|考核|考评|评分|评价|验收)(?:体系)?(?:内容|标准|要求|细则|条款)(?:[、和及与]+(?:内容|方法|标准|要求|细则))*(?:摘录|原文|节选)?[：:]/;

/** Heading words naming what was achieved: 成效与不足 is about both, so neither wins the section. */
const ACHIEVED = /成效|成绩|成果|效果|亮点|收获/;
/** A state (what changed, what the unit has now) joined to a shortcoming in one heading: 变化与差距 / 家底和短板 / 现状及问题. */
const STATE_AND = /(?:变化|进展|进步|成就|家底|现状)(?:[和与及、]|以及)|(?:[和与及、]|以及)(?:变化|进展|进步|成就|家底|现状)/;
/** Work done or the state now named beside the plans in one heading (已开展的工作和下一步打算 / 现状与下一步打算). */
const DONE_AND = /(?:已(?:开展|做|完成|经开展)的?工作|落实情况|工作情况|现状)(?:[和与及、]|以及)/;

/** A heading number: 一、 / （一） / 1. / 一是. */
const NUMBER = '(?:第[一二三四五六七八九十]+[章节部分]|[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．]|[一二三四五六七八九十]+是)?\\s*';
/**
 * The evaluation standard quoted as a section (session 13): 测评内容 / 测评标准 / 考核要求 / 测评内容、方法和标准 /
 * 测评标准摘录. 对照测评标准 (the unit's account against it) is not one.
 */
const CRITERIA = new RegExp(`^${NUMBER}(?:测评|考核|考评|评分|评价|验收|指标)(?:体系)?(?:内容|标准|要求|细则|条款)(?:[、和及与]+(?:内容|方法|标准|要求|细则))*(?:摘录|原文|节选)?[：:]?$`);
/** Targets as a section: 工作目标 / 下步目标 / 预期成效 (成效与目标 is about both: no role). */
const TARGETS = new RegExp(`^${NUMBER}(?:(?:下一?步|下阶段|明年|今后|工作|预期|总体|年度|创建|主要)(?:工作)?目标(?:任务)?|目标(?:任务)?|预期(?:成效|效果|目标))[：:]?$`);

export function sectionRole(heading: string): TextSection['role'] {
  // 成效与不足: the shortcoming is told apart sentence by sentence (不足之处是… below).
  // 清河的变化与差距 / 家底和短板 (session 19): a state named beside the shortcoming, joined to it, is about both, as 成效与不足 is.
  if (PROBLEMS.test(heading)) return ACHIEVED.test(heading) || STATE_AND.test(heading) ? undefined : 'problems';
  // 整改成效与努力方向 / 成效及下一步打算: about both, like 成效与不足 (session 15); 预期成效 is a target.
  // 我局已开展的工作和下一步打算 / 我县现状与下一步打算: work done (or the state now) and plans, judged sentence by sentence too (session 17).
  if (PLANS.test(heading)) return (ACHIEVED.test(heading) || DONE_AND.test(heading)) && !/预期|目标/.test(heading) ? undefined : 'plans';
  if (TARGETS.test(heading)) return 'plans';
  if (CRITERIA.test(heading)) return 'criteria';
  return undefined;
}

/**
 * A sentence that is an intention from its start (下学期将组织…、我局拟建立…、针对上述问题，计划…): at most a
 * subject or a short lead-in before its first intention word.
 */
function intentionFromStart(text: string): boolean {
  if (!INTENTION.test(text)) return false;
  return beforeIntention(text).replace(/[\s，,：:]/g, '').length <= 12;
}

/**
 * A section whose every sentence is an intention (五、整改措施：下学期将组织…，并统一公示…) sets out
 * plans (session 13): the plans role, so its heading is not taken for an empty element section.
 */
function plansByContent(sections: TextSection[], sentences: TextSentence[]): void {
  sections.forEach((s, i) => {
    if (s.kind === null || s.role !== undefined) return;
    let end = s.end;
    for (let j = i + 1; j < sections.length && sections[j].level > s.level; j++) end = sections[j].end;
    let body = 0;
    for (let k = s.first; k < end; k++) {
      const t = sentences[k];
      // A heading, or a line with no clause or sentence mark (the signature: 中共清河县委网信办 / 2026年11月19日).
      if (t.heading || !/[，,。；;！？!?]/.test(t.text)) continue;
      if (!intentionFromStart(t.text)) return;
      body++;
    }
    if (body > 0) s.role = 'plans';
  });
}

/** Short lines that are not headings: dates (落款), （略）/ 无, attachment notes. */
/**
 * Lines that are never a heading: a date, a blank marker, an attachment key, a bare number; and (session
 * 12) a row of a table flattened into text — cells split by ｜ / | / tab, or a line ending in a count with
 * its unit (1｜道德讲堂开讲｜132场): its numbers are the section's data, not a new section.
 */
const NOT_A_HEADING = /[｜|\t]|\d(?:\.\d+)?\s*[万千]?\s*(?:人次|人|场|次|个|处|家|户|份|条|元|名|期|件|起|所|座|台|辆|吨|米|公里|平方米|亩|盏|根|只|块|棵|株|间|本|册|张|篇|项|天|小时)$|\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^[（(]?(略|无|暂无|空白?)[）)]?[。.]?$|^附(件|表)?\s*\d*[：:]|^\d+$/;

/**
 * A line opening with a list item's mark (√ 主干道占道现象基本消除 / ● 青春驿站被群众称作“暖心站” / → 劝导整改2310起) is an
 * item of the list under the heading above it, never a heading of its own (session 15: it emptied 【成效】 above it).
 */
const LIST_ITEM = /^\s*(?:√|✓|✔|●|•|○|→|☑)/;

/**
 * Session 17: a caption (表1 各村站点建设情况 / 图2 / 附表3) labels a table or a figure inside its section; it opens no
 * section of its own, styled or not (it emptied 2.3 取得成效 above its table). Its words are read as a heading's are.
 */
const CAPTION = /^\s*(?:表|图|附表|附图)\s*\d+(?:[.．\-—－]\d+)*(?![\d份张个套页])(?=[\s：:、.．\u4e00-\u9fff]|$)/;

/**
 * Session 17: a decimal outline's heading (1.1 工作机制 / 2.3.1 村级站点; the space is gone once the text is
 * normalised): two levels or more, or one level not followed by a measure (1.5万人次参加 / 2.5小时 / 1.3月5日 are a
 * figure or a date, not a heading).
 */
const DECIMAL_HEADING = /^\s*\d{1,2}(?:[.．]\d{1,2}){2,3}\s*(?=[\u4e00-\u9fff])|^\s*\d{1,2}[.．]\d{1,2}(?![\d.．])\s*(?!万|千|百|亿|余|多|元|吨|米|公里|公斤|公顷|亩|倍|分钟|秒|小时|天|周|个|月|年|日|号|平方|立方|千克|克|斤|升|度|岁)(?=[\u4e00-\u9fff])/;
/** A heading's Arabic outline number (2 / 2. / 2、 / 2.3 / 2.3.1), if it opens with one. */
const ARABIC_NUMBER = /^\s*(\d{1,2}(?:[.．]\d{1,2}){0,3})(?=[、.．]?\s*[\u4e00-\u9fff])/;

/** A line shaped like a heading: short, no sentence punctuation inside or at its end. */
function headingShaped(line: string, max: number): boolean {
  return line.length <= max && !/[。；;！？!?]/.test(line.slice(0, -1)) && !/[。；;，,、：:]$/.test(line);
}

/** A short key:value line of a 清单式 report (依据文件：清档发〔2026〕5号): its key, colon included. */
function keyValue(line: string): string | null {
  const m = /^[^：:，,。；;、\s]{2,8}[：:](?=\s*[^\s])/.exec(line);
  return m && headingShaped(line, 16) && !NOT_A_HEADING.test(line) ? m[0] : null;
}

/** A lead that runs into its paragraph: 一、主体责任：本局… / 一是落实主体责任。本局… */
function runInLead(line: string): string | null {
  if (!NUMBERED.test(line)) return null;
  const m = /^[^：:。，,；;！？]{2,20}[：:。]/.exec(line);
  if (!m || m[0].length >= line.length) return null;
  return m[0];
}

/**
 * The longest sentence the element tests read: a longer run without 。！？； (a hostile file, an
 * unclosed 《 or quote, a pasted table) is cut at its last comma or 、 in the second half of the
 * window, else at the bound, so every per-sentence test works on bounded text. Real sentences of
 * the labelled corpus are far shorter.
 */
export const MAX_SENTENCE = 500;

const CJK_CHAR = '[\\u3400-\\u9fff]';
/** A half-width mark written by a hand that mixes punctuation: after a Chinese character (or %, a closing quote or bracket) and before one, a space or the end. */
const HALF_MARK = new RegExp(`(?<=(?:${CJK_CHAR}|[%”’）)》+])[ \\t]*)[.,;:!?](?=${CJK_CHAR}|[“‘（(《①-⑳\\s\\d]|$)`, 'g');
const FULL: Record<string, string> = { '.': '。', ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * Half-width punctuation in Chinese text (a grassroots unit's 开展活动3场.群众满意,效果好) as the
 * full-width marks the sentence and clause splitters and the element tests read. One character for
 * one, so offsets (and pages) stay. A '.' before a digit is a decimal or a date (3.5万、2026.3.5),
 * so only ',' ';' ':' '!' '?' are read before a digit; '.' only before Chinese, a bracket, a space or the end.
 */
export function fullWidthMarks(par: string): string {
  return straightQuotes(par).replace(HALF_MARK, (c, at: number) => (c === '.' && /\d/.test(par[at + 1] ?? '') ? c : FULL[c]!));
}

/**
 * Straight double quotes around Chinese ("文明餐桌"行动) as the curly pair the tests read (“文明餐桌”):
 * only when the paragraph holds an even number of them, each pair opening and closing in turn.
 */
function straightQuotes(par: string): string {
  if (!par.includes('"')) return par;
  const n = par.split('"').length - 1;
  if (n % 2 !== 0) return par;
  let open = true;
  return par.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
}

/**
 * An item of a list run into one paragraph without marks (①开展劝导②组织培训 / （1）…（2）…): a
 * new sentence starts at ②–⑳ and at （2）–（20） after a Chinese character.
 */
const INLINE_ITEM = new RegExp(`(?<=${CJK_CHAR})(?=[②-⑳]|[（(](?:[2-9]|1\\d|20)[）)]${CJK_CHAR})`, 'g');

/** 1.设置宣传栏2.组织培训 / 1、…2、…: an Arabic item number after Chinese, once the paragraph has had its item 1. */
const INLINE_NUMBER = new RegExp(`(?<=${CJK_CHAR})(?<!第)(?=(?:[2-9]|1\\d)[.、．]${CJK_CHAR})`, 'g');
const FIRST_NUMBER = new RegExp(`(?:^|[^\\d.])1[.、．]${CJK_CHAR}`);

/** Split a paragraph into sentences at 。！？；(keeping the mark); text inside 《》 or quotes is not split. */
export function splitSentences(raw: string): { text: string; offset: number }[] {
  const par = fullWidthMarks(raw);
  const items = new Set([...par.matchAll(INLINE_ITEM)].map((m) => m.index ?? 0));
  const first = FIRST_NUMBER.exec(par);
  if (first) for (const m of par.matchAll(INLINE_NUMBER)) if ((m.index ?? 0) > first.index) items.add(m.index ?? 0);
  const out: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < par.length; i++) {
    const c = par[i];
    if (items.has(i) && depth === 0 && i > start) {
      const s = par.slice(start, i).trim();
      if (s) out.push({ text: s, offset: start });
      start = i;
    }
    if (c === '《' || c === '“' || c === '「') depth++;
    else if ((c === '》' || c === '”' || c === '」') && depth > 0) depth--;
    else if (depth === 0 && /[。！？；;!?]/.test(c)) {
      while (i + 1 < par.length && /[”’）)」]/.test(par[i + 1])) i++;
      const s = par.slice(start, i + 1).trim();
      if (s) out.push({ text: s, offset: start });
      start = i + 1;
      continue;
    }
    if (i + 1 - start >= MAX_SENTENCE) {
      const window = par.slice(start, i + 1);
      const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','), window.lastIndexOf('、'));
      const end = comma >= MAX_SENTENCE / 2 ? start + comma + 1 : i + 1;
      const s = par.slice(start, end).trim();
      if (s) out.push({ text: s, offset: start });
      start = end;
      depth = 0;
    }
  }
  const rest = par.slice(start).trim();
  if (rest) out.push({ text: rest, offset: start });
  return out;
}

export interface SegmentInput {
  /** Normalised text: one paragraph per line. */
  text: string;
  /** Styled headings (.docx) as they appear in the text. */
  styled?: string[];
  pageAt?: (i: number) => number | undefined;
}

/**
 * A sentence announcing that what follows is a pledge, an appeal or a proposal (我们倡议： / 我公司郑重承诺： /
 * 为此建议： / 特提出如下建议：): the list after it tells intentions, not work done (session 14: mood). 根据群众
 * 建议： is not one (a basis); nor 建议如下。 closing a 请示's lead-in over its whole body.
 */
const ANNOUNCES = /(?:^|[，,。；;])(?:[^，,。；;：:]{0,16}?)(?<!根据|按照|采纳|吸纳|听取|收集|征求|结合|针对|群众|居民|代表|委员)(?:倡议|承诺|保证|建议|恳请|呼吁|请求|提议)(?:如下|以下)?[：:]\s*$/;

/**
 * Work told as done (了 / 已 / 全年 / 累计 / 共计 / 达到) or the unit acting again as the subject (我局组织…): no
 * pledge or proposal, the announced list has ended.
 */
const DONE_WORK = /了(?![解])|已(?:经)?(?![于在将])|全年|累计|共计|达到|提高到|提升到|增长到|^(?:我|本)(?:局|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇)(?!将|要|承诺|保证|倡议|建议|郑重)/;

/**
 * Session 18 (review17): a paragraph that is only a plans key (下一步打算： / 今后工作计划： / 下阶段重点：) announces plans to
 * what follows it in its section, as ANNOUNCES does for a pledge list: under 二、工作情况及下一步打算 (read sentence by
 * sentence) the aims after it (全县知晓率达到95%以上) are plans. Work told as done ends it (PLANS_KEY_DONE: 了 / 已 / 全年 …;
 * not 达到 / 提高到, the words of an aim), as does a heading.
 */
const PLANS_KEY = /^[（(]?[一二三四五六七八九十\d]{0,2}[)）、.．]?\s*(?:下一步|下步|下阶段|今后|接下来|明年|新的一年)(?:的)?(?:工作)?(?:打算|计划|安排|思路|重点|举措|措施|目标|设想)?[：:]\s*$/;
const PLANS_KEY_DONE = /了(?![解])|已(?:经)?(?![于在将])|全年|累计|共计|^(?:我|本)(?:局|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇)(?!将|要|承诺|保证|倡议|建议|郑重|计划|拟|力争|继续)/;

export function segment(input: SegmentInput): Segmented {
  const pageAt = input.pageAt ?? (() => undefined);
  const styled = new Set((input.styled ?? []).map((s) => s.trim()));
  const sections: TextSection[] = [{ heading: null, kind: null, level: 0, first: 0, end: 0 }];
  const sentences: TextSentence[] = [];
  // The sections that can still be a later section's parent (levels rising from the bottom): a
  // section hides every earlier one at its level or below. Searching all sections back for each
  // new one was quadratic: a 40 KB .docx of one 4,000-row table (a section per cell) ran > 120 s.
  const parents: TextSection[] = [];
  // After 我们倡议： / 郑重承诺： / 为此建议：, the list's items (lines, numbered items) are intentions up to the
  // next styled heading or a sentence that looks back (session 14).
  let announced = false;
  // The announcement is a plans key (下一步打算：): its list ends only on work told as done, not on 达到 (session 18).
  let keyedPlans = false;
  // The level of the section the announcement was made in: a heading at that level or above ends its list
  // (一、主要做法 … 我局发出倡议：1.… 2.… 二、取得成效: review, session 14).
  let announcedAt = 0;
  const announcedSections = new Set<number>();
  let itemLevel: number | null = null;
  // Session 17: the level of the last heading numbered 2 / 2.3 / …: a decimal-numbered heading (2.3, 2.3.1) sits one
  // step below the heading its number extends, so 2 取得成效's section holds 2.1 … 2.3.1 (how a decimal outline nests).
  const arabicLevels = new Map<string, number>();
  const open = (heading: string, kind: HeadingKind, at: number) => {
    let level = headingLevel(heading, kind);
    const number = ARABIC_NUMBER.exec(heading)?.[1]?.replace(/．/g, '.');
    if (number !== undefined) {
      const dot = number.lastIndexOf('.');
      if (dot >= 0) {
        const parentLevel = arabicLevels.get(number.slice(0, dot));
        level = parentLevel !== undefined ? parentLevel + 0.1 : 3 + 0.1 * number.split('.').length - 0.1;
      }
      arabicLevels.set(number, level);
    }
    // The first heading after the announcement is its first item; a heading above the items' level ends the list.
    if (announced && itemLevel === null) itemLevel = level;
    if (kind === 'styled' || (announced && ((level > 0 && level <= announcedAt) || level < (itemLevel ?? 0)))) announced = false;
    sections[sections.length - 1].end = sentences.length;
    const s: TextSection = { heading, kind, level, first: sentences.length, end: sentences.length };
    const p = pageAt(at);
    if (p !== undefined) s.page = p;
    // A sub-section of 存在问题 is about problems too.
    let parent: TextSection | undefined;
    if (s.level > 0) {
      while (parents.length && parents[parents.length - 1]!.level >= s.level) parents.pop();
      parent = parents[parents.length - 1];
    }
    // The first heading shaped as a title (关于测评反馈问题的整改说明) names the report's topic: it gives no role.
    const named = (sections.length === 1 && isTitleLine(heading, true) ? undefined : sectionRole(heading)) ?? parent?.role;
    const role = named ?? (announced ? 'plans' : undefined);
    if (role) s.role = role;
    if (!named && announced) announcedSections.add(sections.length);
    sections.push(s);
    if (s.level > 0) parents.push(s);
    // The heading's own words, kept for the elements it does not name ((一)开展经典诵读活动).
    const own: TextSentence = { text: heading, section: sections.length - 1, heading: true };
    if (p !== undefined) own.page = p;
    sentences.push(own);
  };
  const add = (text: string, at: number) => {
    const opening = sentences.length;
    // A paragraph that opens with 下一步 / 存在的问题 is about plans / problems to its end.
    let role: TextSentence['role'] = PARAGRAPH_PLANS.test(text) ? 'plans' : PARAGRAPH_PROBLEMS.test(text) ? 'problems' : undefined;
    // 测评内容：A；B；C。 — the criterion quoted after its key runs over its semicolons to the sentence's end.
    let quoting = role === undefined && PARAGRAPH_CRITERIA.test(text);
    let byAnnouncement = false;
    for (const s of splitSentences(text)) {
      if (quoting) {
        const sentence: TextSentence = { text: s.text, section: sections.length - 1, role: 'criteria' };
        const p = pageAt(at + s.offset);
        if (p !== undefined) sentence.page = p;
        sentences.push(sentence);
        if (!/[；;]\s*$/.test(s.text)) quoting = false;
        continue;
      }
      // 窗口推行延时服务，全年延时服务120次: work told as done ends the announced list (review, session 14).
      if (announced && (keyedPlans ? PLANS_KEY_DONE : DONE_WORK).test(s.text)) {
        announced = false;
        if (byAnnouncement) role = undefined;
        // An item heading of the list (1.不在车厢内饮食) gave its section the plans role: the work told under it is not.
        const current = sections[sections.length - 1];
        if (announcedSections.has(sections.length - 1) && current.role === 'plans') delete current.role;
      }
      if (announced && !role) {
        role = 'plans';
        byAnnouncement = true;
      }
      if (LOOKING_BACK.test(s.text)) announced = false;
      if (role === 'plans' && LOOKING_BACK.test(s.text)) role = undefined;
      // …满意度达到95.6%。不足之处是…: from the sentence that names a shortcoming on, problems.
      if (!role && PARAGRAPH_PROBLEMS.test(s.text)) role = 'problems';
      // Session 22 (genre22): …具体抓。下一步，我会拟于…；邀请…，年底前组织…: a sentence opening with 下一步 / 今后 inside its
      // paragraph turns the rest of the paragraph to plans, as one opening the paragraph does (the half after ； included).
      if (!role && sentences.length > opening && MIDDLE_PLANS.test(s.text)) role = 'plans';
      const sentence: TextSentence = { text: s.text, section: sections.length - 1 };
      if (role) sentence.role = role;
      const p = pageAt(at + s.offset);
      if (p !== undefined) sentence.page = p;
      sentences.push(sentence);
      if (ANNOUNCES.test(s.text) || PLANS_KEY.test(s.text)) {
        keyedPlans = !ANNOUNCES.test(s.text);
        announced = true;
        announcedAt = sections[sections.length - 1].level;
        itemLevel = null;
      }
    }
    if (sentences.length > opening) sentences[opening]!.opens = true;
  };
  let at = 0;
  for (const raw of input.text.split('\n')) {
    // Half-width marks read as full-width (one for one: offsets stay).
    const line = fullWidthMarks(raw);
    const isStyled = styled.has(raw) || styled.has(line);
    const lead = isStyled ? null : runInLead(line);
    if (CAPTION.test(line) && !(isStyled || (headingShaped(line, 16) && !NOT_A_HEADING.test(line) && !LIST_ITEM.test(line)))) add(line, at);
    else if (CAPTION.test(line)) {
      // Shaped as a heading, read as a heading's words are (a label, not a statement: 图1 整治前村口), inside the
      // section it stands in; a longer caption is read as a body line, as before.
      const caption: TextSentence = { text: line, section: sections.length - 1, heading: true };
      const p = pageAt(at);
      if (p !== undefined) caption.page = p;
      sentences.push(caption);
    }
    else if (isStyled) open(line, 'styled', at);
    else if ((NUMBERED.test(line) || DECIMAL_HEADING.test(line)) && headingShaped(line, 40)) open(line, 'numbered', at);
    else if (lead) {
      open(lead.replace(/[：:。]$/, ''), 'run-in', at);
      add(line.slice(lead.length), at + lead.length);
    } else if (keyValue(line) && sentences.length > 0 && !EMPTY_FIELD.test(line)) {
      // 依据文件：清档发〔2026〕5号 — a short key:value line: the key is a run-in heading, the whole line
      // is told under it (责任人：王建国 reads as one).
      open(keyValue(line)!.replace(/[：:]$/, ''), 'run-in', at);
      add(line, at);
    } else if (headingShaped(line, 16) && !NOT_A_HEADING.test(line) && !LIST_ITEM.test(line) && sentences.length > 0) open(line, 'line', at);
    else add(line, at);
    at += line.length + 1;
  }
  sections[sections.length - 1].end = sentences.length;
  plansByContent(sections, sentences);
  return { sections, sentences };
}
