/**
 * The floor under cchc's PDF ingestion: pdf.js text extraction alone, with the
 * same build, options and number of worker threads as the batch, and nothing
 * of ours (no lines, no repair, no rows). What the batch costs above this is
 * ours to cut; the rest is the library's.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PAGES_IN_FLIGHT, PDF_OPTIONS } from '../src/read/pdf.js';

const PDFJS = import.meta.resolve('unpdf/pdfjs');

// The reader's options and pages in flight; the same DecompressionStream removal as src/worker.ts.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
Reflect.deleteProperty(globalThis, 'DecompressionStream');
const pdfjs = import(${JSON.stringify(PDFJS)});
parentPort.on('message', async (path) => {
  const { getDocument } = await pdfjs;
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), ...${JSON.stringify(PDF_OPTIONS)} });
  const doc = await task.promise;
  for (let first = 1; first <= doc.numPages; first += ${PAGES_IN_FLIGHT}) {
    const numbers = Array.from({ length: Math.min(${PAGES_IN_FLIGHT}, doc.numPages - first + 1) }, (_, i) => first + i);
    await Promise.all(numbers.map(async (n) => {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
    }));
  }
  await task.destroy();
  parentPort.postMessage(doc.numPages);
});`;

/** Wall seconds to extract the text of every PDF in `dir` with `threads` worker threads. */
export async function pdfjsAloneSeconds(dir: string, threads: number): Promise<number> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(dir, name));
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    const feed = () => {
      if (next < files.length) worker.postMessage(files[next++]);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', feed).on('error', reject);
    feed();
  })));
  return (performance.now() - started) / 1000;
}
