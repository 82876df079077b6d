#!/bin/bash
# measure.sh REPO LABEL [pdf] — the held-aside set 25 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root26; OUT=/work/lead/s26/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 18001-18085 18101-18185 18201-18285 18301-18385 18401-18485 18501-18585 18601-18685 18701-18785 18801-18885 18901-18985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
