# Session 59's mutation check of its own rules: break one at a time, run the session's test files, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate59.py [index ...] [test file]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
EL=D+'elements.ts'
ME=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
OD=D+'element-others-deeds.ts'
RS=D+'element-responsibility.ts'
RC=D+'element-result-classes.ts'
RP=D+'element-result-phrases.ts'
RE=D+'element-results.ts'
M=[
# 具体措施: words that only look like deeds
(MC,"'(?<![落压夯])实施',","'(?<!落)实施',"),
(ME,"(?:建|修|(?<![覆涵])盖|搭|装|挖|砌)了?","(?:建|修|盖|搭|装|挖|砌)了?"),
(MC,"(?:采集|抽取|采取|采)(?:了)?[^，,。；□]{0,16}?(?:样品","(?:采集|抽取|采取|采)(?:了)?[^，,。；□]{0,8}?(?:样品"),
(MC,"|(?<![报呈递转])送检)/;","|送检)/;"),
# 具体措施: not the unit's
(ME," || ((blankedBefore || selfTesting) && TESTS_COUNTED_ON.test(clause))",""),
(ME," || ((blankedBefore || selfTesting) && TESTS_COUNTED_ON.test(clause))) continue;"," || (blankedBefore && TESTS_COUNTED_ON.test(clause))) continue;"),
(ME,"    selfTesting = selfNow && TESTING.test(clause);\n",""),
(ME,"    if (bareBody && !title.includes(bareBody[1]!)) continue;\n",""),
(ME,"    if (INVOLVING.test(clause)) continue;\n",""),
(OD,"'(?:通过[^，,。；｜|]{0,12}?(?:系统|平台|小程序|APP|App|公众号)(?:自行)?(?:上传|填报|申报|登记|报送|录入|提交|预约|申请)|按(","'(?:按("),
(OD,"  if (lineBody && !OWN_WORD.test(clause)","  if (false && lineBody && !OWN_WORD.test(clause)"),
(OD,"(?:消防救援(?:站|大队|支队|中队)|派出所|","(?:消防救援(?:大队|支队|中队)|派出所|"),
(OD,"title === '' || JOINED.test(clause) ? null :","title === '' ? null :"),
(ME,"    if (selfNow && EACH_SUBJECT.test(clause)) {","    if (false) {"),
(ME,"      selfBefore = true;\n      eachBefore = true;\n",""),
(OD,"  if (collects && !OWN_WORD.test(clause)","  if (false && collects && !OWN_WORD.test(clause)"),
(OD,"|餐馆|饭店|餐厅|农家乐|","|"),
(OD,"(?:[\\u4e00-\\u9fff]{0,3}?的(?:汇总)?(?:数据|情况|材料|数))?(?:数据|情况|显示|汇总|统计|记载|记录)?$/;","(?:的(?:数据|情况|材料))?(?:数据|情况|显示|汇总|统计|记载|记录)?$/;"),
(OD,"  if (COUNTED_BODIES.test(clause) && !OWN_WORD.test(clause)) return 'own';\n",""),
(OD,"(?:[（(][^（()）]{0,30}[）)])?[^，,。；]{0,6}?按(?:照)?(?:其与","[^，,。；]{0,6}?按(?:照)?(?:其与"),
(OD,"|承办|(?:上门)?(?:收运|清运|回收|收集|转运|处置))/;","|承办)/;"),
(OD,"|作为|(?:上门|定期|每日|每天)?(?:收运|清运|转运|处置)(?!费))/;","|作为)/;"),
(OD,"    if (after && RETURNS_TELL.test(part.trim())) {","    if (false) {"),
(OD,"      gathered = !/[。；;]$/.test(part);\n",""),
# 具体措施: the unit's own self-check rows
(ME,"    if (selfRow && ownSelfCheckCell(","    if (false && selfRow && ownSelfCheckCell("),
(OD,"SELF_CELL.test(cell) && !ownSelfCheckCell(cell, title)) &&","SELF_CELL.test(cell)) &&"),
(EL,"selfCheckRowWhole(s.text, title)","selfCheckRowWhole(s.text)"),
# 主体责任 (helper h)
(RS,"(?:(?:专门|具体|主要|全面)?负责(?!人|的)|负总责|负全责)`);","(?:(?:专门|具体|主要|全面)?负责(?!人|的)|负全责)`);"),
(RS,"(?:带队(?![员人]|老师|师傅)|${LEADS_OWN_TEAM})`,","(?:带队(?![员人]|老师|师傅))`,"),
(RS,"|(?:我|本)(?:局|委|中心|院|办|所))((?:场所|市容|(?![局委院所","|(?:我|本)(?:局|委|中心|院|办))((?:场所|市容|(?![局委院所"),
(RS,"  (/^(?:[\\u4e00-\\u9fff]{0,4}?县)[\\u4e00-\\u9fff]{2,10}?所/.test(head)","  (false && /^(?:[\\u4e00-\\u9fff]{0,4}?县)[\\u4e00-\\u9fff]{2,10}?所/.test(head)"),
(RS,"&& !/[镇乡]/.test(head.slice(0, head.indexOf('所')))",""),
(EL,"|旅馆|客栈|民宿|农家乐|(?:回收|收购)","|旅馆|客栈|(?:回收|收购)"),
# 取得成效 (helper h)
(RC,"(?:未|仍|尚|还|没|不|待|拟|将|是否|有无))[^，,。；｜|]{0,14}?(?:均已","(?:未|仍|尚|还|没|不|待|拟|将))[^，,。；｜|]{0,14}?(?:均已"),
(RC,"|张贴|恢复|使用|摆放|符合(?:要求|规定|标准|规范))","|张贴|恢复|使用|摆放)"),
(RP,"`(?<!(?:让|使|引导|动员|劝导|推动|促使|帮助|要|力争|争取|希望|确保|如果|假如|若)[^，,。；]{0,6})(?<![｜|][^｜|。；]{0,30})(?:群众","`(?:群众"),
(RP,"(?:也|都)?(?:逐步|逐渐|慢慢|普遍|已经?|开始|广泛){1,2}(?:地)?(?:接受|认同|接纳)","(?:也|都)?(?:逐步|逐渐|慢慢|普遍|已经?|开始|广泛){0,2}(?:地)?(?:接受|认同|接纳)"),
(RP,"`^(?![^。；]*[｜|])(?![^，,。；]{0,12}(?:称|表示|报告|反映|承诺|保证|声称))[^，,。；]{0,14}?(?:工资|工钱|薪酬|劳动报酬)(?:已经|均已|都已|已)","`^(?![^，,。；]{0,12}(?:称|表示|报告|反映|承诺|保证|声称))[^，,。；]{0,14}?(?:工资|工钱|薪酬|劳动报酬)(?:已经|均已|都已|已)"),
(RP,"(?![^，,。；]{0,12}(?:称|表示|报告|反映|承诺|保证|声称))[^，,。；]{0,14}?(?:工资|工钱|薪酬|劳动报酬)(?:已经|均已|都已|已)","[^，,。；]{0,14}?(?:工资|工钱|薪酬|劳动报酬)(?:已经|均已|都已|已)"),
(RP,"(?:已经|均已|都已|已)(?:足额|全额|全部)(?:发放|支付|发到)","(?:已经|均已|都已|已)?(?:足额|全额|全部)(?:发放|支付|发到)"),
(RP,"NO_DISPUTE, WAGES_HOME,","NO_DISPUTE,"),
(RP,"(?!(?:[^，,。；]{0,12}(?:确保|保证|保障|让|使|力争|争取|要|促进|助力|为|以便|希望|能否|是否)))",""),
# The reviews' rules: killed by test/report/element-review59a.test.ts / element-review59b.test.ts (run with the indices and the file)
(OD,"|引入|引进|聘请|聘用|购买|确定|选定|指定|招标|与|和|同|由)","|与|和|同|由)"),
(OD,"(?!(?:共|累计|先后|已)?(?:对|向|为|组织|开展|约谈|责令|下达|督办))/;","(?!对|向|为|组织|开展)/;"),
(OD,"/^\\s*(?![^，,。；]*?(?:联合|会同|共同|协同))(?:据(?:统计)?汇总","/^\\s*(?:据(?:统计)?汇总"),
(OD,"const JOINED = /联合|会同|协同|配合|协助|陪同|我|与本|","const JOINED = /联合|会同|协同|陪同|与本|"),
(OD,".replace(/市场监督|市场监管|企业服务|企业发展/g, '')",""),
(OD,"(?:本|我)?(项目部|","(项目部|"),
(OD,"CELL_PARTY_OWN.test(cell) && !ownSelfCheckCell(cell, title));","CELL_PARTY_OWN.test(cell));"),
(RS," && !/对面|隔壁|邻近|另一家|别家/.test(t.slice(Math.max(0, t.lastIndexOf('。', at) + 1), at))",""),
(RS," && !/协会|商会|联合会/.test(title.split('关于')[0]!)",""),
(RS,"((?:场所|市容|(?![局委院所","((?:(?![局委院所"),
(RS,"(/^(?:[\\u4e00-\\u9fff]{0,4}?县)","(/^(?:[\\u4e00-\\u9fff]{1,4}?县)"),
(RS,"      if (/[\\u4e00-\\u9fff](?:中学|(?<!中)小学|学校|幼儿园)|受检|被检/","      if (false && /[\\u4e00-\\u9fff](?:中学|(?<!中)小学|学校|幼儿园)|受检|被检/"),
(RC,"/(?<!(?<![比例譬诸])如|如果|若|假如)(?:复查|","/(?:复查|"),
(RP,"|确保|如果|假如|若)[^，,。；]{0,6})(?<![｜|][^｜|。；]{0,30})(?:群众","|确保)[^，,。；]{0,6})(?:群众"),
(RE,"      if (m && re === PAID_IN_FULL && ","      if (false && m && re === PAID_IN_FULL && "),
(EL,".replace(/小院|院子/g, '')",""),
]
# Default: the session's own test files (element-session-59*); the reviews' rules are killed by their files (pass it as the last argument).
run(M, sys.argv.pop() if len(sys.argv) > 1 and sys.argv[-1].endswith('.ts') else 'test/report/element-session-59')
