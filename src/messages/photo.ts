/** Photo evidence (图片资料 / 实景图片): what each photo rule says, in Chinese and English. */
import { defineRules, type Args } from './types.js';
import type { ArgValue } from '../types.js';
import { dateTime, festival, fields, list, records, size, span } from './format.js';
import { plural } from './plural.js';

const PROBLEM_ZH: Record<string, string> = {
  empty: '文件是空的（0 字节）',
  truncated: '文件不完整（拷贝或下载中断）',
  corrupt: '图片数据已损坏',
  'not-image': '文件内容不是图片',
  unsupported: '图片格式无法识别',
};
const PROBLEM_EN: Record<string, string> = {
  empty: 'the file is empty (0 bytes)',
  truncated: 'the file is cut short (interrupted copy or download)',
  corrupt: 'the image data is damaged',
  'not-image': 'the content is not an image',
  unsupported: 'the image format is not recognised',
};
const problemZh = (a: Args) => PROBLEM_ZH[String(a.problem)] ?? `无法读取（${a.problem}）`;
const problemEn = (a: Args) => PROBLEM_EN[String(a.problem)] ?? `cannot be read (${a.problem})`;

/** Where the copies are (args.scope): `outside` when a copy lies outside any indicator folder (at a unit's root). */
const SCOPE_ZH: Record<string, string> = { indicator: '同一指标内', indicators: '不同指标之间', units: '不同单位之间' };
const SCOPE_EN: Record<string, string> = { indicator: 'within one indicator', indicators: 'across indicators', units: 'across units', outside: 'with a copy outside any indicator folder' };
const DUP_SCOPE_ZH: Record<string, string> = { indicator: '同一指标内重复', indicators: '不同指标之间重复', units: '不同单位之间重复', outside: '重复，其中有放在指标文件夹以外的副本' };
const NEAR_SCOPE_ZH: Record<string, string> = { ...SCOPE_ZH, outside: '其中有放在指标文件夹以外的照片' };
const scopeWords = (table: Record<string, string>, scope: ArgValue | undefined) => (Object.hasOwn(table, String(scope)) ? table[String(scope)]! : '');

const GUESS_ZH: Record<string, string> = { screenshot: '像是截图', copy: '像是微信/QQ 转发或压缩后的图片' };
const GUESS_EN: Record<string, string> = { screenshot: 'looks like a screenshot', copy: 'looks like a WeChat/QQ-forwarded or recompressed copy' };

const ORIGINAL_ZH = '请从拍摄的手机或相机中导出原图（微信发送时勾选“原图”，或用数据线/网盘拷贝），不要用截图或转发后的图片。';
const ORIGINAL_EN = 'Export the original from the phone or camera (tick "Original" when sending by WeChat, or copy by cable/cloud drive); do not use screenshots or forwarded copies.';

/** The other places a reused photo stands in: a few named, the rest counted. */
const othersZh = (a: Args) => list(a.others, 'zh') + (Number(a.more) > 0 ? ` 等另外 ${a.more} 处` : '');
const othersEn = (a: Args) => list(a.others, 'en') + (Number(a.more) > 0 ? ` and ${a.more} more` : '');

/** Hamming distance of two 64-bit hashes as a likeness people read: 6 → 91%. */
const similarity = (d: ArgValue | undefined) => `${Math.round(((64 - Number(d ?? 0)) / 64) * 100)}%`;

