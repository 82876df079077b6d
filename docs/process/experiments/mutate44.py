# Session 44's mutation check of its own rules: break one at a time, run test/report/element-session-44.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate44.py [index ...]
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate_run import run
D='src/text/'
M_=D+'element-measures.ts'
MC=D+'element-measure-classes.ts'
O=D+'element-others-deeds.ts'
RC=D+'element-result-compliance.ts'
RP=D+'element-result-phrases.ts'
P=D+'element-responsibility.ts'
L="  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS,\n"
M=[
(M_,"    if (archived && !ARCHIVED_BY_OTHERS.test(clause.slice(0, archived.index))) return archived[0];\n",""),
(M_,"    if (archived && !ARCHIVED_BY_OTHERS.test(clause.slice(0, archived.index))) return archived[0];","    if (archived) return archived[0];"),
(M_,"|装订|编目|著录|修裱|数字化)(?:了)?","|编目|著录|修裱|数字化)(?:了)?"),
(M_,"  text = text.replace(HIGHER_CHECKS, (m, body: string) => (ownBody(body, title ?? '') ? m : '□'.repeat(m.length)));\n",""),
(M_,"  text = text.replace(HIGHER_CHECKS, (m, body: string) => (ownBody(body, title ?? '') ? m : '□'.repeat(m.length)));","  text = text.replace(HIGHER_CHECKS, (m) => '□'.repeat(m.length));"),
(M_,"(?:省|市(?!场|民|容|政|区)|州)[\\u4e00-\\u9fff]{0,14}?","(?:省|市|州)[\\u4e00-\\u9fff]{0,14}?"),
(M_,"  text = text.replace(PROJECTS_LISTED, (m) => '□'.repeat(m.length));\n",""),
(M_,"const PROJECTS_LISTED = /(?<=(?:项目|工程)[^。；]{0,12}?[\\d一二三四五六七八九十]+\\s*(?:个|项|处)[，,])(?:包括","const PROJECTS_LISTED = /(?:包括"),
(MC,"'购置', '添置', '购买'","'购置', '购买'"),
(MC,"|清单|档案(?![柜架库盒])|闭环|","|清单|档案|闭环|"),
(O,"|店|旅馆|宾馆|酒店|旅社|客栈|饭店|餐馆|浴室|游泳馆|市场|开办方|经营者|经营户|业主|物业|工地|项目部|班组|基地|合作社)?(?:自查","|店)?(?:自查"),
(O,"|开办方|开办者|经营者|股室|科室|","|开办方|开办者|股室|科室|"),
(O,"|开办方|开办者|经营者|股室|科室|","|开办方|开办者|经营者|"),
(RC,"'(?:去年同期|上年同期|去年|上年|上一年|","'(?:去年同期|上年同期|"),
(RC,"|改善|进步|回落|(?:提高","|改善|进步|(?:提高"),
(RP,L,"  EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS,\n"),
(RP,L,"  IDEA_TAKEN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS,\n"),
(RP,L,"  IDEA_TAKEN, EFFECT_SHOWN, SCALE_SHRUNK, STANCE_TAKEN, RATED_AS,\n"),
(RP,L,"  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, STANCE_TAKEN, RATED_AS,\n"),
(RP,L,"  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, RATED_AS,\n"),
(RP,L,"  IDEA_TAKEN, EFFECT_SHOWN, PAID_IN_FULL, SCALE_SHRUNK, STANCE_TAKEN,\n"),
(RP,"(?:明显|充分|逐步|初步|已经?|开始|日益|进一步)(?:显现|凸显|体现)?(?:出来)?(?=[，,。；！]|$)/;","(?:明显|充分|逐步|初步|已经?|开始|日益|进一步)?(?:显现|凸显|体现)?(?:出来)?/;"),
(RP,"(?:缩小|下降|降低|减少|回落|减轻)(?:了)?(?=[，,。；！]|$)/;","(?:缩小|下降|降低|减少|回落|减轻)/;"),
(RP,"export const STANCE_TAKEN = /(?:普遍|大多|多数|都|纷纷)持","export const STANCE_TAKEN = /持"),
(RP,"?(?:达标|示范|先进|优秀|规范化|标准化)(?:(?!的)[^，,。；]){0,4}?(?:村|社区|单位|点|户|集体|学校|科室|窗口)(?![^。；]*(?:不超过|不得超过|不高于|名额|比例))/;","?/;"),
(RP,"(?:村|社区|单位|点|户|集体|学校|科室|窗口)(?![^。；]*(?:不超过|不得超过|不高于|名额|比例))/;","(?:村|社区|单位|点|户|集体|学校|科室|窗口)/;"),
(P,"[^，,。；]{0,24}?(?:开办|施工|承建|监理|运营|产权|业主|设计)(?:方|单位)/;","[^，,。；]{0,12}?(?:开办|施工|承建|监理|运营|产权|业主|设计)(?:方|单位)/;"),
]
M+=[
(D+'element-data.ts',"  /(?<![\\d.])\\d+\\s*(?:升|L)(?=\\s*[\\u4e00-\\u9fff]{0,4}?(?:垃圾桶|垃圾箱|桶|箱|罐))|","  /"),
(D+'element-data.ts',"[｜|（(]\\s*)\\d+\\s*(?:升|L)(?=\\s*(?:[｜|）)]|$))/g,","[｜|]\\s*)\\d+\\s*(?:升|L)(?=\\s*(?:[｜|]|$))/g,"),
]
run(M, 'test/report/element-session-44.test.ts')
