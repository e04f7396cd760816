/** PDF tables from positioned items, on synthetic pages (layouts other producers make). */
import { describe, expect, it } from 'vitest';
import type { Page, PdfItem } from '../../src/model/report.js';
import { buildPage } from '../../src/read/pdf.js';
import { readPdfTables } from '../../src/tables/pdf.js';
import { mapRows } from '../../src/tables/map.js';
import { resolveRows } from '../../src/tables/rows.js';

const SIZE = 12;
const item = (str: string, x: number, y: number): PdfItem => ({ str, x, y, width: str.length * 5.5, height: SIZE });
const page = (n: number, items: PdfItem[]): Page => buildPage(n, items, 595, 842, 1).page;

/** Columns: code 80, label 120, unit 360, value 440, note 500. One row = lines 14 apart, rows 20 apart. */
function rowItems(y: number, code: string, label: string[], unit: string, value: string): PdfItem[] {
  return [
    ...(code ? [item(code, 82, y)] : []),
    ...label.map((l, i) => item(l, 120, y + i * 14)),
    ...(unit ? [item(unit, 365, y)] : []),
    ...(value ? [item(value, 445, y)] : []),
  ];
}

/** A two-row header with STT and "Chỉ tiêu" centred lower than "Kết quả thống kê". */
function header(y: number): PdfItem[] {
  return [
    item('Kết quả thống kê', 365, y),
    item('STT', 84, y + 7),
    item('Chỉ tiêu thống kê', 180, y + 7),
    item('Ghi chú', 500, y + 7),
    item('Đơn vị tính', 362, y + 14),
    item('Số liệu', 445, y + 14),
  ];
}

