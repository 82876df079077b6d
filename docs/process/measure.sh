#!/bin/bash
# measure.sh REPO LABEL — the held-aside set 52 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root56; OUT=/work/lead/s56/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 38101-38150 38201-38250 38301-38350 38401-38450 38501-38550; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
