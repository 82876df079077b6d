import json,math,sys
EL=['主体责任','具体措施','取得成效']
def feat(x):
  return min(max(x['s']),max(x['c']))
for tag in sys.argv[1:]:
  recs=[json.loads(l) for l in open(f'scores-{tag}.jsonl')]
  lack=sum(1 for r in recs if r['lab'])
  base=sum(1 for r in recs if r['lab'] and not (set(r['lab'])<=set(r['jud'])) )
  line=[f'{tag}: lacking {lack}, passing (any lacking elem not missing) {base}']
  for t in [0.1,0.3,0.5,0.7,0.88,0.95]:
    lp=0; comp=0; compFlag=0; elFlagP=0
    for r in recs:
      lab=set(r['lab']); jud=set(r['jud']); fl=set()
      for e in EL:
        if e in jud: continue
        x=r['el'][e]
        if x['n']==0 or 's' not in x: continue
        if feat(x)<t: fl.add(e)
      if lab and not (lab <= (jud|fl)): lp+=1
      if not lab:
        comp+=1
        if fl and not jud: compFlag+=1
      elFlagP+=len(fl-lab)
    line.append(f'  t={t}: pass {lp}, complete flagged {compFlag}/{comp}, present el flagged {elFlagP}')
  print('\n'.join(line))
