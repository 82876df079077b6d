#!/usr/bin/env python3
"""check_set.py DIR FIRST_ID — format and counts of one register of 50 reports."""
import os, re, sys, yaml
d, first = sys.argv[1], int(sys.argv[2])
EL = ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效']
TRAPS = set('heading-empty stock-measures target-as-result result-in-shortcoming data-is-attachment-pointer data-is-non-quantity books-not-documents responsibility-vague leading-group-as-measure counts-as-results element-without-heading leadership-line run-in-heading spread-over-paragraphs'.split())
errs = []; miss = {e: 0 for e in EL}; lacking = two = 0; lens = []
want = {str(first + i) for i in range(50)}
files = sorted(f for f in os.listdir(d) if f.endswith('.md'))
have = {f[:-3] for f in files}
if have != want:
    errs.append(f'ids: missing {sorted(want - have)[:10]} extra {sorted(have - want)[:10]}')
for f in files:
    p = os.path.join(d, f); s = open(p, encoding='utf8').read()
    m = re.match(r'^---\n(.*?)\n---\n(.*)$', s, re.S)
    if not m: errs.append(f'{f}: no front matter'); continue
    try: meta = yaml.safe_load(m.group(1))
    except Exception as e: errs.append(f'{f}: YAML {e}'); continue
    body = m.group(2)
    if str(meta.get('id')) != f[:-3] or not isinstance(meta.get('id'), str): errs.append(f'{f}: id must be the quoted file name')
    for k in ['unit', 'indicator', 'style', 'headings', 'labels', 'traps', 'why']:
        if k not in meta: errs.append(f'{f}: no {k}')
    if meta.get('style') not in ('说明式', '总结式'): errs.append(f'{f}: style')
    if meta.get('headings') not in ('styled', 'numbered', 'run-in', 'none', 'mixed'): errs.append(f'{f}: headings')
    labels = meta.get('labels') or {}
    if set(labels) != set(EL) or any(v not in ('present', 'missing') for v in labels.values()): errs.append(f'{f}: labels')
    t = meta.get('traps')
    if not isinstance(t, list) or any(x not in TRAPS for x in t): errs.append(f'{f}: traps {t}')
    n = sum(1 for e in EL if labels.get(e) == 'missing')
    for e in EL:
        if labels.get(e) == 'missing':
            miss[e] += 1
            if e not in str(meta.get('why', '')): errs.append(f'{f}: why has no line for {e}')
    lacking += n > 0; two += n == 2
    if n > 2: errs.append(f'{f}: lacks {n} elements (at most 2)')
    lines = [l for l in body.split('\n') if l.strip()]
    if not lines or not lines[0].startswith('# '): errs.append(f'{f}: body must start with the title "# …"')
    if re.search(r'\*\*|^\s*[-*] |^\|', body, re.M): errs.append(f'{f}: Markdown markup in body')
    lens.append(len(re.sub(r'\s', '', '\n'.join(l for l in lines if l.strip() != '<<<PAGE>>>').replace('# ', ''))))
for e in errs: print('ERROR', e)
lens.sort()
print(f'{len(files)} reports; lacking {lacking} (two: {two}); missing per element', miss)
if lens: print(f'length min {lens[0]} median {lens[len(lens)//2]} max {lens[-1]}; over 600: {sum(l > 600 for l in lens)}')
if not 22 <= lacking <= 32: print('WARN lacking count outside 22–32')
for e, c in miss.items():
    if not 4 <= c <= 8: print(f'WARN {e} missing {c} times (aim 5–7)')
sys.exit(1 if errs else 0)
