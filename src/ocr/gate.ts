/**
 * How many OCR processes run at once across a batch, whatever worker process
 * starts them: a counting semaphore held by the batch process (workers reach
 * it over IPC, src/ocr/ipc-gate.ts). Each slot records its holder (a worker's id) and the pid of the
 * process it runs, so that when the batch ends a worker that timed out or ran
 * out of memory it also kills that worker's OCR process and frees its slot.
 */
import { availableParallelism } from 'node:os';

const VERSION = 0; // bumped on every release; waiters sleep on it
const HOLDER = (slot: number) => 1 + 2 * slot;
const PID = (slot: number) => 2 + 2 * slot;
/** A waiter looks again after this long even without a wake-up (a holder killed between two checks). */
const RECHECK_MS = 500;

/** Atomics.waitAsync (Node 16+; in TypeScript's lib from ES2024 on, later than this project's target). */
const waitAsync = (Atomics as unknown as {
  waitAsync(cells: Int32Array, index: number, value: number, timeout: number): { async: boolean; value: unknown };
}).waitAsync;

/** What OCR needs of a gate: this process's OcrGate, or a worker process's IpcOcrGate (src/ocr/ipc-gate.ts). */
export interface OcrSlots {
  acquire(holder: number): Promise<number>;
  setPid(slot: number, pid: number): void;
  release(slot: number): void;
}

export class OcrGate implements OcrSlots {
  private readonly cells: Int32Array;
  readonly slots: number;

  constructor(readonly shared: SharedArrayBuffer) {
    this.cells = new Int32Array(shared);
    this.slots = (this.cells.length - 1) / 2;
  }

  static create(concurrency: number): OcrGate {
    return new OcrGate(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (1 + 2 * Math.max(1, concurrency))));
  }

  /** Wait for a free slot and take it for `holder` (a positive id); returns the slot. */
  async acquire(holder: number): Promise<number> {
    for (;;) {
      const version = Atomics.load(this.cells, VERSION);
      for (let slot = 0; slot < this.slots; slot++) {
        if (Atomics.compareExchange(this.cells, HOLDER(slot), 0, holder) === 0) return slot;
      }
      const wait = waitAsync(this.cells, VERSION, version, RECHECK_MS);
      if (wait.async) await wait.value;
    }
  }

  /** Record the process a slot runs, for releaseHolder. */
  setPid(slot: number, pid: number): void {
    Atomics.store(this.cells, PID(slot), pid);
  }

  release(slot: number): void {
    Atomics.store(this.cells, PID(slot), 0);
    Atomics.store(this.cells, HOLDER(slot), 0);
    Atomics.add(this.cells, VERSION, 1);
    Atomics.notify(this.cells, VERSION);
  }

  /** Free every slot of a holder that is gone, killing the process each one ran. */
  releaseHolder(holder: number): void {
    for (let slot = 0; slot < this.slots; slot++) {
      if (Atomics.load(this.cells, HOLDER(slot)) !== holder) continue;
      const pid = Atomics.load(this.cells, PID(slot));
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      this.release(slot);
    }
  }
}

let current: OcrSlots | undefined;

/** The gate of this process: the batch's when set by the worker, else one of this process (as many slots as CPUs). */
export function ocrGate(): OcrSlots {
  current ??= OcrGate.create(availableParallelism());
  return current;
}

export function useOcrGate(gate: OcrSlots): void {
  current = gate;
}
