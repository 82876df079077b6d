import json
EL=['主体责任','具体措施','取得成效']
sets=['s24','s25','s26','s27','s28','s29']
data={t:[json.loads(l) for l in open(f'scores-{t}.jsonl')] for t in sets}
def run(crit):
  tot_lp=tot_cf=tot_pf=0
  for t in sets:
    for r in data[t]:
      lab=set(r['lab']);jud=set(r['jud']);fl=set()
      for e in EL:
        x=r['el'][e]
        if e in jud or x['n']==0 or 's' not in x: continue
        if crit(e,x): fl.add(e)
      if lab and not lab<=(jud|fl): tot_lp+=1
      if not lab and fl and not jud: tot_cf+=1
      tot_pf+=len(fl-lab)
  return tot_lp,tot_cf,tot_pf
f=lambda x: min(max(x['s']),max(x['c']))
print('base', run(lambda e,x: False))
print('0.5', run(lambda e,x: f(x)<0.5))
for n1 in [1,2]:
  for t2 in [0.9,0.99,0.999]:
    for els in [('具体措施',),('具体措施','取得成效','主体责任')]:
      print('0.5 or n<=%d & <%s'%(n1,t2), els, run(lambda e,x: f(x)<0.5 or (e in els and x['n']<=n1 and f(x)<t2)))
