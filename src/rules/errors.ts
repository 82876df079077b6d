/** What can be wrong with a rule file, and how it is shown: `path:line:col: message` (`path: message` for the file as a whole). */

export interface RuleProblem {
  file: string;
  /** Absent when the problem is the file itself (missing, not a regular file, too large). */
  line?: number;
  col?: number;
  message: string;
}

export class RuleFileError extends Error {
  constructor(public readonly problems: RuleProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RuleFileError';
  }
}

export function formatProblem(p: RuleProblem): string {
  return p.line === undefined ? `${p.file}: ${p.message}` : `${p.file}:${p.line}:${p.col ?? 1}: ${p.message}`;
}

/** A merged rule set lacks a setting no layer gave (reported against the top file). */
export class MissingSettingError extends Error {
  constructor(public readonly setting: 'period' | 'deadline') {
    super(`missing ${setting}`);
  }
}
