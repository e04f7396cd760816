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

/**
 * "Phấn đấu tỷ lệ … đạt 98%": a target word before token k in its clause (from the last ';'). A minimum ("ít nhất",
 * "tối thiểu") after a target word anywhere before it is a target too: "phấn đấu …; hoàn thành tối thiểu 80% nhiệm vụ".
 */
export function isTargetAt(tl: TokenLine, k: number, targetWords: RegExp): boolean {
  const from = tl.tokens[k].placeholder?.number?.qualifier === 'ge' ? 0 : tl.tokens[clauseStartOf(tl, k)].at;
  return targetWords.test(tl.line.slice(from, tl.tokens[k].at));
}

const FIGURE_LETTERS = new Set(['N', 'P', 'M', 'R']);

/** What opens a clause: a comma or an opening bracket, right before a comparison. */
const OPENS_CLAUSE = /[,(]\s*$/u;

/**
 * "So với 6 tháng đầu năm 2009, số hồ sơ tiếp nhận tăng 320 hồ sơ": a number
 * right after a change word, in a sentence that compares, is a difference.
 * A comparison after a later figure is that figure's ("tinh giản được 07
 * biên chế …, đạt tỷ lệ 10,2% so với năm 2015": 07 is a count), and so is one
 * in a later clause ("tinh giản 43 biên chế theo Nghị định …; tỷ lệ tinh giản
 * so với năm 2015 đạt 9,6%": the decree's number is no figure, the ';' ends 43's clause). So is a comparison opening,
 * after ',' or '(', the clause of a later change ("tinh giản 6 biên chế (so với năm 2015 giảm 9,1%)": 6 is a count).
 */
export function isDifferenceAt(tl: TokenLine, k: number, changeWords: RegExp, comparisonWords: RegExp): boolean {
  const { tokens, line } = tl;
  if (!changeWords.test(line.slice(tokens[Math.max(0, k - 3)].at, tokens[k].at))) return false;
  if (comparisonWords.test(line.slice(0, tokens[k].at))) return true;
  const next = tokens.findIndex((t, j) => j > k && (t.text === ';' || (t.placeholder !== undefined && FIGURE_LETTERS.has(t.placeholder.letter))));
  const after = line.slice(tokens[k].at, next < 0 ? line.length : tokens[next].at);
  const comparison = comparisonWords.exec(after);
  if (!comparison) return false;
  const laterChange = next >= 0 && tokens[next].text !== ';' && changeWords.test(line.slice(tokens[Math.max(0, next - 3)].at, tokens[next].at));
  return !(laterChange && OPENS_CLAUSE.test(after.slice(0, comparison.index)));
}

/** "từ 14 phòng xuống còn 11 cơ quan", "tăng từ 62% lên 81%": the first number is the state before. */
const FORMER_TO_LATER = /^[^\d;.]{0,40}?(?<![\p{L}\p{M}])(?:xuống|lên)(?:\s+còn)?\s+(?:⟦|\d)/iu;

export function isFormerStateAt(tl: TokenLine, k: number): boolean {
  const { tokens, line } = tl;
  if (k === 0 || tokens[k - 1].text.toLowerCase() !== 'từ') return false;
  return FORMER_TO_LATER.test(line.slice(tokens[k].at).replace(/^⟦[^⟧]*⟧/u, ''));
}

/** "gần 6 trên 10 hồ sơ được nộp trực tuyến": "N trên M" says how many out of how many, a proportion; neither is a count. */
export function isProportionAt(tl: TokenLine, k: number): boolean {
  const { tokens } = tl;
  const figure = (j: number) => tokens[j]?.placeholder?.letter === 'N';
  const on = (j: number) => tokens[j]?.text.toLowerCase() === 'trên';
  return (on(k + 1) && figure(k + 2)) || (on(k - 1) && figure(k - 2));
}
