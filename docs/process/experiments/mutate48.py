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
]
run(M, 'test/report/element-session-48.test.ts')
