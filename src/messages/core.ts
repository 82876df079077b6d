/** Rules about the folder as a whole: materials present, files recognised and readable. */
import { defineRules } from './types.js';
import { plural } from './plural.js';
import { container, list, mb } from './format.js';
import type { Args } from './types.js';

const WHERE_ZH: Record<string, string> = { 'unit-root': '放在单位文件夹根目录', 'county-root': '放在全县文件夹根目录', 'outside-indicator': '所在文件夹名不以指标编号开头' };
const WHERE_EN: Record<string, string> = { 'unit-root': 'sits at the unit root,', 'county-root': 'sits at the county root,', 'outside-indicator': "sits in a folder whose name does not begin with an indicator code," };
/** Why a file could not be opened (an errno code, or the walker's own words). */
const IO_ZH: Record<string, string> = {
  EACCES: '没有读取权限', EPERM: '没有读取权限', ENOENT: '文件在检查过程中消失了', EISDIR: '这是一个文件夹',
  EIO: '磁盘读写错误', symlink: '这是快捷方式/链接，不是文件本身', 'too-deep': '文件夹层级过深',
  corrupt: '文件已损坏', truncated: '文件不完整（可能没有复制完）', empty: '空文件', encrypted: '文件设置了密码',
  internal: '检查程序内部出错，请把这个文件反馈给维护者',
  ENAMETOOLONG: '路径过长（超过系统允许的长度），请缩短文件夹名或减少层级', ENOTDIR: '文件夹在检查过程中被改名或替换',
  ELOOP: '在检查过程中被换成了快捷方式/链接',
};
const IO_EN: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'permission denied', ENOENT: 'the file disappeared during the check', EISDIR: 'it is a folder',
  EIO: 'a disk read error', symlink: 'it is a shortcut/link, not the file itself', 'too-deep': 'folders nested too deep',
  corrupt: 'the file is damaged', truncated: 'the file is incomplete (perhaps not fully copied)', empty: 'the file is empty',
  encrypted: 'the file is password-protected', internal: 'an internal error of the checker; please report this file',
  ENAMETOOLONG: 'the path is too long for the system; shorten the folder names or nest fewer folders',
  ENOTDIR: 'the folder was renamed or replaced during the check', ELOOP: 'it was replaced by a shortcut/link during the check',
};

