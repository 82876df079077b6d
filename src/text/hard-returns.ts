/**
 * Paragraphs typed with a hard return at the end of every printed line (issue 11, session 11): a
 * clerk who presses Enter where the line wraps on paper makes each printed line a paragraph of the
 * .docx, so a 《》 title, a responsibility line (由局长负总责、分管副局长具体↵抓) or a number and its
 * unit (共计12↵场) is cut in two and no sentence test sees it. A PDF's layout joiner
 * (normalize.joinWrappedLines) joins lines by width; here the same text typed into Word is joined
 * by what the lines say, so .docx and PDF verdicts agree:
 *
 * - only in a document that is typed this way: at least three body lines, and a quarter of its
 *   lines, that stop without a closing mark and are not heading-, date-, signature- or
 *   key:value-shaped;
 * - a line is joined to the one before when that one stops without a closing mark (。！？；：…),
 *   is not the title (the first line), a styled or numbered heading line, a short key:value field
 *   (责任人：王建国) or a signature; and the line itself does not open a heading, a list item, a
 *   key:value field, a date or signature line.
 *
 * Page-number lines (— 2 —, -3-, 第 3 页 共 5 页) are dropped for every format by
 * normalize.dropPageNumbers, so a sentence a page break cut is joined across them too.
 */
import { BULLET_START, HEADING_START } from './normalize.js';

/** A line that stops a sentence or a clause-final lead-in: nothing continues it. */
const CLOSED = /[。！？；：!?;:…]["”’）)」』]*$/;
/** Numbered list items ⑴–⒇, ㈠–㈩, 1) and run-in enumerators (一是 / 首先) open a line of their own. */
const ITEM_START = /^(?:[⑴-⒇㈠-㈩]|\d{1,2}\)|[一二三四五六七八九十]+是|首先|其次|再次|最后)/;
/** A short key:value field of a form (填报单位：清河县文化和旅游局). */
const FIELD = /^[^：:，,。；;、\s]{2,8}[：:]/;
/** A date line of a sign-off (2026年11月23日 / 2026.11.23 / 二〇二六年十一月). */
const DATE_LINE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)\s*$/;
/** A signer: a unit or office name alone on its line (清河县商务局 / 县文明办（盖章）). */
const SIGNER = /^[^，,。；;：:、\s]{2,30}(?:局|委|办|室|站|所|院|校|园|馆|队|中心|公司|委员会|政府|街道|社区|村|部|会|团|组|处|科|股)(?:[（(](?:盖章|章|签章)[）)])?$/;
/**
 * A message's envelope lines (session 15): a chat turn's header (县文明办-周敏　2026-03-12 09:30), a chat forward's
 * banner ([转发的聊天记录] …), a file posted or attached ([文件] 台账.xlsx 26KB). Each is a line of its own, never
 * part of a sentence: glued together they made the group's request and the sender's signature one sentence.
 */
const ENVELOPE = /^[^，,。；;：:！？!?]{2,40}?\s*(?:\d{4}\s*[-/年.]\s*)?\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?\s*(?:上午|下午|晚上|中午|早上)?\s*\d{1,2}:\d{2}(?::\d{2})?$|^[［\[【]\s*(?:转发的聊天记录|聊天记录|文件|附件|图片|钉钉[^］\]】]{0,12})\s*[］\]】]|\.(?:docx?|pdf|xlsx?|wps|pptx?|zip|rar|jpe?g|png)\s*[(（]?\s*[\d.]+\s*[KkMm]B\s*[)）]?$/i;

/**
 * Session 26 (visits26): a chat export's turn opening with its timestamp and its sender (2026-05-08 18:00 村主任 卜红军：今天… /
 * 2026-05-08 18:00 村主任-卜红军：收到) is a message of its own. Messages stop without a closing mark (收到 / …[图片]), so glued as
 * printed lines a whole group's export ran into a few sentences, and one member's words (村里妇女自发成立了… / 下周再说) silenced
 * what the others reported done. A schedule's times (9:00 开幕；9:15 …) carry no date and no sender: not turns.
 */
const CHAT_TURN = /^[［\[【]?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[］\]】]?\s*\d{1,2}:\d{2}(?::\d{2})?[］\]】]?\s*[^：:，,。；;！？!?\s]{1,16}(?:\s*[-—·\s]\s*[^：:，,。；;！？!?\s]{1,10})?\s*[：:]/;

/**
 * Brackets a line opens and does not close (session 16): a 《title》, a （文号） or a “quoted name” cut by the printed line's
 * end (县安委会《关于开展…“九小场所”↵消防安全专项整治的通知》（清安委办↵【2026】7号）). A line leaving one open runs on into the
 * next; a line with a bracket of another line's in it (…的通知》（清安委办) is a piece of running text, never a signer or a
 * heading, whatever word it ends in.
 */
const PAIRS: [string, string][] = [['《', '》'], ['（(', '）)'], ['“', '”'], ['〔', '〕'], ['【', '】'], ['［', '］']];
/** Full- and half-width brackets are one pair (（清安委办〔2026〕7号) closes). */
const count = (line: string, cs: string) => [...cs].reduce((n, c) => n + line.split(c).length - 1, 0);
const leavesOpen = (line: string) => PAIRS.some(([a, b]) => count(line, a) > count(line, b));
const unbalanced = (line: string) => PAIRS.some(([a, b]) => count(line, a) !== count(line, b));

/** Heading-shaped: short, no mark inside. */
const SHORT_HEADING = /^[^。，,；;！？!?：:、]{1,16}$/;

