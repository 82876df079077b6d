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
(PA,"  if (names.some((n) => GRASSROOTS.test(n) || VILLAGE_STATION.test(n))) return 'grassroots';","  if (names.some((n) => GRASSROOTS.test(n))) return 'grassroots';"),
(P,"(?:带队(?![员人]|老师|师傅)|${LEADS_OWN_STAFF})`),","带队(?![员人]|老师|师傅)`),"),
(P,"|全[站所局院馆队]|本[站所局院馆队])(?:的)?(?:工作人员|干部职工|干部|干警|职工|会计|技术人员|执法人员|队员|同事|业务骨干)|(?:会计|技术人员|干警|业务骨干))';","|全[站所局院馆队]|本[站所局院馆队])?(?:的)?(?:工作人员|干部职工|干部|干警|职工|会计|技术人员|执法人员|队员|同事|业务骨干)|(?:会计|技术人员|干警|业务骨干))';"),
(P,"  NAMED_STAFF,\n];","];"),
(P,"const NAMED_STAFF = new RegExp(`(?:^|[，,。；;：:])\\\\s*(?:由)?","const NAMED_STAFF = new RegExp(`(?:由)?"),
(P,"      if (re === NAMED_STAFF && !ownCalling(t, m.index ?? 0, m[1]!, title ?? '')) continue;\n",""),
(P,"|(?:各|每家|辖区)?(?:养殖场|养殖户|养殖企业|猪场|牛场|羊场|鸡场|鸭场|奶牛场|屠宰场|农场|场方)(?:的)?(?:主要负责人|法定代表人|负责人|法人|场长|场主|老板)?)",")"),
(P,"|猪场|牛场|羊场|鸡场|鸭场|奶牛场|屠宰场|农场|场方)(?:的)?(?:主要负责人|法定代表人|负责人|法人|场长|场主|老板)?)","|牛场|羊场|鸡场|鸭场|奶牛场|屠宰场|农场|场方)(?:的)?(?:主要负责人|法定代表人|负责人|法人|场主|老板)?)"),
# 具体措施: not the unit's
(O,"(?:(?:各|部分|有的)?(?:村委会|村两委|村民委员会|居委会|居民委员会|村集体)|(?:各|部分|有的)(?:行政)?村|各社区)","(?:(?:各|部分|有的)?(?:村委会|村两委|村民委员会|居委会|居民委员会|村集体))"),
(O,"(!VILLAGE_TITLE.test(title.split('关于')[0]!) || /监督委员会|监委会/.test(title.split('关于')[0]!))","!VILLAGE_TITLE.test(title.split('关于')[0]!)"),
(O,"(!VILLAGE_TITLE.test(title.split('关于')[0]!) || /监督委员会|监委会/.test(title.split('关于')[0]!))","(!VILLAGE_TITLE.test(title.split('关于')[0]!) || /监督/.test(title))"),
(O," || sideRow(clause, title) || PERSON_STORY.test(clause))) return 'own';"," || PERSON_STORY.test(clause))) return 'own';"),
(O,"  return !title.split('关于')[0]!.replace(/市场监督管理|市场监管|法院|检察院/g, '').includes(side[1]!);","  return !title.split('关于')[0]!.includes(side[1]!);"),
(O,"cells.some((cell) => UNIT_CELL.test(cell) || HAD_DONE_CELL.test(cell) || UNIT_AT_WORK.test(cell))) return false;","cells.some((cell) => UNIT_CELL.test(cell) || HAD_DONE_CELL.test(cell))) return false;"),
(O,"|(?:保洁|物业|环卫|施工|运营|消杀|中标)公司|中标单位|承包方|运营方)","|中标单位|承包方|运营方)"),
(O,"(?:按要求|按照要求|按规定|按(?:照)?[^，,。；｜|]{0,10}?合同(?:约定)?)?","(?:按要求|按照要求|按规定)?"),
(M_,"  if (PERSON_STORY.test(text)) text = blankStory(text, title ?? '');\n",""),
(M_,"    if (on && (ownSubject(part, title) || (k > 0 && STORY_ENDS.test(part)))) on = false;","    if (on && ownSubject(part, title)) on = false;"),
(O,"{NAME}[^，,。；｜|]{0,10}?(?:退伍|退役|复员|转业|退休|返乡|回乡|毕业|出院|刑满)`,","{NAME}[^，,。；｜|]{0,10}?(?:退伍|退役|复员|转业|退休|返乡|回乡|回到|毕业|出院|刑满)`,"),
(M_,"    /[我本在到]/.test(topic) || new RegExp(VERB.source).test(topic) ? m : lead + '□'.repeat(topic.length));","    lead + '□'.repeat(topic.length));"),
(MC,"(?<![收接得看听找拿买遇达直做想办受])到|每(","到|每("),
# 具体措施: the unit's
(O,"  const place = PLACE_ACTS.exec(clause) ?? FIRM_STAFF_ACTS.exec(clause) ?? HANDLED_BY.exec(clause);","  const place = FIRM_STAFF_ACTS.exec(clause) ?? HANDLED_BY.exec(clause);"),
(O,"  const place = PLACE_ACTS.exec(clause) ?? FIRM_STAFF_ACTS.exec(clause) ?? HANDLED_BY.exec(clause);","  const place = PLACE_ACTS.exec(clause) ?? HANDLED_BY.exec(clause);"),
(O,"  const place = PLACE_ACTS.exec(clause) ?? FIRM_STAFF_ACTS.exec(clause) ?? HANDLED_BY.exec(clause);","  const place = PLACE_ACTS.exec(clause) ?? FIRM_STAFF_ACTS.exec(clause);"),
(O,"(?:(?!联合|会同|与|和|同|及|协助|配合|组织|邀请|请|让|由|把|将|给|帮|陪同|带领|派|经|走进|进入|深入|来到|前往|赴|到|在|为|对|向|指导|督促|民警|干部|工作人员|志愿者|队员)[\\u4e00-\\u9fff]){1,8}?(?:小学","[\\u4e00-\\u9fff]{1,8}?(?:小学"),
(M_,"VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause) ?? TICKETS_HANDLED.exec(clause);","VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause);"),
(M_,"    const talked = TALKED_COUNTED.exec(clause) ?? PUBLISHED_COUNTED.exec(clause) ??","    const talked = PUBLISHED_COUNTED.exec(clause) ??"),
(M_,"    const talked = TALKED_COUNTED.exec(clause) ?? PUBLISHED_COUNTED.exec(clause) ?? VISIT_TO_LEARN.exec(clause) ??","    const talked = TALKED_COUNTED.exec(clause) ?? VISIT_TO_LEARN.exec(clause) ??"),
(M_,"PUBLISHED_COUNTED.exec(clause) ?? VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause) ??","PUBLISHED_COUNTED.exec(clause) ?? POSTED_ON_DAY.exec(clause) ??"),
(M_,"VISIT_TO_LEARN.exec(clause) ?? POSTED_ON_DAY.exec(clause) ?? TICKETS_HANDLED","VISIT_TO_LEARN.exec(clause) ?? TICKETS_HANDLED"),
(M_,"|被|参加|参与|受到|收到|接到|上级/.test(clause.slice(0, talked.index))) return talked[0];","|被/.test(clause.slice(0, talked.index))) return talked[0];"),
(M_,"于\\d{1,2}月\\d{1,2}日(?:张贴)?(?:上墙|张榜|公示|公开|张贴)/;","于\\d{1,2}月\\d{1,2}日(?:前)?(?:张贴)?(?:上墙|张榜|公示|公开|张贴)/;"),
(M_,"  /(?<![待未需])(?:签收办理|办理(?!中)|办结|处置|处理(?!中))(?:了)?","  /(?:签收办理|办理|办结|处置|处理)(?:了)?"),
(M_,"|逐份|挨家挨户|挨个|分批|集中|重新|全面)(?:对标|对照)?","|逐份|挨家挨户|挨个|分批|集中)(?:对标|对照)?"),
(M_,"    if ((RESPONSIBLE.test(clause) || IN_CHARGE.test(clause)) && !datedEventHeld(clause)) continue;","    if (RESPONSIBLE.test(clause) || IN_CHARGE.test(clause)) continue;"),
(M_,"    if (backgroundClause(clause) && !datedEventHeld(clause)) continue;","    if (backgroundClause(clause)) continue;"),
(M_,"const datedEventHeld = (clause: string): boolean => DATED_EVENT.test(clause) && !/每年|每月|每季|每逢|定于|将于|拟于/.test(clause);","const datedEventHeld = (clause: string): boolean => DATED_EVENT.test(clause);"),
(M_,"  /(?:罂粟|毒品原植物|原植物)踏查|(?:闭卷|","  /(?:闭卷|"),
(M_,"|各村|自助|(?<![为帮替给代])(?:群众|村民|居民|企业)/;","|各村|自助/;"),
(M_,"|各村|自助|(?<![为帮替给代])(?:群众|村民|居民|企业)/;","|各村|自助|(?:群众|村民|居民|企业)/;"),
# 取得成效
(RC,"|职工群众|军属(?!之家|服务)|烈属|老兵(?!之家|服务)|老军人|退役军人(?!服务|事务|之家)|优抚对象'","|职工群众|烈属|老军人|优抚对象'"),
(RP,"LEAPT, PEOPLE_SINCE, LIFTED, NO_DISPUTE,","LEAPT, PEOPLE_SINCE, LIFTED,"),
(RC,"(?:均|已|顺利|全部|全都|一次性)?通过(?!的)/","(?:均|已|顺利)?通过(?!的)/"),
(SS,"|(?<!(?:没有?|不|要|应|应该|希望)[把拿][^，,。；]{0,6})当(?:作|做)?(?:一家人|亲人|自家人)(?!看待?吗)","|当成(?:一家人|亲人|自家人)(?!看待?吗)"),
(SS,"|(?<!没|没有|不)帮了(?:大忙|我们大忙|我家大忙)|","|"),
(SS,"(?:没有?|无)(?:异味|臭味|返味)(?:了|(?=[，,。；、！!]|$))|","(?:没有?|无)(?:异味|臭味|返味)|"),
(RP,"LEAPT, PEOPLE_SINCE, LIFTED,","LEAPT, LIFTED,"),
(RP,"LEAPT, PEOPLE_SINCE, LIFTED,","LEAPT, PEOPLE_SINCE,"),
(RP,"export const PEOPLE_SINCE =\n  /(?:已有|已经有|先后有)","export const PEOPLE_SINCE =\n  /(?:已有|已经有|先后有|有)"),
(P,"  return (CALLING_UNIT[calling]?.test(title.split('关于')[0]!) ?? false) && !/说|反映|表示/.test(","  return (CALLING_UNIT[calling]?.test(title.split('关于')[0]!) ?? false);"),
(P,"  return (CALLING_UNIT[calling]?.test(title.split('关于')[0]!) ?? false) && !/说|反映|表示/.test(","  return !/说|反映|表示/.test("),
(SS,"(?<!不是|不够|不)(?:很|真|特别|太|挺)(?:暖心|贴心|温暖)","(?:很|真|特别|太|挺)(?:暖心|贴心|温暖)"),
(SS,"(?<!没人|没有人|不|没|未|要|应)(?:放在心上|记在心上)","(?:放在心上|记在心上)"),
(RP,"(?:(?!报名|申请|登记|参加|意向|未|没|想|拟|计划|打算)[^，,。；]){0,8}?(?:创办","[^，,。；]{0,8}?(?:创办"),
(RP,"export const LIFTED = /(?<!可|能|可以|有望|将|预计|建成后|投产后|鼓励)带动","export const LIFTED = /带动"),
(RP,"[^，,。；\\d]{0,8}?[\\d一二两三四五六七八九十百]+\\s*(?:余|多)?\\s*(?:户|人|名|家)[^，,。；]{0,4}?(?:增收|致富)/;","[^，,。；]{0,12}?(?:增收|致富)/;"),
(RP,"(?:涉[\\u4e00-\\u9fff]{1,3}矛盾|矛盾纠纷|民转刑|信访(?:事件|案件)?)(?![^，,。；]{0,6}的)/;","(?:矛盾|民转刑|信访)(?![^，,。；]{0,6}的)/;"),
(M_,"const VISIT_TO_LEARN = /组织(?!的)[^，,。；□]{1,30}?","const VISIT_TO_LEARN = /组织[^，,。；□]{1,30}?"),
(M_,"召开(?![^，,。；□]{0,12}?的)[^，,。；□]{0,12}?(?:会商会|会商会议)","召开[^，,。；□]{0,12}?(?:会商会|会商会议)"),
(O,"export const STORY_ENDS = /我|本[局院校所站馆中心]|工作人员|干部|民警|为其|帮其|帮助|协助|为他|为她|派人|组织|联系|协调/;","export const STORY_ENDS = /我|本[局院校所站馆中心]/;"),
(O,"  const side = SIDE_CELL.exec(cells[2] ?? '');","  const side = cells.map((cell) => SIDE_CELL.exec(cell)).find((m) => m !== null) ?? null;"),
(PA,"const VILLAGE_STATION = /(?:社区|村)(?:退役军人","const VILLAGE_STATION = /(?:社区|村|镇|乡|街道)(?:退役军人"),
(O," && !textNamesUnit(title, { key: place[1]! }) && !overseesPlace(place[1]!, title)) return 'own';"," && !textNamesUnit(title, { key: place[1]! })) return 'own';"),
(P,"|全[站所局院馆队]|本[站所局院馆队])(?:的)?(?:工作人员|干部职工|干部|干警|职工|会计|技术人员|执法人员|队员|同事|业务骨干)|(?:会计|技术人员|干警|业务骨干))';","|全[站所局院馆队]|本[站所局院馆队])(?:的)?(?:工作人员|干部职工|干部|干警|职工|会计|技术人员|执法人员|队员|同事|业务骨干)|(?:会计|技术人员|干警|业务骨干|工作人员|职工))';"),
]
M.append((O,"|陪同|带领|派|经|走进|进入|深入|来到|前往|赴|到|在|为","|陪同|带领|派|经|到|在|为"))
M.append((O,"(?!联合|会同|与|和|同|及|协助|配合|组织|邀请|请|让|由|","(?!联合|会同|与|和|同|及|协助|配合|组织|邀请|让|由|"))
run(M, 'test/report/element-session-46.test.ts')
