/**
 * Session 24 (apparatus24, issue 11 "what counts as an element"; the twenty-second set's ruling): a document's counts of
 * itself and the period it sets for itself are its apparatus, no data of the unit's work.
 *
 * - A compilation counting its own items: a clause whose subject is the document itself (本册 / 本汇编 / 本图集 / 本台账 /
 *   本目录 / 本资料 / 本影像说明 …, not 本报告期 or 本次), or whose verb is the compiling (共收录照片12张 opening the clause),
 *   and the clauses after it in the sentence that run on with no subject of their own (，共4页 / ，分四部分): its photos,
 *   pages, figures, reports, parts (张 / 页 / 幅 / 篇 / 份 / 组 / 部分) are the album's, not the unit's. Photos counted in the
 *   account (活动中拍摄照片200余张) or leaflets handed out (发放宣传册2000册) have no such subject: they stay data.
 * - An announcement's own period: the duration of its 公示期 / 公告期限 / 异议期 (公示期为5个工作日 / 公示期：七天 / 公示3天 /
 *   自本公告发布之日起1个工作日). A time limit the unit kept in its work (在7个工作日内上网公示) is told before the 公示,
 *   not as its period: it stays data. A 监督电话 is a telephone number, blanked as a label already (element-data.ts).
 */
import type { Segmented } from './sections.js';

const NUM = '(?:\\d+|[一二两三四五六七八九十百]+)';
/** The document itself as a clause's subject: 本 + a name of a compilation or a document (本报告期 / 本年度 are times). */
const SELF = /^(?:[（(]|(?:编辑|编印|编制)?说明\s*[：:]|注\s*[：:])?\s*(?:本(?:图片|影像|照片|工作|活动|宣传|专题)?(?:册|汇编|图集|画册|相册|影集|图册|图片集|照片集|辑|台账|目录|资料|说明|课件|简报|手册|材料|清单)(?![期内年度次])|本组(?=照片|共?收录)|(?:共|共计|合计)?收录)/;
/** A verb of handing out or issuing (发放 / 下发 / 送达 / 印发 / 开具 …): its object is the unit's work, counted as data. */
const HANDED_OUT = /发放|下发|送达|印发|发出|制发|开具|签发|出具|张贴|悬挂|派发|分发|赠送|发送|受理|办理|签订|签署/;
/** A clause running on from the document as its subject: 共4页 / 分上、下两页 / 其中… / 计… */
const RUN_ON = /^\s*(?:共|共计|合计|计|分|其中|含|包括|另)/;
/** A count of a document's items: its photos, pages, figures, reports, parts. */
const ITEM_COUNT = new RegExp(`(?<![\\d.第])${NUM}\\s*(?:余|多)?\\s*(?:张|页|幅|篇|份|组|帧|个部分|部分)`, 'g');
/** The announcement's own period: 公示期为5个工作日 / 公告期限：自发布之日起1个工作日 / 公示七天 / 自本公告发布之日起1个工作日. */
const OWN_PERIOD = new RegExp(
  `(?:(?:公示|公告|异议|征求意见)(?:期限?|时间|时限)?\\s*(?:为|是|[：:])?\\s*(?:自[^，,。；;]{0,16}?之日起\\s*)?|自本?(?:公示|公告|通知)?(?:发布|发出|张贴|公布|刊登)之日起\\s*)${NUM}\\s*个?(?:工作日|自然日|日|天|周)`,
  'g',
);

function ranges(text: string, re: RegExp, from = 0, to = text.length): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(from, to).matchAll(re)) out.push([from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
  return out;
}

/** Per sentence, the ranges of a document's counts of itself and of its own period (for 数据实例): see above. */
export function selfCounts(seg: Segmented): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  seg.sentences.forEach((s, i) => {
    const t = s.text;
    const found: [number, number][] = [];
    let at = 0;
    let self = false;
    for (const clause of t.split(/(?<=[，,；;。：:])/)) {
      self = SELF.test(clause) || (self && RUN_ON.test(clause));
      // Session 25 (review25): 本台账共登记发放整改通知书86份 — what the document records the unit handing out is the unit's
      // work, not the document's own items: the count after a verb of handing out or issuing stays data.
      const handed = self ? HANDED_OUT.exec(clause) : null;
      if (self) found.push(...ranges(t, ITEM_COUNT, at, at + (handed ? handed.index : clause.length)));
      at += clause.length;
    }
    if (/公示|公告|异议|征求意见|之日起/.test(t)) found.push(...ranges(t, OWN_PERIOD));
    if (found.length > 0) out.set(i, found);
  });
  return out;
}
