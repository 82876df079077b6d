/**
 * Who acts (session 17, 具体措施 on positive evidence): a measure is the unit's own deed, so a clause counts only when its
 * agent is the unit, its parts or staff, or is left implicit in the unit's own narrative. This module finds the clauses
 * whose agent is positively someone else, across the sentences of a section, and blanks them (□, one for one) for the
 * measures test:
 *
 * - another place (望江县推行“巷长制” / 汉川县对高层住宅… in a study-visit report), another body of the county or above
 *   (县住建局组织… / 县生态环境局于当晚进行了监测 in a 12345 reply), a firm or a contractor (物业公司随后安排… / 平台企业…),
 *   the people (来电人 / 群众 / 居民), a proposal's author (您在建议中提出… / 代表建议…), a visiting delegation (考察团察看了…),
 *   or a document's content (《方案》明确：一是…);
 * - such an agent opens a clause (after a time or place); the clauses after it with no subject of their own are its too,
 *   and so are the following sentences of the section that have no subject (一是…；二是…), until the unit (我局 / 局里 /
 *   本中心 / the unit's own name / its staff) or a response of its own (随即 / 立即 / 针对…) takes the clause;
 * - 由 + another body + a verb (由镇里组织伐除了枯树 / 由其督促施工单位…) hands the deed to that body.
 *
 * The unit is known by its title (…局关于… / 城西街道…汇报) and its signature; a body the unit-identity table reads as the
 * same (县城管局 = 清河县城市管理局) is the unit. In a county-level city's report, 市 bodies are its own (cityUnit).
 */
import { sameBody } from './unit-identity.js';

/** A time or a place word opening a clause before its subject (10月中旬， / 今年 / 目前 / 随后). */
const LEAD = '(?:(?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}日)?(?:份|初|中旬|下旬|上旬|底|中)?|今年(?:以来)?|去年|年初|近年来|近期|目前|当天|次日|随后|同时|此外|另外|其中|[一二三四五六七八九十]是)?[，,]?\\s*';

/** Another place: a place name and its level, not the unit's own (checked against the title) and not a word ending in 区/市. */
const PLACE = /^((?![按依根联通组在对为向给把将从于由与和及同跟经全各本我该城区乡镇村社小大中新老主市县省其这那每已均并还也都又再曾正被让使请团])[\u4e00-\u9fff](?![县区市在对为向给于与和及同到从])[\u4e00-\u9fff])(县|区|市|旗)(?![场民容政级里直貌域内外])/;
const NOT_PLACE = /^(?:开发|示范|风景|居住|核心|建成|商业|工业|保护|试验|功能|高新|经济|老城|新城|主城|中心|城市|农贸|菜|超|城乡|社区|辖区|景区|小区|园区|片区|校区|学区|库区|城区|全县|各县|本县|外县|邻县|郊县|我县|该县|全区|各区|全市|各市|本市|我市|该市|城[东西南北]|[东西南北]城|街区|山区|牧区|矿区|林区|灾区|老区|市区|县区)$/;

/** A word ending in 区/市 (社区、城区、超市 …) read across the place's second character. */
const COMPOUND = /^(?:社区|城区|景区|园区|小区|辖区|片区|街区|山区|校区|矿区|林区|城市|超市|都市|夜市|街市|门市|上市|开市|全市|本市|各市|全县|各县|本县)$/;
/** Two characters that are a verb, not a place's name, before 县/区/市 (会同县… / 执行县… / 邀请县…). */
const VERB_NOT_PLACE = /^(?:会同|执行|邀请|抄送|落实|结合|贯彻|完成|协调|走进|进入|参加|参与|配合|排名|位列|位居|居全|排全|获评|荣获|成为|建立|覆盖|深入|联合|携手|联系|对接|服务|面向|带动|辐射|推动|争创|创建|打造|助力|支持|协助|陪同|前往|赶赴|报送|上报|报请|提请|请示|呈报|印发|下发|转发|发布|通过|依托|借助|利用|联动|会商|召开|举办|组织|开展|承办|主办|协办|指导|督促|要求|推荐|推选|传达|选派|派驻|选送|列入|纳入|代表|作为|成立|设立|牵头|负责|全力|积极|主动|及时|先后|分别|共同|一起|统一|直接|配套|引进|引导|动员|号召|倡导|围绕|聚焦|立足|着眼|对标|对照|按照|依照|根据|依据|遵照|参照)$/;

