/**
 * Worker processes of the batch runner, one file at a time each. Processes,
 * not threads: pdf.js and the zip reader inflate into buffers outside the V8
 * heap, which no thread limit bounds, and a read blocked in the kernel
 * cannot be stopped in a thread. A process is measured (its resident memory)
 * and killed as a whole, and takes everything the file did with it (as
 * Tika's ForkParser does). A worker that crashed, timed out, went over its
 * memory limit or let an error escape a job is replaced.
 *
 * The OCR gate (src/ocr/gate.ts) lives here, in the batch process: shared
 * memory cannot cross a process boundary, so a worker asks for an OCR slot
 * over its IPC channel, tells the pid of the OCR process it runs, and frees
 * the slot; a worker that ends (killed or crashed) frees its slots and its
 * OCR processes are killed, as with threads.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OcrGate } from './ocr/gate.js';
import { WORKER_MEMORY_ENV } from './ocr/tesseract.js';
import type { OcrGateReply, OcrGateRequest } from './ocr/ipc-gate.js';
import type { WorkerJob, WorkerMessage, WorkerReply } from './worker.js';

export interface PoolOptions {
  /** A job still running after this long is stopped (its worker killed). */
  timeoutMs: number;
  /** Memory limit of one worker process in MB: its V8 heap and its resident memory. */
  memoryMb: number;
  /** OCR processes running at once across all workers. */
  ocrGate: OcrGate;
}

/** A job's result; `id` is the report_id the worker had found before it failed, if any. */
export type JobResult = Extract<WorkerReply, { ok: true }> | { ok: false; message: string; id?: string };

/**
 * V8 heap settings of a worker, so that its peak memory does not depend on how many files it has
 * processed. Each file leaves its report as garbage in the old generation (about 1 MB for a small
 * file); with a 2 GB heap limit V8 lets the old generation grow to 4× its live size before a full
 * collection, so a worker's resident memory climbed with every file until the first one (~75 files
 * in): 185 MB peak at 50 files, 257 MB at 200, with 40 MB live after each collection. Growing the
 * old generation by 1.5× instead (a full collection every ~20 MB of garbage) and a 8 MB
 * semi-space (16 MB by default: the young generation holds one file's short-lived objects):
 * 150 MB at 50 files, 168 MB at 200. It costs about 5–15% more CPU (more full collections of the
 * 40 MB of loaded rules and modules); a forced gc() between files was flat too but 50–100% slower.
 */
const HEAP_FLAGS = ['--heap-growing-percent=50', '--max-semi-space-size=8'];
/** How often the resident memory of busy workers is measured. */
const MEMORY_POLL_MS = 20;
/** Tail of a worker's stderr kept to tell why it died. */
const STDERR_TAIL = 4096;

/**
 * The worker module beside this one: compiled JavaScript when this is the
 * build in dist/ (the CLI after npm run build), TypeScript through tsx's
 * loader when this is src/ (vitest, tsx). tsx costs each worker ~1 s of CPU at start.
 */
function workerEntry(): { module: string; execArgv: string[] } {
  const compiled = import.meta.url.endsWith('.js');
  const module = fileURLToPath(new URL(compiled ? './worker.js' : './worker.ts', import.meta.url));
  return { module, execArgv: compiled ? [] : ['--import', import.meta.resolve('tsx')] };
}
const WORKER_ENTRY = workerEntry();

/** Resident memory of a process in MB, from /proc (Linux); undefined elsewhere or once it is gone. */
async function residentMb(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'latin1');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

interface Worker {
  process: ChildProcess;
  ready: Promise<boolean>;
  stderr: string;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly live = new Set<Worker>();
  private closed = false;
  /** OCR gate holder id of the next worker (each worker's slots are freed when it ends). */
  private nextHolder = 1;

  constructor(private readonly options: PoolOptions) {}

