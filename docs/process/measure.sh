#!/bin/bash
# measure23.sh REPO LABEL [pdf] — the held-aside set 22 measured once with the build in REPO
set -u
REPO=$1; LABEL=$2; ROOT=/work/measure-root23; OUT=/work/lead/s23/measure-$LABEL
mkdir -p $OUT
cd $REPO
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx > $OUT/docx.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format pdf > $OUT/pdf.txt 2>&1
node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --no-veto > $OUT/docx-noveto.txt 2>&1
for r in 15001-15085 15101-15185 15201-15285 15301-15385 15401-15485 15501-15585 15601-15685 15701-15785 15801-15885 15901-15985; do
  echo "== $r"; node dist/scripts/eval-elements.js --root $ROOT --split holdout --format docx --ids $r 2>&1 | grep -iE "pass|F1|主体|部署|措施|数据|成效" | head -12
done > $OUT/slices.txt
echo done $LABEL
