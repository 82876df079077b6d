# Session 45's mutation check of its own rules: break one at a time, run test/report/element-session-45.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate45.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
O=D+'element-others-deeds.ts'
RP=D+'element-result-phrases.ts'
P=D+'element-responsibility.ts'
L="  NO_MORE_SENSED, DOUBT_GONE, SETTLED_ALL, LEAPT,\n"
L0="  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS, BAD_FEWER, NO_CASE_FOUND, GONE_SINCE,\n"
M=[
# 具体措施: the unit's
(M_,"    if (checkRow && !ROW_NOT_OURS.test(raw)) return checkRow[1]!;\n",""),
(M_,"    if (checkRow && !ROW_NOT_OURS.test(raw)) return checkRow[1]!;","    if (checkRow) return checkRow[1]!;"),
(M_,"    const served = SERVICE_COUNTED.exec(clause) ?? AUDITED.exec(clause) ?? HOME_VISIT.exec(clause);","    const served = AUDITED.exec(clause) ?? HOME_VISIT.exec(clause);"),
(M_,"    const served = SERVICE_COUNTED.exec(clause) ?? AUDITED.exec(clause) ?? HOME_VISIT.exec(clause);","    const served = SERVICE_COUNTED.exec(clause) ?? HOME_VISIT.exec(clause);"),
(M_,"    const served = SERVICE_COUNTED.exec(clause) ?? AUDITED.exec(clause) ?? HOME_VISIT.exec(clause);","    const served = SERVICE_COUNTED.exec(clause) ?? AUDITED.exec(clause);"),
(M_,"    if (DATED_EVENT.test(c) && !/每年|每月|每季|每逢|定于|将于|拟于/.test(c)) return c;\n",""),
(M_,"    if (DATED_EVENT.test(c) && !/每年|每月|每季|每逢|定于|将于|拟于/.test(c)) return c;","    if (DATED_EVENT.test(c)) return c;"),
(M_,"日[^，,。；]{0,12}?在[^，,。；]{2,16}?(?:开展|举办|举行|组织)","日[^，,。；]{0,12}?(?:开展|举办|举行|组织)"),
# 具体措施: not the unit's
(M_,"    if ((visitorBefore && COUNT_ONLY.test(clause)) || (blankedBefore && THINGS_COUNTED.test(clause))) continue;\n",""),
(M_,"    if ((visitorBefore && COUNT_ONLY.test(clause)) || (blankedBefore && THINGS_COUNTED.test(clause))) continue;","    if ((visitorBefore || blankedBefore) && COUNT_ONLY.test(clause)) continue;"),
(M_,"    if (served && !SERVED_BY_OTHERS.test(clause.slice(0, served.index)) && !/^对(?:我|本)/.test(served[0])) return served[0];","    if (served) return served[0];"),
(M_,"    if (served && !SERVED_BY_OTHERS.test(clause.slice(0, served.index)) && !/^对(?:我|本)/.test(served[0])) return served[0];","    if (served && !/^对(?:我|本)/.test(served[0])) return served[0];"),
(M_,"const COUNT_ONLY = /^[\\u4e00-\\u9fff]{0,5}?","const COUNT_ONLY = /^[\\u4e00-\\u9fff]{0,9}?"),
(O,"自行(?!车)|自主|自报)/;","自行(?!车)|自主)/;"),
(O,"  if (visitorRow(clause, title)) return 'visitor';\n",""),
(O,"  if (!/[｜|]/.test(clause) || !placeTitle(title)) return false;","  if (!/[｜|]/.test(clause)) return false;"),
(O,"  return place !== null && !/局|委|办|政府|中心|所|站|院|镇|乡|街道|社区|村/.test(head.slice(0, place.index));","  return place !== null;"),
(O,"${NOT_BY_UNIT}(?!联合|会同|依托|通过|配合)[^，,。；｜|]){0,8}?(?<![我本该])(?:各|全县各级?|","${NOT_BY_UNIT}[^，,。；｜|]){0,8}?(?<![我本该])(?:各|全县各级?|"),
(O,"${NOT_BY_UNIT}(?!联合|会同|依托|通过|配合)[^，,。；｜|]){0,8}?(?<![我本该])(?:各|部分|有的)?","${NOT_BY_UNIT}[^，,。；｜|]){0,8}?(?<![我本该])(?:各|部分|有的)?"),
(D+'element-served-deeds.ts',"(?:上报|报送|报来|提交|交来)的?[^，,。；;｜|并后]*/g;","(?:上报|报送|报来|提交|交来)的?[^，,。；;｜|]*/g;"),
(O,"|园区|公司|企业|厂区?|车间|工地|项目部|合作社|","|园区|"),
(O,"  if (VILLAGE_OWN.test(clause) && !VILLAGE_TITLE.test(title.split('关于')[0]!)) return 'own';\n",""),
(O,"  if (VILLAGE_OWN.test(clause) && !VILLAGE_TITLE.test(title.split('关于')[0]!)) return 'own';","  if (VILLAGE_OWN.test(clause)) return 'own';"),
(O,"  if (committees && !COMMITTEE_TITLE.test(title.split('关于')[0]!) && ","  if (committees && "),
(O,"!VILLAGE_TITLE.test(title.split('关于')[0]!) && !(/(?:镇|乡)","!(/(?:镇|乡)"),
(O," && !(/(?:镇|乡)(?:人民)?(?:调委会|调解委员会)/.test(committees[0]) && TOWN_TITLE.test(title))) return 'own';",") return 'own';"),
(D+'element-served-deeds.ts',".replace(REPORTS_RECEIVED, (m) => '□'.repeat(m.length));",";"),
# 主体责任
(P,"      if ((VILLAGE_POST_BEFORE.test(t.slice(clauseStart, m.index ?? 0)) || VILLAGE_POST_OPENS.test(m[0])) && COUNTY_BODY_TITLE.test(titleUnit(title ?? '') ?? '')) continue;\n",""),
(P,"(?:局|委员会|委|办公室|办|中心|所|站|院|队|馆)|[\\u4e00-\\u9fff]{2,12}?(?:司法所|","(?:局|委员会|委|办公室|办|中心|所|站|院|队|馆)|[\\u4e00-\\u9fff]{2,12}?(?:镇|乡|司法所|"),
(P,"const COUNTY_BODY_TITLE = /^(?!.*(?:(?<![农乡])村|社区|居委会))(?:(?!.*(?:镇|乡|街道))","const COUNTY_BODY_TITLE = /^(?!.*(?:(?<![农乡])村|社区|居委会))(?:"),
(P,"const COUNTY_BODY_TITLE = /^(?!.*(?:(?<![农乡])村|社区|居委会))","const COUNTY_BODY_TITLE = /^(?!.*(?:村|社区|居委会))"),
(P,"const VILLAGE_POST_OPENS = new RegExp(`^(?:由)?${VILLAGE_POST}`);","const VILLAGE_POST_OPENS = new RegExp(`^${VILLAGE_POST}`);"),
(D+'elements.ts',"(trade !== null && !/局|委|办|政府|中心|所|站|院|镇|乡|街道|社区|村/.test(head.slice(0, trade.index)))","false"),
(D+'elements.ts',"(trade !== null && !/局|委|办|政府|中心|所|站|院|镇|乡|街道|社区|村/.test(head.slice(0, trade.index)))","trade !== null"),
# 部署文件
(D+'element-documents.ts',"|(?:任务|问题|项目|责任|措施|整改|工作|重点|分工|实事|活动|目标|负面)清单|","|清单|"),
(D+'element-documents.ts',"|(?:任务|问题|项目|责任|措施|整改|工作|重点|分工|实事|活动|目标|负面)清单|","|"),
# 取得成效
(RP,L0,"  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS, NO_CASE_FOUND, GONE_SINCE,\n"),
(RP,L0,"  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS, BAD_FEWER, GONE_SINCE,\n"),
(RP,L0,"  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS, BAD_FEWER, NO_CASE_FOUND,\n"),
(RP,L,"  DOUBT_GONE, SETTLED_ALL, LEAPT,\n"),
(RP,L,"  NO_MORE_SENSED, SETTLED_ALL, LEAPT,\n"),
(RP,L,"  NO_MORE_SENSED, DOUBT_GONE, LEAPT,\n"),
(RP,L,"  NO_MORE_SENSED, DOUBT_GONE, SETTLED_ALL,\n"),
(RP,"(?:超标|隐患|违章|违法|违规|投诉|事故|案件|警情|纠纷|不合格|扰民)(?![\\u4e00-\\u9fff]{0,4}?项目)","[\\u4e00-\\u9fff]{2}(?![\\u4e00-\\u9fff]{0,4}?项目)"),
(RP,"  /(?<!(?:查处|立案|查办|办理|受理|侦破|处罚)[\\u4e00-\\u9fff]{0,4})(?:超标","  /(?:超标"),
(RP,"(?:超标|隐患|违章|违法|违规|投诉|事故|案件|警情|纠纷|不合格|扰民)(?![\\u4e00-\\u9fff]{0,4}?项目)","(?:超标|隐患|违章|违法|违规|投诉|事故|案件|警情|纠纷|不合格|扰民)"),
(RP,"(?!防护|危害|告知|防治|宣传|知识|体检|检查)/;","/;"),
(RP,"(?:的|那种|那样)(?=[^，,。；]{0,12}?(?:垃圾|纸灰|纸屑|鞭炮|烟|臭|脏|乱|堵|噪|吵|屑|污|积水|杂物|违|陋习|攀比|排场))/;","(?:的|那种|那样)/;"),
(RP,"  /^(?![^。；]*[｜|])[^。；]*?(?:未|没有?|无)","  /^[^。；]*?(?:未|没有?|无)"),
(D+'element-claims.ts',"|发现|检出|受到|","|发现|受到|"),
(D+'element-served-said.ts',"(?:说(?!话)|反映|反馈|表示)","(?:说|反映|反馈|表示)"),
(D+'element-served-said.ts',"const HABIT_DROPPED = /不再|不用再|不必再|无需再|用不着再|再也不|","const HABIT_DROPPED = /不再|再也不|"),
]
run(M, 'test/report/element-session-45.test.ts')
