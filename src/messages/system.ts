/**
 * What the system reports — an OS error code, a schema problem (zod), a YAML syntax error — in the
 * run's language, from raw values (the code, the expected type, the bound, the value given): the
 * CLI's merge, import and review messages and the rule and review files' problems never carry
 * Node's, zod's or the YAML parser's English into a Chinese line.
 */
import type { Lang } from '../types.js';

/** An OS error code (ENOENT …) or the tool's own reason code (not-a-file) in words. */
const OS: Record<string, { zh: string; en: string }> = {
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  EISDIR: { zh: '这是文件夹，不是文件', en: 'it is a folder, not a file' },
  'not-a-file': { zh: '不是普通文件（是文件夹、管道或设备）', en: 'not a regular file (a folder, pipe or device)' },
  EEXIST: { zh: '已经存在', en: 'it already exists' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the disk' },
  EDQUOT: { zh: '超出磁盘配额', en: 'disk quota exceeded' },
  EROFS: { zh: '磁盘或文件夹是只读的', en: 'the disk or folder is read-only' },
  EBUSY: { zh: '文件被其他程序占用', en: 'the file is in use by another program' },
  EMFILE: { zh: '同时打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '同时打开的文件过多', en: 'too many open files' },
  ELOOP: { zh: '链接指向自身（循环）', en: 'the link points back at itself (a loop)' },
  ENAMETOOLONG: { zh: '文件名或路径过长', en: 'the file name or path is too long' },
  EIO: { zh: '读写出错（磁盘或网络盘故障）', en: 'an input/output error (disk or network drive)' },
  EINVAL: { zh: '名称或参数无效', en: 'an invalid name or argument' },
  EFBIG: { zh: '文件过大', en: 'the file is too large' },
  EPIPE: { zh: '接收输出的程序已经关闭', en: 'the program reading the output has closed it' },
  EAGAIN: { zh: '暂时无法读取（请重试）', en: 'temporarily unavailable (try again)' },
};

/** An OS error code in words; a code the table lacks is named as it is (系统错误 EXDEV). */
export function osWords(code: string | undefined, lang: Lang): string {
  if (!code) return lang === 'zh' ? '系统错误' : 'a system error';
  const w = OS[code];
  // An OS code stays beside its words (for whoever looks it up); the tool's own reason codes do not.
  if (w && !/^E[A-Z0-9]+$/.test(code)) return w[lang];
  if (w) return lang === 'zh' ? `${w.zh}（${code}）` : `${w.en} (${code})`;
  return /^E[A-Z0-9]+$/.test(code) ? (lang === 'zh' ? `系统错误 ${code}` : `system error ${code}`) : code;
}

/** The fields of a schema problem the words are made from (a zod issue has them; merge makes its own). */
export interface IssueLike {
  code: string;
  message?: string;
  expected?: string;
  /** The value given (zod's `input`, with reportInput). */
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  inclusive?: boolean;
  values?: readonly unknown[];
  keys?: readonly string[];
  format?: string;
}

const TYPE: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  bigint: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值映射', en: 'a mapping' },
  record: { zh: '键值映射', en: 'a mapping' },
  map: { zh: '键值映射', en: 'a mapping' },
  date: { zh: '日期', en: 'a date' },
  null: { zh: '空值（null）', en: 'null' },
  undefined: { zh: '空', en: 'nothing' },
  literal: { zh: '规定的值', en: 'the set value' },
};

/** What a value given is, for "应为文字，实际是数字". */
function kindOf(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'number';
  return typeof v;
}

const typeWord = (t: string | undefined, lang: Lang) => (t && TYPE[t] ? TYPE[t]![lang] : (t ?? ''));

/** A value from the file as written, cut short: JSON for anything but a plain string. */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The schemas' own notes (a key in the schema's message), in words. */
const NOTES: Record<string, { zh: string; en: string }> = {
  'iso-date': { zh: '日期格式应为 YYYY-MM-DD', en: 'a date as YYYY-MM-DD' },
  'not-a-date': { zh: '不是有效日期', en: 'not a valid date' },
  'unknown-rule-id': { zh: '未知的规则编号', en: 'unknown rule id' },
};

const SIZE_ZH: Record<string, string> = { string: '个字符', array: '项', set: '项', file: '字节' };
const SIZE_EN: Record<string, string> = { string: 'characters', array: 'items', set: 'items', file: 'bytes' };

