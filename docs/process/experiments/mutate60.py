# Session 60's mutation check of its own rules: break one at a time, run the session's test files, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate60.py [index ...] [test file]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
ME=D+'element-measures.ts'
OD=D+'element-others-deeds.ts'
ES=D+'element-shared.ts'
EC=D+'element-claims.ts'
RS=D+'element-responsibility.ts'
RC=D+'element-result-classes.ts'
RR=D+'element-result-registers.ts'
RE=D+'element-results.ts'
M=[
# 具体措施: others' returns and gathered figures
(OD,"|的[\\u4e00-\\u9fff]{0,3}?(?:台账|月报|报表|记录|日志))?(?:数据|情况|显示|汇总|统计|记载|记录)?$/;",")?(?:数据|情况|显示|汇总|统计|记载|记录)?$/;"),
(OD,"(?:报送|上报|报告|反馈|汇总|报来|通报|□{2,}|","(?:报送|上报|报告|反馈|汇总|报来|□{2,}|"),
(OD,"  if (/^(?:经|据)(?:统计)?汇总$/.test(clause.trim().replace(/[，,；;：:]$/, ''))) return GATHERED_SCOPE.test(next.trim());\n",""),
(OD,"|上报|经(?:统计)?汇总/.test(text)) return text;","|上报/.test(text)) return text;"),
(OD,"const RETURNS_GATHERED = /^(?:据|根据|(?:我|本)[\\u4e00-\\u9fff]{1,2}?(?:汇总|统计))","const RETURNS_GATHERED = /^(?:据|根据)"),
# 具体措施: counted places, tiers and villages, banks, firms, stations
(OD,"  if (counted && !OWN_WORD.test(clause)","  if (false && counted && !OWN_WORD.test(clause)"),
(OD,"(?:(?:${PLACE_NAME}(?:、|和)){1,12}${PLACE_NAME}等?|${PLACE_NAME}等)?",""),
(OD,"  if (eachStep && !OWN_WORD.test(clause)","  if (false && eachStep && !OWN_WORD.test(clause)"),
(OD,"  if (VILLAGES_POST.test(clause) && !VILLAGE_TITLE.test(title.split('关于')[0]!)) return 'own';","  if (false) return 'own';"),
(OD,"  if (VILLAGES_POST.test(clause) && !VILLAGE_TITLE.test(title.split('关于')[0]!)) return 'own';","  if (VILLAGES_POST.test(clause)) return 'own';"),
(OD,"  if (BANK_PAYS.test(clause) && !OWN_WORD.test(clause)","  if (false && BANK_PAYS.test(clause) && !OWN_WORD.test(clause)"),
(OD,"(?:热力|燃气|供水|自来水|水务|维护|维保|物业|保洁|鉴定|检测)(?:有限)?(?:公司|中心))(?:今年","(?:热力|燃气|供水|维护|维保|物业|保洁|鉴定|检测)(?:有限)?(?:公司|中心))(?:今年"),
(OD,"|清查|核查|核实|执法)/;","|清查|核查|执法)/;"),
(OD,"|厂方|经营方|开办方))(?:的)?","|厂方|经营方))(?:的)?"),
(OD,"|通知[\\u4e00-\\u9fff]{1,6}?(?:停售|下架|销毁|退货|召回)",""),
(OD,"|限期|责令|停售|下架|销毁|退货|召回)$/;","|限期|责令)$/;"),
(OD,"(?:服务|委托|审计|管护)?(?:合同|协议|约定)","(?:合同|协议|约定)"),
(ME,"    if (blankedBefore && /^由/.test(clause) && !ownSubjectWide(clause.slice(1), title)) continue;\n",""),
(ME,"(?:检验站|检验中心|检验所|质检站|质检中心))","(?:检验站))"),
(ME,"    if (FUNDS_PAID.test(clause) && !ownSubject(clause, title)) continue;\n",""),
# 具体措施: the unit's audits, vettings and postings; 将在册
(ME,"|审核|审查|审计(?![股科局署厅处室])|比对|排查|","|审核|审查|排查|"),
(ME,"审计(?![股科局署厅处室])","审计"),
(ME,"|艘|件|张|笔|人|名|家次|","|艘|件|家次|"),
(ME,"了?(?!的|员|","了?(?!的|"),
(ME,"|^[^，,。；□由被]{0,12}?(?:结果|名单|情况|账目|收支|明细|清单)[^，,。；□由被]{0,4}?(?:在|于)[^，,。；□由被]{1,12}?(?:公开栏|公示栏|宣传栏|公告栏|公示牌)上?(?:张贴|公布|公示|张榜))/;",")/;"),
(ME,"(?:结果|名单|情况|账目|收支|明细|清单)[^，,。；□由被]{0,4}?(?:在|于)","(?:在|于)"),
(ES,"在(?!册|编(?!制|写|排)|岗(?!位)|职(?!责|工|能|权)|校(?!门|园|内|外|区|本部)|读(?!书)|建(?!设|成|好)|售(?!楼|票)|用(?!户|电(?!梯)|水|餐)|营(?!业|地)|押|逃|案(?!件|发))","在"),
# 主体责任 and 取得成效 (helper h)
(EC,"|必|(?<!没有)收|落|","|必|收|落|"),
(EC,"^(?:因[^，,。；]{1,16}?(?:造成|导致|引发|引起|出现|发生)|(?:再|","^(?:(?:再|"),
(RS,"|(?:各|其|该)(?:所|事务所|公司|企业|机构)(?:项目经理|项目负责人?)",""),
(RS,"(?:家|所|个|座|(?=[镇乡])))","(?:家|所|个|座))"),
(RS," && !PRACTICE_OWN.test(title ?? '')",""),
(RS,"|协会|物业|市场))(?:党委","|协会|物业))(?:党委"),
(RS,"    return key !== null && CHARGE_COLUMN.test(key[1]!) && row.length === 1 ?","    return key !== null && row.length === 1 ?"),
(RS,"    const key = i > 0 && sentences[i - 1]!.heading === true","    const key = false && i > 0 && sentences[i - 1]!.heading === true"),
(RC,"|积压|滞留|冒领|错发|错拨|漏发|漏拨)","|积压|滞留)"),
(RC,"(?:因[^，,。；]{1,16}?)?(发生|出现|出(?![台具动发版售租资面让示席任炉行入口])|造成|导致|引发|引起)","(发生|出现|出(?![台具动发版售租资面让示席任炉行入口]))"),
(RC,"|失泄密|投诉|错拨|漏拨|错发|漏发|冒领|争议)","|失泄密|投诉)"),
(RR,"|意见|疑问|质疑|质询|争议|风险","|意见|风险"),
(RE,"|用时|距离|半径|路程)(?:明显","|用时|距离)(?:明显"),
]
# Default: the session's own test files (element-session-60*); a review's rules are killed by its file (pass it as the last argument).
run(M, sys.argv.pop() if len(sys.argv) > 1 and sys.argv[-1].endswith('.ts') else 'test/report/element-session-60')
