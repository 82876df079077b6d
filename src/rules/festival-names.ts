/** The festivals of 我们的节日 (from the one table, festivals/table.ts). */
export { FESTIVALS, type FestivalName } from '../festivals/table.js';