/** A schema problem (a zod issue, or merge's own) in words, without its path (the caller puts it first). */
export function issueWords(issue: IssueLike, lang: Lang): string {
  const zh = lang === 'zh';
  const given = 'input' in issue && issue.input !== undefined ? (zh ? `，实际是${typeWord(kindOf(issue.input), lang)}` : `, got ${typeWord(kindOf(issue.input), lang)}`) : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && 'input' in issue) return zh ? `缺少这一项（应为${typeWord(issue.expected, lang)}）` : `missing (expected ${typeWord(issue.expected, lang)})`;
      return zh ? `应为${typeWord(issue.expected, lang)}${given}` : `expected ${typeWord(issue.expected, lang)}${given}`;
    case 'invalid_value': {
      const vs = (issue.values ?? []).map(shown);
      if ('input' in issue && issue.input === undefined) {
        return zh ? `缺少这一项（应为 ${vs.join('、')}${vs.length > 1 ? ' 之一' : ''}）` : `missing (expected ${vs.length > 1 ? 'one of ' : ''}${vs.join(', ')})`;
      }
      const got = 'input' in issue ? (zh ? `，实际是 ${shown(issue.input)}` : `, got ${shown(issue.input)}`) : '';
      if (vs.length === 1) return zh ? `应为 ${vs[0]}${got}` : `expected ${vs[0]}${got}`;
      return zh ? `应为以下之一：${vs.join('、')}${got}` : `expected one of ${vs.join(', ')}${got}`;
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const n = String(big ? issue.maximum : issue.minimum);
      const unit = issue.origin ?? '';
      if ((unit === 'string' || unit === 'array' || unit === 'set') && !big && n === '1') return zh ? '不能为空' : 'must not be empty';
      if (zh) return `${big ? '不能超过' : '不能少于'} ${n}${SIZE_ZH[unit] ?? ''}${issue.inclusive === false ? `（不含 ${n}）` : ''}`;
      return `${big ? 'at most' : 'at least'} ${n}${SIZE_EN[unit] ? ` ${SIZE_EN[unit]}` : ''}${issue.inclusive === false ? ` (${n} excluded)` : ''}`;
    }
    case 'unrecognized_keys':
      return zh ? `未知的键 ${(issue.keys ?? []).join('、')}` : `unknown key${(issue.keys ?? []).length > 1 ? 's' : ''} ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format': {
      const note = issue.message && NOTES[issue.message];
      if (note) return note[lang];
      return zh ? `格式不对${issue.format && issue.format !== 'regex' ? `（应为 ${issue.format}）` : ''}` : `wrong format${issue.format && issue.format !== 'regex' ? ` (expected ${issue.format})` : ''}`;
    }
    case 'invalid_union':
      return zh ? '不是可以接受的写法' : 'not one of the accepted forms';
    case 'invalid_key':
      return zh ? '键名不对' : 'invalid key';
    case 'invalid_element':
      return zh ? '其中有一项不对' : 'an element is invalid';
    case 'unknown-rule-id':
      return zh ? `未知的规则编号 ${shown(issue.input)}` : `unknown rule id ${shown(issue.input)}`;
    case 'not_multiple_of':
      return zh ? '数值不符合要求的倍数' : 'not a multiple of the required step';
    default: {
      // custom: a note of our schemas (a key), else its own text.
      const note = issue.message ? NOTES[issue.message] : undefined;
      if (note) return note[lang];
      return issue.message ?? (zh ? '不符合要求' : 'invalid');
    }
  }
}

/**
 * A zod issue as raw values to keep (merge's error): the value given only as small as its words
 * need it (a long text cut, a list or mapping as an empty one of its kind), never a shard's arrays.
 */
export function issueOf(issue: IssueLike & { path?: readonly PropertyKey[] }): IssueLike {
  const { code, message, expected, minimum, maximum, origin, inclusive, values, keys, format } = issue;
  const out: IssueLike = { code };
  Object.assign(out, Object.fromEntries(Object.entries({ message, expected, minimum, maximum, origin, inclusive, values, keys, format }).filter(([, v]) => v !== undefined)));
  if ('input' in issue) {
    const v = issue.input;
    out.input = typeof v === 'string' ? shown(v) : v === null || typeof v !== 'object' ? v : Array.isArray(v) ? [] : {};
  }
  return out;
}

/** The YAML parser's error codes in words (yaml 2's YAMLParseError.code). */
const YAML: Record<string, { zh: string; en: string }> = {
  BAD_INDENT: { zh: '缩进不对', en: 'bad indentation' },
  TAB_AS_INDENT: { zh: '用了 Tab 缩进（YAML 只能用空格缩进）', en: 'a tab used for indentation (YAML indents with spaces)' },
  MISSING_CHAR: { zh: '缺少配对的符号（如 ] } 或引号）', en: 'a closing character is missing (such as ] } or a quote)' },
  DUPLICATE_KEY: { zh: '同一层级的键重复', en: 'a key repeated at the same level' },
  UNEXPECTED_TOKEN: { zh: '出现了不该在这里的符号', en: 'an unexpected character' },
  BLOCK_AS_IMPLICIT_KEY: { zh: '键的写法不对（多行内容不能作为键）', en: 'a block cannot be a key' },
  MULTILINE_IMPLICIT_KEY: { zh: '键不能跨行（键名后是否漏了冒号？）', en: 'a key cannot span lines (a colon missing after it?)' },
  BAD_SCALAR_START: { zh: '值的开头字符不能直接使用（请给值加引号）', en: 'a value cannot start with this character (quote it)' },
  BLOCK_IN_FLOW: { zh: '[ ] 或 { } 里不能换行写成块', en: 'a block inside [ ] or { }' },
  BAD_ALIAS: { zh: '别名（*名称）写法不对', en: 'a bad alias (*name)' },
  MULTIPLE_DOCS: { zh: '一个文件里有多个 YAML 文档（---）', en: 'several YAML documents (---) in one file' },
  KEY_OVER_1024_CHARS: { zh: '键名过长（超过 1024 个字符）', en: 'a key longer than 1024 characters' },
  TAG_RESOLVE_FAILED: { zh: '无法识别的类型标记（!标记）', en: 'an unknown tag (!tag)' },
  BAD_DIRECTIVE: { zh: '无法识别的指令（%…）', en: 'an unknown directive (%…)' },
  MULTIPLE_ANCHORS: { zh: '一个值有多个锚点（&名称）', en: 'several anchors (&name) on one value' },
  MULTIPLE_TAGS: { zh: '一个值有多个类型标记', en: 'several tags on one value' },
  COMMENT_SPACE: { zh: '注释的 # 前要有空格', en: 'a comment needs a space before #' },
  BAD_COLLECTION_TYPE: { zh: '列表或映射的类型不对', en: 'a collection of the wrong type' },
  BAD_PROP_ORDER: { zh: '锚点和类型标记的顺序不对', en: 'anchor and tag in the wrong order' },
};

/**
 * Why a parsed YAML document could not be made into data (the parser's own first line, a raw value),
 * in words: an alias to an anchor never set, a structure nested past the stack; else the parser's line
 * as it is (in Chinese after 解析器说明：) — never dropped (final-review20: the Chinese message was only
 * "YAML 无法解析").
 */
export function yamlDataWords(reason: string, lang: Lang): string {
  const alias = /^Unresolved alias\b.*:\s*(\S+)\s*$/.exec(reason)?.[1];
  if (alias !== undefined) {
    return lang === 'zh'
      ? `别名 *${alias} 前面没有名为 &${alias} 的锚点（锚点要写在别名之前）`
      : `the alias *${alias} has no anchor &${alias} before it (an anchor must come before its aliases)`;
  }
  if (/Maximum call stack/i.test(reason)) return lang === 'zh' ? '嵌套层数过多' : 'nested too deeply';
  return lang === 'zh' ? `解析器说明：${reason}` : reason;
}

/**
 * A YAML syntax error in words: its code's words (with the code) in Chinese, the parser's own first
 * line in English (it is English already, and more precise).
 */
export function yamlWords(err: { code?: string; message: string }, lang: Lang): string {
  if (lang === 'en') return err.message.split('\n')[0]!;
  const w = err.code ? YAML[err.code] : undefined;
  return w ? `${w.zh}（${err.code}）` : `写法不对${err.code ? `（${err.code}）` : ''}`;
}
