#!/bin/bash
# measure.sh REPO LABEL [pdf] — the held-aside set 26 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root27; OUT=/work/lead/s27/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 19001-19085 19101-19185 19201-19285 19301-19385 19401-19485 19501-19585 19601-19685 19701-19785 19801-19885 19901-19985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
