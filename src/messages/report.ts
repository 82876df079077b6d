/**
 * Messages for 说明报告, 部门评价, the sign-off sheet and document readability (doc.*).
 * Chinese first: the reader is a department's clerk who has to fix the file.
 */
import { defineRules } from './types.js';
import { plural } from './plural.js';
import type { ArgValue, Args } from '../types.js';
import { container, docFormat, element, items, list, mb, span } from './format.js';

const DOC_NAME = { zh: '文件', en: 'file' };

/** 文号 problem codes (src/text/docno.ts) in words. */
const PROBLEMS: Record<string, { zh: string; en: string }> = {
  brackets: { zh: '年份应用六角括号〔〕', en: 'year must be in 〔〕' },
  'short-year': { zh: '年份应写全四位', en: 'four-digit year' },
  di: { zh: '序号前不加“第”', en: 'no 第 before the number' },
  'zero-padding': { zh: '序号不编虚位', en: 'no leading zeros' },
};
const problems = (codes: ArgValue | undefined, lang: 'zh' | 'en') =>
  items(codes)
    .map((c) => (Object.hasOwn(PROBLEMS, c) ? PROBLEMS[c]![lang] : c))
    .join(lang === 'zh' ? '；' : '; ');

/** What each standard element is, said after "lacks …" so the clerk knows what to write; a county's own element has none. */
const ELEMENT_HINT: Record<string, { zh: string; en: string }> = {
  主体责任: { zh: '（写明谁牵头、谁负责：领导小组、责任分工）', en: ' (who leads and who is responsible: the leading group, the division of duties)' },
  部署文件: { zh: '（写明依据的上级文件和本单位印发的文件，带标题和文号）', en: ' (the higher-level and own documents it follows, with titles and document numbers)' },
  具体措施: { zh: '（写明采取了哪些具体做法）', en: ' (the concrete measures taken)' },
  // A case told in words is no 数据实例 without a figure (issue 11): the hint asks for figures only.
  数据实例: { zh: '（写明活动场次、参与人次、投入资金、覆盖率等带单位的具体数据）', en: ' (figures with units: events, participants, funds, coverage)' },
  取得成效: { zh: '（写明取得了哪些效果）', en: ' (the results achieved)' },
};
const elementHint = (v: ArgValue | undefined, lang: 'zh' | 'en') => (Object.hasOwn(ELEMENT_HINT, String(v)) ? ELEMENT_HINT[String(v)]![lang] : '');

/** A sentence quoted in a message: its first 60 characters. */
const clip = (v: ArgValue | undefined) => {
  const t = [...String(v ?? '')];
  return t.length > 60 ? `${t.slice(0, 60).join('')}…` : t.join('');
};

/** A word of the catalog's own (PDF, Excel (.xlsx), 压缩包) after Chinese: a Latin one set apart by a space. */
const spaced = (w: string) => (/^[A-Za-z]/.test(w) ? ` ${w}` : w);

/** How a document hid text (facts.hiddenText.how) in words. */
const HIDDEN_HOW: Record<string, { zh: string; en: string }> = {
  vanish: { zh: '设为“隐藏文字”', en: 'formatted as hidden' },
  style: { zh: '所用样式设为隐藏', en: 'hidden by its style' },
  white: { zh: '白色或接近白色的字', en: 'white or near-white' },
  tiny: { zh: '1 磅及以下的字号', en: '1 pt or smaller' },
  invisible: { zh: '设为不显示或全透明的文字', en: 'drawn invisible or fully transparent' },
  clipped: { zh: '被裁剪在显示区域之外的文字', en: 'clipped out of view' },
  layer: { zh: '所在图层设为不显示', en: 'in a layer switched off' },
  blend: { zh: '混合模式使其在白色页面上显示不出', en: 'blended away on a white page' },
  covered: { zh: '被其后绘制的不透明色块或图片遮盖', en: 'painted over by an opaque fill or picture drawn after it' },
  masked: { zh: '所在软蒙版使其完全不显示', en: 'under a soft mask that shows nothing' },
  shape: { zh: '所在文本框或图形设为隐藏或放在页面之外', en: 'in a text box or shape hidden or placed off the page' },
  'same-colour': { zh: '文字颜色与其底纹或突出显示颜色相同', en: 'the same colour as its shading or highlight' },
};
const hiddenHow = (codes: ArgValue | undefined, lang: 'zh' | 'en') =>
  items(codes)
    .map((c) => (Object.hasOwn(HIDDEN_HOW, c) ? HIDDEN_HOW[c]![lang] : c))
    .join(lang === 'zh' ? '、' : ', ');

