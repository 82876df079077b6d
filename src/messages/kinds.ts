/** Rules of the material kinds added with `materials:` (src/kinds/): counted documents and screenshots. */
import { defineRules } from './types.js';
import { plural } from './plural.js';
import { items } from './format.js';
import type { ArgValue } from '../types.js';

/** `match`: the rule file's cues (a list), each quoted. */
const cues = (match: ArgValue | undefined, open: string, close: string, or: string) =>
  items(match).map((c) => `${open}${c}${close}`).join(or);

export const kindMessages = defineRules({
  'material.documents-too-few': {
    severity: 'error',
    title: { zh: '所需文件数量不足', en: 'Too few of the documents asked for' },
    message: {
      zh: (a) => `指标 ${a.code} 要求至少 ${a.expected} 份${items(a.match).length ? `文件名或标题含${cues(a.match, '“', '”', '或')}的` : ''}文件，只找到 ${a.seen} 份`,
      en: (a) => `indicator ${a.code} asks for at least ${plural(a.expected, 'document', 'documents')}${items(a.match).length ? ` named or titled ${cues(a.match, '"', '"', ' or ')}` : ''}; found ${a.seen}`,
    },
    why: {
      zh: '任务分解表要求的会议记录、工作方案、制度文件等，是证明工作有部署、有记录的必备材料。',
      en: 'Minutes, work plans and regulations the task table asks for prove the work was arranged and recorded.',
    },
    fix: {
      zh: '补齐所缺文件（PDF 或 Word），文件名或文件标题写明材料名称（如“2025年第一次创文工作会议记录”），放入该指标文件夹。',
      en: 'Add the missing documents (PDF or Word), with the material named in the file name or title (e.g. "…会议记录"), to the indicator folder.',
    },
  },
  'material.screenshots-too-few': {
    severity: 'error',
    title: { zh: '截图数量不足', en: 'Too few screenshots' },
    message: {
      zh: (a) => `指标 ${a.code} 要求至少 ${a.expected} 张${a.online === true ? '线上活动' : ''}截图，只找到 ${a.seen} 张`,
      en: (a) => `indicator ${a.code} asks for at least ${plural(a.expected, 'screenshot', 'screenshots')}${a.online === true ? ' of an online activity' : ''}; found ${a.seen}`,
    },
    why: {
      zh: '线上活动（网上祭英烈、云直播、公众号推送等）只能用截图证明，测评明确要求提供。',
      en: 'An online activity (网上祭英烈, a live stream, a 公众号 post) can only be shown by screenshots, which the evaluation asks for.',
    },
    fix: {
      zh: '放入活动页面的截图，文件名写明“截图”和活动形式，如“2025-04-03 网上祭英烈 公众号截图.png”。',
      en: 'Add screenshots of the activity, named with 截图 and how it ran online, e.g. "2025-04-03 网上祭英烈 公众号截图.png".',
    },
  },
});
