/** Value cells that carry a unit, a rank, or a count with its rate (src/tables/value-cells.ts). */
import { describe, expect, it } from 'vitest';
import { countAndRate, countAndRateLabels, unitValue } from '../../src/tables/value-cells.js';

describe('a unit written after the number', () => {
  it('splits the number from its unit word', () => {
    expect(unitValue('64 văn bản')).toEqual({ value: '64', unit: 'văn bản' });
    expect(unitValue('3.105 hồ sơ')).toEqual({ value: '3.105', unit: 'hồ sơ' });
    expect(unitValue('91,4 điểm')).toEqual({ value: '91,4', unit: 'điểm' });
  });

  it('reads a rank among n as the rank', () => {
    expect(unitValue('thứ 12/30')).toEqual({ value: '12', unit: '' });
    expect(unitValue('Thứ 3')).toEqual({ value: '3', unit: '' });
  });

  it('reads a bare rank cell (rank / units ranked) as the rank, never a first number larger than the second', () => {
    expect(unitValue('6/13')).toEqual({ value: '6', unit: '' });
    expect(unitValue('18 / 63')).toEqual({ value: '18', unit: '' });
    expect(unitValue('25/12')).toBeUndefined();
    expect(unitValue('0/7')).toBeUndefined();
  });

  it('leaves periods, labels and bare numbers alone', () => {
    expect(unitValue('9 tháng')).toBeUndefined();
    expect(unitValue('Quý 2')).toBeUndefined();
    expect(unitValue('Số hồ sơ tiếp nhận trong kỳ báo cáo')).toBeUndefined();
    expect(unitValue('1.204')).toBeUndefined();
    expect(unitValue('159, cấp xã')).toBeUndefined();
  });
});

describe('a count and its rate in one cell', () => {
  it('gives both under a unit pair, the rate in percent', () => {
    expect(countAndRate('2.040 / 98,6', 'Hồ sơ/%')).toEqual([{ value: '2.040', unit: 'Hồ sơ' }, { value: '98,6', unit: '%' }]);
  });

  it('is no pair without the unit pair, nor a single number', () => {
    expect(countAndRate('2.040 / 98,6', 'Hồ sơ')).toBeUndefined();
    expect(countAndRate('2.040', 'Hồ sơ/%')).toBeUndefined();
  });

  it('reads the label once as the count and once as the rate', () => {
    expect(countAndRateLabels('Số hồ sơ giải quyết đúng hạn, tỷ lệ')).toEqual({ count: 'Số hồ sơ giải quyết đúng hạn', rate: 'Tỷ lệ hồ sơ giải quyết đúng hạn' });
    expect(countAndRateLabels('Số hồ sơ trực tuyến (tỷ lệ %)')).toEqual({ count: 'Số hồ sơ trực tuyến', rate: 'Tỷ lệ hồ sơ trực tuyến' });
  });
});