describe('readPdfTables', () => {
  it('finds a header whose cells sit on different baselines, stitches the table over a page without repeated header, stops at prose', () => {
    const first = page(1, [
      item('PHỤ LỤC THỐNG KÊ', 200, 40),
      ...header(70),
      ...rowItems(110, '1.1.1', ['Số nhiệm vụ đề ra trong kế hoạch'], 'Nhiệm vụ', '48'),
      ...rowItems(130, '1.1.2', ['Số văn bản chỉ đạo cải cách hành chính', 'đã ban hành trong kỳ'], 'Văn bản', '15'),
      ...rowItems(164, 'Trong', ['Số TTHC cấp huyện:'], 'Thủ tục', '309'),
      item('đó', 86, 178),
    ]);
    const second = page(2, [
      ...rowItems(60, '', ['Số TTHC cấp xã:'], 'Thủ tục', '242'),
      ...rowItems(80, '4.2.1', ['Tổng số biên chế được giao trong năm'], 'Người', '74'),
      item('Nơi nhận: Như trên; lưu văn thư và các phòng, ban liên quan của huyện.', 85, 140),
    ]);
    const { rows, lines, tables } = readPdfTables([first, second]);
    expect(tables).toBe(1);
    expect(rows.map((r) => [r.table, r.code, r.label, r.unit, r.value, r.place.page])).toEqual([
      ['T1', '1.1.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '48', 1],
      ['T1', '1.1.2', 'Số văn bản chỉ đạo cải cách hành chính đã ban hành trong kỳ', 'Văn bản', '15', 1],
      ['T1', 'Trong đó', 'Số TTHC cấp huyện:', 'Thủ tục', '309', 1],
      ['T1', '', 'Số TTHC cấp xã:', 'Thủ tục', '242', 2],
      ['T1', '4.2.1', 'Tổng số biên chế được giao trong năm', 'Người', '74', 2],
    ]);
    expect(lines.some((l) => l.text.startsWith('Nơi nhận'))).toBe(false);
    expect(lines.some((l) => l.text.startsWith('PHỤ LỤC'))).toBe(false);
    expect(lines.some((l) => l.text.includes('Tổng số biên chế'))).toBe(true);
  });

  it('separates rows packed without padding by codes, sub-row markers and values', () => {
    const packed = page(1, [
      ...header(70),
      ...rowItems(100, '3.3.1', ['Số lượng hồ sơ đã tiếp nhận'], 'Hồ sơ', '8.803'),
      ...rowItems(114, '', ['Tiếp nhận trực tiếp'], '', '4.167'),
      ...rowItems(128, '', ['- Cấp huyện'], '', ''),
      ...rowItems(142, '', ['- Cấp xã'], '', '4.167'),
      // (a cell's text wraps before the cell's border: the label column stops short of the unit column)
      ...rowItems(156, '3.3.2', ['Số lượng hồ sơ TTHC do UBND cấp xã', 'tiếp nhận được giải quyết đúng hẹn'], 'Hồ sơ', '8.366'),
    ]);
    expect(readPdfTables([packed]).rows.map((r) => [r.code, r.label, r.value])).toEqual([
      ['3.3.1', 'Số lượng hồ sơ đã tiếp nhận', '8.803'],
      ['', 'Tiếp nhận trực tiếp', '4.167'],
      ['', '- Cấp huyện', ''],
      ['', '- Cấp xã', '4.167'],
      ['3.3.2', 'Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn', '8.366'],
    ]);
  });

  it('leaves a raised footnote mark out of the value and the label it follows', () => {
    const mark = (str: string, x: number, y: number): PdfItem => ({ str, x, y: y - 4.5, width: 3.5, height: 7 });
    const marked = page(1, [
      ...header(70),
      ...rowItems(110, '1', ['Hồ sơ tiếp nhận qua bưu điện'], 'Hồ sơ', '1.530'), mark('1', 445 + 5 * 5.5, 110),
      ...rowItems(130, '2', ['Hồ sơ giải quyết quá hạn'], 'Hồ sơ', '4'), mark('2', 445 + 5.5, 130),
      ...rowItems(150, '3', ['Thủ tục một cửa'], 'Thủ tục', '96'), mark('3', 120 + 15 * 5.5, 150),
    ]);
    expect(readPdfTables([marked]).rows.map((r) => [r.label, r.value])).toEqual([
      ['Hồ sơ tiếp nhận qua bưu điện', '1.530'], ['Hồ sơ giải quyết quá hạn', '4'], ['Thủ tục một cửa', '96'],
    ]);
  });

  it('keeps the header above a group row whose code is set flush left of the centred row codes', () => {
    const grouped = page(1, [
      ...header(70),
      item('A', 74, 100), item('Nhóm chỉ tiêu về hồ sơ', 120, 100),
      ...rowItems(120, '1', ['Số hồ sơ tiếp nhận'], 'Hồ sơ', '612'),
      ...rowItems(140, '2', ['Số hồ sơ giải quyết quá hạn'], 'Hồ sơ', '3'),
    ]);
    expect(readPdfTables([grouped]).rows.map((r) => [r.code, r.value, r.column])).toEqual([
      ['1', '612', 'Kết quả thống kê Số liệu'], ['2', '3', 'Kết quả thống kê Số liệu'],
    ]);
  });

  it('places a row on the source line of its value', () => {
    const only = page(1, [...header(70), ...rowItems(110, '1.1.1', ['Số nhiệm vụ đề ra trong kế hoạch'], 'Nhiệm vụ', '48')]);
    const [row] = readPdfTables([only]).rows;
    const text = only.lines.map((l) => l.text).join('\n');
    expect(text.slice(row.place.start, row.place.end)).toBe('48');
  });

  it('reads nothing from pages without a table header', () => {
    const prose = page(1, [item('Tổng số hồ sơ tiếp nhận 8.803 hồ sơ, trong đó trực tuyến 4.634 hồ sơ.', 85, 100)]);
    expect(readPdfTables([prose])).toMatchObject({ rows: [], tables: 0 });
  });

  it('reads a header-less table of value cells that carry their unit, longer than a header could be', () => {
    const labels = ['Số văn bản chỉ đạo đã ban hành', 'Số hồ sơ tiếp nhận', 'Số hồ sơ đã giải quyết', 'Số hồ sơ quá hạn', 'Số TTHC đang áp dụng', 'Số phiếu khảo sát', 'Số lượt kiểm tra', 'Số công chức', 'Tỷ lệ hồ sơ trực tuyến'];
    const values = ['6 văn bản', '812 hồ sơ', '809 hồ sơ', '2 hồ sơ', '97 thủ tục', '150 phiếu', '4 lượt', '19 người', '64,2%'];
    const items = labels.flatMap((label, i) => rowItems(60 + 20 * i, String(i + 1), [label], '', values[i]));
    const { rows } = readPdfTables([page(1, items)]);
    expect(rows.map((r) => [r.code, r.value, r.unit])).toEqual(values.map((v, i) => {
      const [value, ...unit] = v.split(' ');
      return [String(i + 1), value, unit.join(' ')];
    }));
  });

  it('reads a table set at a wide line pitch: lines 1.3 apart are one cell, padded gaps rows; a word broken in a narrow column; the lead-in above is prose', () => {
    const levels = page(1, [
      { ...item('Số hồ sơ đã tiếp nhận và trả trễ hẹn theo từng cấp:', 85, 60), height: 13 },
      item('STT', 92, 80), item('Cấp', 130, 80), item('Tiếp nhận', 200, 80), item('Trễ hẹn', 300, 80),
      item('1', 100, 100), item('Cấp', 130, 100), item('4.210', 215, 100), item('12', 315, 100),
      item('huyệ', 130, 115.6),
      item('n', 135, 131.2),
      item('2', 100, 151.2), item('Cấp xã', 130, 151.2), item('9.034', 215, 151.2), item('5', 315, 151.2),
      item('Tổng', 130, 171.2), item('13.244', 212, 171.2), item('17', 315, 171.2),
      item('cộng', 130, 186.8),
    ]);
    const read = readPdfTables([levels]);
    expect(read.lines.some((l) => l.text.startsWith('Số hồ sơ đã tiếp nhận'))).toBe(false);
    expect(mapRows(resolveRows(read.rows)).mentions.map((m) => `${m.indicator} ${m.level} ${m.value}`)).toEqual([
      'dossier.received district 4210', 'dossier.late district 12',
      'dossier.received commune 9034', 'dossier.late commune 5',
      'dossier.received  13244', 'dossier.late  17',
    ]);
  });

  it('joins the digits a narrow cell wraps off a grouped number ("12.40" / "8") back onto it; a decimal alone stays', () => {
    const cut = page(1, [
      item('STT', 92, 80), item('Cấp', 130, 80), item('Tiếp nhận', 200, 80), item('Đã giải quyết', 280, 80), item('Tỷ lệ (%)', 380, 80),
      item('1', 100, 100), item('Cấp huyện', 130, 100), item('3.116', 212, 100), item('3.090', 292, 100), item('99.16', 392, 100),
      item('2', 100, 120), item('Cấp xã', 130, 120), item('9.293', 212, 120), item('9.270', 292, 120), item('99.75', 392, 120),
      item('Tổng cộng', 130, 140), item('12.40', 212, 140), item('12.36', 292, 140), item('99.6', 392, 140),
      item('9', 222, 154), item('0', 302, 154),
    ]);
    const read = readPdfTables([cut]);
    expect(read.rows.filter((r) => r.label === 'Tổng cộng').map((r) => r.value)).toEqual(['12.409', '12.360', '99.6']);
    expect(read.lines.some((l) => l.text.trim() === '9 0')).toBe(true);
  });

  it('reads a roman number wrapped under a label of a narrow first column ("Quý" / "II") as the end of that label, no row code', () => {
    const quarters = page(1, [
      item('Quý', 86, 80), item('Hồ sơ mới tiếp nhận', 150, 80), item('Hồ sơ đã giải quyết', 300, 80),
      ...[['I', '512', '498'], ['II', '633', '640'], ['III', '587', '571']].flatMap(([n, got, done], i) => [
        item('Quý', 86, 100 + 34 * i), item(got, 190, 100 + 34 * i), item(done, 340, 100 + 34 * i),
        item(n, 92, 114 + 34 * i),
      ]),
    ]);
    expect(readPdfTables([quarters]).rows.map((r) => [r.label, r.value])).toEqual([
      ['Quý I', '512'], ['Quý I', '498'], ['Quý II', '633'], ['Quý II', '640'], ['Quý III', '587'], ['Quý III', '571'],
    ]);
  });
});
