/** The review file's name and error, apart from its loader so that a run without a review file loads neither yaml nor zod. */
import { RuleFileError, type RuleProblem } from '../rules/errors.js';

export const REVIEW_FILE_NAME = 'ledger-check-review.yaml';

export class ReviewFileError extends RuleFileError {
  constructor(problems: RuleProblem[]) {
    super(problems);
    this.name = 'ReviewFileError';
  }
}
