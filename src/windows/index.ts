/** Windows of days and day arithmetic in China time (see window.ts for the inclusive-ends rule). */
export * from './days.js';
export * from './window.js';
