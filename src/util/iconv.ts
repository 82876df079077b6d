/**
 * iconv-lite on first use: GB18030 and UTF-16BE are decoded only for a file name or a text file
 * that is not UTF-8 (a Windows zip, Notepad), so a run that meets none never loads it (its
 * tables, and Node's stream module it requires, cost ~10 ms of every start). The bundle takes it
 * in as it does zod (scripts/bundle-cli.ts).
 */
import { createRequire } from 'node:module';
import type * as Iconv from 'iconv-lite';

let loaded: typeof Iconv | null = null;

/** Decode bytes of an encoding iconv-lite knows ('gb18030', 'utf16-be' …). */
export function iconvDecode(bytes: Buffer, encoding: string): string {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
  return loaded.decode(bytes, encoding);
}
