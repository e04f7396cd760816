/**
 * A seeded generator of damaged reports for the fuzz suite: mutations of the
 * sample PDFs and Word documents in fixtures/corpus, at the byte level
 * (flipped bytes, truncation, a chunk cut or repeated, garbage inserted) and
 * inside the formats (a PDF content stream inflated, damaged and deflated
 * again; a Word part's XML damaged and the zip rebuilt). Input `i` of seed
 * `s` is the same on every machine and every run.
 */
import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import JSZip from 'jszip';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
/** The shorter samples (5-11 pages): each fuzz input costs a fraction of a long report. */
export const SEED_FILES = [
  'tables/ha-hoa-appendix.pdf', 'tables/tho-xuan-appendix.pdf', 'corpus/thach-khe-cchc-quy-3-2025-reflow.pdf',
  'tables/ha-hoa-appendix.docx', 'tables/tho-xuan-appendix.docx', 'corpus/thach-khe-cchc-quy-3-2025-reflow.docx',
] as const;

/** mulberry32: a small, well-mixed 32-bit PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, max: number) => Math.floor(rng() * max);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)];

/** Bytes that make parsers take other paths: delimiters, controls, high bytes, PDF and XML syntax. */
const NASTY = ['\0', '\x01', '\x1b', '\x7f', '\xff', '(', ')', '<', '>', '[', ']', '/', '\\', '%', '&', '"', 'obj', 'endobj', 'stream', 'R ', '-1', '99999999999', '<w:t>', '</w:p>', '&#0;', '&#xD800;'];

function flipBytes(rng: Rng, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let n = 1 + int(rng, 16); n > 0; n--) out[int(rng, out.length)] = int(rng, 256);
  return out;
}

function truncate(rng: Rng, bytes: Buffer): Buffer {
  return bytes.subarray(0, int(rng, bytes.length));
}

function cutChunk(rng: Rng, bytes: Buffer): Buffer {
  const start = int(rng, bytes.length);
  const end = Math.min(bytes.length, start + 1 + int(rng, 4096));
  return Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]);
}

function repeatChunk(rng: Rng, bytes: Buffer): Buffer {
  const start = int(rng, bytes.length);
  const chunk = bytes.subarray(start, start + 1 + int(rng, 2048));
  const at = int(rng, bytes.length);
  return Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: 1 + int(rng, 8) }, () => chunk), bytes.subarray(at)]);
}

function insertNasty(rng: Rng, bytes: Buffer): Buffer {
  const out: Buffer[] = [];
  let from = 0;
  const points = Array.from({ length: 1 + int(rng, 12) }, () => int(rng, bytes.length)).sort((a, b) => a - b);
  for (const at of points) {
    out.push(bytes.subarray(from, at), Buffer.from(pick(rng, NASTY), 'latin1'));
    from = at;
  }
  out.push(bytes.subarray(from));
  return Buffer.concat(out);
}

const BYTE_MUTATIONS = { flip: flipBytes, truncate, cut: cutChunk, repeat: repeatChunk, nasty: insertNasty } as const;

/** One Flate stream of the PDF inflated, damaged with a byte mutation, deflated again (its /Length left as it was). */
function mutatePdfStream(rng: Rng, bytes: Buffer): Buffer {
  const streams: Array<{ start: number; end: number }> = [];
  for (let at = bytes.indexOf('stream'); at >= 0; at = bytes.indexOf('stream', at + 6)) {
    if (bytes.toString('latin1', at - 3, at) === 'end') continue;
    const start = at + 6 + (bytes[at + 6] === 0x0d ? 2 : 1);
    const end = bytes.indexOf('endstream', start);
    if (end > start) streams.push({ start, end });
  }
  for (let tries = 0; tries < 8 && streams.length > 0; tries++) {
    const { start, end } = pick(rng, streams);
    let decoded: Buffer;
    try {
      decoded = inflateSync(bytes.subarray(start, end));
    } catch {
      continue;
    }
    const mutation = pick(rng, ['flip', 'cut', 'repeat', 'nasty'] as const);
    const damaged = deflateSync(BYTE_MUTATIONS[mutation](rng, decoded));
    return Buffer.concat([bytes.subarray(0, start), damaged, Buffer.from('\n'), bytes.subarray(end)]);
  }
  return flipBytes(rng, bytes);
}

/** Offsets in the PDF's cross-reference table changed: objects are looked for where they are not. */
function mutatePdfXref(rng: Rng, bytes: Buffer): Buffer {
  const at = bytes.lastIndexOf('\nxref');
  if (at < 0) return flipBytes(rng, bytes);
  const end = bytes.indexOf('trailer', at);
  const out = Buffer.from(bytes);
  const span = (end > at ? end : out.length) - at;
  for (let n = 1 + int(rng, 6); n > 0; n--) {
    const i = at + int(rng, span);
    if (out[i] >= 0x30 && out[i] <= 0x39) out[i] = 0x30 + int(rng, 10);
  }
  return out;
}

/** One XML part of the Word document damaged with a byte mutation, the zip rebuilt. */
async function mutateDocxPart(rng: Rng, bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const name = rng() < 0.6 ? 'word/document.xml' : pick(rng, parts);
  if (rng() < 0.1) zip.remove(name);
  else {
    const mutation = pick(rng, ['flip', 'truncate', 'cut', 'repeat', 'nasty'] as const);
    zip.file(name, BYTE_MUTATIONS[mutation](rng, await zip.file(name)!.async('nodebuffer')));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface FuzzInput {
  name: string;
  bytes: Buffer;
}

const seedBytes = new Map<string, Buffer>();
function seedFile(name: string): Buffer {
  if (!seedBytes.has(name)) seedBytes.set(name, readFileSync(new URL(name, FIXTURES)));
  return seedBytes.get(name)!;
}

/** Fuzz input number `index` of `seed`: its file name says what was done to which sample. */
export async function fuzzInput(seed: number, index: number): Promise<FuzzInput> {
  const rng = random(seed * 1_000_003 + index);
  const source = pick(rng, SEED_FILES);
  const isPdf = source.endsWith('.pdf');
  const structural = rng() < 0.5;
  let kind: string;
  let bytes: Buffer;
  if (structural && isPdf) {
    kind = rng() < 0.7 ? 'stream' : 'xref';
    bytes = (kind === 'stream' ? mutatePdfStream : mutatePdfXref)(rng, seedFile(source));
  } else if (structural) {
    kind = 'part';
    bytes = await mutateDocxPart(rng, seedFile(source));
  } else {
    kind = pick(rng, Object.keys(BYTE_MUTATIONS) as Array<keyof typeof BYTE_MUTATIONS>);
    bytes = BYTE_MUTATIONS[kind as keyof typeof BYTE_MUTATIONS](rng, seedFile(source));
  }
  const stem = source.replace(/^.*\//, '').replace(/\.(pdf|docx)$/, '');
  return { name: `fuzz-${seed}-${String(index).padStart(5, '0')}-${kind}-${stem}.${isPdf ? 'pdf' : 'docx'}`, bytes };
}
