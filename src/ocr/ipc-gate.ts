/**
 * The OCR gate of a worker process: the batch process holds the gate
 * (shared memory cannot cross a process boundary), and a worker asks it for
 * a slot, tells it the pid of the OCR process it runs and frees the slot,
 * over the worker's IPC channel (see src/worker-pool.ts).
 */
import type { OcrSlots } from './gate.js';

/** Worker → batch. */
export type OcrGateRequest =
  | { type: 'ocr-acquire'; request: number }
  | { type: 'ocr-pid'; slot: number; pid: number }
  | { type: 'ocr-release'; slot: number };

/** Batch → worker: the slot granted for a request. */
export interface OcrGateReply {
  type: 'ocr-slot';
  request: number;
  slot: number;
}

export function isOcrGateReply(message: unknown): message is OcrGateReply {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ocr-slot';
}

export class IpcOcrGate implements OcrSlots {
  private nextRequest = 1;
  private readonly waiting = new Map<number, (slot: number) => void>();

  constructor(private readonly send: (message: OcrGateRequest) => void) {}

  /** The holder is the worker itself: the batch process knows which one asks. */
  acquire(): Promise<number> {
    const request = this.nextRequest++;
    return new Promise((resolve) => {
      this.waiting.set(request, resolve);
      this.send({ type: 'ocr-acquire', request });
    });
  }

  /** A reply from the batch process. */
  granted(reply: OcrGateReply): void {
    this.waiting.get(reply.request)?.(reply.slot);
    this.waiting.delete(reply.request);
  }

  setPid(slot: number, pid: number): void {
    this.send({ type: 'ocr-pid', slot, pid });
  }

  release(slot: number): void {
    this.send({ type: 'ocr-release', slot });
  }
}
