/**
 * Scanned PDF pages read by OCR (fixtures/formats, made by
 * scripts/make-format-fixtures.ts from corpus pages): the words and figures
 * of the digital pages, only the scanned pages OCR'd and marked, a partial
 * row naming the package when no OCR engine is installed.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { newReport, type Page, type Report } from '../../src/model/report.js';
import { OcrGate } from '../../src/ocr/gate.js';
import { IpcOcrGate } from '../../src/ocr/ipc-gate.js';
import { parseTsv, repairOcrWord } from '../../src/ocr/tesseract.js';
import { processReport } from '../../src/pipeline.js';
import { readReport } from '../../src/read/index.js';
import { markOcr } from '../../src/read/pdf.js';
import { normaliseReport } from '../../src/text/repair.js';
import { reportWords, wordSimilarity } from './word-similarity.js';

const fixture = (dir: string, name: string) => fileURLToPath(new URL(`../../fixtures/${dir}/${name}`, import.meta.url));

/** Each scanned fixture: its pages (1-based) and the corpus PDF pages they were made from. */
const SCANS: Array<{ file: string; report: string; pages: Array<[page: number, original: number]> }> = [
  { file: 'thach-khe-scanned.pdf', report: 'thach-khe-cchc-quy-3-2025', pages: [[1, 8], [2, 13], [3, 16]] },
  { file: 'ha-hoa-annex-scanned.pdf', report: 'ha-hoa-cchc-nam-2021', pages: [[4, 34], [5, 35]] },
];

const onePage = (report: Report, page: number): Report => ({ ...report, pages: [report.pages[page - 1]] });

const processed = new Map<string, Promise<Report>>();
function processOnce(path: string): Promise<Report> {
  if (!processed.has(path)) processed.set(path, processReport(path, path));
  return processed.get(path)!;
}

describe.each(SCANS)('$file', ({ file, report: name, pages }) => {
  let scanned: Report;
  let digital: Report;
  beforeAll(async () => {
    [scanned, digital] = await Promise.all([processOnce(fixture('formats', file)), processOnce(fixture('corpus', `${name}.pdf`))]);
  });

  it('is read in full, OCR marked on the scanned pages only', () => {
    expect(scanned).toMatchObject({ status: 'ok', error: '' });
    expect(scanned.textRepair.has('ocr')).toBe(true);
    const scannedPages = new Set<number>(pages.map(([page]) => page));
    for (const page of scanned.pages) {
      const confidences = new Set(page.lines.map((l) => l.ocr));
      if (scannedPages.has(page.number)) expect([...confidences].every((c) => c !== undefined && c >= 70 && c <= 100)).toBe(true);
      else expect([...confidences]).toEqual([undefined]);
    }
  });

  it.each(pages)('page %i has the words of the digital page %i (similarity ≥ 0.95)', (page, original) => {
    expect(wordSimilarity(reportWords(onePage(digital, original)), reportWords(onePage(scanned, page)))).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the digital pages unchanged', () => {
    const ocrPages = new Set<number>(pages.map(([page]) => page));
    for (const page of scanned.pages.filter((p) => !ocrPages.has(p.number))) {
      expect(page.lines.map((l) => l.text)).toEqual(digital.pages[page.number - 1].lines.map((l) => l.text));
    }
  });

  it('finds ≥ 90% of the gold figures that the digital pages give', async () => {
    const gold = parse(await readFile(fixture('corpus', `${name}.gold.csv`)), { columns: true }) as Array<{ indicator: string; value: string }>;
    const statedOn = (report: Report, page: number) => (g: { indicator: string; value: string }) =>
      report.mentions.some((m) => m.place.page === page && m.indicator === g.indicator && m.value === Number(g.value));
    let expected = 0;
    let found = 0;
    for (const [page, original] of pages) {
      const onPage = gold.filter(statedOn(digital, original));
      expected += onPage.length;
      found += onPage.filter(statedOn(scanned, page)).length;
    }
    expect(expected).toBeGreaterThan(5);
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
  });
});

