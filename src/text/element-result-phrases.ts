/**
 * Session 43 (train's false "missing" 取得成效): plain outcome phrasings the result classes did not hold (the label standard: an
 * improvement, coverage or satisfaction reached, an effect on people — qualitative counts). Clause patterns, read by element-results.ts
 * like its other classes (aims, shortcomings and intentions are cut or masked before: 力争让…深入人心 / 努力让获得感进一步提升 claim
 * nothing).
 * - FELT_UP: how people feel or know, told risen (参保群众对社保经办的信任度提高 / 群众安全感进一步增强).
 * - NONE_HARMED: not one harmed, told (暑期全校3460名学生无一发生溺水事故).
 * - TOOK_ROOT: a good practice taking root (主动问好成为风气 / 不少沉寂的志愿者重新活跃起来 / 蔚然成风).
 * - STIRRED: feeling roused or an idea accepted (学生爱国情感得到激发 / 理念得到群众广泛认同 / 深入人心).
 * - BETTER_THAN_BEFORE: better than earlier years (评价明显好于往届).
 * - MANNERS_NOW: manners learnt (家长反映孩子懂礼貌了).
 * - MARKS_BETTER: marks or habits better than last term or before (结对学生中有31人期末成绩比上学期进步); a drill's time cut against last
 *   term claims nothing without its amount (session 27), so only marks, study, conduct or habits.
 */
export const FELT_UP = new RegExp(
  `(?:信任度|满意度|知晓率|认可度|参与度|满意率|获得感|幸福感|安全感|文明程度|文明素质|知晓度|美誉度)(?:明显|大幅|进一步|有所|不断|普遍|显著|持续)?(?:提高|提升|上升|增强)(?:了)?(?=[，,。；！]|$)`,
);
export const NONE_HARMED = new RegExp(
  `无一(?:人|例|起|名)?(?:发生|出现)[^，,。；]{0,8}?(?:事故|事件|案件|溺水|伤亡|火灾)`,
);
export const TOOK_ROOT = new RegExp(`(?:(?:重新|再次)活跃起来|成为(?:风气|习惯|常态|新风尚|时尚)|蔚然成风)`);
export const STIRRED = new RegExp(`(?:得到了?(?:有效|充分)?激发|得到[^，,。；]{0,6}?(?:广泛)?认同|深入人心)`);
export const BETTER_THAN_BEFORE = new RegExp(`(?:好于|优于)(?:往届|往年|去年|以往|过去|上届|上年)`);
export const MANNERS_NOW = /(?:懂|讲)(?:礼貌|规矩|文明)了/;
export const MARKS_BETTER =
  /(?:成绩|学习|表现|习惯|纪律|学业)[^，,。；]{0,4}?(?:比|较)(?:上学期|上一学期|以前|之前|过去)[^，,。；]{0,4}?(?:进步|提高|提升|好转|改善)/;

export const PHRASE_RESULTS: readonly RegExp[] = [FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW, MARKS_BETTER];
