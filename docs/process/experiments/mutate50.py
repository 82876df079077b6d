# Session 50's mutation check of its own rules: break one at a time, run test/report/element-session-50.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate50.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
RE=D+'element-record-extracts.ts'
OD=D+'element-others-deeds.ts'
PT=D+'element-parties.ts'
P=D+'element-responsibility.ts'
DO=D+'element-result-domains.ts'
ST=D+'element-result-states.ts'
CL=D+'element-claims.ts'
MC=D+'element-measure-classes.ts'
E=D+'elements.ts'
R=D+'element-results.ts'
M=[
# rows quoted from others' records
(E,"      if (name === '具体措施' && text.length === s.text.length) text = blankRanges(text, extracts.get(i));\n",""),
(RE,"    if (s.heading) {\n      on = false;\n      return;\n    }","    if (s.heading) return;"),
(RE,"    if (on && /[｜|]/.test(t)) out.set(i, [[0, t.length]]);\n    else on = false;","    if (on) out.set(i, [[0, t.length]]);"),
(RE,"      out.set(i, [[lead.index, t.length]]);","      out.set(i, [[0, t.length]]);"),
(RE,"    if (lead && !/[｜|]/.test(t.slice(0, lead.index)) && !OWN_IN_LEAD.test(clause) && !ownParty(clause, title)) {","    if (lead && !OWN_IN_LEAD.test(clause) && !ownParty(clause, title)) {"),
(RE,"    if (lead && !/[｜|]/.test(t.slice(0, lead.index)) && !OWN_IN_LEAD.test(clause) && !ownParty(clause, title)) {","    if (lead && !/[｜|]/.test(t.slice(0, lead.index)) && !ownParty(clause, title)) {"),
(RE,"    if (lead && !/[｜|]/.test(t.slice(0, lead.index)) && !OWN_IN_LEAD.test(clause) && !ownParty(clause, title)) {","    if (lead && !/[｜|]/.test(t.slice(0, lead.index)) && !OWN_IN_LEAD.test(clause)) {"),
(RE,"const OWN_IN_LEAD = /我|本(?:局|单位|中心|所|站|院|校|公司|镇|乡|街道|社区|村)|[局所站院][\\u4e00-\\u9fff]{1,6}?[股科室]|队员/;","const OWN_IN_LEAD = /我|本(?:局|单位|中心|所|站|院|校|公司|镇|乡|街道|社区|村)/;"),
(RE,"    const lead = OWNED_LEAD.exec(t) ?? (bare && told() ? bare : null);","    const lead = OWNED_LEAD.exec(t) ?? bare;"),
(RE,"    const lead = OWNED_LEAD.exec(t) ?? (bare && told() ? bare : null);","    const lead = bare && told() ? bare : null;"),
(RE,"    const told = () => [i, i - 1, i - 2].some(","    const told = () => [i].some("),
(RE,"    return !/[我本]/.test(clause.slice(0, at));","    return true;"),
(RE,"|汇总[^，,。；]{0,10}?(?:记录|台账|报表)/;","/;"),
(RE,"(?:报送|上报|交|送|报)[^，,。；]{0,12}?(?:归档|存档|备案|收存|留存|汇总)|","(?:报送|上报|交|送|报)|"),
# a firm's crew or signature
(OD,"|作业(?:[一二三四五六七八九十\\d]{1,2})?(?:班组|班|队|组)|养护(?:班组|班|队|组)|施工队|","|施工队|"),
(OD,"|(签字|签名|盖章|签章)(?:确认)?)\\s*$/;",")\\s*$/;"),
(OD,"    if (firm && clause.split(/[｜|]/).some((other) => other !== cell && (UNIT_CELL.test(other) || CHECKED_ROW.test(other)))) return false;\n",""),
(OD,"const CHECKED_ROW = /抽查|督查|检查组|执法|查处|督促|责令|干部|执法人员|工作人员|我|本(?:局|所|站|中心|镇|乡)/;","const CHECKED_ROW = /我|本(?:局|所|站|中心|镇|乡)/;"),
(OD,"|养护(?:班组|班|队|组)|施工队|","|养护(?:班组|班|队|组)[\\u4e00-\\u9fff]{0,4}|施工队|"),
(OD,"  /^\\s*([\\u4e00-\\u9fff]{0,12}?(?:公司|企业))(?:的)?(?:(?:员工|","  /^\\s*([\\u4e00-\\u9fff]{1,12}?(?:公司|企业))(?:的)?(?:(?:员工|"),
# others acting for themselves
(PT,"    if (MASS_ORG.test(b[1]) && !/委员?会$/.test(b[1])) return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) && !joinedByUnit(c, unit) ? 'here' : null;\n",""),
(PT,"    if (MASS_ORG.test(b[1]) && !/委员?会$/.test(b[1])) return","    if (/(?:联|会)$/.test(b[1])) return"),
(PT,"return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) && !joinedByUnit(c, unit) ? 'here' : null;","return !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) && !joinedByUnit(c, unit) ? 'here' : null;"),
(PT,"return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) && !joinedByUnit(c, unit) ? 'here' : null;","return unit.kind != null && !joinedByUnit(c, unit) ? 'here' : null;"),
(PT,"return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) && !joinedByUnit(c, unit) ? 'here' : null;","return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n)) && !joinedByUnit(c, unit) ? 'here' : null;"),
(PT,"return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) && !joinedByUnit(c, unit) ? 'here' : null;","return unit.kind != null && !unit.names.some((n) => MASS_ORG.test(n) && orgKey(n) === orgKey(b[1])) ? 'here' : null;"),
(PT,"const MASS_ORG = /妇联|残联|文联|侨联|工商联|科协|联合会|工会|红十字会|慈善总会|慈善会|协会|商会|联$/;","const MASS_ORG = /联|会/;"),
(PT,"const MASS_ORG = /妇联|残联|文联|侨联|工商联|科协|联合会|工会|红十字会|慈善总会|慈善会|协会|商会|联$/;","const MASS_ORG = /妇联|残联|文联|侨联|工商联|科协|联合会|工会|红十字会|慈善总会|慈善会|协会|商会/;"),
(PT,"  if (JOINED_BY_UNIT.test(head)) return true;\n",""),
(PT,"[...head.matchAll(/[和与同及、]|联合|会同|协同/g)]","[...head.matchAll(/[和与同及、]/g)]"),
(PT,"    return [n, bare, '县' + bare, '市' + bare];","    return [bare];"),
(PT,"    return [n, bare, '县' + bare, '市' + bare];","    return [n];"),
(PT,"  if (association && !/组织|联合|会同|协同|邀请|动员|依托|通过|与|和|同|协调|指导|督促|支持|委托|向|对|为|给|在|由|把|将|请|经/.test(association[1]!) && unit.kind != null","  if (association && unit.kind != null"),
(PT," && unit.kind != null && !unit.names.some((n) => /协会/.test(n)) && !joinedByUnit(c, unit)) return 'here';"," && !joinedByUnit(c, unit)) return 'here';"),
(PT,"  if (/^(?:班级)?(?:家委会|家长委员会)/.test(c) && !/(?:与|和|同|协助|配合|会同|联合)(?:学校|我校|本校|班主任|老师|幼儿园|我园|本园|园方|校方)/.test(c)) return 'here';\n",""),
(PT,"  if (/^(?:班级)?(?:家委会|家长委员会)/.test(c) && !/(?:与|和|同|协助|配合|会同|联合)(?:学校|我校|本校|班主任|老师|幼儿园|我园|本园|园方|校方)/.test(c)) return 'here';","  if (/^(?:班级)?(?:家委会|家长委员会)/.test(c)) return 'here';"),
(OD,"|家长|志愿者(?=(?:(?!我|本|按照|根据|派单|安排|组织|分工)[^，,。；｜|]){0,8}?自行(?!车))|(?:托育","|家长|志愿者|(?:托育"),
(OD,"|家长|志愿者(?=(?:(?!我|本|按照|根据|派单|安排|组织|分工)[^，,。；｜|]){0,8}?自行(?!车))|(?:托育","|家长|志愿者(?=[^，,。；｜|]{0,8}?自行(?!车))|(?:托育"),
(MC,"|勘测|勘查|踏勘|丈量|","|勘测|勘查|丈量|"),
# 主体责任: a 股's head leading
(P,"    for (const m of t.matchAll(PART_ROLE_LEADS)) {","    for (const m of [].slice()) {"),
(P,"      if (/监督检查|纪检|巡察|监察/.test(m[1]!) || /^[^，,。；]{0,12}?(?:来[院局校所站我]|到我|对我)/.test(t.slice((m.index ?? 0) + m[0].length))) continue;\n",""),
(P,"      if (/监督检查|纪检|巡察|监察/.test(m[1]!) || /^[^，,。；]{0,12}?(?:来[院局校所站我]|到我|对我)/.test(","      if (/^[^，,。；]{0,12}?(?:来[院局校所站我]|到我|对我)/.test("),
(P,"      if (/监督检查|纪检|巡察|监察/.test(m[1]!) || /^[^，,。；]{0,12}?(?:来[院局校所站我]|到我|对我)/.test(t.slice((m.index ?? 0) + m[0].length))) continue;","      if (/监督检查|纪检|巡察|监察/.test(m[1]!)) continue;"),
(P," && !/(?:局|委|中心|院)[\\u4e00-\\u9fff]{1,8}?[股科室]/.test(head)) {",") {"),
(P,"  if (/局|委|中心|院|办|政府|公司|集团/.test(head) && !/学校|中学|小学|幼儿园/.test(head)","  if (/局|委|中心|院|办|政府|公司|集团/.test(head)"),
(P,"  if (/局|委|中心|院|办|政府|公司|集团/.test(head)","  if (/局|委|中心|院|办|政府/.test(head)"),
(P,"((?:(?![局委院所站队部会司省市县区镇乡村心府厂行])[\\u4e00-\\u9fff]){2,10}?[股科室])","([\\u4e00-\\u9fff]{2,10}?[股科室])"),
(P,"((?:(?![局委院所站队部会司省市县区镇乡村心府厂行])[\\u4e00-\\u9fff]){2,10}?[股科室])","((?:(?![局委院所站队部会司])[\\u4e00-\\u9fff]){2,10}?[股科室])"),
(P,"(?:副)?(?:股长|科长|主任)((?:(?![长任记次])[\\u4e00-\\u9fff]){2,3})(?:同志)?(?:每[天日周月]|亲自|全程)?带队(?![员人]|老师|师傅)/g;","(?:副)?(?:股长|科长|主任)[^，,。；]{0,6}?带队(?![员人]|老师|师傅)/g;"),
# 取得成效
(R,"?? complianceSentence(claimed) ?? domainOutcome(claimed) ??","?? complianceSentence(claimed) ??"),
(DO,"  if (/[｜|]/.test(text)) return null;\n",""),
(DO,"  if (fewer && Number(fewer[1]) < Number(fewer[3])) return fewer;","  if (fewer) return fewer;"),
(DO,"  if (fewer && Number(fewer[1]) < Number(fewer[3])) return fewer;","  if (fewer && Number(fewer[1]) <= Number(fewer[3])) return fewer;"),
(DO,"(?:上年|去年|上一年)(?:同期)?(?:为|是|有|共)?\\s*(\\d+)\\s*\\2/;","(?:上年|去年|上一年)(?:同期)?(?:为|是|有|共)?\\s*(\\d+)\\s*(?:件|起|宗|例|次|个)/;"),
(DO,"const FEWER_THAN_LAST = /(?<!(?:查处|办理|受理|调解|处理|侦破|破获|办结)[^，,。；]{0,6})(?:投诉","const FEWER_THAN_LAST = /(?:投诉"),
(DO,"(?:而)?(?:上年|去年|上一年)(?:同期)?","(?:而)?(?:上年|去年|往年|上一年)(?:同期)?"),
(DO,"  for (const re of [NOT_FLOODED, NO_LAVISH, RECONCILED, TIDY_NOW]) {","  for (const re of [NO_LAVISH, RECONCILED, TIDY_NOW]) {"),
(DO,"  for (const re of [NOT_FLOODED, NO_LAVISH, RECONCILED, TIDY_NOW]) {","  for (const re of [NOT_FLOODED, RECONCILED, TIDY_NOW]) {"),
(DO,"  for (const re of [NOT_FLOODED, NO_LAVISH, RECONCILED, TIDY_NOW]) {","  for (const re of [NOT_FLOODED, NO_LAVISH, TIDY_NOW]) {"),
(DO,"  for (const re of [NOT_FLOODED, NO_LAVISH, RECONCILED, TIDY_NOW]) {","  for (const re of [NOT_FLOODED, NO_LAVISH, RECONCILED]) {"),
(DO,"const NOT_ASKED = '(?<!(?:是否|有无|有没有|检查|排查|查看|核查|如果|如遇|如有|若|假如|一旦|防止|避免|确保|保证|力争|争取|做到|实现|要|需)[^，,。；]{0,10})';","const NOT_ASKED = '';"),
(DO,"const NOT_ATTRIBUTE = '(?![^，,。；]{0,4}?(?:的|情况|隐患|问题|风险|吗|与否|报警|预警|监测|装置|设施|设备|挡板|口|闸|阀))';","const NOT_ATTRIBUTE = '';"),
(DO,"|吗|与否|报警|预警|监测|装置|设施|设备|挡板|口|闸|阀))';","|吗|与否))';"),
(DO,"${NOT_ASKED}(?<!有)(?:没有|没|未)","${NOT_ASKED}(?:没有|没|未)"),
(DO,"(?:因积水封闭|进水|","(?:因积水)?(?:封闭|进水|"),
(DO,"  `(?:暴雨|强降雨|降雨|大雨|汛期|入汛|雨季|主汛期)[^。；]{0,24}?${NOT_ASKED}","  `${NOT_ASKED}"),
(DO,"(?:大操大办|高价彩礼|天价彩礼|婚闹|铺张浪费)(?:现象|情况|问题)?(?![^，,。；]{0,4}?(?:的|吗|与否))`,","(?:大操大办|高价彩礼|天价彩礼|婚闹|铺张浪费)(?:现象|情况|问题)?`,"),
(DO,"  `(?<!(?:帮助|促使|促进|引导|力争|争取|希望|让|使|是否|鼓励|劝导|推动|以便|劝说|劝|说服|动员|建议|指导|要求|督促|努力|尽量)[^，,。；]{0,12})(?:当事人|","  `(?:当事人|"),
(DO,"|推动|以便|劝说|劝|说服|动员|建议|指导|要求|督促|努力|尽量)[^，,。；]{0,12})(?:当事人|","|推动|以便)[^，,。；]{0,12})(?:当事人|"),
(DO,"  /(?:如今|现在|而今|眼下)[^，,。；]{0,12}?(?<![不未没欠])","  /(?:如今|现在|而今|眼下)[^，,。；]{0,12}?"),
(ST,"(?:退去|消退|排干|排净|排除|排出|退完|排完)(?!后)","(?:退去|消退|排干|排净|排除|退完|排完)(?!后)"),
(CL,"|^(?:再|过|发生|出现|因积水|受)?(?:进水|受淹|被淹|倒灌|内涝|大操大办)(?![\\\\u4e00-\\\\u9fff]{0,3}?(?:口|闸|阀|挡板|设施|装置|报警|预警|演练|预案|应急|治理|整治|排查))`);","`);"),
(CL,"(?:进水|受淹|被淹|倒灌|内涝|大操大办)(?![\\\\u4e00-\\\\u9fff]{0,3}?(?:口|闸|阀|挡板|设施|装置|报警|预警|演练|预案|应急|治理|整治|排查))`);","(?:进水|受淹|被淹|倒灌|内涝|大操大办)`);"),
]
run(M,'test/report/element-session-50.test.ts')
