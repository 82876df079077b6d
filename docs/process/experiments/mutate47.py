# Session 47's mutation check of its own rules: break one at a time, run test/report/element-session-47.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate47.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
O=D+'element-others-deeds.ts'
R=D+'element-results.ts'
V=D+'element-result-verdicts.ts'
P=D+'element-responsibility.ts'
E=D+'elements.ts'
RG=D+'element-recognition.ts'
PT=D+'element-parties.ts'
M=[
# 取得成效
(R,"?? complianceSentence(claimed) ?? givenMore(claimed) ?? rankedInReview(claimed)))","?? complianceSentence(claimed) ?? rankedInReview(claimed)))"),
(R,"...RELIEF_RESULTS, ...VERDICT_RESULTS, ...COMPLIANCE_RESULTS,","...RELIEF_RESULTS, ...COMPLIANCE_RESULTS,"),
(R,"|就业|收入|献血)`);","|就业|收入)`);"),
(V,"  if (/[｜|]/.test(sentence)) return null;\n  return GIVEN_MORE.exec(sentence);","  return GIVEN_MORE.exec(sentence);"),
(V,"(?:增加|增长|多出?|上升|提高)了?\\\\s*(?:约|近)?","(?:增加|增长|多出?|上升|提高|减少)了?\\\\s*(?:约|近)?"),
(V,"const YEAR_BEFORE = '(?:去年|上年|上一年)(?:同期)?';","const YEAR_BEFORE = '[^，,。；]{0,8}?';"),
(V,"|${GIVING}[^，,。；]{0,12}?是${YEAR_BEFORE}的[\\\\d一二两三四五六七八九十.]+倍`,","`,"),
(V,"export const VERDICT_RESULTS: readonly RegExp[] = [CHECK_PASSED, SUPPLY_KEPT, SKILLED_NOW];","export const VERDICT_RESULTS: readonly RegExp[] = [SUPPLY_KEPT, SKILLED_NOW];"),
(V,"export const VERDICT_RESULTS: readonly RegExp[] = [CHECK_PASSED, SUPPLY_KEPT, SKILLED_NOW];","export const VERDICT_RESULTS: readonly RegExp[] = [CHECK_PASSED, SKILLED_NOW];"),
(V,"export const VERDICT_RESULTS: readonly RegExp[] = [CHECK_PASSED, SUPPLY_KEPT, SKILLED_NOW];","export const VERDICT_RESULTS: readonly RegExp[] = [CHECK_PASSED, SUPPLY_KEPT];"),
(V,"(?![^，,。；]{0,2}(?:后|的|方|才|再|率|者|标准))`,","`,"),
(V,"(?:认定|结论为|判定|确认|评定为?)(?:为)?","(?:认定|结论为|判定|确认|评定为?)?(?:为)?"),
(V,"(?:保持|总体|基本|持续|始终|平稳)*(?:稳定|充足|平稳)(?!的)","(?:保持|总体|基本|持续|始终|平稳|不)*(?:稳定|充足|平稳)(?!的)"),
(V,"export const SKILLED_NOW = /(?:已|已经)(?:能够?|可以|会)?熟练","export const SKILLED_NOW = /(?:已|已经)?(?:能够?|可以|会)?熟练"),
(R,"?? givenMore(claimed) ?? rankedInReview(claimed)))","?? givenMore(claimed)))"),
(V,"第[一二三四五1-5](?![\\d十])名?/;","第[一二三四五六七八九十\\d]+名?/;"),
(V,"  if (/[｜|]/.test(sentence)) return null;\n  return RANKED_IN_REVIEW.exec(sentence);","  return RANKED_IN_REVIEW.exec(sentence);"),
# 具体措施
(M_,"  text = blankReported(text, title ?? '');\n",""),
(O,"    if (reportedByOthers(part, title)) on = true;","    if (false) on = true;"),
(O,"  return m !== null && !OWN_REPORTERS.test(m[1]!) && !ownSubject(m[1]!, title) && !textNamesUnit(title, { key: m[1]! });","  return m !== null && !ownSubject(m[1]!, title) && !textNamesUnit(title, { key: m[1]! });"),
(O,"  return m !== null && !OWN_REPORTERS.test(m[1]!) && !ownSubject(m[1]!, title) && !textNamesUnit(title, { key: m[1]! });","  return m !== null && !OWN_REPORTERS.test(m[1]!);"),
(M_,"(?:团体|集体|街头|无偿)?献血(?![证量者车屋点站法的率人])|","(?:团体|集体|街头|无偿)?献血|"),
(M_,"|推行|推广(?!中心|站|所)|建立|","|推行|推广|建立|"),
(O,"|联合会|厅|店|厂|场(?!所|地|馆|次))","|联合会|厅)"),
(M_,"[^，,。；;：:□]{1,30})(?=□{4,}","[^，,。；;□]{1,30})(?=□{4,}"),
(O,"  if (aboveActs(clause, title)) return 'own';\n",""),
(O,"|(?:小区)?物业(?:公司|服务中心)?|[\\u4e00-\\u9fff]{0,6}(?:银行|支行|公司))(?:今年","|[\\u4e00-\\u9fff]{0,6}(?:银行|支行))(?:今年"),
(M_,"于\\d{1,2}月\\d{1,2}日(?:在[^，,。；□]{2,12}?)?(?:张贴)?","于\\d{1,2}月\\d{1,2}日(?:张贴)?"),
(PT,"{0,12}?(?:公寓|学校|小学|中学|幼儿园|局|厅|","{0,12}?(?:局|厅|"),
(PT,"{0,12}?(?:公寓|学校|小学|中学|幼儿园|局|厅|","{0,12}?(?:学校|小学|中学|幼儿园|局|厅|"),
(PT,"if (!NOT_PLACE_STEM.test(m[1]!)) seen.set(","seen.set("),
(PT,"|团委|部|公寓|幼儿园|学校|小学|中学))/.exec(first);","|团委|部))/.exec(first);"),
(M_,"    if (sorted && !/^(?:无|没有|未发现|正常|—|-|／|\\/)/.test(sorted[1]!.trim()) && ","    if (sorted && "),
(M_," && /^\\s*\\d{1,2}月\\d{1,2}日/.test(masked) && !ROW_NOT_OURS.test(raw)) return sorted[2]!;"," && !ROW_NOT_OURS.test(raw)) return sorted[2]!;"),
(M_,"    const sorted = SORTED_CELL.exec(clause);","    const sorted = null as RegExpExecArray | null;"),
(M_,"(?=[：:]\\s*(?!联系|更换|增设|安排|补印|补充|清理|维修|修复|拆除|设置|张贴|组织|开展|已|立即|当即))|问题表现","|问题表现"),
(M_,"|设置|张贴|组织|开展|已|立即|当即))|问题表现","|设置|张贴|组织|开展|立即|当即))|问题表现"),
# 主体责任
(P,"|管理处|公司|(?<=[我本])(?:镇|乡|街道|社区|村|校|办|委))?(?:里|内)?","|管理处|公司)?(?:里|内)?"),
(P,"      const ownShop = firm === true && !/局|委员会","      const ownShop = false && !/局|委员会"),
(P,"      const ownShop = firm === true && !/局|委员会|管委会|政府|办公室|街道|镇|乡|中心|大队/.test(title ?? '') && ","      const ownShop = firm === true && "),
(E,"|驾校|面馆|餐厅|饭庄|酒楼|小吃|快餐|火锅|烧烤|茶楼|旅馆|客栈/.exec(head);","|驾校/.exec(head);"),
(P,"(?:并|同时|还|也)?(?:明确|强调|倡导|引导|提醒)?","(?:明确|强调|倡导|引导|提醒)?"),
(P,"(?:主要负责人|法定代表人|负责人|法人|经营者|业主|老板)?|(?:各|每家|辖区)?","(?:主要负责人|法定代表人|负责人|法人)?|(?:各|每家|辖区)?"),
(P,"  ARRANGED_BY,\n",""),
(P,"      if (re === ARRANGED_BY && !arrangedByOwn(m[1]!, title ?? '')) continue;\n",""),
(P,"  return tier === null || (!/^(?:县|市)$/.test(tier[0]) && title.split('关于')[0]!.includes(tier[0]));","  return tier === null || title.split('关于')[0]!.includes(tier[0]);"),
(P,"[\\u4e00-\\u9fff]{2,3}?(?:同志)?的(?:分工)?(?:安排|部署|调度|统筹)/;","[\\u4e00-\\u9fff]{0,3}?(?:同志)?的(?:分工)?(?:安排|部署|调度|统筹)/;"),
(RG,"(?=(?:在[^，,。；“”]{2,16}?(?:会|活动|仪式)上)?[^，,。；“”]{0,12}?(?:对|向)","(?=[^，,。；“”]{0,12}?(?:对|向)"),
(V,"|(?:未|没有)(?:出现|发生)(?:过)?[^，,。；]{0,6}?(?:血荒|缺血|血液短缺|断供|脱销)`,","`,"),
(O,"    else if (on && ownSubject(part, title)) on = false;","    else if (false) on = false;"),
(M_,"  /(?:团体|集体|街头|无偿)?献血(?![证量者车屋点站法的率人])|(?:罂粟","  /(?:罂粟"),
(O,"  return VILLAGE_TITLE.test(head) && ABOVE_ACTS.test(clause);","  return ABOVE_ACTS.test(clause);"),
(O,"const OWN_REPORTERS = /^(?:各|全体|本|我)?(?:(?!公司|企业|局|院|中心|单位|物业|学校|医院|血站)[\\u4e00-\\u9fff]){0,4}?(?:","const OWN_REPORTERS = /^(?:各|全体|本|我)?(?:[\\u4e00-\\u9fff]){0,4}?(?:"),
]
run(M, 'test/report/element-session-47.test.ts')
