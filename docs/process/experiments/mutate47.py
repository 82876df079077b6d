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
(V,"(?:认定|结论为|判定|确认|评定为?)(?:为)?","(?:认定|结论为|判定|确认|评定为?)?(?:为)?"),
(V,"(?:保持|总体|基本|持续|始终|平稳)*(?:稳定|充足|平稳)(?!的)","(?:保持|总体|基本|持续|始终|平稳|不)*(?:稳定|充足|平稳)(?!的)"),
(R,"?? givenMore(claimed) ?? rankedInReview(claimed)))","?? givenMore(claimed)))"),
(V,"  if (/[｜|]/.test(sentence)) return null;\n  return RANKED_IN_REVIEW.exec(sentence);","  return RANKED_IN_REVIEW.exec(sentence);"),
# 具体措施
(M_,"  text = blankReported(text, title ?? '');\n",""),
(O,"    if (reportedByOthers(part, title)) on = true;","    if (false) on = true;"),
(M_,"(?:团体|集体|街头|无偿)?献血(?![证量者车屋点站法的率人])|","(?:团体|集体|街头|无偿)?献血|"),
(M_,"|推行|推广(?!中心|站|所)|建立|","|推行|推广|建立|"),
(O,"|联合会|厅|店|厂|场(?!所|地|馆|次))","|联合会|厅)"),
(M_,"[^，,。；;：:□]{1,30})(?=□{4,}","[^，,。；;□]{1,30})(?=□{4,}"),
(O,"  if (aboveActs(clause, title)) return 'own';\n",""),
(M_,"于\\d{1,2}月\\d{1,2}日(?:在[^，,。；□]{2,12}?)?(?:张贴)?","于\\d{1,2}月\\d{1,2}日(?:张贴)?"),
(PT,"{0,12}?(?:公寓|学校|小学|中学|幼儿园|局|厅|","{0,12}?(?:局|厅|"),
(PT,"{0,12}?(?:公寓|学校|小学|中学|幼儿园|局|厅|","{0,12}?(?:学校|小学|中学|幼儿园|局|厅|"),
(PT,"if (!NOT_PLACE_STEM.test(m[1]!)) seen.set(","seen.set("),
(PT,"|团委|部|公寓|幼儿园|学校|小学|中学))/.exec(first);","|团委|部))/.exec(first);"),
(M_," && /^\\s*\\d{1,2}月\\d{1,2}日/.test(masked) && !ROW_NOT_OURS.test(raw)) return sorted[2]!;"," && !ROW_NOT_OURS.test(raw)) return sorted[2]!;"),
(M_,"    const sorted = SORTED_CELL.exec(clause);","    const sorted = null as RegExpExecArray | null;"),
# 主体责任
(P,"|管理处|公司|(?<=[我本])(?:镇|乡|街道|社区|村|校|办|委))?(?:里|内)?","|管理处|公司)?(?:里|内)?"),
(P,"      const ownShop = firm === true && !/局|委员会","      const ownShop = false && !/局|委员会"),
(E,"|驾校|面馆|餐厅|饭庄|酒楼|小吃|快餐|火锅|烧烤|茶楼|旅馆|客栈/.exec(head);","|驾校/.exec(head);"),
(P,"(?:并|同时|还|也)?(?:明确|强调|倡导|引导|提醒)?","(?:明确|强调|倡导|引导|提醒)?"),
(P,"(?:主要负责人|法定代表人|负责人|法人|经营者|业主|老板)?|(?:各|每家|辖区)?","(?:主要负责人|法定代表人|负责人|法人)?|(?:各|每家|辖区)?"),
(P,"  ARRANGED_BY,\n",""),
(P,"[\\u4e00-\\u9fff]{2,3}?(?:同志)?的(?:分工)?(?:安排|部署|调度|统筹)/;","[\\u4e00-\\u9fff]{0,3}?(?:同志)?的(?:分工)?(?:安排|部署|调度|统筹)/;"),
(V,"|(?:未|没有)(?:出现|发生)(?:过)?[^，,。；]{0,6}?(?:血荒|缺血|血液短缺|断供|脱销)`,","`,"),
(M_,"  /(?:团体|集体|街头|无偿)?献血(?![证量者车屋点站法的率人])|(?:罂粟","  /(?:罂粟"),
(O,"const OWN_REPORTERS = /^(?:各|全体|本|我)?(?:(?!公司|企业|局|院|中心|单位|物业|学校|医院|血站)[\\u4e00-\\u9fff]){0,4}?(?:","const OWN_REPORTERS = /^(?:各|全体|本|我)?(?:[\\u4e00-\\u9fff]){0,4}?(?:"),
(V,"(?![^。]*[｜|])(?![^。；]{0,12}(?:才|方可|后方))`,","`,"),
(V,"`(?<![｜|][^。]*)(?<!(?:如|若|如果|待|一旦|只有|须|需|应|要|是否)[^，,。；]{0,10})(?:复查","`(?:复查"),
(V,"  /(?<!(?:是否|有无|能否|要|要求|确保|力争|使|让)[^，,。；]{0,10})(?:已|已经|都|均)","  /(?:已|已经|都|均)"),
(V,"(?:已|已经|都|均)(?:能够?|可以|会)?熟练(?:掌握|使用|操作|处置|运用|地)(?![^，,。；]{0,8}的)/;","(?:已|已经)?(?:能够?|可以|会)?熟练(?:掌握|使用|操作|处置|运用|地)/;"),
(V,"  `(?<!(?:全国|全省|各地|多地|外地|邻县)[^，,。；]{0,8})(?:供应|供血)","  `(?:供应|供血)"),
(V,"const GIVING = '(?<![为给向对])(?<!(?:计划|任务|目标|下达|要求|预计|邻县|外县|邻市|全省|全国|全市)[^，,。；]{0,12})(?:献血","const GIVING = '(?:献血"),
(V,"第[一二三四五1-5](?![\\d十季组批届轮期])名?/;","第[一二三四五六七八九十\\d]+名?/;"),
(V,"(?:(?:我|本)(?:县|局|镇|乡|区|市|单位|中心|社区|村|街道|所|站|院|校|馆|队|委|办))?(?:列|排|居","[^，,。；]{0,8}?(?:列|排|居"),
(O,"  return m !== null && !/群众|居民|市民|村民|网民|住户|商户|家长|游客|患者|学生/.test(m[1]!) && !OWN_REPORTERS.test(m[1]!)","  return m !== null && !OWN_REPORTERS.test(m[1]!)"),
(O,"  return m !== null && !/群众|居民|市民|村民|网民|住户|商户|家长|游客|患者|学生/.test(m[1]!) && !OWN_REPORTERS.test(m[1]!)","  return m !== null && !/群众|居民|市民|村民|网民|住户|商户|家长|游客|患者|学生/.test(m[1]!)"),
(O,"    else if (on && (ownSubject(part, title) || RESPONSE.test(part))) on = false;","    else if (on && ownSubject(part, title)) on = false;"),
(O,"((?:(?:(?![里请联邀组协配社村会同])[\\u4e00-\\u9fff]){2,4})?(?:镇|乡|街道)","((?:[\\u4e00-\\u9fff]{2,4})?(?:镇|乡|街道)"),
(O,"|(?:小区)?物业(?:公司|服务中心)?|(?:(?![里请联邀组协配社村会同])[\\u4e00-\\u9fff]){0,6}(?:银行|支行|公司))","|(?:小区)?物业(?:公司|服务中心)?|[\\u4e00-\\u9fff]{0,6}(?:银行|支行|公司))"),
(O,"    (VILLAGE_TITLE.test(head) && !/局|委员会|办公室|中心|院|所|站|队|街道|镇|乡/.test(head.split(/社区|村/)[0]!));","    VILLAGE_TITLE.test(head);"),
(O,"  return village && ABOVE_ACTS.test(clause);","  return ABOVE_ACTS.test(clause);"),
(O,"  if (blood && !OWN_WORD.test(clause) && ","  if (false && blood && !OWN_WORD.test(clause) && "),
(O," && !/血站|采血|红十字/.test(title.split('关于')[0]!)) return 'own';",") return 'own';"),
(M_,"|正确|[0０零]\\s*[起次处件个]|□/.test(sorted[1]!.trim()) && !/物业|公司|保洁员|商户|业主/.test(clause) && ","/.test(sorted[1]!.trim()) && "),
(M_," && !/物业|公司|保洁员|商户|业主/.test(clause) && /^\\s*\\d{1,2}月"," && /^\\s*\\d{1,2}月"),
(M_,"|设置|张贴|已|立即|当即|我局|我单位|针对))|问题表现","|设置|张贴|已|立即|当即|组织|开展))|问题表现"),
(M_,"(?=[：:]\\s*(?!联系|更换|增设|补印|补充|清理|维修|修复|拆除|设置|张贴|已|立即|当即|我局|我单位|针对))|问题表现","|问题表现"),
(PT,"|街道|街道办|公寓)$/.test(b[1]) || POLICE_BODY","|街道|街道办)$/.test(b[1]) || POLICE_BODY"),
(PT,"  const first = (sentences[0]?.text ?? '').replace(/^#+\\s*/, '');","  const first = sentences[0]?.text ?? '';"),
(P,"      const ownShop = firm === true && !/局|委员会|管委会|政府|办公室|街道|镇|乡|中心|大队/.test(title ?? '');","      const ownShop = firm === true;"),
(P,"      const ownShop = firm === true && !/局|委员会|管委会|政府|办公室|街道|镇|乡|中心|大队/.test(title ?? '');","      const ownShop = false;"),
(P,"      if (re === ARRANGED_BY && !arrangedByOwn(m[1]!, m[2]!, title ?? '')) continue;\n",""),
(P,"  if (own !== '') return !/^(?:县|市|省)/.test(own) && head.includes(own);","  if (own !== '') return head.includes(own);"),
(P,"  return kind[role.replace(/^副/, '')]?.test(head) ?? false;","  return true;"),
]
run(M, 'test/report/element-session-47.test.ts')
