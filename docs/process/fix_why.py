import re,sys,glob
root=sys.argv[1]; n=0; files=0
for p in sorted(glob.glob(root+'/*.md')):
    s=open(p,encoding='utf-8').read()
    m=re.match(r'^---\n(.*?)\n---\n(.*)$',s,re.S)
    if not m: print('no fm',p); continue
    fm,body=m.group(1),m.group(2)
    lines=fm.split('\n'); inwhy=False; changed=False
    for i,l in enumerate(lines):
        if l.startswith('why:'): inwhy=True; continue
        if inwhy and l and not l.startswith(' '): inwhy=False
        if not inwhy: continue
        t=l.strip()
        if t.startswith('审校') or '干扰项' in t: continue
        def f(mm):
            global n
            q=mm.group(1)
            segs=[x for x in re.split(r'…+|\.\.\.',q) if x.strip()]
            if all(x in body for x in segs): return mm.group(0)
            n+=1; return q
        nl=re.sub(r'“([^“”]+)”',f,l)
        if nl!=l: lines[i]=nl; changed=True
    if changed:
        files+=1
        open(p,'w',encoding='utf-8').write('---\n'+'\n'.join(lines)+'\n---\n'+body)
print('unquoted',n,'in',files,'files')
