import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { CsvFile, csvLine, neutraliseCell, stripControls, writeFileAtomic } from '../../src/write/csv.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'cchc-csv-'));

describe('neutraliseCell', () => {
  it.each(['=SUM(A1:A3)', '+84 912 345', '-1+2', '@cmd', '\tx', '\rx', '-', '=HYPERLINK("http://x")'])(
    'prefixes a text cell a spreadsheet would run: %j',
    (text) => expect(neutraliseCell(text)).toBe(`'${text}`),
  );
  it.each(['Thạch An', '354/BC-UBND', 'a=b', '-3', '+1.5', '12', ''])('leaves %j alone', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe('csvLine', () => {
  it('writes a row as csv-stringify does (quotes only where needed, doubled inside)', () => {
    const cells = ['', 'a', 'a,b', 'nói "có"', 'hai\ndòng', 'x\r', 0, -3, 1.5, 'đơn vị'];
    const columns = cells.map((_, i) => `c${i}`);
    expect(csvLine(columns, Object.fromEntries(cells.map((cell, i) => [`c${i}`, cell])))).toBe(stringify([cells]));
  });
});

describe('stripControls', () => {
  it('keeps tab and line breaks, drops the other C0 and C1 controls and DEL', () => {
    expect(stripControls('a\tb\nc\r\u0000\u0007\u007f\u0080\u009fđ')).toBe('a\tb\nc\rđ');
  });
});

describe('CsvFile', () => {
  it('writes a header, neutralises text cells and never touches numbers', async () => {
    const dir = await tempDir();
    const target = join(dir, 'rows.csv');
    const file = await CsvFile.open<{ label: string; value: number }>(target, ['label', 'value']);
    await file.write({ label: '=1+2', value: -3 });
    await file.write({ label: 'Tỷ lệ, "đúng hạn"', value: 98.5 });
    await file.commit();
    expect(await readFile(target, 'utf8')).toBe('label,value\n\'=1+2,-3\n"Tỷ lệ, ""đúng hạn""",98.5\n');
  });

  it('strips control characters from every text cell, before neutralising formulas', async () => {
    const dir = await tempDir();
    const target = join(dir, 'rows.csv');
    const file = await CsvFile.open<{ label: string; error: string }>(target, ['label', 'error']);
    await file.write({ label: 'S\u0000ố h\u001b[31mồ sơ\u0085', error: '\u0000=1+2' });
    await file.commit();
    expect(await readFile(target, 'utf8')).toBe('label,error\nSố h[31mồ sơ,\'=1+2\n');
  });

  it('starts with a UTF-8 BOM only when asked', async () => {
    const dir = await tempDir();
    for (const bom of [true, false]) {
      const target = join(dir, `bom-${bom}.csv`);
      const file = await CsvFile.open<{ a: string }>(target, ['a'], { bom });
      await file.commit();
      const bytes = await readFile(target);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
    }
  });

  it('leaves the previous file in place until commit, and untouched on abort', async () => {
    const dir = await tempDir();
    const target = join(dir, 'reports.csv');
    await writeFile(target, 'previous run\n');
    const file = await CsvFile.open<{ a: string }>(target, ['a']);
    await file.write({ a: 'new' });
    expect(await readFile(target, 'utf8')).toBe('previous run\n');
    await file.abort();
    expect(await readFile(target, 'utf8')).toBe('previous run\n');
    expect(await readdir(dir)).toEqual(['reports.csv']);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temporary file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'run.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, '{"new":true}');
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await readdir(dir)).toEqual(['run.json']);
  });

  it('fails without leaving a partial file when the target cannot be written', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'run.json'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
