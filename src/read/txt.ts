/**
 * Plain-text reports: UTF-8 (a BOM is dropped); a file that is not valid
 * UTF-8 is read as Windows-1258, the Vietnamese Windows code page. A form
 * feed starts a new page; lines keep their numbers within the page, so in a
 * file without form feeds line = file line (what gold notes cite).
 */
import type { Page, Report } from '../model/report.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1258';
}

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}

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

export function readTxt(bytes: Uint8Array, report: Report): void {
  const decoded = decodeTextBytes(bytes);
  if (decoded.encoding === 'windows-1258') {
    report.textRepair.add('windows-1258');
    report.diagnostics.push({
      severity: 'warning',
      message: 'not valid UTF-8; read as Windows-1258',
      source: 'read',
    });
  }
  report.pages = pagesFromText(decoded.text);
}
