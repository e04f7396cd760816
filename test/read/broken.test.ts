/** Every broken input gives status=error with its own one-line message, never a throw. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/read/index.js';

const broken = (name: string) => fileURLToPath(new URL(`../../fixtures/broken/${name}`, import.meta.url));

describe('broken inputs', () => {
  it.each([
    ['empty.txt', 'file is empty'],
    ['truncated.pdf', 'PDF is damaged or truncated'],
    ['encrypted.pdf', 'PDF is encrypted'],
    ['html-as.pdf', 'not a PDF (looks like HTML)'],
    ['not-a-zip.docx', 'not a Word document (not a zip archive)'],
    ['no-text-layer.pdf', 'no text layer (scanned pages?)'],
    ['does-not-exist.pdf', 'cannot read file: ENOENT'],
  ])('%s → %s', async (name, message) => {
    const report = await readReport(broken(name));
    expect(report).toMatchObject({ status: 'error', error: message, pages: [] });
    expect(report.id).toMatch(/^r[0-9a-f]{16}$/);
  });

  it('rejects a Word part whose XML is damaged with the first problem the parser reports', async () => {
    const report = await readReport(broken('damaged-xml.docx'));
    expect(report).toMatchObject({ status: 'error', pages: [] });
    expect(report.error).toMatch(/^Word document is damaged: warning: \[xmldom warning\] unclosed xml attribute/);
  });

  it('reads a Windows-1258 text file with a warning', async () => {
    const report = await readReport(broken('latin1.txt'));
    expect(report.status).toBe('ok');
    expect(report.textRepair.has('windows-1258')).toBe(true);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', source: 'read' }));
    // Windows-1258 writes tones as combining marks: raw is decomposed, NFC comes with normalise.
    expect(report.pages[0].lines[1].raw.normalize('NFC')).toBe('Kết quả thực hiện công tác cải cách hành chính quý I năm 2024');
  });

  it('hashes the bytes for the report id and detects the format case-insensitively', async () => {
    const report = await readReport(broken('html-as.pdf'), { sourceFile: 'sub/HTML-AS.pdf' });
    expect(report).toMatchObject({ format: 'pdf', sourceFile: 'sub/HTML-AS.pdf' });
    expect(report.id).toBe(`r${createHash('sha256').update(readFileSync(broken('html-as.pdf'))).digest('hex').slice(0, 16)}`);
  });
});

describe('partly readable input', () => {
  it('reads a PDF with a page without text as partial, saying which page', async () => {
    const report = await readReport(broken('partly-scanned.pdf'));
    expect(report).toMatchObject({ status: 'partial', error: '1 of 2 pages have no text layer (scanned?): 2' });
    expect(report.pages.map((p) => p.lines.map((l) => l.text))).toEqual([['Bao cao so 12/BC-UBND'], []]);
  });
});

describe('arbitrary bytes', () => {
  it('never make readReport throw, whatever the extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-bytes-'));
    const pdfHead = new TextEncoder().encode('%PDF-1.4\n');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('pdf', 'docx', 'txt'), fc.boolean(), async (bytes, ext, withHeader) => {
        const path = join(dir, `x.${ext}`);
        const head = withHeader && ext === 'pdf' ? pdfHead : withHeader && ext === 'docx' ? new Uint8Array([0x50, 0x4b, 3, 4]) : new Uint8Array();
        await writeFile(path, new Uint8Array([...head, ...bytes]));
        const report = await readReport(path);
        expect(['ok', 'partial', 'error']).toContain(report.status);
        if (report.status === 'error') expect(report.error).toMatch(/^[^\n]+$/);
      }),
      { numRuns: 60 },
    );
  });
});