  run(job: WorkerJob): Promise<JobResult> {
    if (this.closed) return Promise.resolve({ ok: false, message: 'batch stopped' });
    const worker = this.idle.pop() ?? this.spawn();
    const child = worker.process;
    const { timeoutMs, memoryMb } = this.options;
    return new Promise((resolve) => {
      let id: string | undefined;
      let settled = false;
      const finish = (result: JobResult, reusable: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(watch);
        child.off('message', onMessage).off('exit', onExit);
        if (reusable && !this.closed) this.idle.push(worker);
        else this.kill(worker);
        resolve(result.ok ? result : { ...result, id });
      };
      const fail = (message: string) => finish({ ok: false, message }, false);
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'id') id = message.id;
        else if (message.type === 'done') finish(message.reply, message.faults.length === 0);
      };
      const outOfMemory = `out of memory (worker memory limit ${memoryMb} MB)`;
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        fail(/heap out of memory|Reached heap limit/i.test(worker.stderr) ? outOfMemory : `worker exited (${signal ?? `code ${code}`})`);
      };
      const timeOut = () => setTimeout(() => fail(`timed out after ${timeoutMs / 1000} s`), timeoutMs);
      // A worker that does not start in time fails the job too; the file's own time starts once it is sent.
      let timer = timeOut();
      const watch = setInterval(() => {
        if (child.pid === undefined) return;
        void residentMb(child.pid).then((mb) => {
          if (mb !== undefined && mb > memoryMb) fail(outOfMemory);
        });
      }, MEMORY_POLL_MS);
      child.on('message', onMessage).on('exit', onExit);
      void worker.ready.then((ready) => {
        if (!ready || settled) return;
        clearTimeout(timer);
        timer = timeOut();
        child.send(job);
      });
    });
  }

  /** Start workers before the first job, so that their start-up overlaps other work. */
  warm(count: number): void {
    while (this.live.size < count) this.idle.push(this.spawn());
  }

  async close(): Promise<void> {
    this.closed = true;
    const exits = [...this.live].map((worker) => new Promise((resolve) => {
      if (worker.process.exitCode !== null || worker.process.signalCode !== null) resolve(undefined);
      else worker.process.once('exit', resolve);
    }));
    for (const worker of this.live) this.kill(worker);
    await Promise.all(exits);
  }

  private kill(worker: Worker): void {
    worker.process.kill('SIGKILL');
  }

  private spawn(): Worker {
    const child = fork(WORKER_ENTRY.module, [], {
      execArgv: [...WORKER_ENTRY.execArgv, `--max-old-space-size=${this.options.memoryMb}`, ...HEAP_FLAGS],
      // Buffers (file names that are not UTF-8) cross as Buffers.
      serialization: 'advanced',
      env: { ...process.env, [WORKER_MEMORY_ENV]: String(this.options.memoryMb) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const worker: Worker = {
      process: child,
      stderr: '',
      ready: new Promise((resolve) => {
        const onMessage = (message: WorkerMessage) => {
          if (message.type !== 'ready') return;
          child.off('message', onMessage).off('exit', onExit);
          resolve(true);
        };
        const onExit = () => {
          child.off('message', onMessage);
          resolve(false);
        };
        child.on('message', onMessage).once('exit', onExit);
      }),
    };
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      worker.stderr = (worker.stderr + text).slice(-STDERR_TAIL);
    });
    // A worker that fails to start or dies idle is reported by the job it would have run.
    child.on('error', () => {});
    const holder = this.nextHolder++;
    const gate = this.options.ocrGate;
    let exited = false;
    child.on('message', (message: WorkerMessage | OcrGateRequest) => {
      if (message.type === 'ocr-acquire') {
        void gate.acquire(holder).then((slot) => {
          // A worker that ended while it waited frees the slot at once.
          if (exited) gate.release(slot);
          else child.send({ type: 'ocr-slot', request: message.request, slot } satisfies OcrGateReply);
        });
      } else if (message.type === 'ocr-pid') gate.setPid(message.slot, message.pid);
      else if (message.type === 'ocr-release') gate.release(message.slot);
    });
    this.live.add(worker);
    child.once('exit', () => {
      exited = true;
      // A worker stopped mid-file (timeout, out of memory) leaves no OCR process behind.
      gate.releaseHolder(holder);
      this.live.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
    });
    return worker;
  }
}