/** The format a file's name claims (.docx/.doc/.wps: Word; .ofd: OFD), from the document's format code. */
const namedAs = (a: Args) => (docFormat(a.format) === 'OFD' ? 'OFD' : 'Word');

/** doc.corrupt by its reason (src/checks/report.ts corruptReason): what is wrong, in words. */
const CORRUPT_ZH: Record<string, (a: Args) => string> = {
  truncated: () => '文件不完整（复制或下载时可能中断了），无法打开',
  'not-word': (a) => `文件名是 ${namedAs(a)} 文件，内容却是${spaced(container(a.seen, 'zh'))}，无法作为 ${namedAs(a)} 文档打开`,
  'content-too-large': (a) => `PDF 各页的内容数据合计超过读取上限 ${mb(a.limit)}，无法读取`,
  damaged: () => '文件无法打开，可能已损坏或未完整复制',
};
const CORRUPT_EN: Record<string, (a: Args) => string> = {
  truncated: () => 'the file is cut short (the copy or download was probably interrupted); it cannot be opened',
  'not-word': (a) => `the file is named like a${namedAs(a) === 'OFD' ? 'n' : ''} ${namedAs(a)} file but holds ${container(a.seen, 'en')}; it cannot be opened as a${namedAs(a) === 'OFD' ? 'n' : ''} ${namedAs(a)} document`,
  'content-too-large': (a) => `the content of the PDF's pages totals more than the reading limit of ${mb(a.limit)}; it cannot be read`,
  damaged: () => 'the file cannot be opened; it may be damaged or incompletely copied',
};

