/** Legacy Word 97–2003 (.doc) text with word-extractor. */
import WordExtractor from 'word-extractor';

export interface RawDoc {
  text: string;
}

/** Body text of a .doc (headers/footers and footnotes left out). Throws on unreadable input. */
export async function parseDoc(data: Buffer): Promise<RawDoc> {
  const doc = await new WordExtractor().extract(data);
  return { text: doc.getBody() };
}
