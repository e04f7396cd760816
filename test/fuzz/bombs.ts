/**
 * Resource attacks, built small: a PDF whose page content is a Flate bomb
 * and a Word document whose document.xml is a zip bomb (each a few hundred
 * KB that inflate to `decodedMb` of blanks), from the sample fixtures.
 */
import { readFileSync } from 'node:fs';
import { crc32, createDeflate, createDeflateRaw } from 'node:zlib';
import JSZip from 'jszip';

const FIXTURE_DOCX = new URL('../../fixtures/corpus/thach-khe-cchc-quy-3-2025.docx', import.meta.url);
const MB = 1024 * 1024;

/** Deflate `head`, `blankMb` MB of spaces and `tail` in one stream (raw for zip, zlib-wrapped for PDF). */
async function deflateWithBlanks(head: Buffer, blankMb: number, tail: Buffer, raw: boolean): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const blanks = Buffer.alloc(MB, 0x20);
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < blankMb; i++) {
    crc = crc32(blanks, crc);
    deflate.write(blanks);
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await ended;
  return { data: Buffer.concat(parts), crc, size: head.length + blankMb * MB + tail.length };
}

/**
 * A one-page PDF saying a few words, whose content stream inflates to `decodedMb` MB. `hidden`:
 * the Flate data is hex-encoded first (a filter chain the stream check does not follow), so only
 * the memory limit of the worker stops it.
 */
export async function pdfFlateBomb(decodedMb: number, options: { hidden?: boolean } = {}): Promise<Buffer> {
  const deflated = await deflateWithBlanks(Buffer.from('BT /F1 12 Tf 72 720 Td (Bao cao so 1) Tj ET\n'), decodedMb, Buffer.from('\n'), false);
  const data = options.hidden ? Buffer.from(`${deflated.data.toString('hex')}>`) : deflated.data;
  const filter = options.hidden ? '[/ASCIIHexDecode /FlateDecode]' : '/FlateDecode';
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter ${filter} >>\nstream\n`), data, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)];
  parts.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

interface ZipEntry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  method: 0 | 8;
}

/** A zip of already compressed entries (JSZip would deflate the blanks itself, slowly). */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The sample Word document with `decodedMb` MB of blanks inside its body (a zip bomb of a few hundred KB). */
export async function docxZipBomb(decodedMb: number): Promise<Buffer> {
  const source = await JSZip.loadAsync(readFileSync(FIXTURE_DOCX));
  const entries: ZipEntry[] = [];
  for (const file of Object.values(source.files)) {
    if (file.dir) continue;
    const bytes = await file.async('nodebuffer');
    if (file.name === 'word/document.xml') {
      const at = bytes.indexOf('<w:body>') + '<w:body>'.length;
      entries.push({ name: file.name, method: 8, ...(await deflateWithBlanks(bytes.subarray(0, at), decodedMb, bytes.subarray(at), true)) });
    } else {
      entries.push({ name: file.name, method: 0, data: bytes, crc: crc32(bytes), size: bytes.length });
    }
  }
  return zip(entries);
}