export const reportMessages = defineRules({
  // ------------------------------------------------------------ readability
  'doc.scanned': {
    severity: 'error',
    title: { zh: '扫描件无文字层', en: 'Scan without a text layer' },
    message: {
      zh: (a) =>
        docFormat(a.format) === 'Word'
          ? 'Word 文档里只有图片，没有可检查的文字，请把正文以文字形式写进文档'
          : '扫描件或图片，没有可复制的文字层，无法检查内容，请提供可复制文字的 PDF 或 Word 版',
      en: (a) =>
        docFormat(a.format) === 'Word'
          ? 'the Word document holds only pictures, no text to check: write the body as text'
          : 'a scan or picture with no text layer: the content cannot be checked; provide a PDF with selectable text or a Word file',
    },
    why: {
      zh: '说明报告、部门评价要逐项核对五要素、文号和数据，图片或扫描件无法核对，只能判为未检查。',
      en: 'The five elements, document numbers and data can only be checked in text; an image or scan stays "not checked".',
    },
    fix: {
      zh: '从原 Word 文件另存为 PDF（不要打印后扫描），或直接提交 Word 版；需要盖章的，把盖章扫描件和文字版放在同一指标文件夹里一并提交。',
      en: 'Save the original Word file as PDF (do not print and scan) or hand in the Word file; a stamped scan may go beside the text version in the same folder.',
    },
  },
  'doc.scanned-copy': {
    severity: 'info',
    title: { zh: '盖章扫描件（已有文字版）', en: 'Stamped scan beside a text version' },
    message: {
      zh: (a) => `扫描件，同一指标中已有文字版“${a.seen}”，内容按文字版检查`,
      en: (a) => `a scan; the text version "${a.seen}" in the same folder is the one checked`,
    },
    why: {
      zh: '盖章件常以扫描件提交，内容以同时提交的文字版为准。',
      en: 'Stamped documents are often scanned; their content is checked on the text version handed in with them.',
    },
    fix: { zh: '无需修改；确认扫描件与文字版内容一致。', en: 'Nothing to fix; make sure the scan and the text version say the same.' },
  },
  'doc.garbled-text': {
    severity: 'error',
    title: { zh: 'PDF 文字乱码', en: 'Garbled text in PDF' },
    message: {
      zh: (a) => `PDF 中的文字提取出来是乱码（${a.seen !== undefined ? `${a.seen}% 是控制字符或无法解码的字符，` : ''}字体缺少编码映射），无法检查内容`,
      en: (a) => `the PDF's text extracts as garbage (${a.seen !== undefined ? `${a.seen}% control or undecodable characters: ` : ''}its fonts lack a character map); the content cannot be checked`,
    },
    why: {
      zh: '该 PDF 使用的字体缺少文字编码对照表（ToUnicode），机器读不出汉字，评审平台同样无法检索。',
      en: 'The PDF embeds fonts without a ToUnicode map, so no program can read its characters.',
    },
    fix: {
      zh: '用 Word 或 WPS 重新“另存为 PDF”（勾选嵌入字体），或直接提交 Word 版。',
      en: 'Re-export from Word/WPS with "Save as PDF" (embed fonts), or hand in the Word file.',
    },
  },
  'doc.encrypted': {
    severity: 'error',
    title: { zh: '文件已加密', en: 'File is password-protected' },
    message: {
      zh: (a) => `${docFormat(a.format) ? `${docFormat(a.format)} ${DOC_NAME.zh}` : DOC_NAME.zh}设置了打开密码，无法检查，请去掉密码后重新提交`,
      en: (a) => `the ${docFormat(a.format) ? `${docFormat(a.format)} ${DOC_NAME.en}` : DOC_NAME.en} needs a password to open; remove the password and hand it in again`,
    },
    why: {
      zh: '评审方拿不到密码，加了密的材料等于没交。',
      en: 'Evaluators have no password: an encrypted file counts as missing.',
    },
    fix: {
      zh: '在 Word/WPS 或 PDF 软件中取消“打开密码”（文件→信息→保护文档），另存后替换原文件。',
      en: 'Remove the open password (File → Info → Protect) and save the file again.',
    },
  },
  'doc.corrupt': {
    severity: 'error',
    title: { zh: '文件已损坏', en: 'File is damaged' },
    message: {
      zh: (a) => CORRUPT_ZH[String(a.reason)]?.(a) ?? CORRUPT_ZH.damaged!(a),
      en: (a) => CORRUPT_EN[String(a.reason)]?.(a) ?? CORRUPT_EN.damaged!(a),
    },
    why: { zh: '打不开的文件无法检查，也无法上传评审平台。', en: 'A file that does not open cannot be checked or uploaded.' },
    fix: {
      zh: '从原始文件重新导出或重新复制一份，确认在电脑上能正常打开后再提交。',
      en: 'Export or copy the file again from the original and check that it opens.',
    },
  },
  'doc.empty': {
    severity: 'error',
    title: { zh: '空文件', en: 'Empty file' },
    message: {
      // reason 'hidden': all its text is hidden from the reader (doc.hidden-text says how much).
      zh: (a) => (a.reason === 'hidden' ? '文件中没有看得见的文字（文字都设成了看不见的样子），无法检查' : '文件是空的（没有内容）'),
      en: (a) => (a.reason === 'hidden' ? 'the file has no visible text (all of it is hidden from the reader); it cannot be checked' : 'the file is empty'),
    },
    why: { zh: '空文件通常是复制或下载中断造成的。', en: 'Empty files usually come from an interrupted copy or download.' },
    fix: { zh: '重新复制或导出该文件，确认有内容后替换。', en: 'Copy or export the file again and replace it.' },
  },
  'doc.too-many-pages': {
    severity: 'error',
    title: { zh: 'PDF 或 OFD 页数过多，未检查', en: 'PDF or OFD has too many pages; not checked' },
    message: {
      zh: (a) => `${a.format === 'ofd' ? 'OFD' : 'PDF'} 有 ${a.seen} 页，超过读取上限 ${a.limit} 页；文件未检查`,
      en: (a) => `the ${a.format === 'ofd' ? 'OFD' : 'PDF'} has ${a.seen} pages, above the reading limit of ${a.limit}; the file was not checked`,
    },
    why: {
      zh: '台账中的文字材料最多几百页；页数远超于此的文件通常是误放或损坏的文件，逐页读取会拖住整个检查。',
      en: 'Text materials in a 台账 run to a few hundred pages at most; a file far beyond that is usually misplaced or damaged, and reading it page by page would hold up the whole check.',
    },
    fix: {
      zh: '确认文件是否放错；确需提交的长文件请只保留与本指标有关的页，另存后替换。',
      en: 'Check that the file belongs here; for a long file that must be handed in, keep only the pages for this indicator and save it again.',
    },
  },
  'doc.too-much-text': {
    severity: 'error',
    title: { zh: '文字过多，未检查', en: 'Too much text; not checked' },
    message: {
      zh: (a) => `文件的文字有 ${a.seen} ${a.what === 'sentences' ? '句' : '字'}，超过读取上限 ${a.limit} ${a.what === 'sentences' ? '句' : '字'}；文件未检查`,
      en: (a) => `the file holds ${a.seen} ${a.what === 'sentences' ? 'sentences' : 'characters'} of text, above the reading limit of ${a.limit}; the file was not checked`,
    },
    why: {
      zh: '说明报告等文字材料一般几千到几万字；文字远超于此的文件通常是误放或拼接的文件，逐句分析会拖住整个检查。',
      en: 'A report or other text material runs to a few thousand or tens of thousands of characters; a file far beyond that is usually misplaced or pieced together, and analysing it sentence by sentence would hold up the whole check.',
    },
    fix: {
      zh: '确认文件是否放错；确需提交的长文件请只保留与本指标有关的内容，另存后替换。',
      en: 'Check that the file belongs here; for a long file that must be handed in, keep only what concerns this indicator and save it again.',
    },
  },
  'doc.run-budget': {
    severity: 'error',
    title: { zh: '本次检查的文字分析量已满，未检查', en: 'The run analysed all the text it may; not checked' },
    message: {
      zh: (a) => `本次检查分析的文字已达一次检查的上限（${a.limit} 个单位，一句或十个字算一个单位），此文件及其后读取的文件未分析；文件未检查`,
      en: (a) => `this run has analysed as much text as one run may (${a.limit} units, a unit being a sentence or ten characters); this file and those read after it were not analysed; the file was not checked`,
    },
    why: {
      zh: '每份文件的文字分析都有上限，一次检查的总量也有上限：大量接近上限的文件会让检查跑上几个小时。已分析的文件照常检查。',
      en: 'Each file’s text analysis is bounded, and so is one run’s total: many files each near the bound would hold a check for hours. The files analysed are checked as usual.',
    },
    fix: {
      zh: '按单位分开检查（ledger-check 单位文件夹），或再运行一次（已分析的文件从缓存读取，不再计入）；同时确认是否有误放的超长文件。',
      en: 'Check the units one at a time (ledger-check <unit folder>), or run again (files analysed before come from the cache and cost nothing); and look for misplaced, very long files.',
    },
  },
  'doc.hidden-text': {
    severity: 'warning',
    title: { zh: '文档中有看不见的文字，未作为检查依据', en: 'Text the reader cannot see; not read as evidence' },
    message: {
      zh: (a) => `文档中有 ${a.chars} 个字打开或打印时看不见（${hiddenHow(a.how, 'zh')}），这些文字不作为检查依据`,
      en: (a) => `the document holds ${plural(Number(a.chars), 'character', 'characters')} of text that cannot be seen when it is opened or printed (${hiddenHow(a.how, 'en')}); that text is not read as evidence`,
    },
    why: {
      zh: '设为隐藏、白色或极小字号的文字，测评人员打开、打印文件时都看不到，无法核对；五要素等只按看得见的文字检查。',
      en: 'Hidden, white or minute text cannot be seen by a reviewer who opens or prints the file; the five elements and the rest are checked on the visible text only.',
    },
    fix: {
      zh: '确需写进材料的内容请改成正常可见的文字（取消“隐藏”、改回黑色、正常字号）；不需要的请删除。',
      en: 'Make what belongs in the material ordinary visible text (not hidden, dark colour, normal size); delete what does not.',
    },
  },
  'doc.unsupported': {
    severity: 'error',
    title: { zh: '文件格式不支持', en: 'Unsupported file format' },
    message: {
      zh: (a) => `该文件格式（${container(a.seen, 'zh')}）不能作为报告检查，请提交 PDF 或 Word 文件`,
      en: (a) => `this format (${container(a.seen, 'en')}) cannot be checked as a document; hand in a PDF or Word file`,
    },
    why: { zh: '说明报告等文字材料须为 PDF 或 Word 格式。', en: 'Text materials must be PDF or Word files.' },
    fix: { zh: '另存为 PDF 或 .docx 后替换。', en: 'Save as PDF or .docx and replace the file.' },
  },
  // ------------------------------------------------------------ 说明报告
  'report.element-missing': {
    severity: 'error',
    title: { zh: '说明报告缺少要素', en: 'Report lacks a required element' },
    message: {
      zh: (a) => `说明报告缺少“${a.element}”要素${elementHint(a.element, 'zh')}`,
      en: (a) => `the report lacks the element "${element(a.element, 'en')}"${elementHint(a.element, 'en')}`,
    },
    why: {
      zh: '说明报告须包含主体责任、部署文件、具体措施、数据实例、取得成效五要素，缺一项即被扣分；要素看正文写了什么，不看小标题。',
      en: 'A report must cover five elements: responsibility, deployment documents, measures, data and examples, results; each counts by what the text says, not by a heading.',
    },
    fix: {
      zh: '按“一、主体责任 二、部署文件 三、具体措施 四、数据实例 五、取得成效”补写缺少的部分，用小标题标明。',
      en: 'Add the missing part, ideally under its own heading (一、主体责任 … 五、取得成效).',
    },
  },
  'report.element-unsure': {
    severity: 'warning',
    title: { zh: '要素依据不足，须人工确认', en: 'Element rests on weak evidence; a person confirms it' },
    message: {
      zh: (a) => `“${a.element}”只找到把握不大的依据：“${clip(a.evidence)}”，须人工确认报告确实写了${a.element}${elementHint(a.element, 'zh')}`,
      en: (a) =>
        `the element "${element(a.element, 'en')}" rests only on weak evidence: "${clip(a.evidence)}"; a person must confirm the report really states it${elementHint(a.element, 'en')}`,
    },
    why: {
      zh: '程序找到的句子读起来不太像该要素（例如是别的单位做的事、套话、打算或现状），不能据此判为通过；报告内容未检查，直到有人确认。',
      en: "The sentence found does not read much like the element (another body's deed, a stock phrase, a plan or a state of things): the tool does not pass the report on it; its content counts as not checked until a person confirms.",
    },
    fix: {
      zh: '单位：用一句话写明本单位自己做了什么、谁负责或取得了什么效果（带时间、对象或数量）。创文办：读过报告、确认要素确已写明后记录：ledger-check review accept <文件> report.element-unsure --reason 已阅读确认 --by 县创文办（文件改动后要重新确认）。',
      en: "Unit: state in one sentence what the unit itself did, who is in charge or what it achieved (with a time, an object or a figure). Office: once a person has read the report and found the element, record it: ledger-check review accept <file> report.element-unsure --reason 'read and confirmed' --by 'county office' (a changed file needs a new look).",
    },
  },
  'report.element-empty': {
    severity: 'error',
    title: { zh: '要素标题下没有内容', en: 'Element heading with nothing under it' },
    message: {
      zh: (a) => `标题“${a.heading}”下没有写${a.element}`,
      en: (a) => `the heading "${a.heading}" has no ${element(a.element, 'en')} under it`,
    },
    why: {
      zh: '要素看写了什么，不看标题：标题下只有（略）、目标打算或套话，等于没有写。',
      en: 'An element counts by what the text says, not by its heading: a heading followed by nothing, （略）, targets or stock phrases is not the element.',
    },
    fix: {
      zh: '在该标题下写出实际内容（责任人、文件名称和文号、开展的具体活动、带单位的数据、取得的成效），或删去空标题。',
      en: 'Write the substance under the heading (who is responsible, the document title and number, the activities held, figures with units, the results), or remove the empty heading.',
    },
  },
  'report.no-citation': {
    severity: 'error',
    title: { zh: '未引用上级文件', en: 'No higher-level document cited' },
    message: {
      zh: (a) => `说明报告引用的上级文件（《文件标题》加文号）只有 ${a.seen} 个，至少需要 ${a.expected} 个`,
      en: (a) => `the report cites ${plural(a.seen, 'higher-level document', 'higher-level documents')} as 《title》 with a document number; at least ${a.expected} required`,
    },
    why: {
      zh: '部署文件要素要求写明依据的上级文件：《文件标题》加文号，评审据此核对工作是否有部署。',
      en: 'The deployment element needs the cited document as 《title》 plus its document number.',
    },
    fix: {
      zh: '写明依据文件，如：按照《关于开展我们的节日主题活动的通知》（县创文办〔2024〕12号）要求……',
      en: 'Cite it like: 按照《…通知》（县创文办〔2024〕12号）要求…',
    },
  },
  'report.docno-malformed': {
    severity: 'warning',
    title: { zh: '文号格式不规范', en: 'Malformed document number' },
    message: {
      zh: (a) => `文号“${a.seen}”不规范（${problems(a.problems, 'zh')}），应写作“${a.expected}”`,
      en: (a) => `document number "${a.seen}" is malformed (${problems(a.problems, 'en')}); write "${a.expected}"`,
    },
    why: {
      zh: '按 GB/T 9704—2012，文号年份用六角括号〔〕且写全四位，序号不编虚位（1 不写 01），不加“第”字。',
      en: 'GB/T 9704-2012: the year in 〔〕 with four digits, no zero padding, no 第.',
    },
    fix: { zh: '按提示改正文号写法（六角括号可在输入法符号中找到）。', en: 'Correct the number as shown (〔〕 are hexagonal brackets U+3014/U+3015).' },
  },
  'report.docno-future-year': {
    severity: 'error',
    title: { zh: '引用文件年份晚于报告日期', en: 'Cited document is dated after the report' },
    message: {
      zh: (a) => `文号“${a.seen}”的年份 ${a.year} 晚于报告日期 ${a.expected}`,
      en: (a) => `document number "${a.seen}" has year ${a.year}, later than the report's date ${a.expected}`,
    },
    why: { zh: '报告不可能引用在其之后才发出的文件，多半是文号或报告日期写错。', en: 'A report cannot cite a later document: the number or the date is wrong.' },
    fix: { zh: '核对文号年份和报告落款日期，改正其中写错的一处。', en: 'Check the number\'s year and the report\'s date; fix the wrong one.' },
  },
  'report.few-data-points': {
    severity: 'error',
    title: { zh: '数据实例不足', en: 'Too few data points' },
    message: {
      zh: (a) => `说明报告中带单位的数据只有 ${a.seen} 处，至少需要 ${a.expected} 处`,
      en: (a) => `the report has ${plural(a.seen, 'figure', 'figures')} with units; at least ${a.expected} required`,
    },
    why: {
      zh: '数据实例要用具体数字说话（如开展活动 36 场、参与 1.2 万人次、投入 5 万元、覆盖率 98%），日期不算数据。报告完全没有数据实例时只报“说明报告缺少要素”（report.element-missing），不再重复报本条。',
      en: 'Data instances are numbers with units (36 场, 1.2万人次, 5万元, 98%); dates do not count. A report with no data instance at all is reported once, as report.element-missing, not again here.',
    },
    fix: { zh: '补充活动场次、参与人次、投入资金、覆盖率等具体数据。', en: 'Add counts of events, participants, funds, coverage rates.' },
  },
  'report.too-short': {
    severity: 'error',
    title: { zh: '说明报告字数不足', en: 'Report too short' },
    message: {
      zh: (a) => `说明报告共 ${a.seen} 字，该指标要求不少于 ${a.expected} 字`,
      en: (a) => `the report has ${plural(a.seen, 'character', 'characters')}; the indicator asks for at least ${a.expected}`,
    },
    why: { zh: '测评要求说明报告达到规定字数（不计空格），过短说明不充分。', en: 'The indicator sets a minimum length (non-whitespace characters).' },
    fix: { zh: '围绕五要素充实内容，补足字数。', en: 'Expand the five elements to reach the minimum length.' },
  },
  'report.summary-style': {
    severity: 'warning',
    title: { zh: '写成了工作总结', en: 'Written as a summary, not an explanation' },
    message: {
      zh: (a) => `说明报告读起来像年度工作总结（出现“${list(a.seen, 'zh')}”），应写成对照指标的说明`,
      en: (a) => `the report reads like a year-end summary (${items(a.seen).map((c) => `"${c}"`).join(', ')}); it should explain the work against the indicator`,
    },
    why: {
      zh: '说明报告要对照测评内容逐项说明做了什么、依据什么、效果如何；“存在问题”“下一步打算”是总结的写法。',
      en: 'A 说明报告 explains the work against the indicator; "problems" and "next steps" belong in a summary.',
    },
    fix: {
      zh: '开头写“对照……测评内容，现将有关情况说明如下”，删去存在问题、下一步打算等总结性内容。',
      en: 'Open with "对照…测评内容，现将有关情况说明如下" and drop the problems / next-steps sections.',
    },
  },
  'report.date-outside-period': {
    severity: 'error',
    title: { zh: '报告日期不在测评周期内', en: 'Report dated outside the evaluation period' },
    message: {
      zh: (a) => `报告日期 ${a.seen} 不在测评周期开始至台账移交截止之间（${span(a.from, a.to, 'zh')}）`,
      en: (a) => `the report is dated ${a.seen}, outside the evaluation period and hand-in window ${span(a.from, a.to, 'en')}`,
    },
    why: { zh: '说明报告针对本测评周期，应在周期开始后、台账移交截止前形成。', en: 'A report covers this evaluation period: it is written after the period starts and before the hand-in deadline.' },
    fix: { zh: '确认报告是本周期的材料，并改正落款日期。', en: 'Make sure the report belongs to this period and fix its date.' },
  },
  'report.undated': {
    severity: 'warning',
    title: { zh: '报告没有落款日期', en: 'Report has no date' },
    message: { zh: () => '说明报告末尾没有落款日期（如“2025年6月12日”）', en: () => 'the report has no closing date (e.g. 2025年6月12日)' },
    why: { zh: '无日期的材料无法判断是否在测评周期内。', en: 'Without a date the report cannot be placed in the period.' },
    fix: { zh: '在报告末尾单位名称下方写明日期。', en: 'Add the date under the unit name at the end.' },
  },
  // ------------------------------------------------------------ 部门评价
  'evaluation.self-issued': {
    severity: 'error',
    title: { zh: '部门评价由本单位出具', en: 'Evaluation issued by the unit itself' },
    message: {
      zh: (a) =>
        a.part
          ? `部门评价的出具单位“${a.seen}”是本单位“${a.unit}”的内设机构，仍是本单位自评，应由上级或主管部门出具`
          : `部门评价的出具单位“${a.seen}”就是本单位“${a.unit}”，应由上级或主管部门出具`,
      en: (a) =>
        a.part
          ? `the evaluation is issued by "${a.seen}", a part of the unit "${a.unit}": it is still the unit's own; it must come from another body`
          : `the evaluation is issued by "${a.seen}", the unit "${a.unit}" itself; it must come from another body`,
    },
    why: {
      zh: '部门评价是他评，自己评价自己不被认可；本单位办公室、股室等内设机构出具的也是自评。',
      en: "An evaluation must be made by someone else, not by the unit itself; one issued by the unit's own office or section is the unit's own too.",
    },
    fix: { zh: '请上级主管部门或服务对象单位出具并盖章。', en: 'Have the supervising body issue and stamp it.' },
  },
  'evaluation.no-issuer': {
    severity: 'warning',
    title: { zh: '部门评价未写明出具单位', en: 'Evaluation does not name its issuer' },
    message: {
      zh: () => '部门评价中找不到出具单位（落款或“评价单位：”；“评价单位（盖章）：”后面空着不算）',
      en: () => 'the evaluation does not name the body that issued it (a blank issuer field on the form names nobody)',
    },
    why: { zh: '不写出具单位，无法确认是他评。', en: 'Without an issuer it cannot be shown to be an external evaluation.' },
    fix: { zh: '在文末落款写明出具单位全称并盖章。', en: 'Put the issuing body\'s full name and stamp at the end.' },
  },
  'evaluation.date-outside-period': {
    severity: 'error',
    title: { zh: '部门评价日期不在测评周期内', en: 'Evaluation dated outside the period' },
    message: {
      zh: (a) => `部门评价日期 ${a.seen} 不在测评周期开始至台账移交截止之间（${span(a.from, a.to, 'zh')}）`,
      en: (a) => `the evaluation is dated ${a.seen}, outside the evaluation period and hand-in window ${span(a.from, a.to, 'en')}`,
    },
    why: { zh: '只有测评周期内出具的评价才有效。', en: 'Only evaluations issued inside the period count.' },
    fix: { zh: '请出具单位在本测评周期内重新出具评价。', en: 'Ask the issuer for an evaluation dated inside the period.' },
  },
  'evaluation.undated': {
    severity: 'warning',
    title: { zh: '部门评价没有日期', en: 'Evaluation has no date' },
    message: { zh: () => '部门评价末尾没有落款日期', en: () => 'the evaluation has no closing date' },
    why: { zh: '无日期的评价无法判断是否在测评周期内。', en: 'Without a date it cannot be placed in the period.' },
    fix: { zh: '请出具单位在落款处写明日期。', en: 'Ask the issuer to date it.' },
  },
  // ------------------------------------------------------------ 移交签单
  'signoff.unit-not-named': {
    severity: 'error',
    title: { zh: '移交签单未写单位名称', en: 'Sign-off sheet does not name the unit' },
    message: {
      zh: (a) => `移交签单中没有找到本单位名称“${a.unit}”`,
      en: (a) => `the sign-off sheet does not name the unit "${a.unit}"`,
    },
    why: { zh: '签单须写明移交单位，才能对应到本单位的台账。', en: 'The sheet must name the unit whose ledger it hands in.' },
    fix: { zh: '在签单“移交单位”一栏填写单位全称。', en: 'Fill in the unit\'s full name.' },
  },
  'signoff.no-signature': {
    severity: 'error',
    title: { zh: '移交签单无领导签字', en: 'Sign-off sheet not signed' },
    message: {
      zh: (a) => (a.seen ? `移交签单的领导签字栏是空的（${a.seen}）` : '移交签单中没有主要领导签字栏'),
      en: (a) => (a.seen ? `the leader's signature line is empty (${a.seen})` : 'the sign-off sheet has no signature line for the leader'),
    },
    why: { zh: '台账移交须经单位主要领导签字确认。', en: 'The hand-over must be confirmed by the unit\'s main leader\'s signature.' },
    fix: { zh: '请主要领导在“主要领导签字”处签名后，扫描或拍照一并提交。', en: 'Have the main leader sign, then hand in the signed sheet.' },
  },
  'signoff.manual-review': {
    severity: 'warning',
    title: { zh: '移交签单需人工核对', en: 'Sign-off sheet needs a manual look' },
    message: {
      zh: (a) =>
        a.form === 'ocr'
          ? `移交签单是图片或扫描件（${String(a.seen).toUpperCase()}，单位和日期已按识别的文字检查），领导签字须人工核对`
          : `移交签单是图片或扫描件（${String(a.seen).toUpperCase()} ${a.form === 'scan' ? '扫描件' : '图片'}），领导签字和日期须人工核对`,
      en: (a) =>
        a.form === 'ocr'
          ? `the sign-off sheet is an image or scan (${String(a.seen).toUpperCase()}; unit and date were checked on its OCR text); check the signature by eye`
          : `the sign-off sheet is an image or scan (${String(a.seen).toUpperCase()} ${a.form === 'scan' ? 'scan' : 'image'}); check the signature and date by eye`,
    },
    why: { zh: '手写签字只能人工确认，程序不判定为通过。', en: 'A handwritten signature can only be confirmed by a person; the tool does not pass it.' },
    // The finding never clears by itself (a signature is never read): the advice names how the
    // office records its look, or the unit stays 未检查 with nothing on screen saying what ends it.
    fix: {
      zh: '创文办人工查看签字和日期，无误后记录：ledger-check review accept <文件> signoff.manual-review --reason 已核对原件 --by 县创文办（之后这条显示为已人工确认，不再使文件和单位记为未检查；文件改动后要重新核对）。单位可另附一份可复制文字的电子版。',
      en: "Have the office check the signature and date by eye and, if they are right, record it: ledger-check review accept <file> signoff.manual-review --reason 'checked the original' --by 'county office' (the finding then shows as reviewed and no longer leaves the file and unit not checked; a changed file needs a new look). The unit may add a text version.",
    },
  },
  'signoff.after-deadline': {
    severity: 'error',
    title: { zh: '签单日期晚于移交截止日期', en: 'Sign-off dated after the deadline' },
    message: {
      zh: (a) => `移交签单日期 ${a.seen} 晚于截止日期 ${a.expected}`,
      en: (a) => `the sign-off sheet is dated ${a.seen}, after the deadline ${a.expected}`,
    },
    why: { zh: '台账须在县创文办通知的截止日期前移交。', en: 'Ledgers must be handed in by the deadline set by the county office.' },
    fix: { zh: '核对签单日期；如确已逾期，请与县创文办联系。', en: 'Check the date; if late, contact the county office.' },
  },
  'signoff.undated': {
    severity: 'warning',
    title: { zh: '移交签单没有日期', en: 'Sign-off sheet undated' },
    message: { zh: () => '移交签单中没有找到签署日期', en: () => 'the sign-off sheet has no date' },
    why: { zh: '无日期无法判断是否按时移交。', en: 'Without a date the hand-in time cannot be checked.' },
    fix: { zh: '在签字处写明日期，如“2025年10月20日”。', en: 'Write the date next to the signature.' },
  },
});
