# Session 52's mutation check of its own rules: break one at a time, run test/report/element-session-52.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate52.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
DA=D+'element-data.ts'
ME=D+'element-measures.ts'
OD=D+'element-others-deeds.ts'
EL=D+'elements.ts'
RC=D+'element-result-compliance.ts'
RL=D+'element-result-classes.ts'
RS=D+'element-responsibility.ts'
CF=D+'element-contract-firms.ts'
PT=D+'element-parties.ts'
M=[
# 数据实例
(DA,"    .replace(/(?<![第\\d一二三四五六七八九十两])二次(?=供水","    .replace(/(?<![第\\d一二三四五六七八九十两])二次(?=XX供水"),
(DA,"|水箱|伤害|事故|灾害|返贫|感染)/g, '○○')","|水箱)/g, '○○')"),
(DA,"  /(?<![A-Za-z/\\d.])[A-Za-z]{1,6}[-—－]?0\\d+(?:[.．\\-—－]\\d+)*/g,\n",""),
# 具体措施: contracts, firms at their trade
(ME,"|(?:与|和|同)[^，,。；]{2,24}?(?:公司|企业|机构|服务商)签(?:订|署)","|(?:与|和|同)[^，,。；]{2,24}?(?:公司|企业|机构|服务商)XX签(?:订|署)"),
(ME,"|养护|运维)(?:合同|协议)|合同)|","|养护|运维)(?:合同|协议))|"),
(CF,"|${NAMED_FIRM}|该(?:公司|企业|单位|机构)))","|${NAMED_FIRM}))"),
(CF,"|承担|完成|清洗|消毒|检测|收运|清运|疏通|清淤|保洁|清扫|养护|维保)`,","|承担|完成)`,"),
(CF,"|消杀|病媒消杀|(?:(?:生活|建筑|餐厨)?垃圾)?清运|(?:河道|沟渠|坑塘)?清淤|(?:管道|管网|下水道)?疏通|处置|","|处置|"),
(OD,"|(?:清洗|消毒|检测|收运|清运|疏通|清淤|保洁|清扫|养护|维保|保养)(?!班|队|组|员|人员)|张贴|(?:现场)?指导|督导|限期|责令)/;",")/;"),
(OD,"|保养)(?!班|队|组|员|人员)|","|保养)|"),
(OD,"    if (body && TRADE_OR_ORDER_VERB.test(body[0]) &&","    if (false && body && TRADE_OR_ORDER_VERB.test(body[0]) &&"),
(EL,"      if (name === '具体措施' && selfCheckRowWhole(s.text)) return;\n",""),
(OD,"  return selfCheckRow(clause) && !clause.split(/[｜|]/).some(","  return selfCheckRow(clause) && !clause.split(/[｜|]/).every("),
# 具体措施: order rows, self-checks, a check's noun
(ME,"    if (orderRow && CHECK_TITLE.test(title) && !ORDER_ROW_NOT_OURS.test(raw)) return orderRow[1]!;","    if (orderRow && !ORDER_ROW_NOT_OURS.test(raw)) return orderRow[1]!;"),
(ME,"    if (orderRow && CHECK_TITLE.test(title) && !ORDER_ROW_NOT_OURS.test(raw)) return orderRow[1]!;","    if (orderRow && CHECK_TITLE.test(title)) return orderRow[1]!;"),
(ME,"const ORDER_ROW_NOT_OURS = /计划|拟|待(?!复查|复核|验收)|","const ORDER_ROW_NOT_OURS = /计划|拟|待|"),
(ME,"const CHECK_TITLE = /^(?!.*(?:自查|自检|迎接|接受|反馈|配合|陪同))","const CHECK_TITLE = /^(?!.*(?:自查|自检))"),
(ME,"|复查|自查)了?(?![中时后前])","|复查)了?(?![中时后前])"),
(ME," && !(patrol[1] === '自查' && othersSelfCheck(c.slice(0, patrol.index), title))",""),
(ME,"  return [...before.matchAll(OTHERS_SELF_CHECK)].some((m) => !(m[0] === '企业' && /公司|企业|集团/.test(head)) && !(m[0] === '学校' && /学校|中学|小学|幼儿园|学院/.test(head)));","  return [...before.matchAll(OTHERS_SELF_CHECK)].length > 0;"),
(ME,"|只|艘|件|家次|户次|辆次|车次)(?![^，,。；]{0,2}(?:以上|左右|次))/;","|只|艘|家次|户次|辆次|车次)(?![^，,。；]{0,2}(?:以上|左右|次))/;"),
(ME,"了?(?!的|(?:报告|结果|数据|记录|机构|公司|单位)(?:显示|","了?(?!的|(?:报告|结果|数据|记录|机构|公司|单位)(?:XX显示|"),
# 取得成效
(RC,"SEASON_HARM_NONE, SEASON_NONE_FOUND, KNOWN_NOW,","SEASON_HARM_NONE, KNOWN_NOW,"),
(RC,"SEASON_HARM_NONE, SEASON_NONE_FOUND, KNOWN_NOW,","SEASON_HARM_NONE, SEASON_NONE_FOUND,"),
(RC,"|是否|有无|能否)[^，,。；]{0,12}|[｜|][^，,。；｜|]{0,12})(?:${PEOPLE_AT_EASE}|养殖户","|是否|有无|能否)[^，,。；]{0,12})(?:${PEOPLE_AT_EASE}|养殖户"),
(RC,"|是否|有无|能否)[^，,。；]{0,12}|[｜|][^，,。；｜|]{0,12})(?:${PEOPLE_AT_EASE}|养殖户","|能否)[^，,。；]{0,12}|[｜|][^，,。；｜|]{0,12})(?:${PEOPLE_AT_EASE}|养殖户"),
(RC,"(?<!检查|巡查|督查|抽查|排查|暗访|走访)期间|以来|上半年|下半年|本季度|[一二三四]季度|全县","期间|以来|上半年|下半年|本季度|[一二三四]季度|全县"),
(RL,"|(?:暗访|复查|复核|回访|回头看|抽查)[^。；｜|]{0,16}?(?:未|没有|没)(?:发现|见)","|(?:暗访|复查|复核|回访|回头看|抽查)[^。；]{0,16}?(?:未|没有|没)(?:发现|见)"),
# 主体责任
(RS,"  if (/驻(?:(?!协助","  if (false && /驻(?:(?!协助"),
(RS,"(?:(?:春节|节日|节|汛期|检查|活动)?(?:前|后|期间)|今年|本月|本周|[一二三四]季度|\\\\d{1,2}月(?:份|\\\\d{1,2}日)?)?(?:由|经)?","(?:由|经)?"),
(RS,"(?:(?<=局|所|站|院|馆|中心|管理处)(?:(?!医院|卫生院|学校|校|院|所|站|局|中心)[\\\\u4e00-\\\\u9fff]){2,6}?[股科室])?",""),
(RS,"(?:(?<=局|所|站|院|馆|中心|管理处)(?:(?!医院|卫生院|学校|校|院|所|站|局|中心)[\\\\u4e00-\\\\u9fff]){2,6}?[股科室])?","(?:(?<=局|所|站|院|馆|中心|管理处)(?:[\\\\u4e00-\\\\u9fff]){2,6}?[股科室])?"),
(RS,"|(?:安排|指派)(?:站内|所内|局内|本站|本所|本局)?","|(?:XX安排|XX指派)(?:站内|所内|局内|本站|本所|本局)?"),
(RS,"|业务骨干|(?:办公室|(?:(?![来到赴])(?<!莅)[\\\\u4e00-\\\\u9fff]){1,6}(?:股|","|业务骨干|(?:办公室|(?:(?![来到赴])[\\\\u4e00-\\\\u9fff]){1,6}(?:股|"),
# others
(PT,"const COUNTY_GROUP = /^((?:县|市|省|上级)","const COUNTY_GROUP = /^((?:县|市)"),
]
run(M,'test/report/element-session-52.test.ts')
