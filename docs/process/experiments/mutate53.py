# Session 53's mutation check of its own rules: break one at a time, run test/report/element-session-53.test.ts, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate53.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
ME=D+'element-measures.ts'
OD=D+'element-others-deeds.ts'
RS=D+'element-responsibility.ts'
CF=D+'element-contract-firms.ts'
PT=D+'element-parties.ts'
RE=D+'element-results.ts'
RC=D+'element-result-compliance.ts'
M=[
# 具体措施: work handed to firms, firms named back
(CF,"m !== null && !OWN_STEP_AFTER.test(clause.slice(m.index + m[0].length)) && !COMMISSIONED_CHECK.test(clause) && !isFirm(unitNames);","m !== null && !OWN_STEP_AFTER.test(clause.slice(m.index + m[0].length)) && !isFirm(unitNames);"),
(CF,"m !== null && !OWN_STEP_AFTER.test(clause.slice(m.index + m[0].length)) && !COMMISSIONED_CHECK.test(clause) && !isFirm(unitNames);","m !== null && !COMMISSIONED_CHECK.test(clause) && !isFirm(unitNames);"),
(PT,"  if (delegatedToFirm(c, unit.names)) return 'here';\n",""),
(CF,"  if (TRADE_FIRM.test(clause) || FIRM_BACK.test(clause)) return true;","  if (TRADE_FIRM.test(clause)) return true;"),
(CF,"const FIRM_BACK = /^(?:该|辖区各?|小区|各)(?:公司|企业|物业","const FIRM_BACK = /^(?:该|小区|各)(?:公司|企业|物业"),
(PT,"(?:\\\\d{1,2}|[一二三四五六七八九十]{1,3})(?:至|到|—|－|～)(?:\\\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|初|中旬|下旬|上旬|底)?|","XX|"),
(OD,"|根据([\\u4e00-\\u9fff、]{1,20}?)(?:报送|上报|汇总|报来|□{2,}))","|XX根据([\\u4e00-\\u9fff、]{1,20}?)(?:报送|上报|汇总|报来|□{2,}))"),
(OD,"|根据([\\u4e00-\\u9fff、]{1,20}?)(?:报送|上报|汇总|报来|□{2,}))","|根据([\\u4e00-\\u9fff、]{1,20}?)(?:报送|上报|汇总|反馈|报告|□{2,}))"),
# 具体措施: places and others' reports
(PT,"  if (PLACES_REPORT.test(c) || REPORTS_SHOW.test(c)) return 'here';","  if (REPORTS_SHOW.test(c)) return 'here';"),
(PT,"  if (PLACES_REPORT.test(c) || REPORTS_SHOW.test(c)) return 'here';","  if (PLACES_REPORT.test(c)) return 'here';"),
(PT,"  if (office && (office[1] === undefined || ownTier(office[1], unit)) && !/(?:公司|集团|企业)$/.test(unit.names[0] ?? '')) return 'own';\n",""),
(PT,"(?:(?![县市省区州镇乡村街各全该其有由对在向为与和同]|社区|物业|公司|企业|集团|医院|卫生院|学校|中心|监理|项目)[\\u4e00-\\u9fff]){1,5}?(?:股|科|办公室|办))","(?:(?![县市省区州镇乡村街各全该其有由对在向为与和同]|社区)[\\u4e00-\\u9fff]){1,5}?(?:股|科|办公室|办))"),
(PT,"|屠宰企业|屠宰场|乡镇卫生院|卫生院|加油站|加油加气站)(?![长所])/;","|屠宰企业|屠宰场)(?![长所])/;"),
(PT,"  if (place && !isOwnBody(place[1]!, unit) && !unit.names.some((n) => n.includes(place[1]!) || place[1]!.includes(n) || /卫生|卫健|疾病|疾控/.test(n))) return 'here';","  if (place) return 'here';"),
(PT,"  if (SCHOOL_STAFF_ACTS.test(c) && unit.names.length > 0 && !unit.names.some((n) => /学校|中学|小学|幼儿园|学院|教育中心|职教中心|中专|技校|[一二三四五六七八九十]中$|初中|高中|校$|园$/.test(n))) return 'here';","  if (SCHOOL_STAFF_ACTS.test(c)) return 'here';"),
(PT,"  if (SCHOOL_STAFF_ACTS.test(c) && unit.names.length > 0 && !unit.names.some((n) => /学校|中学|小学|幼儿园|学院|教育中心|职教中心|中专|技校|[一二三四五六七八九十]中$|初中|高中|校$|园$/.test(n))) return 'here';\n",""),
# 具体措施: papers filed, licensed bodies, station rows, days
(ME,"  /(?:(?<=备案)(?=审查)|(?<!(?:汇总|备案|收集|接收|归档|收到|报送|上报|提交|转交|存档)了?[^，,。；]{0,3}))(?:检查|检定|","  /(?:检查|检定|"),
(CF,"|(?:有|具备|具有)(?:相应|法定)?资质的|专业|第三方)?((","|专业|第三方)?(("),
(CF,"`^[^，,。；我本]{0,20}?由(","`^[^，,。；我本]{0,16}?由("),
(OD,"  /^\\s*(?:站内|站方|场内|厂内|店内|院内|校内|园内|村|企业|","  /^\\s*(?:村|企业|"),
(ME,"|巡塘|巡坝)了?(?:\\d+|[两二三四五六七八九十百]+)\\s*[余多]?\\s*(?:次|趟|遍|天))/;","|巡塘|巡坝)了?(?:\\d+|[两二三四五六七八九十百]+)\\s*[余多]?\\s*(?:次|趟|遍))/;"),
# 主体责任
(RS,"const MANY_BODIES = /^(?:[^，,。；]{0,10}?由)?(?:辖区|全县|全镇|全乡)?(?:各","const MANY_BODIES = /^(?:[^，,。；]{0,10}?由)?(?:各"),
(RS,"|站点|加油站|(?:液化石油气|液化气)(?:供应|充装)?站|站(?![长内里])|市场|","|站点|市场|"),
(RS,"      if (THEIR_HEAD_LEADS.test(t.slice(clauseStart, end)) && !(/(?:村|社区)(?:党支部|党委|委员会|居委会|村委会)?$/.test(titleUnit(title ?? '') ?? '') && /村|社区/.test(t.slice(clauseStart, end))) && MANY_BODIES.test(t.slice(Math.max(...['，', ',', '。', '；', ';'].map((c) => t.lastIndexOf(c, clauseStart - 2))) + 1, clauseStart).trimStart())) continue;","      if (false) continue;"),
(RS,"(?:(?:为|是|作为|任|担任)[^，,。；]{0,14}?责任人|(?:们)?(?:切实|认真|严格|主动|全面)?(?:履行|落实|扛起|担起|承担|当好)[^，,。；]{0,12}?(?:责任人|主体责任))/;","(?:为|是|作为|任|担任)[^，,。；]{0,14}?责任人/;"),
(RS,"  OFFICE_HEAD_LEADS,\n  OWN_HEAD_LEADS,\n","  OWN_HEAD_LEADS,\n"),
(RS,"  OFFICE_HEAD_LEADS,\n  OWN_HEAD_LEADS,\n","  OFFICE_HEAD_LEADS,\n"),
(RS,"      if ((re === OFFICE_HEAD_LEADS || re === OWN_HEAD_LEADS) && m[1] !== undefined && !tierIsUnit(m[1], re === OWN_HEAD_LEADS, title ?? '')) continue;\n",""),
(RS,"\\\\s*(?:(?:社区|村|街道|镇|乡|局|中心|所|站|卫生院|医院|院|派出所|(?:所|站|院|局|村|社区)里)?(?:指定|安排|明确|确定|委派|指派))?(?:由)?","\\\\s*(?:由)?"),
# 取得成效
(RE,"    if (datedRow && ROW_STATUS.test(clause.trim())) continue;\n",""),
(RE,"|处理|整改|疏通|劝离|恢复|办结|拆除|清除|更换|加固|腾退)(?:完毕|到位|正常)?[。；;]?$/;","|处理|整改|疏通|劝离|恢复|办结|拆除|清除|更换|加固|腾退)XX(?:完毕|到位|正常)?[。；;]?$/;"),
(RC,"INCOME_UP, PEOPLE_BACK, OUTBREAK_NONE];","INCOME_UP, OUTBREAK_NONE];"),
(RC,"INCOME_UP, PEOPLE_BACK, OUTBREAK_NONE];","INCOME_UP, PEOPLE_BACK];"),
(RC,"`(?<![｜|][^，,。；｜|]{0,12})(?<!(?:要|须|需|确保|保证|必须|做到|力争|争取|务必|防止|避免)[^，,。；]{0,12})(?:(?:(?:今年","`(?<!(?:要|须|需|确保|保证|必须|做到|力争|争取|务必|防止|避免)[^，,。；]{0,12})(?:(?:(?:今年"),
(RC,"`(?<!(?:让|使|令|要(?!求)|请|恳请|确保|保证|力争|争取|努力|为了|希望|盼|取得|赢得|获得|得到|寻求)[^，,。；]{0,16})${PEOPLE_AT_EASE}","`${PEOPLE_AT_EASE}"),
]
run(M,'test/report/element-session-53.test.ts')
