/**
 * Worker process of the batch runner: processes one file per message and
 * answers with its compact output rows (never the whole Report). It first
 * tells the report_id, as soon as the file's bytes are hashed, so that a file
 * that later crashes or hangs its worker keeps its own id.
 */
import { useOcrGate } from './ocr/gate.js';
import { IpcOcrGate, isOcrGateReply, type OcrGateReply } from './ocr/ipc-gate.js';
import { loadStages, runStages, type StageContext } from './pipeline.js';
import { readReport } from './read/index.js';
import type { FilePath } from './read/input.js';
import { renderRows, reportRows, type RenderedRows } from './write/outputs.js';

// Without this global, pdf.js inflates page streams with its own in-thread decoder instead of web
// streams over the libuv pool: for the small streams of report pages that is 5–10% less CPU per
// page and leaves the other cores to the other workers. This process only runs the pipeline.
Reflect.deleteProperty(globalThis, 'DecompressionStream');

// OCR processes count against the batch's OCR concurrency, shared by all workers: the batch holds the gate.
const gate = new IpcOcrGate((message) => process.send?.(message));
useOcrGate(gate);

export interface WorkerJob {
  path: FilePath;
  sourceFile: string;
  context: StageContext;
  /** Names of the stages to run; absent = all. */
  stages?: string[];
}

/**
 * `rows`: rendered here, so that the batch process only writes lines; `stageMs`: milliseconds each
 * stage took on the file ('read' and 'rows' included).
 */
export type WorkerReply = { ok: true; rows: RenderedRows; stageMs: Record<string, number> } | { ok: false; message: string };

/** What a worker tells its parent: ready for a job; a job's report_id; a job's result. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'id'; id: string }
  /** `faults`: errors that escaped the pipeline while the job ran (the worker is then replaced). */
  | { type: 'done'; reply: WorkerReply; faults: string[] };

function oneLine(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.split('\n')[0] ?? '';
}

// pdf.js leaves some promise rejections of a damaged file unhandled; they would otherwise kill the
// process in the middle of a later file. They are recorded against the job running, and the parent
// replaces a worker that had any (its state may be left inconsistent), without changing the rows.
const faults: string[] = [];
process.on('unhandledRejection', (reason) => faults.push(oneLine(reason)));
process.on('uncaughtException', (err) => faults.push(oneLine(err)));

const send = (message: WorkerMessage) => process.send?.(message);

async function handle(job: WorkerJob): Promise<void> {
  let reply: WorkerReply;
  try {
    const stageMs: Record<string, number> = {};
    const onStage = (stage: string, ms: number) => { stageMs[stage] = ms; };
    let started = performance.now();
    const report = await readReport(job.path, { sourceFile: job.sourceFile, onId: (id) => send({ type: 'id', id }) });
    onStage('read', performance.now() - started);
    await runStages(report, job.context, await loadStages(job.stages), onStage);
    started = performance.now();
    const rows = renderRows(reportRows(report));
    onStage('rows', performance.now() - started);
    reply = { ok: true, rows, stageMs };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  // A rejection the job left unhandled is reported once the tasks queued so far have run.
  await new Promise((resolve) => setImmediate(resolve));
  send({ type: 'done', reply, faults: faults.splice(0) });
}

process.on('message', (message: WorkerJob | OcrGateReply) => {
  if (isOcrGateReply(message)) gate.granted(message);
  else void handle(message);
});
// The batch is gone (it ended or was killed): nothing is left to do.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
