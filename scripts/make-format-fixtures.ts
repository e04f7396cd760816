/**
 * Makes fixtures/formats/ (committed; run again only to change them):
 * `npx tsx scripts/make-format-fixtures.ts`. Needs LibreOffice (`soffice`),
 * poppler-utils and ImageMagick (`convert`) on PATH, at fixture-build time only.
 *
 * - <report>.doc: the corpus DOCX saved as Word 97–2003 by LibreOffice.
 * - structure.doc: a small document of our own with a table (a cell of two
 *   paragraphs, an empty cell), footnotes, a header and footer, a hyperlink
 *   field and a page break.
 * - thach-khe-tcvn3.doc: the Thạch Khê report's text in TCVN3 (.VnTime font).
 * - thach-khe-scanned.pdf: three corpus pages rasterised (150–300 dpi, grey,
 *   slightly rotated, speckled, JPEG), no text layer.
 * - ha-hoa-annex-scanned.pdf: three digital pages of the Hạ Hòa report
 *   followed by two of its appendix-table pages as scans.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, ExternalHyperlink, FootnoteReferenceRun, Footer, Header, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { encodeLegacy } from '../test/read/legacy-encode.js';

const out = (name: string) => fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url));
const corpus = (name: string) => fileURLToPath(new URL(`../fixtures/corpus/${name}`, import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cchc-formats-'));

/** Save a DOCX as .doc with LibreOffice, under `name`. */
function toDoc(docx: string, name: string): void {
  execFileSync('soffice', ['--headless', '--convert-to', 'doc:MS Word 97', '--outdir', work, docx], { stdio: 'ignore' });
  renameSync(join(work, basename(docx).replace(/\.docx$/, '.doc')), out(name));
}

async function writeDocx(path: string, doc: Document): Promise<string> {
  writeFileSync(path, new Uint8Array(await Packer.toBuffer(doc)));
  return path;
}

function structureDocument(): Document {
  const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((text) => new Paragraph(text)) });
  return new Document({
    footnotes: {
      1: { children: [new Paragraph('Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND xã.')] },
      2: { children: [new Paragraph('Công văn số 40/UBND-VP.'), new Paragraph('Chú thích có hai đoạn.')] },
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Tiêu đề trang không thuộc nội dung')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Chân trang không thuộc nội dung')] }) },
        children: [
          new Paragraph('BÁO CÁO THỬ'),
          new Paragraph({ children: [new TextRun('Xã đã ban hành kế hoạch'), new FootnoteReferenceRun(1), new TextRun(' và công văn'), new FootnoteReferenceRun(2), new TextRun('.')] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('STT'), cell('Nội dung', 'chỉ tiêu'), cell('Số liệu')] }),
              new TableRow({ children: [cell('1'), cell('Số hồ sơ tiếp nhận'), cell('1.204')] }),
              new TableRow({ children: [cell('2'), cell('Số hồ sơ trễ hạn'), cell()] }),
            ],
          }),
          new Paragraph({ children: [new TextRun('Xem thêm tại '), new ExternalHyperlink({ link: 'https://example.org', children: [new TextRun('cổng thông tin')] }), new TextRun('.')] }),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph('Trang hai của báo cáo.'),
        ],
      },
    ],
  });
}

/** The report's text lines in TCVN3, set in .VnTime as such documents were. */
function tcvn3Document(text: string): Document {
  const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0);
  return new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: encodeLegacy(line, 'tcvn3'), font: '.VnTime' })] })) }],
  });
}

interface ScanStyle {
  dpi: number;
  degrees: number;
}

