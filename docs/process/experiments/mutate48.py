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
(P,"|${ROLE})?[\\\\u4e00-\\\\u9fff]{2,3}(?:同志)?(?:为|担任)","|${ROLE})?[\\\\u4e00-\\\\u9fff]{2,3}(?:同志)?(?:为)"),
(P,"(?:[\\\\u4e00-\\\\u9fff]{0,6}?(?:民警|干部|工作人员|干事|职工|教师|老师|医生|社工|同志)|${ROLE})?[\\\\u4e00-\\\\u9fff]{2,3}(?:同志)?(?:为|担任)","(?:[\\\\u4e00-\\\\u9fff]{0,6}?(?:民警|干部|工作人员|干事|职工|教师|老师|医生|社工|同志))?[\\\\u4e00-\\\\u9fff]{2,3}(?:同志)?(?:为|担任)"),
(P,"(?:驻校民警|驻村民警|驻校干部|驻村干部|(?:安全|业务|工作)?联络员|(?:工作)?联系人|专管员|(?:专职)?安全员|信息员|专干)(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单|单位))","[\\\\u4e00-\\\\u9fff]{2,6}"),
(P,"(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单|单位))`),","`),"),
(P,"(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单|单位))`),","(?![^，,。；]{0,4}(?:培训|考试|考核|队伍|名单))`),"),
(P,"  return HEAD_OF_KIND[role.replace(/^副/, '')]?.test(head) ?? false;","  return true;"),
(E,"  const firm = (firmWord !== null && !/局|委员会|管委会|政府|办公室|大队/.test(head.slice(0, firmWord.index))) ||","  const firm = (firmWord !== null) ||"),
(E,"!/局|委员会|管委会|政府|办公室|大队/.test(head.slice(0, firmWord.index))","!/局|委员会|政府|办公室|大队/.test(head.slice(0, firmWord.index))"),
(P,"(SERVED_OWN_CHARGE.test(t.slice(clauseStart, end + 12)) && firm !== true)","(SERVED_OWN_CHARGE.test(t.slice(clauseStart, end + 12)))"),
# 取得成效
(RG,"(?:现在|如今|眼下|这下)(?:(?!让|使|要|确保|力争|争取|希望|引导)[^。；;]){0,30}?(?:${FOLK})","(?:现在|如今|眼下|这下)?[^。；;]{0,30}?(?:${FOLK})"),
(RG,"(?:现在|如今|眼下|这下)(?:(?!让|使|要|确保|力争|争取|希望|引导)[^。；;]){0,30}?(?:${FOLK})","(?:现在|如今|眼下|这下)[^。；;]{0,30}?(?:${FOLK})"),
(RG,"(?:${FOLK})们?(?:也|都|普遍|大多)(?:已经?)?(?:知道|懂得|明白)","(?:${FOLK})们?[^，,。；]{0,3}?(?:知道|懂得|明白)"),
(RG,"  new RegExp(`(?<!(?:让|使|令|要|确保|保证|力争|争取|努力|希望|引导)[^，,。；]{0,12})(?:现在|如今|眼下|这下)","  new RegExp(`(?:现在|如今|眼下|这下)"),
(C,"(?:都|也|普遍)?(?:在[^，,。；]{1,10}?(?:上|中|里))?对[^，,。；]{1,16}?","(?:都|也|普遍)?对[^，,。；]{1,16}?"),
(R,"      if (m && re === CHECK_PASSED && raw0.includes(m[0]) && CONDITION_AFTER.test(raw0.slice(raw0.indexOf(m[0]) + m[0].length))) continue;\n",""),
(V,"export const CONDITION_AFTER = /^[^。；;]{0,12}?(?:才|方可|方能|后方)/;","export const CONDITION_AFTER = /^[^。；;]{0,12}?(?:方可|方能|后方)/;"),
(V,"export const CONDITION_AFTER = /^[^。；;]{0,12}?(?:才|方可|方能|后方)/;","export const CONDITION_AFTER = /^[^。；;]*?(?:才|方可|方能|后方)/;"),
(DR,"|叮嘱|纳入|列入|排入|计划/;","|叮嘱/;"),
# 具体措施
(M_,"|(?:目前|现在)[，,](?:全县|全镇|全乡|全区|全市|辖区)(?:内)?(?:共|现)?(?:登记在册|在册|登记|列管|有|共有|现有)",""),
(M_,"    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause) || SHARE_OF.test(clause)) continue;","    if ((asOf && FITTED_AS_OF.test(clause)) || EACH_HAS.test(clause) || SHARE_OF.test(clause)) continue;"),
(M_,"    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause) || SHARE_OF.test(clause)) continue;","    if ((asOf && (FITTED_AS_OF.test(clause) || PART_AS_OF.test(clause))) || EACH_HAS.test(clause)) continue;"),
(M_,"const PART_AS_OF = /^其中(?![^，,。；]*(?:了|已))","const PART_AS_OF = /^其中"),
(M_,"    if (selfNow && selfBefore) continue;","    if (false && selfNow && selfBefore) continue;"),
(M_,"    const selfNow = SELF_DONE.test(clause) && !ownSubject(clause, title);","    const selfNow = SELF_DONE.test(clause);"),
(M_,"const SELF_DONE = /^[^，,。；□]{0,12}?(?:自行(?!车)|自主|自发)/;","const SELF_DONE = /^[^，,。；□]{0,12}?(?:自主|自发)/;"),
(PT,"const notPlaceStem = (stem: string) => NOT_PLACE_ENDING.test(stem) || VERB_NOT_PLACE.test(stem);","const notPlaceStem = (stem: string) => NOT_PLACE_ENDING.test(stem);"),
# session 48, second round (the whole train's errors)
(D+'element-claims.ts',"|冻伤|冻亡|冻死|溺水|出事|受伤|走失)/;","|冻伤|冻亡|冻死)/;"),
(D+'element-result-field.ts',"|(?:今年|全年|暑假|寒假|假期|汛期|期间|以来|村里|镇里|乡里|全村|全镇|全乡|辖区)[^，,。；｜|]{0,10}?(?:没有|未|无)(?:一个|一名)?(?:孩子|儿童|学生|小孩|村民|居民|老人)(?:再)?(?:出事|溺水|受伤|伤亡|走失)(?!的)/;","/;"),
(D+'element-result-field.ts',"(?:出事|溺水|受伤|伤亡|走失)(?!的)/;","(?:出事|溺水|受伤|伤亡|走失)/;"),
(D+'element-result-relief.ts',"LOSS_AVOIDED, ENABLED, NEEDS_MET];","LOSS_AVOIDED, NEEDS_MET];"),
(D+'element-result-relief.ts',"LOSS_AVOIDED, ENABLED, NEEDS_MET];","LOSS_AVOIDED, ENABLED];"),
(D+'element-result-relief.ts',"  /(?<!(?:使|让|确保|保证|力争|争取|以便|为了|以|便于|要|能够?)[^，,。；]{0,12})得以","  /得以"),
(D+'element-result-relief.ts',"(?:上学|入学|复学|返校|就医|就诊|治疗|住院|手术|安置|就业|上岗|团聚|回家|返乡|解决|落实|恢复)/;","[\\u4e00-\\u9fff]{2}/;"),
(D+'element-result-relief.ts',"export const NEEDS_MET = /(?<!(?:使|让|确保|保证|力争|争取|要|为了)[^，,。；]{0,12})","export const NEEDS_MET = /"),
(D+'element-shared.ts',"|(?<!(?:打听|询问|咨询|问起|问问|问)[^，,。；]{0,2})明年|","|明年|"),
(D+'element-shared.ts',"|停水|停电|停气|停运|检修)","|检修)"),
(RG,"|桂冠|星级(?:等级)?|[“\"][一二三四五]星级[”\"](?:等级)?)|","|桂冠)|"),
(RG,"|覆盖|修复|修好)(?:了)?$/,","|覆盖)(?:了)?$/,"),
(D+'element-served-said.ts',"const SPEAKER = `(?:${PEOPLE}|家庭|","const SPEAKER = `(?:${PEOPLE}|"),
(D+'element-served-said.ts',"(?:(?:更|更加|比以前|比过去)(?:清楚|明白|熟悉|了解)了|改了|","(?:改了|"),
(D+'element-served-said.ts',": /说[，,]?$/.test(m[0]) ? CHILD_REMINDS.exec(clause) : null;",": null;"),
(D+'element-served-said.ts',"const CHILD_REMINDS = /(?<![不没未别])(?<=(?:孩子|学生|孩子们|学生们)[^，,。；会能]{0,4})会","const CHILD_REMINDS = /(?<![不没未别])(?<=[\\u4e00-\\u9fff]{0,4})会"),
(D+'element-result-classes.ts',"|读懂了|(?<![不没])认得(?!吗|不)|(?:能|会","|读懂了|(?:能|会"),
(D+'element-result-classes.ts',"|读懂了|(?<![不没])认得(?!吗|不)|(?:能|会","|读懂了|认得(?!吗|不)|(?:能|会"),
(M_,"|复核|核实|抽核|了解|登记)","|复核|核实|抽核|了解)"),
(R,"(?:为|是|达到|获得?|取得|得|评为)[“\"]?(?:优秀|良好|A级|A等|一等|甲等|满分|优(?=[”\"]?(?:[，,。；;]|$)))","(?:为|是|达到|获得?|取得|评为)[“\"]?(?:优秀|良好|A级|A等|一等|甲等|满分|优(?=[”\"]?(?:[，,。；;]|$)))"),
(R,"(?:为|是|达到|获得?|取得|得|评为)[“\"]?(?:优秀|良好|A级|A等|一等|甲等|满分|优(?=[”\"]?(?:[，,。；;]|$)))","(?:为|是|达到|获得?|取得|得|评为)[“\"]?(?:优秀|良好|A级|A等|一等|甲等|满分|优)"),
(R,"|表扬|嘉奖|流动红旗)|","|表扬|嘉奖)|"),
(C,"APPRAISED_BETTER, SEASON_HARM_NONE,","SEASON_HARM_NONE,"),
(C,"  `(?<!(?:要|力争|争取|确保|努力|希望)[^，,。；]{0,12})(?:评价|口碑|反响|满意度|印象)(?:也)?","  `(?:评价|口碑|反响|满意度|印象)(?:也)?"),
(C,"(?:评价|口碑|反响|满意度|印象)(?:也)?(?:比|较)","(?:[\\u4e00-\\u9fff]{2})(?:也)?(?:比|较)"),
(D+'element-served-said.ts',"|(?<![不没])有人(?:管|辅导|照看|陪|帮|教)[^，,。；]{0,6}了|心里(?:暖和|热乎|亮堂|敞亮)|","|"),
(D+'element-served-said.ts',"|(?<![不没])有人(?:管|辅导|照看|陪|帮|教)[^，,。；]{0,6}了|","|有人(?:管|辅导|照看|陪|帮|教)[^，,。；]{0,6}了|"),
(D+'element-served-said.ts',"|家庭|老同志|老干部|","|家庭|"),
(P,"  /(?:^|[，,。；;：:])\\s*(?:(?!说|表示|反映|认为|要求)[^，,。；]){0,12}?(?:由|是)?(?<![要应须让请])(?:他|她)","  /(?:^|[，,。；;：:])\\s*[^，,。；]{0,12}?(?:由|是)?(?<![要应须让请])(?:他|她)"),
(P,"(?:由|是)?(?<![要应须让请])(?:他|她)(?:本人)?(?:对[^，,。；]{1,12}?)?(?:负总责|负全责|总负责|全面负责|亲自抓)/,","(?:由|是)?(?<![要应须让请])(?:他|她)(?:本人)?(?:负总责|负全责|总负责|全面负责|亲自抓)/,"),
(P,"[（(](?:组长|指挥长|专班长|召集人)(?:为|由|：|:)/,","[（(]/,"),
]
run(M,'test/report/element-session-48.test.ts')
