# The runner shared by the mutation checks (session 40 on): break one rule at a time, run the session's test file, restore.
import re, subprocess, sys

def run(mutations, test_file):
    only = sys.argv[1:] and [int(x) for x in sys.argv[1:]]
    for i, (f, old, new) in enumerate(mutations):
        if only and i not in only:
            continue
        s = open(f).read()
        if s.count(old) != 1:
            print(i, 'NOT UNIQUE/FOUND', s.count(old), old[:40], flush=True)
            continue
        open(f, 'w').write(s.replace(old, new))
        try:
            r = subprocess.run(['npx', 'vitest', 'run', test_file], capture_output=True, text=True, timeout=300)
        finally:
            open(f, 'w').write(s)
        m = re.search(r'(\d+) failed', r.stdout + r.stderr)
        print(i, f.split('/')[-1], old[:36].replace('\n', ' '), '->', m.group(0) if m else 'NO TEST FAILED', flush=True)
