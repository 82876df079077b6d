#!/bin/bash
# measure24.sh REPO LABEL [pdf] — the held-aside set 23 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root24; OUT=/work/lead/s24/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 16001-16085 16101-16185 16201-16285 16301-16385 16401-16485 16501-16585 16601-16685 16701-16785 16801-16885 16901-16985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
