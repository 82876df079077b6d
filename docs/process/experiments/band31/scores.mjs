// For each report in a dump: per element judged present, evidence count and best model margins.
import { readFileSync, writeFileSync } from 'node:fs';
const D = (process.argv[4] ?? '/work/main') + '/dist/src/text/';
const { loadModel } = await import(D + 'element-model-veto.js');
const { ELEMENT_MODEL } = await import(D + 'element-model-weights.js');
const { viewScore, contextFeatures, MODEL_VIEWS } = await import(D + 'element-model.js');
const m = loadModel(ELEMENT_MODEL);
const EL = ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效'];
const out = [];
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const heads = []; let h = '';
  for (const s of r.sentences) { heads.push(h); if (s.h) h = s.t; }
  const rec = { id: r.id, lab: r.labelledMissing, jud: r.judgedMissing, el: {} };
  for (const e of EL) {
    const ev = [...new Set(r.evidence[e] ?? [])].filter((i) => r.sentences[i]);
    if (ev.length === 0) { rec.el[e] = { n: 0 }; continue; }
    const sc = MODEL_VIEWS.map((v) => {
      const mm = m[v][e]; if (!mm) return null;
      return ev.map((i) => viewScore(r.sentences[i].t, v, mm.weights, contextFeatures(heads[i])));
    });
    rec.el[e] = { n: ev.length, s: sc[0], c: sc[1], ts: m.sentence[e]?.threshold, tc: m.clause[e]?.threshold, len: ev.map((i) => r.sentences[i].t.length) };
  }
  out.push(JSON.stringify(rec));
}
writeFileSync(process.argv[3], out.join('\n') + '\n');
