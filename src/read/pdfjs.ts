/**
 * pdf.js (legacy build), loaded on first use without slowing down the rest of the thread.
 * The legacy build bundles core-js, which on Node 20 REPLACES some built-ins
 * process-wide with JavaScript polyfills (Array.prototype.push, JSON.parse,
 * JSON.stringify: edge cases of V8 ≤ 12.1 that neither pdf.js nor we rely
 * on); the polyfilled push alone cost ~15% of ingestion time, every stage
 * after it included. Built-ins the polyfills ADD (Promise.withResolvers,
 * Set methods …) stay: pdf.js needs them. The worker half of pdf.js is
 * loaded here too (pdf.js uses it in-thread through globalThis.pdfjsWorker),
 * so no later lazy import replaces the built-ins again.
 */
import { createRequire } from 'node:module';

type Descriptors = Map<object, Map<PropertyKey, PropertyDescriptor>>;

/** The built-ins core-js is known to patch in place. */
const PATCHED_TARGETS: object[] = [
  Array.prototype, Array, JSON, Object, String.prototype, Promise, Map.prototype, Set.prototype,
  WeakMap.prototype, Uint8Array.prototype, Math, globalThis,
];

function snapshot(): Descriptors {
  return new Map(PATCHED_TARGETS.map((target) => [
    target,
    new Map(Reflect.ownKeys(target).flatMap((key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      return descriptor ? [[key, descriptor] as const] : [];
    })),
  ]));
}

/** Put back every built-in function that existed before and was replaced since. */
function restore(before: Descriptors): void {
  for (const [target, descriptors] of before) {
    for (const [key, original] of descriptors) {
      const current = Reflect.getOwnPropertyDescriptor(target, key);
      if (typeof original.value === 'function' && current && current.value !== original.value) {
        Reflect.defineProperty(target, key, original);
      }
    }
  }
}

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const LIBRARY = 'pdfjs-dist/legacy/build/pdf.mjs';
/** Untyped module (it only sets globalThis.pdfjsWorker): a variable keeps tsc from looking for declarations. */
const WORKER_BUILD = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * require() of these ES modules (Node ≥ 20.19 loads them so) skips the
 * TypeScript loader's per-file work on 3.4 MB of JavaScript: under tsx,
 * import() took ~1.5 s and ~400 MB per worker thread. Older Node cannot
 * require() them: import().
 */
async function load(): Promise<PdfJs> {
  const require = createRequire(import.meta.url);
  try {
    const library = require(LIBRARY) as PdfJs;
    require(WORKER_BUILD);
    return library;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw err;
    const library: PdfJs = await import(LIBRARY);
    await import(WORKER_BUILD);
    return library;
  }
}

async function loadWithoutSideEffects(): Promise<PdfJs> {
  const builtIns = snapshot();
  // With source maps on (tsx turns them on), Node would read and parse pdf.js's 7.7 MB of maps: ~0.3 s per thread.
  const sourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    return await load();
  } finally {
    process.setSourceMapsEnabled(sourceMaps);
    restore(builtIns);
  }
}

let loading: Promise<PdfJs> | undefined;

/** pdf.js, loaded on first use: a thread that never reads a PDF (the batch's main thread) never loads it. */
export function pdfjs(): Promise<PdfJs> {
  loading ??= loadWithoutSideEffects();
  return loading;
}
