/** The imported rule file as YAML a clerk can read: a header comment and each indicator's 负责人. */
import YAML from 'yaml';
import type { RuleFile } from '../rules/schema.js';

export function toRuleYaml(rules: RuleFile, leaders: Map<string, string[]>, source: string): string {
  const doc = new YAML.Document(rules);
  doc.commentBefore = [
    ` 由 ledger-check rules import 从《${source}》生成。`,
    ' extends: builtin：测评周期、移交截止、节日窗口等沿用内置规则，需要时在下面补写 period / deadline。',
    ' 带 note 的指标有未能自动识别的要求，请人工核对。',
  ].join('\n');
  // Short lists of words read best on one line: caption: [时间, 地点, 主讲人].
  YAML.visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => YAML.isScalar(i))) node.flow = true;
    },
  });
  (rules.indicators ?? []).forEach((ind, i) => {
    const who = leaders.get(ind.code);
    const node = doc.getIn(['indicators', i], true) as YAML.Node | undefined;
    if (node && who?.length) node.commentBefore = ` 负责人：${who.join('、')}`;
  });
  return doc.toString({ lineWidth: 0 });
}
