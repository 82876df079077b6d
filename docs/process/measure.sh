#!/bin/bash
# measure.sh REPO LABEL [pdf] — the held-aside set 28 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root29; OUT=/work/lead/s29/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 21001-21085 21101-21185 21201-21285 21301-21385 21401-21485 21501-21585 21601-21685 21701-21785 21801-21885 21901-21985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
