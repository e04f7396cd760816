/**
 * Caps on what a Word document's zip may inflate to, checked before mammoth
 * reads it (as Apache POI's ZipSecureFile does): mammoth's zip reader
 * inflates parts into buffers outside the V8 heap, so a 1.2 MB zip bomb grew
 * a worker to gigabytes. Every part is inflated once with the same reader
 * (JSZip), counting bytes, the output thrown away.
 */
import type JSZip from 'jszip';
import { ReadError } from './errors.js';

/** The most all parts of one document may inflate to (a long report with pictures: a few tens of MB). */
export const MAX_DOCX_INFLATED_MB = 100;
/** Inflated size / file size past which a document is a bomb (POI's default minimum inflate ratio is 1/100)... */
export const MAX_DOCX_INFLATE_RATIO = 100;
/** ...once it has inflated this much (small documents of repetitive XML compress well). */
const RATIO_GRACE_BYTES = 10 * 1024 * 1024;

/** Bytes one part inflates to, counted up to `limit` + 1 (then it stops). */
function inflatedSize(file: JSZip.JSZipObject, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const stream = file.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy(): void };
    stream
      .on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.destroy();
          resolve(total);
        }
      })
      .on('error', reject)
      .on('end', () => resolve(total));
  });
}

/** Throws a ReadError naming the cap when the document inflates past it; a damaged zip throws JSZip's error. */
export async function checkDocxZip(bytes: Uint8Array, limitMb = MAX_DOCX_INFLATED_MB, ratio = MAX_DOCX_INFLATE_RATIO): Promise<void> {
  // Loaded on first use: a worker that reads only PDFs never loads it.
  const { default: zipReader } = await import('jszip');
  const zip = await zipReader.loadAsync(bytes);
  const limit = Math.min(limitMb * 1024 * 1024, Math.max(RATIO_GRACE_BYTES, ratio * bytes.length));
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    total += await inflatedSize(file, limit - total);
    if (total > limit) {
      throw new ReadError(limit < limitMb * 1024 * 1024
        ? `Word document inflates to more than ${ratio} times its size (zip bomb?)`
        : `Word document inflates to more than ${limitMb} MB (limit per file)`);
    }
  }
}
