/**
 * Session 51 (set 46's errors): a firm doing its own work under its contract, told in running prose. The rulings since set 45:
 * a 维保 公司's 检测, an 环卫 作业 公司's 清扫, a 清洗 公司's 清洗, a 处置 公司's 收运 under its contract are theirs; the unit that
 * only 委托 / 考核 / 接收 / 汇总 them has no measure of its own in them. Three shapes, each read at a clause's start:
 * - a contract firm named by its trade opening the clause (维保公司对小区消防设施进行了检测 / 9月作业公司出动保洁车辆42车次);
 * - a passive 由 naming a firm as the doer (辖区5个物业小区由物业按合同开展楼道巡查 / 路面清扫由洁城公司负责);
 * - a contract's terms (合同约定主干道机扫、背街小巷人工清扫): what the contract says is done is no deed told as done.
 * Not when the unit is itself such a firm (its own report), nor when the unit is joined in the clause.
 */

/** Firms by their trade, as reports name a contractor without its name (session 19's CONTRACTOR has the older kinds). */
const TRADE = '(?:消防)?(?:维保|维护保养|维修|养护|作业|保洁作业|环卫作业|清扫|清洗消毒|清洗|消毒|消杀|病媒消杀|(?:(?:生活|建筑|餐厨)?垃圾)?清运|(?:河道|沟渠|坑塘)?清淤|(?:管道|管网|下水道)?疏通|处置|收运|收集|运营|检测|第三方检测)';
const TRADE_FIRM = new RegExp(`^(?:本次|此次|本月|本年度?|本季度?)?(?:该|受托的?|签约的?|中标的?|合作的?|承接的?|[^，,。；我本]{0,8}?委托的)?${TRADE}(?:公司|企业|单位|机构|服务商)(?![^，,。；]{0,2}?(?:履约|考核|考评|存在|的))`);
/** A named firm: a name of two to twelve characters ending in a firm's word. */
const NAMED_FIRM = '(?:(?!组织|督促|协调|联系|牵头|联合|会同|与|和|及|我|本|街道|社区|局)[\\u4e00-\\u9fff“”]){2,14}?(?:有限责任公司|有限公司|公司|集团)';
/** 由 + a firm (该公司 after its contract, session 52; one with the licence, 由有资质的检测机构完成, session 53) + its own working (按合同 / 负责 / 自行 / 定期 / a working verb, its trade's verb). */
const BY_FIRM = new RegExp(
  `^[^，,。；我本]{0,20}?由(?:[^，,。；]{0,10}?(?:委托|聘请|签约|中标)的|(?:有|具备|具有)(?:相应|法定)?资质的|专业|第三方)?((?:物业(?:公司|企业|服务企业)?|${TRADE}(?:公司|企业|单位|机构)|${NAMED_FIRM}|该(?:公司|企业|单位|机构)))(?:对[^，,。；]{1,12}?(?=开展|实施|进行|清洗|消毒|检测|收运|清运|疏通|清淤|保洁|清扫|养护|维保))?(?:按|根据|依据|依照|依|负责|自行|定期|每|统一|开展|实施|进行|承担|完成|清洗|消毒|检测|收运|清运|疏通|清淤|保洁|清扫|养护|维保)`,
);
/** A contract's terms opening the clause with what they require (合同约定主干道机扫…); 按合同约定， is a lead, not terms. */
const TERMS = /^(?:双方|该|其|所签的?)?(?:服务合同|作业合同|维保合同|承包合同|合同|协议)(?:中|里|上)?(?:约定|规定|明确)(?:了)?(?=[^，,。；]{3,})/;
/** The unit joined or acting in the clause (与我局 / 我街道 / 本中心 / 配合街道 / 和街道工作人员一起), which makes the deed its own too; 本次 / 本月 are no unit. */
const UNIT_IN = /(?:[和与同及、]|会同|联合|协同|配合|协助|陪同)(?:我|本(?!次|月|年|季|周)|街道|社区|镇|乡|村|局|中心|所)|^(?:我|本(?!次|月|年|季|周))/;

