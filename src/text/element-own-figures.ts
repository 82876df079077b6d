/**
 * Session 23 (apparatus23, issue 11 "what counts as an element"; the twenty-first set's ruling): a document's own figures are
 * its apparatus, no evidence — its own number is not a document it cites, and the counts of its own folder are not data of
 * the unit's work.
 *
 * - A 文号 is the document's own when it fills a field of the form (a key naming a number, with its colon: 编号： / 文号： /
 *   案号： / 呈批件编号： / 阅办单编号： / 督办单编号：, or a decision's key: 处罚决定： / 决定书：), or when it numbers a decision
 *   the unit made in a case (作出清林罚〔2026〕3号决定), or when its code is a penalty decision's (清农罚〔2026〕6号: a
 *   行政处罚决定书 is numbered …罚〔year〕N号). A number after a citing word or a 《title》 in its field (依据文件编号：… /
 *   《…方案》（文号：…） / 文号是…) is the document cited, and stays; so does a reply's 督办单编号： (the superior's form it
 *   answers, grey by the nineteenth set's ruling).
 * - A count of 份 / 页 / 盒 / 册 / 卷 / 张 / 组 / 本 / 套 / 袋 / 件 is the folder's own when it counts the materials handed
 *   over or attached: on a line keyed as them (报送资料：… / 盒内资料：… / 资料形式：… / 档案盒：…, with the sentences its
 *   semicolons run on to), under a heading naming them (一、移交资料 / 资料清单 / 报送资料明细: not the document's title), in a
 *   clause telling them packed or sent with the folder (装入档案盒1盒 / 刻录光盘1张随纸质资料一并移交), and a document's own
 *   copies (本清单一式两份). A count of leaflets handed out (发放宣传册2000册) has no such key, heading or verb: it stays data.
 */
import type { Segmented } from './sections.js';

