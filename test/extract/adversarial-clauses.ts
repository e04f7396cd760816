/**
 * Clauses a damaged or adversarial text repeats without a full stop: the
 * pieces that once made the checks cubic (breakdown words, numbers, ratios,
 * separators, list items). Shared by the sentence-cap property test and the
 * growth bench (bench/adversarial.ts), which times the stages over them.
 */
import fc from 'fast-check';

const ADVERSARIAL_HEAD = 'UBND XÃ THẠCH KHÊ\nBÁO CÁO\nKết quả công tác cải cách hành chính quý III năm 2025\nTổng số hồ sơ tiếp nhận 1.000 hồ sơ';

const PIECE = fc.constantFrom(
  ', trong đó', ' trong đó', ', gồm:', ' 10 hồ sơ', ' 1.234.567', ' 16/38', ' (đạt 90%)', ' đúng hạn 90 hồ sơ', '; ', ', ',
  '\n- 10 hồ sơ cấp xã;', ' tăng 5 hồ sơ so với cùng kỳ', ' 99,5%', ' TTHC', ' năm 2024',
);

export const ADVERSARIAL_CLAUSE = fc.array(PIECE, { minLength: 2, maxLength: 6 }).map((pieces) => pieces.join(''));

/** The head, then `repeats` copies of `clause` with no full stop but the last. */
export function adversarialText(clause: string, repeats: number): string {
  return `${ADVERSARIAL_HEAD}${clause.repeat(repeats)}.\n`;
}
