/**
 * `npm run bench`: ingestion speed (read + repair + lines, every core through
 * the batch worker pool) over the fixture PDFs and DOCX files replicated to
 * 240 documents, against `pdftotext` (two at a time) and pdf.js alone over
 * the same PDFs (medians of interleaved runs), and peak RSS after 100
 * documents vs after all of them (it must not grow with the number of
 * documents), and OCR seconds per scanned page and OCR's share of a mixed
 * batch (bench/ocr.ts). Not a test: numbers vary with the machine.
 * Runs the compiled library (dist/), as the cchc command does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BatchSummary } from '../src/batch.js';
import { ocrBench } from './ocr.js';
import { pdfjsAloneSeconds } from './pdfjs-alone.js';

// The compiled build (npm run bench builds it first), as the cchc command runs: workers start without tsx.
const { runBatch } = (await import(new URL('../dist/batch.js', import.meta.url).href)) as typeof import('../src/batch.js');

const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const COPIES = 20; // 6 PDFs + 6 DOCX per copy → 240 documents
const RSS_CHECKPOINT = 100;
const ROUNDS = 5;
/** Ingestion = reading plus the text repair stage; later stages are extraction, not ingestion. */
const INGEST_STAGES = ['normalise'];
const MB = 1024 * 1024;

async function replicate(dir: string, extensions: string[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  const sources = (await readdir(CORPUS)).filter((f) => extensions.includes(extname(f).toLowerCase()));
  for (let copy = 0; copy < COPIES; copy++) {
    for (const file of sources) await copyFile(join(CORPUS, file), join(dir, `${copy}-${file}`));
  }
  return sources.length * COPIES;
}

/** Highest resident set size of this process so far (worker threads included: they share it). */
async function vmHwmBytes(): Promise<number | undefined> {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : undefined;
}

interface Measured { summary: BatchSummary; seconds: number; cpuSeconds: number; peakRss: number; peakRssAtCheckpoint: number }

async function ingest(input: string, out: string): Promise<Measured> {
  let peakRss = process.memoryUsage.rss();
  let peakRssAtCheckpoint = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 50);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    const summary = await runBatch([input], {
      out,
      concurrency: availableParallelism(),
      stages: INGEST_STAGES,
      onProgress: ({ done }) => {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        if (done === RSS_CHECKPOINT) peakRssAtCheckpoint = peakRss;
      },
    });
    const cpu = process.cpuUsage(cpuBefore);
    return { summary, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss, peakRssAtCheckpoint };
  } finally {
    clearInterval(sampler);
  }
}

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).status === 0;
}

/** `times` prints the shell's, then its children's, user and system time: "0m1.234s 0m0.056s". */
function childCpuSeconds(times: string): number {
  const children = times.trim().split('\n').at(-1) ?? '';
  return [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, min, sec]) => sum + Number(min) * 60 + Number(sec), 0);
}

/** Wall and CPU time of pdftotext over every PDF in dir, two processes at a time. */
function pdftotextTimes(dir: string): { seconds: number; cpuSeconds: number } {
  const started = performance.now();
  const times = execFileSync('sh', ['-c', `ls -1 *.pdf | xargs -P 2 -I{} pdftotext {} /dev/null; times`], { cwd: dir, encoding: 'utf8' });
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: childCpuSeconds(times) };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const work = await mkdtemp(join(tmpdir(), 'cchc-bench-'));
try {
  const pdfDir = join(work, 'pdf');
  const mixedDir = join(work, 'mixed');
  const pdfCount = await replicate(pdfDir, ['.pdf']);
  const mixedCount = await replicate(mixedDir, ['.pdf', '.docx']);
  console.log(`cchc ingestion bench: ${availableParallelism()} workers, stages read${INGEST_STAGES.map((s) => ` + ${s}`).join('')}`);

  // The mixed run goes first, so its RSS checkpoints start from a fresh process.
  const mixed = await ingest(mixedDir, join(work, 'out-mixed'));
  console.log(
    `MIXED ${mixedCount} docs (PDF + DOCX), ${mixed.summary.pages} pages in ${fmt(mixed.seconds)} s: ` +
    `${fmt(mixed.summary.pages / mixed.seconds)} pages/s, ${fmt(mixedCount / mixed.seconds)} docs/s (${mixed.summary.error} errors)`,
  );
  console.log(
    `peak RSS (process incl. worker threads): ${fmt(mixed.peakRssAtCheckpoint / MB, 0)} MB after ${RSS_CHECKPOINT} docs, ` +
    `${fmt(mixed.peakRss / MB, 0)} MB after ${mixedCount} docs`,
  );
  // Wall times on a shared machine swing by ±20% from run to run: PDF ingestion, pdftotext and
  // pdf.js alone run in turn, ROUNDS times, and the ratios come from the medians.
  const withPdftotext = hasPdftotext();
  const runs: Array<{ cchc: Measured; pdftotext?: { seconds: number; cpuSeconds: number }; pdfjs: number }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const pdftotext = withPdftotext ? pdftotextTimes(pdfDir) : undefined;
    const cchc = await ingest(pdfDir, join(work, `out-pdf-${round}`));
    const pdfjs = await pdfjsAloneSeconds(pdfDir, availableParallelism());
    runs.push({ cchc, pdftotext, pdfjs });
  }
  const pages = runs[0].cchc.summary.pages;
  const seconds = median(runs.map((run) => run.cchc.seconds));
  const cpuSeconds = median(runs.map((run) => run.cchc.cpuSeconds));
  const range = (values: number[]) => `${fmt(Math.min(...values), 2)}–${fmt(Math.max(...values), 2)} s`;
  console.log(
    `PDF   ${pdfCount} docs, ${pages} pages, median of ${ROUNDS} runs ${fmt(seconds, 2)} s (${range(runs.map((run) => run.cchc.seconds))}): ` +
    `${fmt(pages / seconds)} pages/s, ${fmt(pdfCount / seconds)} docs/s (${runs[0].cchc.summary.error} errors); ` +
    `CPU ${fmt(cpuSeconds)} s = ${fmt(1000 * cpuSeconds / pages, 2)} ms/page`,
  );
  const pdfjs = median(runs.map((run) => run.pdfjs));
  console.log(`pdf.js text extraction alone, same threads: median ${fmt(pdfjs, 2)} s (${range(runs.map((run) => run.pdfjs))}); cchc adds ${fmt(100 * (seconds / pdfjs - 1), 0)}%`);
  if (withPdftotext) {
    const reference = median(runs.map((run) => run.pdftotext!.seconds));
    const referenceCpu = median(runs.map((run) => run.pdftotext!.cpuSeconds));
    console.log(
      `pdftotext (xargs -P 2) same ${pdfCount} PDFs: median ${fmt(reference, 2)} s (${range(runs.map((run) => run.pdftotext!.seconds))}); ` +
      `cchc / pdftotext wall time = ${fmt(seconds / reference, 2)}× (target ≤ 3×); pdf.js alone / pdftotext = ${fmt(pdfjs / reference, 2)}×`,
    );
    console.log(`CPU time: cchc ${fmt(cpuSeconds)} s, pdftotext ${fmt(referenceCpu, 2)} s; cchc / pdftotext CPU time = ${fmt(cpuSeconds / referenceCpu, 2)}×`);
  } else {
    console.log('pdftotext not installed: no reference timing');
  }

  await ocrBench(mixedDir, work, INGEST_STAGES);

  const hwm = await vmHwmBytes();
  if (hwm) console.log(`VmHWM (peak RSS) over the whole bench: ${fmt(hwm / MB, 0)} MB`);
} finally {
  await rm(work, { recursive: true, force: true });
}