describe('without an OCR engine', () => {
  it('reads the digital pages and says which package the scans need (partial)', async () => {
    const report = await readReport(fixture('formats', 'ha-hoa-annex-scanned.pdf'), { ocr: { tesseract: '/nonexistent/tesseract' } });
    expect(report.status).toBe('partial');
    expect(report.error).toBe('2 of 5 pages are scans without a text layer, not read: OCR needs tesseract-ocr tesseract-ocr-vie (apt-get install tesseract-ocr tesseract-ocr-vie)');
    expect(report.pages.slice(0, 3).every((p) => p.lines.length > 10)).toBe(true);
  });

  it('keeps a wholly scanned PDF as a partial row, not an error or an empty ok', async () => {
    const report = await readReport(fixture('formats', 'thach-khe-scanned.pdf'), { ocr: { tesseract: '/nonexistent/tesseract' } });
    expect(report).toMatchObject({ status: 'partial', error: expect.stringMatching(/^3 of 3 pages are scans .*tesseract-ocr-vie/) });
  });
});

describe('OCR in a batch', () => {
  it('runs in the workers and marks the OCR figures, text repair and mentions', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cchc-ocr-'));
    const summary = await runBatch([fixture('formats', 'ha-hoa-annex-scanned.pdf')], { out, concurrency: 1, ocrConcurrency: 1 });
    expect(summary).toMatchObject({ ok: 1, options: expect.objectContaining({ ocr_concurrency: 1 }) });
    const [row] = parse(await readFile(join(out, 'reports.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(row.text_repair.split('+')).toContain('ocr');
    const mentions = parse(await readFile(join(out, 'mentions.csv')), { columns: true }) as Array<Record<string, string>>;
    const byPage = (page: number) => mentions.filter((m) => Number(m.page) === page);
    expect(byPage(4).length).toBeGreaterThan(0);
    expect(byPage(4).every((m) => Number(m.ocr) >= 70)).toBe(true);
    expect(mentions.filter((m) => Number(m.page) <= 3).every((m) => m.ocr === '')).toBe(true);
  });
});

describe('repairOcrWord', () => {
  it.each([['1:3.1', '1.3.1'], ['1:2:1:', '1.2.1.'], ['1.2;', '1.2.'], ['1.3.1', '1.3.1'], ['12.430', '12.430'], ['hồ:', 'hồ:'], ['2024:', '2024:']])('%j → %j', (word, repaired) => {
    expect(repairOcrWord(word)).toBe(repaired);
  });
});

describe('parseTsv', () => {
  it('groups the words of Tesseract lines and keeps boxes and confidences', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '4\t1\t1\t1\t1\t0\t10\t20\t300\t30\t-1\t',
      '5\t1\t1\t1\t1\t1\t10\t20\t80\t30\t96.5\tBáo',
      '5\t1\t1\t1\t1\t2\t100\t20\t60\t30\t91\tcáo',
      '5\t1\t1\t1\t2\t1\t10\t60\t40\t30\t88\t12%',
      '5\t1\t1\t1\t2\t2\t60\t60\t40\t30\t-1\t ',
    ].join('\n');
    expect(parseTsv(tsv).map((line) => line.map((w) => `${w.text}@${w.left},${w.top}:${w.confidence}`))).toEqual([
      ['Báo@10,20:96.5', 'cáo@100,20:91'],
      ['12%@10,60:88'],
    ]);
  });
});

describe('markOcr', () => {
  it('marks each line with the page confidence and warns below 70, and drops its box', () => {
    const report = newReport({ id: '0'.repeat(16), path: 'x.pdf', sourceFile: 'x.pdf', format: 'pdf' });
    const box = { left: 85, right: 140, baseline: 100, size: 13, firstWord: 24 };
    const page: Page = { number: 2, lines: [{ page: 2, line: 1, offset: 0, text: 'Báo cáo', raw: 'Báo cáo', kind: 'body', box }] };
    markOcr(page, { lines: [], confidence: 54.4, dpi: 200 }, report);
    expect(page.lines[0].ocr).toBe(54);
    // A scan's word boxes do not tell paragraphs apart.
    expect(page.lines[0].box).toBeUndefined();
    expect(report.textRepair.has('ocr')).toBe(true);
    expect(report.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: 'page 2: low OCR confidence (54 < 70): check its figures against the scan' })]);
  });
});

