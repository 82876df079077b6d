/**
 * 网上申报详细规定 → rule parameters. "说明报告500字；实景图片3张以上，注明时间、地点、主讲人、
 * 宣讲主题" becomes report.minChars 500, photos.min 3, photos.caption [时间, 地点, 主讲人, 宣讲主题].
 * What is not understood is returned verbatim, to be kept as the indicator's note.
 */
import { FESTIVALS, type FestivalName, type IndicatorDef } from '../rules/schema.js';
import { parseNumberText } from '../text/register-number.js';
import { mergeMaterials, type MaterialEntry } from '../kinds/sugar.js';

export type Requirements = Pick<IndicatorDef, 'photos' | 'report' | 'evaluation' | 'register' | 'documents' | 'festivals'> & {
  /** Materials only a `materials:` entry can say: counted documents named by a cue, screenshots. */
  materials?: MaterialEntry[];
};

const NUM = '([0-9０-９]+|[〇零一二两三四五六七八九十百千]+)';
const num = (s: string | undefined) => (s === undefined ? null : parseNumberText(s));
const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** "（时间、地点、事件）等要素" → [时间, 地点, 事件]: brackets and trailing words never become fields. */
function captionList(text: string): string[] {
  return text
    .replace(/[（(【\[「“"]|[）)】\]」”"]/g, ' ')
    .replace(/等(?:要素|信息|内容)?\s*$/, '')
    .split(/[、和及与\/，,\s]+/)
    .map((f) => f.trim().replace(/等(?:要素|信息|内容)?$/, ''))
    .filter(Boolean);
}

type Topic = 'photo' | 'report' | 'festival' | null;

const QUALITY = /清晰|原图|真实|完整|规范|彩色|高清|不得|不能|禁止|严禁/;

/** Parses one requirement text. `unparsed` holds the parts (as written) that set no parameter. */
export function parseRequirements(text: string): { req: Requirements; unparsed: string[] } {
  const req: Requirements = {};
  const unparsed: string[] = [];
  const clauses = text
    .replace(/\r/g, '')
    .split(/[；;。\n]+/)
    .map((c) => c.trim().replace(/^[（(]?[0-9一二三四五六七八九十]+[)）.、．]\s*/, ''))
    .filter(Boolean);
  for (const clause of clauses) {
    let topic: Topic = null;
    for (const part of clause.split(/[，,]+/).map((p) => p.trim()).filter(Boolean)) {
      const t = parsePart(part, topic, req);
      if (t === 'unparsed') unparsed.push(part);
      else topic = t ?? topic;
    }
  }
  return { req, unparsed };
}

/** Documents a task table names by what they are (会议记录 2份, 工作方案, 制度文件). */
const NAMED_DOCUMENTS = /会议记录|会议纪要|工作方案|实施方案|活动方案|工作制度|管理制度|规章制度|制度文件/g;
const NOT_NUM = '[^0-9０-９〇零一二两三四五六七八九十百千，,]';

/** The number a count word gives right after (会议记录2份, 截图不少于3张) or right before (2份会议记录) the cue. */
function countNear(part: string, cue: string, units: string): number | null {
  const after = new RegExp(`${cue}${NOT_NUM}{0,6}?${NUM}\\s*(?:${units})`).exec(part);
  const before = new RegExp(`${NUM}\\s*(?:${units})(?:以上)?(?:的)?${NOT_NUM}{0,4}${cue}`).exec(part);
  return num(after?.[1] ?? before?.[1]);
}

/** `materials:` entries for what a part asks: named documents and (online) screenshots. */
function materialNeeds(part: string): MaterialEntry[] {
  const out: MaterialEntry[] = [];
  for (const cue of new Set(part.match(NAMED_DOCUMENTS) ?? [])) {
    const match = /制度/.test(cue) ? '制度' : cue;
    const min = countNear(part, cue, '份|次|篇|个|套');
    out.push({ kind: 'document', match: [match], ...(min !== null ? { min } : {}) });
  }
  const shot = /截图|截屏/.exec(part);
  if (shot) {
    const min = countNear(part, shot[0], '张|幅|份|个');
    out.push({ kind: 'screenshot', ...(/线上|网上|网络|云|直播/.test(part) ? { online: true } : {}), ...(min !== null ? { min } : {}) });
  }
  return out;
}

/** Sets what one comma-separated part says; returns the topic it opens, null if it only continues one, or 'unparsed'. */
function parsePart(part: string, topic: Topic, req: Requirements): Topic | 'unparsed' {
  let hit = false;
  let opened: Topic = null;
  if (/说明报告|情况说明|说明材料|工作报告|汇报材料/.test(part)) {
    req.report = { ...req.report, required: true };
    opened = 'report';
    hit = true;
  }
  const chars = new RegExp(`${NUM}\\s*(?:个)?字|字数[^0-9〇零一二两三四五六七八九十]*${NUM}`).exec(part);
  if (chars && (opened === 'report' || topic === 'report' || !/图片|照片/.test(part))) {
    const n = num(chars[1] ?? chars[2]);
    if (n !== null) {
      req.report = { ...req.report, minChars: n };
      hit = true;
    }
  }
  if (/图片|照片|影像/.test(part)) {
    opened = 'photo';
    hit = true;
    const n = num(new RegExp(`${NUM}\\s*(?:张|幅|组)`).exec(part)?.[1]);
    req.photos = { ...req.photos, ...(n !== null ? { min: n } : {}) };
  }
  // "注明时间、地点、事件", "注明（时间、地点、事件）", or a bracketed list after the photos: "图片3张（时间、地点、事件）".
  const caption =
    /(?:注明|标明|写明|标注|附文字说明|配文字说明|文字说明)[：:]?(.+)$/.exec(part) ??
    (opened === 'photo' || topic === 'photo' ? /[（(]([^（）()]*[、，,][^（）()]*)[）)]/.exec(part) : null);
  if (caption && (topic === 'photo' || opened === 'photo' || !opened)) {
    const fields = captionList(caption[1]!);
    if (fields.length) {
      req.photos = { ...req.photos, caption: fields };
      hit = true;
    }
  }
  const pixels = /(?:像素|分辨率|尺寸)[^0-9０-９]{0,8}([0-9０-９]{3,5})\s*[×xX*＊]\s*([0-9０-９]{3,5})/.exec(part);
  if (pixels) {
    req.photos = { ...req.photos, minWidth: num(pixels[1])!, minHeight: num(pixels[2])! };
    opened = opened ?? 'photo';
    hit = true;
  }
  const size = /(?:大小|文件|体积)[^0-9０-９]{0,8}?(不低于|不小于|不少于|不超过|不大于|小于|大于)?\s*([0-9０-９]+(?:\.[0-9]+)?)\s*(KB|K|MB|M)(以上|以下|以内)?/i.exec(part);
  if (size) {
    const bytes = Math.round(Number(toAscii(size[2]!)) * (/^m/i.test(size[3]!) ? 1024 * 1024 : 1024));
    const max = /不超过|不大于|小于/.test(size[1] ?? '') || /以下|以内/.test(size[4] ?? '');
    req.photos = { ...req.photos, ...(max ? { maxBytes: bytes } : { minBytes: bytes }) };
    hit = true;
  }
  if (/部门评价|上级评价|评价意见/.test(part)) {
    req.evaluation = 'required';
    hit = true;
  }
  if (/登记表|台账表|活动台账|活动记录表|统计表/.test(part)) {
    req.register = { ...req.register, required: true };
    hit = true;
  }
  if (/正式发文|部署文件|红头文件|印发.*文件/.test(part)) {
    req.documents = { required: true };
    hit = true;
  }
  const needs = materialNeeds(part);
  if (needs.length) {
    req.materials = mergeMaterials(req.materials ?? [], needs);
    hit = true;
  }
  const named = FESTIVALS.filter((f) => part.includes(f));
  if (named.length || /我们的节日|传统节日|每个节日|各节日/.test(part)) {
    req.festivals = [...new Set<FestivalName>([...(req.festivals ?? []), ...(named.length ? named : FESTIVALS)])].sort(
      (a, b) => FESTIVALS.indexOf(a) - FESTIVALS.indexOf(b),
    );
    opened = 'festival';
    hit = true;
  }
  if (opened === 'festival' || topic === 'festival' || /活动/.test(part)) {
    const online = new RegExp(`(?:线上|网上|网络|云)[^0-9〇零一二两三四五六七八九十]*${NUM}\\s*(?:场|次|项|个)|${NUM}\\s*(?:场|次|项|个)(?:以上)?(?:的)?(?:线上|网上|网络)`).exec(part);
    const count = new RegExp(`${NUM}\\s*(?:场|次|项|个)(?:以上)?(?:主题)?活动`).exec(part) ?? new RegExp(`活动[^0-9〇零一二两三四五六七八九十]*${NUM}\\s*(?:场|次|项|个)`).exec(part);
    if (online) {
      const n = num(online[1] ?? online[2]);
      if (n !== null) req.register = { ...req.register, online: n };
      hit = true;
    } else if (/线上|网上|云端|云上/.test(part) && (opened === 'festival' || topic === 'festival')) {
      req.register = { ...req.register, online: Math.max(1, req.register?.online ?? 0) };
      hit = true;
    }
    if (count && !online) {
      const n = num(count[1]);
      if (n !== null) {
        req.register = { ...req.register, perFestival: n };
        hit = true;
      }
    }
  }
  if (!hit && topic && QUALITY.test(part)) return null; // "图片清晰" etc.: implied by the checks
  if (!hit && /^(?:以上|及以上|左右)$/.test(part)) return null;
  return hit ? opened : 'unparsed';
}
