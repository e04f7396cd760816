/**
 * pdf.js, loaded on first use: a thread that never reads a PDF (the batch's
 * main thread) never loads it.
 *
 * The build is the serverless one unpdf ships (pinned: unpdf 1.8.1 bundles
 * pdf.js 6.1.200), not pdfjs-dist's legacy build: on our corpus it extracts
 * the same text ~20% faster and loads in half the time, needs no Node 20
 * polyfill of its own (it adds the few missing built-ins, such as
 * Promise.withResolvers, and replaces none; the legacy build's core-js
 * replaced Array.prototype.push and JSON process-wide, slowing every later
 * stage), and runs pdf.js's worker half in this thread.
 */
export type PdfJs = typeof import('unpdf/pdfjs');

let loading: Promise<PdfJs> | undefined;

export function pdfjs(): Promise<PdfJs> {
  loading ??= import('unpdf/pdfjs');
  return loading;
}
