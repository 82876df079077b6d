/**
 * Session 25 (service25): a 新时代文明实践 “点单—派单—接单—评单” record, in the twenty-third set's rulings' words: a resident's
 * 点单 is the resident's (and logging requests — 收到 / 受理 / 登记点单N单 — office routine), 派单 / 接单 and the service told
 * as done the unit's measure, 评单 满意 told by those served an outcome, 待接单 / 未办结 rows nothing done.
 */
const blank = (m: string) => '□'.repeat(m.length);

/** A request's state of nothing done (待派单 / 待接单 / 未办结 / 待评): the item it closes is blanked. */
const PENDING = '(?:待派单|待接单|待办理?|待处置|待核查|未办结|未接单|未派单|未完成|办理中|处理中)';
// Session 26 (review26): each open span bounded (an item, a clause, a breakdown: at most SPAN characters): linear in the text.
const SPAN = 60;
const PENDING_ITEM = new RegExp(`[^，,、；;：:。｜|]{0,${SPAN}}[（(]?${PENDING}[）)]?[^，,、；;：:。｜|]{0,${SPAN}}`, 'g');
/** 收到点单12单 / 平台受理点单16单 / 共登记群众点单5单 / 转到我局的养老类点单14单: requests logged, the residents'. */
const ORDERS_LOGGED = new RegExp(`[^，,。；]{0,${SPAN}}(?:收到|受理|登记|接到|转到|转来|汇总|收集)[^，,。；]{0,12}?点单[^，,。；]{0,${SPAN}}`, 'g');
/** 其中加装电梯咨询4单、停车位划线3单: a breakdown of requests by kind, counted in 单, naming no service done. */
const REQUESTS_LISTED = new RegExp(`(?:其中|主要是|主要为|具体为|具体是|包括|分别是|分别为)[^。；]{0,${SPAN * 4}}?(?=[，,]\\s*(?:我|本|已|目前|现|均|经|由)|[。；]|$)`, 'g');
const KINDS_COUNTED = new RegExp(`[^，,。；：:、]{0,${SPAN}}?[\\d一二两三四五六七八九十]+\\s*单(?=[，,。；、]|$)`, 'g');
const SERVICE_WORD = /派单|接单|办结|完成|服务了?|上门|送|陪|修|授课|讲|调解成功/;

export function maskOrders(text: string): string {
  if (!/单|待|未办结/.test(text)) return text;
  // A record's row with a state of nothing done (…｜待接单｜— / …｜未办结) is nothing done, whatever its other cells say.
  // Session 26 (review26): a row of the record, naming an order (点单 / 派单 / 接单 / 评单 / 3单), not any row holding 单位.
  if (/[｜|]/.test(text) && new RegExp(PENDING).test(text) && /点单|派单|接单|评单|[\d一二两三四五六七八九十]\s*单(?!位|元|独|据|项|身|亲)/.test(text)) return blank(text);
  let t = text.replace(PENDING_ITEM, (m) => (new RegExp(PENDING).test(m) ? blank(m) : m));
  if (t.search(ORDERS_LOGGED) >= 0) {
    // What the logged requests were (其中…占多数：加装电梯咨询、… / 主要是助餐、助浴…): the residents' asks, up to the unit's next clause.
    t = t.replace(ORDERS_LOGGED, blank).replace(REQUESTS_LISTED, blank);
  }
  if (/点单/.test(text)) t = t.replace(KINDS_COUNTED, (m) => (SERVICE_WORD.test(m) ? m : blank(m)));
  return t;
}

/**
 * 派单263单 / 已派单给各镇巡河志愿队 / 接平台派单18单 / 接单251单: the unit dispatching or taking orders, told done — counted or
 * perfective; 群众点单，中心派单给志愿服务队 alone describes how a mechanism runs (another county's, a plan's). Session 26
 * (review26): 派单0单 counts nothing done.
 */
const ORDER_DONE = /(?:已|已经)(?:派单|接单)(?:给|至|到)[^，,。；□]{1,16}|(?<![待未])(?:派单|接单)(?:给|至|到)[^，,。；□]{1,16}?了|(?<![待未])(?:派单|接单)了?\s*(?![0零〇]\s*单)[\d一二两三四五六七八九十百千]+\s*单|接[^，,。；□]{0,4}?派单\s*(?![0零〇]\s*单)[\d一二两三四五六七八九十百千]+\s*单|(?<![待未])派单[：:]\s*[^，,。；□｜|—\-]{2,16}/;
export function orderDone(clause: string): string | null {
  return ORDER_DONE.exec(clause)?.[0] ?? null;
}

/**
 * 评单：满意 / 评单满意82单 / a row of the record closing on 满意 (…｜派单：…｜已授课4次｜满意, or under a header naming 评单):
 * those served satisfied, an outcome. 待评 / 基本满意 alone are not.
 */
const EVALUATED = /(?<![待未])评单[：:，,]?\s*(?:为|结果)?[：:]?\s*[“"]?(?:非常满意|很满意|满意)(?![度率])/;
export function evaluatedSatisfied(text: string, header?: string): string | null {
  const said = EVALUATED.exec(text);
  if (said) return said[0];
  const cells = text.split(/[｜|]/).map((c) => c.trim());
  if (cells.length >= 3 && /^(?:非常满意|很满意|满意)[。]?$/.test(cells[cells.length - 1]!) && (/点单|派单|接单/.test(text) || /评单|评价/.test(header ?? ''))) {
    return cells.slice(-2).join('｜');
  }
  return null;
}

/** The header row of the record above sentence i (点单｜派单｜接单服务｜评单), read for its column names. */
export function ordersHeader(sentences: readonly { text: string }[], i: number): string | undefined {
  const n = sentences[i]!.text.split(/[｜|]/).length;
  if (n < 3) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const t = sentences[k]!.text;
    if (t.split(/[｜|]/).length !== n) return undefined;
    if (/点单|评单/.test(t) && !/\d/.test(t.replace(/^\d{1,2}月/, ''))) return t;
  }
  return undefined;
}

/**
 * A record's row whose service cell (接单服务 / 服务情况 / 办理情况) is filled with the service told as done (9月共上门助浴6次 /
 * 每日送餐到户，服务老人13人): the unit's measure; a cell —, 待… or 未… is nothing done.
 */
export function orderRow(text: string, header: string | undefined): string | null {
  if (!header) return null;
  const heads = header.split(/[｜|]/).map((c) => c.trim());
  const at = heads.findIndex((h) => /接单服务|服务情况|服务内容|办理情况|接单情况|服务/.test(h) && !/评/.test(h));
  if (at < 0) return null;
  const cell = text.split(/[｜|]/)[at]?.trim() ?? '';
  if (cell.length < 3 || /^(?:—|-|–|\/|无|待|未)/.test(cell) || new RegExp(PENDING).test(cell)) return null;
  return cell;
}
