import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/read/index.js';
import { decodeTextBytes, decodeWindows1252, pagesFromText, unprintableShare } from '../../src/read/txt.js';
import { normaliseReport } from '../../src/text/repair.js';
import { encodeLegacy, windows1252Bytes } from './legacy-encode.js';
import { reportWords, wordSimilarity } from './word-similarity.js';

describe('pagesFromText', () => {
  it('starts a page at each form feed and numbers lines within the page', () => {
    const pages = pagesFromText('a\r\nb\fc\nd\n');
    expect(pages.map((p) => p.lines.map((l) => `${l.page}:${l.line}:${l.offset}:${l.raw}`))).toEqual([
      ['1:1:0:a', '1:2:2:b'],
      ['2:1:0:c', '2:2:2:d'],
    ]);
  });
});

describe('decodeTextBytes', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa0]))).toEqual({ text: 'hà', encoding: 'utf-8' });
  });
  it('falls back to Windows-1258 for bytes that are not UTF-8', () => {
    // "Tểơ": e + 0xD2 (hook above) and 0xF5 (ơ) in Windows-1258.
    expect(decodeTextBytes(new Uint8Array([0x54, 0xea, 0xd2, 0xf5]))).toEqual({ text: 'Tê\u0309ơ', encoding: 'windows-1258' });
  });
});

describe('readReport on text', () => {
  it('detects the format from an upper-case extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-txt-'));
    const path = join(dir, 'BAO-CAO.TXT');
    await writeFile(path, 'Báo cáo\n');
    const report = await readReport(path);
    expect(report).toMatchObject({ format: 'txt', status: 'ok', sourceFile: 'BAO-CAO.TXT' });
    expect(report.pages[0].lines[0]).toMatchObject({ text: 'Báo cáo', raw: 'Báo cáo', kind: 'body' });
  });
});

describe('text files as Windows writes them', () => {
  const corpusTxt = fileURLToPath(new URL('../../fixtures/corpus/thach-khe-cchc-quy-3-2025.txt', import.meta.url));
  const text = readFileSync(corpusTxt, 'utf8');
  const utf16le = Buffer.from(text, 'utf16le');
  const VARIANTS: Array<[string, Buffer]> = [
    ['UTF-16 LE with BOM (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['UTF-16 LE without BOM', utf16le],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()])],
    ['UTF-16 BE without BOM', Buffer.from(utf16le).swap16()],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['TCVN3 (.VnTime) bytes', windows1252Bytes(encodeLegacy(text, 'tcvn3'))],
    ['VNI-Windows bytes', windows1252Bytes(encodeLegacy(text, 'vni'))],
  ];

  it.each(VARIANTS)('%s gives the words of the UTF-8 file', async (_name, bytes) => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-enc-'));
    await writeFile(join(dir, 'report.txt'), bytes);
    const [original, variant] = await Promise.all([readReport(corpusTxt), readReport(join(dir, 'report.txt'))]);
    normaliseReport(original);
    normaliseReport(variant);
    expect(variant.status).toBe('ok');
    expect(wordSimilarity(reportWords(original), reportWords(variant))).toBeGreaterThanOrEqual(0.99);
  });

  it('tags TCVN3 text and says it was not UTF-8', async () => {
    const decoded = decodeTextBytes(windows1252Bytes(encodeLegacy('Báo cáo kết quả công tác cải cách hành chính', 'tcvn3')));
    expect(decoded.encoding).toBe('windows-1252');
    const dir = await mkdtemp(join(tmpdir(), 'cchc-enc-'));
    await writeFile(join(dir, 'tcvn3.txt'), windows1252Bytes(encodeLegacy(text, 'tcvn3')));
    const report = await readReport(join(dir, 'tcvn3.txt'));
    normaliseReport(report);
    expect(report.textRepair.has('tcvn3')).toBe(true);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('TCVN3/VNI') }));
  });

  it('decodes Windows-1252 punctuation that Node reads as control characters', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94, 0x85, 0x96]))).toBe('“A”…–');
  });

  it.each([
    ['a PDF', fileURLToPath(new URL('../../fixtures/corpus/thach-khe-cchc-quy-3-2025.pdf', import.meta.url))],
    ['a DOCX', fileURLToPath(new URL('../../fixtures/corpus/thach-khe-cchc-quy-3-2025.docx', import.meta.url))],
  ])('is an error row for binary data (%s named .txt)', async (_name, path) => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-enc-'));
    await writeFile(join(dir, 'binary.txt'), readFileSync(path));
    expect(await readReport(join(dir, 'binary.txt'))).toMatchObject({ status: 'error', error: 'not a text file: mostly unprintable characters (binary data?)' });
  });

  it('measures the unprintable share of the visible characters', () => {
    expect(unprintableShare('Báo cáo\n\t')).toBe(0);
    expect(unprintableShare('ab\u0000\u0001')).toBe(0.5);
  });
});
