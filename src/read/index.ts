/**
 * readReport: file → Report with raw lines. Never throws for bad input: the
 * report gets status='error' and a one-line message instead.
 */
import { basename, extname } from 'node:path';
import { newReport, type Report } from '../model/report.js';
import type { Format } from '../model/schemas.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { checkDocxZip } from './docx-zip.js';
import { ReadError } from './errors.js';
import type { OcrOptions } from '../ocr/tesseract.js';
import { contentId, pathId, pathText, readInputBytes, type FilePath } from './input.js';
import { readPdf } from './pdf.js';
import { checkPdfStreams } from './pdf-streams.js';
import { readTxt } from './txt.js';

export { ReadError } from './errors.js';

export interface ReadOptions {
  /** Path relative to the input root, for reports.csv (default: the file name). */
  sourceFile?: string;
  /** Told the report_id as soon as the bytes are hashed, before parsing (the batch keeps it should parsing crash). */
  onId?: (id: string) => void;
  /** OCR of scanned PDF pages: commands and resolution, or false for none (default: tesseract and pdftoppm on PATH). */
  ocr?: OcrOptions | false;
}

const FORMAT_BY_EXTENSION: Record<string, Format> = { '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc', '.txt': 'txt' };

/** Compound File (OLE2) signature: Word 97–2003 .doc. */
const OLE_SIGNATURE = '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1';

function startsWith(bytes: Uint8Array, signature: string): boolean {
  return Buffer.from(bytes.subarray(0, signature.length)).toString('latin1') === signature;
}

/** Why the bytes cannot be a file of this format, or undefined. */
export function sniff(bytes: Uint8Array, format: Format): string | undefined {
  if (bytes.length === 0) return 'file is empty';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  const looksHtml = head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head);
  if (format === 'pdf' && !Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    return looksHtml ? 'not a PDF (looks like HTML)' : 'not a PDF (no %PDF header)';
  }
  if (format === 'docx' && !startsWith(bytes, 'PK')) {
    if (startsWith(bytes, OLE_SIGNATURE)) return 'not a Word 2007+ document (legacy .doc format: rename it to .doc)';
    return looksHtml ? 'not a Word document (looks like HTML)' : 'not a Word document (not a zip archive)';
  }
  if (format === 'doc' && !startsWith(bytes, OLE_SIGNATURE) && !startsWith(bytes, 'PK')) {
    if (startsWith(bytes, '{\\rtf')) return 'RTF document named .doc (not supported: save it as .docx)';
    return looksHtml ? 'not a Word document (looks like HTML)' : 'not a Word document';
  }
  return undefined;
}

export async function readReport(path: FilePath, options: ReadOptions = {}): Promise<Report> {
  const name = pathText(path);
  const format = FORMAT_BY_EXTENSION[extname(name).toLowerCase()] ?? 'txt';
  let bytes: Uint8Array = new Uint8Array();
  let readFailure: string | undefined;
  try {
    bytes = await readInputBytes(path);
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    readFailure = err.message;
  }
  const sourceFile = options.sourceFile ?? basename(name);
  // Files without content (unreadable, empty) would all share the hash of nothing.
  const id = bytes.length > 0 ? contentId(bytes) : pathId(sourceFile);
  options.onId?.(id);
  const report = newReport({ id, path: name, sourceFile, format });
  const fail = (message: string) => {
    report.status = 'error';
    report.error = message;
    report.pages = [];
    report.diagnostics.push({ severity: 'error', message, source: 'read' });
    return report;
  };
  if (readFailure) return fail(readFailure);
  if (!(extname(name).toLowerCase() in FORMAT_BY_EXTENSION)) return fail(`unsupported file type: ${extname(name) || '(none)'}`);
  const wrong = sniff(bytes, format);
  if (wrong) return fail(wrong);
  try {
    // What a file may cost is checked before a parser inflates anything.
    if (format === 'pdf') await checkPdfStreams(bytes).then(() => readPdf(bytes, report, { ocr: options.ocr }));
    // A .docx saved under a .doc name is common: read what the bytes are.
    else if (format === 'docx' || (format === 'doc' && startsWith(bytes, 'PK'))) await checkDocxZip(bytes).then(() => readDocx(bytes, report));
    else if (format === 'doc') await readDoc(bytes, report);
    else readTxt(bytes, report);
  } catch (err) {
    if (err instanceof ReadError) return fail(err.message);
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    if (format === 'docx' || format === 'doc') return fail(`Word document is damaged: ${message}`);
    return fail(`could not read file: ${message}`);
  }
  // A partial report says itself why there is no text (scans without an OCR engine).
  if (report.status === 'ok' && !report.pages.some((p) => p.lines.some((l) => l.raw.trim().length > 0))) {
    return fail(format === 'pdf' ? 'no text layer (scanned pages?)' : 'no text in file');
  }
  return report;
}
