/** Test helper: the problems a rule file is refused with (loading it must throw RuleFileError). */
import { loadRules, RuleFileError, type RuleProblem } from '../../src/rules/load.js';
import { ruleIds } from '../../src/messages/index.js';

export function ruleProblems(file: string, lang: 'zh' | 'en' = 'zh'): RuleProblem[] {
  try {
    loadRules({ file, lang, knownRuleIds: ruleIds });
  } catch (e) {
    if (e instanceof RuleFileError) return e.problems;
    throw e;
  }
  throw new Error('expected a RuleFileError');
}
