import { describe, expect, it } from 'vitest';
import { numberEchoes, readSpelledNumber } from '../../src/parse/spelled-numbers.js';

/** The text with the echoes left out. */
function read(text: string): string {
  let out = '';
  let last = 0;
  for (const [start, end] of numberEchoes(text)) {
    out += text.slice(last, start);
    last = end;
  }
  return out + text.slice(last);
}

describe('readSpelledNumber', () => {
  it.each([
    ['bảy', 7],
    ['mười', 10],
    ['mười lăm', 15],
    ['Mười chín', 19],
    ['hai mươi mốt', 21],
    ['ba mươi tư', 34],
    ['chín mươi', 90],
    ['một trăm', 100],
    ['hai trăm linh tám', 208],
    ['ba trăm lẻ năm', 305],
    ['sáu trăm bảy mươi lăm', 675],
    ['hai nghìn không trăm mười', 2010],
    ['bốn ngàn ba trăm hai mươi hai', 4322],
    ['một triệu hai trăm nghìn', 1_200_000],
  ])('%j → %d', (words, value) => {
    expect(readSpelledNumber(words)).toBe(value);
  });

  it.each(['', 'hai ba', 'mươi', 'một mươi', 'nghìn', 'năm học', 'trăm nghìn triệu'])('%j is no number', (words) => {
    expect(readSpelledNumber(words)).toBeNull();
  });
});

describe('numberEchoes', () => {
  it.each([
    ['ban hành 06 (sáu) kế hoạch', 'ban hành 06 kế hoạch'],
    ['tiếp nhận 2.315 (hai nghìn ba trăm mười lăm) hồ sơ', 'tiếp nhận 2.315 hồ sơ'],
    ['có 24 ( Hai mươi tư ) thủ tục', 'có 24 thủ tục'],
    ['đạt 1.250 (một nghìn hai trăm năm mươi) triệu đồng', 'đạt 1.250 triệu đồng'],
    ['giao mười hai (12) nhiệm vụ', 'giao 12 nhiệm vụ'],
    ['tổ chức Hai mươi (20) buổi', 'tổ chức 20 buổi'],
    ['có 105 (một trăm linh năm)\nhồ sơ', 'có 105\nhồ sơ'],
  ])('%j reads %j', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // words that say another value, words that are no number, digits in brackets that are an aside
    'ban hành 06 (bảy) kế hoạch',
    'nhận 40 (chủ yếu lĩnh vực đất đai) hồ sơ',
    'năm 2019 (năm) đã',
    'đề ra nhiều nhiệm vụ (12) trọng tâm',
    'có 5 (trong đó 02 hồ sơ quá hạn)',
  ])('%j keeps its bracket', (text) => {
    expect(read(text)).toBe(text);
  });
});
