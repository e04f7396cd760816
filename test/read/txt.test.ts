import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/read/index.js';
import { decodeTextBytes, pagesFromText } from '../../src/read/txt.js';

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
