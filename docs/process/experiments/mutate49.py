# Session 49's mutation check of its own rules: break one at a time, run test/report/element-session-49.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate49.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
SD=D+'element-served-deeds.ts'
OD=D+'element-others-deeds.ts'
MS=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
ST=D+'element-result-states.ts'
RC=D+'element-recheck.ts'
RCL=D+'element-result-classes.ts'
E=D+'elements.ts'
P=D+'element-responsibility.ts'
PT=D+'element-parties.ts'
M=[
(SD,".replace(HANDED_IN, blank).replace(SENT_TO_KEEP, blank);",".replace(SENT_TO_KEEP, blank);"),
(SD,".replace(HANDED_IN, blank).replace(SENT_TO_KEEP, blank);",".replace(HANDED_IN, blank);"),
(SD,"const HANDED_IN = /(?:交来|报来|送来|交回|(?<!对[^，,。；;｜|]{0,12})(?:报送|上报|提交|报来|交来)的)","const HANDED_IN = /(?:交来|报来|送来|交回|(?:报送|上报|提交|报来|交来)的)"),
(SD,"const HANDED_IN = /(?:交来|报来|送来|交回|(?<!对[^，,。；;｜|]{0,12})(?:报送|上报|提交|报来|交来)的)","const HANDED_IN = /(?:交来|报来|送来|交回)"),
(SD,"const SENT_TO_KEEP = /(?:(?![并将把后])[^，,。；;｜|]){0,8}?(?:记录|","const SENT_TO_KEEP = /[^，,。；;｜|]{0,8}?(?:记录|"),
(SD,"      if (othersUpTo(told, m.index, m.index + m[0].length, title)) continue;\n",""),
(SD,"  const own = /[｜|]/.test(last) ? last : last.slice(0, last.length - (at + end - deedEnd));","  const own = last;"),
(SD,"    if (kind !== null) carry = kind === 'own' || kind === 'third';","    if (kind !== null) carry = true;"),
(SD,"    else if (ownSubjectWide(clause, title)) carry = false;\n",""),
(SD,"  return carry && !ownSubjectWide(clauses[clauses.length - 1]!, title);","  return carry;"),
(SD,"      if (++read > MATCHES_READ) break;\n",""),
(SD,"const MATCHES_READ = 8;","const MATCHES_READ = 1;"),
(OD,"  if (OWN_PEOPLE.test(c)) return true;\n",""),
(OD,"  return tier !== null && title.split('关于')[0]!.includes(tier[1]!);","  return false;"),
(OD,"    else if (on && (ownSubjectWide(part, title) || RESPONSE.test(part))) on = false;","    else if (on && (ownSubject(part, title) || RESPONSE.test(part))) on = false;"),
(OD,"selfCheckRow(clause) || sideRow(clause, title) || bodyCell(clause, title) ||","selfCheckRow(clause) || sideRow(clause, title) ||"),
(OD,"    if (PERSON_CELL.test(cell)) return true;\n",""),
(OD,"const m = CELL_BODY_ACTS.exec(cell) ?? FIRM_STAFF_CELL.exec(cell);","const m = CELL_BODY_ACTS.exec(cell);"),
(OD," && !sameKind(m[1]!, title);",";"),
(OD," && !inTitleOrder(m[1]!, title) && !sameKind(m[1]!, title);"," && !sameKind(m[1]!, title);"),
(OD,"(?:(?!会同|联合|协同|配合|协助|陪同|和|与|及|一起)[\\u4e00-\\u9fff]){0,8}?(?:学校|","[\\u4e00-\\u9fff]{0,8}?(?:学校|"),
(OD,"|产权单位|管理单位))(?:的)?","))(?:的)?"),
(OD,"  if (/局|委员会|管委会|政府(?!.*(?:镇|乡))|中心(?!.*社区)|办公室/.test(head.replace(/(?:镇|乡)(?:人民)?政府/, '')) && !/社区|村/.test(head)) return false;\n",""),
(OD,"  [/^镇|镇政府/, /镇/],\n",""),
(OD,"  [/居委会|^社区|党群服务中心/, /社区|居委会/],","  [/居委会/, /社区|居委会/],"),
(OD,"(?:报送|上报|报告|反馈|汇总|□{2,})","(?:报送|上报|报告|反馈|汇总)"),
(OD,"|给|对|委托)/;","|给|对)/;"),
(OD,"|管水员|渔民|渔户|护渔员|护林员|家长|","|管水员|家长|"),
(E,"text = blankReported(maskReceived(text), title);","text = maskReceived(text);"),
(MS,"|截至(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?[，,]|","|"),
(MS,"(?:配备|配有|设有|建有|建成|安装有?|","(?:配备|配有|设有|建有|安装有?|"),
(MC,"江段|钓具|渔具|网具|地笼|丝网|鱼苗|","江段|钓具|渔具|网具|丝网|鱼苗|"),
(MC,"江段|钓具|渔具|网具|地笼|丝网|鱼苗|","江段|渔船|钓具|渔具|网具|地笼|丝网|鱼苗|"),
(MC,"|鱼苗|管网|管道|管线|篦子|沙袋|古树|名木',","|鱼苗|[河江]',"),
(MC,"  '疏通', '清淤', '清掏', '储备(?!点|库|站|中心|仓|室|量|基地|金|粮|库容)', '挂牌',","  '疏通', '清淤', '清掏', '储备', '挂牌',"),
(MC,"  '疏通', '清淤', '清掏', '储备(?!点|库|站|中心|仓|室|量|基地|金|粮|库容)', '挂牌',","  '清淤', '清掏', '挂牌',"),
(PT,"  if (WITH_PARTNER.test(c)) return 'own';\n",""),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES,"),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  NO_MISUSE, WATER_GONE, TREES_RECOVERED,"),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  ALL_ENTITLED, WATER_GONE, TREES_RECOVERED,"),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  ALL_ENTITLED, NO_MISUSE, TREES_RECOVERED,"),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  ALL_ENTITLED, NO_MISUSE, WATER_GONE,"),
(ST,"const NOT_ASKED = '(?<!有|是否|如何[^，,。；]{0,4}|(?:排查|核查|检查|核实)[^，,。；]{0,8})';","const NOT_ASKED = '';"),
(ST,"const NOT_ATTRIBUTE = '(?![^，,。；]{0,6}?(?:的|记录|证明))';","const NOT_ATTRIBUTE = '';"),
(ST,"`(?<!(?:如|若|如果|是否|督促|评估|关注|保持|确保|使|让|帮助)[^，,。；]{0,8})${SUPERVISED}","`${SUPERVISED}"),
(ST,"${SUPERVISED}们?(?![\\\\u4e00-\\\\u9fff]某|[\\\\u4e00-\\\\u9fff]{2}(?:[，,、（(]|按时|思想|表现))","${SUPERVISED}们?"),
(ST,"(?:稳定|平稳|安分|良好)(?![^，,。；]{0,4}(?:吗|与否|的|情况|性))`","(?:稳定|平稳|安分|良好)`"),
(ST,"(?:对${THANKED}[^，,。；]{0,10}?(?:表示)?(?:感谢|感激)|(?:感谢|感激)${THANKED})","(?:对[^，,。；]{0,10}?(?:表示)?(?:感谢|感激)|(?:感谢|感激))"),
(ST,"`(?<!(?:[向对给]|引导|组织|开展|动员|鼓励|倡导)[^，,。；]{0,16})(?:家属|","`(?:家属|"),
(ST,"`(?:反映|说|看到|感到|发现|表示|都说)[^，,。；]{0,4}?(?:${SUPERVISED}","`(?:${SUPERVISED}"),
(ST,"(?:见到|看到|看见|听到|出现)(?:了)?[^，,。；]{0,12}?(?:鱼群|","(?:见到|看到|看见|听到|出现)(?:了)?[^，,。；]{0,12}?(?:的身影|鱼群|"),
(ST,"  /(?<!(?:鼓励|引导|倡导|发动|通过|由|动员|号召|教育|让|要求|是否)[^，,。；]{0,8})(?:学生|","  /(?:学生|"),
(ST,"[^，,。；不会要将能应该是否]{0,8}?(?:(?:回家后?|主动)","[^，,。；]{0,8}?(?:(?:回家后?|主动)"),
(ST,"(?:(?:回家后?|主动)(?:劝阻|劝说|劝|提醒)(?:了)?|(?:劝阻|劝说|提醒)了)","(?:回家后?|主动)?(?:劝阻|劝说|劝|提醒)(?:了)?"),
(ST,"|(?:学生|孩子)[^，,。；]{0,10}讲得头头是道/;","|讲得头头是道/;"),
(ST,"  /(?<![待拟将需要]|(?:督促|要求|责令|确保|保证|力争)[^，,。；]{0,10})(?:复查|","  /(?<![待拟将需要])(?:复查|"),
(ST,"(?:后|完毕后)[^，,。；]{0,30}?(?<![不未没])(?:(?:均|","(?:后|完毕后)[^，,。；]{0,30}?(?:(?:均|"),
(ST,"|(?<![不未没]|(?:保证|保障|确保|使|让|以|力争|要)[^，,。；]{0,12})(?:均|","|(?<![不未没])(?:均|"),
(ST,"  /(?<!(?:坚持|按照|落实|贯彻|执行|是否|核查|确保|力争|要)[^，,。；]{0,8})应(","  /应("),
(ST,"尽\\1(?![^，,。；]{0,8}(?:原则|要求|政策|管理|目标|的))/;","尽\\1/;"),
(ST,"(?:小时内|分钟内|当天|当日)[^，,。；]{0,4}?(?:全部|基本)?(?:退去","(?:小时内|分钟内|当天|当日|及时|很快)[^，,。；]{0,4}?(?:全部|基本)?(?:退去"),
(ST,"  /(?<!(?:帮助|使|促其|促进|促使|让|能否|是否|以|力争)[^，,。；]{0,6})(?:古树|","  /(?:古树|"),
(RC,"|(?:复查|复核|复检)\\s*[｜|](?=[^｜|]{0,40}?","|(?:回访)\\s*[｜|](?=[^｜|]{0,40}?"),
(RC,"(?=[^｜|]{0,40}?(?:已(?:修复|修好|更换|整改|清理|清除|疏通|恢复|完成|到位|销号|拆除|补齐|补充|安装|规范)|正常|可用|畅通|合格|完好))","(?=[^｜|]{0,40}?已)"),
(RCL,"  /(?<![没无缺]|(?:做到|确保|保证|要求|力争|实现)[^，,。；]{0,8})有人(","  /(?<![没无缺])有人("),
(P,"const PROPERTY_FIRM_HOLDS = /由(?:[\\u4e00-\\u9fff]{0,8}?小区)?物业","const PROPERTY_FIRM_HOLDS = /由[^，,。；]{0,10}物业"),
(P,"      if (!firm && title && PROPERTY_FIRM_HOLDS.test(own)) continue;\n",""),
]
run(M,'test/report/element-session-49.test.ts')
