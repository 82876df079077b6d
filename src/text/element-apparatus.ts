/**
 * A document's own apparatus (session 14, issue 11 "what counts as an element"): the parts of a 公文
 * that carry the document itself rather than what it tells — its own 文号 above or below the title
 * (清交发〔2026〕33号, with or without 签发人), 签发人, 主送, 抄送 / 抄报, the 印发 line, the 附件 list and
 * the items under it, 联系人 / 联系电话. None is evidence of any element: the document's own number is
 * not a document it cites, a 签发人 is not a person put in charge, a contact's telephone is not data,
 * an attachment's name (培训登记表) is not a measure. Recognised by the line's shape alone: a line that
 * is nothing but its key and value (or nothing but a 文号), never a sentence that merely mentions one
 * (依据：清红发〔2026〕2号 cites a document; 根据县文明办〔2026〕3号文件 is running text).
 *
 * Review (session 14): the shape alone also fits lines of the body, so each is bounded —
 * - a bare 文号 line is the document's own only in its head (before any body sentence or numbered
 *   heading) and not after a citing key (依据文件：); a line with a citing verb (贯彻县文明办〔2026〕3号 /
 *   我局严格落实…〔2026〕3号) cites, wherever it is;
 * - the 印发 line is an office and a date: 《…方案》2026年3月5日印发 tells a document issued;
 * - a 联系人 / 电话 line holds names, numbers and contact keys only: 联系人：各科室确定1名联系人，负责… is body;
 * - an attached plan or notice (附件：1.《…实施方案》 / 附件1：清信用办〔2026〕1号文件) is still a document
 *   cited: the list is no evidence of the other elements only (Apparatus.attachments).
 */
import type { Segmented } from './sections.js';

/**
 * A message's envelope (session 15, issue 11 "what counts as an element"): a report pasted into a mail or a chat
 * forward travels with text that is not the report — the mail header (发件人 / 收件人 / 抄送 / 主题 / 发送时间 and the
 * files it carries), the earlier message a reply quotes at its end (-----原始邮件----- / 在…写道： / > lines: the
 * addressee's request, 请主要负责同志亲自把关), files posted in a chat ([文件] ….docx 31KB), and in a chat the turns of
 * everyone but the one who posted the report (the group's 请各单位… and its 收到). None is the unit telling its work:
 * none is evidence of any element. A file attached by its file name (《…方案》.docx 18KB) is a file sent, not a
 * document the report cites. A forward's own header block (-------- 转发邮件信息 --------, 发件人：…) is envelope too;
 * the forwarded report under it is the report.
 */
