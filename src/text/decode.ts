/**
 * Bytes of a text file as text: a UTF-8 or UTF-16 byte-order mark decides; else strict UTF-8;
 * else GB18030 (what Chinese Windows Notepad and Chinese-locale Excel write).
 */
import { iconvDecode } from '../util/iconv.js';

export function decodeTextFile(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString('utf8');
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) return iconvDecode(data.subarray(2), 'utf16-be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return iconvDecode(data, 'gb18030');
  }
}
