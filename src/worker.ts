/**
 * Worker process of the batch runner: processes one file per message and
 * answers with its compact output rows (never the whole Report). It first
 * tells the report_id, as soon as the file's bytes are hashed, so that a file
 * that later crashes or hangs its worker keeps its own id.
 */
import { useOcrGate } from './ocr/gate.js';
import { IpcOcrGate, isOcrGateReply, type OcrGateReply } from './ocr/ipc-gate.js';
import type { Report } from './model/report.js';
import { loadStages, runStages, type Stage, type StageContext } from './pipeline.js';
import { readReport } from './read/index.js';
import { pathText, type FilePath } from './read/input.js';
import { type CheckpointFile, keepCheckpoint, restoreCheckpoint } from './write/checkpoints.js';
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
  /** Where the report cache keeps this file's checkpoints (none without a cache). */
  checkpoints?: CheckpointFile[];
}

/**
 * `rows`: rendered here, so that the batch process only writes lines; `stageMs`: milliseconds each
 * stage took on the file ('read' or 'resume', and 'rows' included); `resumedAfter`: the stage whose
 * checkpoint the file was taken up from (it was not read again).
 */
export type WorkerReply =
  | { ok: true; rows: RenderedRows; stageMs: Record<string, number>; resumedAfter?: string }
  | { ok: false; message: string };

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

/** The file's report taken up from its latest checkpoint that these stages pass, or read afresh. */
async function startReport(job: WorkerJob, stages: readonly Stage[], onStage: (stage: string, ms: number) => void) {
  const started = performance.now();
  const restored = job.checkpoints ? await restoreCheckpoint(job.checkpoints) : undefined;
  const from = restored ? stages.findIndex((stage) => stage.name === restored.after) : -1;
  if (restored && from >= 0) {
    send({ type: 'id', id: restored.report.id });
    restored.report.path = pathText(job.path);
    onStage('resume', performance.now() - started);
    return { report: restored.report, rest: stages.slice(from + 1), resumedAfter: restored.after };
  }
  const report = await readReport(job.path, { sourceFile: job.sourceFile, onId: (id) => send({ type: 'id', id }) });
  onStage('read', performance.now() - started);
  return { report, rest: stages };
}

/** Run the stages, keeping the report at each checkpoint it passes cleanly (written while the later stages run). */
async function runKeeping(report: Report, stages: readonly Stage[], job: WorkerJob, onStage: (stage: string, ms: number) => void) {
  let from = 0;
  const writes: Array<Promise<void>> = [];
  for (const checkpoint of job.checkpoints ?? []) {
    const end = stages.findIndex((stage) => stage.name === checkpoint.after) + 1;
    if (end <= from) continue;
    await runStages(report, job.context, stages.slice(from, end), onStage);
    from = end;
    // A report a stage failed on is not kept: the failure may not recur.
    if (report.status === 'error' || report.error) break;
    const started = performance.now();
    writes.push(keepCheckpoint(checkpoint, report));
    onStage(`keep ${checkpoint.after}`, performance.now() - started);
  }
  await runStages(report, job.context, stages.slice(from), onStage);
  await Promise.all(writes);
}

async function handle(job: WorkerJob): Promise<void> {
  let reply: WorkerReply;
  try {
    const stageMs: Record<string, number> = {};
    const onStage = (stage: string, ms: number) => { stageMs[stage] = ms; };
    const { report, rest, resumedAfter } = await startReport(job, await loadStages(job.stages), onStage);
    await runKeeping(report, rest, job, onStage);
    const started = performance.now();
    const rows = renderRows(reportRows(report));
    onStage('rows', performance.now() - started);
    reply = { ok: true, rows, stageMs, ...(resumedAfter ? { resumedAfter } : {}) };
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
