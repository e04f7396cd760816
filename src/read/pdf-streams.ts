/**
 * A cap on what a PDF's compressed streams decode to, checked before pdf.js
 * sees the file: pdf.js decodes a Flate stream whole into a buffer outside
 * the V8 heap, so a 1.5 MB "Flate bomb" grew a worker to gigabytes (and read
 * as ok). Every `stream … endstream` with a Flate filter is inflated once,
 * counting bytes, the output thrown away; image streams are skipped (text
 * extraction never decodes them, and a scanned page's image may be large).
 */
import { constants, createInflate, inflateSync } from 'node:zlib';
import { ReadError } from './errors.js';

/** The most all text-relevant streams of one PDF may decode to (a long report's pages and fonts: a few tens of MB). */
export const MAX_PDF_DECODED_MB = 128;

/** Streams up to this decoded size are inflated in one call; larger ones are counted chunk by chunk. */
const ONE_CALL_LIMIT = 8 * 1024 * 1024;
/** How far before `stream` its dictionary is looked for. */
const DICT_WINDOW = 4096;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** Bytes decoded from a damaged or huge stream, counted up to `limit` + 1 without keeping them. */
function countInflated(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    // pdf.js keeps what it decoded before damage: so does the count.
    inflate.on('error', () => resolve(total));
    inflate.on('end', () => resolve(total));
    inflate.end(data);
  });
}

async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.min(limit + 1, ONE_CALL_LIMIT) }).length;
  } catch {
    return countInflated(data, limit);
  }
}

/** The dictionary text before a `stream` keyword at `at` (from its `obj`, or a window). */
function dictionaryBefore(bytes: Buffer, at: number): string {
  const from = Math.max(0, at - DICT_WINDOW);
  const window = bytes.toString('latin1', from, at);
  const obj = window.lastIndexOf('obj');
  return obj >= 0 ? window.slice(obj) : window;
}

/** Throws a ReadError naming the cap when the PDF's Flate streams decode to more than `limitMb`. */
export async function checkPdfStreams(bytes: Uint8Array, limitMb = MAX_PDF_DECODED_MB): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = limitMb * 1024 * 1024;
  for (let at = buffer.indexOf(STREAM); at >= 0; at = buffer.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    const dict = dictionaryBefore(buffer, at);
    if (!/\/FlateDecode\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    let start = at + STREAM.length;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] === 0x0a) start += 1;
    const endAt = buffer.indexOf(END_STREAM, start);
    const end = endAt >= 0 ? endAt : buffer.length;
    budget -= await inflatedSize(buffer.subarray(start, end), budget);
    if (budget < 0) throw new ReadError(`PDF streams decode to more than ${limitMb} MB (limit per file)`);
    at = end;
  }
}
