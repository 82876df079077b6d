/** Rules about text read by OCR from scans and photographed documents. */
import { defineRules } from './types.js';
import type { Lang } from '../types.js';

/** Added to every message judged from OCR text, so the clerk knows it was read from a scan. */
export const OCR_NOTE: Record<Lang, (confidence: number) => string> = {
  zh: (c) => `（据扫描件 OCR 识别，置信度 ${c}%，请对照原件）`,
  en: (c) => ` (read from a scan by OCR, confidence ${c}%; compare with the original)`,
};

const KIND_ZH: Record<string, string> = { evaluation: '部门评价', signoff: '移交签单' };
const KIND_EN: Record<string, string> = { evaluation: 'the department evaluation', signoff: 'the sign-off sheet' };

export const ocrMessages = defineRules({
  'seal.missing': {
    severity: 'warning',
    title: { zh: '未见红色公章', en: 'No red seal seen' },
    message: {
      zh: (a) => `${KIND_ZH[String(a.kind)] ?? String(a.kind)}的扫描件或照片上没有找到红色公章`,
      en: (a) => `no red seal found on the scan or photo of ${KIND_EN[String(a.kind)] ?? String(a.kind)}`,
    },
    why: {
      zh: '部门评价由上级单位盖章出具，移交签单须盖本单位公章；没有公章的材料测评时可能不被认可。',
      en: 'A 部门评价 is issued under the higher body\'s seal and a 移交签单 under the unit\'s; unsealed copies may not be accepted.',
    },
    fix: {
      zh: '补盖公章后彩色扫描（不要黑白扫描）；如确已盖章而程序未识别，由创文办人工核对后用 ledger-check review accept 记录。',
      en: 'Have it sealed and scan it in colour; if it is sealed and the tool missed it, have the office confirm it with ledger-check review accept.',
    },
  },
  'seal.cannot-tell': {
    severity: 'info',
    title: { zh: '黑白扫描件，无法判断公章', en: 'Greyscale scan: seal cannot be judged' },
    message: {
      zh: (a) => `${KIND_ZH[String(a.kind)] ?? String(a.kind)}是黑白（灰度）扫描件，看不出是否盖有红色公章`,
      en: (a) => `${KIND_EN[String(a.kind)] ?? String(a.kind)} is a greyscale scan: whether it bears a red seal cannot be seen`,
    },
    why: { zh: '灰度图像没有颜色，红色公章与黑色文字无法区分，因此不判为“未盖章”。', en: 'A greyscale image has no colour: a red seal cannot be told from black text, so it is never judged unsealed.' },
    fix: { zh: '如需核对公章，请彩色扫描。', en: 'Scan in colour if the seal must be checked.' },
  },
  'ocr.page-unreadable': {
    severity: 'warning',
    title: { zh: '扫描页无法可靠识别', en: 'Scanned page not readable by OCR' },
    message: {
      zh: (a) =>
        a.picture
          ? `图片 OCR 识别置信度只有 ${a.confidence}%（至少 ${a.min}%），内容未检查`
          : `第 ${a.page} 页 OCR 识别置信度只有 ${a.confidence}%（至少 ${a.min}%），内容未检查`,
      en: (a) =>
        a.picture
          ? `the picture was read by OCR with only ${a.confidence}% confidence (at least ${a.min}% needed); its content was not checked`
          : `page ${a.page} was read by OCR with only ${a.confidence}% confidence (at least ${a.min}% needed); its content was not checked`,
    },
    why: {
      zh: '模糊、倾斜或太小的扫描件识别不准，据此判断会出错，只能判为未检查。',
      en: 'A blurred, skewed or tiny scan is misread; judging it would be wrong, so it stays not checked.',
    },
    fix: {
      zh: '重新扫描（200 dpi 以上、端正、清晰）或正对纸面重新拍照，或提交可复制文字的 PDF / Word 版；也可由创文办人工阅读该页，把读到的内容写进理由记录下来：ledger-check review accept <文件> ocr.page-unreadable --reason "已人工阅读第 2 页：……" --by 县创文办。',
      en: 'Rescan it (200 dpi or more, straight, sharp) or photograph the page again square-on, or hand in a PDF/Word file with text; or have the office read the page and record what it holds as the reason: ledger-check review accept <file> ocr.page-unreadable --reason "read page 2 by eye: …" --by \'county office\'.',
    },
  },
  'ocr.pages-skipped': {
    severity: 'warning',
    title: { zh: '扫描件页数超过识别上限', en: 'Scan longer than the OCR page limit' },
    message: {
      zh: (a) => `扫描件共 ${a.total} 页，只识别了前 ${a.read} 页（规则文件 ocr.maxPages），其余页未检查`,
      en: (a) => `the scan has ${a.total} pages; only the first ${a.read} were read (rule file ocr.maxPages), the rest were not checked`,
    },
    why: { zh: '识别每页都要时间，页数上限防止一个文件拖住整次检查。', en: 'Each page costs time; the limit keeps one file from holding up the run.' },
    fix: {
      zh: '提交可复制文字的版本，或在规则文件中调高 ocr.maxPages。',
      en: 'Hand in a version with text, or raise ocr.maxPages in the rule file.',
    },
  },
  'ocr.image-refused': {
    severity: 'warning',
    title: { zh: '扫描页中的图像未能绘制，未识别', en: 'Image on a scanned page could not be drawn' },
    message: {
      zh: (a) => `第 ${a.page} 页有 ${a.count} 幅图像（或数据流）未能绘制（超过 6400 万像素 / 256 MB 或解码工作量的上限，或数据已损坏），该页内容未完整检查`,
      en: (a) => `page ${a.page} holds ${a.count} image(s) or stream(s) that could not be drawn (beyond the limit of 64 megapixels / 256 MB or of decoding work, or damaged); the page was not fully checked`,
    },
    why: {
      zh: '绘制超大图像会耗尽办公电脑的内存，600 dpi 的 A3 扫描件或被篡改的图像都会超过上限；损坏的图像无法解码。图上的文字和公章因此无法识别。',
      en: "Drawing an image this large would exhaust an office PC's memory, and a 600 dpi A3 scan or a doctored image exceeds the limit; a damaged image cannot be decoded. Either way the text and seal on it cannot be read.",
    },
    fix: {
      zh: '以 200–300 dpi 重新扫描（或压缩图像后重新导出 PDF；损坏的文件请重新导出），也可提交可复制文字的版本；确需原件时由创文办人工核对后用 ledger-check review accept 记录。',
      en: 'Rescan at 200–300 dpi (or re-export the PDF with smaller images; export a damaged one again), or hand in a version with text; where the original must stand, have the office check it and record it with ledger-check review accept.',
    },
  },
});
