# Session 54's mutation check of its own rules: break one at a time, run test/report/element-session-54.test.ts, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate54.py [index ...] [test file]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
ME=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
OD=D+'element-others-deeds.ts'
RS=D+'element-responsibility.ts'
RCL=D+'element-result-classes.ts'
RC=D+'element-result-compliance.ts'
WB=D+'element-result-wellbeing.ts'
EL=D+'elements.ts'
M=[
# 具体措施
(ME,"|(?:小区|花园|新村|家园|社区)(?=[｜|（(，,、]|$|\\d|[东西南北]门|居民|业主|物业|小区))/g;","|XX(?:小区|花园|新村|家园|社区)(?=[｜|（(，,、]|$|\\d|[东西南北]门|居民|业主|物业|小区))/g;"),
(ME,"  if (bracketDoerRow(text, title ?? '')) return null;\n",""),
(ME,"  return !head.includes(party) && !textNamesUnit(head, { key: party }) && !(","  return !head.includes(party) && !("),
(ME,"|入户走访|入户测温|入户排查|走访慰问|","|入户走访|走访慰问|"),
(OD,"(?:已经?|均已)?(?:排气|抢修|安排|调整|改用|挪车|加固|腾退|入户","(?:已经?|均已)?(?:入户"),
(OD,"|管理单位|房主|户主|业主|园方|校方|厂方|经营方))(?:的)?","|管理单位))(?:的)?"),
(OD,"    if (body && ADDED_BODY_CELL.test(body[0]) && clause.split(/[｜|]/).some((other) => other !== cell && ROW_CHECK_CELL.test(other))) return false;",""),
(OD,"    const named = m !== null && BARE_KIND.test(m[1]!) ? title.split('关于')[0]! : title;","    const named = title;"),
(OD,"  if (HIRED_HANDS.test(clause) && !HIRED_HANDS_TITLE.test(title.split('关于')[0]!)) return 'own';\n",""),
(OD,"|^[^，,。；我本]{0,6}?(?:巡查员|护林员|管护员|巡库员|巡塘员)(?:们)?(?:共|累计|均)?(?:上报|报送|提交|形成)/;","/;"),
(OD,"  if (trade && !(tradeHead.includes","  if (trade && !(false && tradeHead.includes"),
(OD,"  if (accord && !OWN_WORD.test(","  if (false && accord && !OWN_WORD.test("),
(OD,".replace(/(?:与|同|和|跟)(?:我|本)[\\u4e00-\\u9fff]{1,3}?签订的?/, '')",""),
(OD,"(?:(?!督促|督导|监督|督查|动员|鼓励|倡导|通知|要求|联合|会同|指导|组织|协助|配合|帮助|责令|推动|引导)[^，,。；]){0,12}?(物业","(?:[^，,。；]){0,12}?(物业"),
(OD,"const BODY_SENDS = /^((?:县","const BODY_SENDS = /^XX((?:县"),
(MC,"|为(?!了?(?:进一步|切实|全面|扎实|认真|更好地?|有效)?(?:做好","|为(?!XX(?:进一步|切实|全面|扎实|认真|更好地?|有效)?(?:做好"),
(EL,"  if (at >= 0 && /^[，,]\\s*(?:共|累计|合计)","  if (at < 0 && /^[，,]\\s*(?:共|累计|合计)"),
# 主体责任
(RS,"      if (!firm && !OWN_FIRM_WORD.test(t) && FIRM_PERSON_HOLDS.test(t.slice(clauseStart, end))) continue;\n",""),
(D+'department-names.ts',"  ['人防办', '人民防空办公室', '人防局', '人民防空局', '国防动员办公室', '国动办'],\n",""),
(RS,"      if (SIDE_FIRST_IN_CHARGE.test(t.slice(clauseStart, end + 16).split(/[，,。；;]/)[0]!) || overseerElsewhere(","      if (overseerElsewhere("),
(RS,"|| overseerElsewhere(t.slice(clauseStart, end + 4), title ?? '')) continue;",") continue;"),
(RS,"  return head !== '' && !textNamesUnit(head, { key: m[1]! }) && ","  return head !== '' && "),
(RS,"  if (placed && WRITER_PLACE_POST.test(placed[1]!) &&","  if (placed &&"),
(RS,"const WRITER_PLACE_POST = /^(?!.*(?:一名|一位|一个|普通|之一))","const WRITER_PLACE_POST = /^"),
(RS,"      if (!firm && !OWN_FIRM_WORD.test(t) && /项目","      if (!firm && /项目"),
# 取得成效
(RCL,"上一?个?(?:供暖季|供热季|采暖季|供暖期|供热期|采暖期|汛期|主汛期|防火期|年度))","上一?个?(?:供暖季|供热季|采暖季|供暖期|供热期|采暖期|汛期|主汛期|学期|防火期|年度))"),
(RCL,"|上一?个?(?:供暖季|供热季|采暖季|供暖期|供热期|采暖期|汛期|主汛期|防火期|年度))(同期)?",")(同期)?"),
(RCL,"  /^(?![^。；]*[｜|])[^。；]*?(?:警报器?|警报点","  /^[^。；]*?(?:警报器?|警报点"),
(RCL,"|^(?:均|都|普遍|大多)能(?:够)?(?:分辨|辨别|识别|区分)","|^XX(?:均|都|普遍|大多)能(?:够)?(?:分辨|辨别|识别|区分)"),
(RCL,"|(?:未|没有|没)(?:再)?接到[^，,。；]{0,8}?(?:恐慌|惊慌)","|XX(?:未|没有|没)(?:再)?接到[^，,。；]{0,8}?(?:恐慌|惊慌)"),
(RCL,"(?:(?:已|均已|全部|都已)[^，,。；]{0,4}?整改清零|","(?:XX整改清零|"),
(RCL,"  /^(?![^。；]*[｜|])[^。；]*?(?:(?:已|均已|全部|都已)","  /^[^。；]*?(?:(?:已|均已|全部|都已)"),
(RCL,"|(?:未|没有|没)(?:再)?(?:发生|出现)[^，,。；]{0,6}?(?:停热","|XX(?:未|没有|没)(?:再)?(?:发生|出现)[^，,。；]{0,6}?(?:停热"),
(RCL,"(?:反映|表示|说)[^，,。；]{0,6}?(?:暖气|室温|家里|屋里)","XX(?:反映|表示|说)[^，,。；]{0,6}?(?:暖气|室温|家里|屋里)"),
(RCL,"认为[^，,。；]{0,16}?(?:完好|良好|规范)(?![^，,。；]{0,4}(?:的|吗|与否|后|方可|才))","认为[^，,。；]{0,16}?(?:完好|良好|规范)"),
(RCL,"|同意(?:其)?通过[^，,。；]{0,4}?(?:检查|验收|考核))/,","|XX同意(?:其)?通过[^，,。；]{0,4}?(?:检查|验收|考核))/,"),
(RC,"(?![的目])(?![^，,。；]{0,4}(?:负总责|负责|具体抓|工作|任务|责任|方案|预案|目标|要求|检查|准备|措施))","(?![的目])"),
(WB,"安全度汛(?![^，,。；]{0,4}(?:负总责|","安全度汛(?![^，,。；]{0,4}(?:XX|"),
]
run(M, sys.argv.pop() if len(sys.argv) > 1 and sys.argv[-1].endswith('.ts') else 'test/report/element-session-54.test.ts')
