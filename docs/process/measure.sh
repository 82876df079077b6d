#!/bin/bash
# measure.sh REPO LABEL [pdf] — the held-aside set 24 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root25; OUT=/work/lead/s25/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 17001-17085 17101-17185 17201-17285 17301-17385 17401-17485 17501-17585 17601-17685 17701-17785 17801-17885 17901-17985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