/** A 文号 (agency, year in brackets, number, 号), as element-documents.ts reads one. */
const DOC_NO = '[\\u4e00-\\u9fffA-Za-z]{1,16}\\s*[〔［\\[【(（﹝]\\s*(?:19|20)?\\d{2}\\s*[〕］\\]】)）﹞]\\s*第?\\s*\\d{1,5}\\s*号';
/** A field's key naming a number (…编号： / …文号： / 案号：) or a decision (处罚决定： / 决定书：), and the 文号 filling it. */
const NUMBER_FIELD = new RegExp(`(?:编号|文号|字号|案号|决定书?)\\s*[：:]\\s*(${DOC_NO})`, 'g');
/** Before the key: a citing word or a title, so the field names the document cited (依据文件编号： / 《…》（文号：). */
const CITED_BEFORE = /(?:》\s*[（(]?|(?:依据|根据|按照|参照|遵照|依照|部署|文件|转发|印发|上级|来文文)[^，,。；;：:\s]{0,6})$/;
/**
 * The number of the superior's form a reply answers (督办单编号： / 交办单编号：): the 督办单 is another body's document the reply
 * quotes, its number grey by the nineteenth set's ruling; left as it was read before.
 */
const ANSWERED_FORM = /(?:督办|交办|转办|督查)[单件函]?$/;
/** A decision the unit made in a case, numbered: 作出清林罚〔2026〕3号决定 / 下达…号处罚决定书. */
const DECISION_MADE = new RegExp(`(?:作出|下达|送达|出具|制作)了?\\s*(${DOC_NO})(?=[^，,。；;]{0,8}决定)`, 'g');
/** A penalty decision's code: …罚〔2026〕6号 / …罚字〔2026〕6号. */
const PENALTY_NO = /[\u4e00-\u9fffA-Za-z]{0,14}罚字?\s*[〔［[【(（﹝]\s*(?:19|20)?\d{2}\s*[〕］\]】)）﹞]\s*第?\s*\d{1,5}\s*号/g;

const blank = (s: string) => '○'.repeat(s.length);

/** The text with the document's own numbers blanked (○, one for one): see above. */
export function maskOwnNumbers(text: string): string {
  if (!/号/.test(text)) return text;
  let out = text.replace(PENALTY_NO, blank);
  out = out.replace(NUMBER_FIELD, (m: string, no: string, at: number) => {
    const before = out.slice(Math.max(0, at - 12), at);
    if (CITED_BEFORE.test(before) || ANSWERED_FORM.test(before)) return m;
    return m.slice(0, m.length - no.length) + blank(no);
  });
  return out.replace(DECISION_MADE, (m: string, no: string) => m.slice(0, m.length - no.length) + blank(no));
}

/** What a folder holds. */
const MATERIALS = '(?:资料|材料|档案|台账|文件|附件|案卷|卷宗)';
/** A line keyed as the materials handed over or attached (报送资料： / 盒内资料： / 资料形式： / 档案盒：). */
const FOLDER_KEY = new RegExp(
  `^[（(]?[一二三四五六七八九十\\d]{0,2}[）)、.．]?\\s*(?:(?:报送|移交|交接|归档|盒内|随附|附送|提交|上报|所附|装盒)${MATERIALS}(?:清单|目录|明细|名称)?|${MATERIALS}(?:清单|目录|明细|形式|载体)|档案盒|盒内|光盘)\\s*[：:]`,
);
/** A heading naming the materials handed over (一、移交资料 / 资料清单 / 报送资料明细 / 移交清单). */
const FOLDER_HEADING = new RegExp(`(?:报送|移交|交接|归档|盒内|提交|上报|申报)${MATERIALS}|${MATERIALS}(?:清单|目录|明细)|(?:移交|交接|报送)(?:清单|明细|目录)`);
/** A clause telling the materials packed or sent with the folder (装入档案盒 / 刻录光盘 / 随纸质资料一并移交). */
const PACKED = /装入|装订|装盒|刻录|(?:一并|随[^，,。；;]{0,12})(?:移交|报送|上交|提交|报送)/;
/** What is packed or sent with the folder is its materials (装订宣传手册500册 is leaflets made: data). */
const PACKED_WHAT = new RegExp(`${MATERIALS}|光盘|U盘|档案盒`);
/** A count of the folder's materials. */
const FOLDER_COUNT = /(?<![\d.．第])\d+\s*(?:份|页|盒|册|卷|张|组|本|套|袋|件)|(?<![第一二三四五六七八九十两])[一二两三四五六七八九十]+\s*(?:份|盒|册|卷|张|组|本|套|袋)/g;
/** A document's own copies: 本清单一式两份 / 一式三份，各执一份. */
const OWN_COPIES = /一式[一二两三四五六七八九十\d]+份|各执一份/g;

function ranges(text: string, re: RegExp, from = 0, to = text.length): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(from, to).matchAll(re)) out.push([from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
  return out;
}

/**
 * Per section: it, or one it stands in (1.说明报告1份3页, an item read as a heading, under 一、移交资料), is headed by the
 * materials handed over — a short heading, not the document's title. A section stands in the nearest one before it of a
 * lower level, found with a stack in one pass (looking back from every sentence was quadratic: 20,000 sections of one
 * level took 1.6 s).
 */
function folderSections(seg: Segmented): boolean[] {
  const out: boolean[] = [];
  const open: number[] = [];
  seg.sections.forEach((section, k) => {
    while (open.length && seg.sections[open[open.length - 1]!]!.level >= section.level) open.pop();
    const parent = open[open.length - 1];
    const heading = section.heading?.replace(/^[\s#]*[（(]?[一二三四五六七八九十\d]{0,2}[）)、.．]?\s*/, '').trim() ?? '';
    out.push((section.first > 0 && heading.length <= 12 && FOLDER_HEADING.test(heading)) || (parent !== undefined && out[parent]!));
    open.push(k);
  });
  return out;
}

/** Per sentence, the ranges of its counts that are the folder's own (for 数据实例): see above. */
export function folderCounts(seg: Segmented): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const add = (i: number, r: [number, number][]) => {
    if (r.length > 0) out.set(i, [...(out.get(i) ?? []), ...r]);
  };
  let keyed = false;
  const underFolderHeading = folderSections(seg);
  seg.sentences.forEach((s, i) => {
    const t = s.text;
    if (s.heading === true || s.opens === true || i === 0) keyed = false;
    if (s.heading !== true && FOLDER_KEY.test(t.trim())) keyed = true;
    if (keyed || underFolderHeading[s.section]) add(i, ranges(t, FOLDER_COUNT));
    else {
      let at = 0;
      for (const clause of t.split(/(?<=[，,；;。])/)) {
        if (PACKED.test(clause) && PACKED_WHAT.test(clause)) add(i, ranges(t, FOLDER_COUNT, at, at + clause.length));
        at += clause.length;
      }
    }
    add(i, ranges(t, OWN_COPIES));
  });
  return out;
}
