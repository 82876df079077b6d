import type { Formatter } from './types.js';

/** The Report as versioned JSON (schemaVersion), byte-identical for the same input. */
export const formatJson: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
