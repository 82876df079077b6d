# Session 48's mutation check of its own rules: break one at a time, run test/report/element-session-48.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate48.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
R=D+'element-results.ts'
V=D+'element-result-verdicts.ts'
P=D+'element-responsibility.ts'
E=D+'elements.ts'
RG=D+'element-result-registers.ts'
C=D+'element-result-compliance.ts'
DR=D+'element-result-drills.ts'
PT=D+'element-parties.ts'
M=[
# 主体责任
(P,"[所局站院馆队部办委会股科室])(?:由)?(?:副)?(?:(?:大队|中队|[所局站院馆队部股科])?长|","[所局站院馆队部办委会])(?:由)?(?:副)?(?:(?:大队|中队|[所局站院馆队部])?长|"),
(P,"[所局站院馆队部办委会股科室])(?:由)?(?:副)?(?:(?:大队|中队|[所局站院馆队部股科])?长|","[所局站院馆队部办委会股科室])(?:由)?(?:副)?(?:(?:大队|中队|[所局站院馆队部])?长|"),
(P,"(?:驻校民警|驻村民警|驻校干部|驻村干部|(?:安全|业务|工作)?联络员|(?:工作)?联系人|专管员|(?:专职)?安全员|信息员|专干)(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单|单位))","[\\\\u4e00-\\\\u9fff]{2,6}"),
(P,"(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单|单位))`),","`),"),
(P,"(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单|单位))`),","(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单))`),"),
(P,"  return HEAD_OF_KIND[role.replace(/^副/, '')]?.test(head) ?? false;","  return true;"),
(P,"(SERVED_OWN_CHARGE.test(t.slice(clauseStart, end + 12)) && firm !== true)","(SERVED_OWN_CHARGE.test(t.slice(clauseStart, end + 12)))"),
# 取得成效
(RG,"(?:${FOLK})们?(?:也|都|普遍|大多)(?:已经?)?(?:知道|懂得|明白)","(?:${FOLK})们?[^，,。；]{0,3}?(?:知道|懂得|明白)"),
(C,"(?:都|也|普遍)?(?:在[^，,。；]{1,10}?(?:上|中|里))?对[^，,。；]{1,16}?","(?:都|也|普遍)?对[^，,。；]{1,16}?"),
(R,"      if (m && re === CHECK_PASSED && raw0.includes(m[0]) && CONDITION_AFTER.test(raw0.slice(raw0.indexOf(m[0]) + m[0].length))) continue;\n",""),
# 具体措施
(M_,"|(?:目前|现在)[，,](?:全县|全镇|全乡|全区|全市|辖区)(?:内)?(?:共|现)?(?:登记在册|在册|登记|列管|有|共有|现有)",""),
(M_,"    if (selfNow && selfBefore) continue;","    if (false && selfNow && selfBefore) continue;"),
(PT,"const notPlaceStem = (stem: string) => NOT_PLACE_ENDING.test(stem) || VERB_NOT_PLACE.test(stem);","const notPlaceStem = (stem: string) => NOT_PLACE_ENDING.test(stem);"),
# session 48, second round (the whole train's errors)
(D+'element-result-relief.ts',"LOSS_AVOIDED, ENABLED, NEEDS_MET];","LOSS_AVOIDED, NEEDS_MET];"),
(D+'element-result-relief.ts',"LOSS_AVOIDED, ENABLED, NEEDS_MET];","LOSS_AVOIDED, ENABLED];"),
(D+'element-result-relief.ts',"(?:上学|入学|复学|返校|就医|就诊|治疗|住院|手术|安置|就业|上岗|团聚|回家|返乡|解决|落实|恢复)/;","[\\u4e00-\\u9fff]{2}/;"),
(D+'element-shared.ts',"|(?<!(?:打听|询问|咨询|问起|问问|问)[^，,。；]{0,2})明年|","|明年|"),
(RG,"|桂冠|星级(?:等级)?|[“\"][一二三四五]星级[”\"](?:等级)?)|","|桂冠)|"),
(RG,"|覆盖|修复|修好)(?:了)?$/,","|覆盖)(?:了)?$/,"),
(D+'element-served-said.ts',"const SPEAKER = `(?:${PEOPLE}|家庭|","const SPEAKER = `(?:${PEOPLE}|"),
(D+'element-served-said.ts',": /说[，,]?$/.test(m[0]) ? CHILD_REMINDS.exec(clause) : null;",": null;"),
(M_,"|复核|核实|抽核|了解|登记)","|复核|核实|抽核|了解)"),
(R,"|表扬|嘉奖|流动红旗)|","|表扬|嘉奖)|"),
(C,"APPRAISED_BETTER, SEASON_HARM_NONE,","SEASON_HARM_NONE,"),
(C,"(?:评价|口碑|反响|满意度|印象)(?:也)?(?:比|较)","(?:[\\u4e00-\\u9fff]{2})(?:也)?(?:比|较)"),
(D+'element-served-said.ts',"|家庭|老同志|老干部|","|家庭|"),

# after the review (the final rules)
(P,"|${ROLE})?(?!志愿者|家长|群众|村民|居民|学生)[\\\\u4e00-\\\\u9fff]{2,3}(?<!们)(?:同志)?(?:为|担任)","|${ROLE})?[\\\\u4e00-\\\\u9fff]{2,3}(?:同志)?(?:为|担任)"),
(P,"|${ROLE})?(?!志愿者|家长|群众|村民|居民|学生)[\\\\u4e00-\\\\u9fff]{2,3}(?<!们)(?:同志)?(?:为|担任)","|${ROLE})?(?!志愿者|家长|群众|村民|居民|学生)[\\\\u4e00-\\\\u9fff]{2,3}(?<!们)(?:同志)?(?:为)"),
(E,"    (namedFirm !== null && !GOVERNMENT.test(head.slice(0, namedFirm.index))) ||","    (namedFirm !== null) ||"),
(E,"    (genericFirm !== null && !BODY.test(head.slice(0, genericFirm.index))) ||","    (genericFirm !== null && !GOVERNMENT.test(head.slice(0, genericFirm.index))) ||"),
(V,"`(?<![｜|][^。]{0,200})(?<!(?:如|若","`(?<!(?:如|若"),
(DR,"|叮嘱|纳入|列入|排入|(?<!按)计划/;","|叮嘱|纳入|列入|排入|计划/;"),
(DR,"|叮嘱|纳入|列入|排入|(?<!按)计划/;","|叮嘱/;"),
(M_,"    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause) || (SHARE_OF.test(clause) && !SHARE_DONE.test(clause))) continue;","    if ((asOf && FITTED_AS_OF.test(clause)) || EACH_HAS.test(clause) || (SHARE_OF.test(clause) && !SHARE_DONE.test(clause))) continue;"),
(M_,"    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause) || (SHARE_OF.test(clause) && !SHARE_DONE.test(clause))) continue;","    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause)) continue;"),
(M_,"    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause) || (SHARE_OF.test(clause) && !SHARE_DONE.test(clause))) continue;","    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause) || SHARE_OF.test(clause)) continue;"),
(M_,"const PART_AS_OF = /^其中(?![^，,。；]*(?:了|已|送|随访|救治|帮扶|走访|转介|救助))","const PART_AS_OF = /^其中(?![^，,。；]*(?:了|已))"),
(M_,"const PART_AS_OF = /^其中(?![^，,。；]*(?:了|已|送|随访|救治|帮扶|走访|转介|救助))","const PART_AS_OF = /^其中"),
(M_,"(?:自行(?!车)|自主(?!创业|就业|择业|品牌|研发)|自发)/;","(?:自主(?!创业|就业|择业|品牌|研发)|自发)/;"),
(M_,"(?:自行(?!车)|自主(?!创业|就业|择业|品牌|研发)|自发)/;","(?:自行(?!车)|自主|自发)/;"),
(D+'element-claims.ts',"(?:溺水|出事|受伤|走失)(?![^，,。；]{0,3}(?:的|后|时|应急|预案|演练|培训|教育|知识|记录|设备|护栏|警示))/;","(?:溺水|出事|受伤|走失)/;"),
(D+'element-result-field.ts',"(?:出事|溺水|受伤|伤亡|走失)(?=[，,。；;]|$)/;","(?:出事|溺水|受伤|伤亡|走失)/;"),
(D+'element-result-field.ts',"|(?:今年|全年|暑假|寒假|假期|汛期|期间|以来|村里|镇里|乡里|全村|全镇|全乡|辖区)[^，,。；｜|]{0,10}?(?:没有|未|无)(?:一个|一名)?(?:孩子|儿童|学生|小孩|村民|居民|老人)(?:再)?(?:出事|溺水|受伤|伤亡|走失)(?=[，,。；;]|$)/;","/;"),
(D+'element-shared.ts',"|(?:停水|停电|停气|停运)[^，,。；]{0,3}?[\\d一二两三四五六七八九十]+次)","|停水|停电|停气|停运)"),
(D+'element-shared.ts',"|(?:停水|停电|停气|停运)[^，,。；]{0,3}?[\\d一二两三四五六七八九十]+次)",")"),
(D+'element-served-said.ts',"const CHILD_REMINDS = /(?<![不没未别定该许能后来])(?<=(?:孩子|学生|孩子们|学生们)","const CHILD_REMINDS = /(?<![不没未别])(?<=(?:孩子|学生|孩子们|学生们)"),
(D+'element-served-said.ts',"const CHILD_REMINDS = /(?<![不没未别定该许能后来])(?<=(?:孩子|学生|孩子们|学生们)","const CHILD_REMINDS = /(?<![不没未别定该许能后来])(?<=(?:[\\u4e00-\\u9fff]{1,3})"),
(D+'element-result-classes.ts',"|读懂了|(?<!(?:只有|少数)[^，,。；]{0,6})(?<![不没]|不太|不怎么|不大)认得(?![^，,。；]{0,4}(?:的不多|的很少|吗|不))|","|读懂了|"),
(D+'element-result-classes.ts',"|读懂了|(?<!(?:只有|少数)[^，,。；]{0,6})(?<![不没]|不太|不怎么|不大)认得","|读懂了|(?<![不没]|不太|不怎么|不大)认得"),
(D+'element-result-classes.ts',"|读懂了|(?<!(?:只有|少数)[^，,。；]{0,6})(?<![不没]|不太|不怎么|不大)认得","|读懂了|(?<!(?:只有|少数)[^，,。；]{0,6})(?<![不没])认得"),
(D+'element-result-classes.ts',"认得(?![^，,。；]{0,4}(?:的不多|的很少|吗|不))|","认得|"),
(R,"|满分|优(?=[”\"]?(?:[，,。；;]|$))(?![，,、]\\s*[良中合]))","|满分)"),
(R,"|满分|优(?=[”\"]?(?:[，,。；;]|$))(?![，,、]\\s*[良中合]))","|满分|优(?=[”\"]?(?:[，,。；;]|$)))"),
(R,"|满分|优(?=[”\"]?(?:[，,。；;]|$))(?![，,、]\\s*[良中合]))","|满分|优(?![，,、]\\s*[良中合]))"),
(R,"(?:为|是|达到|获得?|取得|得|评为)[“\"]?(?:优秀|良好|A级","(?:为|是|达到|获得?|取得|评为)[“\"]?(?:优秀|良好|A级"),
(C,"|希望|邻县|外县|邻市|全市|全省)[^，,。；]{0,12})(?:评价|口碑|反响|满意度|印象)","|希望)[^，,。；]{0,12})(?:评价|口碑|反响|满意度|印象)"),
(C,"(?:更|还|要)?(?:好|高)(?!的|者)(?![^，,。；]{0,2}(?:吗|不))`","(?:更|还|要)?(?:好|高)(?![^，,。；]{0,2}(?:吗|不))`"),
(C,"(?:都|很|更|更加|十分|非常|比较|普遍)?(?<!不|是否|不太|不够)(?:放心|安心|满意|","(?:都|很|更|更加|十分|非常|比较|普遍)?(?:放心|安心|满意|"),
(D+'element-served-said.ts',"|心里(?:暖和|热乎|亮堂|敞亮)(?!不)|","|心里(?:暖和|热乎|亮堂|敞亮)|"),
(P,"(?!说|表示|反映|认为|要求|应|须|要|建议|希望|并非|不是|是否|如|若)[^，,。；]){0,12}?","(?!说|表示|反映|认为|要求)[^，,。；]){0,12}?"),
(P,"(?!说|表示|反映|认为|要求|应|须|要|建议|希望|并非|不是|是否|如|若)[^，,。；]){0,12}?","[^，,。；]){0,12}?"),
(P,"|全面负责|亲自抓(?![药获捕住鱼拍]))/,","|全面负责|亲自抓)/,"),
(P,"(?:他|她)(?:本人)?(?:对[^，,。；]{1,12}?)?(?:负总责|","(?:他|她)(?:本人)?(?:负总责|"),
(P,"  /(?<!(?:县里|县委|县政府|市里|市委|市政府|上级|省里)[^，,。；]{0,8})(?:工作专班|","  /(?:工作专班|"),
(P,"(?:为|由|：|:)(?![^）)]{0,4}(?:副?县长|副?市长|县委|市委))/,","(?:为|由|：|:)/,"),
(P,"[（(](?:组长|指挥长|专班长|召集人)(?:为|由|：|:)(?![^）)]","[（(](?:[^）)]{0,4})(?![^）)]"),

(D+'element-result-relief.ts',"  /(?<!(?:能否|是否)[^，,。；]{0,6})(?<!才)得以","  /(?<!才)得以"),
(D+'element-result-relief.ts',"  /(?<!(?:能否|是否)[^，,。；]{0,6})(?<!才)得以","  /(?<!(?:能否|是否)[^，,。；]{0,6})得以"),
]
run(M,'test/report/element-session-48.test.ts')