const SPECIAL_ZH: Record<string, string> = { fifo: '命名管道（FIFO）', socket: '套接字（socket）', device: '设备文件', other: '特殊文件' };
const SPECIAL_EN: Record<string, string> = { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device file', other: 'a special file' };
const LINK_ZH: Record<string, string> = {
  inside: '指向本文件夹内的另一个位置', outside: '指向检查文件夹以外', dangling: '指向的目标不存在', loop: '指向自身（循环链接）', unknown: '目标无法确定',
};
const LINK_EN: Record<string, string> = {
  inside: 'points elsewhere inside this folder', outside: 'points outside the checked folder', dangling: 'points to nothing (its target is missing)',
  loop: 'points to itself (a link loop)', unknown: 'its target cannot be determined',
};
function expandsZh(a: Args): string {
  switch (a.reason) {
    case 'ratio': return `部件 ${a.entry} 的压缩比为 ${a.seen}:1，超过上限 ${a.limit}:1`;
    case 'entries': return `包含 ${a.seen} 个部件，超过上限 ${a.limit} 个`;
    case 'total-size': return `全部部件解压后至少 ${mb(a.seen)}，超过上限 ${mb(a.limit)}`;
    case 'size-lies': return `部件 ${a.entry} 解压后超过它自己声明的 ${a.limit} 字节`;
    case 'stream': return `PDF 中有 ${a.seen} 个数据流解压后超过上限 ${mb(a.limit)}`;
    default: return `部件 ${a.entry} 解压后有 ${mb(a.seen)}，超过上限 ${mb(a.limit)}`;
  }
}
function expandsEn(a: Args): string {
  switch (a.reason) {
    case 'ratio': return `part ${a.entry} is compressed ${a.seen}:1, beyond the limit of ${a.limit}:1`;
    case 'entries': return `it holds ${a.seen} parts, more than the limit of ${a.limit}`;
    case 'total-size': return `its parts expand to at least ${mb(a.seen)}, beyond the limit of ${mb(a.limit)}`;
    case 'size-lies': return `part ${a.entry} expands beyond the ${a.limit} bytes it declares`;
    case 'stream': return `${a.seen} stream(s) in the PDF expand beyond the limit of ${mb(a.limit)}`;
    default: return `part ${a.entry} expands to ${mb(a.seen)}, beyond the limit of ${mb(a.limit)}`;
  }
}

export const coreMessages = defineRules({
  'material.indicator-missing': {
    severity: 'error',
    title: { zh: '缺少指标文件夹', en: 'Indicator folder missing' },
    message: {
      zh: (a) => `指标 ${a.code} ${a.name} 已分配给本单位，但没有找到对应的文件夹`,
      en: (a) => `indicator ${a.code} ${a.name} is assigned to this unit but has no folder`,
    },
    why: {
      zh: '任务分解表分配给本单位的每个指标都要提交台账；缺一个指标，该指标完成率为 0。',
      en: 'Every indicator the task table assigns to the unit needs a ledger folder; a missing one scores zero.',
    },
    fix: {
      zh: '在单位文件夹下新建以指标编号开头的文件夹（如“Ⅲ—12 我们的节日”），放入图片、说明报告等材料。',
      en: 'Create a folder named after the indicator code (e.g. "Ⅲ—12 我们的节日") and put its materials in it.',
    },
  },
  'material.photos-too-few': {
    severity: 'error',
    title: { zh: '图片数量不足', en: 'Too few photos' },
    message: {
      // None at all reads as none (an indicator folder holding only its report), not "only 0".
      zh: (a) => `${Number(a.seen) === 0 ? '没有实景图片' : `实景图片只有 ${a.seen} 张`}，该指标要求至少 ${a.expected} 张`,
      en: (a) => `${Number(a.seen) === 0 ? 'no photos' : `only ${plural(a.seen, 'photo', 'photos')}`}; the indicator asks for at least ${a.expected}`,
    },
    why: { zh: '图片数量是网上申报的硬性要求。', en: 'The photo count is a hard requirement of the online submission.' },
    fix: {
      zh: '补充本测评周期内拍摄的原图（不要用微信转发的图片），放进该指标文件夹。',
      en: 'Add original photos taken in the evaluation period (not WeChat copies) to the indicator folder.',
    },
  },
  'material.report-missing': {
    severity: 'error',
    title: { zh: '缺少说明报告', en: 'Explanatory report missing' },
    message: {
      zh: (a) => `指标 ${a.code} 没有说明报告`,
      en: (a) => `indicator ${a.code} has no explanatory report (说明报告)`,
    },
    why: { zh: '说明报告是每个指标的必备材料，缺失即不得分。', en: 'The explanatory report is required for every indicator.' },
    fix: {
      zh: '撰写说明报告（含主体责任、部署文件、具体措施、数据实例、取得成效五要素），文件名含“说明报告”，放入该指标文件夹。',
      en: 'Write the report (with the five elements), name the file with "说明报告" and put it in the indicator folder.',
    },
  },
  'material.evaluation-missing': {
    severity: 'error',
    title: { zh: '缺少部门评价', en: 'Department evaluation missing' },
    message: {
      zh: (a) => `指标 ${a.code} 要求提供部门评价，但没有找到`,
      en: (a) => `indicator ${a.code} requires a department evaluation (部门评价), none found`,
    },
    why: { zh: '部分指标要求上级或主管部门出具评价意见。', en: 'Some indicators require an evaluation issued by a higher authority.' },
    fix: {
      zh: '请上级或主管部门出具盖章的部门评价，文件名含“部门评价”，放入该指标文件夹。',
      en: 'Obtain a stamped evaluation from the supervising body, name it with "部门评价", put it in the folder.',
    },
  },
  'material.register-missing': {
    severity: 'error',
    title: { zh: '缺少活动登记表', en: 'Activity register missing' },
    message: {
      zh: (a) => `指标 ${a.code} 要求提供活动登记表（Excel），但没有找到`,
      en: (a) => `indicator ${a.code} requires an activity register (.xlsx), none found`,
    },
    why: { zh: '登记表把每次活动的时间、地点、人数和照片对应起来。', en: 'The register ties each activity to its date, place, participants and photos.' },
    fix: {
      zh: '按模板填写活动登记表（活动名称、时间、地点、参与人数、形式、照片文件名），保存为 .xlsx 放入该指标文件夹。',
      en: 'Fill in the register (name, date, place, participants, form, photo files) as .xlsx in the folder.',
    },
  },
  'material.document-missing': {
    severity: 'warning',
    title: { zh: '缺少正式发文', en: 'Formal document missing' },
    message: {
      zh: (a) => `指标 ${a.code} 要求提供正式发文（部署文件），但没有找到`,
      en: (a) => `indicator ${a.code} asks for a formal document (部署文件), none found`,
    },
    why: { zh: '部署文件证明工作有安排、有依据。', en: 'A deployment document proves the work was formally arranged.' },
    fix: {
      zh: '放入本单位或上级的正式发文（带文号的 PDF 或 Word），文件名含“文件”“通知”或“方案”。',
      en: 'Add the formal document (PDF or Word with its 文号), named with 文件, 通知 or 方案.',
    },
  },
  'material.signoff-missing': {
    severity: 'error',
    title: { zh: '缺少移交签单', en: 'Sign-off sheet missing' },
    message: {
      zh: () => '单位文件夹根目录下没有移交签单（移交确认单）',
      en: () => 'no sign-off sheet (移交签单) at the root of the unit folder',
    },
    why: {
      zh: '移交签单须由单位主要领导签字确认，是台账移交的凭证。',
      en: "The sign-off sheet, signed by the unit's main leader, certifies the hand-in.",
    },
    fix: {
      zh: '请主要领导在移交确认单上签字并注明日期，扫描或拍照后放在单位文件夹根目录，文件名含“移交签单”。',
      en: 'Have the main leader sign and date the sheet; put its scan at the unit root, named with "移交签单".',
    },
  },
  'file.unrecognized': {
    severity: 'error',
    title: { zh: '无法识别的文件', en: 'Unrecognised file' },
    message: {
      zh: (a) => `${container(a.seen, 'zh', '无法识别的文件')}，不是图片、视频、PDF、Word 或 Excel 材料，请删除或转换后再放入`,
      en: (a) => `${container(a.seen, 'en', 'an unrecognised file')}: not a photo, video, PDF, Word or Excel file; remove or convert it`,
    },
    why: {
      zh: '申报平台只接受图片、PDF、Word 和 Excel 材料；台账里留着无关文件，整份台账不能算检查通过。',
      en: 'The portal only accepts photos, PDF, Word and Excel files; a ledger holding other files cannot pass.',
    },
    fix: { zh: '删除该文件，或转换为 PDF / 图片后再放入。', en: 'Remove the file, or convert it to PDF or an image.' },
  },
  'file.extension-mismatch': {
    severity: 'warning',
    title: { zh: '扩展名与文件内容不符', en: 'Extension does not match the content' },
    message: {
      zh: (a) => `扩展名是 .${a.seen}，内容却是 ${container(a.expected, 'zh')}`,
      en: (a) => `the extension is .${a.seen} but the content is ${container(a.expected, 'en')}`,
    },
    why: {
      zh: '改过扩展名的文件在申报平台上可能打不开或被当作别的材料。',
      en: 'A renamed file may not open on the portal, or be taken for other material.',
    },
    fix: { zh: '把扩展名改回与内容一致（如 .pdf），或用原程序另存为需要的格式。', en: 'Give it the extension of its content (e.g. .pdf), or save it in the wanted format.' },
  },
  'file.format-not-accepted': {
    severity: 'error',
    title: { zh: '文件格式不被申报平台接受', en: 'Format not accepted by the portal' },
    message: {
      zh: () => '说明材料是纯文本（.txt）文件，申报平台只接受 PDF 或 Word，请另存为 PDF 或 Word 后提交',
      en: () => 'the material is a plain-text (.txt) file; the portal takes PDF or Word only: save it as PDF or Word',
    },
    why: { zh: '纯文本文件不能上传到申报平台。', en: 'Plain-text files cannot be uploaded to the portal.' },
    fix: { zh: '用 Word 或 WPS 打开后另存为 .docx 或 PDF。', en: 'Open it in Word or WPS and save it as .docx or PDF.' },
  },
  'file.misplaced': {
    severity: 'warning',
    title: { zh: '文件位置不对', en: 'File in the wrong place' },
    message: {
      zh: (a) => `文件${WHERE_ZH[String(a.seen)] ?? ''}，不在任何指标文件夹中`,
      en: (a) => `the file ${WHERE_EN[String(a.seen)] ?? 'is'} not inside an indicator folder`,
    },
    why: { zh: '材料按指标归档，放错位置的文件不会被计入任何指标。', en: 'Material is filed per indicator; a misplaced file counts for none.' },
    fix: {
      zh: '把文件移到对应指标的文件夹（以指标编号开头）；移交签单放在单位文件夹根目录。',
      en: 'Move it into its indicator folder (name starting with the code); the sign-off sheet goes to the unit root.',
    },
  },
  'file.rules-inside-material': {
    severity: 'warning',
    title: { zh: '被检查的文件夹里有规则文件', en: 'Rule file inside the checked folder' },
    message: {
      zh: (a) => `被检查的文件夹里有 ${a.name}：台账里的规则、复核或忽略文件不会被读取，检查仍按本县规则进行`,
      en: (a) => `${a.name} inside the checked folder: rule, review and ignore files in the material are never read; the check uses the county's rules`,
    },
    why: {
      zh: '台账由各单位提交，不能由提交的材料自己决定检查规则、复核结论或忽略哪些文件；这类文件会被报告，结论与没有它时相同。',
      en: 'The folder is handed in by a department: the material cannot choose its own rules, review decisions or ignores. Such a file is reported, and the verdict is the one the folder gets without it.',
    },
    fix: {
      zh: '从台账文件夹中删除该文件。本县规则文件（.ledger-check.yaml）、复核记录和 .ledgercheckignore 放在台账文件夹的上一级，或用 --rules 指定。',
      en: 'Delete the file from the folder. Keep the county rule file (.ledger-check.yaml), the review record and .ledgercheckignore above the checked folder, or pass --rules.',
    },
  },
  'file.signoff-misplaced': {
    severity: 'warning',
    title: { zh: '移交签单位置不对', en: 'Sign-off sheet in the wrong place' },
    message: {
      zh: () => '移交签单应放在单位文件夹根目录，而不是指标文件夹里',
      en: () => 'the sign-off sheet belongs at the unit root, not in an indicator folder',
    },
    why: { zh: '审核时只在单位根目录查找移交签单。', en: 'Reviewers look for the sign-off sheet at the unit root.' },
    fix: { zh: '把移交签单移到单位文件夹根目录。', en: 'Move the sign-off sheet to the unit root.' },
  },
  'file.unreadable': {
    severity: 'error',
    title: { zh: '文件无法读取', en: 'File cannot be read' },
    message: {
      zh: (a) => `文件无法读取：${IO_ZH[String(a.code)] ?? '读取时出错'}`,
      en: (a) => `the file cannot be read: ${IO_EN[String(a.code)] ?? 'a read error'}`,
    },
    why: { zh: '读不出内容的文件无法检查，也无法被评审查看。', en: 'A file that cannot be read cannot be checked or reviewed.' },
    fix: {
      zh: '检查文件权限或是否为快捷方式/链接；重新复制原文件。',
      en: 'Check permissions and whether it is a shortcut or link; copy the original file again.',
    },
  },
  'file.special': {
    severity: 'error',
    title: { zh: '特殊文件', en: 'Special file' },
    message: {
      zh: (a) => `这是${SPECIAL_ZH[String(a.type)] ?? '特殊文件'}，不是材料文件；未打开、未检查`,
      en: (a) => `this is ${SPECIAL_EN[String(a.type)] ?? 'a special file'}, not a material file; it was not opened or checked`,
    },
    why: {
      zh: '管道、套接字和设备文件不是文档或图片，打开它们可能让程序一直等待；台账里不应出现这类文件。',
      en: 'Pipes, sockets and device files are not documents or photos, and opening one can block forever; a ledger must not hold them.',
    },
    fix: { zh: '从台账文件夹中删除该文件，放入真正的材料文件。', en: 'Remove it from the ledger folder and put the real material file there.' },
  },
  'file.link': {
    severity: 'error',
    title: { zh: '快捷方式/链接', en: 'Shortcut or link' },
    message: {
      zh: (a) => `这是一个链接（${LINK_ZH[String(a.target)] ?? '目标无法确定'}），不是文件本身；链接不会被跟随，未检查`,
      en: (a) => `this is a link (${LINK_EN[String(a.target)] ?? 'its target cannot be determined'}), not the file itself; links are not followed, so it was not checked`,
    },
    why: {
      zh: '链接上传到申报平台后不是材料本身；指向文件夹以外的链接还可能让检查读到别处的文件，所以一律不跟随。',
      en: 'A link uploaded to the portal is not the material itself, and one pointing outside the folder could make the check read elsewhere, so links are never followed.',
    },
    fix: { zh: '用链接指向的原文件替换该链接（复制文件本身）。', en: 'Replace the link with a copy of the file it points to.' },
  },
  'file.too-large': {
    severity: 'error',
    title: { zh: '文件过大，未检查', en: 'File too large to check' },
    message: {
      zh: (a) => `文件有 ${mb(a.seen)}，超过读取上限 ${mb(a.limit)}，未检查`,
      en: (a) => `the file is ${mb(a.seen)}, beyond the reading limit of ${mb(a.limit)}; it was not checked`,
    },
    why: {
      zh: '读入过大的文件会耗尽办公电脑的内存；这样大的说明材料或登记表通常是误放的文件或未压缩的扫描件，申报平台也有大小限制。',
      en: 'Reading a file this large would exhaust an office PC\'s memory; material this size is usually a misplaced file or an uncompressed scan, and the portal limits sizes too.',
    },
    fix: {
      zh: '确认文件是否放错；扫描件请降低分辨率或压缩后重新导出，登记表请删除多余的行列后另存。',
      en: 'Check that the file belongs here; re-export scans at a lower resolution, and remove stray rows and columns from registers.',
    },
  },
  'file.expands-too-far': {
    severity: 'error',
    title: { zh: '文件解压后过大，未检查', en: 'File expands too far when decompressed; not checked' },
    message: {
      zh: (a) => `文件解压后过大：${expandsZh(a)}；文件未检查`,
      en: (a) => `the file expands too far when decompressed: ${expandsEn(a)}; it was not checked`,
    },
    why: {
      zh: 'Word、Excel、OFD 文件都是压缩包，PDF 的内容也是压缩存放的；解压后远大于正常文档的文件（“压缩炸弹”）会耗尽内存，正常文件不会这样。',
      en: 'Word, Excel and OFD files are zip containers and a PDF stores its content compressed; one that expands far beyond any real document (a "zip bomb") would exhaust memory, and real files never do.',
    },
    fix: {
      zh: '用 Word/WPS/Excel 打开后重新另存一份（PDF 请从原文档重新导出）；打不开的文件请向提供者要原件。',
      en: 'Open it in Word/WPS/Excel and save it again (export a PDF again from its source document); if it does not open, ask for the original.',
    },
  },
  'file.name-encoding': {
    severity: 'info',
    title: { zh: '文件名编码为 GBK', en: 'File name encoded in GBK' },
    message: {
      zh: () => '文件名不是 UTF-8 编码（多见于 Windows 压缩包），已按 GBK 识别',
      en: () => 'the file name is not UTF-8 (typical of Windows zips); it was read as GBK',
    },
    why: { zh: '上传平台可能把这类文件名显示为乱码。', en: 'The portal may show such names garbled.' },
    fix: { zh: '用 Windows 资源管理器重命名一次，或用支持 UTF-8 的工具重新解压。', en: 'Rename the file once, or unzip with a UTF-8-aware tool.' },
  },
  'indicator.unknown': {
    severity: 'warning',
    title: { zh: '指标编号不在规则中', en: 'Indicator not in the rule set' },
    message: {
      zh: (a) => `文件夹的指标编号 ${a.code} 不在规则集中，按默认要求检查`,
      en: (a) => `indicator ${a.code} is not in the rule set; checked with the defaults`,
    },
    why: { zh: '编号写错的文件夹在汇总时会对不上指标。', en: 'A mistyped code will not match its indicator when the county collects folders.' },
    fix: {
      zh: '核对任务分解表中的指标编号，改正文件夹名；或在规则文件中补充该指标。',
      en: "Check the code against the task table and rename the folder, or add the indicator to the rule file.",
    },
  },
  'indicator.not-assigned': {
    severity: 'info',
    title: { zh: '提交了未分配的指标', en: 'Indicator not assigned to the unit' },
    message: {
      zh: (a) => `指标 ${a.code} 未分配给本单位，仍按规则检查，但不计入完成率`,
      en: (a) => `indicator ${a.code} is not assigned to this unit; checked but not counted in the completion rate`,
    },
    why: { zh: '完成率只按任务分解表分配的指标计算。', en: 'The completion rate counts assigned indicators only.' },
    fix: { zh: '确认是否放错单位；如分工有变化，请更新规则文件的 units。', en: 'Check the unit; if assignments changed, update `units` in the rule file.' },
  },
  'unit.nothing-submitted': {
    severity: 'error',
    title: { zh: '单位未提交台账', en: 'Unit handed in nothing' },
    message: {
      zh: (a) =>
        `${a.unit}${a.seen === 'no-folder' ? '没有单位文件夹' : '的文件夹是空的'}，分配的 ${a.expected} 个指标${a.expected === 1 ? '' : '都'}没有提交材料（完成率 0%）`,
      en: (a) =>
        `${a.unit} ${a.seen === 'no-folder' ? 'has no folder' : 'has an empty folder'}: ${a.expected === 1 ? 'its one assigned indicator has no material' : `none of its ${plural(a.expected, 'assigned indicator', 'assigned indicators')} has material`} (completion 0%)`,
    },
    why: {
      zh: '未交或空交是全县网上申报最常见、扣分最多的问题。',
      en: "Handing in nothing is the most common and most costly failure of a county's online submission.",
    },
    fix: {
      zh: '督促该单位按任务分解表整理台账，在全县台账文件夹下建立以单位名称命名的文件夹并放入材料。',
      en: "Have the unit prepare its ledger and put it in a folder named after the unit in the county folder.",
    },
  },
  'unit.unassigned': {
    severity: 'warning',
    title: { zh: '单位不在规则分工中', en: 'Unit not in the rule set' },
    message: {
      zh: (a) => `规则集中没有单位“${a.unit}”的指标分工，只检查已提交的指标，无法发现缺交的指标`,
      en: (a) => `the rule set assigns no indicators to "${a.unit}": only submitted indicators are checked, missing ones cannot be found`,
    },
    why: { zh: '没有分工就无法计算真实完成率。', en: 'Without assignments the true completion rate cannot be computed.' },
    fix: {
      zh: '核对单位文件夹名是否与任务分解表一致（序号、年份、“终稿”等字样和 清河县文化和旅游局/县文旅局 这类全称简称会自动对应），或在规则文件 units 中加入本单位，必要时写明 name（全称）和 aliases（其他名称）。',
      en: 'Make the folder name match the task table (ordinals, years, notes such as 终稿 and full/short forms such as 清河县文化和旅游局/县文旅局 are matched automatically), or add the unit under `units` in the rule file, with its `name` (full name) and `aliases` where needed.',
    },
  },
  'unit.several-folders': {
    severity: 'warning',
    title: { zh: '同一单位有多个文件夹', en: 'Unit has more than one folder' },
    message: {
      zh: (a) => `单位“${a.unit}”有 ${a.count} 个文件夹（${list(a.folders, 'zh')}），无法确定哪一个是正式移交的；各文件夹分别检查${a.counted === undefined ? '' : `，全县合计只计文件夹“${a.counted}”（其余文件夹列出但不计入）`}`,
      en: (a) => `the unit "${a.unit}" has ${a.count} folders (${list(a.folders, 'en')}): which one was handed in is ambiguous; each folder is checked on its own${a.counted === undefined ? '' : `, and the county totals count the folder "${a.counted}" only (the others are listed, not counted)`}`,
    },
    why: {
      zh: '复制出来的文件夹（“- 副本”“Copy of”“(1)”）或重复建的文件夹会让人不知道哪一份是最终材料，上报时容易交错版本。',
      en: 'A copied folder (“- 副本”, “Copy of”, “(1)”) or a second folder leaves it unclear which material is final; the wrong one is easily handed in.',
    },
    fix: {
      zh: '核对后只保留一个以单位名称命名的文件夹，把需要的材料合并进去，删除或移走其余的。',
      en: "Keep one folder named after the unit: merge what is needed into it and remove or move the others.",
    },
  },
  'unit.deadline-passed': {
    severity: 'info',
    title: { zh: '已过移交截止日期', en: 'Hand-in deadline has passed' },
    message: {
      zh: (a) => `检查日期 ${a.seen} 已过台账移交截止日期 ${a.expected}`,
      en: (a) => `the check date ${a.seen} is after the hand-in deadline ${a.expected}`,
    },
    why: { zh: '逾期移交会影响全县网上申报进度。', en: 'A late hand-in delays the whole county’s online submission.' },
    fix: {
      zh: '尚未移交的，尽快补交并与县创文办联系；已按时移交的，此条仅作提示。',
      en: 'If not yet handed in, hand in as soon as possible and contact the county office; if handed in on time, this is only a reminder.',
    },
  },
});
