/** Video evidence (视频资料: .mp4 .mov .3gp): what each video rule says, in Chinese and English. */
import { defineRules, type Args } from './types.js';
import { plural } from './plural.js';
import { span } from './format.js';

const PROBLEM_ZH: Record<string, string> = {
  empty: '文件是空的（0 字节）',
  unreadable: '不是能读取的视频文件（找不到完整的视频结构）',
  truncated: '文件不完整（拷贝或下载中断）',
  'moov-too-large': '视频的索引信息（moov）声明的大小异常',
};
const PROBLEM_EN: Record<string, string> = {
  empty: 'the file is empty (0 bytes)',
  unreadable: 'it is not a readable video (no complete movie structure)',
  truncated: 'the file is cut short (interrupted copy or download)',
  'moov-too-large': 'its index (moov box) declares an abnormal size',
};
const MB = 1024 * 1024;
const mb = (n: unknown) => `${(Number(n) / MB).toFixed(1)} MB`;
const problemZh = (a: Args) =>
  (PROBLEM_ZH[String(a.problem)] ?? `无法读取（${a.problem}）`) + (a.problem === 'moov-too-large' ? `：${mb(a.seen)}，上限 ${mb(a.limit)}` : '');
const problemEn = (a: Args) =>
  (PROBLEM_EN[String(a.problem)] ?? `cannot be read (${a.problem})`) + (a.problem === 'moov-too-large' ? `: ${mb(a.seen)}, limit ${mb(a.limit)}` : '');

/** Where the date was read, in words. */
const SOURCE_ZH: Record<string, string> = {
  mvhd: '视频创建时间（mvhd，UTC 换算为北京时间）',
  '©day': '视频元数据 ©day',
  'com.apple.quicktime.creationdate': '苹果设备记录的拍摄时间',
};
const SOURCE_EN: Record<string, string> = {
  mvhd: 'the movie creation time (mvhd, UTC converted to China time)',
  '©day': 'the ©day metadata',
  'com.apple.quicktime.creationdate': 'the Apple creation date',
};

export const videoMessages = defineRules({
  'video.unreadable': {
    severity: 'warning',
    // Not read: the file is not checked (never a pass), and this finding says why.
    title: { zh: '视频无法读取，未检查', en: 'Video cannot be read; not checked' },
    message: {
      zh: (a) => `${a.file}：${problemZh(a)}，未能检查拍摄时间`,
      en: (a) => `${a.file}: ${problemEn(a)}; its recording date could not be checked`,
    },
    why: {
      zh: '读不出结构的视频无法判断拍摄时间，评审也可能打不开；它不计为通过。',
      en: 'A video whose structure cannot be read cannot be dated, and reviewers may not be able to play it; it does not count as passed.',
    },
    fix: {
      zh: '从拍摄的手机或相机重新导出原视频，确认能正常播放后再放入。',
      en: 'Export the original video again from the phone or camera and check it plays.',
    },
  },
  'video.no-picture': {
    severity: 'error',
    title: { zh: '视频文件没有画面', en: 'Video file has no picture' },
    message: {
      zh: (a) => `${a.file}：文件里只有声音，没有视频画面，不能作为视频资料`,
      en: (a) => `${a.file}: the file holds sound only, no video picture; it does not count as video material`,
    },
    why: {
      zh: '视频资料要能看到活动现场；只有声音的录音文件（常是改了扩展名的录音）不计入视频资料。',
      en: 'Video material must show the activity; a sound-only recording (often a voice memo renamed .mp4) does not count as a video.',
    },
    fix: {
      zh: '换成手机或相机拍摄的原视频；录音材料请另作说明。',
      en: 'Use the original video from the phone or camera; describe sound recordings separately.',
    },
  },
  'video.no-date': {
    severity: 'warning',
    title: { zh: '视频没有拍摄时间', en: 'Video has no recording date' },
    message: {
      zh: (a) => `${a.file}：视频里没有记录拍摄时间，无法判断是否在测评周期内`,
      en: (a) => `${a.file}: the video records no creation date; whether it falls in the evaluation period cannot be told`,
    },
    why: {
      zh: '只有测评周期内的材料才计分；编辑软件或转发常会清掉拍摄时间。',
      en: 'Only material from the evaluation period counts; editing apps and forwarding often strip the date.',
    },
    fix: {
      // As video.outside-period: the check reads the recording date the device wrote, never a
      // caption or the file name, so a date written down alone clears nothing.
      zh: '换成手机或相机拍摄的原视频（不要用剪辑或转发后的文件）；确实没有原视频时，在文件名中写明实际拍摄日期，并请创文办核对后用 ledger-check review accept 记录（只写明日期，这条警告不会消失）。',
      en: 'Use the original recording from the phone or camera (not an edited or forwarded copy); if there is no original, put the real recording date in the file name and have the office check it and record it with ledger-check review accept (the date in the name alone does not clear this warning).',
    },
  },
  'video.outside-period': {
    severity: 'error',
    title: { zh: '视频拍摄时间不在测评周期内', en: 'Video recorded outside the evaluation period' },
    message: {
      zh: (a) => `${a.file}：拍摄于 ${a.seen}（北京时间，来自${SOURCE_ZH[String(a.source)] ?? a.source}），不在测评周期 ${span(a.start, a.end, 'zh')} 内`,
      en: (a) => `${a.file}: recorded on ${a.seen} (China time, from ${SOURCE_EN[String(a.source)] ?? a.source}), outside the evaluation period ${span(a.start, a.end, 'en')}`,
    },
    why: { zh: '只有测评周期内的材料才计分。', en: 'Only material from the evaluation period counts.' },
    fix: {
      // As photo.outside-period: a caption does not clear it (the recording date is the device's).
      zh: '换成测评周期内拍摄的视频；若视频确实在周期内拍摄、只是设备时间设置错误，在文件名中写明实际拍摄日期，并请创文办核对后用 ledger-check review accept 记录（只写明日期，这条错误不会消失）。',
      en: 'Use a video recorded in the period; if it was recorded in the period and only the device clock was wrong, put the real date in the file name and have the office check it and record it with ledger-check review accept (the date in the name alone does not clear this error).',
    },
  },
  'video.too-short': {
    severity: 'error',
    title: { zh: '视频时长不足', en: 'Video too short' },
    message: {
      zh: (a) => `${a.file}：时长 ${a.seen} 秒，要求至少 ${a.expected} 秒`,
      en: (a) => `${a.file}: ${a.seen} s long; at least ${a.expected} s required`,
    },
    why: { zh: '过短的视频不能反映活动情况。', en: 'A clip this short does not show the activity.' },
    fix: { zh: '换成完整记录活动的视频。', en: 'Use a video that records the activity in full.' },
  },
  'material.videos-too-few': {
    severity: 'error',
    title: { zh: '视频资料不足', en: 'Too few videos' },
    message: {
      zh: (a) => `${Number(a.seen) === 0 ? '没有视频资料' : `视频资料只有 ${a.seen} 个`}，该指标要求至少 ${a.expected} 个`,
      en: (a) => `${Number(a.seen) === 0 ? 'no videos' : `only ${plural(a.seen, 'video', 'videos')}`}; the indicator asks for at least ${a.expected}`,
    },
    why: { zh: '任务分解表要求该指标提供视频资料。', en: "The county's task table asks for video material for this indicator." },
    fix: {
      zh: '在指标文件夹中放入活动视频（.mp4、.mov 或 .3gp，手机或相机拍摄的原文件）。',
      en: 'Put the activity videos (.mp4, .mov or .3gp, original recordings) in the indicator folder.',
    },
  },
});
