# Session 56's mutation check of its own rules: break one at a time, run test/report/element-session-56.test.ts, restore.
# Run from the repository root (in a worktree of its own: it edits src/ while it runs): python3 docs/process/experiments/mutate56.py [index ...] [test file]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
EL=D+'elements.ts'
ME=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
OD=D+'element-others-deeds.ts'
RS=D+'element-responsibility.ts'
RE=D+'element-results.ts'
RC=D+'element-result-classes.ts'
M=[
# 具体措施
(OD,"  if (COUNTY_EXAMINES.test(clause) && TOWN_TITLE.test(title.replace(/^[#\\s]+/, ''))) return 'visitor';\n",""),
(OD,"  if (COUNTY_EXAMINES.test(clause) && TOWN_TITLE.test(title.replace(/^[#\\s]+/, ''))) return 'visitor';","  if (COUNTY_EXAMINES.test(clause)) return 'visitor';"),
(OD,"  if (contracted && !reporterHead(title).includes(contracted[1]!.replace(/^(?:县|市)/, ''))) return 'own';","  if (contracted && false) return 'own';"),
(OD,"  if (contractor && !reporterHead(title).includes(contractor[1]!) && !reporterHead(title).includes(contractor[1]!.slice(0, 2))) return 'own';","  if (contractor) return 'own';"),
(OD,"(?:在|到|为|赴|深入)(?:我|本|全|各|[\\d一二三四五六七八九十]+个)/;","(?:在|到|为|赴|深入)(?:我|本|全|各)/;"),
(OD,"  const m = log ?? RETURNS_GATHERED.exec(part.trim());","  const m = log;"),
(OD,"(?:报送|上报|报来)?(?:的)?(工作日志|工作记录|台账|日志|月报|报表)(?:后|以后)?(?:汇总","(?:的)?(工作日志|工作记录|台账|日志|月报|报表)(?:汇总"),
(OD,"  const who = m?.[1]?.replace(/^[^，,；;。]*?(?:收到|收集|汇集)/, '').replace(","  const who = m?.[1]?.replace("),
(OD,"|□{2,}|(的?(?:工作日志|日志|工作记录|台账|月报|报表)))|根据","|□{2,}|(的?(?:工作日志|日志|工作记录|台账)))|根据"),
(OD,"|(?:村)?保洁(?:队|员)|运营单位|院线|放映(?:公司|队)|机手|机主|(?:农机)?经销商|","|运营单位|院线|放映(?:公司|队)|(?:农机)?经销商|"),
(OD,"|(?:村)?保洁(?:队|员)|运营单位|院线|放映(?:公司|队)|机手|机主|(?:农机)?经销商|","|(?:村)?保洁(?:队|员)|运营单位|院线|放映(?:公司|队)|机手|机主|"),
(OD,"const OWN_MEANS = '(?:按(?:各自|本社|本企业|自身)的?(?!职责|分工|职能)|自种|","const OWN_MEANS = '(?:自种|"),
(EL,"        text = maskReceived(blankReported(before + text, title).slice(before.length));","        text = maskReceived(blankReported(text, title));"),
(OD,"(?:(?!委托|组织|安排|指派|邀请|聘请|聘用|购买)[\\u4e00-\\u9fff]){2,24}?(?:公司|院线|放映队|机构|事务所))","[\\u4e00-\\u9fff]{2,24}?(?:公司|院线|放映队|机构|事务所))"),
(OD,"^(?:据([\\u4e00-\\u9fff、]{1,20}?)(?:汇总)?(?:报送","^(?:据([\\u4e00-\\u9fff、]{1,20}?)(?:报送"),
(EL,"        text = maskReceived(blankReported(before + text, title).slice(before.length));","        text = blankReported(before + maskReceived(text), title).slice(before.length);"),
(ME,"      if (/^(?:下达|下发)$/.test(v[0]) && (","      if (false && /^(?:下达|下发)$/.test(v[0]) && ("),
(ME," || AGED_PLACE.test(clause) ||"," ||"),
(ME," || SIGNED_SHEET.test(clause) ||"," ||"),
(ME,"(?:(?<!领导|工作|专项|督导|督查|监督|检查|考核|考评|评估|验收|指导|协调)小组|","(?:小组|"),
(MC,"|训练|年检|检验|点验|拉动';","';"),
(MC,"|放映(?!确认|记录|登记|日志|台账|单|证|员|队|站|中心|公司|平台|管理|数据|计划|设备|场次|任务)|","|放映|"),
(ME,"对([^，,。；□]{2,40}?)(?:逐一|","对([^，,。；□]{2,20}?)(?:逐一|"),
(ME,"|修缮|更换|回访|梳理|点验|摸底)/;","|修缮|更换|回访|梳理)/;"),
# 主体责任
(RS,"|(?<![广市商剧球操机赛农现会车])场长(?![廊期久远])|","|"),
(RS,"|(?<![广市商剧球操机赛农现会车])场长(?![廊期久远])|","|场长|"),
(RS,"|(?:安全|技术|质量|运营|生产)总监|","|"),
(RS," || URGED_OWNER.test(t.slice(clauseStart, end))) continue;",") continue;"),
# 取得成效
(RE," ?? LETTER_THANKS.exec(claimed) ??"," ??"),
(RE," ?? CHECK_FOUND.exec(claimed) ??"," ??"),
(RC,"(?:认为|评价)(?:(?!不|未|欠|有待|尚)[^，,。；]){0,16}?","(?:认为|评价)[^，,。；]{0,16}?"),
(RE," ?? SAID_THEN_NOW.exec(claimed) ??"," ??"),
(RE," ?? MOVED.exec(claimed) ??"," ??"),
(RC,"(?![^。；“”]{0,6}(?:仍|还是|依然|依旧|照样))",""),
(RS,"  /(?:指定|明确|确定|任命|安排)(?:我|本人)(?:为|担任)[^，,。；]{0,20}?负责人/,\n",""),
(RC,"(?![^，,。；]{0,4}(?:的|吗|与否|后|方可|才))(?![，,]\\s*(?:方可|才|再|否则))/;\nexport const RESULT","/;\nexport const RESULT"),
(RE,"|腾退|覆盖|压实|清淤|修缮|补训|放映|补映|检验|归队|冲洗|清扫)","|腾退)"),
]
run(M, sys.argv.pop() if len(sys.argv) > 1 and sys.argv[-1].endswith('.ts') else 'test/report/element-session-56.test.ts')
