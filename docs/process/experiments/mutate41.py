# Session 41's mutation check of its own rules: break one at a time, run test/report/element-session-41.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate41.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
O=D+'element-others-deeds.ts'
RC=D+'element-result-compliance.ts'
RL=D+'element-result-classes.ts'
RR=D+'element-result-registers.ts'
P=D+'element-responsibility.ts'
DA=D+'element-data.ts'
B=D+'element-broadcast.ts'
M=[
# measures: others' own deeds
(O,"|家长|(?:托育|培训|医疗|养老|服务)?机构|(?:辖区|各|部分|有的|周边)(?:学校|中小学|幼儿园|卫生室|医院|驾校))';","|(?:托育|培训|医疗|养老|服务)?机构|(?:辖区|各|部分|有的|周边)(?:学校|中小学|幼儿园|卫生室|医院|驾校))';"),
(O,"|家长|(?:托育|培训|医疗|养老|服务)?机构|","|家长|"),
(O,"|(?:辖区|各|部分|有的|周边)(?:学校|中小学|幼儿园|卫生室|医院|驾校))';","|(?:部分|有的)(?:学校|中小学|幼儿园|卫生室|医院|驾校))';"),
(O,"(?:[^，,。；｜|]{0,16}?${OWN_MEANS}|(?:都|均|也|一直)?坚持)`,","(?:[^，,。；｜|]{0,12}?${OWN_MEANS}|(?:都|均|也|一直)?坚持)`,"),
(O,"(?:[^，,。；｜|]{0,16}?${OWN_MEANS}|(?:都|均|也|一直)?坚持)`,","(?:[^，,。；｜|]{0,16}?${OWN_MEANS})`,"),
(O," || partyOwnCell(clause) || selfCheckRow(clause))) return 'own';"," || partyOwnCell(clause))) return 'own';"),
(O,"const SELF_CELL = /^\\s*(?:村|企业|公司|机构|学校|驾校|场所|门店|商户|单位|场|厂|店)?(?:自查|自检|自行(?!车)|自主)/;","const SELF_CELL = /^\\s*(?:自查|自检|自行(?!车)|自主)/;"),
(O,"  return cells.some((cell) => SELF_CELL.test(cell)) && !cells.some((cell) => UNIT_CELL.test(cell) || HAD_DONE_CELL.test(cell));","  return cells.some((cell) => SELF_CELL.test(cell));"),
(O,"  return cells.some((cell) => SELF_CELL.test(cell)) && !cells.some((cell) => UNIT_CELL.test(cell) || HAD_DONE_CELL.test(cell));","  return cells.some((cell) => SELF_CELL.test(cell)) && !cells.some((cell) => UNIT_CELL.test(cell));"),
(O,"  if (mishap && !ownSubject(mishap[1]!, title) && !textNamesUnit(title, { key: mishap[1]! }) && !inTitleOrder(mishap[1]!, title)) return 'own';\n",""),
(O,"  if (mishap && !ownSubject(mishap[1]!, title) && !textNamesUnit(title, { key: mishap[1]! }) && !inTitleOrder(mishap[1]!, title)) return 'own';","  if (mishap) return 'own';"),
(O,"(?:县|市|省|州|镇|乡|[\\u4e00-\\u9fff]{2}(?:镇|乡))[^，,。；]{1,18}?(?:支队|大队|中队|执法队|中心|局|办|委|组|站|所|院))(?:的[^，,。；]{0,6})?[^，,。；]{0,4}?(?:(?:到|来|赴|深入|进)","(?:县|市|省|州|镇|乡)[^，,。；]{1,18}?(?:支队|大队|中队|执法队|中心|局|办|委|组|站|所|院))(?:的[^，,。；]{0,6})?[^，,。；]{0,4}?(?:(?:到|来|赴|深入|进)"),
(O,"|街道|辖区|园区|[庙寺观堂店厂园场馆]里)|","|街道|辖区|园区)|"),
(O,"!(/^(?:[\\u4e00-\\u9fff]{2})?[镇乡]/.test(visiting[1]!) && TOWN_TITLE.test(title))) return 'visitor';","!(/^[镇乡]/.test(visiting[1]!) && TOWN_TITLE.test(title))) return 'visitor';"),
(O,"|自掏腰包|凑钱|集资|","|自掏腰包|"),
# measures: the rest
(M_,"  /^(?:\\d{4}年度?[，,]?)?(?:[一二三四五六七八九十\\d]{1,2}月(?:份|底|初|中旬)?|今年|上半年|下半年|年初)?(?:市|省|州|自治区|上级|国家)","  /^(?:[一二三四五六七八九十\\d]{1,2}月(?:份|底|初|中旬)?|今年|上半年|下半年|年初)?(?:市|省|州|自治区|上级|国家)"),
(M_," || LEADING_GROUP.test(clause) || OFFICE_SEAT.test(clause)) continue;"," || LEADING_GROUP.test(clause)) continue;"),
(M_,"    if ((asOf && FITTED_AS_OF.test(clause)) || EACH_HAS.test(clause)) continue;","    if (asOf && FITTED_AS_OF.test(clause)) continue;"),
(M_,"    if (STILL_CHECKING.test(clause) || COOPERATED.test(clause) || MEETING_RELAY.test(clause)) continue;","    if (STILL_CHECKING.test(clause) || MEETING_RELAY.test(clause)) continue;"),
(M_,"    if (STILL_CHECKING.test(clause) || COOPERATED.test(clause) || MEETING_RELAY.test(clause)) continue;","    if (STILL_CHECKING.test(clause) || COOPERATED.test(clause)) continue;"),
(M_,"|(?:县|市|省|州)[\\u4e00-\\u9fff]{1,10}?(?:局|委|办|中心|队|站|所))(?:年度|专项|联合|季度|汛前|节前|春季|秋季)?(?:抽检",")(?:年度|专项|联合|季度|汛前|节前|春季|秋季)?(?:抽检"),
(M_," || BLANKED_TEAM_ROW.test(text)) return null;",") return null;"),
(M_,"|(?:巡田|巡河|巡山|巡林|巡堤|巡线|巡库)了?(?:\\d+|[两二三四五六七八九十百]+)\\s*[余多]?\\s*(?:次|趟|遍))/;",")/;"),
(M_,"|复查|清查|例检|安检|查验)了?(?!的)","|复查|清查)了?(?!的)"),
(M_,"|家次|户次|辆次|车次)(?![^，,。；]{0,2}(?:以上|左右|次))/;","|家次|户次|辆次)(?![^，,。；]{0,2}(?:以上|左右|次))/;"),
(B,"|循环播放|插播|试播)';","|循环播放|插播)';"),
(M_,"    const field = FIELD_DEED.exec(c);\n    if (field && !/应|要|须|需|若|如果|一旦|拟|将|计划/.test(c.slice(0, field.index))) return field[0];\n",""),
(M_,"    if (field && !/应|要|须|需|若|如果|一旦|拟|将|计划/.test(c.slice(0, field.index))) return field[0];","    if (field) return field[0];"),
(M_,"(?<![所被])(?:查看|检查)","(?:查看|检查)"),
(M_,"(?:条款|规定|政策|办法))/;","(?:条款|规定|政策|办法|要求))/;"),
(M_,"(?:组织[^，,。；□]{0,10}?(?:转移|撤离|暂避|避险|疏散|清运|清理|搬离)|","(?:组织[^，,。；□]{0,10}?(?:转移|撤离|疏散|清理|搬离)|"),
(M_,"|(?:上门|入户)(?:告知|通知|讲解|宣传|核对|核查|查看|送达|发放)|","|(?:上门|入户)(?:通知|讲解|宣传|核对|核查|送达|发放)|"),
(M_,"|(?<![所被])(?:查看|检查)[^，,。；□]{0,4}?(?:燃气|电线|线路|消防设施|灭火器|门禁|电梯)[^，,。；□]{0,12}|","|"),
(M_,"|(?:向|为)[^，,。；□]{1,8}?(?:讲解|宣讲|解读)[^，,。；□]{2,20}?(?:条款|规定|政策|办法))/;",")/;"),
# outcomes
(RC,"|违法(?:用地|占地|占用|建设|建筑|搭建|采砂)|违建|返贫)/;",")/;"),
(RC,"(?:没有|未|无)(?:再)?(?:出现|发生|新增)(?:过)?","(?:没有|未|无)(?:再)?(?:出现|发生)(?:过)?"),
(RC,"[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, KNOW_WHERE, SAFE_SEASON, RANKED, SPARED]","[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, SAFE_SEASON, RANKED, SPARED]"),
(RC,"[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, KNOW_WHERE, SAFE_SEASON, RANKED, SPARED]","[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, KNOW_WHERE, RANKED, SPARED]"),
(RC,"[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, KNOW_WHERE, SAFE_SEASON, RANKED, SPARED]","[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, KNOW_WHERE, SAFE_SEASON, SPARED]"),
(RC,"[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, KNOW_WHERE, SAFE_SEASON, RANKED, SPARED]","[AGAINST_EARLIER, SEASON_HARM_NONE, AT_EASE_WITH, KNOW_WHERE, SAFE_SEASON, RANKED]"),
(RC,"  `(?<!(?:让|使|令|要|求|确保|保证|力争|争取|努力|为了|希望|引导|教育|告诉|提醒)[^，,。；]{0,12})(?:${PEOPLE_AT_EASE}|孩子","  `(?:${PEOPLE_AT_EASE}|孩子"),
(RC,"  /(?<!(?:让|使|要|确保|保证|力争|争取|努力|为了|保障|帮助|助力|实现)[^，,。；]{0,12})(?:安全|温暖|平安)","  /(?:安全|温暖|平安)"),
(RC,"(?:排名?|位居|位列|名列)(?:第[一二三四五]|前[三五十]|前列)|","(?:排名?|位居|位列|名列)[^，,。；]{0,3}|"),
(RC,"(?:放心|安心|满意|(?:表示|给予)了?(?:充分|高度)?(?:认可|肯定|赞赏|满意))(?!度","(?:放心|安心|满意)(?!度"),
(RC,"|(?<![供响反适相])应(?!急)|需|","|应|需|"),
(RC,"|(?<=后[，,][^，,。；]{0,12}?)做到了?(?:账实|账账)相符`);","`);"),
(RC,"${NOT_AIM}(?<=[\\\\u4e00-\\\\u9fff]{2}[，,]?)无","${NOT_AIM}(?<=[\\\\u4e00-\\\\u9fff]{2})无"),
(RC,"|消防|人员)?(?:事故|火灾|伤亡|险情|火情|受伤)(?:发生)?","|消防)?(?:事故|火灾|伤亡|险情|火情)(?:发生)?"),
(RC,"  for (const re of [COMPLIED, HARM_ABSENT, BOOKS_MATCH, RESTORED]) {","  for (const re of [COMPLIED, HARM_ABSENT, BOOKS_MATCH]) {"),
(RC,"|${NOT_AIM}(?:全部|均已|已全部|都已)(?:复耕|复绿|补种|补上|补齐|接种)","|(?:全部|均已|已全部|都已)(?:复耕|复绿|补上|补齐|接种)"),
(RC,"`${NOT_AIM}(?:复耕|耕地|地)[^，,。；]{0,6}?(?:全部|都|也)?种上了?","`(?:复耕|耕地|地)[^，,。；]{0,6}?(?:全部|都|也)?种上了?"),
(RL,"(?:时|中)?(?![^，,。；]{0,40}(?:未|仍|尚|还|没|不|待|拟|将))[^，,。；｜|]{0,14}?(?:均已|全部|都已|已全部|已经|已)[^，,。；｜|]{0,14}?(?:配备","(?:时|中)?(?![^，,。；]{0,40}(?:未|仍|尚|还|没|不|待|拟|将))[^，,。；]{0,14}?(?:均已|全部|都已|已全部|已经|已)[^，,。；]{0,14}?(?:配备"),
(RR,"(?<![｜|]\\s*)(?:基本|已经?|全部|都已|均已|已全部|全都)(?:畅通","(?:基本|已经?|全部|都已|均已|已全部|全都)(?:畅通"),
# who is in charge
(P,"  return SELF_ASSIGNED.exec(text)?.[0].trim() ?? ME_ASSIGNED.exec(text)?.[0] ?? null;","  return SELF_ASSIGNED.exec(text)?.[0].trim() ?? null;"),
(P," || URGED_CHARGE.test(t.slice(clauseStart, end))) continue;",") continue;"),
(P,"/各[\\u4e00-\\u9fff]{0,6}(?:机构|单位|学校|医院|企业|公司|商户|门店|场所|村|社区)的?(?:主要)?负责人/","/各[\\u4e00-\\u9fff]{1,6}(?:机构|单位|学校|医院|企业|公司|商户|门店|场所|村|社区)的?(?:主要)?负责人/"),
# quantities
(DA,"[A-Z]\\s*[·•・.]?\\s*[A-Z\\d]{5,6}(?![A-Z\\d])|","[A-Z]\\s*[·•・.]?\\s*[A-Z\\d]{5,6}(?![A-Z\\d])|(?!)"),
(DA,"(?<![A-Za-z])[Kk]\\d+\\s*[+＋]\\s*\\d+(?:[.．]\\d+)?/g,","(?!)/g,"),
]
run(M, 'test/report/element-session-41.test.ts')