/** What follows a place acting: one of its bodies, or a verb or preposition opening its deed (望江县推行… / 汉川县对… / 东平县把…). */
const PLACE_ACTS = /^(?:[\u4e00-\u9fff]{0,8}?(?:局|委|办|政府|中心)|[，,]?(?:对|把|将|在|通过|还|也|从|于|由|先后|积极|大力|坚持|建立|推行|实行|实施|推广|开展|组织|设立|建成|投入|每|的做法|介绍|探索|创新|率先|全面|采取|利用|依托|出台|制定|成立|创新|打造|引入|聘请|实现|按照|结合))/;

/** A body of the county or above, a township, a firm, a delegation: a name ending in a body word. */
const BODY = /^((?:省|市|州|县|区)[\u4e00-\u9fff]{0,12}?(?:局|厅|委员会|委|办公室|办|中心|政府|人大|政协|院|馆|园|联|所|站|支队|大队|队|团委|部|公司|集团|企业|镇|乡|街道|街道办|社区|村委会|居委会|会(?![同议上商])))/;

/** Others by what they are (not by name): people, firms, contractors, a proposal's author, a delegation, a document. */
const OTHERS_SAY =
  /^(?:对方|该(?:县|区|市)|《[^》]{1,40}》(?:中|里|上)?(?:明确|提出|规定|要求|指出|强调|包括|确定|部署|列出|设定|安排))/;
/** A document as the subject of what it states (《方案》明确… / 《测评体系》要求：“…”). */
const DOCUMENT_SAYS = /^(?:[^，,。；]{0,12}?[，,]?\s*)?《[^》]{1,40}》/;

/** Others acting in the sentence only: a proposal's author, a delegation, complainants, firms and contractors. */
const OTHERS_HERE =
  /^(?:您|(?:[\u4e00-\u9fff]{2,3})?(?:代表|委员)(?=[^，,。；]{0,12}?(?:建议|提出|提议|指出|反映|认为|希望|关心|关注))|提案人|建议人|考察团|考察组|学习团|调研团|来电人|来信人|来访人|来电群众|来访群众|诉求人|投诉人|反映人|举报人|网民|物业(?:公司|企业|服务企业|服务中心)?(?![科股室办])|施工(?:单位|方|企业|队)|开发商|建设单位|运营(?:单位|方|商)|平台(?:企业|公司)|第三方|承包(?:方|商|单位)|供货商|厂家)/;

/**
 * A heading over another place's practice (二、望江县的主要做法 / 对方主要做法和成效 / 外地经验): the section below it tells what
 * that place did, whatever its sentences' subjects, until a heading of the same or a higher level.
 */
const OTHERS_PRACTICE_HEADING = /(对方|外地|兄弟(?:县|区|市|单位|地区)?|他们|([\u4e00-\u9fff]{2})[县区市](?!委|政府))(?:的)?(?:主要|好的?|典型|先进|特色|创新)?(?:做法|经验|举措|亮点|模式|成效)/;

/** The unit taking the clause (我局 / 局里 / 本中心 / 我们 / 干部职工 / 执法人员 …), or its response (随即 / 针对…). */
const OWN =
  /^(?:我(?!县|市|区|镇)|咱|本(?:局|单位|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇|街道|部门)|[局所院校站队行馆委办]里|(?:局|中心|社区|街道|所|站|队|院|校|公司|委|办)(?:党组|党委|机关|领导|主要负责同志|主任|书记|局长|所长|站长|队长)?(?=[^\u4e00-\u9fff]|[\u4e00-\u9fff])(?![^，,。；]{0,2}(?:[的之]|人员))|学校|我校|校方|全体|专班|工作组|(?:随即|立即|当即|及时|马上|随后我|对此|为此|针对|接到|接件后|收到)|经[^，,。；]{0,8}(?:协调|研究|沟通))/;

export interface UnitIdentity {
  /** The unit's names as the title and the signature give them. */
  names: string[];
  /** The unit's own place (清河), when the title gives one. */
  place: string;
  cityUnit: boolean;
  /** Two characters before 县/区/市 and how often the report writes them so: a place is named more than once. */
  places: Map<string, number>;
}

