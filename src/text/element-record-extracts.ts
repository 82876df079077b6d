/**
 * Session 50 (set 45, moved to train; its ruling 1 over sets 24–25): register rows quoted from records others handed in — a firm's
 * work under its contract, a 护林员's patrols, families' applications — are theirs, the unit only receiving and filing them. The
 * rows (sentences holding ｜) that follow a lead naming such records (公司报来的记录摘录如下： / 公司报送记录摘录：4月8日｜… /
 * 汇总记录摘录：), up to the first sentence that is no row, tell no deed of the unit's (具体措施 only: their figures stay data).
 *
 * A lead names others' records when it says so itself (报来的 / 报送 / 交来 / 送来 / 汇总 … 记录 摘录), or when it only says 摘录
 * (如下)： and it or one of the two sentences before tells records handed in to be kept or compiled (作业记录由公司报局城建股备案 /
 * 送来保养记录6份，由我园收存备案 / 每月将巡山记录交乡镇林业站，再由我局汇总归档) — with no 我 / 本 before the record word in
 * that clause (我局巡查记录报县防指备案 is the unit's own record sent up), or tells others' records compiled (汇总护林员巡山记录4.1万条).
 * The review: not when the lead's own clause names the unit or its parts (我局向县政府上报的巡查记录摘录如下： / 我局汇总的… / 局市政股…),
 * nor when the party handing in is the unit's own (公司各作业班报来… in a firm's report, 各班报送… in a school's).
 */
const OWNED_LEAD =
  /(?:(?:报来|报送|上报|交来|送来|提交)(?:的)?|汇总(?:的)?)[\u4e00-\u9fff]{0,6}?(?:记录|台账|日志|报表|清单)(?:摘录|节选|选录|摘要)(?:如下)?[：:]/;
const BARE_LEAD = /(?:记录|台账|日志|报表)?(?:摘录|节选|选录)(?:如下)?[：:]/;
/**
 * Session 57 (set 52's 38508, 38521, 38527, 38533): the unit gathering what others handed in, told by 汇总如下： (中心收到各校报送的记录后
 * 汇总如下： / …并报送情况，局疾控股汇总如下：). The unit's office is the gatherer here, so its word in the lead's clause does not make the
 * rows its own; the rows are others' only when the lead or the two sentences before tell others' records handed in.
 */
const GATHERED_LEAD = /汇总(?:情况)?如下[：:]/;
const HANDED_TO_KEEP =
  /(?:记录|台账|日志|报表)[^，,。；]{0,12}?(?:报送|上报|交|送|报)[^，,。；]{0,12}?(?:归档|存档|备案|收存|留存|汇总)|(?:交来|送来|报来|报送的|上报的)[^，,。；]{0,8}?(?:记录|台账|日志|报表)|汇总[^，,。；]{0,10}?(?:记录|台账|报表)/;
/**
 * Session 57 (set 52's 38521, 38527, 38533): others handing in to the unit (每季度向中心报送活动记录 / 每月底向镇社会事务办报送情况 /
 * …开展宣传检测并报送情况): not to a county or higher body (我局每月向县防指报送… is the unit's own report up).
 */
const HANDED_IN = /(?:向(?![县市省州区]|上级)[\u4e00-\u9fff]{1,10}?|并|后)(?:报送|上报|报来|交来|提交|报)(?:了)?[\u4e00-\u9fff]{0,4}?(?:记录|台账|日志|报表|情况)(?=[，,。；;]|$)/;
/** The unit's own parts handing in (各股室报送… / 执法中队每周向局里报送…): its own records. */
// Review 57a: a bureau's own 所 and its cadres and staff too (各乡镇所每周检查后向局里报送… / 各包村干部…报送走访记录).
const OWN_HANDERS = /股室|科室|各股|各科|[中大]队|专班|执法人员|网格员|(?:乡镇|基层|监管)所|分局|包村干部|包片干部|包联干部|(?<![业司户店])工作人员/;
/**
 * Review 57a: the unit itself by its bare kind handing in up (社区每月向街道办报送… in a community's report / 学校每周向教育局报送… in a
 * school's): its own report sent up, the rows its own.
 */
