# Session 42's mutation check of its own rules: break one at a time, run test/report/element-session-42.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate42.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
O=D+'element-others-deeds.ts'
L=D+'element-lessons.ts'
PA=D+'element-parties.ts'
RC=D+'element-result-compliance.ts'
RD=D+'element-result-drills.ts'
SS=D+'element-served-said.ts'
P=D+'element-responsibility.ts'
M=[
(MC,"'(?<![汽报])修(?![订改正养炼身建复缮理饰辞])'","'(?<!汽)修(?![订改正养炼身建复缮理饰辞])'"),
(PA,"  if (OTHERS_HERE.test(c) && !(/^物业(?!公司|企业)/.test(c) && unit.names.some((n) => /物业/.test(n)))) return 'here';","  if (OTHERS_HERE.test(c)) return 'here';"),
(PA,"  if (OTHERS_HERE.test(c) && !(/^物业(?!公司|企业)/.test(c) && unit.names.some((n) => /物业/.test(n)))) return 'here';","  if (OTHERS_HERE.test(c) && !/^物业(?!公司|企业)/.test(c)) return 'here';"),
(O,"|商户|零售户|店主|门店|农户|","|商户|店主|门店|农户|"),
(O,"(?:辖区|各|部分|有的|周边|全县(?:[\\\\d一二三四五六七八九十百]+所)?)(?:学校","(?:辖区|各|部分|有的|周边)(?:学校"),
(O,"  if (VILLAGES_MEET.test(clause) && !/村(?:民委员会|委会)?(?:关于|$)/.test(title.split('关于')[0]!)) return 'own';\n",""),
(O,"  if (VILLAGES_MEET.test(clause) && !/村(?:民委员会|委会)?(?:关于|$)/.test(title.split('关于')[0]!)) return 'own';","  if (VILLAGES_MEET.test(clause)) return 'own';"),
(O,"  if (that && title !== '' && !EXAMINER_TITLE.test(title) && !new RegExp","  if (that && title !== '' && !new RegExp"),
(O,"  if (that && title !== '' && !EXAMINER_TITLE.test(title) && !new RegExp","  if (that && !EXAMINER_TITLE.test(title) && !new RegExp"),
(O,"  if (that && title !== '' && !EXAMINER_TITLE.test(title) && !new RegExp(`[\\\\u4e00-\\\\u9fff]{2}${that[1]}`).test(title.split('关于').slice(1).join('关于'))) return 'third';",""),
(O,"  if (that && title !== '' && !EXAMINER_TITLE.test(title) && !new RegExp(`[\\\\u4e00-\\\\u9fff]{2}${that[1]}`).test(title.split('关于').slice(1).join('关于'))) return 'third';","  if (that && title !== '' && !EXAMINER_TITLE.test(title)) return 'third';"),
(O,"该(局|所|中心|站|院|公司|企业|队|大队|中队|馆|协会|单位|机构|部门)(?!长|的)/;","该(局|所|中心|站|院|公司|企业|队|大队|中队|馆|协会|单位|机构|部门)/;"),
(L,"    if (kind === 'own' || kind === 'third') continue;\n",""),
(M_,"    if (blankedBefore && ALSO_SUBJECT.test(clause) && !ownSubject(clause, title)) continue;\n",""),
(M_,"    if (blankedBefore && ALSO_SUBJECT.test(clause) && !ownSubject(clause, title)) continue;","    if (blankedBefore && ALSO_SUBJECT.test(clause)) continue;"),
(M_,"      if (NOUN_STATE.test(rest)) continue;\n",""),
(MC,"    if (rest.startsWith('□') || NOUN_USE.test(rest) || NOUN_STATE.test(rest)) continue;","    if (rest.startsWith('□') || NOUN_USE.test(rest)) continue;"),
(MC,"|[\\u4e00-\\u9fff]{0,6}?任务(?:较|很|十分|比较|相当|更加)?(?:重|繁重|艰巨)|","|"),
(MC,"多(?=[，,。；]|$))|","多)|"),
(MC,"(?:认可|满意|肯定|好评|称赞|点赞)(?!度|率|调查|测评|问卷|评价))/;","(?:认可|满意|肯定|好评|称赞|点赞))/;"),
(M_,"(?:上门|入户)(?:告知|通知|讲解|宣传|核对|核查|查看|送达|发放|复核|核实|抽核)","(?:上门|入户)(?:告知|通知|讲解|宣传|核对|核查|查看|送达|发放)"),
(M_,"(?:进行|开展|实施|实行|予以)[^，,。；□]{0,6}?(复核|抽核|核实|化验|","(?:进行|开展|实施|实行|予以)[^，,。；□]{0,6}?(化验|"),
(M_,"(?:[^，,。；□]{2,10}|(?<=(?:已经?|了)[^，,。；□]{0,12})$)|","(?:[^，,。；□]{2,10}|$)|"),
(M_,"(?:[^，,。；□]{2,10}|(?<=(?:已经?|了)[^，,。；□]{0,12})$)|","[^，,。；□]{2,10}|"),
(RD,"|报修|告知|提醒|提示|建议|劝|叮嘱/;","|报修/;"),
(SS,"|(?<=(?:孩子|学生|他|她|们)[^，,。；会能]{0,4})会(?=提醒|劝|教|告诉|督促))",")"),
(RC,", SPARED, EASY_NOW, HARM_FEWER, MODELS_NAMED];",", SPARED, HARM_FEWER, MODELS_NAMED];"),
(RC,"(?<!(?:让|使|要|确保|保证|力争|争取|努力|为了|实现|方便|便于|以便)[^，,。；]{0,12})(?:(?:按|凭|照着?|看)","(?:(?:按|凭|照着?|看)"),
(RC,"|(?<![“\"、能])一次(?:就)?(?:填对|找到|找对))/;","|一次(?:就)?(?:填对|找到|找对|办结|办好))/;"),
(P,"(?:房东|出租人|房主|租户|承租人|家长|监护人|父母|商户|零售户|经营户|","(?:房东|出租人|房主|租户|承租人|家长|监护人|父母|商户|经营户|"),
(RC,", EASY_NOW, HARM_FEWER, MODELS_NAMED];",", EASY_NOW, MODELS_NAMED];"),
(RC,", EASY_NOW, HARM_FEWER, MODELS_NAMED];",", EASY_NOW, HARM_FEWER];"),
(RC,"[^，,。；]{0,10}?|^)(?:比|较)${EARLIER}","[^，,。；]{0,10}?)(?:比|较)${EARLIER}"),
(RC,"少了?[\\\\d一二两三四五六七八九十]+(?:件|起|宗|例|处)`","少了?[\\\\d一二两三四五六七八九十]+`"),
(SS,"|(?<!没被|不被|未被|没有被)当成了?(?:一家人|亲人|自家人)|","|"),
(SS,"|(?<!没被|不被|未被|没有被)当成了?(?:一家人|亲人|自家人)|","|当成了?(?:一家人|亲人|自家人)|"),
(SS,"|过得(?:最|很|真|特别|挺)(?:开心|舒心|踏实|温暖|高兴))/;",")/;"),
(SS,"(?:如今|现在)[^。；]{0,16}?(?:主动|","(?:如今|现在)[^，,。；]{0,12}?(?:主动|"),
(D+'element-shared.ts',".replace(SPOKEN, (q) => (text.split('“').length === 2 ? '“' + '○'.repeat(q.length - 2) + '”' : q)));","); void SPOKEN;"),
(D+'element-shared.ts',"(text.split('“').length === 2 ? '“'","(true ? '“'"),
(D+'element-results.ts',"|被[^，,。；]{1,20}(授予|评为|命名为|公布为|表彰|表扬|通报表扬)|","|被[^，,。；]{1,12}(授予|评为|命名为|公布为|表彰|表扬|通报表扬)|"),
(D+'element-results.ts',"|被[^，,。；]{1,16}列入[^，,。；]{0,12}(?:精品|示范|典型|优秀|先进|标杆)(?![^，,。；]{0,4}(?:创建|培育|建设)(?:对象|名单|计划))|","|"),
(D+'element-results.ts',"(?:精品|示范|典型|优秀|先进|标杆)(?![^，,。；]{0,4}(?:创建|培育|建设)(?:对象|名单|计划))|","(?:精品|示范|典型|优秀|先进|标杆)|"),
(D+'element-results.ts',"|作为[^，,。；]{0,24}典型(?:做法|经验|案例)(?:推介|推广|交流)|","|"),
(D+'element-results.ts',"(授予|评为|命名为|公布为|表彰|表扬|通报表扬)","(授予|评为|命名为|表彰|表扬|通报表扬)"),
(D+'element-results.ts',"|(?:媒体|电视台|日报|报社|融媒体中心|新闻)[^，,。；]{0,6}(?:专题|专门)?报道了[^，,。；]{0,14}(?:新变化|变化|新面貌|成效|经验|做法)|","|"),
(D+'element-results.ts',"报道了[^，,。；]{0,14}(?:新变化|变化|新面貌|成效|经验|做法)|","报道了|"),
(RC,"export const COMPLIANCE_RESULTS: readonly RegExp[] = [GOOD_IMPRESSION, AGAINST_EARLIER,","export const COMPLIANCE_RESULTS: readonly RegExp[] = [AGAINST_EARLIER,"),
(RC,"印象(?:很|非常|特别|比较|十分)?(?:好|深刻)(?!的)/;","印象(?:很|非常|特别|比较|十分)?(?:好|深刻)/;"),
(M_,"|配备|配置|安装|加装|新建|","|配备|配置|安装|新建|"),
(MC,"|谈心)|上门与[^，,。；□]{1,8}?(?:沟通|谈心|商量|交流)/;",")/;"),
(MC,"|谈心)|上门与[^，,。；□]{1,8}?(?:沟通|谈心|商量|交流)/;","|谈心)/;"),
(P,"  if (also && unit !== null && unit.endsWith(also[2]!)) return true;\n",""),
(P,"  if (also && unit !== null && unit.endsWith(also[2]!)) return true;","  if (also && unit !== null) return true;"),
(M_,"    if (disposed && /\\d{1,2}月\\d{1,2}日/.test(masked)) return disposed[1]!;","    if (disposed) return disposed[1]!;"),
(M_,"    if (disposed && /\\d{1,2}月\\d{1,2}日/.test(masked)) return disposed[1]!;\n",""),
(M_,"const DISPOSED_CELL = /[｜|]\\s*((?:当场|现场|立即|随即|当即)(?:劝阻","const DISPOSED_CELL = /[｜|]\\s*((?:当场|现场|立即|随即|当即)?(?:劝阻"),
(M_,"[，,](?:参加|参赛|参与|展出)[^，,。；]{0,8}?[\\d一二三四五六七八九十]+\\s*(?:人|名|幅|件|个|支)/;","/;"),
(M_,"      if (/^[^，,。；□]{0,12}?的(?:要求|建议|意见|整改要求|整改意见)/.test(rest)) continue;\n",""),
(M_," && !/^了?(?:工作|管理|服务)?(?:力量|人手|力度|精力|投入)/.test(rest) &&"," &&"),
]
run(M, 'test/report/element-session-42.test.ts')
