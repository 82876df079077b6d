/**
 * The element probe the session test files share (session 54 on): whether the detector finds an element in a report of the given
 * title whose body is the given text (the same path as the eval: normalizeText → segment → elementEvidence).
 */
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

export const found = (title: string, text: string, element: string): boolean =>
  (elementEvidence(segment({ text: normalizeText(`# ${title}\n${text}`), styled: [] }))[element] ?? []).length > 0;
export const measure = (title: string, text: string): boolean => found(title, text, '具体措施');
export const charge = (title: string, text: string): boolean => found(title, text, '主体责任');
export const result = (title: string, text: string): boolean => found(title, text, '取得成效');
export const docs = (title: string, text: string): boolean => found(title, text, '部署文件');
export const data = (title: string, text: string): boolean => found(title, text, '数据实例');