const KIND_HANDS = /^(?:我|本)?(社区|学校|中心|街道|医院|卫生院|公司|镇|乡|村|局|所|站|院|校)(?:里)?(?:每|按|定期|均|都|也|还|向|及时|于|在|逐)/;
function unitHands(clause: string, title: string): boolean {
  const m = KIND_HANDS.exec(clause.trim());
  if (!m) return false;
  const head = title.split('关于')[0]!;
  return head.includes(m[1]!) || (/^(?:学校|校)$/.test(m[1]!) && /学|校|园/.test(head));
}
/** The gatherer before the handed-in records (我局对各单位报送的检查记录 / 中心收到各校报送的): the unit receiving, not its own records. */
const RECEIVER = /^.*(?:对|将|把|收到|收集|收取|收存|汇总|整理|审核|查阅)/;

function othersRecordsTold(text: string, title = ''): boolean {
  return text.split(/[，,。；;]/).some((clause, k, all) => {
    const m = HANDED_TO_KEEP.exec(clause);
    if (m) {
      const at = clause.search(/记录|台账|日志|报表/);
      // Session 57 (set 52's 38108): the handed-in records' party after the unit receiving them (我局对各单位报送的检查记录).
      const handed = /(?:交来|送来|报来|报送|上报)的/.test(m[0]) ? clause.slice(0, at).replace(RECEIVER, '') : clause.slice(0, at);
      if (!/[我本]/.test(handed) && !OWN_HANDERS.test(handed)) return true;
    }
    const h = HANDED_IN.exec(clause);
    if (!h) return false;
    const before = all.slice(0, k).join('，') + clause.slice(0, h.index);
    return !/[我本]/.test(clause.slice(0, h.index)) && !OWN_HANDERS.test(before) && !unitHands(clause, title);
  });
}

/** The unit's own word or its parts in the lead's clause (我局向县政府上报的巡查记录 / 局市政股… / 执法队员…): its own records. */
const OWN_IN_LEAD = /我|本(?:局|单位|中心|所|站|院|校|公司|镇|乡|街道|社区|村)|[局所站院][\u4e00-\u9fff]{1,6}?[股科室]|队员/;
/** The party handing in that the unit itself is (公司各作业班报来… in a firm's report / 各班报送… in a school's). */
function ownParty(lead: string, title: string): boolean {
  const head = title.split('关于')[0]!;
  return (/公司|集团|企业/.test(head) && /公司|作业班|班组/.test(lead)) || (/学校|中学|小学|幼儿园/.test(head) && /班|学校|年级/.test(lead));
}

// Review 57a: in a 汇总如下 lead, the unit named with its own work gathered (我局路政大队巡查情况汇总如下：) is its own rows.
const GATHERED_OWN_WORK = /(?:情况|记录|台账|数据|结果|工作)汇总(?:情况)?如下/;
const TOTAL_LINE = /^\s*(?:合计|总计|共计|小计|汇总)[：:，,]?/;

export function recordExtracts(sentences: readonly { text: string; heading?: boolean }[], title = ''): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  let on = false;
  sentences.forEach((s, i) => {
    const t = s.text;
    if (s.heading) {
      on = false;
      return;
    }
    const told = () => [i, i - 1, i - 2].some((k) => k >= 0 && othersRecordsTold(sentences[k]!.text.split(/摘录|节选|选录|汇总(?:情况)?如下/)[0]!, title));
    const bare = BARE_LEAD.exec(t);
    const gathered = bare ? null : GATHERED_LEAD.exec(t);
    const lead = OWNED_LEAD.exec(t) ?? (bare && told() ? bare : null) ?? (gathered && told() ? gathered : null);
    // The lead and what follows it in its sentence (公司报送记录摘录：4月8日｜…；); a row before the lead is no lead's.
    const clause = lead ? t.slice(0, lead.index + lead[0].length).split(/[，,。；;]/).pop()! : '';
    if (lead && !/[｜|]/.test(t.slice(0, lead.index)) && (lead === gathered ? !(OWN_IN_LEAD.test(clause) && GATHERED_OWN_WORK.test(clause)) : !OWN_IN_LEAD.test(clause)) && !ownParty(clause, title)) {
      on = true;
      out.set(i, [[lead.index, t.length]]);
      return;
    }
    if (on && /[｜|]/.test(t)) out.set(i, [[0, t.length]]);
    // Session 57 (set 52's 38533): the rows' total right after them (合计宣传约1950人次，现场检测185人，…) is theirs too.
    else if (on && TOTAL_LINE.test(t)) {
      out.set(i, [[0, t.length]]);
      on = false;
    } else on = false;
  });
  return out;
}
