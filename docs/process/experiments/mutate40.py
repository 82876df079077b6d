# Session 40's mutation check of its own rules: break one at a time, run test/report/element-session-40.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate40.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
C=D+'element-measure-classes.ts'
O=D+'element-others-deeds.ts'
RC=D+'element-result-compliance.ts'
RS=D+'element-results.ts'
RL=D+'element-result-classes.ts'
P=D+'element-responsibility.ts'
SH=D+'element-shared.ts'
M=[
(C,"'(?<![特各多品物兵险语业剧工军何一两几这那此某该每同类人])种(?!","'种(?!"),
(M_,"|抽检|抽查|抽测|核对|暗访|督导|察看","|抽检|抽查|暗访|督导|察看"),
(M_,"|逐台|逐辆|逐栋|逐座|逐处|逐项|挨家挨户","|挨家挨户"),
(M_,"|检测|检定|核对|核查|监测|体检|修缮|更换|回访)/;","|检测|监测|体检|修缮|更换|回访)/;"),
(M_,"|巡逻|巡看|跟踪|抽测|复查)了?","|巡逻|巡看)了?"),
(M_,"    if (checked && !PATROL_NOT_DONE.test(","    if (checked && true || !PATROL_NOT_DONE.test("),
(M_,"(checked[1]!.trim() !== '' || /[｜|]/.test(c.slice(0, checked.index)))","(true)"),
(M_,"(checked[1]!.trim() !== '' || /[｜|]/.test(c.slice(0, checked.index)))","(checked[1]!.trim() !== '')"),
(M_,"|| /[｜|]/.test(c.slice(0, checked.index))) && !BLANKED_CELL.test(c)) return checked[0];","|| /[｜|]/.test(c.slice(0, checked.index)))) return checked[0];"),
(M_,"  text = text.replace(PASSIVE_HONOUR, (m) => '□'.repeat(m.length));\n",""),
(M_,"(?:联合|共同)?(?:命名|评为|授予|认定|表彰|列为|确定为)[^，,。；]{0,30}/g;","(?:联合|共同)?(?:评为|授予|认定|表彰|列为|确定为)[^，,。；]{0,30}/g;"),
(M_,"    const checked = CHECKED_THINGS.exec(c);","    const checked = null as RegExpExecArray | null;"),
(M_,"了?(?!的)((?:(?!问题|隐患|发现|反馈|指出|人员|时|中|后|前|组|出)","了?(?!的)((?:(?!隐患|发现|反馈|指出|人员|时|中|后|前|组|出)"),
(M_,"|抽检|核查|核对|审核|审查|排查|检测|巡查|督查|复查|清查)了?(?!的)","|抽检|核查|核对|排查|检测|巡查|督查|复查|清查)了?(?!的)"),
(M_,"|间|部|份|项|头|只|艘|家次|户次|辆次)","|间|部|份|头|只|艘|家次|户次|辆次)"),
(M_,"\\s*(?:[^｜|。；]{1,16}[｜|]\\s*)?([^｜|。；]{0,24}?(?:仪式","\\s*([^｜|。；]{0,24}?(?:仪式"),
(M_,"|开放日|训练|拉动|演习)(?:[（(]","|开放日)(?:[（(]"),
(M_,"(?:[（(][^）)｜|]{1,16}[）)])?)\\s*[｜|]",")\\s*[｜|]"),
(M_,"|改期|没有|自发|自行|自主/;","|改期|没有/;"),
(M_,"  if (EXAMINER_ROW.test(text) || (/[｜|]/.test(text) && CHECKED_US.test(text))) return null;","  if (EXAMINER_ROW.test(text)) return null;"),
(M_,"  if (EXAMINER_ROW.test(text) || (/[｜|]/.test(text) && CHECKED_US.test(text))) return null;","  if ((/[｜|]/.test(text) && CHECKED_US.test(text))) return null;"),
(M_,"\\s*(?:省|市|州|县(?![^｜|]{0,8}(?:我|本)))[^｜|]{0,12}?(?:抽查组|","\\s*(?:市|州|县(?![^｜|]{0,8}(?:我|本)))[^｜|]{0,12}?(?:抽查组|"),
(M_,"|巡查|督查|复查|清查)了?(?!的)(","|巡查|督查|复查|清查)了?(?![我本])("),
(RC,"|(?:提高|提升|上升|增加|增长)(?![^，,。；]{0,4}?[\\\\d一二两三四五六七八九十]))`,","|(?:提高|提升|上升|增加|增长))`,"),
(M_,"/搭建[^，,。；、]{0,4}平台(?![^，,。；]{0,2}(?:[\\d一二两三四五六七八九十]+个))|","/"),
(O,"|公司|开办方|开办者|管水员)';","|公司|开办者|管水员)';"),
(O,"|公司|开办方|开办者|管水员)';","|公司|开办方|开办者)';"),
(O,"const OWN_MEANS = '(?:自查|自己|","const OWN_MEANS = '(?:自己|"),
(O,"const CELL_PARTY_OWN = new RegExp(`^\\\\s*(?:${NOT_BY_UNIT}[^，,。；｜|]){0,10}?${PARTY}","const CELL_PARTY_OWN = new RegExp(`^\\\\s*${PARTY}"),
(O,"const CELL_PARTY_OWN = new RegExp(`^\\\\s*(?:${NOT_BY_UNIT}[^，,。；｜|]){0,10}?${PARTY}","const CELL_PARTY_OWN = new RegExp(`^\\\\s*(?:[^，,。；｜|]){0,10}?${PARTY}"),
(RC,"(?:比|较)${EARLIER}","(?:较)${EARLIER}"),
(RC,"|[一二三四五六七八九十\\\\d]{1,2}月份?|","|"),
(RC,"(?:今年|全年|本年度?|汛期|期间|以来|","(?:今年|全年|本年度?|期间|以来|"),
(RC,"|春节|节日|节前|全县|","|节日|节前|全县|"),
(RC,"(?:漏雨|进水|渗漏|断供|抢购|","(?:进水|渗漏|断供|"),
(RC,"`(?<!(?:让|使|令|要|求|确保|保证|力争|争取|努力|为了|希望)[^，,。；]{0,12})${PEOPLE_AT_EASE}","`${PEOPLE_AT_EASE}"),
(RC,"(?:放心|安心|满意)(?!度|率|的|吗|不)`","(?:放心|安心|满意)`"),
(RC,"const NOT_AIM = '(?<!(?:要|须|应|需|求|确保|保证|必须|做到|力争|争取|务必|以|达到)[^，,。；]{0,8})';","const NOT_AIM = '';"),
(RC,"  if (/[｜|]/.test(text)) return null;\n",""),
(RC,"(?:全部|均|都|全都|完全|已全部|均已)(?:已)?(?:符合|达到)","(?:全部X|均|都|全都|完全|已全部|均已)(?:已)?(?:符合|达到)"),
(RC,"(?:事故|火灾|伤亡|险情|火情)(?:发生)?(?![^，,。；]{0,2}(?:的|目标|隐患|记录))","(?:事故|火灾|伤亡|险情|火情)(?:发生)?"),
(RC,"(?:账实|账账|账表|账卡)相符(?![^，,。；]{0,2}(?:的|率))","(?:账实|账账|账表|账卡)相符"),
(RC,"  for (const re of [COMPLIED, HARM_ABSENT, BOOKS_MATCH]) {","  for (const re of [COMPLIED, BOOKS_MATCH]) {"),
(RC,"  for (const re of [COMPLIED, HARM_ABSENT, BOOKS_MATCH]) {","  for (const re of [HARM_ABSENT, BOOKS_MATCH]) {"),
(RC,"  for (const re of [COMPLIED, HARM_ABSENT, BOOKS_MATCH]) {","  for (const re of [COMPLIED, HARM_ABSENT]) {"),
(RS,"    .replace(SOLVED_PROBLEM, (m) => m.replace(SHORTFALL_WORD, (w) => '□'.repeat(w.length)));",";"),
(RS,"  return !(/低于/.test(m[0]) && BAD_RATE.test(before));","  return true;"),
(RS,"const BAD_RATE = /(?:差错|错误|","const BAD_RATE = /(?:错误|"),
(RS,"  new RegExp(`(${QUALITY})(?!控制(?:了|起来)?$)(进一步","  new RegExp(`(${QUALITY})(进一步"),
(RS,"|反馈|签收|处置|差错|错误|漏登|漏报|投诉|事故|发病|违章|不合格|损耗|故障|误报)((?<!","|反馈|签收|处置)((?<!"),
(RL,"|按时办结|处置|阳性|侵害|发病|感染|差错|错误|漏登|漏报|投诉|事故|违章|不合格|损耗|故障|误报)(?<!","|按时办结|处置|阳性|侵害|发病|感染)(?<!"),
(SH,"(?<!应知|[供响反适相答对感报效呼顺回照])应(?!","(?<!应知)应(?!"),
(P,"  return chargeTold(args) ?? selfAssigned(told);","  return chargeTold(args);"),
(P,"  /^\\s*(?:本人|我是|我叫)[^。；]{0,30}?(?:受","  /(?:本人|我是|我叫)?[^。；]{0,30}?(?:受"),
(P,"[^。；]{0,30}?负责[^，,。；]{2,30}/;","[^。；]{0,30}?(?:负责[^，,。；]{2,30})?/;"),
(P,"(?:受[^，,。；]{1,14}?(?:聘|指派|委派|选派|安排|委托)|经","(?:受[^，,。；]{1,14}?(?:聘|指派|委派|选派|安排|委托|邀)|经"),
]
run(M, 'test/report/element-session-40.test.ts')
