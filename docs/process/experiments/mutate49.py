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
M=[
# 具体措施: records handed in / sent to be kept
(SD,".replace(HANDED_IN, blank).replace(SENT_TO_KEEP, blank);",".replace(SENT_TO_KEEP, blank);"),
(SD,".replace(HANDED_IN, blank).replace(SENT_TO_KEEP, blank);",".replace(HANDED_IN, blank);"),
(SD,"const HANDED_IN = /(?:交来|报来|送来|交回|(?:报送|上报|提交|报来|交来)的)","const HANDED_IN = /(?:交来|报来|送来|交回)"),
# 具体措施: another party's clause before the service
(SD,"    if (othersUpTo(told, m.index, m.index + m[0].length, title)) continue;\n",""),
(SD,"  const own = /[｜|]/.test(last) ? last : last.slice(0, last.length - (at + end - deedEnd));","  const own = last;"),
(SD,"    if (kind !== null) carry = kind === 'own' || kind === 'third';","    if (kind !== null) carry = true;"),
(SD,"    else if (ownSubject(clause, title)) carry = false;\n",""),
(SD,"  return carry && !ownSubject(clauses[clauses.length - 1]!, title);","  return carry;"),
# 具体措施: a register's cell naming another body / the row's own person / a firm's staff
(OD,"selfCheckRow(clause) || sideRow(clause, title) || bodyCell(clause, title) ||","selfCheckRow(clause) || sideRow(clause, title) ||"),
(OD,"    if (PERSON_CELL.test(cell)) return true;\n",""),
(OD,"const m = CELL_BODY_ACTS.exec(cell) ?? FIRM_STAFF_CELL.exec(cell);","const m = CELL_BODY_ACTS.exec(cell);"),
(OD," && !sameKind(m[1]!, title);",";"),
(OD," && !inTitleOrder(m[1]!, title) && !sameKind(m[1]!, title);"," && !sameKind(m[1]!, title);"),
(OD,"|产权单位|管理单位))(?:的)?","))(?:的)?"),
(OD,"(?:报送|上报|报告|反馈|汇总|□{2,})","(?:报送|上报|报告|反馈|汇总)"),
(OD,"|给|对|委托)/;","|给|对)/;"),
(E,"text = blankReported(maskReceived(text), title);","text = maskReceived(text);"),
(MS,"|截至(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?[，,]|","|"),
(MS,"(?:配备|配有|设有|建有|建成|安装有?|","(?:配备|配有|设有|建有|安装有?|"),
(MC,"'干流|支流|河段|河道|河面|河岸|河滩|水域|水面|库区|库汊|岸线|岸边|湖面|湖区|滩涂|江段|渔船|船只|钓具|渔具|网具|地笼|丝网|鱼苗',","'干流|支流|河段|河道|河面|河岸|河滩|水域|水面|库区|库汊|岸线|岸边|湖面|湖区|滩涂|江段|渔船|船只|钓具|渔具|网具|丝网|鱼苗',"),
(MC,"'干流|支流|河段|河道|河面|河岸|河滩|水域|水面|库区|库汊|岸线|岸边|湖面|湖区|滩涂|江段|渔船|船只|钓具|渔具|网具|地笼|丝网|鱼苗',","'干流|支流|河段|河道|河面|河岸|河滩|水域|水面|库区|库汊|岸线|岸边|湖面|湖区|滩涂|江段|渔船|船只|钓具|渔具|网具|地笼|丝网|鱼苗|[河江]',"),
# 取得成效
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, CHILD_PERSUADES, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, USABLE_AGAIN,"),
(ST,"  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES, USABLE_AGAIN,","  NO_REOFFENCE, NO_DROPOUT, THOSE_STABLE, THANKS_FROM_SERVED, PEOPLE_CHANGED, WILDLIFE_BACK, CHILD_PERSUADES,"),
(ST,"(?:思想|情绪|情况|表现)(?:总体|整体|普遍|均|都|也|较为|比较)?(?:稳定|平稳|安分|良好)","(?:思想|情绪|情况|表现)?[^，,。；]{0,4}(?:稳定|平稳|安分|良好)"),
(ST,"  /(?<![向对给][^，,。；]{0,16})(?:家属|","  /(?:家属|"),
(ST,"  /(?<![待拟将需要])(?:复查|整改|修复|维修|更换)(?:后|时|完毕后)[^，,。；]{0,30}?(?<![不未没])","  /(?:复查|整改|修复|维修|更换)(?:后|时|完毕后)[^，,。；]{0,30}?(?<![不未没])"),
(ST,"|(?<![不未没])(?:均|都|全部|全都)(?:可|可以|能|能够)正常(?:使用|启用|运行)/;","|(?:均|都|全部|全都)?(?:可|可以|能|能够)正常(?:使用|启用|运行)/;"),
(ST,"(?:学生|孩子|小学生|中学生)[^，,。；不会要将能应该]{0,8}?(?:回家)?(?:劝阻","(?:[\\u4e00-\\u9fff]{0,8}?)(?:回家)?(?:劝阻"),
(ST,"(?:学生|孩子|小学生|中学生)[^，,。；不会要将能应该]{0,8}?(?:回家)?(?:劝阻","(?:学生|孩子|小学生|中学生)[^，,。；]{0,8}?(?:回家)?(?:劝阻"),
(RC,"|(?:复查|复核|复检)\\s*[｜|](?=[^｜|]*?已)|","|"),
(RC,"|(?:复查|复核|复检)\\s*[｜|](?=[^｜|]*?已)|","|(?:复查|复核|复检|回访)\\s*[｜|](?=[^｜|]*?已)|"),
(RC,"|(?:复查|复核|复检)\\s*[｜|](?=[^｜|]*?已)|","|(?:复查|复核|复检)\\s*[｜|]|"),
(RC,"told.every((c) => FURTHER_DEED.test(c.replace(/^已经?/, '')))","told.every((c) => FURTHER_DEED.test(c))"),
(RCL,"  /(?<![没无缺]|(?:做到|确保|保证|要求|力争|实现)[^，,。；]{0,8})有人(","  /(?<![没无缺])有人("),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  NO_MISUSE, WATER_GONE, TREES_RECOVERED,"),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  ALL_ENTITLED, WATER_GONE, TREES_RECOVERED,"),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  ALL_ENTITLED, NO_MISUSE, TREES_RECOVERED,"),
(ST,"  ALL_ENTITLED, NO_MISUSE, WATER_GONE, TREES_RECOVERED,","  ALL_ENTITLED, NO_MISUSE, WATER_GONE,"),
(ST,"  /(?<![｜|][^，,。；｜|]{0,12})(?:没有|未|无)(?:发现|发生|出现)?","  /(?:没有|未|无)(?:发现|发生|出现)?"),
(ST,"  /(?<![未没不难])(?:恢复(?:了)?(?:长势|生机)","  /(?:恢复(?:了)?(?:长势|生机)"),
(ST,"export const ALL_ENTITLED = /应(享|助|保|救|补|纳|发)尽\\1/;","export const ALL_ENTITLED = /应(享|助|保|救|补|纳|发)尽/;"),
(D+'element-parties.ts',"  if (WITH_PARTNER.test(c)) return 'own';\n",""),
(D+'element-parties.ts',"|联合(?!执法|检查|督查|工作|调查|国)|","|联合|"),
(MC,"  '疏通', '清淤', '清掏', '储备(?!点|库|站|中心|仓|室|量|基地|金|粮|库容)', '挂牌',\n",""),
(MC,"|鱼苗|管网|管道|管线|篦子|沙袋|古树|名木',","|鱼苗',"),
# 主体责任
(P,"      if (!firm && title && !/物业/.test(title.split('关于')[0]!) && PROPERTY_FIRM_HOLDS.test(own) && !ownPart) continue;\n",""),
(P,"      if (!firm && title && !/物业/.test(title.split('关于')[0]!) && PROPERTY_FIRM_HOLDS.test(own) && !ownPart) continue;","      if (!firm && title && PROPERTY_FIRM_HOLDS.test(own) && !ownPart) continue;"),
(P,"const PROPERTY_FIRM_HOLDS = /由[^，,。；]{0,10}物业(?!办|科|股|站|管理[科股办所站]|管理中心)/;","const PROPERTY_FIRM_HOLDS = /由[^，,。；]{0,10}物业/;"),
]
run(M,'test/report/element-session-49.test.ts')