/** The unit's names from the title (before 关于 / the topic) and from short lines near the end (the signature). */
export function unitIdentity(sentences: readonly { text: string }[], cityUnit: boolean): UnitIdentity {
  const names: string[] = [];
  const title = sentences[0]?.text ?? '';
  const head = /^([^，,。；、]{2,30}?(?:局|委员会|委|办公室|办|中心|政府|院|馆|所|站|队|公司|集团|镇|乡|街道办事处|街道|社区|村委会|居委会|村|协会|会|团委|部))关于/.exec(title) ??
    /^([^，,。；、]{2,30}?(?:局|委员会|委|办公室|办|中心|政府|院|馆|所|站|队|公司|集团|镇|乡|街道办事处|街道|社区|村委会|居委会|村|协会|会|团委|部))(?:关于|[^，,。；]{0,30}(?:说明|报告|汇报|答复|总结))/.exec(title) ??
    /^((?:[\u4e00-\u9fff]{2}[县市区])?[县市区][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|办|中心|院|馆|所|站|队|公司|集团|联|团委|部))/.exec(title);
  if (head) names.push(head[1]);
  for (const s of sentences.slice(-4)) {
    const t = s.text.trim().replace(/\s*\d{4}年\d{1,2}月\d{1,2}日$/, '');
    if (t.length <= 30 && !/[，,。；：:]/.test(t) && /(?:局|委员会|委|办公室|中心|政府|院|馆|所|站|队|公司|集团|镇|乡|街道办事处|街道|社区|居委会|村委会|协会)$/.test(t)) names.push(t);
  }
  {
    // The body opening the first sentence that has one, acting on its documents (县人民医院按照… / 县工商联根据…): the narrator.
    for (const s of sentences.slice(1, 6)) {
      const m = new RegExp(`^${LEAD}((?:省|市|州|县|区)[\\u4e00-\\u9fff]{1,12}?(?:局|委员会|委|办公室|办|中心|院|馆|园|所|站|队|公司|集团|联|会|团委|部))(?=按照|根据|依据|对照|落实|结合|由|高度重视|认真|坚持)`).exec(s.text);
      if (m) {
        names.push(m[1]!);
        break;
      }
    }
  }
  let place = /^([\u4e00-\u9fff]{2})[县区市旗]/.exec(names[0] ?? title)?.[1] ?? '';
  if (!place) {
    // No place in the title (城西街道…汇报): the place the report names most often with 县/区/市 is its own.
    const seen = new Map<string, number>();
    for (const s of sentences) for (const m of s.text.matchAll(/([\u4e00-\u9fff]{2})县/g)) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
    place = [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  }
  const places = new Map<string, number>();
  for (const s of sentences) for (const m of s.text.matchAll(/([\u4e00-\u9fff]{2})[县区市旗]/g)) places.set(m[1]!, (places.get(m[1]!) ?? 0) + 1);
  return { names, place, cityUnit, places };
}

function isOwnBody(name: string, unit: UnitIdentity): boolean {
  const bare = name.replace(/^(?:省|市|州|县|区)/, '');
  if (unit.cityUnit && /^市/.test(name)) return true;
  return unit.names.some((n) => n.includes(bare) || sameBody(name, n) || (bare.length >= 2 && n.endsWith(bare)));
}

/** Another body joined by the unit in the deed (联合我局 / 会同本中心 / 协同我们): the unit acts too. */
const JOINT = /^[^，,。；]{0,20}?(?:联合|会同|协同|携手|会商)(?:我|本(?:局|单位|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇|街道|部门))/;

/** The unit is of this tier (城关镇 / 城西街道办事处 / 向阳社区): its 镇里 / 街道里 is itself. */
function ownTier(tier: string, unit: UnitIdentity): boolean {
  return unit.names.some((n) => new RegExp(`${tier}(?:人民政府|政府|党委|办事处|居委会|村委会|委员会)?$`).test(n));
}

/** The county itself reports (清河县人民政府 / 中共清河县委 / 清河县委): its 县 bodies are its own. */
function countyReport(unit: UnitIdentity): boolean {
  return unit.names.some((n) => /^(?:中共)?[\u4e00-\u9fff]{1,6}?[县市区旗](?:委员会|委|人民政府|政府)(?:办公室)?$/.test(n));
}

/** own; other (carried to the next sentences of its section: another place, a document, a proposal's author, a delegation); here (another body, the people, a firm: this sentence only). */
type Agent = 'own' | 'other' | 'here' | null;

/** The agent a clause names at its start, or null (no subject: it carries the one before). */
export function clauseAgent(clause: string, unit: UnitIdentity): Agent {
  const c = clause.replace(new RegExp(`^${LEAD}`), '').replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*/, '');
  if (OWN.test(c)) return 'own';
  if (OTHERS_SAY.test(c)) return 'other';
  if (OTHERS_HERE.test(c)) return 'here';
  // 县公安局交警大队联合我局开展… / 县市场监管局会同我局对…进行了检查: a joint deed is the unit's too (review17).
  if (JOINT.test(c)) return 'own';
  // 镇里 / 街道里 in the 镇's or 街道's own report: the unit (review17).
  const tierHere = /^(镇|乡|街道|村|社区)里/.exec(c);
  if (tierHere && ownTier(tierHere[1]!, unit)) return 'own';
  const p = PLACE.exec(c);
  if (p && !NOT_PLACE.test(p[1] + p[2]) && !COMPOUND.test(p[1][1] + p[2]) && !VERB_NOT_PLACE.test(p[1]) && p[1] !== unit.place && (unit.places.get(p[1]) ?? 0) >= 2 && PLACE_ACTS.test(c.slice(p[0].length))) {
    // 望江县推行… / 汉川县对… / 东平县把…: another place acting. 望江县城管局 is that place's body: other too.
    return 'other';
  }
  const b = BODY.exec(c);
  if (b && /^(?:省|市|州|县|区)/.test(b[1]) && b[1].length >= 3) {
    if (isOwnBody(b[1], unit)) return 'own';
    // 县住建局对…进行了改造 in 清河县人民政府's (or 县委's) own report: the county's own bodies act for it (session 15's
    // principle for the one in charge; review17).
    if (/^县/.test(b[1]) && countyReport(unit)) return 'own';
    // 县图书馆 / 县人民医院 / 县第一中学 under a county bureau may be the unit's own institution: only a body of government
    // (a bureau, a committee, an office, a township), a court or a firm is positively another.
    return /(?:局|厅|委员会|委|办公室|办|政府|人大|政协|法院|检察院|公司|集团|企业|镇|乡|街道|街道办)$/.test(b[1]) ? 'here' : null;
  }
  return null;
}