const PIXELS_ZH: Record<string, string> = {
  hevc: 'HEIC/HEIF 格式（苹果手机和部分安卓手机的“高效”格式），本机无法解码图片内容',
  bmp: 'BMP 格式，本机不解码图片内容',
  'over-decode-cap': '声明的像素数超过本工具的解码上限（1 亿像素），未解码图片内容',
  'progressive-over-decode-cap': '渐进式 JPEG 解码所需内存超过本工具的上限（约 4200 万像素），未解码图片内容',
  'interlaced-over-decode-cap': '隔行扫描（interlaced）PNG 解码所需内存超过本工具的上限（128 MB），未解码图片内容',
  'heif-over-decode-cap': 'HEIF/AVIF 图片超过本工具解码此格式的上限（1600 万像素），未解码图片内容',
};
const PIXELS_EN: Record<string, string> = {
  hevc: 'HEIC/HEIF (the "high efficiency" format of iPhones and some Android phones): the pixels cannot be decoded here',
  bmp: 'BMP: the pixels are not decoded here',
  'over-decode-cap': 'it declares more pixels than this tool decodes (100 million)',
  'progressive-over-decode-cap': 'a progressive JPEG needing more memory to decode than this tool allows (about 42 million pixels)',
  'interlaced-over-decode-cap': 'an interlaced PNG needing more memory to decode than this tool allows (128 MB)',
  'heif-over-decode-cap': 'a HEIF/AVIF image above what this tool decodes in that format (16 million pixels)',
};

/** Festival windows of the indicator ({festival, from, to}), or a note that none falls in the period. */
const windowsZh = (v: ArgValue | undefined) => records(v).map((w) => `${festival(w.festival, 'zh')} ${span(w.from, w.to, 'zh')}`).join('；') || '周期内无相应节日';
const windowsEn = (v: ArgValue | undefined) => records(v).map((w) => `${festival(w.festival, 'en')} ${span(w.from, w.to, 'en')}`).join('; ') || 'no such festival falls in the period';

/** How the thumbnail differs: its aspect ratio, and/or the hash distance out of 64. */
const thumbEn = (a: Args) =>
  [a.aspect ? 'aspect ratio differs' : '', a.distance !== undefined && a.distance !== null ? `distance ${a.distance}/64` : ''].filter(Boolean).join(', ');

