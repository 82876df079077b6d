#!/bin/bash
# measure.sh REPO LABEL [pdf] — the held-aside set 30 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root31; OUT=/work/lead/s31/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 23001-23085 23101-23185 23201-23285 23301-23385 23401-23485 23501-23585 23601-23685 23701-23785 23801-23885 23901-23985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
