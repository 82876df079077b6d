#!/bin/bash
# measure.sh REPO LABEL — the held-aside set 55 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root59; OUT=/work/lead/s59/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 39601-39650 39701-39750 39801-39850 39901-39950 40001-40050; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