const MAIL_KEY = /^[\s"“]*(?:发件人|收件人|抄送人?|密送|主题|发送时间|发件时间|日期|时间|附件|From|To|Cc|Date|Sent|Subject)\s*[：:]/i;
/** A file named with its extension (and often its size): 活动台账.xlsx (26KB). */
const FILE_NAME = /[^\s，,；;。：:]{1,60}\.(?:docx?|pdf|xlsx?|wps|et|pptx?|zip|rar|7z|jpe?g|png)(?![a-z])/i;
/** A line holding nothing but file names (with sizes), after a file key ([文件] / 附件：) or none. */
const FILE_LINE = /^(?:[［\[]\s*(?:文件|附件|图片)\s*[］\]]|附件\s*[：:])?(?:\s*[^；;。，,]{1,60}?\.(?:docx?|pdf|xlsx?|wps|et|pptx?|zip|rar|7z|jpe?g|png)\s*(?:[(（]?\s*[\d.]+\s*[KkMm]?B\s*[)）]?)?\s*[；;，,、]?)+$/i;
/**
 * A row of a 填报表 whose last cell names its evidence file (制定实施方案｜康复就业股｜印发《…方案》｜方案.pdf, or in a PDF
 * with its cells run together: …股转发《…办法》通知.pdf): the row tells work done, the file is only its 佐证材料 (session 16).
 * A file's own name holds no table cell mark and no verb citing or issuing the title in it (《…方案》.docx 18KB is a file).
 */
const TOLD_BEFORE_FILE = /[｜|]|(?:制定|制订|印发|转发|下发|出台|制发|依据|根据|按照|对照|落实|执行|贯彻)了?《/;
/**
 * The quoted earlier message closing a reply: -----原始邮件----- / 在2026年3月16日 09:11，“…”<…> 写道： / Original Message.
 * 写道： opens a quoted mail only with its date, time or address: 一位老党员在留言簿上写道： quotes a reader in the report
 * (review, session 15).
 */
const QUOTE_START = /^[-—–=\s]*(?:原始邮件|Original Message)[-—–=\s]*$|(?:\d{1,2}:\d{2}|@|\d{4}\s*年|\d{4}[-/.]\d{1,2})[^。！？!?]*写道\s*[：:]$|wrote\s*:$/i;
const QUOTED_LINE = /^\s*[>＞]/;
/** A chat turn's header: who posted it and when (县文明办-周敏　2026-03-12 09:30 / 北关社区-郝强　3月24日 下午4:10). */
const TURN = /^([^，,。；;：:！？!?\d]{2,40}?)\s*(?:\d{4}\s*[-/年.]\s*)?\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?\s*(?:上午|下午|晚上|中午|早上)?\s*\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * Indices of a message's envelope (see above). Chat turns count only where two speakers or more take turns: the one
 * who posted the most text posted the report, the others' turns are envelope.
 */
function envelopeLines(seg: Segmented): Set<number> {
  const out = new Set<number>();
  const texts = seg.sentences.map((s) => s.text.trim());
  // A reply quotes the shorter earlier message under its own text; where the quoted message is the bulk of the text
  // (a forward with a cover note: 河道管理股材料，转上。-------- Original Message -------- …) it is the report.
  const quoteAt = texts.findIndex((t) => QUOTE_START.test(t));
  const length = (from: number, to: number) => texts.slice(from, to).reduce((n, t) => n + t.length, 0);
  let quoted = false;
  let header = false;
  const speakerOf: (string | null)[] = [];
  const volume = new Map<string, number>();
  let speaker: string | null = null;
  texts.forEach((t, i) => {
    if (quoted || QUOTED_LINE.test(t) || (i === quoteAt && length(i, texts.length) < length(0, i))) {
      // A reply's quoted message runs to the end of the text; a > line is quoted wherever it stands.
      if (!QUOTED_LINE.test(t)) quoted = true;
      out.add(i);
      speakerOf.push(null);
      return;
    }
    if (QUOTE_START.test(t) || /^[-—–=\s]*(?:转发邮件信息|转发的邮件|Forwarded message)[-—–=\s]*$/i.test(t)) {
      out.add(i);
      speakerOf.push(null);
      return;
    }
    // A mail header block: opened by 发件人：, each line a key and its value with no sentence in it.
    if (/^[\s"“]*(?:发件人|From)\s*[：:]/i.test(t)) header = true;
    if (header && MAIL_KEY.test(t) && !/[。！？!?]/.test(t)) {
      out.add(i);
      speakerOf.push(null);
      return;
    }
    header = false;
    if (FILE_LINE.test(t) && FILE_NAME.test(t) && !TOLD_BEFORE_FILE.test(t)) out.add(i);
    const turn = TURN.exec(t);
    // A turn's header names its speaker by unit and person (县文明办-周敏 / 人社局就业股 高峰); a row of a schedule or a
    // register (升旗仪式 3月5日 8:00 / 社区清洁 3月12日 15:00) names an activity in one word and is no turn (review, session 15).
    if (turn && /\S[-—–－·\s　]+\S/.test(turn[1]!.trim())) {
      speaker = turn[1]!.replace(/\s+/g, ' ').trim();
      out.add(i);
      speakerOf.push(null);
      return;
    }
    speakerOf.push(speaker);
    if (speaker !== null) volume.set(speaker, (volume.get(speaker) ?? 0) + t.length);
  });
  if (volume.size >= 2) {
    // The report's own unit posted it: a speaker the title names (北关社区-郝强 under 北关社区关于…) before the one who
    // posted the most (a county office's long notice is not the report: review, session 15).
    const title = texts[0] ?? '';
    const named = [...volume.keys()].filter((sp) => {
      // Session 40: any county's name before 县 (平湖县统计局-李明 under 县统计局关于…), not only the demo's 清河.
      const org = sp.split(/[-—–－·\s　]+/)[0]!.replace(/^(?:[\u4e00-\u9fff]{2,3}县|县)/, '');
      return org.length >= 2 && title.includes(org);
    });
    const poster = named.length === 1 ? named[0]! : [...volume.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    speakerOf.forEach((sp, i) => {
      if (sp !== null && sp !== poster) out.add(i);
    });
  }
  return out;
}

/** Brackets around the year, as real documents write them. */
const OPEN = '〔［\\[【(（﹝';
const CLOSE = '〕］\\]】)）﹞';
/** Words that cite a document: a line holding one is running text, never the document's own number. */
const CITES = '依据|根据|按照|遵照|依照|参照|对照|贯彻|落实|执行|结合|转发|传达|学习|印发|下发|我|本';
const OWN_NO = `(?![^${OPEN}]*(?:${CITES}))[\\u4e00-\\u9fffA-Za-z]{1,16}\\s*[${OPEN}]\\s*(?:19|20)\\d{2}\\s*[${CLOSE}]\\s*第?\\s*\\d{1,5}\\s*号`;
const SIGNER = '签发人\\s*[：:]\\s*[\\u4e00-\\u9fff·]{2,8}';

/** A line that is only a 文号 and/or a 签发人 (in either order): the document's own number. */
const NUMBER_LINE = new RegExp(`^(?:${OWN_NO}(?:\\s*${SIGNER})?|${SIGNER}(?:\\s*${OWN_NO})?)\\s*$`);
const WITH_SIGNER = /签发人/;

/** The keys of the 版记 and the 发文 header whose value is a list of bodies: 抄送：… / 主送：…. */
const LIST_KEY = /^[（(]?(?:抄送|抄报|主送|分送|报送单位|发送)\s*[：:]/;
/** Contact keys: their line is apparatus only when it holds nothing but names, numbers and such keys. */
// Who filled in or checked a form and when (填报人：孙某（公共服务股） / 审核人： / 填报时间：2026年4月6日, session 16): the
// form's own apparatus, not who is in charge of the work.
// Session 19 (a draft's routing lines): who sent, checked, approved, drafted or edited the paper (报送：办公室 联系人：孔科员 /
// 报送人：办公室主任 蒋欣 / 审核：张科长 / 签发：韩卫东　审核：苗建军　编辑：刘静) handled the document, not the work: with nothing but
// names and offices after the keys, the line is the document's apparatus. 审核：宣传科对…进行了复核 (work told) stays body.
const ROUTING = '报送人?|报送单位|审核|审定|审稿|核稿|拟稿人?|起草人?|撰稿人?|签发|编辑|责任编辑|校对';
const CONTACT_KEY = new RegExp(`^[（(]?(?:联系人|联系电话|联系方式|电话|传真|邮箱|电子邮箱|地址|邮编|填报人|填表人|审核人|经办人|制表人|统计人|${ROUTING})\\s*[：:]`);
const CONTACT_KEYS = new RegExp(`(?:联系人|联系电话|联系方式|电话|手机|传真|邮箱|电子邮箱|地址|邮编|填报人|填表人|审核人|经办人|制表人|统计人|填报时间|填报日期|填表时间|填表日期|报送时间|报送日期|${ROUTING})\\s*[：:]|(?:联系电话|电话|手机)(?=\\s*[\\d(（])`, 'g');
/** What a contact line holds after its keys: a name (with its office), a telephone number, an e-mail, an address. */
const CONTACT_PART = /^(?:[\d\s\-－—+()（）转/]+|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|[\w.\-]+@[\w.\-]+|[\u4e00-\u9fff·（）()]{1,12}(?:\s*[\d\-－—+()（）转/]{7,})?|[^，,；;。\d]{0,30}(?:路|街|号|楼|室))$/;
/** Work told, not a contact: 联系人：各科室确定1名联系人，负责… / 电话：12345热线受理诉求320件. */
const WORK = /负责|开展|组织|受理|办结|确定|建立|设立|完成|举办|实施|推进|落实|处理|活动|热线/;
/** The 印发 line: an office and a date (清河县交通运输局办公室　2026年11月20日印发), no title or verb before it. */
const ISSUED_LINE = /^[^，,。；;：:《》“”"了于已]{2,30}?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$/;
const THIS_DOC = /^[（(]此件[^）)]{1,12}[）)]$/;

/** 附件：… opens the attachment list; the numbered short lines right after it are its items. */
// Session 57 (set 52's 38308): 附： as 附件： (附：城区15个小区水箱清洗消毒及检测情况汇总表（按小区列明…）).
const ATTACHMENT_KEY = /^附(?:件\s*[\d一二三四五六七八九十]*)?\s*[：:]/;
const ATTACHMENT_ITEM = /^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.．、]\s*[^。；;！？!?]{1,40}$/;

/** A line of the body: a sentence mark or a numbered heading (一、 / （一）). The document's head ends at the first. */
const BODY = /[。；;！？!?，,]|^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十\d]+[）)]/;
/** A key citing documents (依据文件： / 主要依据：): the 文号 lines under it are documents cited. */
const CITING_KEY = /(?:依据|根据|按照|文件)[^：:]{0,8}[：:]\s*$/;

/**
 * Session 22 (genre22): a form's signature fields (经办人：万佳　科室负责人：刘阳　分管领导签字：潘立新　主要领导签字：康毅 / 单位负责人
 * （签字）：…): who signed the form, not who is in charge of the work. The line holds nothing but keys and their names or dates,
 * and one key at least is a signature's (…签字 / …签名 / 签批 / 经办人 / 填报人 / 审核人); a 负责人 key alone (项目负责人：副局长
 * 张伟) is the assignment it states.
 */
const SIGNING_KEY = /签字|签名|签批|签章|^经办人|^填报人|^填表人|^审核人/;
/** A field's key: who signs (…人 / …领导 / …负责人, with （签字）) or when. */
const FIELD_KEY = '[\\u4e00-\\u9fff]{1,8}?(?:人|领导|签字|签名|签批|签章|盖章|日期|时间)(?:[（(]\\s*(?:签字|签名|签章|盖章)\\s*[）)])?';
/** What a field holds: a name, or a date; spaces between fields may have been taken out with the text's normalising. */
const FIELD_VALUE = '(?:[\\u4e00-\\u9fff·]{2,4}?|(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2})?';
const SIGNATURE_LINE = new RegExp(`^(?:\\s*${FIELD_KEY}\\s*[：:]\\s*${FIELD_VALUE}[\\s　，,；;]*){2,}$`);
const ONE_FIELD = new RegExp(`^\\s*${FIELD_KEY}\\s*[：:]\\s*${FIELD_VALUE}\\s*$`);
/** Signature fields one to a line (经办人：刘晓燕 / 科室负责人：孙立群 / 分管领导签字：韩志刚 / 主要领导签字：): the block, with a signing key in it. */
function signatureBlocks(seg: Segmented): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2 && run.some((i) => /签字|签名|签批|签章/.test(seg.sentences[i]!.text) || /^\s*(?:经办人|填报人|填表人|审核人)/.test(seg.sentences[i]!.text))) for (const i of run) out.add(i);
    run = [];
  };
  seg.sentences.forEach((s, i) => {
    // A key:value line is read as a run-in heading (its key) over the line: the key's heading stays in the run.
    const next = seg.sentences[i + 1];
    if (s.heading && next !== undefined && next.text.startsWith(s.text.trim()) && ONE_FIELD.test(next.text)) run.push(i);
    else if (ONE_FIELD.test(s.text)) run.push(i);
    else close();
  });
  close();
  return out;
}
function signatureLine(t: string): boolean {
  if (!SIGNATURE_LINE.test(t)) return false;
  const keys = t.split(/[：:]/).slice(0, -1);
  return keys.some((k) => SIGNING_KEY.test(k.replace(/^[\u4e00-\u9fff·]{2,4}?(?=[\u4e00-\u9fff]{1,8}(?:人|领导|签字|签名))/, '')) || /签字|签名|签批|签章/.test(k));
}

