/**
 * Session 22 (forms22): an activity record in a fixed form (活动名称：/ 组织单位：/ 负责人：/ 活动内容：/ 活动效果：…), ruled
 * on the twentieth set: a record's filled fields are the unit's account; a blank, 无 / 略 or a pointer (见照片 / 同上 / 见排班
 * 表) claims nothing; its 负责人 naming the unit's own person is 主体责任, naming someone of another body (a superior's cadre, a
 * firm's manager, a group's head its members chose) is not.
 *
 * Two facts per sentence, read by elements.ts:
 *  - recordEffect: the outcome a filled effect field tells (活动效果：不少老人第一次弄清了自己的血压情况) — what the unit wrote
 *    under the key that asks for the effect is its claim of one, as a 成效 heading's content is (session 20). A field holding
 *    only counts of work or participants (counts are data, never outcomes), an aim, something pending or a pointer is none.
 *  - voidCharges: 负责人 fields that name no one of the unit — a pointer, a person whose body (written after the name, in
 *    brackets) is another body, a head chosen by members, or the 负责人 of a record another party organised itself
 *    (组织单位：学生会（自发组织）).
 */
import type { Segmented } from './sections.js';
import { SHORTCOMING } from './element-shared.js';

/** A record's effect field: 活动效果：… / 实际效果：… / 效果：… (预期效果 is an aim, elsewhere). */
const EFFECT_KEY = /(?:^|[\s　；;。])(?:活动|实际|实施|宣传|培训|服务|演练)?效果\s*[：:]\s*/;
/** Nothing told: blank, none, omitted, a pointer, a sign. */
const NOTHING = /^(?:_+|—+|-+|\/|／|无|暂无|略|（略）|\(略\)|空|空白|同上|见[^，,。；]*|详见[^，,。；]*|参见[^，,。；]*|另附[^，,。；]*)$/;
/** An aim, a wish, something pending, a judgement left to others. */
const NOT_TOLD = /力争|确保|争取|预计|预期|计划|将(?!军)|拟|目标|希望|待(?!人|客)|评估|统计|填写|填报|补充/;
/** A quantity with a unit, in Arabic or Chinese numerals (3期 / 42户 / 560人次 / 三十七场 / 二千一百余人次). */
const COUNTED = /(?<![第下上每])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:万|千)?(?:人次|户次|场次|个|名|人|户|场|次|期|件|份|册|张|家|所|处|条|项|辆|台|车|批|篇|起|笔|元|万元|小时|天|公里|米|平方米|吨|套|本|棵|株)/;
/** A clause that only frames a time (宣传月期间 / 活动结束后 / 今年以来). */
const TIME_FRAME = /^[^，,。；;]{0,10}(?:期间|以来|之后|以后|之前|后|时|中)$/;

/** The outcome a filled effect field tells, or null (its value's first telling clause). */
export function recordEffect(text: string): string | null {
  const key = EFFECT_KEY.exec(text);
  if (!key) return null;
  const value = text.slice((key.index ?? 0) + key[0].length).replace(/[。；;.\s]+$/, '').trim();
  if (value === '' || NOTHING.test(value) || NOT_TOLD.test(value) || SHORTCOMING.test(value)) return null;
  for (const clause of value.split(/[，,；;。！!]/)) {
    const c = clause.trim();
    // A clause telling something besides a count or a time frame: how people took it, what changed.
    if (c.replace(/[“”"‘’（）()]/g, '').length >= 4 && !COUNTED.test(c) && !TIME_FRAME.test(c)) return c;
  }
  return null;
}

/** A key naming the one in charge of a record (负责人：/ 活动负责人：/ 责任人：). */
const CHARGE_KEY = /(?:^|[\s　；;。，,])(?:活动|项目)?(?:负责人|责任人|牵头人)\s*[：:]\s*/;
/** A key naming who organised the record's activity (组织单位：/ 主办单位：/ 组织者：). */
const ORGANISER_KEY = /(?:^|[\s　；;。，,])(?:组织|主办|承办|发起)(?:单位|者|方)\s*[：:]?\s*([^；;。]*)/;
/** Others organising themselves, or members choosing their own head (自发组织 / 由团员推举 / 业主选举产生). */
const SELF_ORGANISED = /自发|自行组织|自愿组成|推举|推选|选举产生|选出/;
/** A body, in the brackets after a holder's name (（石桥镇农业农村办） / （万家福购物广场） / （物业公司）): a place's or a firm's. */
const BODY_IN_BRACKETS = /[（(]([^（()）]{2,20})[）)]/g;
const OTHER_BODY_WORD = /[镇乡县市]|街道|社区|村|公司|物业|商场|超市|广场|酒店|宾馆|市场|企业|合作社|协会|商会/;
const POINTER_VALUE = /^(?:同上|同前|见|详见|参见|另附|另见)/;

/**
 * 负责人 fields of the report that name no one of the unit (elements.ts reads them as no one in charge). own: the unit's own
 * names (element-genre.ts unitNames) — a body in brackets that is the unit's own (（本局办公室） / the unit's name) is its own.
 */
export function voidCharges(seg: Segmented, own: RegExp | null): Set<number> {
  const out = new Set<number>();
  let organiser: string | null = null;
  seg.sentences.forEach((s, i) => {
    if (s.heading) return;
    const org = ORGANISER_KEY.exec(s.text);
    const key = CHARGE_KEY.exec(s.text);
    if (org && (!key || (org.index ?? 0) < (key.index ?? 0))) organiser = org[1]!;
    if (!key) return;
    const value = s.text.slice((key.index ?? 0) + key[0].length).split(/[；;。]/)[0]!.trim();
    const others = [...value.matchAll(BODY_IN_BRACKETS)].some((b) => {
      const body = b[1]!;
      if (SELF_ORGANISED.test(body)) return true;
      return OTHER_BODY_WORD.test(body) && !/^(?:我|本)/.test(body) && !(own?.test(body) ?? false);
    });
    if (POINTER_VALUE.test(value) || others || SELF_ORGANISED.test(value) || (organiser !== null && SELF_ORGANISED.test(organiser))) out.add(i);
    // One record's organiser is not the next record's.
    organiser = null;
  });
  return out;
}

/**
 * A record run into one line without colons (…，组织单位县红十字会，负责人县红十字会专职副会长闫文清；): its 负责人 key read as
 * keyed, so that the holder after it is read as on a 负责人： line.
 */
export function keyRunIn(text: string): string {
  if (!/(?:组织|主办|承办)单位(?![：:])/.test(text)) return text;
  return text.replace(/(^|[，,；;])(负责人)(?=[\u4e00-\u9fff])/g, '$1$2：');
}
