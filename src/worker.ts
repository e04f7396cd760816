/**
 * Worker thread of the batch runner: processes one file per message and
 * answers with its compact output rows (never the whole Report, which would
 * be copied across threads and kept alive for nothing).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { OcrGate, useOcrGate } from './ocr/gate.js';
import { loadStages, processReport, type StageContext } from './pipeline.js';
import { reportRows, type ReportRows } from './write/outputs.js';

// Without this global, pdf.js inflates page streams with its own in-thread decoder instead of web
// streams over the libuv pool: for the small streams of report pages that is 5–10% less CPU per
// page and leaves the other cores to the other workers. This thread only runs the pipeline.
Reflect.deleteProperty(globalThis, 'DecompressionStream');

// OCR processes count against the batch's OCR concurrency, shared by all workers.
const shared = (workerData as { ocrGate?: SharedArrayBuffer } | null)?.ocrGate;
if (shared) useOcrGate(new OcrGate(shared));

export interface WorkerJob {
  path: string;
  sourceFile: string;
  context: StageContext;
  /** Names of the stages to run; absent = all. */
  stages?: string[];
}

/** `stageMs`: milliseconds each stage took on the file ('read' and 'rows' included). */
export type WorkerReply = { ok: true; rows: ReportRows; stageMs: Record<string, number> } | { ok: false; message: string };

async function handle(job: WorkerJob): Promise<WorkerReply> {
  try {
    const stageMs: Record<string, number> = {};
    const report = await processReport(job.path, job.sourceFile, job.context, await loadStages(job.stages), (stage, ms) => { stageMs[stage] = ms; });
    const started = performance.now();
    const rows = reportRows(report);
    stageMs.rows = performance.now() - started;
    return { ok: true, rows, stageMs };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (job: WorkerJob) => {
  void handle(job).then((reply) => parentPort!.postMessage(reply));
});
