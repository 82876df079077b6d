# Session 46's mutation check of its own rules: break one at a time, run test/report/element-session-46.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate46.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
O=D+'element-others-deeds.ts'
RP=D+'element-result-phrases.ts'
RC=D+'element-result-classes.ts'
SS=D+'element-served-said.ts'
P=D+'element-responsibility.ts'
PA=D+'element-parties.ts'
M=[
# 主体责任
(PA,"|(?:退役军人|残疾人|老年人|妇女儿童|党群|便民|儿童|养老|日间照料|文化)(?:服务站|服务中心|服务室|活动中心|照料中心|站))?$/;",")?$/;"),
(P,"(?:带队(?![员人]|老师|师傅)|${LEADS_OWN_STAFF})`),","带队(?![员人]|老师|师傅)`),"),
(P,"(?:带队(?![员人]|老师|师傅)|带领(?:[站所局院馆队中心科股室]内","(?:带队(?![员人]|老师|师傅)|带领(?:[站所局院馆队中心科股室]外"),
(P,"(?:的)?(?:工作人员|干部职工|干部|干警|职工|会计|技术人员|执法人员|队员|同事|业务骨干)';","(?:的)?[\\\\u4e00-\\\\u9fff]{2,4}';"),
(P,"  NAMED_STAFF,\n];","];"),
(P,"const NAMED_STAFF = new RegExp(`(?:^|[，,。；;：:])\\\\s*(?:由)?","const NAMED_STAFF = new RegExp(`(?:由)?"),
(P,"(?:调解员|民警|辅警|网格员|工作人员|干事|会计|出纳|管理员|安全员|技术员|讲解员|医生|护士|社工|专管员|业务员|信息员|联络员)(${PERSON})(?:同志)?","(?:调解员|民警|辅警|网格员|工作人员|干事|会计|出纳|管理员|安全员|技术员|讲解员|医生|护士|社工|专管员|业务员|信息员|联络员)(${PERSON})?(?:同志)?"),
(P,"|(?:各|每家|辖区)?(?:养殖场|养殖户|养殖企业|猪场|牛场|羊场|鸡场|鸭场|奶牛场|屠宰场|农场|场方)(?:的)?(?:主要负责人|法定代表人|负责人|法人|场长|场主|老板)?)",")"),
(P,"|猪场|牛场|羊场|鸡场|鸭场|奶牛场|屠宰场|农场|场方)(?:的)?(?:主要负责人|法定代表人|负责人|法人|场长|场主|老板)?)","|牛场|羊场|鸡场|鸭场|奶牛场|屠宰场|农场|场方)(?:的)?(?:主要负责人|法定代表人|负责人|法人|场主|老板)?)"),
# 具体措施: not the unit's
(O,"(?:(?:各|部分|有的)?(?:村委会|村两委|村民委员会|居委会|居民委员会|村集体)|(?:各|部分|有的)(?:行政)?村|各社区)","(?:(?:各|部分|有的)?(?:村委会|村两委|村民委员会|居委会|居民委员会|村集体))"),
(O,"(!VILLAGE_TITLE.test(title.split('关于')[0]!) || /监督委员会|监委会/.test(title.split('关于')[0]!))","!VILLAGE_TITLE.test(title.split('关于')[0]!)"),
(O,"(!VILLAGE_TITLE.test(title.split('关于')[0]!) || /监督委员会|监委会/.test(title.split('关于')[0]!))","(!VILLAGE_TITLE.test(title.split('关于')[0]!) || /监督/.test(title))"),
(O," || sideRow(clause, title) || PERSON_STORY.test(clause))) return 'own';"," || PERSON_STORY.test(clause))) return 'own';"),
(O,"  return !title.split('关于')[0]!.includes(side[1]!);","  return true;"),
(O,"  if (!side || cells.some((cell) => UNIT_CELL.test(cell) || HAD_DONE_CELL.test(cell))) return false;","  if (!side) return false;"),
(O,"|(?:保洁|物业|环卫|施工|运营|消杀|中标)公司|中标单位|承包方|运营方)","|中标单位|承包方|运营方)"),
(O,"(?:按要求|按照要求|按规定|按(?:照)?[^，,。；｜|]{0,10}?合同(?:约定)?)?","(?:按要求|按照要求|按规定)?"),
(M_,"  if (PERSON_STORY.test(text)) text = blankStory(text, title ?? '');\n",""),
(M_,"    if (on && ownSubject(part, title)) on = false;\n",""),
(O,"{NAME}[^，,。；｜|]{0,10}?(?:退伍|退役|复员|转业|退休|返乡|回乡|回到|毕业|出院|刑满)`,","{NAME}`,"),
(M_,"  text = text.replace(/(^|[，,。；;])([^，,。；;□]{1,30})(?=□{4,}(?:[，,。；;]|$))/g, (_m, lead: string, topic: string) => lead + '□'.repeat(topic.length));\n",""),
(MC,"(?<![收接得看听找拿买遇达直做想办受])到|每(","到|每("),
# 具体措施: the unit's
(M_,"VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause) ?? TICKETS_HANDLED.exec(clause);","VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause);"),
(M_,"    const talked = TALKED_COUNTED.exec(clause) ?? PUBLISHED_COUNTED.exec(clause) ??","    const talked = PUBLISHED_COUNTED.exec(clause) ??"),
(M_,"    const talked = TALKED_COUNTED.exec(clause) ?? PUBLISHED_COUNTED.exec(clause) ?? VISIT_TO_LEARN.exec(clause) ??","    const talked = TALKED_COUNTED.exec(clause) ?? VISIT_TO_LEARN.exec(clause) ??"),
(M_,"PUBLISHED_COUNTED.exec(clause) ?? VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause) ??","PUBLISHED_COUNTED.exec(clause) ?? POSTED_ON_DAY.exec(clause) ??"),
(M_,"VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause) ?? TICKETS_HANDLED","VISIT_TO_LEARN.exec(clause) ?? TICKETS_HANDLED"),
(M_,"    if (talked && !/督促|要求|责令|接受|配合|被/.test(clause.slice(0, talked.index))) return talked[0];","    if (talked) return talked[0];"),
(M_,"于\\d{1,2}月\\d{1,2}日(?:前)?(?:张贴)?(?:上墙|张榜|公示|公开|张贴)/;","于\\d{1,2}月(?:\\d{1,2}日)?(?:前)?(?:张贴)?(?:上墙|张榜|公示|公开|张贴)/;"),
(M_,"(?:签收办理|办理|办结|处置|处理)(?:了)?[^，,。；□]{0,6}?(?:工单","(?:签收办理|办理|办结|处置|处理|受理)(?:了)?[^，,。；□]{0,6}?(?:工单"),
(M_,"|逐份|挨家挨户|挨个|分批|集中|重新|全面)(?:对标|对照)?","|逐份|挨家挨户|挨个|分批|集中)(?:对标|对照)?"),
(M_,"    if ((RESPONSIBLE.test(clause) || IN_CHARGE.test(clause)) && !datedEventHeld(clause)) continue;","    if (RESPONSIBLE.test(clause) || IN_CHARGE.test(clause)) continue;"),
(M_,"    if (backgroundClause(clause) && !datedEventHeld(clause)) continue;","    if (backgroundClause(clause)) continue;"),
(M_,"const datedEventHeld = (clause: string): boolean => DATED_EVENT.test(clause) && !/每年|每月|每季|每逢|定于|将于|拟于/.test(clause);","const datedEventHeld = (clause: string): boolean => DATED_EVENT.test(clause);"),
(M_,"  /(?:罂粟|毒品原植物|原植物)踏查|(?:闭卷|","  /(?:闭卷|"),
(M_,"const SERVED_BY_OTHERS = /督促|要求|责令|通知|申请|接受|配合|协助|各村/;","const SERVED_BY_OTHERS = /督促|要求|责令|通知|接受|配合|协助|各村/;"),
(M_,"const SERVED_BY_OTHERS = /督促|要求|责令|通知|申请|接受|配合|协助|各村/;","const SERVED_BY_OTHERS = /督促|要求|责令|通知|申请|接受|配合|协助|各村|群众/;"),
# 取得成效
(RC,"|职工群众|军属|烈属|老兵|老军人|退役军人|优抚对象'","|职工群众'"),
(RC,"|失泄密|投诉|矛盾|民转刑|信访)","|失泄密|投诉)"),
(RC,"(?:均|已|顺利|全部|全都|一次性)?通过/","(?:均|已|顺利)?通过/"),
(SS,"|(?<!没有?把[^，,。；]{0,6}|不把[^，,。；]{0,6})当(?:作|做)?(?:一家人|亲人|自家人)(?!看待?吗)","|当成(?:一家人|亲人|自家人)(?!看待?吗)"),
(SS,"|帮了(?:大忙|我们大忙|我家大忙)|","|"),
(SS,"|顺畅了|通畅了|(?:没有?|无)(?:异味|臭味|返味)了?|","|顺畅了|通畅了|"),
(SS,"(?:普遍|都|一致|纷纷)(?:在[^，,。；]{1,8}?)?(?:认同","(?:普遍|都|一致|纷纷)(?:认同"),
(RP,"LEAPT, PEOPLE_SINCE, LIFTED,","LEAPT, LIFTED,"),
(RP,"LEAPT, PEOPLE_SINCE, LIFTED,","LEAPT, PEOPLE_SINCE,"),
(RP,"export const PEOPLE_SINCE =\n  /(?:已有|已经有|先后有)","export const PEOPLE_SINCE =\n  /(?:已有|已经有|先后有|有)"),
(RP,"export const LIFTED = /(?<!(?:力争|争取|计划|预计|将|拟|以|为|目标)[^，,。；]{0,4})带动","export const LIFTED = /带动"),
(RP,"带动[^，,。；]{0,12}?(?:增收|致富)(?![^，,。；]{0,2}(?:目标|任务|计划|的))/;","带动[^，,。；]{0,12}?(?:增收|致富)/;"),
]
run(M, 'test/report/element-session-46.test.ts')
