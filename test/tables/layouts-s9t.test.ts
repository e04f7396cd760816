/** Layouts of the sealed-9 table classes, in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { headerMoneyUnit, moneyFactor } from '../../src/tables/numbers.js';
import { joinLines } from '../../src/tables/wrapped.js';
import { cellFigures, textFigures } from './helpers.js';

const PROVINCE_YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'province' };

describe('layouts of the sealed-9 table classes', () => {
  it('departments over "Qua mạng / Trực tiếp / Qua BCCI / Tổng": online, in person, postal, the total leaf last; the bottom row is the province', () => {
    expect(cellFigures([
      ['TT', 'Đơn vị', { t: 'Số hồ sơ nhận', at: 2, span: 4 }],
      [{ t: 'Qua mạng', at: 2 }, 'Trực tiếp', 'Qua BCCI', 'Tổng'],
      ['1', 'Sở Tư pháp', '410', '120', '15', '545'],
      ['2', 'Sở Y tế', '220', '80', '6', '306'],
      ['', 'Cộng', '630', '200', '21', '851'],
    ], PROVINCE_YEAR)).toEqual([
      'dossier.online | province | 630 | ', 'dossier.offline | province | 200 | ', 'dossier.postal | province | 21 | ', 'dossier.received | province | 851 | ',
    ]);
  });

  it('"Qua mạng" beside "Quá hạn" under the resolved heading: the online count is never read as the late one', () => {
    expect(cellFigures([
      ['TT', 'Đơn vị', { t: 'Tiếp nhận', at: 2, span: 2 }, { t: 'Đã giải quyết', at: 4, span: 2 }],
      [{ t: 'Qua mạng', at: 2 }, 'Tổng', 'Quá hạn', 'Tổng'],
      ['1', 'Sở Xây dựng', '95', '140', '3', '131'],
      ['2', 'Sở Công Thương', '60', '77', '1', '75'],
      ['', 'Cộng', '155', '217', '4', '206'],
    ], PROVINCE_YEAR)).toEqual([
      'dossier.online | province | 155 | ', 'dossier.received | province | 217 | ', 'dossier.late | province | 4 | ', 'dossier.resolved | province | 206 | ',
    ]);
  });

  it('an indicator label merged down over level sub-rows and wrapped onto the second sub-row\'s line is one label for both', () => {
    const text = [
      'STT   Chỉ tiêu                      Cấp thực      Kết quả          Ghi chú',
      '      hiện',
      '1     Số thủ tục hành chính được    Cấp huyện     241 thủ tục',
      '      công bố                       Cấp xã        102 thủ tục',
      '2     Hồ sơ tiếp nhận               Cấp huyện     9.310 hồ sơ      tăng 4%',
      '                                    Cấp xã        20.455 hồ sơ',
    ].join('\n');
    expect(textFigures(text, { ...PROVINCE_YEAR, unitLevel: 'district' })).toEqual([
      'procedure.published | district | 241 | ', 'procedure.published | commune | 102 | ',
      'dossier.received | district | 9310 | ', 'dossier.received | commune | 20455 | ',
    ]);
  });

  it('public finance with "(tỷ đồng)" in the headers: the plan and its share are figures where the result has plan keys, amounts in đồng', () => {
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'Kế hoạch năm (tỷ đồng)', 'Thực hiện (tỷ đồng)', 'Tỷ lệ so với kế hoạch (%)'],
      ['1', 'Tổng thu ngân sách', '3.205', '3.317,45', '103,5'],
      ['', 'Trong đó: thu tiền sử dụng đất', '640', '702,1', '109,7'],
      ['2', 'Vốn đầu tư công đã giải ngân', '1.480,6', '1.102,9', '74,5'],
      ['3', 'Số nhiệm vụ cải cách hành chính', '24', '22', '91,7'],
    ], PROVINCE_YEAR)).toEqual([
      'finance.revenue_plan |  | 3205000000000 | ', 'finance.revenue |  | 3317450000000 | ', 'finance.revenue_rate |  | 103.5 | ',
      'finance.investment_plan |  | 1480600000000 | ', 'finance.investment_disbursed |  | 1102900000000 | ', 'finance.investment_disbursed_rate |  | 74.5 | ',
      'plan.tasks_done |  | 22 | ',
    ]);
  });

  it('a "Triệu đồng" unit column scales the amount; a count row beside it keeps its number', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Đơn vị tính', 'Kết quả'],
      ['1', 'Thu NSNN trên địa bàn', 'Triệu đồng', '84.512,5'],
      ['2', 'Số hồ sơ tiếp nhận', 'Hồ sơ', '6.020'],
    ], PROVINCE_YEAR)).toEqual(['finance.revenue |  | 84512500000 | ', 'dossier.received |  | 6020 | ']);
  });

  it('organisation counts at two point dates beside a signed change column: each date a point, the change no figure', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Tại thời điểm 31/12/2023', 'Tại thời điểm 31/12/2024', 'Tăng (+), giảm (-)'],
      ['1', 'Đơn vị sự nghiệp công lập', '215', '198', '-17'],
      ['', 'Trong đó: tự bảo đảm chi thường xuyên', '11', '14', '+3'],
    ], PROVINCE_YEAR)).toEqual([
      'org.public_units |  | 215 | 2023-12-31..2023-12-31', 'org.public_units |  | 198 | 2024-12-31..2024-12-31',
      'finance.self_financed_units |  | 11 | 2023-12-31..2023-12-31', 'finance.self_financed_units |  | 14 | 2024-12-31..2024-12-31',
    ]);
  });

  it('money units: the factor in đồng of a unit word, and a money unit in a header\'s brackets', () => {
    expect([moneyFactor('Tỷ đồng'), moneyFactor('(triệu đồng)'), moneyFactor('đồng'), moneyFactor('Hồ sơ'), moneyFactor('%')]).toEqual([1e9, 1e6, 1, undefined, undefined]);
    expect([headerMoneyUnit('Dự toán giao (tỷ đồng)'), headerMoneyUnit('Tỷ lệ (%)'), headerMoneyUnit('Kết quả')]).toEqual(['tỷ đồng', '', '']);
  });

  it('an abbreviation cut at a narrow cell\'s edge ("BCC" / "I") is one word again; a roman number under "Quý" stays apart', () => {
    expect(joinLines(['Qua BCC', 'I'])).toBe('Qua BCCI');
    expect(joinLines(['Quý', 'III'])).toBe('Quý III');
    expect(joinLines(['DVC', 'I'])).toBe('DVC I');
  });
});
