#!/bin/bash
# old.sh COMMIT FIRSTID TAG : dump set (FIRSTID..FIRSTID+984) with the detector at COMMIT and score it with its model
set -e
C=$1; F=$2; T=$3; L=$((F+984))
R=/work/lead/s31/sets/$T; mkdir -p $R/train
for f in /work/main/fixtures/elements/train/*.md; do b=$(basename $f .md); if [ "$b" -ge "$F" ] 2>/dev/null && [ "$b" -le "$L" ]; then cp $f $R/train/; fi; done
W=/work/wt-old-$T
[ -d $W ] || git -C /work/main worktree add --detach $W $C >/dev/null 2>&1
cd $W; ln -sf /work/main/node_modules node_modules
npx tsc -p tsconfig.json
node dist/scripts/dump-element-verdicts.js train /work/lead/s31/an/dump-$T.jsonl --root $R
node /work/lead/s31/an/scores.mjs /work/lead/s31/an/dump-$T.jsonl /work/lead/s31/an/scores-$T.jsonl $W
echo done $T
