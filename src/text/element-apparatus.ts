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
const CONTACT_KEY = /^[（(]?(?:联系人|联系电话|联系方式|电话|传真|邮箱|电子邮箱|地址|邮编)\s*[：:]/;
const CONTACT_KEYS = /(?:联系人|联系电话|联系方式|电话|手机|传真|邮箱|电子邮箱|地址|邮编)\s*[：:]|(?:联系电话|电话|手机)(?=\s*[\d(（])/g;
/** What a contact line holds after its keys: a name (with its office), a telephone number, an e-mail, an address. */
const CONTACT_PART = /^(?:[\d\s\-－—+()（）转/]+|[\w.\-]+@[\w.\-]+|[\u4e00-\u9fff·（）()]{1,12}(?:\s*[\d\-－—+()（）转/]{7,})?|[^，,；;。\d]{0,30}(?:路|街|号|楼|室))$/;
/** Work told, not a contact: 联系人：各科室确定1名联系人，负责… / 电话：12345热线受理诉求320件. */
const WORK = /负责|开展|组织|受理|办结|确定|建立|设立|完成|举办|实施|推进|落实|处理|活动|热线/;
/** The 印发 line: an office and a date (清河县交通运输局办公室　2026年11月20日印发), no title or verb before it. */
const ISSUED_LINE = /^[^，,。；;：:《》“”"了于已]{2,30}?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$/;
const THIS_DOC = /^[（(]此件[^）)]{1,12}[）)]$/;

/** 附件：… opens the attachment list; the numbered short lines right after it are its items. */
const ATTACHMENT_KEY = /^附件\s*[\d一二三四五六七八九十]*\s*[：:]/;
const ATTACHMENT_ITEM = /^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.．、]\s*[^。；;！？!?]{1,40}$/;

/** A line of the body: a sentence mark or a numbered heading (一、 / （一）). The document's head ends at the first. */
const BODY = /[。；;！？!?，,]|^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十\d]+[）)]/;
/** A key citing documents (依据文件： / 主要依据：): the 文号 lines under it are documents cited. */
const CITING_KEY = /(?:依据|根据|按照|文件)[^：:]{0,8}[：:]\s*$/;

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
  const own = new Set<number>();
  const attachments = new Set<number>();
  let inAttachments = false;
  let head = true;
  seg.sentences.forEach((s, i) => {
    const t = s.text.trim();
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
    if (number || LIST_KEY.test(t) || contactLine(t) || ISSUED_LINE.test(t) || THIS_DOC.test(t)) own.add(i);
    else if (head && BODY.test(t)) head = false;
  });
  return { own, attachments };
}
