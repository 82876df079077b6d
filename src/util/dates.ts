/** Day arithmetic lives in windows/days.ts (one module); this path is kept for existing imports. */
export { todayIn, isIsoDate, addDays, daysBetween, daysInMonth, dayOf, daysApart } from '../windows/days.js';
