/** Rebuilding PDF lines from positioned items (synthetic pages). */
import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../../src/model/report.js';
import { buildPage, itemsToLines } from '../../src/read/pdf.js';

const item = (str: string, x: number, y: number, size = 12, width = str.length * size * 0.5): PdfItem => ({ str, x, y, width, height: size });

describe('itemsToLines', () => {
  it('orders by baseline then x, whatever the drawing order', () => {
    const lines = itemsToLines([item('dưới', 72, 200), item('trên', 72, 100), item('phải', 200, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['trên phải', 'dưới']);
  });
  it('glues a raised reference mark to its word and keeps the line baseline', () => {
    const lines = itemsToLines([item('ban', 72, 100), item('1', 90, 96, 7, 3.5), item('hành', 100, 100)]);
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toBe('ban1 hành');
    expect(lines[0].y).toBe(100);
  });
  it('inserts a space only for a real gap', () => {
    const lines = itemsToLines([item('Nguy', 72, 100, 12, 24), item('ễn', 96.5, 100, 12, 12), item('Văn', 115, 100, 12, 18)]);
    expect(lines[0].text).toBe('Nguyễn Văn');
  });
});

describe('buildPage', () => {
  const body = (n: number, from = 80) => Array.from({ length: n }, (_, i) => item(`dòng ${i + 1} của thân bài`, 72, from + i * 20));

  it('records where each line stands: its left and right ends, its baseline, size and first word', () => {
    const { page } = buildPage(1, [item('Tổng số', 100, 90, 12, 42), item('hồ sơ', 146, 90, 12, 30)], 595, 842, 1);
    expect(page.lines[0].box).toEqual({ left: 100, right: 176, baseline: 90, size: 12, firstWord: 24 });
  });

  it('drops a running page number at the bottom but keeps a lone table value at the top', () => {
    const page = buildPage(5, [item('0', 300, 60), ...body(3), item('5', 300, 800)], 595, 842, 1).page;
    expect(page.lines.map((l) => l.text)).toEqual(['0', 'dòng 1 của thân bài', 'dòng 2 của thân bài', 'dòng 3 của thân bài']);
    expect(page.lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(page.lines[1].offset).toBe(2);
  });

  it('marks the footnote area: referenced, set smaller, numbered in order', () => {
    const items = [
      ...body(3),
      item('thực hiện văn bản chỉ đạo', 72, 140),
      item('2', 222, 136, 7, 3.5),
      item('2 Kế hoạch số 39/KH-UBND ngày 08/01/2021', 72, 700, 10),
      item('của UBND huyện.', 72, 712, 10),
      item('3 Công văn số 827/UBND-VP.', 72, 724, 10),
    ];
    const { page, nextFootnote } = buildPage(2, items, 595, 842, 2);
    expect(page.lines.map((l) => [l.kind, l.footnote])).toEqual([
      ['body', undefined], ['body', undefined], ['body', undefined], ['body', undefined],
      ['footnote', 2], ['footnote', 2], ['footnote', 3],
    ]);
    expect(nextFootnote).toBe(4);
  });

  it('does not take a numbered line for a footnote without a reference to it', () => {
    const items = [...body(3), item('1 Công tác chỉ đạo điều hành', 72, 400)];
    expect(buildPage(1, items, 595, 842, 1).page.lines.every((l) => l.kind === 'body')).toBe(true);
  });

  it('keeps a small ranking table at the page foot in the body: its rows are no notes, the note under it is', () => {
    const items = [
      ...body(3),
      item('Điểm các xã năm 20241 như sau:', 72, 140),
      item('TT Xã Điểm Hạng', 72, 160),
      item('1 Xã Tân Phú 92,40 1', 72, 640),
      item('2 Phường An Lạc 90,15 2', 72, 660),
      item('3 Xã Mỹ Hòa 87,02 3', 72, 680),
      item('1Năm trước, huyện đứng thứ 5/12 đơn vị.', 72, 720, 10),
    ];
    const { page } = buildPage(1, items, 595, 842, 1);
    expect(page.lines.map((l) => [l.kind, l.footnote])).toEqual([
      ['body', undefined], ['body', undefined], ['body', undefined], ['body', undefined], ['body', undefined],
      ['body', undefined], ['body', undefined], ['body', undefined], ['footnote', 1],
    ]);
  });
});