describe('OcrGate', () => {
  it('bounds the slots and kills the process of a holder that is gone', async () => {
    const gate = OcrGate.create(1);
    const slot = await gate.acquire(7);
    const sleeper = spawn('sleep', ['30']);
    gate.setPid(slot, sleeper.pid!);
    const exited = new Promise((resolve) => sleeper.on('exit', (_code, signal) => resolve(signal)));
    let second: number | undefined;
    const waiting = gate.acquire(8).then((s) => (second = s));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second).toBeUndefined();
    gate.releaseHolder(7);
    expect(await exited).toBe('SIGKILL');
    expect(await waiting).toBe(0);
  });

  it('is shared by worker processes over their IPC channels (IpcOcrGate)', async () => {
    const gate = OcrGate.create(1);
    // Two workers' gates, their messages handled as src/worker-pool.ts does.
    const worker = (holder: number): IpcOcrGate => {
      const ipc: IpcOcrGate = new IpcOcrGate((message) => {
        if (message.type === 'ocr-acquire') void gate.acquire(holder).then((slot) => ipc.granted({ type: 'ocr-slot', request: message.request, slot }));
        else if (message.type === 'ocr-release') gate.release(message.slot);
      });
      return ipc;
    };
    const [first, second] = [worker(1), worker(2)];
    const slot = await first.acquire();
    let granted: number | undefined;
    const waiting = second.acquire().then((s) => (granted = s));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(granted).toBeUndefined();
    first.release(slot);
    expect(await waiting).toBe(0);
  });
});

describe('normalised OCR text', () => {
  it('is NFC', async () => {
    const report = await processOnce(fixture('formats', 'thach-khe-scanned.pdf'));
    normaliseReport(report);
    for (const line of report.pages.flatMap((p) => p.lines)) expect(line.text).toBe(line.text.normalize('NFC'));
  });
});

describe('a digital page with an image and a little text', () => {
  it('keeps its text layer when OCR reads no more than it', { timeout: 120_000 }, async () => {
    // A scanned page's JPEG drawn stamp-sized (a scan for pdfimages): OCR reads the text line and little else.
    const scanned = await readFile(fixture('formats', 'thach-khe-scanned.pdf'));
    const head = /\/Width (\d+) \/Height (\d+) \/ColorSpace \/DeviceGray \/BitsPerComponent 8 \/Filter \/DCTDecode \/Length (\d+) >>\nstream\n/.exec(scanned.toString('latin1'))!;
    const start = head.index + head[0].length;
    const jpeg = scanned.subarray(start, start + Number(head[3]));
    const text = 'BT /F1 12 Tf 72 700 Td (Noi nhan: UBND tinh; Luu VT. CHU TICH Nguyen Van An) Tj ET q 30 0 0 40 400 500 cm /Im0 Do Q';
    const objects: Array<[string, Buffer?]> = [
      ['<< /Type /Catalog /Pages 2 0 R >>'],
      ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
      ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im0 5 0 R >> >> /Contents 6 0 R >>'],
      ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
      [`<< /Type /XObject /Subtype /Image /Width ${head[1]} /Height ${head[2]} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`, jpeg],
      [`<< /Length ${text.length} >>`, Buffer.from(text, 'latin1')],
    ];
    const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
    const offsets: number[] = [];
    let length = parts[0].length;
    objects.forEach(([dict, stream], i) => {
      const body = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n${dict}\n`, 'latin1'),
        ...(stream ? [Buffer.from('stream\n', 'latin1'), stream, Buffer.from('\nendstream\n', 'latin1')] : []),
        Buffer.from('endobj\n', 'latin1'),
      ]);
      offsets.push(length);
      parts.push(body);
      length += body.length;
    });
    const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
    const dir = await mkdtemp(join(tmpdir(), 'cchc-stamp-'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'signed.pdf'), Buffer.concat(parts));
    const report = await readReport(join(dir, 'signed.pdf'));
    expect(report).toMatchObject({ status: 'ok' });
    expect(report.textRepair.has('ocr')).toBe(false);
    expect(report.pages[0].lines.map((l) => l.text)).toEqual(['Noi nhan: UBND tinh; Luu VT. CHU TICH Nguyen Van An']);
  });
});
