/**
 * What a register file really is, from its bytes: an OOXML zip, a CFB container (legacy .xls,
 * or an encrypted .xlsx, which Office wraps in CFB with an EncryptedPackage stream; a legacy .xls
 * saved with a password to open, its FILEPASS record after BOF), or text.
 */
import { Cfb, xlsFilePass } from './cfb.js';

export type RegisterContainer = 'zip' | 'encrypted' | 'encrypted-xls' | 'legacy-xls' | 'cfb-other' | 'text' | 'empty' | 'unknown';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** CFB directory entries store stream names as UTF-16LE. */
function hasStream(buf: Buffer, name: string): boolean {
  return buf.includes(Buffer.from(name, 'utf16le'));
}

export function sniffRegister(buf: Buffer, fileName: string): RegisterContainer {
  if (buf.length === 0) return 'empty';
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) {
    if (hasStream(buf, 'EncryptedPackage') || hasStream(buf, 'EncryptionInfo')) return 'encrypted';
    if (hasStream(buf, 'Workbook') || hasStream(buf, 'Book')) return legacyXlsEncrypted(buf) ? 'encrypted-xls' : 'legacy-xls';
    return 'cfb-other';
  }
  if (buf[0] === 0x50 && buf[1] === 0x4b) return 'zip';
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return 'text';
  return 'unknown';
}

/** A legacy workbook with FILEPASS after its BOF; false when its container cannot be walked. */
function legacyXlsEncrypted(buf: Buffer): boolean {
  try {
    return xlsFilePass(new Cfb(buf));
  } catch {
    return false;
  }
}