/**
 * Session 53 (set 48's 36206, 36239): the unit handing a work over to a firm (将城区管网清淤疏浚按合同委托清河县市政养护有限公司实施 /
 * 日常清淤由我局委托县城市排水有限公司实施): the work is the firm's — the unit only 委托 it (the rulings). Read before the unit's own
 * word in the clause, which names the one who hands over; not a commissioned 测评 / 评估 / 暗访 / 督查 (the unit's own, session 52).
 */
const DELEGATED = new RegExp(
  `委托(?:给)?(?:${NAMED_FIRM}|${TRADE}(?:公司|企业|单位|机构)|物业(?:公司|企业)|(?:专业|第三方|有资质的)[^，,。；]{0,6}?(?:公司|企业|机构|单位))(?:按合同|按协议|负责|具体)?(?:实施|负责|承担|作业|完成|承接|开展|进行)(?![^，,。；]{0,4}(?:测评|评估|暗访|督查|调查))`,
);
/** Review 53a: the unit's own step after the hand-over in the same clause (…委托…公司实施管网清淤并组织专家对清淤质量开展验收). */
const OWN_STEP_AFTER = /(?:并|同时|后)(?:组织|安排|督促|派员|抽调|指派|对)/;
const COMMISSIONED_CHECK = /测评|评估|暗访|督查|调查|问卷/;
/**
 * Session 53 (set 48's 36206, 36221): the firm named back (该公司共清淤雨污管道12.8公里 / 该公司清掏雨水口3120个次) or the property
 * managers of the area counted at their work (辖区物业共疏通小区排水管道1.3公里): theirs, not the unit's — not in a firm's own report.
 */
const FIRM_BACK = /^(?:该|辖区各?|小区|各)(?:公司|企业|物业(?:公司|企业|服务企业)?)(?:也|还|均|都)?(?:共|已|累计|先后|全年|自行|按|依|对|组织|派|安排|实施|开展|完成|出动|清|疏|掏|检|维|养|消|收|运|更换|修)/;

/** The firm kinds and names the unit itself bears: a firm's own report speaks of itself so. */
function isFirm(names: readonly string[]): boolean {
  return names.some((n) => /(?:公司|集团|企业)$/.test(n));
}

/** The clause hands a work over to a firm (DELEGATED), outside a firm's own report. */
export function delegatedToFirm(clause: string, unitNames: readonly string[]): boolean {
  const m = DELEGATED.exec(clause);
  return m !== null && !OWN_STEP_AFTER.test(clause.slice(m.index + m[0].length)) && !COMMISSIONED_CHECK.test(clause) && !isFirm(unitNames);
}
/**
 * Review 53a: after the hand-over, a clause opening with the unit's next step (，并对清淤现场开展每周巡查 / ，同时组织执法中队…) is the
 * unit's again — the one who handed over is the unit; the firm's figures (，共清淤管道8.6公里) carry on as the firm's.
 */
export const UNIT_NEXT_STEP = /^(?:并|同时|并且|此外|另外)|^(?:组织|安排|督促|派员|抽调|指派|要求|责成)/;

/** The clause tells a contract firm's own work (or a contract's terms): the deed is not the unit's. */
export function contractFirmActs(clause: string, unitNames: readonly string[]): boolean {
  if (delegatedToFirm(clause, unitNames)) return true;
  if (UNIT_IN.test(clause)) return false;
  if (TERMS.test(clause)) return true;
  if (isFirm(unitNames)) return false;
  if (TRADE_FIRM.test(clause) || FIRM_BACK.test(clause)) return true;
  const by = BY_FIRM.exec(clause);
  return by !== null && !unitNames.some((n) => n.includes(by[1]!) || by[1]!.includes(n));
}
