/**
 * OCR of one PDF page: poppler's pdftoppm renders it (grey, 300 dpi) and
 * Tesseract's Vietnamese model reads it, both as child processes of the
 * worker process that reads the file: one OCR slot (src/ocr/gate.ts) per page,
 * one thread per process (OMP_THREAD_LIMIT=1; the slots are the
 * parallelism), and inside a worker the worker's memory limit as the
 * processes' address-space limit. Tesseract's TSV output gives each word with
 * its box and confidence.
 */
import { spawn } from 'node:child_process';
import { threadId } from 'node:worker_threads';
import { ocrGate } from './gate.js';

export interface OcrOptions {
  /** Commands to run (default: tesseract and pdftoppm on PATH). */
  tesseract?: string;
  pdftoppm?: string;
  pdfimages?: string;
  /** Rendering resolution (default 250: on our speckled 150–300 dpi scans it misread fewer figures than 200 or 300). */
  dpi?: number;
}

export interface OcrWord {
  text: string;
  /** 0–100. */
  confidence: number;
  /** Box in pixels of the rendered page. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface OcrPage {
  /** Tesseract's text lines in reading order, each its words left to right. */
  lines: OcrWord[][];
  /** Mean word confidence (0–100); 0 when no word was read. */
  confidence: number;
  dpi: number;
}

const LANGUAGE = 'vie';
const DEFAULT_DPI = 250;

class ProcessError extends Error {}

/** Environment variable in which the batch tells a worker process its memory limit (MB). */
export const WORKER_MEMORY_ENV = 'CCHC_WORKER_MEMORY_MB';

function workerMemoryMb(): number | undefined {
  const mb = Number(process.env[WORKER_MEMORY_ENV]);
  return Number.isInteger(mb) && mb > 0 ? mb : undefined;
}

/** Run a command to completion; stdout as a Buffer, or a ProcessError with its last stderr line. */
function run(command: string, args: string[], options: { input?: Buffer; onSpawn?: (pid: number) => void } = {}): Promise<Buffer> {
  // Inside a worker the OCR processes get the worker's memory limit (ulimit -v, in KiB).
  const limitMb = workerMemoryMb();
  const [file, argv] = limitMb
    ? ['/bin/sh', ['-c', 'ulimit -v "$1" && shift && exec "$@"', 'sh', String(limitMb * 1024), command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => {}); // a process that exits early closes its input
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new ProcessError(error.code === 'ENOENT' ? `${command}: not installed` : `${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const lines = Buffer.concat(err).toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      const why = signal ? `killed by ${signal}` : code === 127 ? 'not installed' : (lines[lines.length - 1] ?? `exit code ${code}`);
      reject(new ProcessError(`${command}: ${why}${limitMb && /alloc|memory/i.test(why) ? ` (memory limit ${limitMb} MB)` : ''}`));
    });
    child.stdin.end(options.input);
  });
}

const engineChecks = new Map<string, Promise<string | undefined>>();

/**
 * The Debian packages OCR still needs here ("tesseract-ocr-vie", …), or
 * undefined when it can run. Checked once per thread and set of commands.
 */
export function missingOcrPackages(options: OcrOptions = {}): Promise<string | undefined> {
  const tesseract = options.tesseract ?? 'tesseract';
  const pdftoppm = options.pdftoppm ?? 'pdftoppm';
  const key = `${tesseract}\n${pdftoppm}`;
  let check = engineChecks.get(key);
  if (!check) {
    check = (async () => {
      const missing: string[] = [];
      const languages = await run(tesseract, ['--list-langs']).then((out) => out.toString('utf8'), () => undefined);
      if (languages === undefined) missing.push('tesseract-ocr', 'tesseract-ocr-vie');
      else if (!languages.split(/\s+/).includes(LANGUAGE)) missing.push('tesseract-ocr-vie');
      if (!(await run(pdftoppm, ['-v']).then(() => true, () => false))) missing.push('poppler-utils');
      return missing.length > 0 ? missing.join(' ') : undefined;
    })();
    engineChecks.set(key, check);
  }
  return check;
}

/** An image this small (pixels) is a logo or a signature, not a scanned page. */
const MIN_SCAN_PIXELS = 250_000;

/**
 * The pages of a PDF that draw an image large enough to be a scan (poppler's
 * pdfimages -list, one run for the whole file); undefined when pdfimages
 * cannot run.
 */
export async function scanImagePages(path: string, options: OcrOptions = {}): Promise<Set<number> | undefined> {
  let listing: string;
  try {
    listing = (await run(options.pdfimages ?? 'pdfimages', ['-list', path])).toString('utf8');
  } catch {
    return undefined;
  }
  // Rows after the two header lines: page num type width height …; type 'image' (not smask or stencil).
  const pages = new Set<number>();
  for (const row of listing.split('\n').slice(2)) {
    const [page, , type, width, height] = row.trim().split(/\s+/);
    if (type === 'image' && Number(width) * Number(height) >= MIN_SCAN_PIXELS) pages.add(Number(page));
  }
  return pages;
}

/**
 * A row code as Tesseract misreads it: "1:3.1", "1:2:1:", "1.2;" (a colon or
 * semicolon for the dot between the numbers of a code), read back as "1.3.1".
 */
const MISREAD_CODE = /^\d{1,2}(?:[.:;]\d{1,2})+[.:;]?$/u;

export function repairOcrWord(text: string): string {
  return MISREAD_CODE.test(text) && /[:;]/u.test(text) ? text.replace(/[:;]/gu, '.') : text;
}

/** Words of Tesseract's TSV output (level 5 rows), grouped into its lines. */
export function parseTsv(tsv: string): OcrWord[][] {
  const lines = new Map<string, OcrWord[]>();
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells[0] !== '5' || cells.length < 12) continue;
    const text = repairOcrWord(cells.slice(11).join('\t').trim());
    if (!text) continue;
    const [left, top, width, height, confidence] = cells.slice(6, 11).map(Number);
    const key = cells.slice(1, 5).join('.');
    const word = { text, confidence: Math.max(0, confidence), left, top, width, height };
    const line = lines.get(key);
    if (line) line.push(word);
    else lines.set(key, [word]);
  }
  return [...lines.values()];
}

/** Render page `pageNumber` of the PDF at `path` and read it. Throws with a one-line message on failure. */
export async function ocrPdfPage(path: string, pageNumber: number, options: OcrOptions = {}): Promise<OcrPage> {
  const dpi = options.dpi ?? DEFAULT_DPI;
  const gate = ocrGate();
  const slot = await gate.acquire(threadId + 1);
  try {
    const onSpawn = (pid: number) => gate.setPid(slot, pid);
    const page = String(pageNumber);
    const pgm = await run(options.pdftoppm ?? 'pdftoppm', ['-r', String(dpi), '-gray', '-f', page, '-l', page, path], { onSpawn });
    const tsv = await run(options.tesseract ?? 'tesseract', ['stdin', 'stdout', '-l', LANGUAGE, '--psm', '3', 'tsv'], { input: pgm, onSpawn });
    const lines = parseTsv(tsv.toString('utf8'));
    const words = lines.flat();
    const confidence = words.length > 0 ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
    return { lines, confidence, dpi };
  } finally {
    gate.release(slot);
  }
}
