# Session 57's mutation check of its own rules: break one at a time, run test/report/element-session-57.test.ts, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate57.py [index ...] [test file]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
EL=D+'elements.ts'
ME=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
OD=D+'element-others-deeds.ts'
PA=D+'element-parties.ts'
RX=D+'element-record-extracts.ts'
SD=D+'element-served-deeds.ts'
BG=D+'element-background.ts'
AP=D+'element-apparatus.ts'
DO=D+'element-documents.ts'
RS=D+'element-responsibility.ts'
RC=D+'element-result-classes.ts'
CO=D+'element-result-compliance.ts'
RG=D+'element-result-registers.ts'
WB=D+'element-result-wellbeing.ts'
SH=D+'element-shared.ts'
VO=D+'element-voice.ts'
M=[
# 具体措施
(RX,"      const handed = /(?:交来|送来|报来|报送|上报)的/.test(m[0]) ? clause.slice(0, at).replace(RECEIVER, '') : clause.slice(0, at);","      const handed = clause.slice(0, at);"),
(RX,"    const lead = OWNED_LEAD.exec(t) ?? (bare && told() ? bare : null) ?? (gathered && told() ? gathered : null);","    const lead = OWNED_LEAD.exec(t) ?? (bare && told() ? bare : null);"),
(RX,"    const h = HANDED_IN.exec(clause);\n    if (!h) return false;","    const h = null;\n    if (!h) return false;"),
(RX,"    else if (on && TOTAL_LINE.test(t)) {","    else if (false) {"),
(RX,"&& !OWN_HANDERS.test(before) &&","&&"),
(ME,"    if (selfNow && (selfBefore || eachBefore)) continue;","    if (selfNow && selfBefore) continue;"),
(OD,"  if (each && !reporterHead(title).includes(each[1]!.slice(-2))) return 'own';","  if (false) return 'own';"),
(SD,"  if (prev !== undefined && EACH_SUBJECT.test(prev) && !ownSubjectWide(prev, title) && /自行|自主|自发/.test(own)) return true;\n",""),
(AP,"const ATTACHMENT_KEY = /^附(?:件\\s*[\\d一二三四五六七八九十]*)?\\s*[：:]/;","const ATTACHMENT_KEY = /^附件\\s*[\\d一二三四五六七八九十]*\\s*[：:]/;"),
(BG,"|专项资金|记录|台账|日志|报表|建议|意见)/;","|专项资金)/;"),
(BG,"|专项资金|记录|台账|日志|报表|建议|意见)/;","|专项资金|记录|台账|日志|报表)/;"),
(MC,"|法|起|德|规|言|功|信|柱|式)'","|法|起|德|规|言|功|信)'"),
(ME,"|收到|收存|留存|收取|收齐|汇集|报送|","|收到|报送|"),
(ME,"    if (checked && !(/^(?:记录|报告|台账|日志|表|单)/.test(checked[1]!) && RECORDS_RECEIVED.test(c.slice(0, checked.index))) &&","    if (checked &&"),
(ME,"    if (TOPIC_ONLY.test(clause) && topicOfOthers(masked.slice(masked.indexOf(clause) + clause.length), title)) continue;\n",""),
(ME,"    if (TOPIC_ONLY.test(clause) && topicOfOthers(masked.slice(masked.indexOf(clause) + clause.length), title)) continue;","    if (TOPIC_ONLY.test(clause)) continue;"),
(PA,"|捐赠|捐助|捐款|捐献|捐出|向(?:我|本)[^，,。；]{0,6}?(?:捐|赠|送)|[\\u4e00-\\u9fff]{1,4}了(?!解)","|捐赠|捐助|捐款|捐献|捐出|向(?:我|本)[^，,。；]{0,6}?(?:捐|赠|送)"),
(PA," || (ESTATE_MANAGER.test(c) && !unit.names.some((n) => /物业/.test(n)))",""),
(PA,"物业(?:公司|企业|服务企业|服务中心)?(?![科股室办]|管理(?:[科股室办]|中心|站))","物业(?:公司|企业|服务企业|服务中心)?(?![科股室办])"),
(OD,"    if (after && THEY_REPORTED.test(part.trim())) return part.replace(/[^，,；;。\\s]/g, '□');\n",""),
(OD,"    gathered = g !== null && !OWN_REPORTERS.test(g[1]!) && !ownSubject(g[1]!, title);","    gathered = g !== null;"),
(OD,"(?:巡查员|护林员|护路员|监测员|管护员|巡库员|巡塘员|信息员|协管员|法律顾问|顾问|律师)(?:们)?[^，,。；我本]{0,6}?(?:按","(?:巡查员|护林员|管护员|巡库员|巡塘员|信息员|协管员|法律顾问|顾问|律师)(?:们)?[^，,。；我本]{0,6}?(?:按"),
(ME,"|体检|修缮|更换|回访|清淤|疏通|修补|紧固|加固|清洗|消毒|修复|封闭|保养)/;","|体检|修缮|更换|回访)/;"),
(MC,"|查看|察看|巡看|观测","|查看|察看"),
(EL,"  if (/对[^，,。；]{2,24}?(?:点|桥|段|小区|站|村|社区|店|企业|学校|场|库|塘|河|坝|路)(?:[（(][^（）()]{0,24}[）)])?(?:开展|进行|实施)/.test(text)) return false;\n",""),
# 主体责任
(RS,"|(?:技术|安全|质量|生产|业务)负责人|","|"),
(RS,"|(?:技术|安全|质量|生产|业务)负责人|","|(?:技术|项目|安全|质量|生产|业务)负责人|"),
(RS,"  new RegExp(`负责[^，,。；]{1,12}?的(?:${ROLE})${PERSON}`),\n",""),
(RS,"  /(?:指定|明确|确定|任命|安排|聘请|聘)(?:我|本人)(?:为|担任)[^，,。；]{0,20}?(?:员|长)[，,](?:专门|具体|主要)?负责/,\n",""),
(RS,"|(?<=指定[^，,。；]{1,24})带队)`),",")`),"),
(VO,"  if (body.length < 2) return !/公司|集团|合作社|事务所/.test(title.replace(/^[#\\s]+/, '').split('关于')[0]!);\n",""),
# 部署文件
(DO,"|办法|细则|导则|规划|计划|","|办法|细则|规划|计划|"),
(DO,"|(?<!实施|工作)细则|导则|决定|规则)$/;","|(?<!实施|工作)细则|决定|规则)$/;"),
# 取得成效
(SH,"(?<!(?:已|已经)(?:列入|纳入)[^，,。；]{0,10})计划(?!","计划(?!"),
(SH,"(?![^，,。；]{0,40}(?:了|过|列为|评为|确定为|命名为|认定为))|","(?![^，,。；]{0,40}(?:了|过))|"),
(CO,"(?:知道|清楚|明白)(?:了)?[^，,。；]{0,14}?(?:哪里","知道(?:了)?[^，,。；]{0,14}?(?:哪里"),
(RC,"|独立|听到|听清|收到)|对(?:(?![不没未])[^，,。；]){1,14}?(?:清楚明白|心中有数|一清二楚|了然于心))","|独立))"),
(RC,"|独立|听到|听清|收到)|对(?:(?![不没未])[^，,。；]){1,14}?(?:清楚明白|心中有数|一清二楚|了然于心))","|独立|听到|听清|收到))"),
(WB,"|没有一个人|没有一名[\\u4e00-\\u9fff]{0,2}|无一户)","|无一户)"),
(WB,"|安然无恙|(?<!(?:待|等到?|如|若|如果|只有|直到)[^，,。；]{0,12})(?:(?:解除了|已(?:经)?解除)[^，,。；]{0,12}?威胁|威胁(?:已|已经|得到|得以)(?:解除|消除))(?![^，,。；]{0,3}(?:方可|才|即可))|","|安然无恙|"),
(WB,"(?:(?:解除了|已(?:经)?解除)[^，,。；]{0,12}?威胁|","(?:解除了?[^，,。；]{0,12}?威胁|"),
(RC,"|秩序井然|井然有序|牢固|稳固)","|秩序井然|井然有序)"),
(RG,"(?![^，,。；]{0,24}(?:整改|问题|督办|后进|落后|黄牌|警示|约谈|反面))[^，,。；]{1,20}?(?:列为|评为","[^，,。；]{1,20}?(?:列为|评为"),
(RG,"|典型|优秀|样板|标杆|红榜)[^，,。；“”]{0,8}”?/,","|典型|优秀|样板|标杆|红榜)/,"),
(WB,"|明显|基本|很快|迅速)+(?:稳定|平复|好转)","|明显|基本)+(?:稳定|平复|好转)"),
(WB,"[UNHARMED, OUTBREAK_HELD, TASK_DONE,","[UNHARMED, TASK_DONE,"),
(WB,"  /(?<![｜|][^，,。；｜|]{0,12})(?:(?<!","  /(?:(?<!"),
]
run(M, sys.argv.pop() if len(sys.argv) > 1 and sys.argv[-1].endswith('.ts') else 'test/report/element-session-57.test.ts')
