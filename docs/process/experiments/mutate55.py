# Session 55's mutation check of its own rules: break one at a time, run test/report/element-session-55.test.ts, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate55.py [index ...] [test file]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
DOC=D+'element-documents.ts'
ME=D+'element-measures.ts'
OD=D+'element-others-deeds.ts'
RS=D+'element-responsibility.ts'
RE=D+'element-results.ts'
DA=D+'element-data.ts'
M=[
# 部署文件
(DOC,"|(?<!城|超|都)市(?!场|民|容|政)|","|市|"),
# 主体责任
(RS,"(?:办|局|委|中心)|分局)(?:[\\u4e00-\\u9fff]{1,5}?","(?:办|局|委|中心))(?:[\\u4e00-\\u9fff]{1,5}?"),
(RS,"(?:负责|牵头)(?:对[^，,。；]{1,16}?(?:进行|开展|实施)?(?:月度|季度|年度|日常|定期)?)?(?:监督","(?:负责|牵头)(?:监督"),
(RS,"|督促|考核|考评|验收)/;","|督促)/;"),
(RS,"overseerElsewhere(t.slice(clauseStart, end + 24), title ?? '')","overseerElsewhere(t.slice(clauseStart, end + 4), title ?? '')"),
(RS,"      if (REPORTED_TO.test(t.slice(clauseStart, end))) continue;\n",""),
(RS,"      if (t[end] === '人' && CALLS_IN_HEADS.test(m[0])) continue;\n",""),
(RS,"      if (courtHeadElsewhere(t.slice(clauseStart, end), title ?? '')) continue;\n",""),
(RS,"  return head !== '' && !head.includes(m[2]!.replace('仲裁委员会', '仲裁委'));","  return head !== '';"),
(RS,"(?:自行(?!车|[监检]测)|各自|","(?:自行(?!车)|各自|"),
# 具体措施
(OD,"|协管员|法律顾问|顾问|律师)(?:们)?[^，,。；我本]{0,6}?(?:按(?:照)?","|协管员)(?:们)?[^，,。；我本]{0,6}?(?:按(?:照)?"),
(OD,"|^(?:其中|另外|此外)?(?:(?:上|下)半年","|^XX(?:其中|另外|此外)?(?:(?:上|下)半年"),
(OD,"|报来|□{2,}|(的?(?:工作日志|日志|工作记录|台账)))|根据","|报来|□{2,})|根据"),
(OD,"    const colon = on ? -1 : logsGathered(part, title);","    const colon = -1;"),
(OD,"    if (colon > 0 && !ownSubjectWide(part.slice(colon), title)) {","    if (colon > 0) {"),
(OD,"  if (villagesSign(clause, title)) return 'own';\n",""),
(OD,"|限期|责令|(?:组织|开展|举办|承办|主办|自办)(?=\\s*$))/;","|限期|责令)/;"),
(OD,"    const named = m !== null && BARE_KIND.test(m[1]!) ? bareKindHead(title) : title;","    const named = m !== null && BARE_KIND.test(m[1]!) ? title.split('关于')[0]! : title;"),
(OD,"  const head = bareKindHead(title);","  const head = title.split('关于')[0]!;"),
(ME,"    if (STOCK_ENROLLED.test(clause)) continue;\n",""),
(ME," && othersDeedClause(text, title ?? '') !== 'own') return event[1]!;",") return event[1]!;"),
(ME,"    if (classes && NAMED_GROUP.test(","    if (classes && false && NAMED_GROUP.test("),
(ME," && !/自行|自发|自主|各(?:校|村|社区|学校|单位)/.test(masked.slice(",") && !/XX/.test(masked.slice("),
(OD,"  if (!OWN_WORD.test(clause) && ((OTHER_PARTY_OWN.test(clause) && !firmItself) ||","  if (!OWN_WORD.test(clause) && ((OTHER_PARTY_OWN.test(clause)) ||"),
# 数据实例
(DA,"(?<!功率[^，,。；\\d]{0,3}\\s*)\\d+","\\d+"),
(DA,"(?![a-zA-Z])(?!\\s*的?\\s*(?:LED|led|[\\u4e00-\\u9fff]{0,4}(?:灯|光源))))","(?![a-zA-Z]))"),
# 取得成效
(RE,"|(?<![将拟会])被[^，,。；]{0,20}?(?:通报|认定|确定)为","|XX被[^，,。；]{0,20}?(?:通报|认定|确定)为"),
(RE,"(?!.{0,2}(?:创建|培育)对象)|(?<![将拟会再可])给予","|(?<![将拟会再可])给予"),
(RE,"|(?<![将拟会再可])给予(?:我|本)","|XX给予(?:我|本)"),
(RE,"  /(?:群众|村民|居民|职工|市民|老百姓)[^，,。；]{0,6}?遇事","  /XX(?:群众|村民|居民|职工|市民|老百姓)[^，,。；]{0,6}?遇事"),
(RE,"|(?:来函|来信|致函)[^，,。；]{0,4}?(?:肯定|表扬|致谢|感谢)|","|"),
(RE,"|(?:全部|均已|已全部|全面|均)(?:在[^，,。；]{1,4}?)?恢复","|(?:全部|均已|已全部|全面)恢复"),
(RE,"对(?:我|本)?(?:公司|局|单位|中心|站|所|院|校|队)[^，,。；]{0,4}?(?:提出|给予|予以)","XX对(?:我|本)?(?:公司|局|单位|中心|站|所|院|校|队)[^，,。；]{0,4}?(?:提出|给予|予以)"),
(RE,"|(?<!决定)授予[^，,。；“”]{1,6}“[^”]{1,30}”(称号|荣誉)|","|"),
]
run(M, sys.argv.pop() if len(sys.argv) > 1 and sys.argv[-1].endswith('.ts') else 'test/report/element-session-55.test.ts')
