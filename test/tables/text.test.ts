/** Plain-text tables on small synthetic layouts (the corpus appendices are covered in forms.test.ts). */
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../src/model/report.js';
import { readTextTables } from '../../src/tables/text.js';

function lines(texts: readonly string[]): SourceLine[] {
  let offset = 0;
  return texts.map((text, i) => {
    const line: SourceLine = { page: 1, line: i + 1, offset, text, raw: text, kind: 'body' };
    offset += text.length + 1;
    return line;
  });
}

const HEADER = ['STT ', 'Chỉ tiêu thống kê ', 'Đơn vị tính Số liệu '];
const read = (texts: readonly string[]) => readTextTables(lines([...HEADER, ...texts]));
const cells = (texts: readonly string[]) => read(texts).rows.map((r) => [r.code, r.label, r.unit, r.value]);

describe('readTextTables', () => {
  it('stops where a table laid out in columns starts ("TT   Nội dung   Tổng số …"): that one is the layout reader\'s', () => {
    const read = readTextTables(lines([...HEADER, '1 ', 'Số hồ sơ tiếp nhận ', 'Hồ sơ ', '812 ',
      'TT     Nội dung                 Tổng số     Cấp xã', '1      Số TTHC đang áp dụng        310        96']));
    expect(read.rows.map((r) => r.value)).toEqual(['812']);
    expect(read.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('joins a row spread over lines: code, wrapped label, unit and value on their own lines', () => {
    expect(cells(['4.1.1 ', 'Số cơ quan chuyên môn cấp ', '', 'huyện ', 'Cơ quan, đơn ', '', 'vị ', '12   ', '7.8.1 ', 'Tổng số TTHC cung cấp trực tuyến mức độ ', '3 ', 'TTHC ', '77   '])).toEqual([
      ['4.1.1', 'Số cơ quan chuyên môn cấp huyện', 'Cơ quan, đơn vị', '12'],
      ['7.8.1', 'Tổng số TTHC cung cấp trực tuyến mức độ 3', 'TTHC', '77'],
    ]);
  });

  it('puts coded answers in the unit cell and takes the value after them', () => {
    expect(cells(['1.4.2 Hình thức khảo sát ', 'Trực tuyến = ', '0; ', 'Phát phiếu = 1; ', ' Kết hợp = 2 ', '1   '])).toEqual([
      ['1.4.2', 'Hình thức khảo sát', 'Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2', '1'],
    ]);
  });

  it('keeps a value cell that names levels whole', () => {
    expect(cells(['3.1.1 ', 'Số TTHC công bố mới ', 'Thủ tục ', 'Cấp huyện ', '289, ', ' cấp xã 159 ', '  '])).toEqual([
      ['3.1.1', 'Số TTHC công bố mới', 'Thủ tục', 'Cấp huyện 289, cấp xã 159'],
    ]);
  });

  it('splits rows run together in one line (reflowed text)', () => {
    expect(cells(['3.3.1 Số lượng hồ sơ đã tiếp nhận Số lượng hồ sơ 8.803 Trong đó Tiếp nhận trực tiếp 4.167', '- Cấp xã 4.167 Tiếp nhận qua BCCI Số lượng hồ sơ 2 3.3.2. Tổng số hồ sơ đã giải quyết 10'])).toEqual([
      ['3.3.1', 'Số lượng hồ sơ đã tiếp nhận', 'Số lượng hồ sơ', '8.803'],
      ['', 'Trong đó Tiếp nhận trực tiếp', '', '4.167'],
      ['', '- Cấp xã', '', '4.167'],
      ['', 'Tiếp nhận qua BCCI', 'Số lượng hồ sơ', '2'],
      ['3.3.2.', 'Tổng số hồ sơ đã giải quyết', '', '10'],
    ]);
  });

  it('ends the table at prose and leaves the prose lines alone', () => {
    const prose = 'Trong thời gian tới, UBND huyện tiếp tục chỉ đạo các cơ quan, đơn vị đẩy mạnh cải cách hành chính, nâng cao chất lượng giải quyết thủ tục hành chính cho người dân và doanh nghiệp trên địa bàn.';
    const result = read(['1.1.1. Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 48  ', prose, 'III. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI', '1. Tiếp tục triển khai Kế hoạch CCHC năm 2024 Nhiệm vụ 5']);
    expect(result.rows.map((r) => r.code)).toEqual(['1.1.1.']);
    expect(result.lines.map((l) => l.text)).not.toContain(prose);
    expect(result.lines.some((l) => l.text.startsWith('1. Tiếp tục'))).toBe(false);
  });

  it('reads nothing without a table header', () => {
    expect(readTextTables(lines(['1.1.1. Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 48']))).toEqual({ rows: [], lines: [] });
  });
});
