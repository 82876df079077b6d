/** The festivals of 我们的节日, in calendar order (rule files name them; the calendar dates them). */
export const FESTIVALS = ['春节', '元宵', '清明', '端午', '七夕', '中秋', '重阳'] as const;
export type FestivalName = (typeof FESTIVALS)[number];
