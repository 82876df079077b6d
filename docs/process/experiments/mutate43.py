# Session 43's mutation check of its own rules: break one at a time, run test/report/element-session-43.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate43.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
E=D+'elements.ts'
M_=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
O=D+'element-others-deeds.ts'
RC=D+'element-result-compliance.ts'
RP=D+'element-result-phrases.ts'
MO=D+'element-mood.ts'
P=D+'element-responsibility.ts'
M=[
(E,"  数据实例: /数据(?:比对|核对|共享|采集|录入|报送|治理|管理|对接|筛查|清洗)|(?:比对|核对|采集|录入|报送|共享)[^，,。；]{0,4}数据/,\n",""),
(O,"const OWN_MEANS = '(?:自种|自养|自栽|自查|","const OWN_MEANS = '(?:自查|"),
(O,"|经营户|(?:项目)?建设单位|施工单位|施工企业)(?:们)?","|经营户)(?:们)?"),
(O,"  if (COUNCIL_ACTS.test(clause) && !OWN_WORD.test(clause) && !COUNCIL_TITLE.test(title.split('关于')[0]!)) return 'own';\n",""),
(O,"const COUNCIL_TITLE = /理事会|议事会|评议会|禁毒禁赌会|老年协会|村|社区|居委会|居民委员会/;","const COUNCIL_TITLE = /理事会|议事会|评议会|禁毒禁赌会|老年协会/;"),
(O,"(?![对向给为帮替让请把将被与和同在经通依借利聘邀]|","(?![对向给为帮替让请把将被与和同]|"),
(O,"|成员名单|主任|理事长|秘书长|办公室|[，,。；]|$)`,","|成员名单|[，,。；]|$)`,"),
(O,"(?:(?:红白|村民|居民|移风易俗|村)理事会|","(?:(?:红白|村民|居民|移风易俗|村)?理事会|"),
(O," || PARTY_COMPLIES.test(clause) || PARTY_JOINS.test(clause)) return 'own';"," || PARTY_COMPLIES.test(clause)) return 'own';"),
(M_,"    if (resolved && !/督促|要求|责令|通知/.test(clause.slice(0, resolved.index))) return resolved[0];\n",""),
(M_,"    if (resolved && !/督促|要求|责令|通知/.test(clause.slice(0, resolved.index))) return resolved[0];","    if (resolved) return resolved[0];"),
(M_,"  /(?<![未没不难待需须要将拟])(?:协调|帮助|帮忙|帮|推动|牵头)?解决","  /(?:协调|帮助|帮忙|帮|推动|牵头)?解决"),
(M_,"    if (convened) return convened[0];\n",""),
(M_,"|复核|核实|抽核|了解)","|复核|核实|抽核)"),
(M_,"(?:协商|议事|恳谈|座谈|对接|面谈)[\\d","(?:协商|议事|恳谈|座谈|对接)[\\d"),
(MC,"修(?![订改正养炼身建复缮理饰辞]|噪|垃圾|扰民|期间|污染)'","修(?![订改正养炼身建复缮理饰辞])'"),
(RP,"[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]","[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW]"),
(RP,"(?:成绩|学习|表现|习惯|纪律|学业)[^，,。；]{0,4}?(?:比|较)","[^，,。；]{0,4}?(?:比|较)"),
(O,"|举办|举行|召开|开展|培训|参加|表彰|评选|走访|慰问|约谈|联合|会同|成立|组建|建立|设立|推选|选举|换届)[^，,。；｜|]){0,10}?","|召开|开展|参加|表彰|评选|走访|慰问|约谈|联合|会同|成立|组建|建立|设立|推选|选举|换届)[^，,。；｜|]){0,10}?"),
(RC,"(?:下降|减少|降低|缩短|改善|进步|(?:提高","(?:下降|减少|降低|缩短|改善|(?:提高"),
(RC,"MODELS_NAMED, HARM_STOPPED, AS_IT_WAS, INCOME_UP];","MODELS_NAMED, AS_IT_WAS, INCOME_UP];"),
(RC,"MODELS_NAMED, HARM_STOPPED, AS_IT_WAS, INCOME_UP];","MODELS_NAMED, HARM_STOPPED, INCOME_UP];"),
(RC,"MODELS_NAMED, HARM_STOPPED, AS_IT_WAS, INCOME_UP];","MODELS_NAMED, HARM_STOPPED, AS_IT_WAS];"),
(RC,"  /(?:非法|违法|违规|违章|私自|偷|盗|乱)[\\u4e00-\\u9fff]{1,6}?(?:现象|行为|活动)?(?:已经?","  /[\\u4e00-\\u9fff]{1,6}?(?:现象|行为|活动)?(?:已经?"),
(RC,"  /(?<!(?:责令|要求|限期|督促|责成|将|要|须|需|计划|拟|力争|确保|争取|以便|尽快)[^，,。；]{0,10})(?:已经?|已基本|基本|全部|均已)?(?:恢复","  /(?:已经?|已基本|基本|全部|均已)?(?:恢复"),
(RC,"(?:增加了收入|收入(?:明显|大幅|普遍)?(?:增加|提高|增长)了|增收了)","(?:增加了?收入|收入(?:明显|大幅|普遍)?(?:增加|提高|增长)了?|增收了?)"),
(RP,"[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]","[NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW]"),
(RP,"[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]","[FELT_UP, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]"),
(RP,"[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]","[FELT_UP, NONE_HARMED, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]"),
(RP,"[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]","[FELT_UP, NONE_HARMED, TOOK_ROOT, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]"),
(RP,"[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]","[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, MANNERS_NOW, MARKS_BETTER]"),
(RP,"[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER]","[FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MARKS_BETTER]"),
(MO,"|\\\\d{1,2}(?:[.．]\\\\d{1,2}){0,2})[）)、.．]?","|\\\\d{1,2})[）)、.．]?"),
(MO,"(?:是否|有无|有没有|能否)[^：:｜|？?。；;]*[：:]?\\\\s*[。；;]?$`);","(?:是否|有无|有没有|能否)[^：:｜|？?。；;]*\\\\s*[。；;]?$`);"),
(P,"      if (OTHERS.test(around) && !ownPostAfterThirdParty(around, t.slice(clauseStart, end))) continue;","      if (OTHERS.test(around)) continue;"),
(P,"|(?:自行(?!车)|各自|自愿|自主)[^，,。；]{0,2}(?:负责","|(?:自行|各自|自愿|自主)[^，,。；]{0,2}(?:负责"),
]
run(M, 'test/report/element-session-43.test.ts')
