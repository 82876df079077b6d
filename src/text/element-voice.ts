/**
 * Who acts (session 14, issue 11 "the unit is the actor"): material about the unit written by someone
 * else — a 督查组's feedback, a 第三方 evaluation, a reporter's story — tells two kinds of action: the
 * writer's own (查看、走访、抽查、暗访、采访、测评、发放问卷) and the unit's. Only the unit's are its
 * measures, and the writer's team and its head are not who is responsible in the unit. A sentence whose
 * subject is such a writer (督查组 / 评估组 / 暗访员 / 记者 / 评估机构, or a body 受…委托) is the writer's
 * from that clause on, through the clauses that share the subject, until the writer reports what it
 * learned (督查组了解到，该局推行… : what follows is the unit's) or another subject takes over (我局 / 该局
 * / 局里 …). The unit's own 检查组 / 巡查组 / 调研组 act for it and are not writers here.
 */

/** An outside assessor or reporter as a clause's subject (县创文办第二督查组 / 清河师范学院评估组 / 记者近日…). */
const WRITERS =
  '(?:督查组|测评组|评估组|暗访组|核查组|验收组|专家组|评估机构|测评机构|调查机构|第三方(?:机构|评估机构)?|评估人员|测评人员|暗访人员|调查人员|暗访员|测评员|评估员|记者|笔者)';
/** The unit by its bare short name opening a clause (局 / 中心 / 公司 …), as in 局督查组. */
const OWN_SHORT = '(?:局|中心|院|校|队|站|所|馆|公司|行|会|办|委)';
const WRITER = new RegExp(
  // Not the unit's own team (我局组织督查组… / 本中心评估组), nor the writer as an object (告诉记者 / 向督查组).
  // Nor a team the unit calls its own by its bare short name (局督查组 / 中心评估组), nor one it commissions (委托第三方…:
  // the commission is the unit's act; review, session 14).
  `^(?![^，,。；;：:]*?(?:我|本(?:局|单位|中心|院|校|所|站|行|公司|会|办|委)|组织|组建|成立|派出|抽调|选派|委托|聘请|邀请|引入|引进|购买))(?!${OWN_SHORT}(?:创文|党组|机关|内部)?${WRITERS})[^，,。；;：:“”]{0,14}?(?<![我本向对跟给诉受同领请])${WRITERS}(?![^，,。；]{0,4}(?:反馈|指出|提出)的?问题)`,
);
const WRITER_ANYWHERE = new RegExp(WRITERS);

/** A body commissioned by another (受县文明办委托，…): what it did is its own. */
const COMMISSIONED = /^([^，,。；：:我本]{0,24}?)受[^，,。；]{1,20}委托/;

/** The body commissioned is the unit itself, named as its title names it (县志愿服务联合会受县文明办委托…: review, session 14). */
function commissionedOther(clause: string, title: string): boolean {
  const m = COMMISSIONED.exec(clause);
  if (!m) return false;
  const body = m[1]!.replace(/^(?:[\u4e00-\u9fff]{1,3}?[省市])?(?:[\u4e00-\u9fff]{1,3}?县)?/, '').trim();
  // Session 57 (set 52's 38438): commissioned with no body named, in a firm's own report (受人民路沿线商户联合委托，公司承担…): the firm, the unit.
  if (body.length < 2) return !/公司|集团|合作社|事务所/.test(title.replace(/^[#\s]+/, '').split('关于')[0]!);
  return !title.includes(body);
}

/** The writer reports what it learned or saw: what follows is told, not done by the writer. */
const REPORTS = /(?:了解到|获悉|看到|注意到|发现|认为|得知|显示|表明|介绍|反映|指出|评价|认定)[^，,。；]{0,2}$/;

/** Another subject takes the clause: the unit (我局 / 本中心 / 该局 / 局里) or its response (随即整改 …). */
const OTHER_SUBJECT = /^(?:我(?!们)|本(?:局|单位|中心|院|校|所|站|行|公司|会|办|委|馆|社区|村|镇)|该(?:局|中心|公司|院|行|所|馆|站|队|校|委|办|会|社区|村|镇|街道|单位|部|支行|医院|协会)|[局所院校站队行镇村馆]里|(?:随即|立即|当即|及时|马上)(?:整改|组织|进行|开展|落实|召开|安排))/;

/**
 * The sentence with the writer's clauses blanked (□, one for one, so offsets stay). In a newsroom's own report
 * (融媒体中心、电视台 …: its title says so) the reporters are the unit's staff: nothing is blanked.
 */
export function maskWriter(text: string, newsroom = false, title = ''): string {
  if (newsroom || (!WRITER_ANYWHERE.test(text) && !/受[^，,。；]{1,20}委托/.test(text))) return text;
  let out = '';
  let writer = false;
  const parts = text.split(/(?<=[，,；;：:。！？!?])/);
  for (const part of parts) {
    const clause = part.trim();
    if (OTHER_SUBJECT.test(clause)) writer = false;
    if (WRITER.test(clause) || commissionedOther(clause, title)) writer = true;
    const told = writer && REPORTS.test(clause.replace(/[，,；;：:。！？!?]+$/, ''));
    out += writer ? part.replace(/[^，,；;：:。！？!?\s]/g, '□') : part;
    if (told) writer = false;
  }
  return out;
}