/** A PDF of JPEG pages (DCTDecode, DeviceGray), each drawn over an A4-sized page like the original. */
function jpegPdf(pages: Array<{ jpeg: Buffer; pixelWidth: number; pixelHeight: number; width: number; height: number }>): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  const add = (body: string, stream?: Buffer) => {
    offsets.push(length);
    const parts: Buffer[] = [Buffer.from(`${offsets.length} 0 obj\n`, 'latin1'), Buffer.from(body, 'latin1')];
    if (stream) parts.push(Buffer.from('\nstream\n', 'latin1'), stream, Buffer.from('\nendstream', 'latin1'));
    parts.push(Buffer.from('\nendobj\n', 'latin1'));
    for (const part of parts) {
      chunks.push(part);
      length += part.length;
    }
  };
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((page, i) => {
    const image = 4 + i * 3;
    const content = Buffer.from(`q ${page.width} 0 0 ${page.height} 0 0 cm /Im0 Do Q`, 'latin1');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${image + 1} 0 R >>`);
    add(`<< /Type /XObject /Subtype /Image /Width ${page.pixelWidth} /Height ${page.pixelHeight} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>`, page.jpeg);
    add(`<< /Length ${content.length} >>`, content);
  });
  const xref = length;
  let trailer = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) trailer += `${String(offset).padStart(10, '0')} 00000 n \n`;
  trailer += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  chunks.push(Buffer.from(trailer, 'latin1'));
  return Buffer.concat(chunks);
}

/** Rasterise pages of a PDF as a scanner would: grey, slightly rotated, speckled, JPEG. */
function scanPages(pdf: string, pages: Array<[page: number, style: ScanStyle]>): Buffer {
  return jpegPdf(pages.map(([page, { dpi, degrees }]) => {
    const png = join(work, `page-${page}.png`);
    const jpg = join(work, `page-${page}.jpg`);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, png.replace(/\.png$/, '')]);
    execFileSync('convert', [png, '-background', 'white', '-rotate', String(degrees), '-attenuate', '0.02', '+noise', 'Impulse', '-colorspace', 'Gray', '-quality', '50', jpg]);
    const [pixelWidth, pixelHeight] = execFileSync('identify', ['-format', '%w %h', jpg], { encoding: 'utf8' }).split(' ').map(Number);
    const size = /Page +\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }))!;
    return { jpeg: readFileSync(jpg), pixelWidth, pixelHeight, width: Number(size[1]), height: Number(size[2]) };
  }));
}

mkdirSync(out(''), { recursive: true });

for (const name of ['ha-hoa-cchc-nam-2021', 'thach-khe-cchc-quy-3-2025', 'tho-xuan-cchc-quy-1-2024']) toDoc(corpus(`${name}.docx`), `${name}.doc`);
toDoc(await writeDocx(join(work, 'structure.docx'), structureDocument()), 'structure.doc');
toDoc(await writeDocx(join(work, 'thach-khe-tcvn3.docx'), tcvn3Document(readFileSync(corpus('thach-khe-cchc-quy-3-2025.txt'), 'utf8'))), 'thach-khe-tcvn3.doc');

// Pages dense in gold figures: prose (Thạch Khê 8, 13, 16) and appendix tables (Hạ Hòa 34, 35).
writeFileSync(out('thach-khe-scanned.pdf'), scanPages(corpus('thach-khe-cchc-quy-3-2025.pdf'), [
  [8, { dpi: 150, degrees: 0.6 }],
  [13, { dpi: 200, degrees: -0.8 }],
  [16, { dpi: 300, degrees: 0.4 }],
]));
const annex = join(work, 'annex.pdf');
writeFileSync(annex, scanPages(corpus('ha-hoa-cchc-nam-2021.pdf'), [
  [34, { dpi: 200, degrees: -0.5 }],
  [35, { dpi: 200, degrees: 0.7 }],
]));
const digital = [1, 2, 3].map((page) => {
  const path = join(work, `digital-${page}.pdf`);
  execFileSync('pdfseparate', ['-f', String(page), '-l', String(page), corpus('ha-hoa-cchc-nam-2021.pdf'), path]);
  return path;
});
execFileSync('pdfunite', [...digital, annex, out('ha-hoa-annex-scanned.pdf')]);

rmSync(work, { recursive: true, force: true });
