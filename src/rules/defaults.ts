/**
 * Values used when neither the rule file nor the built-in rule set says otherwise.
 * The built-in rule set (rules/builtin.yaml) restates the ones a county is expected to tune,
 * with where each comes from.
 */
import type { PhotoParams, ReportParams, RegisterParams, FestivalName } from './schema.js';
import { perFestival } from '../festivals/table.js';

export const PHOTO_DEFAULTS: Required<Omit<PhotoParams, 'within'>> & { within: 'period' | 'festival' } = {
  min: 3,
  formats: ['jpeg', 'png', 'heif'],
  minWidth: 1024,
  minHeight: 768,
  minBytes: 100 * 1024,
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 100_000_000,
  caption: ['时间', '地点', '事件'],
  within: 'period',
  editors: ['Photoshop', 'Lightroom', 'GIMP', 'Meitu', '美图', '醒图', 'Snapseed', 'PicsArt', 'Picsart', 'VSCO', 'Pixelmator', 'paint.net', 'Affinity', 'Canva', 'Fotor', 'Photoscape', 'ACDSee', '光影魔术手', 'Polarr', '黄油相机', 'Ulike'],
  maxEditGapDays: 1,
  captionToleranceDays: 3,
  nearDuplicateDistance: 10,
};

export const REPORT_DEFAULTS: Required<Omit<ReportParams, 'elements'>> = {
  required: true,
  minChars: 300,
  minDataPoints: 3,
  minCitations: 1,
  // Session 31: the learned second opinion reads the evidence as more likely not the element than the element.
  unsureBelow: 0.5,
  summaryCues: ['存在(的)?问题', '存在(的)?不足', '下一步(工作)?(打算|计划)', '今后(的)?工作', '工作总结'],
};

export const REGISTER_DEFAULTS: Required<RegisterParams> = {
  required: false,
  perFestival: 0,
  online: 0,
  photoToleranceDays: 3,
  photosPerRow: false,
};

/** Local practice: about ±7 days, 春节 longer and reaching into 元宵 (domain.md). */
export const FESTIVAL_WINDOW_DEFAULTS: Record<FestivalName, { before: number; after: number }> = perFestival((f) => ({ ...f.window }));

export const CLASSIFY_DEFAULTS = {
  report: ['说明报告', '情况说明', '说明材料', '工作说明', '说明'],
  evaluation: ['部门评价', '评价意见', '评价表', '评价'],
  register: ['登记表', '台账表', '活动登记', '登记册', '统计表', '台账'],
  document: ['正式发文', '部署文件', '文件', '通知', '方案', '意见', '办法', '纪要'],
  signoff: ['移交签单', '移交确认单', '移交单', '签收单', '确认单', '签单'],
};

/**
 * OCR of scans: pages read per file, and the mean confidence (tesseract's 0–100) a page needs
 * before its text is judged. Pages under OCR_TEXT_FLOOR (src/ocr/facts.ts) are never used as
 * text at all (a fixed property of the facts, whatever the rule file says).
 */
export const OCR_DEFAULTS = { maxPages: 20, minConfidence: 60 };
