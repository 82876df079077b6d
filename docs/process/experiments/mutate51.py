# Session 51's mutation check of its own rules: break one at a time, run test/report/element-session-51.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate51.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
CF=D+'element-contract-firms.ts'
PT=D+'element-parties.ts'
SD=D+'element-served-deeds.ts'
OD=D+'element-others-deeds.ts'
M=[
# a contract firm's own work in prose
(PT," || contractFirmActs(c, unit.names)) return 'here';",") return 'here';"),
(CF,"  if (UNIT_IN.test(clause)) return false;\n",""),
(CF,"  if (TERMS.test(clause)) return true;\n",""),
(CF,"  if (isFirm(unitNames)) return false;\n",""),
(CF,"  if (TRADE_FIRM.test(clause)) return true;\n",""),
(CF,"  return by !== null && !unitNames.some((n) => n.includes(by[1]!) || by[1]!.includes(n));","  return by !== null;"),
(CF,"(?:了)?(?=[^，,。；]{3,})/;","(?:了)?/;"),
(CF,"const TERMS = /^(?:双方|该|其|所签的?)?(?:服务合同|","const TERMS = /^(?:[^，,。；]{0,10}?)(?:服务合同|"),
(CF,"(?:按|根据|依据|依照|依|负责|自行|定期|每|统一|开展|实施|进行|承担|完成)`,","`,"),
(CF,"|会同|联合|协同|配合|协助|陪同)(?:我|本(?!次|月|年|季|周)|街道|社区|镇|乡|村|局|中心|所)|","|会同|联合|协同)(?:我|本(?!次|月|年|季|周))|"),
(CF,"|^(?:我|本(?!次|月|年|季|周))/;","|^(?:我|本)/;"),
(CF,"(?![^，,。；]{0,2}?(?:履约|考核|考评|存在|的))`);","`);"),
(CF,"const NAMED_FIRM = '(?:(?!组织|督促|协调|联系|牵头|联合|会同|与|和|及|我|本|街道|社区|局)[\\\\u4e00-\\\\u9fff“”]){2,14}?","const NAMED_FIRM = '[\\\\u4e00-\\\\u9fff“”]{2,14}?"),
(CF,"`^(?:本次|此次|本月|本年度?|本季度?)?(?:该|受托","`^(?:该|受托"),
(CF,"  return names.some((n) => /(?:公司|集团|企业)$/.test(n));","  return false;"),
# firms donating
(PT,"|捐赠|捐助|捐款|捐献|捐出|向(?:我|本)[^，,。；]{0,6}?(?:捐|赠|送)))/;",")))/;"),
(PT,"(?=(?:、[^，,。；、]{2,14}?(?:公司|企业|集团|银行|支行|商会|超市))*(?:也|","(?=(?:也|"),
(PT,"const FIRM_OPENS = /^(?:本次|此次|这次)?(?:辖区","const FIRM_OPENS = /^(?:辖区"),
# records sent to the unit
(SD,".replace(SENT_TO_KEEP, blank).replace(RECORDS_SENT, blank);",".replace(SENT_TO_KEEP, blank);"),
(SD,"const RECORDS_SENT = /(?:(?!并|将|把|后|对|我|本|形成|整理|建立|开展|组织)[^，,。；;｜|]){0,24}?","const RECORDS_SENT = /(?:(?!并|将|把|后|对)[^，,。；;｜|]){0,24}?"),
# other bodies and places
(PT,"|公寓|消防救援(?:大队|支队|站))$/.test(b[1])","|公寓)$/.test(b[1])"),
(PT,"(?:\\\\d{1,2}日)?(?:(?:至|到|—|－|～)(?:\\\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\\\d{1,2}日)?)?(?:份|","(?:\\\\d{1,2}日)?(?:份|"),
(PT,"|[上下本]学期|[春秋]季学期|[春夏秋冬]季|第?[一二三四]季度)","|[上下本]学期|[春夏秋冬]季)"),
(PT,"|[上下本]学期|[春秋]季学期|[春夏秋冬]季|第?[一二三四]季度)","|[上下本]学期|[春夏秋冬]季|[春秋]季学期|第?[一二三四]季度)"),
(PT,"  if (group && !countyReport(unit) && !isOwnBody(group[1]!, unit) && !isOwnBody(","  if (group && !countyReport(unit) && !isOwnBody("),
(PT," && !isOwnBody(/^.*?(?:局|委|办|中心|政府|大队)/.exec(group[1]!)?.[0] ?? group[1]!, unit) &&"," &&"),
(PT,"(?:(?!组织|派出|成立|抽调|委托|邀请|会同|联合|牵头)[\\u4e00-\\u9fff]){0,8}?)(?:考核组","[\\u4e00-\\u9fff]{0,8}?)(?:考核组"),
(PT,"  if (unit.names.some((n) => /(?:局|委|委员会|(?<!街道)办|办公室)$/.test(n)) && EACH_PLACE.test(c) && !EACH_PLACE_LED.test(c) && !unit.names.some((n) => /园|托育|医院|卫生院|卫生室|网点|公司|集团|企业|银行|支行/.test(n))) return 'here';","  if (EACH_PLACE.test(c)) return 'here';"),
(PT," && EACH_PLACE.test(c) && !EACH_PLACE_LED.test(c) &&"," && EACH_PLACE.test(c) &&"),
(PT,"|委员会|(?<!街道)办|办公室)$/.test(n)) && EACH","|委员会|办|办公室)$/.test(n)) && EACH"),
(PT,"    if (/消防救援(?:大队|支队|站)$/.test(b[1]) && (joinedByUnit(c, unit) || /(?:[和与同及、]|联合|会同|协同)(?:我|本)/.test(c))) return 'own';\n",""),
(PT,"|服务|指导|联系|协调|动员|发动|争取|对接|倡议|号召)","|服务|指导)"),
(PT," && !unit.names.some((n) => /园|托育|医院|卫生院|卫生室|网点|公司|集团|企业|银行|支行/.test(n))) return 'here';",") return 'here';"),
# a firm's report in a row's cell
(OD,"|(?:上报|报送|自报)(?:[，,](?:已|均已)?(?:劝阻|处置|处理|办结)[^｜|，,。；]{0,4})?)\\s*$/;",")\\s*$/;"),
(OD,"|(?:上报|报送|自报)(?:[，,](?:已|均已)?(?:劝阻|处置|处理|办结)[^｜|，,。；]{0,4})?)","|(?:上报|报送|自报)(?:[，,][^｜|]{0,8})?)"),
(OD,"(?:公司|企业|银行|支行|营业所|物业))(?:的)?","(?:公司|企业))(?:的)?"),
(OD,"(?:公司|企业|银行|支行|营业所|物业))(?:的)?","(?:公司|企业|银行|支行|营业所|网点|物业))(?:的)?"),
]
run(M,'test/report/element-session-51.test.ts')
