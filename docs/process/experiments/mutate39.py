# Session 39's mutation check of its own rules: break one at a time, run test/report/element-session-39.test.ts, restore.
# Run from the repository root: python3 docs/process/experiments/mutate39.py [index ...]
import subprocess,sys,re
D='src/text/'
R=D+'element-result-relief.ts'
P=D+'element-responsibility.ts'
O=D+'element-others-deeds.ts'
C=D+'element-measure-classes.ts'
M=[
(P,"|服务对象|社会|家属|家人|亲属|监护人|子女|当事人|其家|户籍地|对方)","|服务对象|社会)"),
(P,"      if (RECEIVED_CHECK.test(t.slice(clauseStart, m.index ?? 0))) continue;\n",""),
(P,"const RECEIVED_CHECK = /(?:接受|迎接|配合|陪同)","const RECEIVED_CHECK = /(?:配合|陪同)"),
(P,"      if (!firm && othersOwnHead(t.slice(clauseStart, m.index ?? 0), title ?? '', t.slice(0, clauseStart))) continue;\n",""),
(P,"  if (kind === null || /[我本]/.test(before)) return false;","  if (kind === null) return false;"),
(P,"  if (bare && !new RegExp(","  if (false && !new RegExp("),
(P,"  return !(title.split('关于')[0] ?? '').includes(kind[0]);\n}","  return true;\n}"),
(P,"/合作社|商会|协会|公司|企业|加油站|","/合作社|协会|公司|企业|"),
(P,"([\\u4e00-\\u9fff]{1,12}?[所局站院馆队部办委会])(?:由)?(?:副)?(?:(?:大队|中队","([\\u4e00-\\u9fff]{2,12}?[所局站院馆队部办委会])(?:由)?(?:副)?(?:(?:大队|中队"),
(P,"    if (!ABOVE_SHORT.test(m[1]!) && inOrder(","    if (inOrder("),
(R,"(?:与|和|同)(?:其)?(?:家人|","(?:与|和|同)(?:其)?(?:家人X|"),
(R,"|(?<![将拟])(?:接回|送回|回到)(?:了)?(?:家中|","|(?<![将拟])(?:接回|送回|回到)(?:了)?(?:家中X|"),
(R,"(?:亲人|家人)身边)","(?:亲人)身边)"),
(R,"(?<![将拟要请让等]|通知|联系)(?:家人|","(?:家人|"),
(R,"|寻亲成功|","|寻亲成功X|"),
(R,"(?:全部|均|都)(?:已)?(?:得到|获得)","(?:全部X|均|都)(?:已)?(?:得到|获得)"),
(R,"(?:无一例|没有一例|未发生一例|未出现一例)","(?:没有一例|未发生一例|未出现一例)"),
(R,"|(?:没有|未(?:发生|出现)|无)[^，,。；]{0,10}?(?:冻伤|冻亡|冻死)/","/"),
(R,"|搬进了?新(?:家|房)/","/"),
(R,"/出院当[天日]","/出院当X[天日]"),
(R,"(?:没有|未|没|无一户)(?:出现)?(?:因","(?:没有X|未|没X|无一户)(?:出现)?(?:因"),
(R,"/由[A-Da-d]级?(?:修复|","/由[A-Da-d]级?(?:修复X|"),
(R,"|恢复(?:了)?正常(?:领用|","|恢复(?:了)?正常(?:领用X|"),
(R,"损失(?:明显|大大|显著)?(?:小于|","损失(?:明显|大大|显著)?(?:小于X|"),
(R,"(?:减少|挽回|避免)(?:了)?(?:经济)?损失","(?:减少X|挽回|避免)(?:了)?(?:经济)?损失"),
(D+'element-results.ts',"...RELIEF_RESULTS, ",""),
(D+'element-claims.ts',"|返贫|致贫|饥荒|欠债|债务|冻伤|冻亡|冻死)/;","|返贫|致贫|欠债|债务|冻伤|冻死)/;"),
(D+'element-recheck.ts',"    if (told.length > 0 && told.every((c) => FURTHER_DEED.test(c))) continue;\n",""),
(D+'element-recheck.ts',"/^(?:再次|又|继续|再|送|","/^(?:再次|又|继续|再|"),
(C,"|| RESPONSIBILITY_CLAUSE.test(clause) || FORWARDED.test(clause)) return null;","|| RESPONSIBILITY_CLAUSE.test(clause)) return null;"),
(C,"|召开|会议|研究部署|印发|下发/;","|召开|会议|研究部署|印发|转发|下发/;"),
(C,"  if (spot && !FOR_OTHERS_USE.test(clause.slice(0, spot.index))) return spot[0];","  if (spot) return spot[0];"),
(C,"const ON_THE_SPOT = /(?<![未没不拟将需要])","const ON_THE_SPOT = /"),
(C,"(?:现场|当场|实地|到场|上门)(?:调解|核查|","(?:当场|实地|到场)(?:调解|核查|"),
(C,"|勘测|勘查|丈量|测量|协调|检查","|勘查|丈量|测量|协调|检查"),
(C,"  if (mediated && !FOR_OTHERS_USE.test(clause.slice(0, mediated.index))) return mediated[0];","  if (false) return mediated[0];"),
(C,"(?:调解|调处)(?!委员会|委|员|室|中心|组织|协议|书|工作室)","(?:调解|调处)"),
(C,"const FOR_OTHERS_USE = /供|","const FOR_OTHERS_USE = /"),
(C,"'占用物|障碍物|堆放物|接待日|","'障碍物|堆放物|"),
(C,"[\\u4e00-\\u9fff]{2}(?:知识|常识|要领|技巧|口诀|条款)|","[\\u4e00-\\u9fff]{0,2}(?:知识|常识|要领|技巧|口诀|条款)|"),
(C,"    if (/(?:还在|仍在|仍然|依然|依旧|还是)[^，,。；□]{0,2}$/.test(clause.slice(0, v.index))) continue;\n",""),
(C,"  if (sampled && !FOR_OTHERS_USE","  if (false && !FOR_OTHERS_USE"),
(C,"|(?:未|没|不|拟|将|待|需)[^，,。；]{0,4}$/.test(clause.slice(0, sampled.index))) return sampled[0];","/.test(clause.slice(0, sampled.index))) return sampled[0];"),
(C,"|(?:采集|抽取|采取|采)(?:了)?[^，,。；□]{0,8}?(?:样品|尿样|","|(?:采集|抽取|采取|采)(?:了)?[^，,。；□]{0,8}?(?:样品|"),
(C,"(?<![补津])贴(?![心近切合上])","贴(?![心近切合上])"),
(C,"|负责|税)","|负责)"),
(D+'element-measures.ts',"  if (event && !EVENT_NOT_HELD.test(text) && !text.includes('□')) return event[1]!;","  if (event) return event[1]!;"),
(D+'element-measures.ts',"/^\\s*(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日\\s*[｜|]","/^\\s*(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月\\d{1,2}日)?\\s*[｜|]?"),
(D+'element-measures.ts',"|套|栋|幢)","|栋|幢)"),
(D+'element-measures.ts',"|全(?:县|镇|乡|市|区)(?:共|现|目前)?设(?![置立计备施]))","|全X(?:县|镇|乡|市|区)(?:共|现|目前)?设(?![置立计备施]))"),
(D+'element-served-deeds.ts',"    if (re === POINT && /(?:^|[，,])","    if (re === POINT && /(?:^)"),
(O,"|老两口|养殖场|猪场|规模主体|加油站|屠宰厂|公司)';","|老两口|养殖场|规模主体|加油站|屠宰厂|公司)';"),
(O,"  if ((FIRM_SELF_CHECK.test(clause) || FIRM_RUNS.test(clause)) && !OWN_WORD.test(clause)) return 'own';","  if (FIRM_RUNS.test(clause) && !OWN_WORD.test(clause)) return 'own';"),
(O,"  if ((FIRM_SELF_CHECK.test(clause) || FIRM_RUNS.test(clause)) && !OWN_WORD.test(clause)) return 'own';","  if (FIRM_SELF_CHECK.test(clause) && !OWN_WORD.test(clause)) return 'own';"),
(O,"(?!我|本|对|抽|查|核)[^，,。；｜|]){0,40}?","[^，,。；｜|]){0,40}?"),
(O,"  if (body && !OWN_WORD.test(clause) && !ownSubject(body[1]!, title) && !textNamesUnit(title, { key: body[1]! }) && !inTitleOrder(body[1]!, title)) return 'own';","  if (body) return 'own';"),
(O,"  if (body && !OWN_WORD.test(clause) && !ownSubject(body[1]!, title) && !textNamesUnit(title, { key: body[1]! }) && !inTitleOrder(body[1]!, title)) return 'own';",""),
(O,"  if (arrived && !OWN_WORD.test(clause) && !ownSubject(arrived[1]!, title) && !textNamesUnit(title, { key: arrived[1]! }) && !inTitleOrder(arrived[1]!, title)) return 'visitor';","  if (arrived) return 'visitor';"),
(O,"(?:工作人员|民警|人员|医护人员)?(?:随即|及时|立即|迅速|很快)?(?:到场|","(?:工作人员|民警|人员|医护人员)?(?:随即|及时|立即|迅速|很快)?(?:到场X|"),
(O,"(?![我本对向])[^，,。；｜|]){0,24}?(?:公司|企业|合作社)(?:投资建设","[^，,。；｜|]){0,24}?(?:公司|企业|合作社)(?:投资建设"),
(D+'element-data.ts',"|版本号?|耳标号|卡号|流水号)","|版本号?|卡号|流水号)"),
]
only = sys.argv[1:] and [int(x) for x in sys.argv[1:]]
for i,(f,old,new) in enumerate(M):
    if only and i not in only: continue
    s=open(f).read()
    if s.count(old)!=1: print(i,'NOT UNIQUE/FOUND',s.count(old), old[:40], flush=True); continue
    open(f,'w').write(s.replace(old,new))
    try:
        r=subprocess.run(['npx','vitest','run','test/report/element-session-39.test.ts'],capture_output=True,text=True,timeout=300)
    finally:
        open(f,'w').write(s)
    m=re.search(r'(\d+) failed',r.stdout+r.stderr)
    print(i,f.split('/')[-1],old[:36].replace('\n',' '),'->',m.group(0) if m else 'NO TEST FAILED', flush=True)
