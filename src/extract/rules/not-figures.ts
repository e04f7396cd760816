/**
 * Numbers of a sentence that are not results, whichever reading finds them
 * (template rules and number-first reading share these tests).
 */
import type { TokenLine } from './tokens.js';

/** Index of the first token of k's clause (back to the last ';'). */
function clauseStartOf(tl: TokenLine, k: number): number {
  let start = k;
  while (start > 0 && tl.tokens[start - 1].text !== ';') start--;
  return start;
}

/** "Phấn đấu tỷ lệ … đạt 98%": a target word before token k in its clause (from the last ';'). */
export function isTargetAt(tl: TokenLine, k: number, targetWords: RegExp): boolean {
  return targetWords.test(tl.line.slice(tl.tokens[clauseStartOf(tl, k)].at, tl.tokens[k].at));
}

/**
 * "So với 6 tháng đầu năm 2009, số hồ sơ tiếp nhận tăng 320 hồ sơ": a number
 * right after a change word, in a sentence that compares, is a difference.
 */
export function isDifferenceAt(tl: TokenLine, k: number, changeWords: RegExp, comparisonWords: RegExp): boolean {
  return changeWords.test(tl.line.slice(tl.tokens[Math.max(0, k - 3)].at, tl.tokens[k].at)) && comparisonWords.test(tl.line);
}