export const photoMessages = defineRules({
  'photo.unreadable': {
    severity: 'error',
    title: { zh: '图片无法读取', en: 'Photo cannot be read' },
    message: {
      zh: (a) => `${a.file}：${problemZh(a)}`,
      en: (a) => `${a.file}: ${problemEn(a)}`,
    },
    why: { zh: '打不开的图片评审看不到，也无法检查。', en: 'Reviewers cannot open it, and it cannot be checked.' },
    fix: { zh: '从原始设备或原文件夹重新拷贝这张图片，确认能正常打开后再提交。', en: 'Copy the photo again from the original device or folder and check it opens.' },
  },
  'photo.bomb': {
    severity: 'error',
    title: { zh: '图片尺寸异常巨大', en: 'Image declares an enormous size' },
    message: {
      zh: (a) => `${a.file}：文件声明的尺寸为 ${a.width}×${a.height} 像素，超过上限 ${a.expected}，未解码`,
      en: (a) => `${a.file}: declares ${a.width}×${a.height} pixels, above the limit of ${a.expected}; not decoded`,
    },
    why: { zh: '这种文件（“解压炸弹”）会让电脑和申报平台卡死，不是正常照片。', en: 'Such a file (a "decompression bomb") stalls computers and the portal; it is not a normal photo.' },
    fix: { zh: '删除该文件，换成相机或手机拍摄的原图。', en: 'Remove the file and use the original camera or phone photo.' },
  },
  'photo.format': {
    severity: 'error',
    title: { zh: '图片格式不符合要求', en: 'Photo format not allowed' },
    message: {
      zh: (a) => `${a.file}：格式为 ${a.seen}，要求 ${list(a.expected, 'zh', '/')}`,
      en: (a) => `${a.file}: format ${a.seen}; allowed: ${list(a.expected, 'en', '/')}`,
    },
    why: { zh: '申报平台只接受规定格式的图片。', en: 'The portal only accepts the listed formats.' },
    fix: { zh: '用原图导出为允许的格式（一般为 JPG）。', en: 'Export the original in an allowed format (usually JPG).' },
  },
  'photo.extension-mismatch': {
    severity: 'warning',
    title: { zh: '扩展名与实际格式不符', en: 'Extension does not match the content' },
    message: {
      zh: (a) => `${a.file}：${a.seen ? `扩展名是 .${a.seen}` : '没有扩展名'}，实际是 ${a.expected} 格式`,
      en: (a) => `${a.file}: ${a.seen ? `the extension is .${a.seen}` : 'there is no extension'} but the content is ${a.expected}`,
    },
    why: { zh: '改过扩展名的文件在平台或评审电脑上可能打不开。', en: 'A renamed file may not open on the portal or a reviewer’s computer.' },
    fix: { zh: '不要直接改扩展名；用看图软件“另存为”正确格式，或按实际格式改回扩展名。', en: 'Do not just rename: save it in the right format, or give it the extension of its real format.' },
  },
  'photo.too-small': {
    severity: 'error',
    title: { zh: '图片像素太小', en: 'Photo resolution too low' },
    message: {
      zh: (a) => `${a.file}：${a.width}×${a.height} 像素，要求至少 ${a.minWidth}×${a.minHeight}`,
      en: (a) => `${a.file}: ${a.width}×${a.height} pixels; at least ${a.minWidth}×${a.minHeight} required`,
    },
    why: { zh: '像素太小的图片看不清现场，评审会判为不合格。', en: 'Low-resolution photos do not show the scene clearly and are rejected.' },
    fix: { zh: ORIGINAL_ZH, en: ORIGINAL_EN },
  },
  'photo.file-too-small': {
    severity: 'warning',
    title: { zh: '图片文件太小（疑似压缩转发）', en: 'Photo file too small (likely a compressed copy)' },
    message: {
      zh: (a) => `${a.file}：只有 ${size(a.seen)}，低于 ${size(a.expected)}，像是经过压缩或转发的图片`,
      en: (a) => `${a.file}: only ${size(a.seen)}, below ${size(a.expected)}; looks compressed or forwarded`,
    },
    why: { zh: '原图通常有几 MB；很小的文件多是聊天软件压缩过的，画质差。', en: 'Originals are usually several MB; tiny files are chat-app copies with poor quality.' },
    fix: { zh: ORIGINAL_ZH, en: ORIGINAL_EN },
  },
  'photo.file-too-large': {
    severity: 'warning',
    title: { zh: '图片文件太大', en: 'Photo file too large' },
    message: {
      zh: (a) => `${a.file}：${size(a.seen)}，超过 ${size(a.expected)}`,
      en: (a) => `${a.file}: ${size(a.seen)}, above ${size(a.expected)}`,
    },
    why: { zh: '申报平台对单个文件大小有限制，过大的文件可能上传失败。', en: 'The portal limits file size; large files may fail to upload.' },
    fix: { zh: '用看图软件适当缩小尺寸后另存（保留原图备查）。', en: 'Save a smaller copy with an image viewer (keep the original on file).' },
  },
  'photo.no-exif': {
    severity: 'warning',
    title: { zh: '图片没有拍摄信息（EXIF）', en: 'Photo has no EXIF data' },
    message: {
      zh: (a) => `${a.file}：没有拍摄信息（EXIF），${GUESS_ZH[String(a.guess)] ?? '不是原图'}`,
      en: (a) => `${a.file}: no EXIF data; it ${GUESS_EN[String(a.guess)] ?? 'is not an original'}`,
    },
    why: { zh: '没有拍摄信息就无法证明照片的拍摄时间，评审可能不认可。', en: 'Without EXIF the capture time cannot be shown, and reviewers may not accept it.' },
    fix: { zh: ORIGINAL_ZH, en: ORIGINAL_EN },
  },
  'photo.no-capture-time': {
    severity: 'warning',
    title: { zh: '图片没有拍摄时间', en: 'Photo has no capture time' },
    message: {
      zh: (a) => `${a.file}：拍摄信息里没有拍摄时间，可能是截图、编辑导出或转发后的图片`,
      en: (a) => `${a.file}: the EXIF data has no capture time; it may be a screenshot, an edited export or a forwarded copy`,
    },
    why: { zh: '无法证明照片拍摄于测评周期内。', en: 'It cannot be shown that the photo was taken in the evaluation period.' },
    fix: { zh: ORIGINAL_ZH, en: ORIGINAL_EN },
  },
  'photo.outside-period': {
    severity: 'error',
    title: { zh: '拍摄时间不在测评周期内', en: 'Taken outside the evaluation period' },
    message: {
      zh: (a) => `${a.file}：拍摄于 ${a.seen}，不在测评周期 ${span(a.from, a.to, 'zh')} 内`,
      en: (a) => `${a.file}: taken on ${a.seen}, outside the evaluation period ${span(a.from, a.to, 'en')}`,
    },
    why: { zh: '只有测评周期内的材料才计分。', en: 'Only material from the evaluation period counts.' },
    // A caption does not clear it (the capture time is the camera's): the advice says who can.
    fix: {
      zh: '换成测评周期内拍摄的照片；若照片确实在周期内拍摄、只是相机时间设置错误，在文件名中写明实际拍摄日期，并请创文办核对后用 ledger-check review accept 记录（只写明日期，这条错误不会消失）。',
      en: 'Use a photo taken in the period; if it was taken in the period and only the camera clock was wrong, put the real date in the file name and have the office check it and record it with ledger-check review accept (the date in the name alone does not clear this error).',
    },
  },
  'photo.after-deadline': {
    severity: 'error',
    title: { zh: '拍摄时间晚于移交截止日', en: 'Taken after the hand-in deadline' },
    message: {
      zh: (a) => `${a.file}：拍摄于 ${a.seen}，晚于台账移交截止日 ${a.expected}`,
      en: (a) => `${a.file}: taken on ${a.seen}, after the hand-in deadline ${a.expected}`,
    },
    why: { zh: '截止日之后拍的照片不能作为本次台账的材料，评审会认为是补做的。', en: 'Photos taken after the deadline cannot be part of this submission; they look made up afterwards.' },
    fix: { zh: '删除该照片，或核对相机日期设置后换成截止日前拍摄的原图。', en: 'Remove it, or check the camera date and use an original taken before the deadline.' },
  },
  'photo.future': {
    severity: 'error',
    title: { zh: '拍摄时间在未来', en: 'Capture time is in the future' },
    message: {
      zh: (a) => `${a.file}：拍摄时间 ${dateTime(a.seen)} 晚于检查日 ${a.expected}，相机时间可能设置错误`,
      en: (a) => `${a.file}: capture time ${dateTime(a.seen)} is after the check date ${a.expected}; the camera clock is probably wrong`,
    },
    why: { zh: '未来的日期说明拍摄时间不可信。', en: 'A future date means the capture time cannot be trusted.' },
    fix: { zh: '核对拍摄设备的日期时间设置，换成拍摄时间正确的原图。', en: 'Check the device’s date and time, and use an original with a correct capture time.' },
  },
  'photo.outside-window': {
    severity: 'error',
    title: { zh: '拍摄时间不在活动时段内', en: 'Taken outside the activity window' },
    message: {
      zh: (a) => `${a.file}：拍摄于 ${a.seen}，不在该指标要求的时段内（${windowsZh(a.windows)}）`,
      en: (a) => `${a.file}: taken on ${a.seen}, outside the windows this indicator requires (${windowsEn(a.windows)})`,
    },
    why: { zh: '如“我们的节日”只认节日前后开展的活动。', en: 'E.g. 我们的节日 only counts activities held around the festival.' },
    fix: { zh: '换成对应节日前后拍摄的活动照片，或把照片移到正确的指标。', en: 'Use photos taken around the festival, or move the photo to the right indicator.' },
  },
  'photo.caption-date-mismatch': {
    severity: 'warning',
    title: { zh: '文字说明日期与拍摄时间不符', en: 'Caption date differs from the capture time' },
    message: {
      zh: (a) => `${a.file}：说明写的是 ${a.expected}，照片拍摄于 ${a.seen}，相差 ${a.days} 天`,
      en: (a) => `${a.file}: the caption says ${a.expected} but the photo was taken on ${a.seen} (${plural(a.days, 'day', 'days')} apart)`,
    },
    why: { zh: '日期对不上，评审会怀疑照片与活动无关。', en: 'A mismatch makes reviewers doubt the photo shows the activity.' },
    fix: { zh: '核对活动日期，改正文件名或说明，或换成活动当天拍摄的原图。', en: 'Check the activity date; correct the caption or use the photo taken that day.' },
  },
  'photo.edited-software': {
    severity: 'warning',
    title: { zh: '图片经过编辑软件处理', en: 'Photo processed by editing software' },
    message: {
      zh: (a) => `${a.file}：由“${a.seen}”处理过`,
      en: (a) => `${a.file}: processed by "${a.seen}"`,
    },
    why: { zh: '实景图片应为原始照片，美化或修改过的图片可能被认定为不真实。', en: 'Evidence photos should be originals; edited ones may be judged untrue.' },
    fix: { zh: '提交未经美颜、裁剪、加字的原图。', en: 'Submit the original without filters, crops or added text.' },
  },
  'photo.edited-modify-gap': {
    severity: 'warning',
    title: { zh: '拍摄后被修改过', en: 'Modified long after capture' },
    message: {
      zh: (a) => `${a.file}：拍摄于 ${dateTime(a.seen)}，但在 ${dateTime(a.expected)} 被修改（相隔 ${a.days} 天）`,
      en: (a) => `${a.file}: taken ${dateTime(a.seen)} but modified ${dateTime(a.expected)} (${plural(a.days, 'day', 'days')} later)`,
    },
    why: { zh: '拍摄很久后又修改保存，说明图片可能被编辑过。', en: 'Saving long after capture suggests the photo was edited.' },
    fix: { zh: '提交拍摄时的原图。', en: 'Submit the photo as it was taken.' },
  },
  'photo.thumbnail-mismatch': {
    severity: 'warning',
    title: { zh: '内嵌缩略图与图片不一致', en: 'Embedded thumbnail does not match the image' },
    message: {
      zh: (a) => `${a.file}：内嵌缩略图与图片内容不一致，图片可能被裁剪或修改过`,
      en: (a) => `${a.file}: the embedded thumbnail differs from the image (${thumbEn(a)}); it was probably cropped or altered`,
    },
    why: { zh: '相机拍摄时生成的缩略图与原图一致；不一致说明原图后来被改过。', en: 'A camera writes a thumbnail of the photo; a mismatch means the photo was changed later.' },
    fix: { zh: '提交未经裁剪、修改的原图。', en: 'Submit the original, uncropped and unaltered.' },
  },
  'photo.caption-missing-fields': {
    severity: 'warning',
    title: { zh: '图片缺少文字说明要素', en: 'Photo caption is missing fields' },
    message: {
      zh: (a) => `${a.file}：文件名、照片说明和登记表中都没有写明${fields(a.missing, 'zh')}`,
      en: (a) => `${a.file}: ${fields(a.missing, 'en')} missing from the file name, the photo's description and its register row`,
    },
    why: {
      zh: '每张实景图片都要注明时间、地点、事件等要素，评审才能判断照片内容。要素依次从文件名、照片自带的说明（EXIF）和登记表中列出这张照片的那一行（活动时间、活动地点或平台、活动名称）读取，任一处写明即可。',
      en: 'Each photo must state time, place, event etc. so reviewers know what it shows. Fields are read from the file name, the photo\'s own description (EXIF), and the register row that lists the photo (活动时间, 活动地点 or 平台, 活动名称): any one of them will do.',
    },
    fix: {
      zh: '把文件名改成“日期 地点 事件”，如“2025-06-12 县一中 端午包粽子活动.jpg”，或在台账登记表中列出这张照片并写明活动时间、地点、名称。其他要素（如主讲人、宣讲主题）登记表里没有，要写进文件名，要素名在前，如“2026-03-13 县委党校 主讲人张华 宣讲主题学习党的二十大精神.jpg”。',
      en: 'Name the file "date place event", e.g. "2025-06-12 县一中 端午包粽子活动.jpg", or list the photo in the register with the activity\'s date, place and name. Other fields (such as 主讲人, 宣讲主题) have no register column: put them in the file name, the field\'s name first, e.g. "2026-03-13 县委党校 主讲人张华 宣讲主题学习党的二十大精神.jpg".',
    },
  },
  'photo.duplicate': {
    severity: 'error',
    title: { zh: '同一张图片重复使用', en: 'Same photo used more than once' },
    message: {
      zh: (a) => `${a.file}：与 ${othersZh(a)} 是同一张图片（${scopeWords(DUP_SCOPE_ZH, a.scope) || '重复'}）`,
      en: (a) => `${a.file}: the same file as ${othersEn(a)} (reused ${scopeWords(SCOPE_EN, a.scope)})`,
    },
    why: { zh: '一张照片只能证明一项工作，重复使用会被认定为凑数。', en: 'One photo evidences one activity; reuse is judged as padding.' },
    fix: { zh: '删除重复的图片，每处换成各自活动的原图。', en: 'Remove the duplicates and use each activity’s own photos.' },
  },
  'photo.near-duplicate': {
    severity: 'warning',
    title: { zh: '图片与其他图片几乎相同', en: 'Photo nearly identical to another' },
    message: {
      zh: (a) => `${a.file}：与 ${othersZh(a)} 几乎是同一张照片（相似度 ${similarity(a.distance)}，${scopeWords(NEAR_SCOPE_ZH, a.scope)}）`,
      en: (a) => `${a.file}: nearly identical to ${othersEn(a)} (${similarity(a.distance)} alike, ${scopeWords(SCOPE_EN, a.scope)})`,
    },
    why: { zh: '缩放、压缩、旋转或裁剪后的同一张照片仍算重复使用。', en: 'The same photo resized, recompressed, rotated or cropped still counts as reuse.' },
    fix: { zh: '保留一张，其余换成不同场景、不同角度的现场照片。', en: 'Keep one; replace the others with photos of different scenes or angles.' },
  },
  'photo.undecodable': {
    severity: 'error',
    title: { zh: '图片内容无法解码', en: 'Photo pixels cannot be decoded' },
    message: {
      zh: (a) => `${a.file}：文件头正常，但图片内容无法解码（${a.format}），图片已损坏`,
      en: (a) => `${a.file}: the header reads but the pixels cannot be decoded (${a.format}); the photo is damaged`,
    },
    why: { zh: '图片数据损坏，评审打开时看到的是花屏或打不开，也无法检查重复使用。', en: 'The image data is damaged: reviewers see garbage or nothing, and reuse cannot be checked.' },
    fix: { zh: '从原始设备或原文件夹重新拷贝这张图片，确认能完整打开后再提交。', en: 'Copy the photo again from the original device or folder and check it opens completely.' },
  },
  'photo.pixels-not-checked': {
    severity: 'warning',
    title: { zh: '图片内容未能检查', en: 'Photo pixels not checked' },
    message: {
      zh: (a) => `${a.file}：${PIXELS_ZH[String(a.detail)] ?? `本机无法解码图片内容（${a.detail}）`}，未检查重复使用和缩略图一致性`,
      en: (a) => `${a.file}: ${PIXELS_EN[String(a.detail)] ?? `the pixels cannot be decoded here (${a.detail})`}; reuse and thumbnail checks were not run`,
    },
    why: { zh: '未检查不等于合格；HEIC 等格式在本机无法解码。', en: 'Not checked is not passed; formats such as HEIC cannot be decoded here.' },
    fix: {
      zh: '把 HEIC/HEIF 照片转成 JPG 原图（iPhone：设置→相机→格式→“兼容性最佳”，或传输时选“自动”；安卓手机：在相机设置里关闭“高效图片格式/HEIF”，改存 JPG）。',
      en: 'Convert HEIC/HEIF photos to JPG originals (iPhone: Settings → Camera → Formats → Most Compatible, or transfer with "Automatic"; Android phones: turn off "high efficiency pictures"/HEIF in the camera settings to save JPG).',
    },
  },
});