/**
 * A numbered heading of two phrases (一、认清形势，增强责任感 / 二、立足当前，任务十分繁重: session 18, a speech's parts) holds a
 * comma but stops far short of the document's lines: a line cut by a hard return runs to the printed line's width, so in
 * a document whose lines are mostly long, a numbered line of at most 20 characters and of at most 0.6 of the upper quartile
 * of its line lengths (the printed width, when it is hard-returned) with no sentence mark is a heading. Glued onto its paragraph it took the document's structure away (任务十分繁重要在…
 * read 重要) and, three such headings in a short speech, made the whole text read as hard-returned. In a narrow column
 * (lines of 20 characters: （三）开通“阳光热线”，由县心理咨询中心↵专业人员…) such a line is a printed line and is joined.
 */
function commaHeadingMax(lines: string[]): number {
  const lengths = lines
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.length)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return Math.min(20, Math.floor(0.6 * lengths[Math.floor(lengths.length * 0.75)]!));
}

function heading(line: string, commaMax = 0): boolean {
  if (HEADING_START.test(line) && line.length <= 40 && !/[。；;！？!?，,]/.test(line) && !leavesOpen(line)) return true;
  if (HEADING_START.test(line) && line.length <= commaMax && !/[。；;！？!?：:、，,]$/.test(line) && !/[。；;！？!?]/.test(line) && !leavesOpen(line)) return true;
  return false;
}

/**
 * An item of a poster or infographic (session 18, 一图读懂 / 海报): a line opening with an arrow or a list mark the joiner's
 * BULLET_START does not hold (→ 推动餐饮单位后厨加装摄像头 / ▲ / ◆ / ➢), or a line of cells split by ｜ (原创节目16个｜巡演98场),
 * is an item of its own, never a printed line cut short: glued together, a whole poster became one sentence, and one item's
 * 自发 or 明显减少 silenced its neighbours' measures.
 */
const ITEM_MARK = /^\s*(?:→|➢|➤|▲|△|▸|◎|✔|⇒)/;
const CELLS = /｜/;

/**
 * Session 25 (precision25): a slide's or a printed page's number opening its line (第4页　二、家长怎么做 / 第6页　家长的反馈), as a
 * 课件's text is typed: the slide starts there, and its title line, holding no sentence mark, continues nothing — glued, a whole
 * deck ran into a few sentences and a slide's outcome read as the title's words. (第 3 页 共 5 页 is a page-number line, dropped.)
 */
const SLIDE = /^第\s*[\d一二三四五六七八九十]{1,3}\s*页(?!\s*[共\/])/;

/** A line that continues nothing and that nothing should be glued onto. */
function standsAlone(line: string): boolean {
  return (
    HEADING_START.test(line) ||
    SLIDE.test(line) ||
    BULLET_START.test(line) ||
    ITEM_MARK.test(line) ||
    CELLS.test(line) ||
    ITEM_START.test(line) ||
    (FIELD.test(line) && !/[。，,；;]/.test(line.slice(0, 12))) ||
    DATE_LINE.test(line) ||
    (SIGNER.test(line) && !unbalanced(line)) ||
    ENVELOPE.test(line) ||
    CHAT_TURN.test(line)
  );
}

/** The line stops without a closing mark and reads as a piece of running text (not a heading, date, field or signer). */
function openEnded(line: string, styled: Set<string>, commaMax = 0): boolean {
  if (line === '' || styled.has(line)) return false;
  if (leavesOpen(line)) return true;
  if (CLOSED.test(line) || heading(line, commaMax) || CELLS.test(line)) return false;
  if (SLIDE.test(line) && !/[。；;！？!?，,]/.test(line)) return false;
  if (DATE_LINE.test(line) || (SIGNER.test(line) && !unbalanced(line)) || ENVELOPE.test(line)) return false;
  if (FIELD.test(line) && line.length <= 20) return false;
  return true;
}

/** The document is typed with a hard return per printed line. */
function hardWrapped(lines: string[], styled: Set<string>, commaMax: number): boolean {
  let open = 0;
  let body = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l === '' || styled.has(l)) continue;
    body++;
    if (openEnded(l, styled, commaMax) && !SHORT_HEADING.test(l) && i + 1 < lines.length && !standsAlone(lines[i + 1])) open++;
  }
  return open >= 3 && open * 4 >= body;
}

/** Join the printed lines of a hard-returned document back into its paragraphs; any other text is returned unchanged. */
export function joinHardReturns(text: string, styledHeadings: Iterable<string> = []): string {
  const lines = text.split('\n').map((l) => l.trim());
  const styled = new Set(styledHeadings);
  const commaMax = commaHeadingMax(lines);
  if (!hardWrapped(lines, styled, commaMax)) return text;
  const out: string[] = [];
  let last = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const join =
      out.length > 0 &&
      // The title (first line) is not glued onto the first line of the body.
      !(i === 1 && !/[，,、]$/.test(last)) &&
      line !== '' &&
      !styled.has(line) &&
      openEnded(last, styled, commaMax) &&
      !standsAlone(line) &&
      // A signer's line directly above the date: the last lines of a report stay apart.
      !(DATE_LINE.test(lines[i + 1] ?? '') && !/[。，,；;]/.test(line));
    if (join) out[out.length - 1] += (/[A-Za-z]$/.test(last) && /^[A-Za-z]/.test(line) ? ' ' : '') + line;
    else out.push(line);
    last = line;
  }
  return out.join('\n');
}
