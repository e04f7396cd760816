/**
 * Unicode → TCVN3 / VNI (as Windows-1252 characters), the inverse of the
 * decoding tables, to make legacy-font test documents from corpus text.
 * TCVN3 has no capitals with tone marks (a separate .VnTimeH font drew them
 * from the lower-case codes): those become the lower-case code, as in such
 * documents' text.
 */
import { readFileSync } from 'node:fs';
import { decodeWindows1252 } from '../../src/read/txt.js';

const tables = JSON.parse(readFileSync(new URL('../../src/data/vietnamese-legacy-encodings.json', import.meta.url), 'utf8')) as {
  tcvn3_decode: Record<string, string>;
  vni_decode: Record<string, string>;
};

function inverse(decode: Record<string, string>): Map<string, string> {
  const encode = new Map<string, string>();
  for (const [legacy, unicode] of Object.entries(decode)) if (!encode.has(unicode)) encode.set(unicode, legacy);
  return encode;
}

const TCVN3 = inverse(tables.tcvn3_decode);
const VNI = inverse(tables.vni_decode);

export function encodeLegacy(text: string, encoding: 'tcvn3' | 'vni'): string {
  const table = encoding === 'tcvn3' ? TCVN3 : VNI;
  return [...text.normalize('NFC')].map((c) => table.get(c) ?? table.get(c.toLowerCase()) ?? c).join('');
}

/** Windows-1252 bytes of a string of cp1252 characters (what a legacy-font text file holds). */
export function windows1252Bytes(text: string): Buffer {
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decodeWindows1252(new Uint8Array([b])), b);
  return Buffer.from([...text].map((c) => byteOf.get(c) ?? 0x3f));
}
