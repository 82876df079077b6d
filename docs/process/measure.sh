#!/bin/bash
# measure.sh REPO LABEL [pdf] — the held-aside set 29 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root30; OUT=/work/lead/s30/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 22001-22085 22101-22185 22201-22285 22301-22385 22401-22485 22501-22585 22601-22685 22701-22785 22801-22885 22901-22985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
