/** Numbers as table cells write them (src/tables/numbers.ts). */
import { describe, expect, it } from 'vitest';
import { cellNumber, parseCellNumber } from '../../src/tables/numbers.js';

describe('cell numbers', () => {
  it('reads dots as thousands and a comma as decimals', () => {
    expect(parseCellNumber('4.307')).toBe(4307);
    expect(parseCellNumber('87,25')).toBe(87.25);
    expect(parseCellNumber('12.004,5')).toBe(12004.5);
  });

  it('reads a comma before exactly three digits as thousands in a count, never in a rate or a score', () => {
    expect(cellNumber('9,812', 'Hồ sơ')).toBe(9812);
    expect(cellNumber('1,204,350', 'hồ sơ')).toBe(1204350);
    expect(cellNumber('2,610', 'Phiếu')).toBe(2610);
    expect(cellNumber('1,075', 'TTHC')).toBe(1075);
    expect(cellNumber('48,125', '%')).toBe(48.125);
    expect(cellNumber('8,125', 'Điểm')).toBe(8.125);
    expect(cellNumber('3,5', 'Hồ sơ')).toBe(3.5);
    expect(cellNumber('7.215', 'Hồ sơ')).toBe(7215);
    expect(cellNumber('9,812', '')).toBe(9.812);
  });
});