/** 由 + another body + a verb: the deed is that body's (由镇里组织… / 由其督促… / 由该局答复). */
const BY_OTHER = /由(?![我本])(其|该(?:局|单位|公司|企业|部门|镇|街道)|镇里|乡里|街道|(?:省|市|州|县|区)?[\u4e00-\u9fff]{1,12}?(?:局|厅|委|办|中心|政府|公司|集团|企业|镇|乡|街道|社区|物业|单位))(?=[^，,。；]{0,4}(?:组织|负责|督促|统一|进行|实施|开展|安排|答复|处理|协调|建设|承担|抢修|维修|清运|核实|整改))/;

/**
 * Per sentence index, the ranges [from, to) of its text whose agent is someone else than the unit. Headings reset the
 * agent; a sentence whose first clause has no subject carries the last agent of the sentence before in its section.
 */
export function othersClauses(
  sentences: readonly { text: string; heading?: boolean; section?: number }[],
  unit: UnitIdentity,
  sections: readonly { level: number }[] = [],
): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  let carried: Agent = null;
  let section = -1;
  let practice: number | null = null;
  sentences.forEach((s, i) => {
    if (s.heading) {
      const level = sections[s.section ?? -1]?.level ?? 1;
      const h = OTHERS_PRACTICE_HEADING.exec(s.text);
      if (h && (h[2] === undefined || (h[2] !== unit.place && !VERB_NOT_PLACE.test(h[2]) && !/^[我本全该各]/.test(h[2])))) practice = level;
      else if (practice !== null && level <= practice) practice = null;
    }
    if (s.heading || s.section !== section) {
      carried = practice !== null ? 'other' : null;
      section = s.section ?? section;
      if (s.heading) return;
    }
    const ranges: [number, number][] = [];
    let agent: Agent = carried;
    let document = false;
    for (const m of s.text.matchAll(/[^，,；;。！？!?：:]+[，,；;。！？!?：:]*/g)) {
      const clause = m[0];
      const named = clauseAgent(clause.trim(), unit);
      if (named !== null) {
        agent = named;
        document = DOCUMENT_SAYS.test(clause.trim());
      }
      const at = m.index ?? 0;
      if (agent === 'other' || agent === 'here') ranges.push([at, at + clause.length]);
      else {
        const by = BY_OTHER.exec(clause);
        const byOwn = by !== null && (/^(镇|乡|街道)里?$/.exec(by[1]) ? ownTier(by[1].replace(/里$/, ''), unit) : /^县/.test(by[1]) && countyReport(unit));
        if (by && !byOwn && (/^(?:其|该)/.test(by[1]) || !isOwnBody(by[1], unit))) ranges.push([at + (by.index ?? 0), at + clause.length]);
      }
    }
    // A document's content runs on into the list its sentence opens or continues (…明确了三项任务：一是…；二是…), not past a full stop.
    carried = agent === 'other' && !(document && /[。！？!?]\s*$/.test(s.text)) ? 'other' : null;
    if (ranges.length) out.set(i, ranges);
  });
  return out;
}

/** The text with the given ranges blanked (□, one for one). */
export function blankRanges(text: string, ranges: readonly [number, number][] | undefined): string {
  if (!ranges) return text;
  let out = text;
  for (const [a, b] of ranges) out = out.slice(0, a) + out.slice(a, b).replace(/[^，,；;。！？!?：:\s]/g, '□') + out.slice(b);
  return out;
}
