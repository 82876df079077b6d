# Session 58's mutation check of its own rules: break one at a time, run the session's test files, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate58.py [index ...] [test file]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
EL=D+'elements.ts'
ME=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
OD=D+'element-others-deeds.ts'
SH=D+'element-shared.ts'
RS=D+'element-responsibility.ts'
CL=D+'element-claims.ts'
RC=D+'element-result-classes.ts'
CO=D+'element-result-compliance.ts'
ST=D+'element-result-states.ts'
RE=D+'element-results.ts'
CH='src/checks/report-elements.ts'
M=[
# 具体措施, not the unit's
(OD,"(?:中心|局|所|站|院|办|委|队|协会))[^，,。；｜|]{0,8}?(?:自行(?!车)|自主|自筹|自费|(?:在|按照?|依照?|依据|根据)其(?!他|它))`);","(?:中心|局|所|站|院|办|委|队|协会))[^，,。；｜|]{0,8}?(?:自行(?!车)|自主|自筹|自费)`);"),
(OD,"(?:中心|局|所|站|院|办|委|队|协会))[^，,。；｜|]{0,8}?(?:自行(?!车)|自主|自筹|自费|(?:在|按照?|依照?|依据|根据)其(?!他|它))`);","(?:中心|局|所|站|院|办|委|队))[^，,。；｜|]{0,8}?(?:自行(?!车)|自主|自筹|自费|(?:在|按照?|依照?|依据|根据)其(?!他|它))`);"),
(OD,"(?:按照|按|根据|依照|结合)(?:各自|自身|其|本校|本单位|本院|本村|本社区|教学|自己)|自行(?!车)|自主)`,","(?:按照|按|根据|依照|结合)(?:各自|自身|其|本校|本单位|本院|本村|教学|自己))`,"),
(OD,"(?:按照|按|根据|依照|结合)(?:各自|自身|其|本校|本单位|本院|本村|本社区|教学|自己)|自行(?!车)|自主)`,","(?:按照|按|根据|依照|结合)(?:各自|自身|其|本校|本单位|本院|本村|教学|自己)|自行(?!车)|自主)`,"),
(OD,"(${EACH_PLACES}|乡镇|街道)(?:[（(](?:街道|社区|居)[）)])?(?:均|都)?","(${EACH_PLACES}|乡镇|街道)(?:均|都)?"),
(OD,"  if (each && !reporterHead(title).includes(each[1]!.slice(-2))) return true;\n",""),
(OD,"  const contracted = CONTRACTED_TO.exec(clause) ?? doneByBody(clause, title);","  const contracted = CONTRACTED_TO.exec(clause);"),
(OD,"(?:自行(?!车)|按(?:照)?(?:各自|其)|办理|作为)/;","(?:自行(?!车)|按(?:照)?(?:各自|其)|作为)/;"),
(OD,"(?:自行(?!车)|按(?:照)?(?:各自|其)|办理|作为)/;","(?:自行(?!车)|按(?:照)?(?:各自|其)|办理)/;"),
(OD,"|(?:检测|检验|监测)报告)(?:后|以后)?","|报告)(?:后|以后)?"),
(OD,"|(?:检测|检验|监测)报告)(?:后|以后)?",")(?:后|以后)?"),
(OD,"    if (afterSending && !on && /^据(?:统计)?汇总[，,]$/.test(part.trim())) on = true;\n",""),
(EL,"sentForGathering(seg.sentences[i - 1]!.text, title);","false;"),
(OD,"(?:[^，,。；我本]{0,6}?(?:聘用|聘请)的)?(?:专职|兼职)?","(?:专职|兼职|聘用的|聘请的)?"),
(OD,"(?:开展|进行)?(?:承担|负责|完成|巡查|巡护|巡库|巡塘)","(?:承担|负责|完成|巡查|巡护|巡库|巡塘)"),
# 具体措施, the unit's
(MC,"  '救护(?!车|站|中心|员|队|所)', '解救', '放飞',","  '救护(?!车|站|中心|员|队|所)', '放飞',"),
(MC,"  '救护(?!车|站|中心|员|队|所)', '解救', '放飞',","  '解救', '放飞',"),
(MC,"|巡逻|巡护|站岗|执勤|","|巡逻|站岗|执勤|"),
(MC,"'收容(?!所|站|中心|点|[^，,。；]{0,4}?中(?:被|有|的))'","'收容(?!所|站|中心|点)'"),
(MC,"  `${NOT_OWNERS}注射(?!(?<=已经?注射)${SHOT_STOCK})`, ","  "),
(MC,", `${NOT_OWNERS}补免`,",","),
(MC,"'测量(?!员|仪|队|费|数据|成果|报告|工作|血压|体温|血糖|身高|体重|视力|诊室)', '埋设',","'埋设',"),
(MC,"'测量(?!员|仪|队|费|数据|成果|报告|工作|血压|体温|血糖|身高|体重|视力|诊室)'","'测量(?!员|仪|队|费|数据|成果|报告|工作)'"),
(MC,"    '鸟网|网兜|[\\u4e00-\\u9fff]{1,2}夹(?!克|层|带|杂|道)|","    '网兜|"),
(MC,"|[\\u4e00-\\u9fff]{1,2}夹(?!克|层|带|杂|道)|","|"),
(MC,"|[\\u4e00-\\u9fff]?(?:鹭|鹤|雁|鸭|鹰|隼|鹳|天鹅)|","|"),
(MC,"|疫苗|宗地|地块|界址桩|界桩|","|"),
(MC,"|犬只|流浪犬|流浪狗|鸟类|","|"),
(MC,"'军训|仪式|升旗|巡护|","'军训|仪式|升旗|"),
(ME,"巡逻|巡护|巡看|","巡逻|巡看|"),
(SH,"拟(?![定稿态声合写制订]|批(?:宗地|地块|用地|户|的))|","拟(?![定稿态声合写制订])|"),
(MC,"  const service = SERVED_BY.exec(clause) ?? animalsTreated(clause);","  const service = SERVED_BY.exec(clause);"),
(MC,"|驱虫|体检|诊疗|救治|检疫|采血|打疫苗)/;","|体检|诊疗|救治|检疫|采血|打疫苗)/;"),
(MC,"|免疫(?!证|点|标识|档案|登记)|","|免疫|"),
(ME,"        const goesOn = told ? /[，,](?=并|同时|还|随后)/.exec(part.slice(from)) : null;","        const goesOn = null;"),
(ME,"|设(?![置计备施立])|登记(?:在册)?)[^，,。；]","|设(?![置计备施立]))[^，,。；]"),
(MC,"  return m !== null && !ANIMALS_OWNERS.test(clause.slice(0, m.index)) ? m : null;","  return m;"),
(OD,"  const townsOwnDuty = bodyOwn !== null &&","  const townsOwnDuty = false &&"),
(OD,"  return ownKind || ownSubjectWide(m[1]!, title) ? null : m;","  return m;"),
(OD,"  return gathersIts(parts, title).join('');","  return parts.join('');"),
(OD,"|管水员|(?:村级?)(?:动物)?防疫员|渔民|","|管水员|渔民|"),
(OD,"  return !(OWN_REPORTERS.test(who) ||","  return !(false ||"),
(OD," || (eachOn && ownTierOpens(part, title)))) on = false;",")) on = false;"),
# 主体责任
(RS,"const LEADS_OWN_STAFF = `${LEADS_OWN_TEAM}|带领","const LEADS_OWN_STAFF = `带领"),
(RS,"(?:执法|检查|稽查|巡查|督查|核查|排查)(?:[一二三四五六七八九十\\\\d]{1,2})?(?:小组|分队|组)';","(?:执法|检查|稽查|巡查|督查|核查|排查|志愿服务|工作)(?:[一二三四五六七八九十\\\\d]{1,2})?(?:小组|分队|组|队)';"),
(RS,"亲自(?:抓(?![药获捕住鱼拍])|管理?|负责|过问|把关|督办|挂帅))`);","亲自(?:抓|管理?|负责|过问|把关|督办|挂帅))`);"),
(RS,"|${PERSON}(?:同志)?(?:本人)?亲自(?:抓(?![药获捕住鱼拍])|管理?|负责|过问|把关|督办|挂帅))`);",")`);"),
(RS,"(?:包联|包保|挂点|联系|负责(?!人|同志)|牵头|统筹)","(?:包联|包保|挂点|联系|负责|牵头|统筹)"),
(RS,"  防疫员: /畜牧|兽医|动物|防疫|免疫|检疫/, 检疫员: /畜牧|兽医|动物|防疫|免疫|检疫/, 官方兽医: /畜牧|兽医|动物|防疫|免疫|检疫/,\n",""),
(RS,"  const own = calling === '经营者' ? firm && !TENANTS.test(sentence) : ","  const own = calling === '经营者' ? true : "),
(RS,"  const own = calling === '经营者' ? firm && !TENANTS.test(sentence) : ","  const own = calling === '经营者' ? firm : "),
(EL,"|(?:回收|收购)(?:站(?!点)|点)|门市部/.exec(head);","|门市部/.exec(head);"),
(EL,"|(?:回收|收购)(?:站(?!点)|点)|门市部/.exec(head);","|(?:回收|收购)(?:站|点)|门市部/.exec(head);"),
# 取得成效
(CL,"|批(?:先|即|乱)[建占盖]|检(?![查测验定出修到]))/g;","|检(?![查测验定出修到]))/g;"),
(RC,"(?<![向给对让为跟和与使请教]|告诉|提醒|叮嘱|嘱咐|召集|组织|动员|号召|引导|带领|通知|劝导|劝说)大家)们?","大家)们?"),
(RC,"|(?<![向给对让为跟和与使请教]|告诉|提醒|叮嘱|嘱咐|召集|组织|动员|号召|引导|带领|通知|劝导|劝说)大家)们?",")们?"),
(RE,"(?:没有一户|没有一家|无一户|无一家)(?:私","(?:没有一户|没有一家)(?:私"),
(RE,"|取缔|备案|关停|收容|放飞|验收)(?:完毕|到位|正常)?[。；;]?$/;",")(?:完毕|到位|正常)?[。；;]?$/;"),
(RE,"(RECORD_MANY.test(rec) ? rec :","(false ? rec :"),
(RE,"    : maskRecordStatus(claimed0);","    : claimed0;"),
(CH,"      if (s.kind === 'run-in' && ok.size > 0 && p > 0 && sections[p].kind !== null && sections[p].level < s.level && !isDocumentTitle(sections[p]) && told(sentences, a, b)) return;\n",""),
(CH,"!isDocumentTitle(sections[p]) && told(sentences, a, b)) return;","!isDocumentTitle(sections[p])) return;"),
]
# Default: the session's own test files; the reviews' rules (ANIMALS_OWNERS, doneByBody, sentForGathering, ownTierOpens, TENANTS) are
# killed by test/report/element-review58a.test.ts / element-review58b.test.ts (pass the file as the last argument).
run(M, sys.argv.pop() if len(sys.argv) > 1 and sys.argv[-1].endswith('.ts') else 'test/report/element-session-58')
