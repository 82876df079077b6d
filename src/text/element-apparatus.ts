/**
 * A document's own apparatus (session 14, issue 11 "what counts as an element"): the parts of a 公文
 * that carry the document itself rather than what it tells — its own 文号 above or below the title
 * (清交发〔2026〕33号, with or without 签发人), 签发人, 主送, 抄送 / 抄报, the 印发 line, the 附件 list and
 * the items under it, 联系人 / 联系电话. None is evidence of any element: the document's own number is
 * not a document it cites, a 签发人 is not a person put in charge, a contact's telephone is not data,
 * an attachment's name (培训登记表) is not a measure. Recognised by the line's shape alone: a line that
 * is nothing but its key and value (or nothing but a 文号), never a sentence that merely mentions one
 * (依据：清红发〔2026〕2号 cites a document; 根据县文明办〔2026〕3号文件 is running text).
 */
import type { Segmented } from './sections.js';

/** Brackets around the year, as real documents write them. */
const OPEN = '〔［\\[【(（﹝';
const CLOSE = '〕］\\]】)）﹞';
const OWN_NO = `[\\u4e00-\\u9fffA-Za-z]{1,16}\\s*[${OPEN}]\\s*(?:19|20)\\d{2}\\s*[${CLOSE}]\\s*第?\\s*\\d{1,5}\\s*号`;
const SIGNER = '签发人\\s*[：:]\\s*[\\u4e00-\\u9fff·]{2,8}';

/** A line that is only a 文号 and/or a 签发人 (in either order): the document's own number. */
const NUMBER_LINE = new RegExp(`^(?:${OWN_NO}(?:\\s*${SIGNER})?|${SIGNER}(?:\\s*${OWN_NO})?)\\s*$`);

/**
 * A key line of the 版记 or the 发文 header: 抄送：… / 主送：… / 联系人：… / 联系电话：… / …（联系人：…）, and
 * the 印发 line (清河县交通运输局办公室　2026年11月20日印发).
 */
const KEY_LINE =
  /^[（(]?(?:抄送|抄报|主送|分送|报送单位|发送|联系人|联系电话|联系方式|电话|传真|邮箱|电子邮箱|地址|邮编)\s*[：:]|^[^，,。；;：:]{2,30}?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$|^[（(]此件[^）)]{1,12}[）)]$/;

/** 附件：… opens the attachment list; the numbered short lines right after it are its items. */
const ATTACHMENT_KEY = /^附件\s*[\d一二三四五六七八九十]*\s*[：:]/;
const ATTACHMENT_ITEM = /^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.．、]\s*[^。；;！？!?]{1,40}$/;

/** Indices of the sentences that are the document's own apparatus. */
export function apparatusLines(seg: Segmented): Set<number> {
  const out = new Set<number>();
  let inAttachments = false;
  seg.sentences.forEach((s, i) => {
    const t = s.text.trim();
    if (ATTACHMENT_KEY.test(t)) {
      out.add(i);
      inAttachments = true;
      return;
    }
    if (inAttachments && !s.heading && ATTACHMENT_ITEM.test(t)) {
      out.add(i);
      return;
    }
    inAttachments = false;
    if (NUMBER_LINE.test(t) || KEY_LINE.test(t)) out.add(i);
  });
  return out;
}
