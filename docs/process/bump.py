#!/usr/bin/env python3
"""bump.py "<note>" [repo] — document N -> N+1 with note; ocr M -> M+1 'as document N+1'."""
import re, sys
note = sys.argv[1]; repo = sys.argv[2] if len(sys.argv) > 2 else '/work/main'
p = f'{repo}/src/extract/version.ts'
s = open(p, encoding='utf8').read()
def bump(s, key, text_fn):
    m = re.search(rf'^(  {key}: )(\d+)(, // )(.*)$', s, re.M)
    n = int(m.group(2)) + 1
    line = f'{m.group(1)}{n}{m.group(3)}{m.group(4)}; {n}: {text_fn(n)}'
    return s[:m.start()] + line + s[m.end():], n
s, d = bump(s, 'document', lambda n: note)
s, o = bump(s, 'ocr', lambda n: f'as document {d}')
open(p, 'w', encoding='utf8').write(s)
print(f'document {d}, ocr {o}')
