/**
 * A cap on the length of a sentence, for the rules and checks that read
 * sentence by sentence: their work on a sentence grows with its length (and
 * some of it with the square of it), so a text with thousands of "trong đó"
 * clauses and no full stop took minutes. No real sentence comes near the cap
 * (the longest in the corpus is about 1,100 characters); a longer run of text
 * is read in pieces of at most the cap, cut after a clause.
 */

/** Characters of the longest sentence read as one. */
export const MAX_SENTENCE = 3000;

const CLAUSE_END = /[;,:]/u;

/**
 * Where to cut text[start, end) so that no piece is longer than `max`: after
 * the last clause mark (or else space) of the second half of each piece.
 */
export function capCuts(text: string, start: number, end: number, max = MAX_SENTENCE): number[] {
  const cuts: number[] = [];
  for (let from = start; end - from > max;) {
    let cut = -1;
    let space = -1;
    for (let at = from + max - 1; at > from + max / 2 && cut < 0; at--) {
      if (CLAUSE_END.test(text[at])) cut = at + 1;
      else if (space < 0 && /\s/u.test(text[at])) space = at + 1;
    }
    cut = cut > 0 ? cut : space > 0 ? space : from + max;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

/** Sentence starts (ascending, the first 0) with the cuts of every over-long sentence added. */
export function capStarts(text: string, starts: readonly number[], max = MAX_SENTENCE): number[] {
  const capped: number[] = [];
  starts.forEach((start, i) => {
    capped.push(start, ...capCuts(text, start, starts[i + 1] ?? text.length, max));
  });
  return capped;
}
