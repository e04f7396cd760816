/**
 * Plain-text reports, in the encodings Windows writes: UTF-8 with or without
 * a BOM; UTF-16 LE/BE (Notepad's "Unicode"), with a BOM or recognised by its
 * zero bytes; otherwise a single-byte file, read as Windows-1258 (the
 * Vietnamese code page) unless it is TCVN3 or VNI text, which is read as
 * Windows-1252 so the normalise stage's legacy tables decode it. A file that
 * decodes to mostly unprintable characters is binary data, not a report.
 * A form feed starts a new page; lines keep their numbers within the page, so
 * in a file without form feeds line = file line (what gold notes cite).
 */
import type { Page, Report } from '../model/report.js';
import { detectLegacy } from '../text/legacy.js';
import { ReadError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const UTF16_BOMS: ReadonlyArray<[first: number, second: number, encoding: TextEncoding]> = [
  [0xff, 0xfe, 'utf-16le'],
  [0xfe, 0xff, 'utf-16be'],
];

/**
 * UTF-16 without a BOM: in Vietnamese text most characters are ASCII or in
 * U+00xx–U+1Exx, so the high byte of nearly every code unit is 0x00 (spaces,
 * Latin letters, digits) or a handful of values, while the low byte varies.
 * Zero bytes on one side only tell the byte order.
 */
function sniffUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const units = sample.length / 2;
  if (oddZeros > 0.3 * units && evenZeros < 0.05 * units) return 'utf-16le';
  if (evenZeros > 0.3 * units && oddZeros < 0.05 * units) return 'utf-16be';
  return undefined;
}

/** Windows-1252 at 0x80–0x9F (WHATWG index); the other bytes are Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Node's TextDecoder reads 'windows-1252' as Latin-1 (0x93 → U+0093, not “): decode it by the table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b)));
  }
  return text;
}

const decode = (bytes: Uint8Array, encoding: TextEncoding) =>
  encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  for (const [first, second, encoding] of UTF16_BOMS) {
    // TextDecoder drops the BOM.
    if (bytes[0] === first && bytes[1] === second) return { text: decode(bytes, encoding), encoding };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // TCVN3 and VNI fonts put their letters at the byte values Windows-1252 shows them as; the legacy tables expect that view.
    const latin = decode(bytes, 'windows-1252');
    if (detectLegacy(latin)) return { text: latin, encoding: 'windows-1252' };
    return { text: decode(bytes, 'windows-1258'), encoding: 'windows-1258' };
  }
}

/** C0/C1 controls other than whitespace, the replacement character and non-characters. */
const UNPRINTABLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/gu;
const VISIBLE = /\S/gu;

/** Share of the visible characters that no text editor would show as text. */
export function unprintableShare(text: string): number {
  const visible = text.match(VISIBLE)?.length ?? 0;
  if (visible === 0) return 0;
  return (text.match(UNPRINTABLE)?.length ?? 0) / visible;
}

/** Above this share of unprintable characters a "text" file is binary data (a report has none). */
const MOSTLY_UNPRINTABLE = 0.1;

export function pagesFromText(text: string): Page[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\f')
    .map((pageText, p) => {
      const page: Page = { number: p + 1, lines: [] };
      let offset = 0;
      pageText.split('\n').forEach((raw, i) => {
        page.lines.push({ page: p + 1, line: i + 1, offset, text: raw, raw, kind: 'body' });
        offset += raw.length + 1;
      });
      return page;
    });
}

const ENCODING_NOTES: Partial<Record<TextEncoding, string>> = {
  'windows-1258': 'not valid UTF-8; read as Windows-1258',
  'windows-1252': 'not valid UTF-8; read as a legacy Vietnamese font encoding (TCVN3/VNI) through Windows-1252',
};

export function readTxt(bytes: Uint8Array, report: Report): void {
  const decoded = decodeTextBytes(bytes);
  if (unprintableShare(decoded.text) > MOSTLY_UNPRINTABLE) {
    throw new ReadError('not a text file: mostly unprintable characters (binary data?)');
  }
  // Windows-1258 stores tones as combining marks that NFC has to compose; TCVN3/VNI get their own tag from normalise.
  if (decoded.encoding === 'windows-1258') report.textRepair.add('windows-1258');
  const note = ENCODING_NOTES[decoded.encoding];
  if (note) report.diagnostics.push({ severity: 'warning', message: note, source: 'read' });
  report.pages = pagesFromText(decoded.text);
}