function contactLine(t: string): boolean {
  if (!CONTACT_KEY.test(t) || WORK.test(t)) return false;
  const parts = t
    .replace(/^[（(]/, '')
    .replace(/[）)。]\s*$/, '')
    .replace(CONTACT_KEYS, '|')
    .split(/[|，,；;、]|\s{2,}|　/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.every((p) => CONTACT_PART.test(p));
}

export interface Apparatus {
  /** Lines of the document's own apparatus: no evidence of any element. */
  own: Set<number>;
  /** The 附件 list: no evidence of any element but 部署文件 (an attached plan is a document cited). */
  attachments: Set<number>;
}

/** Indices of the sentences that are the document's own apparatus, and of its 附件 list. */
export function apparatusLines(seg: Segmented): Apparatus {
  const own = envelopeLines(seg);
  const signatures = signatureBlocks(seg);
  const attachments = new Set<number>();
  let inAttachments = false;
  let head = true;
  seg.sentences.forEach((s, i) => {
    const t = s.text.trim();
    if (own.has(i)) return;
    const before = i > 0 ? seg.sentences[i - 1]!.text.trim() : '';
    if (ATTACHMENT_KEY.test(t)) {
      attachments.add(i);
      inAttachments = true;
      return;
    }
    if (inAttachments && !s.heading && ATTACHMENT_ITEM.test(t)) {
      attachments.add(i);
      return;
    }
    inAttachments = false;
    const number = NUMBER_LINE.test(t) && (WITH_SIGNER.test(t) || (head && !CITING_KEY.test(before)));
    if (number || LIST_KEY.test(t) || contactLine(t) || signatureLine(t) || signatures.has(i) || ISSUED_LINE.test(t) || THIS_DOC.test(t)) own.add(i);
    else if (head && BODY.test(t)) head = false;
  });
  return { own, attachments };
}
