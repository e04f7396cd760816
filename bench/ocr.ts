/**
 * OCR in `npm run bench`: seconds per scanned page (render + recognise, one
 * page at a time, as one OCR slot does it) over the scanned pages of
 * fixtures/formats, and the share of a mixed batch's wall time that OCR takes
 * (the batch with the scanned PDFs against the same batch without them).
 * Runs the compiled library (dist/), as the cchc command does.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { runBatch } = (await import(new URL('../dist/batch.js', import.meta.url).href)) as typeof import('../src/batch.js');
const { missingOcrPackages, ocrPdfPage } = (await import(new URL('../dist/ocr/tesseract.js', import.meta.url).href)) as typeof import('../src/ocr/tesseract.js');

const FORMATS = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
/** The scanned pages of the fixtures. */
const SCANNED: Array<[file: string, pages: number[]]> = [
  ['thach-khe-scanned.pdf', [1, 2, 3]],
  ['ha-hoa-annex-scanned.pdf', [4, 5]],
];
/** Copies of the scanned PDFs added to the mixed batch. */
const COPIES = 2;

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export async function ocrBench(mixedDir: string, work: string, stages: string[]): Promise<void> {
  const missing = await missingOcrPackages();
  if (missing) {
    console.log(`OCR   not measured: needs ${missing}`);
    return;
  }
  const times: number[] = [];
  for (const [file, pages] of SCANNED) {
    for (const page of pages) {
      const started = performance.now();
      await ocrPdfPage(join(FORMATS, file), page);
      times.push((performance.now() - started) / 1000);
    }
  }
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`OCR   ${times.length} scanned pages one at a time: ${fmt(total / times.length, 2)} s/page (${fmt(Math.min(...times), 2)}–${fmt(Math.max(...times), 2)} s)`);

  const run = async (inputs: string[], out: string) => {
    const started = performance.now();
    const summary = await runBatch(inputs, { out, concurrency: availableParallelism(), stages });
    return { summary, seconds: (performance.now() - started) / 1000 };
  };
  const withScans = join(work, 'mixed-with-scans');
  await mkdir(withScans, { recursive: true });
  const without = await run([mixedDir], join(work, 'out-without-scans'));
  for (let copy = 0; copy < COPIES; copy++) {
    for (const [file] of SCANNED) await copyFile(join(FORMATS, file), join(withScans, `${copy}-${file}`));
  }
  const withOcr = await run([mixedDir, withScans], join(work, 'out-with-scans'));
  const ocrPages = COPIES * times.length;
  const share = 1 - without.seconds / withOcr.seconds;
  console.log(
    `MIXED + ${COPIES * SCANNED.length} scanned PDFs (${ocrPages} OCR pages of ${withOcr.summary.pages}): ${fmt(withOcr.seconds)} s ` +
    `vs ${fmt(without.seconds)} s without them: OCR takes ${fmt(100 * share, 0)}% of the batch's wall time, ` +
    `${fmt((withOcr.seconds - without.seconds) / ocrPages, 2)} s per OCR page on ${availableParallelism()} workers`,
  );
}
