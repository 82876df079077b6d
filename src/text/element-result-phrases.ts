/**
 * Session 43 (train's false "missing" 取得成效): plain outcome phrasings the result classes did not hold (the label standard: an
 * improvement, coverage or satisfaction reached, an effect on people — qualitative counts). Clause patterns, read by element-results.ts
 * like its other classes (aims, shortcomings and intentions are cut or masked before; each pattern also refuses an aim's word
 * just before it: 力争让…深入人心 / 让…成为新风尚 / 努力让获得感进一步提升).
 * - FELT_UP: how people feel or know, told risen (参保群众对社保经办的信任度提高 / 群众安全感进一步增强).
 * - NONE_HARMED: not one harmed, told (暑期全校3460名学生无一发生溺水事故).
 * - TOOK_ROOT: a good practice taking root (主动问好成为风气 / 不少沉寂的志愿者重新活跃起来 / 蔚然成风).
 * - STIRRED: feeling roused or an idea accepted (学生爱国情感得到激发 / 理念得到群众广泛认同 / 深入人心).
 * - BETTER_THAN_BEFORE: better than earlier years (评价明显好于往届).
 * - MANNERS_NOW: manners learnt (家长反映孩子懂礼貌了).
 */
const NOT_AIM = '(?<!(?:让|使|令|要|求|确保|保证|力争|争取|努力|为了|推动|促进|以期|希望|旨在|进一步推动)[^，,。；]{0,12})';

export const FELT_UP = new RegExp(
  `${NOT_AIM}(?:信任度|满意度|知晓率|认可度|参与度|满意率|获得感|幸福感|安全感|文明程度|文明素质|知晓度|美誉度)(?:明显|大幅|进一步|有所|不断|普遍|显著|持续)?(?:提高|提升|上升|增强)(?:了)?(?=[，,。；！]|$)`,
);
export const NONE_HARMED = new RegExp(
  `${NOT_AIM}无一(?:人|例|起|名)?(?:发生|出现)[^，,。；]{0,8}?(?:事故|事件|案件|溺水|伤亡|火灾)`,
);
export const TOOK_ROOT = new RegExp(`${NOT_AIM}(?:(?:重新|再次)活跃起来|成为(?:风气|习惯|常态|新风尚|时尚)|蔚然成风)`);
export const STIRRED = new RegExp(`${NOT_AIM}(?:得到了?(?:有效|充分)?激发|得到[^，,。；]{0,6}?(?:广泛)?认同|深入人心)`);
export const BETTER_THAN_BEFORE = new RegExp(`${NOT_AIM}(?:好于|优于)(?:往届|往年|去年|以往|过去|上届|上年)`);
export const MANNERS_NOW = /(?:懂|讲)(?:礼貌|规矩|文明)了/;

export const PHRASE_RESULTS: readonly RegExp[] = [FELT_UP, NONE_HARMED, TOOK_ROOT, STIRRED, BETTER_THAN_BEFORE, MANNERS_NOW];
