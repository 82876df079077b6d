#!/bin/bash
# freeze.sh LETTER:FIRSTID ... — copy each register that has DONE, 审校 and 审校2 into the measure root; check it
ROOT=/work/measure-root60/holdout; mkdir -p $ROOT
for spec in "$@"; do L=${spec%%:*}; F=${spec##*:}; D=/tmp/w60/$L
  if [ -f $D/DONE ] && [ -f $D/审校.txt ] && [ -f $D/审校2.txt ]; then
    python3 /work/lead/s60/check_set.py $D $F | tail -3
    cp $D/[0-9]*.md $ROOT/ && echo "frozen $L ($F) 审校3: $( [ -f $D/审校3.txt ] && echo yes || echo no) locks: $(ls -a $D | grep -c lock)"
  else echo "NOT READY $L"; fi
done
ls $ROOT | wc -l
