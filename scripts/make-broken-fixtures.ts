/**
 * Makes the broken input files of fixtures/broken/ (committed; run again only
 * to change them): `npx tsx scripts/make-broken-fixtures.ts`. encrypted.pdf
 * needs qpdf on PATH.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fuzzInput } from '../test/fuzz/mutate.js';

const out = (name: string) => fileURLToPath(new URL(`../fixtures/broken/${name}`, import.meta.url));
const corpus = (name: string) => fileURLToPath(new URL(`../fixtures/corpus/${name}`, import.meta.url));

/** A minimal PDF from object bodies ({ stream } for a content stream), with a correct xref table. */
function minimalPdf(objects: Array<string | { stream: string }>): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    const text = typeof obj === 'string' ? obj : `<< /Length ${obj.stream.length} >>\nstream\n${obj.stream}\nendstream`;
    body += `${i + 1} 0 obj\n${text}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Encode NFC Vietnamese text in Windows-1258 (base letters + combining tone bytes). */
function encodeWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = byteOf.get(char);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const decomposed = char.normalize('NFD');
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/u.exec(decomposed)?.[0] ?? '';
    const base = byteOf.get(decomposed.replace(tone, '').normalize('NFC'));
    const toneByte = byteOf.get(tone);
    if (base === undefined || toneByte === undefined) throw new Error(`not encodable in Windows-1258: ${char}`);
    bytes.push(base, toneByte);
  }
  return Buffer.from(bytes);
}

mkdirSync(out(''), { recursive: true });
writeFileSync(out('empty.txt'), '');

const pdf = readFileSync(corpus('thach-khe-cchc-quy-3-2025-reflow.pdf'));
writeFileSync(out('truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 2)));

execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', corpus('thach-khe-cchc-quy-3-2025-reflow.pdf'), out('encrypted.pdf')]);

writeFileSync(
  out('html-as.pdf'),
  '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Không tìm thấy trang</h1></body></html>\n',
);

writeFileSync(out('not-a-zip.docx'), 'Báo cáo cải cách hành chính (this is plain text saved with a .docx name)\n');

// A page that only draws shapes: what a scan without OCR gives a text reader.
writeFileSync(
  out('no-text-layer.pdf'),
  minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    { stream: '0.5 g 72 600 451 170 re f 72 500 300 40 re S' },
  ]),
);

// One page with text, one with only shapes: read, but partly.
writeFileSync(
  out('partly-scanned.pdf'),
  minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> >> >>',
    { stream: 'BT /F1 12 Tf 72 720 Td (Bao cao so 12/BC-UBND) Tj ET' },
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << >> >>',
    { stream: '0.5 g 72 600 451 170 re f' },
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]),
);

writeFileSync(
  out('latin1.txt'),
  encodeWindows1258('BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính quý I năm 2024\nTổng số hồ sơ tiếp nhận: 8.803 hồ sơ; đã giải quyết đúng hạn 8.790 hồ sơ.\n'),
);

// Offsets of the cross-reference table changed (fuzz input 583 of seed 7): pdf.js reads the text
// but leaves the XRefEntryException of one object lookup unhandled (it used to kill the worker).
writeFileSync(out('bad-xref-entry.pdf'), (await fuzzInput(7, 583)).bytes);

// A font without a Unicode map (Identity-H, no ToUnicode): the text layer reads as glyph codes.
const glyphCodes = Array.from({ length: 40 }, (_, row) => {
  const codes = Array.from({ length: 30 }, (_, i) => (((row * 7 + i * 13) % 30) + 1).toString(16).padStart(4, '0')).join('');
  return `BT /F1 10 Tf 50 ${780 - row * 18} Td <${codes}> Tj ET`;
}).join('\n');
writeFileSync(
  out('glyph-codes.pdf'),
  minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    { stream: glyphCodes },
    '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+TimesNewRoman /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+TimesNewRoman /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>',
  ]),
);

// A Word part cut mid-tag (fuzz input 2189 of seed 2): mammoth's XML parser took seconds over what
// follows the damage, until it was made to stop at its first report (src/read/mammoth.ts).
writeFileSync(out('damaged-xml.docx'), (await fuzzInput(2, 2189)).bytes);
