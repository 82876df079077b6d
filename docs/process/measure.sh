#!/bin/bash
# measure.sh REPO LABEL [pdf] — the held-aside set 27 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root28; OUT=/work/lead/s28/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 20001-20085 20101-20185 20201-20285 20301-20385 20401-20485 20501-20585 20601-20685 20701-20785 20801-20885 20901-20985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
